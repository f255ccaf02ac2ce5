package server

import (
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
)

// BenchmarkSessionPage renders the seed session page through the handler
// (routing, middleware, database reads, templ rendering). Run on one core:
//
//	go test -run '^$' -bench SessionPage -cpu 1 ./internal/server/
func BenchmarkSessionPage(b *testing.B) {
	store, h := newSite(b)
	ingestCorpus(b, store, "ietf97-plenary.txt")
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		// A new query string each time defeats the page cache: this is
		// the cost of loading and rendering.
		n++
		req := httptest.NewRequest(http.MethodGet, "/sessions/"+seedSlug+"?b="+strconv.Itoa(n), nil)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
}

// BenchmarkSessionPageCached is a repeated 200 of the same page, served
// from the page cache after one indexed lookup.
func BenchmarkSessionPageCached(b *testing.B) {
	store, h := newSite(b)
	ingestCorpus(b, store, "ietf97-plenary.txt")
	req := httptest.NewRequest(http.MethodGet, "/sessions/"+seedSlug, nil)
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
}

// BenchmarkSessionPageRevalidate is the 304 path: one indexed lookup.
func BenchmarkSessionPageRevalidate(b *testing.B) {
	store, h := newSite(b)
	ingestCorpus(b, store, "ietf97-plenary.txt")
	first := httptest.NewRecorder()
	h.ServeHTTP(first, httptest.NewRequest(http.MethodGet, "/sessions/"+seedSlug, nil))
	req := httptest.NewRequest(http.MethodGet, "/sessions/"+seedSlug, nil)
	req.Header.Set("If-None-Match", first.Header().Get("ETag"))
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusNotModified {
			b.Fatalf("status %d", rec.Code)
		}
	}
}

// BenchmarkAPISession is GET /api/v1/sessions/{slug} of the seed session
// (87 remarks): session lookup, agenda and remarks queries, JSON. Run on
// one core, as the page benchmarks are.
func BenchmarkAPISession(b *testing.B) {
	store, h := newSite(b)
	ingestCorpus(b, store, "ietf97-plenary.txt")
	req := httptest.NewRequest(http.MethodGet, "/api/v1/sessions/"+seedSlug, nil)
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
}
