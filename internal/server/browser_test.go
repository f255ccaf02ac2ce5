package server

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// browse starts the seeded site on a real listener and a headless
// chromium, and returns the browser context and the site's origin.
func browse(t *testing.T) (context.Context, string) {
	t.Helper()
	ctx := newBrowser(t) // skips (or fails under CI) without chromium
	_, h := seededSite(t)
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	return ctx, ts.URL
}

// eval runs a JavaScript expression and returns its value.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// waitFor polls a JavaScript predicate until it is true, for up to 5 s.
// Evaluation errors count as "not yet": during a navigation the page's
// JavaScript context goes away and comes back.
func waitFor(t *testing.T, ctx context.Context, expr string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](expr))
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			// The page as it stood says more than "false" does.
			page, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`location.href + "\n" + (document.body ? document.body.innerText.slice(0, 800) : "")`))
			t.Fatalf("waiting for %s: %v (last value %v) on %s", expr, err, ok, page)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// inViewport is a JavaScript predicate: element #id is within the viewport.
func inViewport(id string) string {
	return `(function(){var r=document.getElementById(` + "'" + id + "'" + `).getBoundingClientRect();` +
		`return r.top >= 0 && r.top < innerHeight && r.bottom > 0;})()`
}

// TestBrowser drives the reading site in a real browser. One browser
// serves the subtests in turn (starting chromium is the slow part).
func TestBrowser(t *testing.T) {
	ctx, base := browse(t)
	session := base + "/sessions/" + seedSlug

	t.Run("fragment targets remark in viewport", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.Navigate(session+"#r42")); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `document.readyState === "complete"`)
		if id := eval[string](t, ctx, `document.querySelector(':target').id`); id != "r42" {
			t.Errorf(":target is %q, want r42", id)
		}
		waitFor(t, ctx, inViewport("r42"))
		bg := eval[string](t, ctx, `getComputedStyle(document.getElementById('r42')).backgroundColor`)
		if bg == "rgba(0, 0, 0, 0)" || bg == "transparent" {
			t.Errorf(":target remark is not highlighted (background %s)", bg)
		}
	})

	t.Run("j and k move between remarks", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.Navigate(session+"#r42"), chromedp.WaitVisible(chromedp.CSS("#r42"))); err != nil {
			t.Fatal(err)
		}
		steps := []struct{ key, want string }{{"j", "r43"}, {"j", "r44"}, {"k", "r43"}}
		for _, s := range steps {
			if err := chromedp.Do(ctx, chromedp.KeyEvent(s.key)); err != nil {
				t.Fatal(err)
			}
			waitFor(t, ctx, `location.hash === "#`+s.want+`"`)
			if id := eval[string](t, ctx, `document.activeElement.id`); id != s.want {
				t.Errorf("after %s: focus on %q, want %s", s.key, id, s.want)
			}
			if cur := eval[string](t, ctx, `document.querySelector('article.remark.current').id`); cur != s.want {
				t.Errorf("after %s: highlighted %q, want %s", s.key, cur, s.want)
			}
			waitFor(t, ctx, inViewport(s.want))
		}
	})

	t.Run("link control copies the permalink", func(t *testing.T) {
		origin := base
		for _, name := range []string{"clipboard-read", "clipboard-write"} {
			_, err := chromedp.CallBrowser(ctx, browser.SetPermission, browser.SetPermissionParams{
				Permission: &browser.PermissionDescriptor{Name: name}, Setting: browser.PermissionSettingGranted, Origin: origin,
			})
			if err != nil {
				t.Fatalf("grant %s: %v", name, err)
			}
		}
		if err := chromedp.Do(ctx, chromedp.Navigate(session), chromedp.Click(chromedp.CSS(`#r42 a.permalink`))); err != nil {
			t.Fatal(err)
		}
		want := session + "/remarks/42"
		waitFor(t, ctx, `document.getElementById('copy-status').textContent !== ""`)
		if status := eval[string](t, ctx, `document.getElementById('copy-status').textContent`); status != "Link copied: "+want {
			t.Errorf("status %q, want %q", status, "Link copied: "+want)
		}
		clip, err := chromedp.Run(ctx, chromedp.Evaluate[string](`navigator.clipboard.readText()`, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("read clipboard: %v", err)
		}
		if clip != want {
			t.Errorf("clipboard %q, want %q", clip, want)
		}
		if loc := eval[string](t, ctx, `location.href`); loc != session {
			t.Errorf("clicking the link control navigated to %s", loc)
		}
	})

	t.Run("search and follow a hit into context", func(t *testing.T) {
		if err := chromedp.Do(ctx,
			chromedp.Navigate(base+"/search"),
			chromedp.SendKeys(chromedp.CSS("#q"), `"congestion control"`),
			chromedp.Submit(chromedp.CSS("#q")),
			chromedp.WaitVisible(chromedp.CSS("ol.hits a.hit-link")),
		); err != nil {
			t.Fatal(err)
		}
		if mark := eval[string](t, ctx, `document.querySelector('ol.hits mark').textContent`); !strings.EqualFold(mark, "congestion") {
			t.Errorf("first <mark> is %q", mark)
		}
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("ol.hits a.hit-link"))); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `location.pathname === "/sessions/`+hostileSlug+`" && !!document.querySelector(':target')`)
		if id := eval[string](t, ctx, `document.querySelector(':target').id`); id != "r2" {
			t.Errorf(":target %q, want r2", id)
		}
		waitFor(t, ctx, inViewport("r2"))
	})
}
