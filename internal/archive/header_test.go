package archive_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// TestEditSessionSurvivesCorrections checks that a header an admin
// corrects on the site stays through later corrections of the minutes,
// field by field, while fields nobody touched follow the new source, and
// that an upload override replaces an edited field.
func TestEditSessionSurvivesCorrections(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := archive.New(pgtest.DB(t))
	const slug = "finance"
	minutesOn := func(date, place, extra string) []byte {
		return []byte("Finance Committee Meeting\n\n" + date + "\n" + place + "\n\n1. Budget\n\nAlice Archer: The budget is ready" + extra + ".\n")
	}
	day := func(s string) *time.Time { d, _ := time.Parse(time.DateOnly, s); return &d }
	steps := []struct {
		name   string
		edit   *archive.SessionHeader // an admin's edit, or
		upload archive.Upload         // a correction
		want   archive.SessionHeader
	}{
		{name: "first publish", upload: archive.Upload{Source: minutesOn("12 March 2025", "Lisbon, Portugal", "")},
			want: archive.SessionHeader{Title: "Finance Committee Meeting", Body: "Finance Committee", Location: "Lisbon, Portugal", Date: day("2025-03-12")}},
		{name: "admin edits title and body", edit: &archive.SessionHeader{Title: "Finance Committee: Budget", Body: "City Finance Committee", Location: "Lisbon, Portugal", Date: day("2025-03-12")},
			want: archive.SessionHeader{Title: "Finance Committee: Budget", Body: "City Finance Committee", Location: "Lisbon, Portugal", Date: day("2025-03-12")}},
		{name: "correction keeps edits, follows the source elsewhere", upload: archive.Upload{Source: minutesOn("13 March 2025", "Porto, Portugal", " again")},
			want: archive.SessionHeader{Title: "Finance Committee: Budget", Body: "City Finance Committee", Location: "Porto, Portugal", Date: day("2025-03-13")}},
		{name: "override replaces an edit", upload: archive.Upload{Source: minutesOn("13 March 2025", "Porto, Portugal", " thrice"), Title: "Budget Session"},
			want: archive.SessionHeader{Title: "Budget Session", Body: "City Finance Committee", Location: "Porto, Portugal", Date: day("2025-03-13")}},
		{name: "admin clears the date", edit: &archive.SessionHeader{Title: "Budget Session", Body: "City Finance Committee", Location: "Porto, Portugal"},
			want: archive.SessionHeader{Title: "Budget Session", Body: "City Finance Committee", Location: "Porto, Portugal"}},
		{name: "and it stays cleared", upload: archive.Upload{Source: minutesOn("14 March 2025", "Porto, Portugal", " once more")},
			want: archive.SessionHeader{Title: "Budget Session", Body: "City Finance Committee", Location: "Porto, Portugal"}},
	}
	for _, st := range steps {
		if st.edit != nil {
			if err := store.EditSession(ctx, slug, *st.edit, "admin"); err != nil {
				t.Fatalf("%s: %v", st.name, err)
			}
		} else {
			st.upload.Filename, st.upload.Slug, st.upload.By = "f.txt", slug, "test"
			if _, err := store.Ingest(ctx, st.upload); err != nil {
				t.Fatalf("%s: %v", st.name, err)
			}
		}
		sess, err := store.SessionBySlug(ctx, slug)
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		got := archive.SessionHeader{Title: sess.Title, Body: sess.Body, Location: sess.Location, Date: sess.Date}
		if got.Title != st.want.Title || got.Body != st.want.Body || got.Location != st.want.Location || dateOf(got.Date) != dateOf(st.want.Date) {
			t.Errorf("%s: header %+v (date %s), want %+v (date %s)", st.name, got, dateOf(got.Date), st.want, dateOf(st.want.Date))
		}
	}
}

func dateOf(d *time.Time) string {
	if d == nil {
		return "none"
	}
	return d.Format(time.DateOnly)
}

// TestEditSessionRefusals checks that a header the site cannot show, or
// an unknown session, is refused and changes nothing.
func TestEditSessionRefusals(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := archive.New(pgtest.DB(t))
	p, err := store.Ingest(ctx, archive.Upload{Source: []byte("Finance Committee Meeting\n\n1. Budget\n\nAlice Archer: Ready.\n"), Filename: "f.txt", By: "test"})
	if err != nil {
		t.Fatal(err)
	}
	before, _ := store.SessionBySlug(ctx, p.Slug)
	ancient := time.Date(200, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		slug     string
		h        archive.SessionHeader
		notFound bool
	}{
		{"empty title", p.Slug, archive.SessionHeader{Title: "  "}, false},
		{"long title", p.Slug, archive.SessionHeader{Title: strings.Repeat("x", 301)}, false},
		{"long body", p.Slug, archive.SessionHeader{Title: "T", Body: strings.Repeat("b", 201)}, false},
		{"long location", p.Slug, archive.SessionHeader{Title: "T", Location: strings.Repeat("l", 201)}, false},
		{"NUL", p.Slug, archive.SessionHeader{Title: "T\x00"}, false},
		{"invalid UTF-8", p.Slug, archive.SessionHeader{Title: "T\xff"}, false},
		{"year 200", p.Slug, archive.SessionHeader{Title: "T", Date: &ancient}, false},
		{"unknown session", "no-such-session", archive.SessionHeader{Title: "T"}, true},
	}
	for _, tt := range tests {
		err := store.EditSession(ctx, tt.slug, tt.h, "admin")
		var ie *archive.InputError
		if tt.notFound && !errors.Is(err, archive.ErrNotFound) || !tt.notFound && !errors.As(err, &ie) {
			t.Errorf("%s: err = %v", tt.name, err)
		}
	}
	after, _ := store.SessionBySlug(ctx, p.Slug)
	if after.Title != before.Title || after.ChangedAt != before.ChangedAt {
		t.Errorf("refused edits changed the session: %+v -> %+v", before, after)
	}
}
