package server

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestAdminAnonymousRedirectsToLogin(t *testing.T) {
	e := newAdminEnv(t, Config{})
	for _, path := range []string{"/admin", "/admin/", "/admin/uploads/new", "/admin/uploads/1", "/admin/speakers",
		"/admin/sessions/x/revisions", "/admin/sessions/x/revisions/1/source", "/admin/nonexistent"} {
		resp, _ := e.get(path)
		if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/admin/login" {
			t.Errorf("GET %s anonymous = %d → %q, want 303 → /admin/login", path, resp.StatusCode, resp.Header.Get("Location"))
		}
	}
	before := e.counts()
	resp, _ := e.upload("t.txt", []byte(testMinutes), nil)
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/admin/login" {
		t.Errorf("anonymous upload = %d, want 303 to login", resp.StatusCode)
	}
	e.sameCounts(before)
	if resp, body := e.get("/admin/login"); resp.StatusCode != http.StatusOK || !strings.Contains(body, `name="password"`) {
		t.Errorf("login page = %d", resp.StatusCode)
	}
}

func TestAdminLoginLogout(t *testing.T) {
	e := newAdminEnv(t, Config{})
	resp, body := e.postForm("/admin/login", url.Values{"username": {"alice"}, "password": {"wrong password here"}})
	if resp.StatusCode != http.StatusUnauthorized || !strings.Contains(body, "Wrong username or password") {
		t.Errorf("wrong password = %d", resp.StatusCode)
	}
	resp, _ = e.postForm("/admin/login", url.Values{"username": {"Alice"}, "password": {adminPassword}})
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/admin" {
		t.Fatalf("login = %d → %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	cookie := resp.Header.Get("Set-Cookie")
	for _, want := range []string{"plenary_admin=", "HttpOnly", "SameSite=Lax", "Path=/admin"} {
		if !strings.Contains(cookie, want) {
			t.Errorf("cookie %q lacks %s", cookie, want)
		}
	}
	if strings.Contains(cookie, "Secure") {
		t.Errorf("cookie over plain HTTP is Secure: %q", cookie)
	}
	if resp, body := e.get("/admin"); resp.StatusCode != http.StatusOK || !strings.Contains(body, "Signed in as alice") {
		t.Errorf("dashboard = %d", resp.StatusCode)
	}
	if resp, _ := e.postForm("/admin/logout", nil); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("logout = %d", resp.StatusCode)
	}
	if resp, _ := e.get("/admin"); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("after logout /admin = %d, want 303", resp.StatusCode)
	}
}

func TestAdminSecureCookieBehindHTTPSProxy(t *testing.T) {
	e := newAdminEnv(t, Config{TrustProxy: true})
	resp, _ := e.postForm("/admin/login", url.Values{"username": {"alice"}, "password": {adminPassword}}, "X-Forwarded-Proto", "https")
	if c := resp.Header.Get("Set-Cookie"); resp.StatusCode != http.StatusSeeOther || !strings.Contains(c, "Secure") {
		t.Errorf("login over HTTPS proxy: %d, cookie %q, want Secure", resp.StatusCode, c)
	}
}

func TestAdminCrossOriginRefused(t *testing.T) {
	e := newAdminEnv(t, Config{})
	e.login()
	before := e.counts()
	for _, hdr := range [][]string{
		{"Sec-Fetch-Site", "cross-site"},
		{"Origin", "https://evil.example"},
	} {
		resp, _ := e.upload("t.txt", []byte(testMinutes), nil, hdr...)
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("upload with %s: %s = %d, want 403", hdr[0], hdr[1], resp.StatusCode)
		}
		resp, _ = e.postForm("/admin/login", url.Values{"username": {"alice"}, "password": {adminPassword}}, hdr...)
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("login with %s: %s = %d, want 403", hdr[0], hdr[1], resp.StatusCode)
		}
	}
	e.sameCounts(before)
	// Same-origin requests from a browser pass.
	resp, _ := e.upload("t.txt", []byte(testMinutes), nil, "Sec-Fetch-Site", "same-origin", "Origin", e.ts.URL)
	if resp.StatusCode != http.StatusSeeOther {
		t.Errorf("same-origin upload = %d, want 303", resp.StatusCode)
	}
}

func TestAdminLoginThrottled(t *testing.T) {
	e := newAdminEnv(t, Config{})
	for i := 0; i < 5; i++ {
		resp, _ := e.postForm("/admin/login", url.Values{"username": {"alice"}, "password": {"not the password"}})
		if resp.StatusCode != http.StatusUnauthorized {
			t.Fatalf("failure %d = %d, want 401", i+1, resp.StatusCode)
		}
	}
	resp, body := e.postForm("/admin/login", url.Values{"username": {"alice"}, "password": {adminPassword}})
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" || !strings.Contains(body, "Too many failed logins") {
		t.Errorf("after 5 failures = %d, Retry-After %q; want 429 with Retry-After", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	var n int
	if err := e.pool.QueryRow(context.Background(), `SELECT count(*) FROM login_failures WHERE username = 'alice'`).Scan(&n); err != nil || n != 5 {
		t.Errorf("recorded failures = %d, %v; want 5", n, err)
	}
}
