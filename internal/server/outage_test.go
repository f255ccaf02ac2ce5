package server

import (
	"context"
	"fmt"
	"github.com/plenary/plenary/internal/pgtest"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
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
	// An admin's session is looked up in the database before any handler
	// runs: its failure is the same outage, not a 500.
	if rec := get(t, h, "/admin/", "Cookie: plenary_admin=some-session-token"); rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" {
		t.Errorf("GET /admin/ with a session cookie during an outage = %d, Retry-After %q; want 503 with Retry-After", rec.Code, rec.Header().Get("Retry-After"))
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

// TestConnectionLimitIs503 checks a site whose database refuses new
// connections because a connection limit is reached (SQLSTATE 53300, as
// when max_connections is used up by other clients): the reader gets the
// outage's 503 with Retry-After, not a 500. The limit is the role's
// CONNECTION LIMIT 0, which refuses the way a full server does.
func TestConnectionLimitIs503(t *testing.T) {
	cfg := limitedRole(t, pgtest.DB(t), 0)
	pool, err := pgxpool.NewWithConfig(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	var logs syncBuffer
	srv := New(archive.New(pool), slog.New(slog.NewTextHandler(&logs, nil)), Config{BaseURL: "http://example.com"})
	srv.connWait = 200 * time.Millisecond // the wait is TestConnectionLimitWaits'
	h := srv.Routes()
	for _, path := range []string{"/", "/sessions/some-session", "/search?q=budget"} {
		rec := get(t, h, path)
		if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" {
			t.Errorf("GET %s with the connection limit reached = %d, Retry-After %q; want 503 with Retry-After", path, rec.Code, rec.Header().Get("Retry-After"))
		}
	}
	if strings.Contains(logs.String(), "level=ERROR") {
		t.Errorf("a full server is no server error:\n%s", logs.String())
	}
}

// TestConnectionLimitWaits checks that a reader waits, bounded, for a
// connection the server frees soon, instead of failing at once: the
// role's only connection is held by another client for 300 ms.
func TestConnectionLimitWaits(t *testing.T) {
	cfg := limitedRole(t, pgtest.DB(t), 1)
	holder, err := pgx.ConnectConfig(t.Context(), cfg.ConnConfig.Copy())
	if err != nil {
		t.Fatal(err)
	}
	time.AfterFunc(300*time.Millisecond, func() { _ = holder.Close(context.Background()) })
	pool, err := pgxpool.NewWithConfig(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	h := New(archive.New(pool), slog.New(slog.DiscardHandler), Config{BaseURL: "http://example.com"}).Routes()
	if rec := get(t, h, "/sessions"); rec.Code != http.StatusOK {
		t.Errorf("GET /sessions while the only connection is briefly taken = %d, want 200 after a wait", rec.Code)
	}
}

// limitedRole creates a role that may read the test database with at most
// limit connections at once, and returns a pool configuration for it.
func limitedRole(t *testing.T, admin *pgxpool.Pool, limit int) *pgxpool.Config {
	role := fmt.Sprintf("plenary_limited_%d", time.Now().UnixNano())
	if _, err := admin.Exec(t.Context(), fmt.Sprintf("CREATE ROLE %s LOGIN CONNECTION LIMIT %d", role, limit)); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_, _ = admin.Exec(context.Background(), "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "+role)
		_, _ = admin.Exec(context.Background(), "DROP ROLE IF EXISTS "+role)
	})
	if _, err := admin.Exec(t.Context(), "GRANT SELECT ON ALL TABLES IN SCHEMA public TO "+role); err != nil {
		t.Fatal(err)
	}
	cfg, err := pgxpool.ParseConfig(admin.Config().ConnString())
	if err != nil {
		t.Fatal(err)
	}
	cfg.ConnConfig.User = role
	return cfg
}
