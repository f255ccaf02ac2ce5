package server

import (
	"bytes"
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/plenary/plenary/internal/archive"
)

func TestUploadRefusals(t *testing.T) {
	tests := []struct {
		name   string
		file   []byte
		fields map[string]string
		status int
		msg    string
	}{
		{"empty file", []byte{}, nil, http.StatusBadRequest, "The upload is empty"},
		{"nothing at all", nil, nil, http.StatusBadRequest, "The upload is empty"},
		{"blank pasted text", nil, map[string]string{"text": "  \n\n "}, http.StatusBadRequest, "The upload is empty"},
		{"binary", []byte("%PDF-1.4\x00\x01\x02\x03\x00binary\x00"), nil, http.StatusUnsupportedMediaType, "not a text file"},
		{"invalid encoding", []byte("\xEF\xBB\xBFTest Plenary\n\n\xff\xfe\xfd broken\n"), nil, http.StatusUnprocessableEntity, "character encoding"},
		{"no remarks", []byte("Just a line of text\n"), nil, http.StatusUnprocessableEntity, "No remarks were found"},
		{"too large", bytes.Repeat([]byte("Alice Example said many things. "), (archive.MaxSourceBytes/32)+100), nil, http.StatusRequestEntityTooLarge, "too large"},
		{"bad slug", []byte(testMinutes), map[string]string{"slug": "Not A Slug!"}, http.StatusUnprocessableEntity, "invalid slug"},
		{"bad date", []byte(testMinutes), map[string]string{"date": "yesterday"}, http.StatusUnprocessableEntity, "not a date"},
		{"hostile title", []byte{}, map[string]string{"title": "<script>alert(1)</script>"}, http.StatusBadRequest, "&lt;script&gt;"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newAdminEnv(t, Config{})
			e.login()
			before := e.counts()
			resp, body := e.upload("minutes.txt", tt.file, tt.fields)
			if resp.StatusCode != tt.status {
				t.Errorf("status = %d, want %d", resp.StatusCode, tt.status)
			}
			if !strings.Contains(body, tt.msg) || !strings.Contains(body, `id="upload-error"`) {
				t.Errorf("form does not say %q:\n%.2000s", tt.msg, body)
			}
			if strings.Contains(body, "<script>alert") {
				t.Error("hostile input echoed unescaped")
			}
			e.sameCounts(before)
		})
	}
}

// TestUploadTooLargeStopsReading sends a body far over the limit and
// checks the server answers 413 without waiting for all of it.
func TestUploadTooLargeStopsReading(t *testing.T) {
	e := newAdminEnv(t, Config{})
	e.login()
	before := e.counts()
	big := bytes.Repeat([]byte("x"), 3*archive.MaxSourceBytes)
	resp, _ := e.upload("big.txt", big, nil)
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("status = %d, want 413", resp.StatusCode)
	}
	e.sameCounts(before)
}

func TestUploadPreviewPublishDiscard(t *testing.T) {
	e := newAdminEnv(t, Config{})
	e.login()
	resp, _ := e.upload("test.txt", []byte(testMinutes), nil)
	loc := resp.Header.Get("Location")
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, "/admin/uploads/") {
		t.Fatalf("upload = %d → %q", resp.StatusCode, loc)
	}
	if c := e.counts(); c["documents"] != 1 || c["sessions"] != 0 {
		t.Fatalf("after upload: %v, want one pending document, no session", c)
	}
	resp, body := e.get(loc)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("preview = %d", resp.StatusCode)
	}
	for _, want := range []string{"Test Plenary", "2025-03-12-test-plenary", "(new session)", "Open Mic", "budgets and the reserve fund", `id="publish"`} {
		if !strings.Contains(body, want) {
			t.Errorf("preview lacks %q", want)
		}
	}
	resp, _ = e.postForm(loc+"/publish", nil)
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/sessions/2025-03-12-test-plenary?published=1" {
		t.Fatalf("publish = %d → %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	if resp, _ := e.postForm(loc+"/publish", nil); resp.StatusCode != http.StatusConflict {
		t.Errorf("second publish = %d, want 409", resp.StatusCode)
	}

	// A correction through the form's slug field shows a diff; discarding
	// it takes the upload out of review and changes nothing else.
	corrected := strings.Replace(testMinutes, "weather", "wether", 1)
	resp, _ = e.upload("test.txt", []byte(corrected), map[string]string{"slug": "2025-03-12-test-plenary"})
	loc2 := resp.Header.Get("Location")
	_, body = e.get(loc2)
	for _, want := range []string{"correction of revision 1", "2 kept, 1 edited, 0 new, 0 removed", "wether"} {
		if !strings.Contains(body, want) {
			t.Errorf("correction preview lacks %q", want)
		}
	}
	before := e.counts()
	resp, _ = e.postForm(loc2+"/discard", nil)
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/admin" {
		t.Fatalf("discard = %d → %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	// The source is kept (nothing an admin uploads is lost), no longer pending.
	e.sameCounts(before)
	if _, body := e.get("/admin"); !strings.Contains(body, "discarded") || !strings.Contains(body, "Nothing awaits review") {
		t.Error("dashboard does not confirm the discard, or still lists the upload as pending")
	}
	if resp, body := e.get(loc2); resp.StatusCode != http.StatusGone || !strings.Contains(body, "was discarded") {
		t.Errorf("discarded preview = %d, want 410", resp.StatusCode)
	}
	if resp, _ := e.postForm(loc2+"/publish", nil); resp.StatusCode != http.StatusGone {
		t.Errorf("publish of discarded = %d, want 410", resp.StatusCode)
	}
	e.sameCounts(before)
}

func TestRevisionsAndSources(t *testing.T) {
	e := newAdminEnv(t, Config{})
	ctx := context.Background()
	v1 := []byte(testMinutes)
	v2 := []byte(strings.Replace(testMinutes, "weather", "wether", 1) + "\xe9t\xe9 in Latin-1 stays byte for byte.\n")
	for _, src := range [][]byte{v1, v2} {
		if _, err := e.store.Ingest(ctx, archive.Upload{Source: src, Filename: "test.txt", By: "cli"}); err != nil {
			t.Fatal(err)
		}
	}
	e.login()
	resp, body := e.get("/admin/sessions/2025-03-12-test-plenary/revisions")
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, "/revisions/1/source") || !strings.Contains(body, "/revisions/2/source") {
		t.Fatalf("revisions page = %d", resp.StatusCode)
	}
	for n, want := range map[string][]byte{"1": v1, "2": v2} {
		resp, got := e.get("/admin/sessions/2025-03-12-test-plenary/revisions/" + n + "/source")
		if resp.StatusCode != http.StatusOK || got != string(want) {
			t.Errorf("source of revision %s = %d, %d bytes; want %d bytes byte for byte", n, resp.StatusCode, len(got), len(want))
		}
		if !strings.HasPrefix(resp.Header.Get("Content-Disposition"), "attachment") {
			t.Errorf("source %s not served as a download", n)
		}
	}
	if resp, _ := e.get("/admin/sessions/2025-03-12-test-plenary/revisions/3/source"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("missing revision = %d, want 404", resp.StatusCode)
	}
	if resp, _ := e.get("/admin/sessions/nope/revisions"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("missing session = %d, want 404", resp.StatusCode)
	}
}

func TestSpeakersMergeAndRename(t *testing.T) {
	e := newAdminEnv(t, Config{})
	ctx := context.Background()
	if _, err := e.store.Ingest(ctx, archive.Upload{Source: []byte(testMinutes), Filename: "t.txt", By: "cli"}); err != nil {
		t.Fatal(err)
	}
	list, err := e.store.AdminSpeakers(ctx, "", 100)
	if err != nil || len(list) < 2 {
		t.Fatalf("speakers = %v, %v; want at least two", list, err)
	}
	from, into := list[0].Slug, list[1].Slug
	e.login()
	if resp, body := e.get("/admin/speakers"); resp.StatusCode != http.StatusOK || !strings.Contains(body, from) {
		t.Fatalf("speakers page = %d", resp.StatusCode)
	}
	resp, _ := e.postForm("/admin/speakers/"+into+"/rename", url.Values{"name": {"Renamed Person"}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Errorf("rename = %d", resp.StatusCode)
	}
	before := e.counts()
	resp, body := e.postForm("/admin/speakers/merge", url.Values{"from": {from}, "into": {"no-such-speaker"}})
	if resp.StatusCode != http.StatusNotFound || !strings.Contains(body, "Nothing was changed") {
		t.Errorf("merge into unknown = %d", resp.StatusCode)
	}
	e.sameCounts(before)
	resp, _ = e.postForm("/admin/speakers/merge", url.Values{"from": {from}, "into": {into}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("merge = %d", resp.StatusCode)
	}
	if to, err := e.store.SpeakerRedirect(ctx, from); err != nil || to != into {
		t.Errorf("SpeakerRedirect(%s) = %q, %v; want %s", from, to, err, into)
	}
	var actions string
	if err := e.pool.QueryRow(ctx, `SELECT string_agg(actor || ':' || action, ' ' ORDER BY id) FROM audit_log WHERE action LIKE '%speaker%'`).Scan(&actions); err != nil || actions != "alice:rename_speaker alice:merge_speakers" {
		t.Errorf("audit = %q, %v", actions, err)
	}
}

// TestPreviewShowsConfidence checks that the preview says, per remark,
// why the parser chose its speaker and how sure it is, marks the unsure
// ones and lists them first, least sure first (issue 15).
func TestPreviewShowsConfidence(t *testing.T) {
	e := newAdminEnv(t, Config{})
	e.login()
	src := testMinutes + "\nWe think the reserve fund should be kept for the roof, and I would rather we waited a year before spending any of it.\n"
	resp, _ := e.upload("test.txt", []byte(src), nil)
	_, body := e.get(resp.Header.Get("Location"))
	for _, want := range []string{
		"Check first (2)",
		"reported speech, 90% sure",
		"no speaker named, 62% sure",
		`class="remark preview-remark unsure"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("preview lacks %q", want)
		}
	}
	check := body[strings.Index(body, "Check first"):]
	check = check[:strings.Index(check, "</section>")]
	// Remark 4 (first-person narration, 63%) before remark 1 (narration, 75%).
	if i, j := strings.Index(check, `href="#pr4"`), strings.Index(check, `href="#pr1"`); i < 0 || j < 0 || i > j {
		t.Errorf("the check-first list does not link the least sure remark first:\n%s", check)
	}
}
