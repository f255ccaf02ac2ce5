package archive

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
)

// AdminSpeaker is a speaker as the admin speaker list shows it.
type AdminSpeaker struct {
	ID      int64    `db:"id"`
	Slug    string   `db:"slug"`
	Name    string   `db:"name"`
	Remarks int      `db:"remarks"`
	Aliases []string `db:"aliases"`
}

// AdminSpeakers lists speakers not merged away whose name or slug contains
// q (all when q is empty), by name, at most limit.
func (s *Store) AdminSpeakers(ctx context.Context, q string, limit int) ([]AdminSpeaker, error) {
	rows, _ := s.pool.Query(ctx, `
		SELECT sp.id, sp.slug, sp.name,
		       -- speaker_remark_counts: kept by triggers, not counted here.
		       coalesce((SELECT c.remarks FROM speaker_remark_counts c WHERE c.speaker_id = sp.id), 0)::int AS remarks,
		       ARRAY(SELECT a.alias FROM speaker_aliases a WHERE a.speaker_id = sp.id ORDER BY a.alias) AS aliases
		FROM speakers sp
		WHERE sp.merged_into IS NULL
		  AND ($1 = '' OR sp.name ILIKE '%' || $1 || '%' OR sp.slug LIKE '%' || $1 || '%')
		ORDER BY lower(sp.name), sp.id
		LIMIT $2`, q, limit)
	out, err := pgx.CollectRows(rows, pgx.RowToStructByName[AdminSpeaker])
	if err != nil {
		return nil, fmt.Errorf("list speakers: %w", err)
	}
	return out, nil
}

// lockSpeaker returns the id and name of the unmerged speaker slug, locked
// for the rest of the transaction.
func lockSpeaker(ctx context.Context, tx pgx.Tx, slug string) (int64, string, error) {
	locked, err := lockSpeakers(ctx, tx, slug)
	if err != nil {
		return 0, "", err
	}
	return locked[0].ID, locked[0].Name, nil
}

// lockedSpeaker is a speaker row lockSpeakers holds.
type lockedSpeaker struct {
	ID         int64  `db:"id"`
	Slug       string `db:"slug"`
	Name       string `db:"name"`
	MergedInto *int64 `db:"merged_into"`
}

// lockSpeakers locks the current speakers with the given slugs until tx
// ends and returns them in the order asked, like lockSpeaker for each.
// The rows are locked in one statement, in id order: two opposite merges
// (A into B, B into A) then queue instead of deadlocking, and the second
// finds its speaker merged.
func lockSpeakers(ctx context.Context, tx pgx.Tx, slugs ...string) ([]lockedSpeaker, error) {
	rows, _ := tx.Query(ctx, `
		SELECT id, slug, name, merged_into FROM speakers WHERE slug = ANY($1) ORDER BY id FOR UPDATE`, slugs)
	found, err := pgx.CollectRows(rows, pgx.RowToStructByName[lockedSpeaker])
	if err != nil {
		return nil, fmt.Errorf("lock speakers %v: %w", slugs, err)
	}
	out := make([]lockedSpeaker, len(slugs))
	for i, slug := range slugs {
		k := slices.IndexFunc(found, func(s lockedSpeaker) bool { return s.Slug == slug })
		switch {
		case k < 0:
			return nil, fmt.Errorf("speaker %s: %w", slug, ErrNotFound)
		case found[k].MergedInto != nil:
			return nil, &InputError{Err: fmt.Errorf("speaker %s was merged into another speaker", slug)}
		}
		out[i] = found[k]
	}
	return out, nil
}

// RenameSpeaker changes a speaker's displayed name; the slug stays so no
// link breaks, and the new spelling becomes an alias so later minutes
// that print it resolve to this speaker.
func (s *Store) RenameSpeaker(ctx context.Context, slug, name, actor string) error {
	name = singleSpaced(name)
	if name == "" || utf8.RuneCountInString(name) > maxFieldRunes {
		return &InputError{Err: errors.New("give the new name (at most 200 characters)")}
	}
	return s.InTx(ctx, func(tx pgx.Tx) error {
		id, old, err := lockSpeaker(ctx, tx, slug)
		if err != nil {
			return err
		}
		var owner string
		err = tx.QueryRow(ctx, `
			-- Insert the alias unless it exists; either way report its owner.
			WITH ins AS (
				INSERT INTO speaker_aliases (alias_norm, alias, speaker_id) VALUES ($1, $2, $3)
				ON CONFLICT (alias_norm) DO NOTHING RETURNING speaker_id
			)
			SELECT sp.slug FROM speakers sp
			WHERE sp.id = COALESCE((SELECT speaker_id FROM ins),
			                       (SELECT speaker_id FROM speaker_aliases WHERE alias_norm = $1))`,
			NormName(name), name, id).Scan(&owner)
		if err != nil {
			return fmt.Errorf("alias %q: %w", name, err)
		}
		if owner != slug {
			return &InputError{Err: fmt.Errorf("the name %q already belongs to speaker %s: merge the two speakers instead", name, owner)}
		}
		if _, err := tx.Exec(ctx, `UPDATE speakers SET name = $2 WHERE id = $1`, id, name); err != nil {
			return fmt.Errorf("rename speaker %s: %w", slug, err)
		}
		return audit(ctx, tx, actor, "rename_speaker", "speaker "+slug, map[string]any{"from": old, "to": name})
	})
}

// MergeSpeakers moves every remark, alias and per-session assignment
// (AssignSpeaker) of speaker from to speaker into. The old row stays, with
// merged_into set, so /speakers/{from} redirects (see SpeakerRedirect);
// speakers merged into from earlier now point at into directly.
func (s *Store) MergeSpeakers(ctx context.Context, from, into, actor string) error {
	if from == into {
		return &InputError{Err: errors.New("choose two different speakers to merge")}
	}
	return s.InTx(ctx, func(tx pgx.Tx) error {
		locked, err := lockSpeakers(ctx, tx, from, into)
		if err != nil {
			return err
		}
		fromID, fromName := locked[0].ID, locked[0].Name
		intoID, intoName := locked[1].ID, locked[1].Name
		tag, err := tx.Exec(ctx, `UPDATE remarks SET speaker_id = $2 WHERE speaker_id = $1`, fromID, intoID)
		if err != nil {
			return fmt.Errorf("move remarks of %s: %w", from, err)
		}
		_, err = tx.Exec(ctx, `
			-- Aliases, per-session label assignments, attribution edits,
			-- the speakers of split-off parts and the corrections of
			-- pending uploads follow the remarks.
			WITH aliases AS (UPDATE speaker_aliases SET speaker_id = $2 WHERE speaker_id = $1),
			     labels AS (UPDATE session_speaker_labels SET speaker_id = $2 WHERE speaker_id = $1),
			     edits AS (UPDATE remark_edits SET speaker_id = $2 WHERE speaker_id = $1),
			     splits AS (UPDATE remark_splits SET speaker_id = $2 WHERE speaker_id = $1),
			     uploads AS (
			         -- One UPDATE for both columns: two CTEs must not
			         -- modify the same row.
			         UPDATE upload_edits SET
			             speaker_id = CASE WHEN speaker_id = $1 THEN $2 ELSE speaker_id END,
			             split_speaker_id = CASE WHEN split_speaker_id = $1 THEN $2 ELSE split_speaker_id END
			         WHERE $1 IN (speaker_id, split_speaker_id))
			UPDATE speakers SET merged_into = $2 WHERE id = $1 OR merged_into = $1`, fromID, intoID)
		if err != nil {
			return fmt.Errorf("merge speaker %s into %s: %w", from, into, err)
		}
		return audit(ctx, tx, actor, "merge_speakers", "speaker "+from, map[string]any{
			"from": fromName, "into": into, "into_name": intoName, "remarks": tag.RowsAffected(),
		})
	})
}

// SpeakerRedirect returns the slug a merged speaker's page should redirect
// to (the speaker it was merged into), "" when slug is a current speaker,
// or ErrNotFound when no speaker ever had that slug.
func (s *Store) SpeakerRedirect(ctx context.Context, slug string) (string, error) {
	var target *string
	err := s.pool.QueryRow(ctx, `
		-- MergeSpeakers keeps merged_into one hop deep, so one join suffices.
		SELECT t.slug FROM speakers sp LEFT JOIN speakers t ON t.id = sp.merged_into
		WHERE sp.slug = $1`, slug).Scan(&target)
	if err != nil {
		return "", notFound(err, "speaker "+slug)
	}
	if target == nil {
		return "", nil
	}
	return *target, nil
}

// UnresolvedRemark is a remark whose speaker was not resolved to a speaker.
type UnresolvedRemark struct {
	SessionSlug  string `db:"session_slug"`
	SessionTitle string `db:"session_title"`
	Key          int    `db:"key"`
	Label        string `db:"speaker_label"`
	Text         string `db:"text"`
}

// UnresolvedRemarks lists remarks without a speaker, newest sessions first,
// at most limit, and how many there are in all.
func (s *Store) UnresolvedRemarks(ctx context.Context, limit int) ([]UnresolvedRemark, int, error) {
	var total int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM remarks WHERE speaker_id IS NULL`).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count unresolved remarks: %w", err)
	}
	rows, _ := s.pool.Query(ctx, `
		-- remarks_unresolved_idx serves the filter.
		SELECT s.slug AS session_slug, s.title AS session_title, r.key, r.speaker_label,
		       left(r.text, 300) AS text
		FROM remarks r JOIN sessions s ON s.id = r.session_id
		WHERE r.speaker_id IS NULL
		ORDER BY s.date DESC NULLS LAST, s.id DESC, r.position
		LIMIT $1`, limit)
	out, err := pgx.CollectRows(rows, pgx.RowToStructByName[UnresolvedRemark])
	if err != nil {
		return nil, 0, fmt.Errorf("list unresolved remarks: %w", err)
	}
	return out, total, nil
}
