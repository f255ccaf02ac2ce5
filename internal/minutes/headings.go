package minutes

import (
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
	headers := speakerHeaders(blocks)
	dated := datedHeadings(blocks)
	var lines lineItems
	if f == FormatMarkdown {
		lines = markdownLineItems(blocks)
	}
	skip := 0 // blocks already read as part of a heading before them
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
			out[i] = headingShape(b.lines[0], b.level)
			if out[i].role == rMeta && dated >= 3 && isDateLine(cleanTitle(b.lines[0])) {
				// An archive of meetings, one heading of its date each.
				out[i] = shape{role: rItem, title: cleanTitle(b.lines[0]), depth: b.level}
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
			if b.meta || captions[i] || isTOCEntry(b) || isPipeTable(b) || b.kind == kPara && len(b.lines) == 1 && isScheduleLine(b.lines[0]) || isRollCall(b) {
				out[i].role = rMeta
				continue
			}
			// Items sit at the margin; lettered sub-items may be indented
			// under theirs ("4. Officer Reports" over "    A. Chair").
			if b.kind == kPara && (len(b.lines) == 1 || headedByMeta(b)) && (f == FormatText || b.indent == 0) && (b.indent < 2 || f == FormatText && b.indent <= 8 && isLetterItem(b.lines[0])) {
				if num, title, ok := splitNumbered(b.lines[0]); ok && !opensWithDate(b.lines[0]) && seq.accept(num) {
					out[i] = shape{role: rItem, number: num, title: title, depth: seq.depth()}
					continue
				}
			}
			if lines.at(blocks, i) {
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
			} else if f == FormatText && isTitleCaseHeading(blocks, out, i) {
				out[i] = headingShape(b.lines[0], 1) // "Attendees" captions a roster: metadata
			} else if title, ok := boldHeading(b); ok && f == FormatMarkdown && i > 0 && (bodySeen(blocks, out, i) || !looksLikeDocTitle(title)) && !(headers && isPersonName(title)) {
				out[i] = headingShape(title, 1)
				out[i].sub = true
			}
		}
	}
	markPageFurniture(blocks, out)
	markAgendaSections(blocks, out)
	markMetaSections(blocks, out)
	markClosingRecaps(blocks, out)
	markBackMatter(blocks, out)
	setDepths(blocks, out)
	return out
}

// datedHeadings counts the headings that are only a date ("## October
// 25, 2017 -"): three or more make a document of several meetings.
func datedHeadings(blocks []block) int {
	n := 0
	for i := range blocks {
		if blocks[i].kind == kHeading && isDateLine(cleanTitle(blocks[i].lines[0])) {
			n++
		}
	}
	return n
}

// headingShape reads a heading line: optional number, title without markup.
func headingShape(line string, level int) shape {
	title := cleanTitle(line)
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
	if rosterHeadings.has(low) || rosterHeadings.has(dropAside(low)) || tocHeadings.has(low) || isRecapHeading(low) {
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
var rosterHeadings = wordSet(`reporting regrets observers guests present attendees attendance
apologies absent participants`)

// tocHeadings caption a table of contents: metadata, like its entries.
var tocHeadings = wordSet(`contents toc index`)

// isTitleHeading reports the first heading of a document when it names the
// document rather than an agenda item: nothing but metadata precedes it and
// it is the only heading at its level.
func isTitleHeading(blocks []block, i int) bool {
	lvl := blocks[i].level
	for j := range blocks {
		if j != i && blocks[j].kind == kHeading && blocks[j].level <= lvl {
			return lvl == 1 && j > i && looksLikeDocTitle(blocks[i].lines[0])
		}
	}
	return true
}

// looksLikeDocTitle reports a heading that names minutes or a meeting.
func looksLikeDocTitle(s string) bool {
	low := strings.ToLower(s)
	for _, w := range []string{"minutes", "notes", "meeting", "session", "agenda", "plenary", "proceedings", "transcript"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return findDate(s) != ""
}

// markupReplacer drops inline emphasis and code marks; a Replacer is safe
// for concurrent use and costly to build, so it is built once.
var markupReplacer = strings.NewReplacer("**", "", "__", "", "`", "")

// cleanTitle strips heading markup: '#', emphasis, code ticks, and link
// targets ("[text](url)" keeps "text").
func cleanTitle(s string) string {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "#"))
	s = stripLinks(s)
	if hasMarkupByte(s) {
		s = markupReplacer.Replace(s) // it builds a new string even when nothing matches
	}
	s = strings.Trim(s, "*_ \t")
	if isSingleSpaced(s) {
		return s // Fields and Join would give s back, in a new string
	}
	return strings.Join(strings.Fields(s), " ")
}

// stripLinks turns Markdown links "[text](url)" into "text".
func stripLinks(s string) string {
	if !strings.Contains(s, "](") {
		return s
	}
	var b strings.Builder
	for {
		open := strings.IndexByte(s, '[')
		if open < 0 {
			break
		}
		mid := matchBracket(s, open)
		if mid < 0 || mid+1 >= len(s) || s[mid+1] != '(' {
			b.WriteString(s[:open+1])
			s = s[open+1:]
			continue
		}
		end := strings.IndexByte(s[mid:], ')')
		if end < 0 {
			break
		}
		b.WriteString(s[:open])
		b.WriteString(stripLinks(s[open+1 : mid]))
		s = s[mid+end+1:]
	}
	b.WriteString(s)
	return b.String()
}

// matchBracket finds the ']' that closes the '[' at open.
func matchBracket(s string, open int) int {
	depth := 0
	for i := open; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// splitNumbered splits "3.1. Title", "4.1 Title" or "A. Title" into
// number and title. The title must start with a letter, digit or quote and
// must not read as a sentence of prose.
func splitNumbered(s string) (num, title string, ok bool) {
	num, title, ok = splitNumber(s)
	if !ok {
		return "", "", false
	}
	if _, ok := parseLabel(title); ok && !strings.HasSuffix(title, ":") {
		if l, _ := parseLabel(title); l.kind == lPerson {
			return "", "", false
		}
	}
	return num, title, true
}

// splitNumber is splitNumbered for a line known to be a heading: a title
// that reads like a label ("1. Triage: nominated issues") is still a
// title there.
func splitNumber(s string) (num, title string, ok bool) {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' && i > 0) {
		i++
	}
	if i > 1 && s[i-1] == '.' {
		if n := romanPrefix(s[i:]); n > 0 {
			i += n // "10.iv Proposal": a Roman sub-number
			if i+2 < len(s) && s[i] == '.' && s[i+1] >= 'a' && s[i+1] <= 'z' && (s[i+2] == ' ' || s[i+2] == '.') {
				i += 2 // "10.ii.a": and a lettered one under it
			}
			if i < len(s) && s[i] == '.' {
				i++
			}
		}
	}
	if i == 0 && len(s) > 3 && isUpperByte(s[0]) && (s[1] == '.' || s[1] == ')') && s[2] == ' ' {
		num, title = s[:1], strings.TrimSpace(s[2:])
	} else if n := romanPrefix(strings.ToLower(s)); i == 0 && n > 1 && n+1 < len(s) && s[n] == '.' && s[n+1] == ' ' && s[:n] == strings.ToUpper(s[:n]) {
		num, title = s[:n], strings.TrimSpace(s[n+1:]) // "XIV. RECESS"
	} else {
		num = strings.TrimRight(s[:i], ".")
		if num == "" || i >= len(s) || (s[i] != ' ' && s[i] != '\t' && s[i] != ')') {
			return "", "", false
		}
		for _, part := range strings.Split(num, ".") {
			if part == "" || len(part) > 2 && romanValue(part) == 0 || part[0] >= 'a' && part[0] <= 'z' && romanValue(part) == 0 && len(part) != 1 {
				return "", "", false
			}
		}
		title = strings.TrimSpace(strings.TrimLeft(s[i:], ")"))
	}
	if title == "" || len(title) > 120 || strings.HasSuffix(title, ".") && !strings.HasSuffix(title, "etc.") {
		return "", "", false
	}
	return num, title, true
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

// isPlainHeading recognises an unnumbered heading in plain text: a short
// line with no sentence punctuation and no label, standing alone or
// followed only by a presenter's name or slide links, and either ending in
// a parenthetical ("Encrypted SNI (DKG)") or followed by a link.
func isPlainHeading(blocks []block, i int) bool {
	b := &blocks[i]
	l := b.lines[0]
	if len(l) > 80 || countWords(l) > 10 || !isUpperByte(l[0]) || strings.ContainsAny(l[len(l)-1:], ".?!:;,") {
		return false
	}
	if _, ok := parseLabel(l); ok || isDateLine(l) || questionWords.has(firstWordLower(l)) {
		return false
	}
	if open := strings.LastIndexByte(l, '('); strings.HasSuffix(l, ")") && open >= 0 &&
		!isNameList(l[open+1:len(l)-1]) && !isLegendLine(strings.ReplaceAll(l[open+1:len(l)-1], " = ", "=")) {
		return false // "Issue # (to be filled in when done)"
	}
	if r, ok := findReported(l); ok && !r.weak {
		return false
	}
	link := false
	for _, x := range b.lines[1:] {
		switch {
		case isMetaLine(x):
			link = true
		case isPersonName(x) && len(b.lines) <= 3:
		default:
			return false
		}
	}
	if !link && len(b.lines) == 1 && i+1 < len(blocks) && len(blocks[i+1].lines) > 0 && isMetaLine(blocks[i+1].lines[0]) {
		link = true
	}
	return link || strings.HasSuffix(l, ")") && !strings.Contains(strings.ToLower(l), "slide") ||
		len(b.lines) == 1 && capsHeading(l) && (i+1 < len(blocks) || strings.IndexByte(l, ' ') > 0)
}

// capsHeading reports a line in capitals ("QUESTIONS WITHOUT NOTICE",
// "MOTIONS"), the way records of proceedings set their section headings
// in plain text.
func capsHeading(l string) bool {
	letters := 0
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch {
		case c >= 'a' && c <= 'z':
			return false
		case c >= 'A' && c <= 'Z':
			letters++
		}
	}
	if countWords(l) == 1 {
		// "ADJOURNMENT", but not a caption of the header ("ATTENDEES");
		// the caller wants text under it ("ADJOURNED" may end the file).
		low := strings.ToLower(l)
		return letters >= 6 && letters == len(l) && !rosterHeadings.has(low) && !tocHeadings.has(low) && !metaLabels.has(low)
	}
	return letters >= 6
}

// questionWords open questions, which are not headings.
var questionWords = wordSet(`should shall can could is are do does did what why how who when will would may`)

// isLetterItem reports a line numbered with one capital letter ("A. Chair").
func isLetterItem(l string) bool {
	return len(l) > 3 && l[0] >= 'A' && l[0] <= 'Z' && l[1] == '.' && l[2] == ' '
}

// firstWordLower returns the first word of s in lower case.
func firstWordLower(s string) string {
	w, _ := nextWord(s, 0)
	return strings.ToLower(w)
}
