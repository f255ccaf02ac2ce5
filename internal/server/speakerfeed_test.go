package server

import (
	"context"
	"strings"
	"testing"
)

// TestSpeakerFeed checks what the page test cannot: a feed revalidates
// until the archive changes, follows a merge like the page, and clips
// long remarks at a character boundary.
func TestSpeakerFeed(t *testing.T) {
	t.Parallel()
	store, h := seededSite(t)
	path := "/speakers/bob-sample/feed.atom"
	first := get(t, h, path)
	if first.Code != 200 || first.Header().Get("Content-Type") != "application/atom+xml; charset=utf-8" {
		t.Fatalf("feed: %d %q", first.Code, first.Header().Get("Content-Type"))
	}
	if again := get(t, h, path, "If-None-Match: "+first.Header().Get("ETag")); again.Code != 304 {
		t.Errorf("revalidation: %d, want 304", again.Code)
	}
	if err := store.MergeSpeakers(context.Background(), "bob-sample", "carol-tester", "test"); err != nil {
		t.Fatal(err)
	}
	if rec := get(t, h, path, "If-None-Match: "+first.Header().Get("ETag")); rec.Code != 301 || rec.Header().Get("Location") != "/speakers/carol-tester/feed.atom" {
		t.Errorf("after a merge: %d to %q, want 301 to carol-tester's feed", rec.Code, rec.Header().Get("Location"))
	}
	if rec := get(t, h, "/speakers/carol-tester/feed.atom"); !strings.Contains(rec.Body.String(), "Bob Sample thanked") {
		t.Error("the merged speaker's remarks are not in the feed of the speaker they were merged into")
	}
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{{"short", 10, "short"}, {"été été", 1, "…"}, {"été été", 2, "é…"}, {"été été", 4, "ét…"}, {"abcdef", 3, "abc…"}} {
		if got := clip(tt.in, tt.n); got != tt.want {
			t.Errorf("clip(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
