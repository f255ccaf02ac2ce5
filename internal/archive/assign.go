package archive

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
)

// Assignment says which remarks of a session, left without a speaker by
// the parser, an admin attributes to whom.
type Assignment struct {
	Session string // slug of the session
	// Label is the printed speaker label: every remark of the session with
	// this label and no speaker is assigned. "" assigns the one remark
	// that names nobody with key Key.
	Label string
	Key   int
	// Speaker is the slug of an existing speaker; NewName instead creates
	// a speaker with that name. Exactly one of them is given.
	Speaker string
	NewName string
}

// Assigned tells what AssignSpeaker did.
type Assigned struct {
	SessionTitle string
	SpeakerSlug  string
	SpeakerName  string
	Created      bool // the speaker was created from Assignment.NewName
	Remarks      int  // remarks that got the speaker
}

// missing is a refusal naming something asked for that does not exist;
// errors.Is reports it as ErrNotFound, so handlers answer 404.
type missing string

// Error is the refusal as the admin reads it.
func (m missing) Error() string { return string(m) }

// Is makes errors.Is(err, ErrNotFound) hold.
func (m missing) Is(target error) bool { return target == ErrNotFound }

// AssignSpeaker attributes unresolved remarks of a session to a speaker
// and remembers the assignment for the session (session_speaker_labels),
// so that every later revision of the session applies it again. The label
// is not made a global alias: a bare first name means different people in
// different meetings. A new speaker gets their typed full name as an
// alias, as a speaker created by ingest does. Bad input is an InputError
// (one wrapping ErrNotFound for an unknown session or speaker) and
// changes nothing.
func (s *Store) AssignSpeaker(ctx context.Context, a Assignment, actor string) (Assigned, error) {
	a, err := checkAssignment(a)
	if err != nil {
		return Assigned{}, err
	}
	var out Assigned
	err = s.InTx(ctx, func(tx pgx.Tx) error {
		// The publish lock: a new speaker is created look-up-then-insert
		// like ingest does (see speakerFor), and no publish may rewrite
		// the session's remarks meanwhile.
		if err := serialisePublish(ctx, tx); err != nil {
			return err
		}
		// Speaker before session, the order of renames and merges
		// (whose triggers touch sessions after locking speakers), so
		// that concurrent admin actions cannot deadlock.
		speakerID, err := assignee(ctx, tx, a, &out)
		if err != nil {
			return err
		}
		// Publishes lock the same row (lockOrCreateSession).
		sess, err := lockHeader(ctx, tx, a.Session)
		if err != nil {
			return err
		}
		if !sess.exists {
			return &InputError{Err: missing(fmt.Sprintf("there is no session %s", a.Session))}
		}
		sessionID, title := sess.id, sess.Title
		if out.Remarks, err = attribute(ctx, tx, sessionID, a, speakerID); err != nil {
			return err
		}
		if err := rememberAssignment(ctx, tx, sessionID, a, speakerID, actor); err != nil {
			return err
		}
		out.SessionTitle = title
		return audit(ctx, tx, actor, "assign_speaker", "session "+a.Session, assignDetail(a, out))
	})
	if err != nil {
		return Assigned{}, err
	}
	return out, nil
}

// checkAssignment tidies what the admin typed and refuses what cannot be
// an assignment, before any database work.
func checkAssignment(a Assignment) (Assignment, error) {
	a.Session = strings.TrimSpace(a.Session)
	a.Speaker = strings.TrimSpace(a.Speaker)
	a.NewName = singleSpaced(a.NewName)
	switch {
	case a.Session == "":
		return a, &InputError{Err: errors.New("choose the session whose remarks to assign")}
	case a.Label == "" && a.Key <= 0:
		return a, &InputError{Err: errors.New("choose the remark to assign")}
	case a.Speaker != "" && a.NewName != "":
		return a, &InputError{Err: errors.New("choose an existing speaker or type a new speaker's name, not both")}
	case a.Speaker == "" && a.NewName == "":
		return a, &InputError{Err: errors.New("choose a speaker (by slug) or type the name of a new speaker")}
	case a.Speaker == "" && (NormName(a.NewName) == "" || utf8.RuneCountInString(a.NewName) > maxFieldRunes):
		return a, &InputError{Err: errors.New("give the new speaker's name (at most 200 characters)")}
	}
	if a.Label != "" {
		a.Key = 0 // a label covers all its remarks
	}
	return a, nil
}

// speakerOrNarration is assignee for an edit that may instead mark its
// text as narration: nil then, and no speaker is looked up or created.
func speakerOrNarration(ctx context.Context, tx pgx.Tx, a Assignment, narration bool, out *Assigned) (*int64, error) {
	if narration {
		return nil, nil
	}
	id, err := assignee(ctx, tx, a, out)
	if err != nil {
		return nil, err
	}
	return &id, nil
}

// assignee returns the id of the speaker an assignment names, creating
// the speaker for a new name, and fills in out's speaker fields.
func assignee(ctx context.Context, tx pgx.Tx, a Assignment, out *Assigned) (int64, error) {
	if a.Speaker != "" {
		slug := a.Speaker
		id, name, err := lockSpeaker(ctx, tx, slug)
		if errors.Is(err, ErrNotFound) {
			// Not a slug: the field takes a speaker's name too.
			if slug, err = speakerNamed(ctx, tx, a.Speaker); err == nil {
				id, name, err = lockSpeaker(ctx, tx, slug)
			}
		}
		if errors.Is(err, ErrNotFound) {
			err = errNoSpeaker(a.Speaker)
		}
		out.SpeakerSlug, out.SpeakerName = slug, name
		return id, err
	}
	norm := NormName(a.NewName)
	var owner string
	err := tx.QueryRow(ctx, `
		SELECT sp.slug FROM speaker_aliases a JOIN speakers sp ON sp.id = a.speaker_id
		WHERE a.alias_norm = $1`, norm).Scan(&owner)
	if err == nil {
		return 0, &InputError{Err: fmt.Errorf("the name %q already belongs to speaker %s: choose that speaker instead", a.NewName, owner)}
	}
	if !errors.Is(err, pgx.ErrNoRows) {
		return 0, fmt.Errorf("look up speaker %q: %w", a.NewName, err)
	}
	id, err := speakerFor(ctx, tx, norm, a.NewName)
	if err != nil {
		return 0, err
	}
	if norm == NormName(a.Label) {
		// The admin named the speaker by the printed label itself: the
		// label stays this session's, never a global alias.
		if _, err := tx.Exec(ctx, `DELETE FROM speaker_aliases WHERE alias_norm = $1 AND speaker_id = $2`, norm, id); err != nil {
			return 0, fmt.Errorf("keep label %q session-scoped: %w", a.Label, err)
		}
	}
	if err := tx.QueryRow(ctx, `SELECT slug FROM speakers WHERE id = $1`, id).Scan(&out.SpeakerSlug); err != nil {
		return 0, fmt.Errorf("read new speaker %q: %w", a.NewName, err)
	}
	out.SpeakerName, out.Created = a.NewName, true
	return id, nil
}

// attribute gives the assignment's remarks the speaker and returns how
// many there were; none is an InputError (nothing left to assign).
func attribute(ctx context.Context, tx pgx.Tx, sessionID int64, a Assignment, speakerID int64) (int, error) {
	tag, err := tx.Exec(ctx, `
		-- Only remarks without a speaker: an assignment never overrides
		-- what the parser or an alias resolved. The trigger
		-- sessions_touch_on_remark_speaker (migration 00008) moves the
		-- session's changed_at, and with it the page's ETag.
		UPDATE remarks SET speaker_id = $4
		WHERE session_id = $1 AND speaker_id IS NULL AND speaker_label = $2
		  AND ($2 <> '' OR key = $3)`, sessionID, a.Label, a.Key, speakerID)
	if err != nil {
		return 0, fmt.Errorf("assign remarks of session %s: %w", a.Session, err)
	}
	if tag.RowsAffected() > 0 {
		return int(tag.RowsAffected()), nil
	}
	if a.Label != "" {
		return 0, &InputError{Err: fmt.Errorf("no remark of session %s printed as %q is without a speaker", a.Session, a.Label)}
	}
	return 0, &InputError{Err: fmt.Errorf("session %s has no remark %d without a speaker", a.Session, a.Key)}
}

// rememberAssignment records the assignment for later revisions of the
// session; assigning the same label again replaces the speaker.
func rememberAssignment(ctx context.Context, tx pgx.Tx, sessionID int64, a Assignment, speakerID int64, actor string) error {
	_, err := tx.Exec(ctx, `
		INSERT INTO session_speaker_labels (session_id, label, remark_key, speaker_id, assigned_by)
		VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (session_id, label, remark_key)
		DO UPDATE SET speaker_id = EXCLUDED.speaker_id, assigned_by = EXCLUDED.assigned_by, assigned_at = now()`,
		sessionID, a.Label, a.Key, speakerID, actor)
	if err != nil {
		return fmt.Errorf("remember assignment in session %s: %w", a.Session, err)
	}
	return nil
}

// assignDetail is the audit log's detail of an assignment.
func assignDetail(a Assignment, out Assigned) map[string]any {
	d := map[string]any{
		"label": a.Label, "speaker": out.SpeakerSlug, "speaker_name": out.SpeakerName,
		"new_speaker": out.Created, "remarks": out.Remarks,
	}
	if a.Label == "" {
		d["key"] = a.Key
	}
	return d
}

// applySpeakerLabels re-applies the session's assignments to the remarks
// a publish has just written, so a correction keeps them.
func applySpeakerLabels(ctx context.Context, tx pgx.Tx, sessionID int64) error {
	_, err := tx.Exec(ctx, `
		-- A label mapping attributes every remark printed with that label,
		-- even one a global alias resolved: the admin's word for this
		-- session is the more specific. A key mapping attributes its one
		-- unnamed remark (keys survive alignment) while it still names
		-- nobody; if a correction names a speaker, the printed name wins.
		-- The primary key of session_speaker_labels serves the join.
		UPDATE remarks r SET speaker_id = l.speaker_id
		FROM session_speaker_labels l
		WHERE l.session_id = $1 AND r.session_id = $1
		  AND r.speaker_label = l.label
		  AND (l.remark_key = 0 OR (r.key = l.remark_key AND r.speaker_id IS NULL))
		  AND r.speaker_id IS DISTINCT FROM l.speaker_id`, sessionID)
	if err != nil {
		return fmt.Errorf("apply speaker assignments: %w", err)
	}
	return nil
}
