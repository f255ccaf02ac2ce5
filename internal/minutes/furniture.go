package minutes

import (
	"strings"
	"unicode"
)

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
	var shapes map[string]int
	key := func(b *block) (string, bool) {
		if len(b.lines) != 1 || b.kind == kHeading && b.level <= 1 || b.kind == kCode || b.opensTurn(0) {
			return "", false // a speaker's name over each turn recurs too
		}
		return furnitureShape(b.lines[0])
	}
	for i := range blocks {
		if k, ok := key(&blocks[i]); ok {
			if shapes == nil {
				shapes = make(map[string]int)
			}
			shapes[k]++
		}
	}
	for i := range blocks {
		if out[i].role != rBody && out[i].role != rMeta && out[i].role != rItem {
			continue
		}
		k, ok := key(&blocks[i])
		if ok && (blocks[i].kind == kPara && isPageNumber(blocks[i].lines[0]) || shapes[k] >= 3) {
			out[i] = shape{role: rFurniture}
		}
	}
}

// furnitureShape returns a line's shape for comparing running headers
// (digits as '#', letters in lower case, spaces collapsed), and false for
// a line that cannot be page furniture.
func furnitureShape(line string) (string, bool) {
	s := strings.TrimSpace(line)
	if s == "" || len(s) > 60 || countWords(s) > 8 {
		return "", false
	}
	last := s[len(s)-1]
	if last == '.' || last == '!' || last == '?' || last == ':' || s[0] == '(' || s[0] == '[' {
		return "", false
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			if !strings.HasSuffix(b.String(), "#") {
				b.WriteByte('#')
			}
			space = false
		case unicode.IsSpace(r):
			space = true
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String(), true
}

// isPageNumber reports a line that is only a page number: "493", "Page
// 55", "- 12 -", "Page 3 of 10".
func isPageNumber(s string) bool {
	s = strings.Trim(strings.TrimSpace(s), "-–— ")
	if rest, ok := cutPrefixFold(s, "page "); ok {
		s = rest
		if n, _, ok := strings.Cut(s, " of "); ok {
			s = n
		}
	}
	return s != "" && len(s) <= 4 && atoiSmall(s) >= 0
}
