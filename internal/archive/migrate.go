package archive

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"

	"github.com/jackc/pgx/v5/stdlib"
	"github.com/plenary/plenary/migrations"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
)

// Migrate applies every pending migration embedded in the binary to the
// database at dsn and logs what it applied. A session-level advisory lock
// makes processes that start together (serve and an ingest job, two
// replicas) take turns: the first applies the migrations, the others wait
// for it and then find nothing to do, instead of both applying 00001.
func Migrate(ctx context.Context, dsn string, log *slog.Logger) error {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return fmt.Errorf("open database for migrations: %w", err)
	}
	defer db.Close()
	// Poll every second (goose's default is 5 s: a needless wait when the
	// other process finishes quickly), for up to 5 minutes.
	locker, err := lock.NewPostgresSessionLocker(lock.WithLockTimeout(1, 300))
	if err != nil {
		return fmt.Errorf("migration lock: %w", err)
	}
	p, err := goose.NewProvider(goose.DialectPostgres, db, migrations.FS, goose.WithSessionLocker(locker))
	if err != nil {
		return fmt.Errorf("load migrations: %w", err)
	}
	results, err := p.Up(ctx)
	if err != nil {
		return fmt.Errorf("apply migrations: %w", err)
	}
	for _, r := range results {
		log.Info("applied migration", "file", r.Source.Path, "duration", r.Duration)
	}
	return nil
}

// The pgx database/sql driver is registered by importing stdlib; name it
// here so the import is not lost to tooling.
var _ = stdlib.GetDefaultDriver

// MigrateQuiet is Migrate without a log, in the shape test harnesses take
// (pgtest.Main), so every package's TestMain migrates the same way.
func MigrateQuiet(ctx context.Context, dsn string) error {
	return Migrate(ctx, dsn, nil)
}
