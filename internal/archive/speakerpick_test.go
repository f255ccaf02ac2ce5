package archive_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// TestSpeakerPicking checks how an admin names an existing speaker: the
// suggestions for what was typed (names starting with it first, printed
// spellings, no merged speakers, LIKE's wildcards taken literally), and a
// speaker field given a name instead of a slug.
func TestSpeakerPicking(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := archive.New(pool)
	src := "Test Plenary\n\n12 March 2025\n\n1. Open Mic\n\n" +
		"Carol Person said that the budget is fine.\n\nMcCarthy Jones said that it is not.\n\n" +
		"Robert Sample said nothing of note.\n\nZoe Marsh said that he agrees.\n\nDan Roe noted the time.\n"
	if _, err := store.Ingest(ctx, archive.Upload{Source: []byte(src), Filename: "t.txt", By: "test"}); err != nil {
		t.Fatal(err)
	}
	if err := store.MergeSpeakers(ctx, "zoe-marsh", "dan-roe", "admin"); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"car", []string{"carol-person", "mccarthy-jones"}}, // "Carol" starts with it
		{"  CAROL   per ", []string{"carol-person"}},
		{"zoe", []string{"dan-roe"}}, // a merged speaker's spelling leads to its speaker
		{"sample", []string{"robert-sample"}},
		{"%", nil},
		{"_o", nil},
		{"", nil},
	} {
		got, err := store.SuggestSpeakers(ctx, tc.q, 10, false)
		if err != nil {
			t.Fatal(err)
		}
		var slugs []string
		for _, c := range got {
			slugs = append(slugs, c.Slug)
		}
		if !slices.Equal(slugs, tc.want) {
			t.Errorf("SuggestSpeakers(%q) = %v, want %v", tc.q, slugs, tc.want)
		}
	}

	// A speaker field takes a name, or a spelling, as well as a slug.
	const slug = "2025-03-12-test-plenary"
	edit := func(key int, who string) error {
		v, err := store.RemarkForEdit(ctx, slug, key)
		if err != nil {
			t.Fatal(err)
		}
		_, err = store.EditAttribution(ctx, archive.AttributionEdit{Session: slug, Key: key, Speaker: who, Seen: v.Version}, "admin")
		return err
	}
	for key, who := range map[int]string{2: "carol person", 3: "Zoe Marsh"} {
		if err := edit(key, who); err != nil {
			t.Errorf("attribute remark %d to %q: %v", key, who, err)
		}
	}
	rows := remarksOf(t, pool, slug)
	if rows[1].Speaker != "carol-person" || rows[2].Speaker != "dan-roe" {
		t.Errorf("remarks 2 and 3 = %s, %s; want carol-person, dan-roe", rows[1].Speaker, rows[2].Speaker)
	}
	if err := edit(1, "Nobody Known"); !errors.Is(err, archive.ErrNotFound) {
		t.Errorf("a name nobody has = %v, want a refusal naming it missing", err)
	}
}
