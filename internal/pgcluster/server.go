package pgcluster

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Files we own inside the data directory.
const (
	// confFile holds the settings Plenary manages; it is rewritten on every
	// start (the socket directory changes) and included from
	// postgresql.conf, which stays free for the user's own tuning.
	confFile = "plenary.conf"
	// startupLog captures server output until the logging collector takes
	// over, i.e. exactly the messages that explain a failed start.
	startupLog = "plenary-startup.log"
)

// includeLine is appended to postgresql.conf so confFile is read.
const includeLine = "\ninclude_if_exists = '" + confFile + "'\n"

// prepareDataDir initialises the data directory if it is missing or empty and
// makes sure the server user can reach and own it.
func (c *Cluster) prepareDataDir(ctx context.Context) error {
	if err := c.run.makeTraversable(c.dataDir, c.log); err != nil {
		return fmt.Errorf("pgcluster: %w", err)
	}
	initialised, err := isInitialised(c.dataDir)
	if err != nil {
		return fmt.Errorf("pgcluster: %w", err)
	}
	if initialised {
		if err := c.run.chownTree(c.dataDir, c.log); err != nil {
			return fmt.Errorf("pgcluster: %w", err)
		}
		return nil
	}
	if err := c.run.mkdirOwned(c.dataDir); err != nil {
		return fmt.Errorf("pgcluster: data dir: %w", err)
	}
	return c.initdb(ctx)
}

// isInitialised reports whether dir holds a cluster. A non-empty directory
// without PG_VERSION is refused rather than initialised over, since it is
// probably the user's unrelated data.
func isInitialised(dir string) (bool, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("read data dir: %w", err)
	}
	if len(entries) == 0 {
		return false, nil
	}
	if _, err := os.Stat(filepath.Join(dir, "PG_VERSION")); err != nil {
		return false, fmt.Errorf("data dir %s is not empty but is not a PostgreSQL data "+
			"directory (no PG_VERSION); refusing to initialise over it", dir)
	}
	return true, nil
}

// initdb creates the cluster. Trust authentication is safe only because the
// server listens solely on a socket in a 0700 directory. The C locale keeps
// sort order identical on every machine and immune to OS locale upgrades,
// which would otherwise silently corrupt text indexes.
func (c *Cluster) initdb(ctx context.Context) error {
	start := time.Now()
	args := []string{
		"-D", c.dataDir, "--username=" + superuser,
		"--auth-local=trust", "--auth-host=scram-sha-256",
		"--encoding=UTF8", "--locale=C",
	}
	if c.noSync {
		args = append(args, "--no-sync")
	}
	if _, err := c.runTool(ctx, "initdb", args...); err != nil {
		return fmt.Errorf("pgcluster: initdb %s: %w", c.dataDir, err)
	}
	c.log.Info("initialised PostgreSQL data directory", "datadir", c.dataDir,
		"duration", time.Since(start).Round(time.Millisecond))
	return nil
}

// writeConf (re)writes our settings and ensures postgresql.conf includes them.
func (c *Cluster) writeConf() error {
	var b strings.Builder
	b.WriteString("# Managed by plenary (internal/pgcluster); rewritten on every start.\n")
	fmt.Fprintf(&b, "listen_addresses = ''\nport = %d\n", c.port)
	fmt.Fprintf(&b, "unix_socket_directories = '%s'\n", strings.ReplaceAll(c.socketDir, "'", "''"))
	b.WriteString("unix_socket_permissions = 0700\n")
	b.WriteString("logging_collector = on\nlog_directory = 'log'\n" +
		"log_filename = 'postgresql-%a.log'\nlog_truncate_on_rotation = on\n" +
		"log_rotation_age = 1d\nlog_rotation_size = 0\n")
	if c.noSync {
		b.WriteString("fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n")
	}
	if err := c.writeOwned(filepath.Join(c.dataDir, confFile), []byte(b.String())); err != nil {
		return err
	}
	main := filepath.Join(c.dataDir, "postgresql.conf")
	cur, err := os.ReadFile(main)
	if err != nil {
		return fmt.Errorf("read postgresql.conf: %w", err)
	}
	if bytes.Contains(cur, []byte(strings.TrimSpace(includeLine))) {
		return nil
	}
	return c.writeOwned(main, append(cur, includeLine...))
}

// writeOwned writes a file the server user can read.
func (c *Cluster) writeOwned(path string, data []byte) error {
	if err := os.WriteFile(path, data, 0o600); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if c.run.switching() {
		if err := os.Chown(path, c.run.uid, c.run.gid); err != nil {
			return fmt.Errorf("chown %s: %w", path, err)
		}
	}
	return nil
}

// start runs pg_ctl start -w after refusing to touch a cluster that is
// already running. pg_ctl and postgres themselves detect a stale
// postmaster.pid (process gone, e.g. after kill -9) and start normally.
func (c *Cluster) start(ctx context.Context) error {
	if err := c.checkNotRunning(ctx); err != nil {
		return err
	}
	if err := c.writeConf(); err != nil {
		return fmt.Errorf("pgcluster: %w", err)
	}
	began := time.Now()
	_, err := c.runTool(ctx, "pg_ctl", "start", "-w", "-s", "-D", c.dataDir,
		"-t", strconv.Itoa(int(c.timeout.Seconds())),
		"-l", filepath.Join(c.dataDir, startupLog))
	if err != nil {
		// pg_ctl may have given up (timeout, ctx) while the server still
		// comes up; make sure we do not leave it behind.
		c.killAfterFailedStart()
		return fmt.Errorf("pgcluster: start server in %s: %w%s", c.dataDir, err, c.startupLogTail())
	}
	pid, err := readPostmasterPID(c.dataDir)
	if err != nil {
		return fmt.Errorf("pgcluster: %w", err)
	}
	c.pid = pid
	c.log.Info("PostgreSQL started", "datadir", c.dataDir, "socket", c.socketDir,
		"pid", pid, "duration", time.Since(began).Round(time.Millisecond))
	return nil
}

// checkNotRunning refuses to start when a live server owns the data directory.
// A postmaster that was killed but not yet reaped (a zombie) still "exists" for
// pg_ctl and postgres, which would then refuse to start; give the parent
// (usually init) a moment to reap it.
func (c *Cluster) checkNotRunning(ctx context.Context) error {
	pid, running := c.status(ctx)
	if !running {
		return nil
	}
	if alive(pid) {
		return fmt.Errorf("pgcluster: %w: %s (postmaster pid %d); another plenary process may "+
			"be using it, or stop it with: pg_ctl stop -D %s", ErrAlreadyRunning, c.dataDir, pid, c.dataDir)
	}
	if !waitReaped(ctx, pid) {
		return fmt.Errorf("pgcluster: previous postmaster (pid %d) of %s died but was never reaped "+
			"(zombie); if plenary runs as PID 1 in a container, run it under an init "+
			"(e.g. docker run --init)", pid, c.dataDir)
	}
	return nil
}

// killAfterFailedStart stops a server that may be running after a failed
// pg_ctl start, best effort.
func (c *Cluster) killAfterFailedStart() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if pid, running := c.status(ctx); running {
		_, _ = c.runTool(ctx, "pg_ctl", "stop", "-s", "-m", "immediate", "-w", "-D", c.dataDir)
		waitGone(ctx, pid)
	}
}

// stopServer stops the server, escalating to an immediate shutdown if a fast
// one fails, and waits for the postmaster process to disappear (pg_ctl only
// waits for postmaster.pid to be removed, a moment before the exit).
func (c *Cluster) stopServer(ctx context.Context) error {
	pid := c.pid
	if p, running := c.status(ctx); running && alive(p) {
		pid = p
		_, err := c.runTool(ctx, "pg_ctl", "stop", "-s", "-m", "fast", "-w", "-D", c.dataDir,
			"-t", strconv.Itoa(int(c.timeout.Seconds())))
		if err != nil {
			c.log.Warn("fast shutdown failed, trying immediate", "err", err)
			if _, err2 := c.runTool(ctx, "pg_ctl", "stop", "-s", "-m", "immediate", "-w",
				"-D", c.dataDir); err2 != nil {
				return errors.Join(err, err2)
			}
		}
	}
	if pid != 0 && !waitGone(ctx, pid) {
		return fmt.Errorf("postmaster pid %d still running after shutdown", pid)
	}
	return nil
}

// status asks pg_ctl whether a server runs from the data directory.
func (c *Cluster) status(ctx context.Context) (pid int, running bool) {
	out, err := c.runTool(ctx, "pg_ctl", "status", "-D", c.dataDir)
	if err != nil {
		return 0, false // exit 3: not running; 4: no data dir
	}
	_, after, _ := strings.Cut(out, "PID: ")
	pid, _ = strconv.Atoi(strings.TrimRight(strings.Fields(after + " 0")[0], ")"))
	return pid, true
}

// runTool runs a PostgreSQL program as the server user and returns its
// combined output, which is folded into the error on failure. PG* variables
// are removed from the environment so the user's client settings (PGDATA,
// PGPORT, ...) cannot redirect the tools to another cluster.
func (c *Cluster) runTool(ctx context.Context, name string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, filepath.Join(c.binDir, name), args...)
	cmd.SysProcAttr = c.run.sysProcAttr()
	cmd.Dir = "/" // our working directory may not be accessible to the server user
	cmd.Env = cleanEnv()
	out, err := cmd.CombinedOutput()
	if err != nil {
		return string(out), fmt.Errorf("%s %s: %w: %s", name, args[0], err, bytes.TrimSpace(out))
	}
	return string(out), nil
}

// cleanEnv returns our environment without PG* variables and with messages
// in English so errors we wrap are readable in bug reports.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PG") && !strings.HasPrefix(kv, "LC_") && !strings.HasPrefix(kv, "LANG") {
			env = append(env, kv)
		}
	}
	return append(env, "LC_ALL=C")
}

// startupLogTail returns the end of the startup log for error messages.
func (c *Cluster) startupLogTail() string {
	b, err := os.ReadFile(filepath.Join(c.dataDir, startupLog))
	if err != nil || len(b) == 0 {
		return ""
	}
	if len(b) > 2000 {
		b = b[len(b)-2000:]
	}
	return "\nserver log (" + startupLog + "):\n" + string(bytes.TrimSpace(b))
}
