package server

import (
	"io"
	"log/slog"
	"net/http"
	"reflect"
	"testing"
	"time"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// TestHotSession checks that the pre-router answers for popular session
// pages are exactly what the full path sends (status, headers, body), and
// that everything else is left to the router.
func TestHotSession(t *testing.T) {
	store := archive.New(pgtest.DB(t))
	srv := New(store, slog.New(slog.NewTextHandler(io.Discard, nil)), Config{BaseURL: "http://example.com"})
	srv.recent.ttl = time.Hour // the fast path needs a fresh cache entry
	h := srv.Routes()
	ingestCorpus(t, store, "ietf97-plenary.txt")
	page := "/sessions/" + seedSlug

	first := get(t, h, page) // fills the session cache and the page cache
	tag := first.Header().Get("ETag")
	if first.Code != http.StatusOK || tag == "" {
		t.Fatalf("first GET: %d, ETag %q", first.Code, tag)
	}
	// The fast path alone: whatever it leaves to the router answers 599.
	fast := srv.hotSession(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(599) }))
	gzip := "Accept-Encoding: gzip, deflate"
	tests := []struct {
		name    string
		method  string
		path    string
		headers []string
		want    int // 599: left to the router
	}{
		{"revalidation", http.MethodGet, page, []string{"If-None-Match: " + tag}, http.StatusNotModified},
		{"revalidation, HEAD", http.MethodHead, page, []string{"If-None-Match: " + tag}, http.StatusNotModified},
		{"revalidation, weak comparison", http.MethodGet, page, []string{"If-None-Match: \"other\", " + tag}, http.StatusNotModified},
		{"revalidation, gzip", http.MethodGet, page, []string{"If-None-Match: " + tag, gzip}, http.StatusNotModified},
		{"cached page", http.MethodGet, page, nil, http.StatusOK},
		{"cached page, gzip", http.MethodGet, page, []string{gzip}, http.StatusOK},
		{"cached page, HEAD", http.MethodHead, page, []string{gzip}, http.StatusOK},
		{"stale tag", http.MethodGet, page, []string{"If-None-Match: W/\"old\"", gzip}, http.StatusOK},
		{"query string", http.MethodGet, page + "?moved=2", []string{"If-None-Match: " + tag}, 599},
		{"deflate only", http.MethodGet, page, []string{"Accept-Encoding: deflate"}, 599},
		{"escaped path", http.MethodGet, "/sessions/%32" + seedSlug[1:], []string{"If-None-Match: " + tag}, 599},
		{"unknown session", http.MethodGet, "/sessions/nope", []string{"If-None-Match: " + tag}, 599},
		{"remark page", http.MethodGet, page + "/remarks/1", []string{"If-None-Match: " + tag}, 599},
		{"POST", http.MethodPost, page, nil, 599},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(t, fast, tt.method, tt.path, tt.headers...)
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d", rec.Code, tt.want)
			}
			if rec.Code == 599 {
				return
			}
			// The full path's answer, for comparison: a query string
			// the page ignores takes the request past the fast path.
			slow := do(t, h, tt.method, tt.path+"?x=1", tt.headers...)
			if rec.Code != slow.Code || rec.Body.String() != slow.Body.String() {
				t.Errorf("status %d, %d bytes; full path: %d, %d bytes", rec.Code, rec.Body.Len(), slow.Code, slow.Body.Len())
			}
			if !reflect.DeepEqual(rec.Header(), slow.Header()) {
				t.Errorf("headers %v, full path sends %v", rec.Header(), slow.Header())
			}
		})
	}

	// A fresh session whose page is not in the page cache is rendered by
	// the full path.
	srv.pages = newPageCache(pageCacheBytes, pageCacheEntries)
	if rec := do(t, fast, http.MethodGet, page, gzip); rec.Code != 599 {
		t.Errorf("page not cached: status %d, want the full path", rec.Code)
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
