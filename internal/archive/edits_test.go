package archive_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/plenary/plenary/internal/archive"
)

// TestEditAttribution checks each kind of attribution edit (issue 15):
// an existing speaker, a new one, narration; that each is applied again
// when a corrected source is published; and that a stale or malformed
// edit changes nothing.
func TestEditAttribution(t *testing.T) {
	ctx := context.Background()
	store, pool := assignFixture(t)
	edit := func(e archive.AttributionEdit) error {
		e.Session = assignSlug
		v, err := store.RemarkForEdit(ctx, assignSlug, e.Key)
		if err != nil {
			t.Fatal(err)
		}
		if e.Seen == "" {
			e.Seen = v.Version
		}
		_, err = store.EditAttribution(ctx, e, "alice")
		return err
	}
	// Key 2 was Bob Sample: Carol Person said it. Key 1, Andrew's: a new
	// speaker. Key 5: narration, not a remark of anyone.
	steps := []struct {
		e    archive.AttributionEdit
		want string
	}{
		{archive.AttributionEdit{Key: 2, Speaker: "carol-person"}, "carol-person"},
		{archive.AttributionEdit{Key: 1, NewName: "Andrew Ng"}, "andrew-ng"},
		{archive.AttributionEdit{Key: 5, Speaker: "bob-sample"}, "bob-sample"},
		{archive.AttributionEdit{Key: 5, Narration: true}, ""},
	}
	for _, s := range steps {
		if err := edit(s.e); err != nil {
			t.Fatalf("edit %+v: %v", s.e, err)
		}
		if got := speakerOf(t, pool, assignSlug, s.e.Key); got != s.want {
			t.Errorf("after %+v remark %d is %q's, want %q", s.e, s.e.Key, got, s.want)
		}
	}

	refusals := []struct {
		name string
		e    archive.AttributionEdit
		want func(error) bool
	}{
		{"stale form", archive.AttributionEdit{Key: 2, Speaker: "bob-sample", Seen: "0123456789abcdef"}, func(err error) bool { return errors.Is(err, archive.ErrStaleRemark) }},
		{"two choices", archive.AttributionEdit{Key: 2, Speaker: "bob-sample", Narration: true}, isInputError},
		{"no choice", archive.AttributionEdit{Key: 2}, isInputError},
		{"unknown speaker", archive.AttributionEdit{Key: 2, Speaker: "nobody-at-all"}, func(err error) bool { return errors.Is(err, archive.ErrNotFound) }},
		{"unknown remark", archive.AttributionEdit{Key: 99, Speaker: "bob-sample", Seen: "x"}, func(err error) bool { return errors.Is(err, archive.ErrNotFound) }},
	}
	for _, r := range refusals {
		r.e.Session = assignSlug
		if r.e.Seen == "" {
			v, _ := store.RemarkForEdit(ctx, assignSlug, r.e.Key)
			r.e.Seen = v.Version
		}
		_, err := store.EditAttribution(ctx, r.e, "alice")
		if !r.want(err) {
			t.Errorf("%s: error %v", r.name, err)
		}
	}
	if got := speakerOf(t, pool, assignSlug, 2); got != "carol-person" {
		t.Errorf("a refused edit changed remark 2 to %q", got)
	}

	// A corrected source: the edited remarks survive alignment and keep
	// their corrections over what the parser reads again.
	corrected := strings.Replace(assignMinutes, "coffee supply", "coffee and tea supply", 1)
	if _, err := store.Ingest(ctx, archive.Upload{Source: []byte(corrected), Filename: "m.txt", By: "test"}); err != nil {
		t.Fatal(err)
	}
	for key, want := range map[int]string{1: "andrew-ng", 2: "carol-person", 5: ""} {
		if got := speakerOf(t, pool, assignSlug, key); got != want {
			t.Errorf("after a correction remark %d is %q's, want %q", key, got, want)
		}
	}
	v, err := store.RemarkForEdit(ctx, assignSlug, 2)
	if err != nil || v.EditedAt == nil {
		t.Errorf("remark 2 does not say it was corrected: %+v, %v", v, err)
	}
	var audits int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM audit_log WHERE action = 'edit_attribution'`).Scan(&audits); err != nil || audits != len(steps) {
		t.Errorf("%d edit_attribution audit entries (%v), want %d", audits, err, len(steps))
	}
}

// isInputError reports an archive.InputError.
func isInputError(err error) bool {
	var ie *archive.InputError
	return errors.As(err, &ie)
}
