//go:build chaos

package chaos

import (
	"context"
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// publishSlug is the session the admin loop republishes; every newEvery-th
// round publishes a new session instead.
const (
	publishSlug = "chaos-publish"
	newEvery    = 4
)

// publishStats is what the admin loop did: publishes that succeeded,
// refusals as unavailable or busy (503, then retried), other failures, and
// publishes whose outcome is unknown (the answer was lost mid-publish).
type publishStats struct {
	ok, unavailable, failed, unknown int
	republished                      int      // successful publishes of publishSlug
	created                          []string // new sessions published
}

// publishLoop logs in as the admin and publishes, upload then publish,
// until ctx ends: each round a changed text, so each publish is a new
// revision.
func publishLoop(ctx context.Context, t *testing.T, base string) publishStats {
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, Timeout: 2 * time.Minute,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	src, err := os.ReadFile(filepath.Join(repoRoot(t), "examples", "2025-05-20-owl-architecture-board.md"))
	if err != nil {
		t.Fatal(err)
	}
	var st publishStats
	post := func(path string, form url.Values) (*http.Response, error) {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+path, strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Origin", base)
		resp, err := c.Do(req)
		if err == nil {
			resp.Body.Close()
		}
		return resp, err
	}
	loggedIn := false
	for round := 1; ctx.Err() == nil; round++ {
		if !loggedIn {
			resp, err := post("/admin/login", url.Values{"username": {adminUser}, "password": {adminPassword}})
			loggedIn = err == nil && resp.StatusCode == http.StatusSeeOther
			if !loggedIn {
				st.note(resp, err)
				pause(ctx)
				continue
			}
		}
		slug := publishSlug
		if round%newEvery == 0 {
			slug = fmt.Sprintf("chaos-new-%d", round)
		}
		text := fmt.Sprintf("%s\n\nChaos round %d.\n", src, round)
		resp, err := post("/admin/uploads", url.Values{"text": {text}, "slug": {slug}})
		if err != nil || resp.StatusCode != http.StatusSeeOther {
			st.note(resp, err)
			pause(ctx)
			continue
		}
		resp, err = post(resp.Header.Get("Location")+"/publish", url.Values{})
		switch {
		case err == nil && resp.StatusCode == http.StatusSeeOther && resp.Header.Get("Location") == "/sessions/"+slug:
			st.ok++
			if slug == publishSlug {
				st.republished++
			} else {
				st.created = append(st.created, slug)
			}
		case ctx.Err() != nil:
			st.unknown++ // the load ended mid-publish
		default:
			if err != nil || resp.StatusCode == http.StatusServiceUnavailable {
				st.unknown++
			}
			st.note(resp, err)
			pause(ctx)
		}
	}
	return st
}

// note counts a failed step: 503s and lost connections are expected
// while the database restarts; anything else is a failure.
func (st *publishStats) note(resp *http.Response, err error) {
	switch {
	case err != nil, resp.StatusCode == http.StatusServiceUnavailable:
		st.unavailable++
	default:
		st.failed++
		fmt.Printf("chaos: admin step failed: %s %s\n", resp.Request.URL.Path, resp.Status)
	}
}

// pause waits a little before a retry.
func pause(ctx context.Context) {
	select {
	case <-time.After(300 * time.Millisecond):
	case <-ctx.Done():
	}
}
