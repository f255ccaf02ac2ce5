package archive

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/plenary/plenary/internal/pgtest"
)

// TestSearchPhrasePlan checks that the plan Search uses for phrases (every
// remark holding the words read first) returns the same hits, in the same
// order and with the same totals, as the plan the planner would choose,
// for phrases, hyphenated words and plain words, with every filter.
func TestSearchPhrasePlan(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := New(pgtest.DB(t))
	lines := []string{
		"the budget review is late", "review the budget first", "a co-chair asked for the budget review",
		"budget", "the review of the budget review", "no budget review today", "the chair reviewed it",
	}
	for day := 1; day <= 4; day++ {
		var b strings.Builder
		fmt.Fprintf(&b, "Council Plenary\n\n%d March 2021\n\n1. Budget\n\n", day)
		for i := range 30 {
			speaker := []string{"Ann Lee", "Tom Smith", "Raj Patel"}[(i+day)%3]
			fmt.Fprintf(&b, "%s: %s, item %d.\n\n", speaker, lines[(i*day)%len(lines)], i)
		}
		if _, err := store.Ingest(ctx, Upload{Source: []byte(b.String()), Filename: fmt.Sprintf("d%d.txt", day), By: "test"}); err != nil {
			t.Fatal(err)
		}
	}
	from := time.Date(2021, 3, 2, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{`"budget review"`, `"review budget"`, `co-chair`, `"the budget"`, `budget`, `"budget review" -late`, `co-chair's`} {
		for _, q := range []SearchQuery{
			{Text: text, Limit: 20},
			{Text: text, Limit: 20, ByDate: true},
			{Text: text, Limit: 5, Offset: 5},
			{Text: text, Limit: 20, Speaker: "ann-lee"},
			{Text: text, Limit: 20, From: &from},
		} {
			want, err := store.search(ctx, q, false)
			if err != nil {
				t.Fatal(err)
			}
			got, err := store.search(ctx, q, true)
			if err != nil {
				t.Fatal(err)
			}
			if len(want) == 0 && text != `"review budget"` {
				t.Errorf("%q %+v: no hits; the test archive should match", text, q)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%q %+v: the phrase plan gives\n%v\nwant\n%v", text, q, got, want)
			}
		}
	}
}

// TestHasPhrase checks which queries websearch_to_tsquery makes phrases of.
func TestHasPhrase(t *testing.T) {
	for text, want := range map[string]bool{
		`"budget review"`: true, `co-chair`: true, `budget -review`: false, `budget`: false,
		`"budget`: false, `naïve-été`: true, `-review`: false, `a - b`: false, `O'Brien`: true, `foo_bar`: true, `'quoted'`: false,
	} {
		if got := hasPhrase(text); got != want {
			t.Errorf("hasPhrase(%q) = %v, want %v", text, got, want)
		}
	}
}
