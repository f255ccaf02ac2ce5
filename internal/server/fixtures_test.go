package server

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
	"github.com/plenary/plenary/internal/testcorpus"
)

// seedSlug is the session of the corpus's seed minutes (ietf97-plenary.txt).
const seedSlug = "2016-11-16-ietf-plenary-session"

// hostileSlug is the session of hostileMinutes, whose text is built to
// break escaping.
const hostileSlug = "2025-01-15-hostile-test-plenary"

// hostileMinutes are small inline minutes whose speakers and remarks carry
// markup and quotes that must come out escaped.
const hostileMinutes = `Hostile Test Plenary

Wednesday, 15 January 2025
Springfield

1. Welcome

Alice Example said that <script>alert("x")</script> must never run, and that "quotes" & ampersands stay text.

Bob Sample noted that the lighthouse keepers discussed congestion control at length.

2. Open Mic

Alice Example asked whether </article><img src=x onerror=alert(1)> would break the page.

Carol Tester replied that templ escapes everything and that congestion is a separate topic.

Bob Sample thanked everyone for coming.
`

// corpusDir returns the directory of the raw corpus minutes.
func corpusDir(t testing.TB) string { return filepath.Join(testcorpus.Dir(t), "raw") }

// ingest publishes minutes into store, failing the test on error.
func ingest(t testing.TB, store *archive.Store, name string, src []byte, slug string) archive.Published {
	t.Helper()
	p, err := store.Ingest(context.Background(), archive.Upload{Source: src, Filename: name, Slug: slug, By: "test"})
	if err != nil {
		t.Fatalf("ingest %s: %v", name, err)
	}
	return p
}

// ingestCorpus publishes corpus files by name.
func ingestCorpus(t testing.TB, store *archive.Store, names ...string) {
	t.Helper()
	dir := corpusDir(t)
	for _, n := range names {
		src, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		ingest(t, store, n, src, "")
	}
}

// newSite returns a store on a fresh database and the site's handler.
func newSite(t testing.TB) (*archive.Store, http.Handler) {
	t.Helper()
	store := archive.New(pgtest.DB(t))
	srv := New(store, slog.New(slog.NewTextHandler(io.Discard, nil)), Config{BaseURL: "http://example.com", DumpDir: t.TempDir()})
	srv.recent.ttl = 0 // tests publish corrections and look at once
	return store, srv.Routes()
}

// seededSite is newSite with the seed minutes and the hostile minutes.
func seededSite(t testing.TB) (*archive.Store, http.Handler) {
	t.Helper()
	store, h := newSite(t)
	ingestCorpus(t, store, "ietf97-plenary.txt")
	if p := ingest(t, store, "hostile.txt", []byte(hostileMinutes), ""); p.Slug != hostileSlug {
		t.Fatalf("hostile minutes published as %q, want %q", p.Slug, hostileSlug)
	}
	return store, h
}

// get performs a GET through h with optional headers ("Name: value").
func get(t testing.TB, h http.Handler, target string, headers ...string) *httptest.ResponseRecorder {
	t.Helper()
	return do(t, h, http.MethodGet, target, headers...)
}

// do performs a body-less request through h with optional headers.
func do(t testing.TB, h http.Handler, method, target string, headers ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for _, hv := range headers {
		k, v, _ := strings.Cut(hv, ": ")
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// newRecorder serves req through h.
func newRecorder(h http.Handler, req *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}
