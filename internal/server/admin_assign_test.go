package server

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/plenary/plenary/internal/archive"
)

// assignSession is the session of assignTestMinutes.
const assignSession = "2025-03-12-test-plenary"

// assignTestMinutes are testMinutes with a remark that names nobody and
// one printed with a bare first name.
const assignTestMinutes = testMinutes + "\nThe meeting decided to adopt the budget.\n\nAndrew: Thanks to the hosts for the coffee.\n"

// newAssignEnv publishes assignTestMinutes and leaves the "Andrew:"
// remark without a speaker, as the archive keeps a label the parser could
// not attribute. It returns the keys of the unnamed and the Andrew remark.
func newAssignEnv(t *testing.T) (e *adminEnv, unnamed, andrew int) {
	t.Helper()
	e = newAdminEnv(t, Config{})
	ctx := context.Background()
	if _, err := e.store.Ingest(ctx, archive.Upload{Source: []byte(assignTestMinutes), Filename: "t.txt", By: "cli"}); err != nil {
		t.Fatal(err)
	}
	err := e.pool.QueryRow(ctx, `
		WITH a AS (DELETE FROM speaker_aliases WHERE alias_norm = 'andrew'),
		     r AS (UPDATE remarks SET speaker_id = NULL WHERE speaker_label = 'Andrew' RETURNING key)
		SELECT (SELECT key FROM remarks WHERE text LIKE 'The meeting decided%' AND speaker_id IS NULL),
		       (SELECT key FROM r)`).Scan(&unnamed, &andrew)
	if err != nil {
		t.Fatalf("fixture: %v", err)
	}
	return e, unnamed, andrew
}

// assignCount is how many speaker assignments the archive remembers.
func (e *adminEnv) assignCount() int {
	e.t.Helper()
	var n int
	if err := e.pool.QueryRow(context.Background(), `SELECT count(*) FROM session_speaker_labels`).Scan(&n); err != nil {
		e.t.Fatal(err)
	}
	return n
}

func TestAssignSpeakerNeedsAdminAndSameOrigin(t *testing.T) {
	e, unnamed, _ := newAssignEnv(t)
	form := url.Values{"session": {assignSession}, "key": {strconv.Itoa(unnamed)}, "name": {"Carol Chair"}}
	before := e.counts()
	if resp, _ := e.postForm("/admin/speakers/assign", form); resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/admin/login" {
		t.Errorf("anonymous assign = %d → %q, want 303 → /admin/login", resp.StatusCode, resp.Header.Get("Location"))
	}
	e.login()
	for _, hdr := range [][]string{{"Sec-Fetch-Site", "cross-site"}, {"Origin", "https://evil.example"}} {
		if resp, _ := e.postForm("/admin/speakers/assign", form, hdr...); resp.StatusCode != http.StatusForbidden {
			t.Errorf("assign with %s: %s = %d, want 403", hdr[0], hdr[1], resp.StatusCode)
		}
	}
	if resp, _ := e.get("/admin/speakers/assign"); resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET assign = %d, want 405", resp.StatusCode)
	}
	e.sameCounts(before)
	if n := e.assignCount(); n != 0 {
		t.Errorf("%d assignments remembered, want none", n)
	}
}

func TestAssignSpeakerRefused(t *testing.T) {
	e, unnamed, andrew := newAssignEnv(t)
	e.login()
	key := strconv.Itoa(unnamed)
	tests := []struct {
		name   string
		form   url.Values
		status int
		msg    string
	}{
		{"unknown speaker", url.Values{"session": {assignSession}, "key": {key}, "speaker": {"no-such-speaker"}},
			http.StatusNotFound, "there is no speaker no-such-speaker"},
		{"unknown session", url.Values{"session": {"no-such-session"}, "key": {key}, "speaker": {"bob-sample"}},
			http.StatusNotFound, "there is no session no-such-session"},
		{"empty name", url.Values{"session": {assignSession}, "key": {key}, "name": {"   "}},
			http.StatusUnprocessableEntity, "choose a speaker (by slug) or type the name of a new speaker"},
		{"label with no unresolved remarks", url.Values{"session": {assignSession}, "label": {"Bob Sample"}, "speaker": {"bob-sample"}},
			http.StatusUnprocessableEntity, "no remark of session " + assignSession + " printed as &#34;Bob Sample&#34; is without a speaker"},
		{"key of an attributed remark", url.Values{"session": {assignSession}, "key": {strconv.Itoa(andrew + 100)}, "speaker": {"bob-sample"}},
			http.StatusUnprocessableEntity, "has no remark"},
		{"bad key", url.Values{"session": {assignSession}, "key": {"two"}, "speaker": {"bob-sample"}},
			http.StatusUnprocessableEntity, "The remark key must be a positive number"},
		{"name taken", url.Values{"session": {assignSession}, "label": {"Andrew"}, "name": {"Bob Sample"}},
			http.StatusUnprocessableEntity, "already belongs to speaker bob-sample"},
		{"hostile name", url.Values{"session": {assignSession}, "label": {"<b>Andrew</b>"}, "name": {"<script>x</script>"}},
			http.StatusUnprocessableEntity, "printed as &#34;&lt;b&gt;Andrew&lt;/b&gt;&#34;"},
	}
	before := e.counts()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := e.postForm("/admin/speakers/assign", tt.form)
			if resp.StatusCode != tt.status {
				t.Errorf("status = %d, want %d", resp.StatusCode, tt.status)
			}
			if !strings.Contains(body, tt.msg) || !strings.Contains(body, "Nothing was changed") {
				t.Errorf("page lacks %q and “Nothing was changed”: %s", tt.msg, errorLine(body))
			}
			e.sameCounts(before)
			if n := e.assignCount(); n != 0 {
				t.Errorf("%d assignments remembered, want none", n)
			}
		})
	}
}

// errorLine returns the page's alert paragraph, for failure messages.
func errorLine(body string) string {
	if i := strings.Index(body, `role="alert"`); i >= 0 {
		end := min(len(body), i+300)
		return body[i:end]
	}
	return "(no alert on the page)"
}

func TestAssignSpeakerShowsOnPublicPages(t *testing.T) {
	e, unnamed, andrew := newAssignEnv(t)
	e.login()
	tests := []struct {
		name    string
		form    url.Values
		notice  string
		speaker string // slug whose page must now show the remark
		text    string // the remark's text
		key     int
	}{
		{"unnamed remark to a new speaker",
			url.Values{"session": {assignSession}, "key": {strconv.Itoa(unnamed)}, "name": {"Carol Chair"}},
			"Remark " + strconv.Itoa(unnamed) + " of Test Plenary is now attributed to Carol Chair (new speaker carol-chair).",
			"carol-chair", "The meeting decided to adopt the budget.", unnamed},
		{"label to an existing speaker",
			url.Values{"session": {assignSession}, "label": {"Andrew"}, "key": {strconv.Itoa(andrew)}, "speaker": {"bob-sample"}},
			"The remark printed as “Andrew” in Test Plenary is now attributed to Bob Sample (bob-sample)",
			"bob-sample", "Thanks to the hosts for the coffee.", andrew},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "/sessions/" + assignSession
			resp, body := e.get(page) // warms the session and page caches
			oldTag := resp.Header.Get("ETag")
			if resp.StatusCode != http.StatusOK || oldTag == "" || remarkSpeaker(body, tt.key) == tt.speaker {
				t.Fatalf("session page before: %d, ETag %q", resp.StatusCode, oldTag)
			}
			if resp, body := e.get("/admin/speakers"); !strings.Contains(body, `action="/admin/speakers/assign"`) {
				t.Fatalf("speakers page has no assign form: %d", resp.StatusCode)
			}
			resp, _ = e.postForm("/admin/speakers/assign", tt.form)
			if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/admin/speakers" {
				t.Fatalf("assign = %d → %q, want 303 → /admin/speakers", resp.StatusCode, resp.Header.Get("Location"))
			}
			if _, body := e.get("/admin/speakers"); !strings.Contains(body, tt.notice) {
				t.Errorf("speakers page lacks the notice %q", tt.notice)
			}
			req, _ := http.NewRequest(http.MethodGet, e.ts.URL+page, nil)
			req.Header.Set("If-None-Match", oldTag)
			resp, body = e.do(req)
			if resp.StatusCode != http.StatusOK || resp.Header.Get("ETag") == oldTag {
				t.Errorf("session page after assign: %d, ETag %q (was %q); want 200 under a new ETag", resp.StatusCode, resp.Header.Get("ETag"), oldTag)
			}
			if got := remarkSpeaker(body, tt.key); got != tt.speaker {
				t.Errorf("session page shows remark %d by %q, want %s", tt.key, got, tt.speaker)
			}
			if resp, body := e.get("/speakers/" + tt.speaker); resp.StatusCode != http.StatusOK || !strings.Contains(body, tt.text) {
				t.Errorf("/speakers/%s = %d, lacks %q", tt.speaker, resp.StatusCode, tt.text)
			}
		})
	}
	if _, body := e.get("/speakers"); !strings.Contains(body, "Carol Chair") {
		t.Errorf("/speakers does not list Carol Chair")
	}
	var actions string
	if err := e.pool.QueryRow(context.Background(), `SELECT string_agg(actor || ':' || action, ' ' ORDER BY id) FROM audit_log WHERE action = 'assign_speaker'`).Scan(&actions); err != nil || actions != "alice:assign_speaker alice:assign_speaker" {
		t.Errorf("audit = %q, %v", actions, err)
	}
}

// remarkSpeaker returns the slug of the speaker the session page links
// from remark key, "" when none.
func remarkSpeaker(body string, key int) string {
	i := strings.Index(body, `id="r`+strconv.Itoa(key)+`"`)
	if i < 0 {
		return ""
	}
	rest := body[i:]
	if end := strings.Index(rest, "</article>"); end >= 0 {
		rest = rest[:end]
	}
	_, after, ok := strings.Cut(rest, `href="/speakers/`)
	if !ok {
		return ""
	}
	slug, _, _ := strings.Cut(after, `"`)
	return slug
}
