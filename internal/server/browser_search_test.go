package server

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserSearchSpeaker checks the search form's speaker field in
// Chromium: typing part of a name offers the speaker by name, and
// searching with the name chosen narrows the hits to that speaker.
func TestBrowserSearchSpeaker(t *testing.T) {
	ctx, base := browse(t)
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/search"),
		chromedp.WaitVisible(chromedp.CSS("#f-speaker")),
		chromedp.SendKeys(chromedp.CSS("#f-speaker"), "arkk"),
	)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `[...document.querySelectorAll("#speaker-names option")].some(o => o.value === "Jari Arkko")`)
	err = chromedp.Do(ctx,
		chromedp.SetValue(chromedp.CSS("#f-speaker"), "Jari Arkko"),
		chromedp.SendKeys(chromedp.CSS("#q"), "internet\n"),
	)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.readyState === "complete" && !!document.getElementById("results-h")`)
	if h := eval[string](t, ctx, `document.getElementById("results-h").innerText`); !strings.Contains(h, "by Jari Arkko") {
		t.Errorf("results heading %q, want the hits narrowed to Jari Arkko", h)
	}
	if n := eval[int](t, ctx, `[...document.querySelectorAll("ol.hits .who > a:first-child")].filter(a => a.textContent !== "Jari Arkko").length`); n != 0 {
		t.Errorf("%d hits by someone else", n)
	}
}
