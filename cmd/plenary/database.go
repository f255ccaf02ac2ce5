package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgcluster"
)

// database is an open, migrated database and, when DATABASE_URL is unset,
// the embedded cluster serving it.
type database struct {
	pool    *pgxpool.Pool
	store   *archive.Store
	cluster *pgcluster.Cluster
	log     *slog.Logger
}

// openDatabase connects to DATABASE_URL, or starts the embedded cluster
// when it is unset, and applies pending migrations.
func openDatabase(ctx context.Context, e *cliEnv, log *slog.Logger) (*database, error) {
	db := &database{log: log}
	dsn := e.getenv("DATABASE_URL")
	source := "DATABASE_URL"
	if dsn == "" {
		dataDir := pgcluster.DefaultDataDir()
		log.Info("DATABASE_URL is unset: starting the embedded PostgreSQL", "data_dir", dataDir)
		c, err := pgcluster.Start(ctx, pgcluster.Config{DataDir: dataDir, Database: "plenary", Logger: log})
		if err != nil {
			return nil, fmt.Errorf("start embedded PostgreSQL in %s: %w (or set DATABASE_URL to use a running server)", dataDir, err)
		}
		db.cluster = c
		dsn, source = c.URL("plenary"), "embedded cluster"
	}
	log.Info("database", "source", source, "url", maskDSN(dsn))
	if err := db.connect(ctx, dsn, source); err != nil {
		db.Close()
		return nil, err
	}
	if err := archive.Migrate(ctx, dsn, log); err != nil {
		db.Close()
		return nil, err
	}
	db.store = archive.New(db.pool)
	return db, nil
}

// connect opens the pool and checks the server answers, with an error that
// says which database and how to fix it.
func (db *database) connect(ctx context.Context, dsn, source string) error {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return fmt.Errorf("%s is not a valid PostgreSQL URL: %w", source, err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return fmt.Errorf("open database: %w", err)
	}
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := pool.Ping(pingCtx); err != nil {
		pool.Close()
		return fmt.Errorf("cannot reach the database at %s (%s): %w; check that PostgreSQL is running and the URL is right", maskDSN(dsn), source, err)
	}
	db.pool = pool
	return nil
}

// Close closes the pool and stops the embedded cluster, if any.
func (db *database) Close() {
	if db.pool != nil {
		db.pool.Close()
	}
	if db.cluster != nil {
		// The caller's ctx may be cancelled by now (Ctrl-C): stopping the
		// cluster must still happen, with its own deadline.
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := db.cluster.Stop(ctx); err != nil {
			db.log.Error("stop embedded PostgreSQL", "err", err)
		} else {
			db.log.Info("embedded PostgreSQL stopped")
		}
	}
}

// maskDSN hides the password of a PostgreSQL URL or keyword/value DSN for
// printing.
func maskDSN(dsn string) string {
	if u, err := url.Parse(dsn); err == nil && u.Scheme != "" {
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
		return u.String()
	}
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil || cfg.Password == "" {
		return dsn
	}
	return fmt.Sprintf("host=%s port=%d user=%s dbname=%s password=xxxxx", cfg.Host, cfg.Port, cfg.User, cfg.Database)
}

// newLogger builds the program's logger from LOG_LEVEL.
func newLogger(e *cliEnv) (*slog.Logger, error) {
	var level slog.Level
	if s := e.getenv("LOG_LEVEL"); s != "" {
		if err := level.UnmarshalText([]byte(s)); err != nil {
			return nil, fmt.Errorf("LOG_LEVEL=%q: want debug, info, warn or error", s)
		}
	}
	return slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level})), nil
}

// ignoreHelp turns errHelp (after --help) into success.
func ignoreHelp(err error) error {
	if errors.Is(err, errHelp) {
		return nil
	}
	return err
}
