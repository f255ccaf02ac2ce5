package server

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// TestEditAttributionFlow checks the attribution edits of issue 15 through
// the site with a real database: set a speaker, mark narration, the
// remark's public page saying it was corrected, the corrections kept when
// a corrected source is published, and the refusals (stale form 409,
// anonymous, cross-origin, unknown remark).
func TestEditAttributionFlow(t *testing.T) {
	e := newAdminEnv(t, Config{})
	e.login()
	publish := e.publish
	publish(testMinutes)
	const slug = "2025-03-12-test-plenary"
	form := "/admin/sessions/" + slug + "/remarks/"
	seen := func(key string) string {
		t.Helper()
		resp, body := e.get(form + key)
		m := regexp.MustCompile(`name="seen" value="([0-9a-f]+)"`).FindStringSubmatch(body)
		if resp.StatusCode != http.StatusOK || m == nil {
			t.Fatalf("form of remark %s: %d, no version", key, resp.StatusCode)
		}
		return m[1]
	}
	speaker := func(key string) string {
		t.Helper()
		var name string
		err := e.pool.QueryRow(context.Background(), `
			SELECT coalesce(sp.name, '') FROM remarks r LEFT JOIN speakers sp ON sp.id = r.speaker_id
			WHERE r.key = $1::int`, key).Scan(&name)
		if err != nil {
			t.Fatal(err)
		}
		return name
	}

	// Remark 2 (Bob Sample) was Carol Person's; remark 3 is narration.
	edits := []struct {
		key  string
		form url.Values
		want string
	}{
		{"2", url.Values{"speaker": {"carol-person"}}, "Carol Person"},
		{"3", url.Values{"narration": {"1"}}, ""},
	}
	for _, ed := range edits {
		ed.form.Set("seen", seen(ed.key))
		resp, body := e.postForm(form+ed.key, ed.form)
		if resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("edit of remark %s = %d:\n%.500s", ed.key, resp.StatusCode, body)
		}
		if got := speaker(ed.key); got != ed.want {
			t.Errorf("remark %s is %q's, want %q", ed.key, got, ed.want)
		}
	}
	if _, body := e.get("/sessions/" + slug + "/remarks/2"); !strings.Contains(body, "Attribution corrected on") || !strings.Contains(body, "Carol Person") {
		t.Errorf("the remark's page does not show its corrected attribution:\n%.800s", body)
	}
	if _, body := e.get("/sessions/" + slug); !strings.Contains(body, "2 attributions were corrected by hand") {
		t.Errorf("the session page does not say its attributions were reviewed")
	}

	// Refusals change nothing.
	before := e.counts()
	stale := url.Values{"speaker": {"bob-sample"}, "seen": {"0000000000000000"}}
	if resp, body := e.postForm(form+"2", stale); resp.StatusCode != http.StatusConflict || !strings.Contains(body, "changed since the form was shown") {
		t.Errorf("stale form = %d, want 409 with a clear message", resp.StatusCode)
	}
	cross := url.Values{"speaker": {"bob-sample"}, "seen": {seen("2")}}
	if resp, _ := e.postForm(form+"2", cross, "Sec-Fetch-Site", "cross-site"); resp.StatusCode != http.StatusForbidden {
		t.Errorf("cross-origin edit = %d, want 403", resp.StatusCode)
	}
	if resp, _ := e.postForm(form+"99", url.Values{"speaker": {"bob-sample"}, "seen": {"x"}}); resp.StatusCode != http.StatusNotFound {
		t.Errorf("edit of a remark that does not exist = %d, want 404", resp.StatusCode)
	}
	anon := newClient(t)
	req, _ := http.NewRequest(http.MethodPost, e.ts.URL+form+"2", strings.NewReader(cross.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if resp, err := anon.Do(req); err != nil || resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/admin/login" {
		t.Errorf("anonymous edit = %v %v, want 303 to the login", resp, err)
	}
	e.sameCounts(before)
	if got := speaker("2"); got != "Carol Person" {
		t.Errorf("a refused edit changed remark 2 to %q", got)
	}

	// A corrected source keeps both corrections.
	publish(strings.Replace(testMinutes, "weather in Lisbon", "weather in Lisbon and Porto", 1))
	for _, ed := range edits {
		if got := speaker(ed.key); got != ed.want {
			t.Errorf("after a correction remark %s is %q's, want %q", ed.key, got, ed.want)
		}
	}

	// A correction that removes remark 3: its edit is kept and listed
	// for review, not dropped.
	publish(strings.Replace(testMinutes, "Carol Person noted that the third paragraph covers the code of conduct review.\n", "", 1))
	_, body := e.get("/admin/sessions/" + slug + "/revisions")
	if !strings.Contains(body, "Corrections whose remark is gone") || !strings.Contains(body, `href="/sessions/`+slug+`/remarks/3"`) {
		t.Errorf("the revisions page does not list the correction of the removed remark 3:\n%.1500s", body)
	}
}
