package server

import (
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestBrowserAgenda checks a long session's agenda in Chromium: on a
// 1280×900 screen it is an open, sticky column that marks the item being
// read while scrolling; on a 390×844 phone it is folded, so the remarks
// start on the first screen, and an item's "Agenda" link opens it.
func TestBrowserAgenda(t *testing.T) {
	ctx, base := browse(t)
	page := base + "/sessions/" + seedSlug
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(page)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.readyState === "complete"`)
	if !eval[bool](t, ctx, `document.querySelector("#agenda details").open && getComputedStyle(document.getElementById("agenda")).position === "sticky"`) {
		t.Fatal("on a wide screen the agenda is not an open sticky column")
	}
	// Items taller than a quarter of the screen: scrolled to the top, each
	// is the one being read (a short one hands over to the next at once).
	items := eval[[]string](t, ctx, `(() => { const s = [...document.querySelectorAll("section.item[id]")];
		return s.filter((e, i) => i + 1 < s.length && s[i + 1].offsetTop - e.offsetTop > innerHeight / 3).map(e => e.id)
			.filter(id => document.querySelector('#agenda a[data-item="' + id + '"]')); })()`)
	if len(items) < 3 {
		t.Fatalf("the seed session has %d long agenda items, want 3 or more", len(items))
	}
	for _, id := range []string{items[2], items[len(items)-1], items[1]} {
		eval[bool](t, ctx, `document.getElementById("`+id+`").scrollIntoView({block: "start"}), true`)
		waitFor(t, ctx, `document.querySelector('#agenda a[aria-current]') && document.querySelector('#agenda a[aria-current]').getAttribute("data-item") === "`+id+`"`)
		if n := eval[int](t, ctx, `document.querySelectorAll('#agenda a[aria-current]').length`); n != 1 {
			t.Errorf("%d agenda items marked current, want 1", n)
		}
		if top := eval[float64](t, ctx, `document.getElementById("agenda").getBoundingClientRect().top`); top < 0 || top > 20 {
			t.Errorf("scrolled to %s, the agenda's top is at %.0f px, want it stuck at the top", id, top)
		}
	}

	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(page)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.readyState === "complete"`)
	if eval[bool](t, ctx, `document.querySelector("#agenda details").open`) {
		t.Error("on a phone the agenda is open, want it folded")
	}
	if top := eval[float64](t, ctx, `document.querySelector("article.remark").getBoundingClientRect().top`); top > 844 {
		t.Errorf("on a phone the first remark starts %.0f px down, below the first screen", top)
	}
	eval[bool](t, ctx, `document.querySelector("section.item:last-of-type a.to-agenda").click(), true`)
	waitFor(t, ctx, `document.querySelector("#agenda details").open && document.getElementById("agenda").getBoundingClientRect().top < 200`)

	// Without JavaScript a wide screen still shows the whole agenda.
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(page)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.readyState === "complete"`)
	if eval[bool](t, ctx, `document.querySelector("#agenda details").open`) {
		t.Fatal("site.js ran: scripts were meant to be off")
	}
	if h := eval[float64](t, ctx, `document.querySelector("#agenda ol").getBoundingClientRect().height`); h < 100 {
		t.Errorf("without JavaScript the agenda list is %.0f px high on a wide screen, want it shown", h)
	}
}
