package minutes

import "strings"

// Attendance is often a bare list with no "Attendees:" key, under a date
// heading or at the top of the notes:
//
//	* Chris Phillips - CANARIE
//	* Constantin Sclifos (RENAM)
//	* Nick Roy, Director of Technology/Strategy Internet2/InCommon
//
// Read as turns, every "Name - Org" is a label and the notes after the
// list go to its last name. markRosterLists makes such a run of list
// items metadata: at least rosterMinItems items in a row, each a
// person's name alone or with an affiliation or title, opening the
// document or a section.

// rosterMinItems is the shortest list read as a roster: three names in a
// row can be a discussion's bullets ("Ann - yes", …), four rarely are.
const rosterMinItems = 4

// markRosterLists marks the blocks of roster lists as metadata.
func markRosterLists(blocks []block, out []shape) {
	for i := 0; i < len(blocks); {
		j := i
		for j < len(blocks) && blocks[j].kind == kItem && out[j].role == rBody && len(blocks[j].lines) == 1 &&
			blocks[j].level == blocks[i].level && isRosterEntry(blocks[j].lines[0]) {
			j++
		}
		if j-i >= rosterMinItems && opensSection(blocks, out, i) {
			for k := i; k < j; k++ {
				out[k].role = rMeta
			}
		}
		i = max(j, i+1)
	}
}

// opensSection reports a block at the start of the document or of a
// section: after a heading or metadata, not after a remark. A list of
// names a speaker introduces ("welcomed the new directors:") is what they
// said, not the attendance.
func opensSection(blocks []block, out []shape, i int) bool {
	return i == 0 || blocks[i-1].kind == kHeading || out[i-1].role != rBody
}

// isRosterEntry reports a list item that is a person's name, alone or
// followed by an affiliation or title set off by a dash, a parenthesis or
// a comma: "Jule Z. – LRZ(?)", "Nicolas Liampotis ( GRNet / AARC )". What
// follows the name must not read as something said or done: no colon (a
// label), at most twelve words, not opening with a lower-case word.
func isRosterEntry(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || strings.ContainsAny(line, ":\"“") {
		return false
	}
	cut := len(line)
	for _, sep := range [...]string{" - ", " – ", " — ", " (", "(", ", ", " -"} {
		if i := strings.Index(line, sep); i > 0 && i < cut {
			cut = i
		}
	}
	name, rest := strings.TrimSpace(line[:cut]), strings.TrimLeft(line[cut:], " -–—,(")
	words := countWords(name)
	if words < 2 || words > 4 || !isPersonName(strings.TrimSuffix(name, ".")) && !isPersonName(name) {
		return false
	}
	if rest == "" {
		return true
	}
	return countWords(rest) <= 12 && !strings.HasSuffix(rest, ".") && !lowerPhrase(rest)
}

// lowerPhrase reports text that opens with a lower-case word and goes on:
// a phrase such as "agreed to send it", not an organisation's name, which
// may start in lower case as a single word ("uChicago", "eBay").
func lowerPhrase(s string) bool {
	w, next := nextWord(s, 0)
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	return next < len(s) || strings.ToLower(w) == w
}

// rosterSentence returns the list of a roster written as a sentence
// ("President Rob Bishop, Vice-President Jan Power, and Chuck Pavlik were
// present.  Rohleder arrived shortly after the meeting began."): up to
// the sentence's end, without its verb.
func rosterSentence(s string) string {
	for i := strings.Index(s, ". "); i > 0; {
		if w := s[strings.LastIndexAny(s[:i], " ,")+1 : i]; len(w) > 1 && !abbreviations.hasFold(w) {
			s = s[:i] // a full stop, not an initial's ("E. Ryan")
			break
		}
		j := strings.Index(s[i+2:], ". ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	s = strings.TrimRight(s, ". ")
	for _, verb := range [...]string{" were present", " was present", " were in attendance", " attended"} {
		if len(s) > len(verb) && hasSuffixFold(s, verb) {
			return s[:len(s)-len(verb)]
		}
	}
	return s
}

// innerTitle reports an honorific after a roster entry's first word:
// "and Associate Economists Ms. Lovett", a print's wrapped lines run
// together, is a group and then a member, not one person's name.
func innerTitle(entry string) bool {
	words := strings.Fields(entry)
	for i := 1; i < len(words)-1; i++ { // "Rob Bishop" ends in a surname
		if len(strings.TrimSuffix(words[i], ".")) > 1 && honorifics.hasFold(words[i]) { // "Ana M. Ruiz": an initial
			return true
		}
	}
	return false
}
