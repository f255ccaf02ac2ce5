package server

import (
	"context"
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/plenary/plenary/internal/archive"
)

// TestDatabaseOutageIs503 checks a site whose database does not answer
// (issue 12, item 2: a restart under load was a storm of 500s, one
// ERROR line each): every page is a 503 with Retry-After and a page
// that says to try again, and the outage is logged once, not per request.
func TestDatabaseOutageIs503(t *testing.T) {
	pool, err := pgxpool.New(context.Background(), "postgres://nobody@127.0.0.1:1/none?connect_timeout=1")
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	var logs syncBuffer
	h := New(archive.New(pool), slog.New(slog.NewTextHandler(&logs, nil)), Config{BaseURL: "http://example.com"}).Routes()
	for _, path := range []string{"/", "/sessions", "/sessions/some-session", "/speakers/someone", "/search?q=budget", "/feed.atom", "/sitemap.xml"} {
		for range 3 {
			rec := get(t, h, path)
			if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" {
				t.Errorf("GET %s during an outage = %d, Retry-After %q; want 503 with Retry-After", path, rec.Code, rec.Header().Get("Retry-After"))
			}
			if !strings.Contains(rec.Body.String(), "try again") {
				t.Errorf("GET %s: the 503 page does not say to try again", path)
			}
		}
	}
	if rec := get(t, h, "/healthz"); rec.Code != http.StatusServiceUnavailable {
		t.Errorf("GET /healthz during an outage = %d, want 503", rec.Code)
	}
	out := logs.String()
	if n := strings.Count(out, "database unavailable: answering 503"); n != 1 {
		t.Errorf("the outage was logged %d times, want once:\n%s", n, out)
	}
	if strings.Contains(out, "level=ERROR") {
		t.Errorf("an outage is no server error:\n%s", out)
	}
}
