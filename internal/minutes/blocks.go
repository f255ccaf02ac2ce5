package minutes

import (
	"strings"
	"unicode"
)

// blockKind says what kind of block of the source a block is.
type blockKind uint8

const (
	// kPara is a paragraph of one or more lines.
	kPara blockKind = iota
	// kHeading is a heading the source marks as one (Markdown #, setext,
	// underlined text, HTML h1-h6).
	kHeading
	// kItem is a list item's own text (nested blocks follow as their own
	// blocks with a deeper depth).
	kItem
	// kCode is preformatted text: kept as remark text, never split into turns.
	kCode
	// kTable is a table row, cells joined by " | ".
	kTable
	// kBreak is a thematic break or an HTML comment: a boundary, no text.
	kBreak
)

// block is one unit of the source after format-specific reading. Every
// format is reduced to this shape, so the later stages are shared.
type block struct {
	lines []string // text lines as written, without list markers or '#'
	level int      // heading level (1 = top), or list nesting depth (1 = top)
	line  int      // 1-based line in the decoded source
	// indent is the leading whitespace width of the first line in plain
	// text, a hint that a numbered line belongs to a list, not the agenda.
	indent int
	kind   blockKind
	// tight tells a block that follows the previous one with no blank
	// line between them, as a bullet written right under a speaker's line.
	tight bool
	// aside marks a paragraph the source sets apart as the clerk's own
	// (wholly in italics in HTML): narration unless it has a label.
	aside bool
	// meta marks a block the source's markup makes metadata: an HTML
	// definition list entry whose term is a header key ("Chair").
	meta bool
	// labs caches parseLabel for each line: several stages ask about the
	// same line, and label parsing dominated the profile.
	labs []lineLabel
	// logical and sents cache the lines as the turn stage reads them and
	// the sentences of each (see logical.go).
	logical []string
	sents   [][]sentence
	// indented marks a paragraph of a printout that opens paragraphs by
	// indenting their first line (firstLineIndent): only that line can
	// start with a label, the others are its wrapped text ("Dear Ms." then
	// "President:  I would appreciate").
	indented bool
	// hang marks (one bit per line, the first 64) the lines of a plain-
	// text paragraph indented deeper than its first: a label's hanging
	// indent ("Daniel King: [draft-a] posting" over "             soon."),
	// which goes on with the line above it.
	hang uint64
	// ordinal is the number of an item of a loose ordered Markdown list
	// ("1) CI Update" over its discussion), which Markdown drops from the
	// text; 0 for any other block.
	ordinal int32
	// listNum is the number printed before an item of any ordered
	// Markdown list, tight or loose (often "1." for every item); 0 for
	// any other block.
	listNum int32
	// printedHead marks a heading printed in capitals that
	// splitPrintedHeads cut out of a plain-text paragraph.
	printedHead bool
	// rollCall caches isRollCall (0 not yet asked, 1 yes, -1 no): the
	// heading and registry stages both ask it of most blocks.
	rollCall int8
}

// lineLabel is the cached result of parseLabel for one line.
type lineLabel struct {
	l  label
	ok bool
}

// label returns the speaker label at the start of line i, parsing the
// block's lines on first use.
func (b *block) label(i int) (label, bool) {
	if b.labs == nil {
		b.labs = make([]lineLabel, len(b.lines))
		for j, l := range b.lines {
			if j == 0 || !b.indented {
				b.labs[j].l, b.labs[j].ok = parseLabel(l)
			}
		}
	}
	if i >= len(b.labs) {
		return label{}, false // a rule or comment has no lines
	}
	c := b.labs[i]
	return c.l, c.ok
}

// opensTurn reports that line i starts with a speaker label.
func (b *block) opensTurn(i int) bool {
	if b.labs != nil && i < len(b.labs) { // the cached label, read in place
		c := &b.labs[i]
		return c.ok && (c.l.kind == lPerson || c.l.kind == lRole || c.l.kind == lUnknown)
	}
	l, ok := b.label(i)
	return ok && (l.kind == lPerson || l.kind == lRole || l.kind == lUnknown)
}

// prepareLabels parses the label of every line of every block into one
// shared slice, and sets up the sentence caches the same way: every line
// is asked about, and one allocation for the document replaces one per
// block.
func prepareLabels(blocks []block) {
	n := 0
	for i := range blocks {
		n += len(blocks[i].lines)
	}
	slab := make([]lineLabel, n)
	sents := make([][]sentence, n) // the sentence cache, sized the same way
	for i := range blocks {
		b := &blocks[i]
		k := len(b.lines)
		b.labs, slab = slab[:k:k], slab[k:]
		b.sents, sents = sents[:k:k], sents[k:]
		for j, l := range b.lines {
			if j == 0 || !b.indented {
				b.labs[j].l, b.labs[j].ok = parseLabel(l)
			}
		}
	}
}

// markTight sets tight on every block that starts on the line right after
// the previous block ends.
func markTight(blocks []block) {
	for i := 1; i < len(blocks); i++ {
		p := &blocks[i-1]
		blocks[i].tight = p.line > 0 && blocks[i].line == p.line+len(p.lines)
	}
}

// text returns the block's lines joined by newlines.
func (b *block) text() string { return strings.Join(b.lines, "\n") }

// readTextBlocks splits plain text into paragraphs, list items and
// underlined headings. A blank line ends a paragraph; a bullet starts an
// item; a line of '=' or '-' under a text line makes that line a heading.
func readTextBlocks(s string, firstLine int) []block {
	lines := strings.Split(s, "\n")
	single := doubleSpaced(lines)
	paraIndent := firstLineIndent(lines, single)
	r := textReader{slab: make([]string, 0, len(lines)), out: make([]block, 0, len(lines)/3+4)}
	r.paraIndent = paraIndent
	for i, raw := range lines {
		ln := firstLine + i
		line := strings.TrimRightFunc(raw, unicode.IsSpace)
		trimmed := strings.TrimLeftFunc(line, unicode.IsSpace)
		if trimmed == "[End of minutes]" {
			// scribe.perl's end mark: what follows is its summary of
			// actions, diagnostics and references, not the record.
			r.flush()
			r.out = append(r.out, block{kind: kPara, lines: lines[i : i+1 : i+1], line: ln, meta: true})
			r.rest(lines[i+1:], ln+1)
			break
		}
		switch {
		case single != nil && single[i] && indentWidth(lines[i+1]) < paraIndent:
			// A double-spaced printout's blank line between two lines
			// of one paragraph.
		case trimmed == "":
			r.flush()
		case isUnderline(trimmed):
			r.underline(trimmed, ln)
		case topicTitle(trimmed) != "":
			// "TOPIC: Budget": a plain-text way to open an agenda item.
			r.flush()
			r.out = append(r.out, block{kind: kHeading, level: topicLevel, lines: []string{topicTitle(trimmed)}, line: ln})
		case hashLevel(line) > 0:
			// "### agenda bashing": Markdown headings in a plain-text file.
			r.flush()
			lvl := hashLevel(line)
			r.out = append(r.out, block{kind: kHeading, level: lvl, lines: []string{strings.TrimSpace(line[lvl:])}, line: ln})
		default:
			if c, ok := readChatLine(trimmed); ok {
				r.chat(c, ln)
				continue
			}
			if r.chatWrap(trimmed, indentWidth(line)) {
				continue
			}
			r.lastChat = false
			r.add(trimmed, indentWidth(line), ln)
		}
	}
	r.flush()
	return r.out
}

// rest adds the lines after an end mark as one metadata block.
func (r *textReader) rest(lines []string, ln int) {
	if len(lines) > 0 && strings.TrimSpace(strings.Join(lines, "")) != "" {
		r.out = append(r.out, block{kind: kPara, lines: lines, line: ln, meta: true})
	}
}

// textReader collects the blocks of plain text line by line.
type textReader struct {
	out []block
	cur *block // the block being read, nil between blocks
	// slab holds the lines of all blocks: one allocation, not one per
	// block. Lines are appended in order, so each block's are contiguous.
	slab []string
	// lastChat tells that the last line read was a chat message, which
	// an indented line after it continues (see chatWrap).
	lastChat bool
	// paraIndent is the printout's paragraph indentation (firstLineIndent).
	paraIndent int
}

// flush ends the current block.
func (r *textReader) flush() {
	if r.cur != nil && len(r.cur.lines) > 0 {
		r.cur.lines = r.cur.lines[:len(r.cur.lines):len(r.cur.lines)]
		r.out = append(r.out, *r.cur)
	}
	r.cur = nil
}

// underline reads a line of '=' or '-': under a text line it makes that
// line a heading, on its own it is a rule.
func (r *textReader) underline(u string, ln int) {
	if r.cur == nil || len(r.cur.lines) == 0 {
		r.flush()
		r.out = append(r.out, block{kind: kBreak, line: ln})
		return
	}
	last := r.cur.lines[len(r.cur.lines)-1]
	r.cur.lines = r.cur.lines[:len(r.cur.lines)-1]
	r.flush()
	lvl := 1
	if u[0] == '-' {
		lvl = 2
	}
	r.out = append(r.out, block{kind: kHeading, level: lvl, lines: []string{strings.TrimSpace(last)}, line: ln - 1})
}

// add reads a text line: a bullet starts a list item, a label line ends
// a list item, anything else continues the current block.
func (r *textReader) add(trimmed string, ind, ln int) {
	if body, ok := cutBullet(trimmed); ok {
		r.flush()
		r.slab = append(r.slab, body)
		r.cur = &block{kind: kItem, level: 1 + ind/2, lines: r.slab[len(r.slab)-1:], line: ln, indent: ind}
		return
	}
	if r.cur != nil && r.cur.kind == kItem && startsTurn(trimmed) {
		r.flush() // a label line after a bullet is not part of the bullet
	}
	if r.cur == nil {
		r.cur = &block{kind: kPara, line: ln, indent: ind, lines: r.slab[len(r.slab):], indented: ind >= r.paraIndent}
	}
	if n := len(r.cur.lines); n > 0 && n < 64 && ind > r.cur.indent && r.cur.kind == kPara && !centredAside(trimmed, ind) {
		r.cur.hang |= 1 << n
	}
	r.slab = append(r.slab, trimmed)
	r.cur.lines = r.cur.lines[:len(r.cur.lines)+1]
}

// centredAside reports a line set far right or wholly in parentheses,
// as a record centres its stage directions ("(Question proposed)"): no
// hanging indent of a label's text.
func centredAside(trimmed string, ind int) bool {
	return ind > 48 || strings.HasPrefix(trimmed, "(") && strings.HasSuffix(trimmed, ")")
}

// indentWidth measures leading whitespace, a tab counting as four columns.
func indentWidth(s string) int {
	w := 0
	for _, c := range s {
		switch c {
		case ' ':
			w++
		case '\t':
			w += 4
		default:
			return w
		}
	}
	return w
}

// isUnderline reports a line made only of '=' or '-' (at least three), the
// plain-text way to underline a heading or draw a rule.
func isUnderline(s string) bool {
	if len(s) < 3 || (s[0] != '=' && s[0] != '-') {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] != s[0] {
			return false
		}
	}
	return true
}

// cutBullet strips a bullet marker ("- ", "* ", "• ", "o ") from a line.
func cutBullet(s string) (string, bool) {
	for _, m := range []string{"- ", "* ", "+ ", "• ", "◦ ", "· ", "•\t"} {
		if strings.HasPrefix(s, m) {
			return strings.TrimSpace(s[len(m):]), true
		}
	}
	return "", false
}

// startsTurn reports a line that opens with a speaker label.
func startsTurn(line string) bool {
	l, ok := parseLabel(line)
	return ok && (l.kind == lPerson || l.kind == lRole || l.kind == lUnknown)
}

// hashLevel returns the level of a Markdown ATX heading written at the
// start of a plain-text line ("## Item": 2), or 0.
func hashLevel(line string) int {
	n := 0
	for n < len(line) && n < 7 && line[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n+1 >= len(line) || line[n] != ' ' || len(line) > 100 || strings.TrimSpace(line[n:]) == "" {
		return 0
	}
	if w, _ := nextWord(line, n+1); w == "of" {
		return 0 // "# of attendees: 40" counts something
	}
	return n
}

// cutPrefixFold is strings.CutPrefix ignoring ASCII case; prefix is
// lower-case ASCII.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}
