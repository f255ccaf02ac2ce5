package server

import (
	"net/http"
	"strings"
)

// revalidateFast answers the most common request of a busy archive — a
// browser or proxy revalidating a session page it already has — before
// the router and middleware run. It answers only when the session is in
// the session cache and the request's If-None-Match names its current
// ETag, with exactly the headers the full path would send (security
// headers, Vary, ETag, Cache-Control); everything else goes to next.
// A 304 is then a map lookup and a few header writes, which matters
// because revalidations are most of the traffic a cached page gets.
func (s *Server) revalidateFast(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		inm := r.Header.Get("If-None-Match")
		if inm == "" || (r.Method != http.MethodGet && r.Method != http.MethodHead) {
			next.ServeHTTP(w, r)
			return
		}
		slug, ok := strings.CutPrefix(r.URL.Path, "/sessions/")
		if !ok || slug == "" || strings.IndexByte(slug, '/') >= 0 {
			next.ServeHTTP(w, r)
			return
		}
		tag, ok := s.recent.freshTag(slug)
		if !ok || !matchesETag(inm, tag) {
			next.ServeHTTP(w, r)
			return
		}
		h := w.Header()
		setSecurityHeaders(h)
		h["Vary"] = varyAcceptEncoding[:1:1]
		h["Etag"] = []string{tag}
		h["Cache-Control"] = cachePageValue[:1:1]
		w.WriteHeader(http.StatusNotModified)
	})
}

// cachePageValue is cachePage as a header value, shared and never written.
var cachePageValue = []string{cachePage}
