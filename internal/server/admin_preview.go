package server

import (
	"net/http"

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
			iv.Remarks = append(iv.Remarks, web.PreviewRemarkView{
				Index: rm.Index, Speaker: rm.Speaker, Affiliation: rm.Affiliation, Text: rm.Text, NewSpeaker: rm.NewSpeaker,
			})
		}
		v.Items = append(v.Items, iv)
	}
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
