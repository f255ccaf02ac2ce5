package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
	"github.com/plenary/plenary/web"
)

// syncBuffer is a log destination safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// bareServer is a Server without a database, logging into a buffer, for
// middleware tests.
func bareServer() (*Server, *syncBuffer) {
	var logs syncBuffer
	return New(nil, slog.New(slog.NewTextHandler(&logs, nil)), Config{}), &logs
}

func TestRecoverPanics(t *testing.T) {
	s, logs := bareServer()
	r := chi.NewRouter()
	r.Use(s.recoverPanics)
	r.Use(s.securityHeaders)
	r.Get("/boom", func(http.ResponseWriter, *http.Request) { panic("kaboom") })
	rec := get(t, r, "/boom")
	body := rec.Body.String()
	if rec.Code != http.StatusInternalServerError || !strings.Contains(body, "Something went wrong on our side") {
		t.Fatalf("status %d, body %q: want the 500 page", rec.Code, body)
	}
	if strings.Contains(body, "kaboom") || strings.Contains(body, "goroutine") || strings.Contains(body, ".go:") {
		t.Errorf("the 500 page leaks the panic: %q", body)
	}
	if rec.Header().Get("Content-Security-Policy") == "" {
		t.Error("the 500 page lost the security headers")
	}
	log := logs.String()
	if n := strings.Count(log, "msg=panic"); n != 1 || !strings.Contains(log, "panic=kaboom") || !strings.Contains(log, "path=/boom") {
		t.Errorf("log %q: want one panic line with path and value", log)
	}
}

func TestTimeouts(t *testing.T) {
	tests := []struct {
		method, path string
		want         time.Duration
	}{
		{http.MethodGet, "/search?q=x", requestTimeout},
		{http.MethodGet, "/admin/uploads/new", requestTimeout},
		{http.MethodPost, "/admin/login", requestTimeout},
		{http.MethodPost, "/admin/uploads", uploadTimeout},
		{http.MethodPost, "/admin/uploads/7/publish", uploadTimeout},
	}
	for _, tt := range tests {
		var left time.Duration
		h := timeouts(http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) {
			d, ok := r.Context().Deadline()
			if ok {
				left = time.Until(d)
			}
		}))
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(tt.method, tt.path, nil))
		if left <= tt.want-time.Second || left > tt.want {
			t.Errorf("%s %s: deadline in %v, want %v", tt.method, tt.path, left, tt.want)
		}
	}
}

// TestHandleErrors checks the status and log level of handler errors.
func TestHandleErrors(t *testing.T) {
	tests := []struct {
		name   string
		err    error
		status int
		log    string // level logged, "" for none
	}{
		{"not found", fmt.Errorf("session x: %w", archive.ErrNotFound), 404, ""},
		{"deadline", fmt.Errorf("list speakers: %w", context.DeadlineExceeded), 503, "level=WARN"},
		{"bug", errors.New("boom"), 500, "level=ERROR"},
		{"health", causeError(http.StatusServiceUnavailable, "database unavailable", errors.New("dial tcp: refused")), 503, "dial tcp: refused"},
	}
	for _, tt := range tests {
		s, logs := bareServer()
		rec := get(t, s.handle(func(http.ResponseWriter, *http.Request) error { return tt.err }), "/x")
		if rec.Code != tt.status {
			t.Errorf("%s: status %d, want %d", tt.name, rec.Code, tt.status)
		}
		if got := logs.String(); (tt.log == "") != (got == "") || !strings.Contains(got, tt.log) {
			t.Errorf("%s: log %q, want %q", tt.name, got, tt.log)
		}
	}
}

// TestHealthzKeepsCause checks that /healthz with the database gone
// answers 503 without details and logs why.
func TestHealthzKeepsCause(t *testing.T) {
	pool := pgtest.DB(t)
	var logs syncBuffer
	h := New(archive.New(pool), slog.New(slog.NewTextHandler(&logs, nil)), Config{}).Routes()
	pool.Close()
	rec := get(t, h, "/healthz")
	if rec.Code != http.StatusServiceUnavailable || strings.Contains(rec.Body.String(), "closed") {
		t.Errorf("status %d body %q: want a plain 503", rec.Code, rec.Body.String())
	}
	if log := logs.String(); !strings.Contains(log, "level=WARN") || !strings.Contains(log, "closed pool") {
		t.Errorf("log %q: want the cause at Warn", log)
	}
}

// TestHostHeaderIgnored checks that absolute URLs come from the base URL,
// whatever Host and X-Forwarded-* a client sends.
func TestHostHeaderIgnored(t *testing.T) {
	t.Parallel()
	_, h := seededSite(t)
	for _, path := range []string{"/sessions/" + seedSlug, "/sessions/" + seedSlug + "/remarks/42", "/feed.atom", "/sitemap.xml", "/robots.txt", "/speakers"} {
		req := httptest.NewRequest(http.MethodGet, path, nil)
		req.Host = "evil.example"
		req.Header.Set("X-Forwarded-Host", "evil.example")
		req.Header.Set("X-Forwarded-Proto", "https")
		body := newRecorder(h, req).Body.String()
		if strings.Contains(body, "evil.example") || !strings.Contains(body, "http://example.com/") {
			t.Errorf("%s: absolute URLs do not come from the base URL", path)
		}
	}
	// Without a configured base URL, still not from Host.
	s, _ := bareServer()
	req := httptest.NewRequest(http.MethodGet, "/robots.txt", nil)
	req.Host = "evil.example"
	if body := newRecorder(s.Routes(), req).Body.String(); !strings.Contains(body, "Sitemap: http://localhost/sitemap.xml") {
		t.Errorf("robots.txt without a base URL: %q", body)
	}
}

// TestSpeakersCached checks that /speakers revalidates by the archive
// stamp and changes when a publish adds a speaker.
func TestSpeakersCached(t *testing.T) {
	t.Parallel()
	store, h := seededSite(t)
	first := get(t, h, "/speakers")
	tag := first.Header().Get("ETag")
	if first.Code != 200 || tag == "" || first.Header().Get("Cache-Control") != cachePage {
		t.Fatalf("status %d ETag %q Cache-Control %q", first.Code, tag, first.Header().Get("Cache-Control"))
	}
	if again := get(t, h, "/speakers"); again.Body.String() != first.Body.String() {
		t.Error("a cached /speakers differs from the first")
	}
	if rec := get(t, h, "/speakers", "If-None-Match: "+tag); rec.Code != http.StatusNotModified {
		t.Errorf("If-None-Match: status %d, want 304", rec.Code)
	}
	ingest(t, store, "new.txt", []byte("New Speaker Plenary\n\n1. Opening\n\nZara Newcomer: hello there, everyone.\n"), "")
	rec := get(t, h, "/speakers", "If-None-Match: "+tag)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "Zara Newcomer") {
		t.Errorf("after a publish: status %d; want 200 listing the new speaker", rec.Code)
	}
}

// TestSearchCountsPastCap checks that a search with more matches than
// the archive counts says "1,000+".
func TestSearchCountsPastCap(t *testing.T) {
	t.Parallel()
	if web.CountCap != archive.SearchCountCap || searchMaxPages*searchPageSize > archive.SearchCountCap {
		t.Fatalf("caps disagree: web %d, archive %d, pages %d×%d", web.CountCap, archive.SearchCountCap, searchMaxPages, searchPageSize)
	}
	store, h := newSite(t)
	var b strings.Builder
	b.WriteString("Busy Plenary\n\n1. Opening\n\n")
	for i := range archive.SearchCountCap + 5 {
		fmt.Fprintf(&b, "Alice Example: point %d about the lighthouse.\n\n", i)
	}
	ingest(t, store, "busy.txt", []byte(b.String()), "")
	body := get(t, h, "/search?q=lighthouse").Body.String()
	if !strings.Contains(body, "1,000+ remarks found") {
		t.Errorf("search page does not say 1,000+")
	}
}

// TestShutdownCancelsStuckRequests checks that serve returns after the
// grace period even when a request does not finish, and that the stuck
// request's context is cancelled.
func TestShutdownCancelsStuckRequests(t *testing.T) {
	s, _ := bareServer()
	started, cancelled := make(chan struct{}), make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-r.Context().Done()
		close(cancelled)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.serve(ctx, ln, h, 200*time.Millisecond) }()
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/stuck")
		if err == nil {
			resp.Body.Close()
		}
	}()
	<-started
	stop()
	select {
	case err := <-done:
		if err == nil {
			t.Error("serve returned nil though a request was cut off")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("serve did not return after the grace period")
	}
	select {
	case <-cancelled:
	case <-time.After(time.Second):
		t.Error("the stuck request's context was not cancelled")
	}
}
