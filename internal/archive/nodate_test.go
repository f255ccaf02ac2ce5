package archive_test

import (
	"context"
	"testing"
	"time"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// TestPreviewWarnsWithoutDate checks that a preview warns when neither
// the minutes nor the upload give the meeting's date, and only then.
func TestPreviewWarnsWithoutDate(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := archive.New(pgtest.DB(t))
	undated := []byte("Board meeting\n\n1. Budget\n\nAnn Lee: the budget is fine.\n")
	day := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name string
		u    archive.Upload
		want bool
	}{
		{"undated", archive.Upload{Source: undated, Filename: "a.txt", By: "t"}, true},
		{"date given on upload", archive.Upload{Source: undated, Filename: "b.txt", By: "t", Date: &day, Slug: "board-b"}, false},
		{"dated minutes", archive.Upload{Source: minutesOf([]string{"p1"}, nil), Filename: "c.txt", By: "t"}, false},
	} {
		id, err := store.CreateUpload(ctx, tt.u)
		if err != nil {
			t.Fatal(err)
		}
		p, err := store.Preview(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, w := range p.Warnings {
			got = got || w.Kind == "no-date"
		}
		if got != tt.want {
			t.Errorf("%s: no-date warning %v, want %v (%+v)", tt.name, got, tt.want, p.Warnings)
		}
	}
}
