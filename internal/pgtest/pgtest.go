// Package pgtest gives every test its own PostgreSQL database, cloned from a
// migrated template, so tests can run in parallel without seeing each other's
// data and without per-test migration cost.
//
// A package opts in from TestMain:
//
//	func TestMain(m *testing.M) { pgtest.Main(m, migrations.Up) }
//
// and tests call DB (a pool) or URL (a DSN). The server is the one named by
// TEST_DATABASE_URL or DATABASE_URL (the role needs CREATEDB), otherwise a
// throw-away embedded cluster (see pgcluster) is started for the test binary.
// Set PGTEST_DEBUG=1 to log setup steps and timings to stderr.
package pgtest

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/plenary/plenary/internal/pgcluster"
)

// harness is the per-process state set up by Main.
type harness struct {
	log     *slog.Logger
	cluster *pgcluster.Cluster // nil when using an external server
	rootDir string             // embedded cluster's temp dir, removed at the end
	admin   *pgxpool.Pool      // maintenance connection for CREATE/DROP DATABASE
	dsnFor  func(db string) string
	tmpl    string // template database name; "" until created

	// cloneMu serialises CREATE DATABASE ... TEMPLATE: PostgreSQL refuses
	// to copy a template that another session is using, and concurrent
	// clones only contend for I/O anyway.
	cloneMu sync.Mutex

	teardownOnce sync.Once
	teardownErr  error
}

// current is set by Main before any test runs and read by DB/URL.
var current *harness

// Main is the body of a package's TestMain. It prepares a server, creates a
// template database unique to this test process (so packages tested in
// parallel against one server do not collide), applies migrate to it, runs
// the tests, cleans up and exits. Setup failures print an error and exit 1:
// tests are never skipped silently for lack of a database.
func Main(m *testing.M, migrate func(ctx context.Context, dsn string) error) {
	os.Exit(run(m, migrate))
}

// run is Main without os.Exit, so deferred cleanup runs.
func run(m *testing.M, migrate func(ctx context.Context, dsn string) error) int {
	h := &harness{log: newLogger()}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	err := h.setup(ctx, migrate)
	cancel()
	if err != nil {
		fmt.Fprintf(os.Stderr, "pgtest: setting up the test database failed: %v\n", err)
		if terr := h.teardown(); terr != nil {
			fmt.Fprintf(os.Stderr, "pgtest: cleanup: %v\n", terr)
		}
		return 1
	}
	current = h
	stopSignals := h.teardownOnSignal()
	code := m.Run()
	stopSignals()
	if err := h.teardown(); err != nil {
		fmt.Fprintf(os.Stderr, "pgtest: cleanup: %v\n", err)
		code = cmp.Or(code, 1)
	}
	return code
}

// newLogger logs to stderr only when PGTEST_DEBUG is set; otherwise only
// warnings, to keep `go test` output clean.
func newLogger() *slog.Logger {
	level := slog.LevelWarn
	if os.Getenv("PGTEST_DEBUG") != "" {
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
}

// setup connects to (or starts) the server and builds the template.
func (h *harness) setup(ctx context.Context, migrate func(context.Context, string) error) error {
	began := time.Now()
	adminDSN, err := h.server(ctx)
	if err != nil {
		return err
	}
	cfg, err := pgxpool.ParseConfig(adminDSN)
	if err != nil {
		return fmt.Errorf("parse database URL: %w", err)
	}
	cfg.MaxConns = 4
	if h.admin, err = pgxpool.NewWithConfig(ctx, cfg); err != nil {
		return fmt.Errorf("connect to test server: %w", err)
	}
	if err := h.admin.Ping(ctx); err != nil {
		return fmt.Errorf("connect to test server: %w", err)
	}
	h.log.Debug("pgtest: server ready", "duration", time.Since(began).Round(time.Millisecond))
	began = time.Now()
	if err := h.buildTemplate(ctx, migrate); err != nil {
		return err
	}
	h.log.Debug("pgtest: template migrated", "template", h.tmpl,
		"duration", time.Since(began).Round(time.Millisecond))
	return nil
}

// buildTemplate creates this process's template database and migrates it.
// Connections are disallowed afterwards so nothing can block cloning.
func (h *harness) buildTemplate(ctx context.Context, migrate func(context.Context, string) error) error {
	name := "plenary_tmpl_" + randomSuffix()
	if _, err := h.admin.Exec(ctx, "CREATE DATABASE "+ident(name)); err != nil {
		return fmt.Errorf("create template database %s: %w", name, err)
	}
	h.tmpl = name
	if migrate != nil {
		if err := migrate(ctx, h.dsnFor(name)); err != nil {
			return fmt.Errorf("migrate template database %s: %w", name, err)
		}
	}
	// A migrate func that leaves a pool open would make every clone fail.
	_, err := h.admin.Exec(ctx, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
		WHERE datname = $1 AND pid <> pg_backend_pid()`, name)
	if err != nil {
		return fmt.Errorf("disconnect template database %s: %w", name, err)
	}
	_, err = h.admin.Exec(ctx, "ALTER DATABASE "+ident(name)+" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false")
	if err != nil {
		return fmt.Errorf("mark %s as template: %w", name, err)
	}
	return nil
}

// teardown drops the template and stops the embedded cluster. It is safe to
// call on a partially set-up harness, and more than once.
func (h *harness) teardown() error {
	h.teardownOnce.Do(func() { h.teardownErr = h.doTeardown() })
	return h.teardownErr
}

func (h *harness) doTeardown() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var errs []error
	if h.admin != nil {
		if h.tmpl != "" {
			errs = append(errs, dropDatabase(ctx, h.admin, h.tmpl, true))
		}
		h.admin.Close()
	}
	if h.cluster != nil {
		if err := h.cluster.Stop(ctx); err != nil {
			// Keep the directory: the server may still use it; the next
			// run's sweepStale cleans up.
			return errors.Join(append(errs, err)...)
		}
	}
	if h.rootDir != "" {
		errs = append(errs, os.RemoveAll(h.rootDir))
	}
	return errors.Join(errs...)
}

// teardownOnSignal stops the embedded cluster on Ctrl-C/SIGTERM. The server
// runs in its own process group, so it would otherwise outlive the test
// binary. The returned func unregisters the handler.
func (h *harness) teardownOnSignal() func() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			fmt.Fprintf(os.Stderr, "pgtest: %v: stopping test database server\n", sig)
			_ = h.teardown()
			os.Exit(1)
		case <-done:
		}
	}()
	return func() { signal.Stop(ch); close(done) }
}

// DB returns a pool connected to a fresh database cloned from the migrated
// template. The database belongs to this test alone and is dropped (and the
// pool closed) when the test ends.
func DB(t testing.TB) *pgxpool.Pool {
	t.Helper()
	dsn := URL(t)
	pool, err := pgxpool.New(t.Context(), dsn)
	if err != nil {
		t.Fatalf("pgtest: connect to test database: %v", err)
	}
	// Registered after URL's drop, so it runs before it (cleanups are LIFO).
	t.Cleanup(pool.Close)
	return pool
}

// URL is like DB but returns the DSN of the fresh database, for code under
// test that opens its own connections (e.g. the CLI).
func URL(t testing.TB) string {
	t.Helper()
	h := current
	if h == nil {
		t.Fatal("pgtest: DB/URL used, but this package's TestMain does not call pgtest.Main")
	}
	name := "plenary_test_" + randomSuffix()
	if err := h.clone(t.Context(), name); err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := dropDatabase(ctx, h.admin, name, false); err != nil {
			t.Errorf("pgtest: %v", err)
		}
	})
	return h.dsnFor(name)
}

// clone creates database name from the template, retrying briefly if the
// template is momentarily in use (SQLSTATE 55006), e.g. by autovacuum.
func (h *harness) clone(ctx context.Context, name string) error {
	h.cloneMu.Lock()
	defer h.cloneMu.Unlock()
	var err error
	for attempt := range 5 {
		_, err = h.admin.Exec(ctx, "CREATE DATABASE "+ident(name)+" TEMPLATE "+ident(h.tmpl))
		var pgErr *pgconn.PgError
		if !errors.As(err, &pgErr) || pgErr.Code != "55006" {
			break
		}
		time.Sleep(time.Duration(attempt+1) * 100 * time.Millisecond)
	}
	if err != nil {
		return fmt.Errorf("clone template %s into %s: %w", h.tmpl, name, err)
	}
	return nil
}

// dropDatabase drops name, disconnecting any sessions the test left open.
func dropDatabase(ctx context.Context, admin *pgxpool.Pool, name string, template bool) error {
	if template {
		if _, err := admin.Exec(ctx, "ALTER DATABASE "+ident(name)+" WITH IS_TEMPLATE false"); err != nil {
			return fmt.Errorf("unmark template %s: %w", name, err)
		}
	}
	if _, err := admin.Exec(ctx, "DROP DATABASE IF EXISTS "+ident(name)+" WITH (FORCE)"); err != nil {
		return fmt.Errorf("drop database %s: %w", name, err)
	}
	return nil
}

// ident quotes a database name for SQL.
func ident(name string) string { return pgx.Identifier{name}.Sanitize() }

// randomSuffix returns 16 hex characters, enough that concurrent test
// processes sharing one server never pick the same database name.
func randomSuffix() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b) // never fails (crypto/rand contract since Go 1.24)
	return hex.EncodeToString(b)
}
