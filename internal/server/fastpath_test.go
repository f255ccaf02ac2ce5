package server

import (
	"io"
	"log/slog"
	"net/http"
	"testing"
	"time"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// TestRevalidateFast checks that the pre-router 304 answers exactly as the
// full path does, and only when it may.
func TestRevalidateFast(t *testing.T) {
	store := archive.New(pgtest.DB(t))
	srv := New(store, slog.New(slog.NewTextHandler(io.Discard, nil)), Config{BaseURL: "http://example.com"})
	srv.recent.ttl = time.Hour // the fast path needs a fresh cache entry
	h := srv.Routes()
	ingestCorpus(t, store, "ietf97-plenary.txt")
	page := "/sessions/" + seedSlug

	first := get(t, h, page) // fills the session cache
	tag := first.Header().Get("ETag")
	if first.Code != http.StatusOK || tag == "" {
		t.Fatalf("first GET: %d, ETag %q", first.Code, tag)
	}
	// The full path's 304, for comparison: a page URL the fast path skips.
	slow := get(t, h, page+"?x=1", "If-None-Match: "+tag)
	tests := []struct {
		name   string
		method string
		path   string
		inm    string
		want   int
	}{
		{"matching tag", http.MethodGet, page, tag, http.StatusNotModified},
		{"HEAD", http.MethodHead, page, tag, http.StatusNotModified},
		{"weak comparison", http.MethodGet, page, `"other", ` + tag, http.StatusNotModified},
		{"stale tag", http.MethodGet, page, `W/"old"`, http.StatusOK},
		{"unknown session", http.MethodGet, "/sessions/nope", tag, http.StatusNotFound},
		{"remark page", http.MethodGet, page + "/remarks/1", tag, http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(t, h, tt.method, tt.path, "If-None-Match: "+tt.inm)
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d", rec.Code, tt.want)
			}
			if rec.Code != http.StatusNotModified {
				return
			}
			for k := range slow.Header() {
				if got, want := rec.Header().Get(k), slow.Header().Get(k); got != want {
					t.Errorf("header %s = %q, full path sends %q", k, got, want)
				}
			}
			if len(rec.Header()) != len(slow.Header()) {
				t.Errorf("headers %v, full path sends %v", rec.Header(), slow.Header())
			}
		})
	}
}

func TestAcceptsGzip(t *testing.T) {
	tests := []struct {
		header string
		want   bool
	}{
		{"", false},
		{"gzip", true},
		{"gzip, deflate, br", true},
		{"br;q=1.0, GZIP;q=0.5", true},
		{"gzip;q=0", false},
		{"gzip; q=0.000", false},
		{"deflate", false},
		{"x-gzip", false},
	}
	for _, tt := range tests {
		r, _ := http.NewRequest(http.MethodGet, "/", nil)
		r.Header.Set("Accept-Encoding", tt.header)
		if got := acceptsGzip(r); got != tt.want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", tt.header, got, tt.want)
		}
	}
}
