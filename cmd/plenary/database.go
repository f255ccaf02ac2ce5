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
	// readPool is DATABASE_READ_URL's replica, when serve opened one.
	readPool *pgxpool.Pool
}

// openDatabase connects to DATABASE_URL, or starts the embedded cluster
// when it is unset, and applies pending migrations. It first logs the
// command's configuration at info level: command, then config (the
// command's own settings, key/value pairs), then where the database is
// (password masked, data directory resolved). Which database a command
// wrote to is the first question when something looks wrong.
func openDatabase(ctx context.Context, e *cliEnv, log *slog.Logger, command string, config ...any) (*database, error) {
	db := &database{log: log}
	dsn := e.getenv("DATABASE_URL")
	attrs := append([]any{"command", command}, config...)
	if dsn != "" {
		log.Info("config", append(attrs, "database", "DATABASE_URL", "database_url", maskDSN(dsn))...)
		if err := db.open(ctx, dsn, "DATABASE_URL"); err != nil {
			return nil, err
		}
		return db, nil
	}
	dataDir := pgcluster.DefaultDataDir()
	log.Info("config", append(attrs, "database", "embedded PostgreSQL (DATABASE_URL is unset)", "data_dir", dataDir)...)
	c, err := pgcluster.Start(ctx, pgcluster.Config{DataDir: dataDir, Database: "plenary", Logger: log})
	if err != nil {
		return nil, fmt.Errorf("start embedded PostgreSQL in %s: %w (or set DATABASE_URL to use a running server)", dataDir, err)
	}
	db.cluster = c
	log.Info("database", "source", "embedded cluster", "url", maskDSN(c.URL("plenary")))
	if err := db.open(ctx, c.URL("plenary"), "embedded cluster"); err != nil {
		return nil, err
	}
	return db, nil
}

// open connects to dsn and migrates; on error it closes what it opened
// (the embedded cluster included).
func (db *database) open(ctx context.Context, dsn, source string) error {
	pool, err := connect(ctx, dsn, source)
	if err != nil {
		db.Close()
		return err
	}
	db.pool = pool
	if err := archive.Migrate(ctx, dsn, db.log); err != nil {
		db.Close()
		return err
	}
	db.store = archive.New(db.pool)
	return nil
}

// Database time limits. statementTimeout is the server-side backstop for
// every query of the pool: a page query taking longer is a bug or an
// overload, and cancelling it frees the connection (a publish raises it
// for its own transaction). connectTimeout bounds dialing a new connection.
// Waiting for a free pool connection is bounded by the caller's context:
// each HTTP request has a deadline (server.timeouts).
const (
	statementTimeout = "5s"
	connectTimeout   = 10 * time.Second
)

// openReads connects to DATABASE_READ_URL, a streaming replica of the
// database for public reads, and returns a store on it; without it,
// public reads use the primary's store. The replica is never migrated:
// it follows the primary.
func (db *database) openReads(ctx context.Context, e *cliEnv) (*archive.Store, error) {
	dsn := e.getenv("DATABASE_READ_URL")
	if dsn == "" {
		return db.store, nil
	}
	db.log.Info("config", "reads", "DATABASE_READ_URL", "database_read_url", maskDSN(dsn))
	pool, err := connect(ctx, dsn, "DATABASE_READ_URL")
	if err != nil {
		return nil, err
	}
	db.readPool = pool
	return archive.New(pool), nil
}

// connect opens a pool and checks the server answers, with an error that
// says which database and how to fix it.
func connect(ctx context.Context, dsn, source string) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("%s is not a valid PostgreSQL URL: %w", source, err)
	}
	// A statement_timeout (or connect_timeout) given in the URL wins.
	if _, ok := cfg.ConnConfig.RuntimeParams["statement_timeout"]; !ok {
		cfg.ConnConfig.RuntimeParams["statement_timeout"] = statementTimeout
	}
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = connectTimeout
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := pool.Ping(pingCtx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("cannot reach the database at %s (%s): %w; check that PostgreSQL is running and the URL is right", maskDSN(dsn), source, err)
	}
	return pool, nil
}

// Shutdown limits: pool.Close waits for every borrowed connection to come
// back, which a stuck query may never do; the embedded cluster must be
// stopped regardless, or a PostgreSQL process is left behind.
var (
	poolCloseTimeout   = 10 * time.Second
	clusterStopTimeout = 30 * time.Second
)

// Close closes the pool and stops the embedded cluster, if any. It cannot
// hang: the pool gets poolCloseTimeout, after which the cluster is stopped
// anyway ("fast" shutdown ends the stuck sessions, which then lets the
// pool's close finish in the background), and stopping has its own
// deadline, the caller's ctx being cancelled by now (Ctrl-C).
func (db *database) Close() {
	if db.readPool != nil {
		db.readPool.Close()
	}
	if db.pool != nil {
		closed := make(chan struct{})
		go func() {
			db.pool.Close()
			close(closed)
		}()
		select {
		case <-closed:
		case <-time.After(poolCloseTimeout):
			db.log.Warn("database connections still in use: closing anyway", "waited", poolCloseTimeout)
		}
	}
	if db.cluster != nil {
		ctx, cancel := context.WithTimeout(context.Background(), clusterStopTimeout)
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
