package web

import (
	"context"
	"strings"
	"testing"
)

// TestInline checks the Markdown that remarks keep inline, and that
// anything else, hostile or merely odd, stays text.
func TestInline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"it is *not* a blocker", "it is <em>not</em> a blocker"},
		{"**Decision**: ship it", "<strong>Decision</strong>: ship it"},
		{"use `Array.prototype.at` here", `use <code>Array.prototype.at</code> here`},
		{"see [the draft](https://example.org/d?a=1&b=2).", `see <a href="https://example.org/d?a=1&amp;b=2" rel="nofollow ugc">the draft</a>.`},
		{"at <https://example.org/x> or https://example.org/y.", `at <a href="https://example.org/x" rel="nofollow ugc">https://example.org/x</a> or <a href="https://example.org/y" rel="nofollow ugc">https://example.org/y</a>.`},
		{"_underlined_ words", "<em>underlined</em> words"},
		{"snake_case_name and 2 * 3 * 4", "snake_case_name and 2 * 3 * 4"},
		{"[x](javascript:alert(1)) stays", "[x](javascript:alert(1)) stays"},
		{"<script>alert(1)</script> and <b>bold</b>", "&lt;script&gt;alert(1)&lt;/script&gt; and &lt;b&gt;bold&lt;/b&gt;"},
		{"*unclosed and `open", "*unclosed and `open"},
		{"*em with <img src=x onerror=alert(1)>*", "<em>em with &lt;img src=x onerror=alert(1)&gt;</em>"},
		{"two\nlines *a\nb*", "two\nlines *a\nb*"},
		{"mail [us](mailto:clerk@example.org)", `mail <a href="mailto:clerk@example.org" rel="nofollow ugc">us</a>`},
		{"", ""},
	}
	for _, tt := range tests {
		var b strings.Builder
		if err := richText(tt.in).Render(context.Background(), &b); err != nil {
			t.Fatal(err)
		}
		if b.String() != tt.want {
			t.Errorf("richText(%q)\n got %s\nwant %s", tt.in, b.String(), tt.want)
		}
	}
}

// FuzzInline checks that any text comes back whole: the spans, their
// markup removed, never lose or invent a character of it.
func FuzzInline(f *testing.F) {
	for _, s := range []string{"*a*", "**b**", "`c`", "[d](https://e)", "<https://f>", "http://g", "_h_", "***", "[](", "\xff*x*"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := 0
		for _, sp := range Inline(s) {
			if sp.Kind == Link && !safeURL(sp.URL) {
				t.Fatalf("unsafe link %q from %q", sp.URL, s)
			}
			n += len(sp.Text)
		}
		if n > len(s) {
			t.Fatalf("spans of %q hold %d bytes, more than the text", s, n)
		}
	})
}
