package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/plenary/plenary/internal/export"
	"github.com/plenary/plenary/internal/pgtest"
	"github.com/plenary/plenary/internal/testcorpus"
)

// TestExport ingests two sessions (one with a formula-like remark and
// markup) and exports them in every format: one JSON line and one CSV row
// per remark with the same fields, the CSV's header and defused formula,
// one valid Akoma Ntoso file per session, --session for one, and clear
// refusals that write nothing.
func TestExport(t *testing.T) {
	dsn := pgtest.URL(t)
	env := map[string]string{"DATABASE_URL": dsn, "LOG_LEVEL": "warn"}
	odd := filepath.Join(t.TempDir(), "odd.txt")
	src := "Board meeting\n\n1. Budget\n\nAnn Lee: =HYPERLINK(\"http://x\") is not a formula here.\n\nBo Li: <b>agreed</b>, \"quoted\", and a comma.\n"
	if err := os.WriteFile(odd, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := runCLI(t, env, "", "ingest", corpus(t, "ietf97-plenary.txt"), odd); r.err != nil {
		t.Fatalf("ingest: %v %s", r.err, r.stderr)
	}
	dir := t.TempDir()
	for _, f := range []string{"jsonl", "csv", "akn"} {
		if r := runCLI(t, env, "", "export", "--format", f, "--base-url", "https://plenary.example", dir); r.err != nil || !strings.Contains(r.stdout, "exported 2 sessions") {
			t.Fatalf("export %s: err=%v stdout=%q stderr=%q", f, r.err, r.stdout, r.stderr)
		}
	}
	var rows []export.Row
	jf, _ := os.Open(filepath.Join(dir, "remarks.jsonl"))
	defer jf.Close()
	sc := bufio.NewScanner(jf)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r export.Row
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("json line %q: %v", sc.Text(), err)
		}
		rows = append(rows, r)
	}
	cf, _ := os.Open(filepath.Join(dir, "remarks.csv"))
	defer cf.Close()
	recs, err := csv.NewReader(cf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 10 || len(recs) != len(rows)+1 || strings.Join(recs[0], ",") != strings.Join(export.Header, ",") {
		t.Fatalf("%d json lines, %d csv records (header %v)", len(rows), len(recs), recs[0])
	}
	seen := 0
	for i, r := range rows {
		if recs[i+1][9] != r.SpeakerName || recs[i+1][7] != strconv.Itoa(r.Remark) {
			t.Fatalf("csv row %d %v is not json line %+v", i+1, recs[i+1], r)
		}
		switch r.SpeakerName {
		case "Bo Li", "Ann Lee":
			seen++
		}
		switch r.SpeakerName {
		case "Bo Li":
			if r.Text != `<b>agreed</b>, "quoted", and a comma.` || !strings.HasPrefix(r.Permalink, "https://plenary.example/sessions/") || recs[i+1][11] != r.Text {
				t.Errorf("row %+v, csv %v", r, recs[i+1])
			}
		case "Ann Lee":
			if cell := recs[i+1][11]; !strings.HasPrefix(cell, "'=HYPERLINK") || r.Text[0] != '=' {
				t.Errorf("csv cell %q: a formula must be defused in CSV and kept in JSON", cell)
			}
		}
	}
	if seen != 2 {
		t.Errorf("%d of the odd session's two remarks found", seen)
	}
	// The round trip: the exported (session, key) pairs are the archive's.
	want := archiveKeys(t, dsn)
	got := map[string]bool{}
	for _, r := range rows {
		got[r.Session+"/"+strconv.Itoa(r.Remark)] = true
	}
	if len(got) != len(rows) || len(got) != len(want) {
		t.Errorf("exported %d rows (%d distinct keys), the archive has %d remarks", len(rows), len(got), len(want))
	}
	for k := range want {
		if !got[k] {
			t.Errorf("remark %s missing from the export", k)
		}
	}
	akns, _ := filepath.Glob(filepath.Join(dir, "*.akn.xml"))
	docs := map[string][]byte{}
	for _, p := range akns {
		b, _ := os.ReadFile(p)
		docs[filepath.Base(p)] = b
	}
	if len(docs) != 2 {
		t.Fatalf("%d akn files, want 2", len(docs))
	}
	testcorpus.CheckAkn(t, docs)

	one := t.TempDir()
	if r := runCLI(t, env, "", "export", "--format", "jsonl", "--session", "2016-11-16-ietf-plenary-session", one); r.err != nil || !strings.Contains(r.stdout, "exported 1 sessions") {
		t.Errorf("--session: err=%v stdout=%q", r.err, r.stdout)
	}
	for _, args := range [][]string{{"export", dir}, {"export", "--format", "xml", dir}, {"export", "--format", "csv"},
		{"export", "--format", "csv", "--session", "nope", t.TempDir()}, {"export", "--format", "csv", "--base-url", "ftp://x", t.TempDir()}} {
		if r := runCLI(t, env, "", args...); r.err == nil {
			t.Errorf("%v: no error", args)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// archiveKeys returns "slug/key" of every remark in the database.
func archiveKeys(t *testing.T, dsn string) map[string]bool {
	t.Helper()
	pool, err := pgxpool.New(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	rows, err := pool.Query(context.Background(), `SELECT s.slug || '/' || r.key FROM remarks r JOIN sessions s ON s.id = r.session_id`)
	if err != nil {
		t.Fatal(err)
	}
	keys, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	m := make(map[string]bool, len(keys))
	for _, k := range keys {
		m[k] = true
	}
	return m
}
