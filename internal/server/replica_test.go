package server

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// TestReadReplica runs the site with public reads on a second database
// (Config.Reads, what DATABASE_READ_URL opens), standing in for a
// streaming replica that has not yet applied a publish: public pages and
// the API show what the replica has, admin pages and writes use the
// primary, and the page a publish leads to says the revision is on its
// way until the replica has it.
func TestReadReplica(t *testing.T) {
	ctx := context.Background()
	replica := archive.New(pgtest.DB(t))
	e := newAdminEnv(t, Config{Reads: replica})
	older := strings.Replace(testMinutes, "12 March 2025", "11 March 2025", 1)
	if _, err := replica.Ingest(ctx, archive.Upload{Source: []byte(older), Filename: "old.txt", By: "test"}); err != nil {
		t.Fatal(err)
	}
	e.login()
	resp, _ := e.upload("test.txt", []byte(testMinutes), nil)
	resp, _ = e.postForm(resp.Header.Get("Location")+"/publish", nil)
	const slug = "2025-03-12-test-plenary"
	landing := resp.Header.Get("Location")
	if resp.StatusCode != http.StatusSeeOther || landing != "/sessions/"+slug+"?published=1" {
		t.Fatalf("publish = %d to %q", resp.StatusCode, landing)
	}
	for _, tc := range []struct {
		path   string
		status int
		want   string
	}{
		{landing, http.StatusServiceUnavailable, "on its way"},
		{"/sessions/" + slug, http.StatusNotFound, ""},
		{"/sessions", http.StatusOK, "2025-03-11-test-plenary"},
		{"/api/v1/sessions/2025-03-11-test-plenary", http.StatusOK, "Bob Sample"},
		{"/admin/sessions/" + slug + "/revisions", http.StatusOK, "Revisions of"},
		{"/healthz", http.StatusOK, "ok"},
	} {
		resp, body := e.get(tc.path)
		if resp.StatusCode != tc.status || !strings.Contains(body, tc.want) {
			t.Errorf("GET %s = %d, want %d with %q", tc.path, resp.StatusCode, tc.status, tc.want)
		}
		if tc.status == http.StatusServiceUnavailable && (resp.Header.Get("Retry-After") == "" || resp.Header.Get("Refresh") == "") {
			t.Errorf("GET %s lacks Retry-After or Refresh: %v", tc.path, resp.Header)
		}
	}
	if _, body := e.get("/sessions"); strings.Contains(body, slug) {
		t.Errorf("/sessions lists the session only the primary has")
	}
	// The replica catches up: the page a publish led to is the session.
	if _, err := replica.Ingest(ctx, archive.Upload{Source: []byte(testMinutes), Filename: "test.txt", By: "test"}); err != nil {
		t.Fatal(err)
	}
	e.srv.recent.forgetAll()
	if resp, body := e.get(landing); resp.StatusCode != http.StatusOK || !strings.Contains(body, "Bob Sample") {
		t.Errorf("after the replica caught up, GET %s = %d", landing, resp.StatusCode)
	}
}
