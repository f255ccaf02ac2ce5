package minutes

import "strings"

// Working groups often take notes inside their agenda: the agenda's list
// items carry the time each topic was given ("Chairs Introduction -
// 10m", "Goals for TAC: Year 2 [0:00 - 0:10]") and the discussion is
// written under each, as paragraphs or as bullets nested in it. Such an
// item is an agenda item. The same list restated on its own, each line
// right under the other (an agenda before the notes), or followed only by
// bullets at its own level (a talk's points), is not.

// isTimeboxed reports a line that ends with the time given to its topic:
// a dash, comma or parenthesis, then one to three digits and "m", "min",
// "mins" or "minutes" ("- 10m", ", 5 minutes", "(20 mins)"); or a range of
// clock times in brackets ("[0:00 - 0:10]"). It reads the line from its
// end, as it runs on every list item.
func isTimeboxed(l string) bool {
	l = strings.TrimRight(l, " ")
	if strings.HasSuffix(l, "]") {
		return clockRange(l)
	}
	l = strings.TrimSuffix(l, ")")
	i := len(l)
	for i > 0 && (l[i-1]|0x20 >= 'a' && l[i-1]|0x20 <= 'z') {
		i--
	}
	switch strings.ToLower(l[i:]) {
	case "m", "min", "mins", "minutes":
	default:
		return false
	}
	l = strings.TrimRight(l[:i], " ")
	d := len(l)
	for d > 0 && isDigitByte(l[d-1]) {
		d--
	}
	if n := len(l) - d; n == 0 || n > 3 {
		return false
	}
	l = strings.TrimRight(l[:d], " ")
	return strings.HasSuffix(l, " -") || strings.HasSuffix(l, " –") || strings.HasSuffix(l, ",") || strings.HasSuffix(l, "(")
}

// clockRange reports a line ending in "[0:00 - 0:10]": two clock times in
// brackets, with a dash between them.
func clockRange(l string) bool {
	open := strings.LastIndexByte(l, '[')
	if open < 0 {
		return false
	}
	a, b, ok := strings.Cut(l[open+1:len(l)-1], "-")
	if !ok {
		a, b, ok = strings.Cut(l[open+1:len(l)-1], "–")
	}
	return ok && isClock(strings.TrimSpace(a)) && isClock(strings.TrimSpace(b))
}

// isClock reports "0:10", "12:45": one or two digits, a colon, two digits.
func isClock(s string) bool {
	h, m, ok := strings.Cut(s, ":")
	return ok && len(h) >= 1 && len(h) <= 2 && len(m) == 2 && atoiSmall(h) >= 0 && atoiSmall(m) >= 0
}

// timeboxedItems returns, by block index, the list items that head the
// notes taken under them in a Markdown agenda; nil when there are none. Two such items or more
// are needed, each with some text under it before the next item of its
// level or above: a paragraph, or a bullet nested deeper.
func timeboxedItems(blocks []block, f Format) []bool {
	if f != FormatMarkdown {
		return nil // plain text's "* Haberman, 10 min" sits under headings of its own
	}
	var out []bool
	n := 0
	firstHeading, section := -1, -1 // the document's first heading, the heading over block i
	for i := range blocks {
		b := &blocks[i]
		if b.kind == kHeading {
			if firstHeading < 0 {
				firstHeading = i
			}
			section = i
			continue
		}
		if b.kind != kItem || len(b.lines) != 1 || !isTimeboxed(b.lines[0]) || !agendaSection(blocks, section, firstHeading) || !notesUnder(blocks, i) {
			continue
		}
		if out == nil {
			out = make([]bool, len(blocks))
		}
		out[i] = true
		n++
	}
	if n < 2 {
		return nil
	}
	return out
}

// agendaSection reports whether list items under the heading at index
// section (-1 for none) are the agenda itself: under no heading, the
// document's title, or an "Agenda" or "Notes" heading. Under a topic's
// own heading ("## Drafts"), a timed talk is a point of that item.
func agendaSection(blocks []block, section, first int) bool {
	if section < 0 || section == first {
		return true
	}
	low := strings.ToLower(blocks[section].lines[0])
	return strings.Contains(low, "agenda") || strings.Contains(low, "notes") || strings.Contains(low, "minutes")
}

// notesUnder reports text under list item i before the next item at its
// level or above, or the next heading: a paragraph, or a deeper bullet
// that is not itself timeboxed or a bare link.
func notesUnder(blocks []block, i int) bool {
	lvl := blocks[i].level
	for j := i + 1; j < len(blocks); j++ {
		b := &blocks[j]
		switch {
		case b.kind == kHeading || b.kind == kItem && b.level <= lvl:
			return false
		case len(b.lines) == 0 || isTimeboxed(b.lines[0]) || isMetaLine(b.lines[0]):
			continue
		case b.kind == kPara || b.kind == kItem:
			return true
		}
	}
	return false
}
