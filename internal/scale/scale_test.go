//go:build scale

package scale

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgcluster"
	"github.com/plenary/plenary/internal/server"
)

var (
	remarks = flag.Int("remarks", 2_000_000, "how many remarks the synthetic archive holds")
	seed    = flag.Uint64("seed", 1, "the generator's seed")
	corpus  = flag.String("corpus", "", "the shared corpus's raw/ (default ../shared/corpus/raw beside the repository)")
	data    = flag.String("data", "", "keep the cluster in this directory and, run again, measure the archive it holds instead of building one (for trying a change at scale)")
)

// TestScale is `make scale`: build the archive, measure, print the table.
func TestScale(t *testing.T) {
	ctx := context.Background()
	dir := *corpus
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "corpus", "raw")
	}
	g := newGenerator(t, dir, *seed)
	sock, err := os.MkdirTemp("/tmp", "scale-pg-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(sock)
	dataDir := *data
	if dataDir == "" {
		dataDir = filepath.Join(t.TempDir(), "pgdata")
	}
	c, err := pgcluster.Start(ctx, pgcluster.Config{DataDir: dataDir, SocketDir: sock, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Stop(context.Background())
	url := c.URL("plenary")
	if err := archive.Migrate(ctx, url, slog.New(slog.DiscardHandler)); err != nil {
		t.Fatal(err)
	}
	pool, err := pgxpool.New(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	store := archive.New(pool)

	var tab table
	var have int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM remarks`).Scan(&have); err != nil {
		t.Fatal(err)
	}
	if have > 0 {
		// -data of an earlier run: measure what it built.
		tab.row("archive", fmt.Sprintf("%d remarks, built by an earlier run (-data)", have))
		for g.n < countSessions(ctx, t, pool) {
			g.session() // the generator's state as after that build
		}
	} else {
		tab.row("archive", fmt.Sprintf("%d remarks asked; seed %d", *remarks, *seed))
		ingestRate := ingest(ctx, t, store, g, *remarks)
		copyRate := copyRate(ctx, t, pool)
		tab.row("ingest, one file per publish (remarks/s)", fmt.Sprintf("%.0f", ingestRate))
		tab.row("COPY of the same rows into a copy of remarks (rows/s)", fmt.Sprintf("%.0f", copyRate))
		tab.row("ingest ÷ COPY", fmt.Sprintf("%.2f", ingestRate/copyRate))
	}

	srv := server.New(store, slog.New(slog.DiscardHandler), server.Config{BaseURL: "http://scale.example", DumpDir: t.TempDir()})
	ts := httptest.NewServer(srv.Routes())
	defer ts.Close()
	mix := searchMix(ctx, t, pool, g)
	searches(ctx, t, &tab, store, ts.URL, mix)
	pages(ctx, t, &tab, pool, ts.URL)
	tab.row("process RSS (generator, server and client in one)", rss())
	tab.print(os.Stdout)
}

// ingest publishes synthetic sessions until the archive holds n remarks
// and returns remarks per second.
func ingest(ctx context.Context, t *testing.T, store *archive.Store, g *generator, n int) float64 {
	start, done := time.Now(), 0
	for done < n {
		src, _ := g.session()
		p, err := store.Ingest(ctx, archive.Upload{Source: []byte(src), Filename: fmt.Sprintf("s%d.txt", g.n), By: "scale"})
		if err != nil {
			t.Fatalf("session %d: %v", g.n, err)
		}
		done += p.Remarks
		if g.n%1000 == 0 {
			fmt.Printf("scale: %d sessions, %d remarks, %.0f remarks/s\n", g.n, done, float64(done)/time.Since(start).Seconds())
		}
	}
	return float64(done) / time.Since(start).Seconds()
}

// copyRate copies every remark into an empty table like remarks (its
// indexes and generated search column included) and returns rows/s: the
// limit an ingest of the same rows is measured against.
func copyRate(ctx context.Context, t *testing.T, pool *pgxpool.Pool) float64 {
	if _, err := pool.Exec(ctx, `CREATE TABLE remarks_copy (LIKE remarks INCLUDING ALL)`); err != nil {
		t.Fatal(err)
	}
	cols := []string{"session_id", "item_id", "key", "position", "speaker_id", "speaker_label", "affiliation", "text"}
	rows, err := pool.Query(ctx, `SELECT session_id, item_id, key, position, speaker_id, speaker_label, affiliation, text FROM remarks`)
	if err != nil {
		t.Fatal(err)
	}
	var all [][]any
	for rows.Next() {
		v, err := rows.Values()
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, v)
	}
	if rows.Err() != nil {
		t.Fatal(rows.Err())
	}
	start := time.Now()
	if _, err := pool.CopyFrom(ctx, pgx.Identifier{"remarks_copy"}, cols, pgx.CopyFromRows(all)); err != nil {
		t.Fatal(err)
	}
	rate := float64(len(all)) / time.Since(start).Seconds()
	if _, err := pool.Exec(ctx, `DROP TABLE remarks_copy`); err != nil {
		t.Fatal(err)
	}
	return rate
}

// countSessions is how many sessions the archive holds.
func countSessions(ctx context.Context, t *testing.T, pool *pgxpool.Pool) int {
	var n int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM sessions`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
