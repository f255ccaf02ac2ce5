package archive

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/jackc/pgx/v5"
)

// applyUploadEdits turns the corrections made in upload docID's preview
// into edits of the published remarks they name (keys: the key of each
// remark by its place in the upload's parse), remembered like edits made
// after publishing, so that later revisions keep them too.
func applyUploadEdits(ctx context.Context, tx pgx.Tx, docID, sessionID int64, rev int, keys []int, actor string) error {
	edits, err := uploadEdits(ctx, tx, docID)
	if err != nil || len(edits) == 0 {
		return err
	}
	// Speakers first, then splits, then joins, each in reading order: a
	// remark joined after a split remark joins onto its second part.
	indexes := slices.Sorted(maps.Keys(edits))
	for _, index := range indexes {
		e := edits[index]
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
	}
	for _, index := range indexes {
		if e := edits[index]; e.SplitAt != nil && index <= len(keys) {
			if err := splitPublished(ctx, tx, sessionID, rev, keys[index-1], *e.SplitAt, e.SplitSpeakerID, actor); err != nil {
				return err
			}
		}
	}
	for _, index := range indexes {
		if edits[index].Joined && index <= len(keys) {
			if err := joinPublished(ctx, tx, sessionID, rev, keys[index-1], actor); err != nil {
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

// joinPublished joins remark key of a session being published onto the
// remark before it, as an admin's join of a published remark would, and
// remembers it. Its key leads to the remark it joined.
func joinPublished(ctx context.Context, tx pgx.Tx, sessionID int64, rev, key int, actor string) error {
	rm, err := lockRemark(ctx, tx, sessionID, "", key, "")
	if err != nil {
		return err
	}
	prev, ok, err := remarkBefore(ctx, tx, sessionID, rm)
	if err != nil || !ok {
		return err // not ok: cannot be, the parse was checked when stored
	}
	if err := joinInto(ctx, tx, sessionID, prev, rm, true); err != nil {
		return err
	}
	_, err = tx.Exec(ctx, `
		INSERT INTO remark_joins (session_id, remark_key, into_key, joined_start, edited_by, applied_revision)
		VALUES ($1, $2, $3, $4, $5, $6)
		ON CONFLICT (session_id, remark_key) DO UPDATE SET into_key = EXCLUDED.into_key,
		    joined_start = EXCLUDED.joined_start, edited_by = EXCLUDED.edited_by, edited_at = now(),
		    applied_revision = EXCLUDED.applied_revision`,
		sessionID, key, prev.key, openingWords(rm.text), actor, rev)
	if err != nil {
		return fmt.Errorf("remember the join of remark %d: %w", key, err)
	}
	return nil
}
