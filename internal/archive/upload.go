package archive

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/plenary/plenary/internal/minutes"
)

// ErrAlreadyPublished is returned when publishing or discarding an upload
// that has been published meanwhile (by another admin, or twice).
var ErrAlreadyPublished = errors.New("this upload has already been published")

// ErrDiscarded is returned when previewing, publishing or discarding an
// upload that was discarded. Its source is kept, but it is done with.
var ErrDiscarded = errors.New("this upload has been discarded")

// The parser's refusals of a source, re-exported so that callers of the
// archive (the server) can tell them apart without importing the parser.
// CreateUpload, Preview and Publish return them inside an *InputError.
var (
	// ErrEmptySource is an empty or whitespace-only source.
	ErrEmptySource = minutes.ErrEmpty
	// ErrBinarySource is a source that is not text (a PDF, image, archive).
	ErrBinarySource = minutes.ErrBinary
	// ErrSourceEncoding is text whose character encoding cannot be decoded.
	ErrSourceEncoding = minutes.ErrEncoding
	// ErrNoRemarks is text in which no agenda or remark was found.
	ErrNoRemarks = minutes.ErrNoRemarks
)

// MaxSourceBytes is the largest source the archive accepts (10 MiB).
const MaxSourceBytes = 10 << 20

// pendingUpload is a stored upload as publish needs it.
type pendingUpload struct {
	ID int64
	Upload
}

// CreateUpload validates and parses an upload and stores its source byte
// for byte as a pending document for review, returning its id. Input the
// archive refuses is an *InputError and nothing is written.
func (s *Store) CreateUpload(ctx context.Context, u Upload) (int64, error) {
	if len(u.Source) > MaxSourceBytes {
		return 0, &InputError{Err: ErrTooLarge}
	}
	doc, _, err := parseUpload(u)
	if err != nil {
		return 0, err
	}
	var id int64
	err = s.InTx(ctx, func(tx pgx.Tx) error {
		id, err = createUpload(ctx, tx, u, doc)
		return err
	})
	return id, err
}

// ErrTooLarge refuses a source over MaxSourceBytes.
var ErrTooLarge = fmt.Errorf("the file is larger than %d MiB", MaxSourceBytes>>20)

// createUpload stores a parsed upload as a pending document and audits it.
func createUpload(ctx context.Context, tx pgx.Tx, u Upload, doc *minutes.Document) (int64, error) {
	sum := sha256.Sum256(u.Source)
	warnings := doc.Warnings
	if warnings == nil {
		warnings = []minutes.Warning{}
	}
	var id int64
	err := tx.QueryRow(ctx, `
		-- status defaults to 'pending': the upload awaits review or publish.
		INSERT INTO documents (filename, format, source, sha256, uploaded_by, warnings,
		                       target_slug, title, date, location, body)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
		RETURNING id`,
		u.Filename, string(doc.Format), u.Source, sum[:], u.By, warnings,
		u.Slug, u.Title, u.Date, u.Location, u.Body).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("store source document: %w", err)
	}
	err = audit(ctx, tx, u.By, "upload", fmt.Sprintf("upload %d", id),
		map[string]any{"filename": u.Filename, "bytes": len(u.Source), "slug": u.Slug})
	return id, err
}

// Publish makes pending upload id the next revision of its session, in one
// transaction, and records actor as the publisher. When the source is the
// revision already shown, the duplicate upload is discarded (kept, but no
// longer pending) and the result says Unchanged.
func (s *Store) Publish(ctx context.Context, id int64, actor string) (Published, error) {
	var out Published
	err := s.InTx(ctx, func(tx pgx.Tx) error {
		p, err := lockUpload(ctx, tx, id)
		if err != nil {
			return err
		}
		doc, meta, err := parseUpload(p.Upload)
		if err != nil {
			return err
		}
		out, err = publishParsed(ctx, tx, p, doc, meta, actor)
		if errors.Is(err, errUnchanged) {
			out = Published{Slug: out.Slug, Unchanged: true} // the resolved slug
			return discardUpload(ctx, tx, id, actor, "identical to the published revision")
		}
		return err
	})
	return out, err
}

// publishParsed publishes a stored upload parsed as doc and audits it.
func publishParsed(ctx context.Context, tx pgx.Tx, p pendingUpload, doc *minutes.Document, meta sessionMeta, actor string) (Published, error) {
	out, err := publish(ctx, tx, p.ID, meta, doc, actor)
	if err != nil {
		return out, err
	}
	err = audit(ctx, tx, actor, "publish", "session "+out.Slug, map[string]any{
		"upload": p.ID, "revision": out.Revision, "remarks": out.Remarks,
		"kept": out.Kept, "new": out.New, "retired": out.Retired,
	})
	return out, err
}

// lockUpload loads pending upload id, locked so that two admins cannot
// publish or discard it at once.
func lockUpload(ctx context.Context, tx pgx.Tx, id int64) (pendingUpload, error) {
	p := pendingUpload{ID: id}
	var status string
	err := tx.QueryRow(ctx, `
		-- FOR UPDATE: a concurrent publish or discard of the same upload
		-- waits here and then sees the status this one leaves.
		SELECT filename, source, target_slug, title, date, location, body, uploaded_by, status
		FROM documents WHERE id = $1
		FOR UPDATE`, id).Scan(&p.Filename, &p.Source, &p.Slug, &p.Title, &p.Date, &p.Location, &p.Body, &p.By, &status)
	if err != nil {
		return p, notFound(err, fmt.Sprintf("upload %d", id))
	}
	return p, uploadDone(id, status)
}

// uploadDone is the error for acting on upload id in status, nil while
// it is pending.
func uploadDone(id int64, status string) error {
	switch status {
	case "pending":
		return nil
	case "discarded":
		return fmt.Errorf("upload %d: %w", id, ErrDiscarded)
	}
	return fmt.Errorf("upload %d: %w", id, ErrAlreadyPublished)
}

// Discard takes pending upload id out of review. Its source is kept (an
// admin's upload is never lost) but it is no longer pending, cannot be
// published and is never shown publicly; the audit log keeps who did it.
func (s *Store) Discard(ctx context.Context, id int64, actor string) error {
	return s.InTx(ctx, func(tx pgx.Tx) error {
		if _, err := lockUpload(ctx, tx, id); err != nil {
			return err
		}
		return discardUpload(ctx, tx, id, actor, "discarded")
	})
}

// discardUpload marks a locked pending upload discarded and audits why.
func discardUpload(ctx context.Context, tx pgx.Tx, id int64, actor, reason string) error {
	var filename string
	err := tx.QueryRow(ctx, `
		-- The row stays, source and all; only its status changes.
		UPDATE documents SET status = 'discarded'
		WHERE id = $1 AND status = 'pending'
		RETURNING filename`, id).Scan(&filename)
	if err != nil {
		return notFound(err, fmt.Sprintf("discard upload %d", id))
	}
	return audit(ctx, tx, actor, "discard", fmt.Sprintf("upload %d", id),
		map[string]any{"filename": filename, "reason": reason})
}

// PendingUpload is an upload awaiting review, as the dashboard lists it.
type PendingUpload struct {
	ID         int64     `db:"id"`
	Filename   string    `db:"filename"`
	TargetSlug string    `db:"target_slug"`
	UploadedBy string    `db:"uploaded_by"`
	UploadedAt time.Time `db:"uploaded_at"`
	Bytes      int       `db:"bytes"`
}

// PendingUploads lists the uploads awaiting review, newest first.
func (s *Store) PendingUploads(ctx context.Context) ([]PendingUpload, error) {
	rows, _ := s.pool.Query(ctx, `
		-- documents_pending_idx serves this; discarded and published
		-- uploads are not pending.
		SELECT id, filename, target_slug, uploaded_by, uploaded_at, octet_length(source) AS bytes
		FROM documents WHERE status = 'pending'
		ORDER BY uploaded_at DESC`)
	out, err := pgx.CollectRows(rows, pgx.RowToStructByName[PendingUpload])
	if err != nil {
		return nil, fmt.Errorf("list pending uploads: %w", err)
	}
	return out, nil
}
