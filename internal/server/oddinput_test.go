package server

import (
	"net/http"
	"net/url"
	"strconv"
	"testing"
)

// TestOddPathsAreNotFound checks the public paths a hostile tester found
// answered with a 500 (issue 12): a NUL or a byte that is not UTF-8 in a
// slug reached PostgreSQL, a remark number past 32 bits overflowed its
// column, and non-canonical numbers ("+1", "01") answered 200 as a second
// address of the same remark. Each is a 404 now, and nothing is logged.
func TestOddPathsAreNotFound(t *testing.T) {
	_, h := seededSite(t)
	seed := "/sessions/" + seedSlug
	for _, path := range []string{
		"/sessions/%00", "/sessions/%ff", "/sessions/a%00b", "/speakers/%00", "/speakers/%c3%28",
		"/sessions/%00/remarks/1", seed + "/remarks/2147483648", seed + "/remarks/99999999999999999999",
		seed + "/remarks/+1", seed + "/remarks/01", seed + "/remarks/0x1",
	} {
		if rec := get(t, h, path); rec.Code != http.StatusNotFound {
			t.Errorf("GET %s = %d, want 404", path, rec.Code)
		}
	}
	if rec := get(t, h, seed+"/remarks/1"); rec.Code != http.StatusOK {
		t.Errorf("GET %s/remarks/1 = %d, want 200", seed, rec.Code)
	}
}

// TestOddAdminInputIsRefused checks the admin requests that answered 500
// with NUL characters and numbers past 32 bits (issue 12): each is a 4xx
// now, and the archive is unchanged.
func TestOddAdminInputIsRefused(t *testing.T) {
	e, unnamed, _ := newAssignEnv(t)
	e.login()
	before := e.counts()
	for _, path := range []string{
		"/admin/speakers?q=%00", "/admin/sessions/%00/revisions",
		"/admin/sessions/" + assignSession + "/revisions/2147483648/source",
	} {
		if resp, _ := e.get(path); resp.StatusCode < 400 || resp.StatusCode >= 500 {
			t.Errorf("GET %s = %d, want a 4xx", path, resp.StatusCode)
		}
	}
	for _, form := range []url.Values{
		{"session": {assignSession}, "key": {"2147483648"}, "name": {"Carol Chair"}},
		{"session": {assignSession}, "key": {strconv.Itoa(unnamed)}, "name": {"Carol\x00Chair"}},
		{"session": {"a\x00b"}, "key": {strconv.Itoa(unnamed)}, "name": {"Carol Chair"}},
	} {
		if resp, _ := e.postForm("/admin/speakers/assign", form); resp.StatusCode < 400 || resp.StatusCode >= 500 {
			t.Errorf("assign %v = %d, want a 4xx", form, resp.StatusCode)
		}
	}
	for _, form := range []url.Values{{"name": {"Bob\x00Sample"}}} {
		if resp, _ := e.postForm("/admin/speakers/bob-sample/rename", form); resp.StatusCode >= 500 {
			t.Errorf("rename %v = %d, want no 5xx", form, resp.StatusCode)
		}
	}
	for _, field := range []string{"title", "location", "body"} {
		resp, _ := e.upload("nul.txt", []byte(testMinutes), map[string]string{field: "Plenary\x00"})
		if resp.StatusCode >= 500 {
			t.Errorf("upload with a NUL in %s = %d, want no 5xx", field, resp.StatusCode)
		}
	}
	e.sameCounts(before)
}
