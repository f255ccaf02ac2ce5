//go:build chaos

package chaos

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/plenary/plenary/internal/pgcluster"
	"github.com/plenary/plenary/internal/testcorpus"
)

// The admin account the publishing loop logs in with.
const (
	adminUser     = "chaos"
	adminPassword = "chaos-run-password-1"
)

// repoRoot is the directory holding go.mod.
func repoRoot(t *testing.T) string { return testcorpus.RepoRoot(t) }

// buildBinary builds the plenary binary as `make build` does.
func buildBinary(t *testing.T, dir string) string {
	bin := filepath.Join(dir, "plenary")
	cmd := exec.Command("go", "build", "-trimpath", "-o", bin, "./cmd/plenary")
	cmd.Dir = repoRoot(t)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// runPlenary runs the binary to completion with stdin, failing the test
// when it fails.
func runPlenary(t *testing.T, bin string, env []string, stdin string, args ...string) {
	cmd := exec.Command(bin, args...)
	cmd.Env, cmd.Stdin = env, strings.NewReader(stdin)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("plenary %s: %v\n%s", args[0], err, out)
	}
}

// database is a real PostgreSQL cluster that the run stops and starts.
type database struct {
	cfg pgcluster.Config
	url string
	mu  sync.Mutex
	c   *pgcluster.Cluster
}

// startDatabase starts a cluster in a fresh directory, with a socket
// directory of its own so that its URL survives a restart.
func startDatabase(ctx context.Context, t *testing.T) *database {
	sock, err := os.MkdirTemp("/tmp", "chaos-pg-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(sock) })
	db := &database{cfg: pgcluster.Config{DataDir: filepath.Join(t.TempDir(), "pgdata"), SocketDir: sock, NoSync: true}}
	if db.c, err = pgcluster.Start(ctx, db.cfg); err != nil {
		t.Fatal(err)
	}
	db.url = db.c.URL("plenary")
	t.Cleanup(func() {
		db.mu.Lock()
		defer db.mu.Unlock()
		_ = db.c.Stop(context.Background())
	})
	return db
}

// restart stops the cluster (a "fast" shutdown, ending every session) and
// starts it again.
func (db *database) restart(ctx context.Context) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	if err := db.c.Stop(ctx); err != nil {
		return err
	}
	c, err := pgcluster.Start(ctx, db.cfg)
	if err != nil {
		return err
	}
	db.c = c
	return nil
}

// outage is the restart window, known once the restart is over.
type outage struct {
	mu         sync.Mutex
	from, till time.Duration // offsets from the start of the load
}

func (o *outage) get() (time.Duration, time.Duration) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.from, o.till
}

// restartDuring restarts the database restartAt after start.
func restartDuring(ctx context.Context, t *testing.T, db *database, start time.Time) *outage {
	o := &outage{from: -1, till: -1}
	go func() {
		select {
		case <-time.After(time.Until(start.Add(restartAt))):
		case <-ctx.Done():
			return
		}
		from := time.Since(start)
		err := db.restart(context.Background())
		till := time.Since(start) + windowGrace
		o.mu.Lock()
		o.from, o.till = from, till
		o.mu.Unlock()
		if err != nil {
			t.Errorf("restart PostgreSQL: %v", err)
		}
		fmt.Printf("chaos: PostgreSQL restarted from %.1fs to %.1fs (window until %.1fs)\n", from.Seconds(), (till - windowGrace).Seconds(), till.Seconds())
	}()
	return o
}

// killIngestDuring republishes the seed files, each changed by a line so
// that every file is a new revision, in an ingest that it kills with
// SIGKILL killAfter after starting it, killAt into the load. It reports
// what it did on the channel.
func killIngestDuring(ctx context.Context, t *testing.T, bin string, env []string, dir string, seed []string, start time.Time) <-chan string {
	done := make(chan string, 1)
	var files []string
	for i, f := range seed {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, "ingest", fmt.Sprintf("%02d-%s", i, filepath.Base(f)))
		_ = os.MkdirAll(filepath.Dir(out), 0o755)
		src = append(bytes.TrimRight(src, "\n"), []byte("\n\nChaos run: corrected copy.\n")...)
		if err := os.WriteFile(out, src, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, out)
	}
	go func() {
		select {
		case <-time.After(time.Until(start.Add(killAt))):
		case <-ctx.Done():
			done <- "not started (the load ended first)"
			return
		}
		cmd := exec.Command(bin, append([]string{"ingest"}, files...)...)
		var out bytes.Buffer
		cmd.Env, cmd.Stdout, cmd.Stderr = env, &out, &out
		if err := cmd.Start(); err != nil {
			done <- "could not start: " + err.Error()
			return
		}
		time.Sleep(killAfter)
		_ = cmd.Process.Kill()
		err := cmd.Wait()
		published := strings.Count(out.String(), "\n")
		done <- fmt.Sprintf("%d files, killed with SIGKILL after %s (%v) having printed %d lines", len(files), killAfter, err, published)
	}()
	return done
}

// server is the plenary binary serving the archive.
type server struct {
	cmd  *exec.Cmd
	base string
	log  bytes.Buffer
}

// startServer starts `plenary serve` on a free loopback port and waits
// until /healthz answers.
func startServer(ctx context.Context, t *testing.T, bin string, env []string) *server {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	_ = ln.Close()
	s := &server{base: "http://" + addr}
	s.cmd = exec.Command(bin, "serve", "--addr", addr, "--base-url", s.base)
	s.cmd.Env, s.cmd.Stdout, s.cmd.Stderr = env, &s.log, &s.log
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.cmd.Process.Kill() })
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		resp, err := http.Get(s.base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return s
			}
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			t.Fatalf("plenary serve did not come up: %v\n%s", err, s.log.String())
		}
	}
}

// memory is the server's resident memory now and at its peak.
func (s *server) memory() string {
	st, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		return "unknown (" + err.Error() + ")"
	}
	var rss, hwm string
	for _, line := range strings.Split(string(st), "\n") {
		k, v, _ := strings.Cut(line, ":")
		switch k {
		case "VmRSS":
			rss = strings.TrimSpace(v)
		case "VmHWM":
			hwm = strings.TrimSpace(v)
		}
	}
	return fmt.Sprintf("RSS %s (peak %s)", kbToMB(rss), kbToMB(hwm))
}

// kbToMB turns "123456 kB" into "121 MB".
func kbToMB(v string) string {
	var kb int
	if _, err := fmt.Sscanf(v, "%d kB", &kb); err != nil {
		return v
	}
	return fmt.Sprintf("%d MB", kb/1024)
}

// stop ends the server with SIGINT, as Ctrl-C does, and shows the log
// lines above INFO.
func (s *server) stop(t *testing.T) {
	_ = s.cmd.Process.Signal(syscall.SIGINT)
	_ = s.cmd.Wait()
	var warn int
	for _, line := range strings.Split(s.log.String(), "\n") {
		if strings.Contains(line, "level=WARN") || strings.Contains(line, "level=ERROR") {
			warn++
			if warn <= 10 {
				fmt.Println("chaos: server log:", line)
			}
		}
	}
	fmt.Printf("chaos: server log: %d WARN or ERROR lines\n", warn)
}
