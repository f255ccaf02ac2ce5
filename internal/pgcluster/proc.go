package pgcluster

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// readPostmasterPID returns the PID recorded on the first line of
// postmaster.pid.
func readPostmasterPID(dataDir string) (int, error) {
	b, err := os.ReadFile(filepath.Join(dataDir, "postmaster.pid"))
	if err != nil {
		return 0, fmt.Errorf("read postmaster.pid: %w", err)
	}
	first, _, _ := strings.Cut(string(b), "\n")
	pid, err := strconv.Atoi(strings.TrimSpace(first))
	if err != nil {
		return 0, fmt.Errorf("parse postmaster.pid %q: %w", first, err)
	}
	return pid, nil
}

// alive reports whether pid exists and is not a zombie. Zombies count as gone:
// the postmaster is reparented once pg_ctl exits and, if we are the
// subreaper (e.g. PID 1 in a container), lingers as a zombie until reaped.
func alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	if errors.Is(err, syscall.ESRCH) {
		return false
	}
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return !errors.Is(err, os.ErrNotExist) || !procMounted()
	}
	// Format: "pid (comm) S ..."; comm may contain spaces or parentheses.
	i := strings.LastIndexByte(string(b), ')')
	return i < 0 || i+2 >= len(b) || (b[i+2] != 'Z' && b[i+2] != 'X')
}

// procMounted reports whether /proc is available (Linux).
func procMounted() bool {
	_, err := os.Stat("/proc/self/stat")
	return err == nil
}

// waitGone polls until pid has exited or ctx ends (at most 30s) and reports
// whether it exited.
func waitGone(ctx context.Context, pid int) bool {
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if !alive(pid) {
			return true
		}
		select {
		case <-ctx.Done():
			return !alive(pid)
		case <-time.After(20 * time.Millisecond):
		}
	}
	return false
}

// waitReaped polls until pid no longer exists at all, not even as a zombie,
// for at most 10s.
func waitReaped(ctx context.Context, pid int) bool {
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if errors.Is(syscall.Kill(pid, 0), syscall.ESRCH) {
			return true
		}
		select {
		case <-ctx.Done():
			return false
		case <-time.After(50 * time.Millisecond):
		}
	}
	return false
}

// lockFileName is held (flock) by the process that started the cluster, for
// as long as it manages it. It closes the window in which two processes both
// see "not running" and start the server (or rewrite its configuration) at
// once. The kernel drops the lock when the process dies, so it never goes
// stale.
const lockFileName = "plenary.lock"

// lockDataDir takes the exclusive manager lock of dataDir without waiting.
// The file is given to the server user (uid/gid) so a later non-root run on
// the same data directory can open it too.
func lockDataDir(dataDir string, uid, gid int) (*os.File, error) {
	path := filepath.Join(dataDir, lockFileName)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	_ = f.Chown(uid, gid) // best effort; only matters for later runs
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		_ = f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%w: %s is managed by another process", ErrAlreadyRunning, dataDir)
		}
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	return f, nil
}
