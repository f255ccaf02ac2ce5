//go:build screenshots

package server

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestScreenshots writes PNGs of the reading pages at a desktop's and a
// phone's size into $SCREENSHOTS_DIR (make screenshots: ./screenshots,
// ignored by git), so anyone can look at what readers see. Not a check:
// it runs only with the screenshots build tag.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("SCREENSHOTS_DIR")
	if dir == "" {
		t.Fatal("set SCREENSHOTS_DIR (make screenshots does)")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	ctx := newBrowser(t)
	store, h := seededSite(t)
	src, err := os.ReadFile(filepath.Join(corpusDir(t), "tc39-2024-04-08-plenary-notes.md"))
	if err != nil {
		t.Fatal(err)
	}
	tc39 := ingest(t, store, "tc39-2024-04-08-plenary-notes.md", src, "")
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/sessions/"+seedSlug)); err != nil {
		t.Fatal(err)
	}
	speaker := eval[string](t, ctx, `document.querySelector("article.remark .who a").getAttribute("href")`)
	pages := map[string]string{
		"session":      "/sessions/" + seedSlug,
		"session-long": "/sessions/" + tc39.Slug,
		"remark":       "/sessions/" + seedSlug + "/remarks/42",
		"speaker":      speaker,
		"search":       "/search?q=charter",
		"speakers":     "/speakers",
		"home":         "/",
	}
	for name, path := range pages {
		for _, size := range []struct {
			tag  string
			w, h int64
		}{{"1280x900", 1280, 900}, {"390x844", 390, 844}} {
			err := chromedp.Do(ctx, chromedp.EmulateViewport(size.w, size.h), chromedp.Navigate(ts.URL+path))
			if err != nil {
				t.Fatalf("%s at %s: %v", path, size.tag, err)
			}
			waitFor(t, ctx, `document.readyState === "complete"`)
			png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
			if err != nil {
				t.Fatalf("%s at %s: %v", path, size.tag, err)
			}
			file := filepath.Join(dir, name+"-"+size.tag+".png")
			if err := os.WriteFile(file, png, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %s", file, path)
		}
	}
}
