package minutes

import "strings"

// Minutes converted from print (PDF to HTML or text) carry the furniture
// of each page into the text: a running header ("Questions", "COUNCIL OF
// THE CITY OF WINNIPEG"), the sitting's date, and a page number, between
// two halves of a speech. They are not remarks, and they do not end the
// turn they interrupt.

// markPageFurniture marks as rFurniture every short one-line block that
// is a bare page number ("493", "Page 55", "- 12 -") or whose shape (its
// digits and case folded) recurs on three or more such blocks: a running
// header or footer. A line that ends a sentence, or is set in
// parentheses, is prose ("Agreed.", "(Applause)") and never counts.
func markPageFurniture(blocks []block, out []shape) {
	shapes := make([]string, len(blocks)) // "" where a block cannot be furniture
	var counts map[string]int
	for i := range blocks {
		b := &blocks[i]
		if len(b.lines) != 1 || b.kind != kPara {
			continue
		}
		if isPageNumber(b.lines[0]) && out[i].role != rTitle {
			out[i] = shape{role: rFurniture} // "Page 9:" reads as a label, but is the page
			continue
		}
		if b.opensTurn(0) {
			continue // a speaker's name over each turn recurs too
		}
		if k, ok := furnitureShape(b.lines[0]); ok && k != "" {
			shapes[i] = k
			if counts == nil {
				counts = make(map[string]int)
			}
			counts[k]++
		}
	}
	for i := range blocks {
		if shapes[i] == "" || out[i].role != rBody && out[i].role != rMeta && out[i].role != rItem {
			continue
		}
		if isPageNumber(blocks[i].lines[0]) || numeralMark(blocks[i].lines[0]) || counts[shapes[i]] >= 3 {
			out[i] = shape{role: rFurniture}
		}
	}
}

// furnitureShape returns a line's shape for comparing running headers
// (digits as '#', ASCII letters in lower case, spaces collapsed), and
// false for a line that cannot be page furniture. It runs on every
// one-line block, so the cheap refusals come first and the shape is
// built in a stack buffer.
func furnitureShape(line string) (string, bool) {
	s := strings.TrimSpace(line)
	if s == "" || len(s) > 60 {
		return "", false
	}
	last := s[len(s)-1]
	if last == '.' || last == '!' || last == '?' || last == ':' || s[0] == '(' || s[0] == '[' || countWords(s) > 8 {
		return "", false
	}
	var buf [64]byte
	n := 0
	space := false
	for i := 0; i < len(s) && n < len(buf); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if n == 0 || buf[n-1] != '#' {
				buf[n] = '#'
				n++
			}
			space = false
		case c == ' ' || c == '\t':
			space = true
		default:
			if space && n > 0 && n < len(buf) {
				buf[n] = ' '
				n++
			}
			space = false
			if n < len(buf) {
				buf[n] = lowerByte(c)
				n++
			}
		}
	}
	return string(buf[:n]), true
}

// isPageNumber reports a line that is only a page number: "493", "Page
// 55", "- 12 -", "Page 3 of 10".
func isPageNumber(s string) bool {
	s = strings.Trim(strings.TrimSpace(s), "-–— ")
	if len(s) > 5 && (s[0] == 'P' || s[0] == 'p') {
		s = strings.TrimSuffix(s, ":") // "Page 9:", as a Hansard's converter prints it
	}
	if rest, ok := cutPrefixFold(s, "page "); ok {
		s = rest
		if n, _, ok := strings.Cut(s, " of "); ok {
			s = n
		}
	}
	return s != "" && len(s) <= 4 && atoiSmall(s) >= 0
}

// isColumnMark reports the column or page mark a Hansard prints inside a
// speech where its printed page breaks ("Column: 56", "19 July 2011 :
// Column 772", "Col. 12", "Page 11:"): furniture, never a label.
func isColumnMark(s string) bool {
	if len(s) > 48 || s == "" {
		return false // most lines, decided by their length
	}
	s = strings.TrimSpace(s)
	if s == "" || s[len(s)-1] < '0' || s[len(s)-1] > '9' && s[len(s)-1] != ':' {
		return false
	}
	if i := strings.LastIndex(s, " : "); i > 0 && isDateLine(s[:i]) {
		s = s[i+3:] // "19 July 2011 : Column 772"
	}
	for _, p := range [...]string{"column", "col.", "page"} {
		if rest, ok := cutPrefixFold(s, p); ok {
			rest = strings.Trim(rest, " :")
			return atoiSmall(rest) >= 0
		}
	}
	return false
}
