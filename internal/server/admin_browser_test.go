package server

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestAdminFlowInBrowser logs in, uploads a corpus file, reviews the
// preview, publishes and opens a remark permalink, all in chromium.
func TestAdminFlowInBrowser(t *testing.T) {
	file := filepath.Join(corpusDir(t), "ietf97-plenary.txt")
	if _, err := os.Stat(file); err != nil {
		t.Fatalf("corpus file: %v", err)
	}
	e := newAdminEnv(t, Config{})
	ctx := newBrowser(t)
	loginAndUpload(t, ctx, e, file)
	preview := eval[string](t, ctx, `document.querySelector('main').innerText`)
	for _, want := range []string{"IETF Plenary Session", seedSlug, "(new session)", "Warnings"} {
		if !strings.Contains(preview, want) {
			t.Errorf("preview lacks %q", want)
		}
	}
	err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS("#publish")),
		chromedp.WaitVisible(chromedp.CSS("#r5")),
	)
	if err != nil {
		t.Fatalf("publish: %v", err)
	}
	if loc := eval[string](t, ctx, `location.pathname`); loc != "/sessions/"+seedSlug {
		t.Errorf("after publish at %s, want the session page", loc)
	}
	var want string
	if err := e.pool.QueryRow(context.Background(), `SELECT left(text, 40) FROM remarks WHERE key = 5`).Scan(&want); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(e.ts.URL+"/sessions/"+seedSlug+"/remarks/5")); err != nil {
		t.Fatalf("open permalink: %v", err)
	}
	waitFor(t, ctx, `document.readyState === "complete"`)
	got := strings.Join(strings.Fields(eval[string](t, ctx, `document.querySelector('main').innerText`)), " ")
	if !strings.Contains(got, strings.Join(strings.Fields(want), " ")) {
		t.Errorf("permalink page does not show remark 5 (%q):\n%.500s", want, got)
	}
}
