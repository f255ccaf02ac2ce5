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
// made in its preview before publishing; exactly one of: who said it
// (Speaker, a slug or name; NewName; or Narration), where to split it
// (SplitAt > 0, a SplitPoints offset of its text, the second part said
// by SplitSpeaker, SplitNewName or nobody: SplitNarration), Join it onto
// the remark before, or Undo the remark's corrections.
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
	// Join it onto the remark before it, under the same agenda item.
	Join bool
	// Undo forgets the corrections of the remark.
	Undo bool
}

// EditUpload stores a correction of a pending upload's remark; publishing
// the upload applies it (applyUploadEdits). An upload no longer pending
// is ErrAlreadyPublished or ErrDiscarded, a remark number out of range
// ErrNotFound, bad input an InputError; none changes anything.
func (s *Store) EditUpload(ctx context.Context, e UploadEdit, actor string) error {
	e, err := checkUploadEdit(e)
	if err != nil {
		return err
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
		what, err := storeUploadEdit(ctx, tx, e, flat, actor)
		if err != nil {
			return err
		}
		return audit(ctx, tx, actor, "edit_upload", fmt.Sprintf("upload %d", e.ID), map[string]any{"remark": e.Index, "edit": what})
	})
}

// checkUploadEdit tidies what the admin typed and refuses what cannot be
// a correction, before any database work.
func checkUploadEdit(e UploadEdit) (UploadEdit, error) {
	e.Speaker, e.SplitSpeaker = strings.TrimSpace(e.Speaker), strings.TrimSpace(e.SplitSpeaker)
	e.NewName, e.SplitNewName = singleSpaced(e.NewName), singleSpaced(e.SplitNewName)
	for _, name := range []string{e.NewName, e.SplitNewName} {
		if name != "" && (NormName(name) == "" || utf8.RuneCountInString(name) > maxFieldRunes) {
			return e, &InputError{Err: errors.New("give the new speaker's name (at most 200 characters)")}
		}
	}
	who := btoi(e.Speaker != "") + btoi(e.NewName != "") + btoi(e.Narration)
	second := btoi(e.SplitSpeaker != "") + btoi(e.SplitNewName != "") + btoi(e.SplitNarration)
	kinds := btoi(who > 0) + btoi(e.SplitAt != 0 || second > 0) + btoi(e.Join) + btoi(e.Undo)
	switch {
	case kinds > 1:
		return e, &InputError{Err: errors.New("make one correction at a time: a speaker, a split, a join, or undoing them")}
	case e.SplitAt != 0 && second != 1, e.SplitAt == 0 && second > 0:
		return e, &InputError{Err: errors.New("say where to split the remark and who said the second part: choose a speaker, type a new speaker's name, or mark it as narration (one of them)")}
	case kinds == 0 || who > 1:
		return e, &InputError{Err: errors.New("choose a speaker, type a new speaker's name, or mark the remark as narration (one of them)")}
	}
	return e, nil
}

// storeUploadEdit stores checked correction e of one of flat's remarks
// and says what kind it was.
func storeUploadEdit(ctx context.Context, tx pgx.Tx, e UploadEdit, flat []flatRemark, actor string) (string, error) {
	switch {
	case e.Undo:
		_, err := tx.Exec(ctx, `DELETE FROM upload_edits WHERE document_id = $1 AND remark_index = $2`, e.ID, e.Index)
		if err != nil {
			return "", fmt.Errorf("undo the corrections of remark %d of upload %d: %w", e.Index, e.ID, err)
		}
		return "undo", nil
	case e.Join:
		if e.Index == 1 || flat[e.Index-2].item != flat[e.Index-1].item {
			return "", &InputError{Err: errors.New("there is no remark before this one under the same agenda item to join it to")}
		}
		return "join", upsertUploadEdit(ctx, tx, `joined = true`, e, uploadEditRow{joined: true}, actor)
	case e.SplitAt != 0:
		if !validSplit(flat[e.Index-1].remark.Text, e.SplitAt) {
			return "", &InputError{Err: errors.New("split the remark where a sentence starts")}
		}
		id, err := speakerOrNarration(ctx, tx, Assignment{Speaker: e.SplitSpeaker, NewName: e.SplitNewName}, e.SplitNarration, new(Assigned))
		if err != nil {
			return "", err
		}
		return "split", upsertUploadEdit(ctx, tx, `split_at = EXCLUDED.split_at, split_speaker_id = EXCLUDED.split_speaker_id`,
			e, uploadEditRow{splitAt: &e.SplitAt, splitSpeakerID: id}, actor)
	}
	id, err := speakerOrNarration(ctx, tx, Assignment{Speaker: e.Speaker, NewName: e.NewName}, e.Narration, new(Assigned))
	if err != nil {
		return "", err
	}
	return "speaker", upsertUploadEdit(ctx, tx, `attributed = true, speaker_id = EXCLUDED.speaker_id`,
		e, uploadEditRow{attributed: true, speakerID: id}, actor)
}

// uploadEditRow is what one correction sets in its upload_edits row.
type uploadEditRow struct {
	attributed     bool
	speakerID      *int64
	splitAt        *int
	splitSpeakerID *int64
	joined         bool
}

// upsertUploadEdit stores one correction, keeping the others of the same
// remark (set lists the columns this one replaces).
func upsertUploadEdit(ctx context.Context, tx pgx.Tx, set string, e UploadEdit, row uploadEditRow, actor string) error {
	// set is one of the constants of storeUploadEdit, never input.
	_, err := tx.Exec(ctx, `
		INSERT INTO upload_edits (document_id, remark_index, attributed, speaker_id, split_at, split_speaker_id, joined, edited_by)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
		ON CONFLICT (document_id, remark_index) DO UPDATE SET `+set+`, edited_by = EXCLUDED.edited_by, edited_at = now()`,
		e.ID, e.Index, row.attributed, row.speakerID, row.splitAt, row.splitSpeakerID, row.joined, actor)
	if err != nil {
		return fmt.Errorf("store the correction of remark %d of upload %d: %w", e.Index, e.ID, err)
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
	Joined         bool
}

// uploadEdits returns the corrections of upload id by remark number.
func uploadEdits(ctx context.Context, q interface {
	Query(context.Context, string, ...any) (pgx.Rows, error)
}, id int64) (map[int]uploadEdit, error) {
	rows, _ := q.Query(ctx, `
		SELECT e.remark_index, e.attributed, e.speaker_id, coalesce(sp.name, ''), e.split_at, e.split_speaker_id, coalesce(sp2.name, ''), e.joined
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
