package archive

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// applyStructureEdits makes the session's splits and joins again on the
// remarks a publish has just written, after the attribution edits: a
// corrected source brings back each remark as the parser reads it, and
// the admin's word on where a turn starts and ends outranks the parser's.
// A split is made again where its second part's opening words still
// start a sentence of the remark; a join where the remark after the one
// joined into still opens with the joined remark's words. Those that
// cannot be made keep their old applied_revision and are listed for
// review (StructureOrphans).
func applyStructureEdits(ctx context.Context, tx pgx.Tx, sessionID int64, rev int) error {
	rows, _ := tx.Query(ctx, `
		SELECT remark_key, new_key, second_start, speaker_id FROM remark_splits
		WHERE session_id = $1 ORDER BY edited_at, new_key`, sessionID)
	splits, err := pgx.CollectRows(rows, pgx.RowToStructByPos[storedSplit])
	if err != nil {
		return fmt.Errorf("read the splits of session %d: %w", sessionID, err)
	}
	for _, sp := range splits {
		if err := redoSplit(ctx, tx, sessionID, rev, sp); err != nil {
			return err
		}
	}
	rows, _ = tx.Query(ctx, `
		SELECT remark_key, into_key, joined_start FROM remark_joins
		WHERE session_id = $1 ORDER BY edited_at, remark_key`, sessionID)
	joins, err := pgx.CollectRows(rows, pgx.RowToStructByPos[storedJoin])
	if err != nil {
		return fmt.Errorf("read the joins of session %d: %w", sessionID, err)
	}
	for _, j := range joins {
		if err := redoJoin(ctx, tx, sessionID, rev, j); err != nil {
			return err
		}
	}
	return nil
}

// unshape undoes the session's splits and joins on the old remarks a
// publish aligns the new ones with, so that the parser's remarks are
// aligned with the parser's remarks of the last revision: a split's
// parts are one remark again under the first part's key, a joined remark
// stands again under its own key after the one it was joined into. The
// edits are then made again on the new revision (applyStructureEdits).
func unshape(ctx context.Context, tx pgx.Tx, sessionID int64, old []keyedText) ([]keyedText, error) {
	rows, _ := tx.Query(ctx, `
		SELECT remark_key, new_key, second_start, speaker_id FROM remark_splits WHERE session_id = $1`, sessionID)
	splits, err := pgx.CollectRows(rows, pgx.RowToStructByPos[storedSplit])
	if err != nil {
		return nil, fmt.Errorf("read the splits of session %d: %w", sessionID, err)
	}
	rows, _ = tx.Query(ctx, `
		SELECT remark_key, into_key, joined_start FROM remark_joins WHERE session_id = $1`, sessionID)
	joins, err := pgx.CollectRows(rows, pgx.RowToStructByPos[storedJoin])
	if err != nil {
		return nil, fmt.Errorf("read the joins of session %d: %w", sessionID, err)
	}
	if len(splits) == 0 && len(joins) == 0 {
		return old, nil
	}
	at := func(key int) int {
		for i, o := range old {
			if o.Key == key {
				return i
			}
		}
		return -1
	}
	for _, j := range joins {
		i := at(j.Into)
		if i < 0 || at(j.Key) >= 0 {
			continue
		}
		cut := strings.LastIndex(old[i].Text, "\n")
		for ; cut > 0; cut = strings.LastIndex(old[i].Text[:cut], "\n") {
			if strings.HasPrefix(strings.Join(strings.Fields(old[i].Text[cut:]), " "), j.JoinedStart) {
				break
			}
		}
		if cut <= 0 {
			continue
		}
		rest := keyedText{Key: j.Key, Text: strings.TrimSpace(old[i].Text[cut:])}
		old[i].Text = strings.TrimSpace(old[i].Text[:cut])
		old = append(old[:i+1], append([]keyedText{rest}, old[i+1:]...)...)
	}
	for _, sp := range splits {
		i, n := at(sp.Key), at(sp.NewKey)
		if i < 0 || n < 0 {
			continue
		}
		old[i].Text += " " + old[n].Text
		old = append(old[:n], old[n+1:]...)
	}
	return old, nil
}

// storedSplit is a row of remark_splits.
type storedSplit struct {
	Key, NewKey int
	SecondStart string
	SpeakerID   *int64
}

// storedJoin is a row of remark_joins.
type storedJoin struct {
	Key, Into   int
	JoinedStart string
}

// redoSplit makes one split again, if its remark and words survive and
// its key is free.
func redoSplit(ctx context.Context, tx pgx.Tx, sessionID int64, rev int, sp storedSplit) error {
	rm, err := lockRemark(ctx, tx, sessionID, "", sp.Key, "")
	if errors.Is(err, ErrNotFound) {
		return nil // the remark is gone: the split waits for review
	} else if err != nil {
		return err
	}
	var taken bool
	if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT FROM remarks WHERE session_id = $1 AND key = $2)`, sessionID, sp.NewKey).Scan(&taken); err != nil {
		return fmt.Errorf("check key %d: %w", sp.NewKey, err)
	}
	if taken {
		return nil
	}
	for _, at := range SplitPoints(rm.text) {
		if strings.HasPrefix(strings.Join(strings.Fields(rm.text[at:]), " "), sp.SecondStart) {
			if err := splitAt(ctx, tx, sessionID, rm, at, sp.NewKey, sp.SpeakerID); err != nil {
				return err
			}
			return markApplied(ctx, tx, "remark_splits", "new_key", sessionID, sp.NewKey, rev)
		}
	}
	// The words are gone: the second part's link leads to the first.
	return retireKeys(ctx, tx, sessionID, rev, map[int]int{sp.NewKey: sp.Key})
}

// redoJoin makes one join again: the remark right after the one joined
// into, under the same item, opening with the joined remark's words.
func redoJoin(ctx context.Context, tx pgx.Tx, sessionID int64, rev int, j storedJoin) error {
	prev, err := lockRemark(ctx, tx, sessionID, "", j.Into, "")
	if errors.Is(err, ErrNotFound) {
		return nil // the remark joined into is gone: the join waits for review
	} else if err != nil {
		return err
	}
	var next lockedRemark
	err = tx.QueryRow(ctx, `
		SELECT key, position, item_id, speaker_id, speaker_label, affiliation, text
		FROM remarks WHERE session_id = $1 AND position > $2
		ORDER BY position LIMIT 1 FOR UPDATE`, sessionID, prev.position).
		Scan(&next.key, &next.position, &next.itemID, &next.speakerID, &next.label, &next.aff, &next.text)
	if errors.Is(err, pgx.ErrNoRows) || err == nil && (next.itemID != prev.itemID || !strings.HasPrefix(strings.Join(strings.Fields(next.text), " "), j.JoinedStart)) {
		// Not joined again: a remark the parser brought back under the
		// joined key is live, and its link leads to it again.
		if _, err := tx.Exec(ctx, `
			DELETE FROM retired_keys rk WHERE rk.session_id = $1 AND rk.key = $2
			  AND EXISTS (SELECT FROM remarks r WHERE r.session_id = $1 AND r.key = $2)`, sessionID, j.Key); err != nil {
			return fmt.Errorf("revive key %d: %w", j.Key, err)
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("read the remark after %d: %w", prev.key, err)
	}
	// The remark found has the joined key only if it was never retired;
	// otherwise it is this revision's new key, which nobody has linked.
	if err := joinInto(ctx, tx, sessionID, prev, next, next.key == j.Key); err != nil {
		return err
	}
	return markApplied(ctx, tx, "remark_joins", "remark_key", sessionID, j.Key, rev)
}

// markApplied records that a split or join was made in revision rev.
func markApplied(ctx context.Context, tx pgx.Tx, table, keyColumn string, sessionID int64, key, rev int) error {
	// table and keyColumn are constants of this file, never input.
	_, err := tx.Exec(ctx, `UPDATE `+table+` SET applied_revision = $3 WHERE session_id = $1 AND `+keyColumn+` = $2`, sessionID, key, rev)
	if err != nil {
		return fmt.Errorf("mark %s %d applied: %w", table, key, err)
	}
	return nil
}

// StructureOrphan is a split or join a later revision could not make
// again (its remark or words are gone): kept, listed for review.
type StructureOrphan struct {
	Kind     string    `db:"kind"` // "split" or "join"
	Key      int       `db:"key"`
	Words    string    `db:"words"` // where it split, or what it joined
	EditedBy string    `db:"edited_by"`
	EditedAt time.Time `db:"edited_at"`
}

// StructureOrphans lists the session's splits and joins the current
// revision could not make again.
func (s *Store) StructureOrphans(ctx context.Context, sessionID int64) ([]StructureOrphan, error) {
	rows, _ := s.pool.Query(ctx, `
		SELECT 'split' AS kind, sp.remark_key AS key, sp.second_start AS words, sp.edited_by, sp.edited_at
		FROM remark_splits sp JOIN sessions s ON s.id = sp.session_id
		WHERE sp.session_id = $1 AND sp.applied_revision < s.revision
		UNION ALL
		SELECT 'join', j.remark_key, j.joined_start, j.edited_by, j.edited_at
		FROM remark_joins j JOIN sessions s ON s.id = j.session_id
		WHERE j.session_id = $1 AND j.applied_revision < s.revision
		ORDER BY key`, sessionID)
	out, err := pgx.CollectRows(rows, pgx.RowToStructByName[StructureOrphan])
	if err != nil {
		return nil, fmt.Errorf("orphaned splits and joins of session %d: %w", sessionID, err)
	}
	return out, nil
}
