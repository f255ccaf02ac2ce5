package archive_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// TestUploadEdits corrects a pending upload in its preview (a speaker, a
// split), checks the preview shows both and refusals change nothing, and
// that publishing applies them as edits later revisions keep.
func TestUploadEdits(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := archive.New(pool)
	src := minutesOf([]string{"p1", "p2", "p3"}, twoTurns)
	id, err := store.CreateUpload(ctx, archive.Upload{Source: src, Filename: "t.txt", By: "alice"})
	if err != nil {
		t.Fatal(err)
	}
	p, err := store.Preview(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	second := p.Items[0].Remarks[1]
	at := strings.Index(second.Text, "Whether the reserve")
	var ie *archive.InputError
	for _, bad := range []archive.UploadEdit{
		{ID: id, Index: 2},
		{ID: id, Index: 2, SplitAt: at + 2, SplitNewName: "Dan Roe"},
		{ID: id, Index: 2, SplitAt: at},
		{ID: id, Index: 99, NewName: "Dan Roe"},
	} {
		if err := store.EditUpload(ctx, bad, "alice"); !errors.As(err, &ie) && !errors.Is(err, archive.ErrNotFound) {
			t.Errorf("%+v: %v, want a refusal", bad, err)
		}
	}
	for _, e := range []archive.UploadEdit{
		{ID: id, Index: 3, NewName: "Erin Newcomer"},
		{ID: id, Index: 2, SplitAt: at, SplitNewName: "Dan Roe"},
	} {
		if err := store.EditUpload(ctx, e, "alice"); err != nil {
			t.Fatalf("%+v: %v", e, err)
		}
	}
	p, _ = store.Preview(ctx, id)
	if r := p.Items[0].Remarks; !r[2].Edited || r[2].Speaker != "Erin Newcomer" || !strings.HasPrefix(r[1].SplitBefore, "Whether the reserve") || r[1].SplitSpeaker != "Dan Roe" {
		t.Errorf("preview: %+v", r)
	}
	pub, err := store.Publish(ctx, id, "alice")
	if err != nil {
		t.Fatal(err)
	}
	got := remarksOf(t, pool, pub.Slug)
	if len(got) != 4 || got[2].Speaker != "dan-roe" || !strings.HasPrefix(got[2].Text, "Whether the reserve") || got[3].Speaker != "erin-newcomer" {
		t.Fatalf("published: %+v", got)
	}
	if err := store.EditUpload(ctx, archive.UploadEdit{ID: id, Index: 1, NewName: "X Y"}, "alice"); !errors.Is(err, archive.ErrAlreadyPublished) {
		t.Errorf("editing a published upload: %v", err)
	}
	// A corrected source keeps both.
	edit := func(tag, text string) string {
		return strings.Replace(twoTurns(tag, text), "weather", "weather and rain", 1)
	}
	if _, err := store.Ingest(ctx, archive.Upload{Source: minutesOf([]string{"p1", "p2", "p3"}, edit), Filename: "t2.txt", By: "test", Slug: pub.Slug}); err != nil {
		t.Fatal(err)
	}
	if again := remarksOf(t, pool, pub.Slug); len(again) != 4 || again[2].Speaker != "dan-roe" || again[3].Speaker != "erin-newcomer" {
		t.Errorf("after a corrected source: %+v", again)
	}
}

// TestUploadEditsFollowMerges merges a speaker a pending upload's
// corrections name: publishing gives the remarks the speaker merged into.
func TestUploadEditsFollowMerges(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := archive.New(pool)
	id, err := store.CreateUpload(ctx, archive.Upload{Source: minutesOf([]string{"p1", "p2", "p3"}, twoTurns), Filename: "t.txt", By: "alice"})
	if err != nil {
		t.Fatal(err)
	}
	p, _ := store.Preview(ctx, id)
	second := p.Items[0].Remarks[1]
	at := strings.Index(second.Text, "Whether the reserve")
	for _, e := range []archive.UploadEdit{
		{ID: id, Index: 1, NewName: "Dan Roe"},
		{ID: id, Index: 2, SplitAt: at, SplitSpeaker: "dan-roe"},
		{ID: id, Index: 3, NewName: "Erin Newcomer"},
	} {
		if err := store.EditUpload(ctx, e, "alice"); err != nil {
			t.Fatalf("%+v: %v", e, err)
		}
	}
	if err := store.MergeSpeakers(ctx, "dan-roe", "erin-newcomer", "alice"); err != nil {
		t.Fatal(err)
	}
	pub, err := store.Publish(ctx, id, "alice")
	if err != nil {
		t.Fatal(err)
	}
	got := remarksOf(t, pool, pub.Slug)
	if len(got) != 4 || got[0].Speaker != "erin-newcomer" || got[2].Speaker != "erin-newcomer" || got[3].Speaker != "erin-newcomer" {
		t.Errorf("published after the merge: %+v", got)
	}
}

// TestUploadJoinAndUndo joins a remark onto the one before in a preview,
// refuses a join of an item's first remark and a mixed correction, undoes
// a correction, and publishes: the join is made, kept by a corrected
// source, and the joined remark's key leads to the remark it joined.
func TestUploadJoinAndUndo(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := archive.New(pool)
	tags := []string{"p1", "p2", "p3", "p4"}
	id, err := store.CreateUpload(ctx, archive.Upload{Source: minutesOf(tags, nil), Filename: "t.txt", By: "alice"})
	if err != nil {
		t.Fatal(err)
	}
	var ie *archive.InputError
	for _, bad := range []archive.UploadEdit{
		{ID: id, Index: 1, Join: true},
		{ID: id, Index: 3, Join: true, NewName: "Dan Roe"},
		{ID: id, Index: 3, Join: true, Undo: true},
		{ID: id, Index: 3, SplitNewName: "Dan Roe"},
	} {
		if err := store.EditUpload(ctx, bad, "alice"); !errors.As(err, &ie) {
			t.Errorf("%+v: %v, want a refusal", bad, err)
		}
	}
	for _, e := range []archive.UploadEdit{
		{ID: id, Index: 3, Join: true},
		{ID: id, Index: 4, NewName: "Erin Newcomer"},
		{ID: id, Index: 4, Undo: true},
	} {
		if err := store.EditUpload(ctx, e, "alice"); err != nil {
			t.Fatalf("%+v: %v", e, err)
		}
	}
	p, _ := store.Preview(ctx, id)
	if r := p.Items[0].Remarks; !r[2].Joined || r[3].Edited {
		t.Errorf("preview: %+v", r)
	}
	var logged int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM audit_log WHERE action = 'edit_upload'`).Scan(&logged); err != nil || logged != 3 {
		t.Errorf("audit log has %d edit_upload entries (%v), want 3", logged, err)
	}
	pub, err := store.Publish(ctx, id, "alice")
	if err != nil {
		t.Fatal(err)
	}
	got := remarksOf(t, pool, pub.Slug)
	if len(got) != 3 || !strings.Contains(got[1].Text, "\n"+paras["p3"]) || got[2].Speaker == "erin-newcomer" {
		t.Fatalf("published: %+v", got)
	}
	var to int
	if err := pool.QueryRow(ctx, `SELECT successor FROM retired_keys WHERE key = 3`).Scan(&to); err != nil || to != got[1].Key {
		t.Errorf("the joined remark's key leads to %d (%v), want %d", to, err, got[1].Key)
	}
	edit := func(tag, text string) string { return strings.Replace(text, "weather", "weather and rain", 1) }
	if _, err := store.Ingest(ctx, archive.Upload{Source: minutesOf(tags, edit), Filename: "t2.txt", By: "test", Slug: pub.Slug}); err != nil {
		t.Fatal(err)
	}
	if again := remarksOf(t, pool, pub.Slug); len(again) != 3 || !strings.Contains(again[1].Text, paras["p3"]) {
		t.Errorf("after a corrected source: %+v", again)
	}
}
