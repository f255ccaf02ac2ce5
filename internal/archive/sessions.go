package archive

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// Session is a meeting whose minutes are published.
type Session struct {
	ID       int64      `db:"id"`
	Slug     string     `db:"slug"`
	Title    string     `db:"title"`
	Body     string     `db:"body"`
	Date     *time.Time `db:"date"` // nil when the minutes give none
	Location string     `db:"location"`
	// Revision is the number of the published revision shown; UpdatedAt is
	// when it was published.
	Revision  int       `db:"revision"`
	UpdatedAt time.Time `db:"updated_at"`
	// ChangedAt moves with anything the session page shows, including a
	// speaker's name; page ETags use it (see migration 00008).
	ChangedAt time.Time `db:"changed_at"`
	Remarks   int       `db:"remarks"` // number of remarks in the revision
}

// AgendaItem is one item of a session's agenda.
type AgendaItem struct {
	ID       int64  `db:"id"`
	Position int    `db:"position"`
	Number   string `db:"number"`
	Title    string `db:"title"`
	Depth    int    `db:"depth"`
	Anchor   string `db:"anchor"`
}

// Remark is one remark of a session with its speaker, if identified.
type Remark struct {
	Key         int     `db:"key"`
	Position    int     `db:"position"`
	ItemID      int64   `db:"item_id"`
	SpeakerSlug *string `db:"speaker_slug"` // nil: nobody identified
	SpeakerName string  `db:"speaker_name"` // speaker's name, or the label as printed
	Affiliation string  `db:"affiliation"`
	Text        string  `db:"text"`
}

// sessionColumns is the select list shared by the session queries.
const sessionColumns = `
	s.id, s.slug, s.title, s.body, s.date, s.location, s.revision, s.updated_at, s.changed_at,
	(SELECT count(*) FROM remarks r WHERE r.session_id = s.id)::int AS remarks`

// Sessions lists all sessions, newest first. limit <= 0 means all.
func (s *Store) Sessions(ctx context.Context, limit int) ([]Session, error) {
	if limit <= 0 {
		limit = 1 << 30
	}
	rows, err := s.pool.Query(ctx, `
		SELECT `+sessionColumns+`
		FROM sessions s
		-- sessions_date_idx serves this order.
		ORDER BY s.date DESC NULLS LAST, s.id DESC
		LIMIT $1`, limit)
	if err != nil {
		return nil, fmt.Errorf("list sessions: %w", err)
	}
	sessions, err := pgx.CollectRows(rows, pgx.RowToStructByName[Session])
	if err != nil {
		return nil, fmt.Errorf("list sessions: %w", err)
	}
	return sessions, nil
}

// SessionBySlug returns the session with the given slug or ErrNotFound.
func (s *Store) SessionBySlug(ctx context.Context, slug string) (Session, error) {
	if unusableKey(slug) {
		return Session{}, ErrNotFound
	}
	rows, _ := s.pool.Query(ctx, `SELECT `+sessionColumns+` FROM sessions s WHERE s.slug = $1`, slug)
	sess, err := pgx.CollectExactlyOneRow(rows, pgx.RowToStructByName[Session])
	if err != nil {
		return Session{}, notFound(err, "session "+slug)
	}
	return sess, nil
}

// AgendaItems returns the agenda of a session in order.
func (s *Store) AgendaItems(ctx context.Context, sessionID int64) ([]AgendaItem, error) {
	rows, _ := s.pool.Query(ctx, `
		SELECT id, position, number, title, depth, anchor
		FROM agenda_items
		WHERE session_id = $1
		ORDER BY position`, sessionID)
	items, err := pgx.CollectRows(rows, pgx.RowToStructByName[AgendaItem])
	if err != nil {
		return nil, fmt.Errorf("agenda of session %d: %w", sessionID, err)
	}
	return items, nil
}

// Remarks returns every remark of a session in order.
func (s *Store) Remarks(ctx context.Context, sessionID int64) ([]Remark, error) {
	rows, _ := s.pool.Query(ctx, `
		SELECT r.key, r.position, r.item_id, sp.slug AS speaker_slug,
		       -- An unresolved speaker still shows the name as printed.
		       coalesce(sp.name, r.speaker_label) AS speaker_name,
		       r.affiliation, r.text
		FROM remarks r
		LEFT JOIN speakers sp ON sp.id = r.speaker_id
		WHERE r.session_id = $1
		ORDER BY r.position`, sessionID)
	remarks, err := pgx.CollectRows(rows, pgx.RowToStructByName[Remark])
	if err != nil {
		return nil, fmt.Errorf("remarks of session %d: %w", sessionID, err)
	}
	return remarks, nil
}

// NewSessions lists the most recently created sessions first, for the feed.
func (s *Store) NewSessions(ctx context.Context, limit int) ([]Session, error) {
	rows, _ := s.pool.Query(ctx, `
		SELECT `+sessionColumns+`
		FROM sessions s
		-- sessions_created_idx (migration 00007) serves this order.
		ORDER BY s.created_at DESC, s.id DESC
		LIMIT $1`, limit)
	sessions, err := pgx.CollectRows(rows, pgx.RowToStructByName[Session])
	if err != nil {
		return nil, fmt.Errorf("list new sessions: %w", err)
	}
	return sessions, nil
}

// Stamp identifies the state of the published archive as a whole: it
// changes whenever a session is created or gets a new revision. Pages
// that list sessions derive their ETag from it.
func (s *Store) Stamp(ctx context.Context) (string, error) {
	var n int64
	var last time.Time
	err := s.pool.QueryRow(ctx, `
		-- sessions is small (one row per meeting); max() reads
		-- sessions_changed_idx (migration 00008).
		SELECT count(*), coalesce(max(changed_at), 'epoch') FROM sessions`).Scan(&n, &last)
	if err != nil {
		return "", fmt.Errorf("archive stamp: %w", err)
	}
	return fmt.Sprintf("%d-%d", n, last.UnixMicro()), nil
}
