package server

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/plenary/plenary/internal/archive"
)

// TestEditSessionDetails checks the header form on the revisions page:
// only a logged-in admin on a same-origin request may save it; bad input
// is refused with the reason and what was typed, changing nothing; a save
// shows at once on the public page under a new ETag.
func TestEditSessionDetails(t *testing.T) {
	e := newAdminEnv(t, Config{})
	p, err := e.store.Ingest(context.Background(), archive.Upload{Source: []byte(testMinutes), Filename: "t.txt", By: "cli"})
	if err != nil {
		t.Fatal(err)
	}
	page, edit := "/sessions/"+p.Slug, "/admin/sessions/"+p.Slug+"/details"
	good := url.Values{"title": {"Test Plenary (corrected)"}, "body": {"OWL Council"}, "date": {"2025-03-13"}, "location": {"Porto, Portugal"}}
	if resp, _ := e.postForm(edit, good); resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/admin/login" {
		t.Errorf("anonymous edit = %d → %q, want 303 → /admin/login", resp.StatusCode, resp.Header.Get("Location"))
	}
	e.login()
	if resp, _ := e.postForm(edit, good, "Sec-Fetch-Site", "cross-site"); resp.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site edit = %d, want 403", resp.StatusCode)
	}
	before := e.counts()
	oldTag, _ := e.page(page)
	refusals := []struct {
		name   string
		form   url.Values
		status int
		want   string
	}{
		{"no title", url.Values{"title": {" "}, "body": {"X"}}, 422, "give the session a title"},
		{"bad date", url.Values{"title": {"T"}, "date": {"13/03/2025"}}, 422, "YYYY-MM-DD"},
		{"long body", url.Values{"title": {"T"}, "body": {strings.Repeat("b", 201)}}, 422, "at most 200 characters"},
		{"hostile", url.Values{"title": {"<script>alert(1)</script>"}, "body": {strings.Repeat("b", 201)}}, 422, "&lt;script&gt;alert(1)&lt;/script&gt;"},
	}
	for _, tc := range refusals {
		resp, body := e.postForm(edit, tc.form)
		if resp.StatusCode != tc.status || !strings.Contains(body, tc.want) || !strings.Contains(body, "Nothing was changed") {
			t.Errorf("%s: status %d, body lacks %q or the refusal:\n%.400s", tc.name, resp.StatusCode, tc.want, body)
		}
	}
	if resp, _ := e.postForm("/admin/sessions/no-such-session/details", good); resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown session: status %d, want 404", resp.StatusCode)
	}
	e.sameCounts(before)
	if tag, _ := e.page(page); tag != oldTag {
		t.Errorf("refused edits changed the page's ETag")
	}

	resp, _ := e.postForm(edit, good)
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/admin/sessions/"+p.Slug+"/revisions" {
		t.Fatalf("edit = %d → %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	if _, body := e.get("/admin/sessions/" + p.Slug + "/revisions"); !strings.Contains(body, "Session details saved.") || !strings.Contains(body, `value="OWL Council"`) {
		t.Errorf("revisions page after the edit lacks the notice or the new body")
	}
	tag, body := e.page(page)
	if tag == oldTag {
		t.Errorf("ETag unchanged after the edit")
	}
	for _, want := range []string{"<h1>Test Plenary (corrected)</h1>", "<dt>Body</dt><dd>OWL Council</dd>", "13 March 2025", "Porto, Portugal"} {
		if !strings.Contains(body, want) {
			t.Errorf("public page lacks %q", want)
		}
	}
}

// page fetches a public page, failing on anything but 200, and returns
// its ETag and body.
func (e *adminEnv) page(path string) (etag, body string) {
	e.t.Helper()
	resp, body := e.get(path)
	if resp.StatusCode != http.StatusOK {
		e.t.Fatalf("GET %s: status %d", path, resp.StatusCode)
	}
	return resp.Header.Get("ETag"), body
}
