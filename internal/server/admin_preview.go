package server

import (
	"cmp"
	"fmt"
	"net/http"
	"slices"
	"strconv"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/web"
)

// preview is /admin/uploads/{id}: what publishing the upload would do.
func (s *Server) preview(w http.ResponseWriter, r *http.Request) error {
	id, err := uploadID(r)
	if err != nil {
		return err
	}
	p, err := s.store.Preview(r.Context(), id)
	if err != nil {
		return adminError(err)
	}
	v := previewPage(p)
	if v.Pending {
		withFixForms(&v, id)
	}
	v.AdminShell = s.shell(r)
	return s.render(w, r, http.StatusOK, web.Preview(web.Page{Title: "Preview: " + p.Title}, v))
}

// previewPage maps an archive preview to its view model.
func previewPage(p archive.Preview) web.PreviewPage {
	v := web.PreviewPage{
		ID: p.ID, Pending: p.Status == "pending", Filename: p.Filename, Format: p.Format, Size: byteSize(p.Bytes),
		UploadedBy: p.UploadedBy, UploadedAt: adminTime(p.UploadedAt),
		Slug: p.Slug, Title: p.Title, Date: humanDate(p.Date), Location: p.Location, Body: p.Body, Remarks: p.Remarks,
		PublishURL: uploadURL(p.ID) + "/publish", DiscardURL: uploadURL(p.ID) + "/discard", Session: "/sessions/" + p.Slug,
	}
	for _, it := range p.Items {
		iv := web.PreviewItemView{Number: it.Number, Title: it.Title, Depth: it.Depth}
		for _, rm := range it.Remarks {
			iv.Remarks = append(iv.Remarks, previewRemark(rm))
		}
		v.Items = append(v.Items, iv)
	}
	v.Unsure = leastSure(v.Items)
	for _, w := range p.Warnings {
		v.Warnings = append(v.Warnings, web.WarningView{Kind: w.Kind, Message: w.Message, Line: w.Line})
	}
	if c := p.Correction; c != nil {
		cv := &web.CorrectionView{Revision: c.Revision, Unchanged: c.Unchanged, Kept: c.Kept, Edited: c.Edited, Added: c.Added, Removed: c.Removed}
		for _, ch := range c.Changes {
			cv.Changes = append(cv.Changes, web.ChangeView{
				Kind: ch.Kind, Key: ch.Key, Successor: ch.Successor,
				OldSpeaker: ch.OldSpeaker, NewSpeaker: ch.NewSpeaker, OldText: ch.OldText, NewText: ch.NewText,
			})
		}
		v.Correction = cv
	}
	return v
}

// unsureBelow is the confidence under which a remark is flagged for
// checking: about one attributed word in four is wrong below it, against
// one in twenty-five above (the parser's confidence, measured on real
// minutes; see minutes/confidence.go).
const unsureBelow = 0.8

// maxUnsureListed bounds the "check first" list; every unsure remark is
// still marked where it stands.
const maxUnsureListed = 50

// basisWords are the parser's bases in words an admin reads.
var basisWords = map[string]string{
	"label":       "printed label",
	"role":        "role label, resolved to its holder",
	"comma-label": "name and comma at the start",
	"reported":    "reported speech",
	"introduced":  "introduced as speaking",
	"presenter":   "presenter of the item",
	"resumed":     "resumed after an interruption",
	"list-owner":  "owner of the list above",
	"continued":   "carried over from the paragraph above",
	"narration":   "no speaker named",
}

// previewRemark is the view of one remark of a preview.
func previewRemark(rm archive.PreviewRemark) web.PreviewRemarkView {
	why := basisWords[rm.Basis]
	if why == "" {
		why = rm.Basis
	}
	return web.PreviewRemarkView{
		Index: rm.Index, Speaker: rm.Speaker, Affiliation: rm.Affiliation, Text: rm.Text, NewSpeaker: rm.NewSpeaker,
		Anchor: "pr" + strconv.Itoa(rm.Index), Why: why, Sure: fmt.Sprintf("%.0f%%", 100*rm.Confidence),
		Unsure: rm.Confidence < unsureBelow && !rm.Edited && !rm.Joined, Confidence: rm.Confidence,
		Edited: rm.Edited, SplitBefore: rm.SplitBefore, SplitSpeaker: rm.SplitSpeaker, Joined: rm.Joined,
	}
}

// withFixForms adds the correction forms to the remarks of a pending
// upload's preview.
func withFixForms(v *web.PreviewPage, id int64) {
	for i := range v.Items {
		for j := range v.Items[i].Remarks {
			r := &v.Items[i].Remarks[j]
			base := uploadURL(id) + "/remarks/" + strconv.Itoa(r.Index)
			r.FixURL, r.SplitURL = base, base+"/split"
			if j > 0 {
				r.JoinURL = base + "/join"
			}
			if r.Edited || r.SplitBefore != "" || r.Joined {
				r.UndoURL = base + "/undo"
			}
			for _, at := range archive.SplitPoints(r.Text) {
				r.Splits = append(r.Splits, web.SplitChoice{At: at, Preview: firstSentence(r.Text[at:], 70)})
			}
		}
	}
}

// leastSure lists the unsure remarks, least sure first (then in document
// order), at most maxUnsureListed.
func leastSure(items []web.PreviewItemView) []web.PreviewRemarkView {
	var out []web.PreviewRemarkView
	for _, it := range items {
		for _, r := range it.Remarks {
			if r.Unsure {
				out = append(out, r)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b web.PreviewRemarkView) int { return cmp.Compare(a.Confidence, b.Confidence) })
	return out[:min(len(out), maxUnsureListed)]
}
