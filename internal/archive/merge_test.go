package archive_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// speakerRemarks counts the remarks attributed to speaker slug.
func speakerRemarks(t *testing.T, store *archive.Store, slug string) int {
	t.Helper()
	list, err := store.AdminSpeakers(context.Background(), slug, 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range list {
		if s.Slug == slug {
			return s.Remarks
		}
	}
	return -1
}

func TestRenameAndMergeSpeakers(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := archive.New(pool)
	// One person, spelled two ways in two sessions: the parser cannot
	// know they are the same (within one document it would), an admin can.
	for _, src := range []string{
		"Test Plenary\n\n12 March 2025\n\n1. Open Mic\n\nBob Sample reported that the budget is fine.\n\nCarol Person said nothing of note.\n",
		"Test Plenary\n\n13 March 2025\n\n1. Open Mic\n\nRobert Sample noted that the budget is really fine.\n",
	} {
		if _, err := store.Ingest(ctx, archive.Upload{Source: []byte(src), Filename: "t.txt", By: "test"}); err != nil {
			t.Fatal(err)
		}
	}
	list, err := store.AdminSpeakers(ctx, "", 100)
	if err != nil {
		t.Fatal(err)
	}
	slugs := map[string]bool{}
	for _, s := range list {
		slugs[s.Slug] = true
	}
	if !slugs["bob-sample"] || !slugs["robert-sample"] {
		t.Fatalf("fixture minutes should yield speakers bob-sample and robert-sample, got %v", slugs)
	}
	nBob, nRobert := speakerRemarks(t, store, "bob-sample"), speakerRemarks(t, store, "robert-sample")

	// Renaming to a name another speaker has is refused: that is a merge.
	var ie *archive.InputError
	if err := store.RenameSpeaker(ctx, "bob-sample", "Robert Sample", "admin"); !errors.As(err, &ie) {
		t.Errorf("rename to another speaker's name = %v, want InputError", err)
	}
	if err := store.RenameSpeaker(ctx, "bob-sample", "Bob B. Sample", "admin"); err != nil {
		t.Fatalf("rename: %v", err)
	}
	if err := store.MergeSpeakers(ctx, "bob-sample", "robert-sample", "admin"); err != nil {
		t.Fatalf("merge: %v", err)
	}
	if got := speakerRemarks(t, store, "robert-sample"); got != nBob+nRobert {
		t.Errorf("robert-sample has %d remarks after merge, want %d", got, nBob+nRobert)
	}
	if to, err := store.SpeakerRedirect(ctx, "bob-sample"); err != nil || to != "robert-sample" {
		t.Errorf("SpeakerRedirect(bob-sample) = %q, %v; want robert-sample", to, err)
	}
	if to, err := store.SpeakerRedirect(ctx, "robert-sample"); err != nil || to != "" {
		t.Errorf("SpeakerRedirect(robert-sample) = %q, %v; want \"\"", to, err)
	}
	if _, err := store.SpeakerRedirect(ctx, "nobody"); !errors.Is(err, archive.ErrNotFound) {
		t.Errorf("SpeakerRedirect(nobody) = %v, want ErrNotFound", err)
	}
	// Chained merge keeps the old slug one hop from the survivor.
	if err := store.MergeSpeakers(ctx, "robert-sample", "carol-person", "admin"); err != nil {
		t.Fatalf("second merge: %v", err)
	}
	if to, _ := store.SpeakerRedirect(ctx, "bob-sample"); to != "carol-person" {
		t.Errorf("after chained merge bob-sample redirects to %q, want carol-person", to)
	}
	// Minutes that print a merged spelling now resolve to the survivor.
	var owner string
	if err := pool.QueryRow(ctx, `SELECT sp.slug FROM speaker_aliases a JOIN speakers sp ON sp.id = a.speaker_id WHERE a.alias_norm = 'bob b sample'`).Scan(&owner); err != nil || owner != "carol-person" {
		t.Errorf("alias of renamed name belongs to %q, %v", owner, err)
	}
}

func TestAdminAccountsAndThrottle(t *testing.T) {
	ctx := context.Background()
	store := archive.New(pgtest.DB(t))
	var ie *archive.InputError
	if err := store.CreateAdmin(ctx, "alice", "short", "cli"); !errors.As(err, &ie) {
		t.Errorf("short password = %v, want InputError", err)
	}
	if err := store.CreateAdmin(ctx, "Alice", "correct horse battery", "cli"); err != nil {
		t.Fatal(err)
	}
	if err := store.CreateAdmin(ctx, "alice", "correct horse battery", "cli"); !errors.Is(err, archive.ErrAdminExists) {
		t.Errorf("duplicate admin = %v, want ErrAdminExists", err)
	}
	if u, err := store.Authenticate(ctx, " ALICE", "correct horse battery"); err != nil || u.Username != "alice" {
		t.Errorf("Authenticate = %+v, %v", u, err)
	}
	for _, c := range [][2]string{{"alice", "wrong password!!"}, {"nobody", "correct horse battery"}} {
		if _, err := store.Authenticate(ctx, c[0], c[1]); !errors.Is(err, archive.ErrBadCredentials) {
			t.Errorf("Authenticate(%s) = %v, want ErrBadCredentials", c[0], err)
		}
	}
	if err := store.SetAdminPassword(ctx, "alice", "another long password", "cli"); err != nil {
		t.Fatal(err)
	}
	if _, err := store.Authenticate(ctx, "alice", "another long password"); err != nil {
		t.Errorf("new password refused: %v", err)
	}
	if err := store.SetAdminPassword(ctx, "nobody", "another long password", "cli"); !errors.Is(err, archive.ErrNotFound) {
		t.Errorf("passwd of unknown = %v, want ErrNotFound", err)
	}
	for i := range archive.LoginMaxFailures {
		if wait, err := store.StartLoginAttempt(ctx, "alice", "10.0.0.1"); err != nil || wait != 0 {
			t.Fatalf("attempt %d: wait %v, %v", i, wait, err)
		}
	}
	wait, err := store.StartLoginAttempt(ctx, "alice", "10.0.0.1")
	if err != nil || wait <= 0 || wait > archive.LoginWindow {
		t.Errorf("after %d failures: wait %v, %v; want within the window", archive.LoginMaxFailures, wait, err)
	}
	// The limit is per account and address: failures from 10.0.0.1 do not
	// lock alice out of another address (see TestStrangersCannotLockAdminOut).
	if wait, _ := store.StartLoginAttempt(ctx, "alice", "10.0.0.2"); wait != 0 {
		t.Errorf("alice from another address waits %v; want 0 below the account-wide limit", wait)
	}
	if wait, _ := store.StartLoginAttempt(ctx, "bob", "10.0.0.1"); wait != 0 {
		t.Errorf("another account from the same address waits %v; want 0 below the address limit", wait)
	}
}

// TestOppositeMergesDoNotDeadlock runs A→B and B→A merges at the same
// time, again and again (issue 12: one in ten ended in "deadlock
// detected"). One of each pair wins; the other is told the speaker was
// merged, never a database error.
func TestOppositeMergesDoNotDeadlock(t *testing.T) {
	ctx := context.Background()
	store := archive.New(pgtest.DB(t))
	surnames := []string{"Ames", "Bligh", "Crane", "Dunne", "Eckel", "Faber", "Gunn", "Hale", "Irwin", "Joyce", "Kemp", "Lyle", "Moss", "Nash", "Olds"}
	for round, sur := range surnames {
		a, b := "Anna "+sur, "Bert "+sur
		src := fmt.Sprintf("Test Plenary\n\n%d March 2025\n\n1. Open Mic\n\n%s reported that the budget is fine.\n\n%s said nothing of note.\n", round+1, a, b)
		if _, err := store.Ingest(ctx, archive.Upload{Source: []byte(src), Filename: "t.txt", By: "test"}); err != nil {
			t.Fatal(err)
		}
		sa, sb := archive.Slugify(a, 80), archive.Slugify(b, 80)
		errs := make(chan error, 2)
		go func() { errs <- store.MergeSpeakers(ctx, sa, sb, "admin") }()
		go func() { errs <- store.MergeSpeakers(ctx, sb, sa, "admin") }()
		won := 0
		for range 2 {
			var ie *archive.InputError
			switch err := <-errs; {
			case err == nil:
				won++
			case errors.As(err, &ie):
			default:
				t.Fatalf("round %d: opposite merges: %v", round, err)
			}
		}
		if won != 1 {
			t.Errorf("round %d: %d merges succeeded, want exactly one", round, won)
		}
	}
}
