package minutes

import (
	"strings"
	"unicode"
)

// Notes kept as one Markdown outline set each topic as a bullet at the
// margin and the discussion as bullets nested under it:
//
//	* GPU acceleration of EXR reading:
//	  * Steve: reading compressed files, decompress on the GPU.
//	  * Larry: what's the programming model?
//
// (ASWF projects' TSC notes, the OCI working groups, npm's Open RFC
// calls, Zarr's community calls). Such a bullet is the item's heading.

// topicBullets returns, per block, whether it is a bullet that heads the
// discussion nested under it; nil unless the document writes at least
// two so, since one bullet over sub-points is as often a point of a
// speaker's list as a topic.
func topicBullets(blocks []block) []bool {
	var topics []bool
	notes, headed := true, false // under the notes' own heading; a heading seen
	for start := 0; start < len(blocks); start++ {
		b := &blocks[start]
		if ok, head := notesContext(b, headed); head {
			notes, headed = ok, headed || b.kind == kHeading
			continue
		}
		if b.kind != kItem || b.level != 1 {
			continue
		}
		end := start + 1
		for end < len(blocks) && blocks[end].kind == kItem {
			end++ // one list: its items, nested or not
		}
		if notes && !(start > 0 && restatesList(&blocks[start-1])) && allTopics(blocks, start, end) {
			if topics == nil {
				topics = make([]bool, len(blocks))
			}
			for i := start; i < end; i++ {
				topics[i] = blocks[i].level == 1
			}
		}
		start = end - 1
	}
	return topics
}

// restatesList reports a heading or a caption that introduces a list
// of things other than the meeting's discussion: the agenda ("The draft
// agenda is:", "**Agenda**"), the people present, the actions.
func restatesList(b *block) bool {
	if b.kind != kHeading && b.kind != kPara {
		return false
	}
	t := strings.ToLower(b.text())
	if b.kind == kPara && len(b.lines) == 1 && !notesWords.has(strings.Trim(t, ":*_ ")) {
		return true // "Potential questions (written by Kriti)" over its questions
	}
	if b.kind == kPara && !strings.HasSuffix(strings.TrimSpace(t), ":") && len(b.lines) > 1 {
		return false
	}
	for _, w := range []string{"agenda", "attend", "present", "action", "apolog", "regrets"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// notesWords caption the notes as a whole ("Notes" over the topics).
var notesWords = wordSet(`notes discussion minutes`)

// notesContext reads a block that may head the lists after it: head
// tells a heading, a bold caption, or "Notes" alone on its line; ok that
// it stands over the notes as a whole — the document's first heading of
// level 1 (its title), "Discussion (50 minute timebox)", "OCIO TSC
// Meeting Notes" — so that bullets under it may be topics. Under a
// heading of one topic ("Pre-meeting thoughts") they are its points.
func notesContext(b *block, headed bool) (ok, head bool) {
	title, bold := boldHeading(b)
	switch {
	case b.kind == kHeading:
		title = cleanTitle(b.lines[0])
	case b.kind == kPara && len(b.lines) == 1 && notesWords.hasFold(strings.Trim(b.lines[0], ":*_ ")):
		return true, true
	case !bold:
		return false, false
	}
	if open := strings.IndexByte(title, '('); open > 0 {
		title = title[:open] // "Discussion (50 minute timebox)"
	}
	title = strings.TrimRight(title, ": ")
	return b.kind == kHeading && b.level == 1 && !headed || notesWords.hasFold(lastWordOf(title)), true
}

// allTopics reports a list whose bullets at the margin, two or more,
// all head bullets nested under them, as captions do: where one stands
// alone, the list is of points, some with sub-points ("Any other
// companies here supporting CSAF?" over one answer).
func allTopics(blocks []block, start, end int) bool {
	seen, bare := 0, 0
	for i := start; i < end; i++ {
		if blocks[i].kind != kItem || blocks[i].level != 1 {
			continue
		}
		switch {
		case topicBullet(blocks, i):
			seen++
		case bareTopic(blocks, i):
			bare++ // "Are OCI layout changes needed?", with nothing noted under it
		default:
			return false
		}
	}
	return seen >= 2 && bare <= seen
}

// bareTopic reports a topic bullet under which nothing was noted: a
// short caption with no bullet nested under it, that ends no sentence
// with a full stop ("Within the next month Cisco will create CSAF." is a
// point of a list of points).
func bareTopic(blocks []block, i int) bool {
	b := &blocks[i]
	if len(b.lines) != 1 || i+1 < len(blocks) && blocks[i+1].kind == kItem && blocks[i+1].level > 1 {
		return false
	}
	text := strings.TrimSpace(b.lines[0])
	c := cleanTitle(text)
	// An ordered list numbers its topics: "1. Last meeting minutes
	// approved." is one, full stop and all.
	if c == "" || countWords(c) > 8 || strings.HasSuffix(text, ".") && b.listNum == 0 || c[0] >= 'a' && c[0] <= 'z' {
		return false
	}
	if _, ok := b.label(0); ok {
		return false
	}
	r, ok := findReported(text)
	return !ok || r.kind != lPerson
}

// topicBullet reports a bullet at the margin, with bullets nested right
// under it, whose own text is a caption: short, no speaker's label, no
// sentence with a person as its subject ("Alice reported on:" heads her
// points, not a topic), no restated agenda's entry with a time box.
func topicBullet(blocks []block, i int) bool {
	b := &blocks[i]
	if b.kind != kItem || b.level != 1 || len(b.lines) > 3 || i+1 >= len(blocks) {
		return false
	}
	if next := &blocks[i+1]; next.kind != kItem || next.level != 2 {
		return false
	}
	text := strings.TrimSpace(strings.Join(b.lines, " "))
	c := cleanTitle(text)
	// A caption has words: "[x]" has none.
	if text == "" || countWords(text) > 30 || isMetaLine(text) || c == "" || !strings.ContainsFunc(c, unicode.IsLetter) {
		return false
	}
	if c[0] >= 'a' && c[0] <= 'z' {
		return false // "be more disruptive than…" over its wrapped lines: a sentence
	}
	if last := text[len(text)-1]; countWords(text) > 12 && last != ':' && last != '?' {
		return false // a point with sub-points, not a caption
	}
	if l, ok := b.label(0); ok && (l.kind == lPerson || l.kind == lRole || l.kind == lMeta) {
		return false
	}
	if r, ok := findReported(text); ok && r.kind == lPerson && !r.weak {
		return false
	}
	return !isRosterCaption(text) && !isAgendaTitle(strings.TrimRight(cleanTitle(text), ":"))
}

// bulletTopic is the title of a topic bullet: its lines as one.
func bulletTopic(b *block) string {
	return cleanTitle(strings.Join(b.lines, " "))
}
