package archive_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// TestSpeakerRemarksPages checks that a speaker's pages, which skip whole
// sessions instead of reading every remark before the page, hold exactly
// what the plain ORDER BY … LIMIT … OFFSET statement gives, for every
// page size and offset, past the end included.
func TestSpeakerRemarksPages(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := archive.New(pool)
	for i, date := range []string{"3 March 2024", "1 March 2024", "", "2 March 2024", "1 March 2024"} {
		src := fmt.Sprintf("Plenary %d\n\n%s\n\n1. Item\n\n", i, date)
		for j := 0; j <= i; j++ {
			src += fmt.Sprintf("Ann Lee said that point %d of meeting %d stands.\n\nBo Li said that it does not.\n\n", j, i)
		}
		if _, err := store.Ingest(ctx, archive.Upload{Source: []byte(src), Filename: "m.txt", By: "test"}); err != nil {
			t.Fatal(err)
		}
	}
	var id int64
	if err := pool.QueryRow(ctx, `SELECT id FROM speakers WHERE slug = 'ann-lee'`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	want := func(limit, offset int) []string {
		rows, err := pool.Query(ctx, `
			SELECT s.slug || '#' || r.key FROM remarks r JOIN sessions s ON s.id = r.session_id WHERE r.speaker_id = $1
			ORDER BY s.date DESC NULLS LAST, s.id DESC, r.position LIMIT $2 OFFSET $3`, id, limit, offset)
		if err != nil {
			t.Fatal(err)
		}
		var keys []string
		for rows.Next() {
			var k string
			_ = rows.Scan(&k)
			keys = append(keys, k)
		}
		return keys
	}
	for _, limit := range []int{1, 2, 3, 7, 200} {
		for offset := 0; offset <= 17; offset++ {
			page, err := store.SpeakerRemarks(ctx, id, limit, offset)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range page {
				got = append(got, fmt.Sprintf("%s#%d", r.SessionSlug, r.Key))
			}
			if w := want(limit, offset); !slices.Equal(got, w) {
				t.Errorf("limit %d offset %d: keys %v, want %v", limit, offset, got, w)
			}
		}
	}
}
