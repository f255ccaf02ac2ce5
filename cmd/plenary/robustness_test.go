package main

import (
	"context"
	"io"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/plenary/plenary/internal/pgtest"
)

// TestIngestAllOrNothing ingests a good file and one the archive refuses
// after parsing (minutes on stdin have no file name to take a title
// from): the command fails and writes nothing, the good file included.
func TestIngestAllOrNothing(t *testing.T) {
	dsn := pgtest.URL(t)
	good := filepath.Join(t.TempDir(), "good.txt")
	if err := os.WriteFile(good, []byte("Good Plenary\n\n1. Opening\n\nAlice Example: hello there, everyone.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	untitled := "1. Opening\n\nBob Sample: a remark without any title above it.\n"
	r := runCLI(t, map[string]string{"DATABASE_URL": dsn, "LOG_LEVEL": "warn"}, untitled, "ingest", good, "-")
	if r.err == nil || exitCode(r.err) == 0 {
		t.Fatalf("ingest good + bad succeeded: stdout %q", r.stdout)
	}
	if msg := r.err.Error(); !strings.Contains(msg, "no title") || !strings.Contains(msg, "nothing was ingested") {
		t.Errorf("error %q: want the refusal and that nothing was ingested", msg)
	}
	for _, table := range []string{"documents", "sessions", "remarks", "speakers"} {
		assertRows(t, dsn, table, 0)
	}
}

func TestResolveBaseURL(t *testing.T) {
	tests := []struct {
		configured, addr, want string
		derived                bool
		err                    string
	}{
		{"", ":8080", "http://localhost:8080", true, ""},
		{"", "127.0.0.1:8093", "http://127.0.0.1:8093", true, ""},
		{"", "0.0.0.0:80", "http://localhost:80", true, ""},
		{"", "[::1]:9000", "http://[::1]:9000", true, ""},
		{"", "8080", "", false, "--addr"},
		{"https://plenary.example/", ":8080", "https://plenary.example", false, ""},
		{"https://plenary.example:8443", ":8080", "https://plenary.example:8443", false, ""},
		{"plenary.example", ":8080", "", false, "want an origin"},
		{"https://plenary.example/sub", ":8080", "", false, "want an origin"},
		{"ftp://plenary.example", ":8080", "", false, "want an origin"},
	}
	for _, tt := range tests {
		got, derived, err := resolveBaseURL(tt.configured, tt.addr)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("resolveBaseURL(%q, %q) error %v, want %q", tt.configured, tt.addr, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want || derived != tt.derived {
			t.Errorf("resolveBaseURL(%q, %q) = %q, %v, %v; want %q, %v", tt.configured, tt.addr, got, derived, err, tt.want, tt.derived)
		}
	}
}

// TestCloseDoesNotHang closes a database whose pool has a connection
// that is never given back: Close must return after poolCloseTimeout.
func TestCloseDoesNotHang(t *testing.T) {
	pool, err := pgxpool.New(context.Background(), pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	conn, err := pool.Acquire(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Release()
	old := poolCloseTimeout
	poolCloseTimeout = 100 * time.Millisecond
	defer func() { poolCloseTimeout = old }()
	db := &database{pool: pool, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	done := make(chan struct{})
	go func() {
		db.Close()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Close hung on a connection in use")
	}
}

// TestStatementTimeout checks that the pool's connections carry the
// statement timeout unless the URL sets one.
func TestStatementTimeout(t *testing.T) {
	dsn := pgtest.URL(t)
	withTimeout := dsn + " statement_timeout=1min" // keyword/value DSN
	if u, err := url.Parse(dsn); err == nil && u.Scheme != "" {
		q := u.Query()
		q.Set("statement_timeout", "1min")
		u.RawQuery = q.Encode()
		withTimeout = u.String()
	}
	for _, tt := range []struct{ dsn, want string }{
		{dsn, statementTimeout},
		{withTimeout, "1min"},
	} {
		pool, err := connect(context.Background(), tt.dsn, "test")
		if err != nil {
			t.Fatal(err)
		}
		var got string
		if err := pool.QueryRow(context.Background(), "SHOW statement_timeout").Scan(&got); err != nil {
			t.Fatal(err)
		}
		pool.Close()
		if got != tt.want {
			t.Errorf("statement_timeout = %q, want %q", got, tt.want)
		}
	}
}
