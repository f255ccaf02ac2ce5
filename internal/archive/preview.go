package archive

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/plenary/plenary/internal/minutes"
)

// Preview is what an admin reviews before publishing an upload: the parse
// as it will be published, warnings, and for a correction the diff
// against the published revision.
type Preview struct {
	ID         int64
	Status     string // "pending" or "published" (a discarded upload is ErrDiscarded)
	Filename   string
	Format     string
	Bytes      int
	UploadedBy string
	UploadedAt time.Time

	Slug, Title, Location string
	// Body is who met as it will be published: given, or guessed from
	// the title (a correction keeps the session's body unless given).
	Body     string
	Date     *time.Time
	Items    []PreviewItem
	Remarks  int
	Warnings []PreviewWarning
	// Correction is nil when the upload creates a new session.
	Correction *Correction
}

// PreviewItem is an agenda item of a preview with its remarks.
type PreviewItem struct {
	Number, Title, Anchor string
	Depth                 int
	Remarks               []PreviewRemark
}

// PreviewRemark is a remark as it will be published.
type PreviewRemark struct {
	Index       int    // 1-based position in the document
	Speaker     string // "" when nobody is identified
	Affiliation string
	Text        string
	NewSpeaker  bool // the name matches no known speaker alias
	// Basis and Confidence are the parser's account of why it chose the
	// speaker and how often such a choice is right (minutes.Remark).
	Basis      string
	Confidence float64
	// Edited says an admin set the speaker in the preview; SplitBefore and
	// SplitSpeaker say where the admin split it and who said the rest;
	// Joined that the admin joined it onto the remark before.
	Edited                    bool
	SplitBefore, SplitSpeaker string
	Joined                    bool
}

// PreviewWarning is something to look at before publishing.
type PreviewWarning struct {
	Kind    string // "parser", "no-speaker", "new-speaker", "suspicious-name", "empty-item"
	Message string
	Line    int // source line, 0 when not applicable
}

// Correction compares an upload with the published revision it replaces.
type Correction struct {
	Revision                     int // the revision shown now
	Unchanged                    bool
	Kept, Edited, Added, Removed int
	Changes                      []Change
}

// Change is one remark that a correction edits, adds or removes.
type Change struct {
	Kind                   string // "edited", "new" or "removed"
	Key                    int    // the remark's key (for removed: the retired key)
	Successor              int    // removed only: where its links will lead
	OldSpeaker, NewSpeaker string
	OldText, NewText       string
}

// Preview parses stored upload id and describes what publishing it would
// do. A stored upload that no longer parses is an *InputError; a
// discarded one is ErrDiscarded.
func (s *Store) Preview(ctx context.Context, id int64) (Preview, error) {
	p, u, err := s.loadPreview(ctx, id)
	if err != nil {
		return p, err
	}
	if p.Status == "discarded" {
		// Kept for the record, but there is nothing left to review.
		return p, fmt.Errorf("upload %d: %w", id, ErrDiscarded)
	}
	doc, meta, err := parseUpload(u)
	if err != nil {
		return p, err
	}
	if meta.fallback {
		// Resolve the slug as publish will, so the preview names (and diffs
		// against) the session the upload would really land in.
		if meta.slug, err = uniqueFallbackSlug(ctx, s.pool, meta.slug, meta.title); err != nil {
			return p, err
		}
	}
	flat := flatten(doc)
	correction, cur, err := s.correction(ctx, meta, flat)
	if err != nil {
		return p, err
	}
	meta = meta.settle(cur) // the header the session will really have
	p.Slug, p.Title, p.Location, p.Date, p.Body = meta.slug, meta.title, meta.location, meta.date, meta.body
	p.Correction = correction
	p.Remarks = len(flat)
	known, err := s.knownAliases(ctx, flat)
	if err != nil {
		return p, err
	}
	p.Items = previewItems(doc, known)
	edits, err := uploadEdits(ctx, s.pool, p.ID)
	if err != nil {
		return p, err
	}
	markUploadEdits(p.Items, edits)
	p.Warnings, err = s.warnings(ctx, doc, flat, known)
	if meta.date == nil {
		// Undated sessions sort last and read "Undated" on every list.
		p.Warnings = append(p.Warnings, PreviewWarning{Kind: "no-date",
			Message: "No meeting date was found in the minutes: give one in the upload's date field, or the session will be listed as undated."})
	}
	return p, err
}

// loadPreview reads the stored upload behind a preview.
func (s *Store) loadPreview(ctx context.Context, id int64) (Preview, Upload, error) {
	p := Preview{ID: id}
	var u Upload
	err := s.pool.QueryRow(ctx, `
		SELECT status, filename, format, source, uploaded_by, uploaded_at,
		       target_slug, title, date, location, body
		FROM documents WHERE id = $1`, id).Scan(&p.Status, &p.Filename, &p.Format, &u.Source,
		&p.UploadedBy, &p.UploadedAt, &u.Slug, &u.Title, &u.Date, &u.Location, &u.Body)
	if err != nil {
		return p, u, notFound(err, fmt.Sprintf("upload %d", id))
	}
	u.Filename, u.By, p.Bytes = p.Filename, p.UploadedBy, len(u.Source)
	return p, u, nil
}

// previewItems maps the parsed agenda to the preview's items.
func previewItems(doc *minutes.Document, known map[string]bool) []PreviewItem {
	anchors := Anchors(doc.Items)
	items := make([]PreviewItem, len(doc.Items))
	n := 0
	for i, it := range doc.Items {
		items[i] = PreviewItem{Number: it.Number, Title: it.Title, Anchor: anchors[i], Depth: it.Depth}
		for _, r := range it.Remarks {
			if isBlank(r.Text) {
				continue
			}
			n++
			pr := PreviewRemark{Index: n, Text: r.Text, Basis: r.Basis, Confidence: r.Confidence}
			if r.Speaker != nil {
				pr.Speaker = *r.Speaker
				pr.NewSpeaker = !known[NormName(*r.Speaker)]
			}
			if r.Affiliation != nil {
				pr.Affiliation = *r.Affiliation
			}
			items[i].Remarks = append(items[i].Remarks, pr)
		}
	}
	return items
}

// markUploadEdits shows the corrections made in the preview on its remarks.
func markUploadEdits(items []PreviewItem, edits map[int]uploadEdit) {
	if len(edits) == 0 {
		return
	}
	for i := range items {
		for j := range items[i].Remarks {
			r := &items[i].Remarks[j]
			e, ok := edits[r.Index]
			if !ok {
				continue
			}
			if e.Attributed {
				r.Speaker, r.Edited, r.NewSpeaker = e.Speaker, true, false
			}
			r.Joined = e.Joined
			if e.SplitAt != nil && *e.SplitAt < len(r.Text) {
				r.SplitBefore, r.SplitSpeaker = openingWords(r.Text[*e.SplitAt:]), e.SplitSpeaker
			}
		}
	}
}

// oldRemark is a remark of the published revision, for the diff.
type oldRemark struct {
	Key   int    `db:"key"`
	Text  string `db:"text"`
	Label string `db:"speaker_label"`
}

// correction diffs flat against the published revision of meta.slug with
// the alignment publish will use, or returns nil for a new session. It
// also returns the session's header as it stands (empty for a new one),
// which a publish settles meta against.
func (s *Store) correction(ctx context.Context, meta sessionMeta, flat []flatRemark) (*Correction, storedHeader, error) {
	var sessID int64
	var c Correction
	var nextKey int
	var sha []byte
	var cur storedHeader
	err := s.pool.QueryRow(ctx, `
		SELECT s.id, s.revision, s.next_key, d.sha256,
		       s.title, s.body, s.location, s.date, s.pinned
		FROM sessions s
		LEFT JOIN revisions r ON r.session_id = s.id AND r.number = s.revision
		LEFT JOIN documents d ON d.id = r.document_id
		WHERE s.slug = $1`, meta.slug).Scan(&sessID, &c.Revision, &nextKey, &sha,
		&cur.Title, &cur.Body, &cur.Location, &cur.Date, &cur.pinned)
	if err == pgx.ErrNoRows {
		return nil, storedHeader{}, nil
	}
	if err != nil {
		return nil, cur, fmt.Errorf("look up session %s: %w", meta.slug, err)
	}
	cur.exists = true
	c.Unchanged = bytes.Equal(sha, meta.sha[:])
	rows, _ := s.pool.Query(ctx, `
		SELECT key, text, speaker_label FROM remarks WHERE session_id = $1 ORDER BY position`, sessID)
	old, err := pgx.CollectRows(rows, pgx.RowToStructByName[oldRemark])
	if err != nil {
		return nil, cur, fmt.Errorf("read published remarks of %s: %w", meta.slug, err)
	}
	diffRemarks(&c, old, flat, nextKey)
	return &c, cur, nil
}

// diffRemarks fills c with what aligning old with flat keeps and changes.
func diffRemarks(c *Correction, old []oldRemark, flat []flatRemark, nextKey int) {
	kt := make([]keyedText, len(old))
	for i, o := range old {
		kt[i] = keyedText{Key: o.Key, Text: o.Text}
	}
	texts := make([]string, len(flat))
	for i, f := range flat {
		texts[i] = f.remark.Text
	}
	al := alignKeys(kt, texts, nextKey)
	for j, f := range flat {
		ch := Change{Key: al.keys[j], NewText: f.remark.Text, NewSpeaker: speakerOf(f.remark)}
		i := al.oldOf[j]
		switch {
		case i < 0:
			ch.Kind = "new"
			c.Added++
		case old[i].Text == ch.NewText && old[i].Label == ch.NewSpeaker:
			c.Kept++
			continue
		default:
			ch.Kind, ch.OldText, ch.OldSpeaker = "edited", old[i].Text, old[i].Label
			c.Edited++
		}
		c.Changes = append(c.Changes, ch)
	}
	for _, o := range old {
		if succ, ok := al.retired[o.Key]; ok {
			c.Removed++
			c.Changes = append(c.Changes, Change{Kind: "removed", Key: o.Key, Successor: succ, OldText: o.Text, OldSpeaker: o.Label})
		}
	}
}

// speakerOf is a remark's speaker name, "" when nobody is identified.
func speakerOf(r minutes.Remark) string {
	if r.Speaker == nil {
		return ""
	}
	return *r.Speaker
}
