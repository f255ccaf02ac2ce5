package server

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzSearchRequest feeds arbitrary query strings to the search page's
// parameter parsing: it must not panic, and what it passes on must be
// clean (valid UTF-8, no control or private-use characters, no NUL for
// PostgreSQL) and bounded.
func FuzzSearchRequest(f *testing.F) {
	for _, seed := range []string{
		"q=congestion&speaker=jari-arkko&from=2016-01-01&to=2016-12-31&order=date",
		"q=%00%ff%fe&from=yesterday&to=2016-13-45",
		"q=" + strings.Repeat("a%20", 300),
		"q=%EE%80%80mark%EE%80%81&session=%0d%0a",
		"q=a&q=b&page=-1",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		v, sq := searchRequest(q)
		for name, p := range map[string]struct {
			s   string
			max int
		}{"q": {v.Query, maxQueryRunes}, "speaker": {v.Speaker, 100}, "session": {v.Session, 100}, "sq.Text": {sq.Text, maxQueryRunes}} {
			checkClean(t, name, p.s, p.max)
		}
		if v.Searched != (strings.TrimSpace(sq.Text) != "") {
			t.Fatalf("Searched = %v for query %q", v.Searched, sq.Text)
		}
		if (sq.From == nil) != (v.From == "") || (sq.To == nil) != (v.To == "") {
			t.Fatalf("date filters disagree: %v %q, %v %q", sq.From, v.From, sq.To, v.To)
		}
		if len(v.Notes) > 2 {
			t.Fatalf("%d notes for two date parameters", len(v.Notes))
		}
	})
}

// checkClean fails t when s is not a cleaned parameter of at most max runes.
func checkClean(t *testing.T, name, s string, max int) {
	t.Helper()
	if !utf8.ValidString(s) || utf8.RuneCountInString(s) > max {
		t.Fatalf("%s = %q: invalid UTF-8 or longer than %d runes", name, s, max)
	}
	if s != strings.TrimSpace(s) || strings.Contains(s, "  ") {
		t.Fatalf("%s = %q: white space not collapsed", name, s)
	}
	for _, r := range s {
		if unicode.IsControl(r) || unicode.Is(unicode.Co, r) || (unicode.IsSpace(r) && r != ' ') {
			t.Fatalf("%s = %q: contains %U", name, s, r)
		}
	}
}

// FuzzMatchesETag checks If-None-Match matching on arbitrary headers: no
// panic; a header listing the tag (weak or strong) among other tags
// matches; and a header without the tag's opaque value or "*" never does.
func FuzzMatchesETag(f *testing.F) {
	f.Add(`W/"abc-1", "other"`, `W/"abc-1"`)
	f.Add(`*`, `W/"x"`)
	f.Add(`,,, ,W/`, `W/""`)
	f.Add(`"abc-1"`, `W/"abc-2"`)
	f.Fuzz(func(t *testing.T, header, tag string) {
		got := matchesETag(header, tag)
		opaque := strings.TrimPrefix(tag, "W/")
		if got && !strings.Contains(header, "*") && !strings.Contains(header, opaque) {
			t.Fatalf("matchesETag(%q, %q) = true without the tag in the header", header, tag)
		}
		if header == "" && got {
			t.Fatal("an empty header matched")
		}
		if len(opaque) < 2 || opaque[0] != '"' || opaque[len(opaque)-1] != '"' || strings.ContainsAny(opaque, ", \t") {
			return // not an entity tag like the server's W/"…"
		}
		for _, h := range []string{tag, opaque, header + "," + tag, `"zz", W/` + opaque + ` ,"yy"`} {
			if !matchesETag(h, tag) {
				t.Fatalf("matchesETag(%q, %q) = false", h, tag)
			}
		}
	})
}

// FuzzPublicPaths sends every public route a fuzzed path parameter and
// query string through the whole site, over a real archive: none may
// answer with a server error (issue 12: a NUL in a slug and a remark
// number past 32 bits were 500s).
func FuzzPublicPaths(f *testing.F) {
	_, h := seededSite(f)
	for _, seed := range [][2]string{
		{"2016-11-16-ietf-plenary-session", "page=2"}, {"\x00", "moved=%00"}, {"\xff\xfe", "q=%ff"},
		{"2147483648", "page=99999999999999999999"}, {"+1", "page=-1&moved=01"}, {"jari-arkko", "from=2016-13-45"},
	} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, param, query string) {
		p := url.PathEscape(param)
		for _, path := range []string{
			"/sessions/" + p, "/sessions/" + seedSlug + "/remarks/" + p, "/speakers/" + p,
			"/sessions?" + query, "/sessions/" + seedSlug + "?" + query, "/speakers?" + query,
			"/speakers/jari-arkko?" + query, "/search?" + query, "/feed.atom?" + query, "/sitemap.xml?" + query,
			"/sessions/" + p + ".akn.xml", "/sessions/" + p + "/source", "/speakers/" + p + "/feed.atom", "/search/feed.atom?" + query,
		} {
			req, err := http.NewRequest(http.MethodGet, "http://example.com"+path, nil)
			if err != nil {
				continue // not a request a client could send
			}
			if rec := newRecorder(h, req); rec.Code >= 500 {
				t.Fatalf("GET %q = %d", path, rec.Code)
			}
		}
	})
}
