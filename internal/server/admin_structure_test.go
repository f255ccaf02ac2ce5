package server

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// TestSplitAndJoinFlow checks issue 15's split and join through the site
// with a real database: the form offers the sentence starts, a split gives
// the second part its own number and speaker, a join moves a remark's
// text onto the one before and its permalink leads there, both survive a
// corrected source, and stale, cross-origin and anonymous posts change
// nothing.
func TestSplitAndJoinFlow(t *testing.T) {
	e := newAdminEnv(t, Config{})
	e.login()
	publish := e.publish
	src := strings.Replace(testMinutes, "reserve fund.", "reserve fund. Whether it could wait a year was asked from the floor.", 1)
	publish(src)
	const slug = "2025-03-12-test-plenary"
	form := "/admin/sessions/" + slug + "/remarks/"
	page := func(key string) (string, string) {
		t.Helper()
		resp, body := e.get(form + key)
		m := regexp.MustCompile(`name="seen" value="([0-9a-f]+)"`).FindStringSubmatch(body)
		if resp.StatusCode != http.StatusOK || m == nil {
			t.Fatalf("form of remark %s: %d", key, resp.StatusCode)
		}
		return m[1], body
	}
	seen, body := page("2")
	at := regexp.MustCompile(`name="at" value="(\d+)"[^>]*> Whether it could wait`).FindStringSubmatch(body)
	if at == nil {
		t.Fatalf("the split form does not offer the second sentence:\n%.1500s", body)
	}
	before := e.counts()
	for _, bad := range []struct {
		form   url.Values
		status int
		header []string
	}{
		{url.Values{"at": {at[1]}, "speaker": {"carol-person"}, "seen": {"0000000000000000"}}, http.StatusConflict, nil},
		{url.Values{"at": {"3"}, "speaker": {"carol-person"}, "seen": {seen}}, http.StatusUnprocessableEntity, nil},
		{url.Values{"at": {at[1]}, "speaker": {"carol-person"}, "seen": {seen}}, http.StatusForbidden, []string{"Sec-Fetch-Site", "cross-site"}},
	} {
		if resp, _ := e.postForm(form+"2/split", bad.form, bad.header...); resp.StatusCode != bad.status {
			t.Errorf("split %v = %d, want %d", bad.form, resp.StatusCode, bad.status)
		}
	}
	anon := newClient(t)
	req, _ := http.NewRequest(http.MethodPost, e.ts.URL+form+"2/join", strings.NewReader(url.Values{"seen": {seen}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if resp, err := anon.Do(req); err != nil || resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/admin/login" {
		t.Errorf("anonymous join = %v %v, want 303 to the login", resp, err)
	}
	e.sameCounts(before)

	resp, _ := e.postForm(form+"2/split", url.Values{"at": {at[1]}, "speaker": {"carol-person"}, "seen": {seen}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("split = %d", resp.StatusCode)
	}
	_, pub := e.get("/sessions/" + slug)
	if !strings.Contains(pub, `id="r4"`) || !regexp.MustCompile(`(?s)id="r4".*?Carol Person.*?Whether it could wait`).MatchString(pub) {
		t.Errorf("the public page does not show the second part as remark 4 by Carol Person:\n%.3000s", pub)
	}

	seen3, _ := page("3")
	if resp, _ := e.postForm(form+"3/join", url.Values{"seen": {seen3}}); resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != form+"4" {
		t.Fatalf("join of remark 3 = %d to %q, want 303 to the form of remark 4", resp.StatusCode, resp.Header.Get("Location"))
	}
	if resp, _ := e.get("/sessions/" + slug + "/remarks/3"); resp.StatusCode != http.StatusMovedPermanently || !strings.Contains(resp.Header.Get("Location"), "#r4") {
		t.Errorf("the joined remark's permalink = %d to %q, want a redirect to remark 4", resp.StatusCode, resp.Header.Get("Location"))
	}

	if _, hist := e.get("/admin/sessions/" + slug + "/revisions"); !strings.Contains(hist, "Joined onto the remark before (it opened “Carol Person noted") || !strings.Contains(hist, "the rest said by Carol Person") {
		t.Errorf("the revision history lacks the split or the join")
	}
	// A corrected source keeps both.
	publish(strings.Replace(src, "weather in Lisbon", "weather in Lisbon and Porto", 1))
	_, pub = e.get("/sessions/" + slug)
	if !regexp.MustCompile(`(?s)id="r4".*?Carol Person.*?Whether it could wait.*?the third paragraph`).MatchString(pub) || strings.Contains(pub, `<article id="r3"`) {
		t.Errorf("after a corrected source the split and the join are not both there: %v", regexp.MustCompile(`(?s)<article id="r\d+".*?</article>`).FindAllString(pub, -1))
	}
}
