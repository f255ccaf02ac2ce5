package server

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// getJSON fetches path and decodes its JSON body into v, checking the
// status and the media type.
func getJSON(t *testing.T, h http.Handler, path string, status int, v any) http.Header {
	t.Helper()
	rec := get(t, h, path)
	ct := rec.Header().Get("Content-Type")
	if rec.Code != status || (status < 400) != (ct == "application/json") || status >= 400 && ct != "application/problem+json" {
		t.Fatalf("GET %s: %d %q, want %d\n%s", path, rec.Code, ct, status, rec.Body)
	}
	if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	return rec.Header()
}

// apiList is the shape of the API's lists.
type apiList struct {
	Sessions []apiSession       `json:"sessions"`
	Speakers []apiSpeaker       `json:"speakers"`
	Remarks  []apiSpeakerRemark `json:"remarks"`
	Hits     []apiHit           `json:"hits"`
	Total    int                `json:"total"`
	Next     *string            `json:"next"`
}

// TestAPISessions pages through sessions with cursors and filters, reads a
// session and a remark, and checks the JSON against the pages' data.
func TestAPISessions(t *testing.T) {
	t.Parallel()
	_, h := seededSite(t)
	var all apiList
	hd := getJSON(t, h, "/api/v1/sessions", 200, &all)
	if len(all.Sessions) != 2 || all.Next != nil || hd.Get("Access-Control-Allow-Origin") != "*" || hd.Get("ETag") == "" {
		t.Fatalf("sessions: %+v, headers %v", all, hd)
	}
	var page apiList
	getJSON(t, h, "/api/v1/sessions?limit=1", 200, &page)
	seen := []string{}
	for i := 0; page.Next != nil && i < 5; i++ {
		seen = append(seen, page.Sessions[0].Slug)
		next := strings.TrimPrefix(*page.Next, "http://example.com")
		page = apiList{}
		getJSON(t, h, next, 200, &page)
	}
	seen = append(seen, page.Sessions[0].Slug)
	if strings.Join(seen, ",") != all.Sessions[0].Slug+","+all.Sessions[1].Slug {
		t.Errorf("cursor pages %v, want %s then %s", seen, all.Sessions[0].Slug, all.Sessions[1].Slug)
	}
	var ietf apiList
	getJSON(t, h, "/api/v1/sessions?body=IETF&to=2016-12-31", 200, &ietf)
	if len(ietf.Sessions) != 1 || ietf.Sessions[0].Slug != seedSlug || *ietf.Sessions[0].Date != "2016-11-16" {
		t.Errorf("filtered: %+v", ietf.Sessions)
	}

	var sess struct {
		apiSession
		Items    []apiItem       `json:"items"`
		Speakers []apiSpeakerRef `json:"speakers"`
		Remarks  []apiRemark     `json:"remarks"`
	}
	getJSON(t, h, "/api/v1/sessions/"+seedSlug, 200, &sess)
	if len(sess.Remarks) != sess.RemarkCount || len(sess.Items) == 0 || len(sess.Speakers) == 0 ||
		sess.AknURL != "http://example.com/sessions/"+seedSlug+".akn.xml" || sess.Remarks[0].Item == "" {
		t.Errorf("session: %d remarks of %d, %d items, %d speakers, %q", len(sess.Remarks), sess.RemarkCount, len(sess.Items), len(sess.Speakers), sess.AknURL)
	}
	var rm struct {
		apiRemark
		Session    apiSession `json:"session"`
		ItemDetail *apiItem   `json:"item_detail"`
	}
	getJSON(t, h, "/api/v1/sessions/"+seedSlug+"/remarks/42", 200, &rm)
	if rm.Key != 42 || rm.Session.Slug != seedSlug || rm.ItemDetail == nil || rm.URL != "http://example.com/sessions/"+seedSlug+"/remarks/42" {
		t.Errorf("remark: %+v", rm)
	}
	tag := get(t, h, "/api/v1/sessions/"+seedSlug).Header().Get("ETag")
	if rec := get(t, h, "/api/v1/sessions/"+seedSlug, "If-None-Match: "+tag); rec.Code != 304 {
		t.Errorf("revalidation: %d", rec.Code)
	}
}

// TestAPISpeakersAndSearch pages a speaker's remarks and searches.
func TestAPISpeakersAndSearch(t *testing.T) {
	t.Parallel()
	_, h := seededSite(t)
	var sps apiList
	getJSON(t, h, "/api/v1/speakers", 200, &sps)
	found := false
	for _, sp := range sps.Speakers {
		found = found || sp.Slug == "bob-sample" && sp.RemarkCount == 2 && sp.APIURL == "http://example.com/api/v1/speakers/bob-sample"
	}
	if !found {
		t.Errorf("speakers lack bob-sample with 2 remarks: %+v", sps.Speakers)
	}
	var p1, p2 apiList
	getJSON(t, h, "/api/v1/speakers/bob-sample?limit=1", 200, &p1)
	if len(p1.Remarks) != 1 || p1.Next == nil {
		t.Fatalf("first page: %+v", p1)
	}
	getJSON(t, h, strings.TrimPrefix(*p1.Next, "http://example.com"), 200, &p2)
	if len(p2.Remarks) != 1 || p2.Next != nil || p2.Remarks[0].Key == p1.Remarks[0].Key {
		t.Errorf("second page: %+v", p2)
	}
	var res apiList
	getJSON(t, h, "/api/v1/search?q=congestion&order=date", 200, &res)
	if res.Total != 2 || len(res.Hits) != 2 || res.Hits[0].Snippet == "" || strings.ContainsRune(res.Hits[0].Snippet, '\ue000') {
		t.Errorf("search: %+v", res)
	}
}

// TestAPIRefusals checks that every refusal is a problem document with a
// clear detail, and that preflights are answered.
func TestAPIRefusals(t *testing.T) {
	t.Parallel()
	_, h := seededSite(t)
	for path, status := range map[string]int{
		"/api/v1/sessions?limit=0": 400, "/api/v1/sessions?limit=x": 400, "/api/v1/sessions?cursor=!!!": 400,
		"/api/v1/sessions?cursor=" + encodeCursor("d:2016-99-01:1"): 400, "/api/v1/sessions?from=yesterday": 400,
		"/api/v1/sessions/nope": 404, "/api/v1/sessions/" + seedSlug + "/remarks/99999": 404,
		"/api/v1/speakers/nobody": 404, "/api/v1/speakers/bob-sample?cursor=" + encodeCursor("o:-5"): 400,
		"/api/v1/search": 400, "/api/v1/nothing": 404, "/api/v2/sessions": 404,
		"/api/v1/sessions?body=%00": 400, "/api/v1/sessions?to=99999-01-01": 400, "/api/v1/speakers/%00": 404,
	} {
		var p struct {
			Status int    `json:"status"`
			Detail string `json:"detail"`
		}
		getJSON(t, h, path, status, &p)
		if p.Status != status || p.Detail == "" {
			t.Errorf("%s: problem %+v", path, p)
		}
	}
	if rec := do(t, h, http.MethodPost, "/api/v1/sessions"); rec.Code != 405 || rec.Header().Get("Content-Type") != "application/problem+json" {
		t.Errorf("POST: %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	rec := do(t, h, http.MethodOptions, "/api/v1/sessions", "Origin: https://elsewhere.example", "Access-Control-Request-Headers: if-none-match")
	if rec.Code != 204 || !strings.Contains(rec.Header().Get("Access-Control-Allow-Headers"), "If-None-Match") {
		t.Errorf("preflight: %d %v", rec.Code, rec.Header())
	}
}

// TestOpenAPI checks the description is JSON of OpenAPI 3.1 and that every
// path it lists is served.
func TestOpenAPI(t *testing.T) {
	t.Parallel()
	_, h := seededSite(t)
	var doc struct {
		OpenAPI string                    `json:"openapi"`
		Paths   map[string]map[string]any `json:"paths"`
	}
	getJSON(t, h, "/api/v1/openapi.json", 200, &doc)
	if doc.OpenAPI != "3.1.0" || len(doc.Paths) < 7 {
		t.Fatalf("openapi %q with %d paths", doc.OpenAPI, len(doc.Paths))
	}
	for path := range doc.Paths {
		p := strings.NewReplacer("{slug}", seedSlug, "{key}", "42").Replace(path)
		if strings.HasPrefix(path, "/api/v1/speakers/") {
			p = "/api/v1/speakers/jari-arkko"
		}
		if strings.HasSuffix(path, "/search") {
			p += "?q=internet"
		}
		if rec := get(t, h, p); rec.Code != 200 {
			t.Errorf("%s (%s): %d", path, p, rec.Code)
		}
	}
}
