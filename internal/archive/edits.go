package archive

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// ErrStaleRemark refuses an edit made on a form of a remark that has
// changed since (its text or speaker: another admin, or a publish).
var ErrStaleRemark = errors.New("the remark changed since the form was shown")

// AttributionEdit is an admin's correction of who said one remark of a
// published session: an existing speaker (Speaker, a slug), a new one
// (NewName), or nobody (Narration). Exactly one is given.
type AttributionEdit struct {
	Session   string
	Key       int
	Speaker   string
	NewName   string
	Narration bool
	// Seen is the remark's Version when the form was shown: an edit of
	// a remark that changed since is refused with ErrStaleRemark.
	Seen string
}

// RemarkVersion is what an attribution form shows of a remark, and the
// version the edit must name.
type RemarkVersion struct {
	SessionTitle string
	Key          int
	SpeakerSlug  string // "" for narration
	SpeakerName  string // the speaker's name, the label as printed, or "" for narration an admin set
	Text         string
	Version      string
	EditedAt     *time.Time // the last correction by an admin, if any
}

// remarkVersion is the version of a remark's speaker and text: a short
// hash, enough to tell that either changed.
func remarkVersion(speakerID *int64, text string) string {
	h := sha256.New()
	if speakerID != nil {
		fmt.Fprintf(h, "%d", *speakerID)
	}
	h.Write([]byte{0})
	h.Write([]byte(text))
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// RemarkForEdit returns a remark of a session as an attribution form
// shows it; ErrNotFound when the session or key does not exist.
func (s *Store) RemarkForEdit(ctx context.Context, slug string, key int) (RemarkVersion, error) {
	v := RemarkVersion{Key: key}
	if unusableKey(slug) {
		return v, fmt.Errorf("remark %d of session %q: %w", key, slug, ErrNotFound)
	}
	var speakerID *int64
	var slugP *string
	err := s.pool.QueryRow(ctx, `
		-- A remark an admin made narration names nobody, whatever label
		-- the minutes print.
		SELECT s.title, r.speaker_id, sp.slug,
		       CASE WHEN e.remark_key IS NOT NULL AND r.speaker_id IS NULL THEN ''
		            ELSE coalesce(sp.name, r.speaker_label) END,
		       r.text, e.edited_at
		FROM sessions s
		JOIN remarks r ON r.session_id = s.id AND r.key = $2 -- unique (session_id, key)
		LEFT JOIN speakers sp ON sp.id = r.speaker_id
		LEFT JOIN remark_edits e ON e.session_id = s.id AND e.remark_key = r.key
		WHERE s.slug = $1`, slug, key).Scan(&v.SessionTitle, &speakerID, &slugP, &v.SpeakerName, &v.Text, &v.EditedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return v, fmt.Errorf("remark %d of session %s: %w", key, slug, ErrNotFound)
	}
	if err != nil {
		return v, fmt.Errorf("remark %d of session %s: %w", key, slug, err)
	}
	if slugP != nil {
		v.SpeakerSlug = *slugP
	}
	v.Version = remarkVersion(speakerID, v.Text)
	return v, nil
}

// EditAttribution sets who said one remark and remembers it
// (remark_edits), so that every later revision of the session applies it
// again while the remark's key survives. An unknown session or remark is
// ErrNotFound, bad input (an unknown speaker too) an InputError, a stale
// form ErrStaleRemark; none changes anything.
func (s *Store) EditAttribution(ctx context.Context, e AttributionEdit, actor string) (RemarkVersion, error) {
	if n := btoi(e.Speaker != "") + btoi(e.NewName != "") + btoi(e.Narration); n != 1 {
		return RemarkVersion{}, &InputError{Err: errors.New("choose a speaker, type a new speaker's name, or mark the remark as narration (one of them)")}
	}
	var out RemarkVersion
	err := s.InTx(ctx, func(tx pgx.Tx) error {
		// The publish lock: no publish may rewrite the remarks meanwhile,
		// and a new speaker is created the way ingest creates one.
		if err := serialisePublish(ctx, tx); err != nil {
			return err
		}
		var assigned Assigned
		speakerID, err := speakerOrNarration(ctx, tx, Assignment{Session: e.Session, Key: e.Key, Speaker: e.Speaker, NewName: e.NewName}, e.Narration, &assigned)
		if err != nil {
			return err
		}
		sess, err := lockHeader(ctx, tx, e.Session)
		if err != nil {
			return err
		}
		if !sess.exists {
			return fmt.Errorf("session %s: %w", e.Session, ErrNotFound)
		}
		if err := setRemarkSpeaker(ctx, tx, sess.id, e, speakerID); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `
			INSERT INTO remark_edits (session_id, remark_key, speaker_id, edited_by) VALUES ($1, $2, $3, $4)
			ON CONFLICT (session_id, remark_key)
			DO UPDATE SET speaker_id = EXCLUDED.speaker_id, edited_by = EXCLUDED.edited_by, edited_at = now()`,
			sess.id, e.Key, speakerID, actor); err != nil {
			return fmt.Errorf("remember the attribution of remark %d of %s: %w", e.Key, e.Session, err)
		}
		out = RemarkVersion{SessionTitle: sess.Title, Key: e.Key, SpeakerSlug: assigned.SpeakerSlug, SpeakerName: assigned.SpeakerName}
		return audit(ctx, tx, actor, "edit_attribution", "session "+e.Session, map[string]any{
			"key": e.Key, "speaker": assigned.SpeakerSlug, "speaker_name": assigned.SpeakerName,
			"new_speaker": assigned.Created, "narration": e.Narration,
		})
	})
	return out, err
}

// setRemarkSpeaker gives the remark its speaker (nil: nobody) after
// checking that it is the version the admin saw.
func setRemarkSpeaker(ctx context.Context, tx pgx.Tx, sessionID int64, e AttributionEdit, speakerID *int64) error {
	var current *int64
	var text string
	err := tx.QueryRow(ctx, `
		SELECT speaker_id, text FROM remarks WHERE session_id = $1 AND key = $2 FOR UPDATE`,
		sessionID, e.Key).Scan(&current, &text)
	if errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("remark %d of session %s: %w", e.Key, e.Session, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("read remark %d of %s: %w", e.Key, e.Session, err)
	}
	if remarkVersion(current, text) != e.Seen {
		return ErrStaleRemark
	}
	// The trigger sessions_touch_on_remark_speaker (migration 00008) moves
	// the session's changed_at, and with it its pages' ETags.
	if _, err := tx.Exec(ctx, `UPDATE remarks SET speaker_id = $3 WHERE session_id = $1 AND key = $2`,
		sessionID, e.Key, speakerID); err != nil {
		return fmt.Errorf("set the speaker of remark %d of %s: %w", e.Key, e.Session, err)
	}
	return nil
}

// applyRemarkEdits re-applies the session's attribution edits to the
// remarks a publish has just written: an admin's word on one remark
// outranks the parser and the session's label assignments, which is why
// it runs after applySpeakerLabels.
func applyRemarkEdits(ctx context.Context, tx pgx.Tx, sessionID int64) error {
	_, err := tx.Exec(ctx, `
		-- Keys survive corrections through alignment; an edit whose key
		-- is gone matches nothing and waits, listed, for review.
		UPDATE remarks r SET speaker_id = e.speaker_id
		FROM remark_edits e
		WHERE e.session_id = $1 AND r.session_id = $1 AND r.key = e.remark_key
		  AND r.speaker_id IS DISTINCT FROM e.speaker_id`, sessionID)
	if err != nil {
		return fmt.Errorf("re-apply attribution edits of session %d: %w", sessionID, err)
	}
	return nil
}

// btoi is 1 for true.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// RemarkCorrected returns when an admin last corrected who said remark
// key of a session, or nil when none did: the remark's page says so.
func (s *Store) RemarkCorrected(ctx context.Context, sessionID int64, key int) (*time.Time, error) {
	var at *time.Time
	err := s.pool.QueryRow(ctx, `
		SELECT e.edited_at FROM remark_edits e -- primary key (session_id, remark_key)
		WHERE e.session_id = $1 AND e.remark_key = $2`, sessionID, key).Scan(&at)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("correction of remark %d of session %d: %w", key, sessionID, err)
	}
	return at, nil
}

// Corrections counts the remarks of a session whose attribution an admin
// corrected, for the session page's note.
func (s *Store) Corrections(ctx context.Context, sessionID int64) (int, error) {
	var n int
	err := s.pool.QueryRow(ctx, `
		-- Only edits of remarks the session still has (the primary key
		-- serves the join on (session_id, key)).
		SELECT count(*) FROM remark_edits e
		JOIN remarks r ON r.session_id = e.session_id AND r.key = e.remark_key
		WHERE e.session_id = $1`, sessionID).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("corrections of session %d: %w", sessionID, err)
	}
	return n, nil
}

// OrphanedEdit is an attribution edit whose remark the current revision
// no longer has: kept, never applied, listed for an admin to review.
type OrphanedEdit struct {
	Key      int       `db:"remark_key"`
	Speaker  string    `db:"speaker"` // the speaker's name, "" for narration
	EditedBy string    `db:"edited_by"`
	EditedAt time.Time `db:"edited_at"`
}

// OrphanedEdits lists the session's attribution edits whose remark key
// is gone from the current revision (its remark was removed by a
// correction), oldest key first.
func (s *Store) OrphanedEdits(ctx context.Context, sessionID int64) ([]OrphanedEdit, error) {
	rows, _ := s.pool.Query(ctx, `
		SELECT e.remark_key, coalesce(sp.name, '') AS speaker, e.edited_by, e.edited_at
		FROM remark_edits e
		LEFT JOIN speakers sp ON sp.id = e.speaker_id
		WHERE e.session_id = $1
		  AND NOT EXISTS (SELECT FROM remarks r WHERE r.session_id = e.session_id AND r.key = e.remark_key)
		ORDER BY e.remark_key`, sessionID)
	out, err := pgx.CollectRows(rows, pgx.RowToStructByName[OrphanedEdit])
	if err != nil {
		return nil, fmt.Errorf("orphaned edits of session %d: %w", sessionID, err)
	}
	return out, nil
}
