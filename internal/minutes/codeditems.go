package minutes

import "strings"

// School boards publish minutes whose items end with the agenda's code
// in parentheses, the title alone on its line:
//
//	Visitor Comments: Closed Session
//	Minutes Approved (D)
//
// (a California district's minutes converted from print). The code is
// the item's number.

// splitCodedHeads cuts each paragraph that opens with such a line into
// the line and the paragraph under it, when the document writes three or
// more ("Minutes Approved (D)" then "It was moved by Dr. McKibbin…" with
// no blank line between them).
func splitCodedHeads(blocks []block) []block {
	at := codedItemsOf(blocks)
	if len(at) < 3 {
		return blocks
	}
	out := make([]block, 0, len(blocks)+len(at))
	for i, b := range blocks {
		if len(at) > 0 && at[0] == i {
			at = at[1:]
			if len(b.lines) > 1 {
				head, body := b, b
				head.lines = b.lines[:1:1]
				body.lines, body.line = b.lines[1:], b.line+1
				out = append(out, head, body)
				continue
			}
		}
		out = append(out, b)
	}
	return out
}

// codedItemsOf lists the paragraphs at the margin whose first line heads
// an item with its code.
func codedItemsOf(blocks []block) []int {
	var at []int
	for i := range blocks {
		if b := &blocks[i]; b.kind == kPara && b.indent == 0 && len(b.lines) > 0 {
			if _, _, ok := trailingCode(b.lines[0]); ok {
				at = append(at, i)
			}
		}
	}
	return at
}

// codedItems returns, per block, the item shape of a line that heads an
// item so (after splitCodedHeads, a block of its own); nil unless the
// document writes three or more, since one title with a letter in
// parentheses ("Resolution (B)") is as often a reference.
func codedItems(blocks []block) []shape {
	var items []shape
	n := 0
	for _, i := range codedItemsOf(blocks) {
		if len(blocks[i].lines) != 1 {
			continue
		}
		if items == nil {
			items = make([]shape, len(blocks))
		}
		code, title, _ := trailingCode(blocks[i].lines[0])
		items[i] = shape{role: rItem, number: code, title: title, depth: 1}
		n++
	}
	if n < 3 {
		return nil
	}
	return items
}

// trailingCode splits "Minutes Approved (D)" into the code "D" and the
// title: a capital letter, a dash and a number after it ("E-1"), in
// parentheses at the end of a short first line that opens with a
// capital and ends no sentence before the code.
func trailingCode(line string) (code, title string, ok bool) {
	l := strings.TrimSpace(line)
	if !strings.HasSuffix(l, ")") {
		return "", "", false
	}
	open := strings.LastIndexByte(l, '(')
	if open < 2 || l[open-1] != ' ' {
		return "", "", false
	}
	code, title = l[open+1:len(l)-1], strings.TrimSpace(l[:open])
	if !isAgendaCode(code) || title == "" || !isUpperByte(title[0]) || countWords(title) > 14 || strings.ContainsAny(title[len(title)-1:], ".,;") {
		return "", "", false
	}
	return code, title, true
}

// isAgendaCode reports "D", "A-1", "F-12": one capital letter, then
// optionally a dash and one or two digits.
func isAgendaCode(c string) bool {
	if c == "" || c[0] < 'A' || c[0] > 'Z' {
		return false
	}
	if len(c) == 1 {
		return true
	}
	if c[1] != '-' || len(c) < 3 || len(c) > 4 {
		return false
	}
	for i := 2; i < len(c); i++ {
		if !isDigitByte(c[i]) {
			return false
		}
	}
	return true
}
