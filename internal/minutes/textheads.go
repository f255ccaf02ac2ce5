package minutes

import "strings"

// A verbatim record converted from print to plain text often keeps no
// blank line around its headings: "PRAYERS" sits between the line that
// says when the House met and the Speaker's first label, and a bill's
// heading is printed as its kind ("BILL", "PROCEDURAL MOTION"), its title
// in capitals over one to three lines, and a stage in parentheses
// ("(FIRST READING )"), straight over the next speaker's label. This file
// cuts such a heading out of the paragraph it sits in, so that it heads
// an agenda item; splitHeadLines does the same for numbered headings.

// maxHeadLines is the most lines in capitals a printed heading takes,
// its kind line included.
const maxHeadLines = 4

// splitPrintedHeads returns blocks with each heading printed in capitals
// inside a paragraph cut out as a block of its own (printedHead set).
// Only a heading over a speaker's label is cut: the label is what tells
// a heading from a line of capitals inside speech.
func splitPrintedHeads(blocks []block) []block {
	var out []block
	for i := range blocks {
		b := blocks[i]
		cut := false
		if b.kind == kPara {
			for j := 0; j < len(b.lines); j++ {
				n := printedHeadRun(&blocks[i], j, blocks[i+1:])
				if n == 0 {
					continue
				}
				if out == nil {
					out = append(make([]block, 0, len(blocks)+8), blocks[:i]...)
				}
				if j > 0 {
					before := b
					before.lines = b.lines[:j:j]
					out = append(out, before)
				}
				head := b
				head.lines, head.line, head.printedHead, head.indent = b.lines[j:j+n:j+n], b.line+j, true, 0
				out = append(out, head)
				b.lines, b.line = b.lines[j+n:], b.line+j+n
				cut = true
				break
			}
		}
		if out != nil && (len(b.lines) > 0 || !cut) {
			out = append(out, b)
		}
	}
	if out == nil {
		return blocks
	}
	if len(out) != len(blocks) {
		return splitPrintedHeads(out) // a paragraph may hold several headings
	}
	return out
}

// printedHeadRun returns how many lines from line j of b make a printed
// heading over a label: lines in capitals (at most maxHeadLines), then
// at most one stage in parentheses, then a line opening a turn, in b or
// as the first line of the block after it. It returns 0 otherwise.
func printedHeadRun(b *block, j int, rest []block) int {
	n := 0
	for j+n < len(b.lines) && n < maxHeadLines && printedHeadLine(b.lines[j+n]) {
		n++
	}
	if n == 0 {
		return 0
	}
	if j+n < len(b.lines) && isStageLine(b.lines[j+n]) {
		n++
	}
	if j+n < len(b.lines) {
		if b.opensTurn(j + n) {
			return n
		}
		return 0
	}
	if len(rest) > 0 && rest[0].kind == kPara && (rest[0].opensTurn(0) || isStageBlock(&rest[0])) {
		return n // the heading ends its paragraph (or is one); the next opens with a label
	}
	return 0
}

// isStageBlock reports a paragraph wholly in parentheses, a verbatim
// record's stage direction under a heading: "(The Speaker, Mr. Francis
// Ayume, in the Chair)."
func isStageBlock(b *block) bool {
	first := strings.TrimSpace(b.lines[0])
	last := strings.TrimRight(strings.TrimSpace(b.lines[len(b.lines)-1]), ".")
	return len(b.lines) <= 3 && strings.HasPrefix(first, "(") && strings.HasSuffix(last, ")") && strings.Count(strings.Join(b.lines, " "), "(") == 1
}

// printedHeadLine reports a line in capitals that can be (part of) a
// printed heading: no lower-case letter, six letters or more, no
// sentence end or label colon, not a page number; a title may hold
// numbers ("BILL NO. 1 OF 2022") and its letters may be spaced out
// ("P R A Y E R S").
func printedHeadLine(l string) bool {
	t := strings.TrimSpace(l)
	if t == "" || t[0] == '(' || t[0] == '[' || len(t) > 200 || isPageNumber(t) {
		return false
	}
	switch t[len(t)-1] {
	case '.', '?', '!', ':', ';', ',':
		return false
	}
	letters := capitalLetters(t)
	if letters < 0 {
		return false
	}
	// Six letters, or one word of four ("BILL"): a slide's "1RTT A" is
	// no heading.
	if letters < 6 && (letters < 4 || letters != len(t)) || countWords(t) > 30 {
		return false
	}
	_, ok := parseLabel(t)
	return !ok
}

// isStageLine reports a stage in parentheses under a heading: "(FIRST
// READING )", "(Second Reading)".
func isStageLine(l string) bool {
	t := strings.TrimSpace(l)
	return len(t) > 2 && len(t) < 60 && t[0] == '(' && t[len(t)-1] == ')' && countWords(t) <= 6
}

// printedTitle is the title of a printed heading block: its lines in
// capitals joined, without a stage in parentheses, and without the kind
// line over a longer title ("BILL" over the bill's name).
func printedTitle(b *block) string {
	lines := b.lines
	if n := len(lines); n > 1 && isStageLine(lines[n-1]) {
		lines = lines[:n-1]
	}
	if len(lines) > 1 && countWords(lines[0]) <= 2 && countWords(lines[1]) > countWords(lines[0]) {
		lines = lines[1:]
	}
	return strings.Join(strings.Fields(strings.Join(lines, " ")), " ")
}

// joinWrappedLabels joins the first two lines of a plain-text paragraph
// when a speaker's label was wrapped between them, its parenthesis left
// open: "Minister for the Interior (Mr William" over "Kwasi Aboah): Madam
// Speaker, …" (a Hansard printed in columns, then converted to text).
// Read apart, neither line is a label.
func joinWrappedLabels(blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if b.kind != kPara || len(b.lines) < 2 {
			continue
		}
		first, second := b.lines[0], b.lines[1]
		open := strings.LastIndexByte(first, '(')
		if open < 0 || strings.IndexByte(first[open:], ')') >= 0 || len(first) > 80 || !isUpperByte(strings.TrimSpace(first)[0]) {
			continue
		}
		end := strings.Index(second[:min(len(second), 60)], "):")
		if end < 0 || strings.IndexByte(second[:end], '(') >= 0 {
			continue
		}
		lines := make([]string, 0, len(b.lines)-1)
		lines = append(lines, strings.TrimRight(first, " ")+" "+strings.TrimLeft(second, " "))
		b.lines = append(lines, b.lines[2:]...)
	}
}
