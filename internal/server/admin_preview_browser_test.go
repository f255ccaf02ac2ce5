package server

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// previewMinutes has a remark to split (two people's words in one) and a
// long paragraph of narration the parser is unsure of.
const previewMinutes = "Board meeting\n\nWednesday, 12 March 2025\n\n1. Budget\n\n" +
	"Ann Lee: The budget is fine for this year. A second look at the reserve fund was asked for by the treasurer.\n\n" +
	"The reserve fund was discussed at length, and several members wanted to see the accounts and the auditors' letter before any decision.\n"

// TestPreviewCorrectionsInBrowser is issue 15's flow in Chromium: an admin
// opens a preview, goes with the keyboard to the remark the parser is
// least sure of, sets its speaker, splits another remark, publishes, and
// the public page shows both; a corrected source, published, keeps both.
func TestPreviewCorrectionsInBrowser(t *testing.T) {
	e := newAdminEnv(t, Config{})
	ctx := newBrowser(t)
	file := filepath.Join(t.TempDir(), "board.txt")
	if err := os.WriteFile(file, []byte(previewMinutes), 0o644); err != nil {
		t.Fatal(err)
	}
	loginAndUpload(t, ctx, e, file)
	// n: to the least sure remark, its form open at the speaker field.
	least := eval[string](t, ctx, `document.querySelector(".unsure-list a").getAttribute("href").slice(1)`)
	if err := chromedp.Do(ctx, chromedp.KeyEvent("n")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.activeElement && document.activeElement.id === "`+least+`-speaker" && document.activeElement.value === ""`)
	// Saving nothing is refused in the form itself; the page stays (the
	// forms save in the background: no page load, the marker survives).
	eval[int](t, ctx, `window.noReload = 1`)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#"+least+"-fix form:not(.split) button"))); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `!!document.querySelector("#`+least+`-fix .error") && document.querySelector("#`+least+`-fix .error").textContent.indexOf("choose a speaker") >= 0`)
	err := chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.CSS("#"+least+"-name"), "Carol Day"),
		chromedp.Click(chromedp.CSS("#"+least+"-fix form:not(.split) button")),
	)
	if err != nil {
		t.Fatalf("set the speaker: %v", err)
	}
	waitFor(t, ctx, `document.readyState === "complete" && !!document.getElementById("publish") && document.body.innerText.indexOf("is corrected") >= 0`)
	if txt := eval[string](t, ctx, `document.getElementById("`+least+`").innerText`); !strings.Contains(txt, "Carol Day") || !strings.Contains(txt, "Speaker set by an admin") {
		t.Errorf("the preview does not show the correction:\n%s", txt)
	}
	if !eval[bool](t, ctx, `window.noReload === 1`) {
		t.Errorf("saving a correction loaded a new page")
	}
	// A speaker field offers the speakers matching what is typed.
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS("#pr1-fix summary")),
		chromedp.SendKeys(chromedp.CSS("#pr1-split-speaker"), "caro"),
	)
	if err != nil {
		t.Fatalf("type a speaker: %v", err)
	}
	waitFor(t, ctx, `Array.from(document.querySelectorAll("#speaker-suggest option")).some(function (o) { return o.value === "Carol Day"; })`)
	eval[string](t, ctx, `document.getElementById("pr1-split-speaker").value = ""`)
	// Split remark 1 before its second sentence, said by Dan Roe.
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS("#pr1-fix form.split input[name=at]")),
		chromedp.SendKeys(chromedp.CSS("#pr1-split-name"), "Dan Roe"),
		chromedp.Click(chromedp.CSS("#pr1-fix form.split button")),
	)
	if err != nil {
		t.Fatalf("split: %v", err)
	}
	// The preview after the POST shows where the remark will be split.
	waitFor(t, ctx, `document.readyState === "complete" && !!document.getElementById("pr1") && document.getElementById("pr1").innerText.indexOf("the rest said by Dan Roe") >= 0`)
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS("#publish")),
		chromedp.WaitVisible(chromedp.CSS("#r1")),
	)
	if err != nil {
		t.Fatalf("split and publish: %v", err)
	}
	page := eval[string](t, ctx, `document.querySelector("main").innerText`)
	check := func(page, when string) {
		t.Helper()
		for _, want := range []*regexp.Regexp{
			regexp.MustCompile(`(?s)Ann Lee.*The budget is fine for this year(?: and next)?\.\s.*Dan Roe.*A second look at the reserve fund`),
			regexp.MustCompile(`(?s)Carol Day.*The reserve fund was discussed at length`),
		} {
			if !want.MatchString(page) {
				t.Errorf("%s: the public page lacks %s:\n%s", when, want, page)
			}
		}
	}
	check(page, "after publishing")

	// A corrected source keeps both corrections.
	e.login()
	e.publish(strings.Replace(previewMinutes, "fine for this year", "fine for this year and next", 1))
	_, body := e.get("/sessions/2025-03-12-board-meeting")
	text := regexp.MustCompile(`<[^>]+>`).ReplaceAllString(body, " ")
	check(text, "after a corrected source")
}
