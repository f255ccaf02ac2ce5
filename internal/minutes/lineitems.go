package minutes

import "strings"

// Markdown minutes do not always mark their items as headings: a bare
// line stands over the notes of each ("Google introductions", "[PR
// 359](…): Add interface definitions" over bullets of "[simeon] …"). Such
// a line is an item when it repeats an entry of the restated agenda.

// lineItems tells the one-line paragraphs of a Markdown document that
// open an agenda item.
type lineItems struct {
	entries map[string]bool // the restated agenda's entries (entryKey)
}

// markdownLineItems reads the entries of the restated agendas (list
// items under a heading that names the agenda).
func markdownLineItems(blocks []block) lineItems {
	var li lineItems
	for i := range blocks {
		if blocks[i].kind != kHeading || !isAgendaTitle(cleanTitle(blocks[i].lines[0])) {
			continue
		}
		for j := i + 1; j < len(blocks) && !(blocks[j].kind == kHeading && blocks[j].level <= blocks[i].level); j++ {
			if blocks[j].kind == kItem && len(blocks[j].lines) > 0 {
				if li.entries == nil {
					li.entries = make(map[string]bool)
				}
				li.entries[entryKey(blocks[j].lines[0])] = true
			}
		}
	}
	return li
}

// at reports that block i is a line that opens an item.
func (li lineItems) at(blocks []block, i int) bool {
	b := &blocks[i]
	if len(li.entries) == 0 || !isCaptionLine(b) || i == 0 {
		return false
	}
	return li.entries[entryKey(b.lines[0])]
}

// isCaptionLine reports a paragraph of one short line that reads as a
// title: no speaker label, no closing punctuation, not a link alone.
func isCaptionLine(b *block) bool {
	if b.kind != kPara || len(b.lines) != 1 || b.indent > 0 {
		return false
	}
	l := strings.TrimSpace(b.lines[0])
	if l == "" || len(l) > 120 || countWords(l) > 14 || strings.ContainsAny(l[len(l)-1:], ".?!:;,") || isMetaLine(l) {
		return false
	}
	if _, ok := b.label(0); ok {
		return false
	}
	c := cleanTitle(l)
	return c != "" && (isUpperByte(c[0]) || c[0] >= 0x80 || c[0] >= '0' && c[0] <= '9')
}
