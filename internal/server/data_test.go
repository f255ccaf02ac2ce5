package server

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/csv"
	"errors"
	"io"
	"log/slog"
	"os"
	"strings"
	"testing"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// gunzipLines returns the lines of a gzipped body.
func gunzipLines(t *testing.T, body string) []string {
	t.Helper()
	zr, err := gzip.NewReader(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines
}

// TestDataDownloads checks /data and its bulk downloads: one JSON line or
// CSV record per remark, revalidated by the archive's state, made again
// (and the old file removed) when the archive changes.
func TestDataDownloads(t *testing.T) {
	t.Parallel()
	store, h := seededSite(t)
	page := get(t, h, "/data")
	if page.Code != 200 || !strings.Contains(page.Body.String(), `href="/data/remarks.jsonl.gz"`) || !strings.Contains(page.Body.String(), "92 remarks") {
		t.Fatalf("/data: %d\n%.600s", page.Code, page.Body)
	}
	rec := get(t, h, "/data/remarks.jsonl.gz")
	if rec.Code != 200 || rec.Header().Get("Content-Type") != "application/gzip" || !strings.Contains(rec.Header().Get("Content-Disposition"), "remarks.jsonl.gz") {
		t.Fatalf("jsonl: %d %v", rec.Code, rec.Header())
	}
	if n := len(gunzipLines(t, rec.Body.String())); n != 92 {
		t.Errorf("%d json lines, want 92", n)
	}
	if again := get(t, h, "/data/remarks.jsonl.gz", "If-None-Match: "+rec.Header().Get("ETag")); again.Code != 304 {
		t.Errorf("revalidation: %d", again.Code)
	}
	c := get(t, h, "/data/remarks.csv.gz")
	recs, err := csv.NewReader(strings.NewReader(strings.Join(gunzipLines(t, c.Body.String()), "\n"))).ReadAll()
	if err != nil || len(recs) != 93 || recs[0][0] != "session" {
		t.Errorf("csv: %d records, err %v", len(recs), err)
	}
	ingest(t, store, "more.txt", []byte("Board meeting\n\n1. Budget\n\nAnn Lee: the budget is fine.\n"), "")
	if n := len(gunzipLines(t, get(t, h, "/data/remarks.jsonl.gz").Body.String())); n != 93 {
		t.Errorf("after a publish: %d json lines, want 93", n)
	}
	for _, path := range []string{"/data/remarks.xml", "/data/..%2Fetc%2Fpasswd", "/data/"} {
		if rec := get(t, h, path); rec.Code != 404 {
			t.Errorf("%s: %d, want 404", path, rec.Code)
		}
	}
}

// TestDumpOutlastsRequest checks that a dump keeps being written when the
// request that started it gives up (as one for an archive of millions of
// remarks must): that request hears errDumpPending, the next one gets the
// file.
func TestDumpOutlastsRequest(t *testing.T) {
	t.Parallel()
	store := archive.New(pgtest.DB(t))
	srv := New(store, slog.New(slog.NewTextHandler(io.Discard, nil)), Config{BaseURL: "http://example.com", DumpDir: t.TempDir()})
	ingestCorpus(t, store, "ietf97-plenary.txt")
	gone, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := srv.dumps.file(gone, srv, "jsonl", "s1"); !errors.Is(err, errDumpPending) {
		t.Fatalf("a request that cannot wait: %v, want errDumpPending", err)
	}
	path, err := srv.dumps.file(context.Background(), srv, "jsonl", "s1")
	if err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(path); err != nil || st.Size() == 0 {
		t.Errorf("dump %s: %v", path, err)
	}
	rec := get(t, srv.Routes(), "/data/remarks.jsonl.gz")
	if rec.Code != 200 {
		t.Errorf("download: %d", rec.Code)
	}
}
