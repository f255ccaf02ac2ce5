package archive_test

import (
	"context"
	"errors"
	"os"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/minutes"
	"github.com/plenary/plenary/internal/pgtest"
	"github.com/plenary/plenary/internal/testcorpus"
)

// corpusFile returns the path of a raw corpus file.
func corpusFile(t *testing.T, name string) string { return testcorpus.Raw(t, name) }

// counts returns the number of rows in the tables ingest writes.
func counts(t *testing.T, pool *pgxpool.Pool) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, table := range []string{"sessions", "revisions", "documents", "agenda_items", "remarks", "speakers", "speaker_aliases"} {
		var n int
		if err := pool.QueryRow(context.Background(), "SELECT count(*) FROM "+table).Scan(&n); err != nil {
			t.Fatalf("count %s: %v", table, err)
		}
		out[table] = n
	}
	return out
}

func TestIngestSeedMinutes(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := archive.New(pool)
	src, err := os.ReadFile(corpusFile(t, "ietf97-plenary.txt"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := store.Ingest(ctx, archive.Upload{Source: src, Filename: "ietf97-plenary.txt", By: "test"})
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	if p.Slug != "2016-11-16-ietf-plenary-session" || p.Revision != 1 {
		t.Errorf("published %+v, want slug 2016-11-16-ietf-plenary-session revision 1", p)
	}
	sess, err := store.SessionBySlug(ctx, p.Slug)
	if err != nil {
		t.Fatal(err)
	}
	if sess.Title != "IETF Plenary Session" || sess.Location != "Seoul, South Korea" || sess.Date == nil || sess.Date.Format("2006-01-02") != "2016-11-16" {
		t.Errorf("session header = %q %v %q", sess.Title, sess.Date, sess.Location)
	}
	items, err := store.AgendaItems(ctx, sess.ID)
	if err != nil {
		t.Fatal(err)
	}
	anchors := map[string]bool{}
	for _, it := range items {
		anchors[it.Anchor] = true
	}
	for _, want := range []string{"item-1", "item-3", "item-3-1", "item-3-4", "item-9"} {
		if !anchors[want] {
			t.Errorf("anchor %s missing from %v", want, anchors)
		}
	}
	remarks, err := store.Remarks(ctx, sess.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(remarks) < 60 {
		t.Errorf("got %d remarks, want at least 60", len(remarks))
	}
	for i, r := range remarks {
		if r.Key != i+1 {
			t.Fatalf("remark %d has key %d, want %d on first publish", i, r.Key, i+1)
		}
	}

	// The same file again changes nothing.
	before := counts(t, pool)
	again, err := store.Ingest(ctx, archive.Upload{Source: src, Filename: "ietf97-plenary.txt", By: "test"})
	if err != nil || !again.Unchanged {
		t.Fatalf("second Ingest = %+v, %v; want Unchanged", again, err)
	}
	if after := counts(t, pool); !equalCounts(before, after) {
		t.Errorf("second ingest changed rows: before %v, after %v", before, after)
	}
}

func TestIngestRefusesBadInput(t *testing.T) {
	tests := []struct {
		name string
		src  []byte
		want error
	}{
		{"empty", nil, minutes.ErrEmpty},
		{"blank", []byte("  \n\t\n"), minutes.ErrEmpty},
		{"binary", []byte("\x00\x01\x02PK\x03\x04\x00\x00binary\x00"), minutes.ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pool := pgtest.DB(t)
			store := archive.New(pool)
			before := counts(t, pool)
			_, err := store.Ingest(context.Background(), archive.Upload{Source: tt.src, Filename: "x.txt"})
			var ie *archive.InputError
			if !errors.As(err, &ie) || !errors.Is(err, tt.want) {
				t.Fatalf("Ingest error = %v, want InputError wrapping %v", err, tt.want)
			}
			if after := counts(t, pool); !equalCounts(before, after) {
				t.Errorf("refused ingest changed rows: %v → %v", before, after)
			}
		})
	}
}

func equalCounts(a, b map[string]int) bool {
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return len(a) == len(b)
}
