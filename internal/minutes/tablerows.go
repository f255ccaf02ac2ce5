package minutes

import "strings"

// Some minutes keep the discussion in a Markdown table, one row per
// topic: "| Maintainer Retainer Program | The application form is up for
// review. Jonathan raised concerns about … | … |" (a committee's notes
// written in a shared document and exported). Rows of short cells are an
// attendance table or a list of links, read by the registry; a row with a
// cell of prose is discussion, and its first cell names the topic.

// proseRowWords is how many words make a table cell prose: a roster's
// cells ("Elaine Cardenas", "Yes", "April 2026") never reach it.
const proseRowWords = 8

// proseRow reads a table row that holds discussion: the topic in its first
// cell ("" when that cell is prose too) and the offset in line where the
// discussion starts.
func proseRow(line string) (topic string, at int, ok bool) {
	if !strings.HasPrefix(line, "|") || !strings.HasSuffix(line, "|") || len(line) < 3 {
		return "", 0, false
	}
	inner := line[1 : len(line)-1]
	first, rest, found := strings.Cut(inner, "|")
	if !found {
		if countWords(inner) >= proseRowWords {
			return "", 1, true // one column of prose
		}
		return "", 0, false
	}
	prose := false
	for _, c := range strings.Split(rest, "|") {
		if countWords(c) >= proseRowWords {
			prose = true
			break
		}
	}
	if !prose {
		return "", 0, false
	}
	first = strings.TrimSpace(first)
	if countWords(first) >= proseRowWords {
		return "", 1, true
	}
	return cleanTitle(first), 1 + strings.Index(inner, "|") + 1, true
}

// tableRow reads a row of a discussion table (see proseRow): its topic
// opens an agenda item under the current one, and its cells are read as a
// paragraph of the scribe's, reported speech handing the turn over.
func (t *turnBuilder) tableRow(b *block, li int, line, topic string, at int) {
	if topic != "" {
		depth := 1
		if n := len(t.items); n > 0 {
			depth = t.items[n-1].Depth
			if !t.inTable {
				depth++
			}
		}
		t.startItem(shape{role: rItem, title: topic, depth: depth})
		t.inTable = true
	}
	// The cell's first sentence opens the row's paragraph: the sentence
	// cache, cut on the whole row, does not start one there.
	if sp, ok := t.reported(strings.TrimSpace(line[at:])); ok {
		t.setSpeaker(sp.with(bReported), b.level)
	} else {
		t.setSpeaker(speaker{}, b.level)
	}
	from := len(t.remarks)
	t.sentences(b, li, at, false)
	// The remarks of the row, finished and open, lose the cell borders.
	for i := from; i < len(t.remarks); i++ {
		t.remarks[i].Text = withoutCellBorders(t.remarks[i].Text)
	}
	for i := range t.open {
		t.open[i] = withoutCellBorders(t.open[i])
	}
}

// withoutCellBorders joins a table row's cells with spaces: "… owns it. |
// Follow up next week. |" reads "… owns it. Follow up next week.".
func withoutCellBorders(s string) string {
	s = strings.ReplaceAll(s, " | ", " ")
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "|"))
}
