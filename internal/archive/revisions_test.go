package archive_test

import (
	"context"
	"maps"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// paras are the remarks of the test minutes, each identified by its first
// word-ish tag so tests can say which remark kept which key.
var paras = map[string]string{
	"p1":  "Alice Example said that the first paragraph talks about the weather in Lisbon and the long walk from the hotel to the venue.",
	"p2":  "Bob Sample reported that the second paragraph is about budgets, the reserve fund and the sponsorship of the next two meetings.",
	"p3":  "Carol Person noted that the third paragraph covers the code of conduct review and the publication of the updated text.",
	"p4":  "Dan Other asked whether the fourth paragraph raises remote participation fees for students and other newcomers.",
	"new": "Erin Newcomer observed that an inserted paragraph discusses lighthouses, harbours and entirely unrelated shipping matters.",
}

// minutesOf builds minutes with the given remarks in order; edit rewrites
// remark texts before they are joined.
func minutesOf(tags []string, edit func(tag, text string) string) []byte {
	var b strings.Builder
	b.WriteString("Test Plenary\n\nWednesday, 12 March 2025\nLisbon, Portugal\n\n1. Open Mic\n\n")
	for _, tag := range tags {
		text := paras[tag]
		if edit != nil {
			text = edit(tag, text)
		}
		b.WriteString(text + "\n\n")
	}
	return []byte(b.String())
}

// keysByTag returns the current key of each tagged remark of the session.
func keysByTag(t *testing.T, pool *pgxpool.Pool, slug string) map[string]int {
	t.Helper()
	rows, err := pool.Query(context.Background(), `
		SELECT r.key, r.text FROM remarks r JOIN sessions s ON s.id = r.session_id
		WHERE s.slug = $1 ORDER BY r.position`, slug)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var key int
		var text string
		if err := rows.Scan(&key, &text); err != nil {
			t.Fatal(err)
		}
		out[tagOf(text)] = key
	}
	return out
}

// tagOf recognises a remark by its distinctive ordinal word.
func tagOf(text string) string {
	for tag, w := range map[string]string{"p1": "first", "p2": "second", "p3": "third", "p4": "fourth", "new": "inserted"} {
		if strings.Contains(text, w) {
			return tag
		}
	}
	return "?" + text
}

// retired returns retired key → successor for the session.
func retired(t *testing.T, pool *pgxpool.Pool, slug string) map[int]int {
	t.Helper()
	rows, err := pool.Query(context.Background(), `
		SELECT rk.key, rk.successor FROM retired_keys rk JOIN sessions s ON s.id = rk.session_id
		WHERE s.slug = $1`, slug)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[int]int{}
	for rows.Next() {
		var k, s int
		if err := rows.Scan(&k, &s); err != nil {
			t.Fatal(err)
		}
		out[k] = s
	}
	return out
}

func TestRevisionKeepsKeys(t *testing.T) {
	base := []string{"p1", "p2", "p3", "p4"}
	first := map[string]int{"p1": 1, "p2": 2, "p3": 3, "p4": 4}
	tests := []struct {
		name        string
		tags        []string
		edit        func(tag, text string) string
		wantKeys    map[string]int
		wantRetired map[int]int
	}{
		{"typo fix", base, func(tag, s string) string {
			return strings.Replace(s, "budgets", "budgtes", 1)
		}, first, map[int]int{}},
		{"paragraph removed", []string{"p1", "p2", "p4"}, nil,
			map[string]int{"p1": 1, "p2": 2, "p4": 4}, map[int]int{3: 2}},
		{"first paragraph removed", []string{"p2", "p3", "p4"}, nil,
			map[string]int{"p2": 2, "p3": 3, "p4": 4}, map[int]int{1: 2}},
		{"paragraph inserted", []string{"p1", "p2", "new", "p3", "p4"}, nil,
			map[string]int{"p1": 1, "p2": 2, "new": 5, "p3": 3, "p4": 4}, map[int]int{}},
		{"paragraphs reordered", []string{"p1", "p4", "p3", "p2"}, nil, first, map[int]int{}},
		{"speaker renamed", base, func(tag, s string) string {
			return strings.Replace(s, "Bob Sample", "Robert Sample", 1)
		}, first, map[int]int{}},
		{"sentence rewritten", base, func(tag, s string) string {
			if tag == "p3" {
				return "Carol Person noted that the third paragraph now covers the code of conduct review, which is complete."
			}
			return s
		}, first, map[int]int{}},
		{"remark replaced", []string{"p1", "new", "p3", "p4"}, nil,
			map[string]int{"p1": 1, "new": 5, "p3": 3, "p4": 4}, map[int]int{2: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			pool := pgtest.DB(t)
			store := archive.New(pool)
			p1, err := store.Ingest(ctx, archive.Upload{Source: minutesOf(base, nil), Filename: "t.txt", By: "test"})
			if err != nil {
				t.Fatalf("first publish: %v", err)
			}
			if got := keysByTag(t, pool, p1.Slug); !maps.Equal(got, first) {
				t.Fatalf("first publish keys = %v, want %v", got, first)
			}
			p2, err := store.Ingest(ctx, archive.Upload{Source: minutesOf(tt.tags, tt.edit), Filename: "t.txt", By: "test"})
			if err != nil || p2.Revision != 2 || p2.Slug != p1.Slug {
				t.Fatalf("correction = %+v, %v; want revision 2 of %s", p2, err, p1.Slug)
			}
			if got := keysByTag(t, pool, p1.Slug); !maps.Equal(got, tt.wantKeys) {
				t.Errorf("keys = %v, want %v", got, tt.wantKeys)
			}
			if got := retired(t, pool, p1.Slug); !maps.Equal(got, tt.wantRetired) {
				t.Errorf("retired = %v, want %v", got, tt.wantRetired)
			}
		})
	}
}

// TestRetiredKeysChainAndNeverReused removes a remark, then its successor,
// then adds one: old links follow to a survivor in one hop and the new
// remark never takes a retired key.
func TestRetiredKeysChainAndNeverReused(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := archive.New(pool)
	for i, tags := range [][]string{
		{"p1", "p2", "p3", "p4"},
		{"p1", "p2", "p4"},        // 3 → 2
		{"p1", "p4"},              // 2 → 1, and 3 → 1 by chaining
		{"p1", "new", "p4"},       // new remark: key 5, not 2 or 3
		{"p1", "new", "p2", "p4"}, // p2 is back but as a new remark: key 6
	} {
		if _, err := store.Ingest(ctx, archive.Upload{Source: minutesOf(tags, nil), Filename: "t.txt", By: "test"}); err != nil {
			t.Fatalf("revision %d: %v", i+1, err)
		}
	}
	slug := "2025-03-12-test-plenary"
	if got, want := keysByTag(t, pool, slug), map[string]int{"p1": 1, "new": 5, "p2": 6, "p4": 4}; !maps.Equal(got, want) {
		t.Errorf("keys = %v, want %v", got, want)
	}
	if got, want := retired(t, pool, slug), map[int]int{2: 1, 3: 1}; !maps.Equal(got, want) {
		t.Errorf("retired = %v, want %v", got, want)
	}
}
