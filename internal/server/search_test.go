package server

import (
	"net/url"
	"strconv"
	"strings"
	"testing"
)

// TestSearch checks queries, filters, order and paging.
func TestSearch(t *testing.T) {
	t.Parallel()
	_, h := seededSite(t)
	tests := []struct {
		name   string
		query  string
		want   []string
		reject []string
	}{
		{"stemming", "q=congest", []string{"2 remarks found", "<mark>congestion</mark>"}, nil},
		{"phrase", "q=" + url.QueryEscape(`"congestion control"`), []string{"1 remark found", "#r2"}, []string{"#r4"}},
		{"or", "q=lighthouse+OR+templ", []string{"2 remarks found"}, nil},
		{"minus", "q=congestion+-lighthouse", []string{"1 remark found", "#r4"}, []string{"#r2\""}},
		{"speaker filter", "q=congestion&speaker=carol-tester", []string{"1 remark found", "</q> by Carol Tester</h2>"}, nil},
		{"unknown speaker filter", "q=congestion&speaker=nobody", []string{"No speaker called “nobody” has remarks"}, []string{"No remarks found"}},
		{"speaker by name", "q=congestion&speaker=carol+TESTER", []string{"1 remark found", "</q> by Carol Tester</h2>"}, nil},
		{"unknown session filter", "q=congestion&session=no-such-session", []string{"There is no session “no-such-session”"}, []string{"No remarks found"}},
		{"reversed dates", "q=congestion&from=2025-12-31&to=2025-01-01", []string{"is after the “to” date"}, []string{"No remarks found"}},
		{"page past the last", "q=congestion&page=3", []string{"There is no page 3", "they end on page 1", `href="/search?q=congestion">Go to the last page`}, nil},
		{"hit names its item and links its page", "q=congestion&session=" + hostileSlug, []string{`/remarks/2">Remark page</a>`, "In context</a>", "· 1 Welcome"}, nil},
		{"unknown body", "q=congestion&body=Nobody+Ever", []string{"No remarks found", `<option value="Nobody Ever" selected>`}, nil},
		{"session filter", "q=internet&session=" + hostileSlug, []string{"No remarks found"}, nil},
		{"session filter hit", "q=congestion&session=" + hostileSlug, []string{"2 remarks found", "</q> in Hostile Test Plenary"}, nil},
		{"date range", "q=congestion&from=2025-01-01&to=2025-12-31", []string{"2 remarks found", "</q> from 2025-01-01, until 2025-12-31</h2>"}, nil},
		{"date range excludes", "q=congestion&to=2020-01-01", []string{"No remarks found"}, nil},
		{"order by date", "q=internet&order=date", []string{`<option value="date" selected>`}, nil},
		{"nonsense", "q=xyzzyplugh", []string{"No remarks found", "How to search"}, nil},
		{"only stop words", "q=the+and+of", []string{"No remarks found"}, nil},
		{"punctuation only", "q=%21%21%21+%26%26+%7C%7C", []string{"No remarks found"}, nil},
		{"sql-ish", "q=" + url.QueryEscape("'; DROP TABLE remarks; --"), []string{"No remarks found"}, nil},
		{"tsquery syntax", "q=" + url.QueryEscape("foo:* & !bar | (baz <-> qux)"), []string{"No remarks found"}, nil},
		{"script", "q=" + url.QueryEscape("<script>alert(1)</script>"), []string{"&lt;script&gt;alert(1)&lt;/script&gt;"}, []string{"<script>alert"}},
		{"markup in matched text", "q=alert", []string{"&lt;img src=x onerror=<mark>alert</mark>(1)&gt;"}, []string{"<img"}},
		{"invalid utf-8", "q=%ff%fe%fdcongestion", []string{"2 remarks found"}, nil},
		{"nul byte", "q=conges%00tion", []string{"remarks found"}, nil},
		{"huge query", "q=" + strings.Repeat("congestion+", 5000), []string{"found"}, nil},
		{"bad dates", "q=congestion&from=yesterday&to=2025-13-45", []string{"2 remarks found", "was ignored", "yesterday"}, nil},
		{"negative page", "q=congestion&page=-1", []string{"2 remarks found"}, nil},
		{"huge page", "q=congestion&page=99999999999999999999", []string{"2 remarks found"}, nil},
		{"blank", "q=+++", []string{"How to search"}, []string{"found"}},
		{"filters without query", "speaker=bob-sample", []string{"How to search"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := get(t, h, "/search?"+tc.query)
			body := rec.Body.String()
			if rec.Code != 200 {
				t.Fatalf("status %d, want 200\n%.500s", rec.Code, body)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("body lacks %q", w)
				}
			}
			for _, r := range tc.reject {
				if strings.Contains(body, r) {
					t.Errorf("body contains %q", r)
				}
			}
		})
	}
}

// TestSearchPaging checks the pager over more hits than one page.
func TestSearchPaging(t *testing.T) {
	t.Parallel()
	_, h := seededSite(t)
	first := get(t, h, "/search?q=ietf").Body.String()
	if !strings.Contains(first, `rel="next" href="/search?page=2&amp;q=ietf"`) || strings.Contains(first, `rel="prev"`) {
		t.Fatalf("page 1 pager wrong:\n%s", first[strings.Index(first, "<h2"):])
	}
	second := get(t, h, "/search?q=ietf&page=2").Body.String()
	if !strings.Contains(second, `rel="prev" href="/search?q=ietf"`) || !strings.Contains(second, "Page 2 of") {
		t.Errorf("page 2 pager wrong")
	}
	if strings.Count(first, `<li class="hit">`) != searchPageSize {
		t.Errorf("page 1 has %d hits, want %d", strings.Count(first, `<li class="hit">`), searchPageSize)
	}
}

// TestSegments checks the splitting of ts_headline snippets into marked
// and plain text, with an ellipsis where the snippet was cut.
func TestSegments(t *testing.T) {
	const s, e = "\uE000", "\uE001"
	tests := []struct {
		in         string
		start, end bool // cut: elided before or after
		want       string
	}{
		{"", false, false, ""},
		{"plain", false, false, "plain"},
		{s + "all" + e, false, false, "[all]"},
		{"a " + s + "b" + e + " c " + s + "d" + e, false, false, "a [b] c [d]"},
		{"a " + s + "unterminated", false, false, "a [unterminated]"},
		{"<b>" + s + "&" + e, false, false, "<b>[&]"},
		{"middle " + s + "match" + e, true, true, "… middle [match] …"},
		{s + "match" + e + " at the end", true, false, "… [match] at the end"},
		{"from the start " + s + "match" + e, false, true, "from the start [match] …"},
	}
	for _, tc := range tests {
		var b strings.Builder
		for _, seg := range elide(segments(tc.in), tc.start, tc.end) {
			if seg.Mark {
				b.WriteString("[" + seg.Text + "]")
			} else {
				b.WriteString(seg.Text)
			}
		}
		if b.String() != tc.want {
			t.Errorf("segments(%q) = %q, want %q", tc.in, b.String(), tc.want)
		}
	}
}

// TestPager checks the numbered pages offered: the first, the last, two
// either side of the current one, gaps between, and page 1 without the
// parameter.
func TestPager(t *testing.T) {
	u, _ := url.Parse("/search?q=x&page=7")
	for _, tc := range []struct {
		page, pages int
		want        string
	}{
		{1, 1, "[1]"},
		{1, 3, "[1] 2 3"},
		{7, 20, "1 … 5 6 [7] 8 9 … 20"},
		{2, 20, "1 [2] 3 4 … 20"},
		{20, 20, "1 … 18 19 [20]"},
	} {
		p := pager(u, tc.page, tc.pages)
		var got []string
		for _, l := range p.Links {
			switch {
			case l.Gap:
				got = append(got, "…")
			case l.Current:
				got = append(got, "["+strconv.Itoa(l.N)+"]")
			default:
				got = append(got, strconv.Itoa(l.N))
			}
		}
		if s := strings.Join(got, " "); s != tc.want {
			t.Errorf("pager(%d of %d) = %s, want %s", tc.page, tc.pages, s, tc.want)
		}
	}
	if p := pager(u, 2, 3); p.Links[0].URL != "/search?q=x" || p.Links[2].URL != "/search?page=3&q=x" {
		t.Errorf("page URLs: %+v", p.Links)
	}
}
