package archive

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
)

// UploadEdit is an admin's correction of one remark of a pending upload,
// made in its preview before publishing. Who said it: Speaker (a slug),
// NewName or Narration, or none of them to leave it as parsed. Where to
// split it: SplitAt > 0 (a SplitPoints offset of its text), the second
// part said by SplitSpeaker, SplitNewName or nobody (SplitNarration).
type UploadEdit struct {
	ID    int64
	Index int // the remark's number in the preview, 1 for the first
	// Who said the remark.
	Speaker, NewName string
	Narration        bool
	// Where to split it, and who said the second part.
	SplitAt                    int
	SplitSpeaker, SplitNewName string
	SplitNarration             bool
}

// EditUpload stores a correction of a pending upload's remark; publishing
// the upload applies it (applyUploadEdits). An upload no longer pending
// is ErrAlreadyPublished or ErrDiscarded, a remark number out of range
// ErrNotFound, bad input an InputError; none changes anything.
func (s *Store) EditUpload(ctx context.Context, e UploadEdit, actor string) error {
	e.Speaker, e.SplitSpeaker = strings.TrimSpace(e.Speaker), strings.TrimSpace(e.SplitSpeaker)
	e.NewName, e.SplitNewName = singleSpaced(e.NewName), singleSpaced(e.SplitNewName)
	for _, name := range []string{e.NewName, e.SplitNewName} {
		if name != "" && (NormName(name) == "" || utf8.RuneCountInString(name) > maxFieldRunes) {
			return &InputError{Err: errors.New("give the new speaker's name (at most 200 characters)")}
		}
	}
	who := btoi(e.Speaker != "") + btoi(e.NewName != "") + btoi(e.Narration)
	second := btoi(e.SplitSpeaker != "") + btoi(e.SplitNewName != "") + btoi(e.SplitNarration)
	switch {
	case e.SplitAt == 0 && who != 1:
		return &InputError{Err: errors.New("choose a speaker, type a new speaker's name, or mark the remark as narration (one of them)")}
	case e.SplitAt != 0 && (who != 0 || second != 1):
		return &InputError{Err: errors.New("say who said the second part: choose a speaker, type a new speaker's name, or mark it as narration (one of them)")}
	}
	return s.InTx(ctx, func(tx pgx.Tx) error {
		if err := serialisePublish(ctx, tx); err != nil {
			return err
		}
		p, err := lockUpload(ctx, tx, e.ID)
		if err != nil {
			return err
		}
		doc, _, err := parseUpload(p.Upload)
		if err != nil {
			return err
		}
		flat := flatten(doc)
		if e.Index < 1 || e.Index > len(flat) {
			return fmt.Errorf("remark %d of upload %d: %w", e.Index, e.ID, ErrNotFound)
		}
		if e.SplitAt != 0 {
			if !validSplit(flat[e.Index-1].remark.Text, e.SplitAt) {
				return &InputError{Err: errors.New("split the remark where a sentence starts")}
			}
			id, err := uploadSpeaker(ctx, tx, e.SplitSpeaker, e.SplitNewName, e.SplitNarration)
			if err != nil {
				return err
			}
			return upsertUploadEdit(ctx, tx, `split_at = EXCLUDED.split_at, split_speaker_id = EXCLUDED.split_speaker_id`,
				e.ID, e.Index, false, nil, &e.SplitAt, id, actor)
		}
		id, err := uploadSpeaker(ctx, tx, e.Speaker, e.NewName, e.Narration)
		if err != nil {
			return err
		}
		return upsertUploadEdit(ctx, tx, `attributed = true, speaker_id = EXCLUDED.speaker_id`, e.ID, e.Index, true, id, nil, nil, actor)
	})
}

// uploadSpeaker returns the speaker an edit names (nil for nobody),
// creating a new one.
func uploadSpeaker(ctx context.Context, tx pgx.Tx, slug, name string, narration bool) (*int64, error) {
	if narration {
		return nil, nil
	}
	var who Assigned
	id, err := assignee(ctx, tx, Assignment{Speaker: slug, NewName: name}, &who)
	if err != nil {
		return nil, err
	}
	return &id, nil
}

// upsertUploadEdit stores one correction, keeping the other of the same
// remark (set lists the columns this one replaces).
func upsertUploadEdit(ctx context.Context, tx pgx.Tx, set string, id int64, index int, attributed bool, speakerID *int64, splitAt *int, splitSpeakerID *int64, actor string) error {
	// set is one of two constants of EditUpload, never input.
	_, err := tx.Exec(ctx, `
		INSERT INTO upload_edits (document_id, remark_index, attributed, speaker_id, split_at, split_speaker_id, edited_by)
		VALUES ($1, $2, $3, $4, $5, $6, $7)
		ON CONFLICT (document_id, remark_index) DO UPDATE SET `+set+`, edited_by = EXCLUDED.edited_by, edited_at = now()`,
		id, index, attributed, speakerID, splitAt, splitSpeakerID, actor)
	if err != nil {
		return fmt.Errorf("store the correction of remark %d of upload %d: %w", index, id, err)
	}
	return nil
}

// uploadEdit is a stored correction of an upload's remark.
type uploadEdit struct {
	Index          int
	Attributed     bool
	SpeakerID      *int64
	Speaker        string // the speaker's name, "" for nobody
	SplitAt        *int
	SplitSpeakerID *int64
	SplitSpeaker   string
}

// uploadEdits returns the corrections of upload id by remark number.
func uploadEdits(ctx context.Context, q interface {
	Query(context.Context, string, ...any) (pgx.Rows, error)
}, id int64) (map[int]uploadEdit, error) {
	rows, _ := q.Query(ctx, `
		SELECT e.remark_index, e.attributed, e.speaker_id, coalesce(sp.name, ''), e.split_at, e.split_speaker_id, coalesce(sp2.name, '')
		FROM upload_edits e
		LEFT JOIN speakers sp ON sp.id = e.speaker_id
		LEFT JOIN speakers sp2 ON sp2.id = e.split_speaker_id
		WHERE e.document_id = $1`, id)
	list, err := pgx.CollectRows(rows, pgx.RowToStructByPos[uploadEdit])
	if err != nil {
		return nil, fmt.Errorf("corrections of upload %d: %w", id, err)
	}
	out := make(map[int]uploadEdit, len(list))
	for _, e := range list {
		out[e.Index] = e
	}
	return out, nil
}

// applyUploadEdits turns the corrections made in upload docID's preview
// into edits of the published remarks they name (keys: the key of each
// remark by its place in the upload's parse), remembered like edits made
// after publishing, so that later revisions keep them too.
func applyUploadEdits(ctx context.Context, tx pgx.Tx, docID, sessionID int64, rev int, keys []int, actor string) error {
	edits, err := uploadEdits(ctx, tx, docID)
	if err != nil || len(edits) == 0 {
		return err
	}
	for index, e := range edits {
		if index < 1 || index > len(keys) {
			continue
		}
		key := keys[index-1]
		if e.Attributed {
			if _, err := tx.Exec(ctx, `UPDATE remarks SET speaker_id = $3 WHERE session_id = $1 AND key = $2`, sessionID, key, e.SpeakerID); err != nil {
				return fmt.Errorf("attribute remark %d: %w", key, err)
			}
			if _, err := tx.Exec(ctx, `
				INSERT INTO remark_edits (session_id, remark_key, speaker_id, edited_by) VALUES ($1, $2, $3, $4)
				ON CONFLICT (session_id, remark_key) DO UPDATE SET speaker_id = EXCLUDED.speaker_id, edited_by = EXCLUDED.edited_by, edited_at = now()`,
				sessionID, key, e.SpeakerID, actor); err != nil {
				return fmt.Errorf("remember the attribution of remark %d: %w", key, err)
			}
		}
		if e.SplitAt != nil {
			if err := splitPublished(ctx, tx, sessionID, rev, key, *e.SplitAt, e.SplitSpeakerID, actor); err != nil {
				return err
			}
		}
	}
	return nil
}

// splitPublished splits remark key of a session being published, as an
// admin's split of a published remark would, and remembers it.
func splitPublished(ctx context.Context, tx pgx.Tx, sessionID int64, rev, key, at int, speakerID *int64, actor string) error {
	rm, err := lockRemark(ctx, tx, sessionID, "", key, "")
	if err != nil {
		return err
	}
	if !validSplit(rm.text, at) {
		return nil // the text is the parse's: a point checked when stored still holds
	}
	newKey, err := takeKey(ctx, tx, sessionID)
	if err != nil {
		return err
	}
	if err := splitAt(ctx, tx, sessionID, rm, at, newKey, speakerID); err != nil {
		return err
	}
	_, err = tx.Exec(ctx, `
		INSERT INTO remark_splits (session_id, remark_key, new_key, second_start, speaker_id, edited_by, applied_revision)
		VALUES ($1, $2, $3, $4, $5, $6, $7)`, sessionID, key, newKey, openingWords(rm.text[at:]), speakerID, actor, rev)
	if err != nil {
		return fmt.Errorf("remember the split of remark %d: %w", key, err)
	}
	return nil
}
