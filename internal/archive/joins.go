package archive

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
)

// JoinEdit is an admin's join of one remark of a published session onto
// the remark before it, as one turn the parser cut in two: the earlier
// remark keeps its key and speaker, the later one's permalink leads to it.
type JoinEdit struct {
	Session string
	Key     int    // the later remark, joined onto the one before it
	Seen    string // its Version when the form was shown
}

// JoinRemark joins a remark onto the remark before it (see JoinEdit),
// remembers the join so that every later revision makes it again, and
// returns the key it was joined into. The remark before must be under
// the same agenda item. Joining the second part of a split undoes the
// split. Refusals change nothing.
func (s *Store) JoinRemark(ctx context.Context, e JoinEdit, actor string) (int, error) {
	var into int
	err := s.InTx(ctx, func(tx pgx.Tx) error {
		sess, rm, err := lockForReshape(ctx, tx, e.Session, e.Key, e.Seen)
		if err != nil {
			return err
		}
		prev, ok, err := remarkBefore(ctx, tx, sess.id, rm)
		if err != nil {
			return err
		}
		if !ok {
			return &InputError{Err: errors.New("there is no remark before this one under the same agenda item to join it to")}
		}
		into = prev.key
		if err := joinInto(ctx, tx, sess.id, prev, rm, true); err != nil {
			return err
		}
		undone, err := tx.Exec(ctx, `DELETE FROM remark_splits WHERE session_id = $1 AND new_key = $2`, sess.id, rm.key)
		if err != nil {
			return fmt.Errorf("undo the split that made remark %d: %w", rm.key, err)
		}
		if undone.RowsAffected() == 0 {
			if _, err := tx.Exec(ctx, `
				INSERT INTO remark_joins (session_id, remark_key, into_key, joined_start, edited_by, applied_revision)
				SELECT $1, $2, $3, $4, $5, revision FROM sessions WHERE id = $1
				ON CONFLICT (session_id, remark_key) DO UPDATE SET into_key = EXCLUDED.into_key,
				    joined_start = EXCLUDED.joined_start, edited_by = EXCLUDED.edited_by, edited_at = now()`,
				sess.id, rm.key, prev.key, openingWords(rm.text), actor); err != nil {
				return fmt.Errorf("remember the join of remark %d of %s: %w", rm.key, e.Session, err)
			}
		}
		return audit(ctx, tx, actor, "join_remark", "session "+e.Session, map[string]any{
			"key": rm.key, "into": prev.key, "undid_split": undone.RowsAffected() > 0,
		})
	})
	return into, err
}

// remarkBefore returns the remark right before rm under the same agenda
// item, locked for update; false when rm opens its item.
func remarkBefore(ctx context.Context, tx pgx.Tx, sessionID int64, rm lockedRemark) (lockedRemark, bool, error) {
	var p lockedRemark
	err := tx.QueryRow(ctx, `
		SELECT key, position, item_id, speaker_id, speaker_label, affiliation, text
		FROM remarks WHERE session_id = $1 AND position < $2 -- unique (session_id, position)
		ORDER BY position DESC LIMIT 1 FOR UPDATE`, sessionID, rm.position).
		Scan(&p.key, &p.position, &p.itemID, &p.speakerID, &p.label, &p.aff, &p.text)
	if errors.Is(err, pgx.ErrNoRows) {
		return p, false, nil
	}
	if err != nil {
		return p, false, fmt.Errorf("read the remark before %d: %w", rm.key, err)
	}
	return p, p.itemID == rm.itemID, nil
}

// joinInto appends rm's text to prev's and removes rm; with retire, rm's
// key (a published permalink) leads to prev from now on.
func joinInto(ctx context.Context, tx pgx.Tx, sessionID int64, prev, rm lockedRemark, retire bool) error {
	if _, err := tx.Exec(ctx, `UPDATE remarks SET text = $3 WHERE session_id = $1 AND key = $2`,
		sessionID, prev.key, strings.TrimSpace(prev.text)+"\n"+strings.TrimSpace(rm.text)); err != nil {
		return fmt.Errorf("join remark %d onto %d: %w", rm.key, prev.key, err)
	}
	if _, err := tx.Exec(ctx, `DELETE FROM remarks WHERE session_id = $1 AND key = $2`, sessionID, rm.key); err != nil {
		return fmt.Errorf("remove joined remark %d: %w", rm.key, err)
	}
	// Its own attribution edit would be listed as orphaned: the admin
	// removed the remark on purpose.
	if _, err := tx.Exec(ctx, `DELETE FROM remark_edits WHERE session_id = $1 AND remark_key = $2`, sessionID, rm.key); err != nil {
		return fmt.Errorf("drop the attribution of joined remark %d: %w", rm.key, err)
	}
	if retire {
		var rev int
		if err := tx.QueryRow(ctx, `SELECT revision FROM sessions WHERE id = $1`, sessionID).Scan(&rev); err != nil {
			return fmt.Errorf("read the revision: %w", err)
		}
		if err := retireKeys(ctx, tx, sessionID, rev, map[int]int{rm.key: prev.key}); err != nil {
			return err
		}
	}
	return touchSession(ctx, tx, sessionID)
}
