package archive_test

import (
	"context"
	"testing"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// TestBareNames publishes minutes that name speakers by one word: such a
// name gets the speaker the minutes themselves or the body's other
// sessions make it stand for, and no speaker (the printed name, no page)
// when nothing does or two people could be meant; initials and handles
// stay speakers of their own.
func TestBareNames(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := archive.New(pool)
	publish := func(date, body, turns string) string {
		t.Helper()
		src := "Design Meeting\n\n" + date + "\n\n1. Charter\n\n" + turns
		p, err := store.Ingest(ctx, archive.Upload{Source: []byte(src), Filename: date + ".txt", By: "test", Body: body})
		if err != nil {
			t.Fatal(err)
		}
		return p.Slug
	}
	first := publish("10 March 2025", "IETF", "Mark Nottingham said that the charter is ready.\n\nEric Kinnear noted that the milestones slipped.\n\n"+
		"Mark: One more thing on the milestones.\n")
	again := publish("11 March 2025", "IETF", "Mark: The charter is fine as it stands.\n\nKinnear: I would like one more week.\n\nDE: No objection from me.\n")
	other := publish("12 March 2025", "TC39", "Mark: No objection to the charter.\n")
	publish("13 March 2025", "IETF", "Mark Andreessen said that browsers matter.\n")
	later := publish("14 March 2025", "IETF", "Mark: Which one of us?\n")
	for _, tc := range []struct {
		slug string
		want []string
	}{
		{first, []string{"mark-nottingham", "eric-kinnear", "mark-nottingham"}}, // named in the minutes
		{again, []string{"mark-nottingham", "eric-kinnear", "de"}},              // the body's only Mark, its only Kinnear
		{other, []string{""}}, // no Mark in TC39: printed name, no page
		{later, []string{""}}, // two Marks in the IETF now
	} {
		got := remarksOf(t, pool, tc.slug)
		if len(got) != len(tc.want) {
			t.Fatalf("%s: %d remarks, want %d", tc.slug, len(got), len(tc.want))
		}
		for i, w := range tc.want {
			if got[i].Speaker != w {
				t.Errorf("%s remark %d: speaker %q, want %q", tc.slug, i+1, got[i].Speaker, w)
			}
		}
	}
	var pages int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM speakers WHERE slug IN ('mark', 'kinnear')`).Scan(&pages); err != nil || pages != 0 {
		t.Errorf("%d speaker pages for bare names (%v), want none", pages, err)
	}
}
