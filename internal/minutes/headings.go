package minutes

import (
	"strconv"
	"strings"
)

// role is what a block is in the minutes once structure is known.
type role uint8

const (
	rBody  role = iota // text that may hold remarks
	rItem              // an agenda item heading
	rMeta              // not remark text: title block, TOC, restated agenda, attendees
	rSoft              // a heading that is not an agenda item ("Conclusion"): ends the turn
	rTitle             // the document title heading
	// rFurniture is a page's running header, date or number inside the
	// text of minutes converted from print: skipped, the turn goes on.
	rFurniture
)

// shape is the classification of one block.
type shape struct {
	role   role
	number string
	title  string
	depth  int
	// sub marks a bold-line heading, nested under the heading before it.
	sub bool
}

// classify decides, for every block, whether it is an agenda heading,
// metadata or body text. Numbered plain-text headings must follow a
// plausible numbering sequence, so that a numbered list inside a remark
// ("1. ICANN IANA IPR Assignment") is not taken for agenda item 1.
func classify(blocks []block, f Format) []shape {
	out := make([]shape, len(blocks))
	var seq numSeq
	titleDone := false
	listed, captions := listedTitles(blocks, f)
	headers := f == FormatMarkdown && speakerHeaders(blocks) // read only for Markdown below
	dated := datedHeadings(blocks)
	var lines lineItems
	var lone, shortHeads, topics []bool
	numbered := false // loose ordered list items head sections (see numberedItems)
	if f == FormatMarkdown {
		lines = markdownLineItems(blocks)
		numbered = numberedItems(blocks)
		topics = topicBullets(blocks)
	} else if f == FormatText {
		if lone = loneBullets(blocks); lone == nil {
			shortHeads = captionLines(blocks)
		}
	}
	// Markdown with no heading marked at all is plain text exported from
	// a word processor: its captions are lines on their own, as in text.
	unmarked := f == FormatMarkdown && !markedHeadings(blocks)
	// An agenda's items with the notes taken under them.
	boxed := timeboxedItems(blocks, f)
	coded := codedItems(blocks) // "Minutes Approved (D)"
	skip := 0                   // blocks already read as part of a heading before them
	for i := range blocks {
		if i < skip {
			continue
		}
		b := &blocks[i]
		switch b.kind {
		case kHeading:
			if captions[i] {
				out[i] = shape{role: rMeta} // "Agenda" over the restated agenda
				continue
			}
			title := cleanTitle(b.lines[0])
			out[i] = titleShape(title, b.level)
			if presentingLine(title) {
				// "### Carsten Bormann (CB) presenting.": who speaks next,
				// set as a heading; the agenda item is the one above it.
				out[i] = shape{role: rBody}
				continue
			}
			if out[i].role == rMeta && title == "" {
				continue // a logo: no title, no item
			}
			if out[i].role == rMeta && dated >= 3 && isDateLine(title) {
				// An archive of meetings, one heading of its date each.
				out[i] = shape{role: rItem, title: title, depth: b.level}
			}
			// A numbered heading is an agenda item even when it is the only one.
			if !titleDone && out[i].role == rItem && out[i].number == "" && isTitleHeading(blocks, i) {
				out[i].role = rTitle
			}
			titleDone = true
			if out[i].number != "" {
				seq.accept(out[i].number)
			}
		case kPara, kItem:
			if boxed != nil && boxed[i] {
				out[i] = shape{role: rItem, title: cleanTitle(b.lines[0]), depth: b.level}
				continue
			}
			if coded != nil && coded[i].role == rItem {
				out[i] = coded[i]
				continue
			}
			if b.printedHead {
				out[i] = shape{role: rItem, title: printedTitle(b), depth: 1}
				continue
			}
			if b.kind == kPara && len(b.lines) == 1 && isStampOnly(b.lines[0]) {
				out[i].role = rFurniture // "[05:07]": the speaker goes on
				continue
			}
			if b.meta || captions[i] || isTOCEntry(b) || isPipeTable(b) || b.kind == kPara && len(b.lines) == 1 && isScheduleLine(b.lines[0]) || isRollCall(b) {
				out[i].role = rMeta
				continue
			}
			// Items sit at the margin; lettered sub-items may be indented
			// under theirs ("4. Officer Reports" over "    A. Chair").
			if b.kind == kPara && (len(b.lines) == 1 || headedByMeta(b)) && (f == FormatText || b.indent == 0) && (b.indent < 2 || f == FormatText && b.indent <= 8 && isLetterItem(b.lines[0])) {
				if num, title, ok := splitNumbered(unbold(b.lines[0])); ok && !opensWithDate(b.lines[0]) && !proseAfterNumber(b.lines[0], title) && seq.accept(num) {
					out[i] = shape{role: rItem, number: num, title: title, depth: seq.depth()}
					continue
				}
			}
			if numbered && isNumberedHead(b) {
				if num := strconv.Itoa(int(b.ordinal)); seq.accept(num) {
					out[i] = shape{role: rItem, number: num, title: cleanTitle(strings.Join(b.lines, " ")), depth: seq.depth()}
					continue
				}
			}
			if topics != nil && topics[i] {
				out[i] = headingShape(bulletTopic(b), 1)
				if b.listNum > 0 {
					out[i].number = strconv.Itoa(int(b.listNum)) // as printed: "1." for every item is common
				}
				out[i].sub = true
				continue
			}
			if lines.at(blocks, i) || lone != nil && lone[i] || shortHeads != nil && shortHeads[i] {
				out[i] = shape{role: rItem, title: cleanTitle(b.lines[0]), depth: 1}
				continue
			}
			if f == FormatHTML {
				if title, next, ok := printHeading(blocks, i); ok {
					out[i] = shape{role: rItem, title: title, depth: 1}
					for j := i + 1; j < next; j++ {
						out[j].role = rMeta // the heading's second line
					}
					skip = next
					continue
				}
			}
			if f == FormatText && b.kind == kPara && (isPlainHeading(blocks, i) || isListedHeading(b, listed)) {
				out[i] = shape{role: rItem, title: b.lines[0], depth: 1}
			} else if (f == FormatText || unmarked) && isTitleCaseHeading(blocks, out, i) {
				out[i] = headingShape(b.lines[0], 1) // "Attendees" captions a roster: metadata
			} else if title, ok := boldHeading(b); ok && f == FormatMarkdown && i > 0 && (bodySeen(blocks, out, i) || !looksLikeDocTitle(title)) && !(headers && isPersonName(title)) {
				out[i] = headingShape(title, 1)
				out[i].sub = true
			}
		}
	}
	markNumberOverTitle(blocks, out)
	markPageFurniture(blocks, out)
	markAgendaSections(blocks, out)
	markAgendaTemplate(blocks, out)
	markMetaSections(blocks, out)
	markRosterLists(blocks, out)
	markClosingRecaps(blocks, out)
	markMeetbotRecap(blocks, out)
	markBackMatter(blocks, out)
	setDepths(blocks, out)
	return out
}

// datedHeadings counts the headings that are only a date ("## October
// 25, 2017 -"): three or more make a document of several meetings.
func datedHeadings(blocks []block) int {
	n := 0
	for i := range blocks {
		if b := &blocks[i]; b.kind == kHeading && strings.ContainsAny(b.lines[0], "0123456789") && isDateLine(cleanTitle(b.lines[0])) {
			n++
		}
	}
	return n
}

// headingShape reads a heading line: optional number, title without markup.
func headingShape(line string, level int) shape { return titleShape(cleanTitle(line), level) }

// titleShape is headingShape for a title already cleaned of markup.
func titleShape(title string, level int) shape {
	if title == "" {
		return shape{role: rMeta}
	}
	if isDateLine(title) {
		return shape{role: rMeta}
	}
	low := strings.TrimPrefix(strings.ToLower(strings.TrimRight(title, ": ")), "table of ")
	if softHeadings.has(low) || strings.HasPrefix(low, "speaker's summary") || strings.HasPrefix(low, "speaker’s summary") || strings.HasPrefix(low, "summary of key points") {
		return shape{role: rSoft} // TC39's "Speaker's Summary of Key Points"
	}
	if isCaptionKey(low) {
		return shape{role: rMeta} // "Regrets" over a list of names, "Contents" over links
	}
	if docPartHeadings.has(strings.ReplaceAll(low, " ", "-")) {
		return shape{role: rMeta} // "Meeting minutes": the document, not an item of it
	}
	if strings.HasPrefix(low, "note on ") || strings.HasPrefix(low, "notes on ") || strings.HasPrefix(low, "about these ") {
		return shape{role: rMeta} // "Note on Minute Generation": about the document
	}
	if t := topicTitle(title); t != "" {
		title = t // "Agenda item 3: draft-foo (Name)" is item 3
	}
	sh := shape{role: rItem, title: title, depth: level}
	if num, rest, ok := splitNumber(title); ok {
		sh.number, sh.title = num, rest
	}
	return sh
}

// softHeadings close a discussion without starting an agenda item.
var softHeadings = wordSet(`conclusion conclusions resolution resolutions consensus consensus/resolution
conclusion/resolution conclusions/resolution conclusion/resolutions conclusions/resolutions outcome outcomes
decision decisions summary action-items`)

// rosterHeadings caption lists of people in a roll call ("Reporting",
// "Regrets", "Observers" in IESG minutes): metadata, not agenda items.
var rosterHeadings = wordSet(`reporting regrets observers guests present attendees attendance people
apologies absent participants`)

// tocHeadings caption a table of contents: metadata, like its entries.
var tocHeadings = wordSet(`contents toc index`)

// isTitleHeading reports the first heading of a document when it names the
// document rather than an agenda item: nothing but metadata precedes it and
// it is the only heading at its level.
func isTitleHeading(blocks []block, i int) bool {
	lvl := blocks[i].level
	others := false // another heading, at any level
	for j := range blocks {
		if j == i || blocks[j].kind != kHeading || cleanTitle(blocks[j].lines[0]) == "" {
			continue
		}
		if blocks[j].level <= lvl {
			return lvl == 1 && j > i && looksLikeDocTitle(blocks[i].lines[0])
		}
		others = true
	}
	// The one heading of a record is its title when it names the meeting
	// ("Minutes of …", a date) or tops the page; a Hansard part's lower
	// heading names its business ("Second Reading", a question), the item
	// it records, and so does a heading under the record's opening text.
	return others || looksLikeDocTitle(blocks[i].lines[0]) || lvl <= 1 && !bodyBefore(blocks, i)
}

// bodyBefore reports a paragraph of six words or more before block i.
func bodyBefore(blocks []block, i int) bool {
	for j := 0; j < i; j++ {
		if blocks[j].kind == kPara && wordCount(blocks[j].lines) >= 6 {
			return true
		}
	}
	return false
}

// looksLikeDocTitle reports a heading that names minutes or a meeting.
func looksLikeDocTitle(s string) bool {
	low := strings.ToLower(s)
	for _, w := range []string{"minutes", "notes", "meeting", "session", "agenda", "plenary", "proceedings", "transcript", "irc log", "chat log"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return findDate(s) != ""
}

// isTOCEntry reports a list item that is only an in-page link, the shape
// of a generated table of contents ("- [Session I](#session-i)").
func isTOCEntry(b *block) bool {
	if b.kind != kItem || len(b.lines) != 1 {
		return false
	}
	l := b.lines[0]
	return strings.HasPrefix(l, "[") && strings.HasSuffix(l, ")") && strings.Contains(l, "](#")
}

// setDepths gives Markdown headings a depth relative to the shallowest
// agenda heading, so "##" items are depth 1 when "#" is the title.
func setDepths(blocks []block, out []shape) {
	minLvl := 0
	for i := range out {
		if out[i].role == rItem && blocks[i].kind == kHeading && (minLvl == 0 || blocks[i].level < minLvl) {
			minLvl = blocks[i].level
		}
	}
	last := 0 // the depth of the last heading item
	for i := range out {
		if out[i].role == rItem && blocks[i].kind == kHeading {
			out[i].depth = blocks[i].level - minLvl + 1
			last = out[i].depth
		} else if out[i].sub {
			out[i].depth = last + 1
		}
	}
}
