package archive

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
)

// SplitEdit is an admin's split of one remark of a published session at a
// sentence: the part before keeps the remark's key and speaker, the part
// after becomes a remark of its own, said by an existing speaker (Speaker,
// a slug), a new one (NewName) or nobody (Narration).
type SplitEdit struct {
	Session   string
	Key       int
	At        int // where the second part starts: one of SplitPoints(text)
	Speaker   string
	NewName   string
	Narration bool
	Seen      string // the remark's Version when the form was shown
}

// SplitPoints returns where a remark's text may be split: the byte offset
// of every sentence or line that starts after the first.
func SplitPoints(text string) []int {
	var out []int
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '?' && c != '!' && c != '\n' {
			continue
		}
		j := i + 1
		for j < len(text) && (text[j] == '"' || text[j] == '\'' || text[j] == ')') && c != '\n' {
			j++ // the closing quote or parenthesis belongs to the sentence
		}
		k := j
		for k < len(text) && (text[k] == ' ' || text[k] == '\n' || text[k] == '\t') {
			k++
		}
		if k == j && c != '\n' || k >= len(text) || strings.TrimSpace(text[:i]) == "" {
			continue // "3.5", "e.g.x", or nothing before
		}
		if r, _ := utf8.DecodeRuneInString(text[k:]); c == '\n' || unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' {
			if len(out) == 0 || out[len(out)-1] != k {
				out = append(out, k)
			}
		}
		i = k - 1
	}
	return out
}

// SplitRemark splits a remark in two (see SplitEdit), remembers the split
// so that every later revision of the session makes it again, and returns
// the new remark's key. An unknown session or remark is ErrNotFound, a
// point that is no sentence start or a missing speaker an InputError, a
// stale form ErrStaleRemark; none changes anything.
func (s *Store) SplitRemark(ctx context.Context, e SplitEdit, actor string) (int, error) {
	if n := btoi(e.Speaker != "") + btoi(e.NewName != "") + btoi(e.Narration); n != 1 {
		return 0, &InputError{Err: errors.New("say who said the second part: choose a speaker, type a new speaker's name, or mark it as narration (one of them)")}
	}
	var newKey int
	err := s.InTx(ctx, func(tx pgx.Tx) error {
		sess, rm, err := lockForReshape(ctx, tx, e.Session, e.Key, e.Seen)
		if err != nil {
			return err
		}
		if !validSplit(rm.text, e.At) {
			return &InputError{Err: errors.New("split the remark where a sentence starts")}
		}
		var who Assigned
		speakerID, err := speakerOrNarration(ctx, tx, Assignment{Session: e.Session, Key: e.Key, Speaker: e.Speaker, NewName: e.NewName}, e.Narration, &who)
		if err != nil {
			return err
		}
		if newKey, err = takeKey(ctx, tx, sess.id); err != nil {
			return err
		}
		if err := splitAt(ctx, tx, sess.id, rm, e.At, newKey, speakerID); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `
			INSERT INTO remark_splits (session_id, remark_key, new_key, second_start, speaker_id, edited_by, applied_revision)
			SELECT $1, $2, $3, $4, $5, $6, revision FROM sessions WHERE id = $1`,
			sess.id, e.Key, newKey, openingWords(rm.text[e.At:]), speakerID, actor); err != nil {
			return fmt.Errorf("remember the split of remark %d of %s: %w", e.Key, e.Session, err)
		}
		return audit(ctx, tx, actor, "split_remark", "session "+e.Session, map[string]any{
			"key": e.Key, "new_key": newKey, "speaker": who.SpeakerSlug, "new_speaker": who.Created, "narration": e.Narration,
		})
	})
	return newKey, err
}

// lockedRemark is a remark read FOR UPDATE for a structural edit.
type lockedRemark struct {
	key, position int
	itemID        int64
	speakerID     *int64
	label, aff    string
	text          string
}

// lockForReshape takes the publish lock (no publish rewrites the remarks
// meanwhile, and a new speaker is created as ingest creates one), then
// locks the session's header and the remark, checking the remark is the
// version the admin saw.
func lockForReshape(ctx context.Context, tx pgx.Tx, slug string, key int, seen string) (storedHeader, lockedRemark, error) {
	if err := serialisePublish(ctx, tx); err != nil {
		return storedHeader{}, lockedRemark{}, err
	}
	sess, err := lockHeader(ctx, tx, slug)
	if err != nil {
		return sess, lockedRemark{}, err
	}
	if !sess.exists {
		return sess, lockedRemark{}, fmt.Errorf("session %s: %w", slug, ErrNotFound)
	}
	rm, err := lockRemark(ctx, tx, sess.id, slug, key, seen)
	return sess, rm, err
}

// lockRemark reads remark key of a session for update, checking that it
// is the version the admin saw.
func lockRemark(ctx context.Context, tx pgx.Tx, sessionID int64, slug string, key int, seen string) (lockedRemark, error) {
	rm := lockedRemark{key: key}
	err := tx.QueryRow(ctx, `
		SELECT position, item_id, speaker_id, speaker_label, affiliation, text
		FROM remarks WHERE session_id = $1 AND key = $2 FOR UPDATE`, sessionID, key).
		Scan(&rm.position, &rm.itemID, &rm.speakerID, &rm.label, &rm.aff, &rm.text)
	if errors.Is(err, pgx.ErrNoRows) {
		return rm, fmt.Errorf("remark %d of session %s: %w", key, slug, ErrNotFound)
	}
	if err != nil {
		return rm, fmt.Errorf("read remark %d of %s: %w", key, slug, err)
	}
	if seen != "" && remarkVersion(rm.speakerID, rm.text) != seen {
		return rm, ErrStaleRemark
	}
	return rm, nil
}

// validSplit reports a split point that SplitPoints offers.
func validSplit(text string, at int) bool {
	for _, p := range SplitPoints(text) {
		if p == at {
			return true
		}
	}
	return false
}

// takeKey returns the session's next unused remark key and moves the
// counter on, so that no later revision gives the key to another remark.
func takeKey(ctx context.Context, tx pgx.Tx, sessionID int64) (int, error) {
	var key int
	err := tx.QueryRow(ctx, `
		UPDATE sessions SET next_key = next_key + 1 WHERE id = $1
		RETURNING next_key - 1`, sessionID).Scan(&key)
	if err != nil {
		return 0, fmt.Errorf("take a remark key: %w", err)
	}
	return key, nil
}

// splitAt cuts remark rm at byte at: rm keeps the first part, a new
// remark newKey with speakerID (nil: nobody) takes the second, right
// after it; the session's pages change (changed_at).
func splitAt(ctx context.Context, tx pgx.Tx, sessionID int64, rm lockedRemark, at, newKey int, speakerID *int64) error {
	first, second := strings.TrimSpace(rm.text[:at]), strings.TrimSpace(rm.text[at:])
	// Positions are unique per session, checked row by row: move the
	// later remarks out of the way through negative numbers, then back.
	if _, err := tx.Exec(ctx, `
		UPDATE remarks SET position = -position - 2 WHERE session_id = $1 AND position > $2`, sessionID, rm.position); err != nil {
		return fmt.Errorf("make room after remark %d: %w", rm.key, err)
	}
	if _, err := tx.Exec(ctx, `
		UPDATE remarks SET position = -position WHERE session_id = $1 AND position < -1`, sessionID); err != nil {
		return fmt.Errorf("make room after remark %d: %w", rm.key, err)
	}
	if _, err := tx.Exec(ctx, `UPDATE remarks SET text = $3 WHERE session_id = $1 AND key = $2`, sessionID, rm.key, first); err != nil {
		return fmt.Errorf("shorten remark %d: %w", rm.key, err)
	}
	// The second part has no printed label: the admin named its speaker.
	if _, err := tx.Exec(ctx, `
		INSERT INTO remarks (session_id, item_id, key, position, speaker_id, text)
		VALUES ($1, $2, $3, $4, $5, $6)`, sessionID, rm.itemID, newKey, rm.position+1, speakerID, second); err != nil {
		return fmt.Errorf("add the second part of remark %d: %w", rm.key, err)
	}
	// A permalink to the new key, retired by an earlier revision's
	// alignment, leads to the remark again.
	if _, err := tx.Exec(ctx, `DELETE FROM retired_keys WHERE session_id = $1 AND key = $2`, sessionID, newKey); err != nil {
		return fmt.Errorf("revive key %d: %w", newKey, err)
	}
	return touchSession(ctx, tx, sessionID)
}

// touchSession moves a session's changed_at, and with it its pages' ETags.
func touchSession(ctx context.Context, tx pgx.Tx, sessionID int64) error {
	if _, err := tx.Exec(ctx, `UPDATE sessions SET changed_at = now() WHERE id = $1`, sessionID); err != nil {
		return fmt.Errorf("mark session %d changed: %w", sessionID, err)
	}
	return nil
}

// openingWords returns the first words of s, up to about 60 bytes: enough
// to find the same place in a corrected text.
func openingWords(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= 60 {
		return s
	}
	cut := strings.LastIndexByte(s[:60], ' ')
	if cut < 20 {
		cut = 60
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return s[:cut]
}
