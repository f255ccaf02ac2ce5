package server

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// discardWriter is the cheapest http.ResponseWriter: the hot-path
// benchmarks measure the site's own work, not a recorder's copying.
type discardWriter struct {
	h    http.Header
	code int
}

func (w *discardWriter) Header() http.Header         { return w.h }
func (w *discardWriter) Write(p []byte) (int, error) { return len(p), nil }
func (w *discardWriter) WriteHeader(code int)        { w.code = code }

// BenchmarkHotPaths measures what serving a popular session page costs
// the site beyond net/http, with the session micro-cache warm as it is
// under load: a 200 from the page cache and a 304.
func BenchmarkHotPaths(b *testing.B) {
	store := archive.New(pgtest.DB(b))
	srv := New(store, slog.New(slog.NewTextHandler(io.Discard, nil)), Config{BaseURL: "http://example.com"})
	srv.recent.ttl = 1 << 62 // warm for the whole run
	ingestCorpus(b, store, "ietf97-plenary.txt")
	h := srv.Routes()
	first := httptest.NewRecorder()
	h.ServeHTTP(first, httptest.NewRequest(http.MethodGet, "/sessions/"+seedSlug, nil))
	for _, tt := range []struct {
		name, inm string
		code      int
	}{{"200", "", http.StatusOK}, {"304", first.Header().Get("ETag"), http.StatusNotModified}} {
		b.Run(tt.name, func(b *testing.B) {
			req := httptest.NewRequest(http.MethodGet, "/sessions/"+seedSlug, nil)
			if tt.inm != "" {
				req.Header.Set("If-None-Match", tt.inm)
			}
			b.ReportAllocs()
			for b.Loop() {
				w := &discardWriter{h: make(http.Header)}
				h.ServeHTTP(w, req)
				if w.code != 0 && w.code != tt.code {
					b.Fatalf("status %d", w.code)
				}
			}
		})
	}
}
