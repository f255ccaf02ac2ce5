package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
	"github.com/plenary/plenary/internal/testcorpus"
)

func TestMain(m *testing.M) {
	pgtest.Main(m, archive.MigrateQuiet)
}

// result is what one in-process run of plenary produced.
type result struct {
	err            error
	stdout, stderr string
}

// runCLI runs plenary with args, env and stdin in-process.
func runCLI(t *testing.T, env map[string]string, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	getenv := func(k string) string { return env[k] }
	err := run(context.Background(), args, getenv, strings.NewReader(stdin), &out, &errb)
	return result{err: err, stdout: out.String(), stderr: errb.String()}
}

// corpus returns the path of a raw corpus file.
func corpus(t *testing.T, name string) string { return testcorpus.Raw(t, name) }

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"serve", "--help"}, {"ingest", "--help"}, {"parse", "--help"}, {"migrate", "--help"}, {"export", "--help"}} {
		r := runCLI(t, nil, "", args...)
		if r.err != nil || strings.Count(r.stdout, "Usage") != 1 || r.stderr != "" {
			t.Errorf("%v: err=%v stdout=%q stderr=%q; want the usage once, on stdout", args, r.err, r.stdout, r.stderr)
		}
	}
	if r := runCLI(t, nil, "", "frobnicate"); r.err == nil || exitCode(r.err) != 2 {
		t.Errorf("unknown command: err=%v", r.err)
	}
	r := runCLI(t, nil, "", "ingest", "--nope")
	if exitCode(r.err) != 2 || !strings.Contains(r.stderr, "-nope") || strings.Count(r.stderr, "Usage") != 1 || r.stdout != "" {
		t.Errorf("bad flag: err=%v stdout=%q stderr=%q; want exit 2, the error and the usage once on stderr", r.err, r.stdout, r.stderr)
	}
}

func TestParseJSON(t *testing.T) {
	r := runCLI(t, nil, "", "parse", "--format", "json", corpus(t, "ietf97-plenary.txt"))
	if r.err != nil {
		t.Fatalf("parse: %v %s", r.err, r.stderr)
	}
	var doc struct {
		Title, Date, Location string
		Items                 []struct {
			Number  string
			Remarks []struct {
				Speaker *string
				Text    string
			}
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if doc.Title != "IETF Plenary Session" || doc.Date != "2016-11-16" || doc.Location != "Seoul, South Korea" {
		t.Errorf("header = %q %q %q", doc.Title, doc.Date, doc.Location)
	}
	if len(doc.Items) != 13 {
		t.Errorf("got %d items, want 13", len(doc.Items))
	}
}

func TestParseReadsStdin(t *testing.T) {
	r := runCLI(t, nil, "1. Opening\n\nJane Doe: Welcome, everyone.\n", "parse", "--format", "text", "-")
	if r.err != nil || !strings.Contains(r.stdout, "Jane Doe") {
		t.Fatalf("parse -: err=%v stdout=%q stderr=%q", r.err, r.stdout, r.stderr)
	}
}

// TestBadInput checks that parse and ingest refuse bad input with one
// clear line and a non-zero exit, and that ingest writes nothing.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name, file, want string
	}{
		{"missing", filepath.Join(dir, "nope.txt"), "no such file"},
		{"empty", write("empty.txt", nil), "empty"},
		{"binary", write("bin.txt", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00")), "binary"},
	}
	dsn := pgtest.URL(t)
	for _, tt := range tests {
		for _, cmd := range []string{"parse", "ingest"} {
			t.Run(cmd+"/"+tt.name, func(t *testing.T) {
				r := runCLI(t, map[string]string{"DATABASE_URL": dsn}, "", cmd, tt.file)
				if r.err == nil {
					t.Fatalf("%s %s succeeded", cmd, tt.name)
				}
				msg := r.err.Error()
				if strings.Contains(msg, "\n") || !strings.Contains(strings.ToLower(msg), tt.want) {
					t.Errorf("error %q: want one line mentioning %q", msg, tt.want)
				}
			})
		}
	}
	assertRows(t, dsn, "documents", 0)
}

func TestIngestTwiceAndServeData(t *testing.T) {
	dsn := pgtest.URL(t)
	env := map[string]string{"DATABASE_URL": dsn, "LOG_LEVEL": "warn"}
	file := corpus(t, "ietf97-plenary.txt")
	r := runCLI(t, env, "", "ingest", file)
	if r.err != nil || !strings.Contains(r.stdout, "/sessions/2016-11-16-ietf-plenary-session revision 1") {
		t.Fatalf("ingest: err=%v stdout=%q stderr=%q", r.err, r.stdout, r.stderr)
	}
	r = runCLI(t, env, "", "ingest", file)
	if r.err != nil || !strings.Contains(r.stdout, "unchanged") {
		t.Fatalf("second ingest: err=%v stdout=%q", r.err, r.stdout)
	}
	assertRows(t, dsn, "sessions", 1)
	assertRows(t, dsn, "documents", 1)
}

func TestUnreachableDatabase(t *testing.T) {
	r := runCLI(t, map[string]string{"DATABASE_URL": "postgres://nobody:secret@127.0.0.1:1/none?connect_timeout=2"}, "", "migrate")
	if r.err == nil {
		t.Fatal("migrate against a closed port succeeded")
	}
	msg := r.err.Error()
	if !strings.Contains(msg, "cannot reach the database") || strings.Contains(msg, "secret") {
		t.Errorf("error %q: want a clear message without the password", msg)
	}
}

func assertRows(t *testing.T, dsn, table string, want int) {
	t.Helper()
	pool, err := pgxpool.New(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	var n int
	if err := pool.QueryRow(context.Background(), "SELECT count(*) FROM "+table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != want {
		t.Errorf("%s has %d rows, want %d", table, n, want)
	}
}

// TestUnreachableReadReplica: serve with a DATABASE_READ_URL it cannot
// reach stops at start with a clear error that names it, password masked,
// rather than serving pages that all fail.
func TestUnreachableReadReplica(t *testing.T) {
	dsn := pgtest.URL(t)
	r := runCLI(t, map[string]string{"DATABASE_URL": dsn, "DATABASE_READ_URL": "postgres://nobody:secret@127.0.0.1:1/none?connect_timeout=2", "LOG_LEVEL": "warn"}, "", "serve", "--addr", "127.0.0.1:0")
	if r.err == nil {
		t.Fatal("serve with an unreachable replica started")
	}
	msg := r.err.Error()
	if !strings.Contains(msg, "DATABASE_READ_URL") || !strings.Contains(msg, "cannot reach the database") || strings.Contains(msg, "secret") {
		t.Errorf("error %q: want a clear message naming DATABASE_READ_URL without the password", msg)
	}
}
