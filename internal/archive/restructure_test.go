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

// twoTurns puts a second speaker's sentence into p2, as a scribe who
// forgot a line break would: the split's material.
func twoTurns(tag, text string) string {
	if tag == "p2" {
		return text + " Whether the reserve fund could wait a year was the question from the floor."
	}
	return text
}

// remarkRow is one remark as a test checks it.
type remarkRow struct {
	Key     int
	Speaker string
	Text    string
}

// remarksOf returns the session's remarks in order.
func remarksOf(t *testing.T, pool *pgxpool.Pool, slug string) []remarkRow {
	t.Helper()
	rows, err := pool.Query(context.Background(), `
		SELECT r.key, coalesce(sp.slug, ''), r.text FROM remarks r
		JOIN sessions s ON s.id = r.session_id LEFT JOIN speakers sp ON sp.id = r.speaker_id
		WHERE s.slug = $1 ORDER BY r.position`, slug)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []remarkRow
	for rows.Next() {
		var r remarkRow
		if err := rows.Scan(&r.Key, &r.Speaker, &r.Text); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

// TestSplitRemark splits a remark at the sentence where another speaker
// starts, checks the refusals change nothing, and that a corrected source
// keeps the split while its words survive and lists it when they do not.
func TestSplitRemark(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := archive.New(pool)
	tags := []string{"p1", "p2", "p3", "p4"}
	p, err := store.Ingest(ctx, archive.Upload{Source: minutesOf(tags, twoTurns), Filename: "t.txt", By: "test"})
	if err != nil {
		t.Fatal(err)
	}
	k2 := keysByTag(t, pool, p.Slug)["p2"]
	v, err := store.RemarkForEdit(ctx, p.Slug, k2)
	if err != nil {
		t.Fatal(err)
	}
	at := strings.Index(v.Text, "Whether the reserve")
	e := archive.SplitEdit{Session: p.Slug, Key: k2, At: at, Speaker: "carol-person", Seen: v.Version}
	for _, bad := range []archive.SplitEdit{
		{Session: p.Slug, Key: k2, At: at + 3, Speaker: "carol-person", Seen: v.Version},
		{Session: p.Slug, Key: k2, At: at, Seen: v.Version},
		{Session: p.Slug, Key: k2, At: at, Speaker: "nobody-such", Seen: v.Version},
		{Session: p.Slug, Key: k2, At: at, Speaker: "carol-person", Seen: "stale"},
	} {
		var ie *archive.InputError
		if _, err := store.SplitRemark(ctx, bad, "alice"); !errors.As(err, &ie) && !errors.Is(err, archive.ErrStaleRemark) {
			t.Errorf("%+v: %v, want a refusal", bad, err)
		}
	}
	before := remarksOf(t, pool, p.Slug)
	newKey, err := store.SplitRemark(ctx, e, "alice")
	if err != nil {
		t.Fatal(err)
	}
	got := remarksOf(t, pool, p.Slug)
	if len(got) != len(before)+1 || got[1].Key != k2 || got[2].Key != newKey || got[2].Speaker != "carol-person" ||
		strings.Contains(got[1].Text, "Whether") || !strings.HasPrefix(got[2].Text, "Whether the reserve fund") {
		t.Fatalf("after the split: %+v", got)
	}
	if _, err := store.SplitRemark(ctx, e, "alice"); !errors.Is(err, archive.ErrStaleRemark) {
		t.Errorf("the same form twice: %v, want ErrStaleRemark", err)
	}

	// A corrected source: p4 edited, the split made again, same keys.
	edit := func(tag, text string) string {
		if tag == "p4" {
			return strings.Replace(twoTurns(tag, text), "students", "students and retirees", 1)
		}
		return twoTurns(tag, text)
	}
	if _, err := store.Ingest(ctx, archive.Upload{Source: minutesOf(tags, edit), Filename: "t2.txt", By: "test", Slug: p.Slug}); err != nil {
		t.Fatal(err)
	}
	again := remarksOf(t, pool, p.Slug)
	if len(again) != len(got) || again[2].Key != newKey || again[2].Speaker != "carol-person" || again[1].Key != k2 {
		t.Errorf("after a corrected publish: %+v", again)
	}
	if o, err := store.StructureOrphans(ctx, sessionID(t, pool, p.Slug)); err != nil || len(o) != 0 {
		t.Errorf("orphans after a kept split: %+v %v", o, err)
	}
	// The sentence is gone from the next source: the split is listed.
	if _, err := store.Ingest(ctx, archive.Upload{Source: minutesOf(tags, nil), Filename: "t3.txt", By: "test", Slug: p.Slug}); err != nil {
		t.Fatal(err)
	}
	if o, err := store.StructureOrphans(ctx, sessionID(t, pool, p.Slug)); err != nil || len(o) != 1 || o[0].Kind != "split" || o[0].Key != k2 {
		t.Errorf("orphans after the sentence went: %+v %v", o, err)
	}
}

// TestJoinRemark joins a remark onto the one before it: the later key
// leads to the earlier, the first remark of an item cannot be joined, a
// corrected source keeps the join, and joining a split-off part undoes
// the split.
func TestJoinRemark(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := archive.New(pool)
	tags := []string{"p1", "p2", "p3", "p4"}
	p, err := store.Ingest(ctx, archive.Upload{Source: minutesOf(tags, nil), Filename: "t.txt", By: "test"})
	if err != nil {
		t.Fatal(err)
	}
	keys := keysByTag(t, pool, p.Slug)
	v1, _ := store.RemarkForEdit(ctx, p.Slug, keys["p1"])
	var ie *archive.InputError
	if _, err := store.JoinRemark(ctx, archive.JoinEdit{Session: p.Slug, Key: keys["p1"], Seen: v1.Version}, "alice"); !errors.As(err, &ie) {
		t.Errorf("joining the item's first remark: %v, want an InputError", err)
	}
	v3, _ := store.RemarkForEdit(ctx, p.Slug, keys["p3"])
	into, err := store.JoinRemark(ctx, archive.JoinEdit{Session: p.Slug, Key: keys["p3"], Seen: v3.Version}, "alice")
	if err != nil || into != keys["p2"] {
		t.Fatalf("join: into %d, %v; want %d", into, err, keys["p2"])
	}
	got := remarksOf(t, pool, p.Slug)
	if len(got) != 3 || !strings.Contains(got[1].Text, "second") || !strings.Contains(got[1].Text, "third") {
		t.Fatalf("after the join: %+v", got)
	}
	if r := retired(t, pool, p.Slug); r[keys["p3"]] != keys["p2"] {
		t.Errorf("retired keys %v: %d should lead to %d", r, keys["p3"], keys["p2"])
	}
	edit := func(tag, text string) string {
		if tag == "p1" {
			return strings.Replace(text, "weather", "weather and the rain", 1)
		}
		return text
	}
	if _, err := store.Ingest(ctx, archive.Upload{Source: minutesOf(tags, edit), Filename: "t2.txt", By: "test", Slug: p.Slug}); err != nil {
		t.Fatal(err)
	}
	if again := remarksOf(t, pool, p.Slug); len(again) != 3 || !strings.Contains(again[1].Text, "third") || again[1].Key != keys["p2"] {
		t.Errorf("after a corrected publish: %+v", again)
	}
	if o, _ := store.StructureOrphans(ctx, sessionID(t, pool, p.Slug)); len(o) != 0 {
		t.Errorf("orphans after a kept join: %+v", o)
	}
}

// sessionID returns the id of session slug.
func sessionID(t *testing.T, pool *pgxpool.Pool, slug string) int64 {
	t.Helper()
	var id int64
	if err := pool.QueryRow(context.Background(), `SELECT id FROM sessions WHERE slug = $1`, slug).Scan(&id); err != nil {
		t.Fatal(err)
	}
	return id
}
