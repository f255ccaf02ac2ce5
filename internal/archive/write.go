package archive

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/plenary/plenary/internal/minutes"
)

// insertItems writes a document's agenda and returns item ids by index.
func insertItems(ctx context.Context, tx pgx.Tx, sessionID int64, items []minutes.Item) ([]int64, error) {
	anchors := Anchors(items)
	rows := make([][]any, len(items))
	for i, it := range items {
		rows[i] = []any{sessionID, i, it.Number, it.Title, it.Depth, anchors[i]}
	}
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"agenda_items"},
		[]string{"session_id", "position", "number", "title", "depth", "anchor"},
		pgx.CopyFromRows(rows))
	if err != nil {
		return nil, fmt.Errorf("insert agenda items: %w", err)
	}
	ids := make([]int64, len(items))
	res, _ := tx.Query(ctx, `SELECT id, position FROM agenda_items WHERE session_id = $1`, sessionID)
	var id int64
	var pos int
	_, err = pgx.ForEachRow(res, []any{&id, &pos}, func() error {
		ids[pos] = id
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read agenda item ids: %w", err)
	}
	return ids, nil
}

// Anchors returns the fragment id of each agenda item: "item-3-1" for
// item 3.1, and "item-pN" (N its position) for an unnumbered item or a
// number printed twice, so every anchor is unique within the session.
func Anchors(items []minutes.Item) []string {
	out := make([]string, len(items))
	seen := make(map[string]bool, len(items))
	for i, it := range items {
		a := ""
		if n := Slugify(it.Number, 0); n != "" {
			a = "item-" + n
		}
		if a == "" || seen[a] {
			a = "item-p" + strconv.Itoa(i)
		}
		seen[a] = true
		out[i] = a
	}
	return out
}

// insertRemarks bulk-writes the remarks of a revision with COPY.
func insertRemarks(ctx context.Context, tx pgx.Tx, sessionID int64, flat []flatRemark, keys []int, itemIDs []int64, speakers map[string]int64) error {
	rows := make([][]any, len(flat))
	for i, f := range flat {
		var speakerID *int64
		label := ""
		if f.remark.Speaker != nil {
			label = *f.remark.Speaker
			if id, ok := speakers[NormName(label)]; ok {
				speakerID = &id
			}
		}
		aff := ""
		if f.remark.Affiliation != nil {
			aff = *f.remark.Affiliation
		}
		rows[i] = []any{sessionID, itemIDs[f.item], keys[i], i, speakerID, label, aff, f.remark.Text}
	}
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"remarks"},
		[]string{"session_id", "item_id", "key", "position", "speaker_id", "speaker_label", "affiliation", "text"},
		pgx.CopyFromRows(rows))
	if err != nil {
		return fmt.Errorf("insert remarks: %w", err)
	}
	return nil
}

// resolveSpeakers maps every speaker name in flat to a speaker id by its
// folded alias, creating a speaker (and alias) for names never seen. New
// speakers are created in order of first appearance, so the slugs they
// get (base, base-2, …) are the same on every run of the same minutes.
// A bare name (one word, barenames.go) gets the speaker the minutes or
// the body's other sessions make it stand for, or none.
func resolveSpeakers(ctx context.Context, tx pgx.Tx, flat []flatRemark, body string) (map[string]int64, error) {
	ids := map[string]int64{} // folded name → speaker id
	for _, f := range flat {
		if f.remark.Speaker == nil {
			continue
		}
		name := strings.TrimSpace(*f.remark.Speaker)
		n := NormName(name)
		if _, ok := ids[n]; ok || n == "" {
			continue
		}
		if bareName(name) {
			owner := bareOwner(name, flat)
			if owner == "" {
				id, ok, err := bodySpeaker(ctx, tx, body, name)
				if err != nil {
					return nil, err
				}
				if ok {
					ids[n] = id
				}
				continue // none: the printed name, no speaker page
			}
			name, n = owner, NormName(owner)
			if id, ok := ids[n]; ok {
				ids[NormName(*f.remark.Speaker)] = id
				continue
			}
		}
		id, err := speakerFor(ctx, tx, n, name)
		if err != nil {
			return nil, err
		}
		ids[n] = id
		ids[NormName(*f.remark.Speaker)] = id
	}
	return ids, nil
}

// speakerFor returns the speaker behind alias norm, creating one named name.
// Look-up-then-insert is safe because publishes are serialised
// (serialisePublish): no other publish can create the alias in between.
func speakerFor(ctx context.Context, tx pgx.Tx, norm, name string) (int64, error) {
	var id int64
	err := tx.QueryRow(ctx, `SELECT speaker_id FROM speaker_aliases WHERE alias_norm = $1`, norm).Scan(&id)
	if err == nil {
		return id, nil
	}
	if !errors.Is(err, pgx.ErrNoRows) {
		return 0, fmt.Errorf("look up speaker %q: %w", name, err)
	}
	base := Slugify(name, 60)
	if base == "" {
		base = "speaker"
	}
	err = tx.QueryRow(ctx, `
		-- Take the first free slug among base, base-2, base-3, …
		WITH slug AS (
			SELECT CASE WHEN n = 1 THEN $1 ELSE $1 || '-' || n END AS s
			FROM generate_series(1, 1000) AS n
			WHERE NOT EXISTS (SELECT 1 FROM speakers
			                  WHERE slug = CASE WHEN n = 1 THEN $1 ELSE $1 || '-' || n END)
			ORDER BY n LIMIT 1
		), sp AS (
			INSERT INTO speakers (slug, name) SELECT s, $2 FROM slug RETURNING id
		)
		INSERT INTO speaker_aliases (alias_norm, alias, speaker_id)
		SELECT $3, $2, id FROM sp
		RETURNING speaker_id`, base, name, norm).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("create speaker %q: %w", name, err)
	}
	return id, nil
}

// retireKeys records where the permalinks of removed remarks now lead, and
// repoints older retired keys whose successor was removed in turn, so a
// link never takes more than one redirect. One statement for any number of
// keys.
func retireKeys(ctx context.Context, tx pgx.Tx, sessionID int64, rev int, retired map[int]int) error {
	if len(retired) == 0 {
		return nil
	}
	keys := make([]int32, 0, len(retired))
	succs := make([]int32, 0, len(retired))
	for k, s := range retired {
		keys = append(keys, int32(k))
		succs = append(succs, int32(s))
	}
	_, err := tx.Exec(ctx, `
		WITH gone AS (
			SELECT * FROM unnest($2::int[], $3::int[]) AS g(key, successor)
		), chain AS (
			-- Links that led to a removed remark now lead to its successor.
			UPDATE retired_keys rk SET successor = gone.successor
			FROM gone
			WHERE rk.session_id = $1 AND rk.successor = gone.key
		)
		INSERT INTO retired_keys (session_id, key, successor, revision)
		SELECT $1, key, successor, $4 FROM gone
		-- A key retired before (a remark an admin joined away, which the
		-- parser brought back) leads to its newest successor.
		ON CONFLICT (session_id, key) DO UPDATE SET successor = EXCLUDED.successor, revision = EXCLUDED.revision`, sessionID, keys, succs, rev)
	if err != nil {
		return fmt.Errorf("retire %d keys: %w", len(retired), err)
	}
	return nil
}
