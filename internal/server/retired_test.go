package server

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestRetiredRemark checks that a remark removed by a correction keeps its
// links working: the permalink redirects to the nearest surviving remark
// in context with a notice, and the old fragment still has an anchor.
func TestRetiredRemark(t *testing.T) {
	t.Parallel()
	store, h := seededSite(t)
	removed := strings.Replace(hostileMinutes,
		"Carol Tester replied that templ escapes everything and that congestion is a separate topic.\n\n", "", 1)
	ingest(t, store, "hostile-corrected.txt", []byte(removed), hostileSlug)
	session := "/sessions/" + hostileSlug
	tests := []struct {
		name     string
		path     string
		status   int
		location string
		want     []string
	}{
		{"retired permalink redirects", session + "/remarks/4", http.StatusMovedPermanently, session + "?moved=4#r3", nil},
		{"surviving remark stays", session + "/remarks/5", http.StatusOK, "", []string{"Bob Sample thanked everyone"}},
		{"session keeps old anchor", session, http.StatusOK, "", []string{`<span id="r4" class="moved-from" data-moved-to="r3"></span><article id="r3"`}},
		{"notice after redirect", session + "?moved=4", http.StatusOK, "", []string{"The remark you linked to (remark 4) was removed in a correction; this is the nearest remark."}},
		{"never existed", session + "/remarks/6", http.StatusNotFound, "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := get(t, h, tc.path)
			if rec.Code != tc.status {
				t.Fatalf("status %d, want %d", rec.Code, tc.status)
			}
			if loc := rec.Header().Get("Location"); loc != tc.location {
				t.Errorf("Location %q, want %q", loc, tc.location)
			}
			for _, w := range tc.want {
				if !strings.Contains(rec.Body.String(), w) {
					t.Errorf("body lacks %q", w)
				}
			}
		})
	}
}

// TestRetiredFragmentInBrowser follows an old #r{key} fragment of a remark
// removed in a correction: the page's script moves to the surviving
// remark and shows the notice.
func TestRetiredFragmentInBrowser(t *testing.T) {
	ctx := newBrowser(t) // skips (or fails under CI) without chromium
	store, h := seededSite(t)
	removed := strings.Replace(hostileMinutes,
		"Carol Tester replied that templ escapes everything and that congestion is a separate topic.\n\n", "", 1)
	ingest(t, store, "hostile-corrected.txt", []byte(removed), hostileSlug)
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)

	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/sessions/"+hostileSlug+"#r4")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `location.hash === "#r3"`)
	waitFor(t, ctx, `document.querySelector(":target") !== null && document.querySelector(":target").id === "r3"`)
	waitFor(t, ctx, `!document.getElementById("moved-notice").hidden`)
	waitFor(t, ctx, inViewport("r3"))
}
