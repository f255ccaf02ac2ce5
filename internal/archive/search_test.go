package archive_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// TestSearchCountCap checks that a query matching more than
// SearchCountCap remarks counts SearchCountCap+1 ("1,000+"), that every
// page up to the cap is served, and that the order of each is kept.
func TestSearchCountCap(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := archive.New(pgtest.DB(t))
	speakers := make([]string, archive.SearchCountCap+100)
	for i := range speakers {
		speakers[i] = "Alice Example"
	}
	if _, err := store.Ingest(ctx, archive.Upload{Source: smallMinutes("Big Plenary", "Thursday, 2 January 2020", speakers...), Filename: "big.txt", By: "test"}); err != nil {
		t.Fatal(err)
	}
	if _, err := store.Ingest(ctx, archive.Upload{Source: smallMinutes("Later Plenary", "Friday, 3 January 2020", "Bob Sample"), Filename: "later.txt", By: "test"}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		q      archive.SearchQuery
		total  int
		hits   int
		first  string // session of the first hit
		sorted bool   // keys ascending within the page (date order)
	}{
		{"relevance", archive.SearchQuery{Text: "lighthouse", Limit: 20}, archive.SearchCountCap + 1, 20, "", false},
		{"by date", archive.SearchQuery{Text: "lighthouse", ByDate: true, Limit: 20}, archive.SearchCountCap + 1, 20, "2020-01-03-later-plenary", false},
		{"by date, later page", archive.SearchQuery{Text: "lighthouse", ByDate: true, Limit: 20, Offset: 20}, archive.SearchCountCap + 1, 20, "2020-01-02-big-plenary", true},
		{"last page", archive.SearchQuery{Text: "lighthouse", Limit: 20, Offset: archive.SearchCountCap - 20}, archive.SearchCountCap + 1, 20, "", false},
		{"narrow", archive.SearchQuery{Text: "lighthouse", Session: "2020-01-03-later-plenary", Limit: 20}, 1, 1, "2020-01-03-later-plenary", false},
	}
	for _, tt := range tests {
		hits, err := store.Search(ctx, tt.q)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if len(hits) != tt.hits || hits[0].Total != tt.total {
			t.Fatalf("%s: %d hits, total %d; want %d, %d", tt.name, len(hits), hits[0].Total, tt.hits, tt.total)
		}
		if tt.first != "" && hits[0].SessionSlug != tt.first {
			t.Errorf("%s: first hit in %s, want %s", tt.name, hits[0].SessionSlug, tt.first)
		}
		keys := make([]int, len(hits))
		for i, h := range hits {
			keys[i] = h.Key
		}
		if tt.sorted && !slices.IsSorted(keys) {
			t.Errorf("%s: keys out of order: %v", tt.name, keys)
		}
	}
}

// TestSearchSnippetCuts checks that a hit says whether its snippet starts
// or ends inside the remark, so pages can mark the cut with an ellipsis.
func TestSearchSnippetCuts(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := archive.New(pgtest.DB(t))
	long := strings.Repeat("Filler words about ordinary business go here. ", 12)
	src := "Snippet Plenary\n\nThursday, 2 January 2020\n\n1. Opening\n\n" +
		"Alice Archer: The lighthouse needs paint.\n\n" +
		"Bob Sample: " + long + "The lighthouse keeper retires. " + long + "\n\n" +
		"Carol Person: " + long + "Then the harbour lighthouse.\n"
	if _, err := store.Ingest(ctx, archive.Upload{Source: []byte(src), Filename: "cuts.txt", By: "test"}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		speaker    string
		start, end bool
	}{
		{"Alice Archer", false, false}, // the whole remark
		{"Bob Sample", true, true},     // a passage from the middle
		{"Carol Person", true, false},  // the end of a long remark
	}
	hits, err := store.Search(ctx, archive.SearchQuery{Text: "lighthouse", ByDate: true, Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != len(tests) {
		t.Fatalf("%d hits, want %d", len(hits), len(tests))
	}
	for i, tt := range tests {
		h := hits[i]
		if h.SpeakerName != tt.speaker || h.CutStart != tt.start || h.CutEnd != tt.end {
			t.Errorf("hit %d: %s cut start %v end %v; want %s %v %v (snippet %q)",
				i, h.SpeakerName, h.CutStart, h.CutEnd, tt.speaker, tt.start, tt.end, h.Snippet)
		}
	}
}
