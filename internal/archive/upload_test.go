package archive_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

func TestUploadPreviewPublishDiscard(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := archive.New(pool)
	base := []string{"p1", "p2", "p3", "p4"}
	id, err := store.CreateUpload(ctx, archive.Upload{Source: minutesOf(base, nil), Filename: "t.txt", By: "alice"})
	if err != nil {
		t.Fatalf("CreateUpload: %v", err)
	}
	if c := counts(t, pool); c["sessions"] != 0 || c["documents"] != 1 {
		t.Fatalf("after upload: %v, want one pending document and no session", c)
	}
	pv, err := store.Preview(ctx, id)
	if err != nil {
		t.Fatalf("Preview: %v", err)
	}
	if pv.Slug != "2025-03-12-test-plenary" || pv.Remarks != 4 || pv.Correction != nil || pv.Status != "pending" {
		t.Errorf("preview = slug %q remarks %d correction %v status %s", pv.Slug, pv.Remarks, pv.Correction, pv.Status)
	}
	pub, err := store.Publish(ctx, id, "alice")
	if err != nil || pub.Revision != 1 {
		t.Fatalf("Publish = %+v, %v", pub, err)
	}
	if _, err := store.Publish(ctx, id, "alice"); !errors.Is(err, archive.ErrAlreadyPublished) {
		t.Errorf("second Publish error = %v, want ErrAlreadyPublished", err)
	}
	if err := store.Discard(ctx, id, "alice"); !errors.Is(err, archive.ErrAlreadyPublished) {
		t.Errorf("Discard of published = %v, want ErrAlreadyPublished", err)
	}

	// A correction: preview shows the diff, discard leaves everything as it was.
	id2, err := store.CreateUpload(ctx, archive.Upload{Source: minutesOf([]string{"p1", "new", "p3", "p4"}, func(tag, s string) string {
		return strings.Replace(s, "weather", "wether", 1)
	}), Filename: "t2.txt", By: "bob"})
	if err != nil {
		t.Fatal(err)
	}
	pv, err = store.Preview(ctx, id2)
	if err != nil {
		t.Fatal(err)
	}
	c := pv.Correction
	if c == nil || c.Revision != 1 || c.Kept != 2 || c.Edited != 1 || c.Added != 1 || c.Removed != 1 {
		t.Fatalf("correction = %+v, want revision 1, kept 2, edited 1, added 1, removed 1", c)
	}
	before := counts(t, pool)
	if err := store.Discard(ctx, id2, "bob"); err != nil {
		t.Fatal(err)
	}
	// Nothing an admin uploads is lost: the row stays, only not pending.
	if after := counts(t, pool); !equalCounts(before, after) {
		t.Errorf("discard changed rows: %v → %v", before, after)
	}
	assertDiscarded(t, store, pool, id2)

	// Publishing the published source again discards the duplicate.
	id3, err := store.CreateUpload(ctx, archive.Upload{Source: minutesOf(base, nil), Filename: "t.txt", By: "bob"})
	if err != nil {
		t.Fatal(err)
	}
	if pub, err := store.Publish(ctx, id3, "bob"); err != nil || !pub.Unchanged {
		t.Errorf("publish of identical source = %+v, %v; want Unchanged", pub, err)
	}
	assertDiscarded(t, store, pool, id3)
	log, err := store.AuditLog(ctx, 20)
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, e := range log {
		actions = append(actions, e.Actor+":"+e.Action)
	}
	want := "bob:discard bob:upload bob:discard bob:upload alice:publish alice:upload"
	if got := strings.Join(actions, " "); got != want {
		t.Errorf("audit log = %s, want %s", got, want)
	}
}

func TestCreateUploadRefusals(t *testing.T) {
	tests := []struct {
		name string
		src  string
	}{
		{"empty", ""},
		{"binary", "\x00\x01\x02\x03PK\x03\x04"},
		{"no remarks", "Just a title\n"},
		{"too large", strings.Repeat("a", archive.MaxSourceBytes+1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pool := pgtest.DB(t)
			store := archive.New(pool)
			before := counts(t, pool)
			_, err := store.CreateUpload(context.Background(), archive.Upload{Source: []byte(tt.src), Filename: "x.txt", By: "a"})
			var ie *archive.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("CreateUpload error = %v, want InputError", err)
			}
			if after := counts(t, pool); !equalCounts(before, after) {
				t.Errorf("refused upload changed rows: %v → %v", before, after)
			}
		})
	}
}

// assertDiscarded checks that upload id is kept with its source, status
// discarded, is not pending and refuses preview, publish and discard.
func assertDiscarded(t *testing.T, store *archive.Store, pool *pgxpool.Pool, id int64) {
	t.Helper()
	ctx := context.Background()
	var status string
	var size int
	err := pool.QueryRow(ctx, `SELECT status, octet_length(source) FROM documents WHERE id = $1`, id).Scan(&status, &size)
	if err != nil || status != "discarded" || size == 0 {
		t.Errorf("upload %d: status %q, %d bytes, %v; want kept as discarded", id, status, size, err)
	}
	pending, err := store.PendingUploads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pending {
		if p.ID == id {
			t.Errorf("discarded upload %d is listed as pending", id)
		}
	}
	if _, err := store.Preview(ctx, id); !errors.Is(err, archive.ErrDiscarded) {
		t.Errorf("Preview of discarded = %v, want ErrDiscarded", err)
	}
	if _, err := store.Publish(ctx, id, "bob"); !errors.Is(err, archive.ErrDiscarded) {
		t.Errorf("Publish of discarded = %v, want ErrDiscarded", err)
	}
	if err := store.Discard(ctx, id, "bob"); !errors.Is(err, archive.ErrDiscarded) {
		t.Errorf("Discard of discarded = %v, want ErrDiscarded", err)
	}
}
