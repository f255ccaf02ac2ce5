package server

import (
	"context"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath is Debian's chromium; tests never download a browser.
const chromiumPath = "/usr/bin/chromium"

// newBrowser starts a headless Debian chromium for one test and returns a
// chromedp context on a fresh tab, cancelled (browser stopped) at cleanup.
// Without chromium the test is skipped, or fails when env CI is set so a
// CI machine that lost its browser does not pass silently.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	path := chromiumPath
	if _, err := os.Stat(path); err != nil {
		p, lerr := exec.LookPath("chromium")
		if lerr != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("chromium not found at %s or on PATH (install Debian's chromium)", chromiumPath)
			}
			t.Skipf("chromium not found at %s: skipping browser test", chromiumPath)
		}
		path = p
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1280, 900),
	}
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(bctx, 60*time.Second)
	t.Cleanup(func() {
		cancelTimeout()
		cancelBrowser()
		cancelAlloc()
	})
	if err := chromedp.Do(ctx); err != nil { // start the browser now
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

// loginAndUpload logs alice in through the login form (an anonymous
// visit to /admin lands there) and uploads file, stopping at its preview.
func loginAndUpload(t *testing.T, ctx context.Context, e *adminEnv, file string) {
	t.Helper()
	err := chromedp.Do(ctx,
		chromedp.Navigate(e.ts.URL+"/admin"),
		chromedp.WaitVisible(chromedp.CSS("#username")),
		chromedp.SendKeys(chromedp.CSS("#username"), "alice"),
		chromedp.SendKeys(chromedp.CSS("#password"), adminPassword),
		chromedp.Click(chromedp.CSS("form.admin-form button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("form.logout")),
		chromedp.Navigate(e.ts.URL+"/admin/uploads/new"),
		chromedp.WaitVisible(chromedp.CSS("#file")),
		chromedp.SetUploadFiles(chromedp.CSS("#file"), []string{file}),
		chromedp.Click(chromedp.CSS("form.admin-form button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("#publish")),
	)
	if err != nil {
		t.Fatalf("login and upload: %v", err)
	}
}
