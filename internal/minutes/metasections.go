package minutes

import "strings"

// docPartHeadings name a part of the document itself ("Meeting
// minutes" over the body of a scribe's minutes), not an agenda item.
var docPartHeadings = wordSet(`minutes meeting-minutes notes meeting-notes transcript proceedings`)

// isRecapHeading reports a heading over a restatement of what the body
// already holds or of how the minutes were made: "Summary of action
// items", "Summary of resolutions", a formatter's "Diagnostics".
func isRecapHeading(low string) bool {
	if rest, ok := strings.CutPrefix(low, "summary of "); ok {
		w, _, _ := strings.Cut(rest, " ")
		return recapWords.has(w)
	}
	return strings.Contains(low, "diagnostic")
}

var recapWords = wordSet(`action actions resolutions resolution decisions decision new`)

// markMetaSections extends a caption heading to its section: the lines
// under "Attendees", "Contents" or "Summary of action items", up to the
// next heading, are metadata too, however far into the body they stand.
// A line that starts speech ends the section early: minutes with no
// heading after "Attendees" go on with the discussion. A heading that is
// metadata for another reason (a date, an empty title) keeps its section.
func markMetaSections(blocks []block, out []shape) {
	for i := 0; i < len(blocks); i++ {
		if out[i].role != rMeta || blocks[i].kind != kHeading || !isCaptionHeading(blocks[i].lines[0]) {
			continue
		}
		j := i + 1
		for ; j < len(blocks) && blocks[j].kind != kHeading && (out[j].role == rBody || out[j].role == rMeta); j++ {
			if len(blocks[j].lines) > 0 && startsSpeech(&blocks[j]) {
				break
			}
			out[j].role = rMeta
		}
		i = j - 1
	}
}

// isCaptionHeading reports a heading over a roster, a table of contents
// or a recap.
func isCaptionHeading(line string) bool {
	return isCaptionKey(strings.TrimPrefix(strings.ToLower(strings.TrimRight(cleanTitle(line), ": ")), "table of "))
}

// isCaptionKey reports a heading's lower-case title that captions a
// roster ("regrets", "attendees (sign yourself in)"), a table of contents
// or a recap.
func isCaptionKey(low string) bool {
	return rosterHeadings.has(low) || rosterHeadings.has(dropAside(low)) || tocHeadings.has(low) || isRecapHeading(low) || qualifiedRoster(dropAside(low))
}

// qualifiedRoster reports a roster's caption with words that say whose
// roster it is before the roster word: "Voting member attendance",
// "TSC members present", "Other attendees". A preposition makes it a
// topic ("Feedback from participants").
func qualifiedRoster(low string) bool {
	n := countWords(low)
	if n < 2 || n > 4 {
		return false
	}
	last := lastWordOf(low)
	if !rosterHeadings.has(last) {
		return false
	}
	for _, w := range strings.Fields(low[:len(low)-len(last)]) {
		if rosterPrepositions.has(w) {
			return false
		}
	}
	return true
}

// rosterPrepositions turn a roster word into the object of a topic.
var rosterPrepositions = wordSet(`from of for by to with about on and`)

// dropAside removes a closing parenthetical from a heading ("attendees
// (sign yourself in)" is "attendees").
func dropAside(low string) string {
	if i := strings.LastIndex(low, " ("); i > 0 && strings.HasSuffix(low, ")") {
		return low[:i]
	}
	return low
}

// opensWithDate reports a line that starts with a day and a month name
// ("8 June 2021, Council Chamber"): the date of the meeting, not item 8.
func opensWithDate(l string) bool {
	_, rest, ok := strings.Cut(l, " ")
	if !ok {
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	_, month := monthNames[strings.ToLower(strings.TrimRight(w, ".,"))]
	return month
}

// markClosingRecaps turns the sections that close many minutes after the
// last item — "Action items", "Next meeting" — into metadata: they
// restate what was decided or when to meet again, and nobody speaks in
// them. Only unnumbered headings at the very end count, and "Next
// meeting" only when nobody speaks under it: "Action items" as the first
// item reviews the last meeting's actions, and a "Next meeting" topic
// where the chair proposes a date is discussed; both are items.
func markClosingRecaps(blocks []block, out []shape) {
	end := len(blocks)
	for i := len(blocks) - 1; i >= 0; i-- {
		if blocks[i].kind != kHeading {
			continue
		}
		if out[i].role == rMeta || out[i].role == rTitle {
			if bodyBetween(out, i+1, end) {
				return // "Notes" over the discussion: what stands above is no closing section
			}
			continue
		}
		key := strings.ReplaceAll(strings.ToLower(out[i].title), " ", "-")
		if out[i].role != rItem || out[i].number != "" || !closingRecaps.has(key) {
			return
		}
		// A table of the discussion under "Actions" (one row per topic,
		// see proseRow) is the meeting itself, not a recap of it.
		if sectionHasDiscussionTable(blocks[i+1 : end]) {
			return
		}
		// A list of actions reads "Bo Li: send the sheet"; in a closing
		// "Next meeting" section, such a line is somebody speaking.
		for j := i + 1; j < end && strings.HasPrefix(key, "next"); j++ {
			if blocks[j].kind != kHeading && len(blocks[j].lines) > 0 && startsSpeech(&blocks[j]) {
				return
			}
		}
		for j := i; j < end; j++ {
			out[j].role = rMeta
		}
		end = i
	}
}

// markMeetbotRecap turns into metadata the summary a meeting bot writes
// over its log (MeetBot and meetingology, as Ubuntu, Fedora, Debian and
// OpenStack publish them): from "Meeting information" or "Meeting
// summary" down to the "Full log" heading, the topics, actions, votes
// and people are restated from the log below, where they are read.
func markMeetbotRecap(blocks []block, out []shape) {
	start := -1
	for i := range blocks {
		if blocks[i].kind != kHeading {
			continue
		}
		switch strings.ToLower(strings.TrimSpace(blocks[i].lines[0])) {
		case "meeting information", "meeting summary":
			if start < 0 {
				start = i
			}
		case "full log", "full log:", "log", "meeting log":
			if start < 0 {
				return
			}
			for j := start; j <= i; j++ {
				out[j] = shape{role: rMeta}
			}
			return
		}
	}
}

// discussionTable reports a row of a discussion table among lines.
func discussionTable(lines []string) bool {
	for _, l := range lines {
		if _, _, ok := proseRow(l); ok {
			return true
		}
	}
	return false
}

// sectionHasDiscussionTable reports a row of a discussion table in blocks.
func sectionHasDiscussionTable(blocks []block) bool {
	for i := range blocks {
		if discussionTable(blocks[i].lines) {
			return true
		}
	}
	return false
}

// bodyBetween reports a block of text that may hold remarks in
// out[from:to].
func bodyBetween(out []shape, from, to int) bool {
	for j := from; j < to; j++ {
		if out[j].role == rBody {
			return true
		}
	}
	return false
}

// closingRecaps are the titles of closing sections (see markClosingRecaps).
var closingRecaps = wordSet(`action-items actions action-item-summary next-meeting next-meetings`)

// markBackMatter turns the back matter of a printed record into
// metadata: after the last speaker's label, a table of contents and what
// follows it (the list of ministers, the index of speakers) is no part
// of the debate.
func markBackMatter(blocks []block, out []shape) {
	last := -1
	for i := range blocks {
		for j := range blocks[i].lines {
			if blocks[i].opensTurn(j) {
				last = i
			}
		}
	}
	for i := last + 1; i < len(blocks); i++ {
		b := &blocks[i]
		if len(b.lines) == 0 || len(b.lines[0]) > 40 {
			continue // the captions below, with markup, fit in 40 bytes
		}
		low := strings.ToLower(strings.TrimSpace(cleanTitle(b.lines[0])))
		if low == "table of contents" || low == "contents" || low == "index" || low == "index of speakers" {
			for j := i; j < len(blocks); j++ {
				out[j] = shape{role: rMeta}
			}
			return
		}
	}
}

// isMetaLine reports lines that are never remark text: a bare URL, or
// one with a parenthetical note ("… .pptx (fix when pdf is available)").
func isMetaLine(s string) bool {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "<http") {
		_, rest, _ := strings.Cut(strings.TrimSpace(s), " ")
		return rest == "" || strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")")
	}
	// Dot leaders ("Ms. Rusu . . . . . . Kovania"): a roster or a table
	// of contents laid out in columns. "[Page 2]": the footer of a page of
	// minutes laid out like an RFC.
	return strings.Contains(s, ". . . . ") || isPageFooter(s) || isColumnMark(s) || isTemplateTag(s)
}

// isTemplateTag reports a line that is only a site generator's template
// tag ("{% include toc.html %}", "{% highlight text %}", "{{ page.title
// }}"), as minutes published with Jekyll or Hugo keep in their source:
// markup, not text.
func isTemplateTag(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) > 4 && (strings.HasPrefix(s, "{%") && strings.HasSuffix(s, "%}") || strings.HasPrefix(s, "{{") && strings.HasSuffix(s, "}}"))
}

// isPipeTable reports a Markdown table written without outer pipes
// ("Summary | Description" over "-|-"), which a Markdown reader without
// the table extension leaves as a paragraph: the delimiter row on its
// second line tells it. Tables in minutes hold decisions, attendance,
// payments — unless their rows hold the discussion itself (proseRow),
// which is read row by row.
func isPipeTable(b *block) bool {
	if b.kind != kPara || len(b.lines) < 2 || !strings.Contains(b.lines[0], "|") {
		return false
	}
	d := strings.TrimSpace(b.lines[1])
	if !strings.Contains(d, "|") || !strings.Contains(d, "-") {
		return false
	}
	for i := 0; i < len(d); i++ {
		if c := d[i]; c != '|' && c != '-' && c != ':' && c != ' ' {
			return false
		}
	}
	return !discussionTable(b.lines[2:])
}

// isPageFooter reports a line ending in "[Page N]".
func isPageFooter(s string) bool {
	s = strings.TrimRight(s, " ")
	if !strings.HasSuffix(s, "]") {
		return false
	}
	open := strings.LastIndex(s, "[Page ")
	return open >= 0 && atoiSmall(s[open+len("[Page "):len(s)-1]) >= 0
}
