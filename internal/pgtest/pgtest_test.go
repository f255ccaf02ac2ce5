package pgtest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

func TestMain(m *testing.M) {
	Main(m, func(ctx context.Context, dsn string) error {
		conn, err := pgx.Connect(ctx, dsn)
		if err != nil {
			return err
		}
		defer conn.Close(ctx)
		_, err = conn.Exec(ctx, `CREATE TABLE item (id int PRIMARY KEY, name text NOT NULL);
			INSERT INTO item VALUES (1, 'seed')`)
		return err
	})
}

func count(t *testing.T, q interface {
	QueryRow(context.Context, string, ...any) pgx.Row
}) int {
	t.Helper()
	var n int
	if err := q.QueryRow(t.Context(), "SELECT count(*) FROM item").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestDBIsolated(t *testing.T) {
	began := time.Now()
	a := DB(t)
	b := DB(t)
	t.Logf("two clones: %v", time.Since(began))

	if n := count(t, a); n != 1 {
		t.Fatalf("clone a: migrated seed row missing, count = %d", n)
	}
	if _, err := a.Exec(t.Context(), "INSERT INTO item VALUES (2, 'only in a')"); err != nil {
		t.Fatal(err)
	}
	if n := count(t, a); n != 2 {
		t.Fatalf("clone a: count = %d, want 2", n)
	}
	if n := count(t, b); n != 1 {
		t.Fatalf("clone b sees clone a's write: count = %d, want 1", n)
	}
	var dbA, dbB string
	_ = a.QueryRow(t.Context(), "SELECT current_database()").Scan(&dbA)
	_ = b.QueryRow(t.Context(), "SELECT current_database()").Scan(&dbB)
	if dbA == dbB {
		t.Fatalf("both pools use database %s", dbA)
	}
}

// TestParallelClones exercises the clone lock under t.Parallel.
func TestParallelClones(t *testing.T) {
	for i := range 8 {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			t.Parallel()
			began := time.Now()
			db := DB(t)
			t.Logf("clone: %v", time.Since(began))
			if _, err := db.Exec(t.Context(), "INSERT INTO item VALUES (2, 'x')"); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestURLDropped(t *testing.T) {
	var name string
	t.Run("inner", func(t *testing.T) {
		conn, err := pgx.Connect(t.Context(), URL(t))
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(context.Background())
		if err := conn.QueryRow(t.Context(), "SELECT current_database()").Scan(&name); err != nil {
			t.Fatal(err)
		}
		// Left open on purpose: the drop must force it closed.
	})
	var exists bool
	err := current.admin.QueryRow(t.Context(),
		"SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists)
	if err != nil || exists {
		t.Fatalf("database %s still exists after test cleanup (err %v)", name, err)
	}
}

func TestWithDatabase(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://u:p@h:5/old?sslmode=disable": "postgres://u:p@h:5/new?sslmode=disable",
		"host=/tmp dbname=old":                   "host=/tmp dbname=old dbname='new'",
	} {
		if got := withDatabase(in, "new"); got != want {
			t.Errorf("withDatabase(%q) = %q, want %q", in, got, want)
		}
	}
}
