// Package pgcluster runs a private PostgreSQL cluster for Plenary from the
// PostgreSQL server binaries installed on the machine.
//
// It exists so that Plenary (and its tests) work without the user having to
// provision a database server: Start initialises a data directory on first
// use, starts the server with pg_ctl, and makes it reachable only through a
// Unix socket in a private directory, so no other local user can connect even
// though authentication is "trust". When running as root, the server programs
// are run as the unprivileged "postgres" OS user because PostgreSQL refuses to
// run as root.
package pgcluster

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
)

// ErrAlreadyRunning is returned by Start when a server is already running from
// the data directory, typically started by another plenary process. Two
// processes must not manage one cluster: whoever stops it would pull the
// database out from under the other.
var ErrAlreadyRunning = errors.New("PostgreSQL is already running from this data directory")

// superuser is the bootstrap role created by initdb. It is fixed (rather than
// the OS user's name) so DSNs look the same for root and non-root runs.
const superuser = "postgres"

// defaultPort is used when Config.Port is 0. The server listens only on a
// socket in a private directory, so the number cannot clash with another
// server; it only names the socket file (.s.PGSQL.5432).
const defaultPort = 5432

// Config configures Start. The zero value, apart from DataDir, is usable.
type Config struct {
	// DataDir is the cluster's data directory. If it is missing or empty it
	// is initialised with initdb. Required; see DefaultDataDir.
	DataDir string
	// Port is the port number of the Unix socket. 0 means the default 5432,
	// which is always free because the socket directory is private to this
	// cluster (no TCP port is opened).
	Port int
	// Logger receives progress messages. nil discards them.
	Logger *slog.Logger
	// Database is created if missing after start. Empty means "plenary".
	Database string
	// NoSync trades durability for speed: initdb --no-sync and fsync,
	// synchronous_commit and full_page_writes off. A crash can corrupt the
	// cluster, so only use it for throw-away (test) data.
	NoSync bool
	// SocketDir is where the server's Unix socket is created. Empty means a
	// fresh private directory under the temp dir, removed by Stop. It is kept
	// short on purpose: socket paths are limited to about 100 bytes.
	SocketDir string
	// OSUser is the account the server runs as when we are root. Empty
	// means "postgres" (what Debian's packages create).
	OSUser string
	// Timeout bounds pg_ctl start and stop. 0 means 60 seconds.
	Timeout time.Duration
}

// Cluster is a running PostgreSQL server started by Start. Call Stop when
// done; the server otherwise outlives the process.
type Cluster struct {
	dataDir      string
	socketDir    string
	ownSocketDir bool
	binDir       string
	port         int
	noSync       bool
	timeout      time.Duration
	run          *runner
	log          *slog.Logger

	lock *os.File // see lockFileName

	mu      sync.Mutex
	pid     int
	stopped bool
}

// Start initialises cfg.DataDir if needed, starts the server and waits until
// it accepts connections, then creates cfg.Database if missing. On error
// nothing is left running.
func Start(ctx context.Context, cfg Config) (*Cluster, error) {
	c, err := newCluster(cfg)
	if err != nil {
		return nil, err
	}
	if err := c.prepareDataDir(ctx); err != nil {
		return nil, err
	}
	if c.lock, err = lockDataDir(c.dataDir, c.run.uid, c.run.gid); err != nil {
		return nil, fmt.Errorf("pgcluster: %w", err)
	}
	if err := c.prepareSocketDir(cfg.SocketDir); err != nil {
		_ = c.lock.Close()
		return nil, err
	}
	if err := c.start(ctx); err != nil {
		c.removeSocketDir()
		_ = c.lock.Close()
		return nil, err
	}
	if err := c.ensureDatabase(ctx, cmp.Or(cfg.Database, "plenary")); err != nil {
		stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), c.timeout)
		defer cancel()
		return nil, errors.Join(err, c.Stop(stopCtx))
	}
	return c, nil
}

// newCluster validates cfg and locates binaries matching the data directory.
func newCluster(cfg Config) (*Cluster, error) {
	if cfg.DataDir == "" {
		return nil, errors.New("pgcluster: Config.DataDir is required")
	}
	dataDir, err := filepath.Abs(cfg.DataDir)
	if err != nil {
		return nil, fmt.Errorf("pgcluster: resolve data dir %q: %w", cfg.DataDir, err)
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	dirMajor, err := dataDirMajor(dataDir)
	if err != nil {
		return nil, fmt.Errorf("pgcluster: %w", err)
	}
	binDir, err := findBinDir(dirMajor)
	if err != nil {
		return nil, fmt.Errorf("pgcluster: %w", err)
	}
	binMajor, err := serverMajor(binDir)
	if err != nil {
		return nil, fmt.Errorf("pgcluster: %w", err)
	}
	if dirMajor != 0 && dirMajor != binMajor {
		return nil, fmt.Errorf("pgcluster: data dir %s was created by PostgreSQL %d but the "+
			"server binaries found (%s) are version %d; install PostgreSQL %d or upgrade "+
			"the data dir with pg_upgrade", dataDir, dirMajor, binDir, binMajor, dirMajor)
	}
	run, err := newRunner(cmp.Or(cfg.OSUser, "postgres"))
	if err != nil {
		return nil, fmt.Errorf("pgcluster: %w", err)
	}
	log.Debug("using PostgreSQL binaries", "bindir", binDir, "version", binMajor)
	return &Cluster{
		dataDir: dataDir,
		binDir:  binDir,
		port:    cmp.Or(cfg.Port, defaultPort),
		noSync:  cfg.NoSync,
		timeout: cmp.Or(cfg.Timeout, 60*time.Second),
		run:     run,
		log:     log,
	}, nil
}

// URL returns a keyword/value DSN for database db, usable by pgx and libpq.
// It connects over the private Unix socket as the bootstrap superuser.
func (c *Cluster) URL(db string) string {
	return fmt.Sprintf("host=%s port=%d user=%s dbname=%s sslmode=disable",
		quoteDSN(c.socketDir), c.port, superuser, quoteDSN(db))
}

// DataDir returns the absolute path of the cluster's data directory.
func (c *Cluster) DataDir() string { return c.dataDir }

// Stop shuts the server down ("fast": open sessions are rolled back) and
// waits until the postmaster and all its children have exited. Calling Stop
// again, or after the server died on its own, returns nil.
func (c *Cluster) Stop(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stopped {
		return nil
	}
	err := c.stopServer(ctx)
	if err != nil {
		return fmt.Errorf("pgcluster: stop %s: %w", c.dataDir, err)
	}
	c.stopped = true
	c.removeSocketDir()
	_ = c.lock.Close() // only now may another process take over
	c.log.Info("PostgreSQL stopped", "datadir", c.dataDir)
	return nil
}

// ensureDatabase creates db unless it exists. Doing it here means callers can
// always connect to URL(db) right after Start.
func (c *Cluster) ensureDatabase(ctx context.Context, db string) error {
	conn, err := pgx.Connect(ctx, c.URL("postgres"))
	if err != nil {
		return fmt.Errorf("pgcluster: connect to new server: %w", err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	var exists bool
	err = conn.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", db).
		Scan(&exists)
	if err != nil {
		return fmt.Errorf("pgcluster: check database %q: %w", db, err)
	}
	if exists {
		return nil
	}
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{db}.Sanitize()); err != nil {
		return fmt.Errorf("pgcluster: create database %q: %w", db, err)
	}
	c.log.Info("created database", "database", db)
	return nil
}

// prepareSocketDir creates the directory for the server's Unix socket, owned
// by the server user with mode 0700 so that only it (and root) can connect.
func (c *Cluster) prepareSocketDir(dir string) error {
	if dir == "" {
		base := os.TempDir()
		// Socket paths are limited to ~104 bytes; long TMPDIRs (macOS) would
		// not fit, /tmp always does.
		if len(base) > 60 {
			base = "/tmp"
		}
		d, err := os.MkdirTemp(base, "plenary-pg-")
		if err != nil {
			return fmt.Errorf("pgcluster: create socket dir: %w", err)
		}
		dir, c.ownSocketDir = d, true
	}
	c.socketDir = dir
	if err := c.run.makeTraversable(dir, c.log); err != nil {
		c.removeSocketDir()
		return fmt.Errorf("pgcluster: %w", err)
	}
	if err := c.run.mkdirOwned(dir); err != nil {
		c.removeSocketDir()
		return fmt.Errorf("pgcluster: socket dir: %w", err)
	}
	return nil
}

// removeSocketDir deletes the socket directory if Start created it.
func (c *Cluster) removeSocketDir() {
	if c.ownSocketDir {
		_ = os.RemoveAll(c.socketDir)
	}
}

// quoteDSN quotes a value for a keyword/value connection string, so socket
// paths or names with spaces or quotes survive.
func quoteDSN(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `'`, `\'`)
	return "'" + r.Replace(s) + "'"
}
