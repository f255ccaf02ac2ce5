package web

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Remark text is stored as the minutes wrote it, and minutes kept in
// Markdown write emphasis, code and links inline ("*not* a blocker",
// "`Array.prototype.at`", "[the draft](https://…)"). Inline reads that
// small part of Markdown into spans the templates render as elements, so
// a reader sees emphasis rather than asterisks; nothing of the text is
// ever rendered as HTML, and only http, https and mailto links are made.

// SpanKind is what a span of remark text is.
type SpanKind uint8

const (
	// Plain is text as it is.
	Plain SpanKind = iota
	// Emphasis is *text* or _text_.
	Emphasis
	// Strong is **text** or __text__.
	Strong
	// Code is `text`.
	Code
	// Link is [text](url), <url> or a bare http(s) address.
	Link
)

// Span is a run of remark text and what it is.
type Span struct {
	Kind SpanKind
	Text string
	URL  string // for a Link
}

// Inline splits text into spans. Markup that does not close, or does not
// sit where Markdown would read it ("2*3*4", "snake_case_name"), stays
// text.
func Inline(text string) []Span {
	var out []Span
	plain := 0 // start of the pending plain run
	flush := func(end int) {
		if end > plain {
			out = append(out, Span{Kind: Plain, Text: text[plain:end]})
		}
	}
	for i := 0; i < len(text); {
		if s, n := spanAt(text, i); n > 0 {
			flush(i)
			out = append(out, s)
			i += n
			plain = i
			continue
		}
		_, w := utf8.DecodeRuneInString(text[i:])
		i += w
	}
	flush(len(text))
	return out
}

// spanAt reads a span of markup starting at i, returning it and its
// length in bytes, or 0.
func spanAt(text string, i int) (Span, int) {
	switch c := text[i]; {
	case c == '`':
		if end := strings.IndexByte(text[i+1:], '`'); end > 0 && !strings.Contains(text[i+1:i+1+end], "\n") {
			return Span{Kind: Code, Text: text[i+1 : i+1+end]}, end + 2
		}
	case c == '*' || c == '_':
		return emphasisAt(text, i)
	case c == '[':
		return linkAt(text, i)
	case c == '<':
		if end := strings.IndexByte(text[i:], '>'); end > 0 && safeURL(text[i+1:i+end]) && !strings.ContainsAny(text[i+1:i+end], " \n") {
			return Span{Kind: Link, Text: text[i+1 : i+end], URL: text[i+1 : i+end]}, end + 1
		}
	case c == 'h' && (i == 0 || !isWordByte(text[i-1])):
		if strings.HasPrefix(text[i:], "http://") || strings.HasPrefix(text[i:], "https://") {
			end := i + strings.IndexFunc(text[i:]+" ", unicode.IsSpace)
			end = i + len(strings.TrimRight(text[i:end], ".,;:!?)]'\""))
			if end > i+len("https://") {
				return Span{Kind: Link, Text: text[i:end], URL: text[i:end]}, end - i
			}
		}
	}
	return Span{}, 0
}

// emphasisAt reads *em*, _em_, **strong** or __strong__ at i: the opening
// run is followed by a non-space, the closing one preceded by one, and
// underscores stand outside words, as CommonMark asks.
func emphasisAt(text string, i int) (Span, int) {
	d := text[i]
	n := 1
	if i+1 < len(text) && text[i+1] == d {
		n = 2
	}
	if d == '_' && i > 0 && isWordByte(text[i-1]) || i+n >= len(text) || text[i+n] == ' ' || text[i+n] == '\n' || text[i+n] == d {
		return Span{}, 0
	}
	mark := text[i : i+n]
	for from := i + n + 1; from <= len(text); {
		j := strings.Index(text[from:], mark)
		if j < 0 {
			return Span{}, 0
		}
		j += from
		inner := text[i+n : j]
		after := j + n
		if strings.Contains(inner, "\n") {
			return Span{}, 0
		}
		if text[j-1] != ' ' && (after >= len(text) || text[after] != d) && !(d == '_' && after < len(text) && isWordByte(text[after])) {
			kind := Emphasis
			if n == 2 {
				kind = Strong
			}
			return Span{Kind: kind, Text: inner}, after - i
		}
		from = j + 1
	}
	return Span{}, 0
}

// linkAt reads [text](url) at i, for a safe URL.
func linkAt(text string, i int) (Span, int) {
	mid := strings.Index(text[i:], "](")
	if mid <= 1 || strings.ContainsAny(text[i+1:i+mid], "[\n") {
		return Span{}, 0
	}
	mid += i
	end := strings.IndexByte(text[mid+2:], ')')
	if end < 0 {
		return Span{}, 0
	}
	url := strings.TrimSpace(text[mid+2 : mid+2+end])
	if !safeURL(url) || strings.ContainsAny(url, " \n") {
		return Span{}, 0
	}
	return Span{Kind: Link, Text: text[i+1 : mid], URL: url}, mid + 2 + end + 1 - i
}

// safeURL reports an address a link may point to: http, https or mailto.
func safeURL(u string) bool {
	l := strings.ToLower(u)
	return strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "mailto:") && len(l) > len("mailto:")
}

// isWordByte reports an ASCII letter or digit, or any byte of a
// multi-byte rune (letters of other scripts).
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
