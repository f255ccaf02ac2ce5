package server

import (
	"net/http/httptest"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// markdownMinutes keep emphasis, code and a link inline, and a
// paragraph of narration.
const markdownMinutes = "# Design Call\n\n2025-03-04\n\n## Iterator helpers\n\n" +
	"- Ann Lee: this is *not* a blocker, see `Array.prototype.at` and [the draft](https://example.org/draft).\n" +
	"- Bo Li: **agreed**, ship it.\n\nThe group took a short break.\n"

// TestBrowserRichText opens a session in Chromium and checks what a reader
// sees: emphasis, bold, code and links as elements, no Markdown markers
// left in the text, and narration with a visible "Permalink" and no empty
// speaker line.
func TestBrowserRichText(t *testing.T) {
	ctx := newBrowser(t)
	store, h := newSite(t)
	p := ingest(t, store, "design.md", []byte(markdownMinutes), "")
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/sessions/"+p.Slug)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.readyState === "complete"`)
	checks := map[string]string{
		`document.querySelector("article.remark .text em").textContent`:                                                                 "not",
		`document.querySelector("article.remark .text strong").textContent`:                                                             "agreed",
		`document.querySelector("article.remark .text code").textContent`:                                                               "Array.prototype.at",
		`document.querySelector("article.remark .text a").getAttribute("rel")`:                                                          "nofollow ugc",
		`document.querySelector("article.remark.narration .permalink").textContent`:                                                     "Permalink",
		`String(document.querySelectorAll("article.remark.narration .who a:not(.permalink):not(.in-context)").length)`:                  "0",
		`[...document.querySelectorAll("article.remark .text")].map(e => e.innerText).join(" ").match(/[*\x60]/) ? "markers" : "clean"`: "clean",
	}
	for expr, want := range checks {
		if got := eval[string](t, ctx, expr); got != want {
			t.Errorf("%s = %q, want %q", expr, got, want)
		}
	}
}

// TestBrowserRemarkFirst checks, on a phone's screen (390×844), that a
// remark's permalink page shows the remark itself above the fold, not
// after the remarks around it.
func TestBrowserRemarkFirst(t *testing.T) {
	ctx, base := browse(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(base+"/sessions/"+seedSlug+"/remarks/42")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.readyState === "complete"`)
	top := eval[float64](t, ctx, `document.querySelector("#remark blockquote").getBoundingClientRect().top`)
	if top <= 0 || top >= 844-80 {
		t.Errorf("the remark starts %.0f px down a 844 px screen, want it above the fold", top)
	}
}

// TestBrowserSpeakerFilter checks /speakers in Chromium: the A–Z index
// links each letter's section, and typing in the filter box narrows the
// list to the names that contain what was typed.
func TestBrowserSpeakerFilter(t *testing.T) {
	ctx, base := browse(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/speakers"), chromedp.WaitVisible(chromedp.CSS("#speaker-filter"))); err != nil {
		t.Fatal(err)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('nav.az a[href^="#letter-"]').length`); n < 3 {
		t.Errorf("A–Z index has %d letters", n)
	}
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#speaker-filter"), "bob s")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("filter-status").textContent === "1 speaker"`)
	visible := eval[string](t, ctx, `[...document.querySelectorAll("ul.speakers li")].filter(li => !li.hidden && !li.closest("section").hidden).map(li => li.firstElementChild.textContent).join(",")`)
	if visible != "Bob Sample" {
		t.Errorf("after typing: %q shown, want Bob Sample", visible)
	}
}

// TestBrowserPrint checks the printed session page: each remark carries
// its number and permalink, as paper has no links.
func TestBrowserPrint(t *testing.T) {
	ctx, base := browse(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/sessions/"+seedSlug)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.readyState === "complete"`)
	got := eval[string](t, ctx, `getComputedStyle(document.getElementById("r42"), "::after").content`)
	if want := `"Remark 42 · /sessions/` + seedSlug + `/remarks/42"`; got != want {
		t.Errorf("printed remark 42 ends with %s, want %s", got, want)
	}
}

// TestBrowserKeysAfterScroll checks that j goes on from the remarks on
// screen: after a reader moved with j and then scrolled far down, j
// goes to the first remark below the window's top, not back to the one
// reached by keys.
func TestBrowserKeysAfterScroll(t *testing.T) {
	ctx, base := browse(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(base+"/sessions/"+seedSlug+"#r5"), chromedp.WaitVisible(chromedp.CSS("#r5"))); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent("j")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `location.hash === "#r6"`)
	eval[bool](t, ctx, `document.getElementById("r60").scrollIntoView({block: "start"}), true`)
	want := eval[string](t, ctx, `[...document.querySelectorAll("article.remark[id]")].find(r => r.getBoundingClientRect().top >= 0).id`)
	if err := chromedp.Do(ctx, chromedp.KeyEvent("j")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `location.hash !== "#r6"`)
	if got := eval[string](t, ctx, `location.hash`); got != "#"+want {
		t.Errorf("j after scrolling went to %s, want #%s (the first remark on screen)", got, want)
	}
}
