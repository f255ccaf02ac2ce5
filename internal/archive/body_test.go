package archive_test

import (
	"context"
	"testing"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// TestSessionBody checks who met, as the session header shows it: guessed
// from the title, given by the uploader, and kept across corrections
// unless an upload names another.
func TestSessionBody(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := archive.New(pgtest.DB(t))
	const slug = "2025-03-12-finance-committee-meeting"
	src := func(n int) []byte { // a different source each time
		return []byte("Finance Committee Meeting\n\nWednesday, 12 March 2025\n\n1. Budget\n\n" +
			"Alice Archer: The budget is ready, version " + string(rune('0'+n)) + ".\n")
	}
	tests := []struct {
		name, body, want string
	}{
		{"guessed from the title", "", "Finance Committee"},
		{"given by the uploader", "  City  Finance Committee ", "City Finance Committee"},
		{"kept by a correction that names none", "", "City Finance Committee"},
		{"replaced by one that names another", "Finance Board", "Finance Board"},
	}
	for i, tt := range tests {
		p, err := store.Ingest(ctx, archive.Upload{Source: src(i), Filename: "m.txt", Slug: slug, Body: tt.body, By: "test"})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		sess, err := store.SessionBySlug(ctx, p.Slug)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if sess.Body != tt.want {
			t.Errorf("%s: body %q, want %q", tt.name, sess.Body, tt.want)
		}
	}
}

// TestPreviewBody checks that a preview names the body publish will
// leave: a correction that names none shows the session's current one.
func TestPreviewBody(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := archive.New(pgtest.DB(t))
	const slug = "board-of-trustees"
	first := []byte("Board of Trustees Minutes\n\n1. Opening\n\nAlice Archer: We open the meeting.\n")
	if _, err := store.Ingest(ctx, archive.Upload{Source: first, Filename: "a.txt", Slug: slug, Body: "OWL Trustees", By: "test"}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, body, want string
	}{
		{"correction naming no body", "", "OWL Trustees"},
		{"correction naming a body", "OWL Board", "OWL Board"},
	}
	for i, tt := range tests {
		src := []byte(string(first) + "\nBob Sample: Correction " + string(rune('a'+i)) + ".\n")
		id, err := store.CreateUpload(ctx, archive.Upload{Source: src, Filename: "b.txt", Slug: slug, Body: tt.body, By: "test"})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		p, err := store.Preview(ctx, id)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if p.Body != tt.want {
			t.Errorf("%s: preview body %q, want %q", tt.name, p.Body, tt.want)
		}
	}
}
