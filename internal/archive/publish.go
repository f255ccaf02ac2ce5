package archive

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/plenary/plenary/internal/minutes"
)

// publish makes document docID, parsed as doc, the next revision of the
// session meta.slug: it rewrites the session's agenda and remarks, keeping
// the keys of remarks that survive from the previous revision and retiring
// the others. It returns errUnchanged (with the resolved slug) when docID's
// source is already shown.
func publish(ctx context.Context, tx pgx.Tx, docID int64, meta sessionMeta, doc *minutes.Document, by string) (Published, error) {
	if err := serialisePublish(ctx, tx); err != nil {
		return Published{}, err
	}
	if meta.fallback {
		slug, err := uniqueFallbackSlug(ctx, tx, meta.slug, meta.title)
		if err != nil {
			return Published{}, err
		}
		meta.slug = slug
	}
	sess, err := lockOrCreateSession(ctx, tx, meta)
	if err != nil {
		return Published{}, err
	}
	if bytes.Equal(sess.currentSHA, meta.sha[:]) {
		return Published{Slug: meta.slug}, errUnchanged
	}
	meta = meta.settle(sess.header)
	flat := flatten(doc)
	al, err := writeRevision(ctx, tx, sess, doc, flat, meta.body)
	if err != nil {
		return Published{}, err
	}
	if err := applySpeakerLabels(ctx, tx, sess.id); err != nil {
		return Published{}, err
	}
	if err := applyRemarkEdits(ctx, tx, sess.id); err != nil {
		return Published{}, err
	}
	rev := sess.revision + 1
	if err := applyStructureEdits(ctx, tx, sess.id, rev); err != nil {
		return Published{}, err
	}
	if err := recordRevision(ctx, tx, sess.id, rev, docID, by, meta, al.next); err != nil {
		return Published{}, err
	}
	// After recordRevision: a split made here takes its key from the
	// counter the new revision's keys have moved on.
	if err := applyUploadEdits(ctx, tx, docID, sess.id, rev, al.keys, by); err != nil {
		return Published{}, err
	}
	return Published{
		Slug: meta.slug, Revision: rev, Remarks: len(flat),
		Kept: len(flat) - (al.next - sess.nextKey), New: al.next - sess.nextKey, Retired: len(al.retired),
	}, nil
}

// publishLockKey names the advisory lock that serialises publishes.
const publishLockKey = "plenary:publish"

// serialisePublish takes a transaction-scoped advisory lock, so publishes
// run one at a time. Publishes are rare (an admin or an ingest job), and
// serialising them removes every race between them at no real cost: two
// publishes creating the same new speaker (look-up-then-insert would fail
// one with a unique violation, 23505), or the same new session, or taking
// the same fallback slug. The lock is released at commit or rollback, and
// taken again harmlessly by each publish of an IngestAll batch. A publish
// rewrites a whole session, which may take longer than the statement
// timeout meant for page queries, so it gets a longer one of its own.
func serialisePublish(ctx context.Context, tx pgx.Tx) error {
	// The wait for the lock is bounded by lock_timeout, not by the short
	// statement_timeout of ordinary queries: a publish behind a long
	// `plenary ingest` waits its turn (up to publishLockWait) and then
	// says why it gave up, rather than failing after 5 s as a timeout.
	_, err := tx.Exec(ctx, `
		-- set_config(…, true) is SET LOCAL: both for this transaction only.
		SELECT set_config('statement_timeout', '2min', true), set_config('lock_timeout', $1, true)`, publishLockWait)
	if err == nil {
		_, err = tx.Exec(ctx, `
			-- hashtext gives a stable int key for the lock's name.
			SELECT pg_advisory_xact_lock(hashtext($1))`, publishLockKey)
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "55P03" { // lock_not_available
		return fmt.Errorf("lock publishes: %w", ErrPublishBusy)
	}
	if err != nil {
		return fmt.Errorf("lock publishes: %w", err)
	}
	return nil
}

// publishLockWait bounds how long a publish waits for another to finish.
const publishLockWait = "90s"

// ErrPublishBusy says another publish (an ingest of many files, perhaps)
// held the archive for longer than a publish waits.
var ErrPublishBusy = errors.New("another publish is still under way")

// uniqueFallbackSlug returns the slug a publish with fallback slug base
// uses: the first of base, base-2, base-3, … that is free or already the
// slug of a session with this same title.
//
// The rule: a fallback slug (the date alone, the file name) says nothing
// about the title, so two different meetings on one day with non-Latin
// titles would otherwise land on one slug, and the second would silently
// become a "correction" of the first. A session with the same title is
// the same minutes, so re-ingesting them still publishes a correction.
// Re-ingesting them with an edited title creates a new session instead:
// from a fallback slug alone the archive cannot tell an edited title from
// another meeting, and a spurious new session is easy to spot and fix,
// while overwriting another meeting is not. To correct a session whose
// title changed, give its slug (--slug / slug field). Slugs derived from
// the title are not de-duplicated: the same title-derived slug means the
// same title and date, which is a correction.
func uniqueFallbackSlug(ctx context.Context, q rowQuerier, base, title string) (string, error) {
	var slug string
	err := q.QueryRow(ctx, `
		-- At most a handful of probes, each a unique-index lookup on slug.
		SELECT c.slug
		FROM generate_series(1, 1000) AS n,
		     LATERAL (SELECT CASE WHEN n = 1 THEN $1 ELSE $1 || '-' || n END AS slug) c
		WHERE NOT EXISTS (SELECT 1 FROM sessions s WHERE s.slug = c.slug AND s.title <> $2)
		ORDER BY n
		LIMIT 1`, base, title).Scan(&slug)
	if err != nil {
		return "", fmt.Errorf("find a free slug for %s: %w", base, err)
	}
	return slug, nil
}

// writeRevision replaces the session's agenda and remarks with doc's,
// aligning the keys with the previous revision, and returns the alignment.
func writeRevision(ctx context.Context, tx pgx.Tx, sess lockedSession, doc *minutes.Document, flat []flatRemark, body string) (alignment, error) {
	old, err := oldRemarks(ctx, tx, sess.id)
	if err != nil {
		return alignment{}, err
	}
	if old, err = unshape(ctx, tx, sess.id, old); err != nil {
		return alignment{}, err
	}
	texts := make([]string, len(flat))
	for i, r := range flat {
		texts[i] = r.remark.Text
	}
	al := alignKeys(old, texts, sess.nextKey)
	if err := clearRevision(ctx, tx, sess.id); err != nil {
		return al, err
	}
	itemIDs, err := insertItems(ctx, tx, sess.id, doc.Items)
	if err != nil {
		return al, err
	}
	speakerIDs, err := resolveSpeakers(ctx, tx, flat, body)
	if err != nil {
		return al, err
	}
	if err := insertRemarks(ctx, tx, sess.id, flat, al.keys, itemIDs, speakerIDs); err != nil {
		return al, err
	}
	return al, retireKeys(ctx, tx, sess.id, sess.revision+1, al.retired)
}

// recordRevision records revision rev of the session as document docID
// and updates the session's header and next free key.
func recordRevision(ctx context.Context, tx pgx.Tx, sessionID int64, rev int, docID int64, by string, meta sessionMeta, nextKey int) error {
	_, err := tx.Exec(ctx, `
		WITH rev AS (
			INSERT INTO revisions (session_id, number, document_id, published_by)
			VALUES ($1, $2, $3, $4)
		), doc AS (
			UPDATE documents SET status = 'published' WHERE id = $3
		)
		-- The header as settle decided it: overrides and pinned fields
		-- win over what the parser read.
		UPDATE sessions
		SET title = $5, date = $6, location = $7, body = $9, pinned = $10,
		    revision = $2, next_key = $8, updated_at = now()
		WHERE id = $1`,
		sessionID, rev, docID, by, meta.title, meta.date, meta.location, nextKey, meta.body, meta.pinned)
	if err != nil {
		return fmt.Errorf("record revision %d of %s: %w", rev, meta.slug, err)
	}
	return nil
}

// lockedSession is the state of a session a publish builds on.
type lockedSession struct {
	id         int64
	revision   int
	nextKey    int
	currentSHA []byte
	header     storedHeader // as it stands, before this publish settles it
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
		SELECT s.id, s.revision, s.next_key, d.sha256,
		       s.title, s.body, s.location, s.date, s.pinned
		FROM sessions s
		LEFT JOIN revisions r ON r.session_id = s.id AND r.number = s.revision
		LEFT JOIN documents d ON d.id = r.document_id
		WHERE s.slug = $1
		FOR UPDATE OF s`, meta.slug).Scan(&s.id, &s.revision, &s.nextKey, &s.currentSHA,
		&s.header.Title, &s.header.Body, &s.header.Location, &s.header.Date, &s.header.pinned)
	if err != nil {
		return s, fmt.Errorf("lock session %s: %w", meta.slug, err)
	}
	s.header.exists = true
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
