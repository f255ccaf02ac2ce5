package minutes

import "strings"

// A restated agenda: the list of items some minutes print before the
// record of them, under a heading named "Agenda". It is metadata, and
// its entries tell where the discussion of each item begins.

// markAgendaSections turns a restated agenda into metadata: a heading named
// "Agenda" whose section is only list items, and the following headings at
// the same level whose sections are also only lists.
func markAgendaSections(blocks []block, out []shape) {
	for i := range blocks {
		if out[i].role != rItem || !isAgendaTitle(out[i].title) {
			continue
		}
		lvl := blocks[i].level
		if blocks[i].kind != kHeading || !sectionIsList(blocks, out, i, true) &&
			!(sectionIsList(blocks, out, i, false) && nextSectionIsList(blocks, out, i)) {
			continue
		}
		entries := agendaEntries(blocks, i)
		if len(entries) < 2 && presenterFollows(blocks, out, i) {
			// "## AGENDA:" over "1) Welcome and Note Well" and then who
			// presents it: the minutes' first item, as no agenda restated
			// has one entry. The caption itself is no item.
			out[i] = shape{role: rMeta}
			continue
		}
		out[i].role = rMeta
		for j := i + 1; j < len(blocks); j++ {
			if blocks[j].kind == kBreak {
				break // "---": the restated agenda is over
			}
			if blocks[j].kind == kHeading {
				// A heading that repeats an entry opens that item's
				// discussion, however list-like its notes are, and so
				// does one that names who presents ("### Niklas
				// presenting Agenda.").
				if blocks[j].level < lvl || out[j].role == rBody || !sectionIsList(blocks, out, j, true) || entries[entryKey(out[j].title)] || sectionHasProse(blocks, j) {
					break
				}
			}
			out[j].role = rMeta // the agenda's entries are not remarks
		}
	}
}

// presenterFollows reports that the heading after heading h says who
// presents (presentingLine, read as text by classify).
func presenterFollows(blocks []block, out []shape, h int) bool {
	for j := h + 1; j < len(blocks); j++ {
		if blocks[j].kind == kHeading {
			return out[j].role == rBody
		}
	}
	return false
}

// agendaEntries collects the list items of the agenda section under
// heading h, as entryKey reads them.
func agendaEntries(blocks []block, h int) map[string]bool {
	entries := make(map[string]bool)
	for j := h + 1; j < len(blocks) && blocks[j].kind != kHeading; j++ {
		if blocks[j].kind == kItem && len(blocks[j].lines) > 0 {
			entries[entryKey(blocks[j].lines[0])] = true
		}
	}
	return entries
}

// entryKey is an agenda entry or item title without its number, case
// or markup, for matching the two.
func entryKey(s string) string {
	s = cleanTitle(s)
	if _, rest, ok := splitNumber(s); ok {
		s = rest
	}
	return strings.ToLower(strings.TrimSpace(s))
}

// sectionIsList reports a heading whose section (up to the next heading)
// holds list items and at most short paragraphs, and no speaker labels.
func sectionIsList(blocks []block, out []shape, h int, needItems bool) bool {
	items := 0
	for j := h + 1; j < len(blocks) && blocks[j].kind != kHeading; j++ {
		switch blocks[j].kind {
		case kItem:
			if l, ok := blocks[j].label(0); ok && l.kind == lPerson && (l.bracket || countWords(l.name) >= 2 || isInitials(l.name)) {
				return false // "* [simeon] text": notes of a discussion ("1. Triage: …" is an entry)
			}
			items++
		case kPara:
			if _, ok := blocks[j].label(0); ok || len(blocks[j].lines) > 2 {
				return false
			}
		}
	}
	return items > 0 || !needItems
}

// sectionHasProse reports a list under heading h with an item of two
// sentences or more ("Thomas Schmidt set motion to approve minutes. Danny
// seconded it."): notes of what happened, where agenda entries are
// titles.
func sectionHasProse(blocks []block, h int) bool {
	for j := h + 1; j < len(blocks) && blocks[j].kind != kHeading; j++ {
		for _, l := range blocks[j].lines {
			if i := strings.Index(l, ". "); i > 0 && i+2 < len(l) && isUpperByte(l[i+2]) && !strings.HasSuffix(l[:i], " vs") {
				return true
			}
		}
	}
	return false
}

// nextSectionIsList reports that the heading after h, at the same level,
// has a section of list items only (the agenda's own sub-sections).
func nextSectionIsList(blocks []block, out []shape, h int) bool {
	for j := h + 1; j < len(blocks); j++ {
		if blocks[j].kind == kHeading {
			return blocks[j].level == blocks[h].level && sectionIsList(blocks, out, j, true)
		}
	}
	return false
}

// isAgendaTitle reports a heading that names the agenda itself ("Agenda",
// "Proposed agenda", "Agenda (as sent)"), not an item about it ("Agenda
// bash and WG status", "Agenda item 3: …").
func isAgendaTitle(title string) bool {
	if !strings.Contains(title, "genda") && !strings.Contains(title, "GENDA") {
		return false // most titles, without lower-casing them
	}
	low := strings.ToLower(strings.TrimRight(strings.TrimSpace(title), ":. "))
	if rest, ok := strings.CutPrefix(low, "agenda"); ok {
		// "Agenda: [discussion in #360](…)" points at where it was set.
		return rest == "" || strings.HasPrefix(rest, " (") || rest == " and timetable" || strings.HasPrefix(rest, ": ")
	}
	first, rest, _ := strings.Cut(low, " ")
	return rest == "agenda" && agendaAdjectives.has(first)
}

// agendaAdjectives qualify "agenda" in the title of a restated agenda.
var agendaAdjectives = wordSet(`proposed draft final meeting call session tentative revised updated the our today's preliminary`)

// markAgendaTemplate turns into metadata what precedes the notes of a
// file that posts its agenda first and the notes after it under a
// heading of their own ("## Agenda items" … "## Meeting Notes", as
// WebAssembly, Node.js and W3C groups keep their meetings on GitHub):
// logistics, registration and the agenda are no part of the meeting. Only
// when nobody speaks before that heading.
func markAgendaTemplate(blocks []block, out []shape) {
	agenda := 0 // the agenda heading's level, 0 before it
	for i := range blocks {
		b := &blocks[i]
		if b.kind == kHeading {
			title := cleanTitle(b.lines[0])
			if low := strings.ToLower(title); strings.HasPrefix(low, "agenda") || strings.HasSuffix(low, " agenda") {
				agenda = max(b.level, 1)
			} else if key := strings.ReplaceAll(strings.TrimRight(low, ": "), " ", "-"); agenda > 0 && (docPartHeadings.has(key) || key == "session-notes") {
				for j := range i {
					if out[j].role != rTitle {
						out[j] = shape{role: rMeta}
					}
				}
				return
			} else if agenda > 0 && b.level <= agenda {
				// A section between the agenda and the notes ("Minutes of
				// TC Meetings" with its motion): the agenda was an item.
				agenda = 0
			}
			continue
		}
		for j := range b.lines {
			if l, _ := b.label(j); b.opensTurn(j) && !isRoster(l, b.lines[j]) && !isRollCall(b) {
				return // somebody speaks before the notes: no template
			}
		}
	}
}
