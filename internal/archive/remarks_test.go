package archive_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// readMinutes are small minutes for the read-side tests.
const readMinutes = `Read Side Plenary

Monday, 3 February 2025
Testville

1. Opening

Ann Reader opened the meeting and welcomed everyone to the reading test.

Ben Writer asked about congestion control in lighthouse networks.

Ann Reader answered that congestion is handled by the keepers.

Cat Editor thanked everyone.
`

// TestRemarkWindow checks the remark-page read: the remark with its
// neighbours, retired keys as *RetiredError, unknown keys as ErrNotFound.
func TestRemarkWindow(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := archive.New(pgtest.DB(t))
	pub, err := store.Ingest(ctx, archive.Upload{Source: []byte(readMinutes), Filename: "read.txt", By: "test"})
	if err != nil {
		t.Fatal(err)
	}
	corrected := strings.Replace(readMinutes, "Ann Reader answered that congestion is handled by the keepers.\n\n", "", 1)
	if _, err := store.Ingest(ctx, archive.Upload{Source: []byte(corrected), Filename: "read2.txt", Slug: pub.Slug, By: "test"}); err != nil {
		t.Fatal(err)
	}
	sess, err := store.SessionBySlug(ctx, pub.Slug)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		key       int
		wantKeys  []int
		retiredTo int
		notFound  bool
	}{
		{key: 1, wantKeys: []int{1, 2, 4}},
		{key: 2, wantKeys: []int{1, 2, 4}},
		{key: 4, wantKeys: []int{1, 2, 4}},
		{key: 3, retiredTo: 2},
		{key: 99, notFound: true},
	}
	for _, tc := range tests {
		got, err := store.RemarkWindow(ctx, sess.ID, tc.key, 2)
		var retired *archive.RetiredError
		switch {
		case tc.notFound:
			if !errors.Is(err, archive.ErrNotFound) {
				t.Errorf("key %d: err %v, want ErrNotFound", tc.key, err)
			}
		case tc.retiredTo > 0:
			if !errors.As(err, &retired) || retired.Successor != tc.retiredTo {
				t.Errorf("key %d: err %v, want RetiredError to %d", tc.key, err, tc.retiredTo)
			}
		case err != nil:
			t.Errorf("key %d: %v", tc.key, err)
		default:
			var keys []int
			for _, r := range got {
				keys = append(keys, r.Key)
			}
			if len(keys) != len(tc.wantKeys) || keys[0] != tc.wantKeys[0] || keys[len(keys)-1] != tc.wantKeys[len(tc.wantKeys)-1] {
				t.Errorf("key %d: window %v, want %v", tc.key, keys, tc.wantKeys)
			}
		}
	}
	keys, err := store.RetiredKeys(ctx, sess.ID)
	if err != nil || len(keys) != 1 || keys[0] != (archive.RetiredKey{Key: 3, Successor: 2}) {
		t.Errorf("RetiredKeys = %v, %v; want [{3 2}]", keys, err)
	}
}

// TestSearchStore checks the store's search: filters, totals, markers.
func TestSearchStore(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := archive.New(pgtest.DB(t))
	pub, err := store.Ingest(ctx, archive.Upload{Source: []byte(readMinutes), Filename: "read.txt", By: "test"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q     archive.SearchQuery
		total int
	}{
		{archive.SearchQuery{Text: "congestion"}, 2},
		{archive.SearchQuery{Text: "congestion", Speaker: "ben-writer"}, 1},
		{archive.SearchQuery{Text: "congestion", Session: pub.Slug, ByDate: true}, 2},
		{archive.SearchQuery{Text: "congestion", Session: "other"}, 0},
		{archive.SearchQuery{Text: "the"}, 0},
		{archive.SearchQuery{Text: "'); DROP TABLE remarks; --"}, 0},
	}
	for _, tc := range tests {
		tc.q.Limit = 10
		hits, err := store.Search(ctx, tc.q)
		if err != nil {
			t.Errorf("%+v: %v", tc.q, err)
			continue
		}
		total := 0
		if len(hits) > 0 {
			total = hits[0].Total
			if !strings.Contains(hits[0].Snippet, archive.MarkStart) {
				t.Errorf("%+v: snippet %q has no marker", tc.q, hits[0].Snippet)
			}
		}
		if total != tc.total || len(hits) != tc.total {
			t.Errorf("%+v: total %d, %d hits; want %d", tc.q, total, len(hits), tc.total)
		}
	}
}
