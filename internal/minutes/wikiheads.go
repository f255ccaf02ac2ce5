package minutes

import "strings"

// Minutes kept on a MediaWiki wiki (hackerspaces, many associations)
// mark their sections "= Attendance =" and "== Consensus items ==": the
// same number of equals signs on both sides, more for deeper sections.
// Read as text, such a line is a paragraph, often run together with the
// line under it. splitWikiHeadings makes each one a heading block.

// splitWikiHeadings cuts a paragraph that opens with a wiki heading into
// the heading and the rest of the paragraph.
func splitWikiHeadings(blocks []block) []block {
	return splitLeadLines(blocks, func(line string) (block, string, bool) {
		level, title, ok := wikiHeading(line)
		return block{kind: kHeading, level: level, lines: []string{title}}, "", ok
	})
}

// wikiHeading reads "== Title ==": one to six equals signs on each side,
// as many on both, around a title that is not itself equals signs.
func wikiHeading(line string) (level int, title string, ok bool) {
	l := strings.TrimSpace(line)
	for level < len(l) && l[level] == '=' {
		level++
	}
	if level == 0 || level > 6 || len(l) < 2*level+1 || !strings.HasSuffix(l, strings.Repeat("=", level)) {
		return 0, "", false
	}
	inner := l[level : len(l)-level]
	if strings.HasPrefix(inner, "=") || strings.HasSuffix(inner, "=") {
		return 0, "", false // unequal counts, or a rule of equals signs
	}
	title = strings.TrimSpace(inner)
	if title == "" {
		return 0, "", false
	}
	return level, title, true
}
