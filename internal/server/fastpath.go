package server

import (
	"net/http"
	"strings"
)

// hotSession answers the two requests a popular session page gets most —
// a reader or proxy revalidating the page it has (304), and another
// reader asking for the page the cache already holds (200) — before the
// router and middleware run. Under load the router, the middleware's
// request copies and the headers they set one by one cost more than the
// rest of the response, and their garbage more again in collection.
//
// It answers only a GET or HEAD of /sessions/{slug} without a query,
// when the session is fresh in the session cache and, for a 200, its
// rendered page is in the page cache; everything else (a first visit, a
// stale entry, any other URL) goes to next. Its responses carry exactly
// the headers the full path sends (TestHotSession compares them).
func (s *Server) hotSession(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.serveHot(w, r) {
			next.ServeHTTP(w, r)
		}
	})
}

// serveHot writes the response hotSession describes, or nothing and
// false when the request is not one it may answer.
func (s *Server) serveHot(w http.ResponseWriter, r *http.Request) bool {
	// An escaped path ("/sessions/%61bc") is routed by chi on its raw
	// form; the full path answers it.
	if r.Method != http.MethodGet && r.Method != http.MethodHead || r.URL.RawQuery != "" || r.URL.RawPath != "" {
		return false
	}
	slug, ok := strings.CutPrefix(r.URL.Path, "/sessions/")
	if !ok || slug == "" || strings.IndexByte(slug, '/') >= 0 {
		return false
	}
	e, ok := s.recent.fresh(slug)
	if !ok {
		return false
	}
	tag := e.tag[0]
	revalidate := matchesETag(r.Header.Get("If-None-Match"), tag)
	var page *cachedPage
	var gz bool
	if !revalidate {
		// The page cache holds identity and gzip; a client that takes
		// only deflate is left to the full path, which answers it
		// uncompressed (compress.go makes gzip only).
		if gz = acceptsGzip(r); !gz && acceptsCompression(r) {
			return false
		}
		if page, ok = s.pages.get(pageKey(r, tag)); !ok {
			return false
		}
	}
	h := w.Header()
	s.setSecurityHeaders(h, r)
	h["Vary"] = varyAcceptEncoding[:1:1]
	h["Etag"] = e.tag[:1:1]
	h["Cache-Control"] = cachePageValue[:1:1]
	if revalidate {
		w.WriteHeader(http.StatusNotModified)
		return true
	}
	// A failed write is a reader gone away; the full path has nobody to
	// tell either but its logger, which logs only server errors.
	_ = writePage(w, r, page, gz)
	return true
}

// cachePageValue is cachePage as a header value, shared and never written.
var cachePageValue = []string{cachePage}
