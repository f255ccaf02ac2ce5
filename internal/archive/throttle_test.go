package archive_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// TestStartLoginAttemptConcurrent sends attempts at once and checks that
// exactly the limit gets through: the check and the count are atomic.
func TestStartLoginAttemptConcurrent(t *testing.T) {
	tests := []struct {
		name     string
		user, ip func(i int) string
		allowed  int
	}{
		{"one account, one address",
			func(int) string { return "alice" }, func(int) string { return "10.0.0.1" },
			archive.LoginMaxFailures},
		{"one account, many addresses",
			func(int) string { return "alice" }, func(i int) string { return fmt.Sprintf("10.0.%d.%d", i/200, i%200) },
			archive.LoginMaxAccountFailures},
		{"one address, many accounts",
			func(i int) string { return fmt.Sprintf("user%d", i) }, func(int) string { return "10.0.0.1" },
			archive.LoginMaxIPFailures},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			pool := pgtest.DB(t)
			store := archive.New(pool)
			const n = 70 // more than every limit
			var wg sync.WaitGroup
			var mu sync.Mutex
			allowed := 0
			for i := range n {
				wg.Go(func() {
					wait, err := store.StartLoginAttempt(ctx, tt.user(i), tt.ip(i))
					if err != nil {
						t.Error(err)
						return
					}
					mu.Lock()
					defer mu.Unlock()
					if wait == 0 {
						allowed++
					} else if wait < 0 || wait > archive.LoginWindow {
						t.Errorf("wait %v, want within the window", wait)
					}
				})
			}
			wg.Wait()
			var rows int
			if err := pool.QueryRow(ctx, `SELECT count(*) FROM login_failures`).Scan(&rows); err != nil {
				t.Fatal(err)
			}
			if allowed != tt.allowed || rows != tt.allowed {
				t.Errorf("%d concurrent attempts: %d allowed, %d recorded; want %d", n, allowed, rows, tt.allowed)
			}
		})
	}
}

// TestClearLoginFailuresAfterSuccess checks that a login forgets the
// attempts counted against its account, its own included.
func TestClearLoginFailuresAfterSuccess(t *testing.T) {
	ctx := context.Background()
	store := archive.New(pgtest.DB(t))
	for range archive.LoginMaxFailures {
		if _, err := store.StartLoginAttempt(ctx, "alice", "10.0.0.1"); err != nil {
			t.Fatal(err)
		}
	}
	if err := store.ClearLoginFailures(ctx, "Alice", "10.0.0.1"); err != nil {
		t.Fatal(err)
	}
	if wait, err := store.StartLoginAttempt(ctx, "alice", "10.0.0.1"); err != nil || wait != 0 {
		t.Errorf("after clearing: wait %v, %v; want 0", wait, err)
	}
}

// TestStrangersCannotLockAdminOut checks the lock-outs issue 12 found: a
// stranger's failures for an account from other addresses, or failures for
// other accounts from the admin's own address (behind a shared proxy),
// used to lock the admin out even with the right password. From an
// address the admin logged in from, only its own failures count now; an
// address never seen still meets every limit.
func TestStrangersCannotLockAdminOut(t *testing.T) {
	ctx := context.Background()
	store := archive.New(pgtest.DB(t))
	if err := store.ClearLoginFailures(ctx, "alice", "10.0.0.1"); err != nil { // alice logged in from her office
		t.Fatal(err)
	}
	for i := range archive.LoginMaxAccountFailures + 10 { // a stranger guesses alice's password from many machines
		if _, err := store.StartLoginAttempt(ctx, "alice", fmt.Sprintf("192.0.2.%d", i%250)); err != nil {
			t.Fatal(err)
		}
	}
	for i := range archive.LoginMaxIPFailures + 10 { // a colleague behind the same proxy guesses other accounts
		if _, err := store.StartLoginAttempt(ctx, fmt.Sprintf("user%d", i), "10.0.0.1"); err != nil {
			t.Fatal(err)
		}
	}
	if wait, err := store.StartLoginAttempt(ctx, "alice", "10.0.0.1"); err != nil || wait != 0 {
		t.Errorf("alice from her known address: wait %v, %v; want 0", wait, err)
	}
	if wait, err := store.StartLoginAttempt(ctx, "alice", "198.51.100.7"); err != nil || wait == 0 {
		t.Errorf("alice's account from an unknown address after %d failures: wait %v, %v; want a wait", archive.LoginMaxAccountFailures, wait, err)
	}
	for range archive.LoginMaxFailures { // her own address still meets the per-address limit of her account
		_, _ = store.StartLoginAttempt(ctx, "alice", "10.0.0.1")
	}
	if wait, err := store.StartLoginAttempt(ctx, "alice", "10.0.0.1"); err != nil || wait == 0 {
		t.Errorf("alice from her address after %d failures of her own: wait %v, %v; want a wait", archive.LoginMaxFailures, wait, err)
	}
}

// TestSetAdminPasswordRaisesEpoch checks that a password change moves the
// admin's session epoch on, which ends the sessions opened before it.
func TestSetAdminPasswordRaisesEpoch(t *testing.T) {
	ctx := context.Background()
	store := archive.New(pgtest.DB(t))
	if err := store.CreateAdmin(ctx, "alice", "correct horse battery", "cli"); err != nil {
		t.Fatal(err)
	}
	login, err := store.Authenticate(ctx, "alice", "correct horse battery")
	if err != nil || login.Epoch != 0 {
		t.Fatalf("Authenticate = %+v, %v; want epoch 0", login, err)
	}
	if err := store.SetAdminPassword(ctx, "alice", "another long password", "cli"); err != nil {
		t.Fatal(err)
	}
	if epoch, err := store.AdminSessionEpoch(ctx, "alice"); err != nil || epoch != 1 {
		t.Errorf("epoch after passwd = %d, %v; want 1", epoch, err)
	}
	if login, err := store.Authenticate(ctx, "alice", "another long password"); err != nil || login.Epoch != 1 {
		t.Errorf("Authenticate after passwd = %+v, %v; want epoch 1", login, err)
	}
	if _, err := store.AdminSessionEpoch(ctx, "nobody"); !errors.Is(err, archive.ErrNotFound) {
		t.Errorf("epoch of unknown admin = %v, want ErrNotFound", err)
	}
}
