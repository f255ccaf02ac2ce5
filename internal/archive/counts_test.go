package archive_test

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/plenary/plenary/internal/archive"
)

// TestSpeakerRemarkCounts checks that the counts the triggers keep
// (migration 00028) equal a count of the remarks after every way remarks
// change: publishing, an attribution edit, a new speaker, narration, a
// merge, a republish, and a session's removal.
func TestSpeakerRemarkCounts(t *testing.T) {
	ctx := context.Background()
	store, pool := assignFixture(t)
	checkCounts(t, pool, "after publishing")
	edit := func(e archive.AttributionEdit) {
		t.Helper()
		e.Session = assignSlug
		v, err := store.RemarkForEdit(ctx, assignSlug, e.Key)
		if err != nil {
			t.Fatal(err)
		}
		e.Seen = v.Version
		if _, err := store.EditAttribution(ctx, e, "alice"); err != nil {
			t.Fatalf("edit %+v: %v", e, err)
		}
	}
	edit(archive.AttributionEdit{Key: 2, Speaker: "carol-person"})
	checkCounts(t, pool, "after an attribution edit")
	edit(archive.AttributionEdit{Key: 1, NewName: "Andrew Ng"})
	edit(archive.AttributionEdit{Key: 5, Narration: true})
	checkCounts(t, pool, "after a new speaker and narration")
	if err := store.MergeSpeakers(ctx, "bob-sample", "carol-person", "alice"); err != nil {
		t.Fatal(err)
	}
	checkCounts(t, pool, "after a merge")
	if _, err := store.Ingest(ctx, archive.Upload{Source: []byte(assignMinutes), Filename: "m.txt", By: "test"}); err != nil {
		t.Fatal(err)
	}
	checkCounts(t, pool, "after a republish")
	if _, err := pool.Exec(ctx, `DELETE FROM sessions WHERE slug = $1`, assignSlug); err != nil {
		t.Fatal(err)
	}
	checkCounts(t, pool, "after a session's removal")
}

// checkCounts compares speaker_remark_counts with a count of remarks.
func checkCounts(t *testing.T, pool *pgxpool.Pool, when string) {
	t.Helper()
	var diff, speakers int
	err := pool.QueryRow(context.Background(), `
		WITH counted AS (SELECT speaker_id, count(*) AS n FROM remarks WHERE speaker_id IS NOT NULL GROUP BY speaker_id),
		     kept AS (SELECT speaker_id, remarks AS n FROM speaker_remark_counts WHERE remarks > 0)
		SELECT (SELECT count(*) FROM (SELECT * FROM counted EXCEPT SELECT * FROM kept UNION ALL SELECT * FROM kept EXCEPT SELECT * FROM counted) d),
		       (SELECT count(*) FROM counted)`).Scan(&diff, &speakers)
	if err != nil {
		t.Fatalf("%s: %v", when, err)
	}
	if diff != 0 || speakers == 0 {
		t.Errorf("%s: %d speakers' counts differ from the remarks (%d speakers)", when, diff, speakers)
	}
}
