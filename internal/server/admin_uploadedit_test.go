package server

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// TestUploadEditFlow checks the corrections made in an upload's preview
// through the site with a real database: bad input, a cross-origin post,
// an anonymous one and a remark that is not there are refused and change
// nothing; a good one shows in the preview; publishing applies it; an
// upload no longer pending refuses more.
func TestUploadEditFlow(t *testing.T) {
	e := newAdminEnv(t, Config{})
	e.login()
	src := strings.Replace(testMinutes, "reserve fund.", "reserve fund. Whether it could wait a year was asked from the floor.", 1)
	resp, body := e.upload("test.txt", []byte(src), nil)
	up := resp.Header.Get("Location")
	if resp.StatusCode != http.StatusSeeOther || up == "" {
		t.Fatalf("upload = %d: %s", resp.StatusCode, body)
	}
	_, body = e.get(up)
	at := regexp.MustCompile(`name="at" value="(\d+)"[^>]*> Whether it could wait`).FindStringSubmatch(body)
	if at == nil {
		t.Fatalf("the preview does not offer the second sentence as a split point:\n%.2000s", body)
	}
	before := e.counts()
	for _, bad := range []struct {
		path   string
		form   url.Values
		status int
		header []string
	}{
		{"/remarks/2", url.Values{}, http.StatusUnprocessableEntity, nil},
		{"/remarks/2", url.Values{"speaker": {"alice-example"}, "name": {"Dan Roe"}}, http.StatusUnprocessableEntity, nil},
		{"/remarks/2", url.Values{"speaker": {"nobody-here"}}, http.StatusUnprocessableEntity, nil},
		{"/remarks/2", url.Values{"name": {strings.Repeat("x", 300)}}, http.StatusUnprocessableEntity, nil},
		{"/remarks/2/split", url.Values{"at": {"3"}, "name": {"Dan Roe"}}, http.StatusUnprocessableEntity, nil},
		{"/remarks/2/split", url.Values{"name": {"Dan Roe"}}, http.StatusUnprocessableEntity, nil},
		{"/remarks/2/split", url.Values{"at": {at[1]}}, http.StatusUnprocessableEntity, nil},
		{"/remarks/1/join", url.Values{}, http.StatusUnprocessableEntity, nil},
		{"/remarks/3/join", url.Values{}, http.StatusForbidden, []string{"Sec-Fetch-Site", "cross-site"}},
		{"/remarks/0", url.Values{"name": {"Dan Roe"}}, http.StatusNotFound, nil},
		{"/remarks/02", url.Values{"name": {"Dan Roe"}}, http.StatusNotFound, nil},
		{"/remarks/99", url.Values{"name": {"Dan Roe"}}, http.StatusNotFound, nil},
		{"/remarks/2", url.Values{"name": {"Dan Roe"}}, http.StatusForbidden, []string{"Sec-Fetch-Site", "cross-site"}},
	} {
		if resp, _ := e.postForm(up+bad.path, bad.form, bad.header...); resp.StatusCode != bad.status {
			t.Errorf("%s %v = %d, want %d", bad.path, bad.form, resp.StatusCode, bad.status)
		}
	}
	anon := newClient(t)
	req, _ := http.NewRequest(http.MethodPost, e.ts.URL+up+"/remarks/2", strings.NewReader(url.Values{"name": {"Dan Roe"}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if resp, err := anon.Do(req); err != nil || resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/admin/login" {
		t.Errorf("anonymous edit = %v %v, want 303 to the login", resp, err)
	}
	e.sameCounts(before)

	// A join, shown in the preview, then undone.
	for _, step := range []struct{ path, shows string }{
		{"/remarks/3/join", "Joined onto the remark before"},
		{"/remarks/3/undo", ""},
	} {
		if resp, _ := e.postForm(up+step.path, nil); resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("%s = %d", step.path, resp.StatusCode)
		}
		if _, body := e.get(up); strings.Contains(body, "Joined onto the remark before") != (step.shows != "") {
			t.Errorf("after %s the preview shows the join: %v", step.path, step.shows == "")
		}
	}
	for path, form := range map[string]url.Values{
		"/remarks/3":       {"name": {"Erin Newcomer"}},
		"/remarks/2/split": {"at": {at[1]}, "name": {"Dan Roe"}},
	} {
		resp, _ := e.postForm(up+path, form)
		if want := up + "#pr" + path[len("/remarks/"):len("/remarks/")+1]; resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != want {
			t.Fatalf("%s = %d to %q, want 303 to %q", path, resp.StatusCode, resp.Header.Get("Location"), want)
		}
	}
	if _, body := e.get(up); !strings.Contains(body, "Erin Newcomer") || !strings.Contains(body, "the rest said by Dan Roe") {
		t.Errorf("the preview does not show both corrections:\n%.3000s", body)
	}
	// A name typed into a preview is the admins' until published.
	if _, body := e.get("/search/speakers?q=newcomer"); strings.TrimSpace(body) != "[]" {
		t.Errorf("readers' suggestions offer an unpublished speaker: %s", body)
	}
	if _, body := e.get("/admin/speakers/suggest?q=newcomer"); !strings.Contains(body, "erin-newcomer") {
		t.Errorf("admins' suggestions lack the speaker created in the preview: %s", body)
	}
	if resp, _ := e.postForm(up+"/publish", nil); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("publish = %d", resp.StatusCode)
	}
	_, pub := e.get("/sessions/2025-03-12-test-plenary")
	if !regexp.MustCompile(`(?s)Bob Sample.*?reserve fund\..*?Dan Roe.*?Whether it could wait.*?Erin Newcomer.*?the third paragraph`).MatchString(pub) {
		t.Errorf("the published session lacks the corrections:\n%.3000s", pub)
	}
	if _, body := e.get("/search/speakers?q=newcomer"); !strings.Contains(body, "erin-newcomer") {
		t.Errorf("readers' suggestions lack a published speaker: %s", body)
	}
	_, hist := e.get("/admin/sessions/2025-03-12-test-plenary/revisions")
	for _, want := range []string{"Corrections by hand", "Speaker set to Erin Newcomer", "Split before “Whether it could wait a year was asked from the floor.”; the rest said by Dan Roe"} {
		if !strings.Contains(hist, want) {
			t.Errorf("the revision history lacks %q", want)
		}
	}
	if resp, _ := e.postForm(up+"/remarks/1", url.Values{"name": {"Dan Roe"}}); resp.StatusCode != http.StatusConflict {
		t.Errorf("editing a published upload = %d, want 409", resp.StatusCode)
	}
	resp, _ = e.upload("test.txt", []byte(src), nil)
	gone := resp.Header.Get("Location")
	if resp, _ := e.postForm(gone+"/discard", nil); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("discard = %d", resp.StatusCode)
	}
	if resp, _ := e.postForm(gone+"/remarks/1", url.Values{"name": {"Dan Roe"}}); resp.StatusCode != http.StatusGone {
		t.Errorf("editing a discarded upload = %d, want 410", resp.StatusCode)
	}
}
