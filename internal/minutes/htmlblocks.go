package minutes

import (
	"strings"

	"golang.org/x/net/html"
)

// readHTMLBlocks converts HTML into blocks with golang.org/x/net/html's
// tokenizer: h1-h6 become headings, li items, tr table rows, pre plain
// text read line by line, and other block elements paragraphs. Scripts,
// styles and comments are dropped.
func readHTMLBlocks(s string, firstLine int) []block {
	z := html.NewTokenizer(strings.NewReader(s))
	h := htmlReader{line: firstLine}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			h.flush()
			return h.out
		case html.TextToken:
			raw := string(z.Raw())
			h.text(string(z.Text()), raw)
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			h.start(string(name))
		case html.EndTagToken:
			name, _ := z.TagName()
			h.end(string(name))
		}
	}
}

// htmlReader accumulates the text of the current block.
type htmlReader struct {
	out   []block
	buf   strings.Builder
	kind  blockKind
	level int
	line  int
	depth int // list nesting
	skip  int // inside script/style/head
	pre   int // inside <pre>
	row   []string
}

func (h *htmlReader) text(t, raw string) {
	h.line += strings.Count(raw, "\n")
	if h.skip > 0 {
		return
	}
	if h.pre > 0 {
		h.buf.WriteString(t)
		return
	}
	// Space before the text separates it from an inline element before
	// ("<strong>Attendees:</strong> Jari Arkko").
	if len(t) > 0 && isSpaceByte(t[0]) && h.buf.Len() > 0 {
		if b := h.buf.String(); !isSpaceByte(b[len(b)-1]) {
			h.buf.WriteByte(' ')
		}
	}
	h.buf.WriteString(strings.Join(strings.Fields(t), " "))
	if len(t) > 0 && isSpaceByte(t[len(t)-1]) && len(strings.TrimSpace(t)) > 0 {
		h.buf.WriteByte(' ')
	}
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func (h *htmlReader) start(name string) {
	switch name {
	case "script", "style", "head", "title":
		h.skip++
	case "h1", "h2", "h3", "h4", "h5", "h6":
		h.flush()
		h.kind, h.level = kHeading, int(name[1]-'0')
	case "ul", "ol":
		h.flush()
		h.depth++
	case "li":
		h.flush()
		h.kind, h.level = kItem, h.depth
	case "pre":
		h.flush()
		h.pre++
	case "br":
		h.buf.WriteByte('\n')
	case "tr":
		h.flush()
		h.row = h.row[:0]
	case "td", "th":
		h.flush()
	case "p", "div", "dt", "dd", "blockquote", "section", "article", "table", "hr", "body":
		h.flush()
	}
}

func (h *htmlReader) end(name string) {
	switch name {
	case "script", "style", "head", "title":
		if h.skip > 0 {
			h.skip--
		}
	case "ul", "ol":
		h.flush()
		if h.depth > 0 {
			h.depth--
		}
	case "pre":
		if h.pre > 0 {
			h.pre--
			txt := h.buf.String()
			h.buf.Reset()
			start := h.line - strings.Count(txt, "\n")
			h.out = append(h.out, readTextBlocks(txt, start)...)
		}
	case "td", "th":
		h.row = append(h.row, strings.TrimSpace(h.buf.String()))
		h.buf.Reset()
	case "tr":
		if len(h.row) > 0 {
			h.out = append(h.out, block{kind: kTable, lines: []string{strings.Join(h.row, " | ")}, line: h.line})
		}
		h.row = h.row[:0]
	case "h1", "h2", "h3", "h4", "h5", "h6", "li", "p", "div", "dt", "dd", "blockquote":
		h.flush()
	}
}

// flush ends the current block, splitting <br> lines into its lines.
func (h *htmlReader) flush() {
	if h.pre > 0 {
		return
	}
	t := h.buf.String()
	h.buf.Reset()
	var lines []string
	for _, l := range strings.Split(t, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) > 0 {
		b := block{kind: h.kind, level: h.level, lines: lines, line: h.line}
		if b.kind == kHeading {
			b.lines = []string{strings.Join(lines, " ")}
		}
		h.out = append(h.out, b)
	}
	h.kind, h.level = kPara, 0
}
