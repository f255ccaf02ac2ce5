package archive_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// assignMinutes are minutes with a bare first name ("Andrew:") and two
// remarks that name nobody. Keys: 1 Andrew, 2 Bob Sample, 3 Andrew,
// 4 and 5 nobody.
const assignMinutes = "Assign Plenary\n\nWednesday, 12 March 2025\nLisbon, Portugal\n\n1. Open Mic\n\n" +
	"Andrew: I think the budget is fine and we should move on.\n\n" +
	"Bob Sample reported that the reserve fund is healthy this year.\n\n" +
	"Andrew: We should also look at the travel budget next time.\n\n" +
	"The meeting decided to adopt the budget.\n\n" +
	"Someone asked about the coffee supply in the hallway.\n"

// assignSlug is the session of assignMinutes.
const assignSlug = "2025-03-12-assign-plenary"

// otherMinutes are another meeting, where "Andrew" (key 2) is someone
// else.
const otherMinutes = "Other Plenary\n\nThursday, 13 March 2025\nLisbon, Portugal\n\n1. Reports\n\n" +
	"Carol Person reported that the registry is in good shape.\n\n" +
	"Andrew: The network was slow in the main room today.\n"

// registryMinutes are a third meeting, where Andrew Sullivan speaks under
// his full name.
const registryMinutes = "Registry Report\n\nFriday, 14 March 2025\nLisbon, Portugal\n\n1. Registry\n\n" +
	"Andrew Sullivan reported that the registry is in good shape.\n"

// otherSlug is the session of otherMinutes.
const otherSlug = "2025-03-13-other-plenary"

// assignFixture publishes assignMinutes and otherMinutes and leaves every
// "Andrew:" remark without a speaker and no speaker "Andrew", as the
// archive stores minutes whose bare first name the parser could not
// attribute.
func assignFixture(t *testing.T) (*archive.Store, *pgxpool.Pool) {
	t.Helper()
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := archive.New(pool)
	for _, src := range []string{assignMinutes, otherMinutes, registryMinutes} {
		if _, err := store.Ingest(ctx, archive.Upload{Source: []byte(src), Filename: "m.txt", By: "test"}); err != nil {
			t.Fatal(err)
		}
	}
	_, err := pool.Exec(ctx, `
		WITH r AS (UPDATE remarks SET speaker_id = NULL WHERE speaker_label = 'Andrew'),
		     a AS (DELETE FROM speaker_aliases WHERE alias_norm = 'andrew')
		DELETE FROM speakers WHERE slug = 'andrew'`)
	if err != nil {
		t.Fatal(err)
	}
	return store, pool
}

// speakerOf returns the slug of the speaker of remark key of session
// slug, "" when it has none.
func speakerOf(t *testing.T, pool *pgxpool.Pool, slug string, key int) string {
	t.Helper()
	var sp string
	err := pool.QueryRow(context.Background(), `
		SELECT coalesce(sp.slug, '') FROM remarks r JOIN sessions s ON s.id = r.session_id
		LEFT JOIN speakers sp ON sp.id = r.speaker_id
		WHERE s.slug = $1 AND r.key = $2`, slug, key).Scan(&sp)
	if err != nil {
		t.Fatalf("remark %d of %s: %v", key, slug, err)
	}
	return sp
}

// tableCounts counts the rows an assignment may write.
func tableCounts(t *testing.T, pool *pgxpool.Pool) string {
	t.Helper()
	var s string
	err := pool.QueryRow(context.Background(), `
		SELECT concat_ws(' ', (SELECT count(*) FROM speakers), (SELECT count(*) FROM speaker_aliases),
		                 (SELECT count(*) FROM session_speaker_labels), (SELECT count(*) FROM audit_log),
		                 (SELECT count(*) FROM remarks WHERE speaker_id IS NULL),
		                 (SELECT string_agg(changed_at::text, ',' ORDER BY id) FROM sessions))`).Scan(&s)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestAssignSpeakerRefusals(t *testing.T) {
	ctx := context.Background()
	store, pool := assignFixture(t)
	if err := store.MergeSpeakers(ctx, "bob-sample", "andrew-sullivan", "test"); err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("x", 201)
	tests := []struct {
		name     string
		a        archive.Assignment
		notFound bool   // the error is also ErrNotFound (404)
		want     string // part of the message
	}{
		{"unknown session", archive.Assignment{Session: "no-such-session", Label: "Andrew", Speaker: "andrew-sullivan"}, true, "no session"},
		{"no session", archive.Assignment{Label: "Andrew", Speaker: "andrew-sullivan"}, false, "choose the session"},
		{"unknown speaker", archive.Assignment{Session: assignSlug, Label: "Andrew", Speaker: "nobody"}, true, "no speaker nobody"},
		{"merged speaker", archive.Assignment{Session: assignSlug, Label: "Andrew", Speaker: "bob-sample"}, false, "merged"},
		{"neither speaker nor name", archive.Assignment{Session: assignSlug, Label: "Andrew", NewName: "  "}, false, "choose a speaker"},
		{"both speaker and name", archive.Assignment{Session: assignSlug, Label: "Andrew", Speaker: "andrew-sullivan", NewName: "Andrew Example"}, false, "not both"},
		{"name of dots", archive.Assignment{Session: assignSlug, Label: "Andrew", NewName: ". ."}, false, "give the new speaker's name"},
		{"name too long", archive.Assignment{Session: assignSlug, Label: "Andrew", NewName: long}, false, "at most 200"},
		{"name taken", archive.Assignment{Session: assignSlug, Label: "Andrew", NewName: "andrew  SULLIVAN"}, false, "already belongs to speaker andrew-sullivan"},
		{"label not printed", archive.Assignment{Session: assignSlug, Label: "Zed", Speaker: "andrew-sullivan"}, false, "no remark"},
		{"label already resolved", archive.Assignment{Session: assignSlug, Label: "Bob Sample", Speaker: "andrew-sullivan"}, false, "no remark"},
		{"no label, no key", archive.Assignment{Session: assignSlug, Speaker: "andrew-sullivan"}, false, "choose the remark"},
		{"key of a named remark", archive.Assignment{Session: assignSlug, Key: 1, Speaker: "andrew-sullivan"}, false, "no remark 1"},
		{"key of a resolved remark", archive.Assignment{Session: assignSlug, Key: 2, Speaker: "andrew-sullivan"}, false, "no remark 2"},
		{"unknown key", archive.Assignment{Session: assignSlug, Key: 99, NewName: "Carol Chair"}, false, "no remark 99"},
	}
	before := tableCounts(t, pool)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := store.AssignSpeaker(ctx, tt.a, "admin")
			var ie *archive.InputError
			if !errors.As(err, &ie) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("AssignSpeaker = %v, want an InputError saying %q", err, tt.want)
			}
			if got := errors.Is(err, archive.ErrNotFound); got != tt.notFound {
				t.Errorf("errors.Is(ErrNotFound) = %v, want %v", got, tt.notFound)
			}
			if after := tableCounts(t, pool); after != before {
				t.Errorf("archive changed: %s → %s", before, after)
			}
		})
	}
}

func TestAssignSpeaker(t *testing.T) {
	ctx := context.Background()
	store, pool := assignFixture(t)
	var changed0 time.Time
	if err := pool.QueryRow(ctx, `SELECT changed_at FROM sessions WHERE slug = $1`, assignSlug).Scan(&changed0); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name        string
		a           archive.Assignment
		want        archive.Assigned
		keys        []int // remarks of assignSlug that now have want.SpeakerSlug
		unresolved  []int // remarks of assignSlug still without a speaker
		otherAndrew string
	}{
		{
			name: "label to an existing speaker",
			a:    archive.Assignment{Session: assignSlug, Label: "Andrew", Speaker: " andrew-sullivan "},
			want: archive.Assigned{SessionTitle: "Assign Plenary", SpeakerSlug: "andrew-sullivan", SpeakerName: "Andrew Sullivan", Remarks: 2},
			keys: []int{1, 3}, unresolved: []int{4, 5},
		},
		{
			name: "unnamed remark to a new speaker",
			a:    archive.Assignment{Session: assignSlug, Key: 4, NewName: "  Carol   Chair "},
			want: archive.Assigned{SessionTitle: "Assign Plenary", SpeakerSlug: "carol-chair", SpeakerName: "Carol Chair", Created: true, Remarks: 1},
			keys: []int{4}, unresolved: []int{5},
		},
		{
			name:       "label of another session to a new speaker named by the label",
			a:          archive.Assignment{Session: otherSlug, Label: "Andrew", NewName: "Andrew"},
			want:       archive.Assigned{SessionTitle: "Other Plenary", SpeakerSlug: "andrew", SpeakerName: "Andrew", Created: true, Remarks: 1},
			unresolved: []int{5}, otherAndrew: "andrew",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := store.AssignSpeaker(ctx, tt.a, "admin")
			if err != nil {
				t.Fatalf("AssignSpeaker: %v", err)
			}
			if got != tt.want {
				t.Errorf("AssignSpeaker = %+v, want %+v", got, tt.want)
			}
			for _, k := range tt.keys {
				if sp := speakerOf(t, pool, assignSlug, k); sp != tt.want.SpeakerSlug {
					t.Errorf("remark %d: speaker %q, want %s", k, sp, tt.want.SpeakerSlug)
				}
			}
			for _, k := range tt.unresolved {
				if sp := speakerOf(t, pool, assignSlug, k); sp != "" {
					t.Errorf("remark %d: speaker %q, want none", k, sp)
				}
			}
			// "Andrew" in the other meeting is not Andrew Sullivan.
			if sp := speakerOf(t, pool, otherSlug, 2); sp != tt.otherAndrew {
				t.Errorf("other session's Andrew: speaker %q, want %q", sp, tt.otherAndrew)
			}
		})
	}

	var changed time.Time
	var aliases, audits int
	err := pool.QueryRow(ctx, `
		SELECT (SELECT changed_at FROM sessions WHERE slug = $1),
		       (SELECT count(*) FROM speaker_aliases WHERE alias_norm = 'andrew'),
		       (SELECT count(*) FROM audit_log WHERE action = 'assign_speaker' AND actor = 'admin')`,
		assignSlug).Scan(&changed, &aliases, &audits)
	if err != nil {
		t.Fatal(err)
	}
	if !changed.After(changed0) {
		t.Errorf("changed_at %v did not move past %v: the page's ETag would not change", changed, changed0)
	}
	if aliases != 0 {
		t.Errorf("the label Andrew became a global alias")
	}
	if audits != len(tests) {
		t.Errorf("%d assign_speaker audit entries, want %d", audits, len(tests))
	}
}

// correctedMinutes is assignMinutes corrected: the remarks edited, one
// more "Andrew:" remark added.
const correctedMinutes = "Assign Plenary\n\nWednesday, 12 March 2025\nLisbon, Portugal\n\n1. Open Mic\n\n" +
	"Andrew: I think the budget is fine, and we should move on.\n\n" +
	"Bob Sample reported that the reserve fund is healthy this year.\n\n" +
	"Andrew: We should also look at the travel budget next time.\n\n" +
	"The meeting decided to adopt the budget unanimously.\n\n" +
	"Someone asked about the coffee supply in the hallway.\n\n" +
	"Andrew: Thanks to the hosts for the coffee.\n"

func TestAssignSpeakerSurvivesCorrection(t *testing.T) {
	ctx := context.Background()
	store, pool := assignFixture(t)
	for _, a := range []archive.Assignment{
		{Session: assignSlug, Label: "Andrew", Speaker: "andrew-sullivan"},
		{Session: assignSlug, Key: 4, NewName: "Carol Chair"},
		{Session: assignSlug, Key: 5, NewName: "Dan Delegate"},
	} {
		if _, err := store.AssignSpeaker(ctx, a, "admin"); err != nil {
			t.Fatalf("assign %+v: %v", a, err)
		}
	}
	// Dan is merged away: his assignment follows him to Carol.
	if err := store.MergeSpeakers(ctx, "dan-delegate", "carol-chair", "admin"); err != nil {
		t.Fatal(err)
	}
	p, err := store.Ingest(ctx, archive.Upload{Source: []byte(correctedMinutes), Filename: "m2.txt", Slug: assignSlug, By: "test"})
	if err != nil || p.Revision != 2 || p.New != 1 {
		t.Fatalf("correction: %+v, %v; want revision 2 with one new remark", p, err)
	}
	tests := []struct {
		key  int
		want string
	}{
		{1, "andrew-sullivan"}, // edited, kept its key, label assigned
		{2, "bob-sample"},      // the printed name, untouched
		{3, "andrew-sullivan"},
		{4, "carol-chair"}, // unnamed, edited, kept its key
		{5, "carol-chair"}, // assigned to Dan, merged into Carol
		{6, "andrew-sullivan"},
	}
	for _, tt := range tests {
		if sp := speakerOf(t, pool, assignSlug, tt.key); sp != tt.want {
			t.Errorf("after the correction, remark %d: speaker %q, want %s", tt.key, sp, tt.want)
		}
	}
	if sp := speakerOf(t, pool, otherSlug, 2); sp != "" {
		t.Errorf("other session's Andrew: speaker %q, want none", sp)
	}
	list, total, err := store.UnresolvedRemarks(ctx, 10)
	if err != nil || total != 1 || len(list) != 1 || list[0].Label != "Andrew" || list[0].SessionSlug != otherSlug {
		t.Errorf("unresolved after the correction = %+v (%d), %v; want only the other session's Andrew", list, total, err)
	}
}
