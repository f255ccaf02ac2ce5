package archive

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/plenary/plenary/internal/minutes"
)

// publish makes document docID, parsed as doc, the next revision of the
// session meta.slug: it rewrites the session's agenda and remarks, keeping
// the keys of remarks that survive from the previous revision and retiring
// the others. It returns errUnchanged when docID's source is already shown.
func publish(ctx context.Context, tx pgx.Tx, docID int64, meta sessionMeta, doc *minutes.Document, by string) (Published, error) {
	sess, err := lockOrCreateSession(ctx, tx, meta)
	if err != nil {
		return Published{}, err
	}
	if bytes.Equal(sess.currentSHA, meta.sha[:]) {
		return Published{}, errUnchanged
	}
	old, err := oldRemarks(ctx, tx, sess.id)
	if err != nil {
		return Published{}, err
	}
	flat := flatten(doc)
	texts := make([]string, len(flat))
	for i, r := range flat {
		texts[i] = r.remark.Text
	}
	al := alignKeys(old, texts, sess.nextKey)
	rev := sess.revision + 1
	if err := clearRevision(ctx, tx, sess.id); err != nil {
		return Published{}, err
	}
	itemIDs, err := insertItems(ctx, tx, sess.id, doc.Items)
	if err != nil {
		return Published{}, err
	}
	speakerIDs, err := resolveSpeakers(ctx, tx, flat)
	if err != nil {
		return Published{}, err
	}
	if err := insertRemarks(ctx, tx, sess.id, flat, al.keys, itemIDs, speakerIDs); err != nil {
		return Published{}, err
	}
	if err := retireKeys(ctx, tx, sess.id, rev, al.retired); err != nil {
		return Published{}, err
	}
	_, err = tx.Exec(ctx, `
		WITH rev AS (
			INSERT INTO revisions (session_id, number, document_id, published_by)
			VALUES ($1, $2, $3, $4)
		), doc AS (
			UPDATE documents SET status = 'published' WHERE id = $3
		)
		UPDATE sessions
		SET title = $5, date = $6, location = $7,
		    revision = $2, next_key = $8, updated_at = now()
		WHERE id = $1`,
		sess.id, rev, docID, by, meta.title, meta.date, meta.location, al.next)
	if err != nil {
		return Published{}, fmt.Errorf("record revision %d of %s: %w", rev, meta.slug, err)
	}
	return Published{
		Slug: meta.slug, Revision: rev, Remarks: len(flat),
		Kept: len(flat) - (al.next - sess.nextKey), New: al.next - sess.nextKey, Retired: len(al.retired),
	}, nil
}

// lockedSession is the state of a session a publish builds on.
type lockedSession struct {
	id         int64
	revision   int
	nextKey    int
	currentSHA []byte
}

// lockOrCreateSession returns the session with meta.slug, locked against
// concurrent publishes, creating it (revision 0) if it does not exist.
func lockOrCreateSession(ctx context.Context, tx pgx.Tx, meta sessionMeta) (lockedSession, error) {
	_, err := tx.Exec(ctx, `
		-- A first publish creates the session; the title is rewritten below.
		INSERT INTO sessions (slug, title, date, location)
		VALUES ($1, $2, $3, $4)
		ON CONFLICT (slug) DO NOTHING`, meta.slug, meta.title, meta.date, meta.location)
	if err != nil {
		return lockedSession{}, fmt.Errorf("create session %s: %w", meta.slug, err)
	}
	var s lockedSession
	err = tx.QueryRow(ctx, `
		SELECT s.id, s.revision, s.next_key, d.sha256
		FROM sessions s
		LEFT JOIN revisions r ON r.session_id = s.id AND r.number = s.revision
		LEFT JOIN documents d ON d.id = r.document_id
		WHERE s.slug = $1
		FOR UPDATE OF s`, meta.slug).Scan(&s.id, &s.revision, &s.nextKey, &s.currentSHA)
	if err != nil {
		return s, fmt.Errorf("lock session %s: %w", meta.slug, err)
	}
	return s, nil
}

// flatRemark is a remark of a parsed document with the index of its item.
type flatRemark struct {
	item   int
	remark minutes.Remark
}

// flatten lists a document's remarks in reading order, dropping empty ones.
func flatten(doc *minutes.Document) []flatRemark {
	var out []flatRemark
	for i, it := range doc.Items {
		for _, r := range it.Remarks {
			if strings.TrimSpace(r.Text) == "" {
				continue
			}
			out = append(out, flatRemark{item: i, remark: r})
		}
	}
	return out
}

// oldRemarks returns the current remarks of a session as alignment input.
func oldRemarks(ctx context.Context, tx pgx.Tx, sessionID int64) ([]keyedText, error) {
	rows, _ := tx.Query(ctx, `
		SELECT key, text FROM remarks WHERE session_id = $1 ORDER BY position`, sessionID)
	old, err := pgx.CollectRows(rows, pgx.RowToStructByName[keyedText])
	if err != nil {
		return nil, fmt.Errorf("read previous remarks: %w", err)
	}
	return old, nil
}

// clearRevision deletes the agenda and remarks of the shown revision; its
// source stays in documents.
func clearRevision(ctx context.Context, tx pgx.Tx, sessionID int64) error {
	_, err := tx.Exec(ctx, `DELETE FROM remarks WHERE session_id = $1`, sessionID)
	if err == nil {
		_, err = tx.Exec(ctx, `DELETE FROM agenda_items WHERE session_id = $1`, sessionID)
	}
	if err != nil {
		return fmt.Errorf("clear previous revision: %w", err)
	}
	return nil
}
