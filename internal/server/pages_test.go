package server

import (
	"net/http"
	"strings"
	"testing"
)

// TestPages checks every public page, its status, and that what it must
// show is there and what it must never show (unescaped markup) is not.
func TestPages(t *testing.T) {
	t.Parallel()
	_, h := seededSite(t)
	seed := "/sessions/" + seedSlug
	tests := []struct {
		name   string
		path   string
		status int
		want   []string
		reject []string
	}{
		{"home", "/", 200, []string{"<h1>Plenary</h1>", `role="search"`, "IETF Plenary Session", "· IETF"}, nil},
		{"sessions by year", "/sessions", 200, []string{`<h2 id="y-2025">2025</h2>`, `<h2 id="y-2016">2016</h2>`, `href="` + seed + `"`, "· IETF"}, nil},
		{"sessions of a body", "/sessions?body=IETF", 200, []string{"of IETF", `href="` + seed + `"`, `<option value="IETF" selected>`}, []string{hostileSlug}},
		{"sessions of no body", "/sessions?body=%22%3Cb%3E", 200, []string{"The archive has no sessions of &#34;&lt;b&gt;"}, []string{seedSlug}},
		{"session header", seed, 200, []string{
			"<h1>IETF Plenary Session</h1>", "<dt>Body</dt><dd>IETF</dd>", `datetime="2016-11-16"`, "16 November 2016", "Seoul",
			"<dt>Revision</dt><dd>1, published", `id="item-3-1"`, `href="#item-3-1"`, `id="r42"`,
			`<nav class="toc" id="agenda" aria-labelledby="toc-h">`, `class="permalink" href="` + seed + `/remarks/42"`,
			`<link rel="canonical" href="http://example.com` + seed + `">`,
			`name="session" value="` + seedSlug + `"`, // search within this session
			`<meta property="og:title" content="IETF Plenary Session">`, `<meta property="og:url" content="http://example.com` + seed + `">`,
			`<meta property="og:type" content="article">`,
		}, []string{"moved-to"}},
		{"session escapes text", "/sessions/" + hostileSlug, 200, []string{
			"&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;", "&lt;/article&gt;&lt;img src=x onerror=alert(1)&gt;",
		}, []string{"<script>alert", "<img src=x"}},
		{"session moved notice", seed + "?moved=7", 200, []string{"was removed in a correction", "remark 7"}, nil},
		{"session bad moved", seed + "?moved=%3Cscript%3E", 200, []string{`id="moved-notice" hidden`}, []string{"<script>"}},
		{"unknown session", "/sessions/no-such-session", 404, []string{"Page not found", "<h1>"}, nil},
		{"remark", seed + "/remarks/42", 200, []string{
			", remark 42</h1>", `href="` + seed + `#r42"`,
			`<link rel="canonical" href="http://example.com` + seed + `/remarks/42">`,
			` — IETF Plenary Session, 16 November 2016">`, `<meta property="og:description" content="`,
			`<meta name="twitter:card" content="summary">`, `<meta property="og:url" content="http://example.com` + seed + `/remarks/42">`,
			", IETF Plenary Session, 16 November 2016, item 6 (Technical plenary: Attacks Against the Architecture), remark 42, http://example.com" + seed + "/remarks/42</p>",
			`<figure class="remark-focus" id="remark">`, "item 6: Technical plenary: Attacks Against the Architecture</p>",
			`class="remark current"`, "remarks/40", "remarks/44",
		}, []string{"remarks/39\"", "remarks/45\""}},
		{"remark social preview", "/sessions/" + hostileSlug + "/remarks/4", 200, []string{
			`<meta property="og:title" content="Carol Tester — Hostile Test Plenary, 15 January 2025">`,
			`<meta property="og:description" content="Carol Tester replied that templ escapes everything and that congestion is a separate topic.">`,
			`<meta name="twitter:title" content="Carol Tester — Hostile Test Plenary, 15 January 2025">`,
			"Carol Tester, Hostile Test Plenary, 15 January 2025, item 2 (Open Mic), remark 4, http://example.com/sessions/" + hostileSlug + "/remarks/4",
		}, nil},
		{"remark escapes meta", "/sessions/" + hostileSlug + "/remarks/3", 200, []string{
			`content="Alice Example asked whether &lt;/article&gt;&lt;img src=x onerror=alert(1)&gt; would break the page."`,
		}, []string{"<img src=x"}},
		{"unknown remark", seed + "/remarks/9999", 404, []string{"Page not found"}, nil},
		{"non-numeric remark", seed + "/remarks/abc", 404, []string{"Page not found"}, nil},
		{"negative remark", seed + "/remarks/-1", 404, nil, nil},
		{"remark of unknown session", "/sessions/nope/remarks/1", 404, nil, nil},
		{"speakers", "/speakers", 200, []string{"<h1>Speakers</h1>", `href="/speakers/bob-sample">Bob Sample</a> <span class="meta">2 remarks</span>`}, nil},
		{"speaker", "/speakers/bob-sample", 200, []string{
			"<h1>Bob Sample</h1>", "2 remarks", `href="/sessions/` + hostileSlug + `#r2"`, `href="/sessions/` + hostileSlug + `#r5"`,
			`name="speaker" value="bob-sample"`,
		}, []string{`id="r2"`}},
		{"speaker grouped newest first", "/speakers/jari-arkko", 200, []string{`<h2 id="s-` + seedSlug + `">`,
			`<meta property="og:title" content="Jari Arkko">`, `<meta property="og:type" content="profile">`, `remarks by Jari Arkko in the archived minutes.">`, `<p class="item-of">1 Welcome</p>`}, nil},
		{"unknown speaker", "/speakers/nobody-at-all", 404, []string{"Page not found"}, nil},
		{"speaker page announces its feed", "/speakers/bob-sample", 200, []string{
			`<link rel="alternate" type="application/atom+xml" title="Remarks by Bob Sample" href="/speakers/bob-sample/feed.atom">`}, nil},
		{"speaker feed", "/speakers/bob-sample/feed.atom", 200, []string{`<feed xmlns="http://www.w3.org/2005/Atom">`,
			"<title>Plenary: remarks by Bob Sample</title>", "<title>Bob Sample, Hostile Test Plenary, 15 January 2025</title>",
			"<id>http://example.com/sessions/" + hostileSlug + "/remarks/2</id>", "<published>2025-01-15T00:00:00Z</published>",
			`<link rel="self" href="http://example.com/speakers/bob-sample/feed.atom" type="application/atom+xml"></link>`,
		}, []string{"<script"}},
		{"unknown speaker feed", "/speakers/nobody-at-all/feed.atom", 404, nil, nil},
		{"search announces its feed", "/search?q=congestion", 200, []string{
			`<link rel="alternate" type="application/atom+xml" title="Search for congestion" href="/search/feed.atom?q=congestion">`}, nil},
		{"search feed", "/search/feed.atom?q=congestion&speaker=carol-tester", 200, []string{
			"<title>Plenary: search for congestion</title>", "<title>Carol Tester, Hostile Test Plenary, 15 January 2025</title>",
			"<id>http://example.com/sessions/" + hostileSlug + "/remarks/4</id>", "congestion is a separate topic",
		}, []string{"\ue000", "<mark>", "Bob Sample"}},
		{"search feed needs a query", "/search/feed.atom", 400, []string{"needs something to search for"}, nil},
		{"search help", "/search", 200, []string{"How to search", `<label for="q">Search remarks</label>`}, []string{"found for"}},
		{"search hit", "/search?q=congestion", 200, []string{"2 remarks found", "<mark>congestion</mark>", `href="/sessions/` + hostileSlug + `#r2"`}, nil},
		{"feed", "/feed.atom", 200, []string{`<feed xmlns="http://www.w3.org/2005/Atom">`, "<title>IETF Plenary Session</title>", "http://example.com" + seed, "<published>2016-11-16T00:00:00Z</published>"}, nil},
		{"sitemap", "/sitemap.xml", 200, []string{`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`, "<loc>http://example.com" + seed + "</loc>", "<loc>http://example.com/speakers/jari-arkko</loc>"}, nil},
		{"robots", "/robots.txt", 200, []string{"User-agent: *", "Disallow: /admin/", "Sitemap: http://example.com/sitemap.xml"}, nil},
		{"unknown path", "/no/such/page", 404, []string{"Page not found"}, nil},
		{"unknown static", "/static/nope.css", 404, nil, nil},
		{"healthz", "/healthz", 200, []string{"ok"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := get(t, h, tc.path)
			body := rec.Body.String()
			if rec.Code != tc.status {
				t.Fatalf("GET %s: status %d, want %d\n%.600s", tc.path, rec.Code, tc.status, body)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("GET %s: body lacks %q", tc.path, w)
				}
			}
			for _, r := range tc.reject {
				if strings.Contains(body, r) {
					t.Errorf("GET %s: body contains %q", tc.path, r)
				}
			}
			if strings.Contains(body, "goroutine ") || strings.Contains(body, ".go:") {
				t.Errorf("GET %s: body looks like a stack trace", tc.path)
			}
		})
	}
}

// TestPageStructure checks the accessibility skeleton of the HTML pages:
// one h1, a main landmark, a skip link, navigation and no inline script
// or style (the CSP forbids them).
func TestPageStructure(t *testing.T) {
	t.Parallel()
	_, h := seededSite(t)
	for _, path := range []string{"/", "/sessions", "/sessions/" + seedSlug, "/sessions/" + seedSlug + "/remarks/42",
		"/speakers", "/speakers/jari-arkko", "/search", "/search?q=internet", "/nope"} {
		t.Run(path, func(t *testing.T) {
			body := get(t, h, path).Body.String()
			if n := strings.Count(body, "<h1"); n != 1 {
				t.Errorf("%d h1 elements, want 1", n)
			}
			for _, w := range []string{`<html lang="en">`, `<main id="main"`, `<a class="skip" href="#main">`, `<nav aria-label="Site">`, "<footer"} {
				if !strings.Contains(body, w) {
					t.Errorf("lacks %q", w)
				}
			}
			for _, bad := range []string{" style=", "<style", "<script>", "javascript:", " onclick="} {
				if strings.Contains(body, bad) {
					t.Errorf("contains %q", bad)
				}
			}
		})
	}
}

// TestMethodNotAllowed checks that a POST to a page is refused with a page.
func TestMethodNotAllowed(t *testing.T) {
	t.Parallel()
	_, h := newSite(t)
	req, _ := http.NewRequest(http.MethodPost, "/sessions", nil)
	rec := newRecorder(h, req)
	if rec.Code != http.StatusMethodNotAllowed {
		t.Fatalf("POST /sessions: %d, want 405", rec.Code)
	}
}

// TestFirstSentence checks the social preview description.
func TestFirstSentence(t *testing.T) {
	long := strings.Repeat("word ", 100)
	tests := []struct{ in, want string }{
		{"Short.", "Short."},
		{"The first sentence is here. The second is not.", "The first sentence is here."},
		{"Dr. Who said e.g. this and that, and it went on. Then more.", "Dr. Who said e.g. this and that, and it went on."},
		{"  spaced\n\nout   text without a stop", "spaced out text without a stop"},
		{long, strings.TrimSpace(long[:200]) + "…"},
		{strings.Repeat("ü", 150), strings.Repeat("ü", 100) + "…"},
	}
	for _, tc := range tests {
		if got := firstSentence(tc.in, 200); got != tc.want {
			t.Errorf("firstSentence(%.30q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
