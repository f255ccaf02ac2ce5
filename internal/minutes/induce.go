package minutes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// No list of label forms is ever complete: a chat client writes "9:07 AM
// ‹•nick› text", a PDF converter "Mr NAME-Thank you", a wiki export
// "[nick] text". What every such document shares is repetition: the same
// few names, in the same wrapping, open line after line. induceLabels
// finds that wrapping in the document itself and reads it as a speaker
// label, where the fixed forms (parseLabel) found none.

// looseForm is the shape of a speaker marker at the start of a line.
type looseForm uint8

const (
	formNone     looseForm = iota
	formBracket            // "<nick> text", "‹nick› text", "[nick] text", "(nick) text"
	formDash               // "Mr NAME-Thank you", "NAME – text"
	formTab                // "nick\ttext"
	formWordDash           // "lorenzo - text", "Jana - text": one word, a spaced dash
	formColon              // "tox-user: hello": a chat handle the fixed forms refuse, then a colon
	formAt                 // "@isaacs the information should be there": an @-mention, no colon
)

// looseLabel is a candidate speaker marker found at the start of a line.
type looseLabel struct {
	form  looseForm
	open  rune // the opening bracket of formBracket
	name  string
	start int // where the text after the marker starts
}

// induceLabels labels the lines whose marker form recurs in the document:
// at least six lines, and at least two names that each open two of them.
// Lines that already have a label keep it.
func induceLabels(blocks []block) {
	type candidate struct {
		b *block
		j int
		c looseLabel
	}
	var cands []candidate
	counts := map[looseKey]map[string]int{}
	lines := 0
	for i := range blocks {
		b := &blocks[i]
		if b.kind == kCode || b.kind == kHeading {
			continue
		}
		for j, l := range b.lines {
			lines++
			if lab, ok := b.label(j); ok {
				// A fixed label of the same form counts for the form
				// ("toxync:" beside "tox-user:", a handle with a dash the
				// fixed forms do not read), not for a line to relabel.
				if lab.kind != lPerson || !looseStart(l) {
					continue // a capitalised "Name:" is no loose form: not worth reading again
				}
				if c, ok := readLoose(l); ok && strings.EqualFold(c.name, lab.name) {
					k := c.key()
					if counts[k] == nil {
						counts[k] = map[string]int{}
					}
					counts[k][strings.ToLower(c.name)]++
				}
				continue
			}
			if c, ok := readLoose(l); ok {
				cands = append(cands, candidate{b, j, c})
				k := c.key()
				if counts[k] == nil {
					counts[k] = map[string]int{}
				}
				counts[k][strings.ToLower(c.name)]++
			}
		}
	}
	accepted := acceptedForms(counts, lines)
	var known, listed map[string]bool // the names the fixed label forms give, and the roster
	if len(counts[looseKey{form: formWordDash}]) > 0 {
		known, listed = labelledNames(blocks), rosterFirstWords(blocks)
	}
	for _, cd := range cands {
		c := cd.c
		if !accepted[c.key()] && !(c.form == formWordDash && (known[strings.ToLower(c.name)] ||
			listed[strings.ToLower(c.name)] && saysSomething(cd.b.lines[cd.j][c.start:]))) {
			continue
		}
		lab, ok := classifyLabel(c.name) // "Mr PETER O'NEILL" as a printed label reads
		if c.form == formWordDash && ok && lab.kind != lPerson && lab.kind != lUnknown {
			continue // "conclusion - take it to the list" is the scribe's
		}
		if c.form == formColon && lab.kind != lKey && lab.kind != lPerson {
			continue // "note:", "action:": the form's keys stay keys
		}
		if !ok || lab.kind != lPerson && lab.kind != lRole && lab.kind != lUnknown {
			lab = label{kind: lPerson, name: c.name}
		}
		lab.textStart = int32(c.start)
		cd.b.labs[cd.j] = lineLabel{l: lab, ok: true}
	}
}

// looseKey tells marker forms apart: the form, and its bracket.
type looseKey struct {
	form looseForm
	open rune
}

// key is the form c belongs to.
func (c looseLabel) key() looseKey { return looseKey{c.form, c.open} }

// acceptedForms returns the forms that recur enough in a document of
// lines lines to be its speaker labels.
func acceptedForms(counts map[looseKey]map[string]int, lines int) map[looseKey]bool {
	accepted := map[looseKey]bool{}
	for k, names := range counts {
		n, recurring := 0, 0
		for _, c := range names {
			n += c
			if c >= 2 {
				recurring++
			}
		}
		if n >= 6 && recurring >= 2 && (n*5 >= lines || n >= 12) {
			accepted[k] = true
		}
	}
	return accepted
}

// labelledNames returns, in lower case, the names of the people the
// fixed label forms give (before any learnt form is applied).
func labelledNames(blocks []block) map[string]bool {
	known := map[string]bool{}
	for i := range blocks {
		b := &blocks[i]
		if b.kind == kCode || b.kind == kHeading {
			continue
		}
		for j := range b.lines {
			if lab, ok := b.label(j); ok && lab.kind == lPerson {
				known[strings.ToLower(lab.name)] = true
			}
		}
	}
	return known
}

// readLoose reads a candidate marker: an optional time stamp, then a
// name in brackets, a name joined to the text by a dash, or a name and
// a tab.
func readLoose(l string) (looseLabel, bool) {
	s, off := skipStamp(l)
	if s == "" {
		return looseLabel{}, false
	}
	r, size := utf8.DecodeRuneInString(s)
	if opensBracket(r) {
		inner := strings.TrimLeft(s[size:], "@+%&~•*· ")
		end := strings.IndexFunc(inner, isCloser)
		if end <= 0 || end > 40 {
			return looseLabel{}, false
		}
		name := strings.TrimSpace(inner[:end])
		_, csize := utf8.DecodeRuneInString(inner[end:])
		rest := inner[end+csize:]
		if !looseName(name) || rest == "" || rest[0] == '(' || strings.TrimSpace(rest) == "" {
			return looseLabel{}, false
		}
		start := off + (len(s) - len(rest))
		return looseLabel{form: formBracket, open: r, name: name, start: start + leadSpace(rest)}, true
	}
	if tab := strings.IndexByte(s[:min(len(s), 40)], '\t'); tab > 0 && looseName(strings.TrimSpace(s[:tab])) {
		return looseLabel{form: formTab, name: strings.TrimSpace(s[:tab]), start: off + tab + 1}, true
	}
	if c, ok := handleColon(s, off); ok {
		return c, true
	}
	if c, ok := atMention(s, off); ok {
		return c, true
	}
	if !titledStart(s) {
		return wordDash(s, off)
	}
	if d := strings.IndexAny(s[:min(len(s), 60)], "-–—"); d > 0 {
		name := strings.TrimSpace(s[:d])
		_, dsize := utf8.DecodeRuneInString(s[d:])
		rest := s[d+dsize:]
		if strings.HasPrefix(rest, "-") || !titledName(name) || strings.TrimSpace(rest) == "" {
			return wordDash(s, off)
		}
		return looseLabel{form: formDash, name: name, start: off + d + dsize + leadSpace(rest)}, true
	}
	return looseLabel{}, false
}

// looseStart reports a line that may open with a loose form a fixed
// label shares: a bracket, a time, or a lower-case handle.
func looseStart(l string) bool {
	if l == "" {
		return false
	}
	c := l[0]
	return c == '<' || c == '[' || c == '(' || c == '{' || c == '@' || c >= 'a' && c <= 'z' || isDigitByte(c) || c >= 0x80
}

// atMention reads an @-mention opening a line, with or without text
// after it: npm's Open RFC notes write each point "- @darcyclarke is
// this not a breaking change?" and "- @isaacs" over the handle's points.
// Alone, "@Alice will follow up" is an assignment; only the document's
// repetition of the form across several handles makes it its labels.
func atMention(s string, off int) (looseLabel, bool) {
	if len(s) < 3 || s[0] != '@' {
		return looseLabel{}, false
	}
	end := strings.IndexByte(s, ' ')
	if end < 0 {
		end = len(s)
	}
	handle := strings.TrimRight(s[1:end], ":,")
	if !isChatNick(handle) {
		return looseLabel{}, false
	}
	return looseLabel{form: formAt, name: handle, start: off + min(end+1, len(s))}, true
}

// handleColon reads a lower-case chat handle and a colon at the start of
// s: "tox-user: hello", "jean-luc: ok". The fixed forms read most handles
// already ("mnot:"); this form lets a document's own repetition vouch for
// the ones with a dash or a dot, which are keys elsewhere.
func handleColon(s string, off int) (looseLabel, bool) {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return looseLabel{}, false
	}
	c := strings.IndexByte(s[:min(len(s), 32)], ':')
	if c < 3 || c+1 >= len(s) || s[c+1] != ' ' || strings.IndexByte(s[:c], ' ') >= 0 || !isChatNick(s[:c]) {
		return looseLabel{}, false
	}
	return looseLabel{form: formColon, name: s[:c], start: off + c + 1 + leadSpace(s[c+1:])}, true
}

// wordDash reads "lorenzo - text" and "Jana - text": a one-word handle or
// first name, then a spaced hyphen or dash, as scribes of working-group notes
// write who is at the mic.
func wordDash(s string, off int) (looseLabel, bool) {
	n := strings.IndexByte(s[:min(len(s), 24)], ' ')
	if n <= 0 || n+2 >= len(s) || s[n+1] != '-' && s[n+1] != 0xE2 || !looseName(s[:n]) || strings.ContainsAny(s[:n], ".'|^`") {
		return looseLabel{}, false
	}
	w, rest := s[:n], s[n:]
	// A word processor turns the typed " - " into an en or em dash
	// ("JB – This should be a two tiered approach", OWASP's minutes).
	for _, m := range []string{" - ", " -- ", " – ", " — "} {
		if strings.HasPrefix(rest, m) && len(rest) > len(m) && !isCount(rest[len(m):]) {
			return looseLabel{form: formWordDash, name: w, start: off + n + len(m)}, true
		}
	}
	return looseLabel{}, false
}

// isCount reports text that is only a number ("35", "1,204", "12%"): a
// list of "arduino_zero - 35" lines is a table of counts, not who said
// what.
func isCount(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isDigitByte(c) && c != ',' && c != '.' && c != '%' {
			return false
		}
	}
	return true
}

// skipStamp skips a time stamp at the start of l ("9:07 AM ", "[14:02]
// ", "2020-03-10T16:08:21Z "), returning the rest and its offset.
func skipStamp(l string) (string, int) {
	rest, ok := cutTimestamp(l)
	if !ok {
		return l, 0
	}
	for _, m := range []string{"AM ", "PM ", "am ", "pm ", "a.m. ", "p.m. "} {
		if strings.HasPrefix(rest, m) {
			rest = strings.TrimLeft(rest[len(m):], " ")
			break
		}
	}
	return rest, len(l) - len(rest)
}

// opensBracket reports an opening bracket; chat clients do not always
// close it with its pair ("‹•nick>"), so any closer ends the name.
func opensBracket(r rune) bool {
	switch r {
	case '<', '‹', '«', '[', '(':
		return true
	}
	return false
}

// isCloser reports a closing bracket; chat clients do not always pair
// them ("‹•nick>").
func isCloser(r rune) bool {
	return r == '>' || r == '›' || r == '»' || r == ']' || r == ')'
}

// looseName reports a speaker's name or handle: one to four words of
// letters, digits and the punctuation of nicks, with a letter in it,
// and not a stage direction.
func looseName(s string) bool {
	if s == "" || len(s) > 40 || countWords(s) > 4 || stageWords.hasFold(s) {
		return false
	}
	letters := 0
	for _, c := range s {
		switch {
		case unicode.IsLetter(c):
			letters++
		case unicode.IsDigit(c) || c == ' ' || c == '_' || c == '-' || c == '.' || c == '\'' || c == '|' || c == '^' || c == '`':
		default:
			return false
		}
	}
	return letters >= 2
}

// titledStart reports a line that can open with a titled name: a
// capital, then a second capital or a title ("Mr", "HON.") as its first
// word. Most lines are refused here, before any search for a dash.
func titledStart(s string) bool {
	if len(s) < 4 || !isUpperByte(s[0]) {
		return false
	}
	if isUpperByte(s[1]) {
		return true
	}
	w, _ := nextWord(s[:min(len(s), 16)], 0)
	return honorifics.hasFold(w)
}

// titledName reports a name printed with a title or in capitals, the
// names a dash may join to the text ("Mr PETER O'NEILL", "Mr ACTING
// SPEAKER"): a plain word before a dash is prose.
func titledName(s string) bool {
	if countWords(s) < 2 || countWords(s) > 5 {
		return false
	}
	w, _ := nextWord(s, 0)
	return honorifics.hasFold(w) || isCapsName(s)
}

// leadSpace counts the spaces at the start of s.
func leadSpace(s string) int {
	return len(s) - len(strings.TrimLeft(s, " \t"))
}

// rosterFirstWords returns, in lower case, the first word of every list
// item that opens with a capitalised name, with the shorter forms of it
// ("joshua" gives "josh" too): a round of introductions ("- Josh - Going
// around the community") names the people its roster lists ("* [Joshua
// Mir](…)", "* Swapnil"), each once, too rarely for the form to recur.
func rosterFirstWords(blocks []block) map[string]bool {
	names := map[string]bool{}
	for i := range blocks {
		b := &blocks[i]
		if b.kind != kItem || len(b.lines) != 1 {
			continue
		}
		w, _ := nextWord(strings.TrimLeft(b.lines[0], "["), 0)
		w = strings.TrimRight(w, "],.;:")
		if len(w) < 3 || !isUpperByte(w[0]) || strings.ContainsAny(w, "-–") {
			continue
		}
		// A roster line is a name and a link or an affiliation, no prose.
		if countWords(stripLinks(b.lines[0])) > 4 {
			continue
		}
		low := strings.ToLower(w)
		names[low] = true
		for n := 4; n < len(low); n++ {
			names[low[:n]] = true // "Josh" for "Joshua"
		}
	}
	return names
}

// saysSomething reports text after a roster name's dash that is words,
// four or more, or a heading of the points under it ("historical
// comments:"), not a link ("Monit - <https://…>" lists a tool).
func saysSomething(text string) bool {
	text = strings.TrimSpace(stripLinks(text))
	return countWords(text) >= 4 || strings.HasSuffix(text, ":") && !strings.Contains(text, "://")
}
