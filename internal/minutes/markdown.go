package minutes

import (
	"bytes"
	"strings"
	"unsafe"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// mdParser is goldmark's block parser with no inline parsers: the parser
// only needs block structure (headings, lists, paragraphs, code) and keeps
// inline Markdown as written, which also keeps it fast. Paragraphs are
// turned into raw nodes as they close (see rawParagraphs), so goldmark's
// inline pass skips them. It is immutable after construction and safe for
// concurrent use.
var mdParser = parser.NewParser(
	parser.WithBlockParsers(parser.DefaultBlockParsers()...),
	parser.WithInlineParsers([]util.PrioritizedValue{}...),
	parser.WithParagraphTransformers(util.Prioritized(rawParagraphs{}, 100)),
)

// readMarkdownBlocks reads Markdown into blocks using goldmark's AST.
// YAML front matter is cut first; raw HTML blocks are read as HTML (the
// wiki convention of wrapping plain-text minutes in <pre>).
func readMarkdownBlocks(s string) []block {
	first := 1
	if fm, rest, ok := cutFrontMatter(s); ok {
		first += strings.Count(fm, "\n")
		s = rest
	}
	// goldmark only reads its source, so the decoded text is shared with
	// it rather than copied: a copy of every Markdown document was a tenth
	// of the bytes a parse allocated.
	src := unsafe.Slice(unsafe.StringData(s), len(s))
	pc := parser.NewContext()
	pc.Set(rawSlabKey, &rawSlab{})
	doc := mdParser.Parse(text.NewReader(src), parser.WithContext(pc))
	// A block is at least one line and, but for list items and headings,
	// ends at a blank line: lines less blank lines bounds the blocks, so
	// the slice of blocks is never copied to grow.
	nl := strings.Count(s, "\n") + 1
	est := nl - strings.Count(s, "\n\n") + 8
	w := mdWalker{src: src, text: s, first: first, slab: make([]string, 0, nl), out: make([]block, 0, est)}
	w.walk(doc, 0)
	return w.out
}

// mdWalker collects blocks from a goldmark AST.
type mdWalker struct {
	src   []byte
	text  string // src as a string, to slice lines without copying
	first int
	// curOff and curLine are a cursor for lineOf: the walk visits the
	// source in order, so counting newlines from the last offset is cheap.
	curOff, curLine int
	out             []block
	// slab holds the lines of all blocks, one allocation for the document
	// instead of one per block.
	slab []string
	// skipBreak is the thematic break that underlines a numbered setext
	// heading (see numberedSetext), which is no break of its own.
	skipBreak ast.Node
}

func (w *mdWalker) walk(n ast.Node, depth int) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Heading:
			if depth > 0 {
				// A heading inside a list item is part of what the item
				// quotes or pastes ("### Developers" in a status list a
				// speaker posted), not a heading of the minutes.
				w.emit(kPara, depth, c.Lines())
				continue
			}
			if w.sentenceOverRule(c.Lines()) {
				w.emit(kPara, 0, c.Lines())
				continue
			}
			w.emit(kHeading, c.Level, c.Lines())
		case *rawParagraph, *ast.Paragraph, *ast.TextBlock:
			if depth == 0 && w.chatLog(c.Lines()) {
				continue // a chat log pasted as text, not in a code block
			}
			kind := kPara
			if depth > 0 && c.PreviousSibling() == nil {
				kind = kItem
			}
			w.emit(kind, depth, c.Lines())
			if kind == kItem && c.Lines().Len() > 0 {
				if l, ok := c.Parent().Parent().(*ast.List); ok && l.IsOrdered() {
					w.out[len(w.out)-1].ordinal = w.looseOrdinal(c.Lines())
					w.out[len(w.out)-1].listNum = w.printedNumber(c.Lines())
				}
			}
		case *ast.List:
			if segs, level, ok := w.numberedSetext(c, depth); ok {
				w.emit(kHeading, level, segs)
				w.skipBreak = c.NextSibling()
				continue
			}
			w.walk(c, depth+1)
		case *ast.ListItem:
			if c.FirstChild() == nil {
				continue
			}
			w.walk(c, depth)
		case *ast.Blockquote:
			w.walk(c, depth)
		case *ast.FencedCodeBlock:
			if !w.chatLog(c.Lines()) {
				w.emit(kCode, depth, c.Lines())
			}
		case *ast.CodeBlock:
			if !w.chatLog(c.Lines()) && !w.indentedNotes(c.Lines()) {
				w.emit(kCode, depth, c.Lines())
			}
		case *ast.HTMLBlock:
			w.html(c)
		case *ast.ThematicBreak:
			if c == w.skipBreak {
				continue // the underline of a numbered setext heading
			}
			w.out = append(w.out, block{kind: kBreak, line: w.lineOf(w.curOff)})
		default:
			w.walk(c, depth)
		}
	}
}

// looseOrdinal returns the number printed before an ordered list item
// set apart by blank lines ("1) CI Update" over its discussion), which
// Markdown drops from the text and may renumber; 0 for an item of a
// tight list (a restated agenda), or a number past 999.
func (w *mdWalker) looseOrdinal(segs *text.Segments) int32 {
	start, stop := segs.At(0).Start, segs.At(segs.Len()-1).Stop
	ls := strings.LastIndexByte(w.text[:start], '\n') + 1
	if !blankAround(w.text, ls, stop) {
		return 0
	}
	return w.printedNumber(segs)
}

// printedNumber returns the number printed before an ordered list item,
// or 0 past 999.
func (w *mdWalker) printedNumber(segs *text.Segments) int32 {
	start := segs.At(0).Start
	ls := strings.LastIndexByte(w.text[:start], '\n') + 1
	marker := strings.TrimSpace(w.text[ls:start])
	n := atoiSmall(marker[:len(marker)-len(strings.TrimLeft(marker, "0123456789"))])
	if n < 0 || n > 999 {
		return 0
	}
	return int32(n)
}

// blankAround reports a blank line (or the text's edge) right before the
// line at ls and right after the line that ends at stop.
func blankAround(s string, ls, stop int) bool {
	// A heading right above ("## AGENDA:" over "1) Welcome") sets the
	// line apart as a blank line would.
	before := ls == 0 || ls >= 2 && s[ls-2] == '\n' || strings.HasPrefix(s[strings.LastIndexByte(s[:max(ls-1, 0)], '\n')+1:], "#")
	return before && nextLine(s, stop) == ""
}

// chatLog reads a code block that holds a chat log ("18:03 < jamesob>
// …", "(01:00:06 PM) cboltz: …"), as wikis and repositories store the
// logs of meetings held in chat, as plain text, and reports whether it
// was one: most of its lines open with a time stamp.
func (w *mdWalker) chatLog(segs *text.Segments) bool {
	if segs.Len() < 4 {
		return false
	}
	stamped, senders := 0, 0
	for i := 0; i < segs.Len(); i++ {
		seg := segs.At(i)
		l := strings.TrimSpace(w.text[seg.Start:seg.Stop])
		if _, ok := cutTimestamp(l); ok {
			stamped++
		} else if lab, ok := emphasisLabel(l); ok && lab.kind == lPerson && lab.alone(l) {
			senders++ // "**<@calvin> **": a sender's line over the messages
		}
	}
	if 2*stamped < segs.Len() && senders < 3 {
		return false
	}
	first, last := segs.At(0), segs.At(segs.Len()-1)
	w.out = append(w.out, readTextBlocks(w.text[first.Start:last.Stop], w.lineOf(first.Start))...)
	return true
}

// indentedNotes reads as text an indented block that Markdown takes for
// code but whose lines are a meeting's turns: notes typed with an indent
// under each topic ("    Adam Roach: ok having them…", IETF WISH's
// CodiMD notes). Two labels of people, or one of a full name, tell notes
// from code; a fenced block is code whatever it holds.
func (w *mdWalker) indentedNotes(segs *text.Segments) bool {
	people := 0
	for i := 0; i < segs.Len(); i++ {
		seg := segs.At(i)
		l := strings.TrimSpace(w.text[seg.Start:seg.Stop])
		if lab, ok := parseLabel(l); ok && lab.kind == lPerson && isUpperByte(lab.name[0]) {
			people++
			if strings.Contains(lab.name, " ") {
				people++
			}
		}
	}
	if people < 2 {
		return false
	}
	first, last := segs.At(0), segs.At(segs.Len()-1)
	w.out = append(w.out, readTextBlocks(w.text[first.Start:last.Stop], w.lineOf(first.Start))...)
	return true
}

// emit appends one block made of the given source lines.
func (w *mdWalker) emit(kind blockKind, level int, segs *text.Segments) {
	if segs.Len() == 0 {
		return
	}
	b := block{kind: kind, level: level, line: w.lineOf(segs.At(0).Start)}
	start := len(w.slab)
	for i := 0; i < segs.Len(); i++ {
		seg := segs.At(i)
		l := strings.TrimRight(w.text[seg.Start:seg.Stop], "\n")
		if kind != kCode {
			l = unescapeMarkdown(strings.TrimSpace(l))
		}
		w.slab = append(w.slab, l)
	}
	b.lines = w.slab[start:len(w.slab):len(w.slab)]
	if kind == kHeading && len(b.lines) > 1 {
		b.lines = []string{strings.TrimSpace(strings.Join(b.lines, " "))}
	}
	w.out = append(w.out, b)
}

// unescapeMarkdown removes the backslashes of Markdown's escapes of
// ASCII punctuation, which writers put where a character would otherwise
// be markup ("1\. Apologies", "\<hyc>", "vtnerd\_\_"): a reader sees the
// character, and so must the parser.
func unescapeMarkdown(l string) string {
	i := strings.IndexByte(l, '\\')
	if i < 0 || i+1 >= len(l) {
		return l
	}
	var b strings.Builder
	b.Grow(len(l))
	code := false // escapes do not work in `code spans`
	for i = 0; i < len(l); i++ {
		if l[i] == '`' {
			code = !code
		}
		if !code && l[i] == '\\' && i+1 < len(l) && isASCIIPunct(l[i+1]) {
			i++
		}
		b.WriteByte(l[i])
	}
	return b.String()
}

// isASCIIPunct reports the ASCII punctuation a Markdown backslash escapes.
func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// html reads a raw HTML block: comments are boundaries, anything else is
// converted by the HTML reader (which turns <pre> into plain-text blocks).
func (w *mdWalker) html(n *ast.HTMLBlock) {
	var sb strings.Builder
	segs := n.Lines()
	for i := 0; i < segs.Len(); i++ {
		seg := segs.At(i)
		sb.Write(seg.Value(w.src))
	}
	if n.HasClosure() {
		cl := n.ClosureLine
		sb.Write(cl.Value(w.src))
	}
	raw := sb.String()
	start := 0
	if segs.Len() > 0 {
		start = segs.At(0).Start
	}
	if strings.HasPrefix(strings.TrimSpace(raw), "<!--") {
		w.out = append(w.out, block{kind: kBreak, line: w.lineOf(start)})
		return
	}
	w.out = append(w.out, readHTMLBlocks(raw, w.lineOf(start))...)
}

// lineOf converts a byte offset into a 1-based line number.
func (w *mdWalker) lineOf(off int) int {
	off = min(max(off, 0), len(w.src))
	if off < w.curOff {
		w.curOff, w.curLine = 0, 0
	}
	w.curLine += bytes.Count(w.src[w.curOff:off], []byte{'\n'})
	w.curOff = off
	return w.first + w.curLine
}

// yamlKeyLine reports a "layout: minutes" line: a key of letters, digits,
// '-' or '_', a colon, then a space or the end of the line.
func yamlKeyLine(l string) bool {
	k, v, ok := strings.Cut(l, ":")
	if !ok || k == "" || v != "" && v[0] != ' ' {
		return false
	}
	for i := 0; i < len(k); i++ {
		if c := k[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// cutFrontMatter splits YAML front matter ("---" ... "---") off the top,
// or TOML front matter ("+++" ... "+++", Hugo's and Zola's), after any
// blank lines.
func cutFrontMatter(s string) (fm, rest string, ok bool) {
	lead := len(s) - len(strings.TrimLeft(s, "\n"))
	body := s[lead:]
	fence := "---"
	if strings.HasPrefix(body, "+++\n") {
		fence = "+++"
	} else if !strings.HasPrefix(body, "---\n") {
		return "", s, false
	}
	fm, rest, ok = cutFenced(body, fence)
	if !ok {
		return "", s, false
	}
	return s[:lead] + fm, rest, true
}

// cutFenced splits the front matter that s opens with, between two
// lines of fence.
func cutFenced(s, fence string) (fm, rest string, ok bool) {
	end := strings.Index(s[4:], "\n"+fence)
	if end < 0 {
		return "", s, false
	}
	// Front matter opens with a "key:" line; it may run long (a JSON-LD
	// block in a "json-ld: |" key), a rule over text may not.
	key, _, _ := strings.Cut(s[4:], "\n")
	if n := strings.Count(s[:4+end], "\n"); n > 300 || n > 60 && !yamlKeyLine(key) {
		return "", s, false
	}
	cut := 4 + end + 4
	if nl := strings.IndexByte(s[cut:], '\n'); nl >= 0 {
		cut += nl + 1
	} else {
		cut = len(s)
	}
	return s[:cut], s[cut:], true
}

// sentenceOverRule reports a setext heading that is a line of prose over
// a rule: minutes converted from PDF to Markdown put "---" at each page
// break, and CommonMark makes the line above it a heading ("area.
// Fedamore also has a boil water notice …", "The report, as circulated,
// was noted by Members."). A heading does not open in lower case or end
// a sentence of four words or more; a "#" heading is meant as one.
func (w *mdWalker) sentenceOverRule(segs *text.Segments) bool {
	if segs.Len() != 1 {
		return false
	}
	seg := segs.At(0)
	lineStart := strings.LastIndexByte(w.text[:seg.Start], '\n') + 1
	if strings.HasPrefix(strings.TrimLeft(w.text[lineStart:seg.Start], " "), "#") {
		return false
	}
	l := strings.TrimSpace(w.text[seg.Start:seg.Stop])
	if l == "" {
		return false
	}
	return l[0] >= 'a' && l[0] <= 'z' || l[len(l)-1] == '.' && countWords(l) >= 4
}
