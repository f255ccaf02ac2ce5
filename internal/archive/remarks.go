package archive

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// RetiredError says that a remark key was retired by a correction: the
// remark was removed and its permalink now leads to Successor, the key of
// the nearest surviving remark. Handlers redirect instead of answering 404,
// because a link that once worked must keep working.
type RetiredError struct {
	Key       int
	Successor int
}

// Error says which key was retired and where its links now lead.
func (e *RetiredError) Error() string {
	return fmt.Sprintf("remark %d was removed in a correction; nearest remark is %d", e.Key, e.Successor)
}

// RetiredKey maps a removed remark's key to its nearest surviving remark.
type RetiredKey struct {
	Key       int `db:"key"`
	Successor int `db:"successor"`
}

// RemarkWindow returns the remark with the given key together with up to
// n remarks before and after it, in order. When the key was retired it
// returns a *RetiredError; when it never existed, ErrNotFound.
func (s *Store) RemarkWindow(ctx context.Context, sessionID int64, key, n int) ([]Remark, error) {
	rows, _ := s.pool.Query(ctx, `
		-- Both lookups use the unique indexes on (session_id, key) and
		-- (session_id, position).
		WITH target AS (
			SELECT position FROM remarks WHERE session_id = $1 AND key = $2
		)
		SELECT r.key, r.position, r.item_id, sp.slug AS speaker_slug,
		       coalesce(sp.name, r.speaker_label) AS speaker_name,
		       r.affiliation, r.text
		FROM target t
		JOIN remarks r ON r.session_id = $1
		              AND r.position BETWEEN t.position - $3 AND t.position + $3
		LEFT JOIN speakers sp ON sp.id = r.speaker_id
		ORDER BY r.position`, sessionID, key, n)
	window, err := pgx.CollectRows(rows, pgx.RowToStructByName[Remark])
	if err != nil {
		return nil, fmt.Errorf("remark %d of session %d: %w", key, sessionID, err)
	}
	if len(window) > 0 {
		return window, nil
	}
	return nil, s.retired(ctx, sessionID, key)
}

// retired returns the *RetiredError for a retired key, or ErrNotFound.
func (s *Store) retired(ctx context.Context, sessionID int64, key int) error {
	var succ int
	err := s.pool.QueryRow(ctx, `
		SELECT successor FROM retired_keys -- primary key (session_id, key)
		WHERE session_id = $1 AND key = $2`, sessionID, key).Scan(&succ)
	if errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("remark %d of session %d: %w", key, sessionID, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("retired key %d of session %d: %w", key, sessionID, err)
	}
	return &RetiredError{Key: key, Successor: succ}
}

// RetiredKeys lists the retired keys of a session, so the session page
// can keep old #r{key} fragments landing next to their successor.
func (s *Store) RetiredKeys(ctx context.Context, sessionID int64) ([]RetiredKey, error) {
	rows, _ := s.pool.Query(ctx, `
		SELECT key, successor FROM retired_keys -- primary key prefix
		WHERE session_id = $1
		ORDER BY key`, sessionID)
	keys, err := pgx.CollectRows(rows, pgx.RowToStructByName[RetiredKey])
	if err != nil {
		return nil, fmt.Errorf("retired keys of session %d: %w", sessionID, err)
	}
	return keys, nil
}
