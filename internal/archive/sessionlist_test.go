package archive_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// TestSessionsAfter pages through sessions one at a time, with two on the
// same day and two with no date, and checks the cursor visits every
// session once, in the order of the full list, with and without filters.
func TestSessionsAfter(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := archive.New(pgtest.DB(t))
	day := func(s string) *time.Time {
		d, _ := time.Parse(time.DateOnly, s)
		return &d
	}
	for i, d := range []*time.Time{day("2020-05-01"), day("2020-05-01"), nil, day("2019-01-02"), nil} {
		src := fmt.Sprintf("Board meeting %d\n\n1. Budget\n\nAnn Lee: item %d is fine.\n", i, i)
		u := archive.Upload{Source: []byte(src), Filename: "b.txt", By: "test", Slug: fmt.Sprintf("s%d", i), Date: d, Body: "Board"}
		if i == 4 {
			u.Body = "Council"
		}
		if _, err := store.Ingest(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	walk := func(f archive.SessionFilter) string {
		var slugs []string
		var after *archive.SessionCursor
		for range 10 {
			page, err := store.SessionsAfter(ctx, f, after, 1)
			if err != nil {
				t.Fatal(err)
			}
			if len(page) == 0 {
				break
			}
			slugs = append(slugs, page[0].Slug)
			after = &archive.SessionCursor{Date: page[0].Date, ID: page[0].ID}
		}
		return strings.Join(slugs, ",")
	}
	all, err := store.SessionsAfter(ctx, archive.SessionFilter{}, nil, 100)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, s := range all {
		want = append(want, s.Slug)
	}
	if got := walk(archive.SessionFilter{}); got != strings.Join(want, ",") || len(want) != 5 || !strings.HasSuffix(got, "s4,s2") {
		t.Errorf("paged %s, full list %v (undated last, newest id first)", got, want)
	}
	if got := walk(archive.SessionFilter{Body: "Board", From: day("2020-01-01")}); got != "s1,s0" {
		t.Errorf("filtered: %s, want s1,s0", got)
	}
	if got := walk(archive.SessionFilter{Body: "Council"}); got != "s4" {
		t.Errorf("by body: %s, want s4", got)
	}
}
