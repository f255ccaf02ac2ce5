package archive_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// smallMinutes are minutes titled title on date (may be "") with one
// remark per speaker, in order.
func smallMinutes(title, date string, speakers ...string) []byte {
	var b strings.Builder
	b.WriteString(title + "\n\n")
	if date != "" {
		b.WriteString(date + "\n\n")
	}
	b.WriteString("1. Opening\n\n")
	for i, sp := range speakers {
		fmt.Fprintf(&b, "%s: remark number %d about the lighthouse budget.\n\n", sp, i+1)
	}
	return []byte(b.String())
}

func TestIngestAllIsAllOrNothing(t *testing.T) {
	good := archive.Upload{Source: smallMinutes("Good Plenary", "Thursday, 2 January 2020", "Alice Example"), Filename: "good.txt", By: "test"}
	farFuture := time.Date(9999999, 1, 1, 0, 0, 0, 0, time.UTC) // past PostgreSQL's date range
	tests := []struct {
		name  string
		bad   archive.Upload
		input bool // refused as an *InputError before the database is touched
	}{
		{"no title", archive.Upload{Source: []byte("1. Opening\n\nAlice Example: hello.\n"), Filename: "-", By: "test"}, true},
		{"binary", archive.Upload{Source: []byte("\x00\x01\x02PK\x03\x04\x00\x00binary\x00"), Filename: "bin.txt", By: "test"}, true},
		{"date out of range", archive.Upload{Source: smallMinutes("Other", "", "Bob Sample"), Filename: "late.txt", Date: &farFuture, By: "test"}, true},
		// A NUL in the file name passes every check before the database,
		// which refuses it: the batch must still be all or nothing.
		{"fails inside the transaction", archive.Upload{Source: smallMinutes("Other", "", "Bob Sample"), Filename: "late\x00.txt", By: "test"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pool := pgtest.DB(t)
			store := archive.New(pool)
			before := counts(t, pool)
			_, err := store.IngestAll(context.Background(), []archive.Upload{good, tt.bad})
			if err == nil || !strings.HasPrefix(err.Error(), tt.bad.Filename+": ") {
				t.Fatalf("IngestAll error = %v, want one naming %s", err, tt.bad.Filename)
			}
			var ie *archive.InputError
			if errors.As(err, &ie) != tt.input {
				t.Errorf("InputError = %v, want %v (%v)", !tt.input, tt.input, err)
			}
			if after := counts(t, pool); !equalCounts(before, after) {
				t.Errorf("failed batch wrote rows: %v → %v", before, after)
			}
		})
	}
}

func TestIngestAllBatch(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := archive.New(pool)
	a := archive.Upload{Source: smallMinutes("Batch Plenary", "Thursday, 2 January 2020", "Alice Example"), Filename: "a.txt", By: "test"}
	a2 := a
	a2.Source, a2.Filename = smallMinutes("Batch Plenary", "Thursday, 2 January 2020", "Alice Example", "Bob Sample"), "a2.txt"
	got, err := store.IngestAll(ctx, []archive.Upload{a, a, a2})
	if err != nil {
		t.Fatal(err)
	}
	want := []archive.Published{
		{Slug: "2020-01-02-batch-plenary", Revision: 1, Remarks: 1, New: 1},
		{Slug: "2020-01-02-batch-plenary", Unchanged: true},
		{Slug: "2020-01-02-batch-plenary", Revision: 2, Remarks: 2, Kept: 1, New: 1},
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("upload %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	// The unchanged one left no document behind.
	if c := counts(t, pool); c["documents"] != 2 || c["revisions"] != 2 {
		t.Errorf("rows %v: want 2 documents, 2 revisions", c)
	}
}

// TestFallbackSlugs publishes minutes whose titles make no slug: the date
// alone, de-duplicated against other meetings of that day, and reused by
// the same meeting's corrections.
func TestFallbackSlugs(t *testing.T) {
	ctx := context.Background()
	store := archive.New(pgtest.DB(t))
	day := "Thursday, 2 January 2020"
	steps := []struct {
		title, date, file, slug string
		speakers                []string
		revision                int
	}{
		{"会議", day, "a.txt", "2020-01-02", []string{"Alice Example"}, 1},
		{"委員会", day, "b.txt", "2020-01-02-2", []string{"Alice Example"}, 1},
		{"会議", day, "a.txt", "2020-01-02", []string{"Alice Example", "Bob Sample"}, 2}, // same title: a correction
		{"委員会", day, "b.txt", "2020-01-02-2", []string{"Bob Sample"}, 2},
		{"総会", day, "c.txt", "2020-01-02-3", []string{"Alice Example"}, 1},
		{"会議", "", "tokyo-plenary.txt", "tokyo-plenary", []string{"Alice Example"}, 1},
		{"会議", "", "会議.txt", "session", []string{"Alice Example"}, 1},
		{"IETF Plenary", day, "d.txt", "2020-01-02-ietf-plenary", []string{"Alice Example"}, 1},
	}
	for i, st := range steps {
		p, err := store.Ingest(ctx, archive.Upload{Source: smallMinutes(st.title, st.date, st.speakers...), Filename: st.file, By: "test"})
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		if p.Slug != st.slug || p.Revision != st.revision {
			t.Errorf("step %d (%s): published %s revision %d, want %s revision %d", i, st.title, p.Slug, p.Revision, st.slug, st.revision)
		}
	}
	// Publishing the same source again names the de-duplicated slug.
	p, err := store.Ingest(ctx, archive.Upload{Source: smallMinutes("委員会", day, "Bob Sample"), Filename: "b.txt", By: "test"})
	if err != nil || !p.Unchanged || p.Slug != "2020-01-02-2" {
		t.Errorf("re-ingest = %+v, %v; want unchanged 2020-01-02-2", p, err)
	}
}

// TestSpeakerSlugsDeterministic checks that new speakers whose names make
// the same slug get base, base-2, … in order of first appearance, on
// every run (they were created in map order before).
func TestSpeakerSlugsDeterministic(t *testing.T) {
	ctx := context.Background()
	store := archive.New(pgtest.DB(t))
	var names []string
	want := map[string]string{}
	for i := range 6 {
		first, second := fmt.Sprintf("Jane O'Doe%c", 'a'+i), fmt.Sprintf("Jane Odoe%c", 'a'+i)
		names = append(names, first, second)
		base := fmt.Sprintf("jane-odoe%c", 'a'+i)
		want[first], want[second] = base, base+"-2"
	}
	if _, err := store.Ingest(ctx, archive.Upload{Source: smallMinutes("Names Plenary", "", names...), Filename: "n.txt", By: "test"}); err != nil {
		t.Fatal(err)
	}
	list, err := store.Speakers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, sp := range list {
		got[sp.Name] = sp.Slug
	}
	for name, slug := range want {
		if got[name] != slug {
			t.Errorf("%s: slug %q, want %q", name, got[name], slug)
		}
	}
}

// TestConcurrentPublishesNewSpeaker publishes different sessions that
// introduce the same new speaker at once: they must all succeed (no 23505
// from two inserts of one alias) and share one speaker.
func TestConcurrentPublishesNewSpeaker(t *testing.T) {
	ctx := context.Background()
	store := archive.New(pgtest.DB(t))
	const n = 6
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() {
			src := smallMinutes(fmt.Sprintf("Parallel Session %d", i), "", "Zed Newcomer", fmt.Sprintf("Other Person %c", 'a'+i))
			_, errs[i] = store.Ingest(ctx, archive.Upload{Source: src, Filename: "p.txt", By: "test"})
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("publish %d: %v", i, err)
		}
	}
	sp, err := store.SpeakerBySlug(ctx, "zed-newcomer")
	if err != nil || sp.Remarks != n {
		t.Errorf("zed-newcomer: %+v, %v; want one speaker with %d remarks", sp, err, n)
	}
}

// TestUploadHeaderChecks checks that an upload's overrides (the upload
// form's fields, `plenary ingest`'s flags) are held to the session edit
// form's rules (issue 12, item 4): a two-million-character title, a
// location or body over 200 characters, control characters and the year
// 0 were published before. Each is refused and nothing is written.
func TestUploadHeaderChecks(t *testing.T) {
	pool := pgtest.DB(t)
	store := archive.New(pool)
	src := smallMinutes("Good Plenary", "Thursday, 2 January 2020", "Alice Example")
	year0 := time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		u    archive.Upload
	}{
		{"huge title", archive.Upload{Title: strings.Repeat("x", 2_000_000)}},
		{"long location", archive.Upload{Location: strings.Repeat("y", 201)}},
		{"long body", archive.Upload{Body: strings.Repeat("z", 201)}},
		{"control character", archive.Upload{Title: "Plenary\x07 bell"}},
		{"escape in location", archive.Upload{Location: "Room \x1b[31m4"}},
		{"year 0", archive.Upload{Date: &year0}},
	}
	before := counts(t, pool)
	for _, tt := range tests {
		u := tt.u
		u.Source, u.Filename, u.By = src, "t.txt", "test"
		_, err := store.Ingest(context.Background(), u)
		var ie *archive.InputError
		if !errors.As(err, &ie) {
			t.Errorf("%s: Ingest = %v, want an InputError", tt.name, err)
		}
	}
	if after := counts(t, pool); !equalCounts(before, after) {
		t.Errorf("refused uploads wrote rows: %v → %v", before, after)
	}
	if _, err := store.Ingest(context.Background(), archive.Upload{Source: src, Filename: "t.txt", By: "test", Title: "Good Plenary, resumed"}); err != nil {
		t.Errorf("a fair override: %v", err)
	}
}
