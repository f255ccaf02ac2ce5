package server

import (
	"compress/gzip"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// TestETag checks that pages carry a validator and answer a matching
// If-None-Match with an empty 304, and that a new revision changes it.
func TestETag(t *testing.T) {
	t.Parallel()
	store, h := seededSite(t)
	pages := []string{"/", "/sessions", "/sessions/" + seedSlug, "/sessions/" + seedSlug + "/remarks/42", "/feed.atom", "/sitemap.xml"}
	tags := map[string]string{}
	for _, path := range pages {
		t.Run(path, func(t *testing.T) {
			first := get(t, h, path)
			tag := first.Header().Get("ETag")
			if first.Code != 200 || !strings.HasPrefix(tag, `W/"`) {
				t.Fatalf("status %d, ETag %q", first.Code, tag)
			}
			if cc := first.Header().Get("Cache-Control"); !strings.Contains(cc, "max-age") {
				t.Errorf("Cache-Control %q", cc)
			}
			tags[path] = tag
			for _, inm := range []string{tag, strings.TrimPrefix(tag, "W/"), `"other", ` + tag, "*"} {
				rec := get(t, h, path, "If-None-Match: "+inm)
				if rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
					t.Errorf("If-None-Match %s: status %d, %d bytes; want empty 304", inm, rec.Code, rec.Body.Len())
				}
				if rec.Header().Get("ETag") != tag {
					t.Errorf("304 ETag %q, want %q", rec.Header().Get("ETag"), tag)
				}
			}
			if rec := get(t, h, path, `If-None-Match: W/"stale"`); rec.Code != 200 {
				t.Errorf("stale If-None-Match: status %d, want 200", rec.Code)
			}
		})
	}
	// A correction of the hostile session changes its ETag and the lists'
	// but not the seed session's.
	hostile := "/sessions/" + hostileSlug
	before := get(t, h, hostile).Header().Get("ETag")
	ingest(t, store, "hostile2.txt", []byte(strings.Replace(hostileMinutes, "at length", "for an hour", 1)), hostileSlug)
	if after := get(t, h, hostile).Header().Get("ETag"); after == before {
		t.Errorf("ETag of %s unchanged after a new revision: %s", hostile, after)
	}
	if got := get(t, h, "/sessions").Header().Get("ETag"); got == tags["/sessions"] {
		t.Errorf("ETag of /sessions unchanged after a new revision")
	}
	if got := get(t, h, "/sessions/"+seedSlug).Header().Get("ETag"); got != tags["/sessions/"+seedSlug] {
		t.Errorf("ETag of the seed session changed though it was not touched")
	}
}

// TestHeaders checks security and caching headers on every kind of
// response, errors included.
func TestHeaders(t *testing.T) {
	t.Parallel()
	_, h := seededSite(t)
	css := "/static/" + staticName(t, h, "site.css")
	for _, path := range []string{"/", "/sessions/" + seedSlug, "/search?q=x", "/speakers", "/nope", "/sessions/nope", css, "/feed.atom"} {
		t.Run(path, func(t *testing.T) {
			rec := get(t, h, path)
			hd := rec.Header()
			csp := hd.Get("Content-Security-Policy")
			if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") || !strings.Contains(csp, "frame-ancestors 'none'") {
				t.Errorf("CSP %q", csp)
			}
			want := map[string]string{"X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin", "X-Frame-Options": "DENY"}
			for k, v := range want {
				if hd.Get(k) != v {
					t.Errorf("%s = %q, want %q", k, hd.Get(k), v)
				}
			}
			if rec.Code >= 400 && hd.Get("Cache-Control") != "no-store" {
				t.Errorf("error page Cache-Control %q, want no-store", hd.Get("Cache-Control"))
			}
		})
	}
	if cc := get(t, h, css).Header().Get("Cache-Control"); !strings.Contains(cc, "immutable") {
		t.Errorf("static Cache-Control %q, want immutable", cc)
	}
}

// staticName finds the hashed name of an asset in the front page.
func staticName(t *testing.T, h http.Handler, name string) string {
	t.Helper()
	body := get(t, h, "/").Body.String()
	stem := strings.TrimSuffix(name, ".css")
	i := strings.Index(body, "/static/"+stem+".")
	if i < 0 {
		t.Fatalf("no %s in front page", name)
	}
	rest := body[i+len("/static/"):]
	return rest[:strings.IndexByte(rest, '"')]
}

// TestGzip checks that pages are compressed for clients that accept it
// and that the compressed body is the page.
func TestGzip(t *testing.T) {
	t.Parallel()
	_, h := seededSite(t)
	for _, path := range []string{"/sessions/" + seedSlug, "/feed.atom", "/search?q=internet"} {
		rec := get(t, h, path, "Accept-Encoding: gzip")
		if rec.Header().Get("Content-Encoding") != "gzip" {
			t.Errorf("%s: Content-Encoding %q, want gzip", path, rec.Header().Get("Content-Encoding"))
			continue
		}
		if !strings.Contains(rec.Header().Get("Vary"), "Accept-Encoding") {
			t.Errorf("%s: Vary %q lacks Accept-Encoding", path, rec.Header().Get("Vary"))
		}
		zr, err := gzip.NewReader(rec.Body)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		body, err := io.ReadAll(zr)
		if err != nil || len(body) < 500 {
			t.Errorf("%s: gunzip: %v, %d bytes", path, err, len(body))
		}
	}
	if rec := get(t, h, "/sessions/"+seedSlug); rec.Header().Get("Content-Encoding") != "" {
		t.Errorf("compressed for a client that did not ask")
	}
}

// TestHead checks that HEAD works wherever GET does (net/http itself
// drops the body of a HEAD response; the recorder keeps it).
func TestHead(t *testing.T) {
	t.Parallel()
	_, h := seededSite(t)
	for _, path := range []string{"/", "/sessions/" + seedSlug, "/feed.atom"} {
		req, _ := http.NewRequest(http.MethodHead, path, nil)
		rec := newRecorder(h, req)
		if rec.Code != http.StatusOK || rec.Header().Get("ETag") == "" {
			t.Errorf("HEAD %s: status %d, ETag %q", path, rec.Code, rec.Header().Get("ETag"))
		}
	}
}

// TestTransportHeaders checks Permissions-Policy on every response and
// Strict-Transport-Security only over HTTPS: behind a trusted proxy that
// says the visitor came by HTTPS, never over plain HTTP or from an
// untrusted X-Forwarded-Proto (issue 12, item 10).
func TestTransportHeaders(t *testing.T) {
	store := archive.New(pgtest.DB(t))
	newH := func(trust bool) http.Handler {
		return New(store, slog.New(slog.NewTextHandler(io.Discard, nil)), Config{BaseURL: "http://example.com", TrustProxy: trust}).Routes()
	}
	tests := []struct {
		name  string
		trust bool
		hdr   []string
		hsts  bool
	}{
		{"plain HTTP", false, nil, false},
		{"untrusted X-Forwarded-Proto", false, []string{"X-Forwarded-Proto: https"}, false},
		{"trusted proxy over HTTPS", true, []string{"X-Forwarded-Proto: https"}, true},
		{"trusted proxy over HTTP", true, []string{"X-Forwarded-Proto: http"}, false},
	}
	for _, tt := range tests {
		for _, path := range []string{"/", "/nope"} {
			rec := get(t, newH(tt.trust), path, tt.hdr...)
			if got := rec.Header().Get("Strict-Transport-Security") != ""; got != tt.hsts {
				t.Errorf("%s %s: HSTS %q, want present=%v", tt.name, path, rec.Header().Get("Strict-Transport-Security"), tt.hsts)
			}
			if pp := rec.Header().Get("Permissions-Policy"); !strings.Contains(pp, "camera=()") {
				t.Errorf("%s %s: Permissions-Policy %q", tt.name, path, pp)
			}
		}
	}
}
