package server

import (
	"net/http"
	"runtime/debug"
	"strings"
	"time"
)

// securityHeaderValues are the headers every response carries. The CSP
// allows only our own scripts and styles: no inline script, no
// unsafe-inline. Keys are canonical and values prebuilt, so setting them
// costs map writes and no allocation on the hot 304 path.
var securityHeaderValues = map[string][]string{
	"Content-Security-Policy": {"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
	"X-Content-Type-Options":  {"nosniff"},
	"Referrer-Policy":         {"strict-origin-when-cross-origin"},
	"X-Frame-Options":         {"DENY"},
	// The site uses no camera, microphone, location or ad topics, and
	// says so, so nothing embedded in a page can ask for them.
	"Permissions-Policy": {"camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()"},
}

// hstsValue asks browsers that reached us over HTTPS to keep to it for two
// years. Sent only on HTTPS responses: over plain HTTP it means nothing,
// and a site still reached so (a test deployment) must not be pinned.
var hstsValue = []string{"max-age=63072000; includeSubDomains"}

// securityHeaders sets securityHeaderValues on every response. The slices
// are shared and never written to: Header.Set replaces a value's slice,
// and Header.Add of a one-element, full-capacity slice copies it.
// Over HTTPS (directly, or behind a trusted proxy that says so) it adds
// Strict-Transport-Security.
func (s *Server) securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.setSecurityHeaders(w.Header(), r)
		next.ServeHTTP(w, r)
	})
}

// setSecurityHeaders writes securityHeaderValues into h, and HSTS for a
// request over HTTPS; the middleware and the 304 fast path (which runs
// before it) share it.
func (s *Server) setSecurityHeaders(h http.Header, r *http.Request) {
	for k, v := range securityHeaderValues {
		h[k] = v[:1:1]
	}
	if s.isHTTPS(r) {
		h["Strict-Transport-Security"] = hstsValue[:1:1]
	}
}

// acceptsCompression reports an Accept-Encoding that names gzip or
// deflate: a client that takes some compression, which the fast path
// serves only when it is gzip (see hotSession).
func acceptsCompression(r *http.Request) bool {
	ae := r.Header.Get("Accept-Encoding")
	return strings.Contains(ae, "gzip") || strings.Contains(ae, "deflate")
}

// varyAcceptEncoding is the Vary value of every compressible response.
var varyAcceptEncoding = []string{"Accept-Encoding"}

// Request time limits. Every page is a few indexed queries, so 15 seconds
// means something is stuck: the request's context is cancelled, which
// cancels its queries and frees their pool connections (a wait for a
// connection is bounded by the same context). Uploading and publishing
// minutes may legitimately take longer.
const (
	requestTimeout = 15 * time.Second
	uploadTimeout  = 6 * time.Minute // covers the 5-minute body read below
	// uploadReadTimeout is how long reading one upload's body may take:
	// the server's ReadTimeout suits every other request but cuts off a
	// 10 MiB upload over a slow line.
	uploadReadTimeout = 5 * time.Minute
)

// timeoutFor is the time limit of a request: uploadTimeout for the POSTs
// under /admin/uploads (an upload, a publish, a discard), else
// requestTimeout.
func timeoutFor(r *http.Request) time.Duration {
	if r.Method == http.MethodPost && strings.HasPrefix(r.URL.Path, "/admin/uploads") {
		return uploadTimeout
	}
	return requestTimeout
}

// timeouts gives each request a context deadline (timeoutFor).
func timeouts(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := withLazyDeadline(r.Context(), timeoutFor(r))
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// longBody moves the connection's read and write deadlines for an upload
// or a publish (which may wait 90 s for another), which http.Server's
// ReadTimeout/WriteTimeout (30 s) would otherwise cut first. It runs after
// requireAdmin: a stranger trickling a body a byte a second keeps the 30 s
// every other request has, not five minutes.
func longBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rc := http.NewResponseController(w)
		// Errors mean the writer cannot (httptest): the server's own
		// timeouts then stand, which is safe.
		_ = rc.SetReadDeadline(time.Now().Add(uploadReadTimeout))
		_ = rc.SetWriteDeadline(time.Now().Add(uploadTimeout + 5*time.Second))
		next.ServeHTTP(w, r)
	})
}

// recoverPanics turns a panic in a handler into the 500 status page and
// one log line (with the stack, for the developer; never for the client).
// http.ErrAbortHandler is re-panicked: it is net/http's way to abort a
// response silently.
func (s *Server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
			// A compressing writer may have announced gzip before the panic.
			w.Header().Del("Content-Encoding")
			s.errorPage(w, r, http.StatusInternalServerError, msgServerError)
		}()
		next.ServeHTTP(w, r)
	})
}
