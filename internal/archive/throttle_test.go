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
		{"one account, many addresses",
			func(int) string { return "alice" }, func(i int) string { return fmt.Sprintf("10.0.0.%d", i) },
			archive.LoginMaxFailures},
		{"one address, many accounts",
			func(i int) string { return fmt.Sprintf("user%d", i) }, func(int) string { return "10.0.0.1" },
			archive.LoginMaxIPFailures},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			pool := pgtest.DB(t)
			store := archive.New(pool)
			const n = 40
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
	if err := store.ClearLoginFailures(ctx, "Alice"); err != nil {
		t.Fatal(err)
	}
	if wait, err := store.StartLoginAttempt(ctx, "alice", "10.0.0.1"); err != nil || wait != 0 {
		t.Errorf("after clearing: wait %v, %v; want 0", wait, err)
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
