package pgcluster

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type tWriter struct{ t *testing.T }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// skipWithoutBinaries skips only when PostgreSQL is genuinely not installed,
// so the package's tests do not fail on machines that use DATABASE_URL.
// Under CI the binaries are installed by .ci/run, so missing ones fail.
func skipWithoutBinaries(t *testing.T) {
	if _, err := findBinDir(0); errors.Is(err, ErrNoBinaries) {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
}

func startCluster(t *testing.T, dataDir string) *Cluster {
	t.Helper()
	c, err := Start(t.Context(), Config{DataDir: dataDir, NoSync: true, Logger: testLogger(t)})
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() { _ = c.Stop(context.Background()) })
	return c
}

func selectOne(t *testing.T, c *Cluster) {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), c.URL("plenary"))
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	defer conn.Close(context.Background())
	var n int
	if err := conn.QueryRow(t.Context(), "SELECT 1").Scan(&n); err != nil || n != 1 {
		t.Fatalf("SELECT 1 = %d, %v", n, err)
	}
}

// serverProcesses returns PIDs of live processes that belong to the cluster
// in dataDir: the postmaster (its command line names the data dir) and any
// process whose parent is such a postmaster.
func serverProcesses(t *testing.T, dataDir string) []int {
	t.Helper()
	entries, err := os.ReadDir("/proc")
	if err != nil {
		t.Skip("no /proc")
	}
	parents := map[int]bool{}
	ppid := map[int]int{}
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || !alive(pid) {
			continue
		}
		cmd, _ := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		if strings.Contains(string(cmd), dataDir) {
			parents[pid] = true
		}
		stat, _ := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if i := strings.LastIndexByte(string(stat), ')'); i > 0 {
			if f := strings.Fields(string(stat[i+1:])); len(f) > 1 {
				ppid[pid], _ = strconv.Atoi(f[1])
			}
		}
	}
	var pids []int
	for pid := range ppid {
		if parents[pid] || parents[ppid[pid]] {
			pids = append(pids, pid)
		}
	}
	return pids
}

func assertNoServer(t *testing.T, dataDir string) {
	t.Helper()
	if pids := serverProcesses(t, dataDir); len(pids) > 0 {
		t.Fatalf("postgres processes still running for %s: %v", dataDir, pids)
	}
}

func TestStartStopRestart(t *testing.T) {
	skipWithoutBinaries(t)
	dataDir := filepath.Join(t.TempDir(), "pg data") // space: exercise quoting

	began := time.Now()
	c := startCluster(t, dataDir)
	t.Logf("initdb + start: %v", time.Since(began))
	selectOne(t, c)
	if err := c.Stop(t.Context()); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	assertNoServer(t, dataDir)
	if err := c.Stop(t.Context()); err != nil {
		t.Fatalf("second Stop: %v", err)
	}

	began = time.Now()
	c = startCluster(t, dataDir)
	t.Logf("restart: %v", time.Since(began))
	selectOne(t, c)

	// A second cluster on the same data dir must be refused clearly.
	_, err := Start(t.Context(), Config{DataDir: dataDir, Logger: testLogger(t)})
	if !errors.Is(err, ErrAlreadyRunning) {
		t.Fatalf("second Start: got %v, want ErrAlreadyRunning", err)
	}
	selectOne(t, c) // and must not have disturbed the first

	if err := c.Stop(t.Context()); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	assertNoServer(t, dataDir)
}

// TestRestartAfterKill simulates a crash: the postmaster is SIGKILLed,
// leaving a stale postmaster.pid behind, and Start must still succeed.
func TestRestartAfterKill(t *testing.T) {
	skipWithoutBinaries(t)
	dataDir := filepath.Join(t.TempDir(), "pgdata")
	c := startCluster(t, dataDir)
	pid, err := readPostmasterPID(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	if !waitGone(t.Context(), pid) {
		t.Fatal("postmaster did not die")
	}
	if _, err := os.Stat(filepath.Join(dataDir, "postmaster.pid")); err != nil {
		t.Fatalf("expected stale postmaster.pid: %v", err)
	}
	if err := c.Stop(t.Context()); err != nil {
		t.Fatalf("Stop after crash: %v", err)
	}

	c = startCluster(t, dataDir)
	selectOne(t, c)
	if err := c.Stop(t.Context()); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	assertNoServer(t, dataDir)
}

func TestNotADataDir(t *testing.T) {
	skipWithoutBinaries(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Start(t.Context(), Config{DataDir: dir})
	if err == nil || !strings.Contains(err.Error(), "not a PostgreSQL data directory") {
		t.Fatalf("got %v, want refusal", err)
	}
}

func TestNoBinaries(t *testing.T) {
	t.Setenv("PG_BINDIR", t.TempDir())
	_, err := Start(t.Context(), Config{DataDir: t.TempDir()})
	if err == nil || !strings.Contains(err.Error(), "missing initdb") {
		t.Fatalf("got %v", err)
	}
}

func TestDefaultDataDir(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		euid int
		home string
		want string
	}{
		{"explicit", map[string]string{"PLENARY_DATA_DIR": "/x/y"}, 0, "/root", "/x/y"},
		{"root", nil, 0, "/root", "/var/lib/plenary/pgdata"},
		{"xdg", map[string]string{"XDG_DATA_HOME": "/xdg"}, 1000, "/home/u", "/xdg/plenary/pgdata"},
		{"relative xdg ignored", map[string]string{"XDG_DATA_HOME": "xdg"}, 1000, "/home/u", "/home/u/.local/share/plenary/pgdata"},
		{"home", nil, 1000, "/home/u", "/home/u/.local/share/plenary/pgdata"},
		{"no home", nil, 1000, "", filepath.Join(os.TempDir(), "plenary-1000", "pgdata")},
	}
	for _, tt := range tests {
		getenv := func(k string) string { return tt.env[k] }
		if got := defaultDataDir(getenv, tt.euid, tt.home); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestQuoteDSN(t *testing.T) {
	if got := quoteDSN(`a b'c\d`); got != `'a b\'c\\d'` {
		t.Errorf("got %s", got)
	}
}
