package server

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/plenary/plenary/internal/archive"
)

// loginFailures counts the failed logins recorded for username.
func (e *adminEnv) loginFailures(username string) int {
	e.t.Helper()
	var n int
	if err := e.pool.QueryRow(context.Background(), `SELECT count(*) FROM login_failures WHERE username = $1`, username).Scan(&n); err != nil {
		e.t.Fatal(err)
	}
	return n
}

// TestLoginConcurrentFailuresThrottled sends many wrong passwords for one
// account at once: at most the limit may reach the password check (each
// answered 401); every other request is refused with 429 unchecked.
func TestLoginConcurrentFailuresThrottled(t *testing.T) {
	e := newAdminEnv(t, Config{})
	const n = 40
	form := url.Values{"username": {"alice"}, "password": {"not the password"}}.Encode()
	var wg sync.WaitGroup
	var mu sync.Mutex
	statuses := map[int]int{}
	for range n {
		wg.Go(func() {
			req, _ := http.NewRequest(http.MethodPost, e.ts.URL+"/admin/login", strings.NewReader(form))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			resp, err := newClient(t).Do(req)
			if err != nil {
				t.Error(err)
				return
			}
			resp.Body.Close()
			if resp.StatusCode == http.StatusTooManyRequests && resp.Header.Get("Retry-After") == "" {
				t.Error("429 without Retry-After")
			}
			mu.Lock()
			defer mu.Unlock()
			statuses[resp.StatusCode]++
		})
	}
	wg.Wait()
	checked := statuses[http.StatusUnauthorized]
	if checked < 1 || checked > archive.LoginMaxFailures || checked+statuses[http.StatusTooManyRequests] != n {
		t.Errorf("statuses %v: want 1 to %d answered 401 (password checked), the rest 429", statuses, archive.LoginMaxFailures)
	}
	if got := e.loginFailures("alice"); got != checked {
		t.Errorf("recorded failures = %d, want %d (one per checked attempt)", got, checked)
	}
}

// TestLoginBusyRefusedUnchecked fills every password-check slot and
// checks that a login is answered 429 with Retry-After, not queued
// forever, and that the refused attempt counts for nothing.
func TestLoginBusyRefusedUnchecked(t *testing.T) {
	e := newAdminEnv(t, Config{})
	for range cap(e.srv.auth.verifySlots) {
		e.srv.auth.verifySlots <- struct{}{}
	}
	resp, body := e.postForm("/admin/login", url.Values{"username": {"alice"}, "password": {adminPassword}})
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") != "1" || !strings.Contains(body, "Try again in a moment") {
		t.Errorf("login while busy = %d, Retry-After %q; want 429, 1", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	if n := e.loginFailures("alice"); n != 0 {
		t.Errorf("refused attempt recorded %d failures, want 0", n)
	}
	for range cap(e.srv.auth.verifySlots) {
		<-e.srv.auth.verifySlots
	}
	e.login()
}

// TestPasswdEndsSessions logs alice in twice, resets her password as
// `plenary admin passwd` does, and checks both sessions are over while a
// fresh login works.
func TestPasswdEndsSessions(t *testing.T) {
	e := newAdminEnv(t, Config{})
	e.login()
	other := *e
	other.c = newClient(t)
	other.login()
	for _, env := range []*adminEnv{e, &other} {
		if resp, _ := env.get("/admin"); resp.StatusCode != http.StatusOK {
			t.Fatalf("dashboard before passwd = %d", resp.StatusCode)
		}
	}
	const newPassword = "a brand new long password"
	if err := e.store.SetAdminPassword(context.Background(), "alice", newPassword, "cli"); err != nil {
		t.Fatal(err)
	}
	for _, env := range []*adminEnv{e, &other} {
		resp, _ := env.get("/admin/uploads/new")
		if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/admin/login" {
			t.Errorf("after passwd = %d → %q, want 303 → /admin/login", resp.StatusCode, resp.Header.Get("Location"))
		}
		if resp, body := env.get("/admin/login"); resp.StatusCode != http.StatusOK || !strings.Contains(body, `name="password"`) {
			t.Errorf("login page after passwd = %d, want the form", resp.StatusCode)
		}
	}
	resp, _ := e.postForm("/admin/login", url.Values{"username": {"alice"}, "password": {newPassword}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("login with new password = %d", resp.StatusCode)
	}
	if resp, body := e.get("/admin"); resp.StatusCode != http.StatusOK || !strings.Contains(body, "Signed in as alice") {
		t.Errorf("dashboard after new login = %d", resp.StatusCode)
	}
}
