//go:build chaos

package chaos

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// The run's shape: readers for loadFor, the database restarted restartAt
// into it, an ingest started killAt into it and killed killAfter later.
// Requests inside the restart window (from the stop until windowGrace
// after the start) may be 503; all others must succeed.
const (
	readers     = 200
	loadFor     = 60 * time.Second
	restartAt   = 20 * time.Second
	killAt      = 40 * time.Second
	killAfter   = 1500 * time.Millisecond
	windowGrace = 3 * time.Second
)

// TestChaos is `make chaos`. It fails when a reader got anything but a
// 2xx outside the restart window or anything but a 2xx or 503 inside it,
// or when the archive afterwards misses a publish or holds a session that
// is not whole.
func TestChaos(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 4*time.Minute)
	defer cancel()
	dir := t.TempDir()
	bin := buildBinary(t, dir)
	db := startDatabase(ctx, t)
	env := append(os.Environ(), "DATABASE_URL="+db.url)
	runPlenary(t, bin, env, "", "migrate")
	runPlenary(t, bin, env, adminPassword+"\n", "admin", "create", "--username", adminUser)
	seed := seedFiles(t)
	runPlenary(t, bin, env, "", append([]string{"ingest"}, seed...)...)
	srv := startServer(ctx, t, bin, env)
	urls := readerURLs(t, srv.base)
	fmt.Printf("chaos: %d readers over %d URLs for %s; PostgreSQL restart at %s, ingest killed at %s\n",
		readers, len(urls), loadFor, restartAt, killAt+killAfter)
	rssBefore := srv.memory()

	start := time.Now()
	loadCtx, stopLoad := context.WithTimeout(ctx, loadFor)
	defer stopLoad()
	reads := make(chan []sample, readers)
	for i := range readers {
		go func() { reads <- readLoop(loadCtx, srv.base, urls, i, start) }()
	}
	pubs := make(chan publishStats, 1)
	go func() { pubs <- publishLoop(loadCtx, t, srv.base) }()
	window := restartDuring(loadCtx, t, db, start)
	ingestKilled := killIngestDuring(loadCtx, t, bin, env, dir, seed, start)

	var all []sample
	for range readers {
		all = append(all, <-reads...)
	}
	pub := <-pubs
	rssAfter := srv.memory()
	srv.stop(t)

	from, till := window.get()
	bad := report(all, from, till)
	fmt.Printf("chaos: admin publishes: %d succeeded, %d refused as busy or unavailable (retried), %d other failures\n", pub.ok, pub.unavailable, pub.failed)
	fmt.Printf("chaos: ingest: %s\n", <-ingestKilled)
	fmt.Printf("chaos: server memory: before load %s; after %s\n", rssBefore, rssAfter)
	checkArchive(ctx, t, db.url, pub)
	if bad > 0 {
		t.Errorf("%d reader requests failed outside the restart window, or with a status other than 503 inside it", bad)
	}
	if pub.failed > 0 {
		t.Errorf("%d admin publishes failed with an error other than a 503", pub.failed)
	}
}

// seedFiles is what the archive starts with: the example minutes and,
// when it is beside the repository, the shared corpus of real minutes.
func seedFiles(t *testing.T) []string {
	root := repoRoot(t)
	files, _ := filepath.Glob(filepath.Join(root, "examples", "*.*"))
	corpus, _ := filepath.Glob(filepath.Join(filepath.Dir(root), "shared", "corpus", "raw", "*.*"))
	for _, f := range corpus {
		if filepath.Base(f) != "SOURCES.md" {
			files = append(files, f)
		}
	}
	if len(files) == 0 {
		t.Fatal("no minutes to seed the archive with")
	}
	return files
}
