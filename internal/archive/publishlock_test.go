package archive_test

import (
	"context"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// TestPublishWaitsItsTurn checks that a publish waiting for another to
// finish is not cut by the short statement timeout of ordinary queries
// (issue 12, item 3: behind a long `plenary ingest`, a publish failed
// after 5 s with "canceling statement due to statement timeout"). Here
// the statement timeout is 1 s and the other publish holds the lock 2 s.
func TestPublishWaitsItsTurn(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.URL(t)
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		t.Fatal(err)
	}
	cfg.ConnConfig.RuntimeParams["statement_timeout"] = "1000" // ms; `plenary` sets 5 s
	short, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer short.Close()
	holder, err := pgxpool.New(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	tx, err := holder.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('plenary:publish'))`); err != nil {
		t.Fatal(err)
	}
	go func() {
		time.Sleep(2 * time.Second) // another publish, still running
		_ = tx.Rollback(ctx)
	}()
	src := []byte("Test Plenary\n\n12 March 2025\n\n1. Open Mic\n\nAlice Example: the budget is fine.\n")
	if _, err := archive.New(short).Ingest(ctx, archive.Upload{Source: src, Filename: "t.txt", By: "test"}); err != nil {
		t.Fatalf("a publish behind another: %v", err)
	}
}
