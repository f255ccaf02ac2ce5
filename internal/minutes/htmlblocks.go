package minutes

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readHTMLBlocks converts HTML into blocks with golang.org/x/net/html's
// tokenizer: h1-h6 become headings, li items, tr table rows, pre plain
// text read line by line, dt/dd pairs "Term: description" lines, and other
// block elements paragraphs. Scripts, styles, comments and the
// boilerplate of a web page around the minutes (navigation, cookie
// banners, footers, see htmlskip.go) are dropped. The page's <title> is
// kept as a header line when the body has no top-level heading.
func readHTMLBlocks(s string, firstLine int) []block {
	z := html.NewTokenizer(strings.NewReader(s))
	h := htmlReader{line: firstLine}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			h.flush()
			return h.finish()
		case html.TextToken:
			raw := z.Raw()
			h.line += bytes.Count(raw, []byte{'\n'})
			if h.skip.active() || h.inTitle {
				if h.inTitle {
					h.title.Write(z.Text())
				}
				continue
			}
			h.text(string(z.Text()))
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if h.skip.enter(a, string(name), tt == html.SelfClosingTagToken) {
				continue
			}
			var attrs tagAttrs
			if hasAttr {
				attrs = readAttrs(z)
			}
			if tt == html.StartTagToken && canSkip(a) && attrs.isBoilerplate() {
				h.skip.begin(string(name))
				continue
			}
			h.start(a, attrs)
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if h.skip.leave(a, string(name)) {
				continue
			}
			h.end(a)
		}
	}
}

// htmlReader accumulates the text of the current block.
type htmlReader struct {
	out     []block
	buf     strings.Builder
	kind    blockKind
	level   int
	line    int
	depth   int // list nesting
	pre     int // inside <pre>
	cell    int // inside <td>: paragraphs there are the cell's text
	row     []string
	skip    skipper
	inTitle bool
	title   strings.Builder
	// emph counts open <em>/<i> elements; emphText and plainText count the
	// letters of the block written inside and outside them, so that a
	// paragraph wholly in italics (a procedural note) can be told apart.
	emph, emphText, plainText int
	// lead is the state of a bold element that opens the block, a printed
	// speaker label ("<b>Alice Archer</b>: ..."); see htmllabels.go.
	lead leadState
	// dt is set after a <dt> term, whose <dd> continues the same line;
	// dtMeta when the term is a header key ("Present", "Chair").
	dt, dtMeta bool
}

func (h *htmlReader) text(t string) {
	if h.pre > 0 {
		h.buf.WriteString(t)
		return
	}
	// Space before the text separates it from an inline element before
	// ("<strong>Attendees:</strong> Jari Arkko").
	if startsSpace(t) && h.buf.Len() > 0 {
		if b := h.buf.String(); !isSpaceByte(b[len(b)-1]) {
			h.buf.WriteByte(' ')
		}
	}
	f := strings.Fields(t)
	h.countLetters(f)
	h.buf.WriteString(strings.Join(f, " "))
	if r, _ := utf8.DecodeLastRuneInString(t); unicode.IsSpace(r) && len(f) > 0 {
		h.buf.WriteByte(' ')
	}
}

// countLetters adds the length of the words to the emphasised or plain
// count of the block.
func (h *htmlReader) countLetters(words []string) {
	n := 0
	for _, w := range words {
		n += len(w)
	}
	if h.emph > 0 {
		h.emphText += n
	} else {
		h.plainText += n
	}
}

// startsSpace reports text that opens with white space, a no-break space
// (&nbsp;, everywhere in word-processor HTML) included.
func startsSpace(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return t != "" && unicode.IsSpace(r)
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func (h *htmlReader) start(a atom.Atom, attrs tagAttrs) {
	switch a {
	case atom.Title:
		h.inTitle = true
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		h.flush()
		h.kind, h.level = kHeading, int(a.String()[1]-'0')
	case atom.Ul, atom.Ol:
		h.flush()
		h.depth++
	case atom.Li:
		h.flush()
		h.kind, h.level = kItem, h.depth
	case atom.Pre:
		h.flush()
		h.pre++
	case atom.Br:
		h.buf.WriteByte('\n')
	case atom.Tr:
		h.flush()
		h.row = h.row[:0]
	case atom.Td, atom.Th:
		h.flush()
		h.cell++
	case atom.Dd:
		if !h.dt {
			h.flush()
		}
		h.dt = false
	case atom.Em, atom.I:
		h.emph++
	case atom.Strong, atom.B, atom.Span, atom.Cite:
		h.openLead(a, attrs)
	case atom.P, atom.Div, atom.Dt, atom.Blockquote, atom.Section, atom.Article, atom.Main,
		atom.Header, atom.Table, atom.Hr, atom.Body, atom.Dl, atom.Center:
		if h.cell > 0 && a != atom.Table {
			h.buf.WriteByte(' ') // a paragraph inside a table cell is part of the cell
			return
		}
		h.flush()
		if attrs.speaker != "" && !strings.ContainsAny(attrs.speaker, ":\n") {
			// The speaker is in the markup only: a label line of their
			// own heads the speech, as a printed label would.
			h.buf.WriteString(attrs.speaker + ":")
			h.flush()
		}
	}
}

func (h *htmlReader) end(a atom.Atom) {
	switch a {
	case atom.Title:
		h.inTitle = false
	case atom.Ul, atom.Ol:
		h.flush()
		if h.depth > 0 {
			h.depth--
		}
	case atom.Pre:
		h.endPre()
	case atom.Td, atom.Th:
		h.row = append(h.row, strings.Join(strings.Fields(h.buf.String()), " "))
		h.buf.Reset()
		h.cell = max(h.cell-1, 0)
	case atom.Tr:
		h.endRow()
	case atom.Em, atom.I:
		h.emph = max(h.emph-1, 0)
	case atom.Strong, atom.B, atom.Span, atom.Cite:
		h.closeLead(a)
	case atom.Dt:
		h.endTerm()
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.P, atom.Div, atom.Dd,
		atom.Blockquote, atom.Section, atom.Article, atom.Main, atom.Header, atom.Dl, atom.Center:
		if h.cell > 0 {
			h.buf.WriteByte(' ')
			return
		}
		h.flush()
	case atom.Table:
		h.cell = 0 // a table closed with cells left open
	}
}

// endRow emits a table row. A row of short cells is data (a division
// list, an attendance table) and is written as a Markdown table row,
// which the registry reads for names and the turn stage skips; a row
// with a cell of prose (minutes laid out in a table) stays text.
func (h *htmlReader) endRow() {
	if len(h.row) == 0 {
		return
	}
	line := strings.Join(h.row, " | ")
	if !rowHasProse(h.row) {
		line = "| " + line + " |"
	}
	h.out = append(h.out, block{kind: kTable, lines: []string{line}, line: h.line})
	h.row = h.row[:0]
}

// rowHasProse reports a table cell of more than eight words in lower
// case as prose is written: a cell listing names ("Councillor Fraser
// Councillor Lindgren …") is data however long.
func rowHasProse(cells []string) bool {
	for _, c := range cells {
		if countWords(c) > 8 && !mostlyCapitalised(c) {
			return true
		}
	}
	return false
}

// endPre reads the text of a <pre> as plain text, line by line.
func (h *htmlReader) endPre() {
	if h.pre == 0 {
		return
	}
	h.pre--
	if h.pre > 0 {
		return
	}
	txt := h.buf.String()
	h.buf.Reset()
	start := h.line - strings.Count(txt, "\n")
	h.out = append(h.out, readTextBlocks(txt, start)...)
	h.resetBlock()
}

// endTerm ends a <dt>: the term and its <dd> description make one line
// ("Present: Alice, Bob"), which the header and roster rules read like
// the same line in plain text.
func (h *htmlReader) endTerm() {
	t := strings.TrimSpace(h.buf.String())
	if t == "" || strings.Contains(t, "\n") || len(t) > 60 {
		h.flush()
		return
	}
	term := strings.TrimRight(t, ": ")
	h.buf.Reset()
	h.buf.WriteString(term)
	h.buf.WriteString(": ")
	h.dt = true
	// The term is asked about without its own colon: "Chair:" + ": x"
	// would read as no label at all.
	lab, ok := parseLabel(term + ": x")
	h.dtMeta = ok && (lab.kind == lMeta || lab.kind == lRole)
}

// flush ends the current block, splitting <br> lines into its lines.
func (h *htmlReader) flush() {
	if h.pre > 0 {
		return
	}
	h.dt = false
	t := h.leadLabel(h.buf.String())
	h.buf.Reset()
	var lines []string
	for _, l := range strings.Split(t, "\n") {
		if l = strings.TrimSpace(l); l != "" && !isDraftMark(l) {
			lines = append(lines, l)
		}
	}
	if len(lines) > 0 {
		b := block{kind: h.kind, level: h.level, lines: lines, line: h.line}
		if b.kind == kHeading {
			b.lines = []string{strings.Join(lines, " ")}
		}
		// A paragraph wholly in italics is the clerk's procedural note
		// ("The House divided."), not a speaker's words.
		b.aside = b.kind != kHeading && h.emphText > 0 && h.plainText == 0
		b.meta = h.dtMeta
		h.out = append(h.out, b)
	}
	h.resetBlock()
}

func (h *htmlReader) resetBlock() {
	h.kind, h.level = kPara, 0
	h.emphText, h.plainText = 0, 0
	h.lead = leadState{}
	h.dtMeta = false
}

// finish returns the blocks, with the page's <title> in front as a
// header line when no <h1> names the document.
func (h *htmlReader) finish() []block {
	title := strings.Join(strings.Fields(h.title.String()), " ")
	if title == "" {
		return h.out
	}
	for _, b := range h.out {
		if b.kind == kHeading && b.level == 1 {
			return h.out
		}
	}
	return append([]block{{kind: kPara, lines: []string{title}, line: 0}}, h.out...)
}

// isDraftMark reports a "- DRAFT -" watermark line, a state of the
// document rather than part of its title.
func isDraftMark(l string) bool {
	t := strings.Trim(l, "-–—*[]() ")
	return strings.EqualFold(t, "draft") && len(l) < 16
}
