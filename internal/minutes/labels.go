package minutes

import "strings"

// labelKind classifies the "X:" at the start of a line.
type labelKind uint8

const (
	// lPerson is a name, initials or a handle: a new speaker turn.
	lPerson labelKind = iota + 1
	// lRole is a role such as "Chair:" or "Chairs:": a turn by the role.
	lRole
	// lUnknown is an unidentified speaker ("???:"): a turn with no speaker.
	lUnknown
	// lOutcome is a decision or action ("RESOLVED:"): narration, no speaker.
	lOutcome
	// lMeta is header metadata ("Presenter:", "Slides:"): not remark text.
	lMeta
	// lKey is any other "Topic:" key: text that keeps the current speaker.
	lKey
)

// label is a printed speaker label found at the start of a line.
type label struct {
	name string // printed name, role or key
	aff  string // affiliation printed with it, if any
	// textStart is where the remark text begins in the line (int32 and the
	// field order keep the struct at 40 bytes: one is cached per line).
	textStart int32
	kind      labelKind
	// bold tells a Markdown emphasis label ("**Name:**"), which is used for
	// topics ("**Status:**") as often as for people.
	bold bool
	// bracket tells a name in square brackets ("[simeon] text"), which is
	// as often a stage direction or a tag as a speaker.
	bracket bool
}

var (
	unknownLabels = wordSet(`? ?? ??? ???? unknown unidentified someone somebody audience floor mic room
participant attendee anonymous unnamed q question`)
	roleLabels    = wordSet(`chair chairs co-chair co-chairs cochair cochairs ad ads moderator chairman chairperson secretary secretariat host all everyone group several many`)
	outcomeLabels = wordSet(`resolved resolution resolutions decision decisions decided action actions action-item action-items action item conclusion conclusions consensus outcome outcomes poll hum hums summary agreed agreement result results vote votes voting motion motions moved mover seconded seconder passes passed carried failed proposed next steps next-steps in-favour in-favor against abstaining abstention abstentions ayes noes nays yeas`)
	metaLabels    = wordSet(`presenter presenters presented-by presented speaker speakers slides slide-deck deck scribe scribes scribing scribe(s) minutes minute-taker minute-takers note-taker note-takers notetaker notetakers notes-by minutes-by taker takers present attendees attendance participants regrets absent apologies date time location place venue video recording audio agenda link links url urls see ref refs reference references etherpad jabber meetecho webex chat irc remote bluesheet bluesheets blue-sheets materials documents draft drafts chairs-present chair(s) chairs/ads when where dial-in dial phone bridge guests special-guests observers invited-guests invited-experts presiding presided presider`)
)

// keyHeads are the first words of the multi-word keys of the label sets
// ("next" of "next-steps"), a cheap test before building a key.
var keyHeads = wordSet(`presented slide minute note notes minutes chairs blue dial action next
wrap special invited in`)

// parseLabel looks for a speaker label at the start of line: "Name:",
// "**Name**:", "**Name:**", "*Name:*", ">>NAME:", "<nick>", "Name (Org):".
func parseLabel(line string) (label, bool) {
	s := line
	off := 0
	// ">>NAME:" in transcripts, "-- DA: fine" where scribes set off a
	// line with dashes, "[ Tomasz: thanks ]" comments set in brackets.
	if strings.HasPrefix(s, ">>") || strings.HasPrefix(s, "-- ") || strings.HasPrefix(s, "[ ") {
		off = 2
		for off < len(s) && s[off] == ' ' {
			off++
		}
		s = s[off:]
	}
	if l, ok := emphasisLabel(s); ok {
		l.textStart += int32(off)
		return l, true
	}
	if l, ok := bracketLabel(s); ok {
		l.textStart += int32(off)
		return l, true
	}
	if strings.HasPrefix(s, "<") {
		if end := strings.IndexByte(s, '>'); end > 1 && end < 32 && isChatNick(s[1:end]) {
			return label{kind: lPerson, name: s[1:end], textStart: int32(off + skipSpace(s, end+1))}, true
		}
		return label{}, false
	}
	colon := labelColon(s)
	if colon < 0 {
		l, ok := numberedLabel(s)
		if !ok {
			l, ok = dashLabel(s)
		}
		if !ok {
			l, ok = stopDashLabel(s)
		}
		if !ok {
			l, ok = periodLabel(s)
		}
		if !ok {
			l, ok = nameDashLabel(s)
		}
		l.textStart += int32(off)
		return l, ok
	}
	key := strings.TrimSpace(s[:colon])
	if isMicKey(key) {
		if l, ok := micSpeaker(s, skipSpace(s, colon+1)); ok {
			l.textStart += int32(off)
			return l, true
		}
	}
	l, ok := classifyLabel(key)
	l.textStart = int32(off + skipSpace(s, colon+1))
	return l, ok
}

// labelColon finds the colon that ends a label: within the first 48 bytes,
// followed by a space or end of line, and not part of a URL or a time. A
// label that opens with "The" or a title and ends in a parenthesised name
// may run longer ("The Parliamentary Under-Secretary of State (Name):").
func labelColon(s string) int {
	c := labelColonIn(s, 48)
	if c < 0 && len(s) > 48 {
		w, _, _ := strings.Cut(s[:min(len(s), 12)], " ")
		// A title, or a name with a long parenthesis ("Lior Ben-David
		// (LBD, Jabber scribe, speaking for himself):"), may push the
		// colon further; it must then close the parenthesis or a "via".
		if open := strings.IndexByte(s[:min(len(s), 32)], '('); w == "The" || titleWords.hasFold(w) || open > 0 {
			if c = labelColonIn(s, 100); c > 0 && s[c-1] != ')' && !viaSuffix(s[:c]) {
				c = -1
			}
		} else if name, n := splitName(s); countWords(name) >= 2 && strings.HasPrefix(s[n:], ", ") {
			// "Martha Pellegrino, Director of Government Relations:": a
			// transcript names a witness with the office they speak in.
			c = labelColonIn(s, 120)
		}
	}
	return c
}

// viaSuffix reports a label ending ", via Zulip" or ", remote": how the
// speaker took part, after the name and affiliation.
func viaSuffix(label string) bool {
	i := strings.LastIndex(label, ", ")
	if i < 0 || len(label)-i > 24 || strings.Count(label[:i], "(") != strings.Count(label[:i], ")") {
		return false // "Q (Tomasz, via chat)": inside the parenthesis
	}
	w, _, _ := strings.Cut(label[i+2:], " ")
	return w == "via" || w == "remote" || w == "remotely" || w == "on"
}

// labelColonIn is labelColon with the colon searched in the first limit
// bytes.
func labelColonIn(s string, limit int) int {
	limit = min(len(s), limit)
	if strings.IndexByte(s[:limit], ':') < 0 {
		return -1 // only a colon is ever returned: most lines have none
	}
	paren := 0 // open parentheses: a time in them is not the label's colon
	for i := 0; i < limit; i++ {
		switch s[i] {
		case '(':
			paren++
		case ')':
			paren--
		case ':':
			if i == 0 {
				return -1
			}
			if paren > 0 && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
				continue // "Ms HARPER (Eastvale) (14:32):"
			}
			if i+1 < len(s) && s[i+1] != ' ' && s[i+1] != '\t' && s[i+1] != '(' && !strings.HasPrefix(s[i+1:], nbsp) {
				return -1
			}
			return i
		case '.', '!', '"', '=', '[', ']', '`', '|', '{', '<', '>':
			if s[i] == '.' && i > 0 && i+1 < len(s) && s[i+1] != ' ' && s[i+1] != ':' {
				continue // "St.John" style dots are rare; keep scanning
			}
			if s[i] == '.' && i+1 < len(s) && (s[i+1] == ' ' || s[i+1] == ':') && i >= 1 && isUpperByte(s[i-1]) && (i < 2 || s[i-2] == ' ') {
				continue // middle initial "B."
			}
			if w := s[strings.LastIndexByte(s[:i], ' ')+1 : i+1]; s[i] == '.' && (honorifics.hasFold(w) || abbreviations.hasFold(w[:len(w)-1])) {
				continue // a title before the name: "Hon. Peter O'Brien:", "Sr. Manager"
			}
			return -1
		}
	}
	return -1
}

func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }

// nbsp is a no-break space, which minutes pasted from word processors
// put after a label's colon.
const nbsp = "\u00a0"

// skipSpace returns the index of the first non-space byte at or after i,
// skipping no-break spaces too.
func skipSpace(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t':
			i++
		case s[i] == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
			i += 2
		default:
			return i
		}
	}
	return i
}

// classifyLabel decides what the text before a label's colon is.
func classifyLabel(c string) (label, bool) {
	// Records of proceedings mark the mover's closing speech after the
	// label ("Councillor WHITCOMBE (7.25 pm), in reply:"); remote
	// participants, how they spoke ("Name (Org), via Zulip:").
	c = strings.TrimSuffix(c, ", in reply")
	if viaSuffix(c) {
		c = c[:strings.LastIndex(c, ", ")]
	}
	// A member's label may carry an office and a time in parentheses
	// ("Councillor DOUGLAS FENWICK (Chair, Infrastructure Committee) (7.05
	// pm)"), which makes it longer than a name.
	if l, ok := nameRoleLabel(c); ok {
		return l, true // "Ron Geason, Sr. Business Operations Manager, Bureau of Transportation"
	}
	if c == "" || len(c) > 60 && (len(c) > 100 || !strings.HasSuffix(c, ")")) {
		return label{}, false
	}
	if l, ok := fixedLabel(c); ok {
		return l, true
	}
	name, aff := c, ""
	if open := indexOpen(c); open > 0 && (strings.HasSuffix(c, ")") || strings.HasSuffix(c, "]")) {
		name, aff = strings.TrimSpace(c[:open]), lastParen(strings.TrimSpace(c[open+1:len(c)-1]))
		if l, ok := parenLabel(c, name, aff); ok {
			return l, true
		}
	}
	if l, ok := parenSpeaker(name, ""); ok && aff == "" {
		return l, true // "Comment from mic:"
	}
	if isPersonName(name) || isInitials(name) || isNick(name) {
		return label{kind: lPerson, name: stripTitles(name), aff: cleanAffiliation(aff)}, true
	}
	if l, ok := parliamentLabel(name, aff); ok {
		return l, true
	}
	if a, _, ok := strings.Cut(name, ", "); ok && (isPersonName(a) || isInitials(a)) && isNameList(trimOthers(name)) {
		return label{kind: lPerson, name: a}, true // "BE, OH, AR:" all agree
	}
	if w, v, ok := strings.Cut(c, " "); ok && roleLabels.hasFold(w) && speechVerbs.hasFold(v) {
		return label{kind: lRole, name: c[:len(w)]}, true // "Chairs Conclude:"
	}
	if a, _, ok := strings.Cut(name, " & "); ok && isPersonName(a) {
		return label{kind: lPerson, name: a}, true
	}
	if a, b, ok := strings.Cut(name, "/"); ok && (isInitials(a) && isInitials(b) || isPersonName(a) && isPersonName(b)) &&
		!inSetKey(metaLabels, a) && !inSetKey(metaLabels, b) { // "Jabber/Zulip:" is a header key
		return label{kind: lPerson, name: a}, true // "IVZ/HBD:" agree
	}
	if a, _, ok := strings.Cut(name, " and "); ok && isPersonName(a) {
		return label{kind: lPerson, name: a}, true
	}
	return label{kind: lKey, name: c}, false
}

// trimOthers drops a closing ", others" or " and others" from a list of
// speakers ("Ekr, Jana, others").
func trimOthers(s string) string {
	for _, t := range []string{", others", " and others", ", et al.", " et al."} {
		if r, ok := strings.CutSuffix(s, t); ok {
			return r
		}
	}
	return s
}

// fixedLabel reads the labels that name nobody in particular: unknown
// speakers, roles, outcomes and header keys.
func fixedLabel(c string) (label, bool) {
	switch {
	case unknownLabels.hasFold(c) || strings.Trim(c, "?") == "" || unnamedSpeaker(c):
		return label{kind: lUnknown, name: c}, true
	case strings.HasPrefix(c, "?? ") || strings.HasPrefix(c, "??? "):
		// "??? telefonica:": somebody unknown, from where the scribe heard.
		return label{kind: lUnknown, name: "???", aff: strings.TrimSpace(strings.TrimLeft(c, "?"))}, true
	case roleLabels.hasFold(c):
		return label{kind: lRole, name: c}, true
	case answerLabels.hasFold(c):
		// "Response:", "A:" under a presented item: the presenter
		// answering the question before.
		return label{kind: lRole, name: presenterRole}, true
	case inSetKey(outcomeLabels, c):
		return label{kind: lOutcome, name: c}, true
	case inSetKey(metaLabels, c):
		return label{kind: lMeta, name: c}, true
	}
	return label{}, false
}

// parenLabel reads a label c of the form "name (aff)" whose speaker is
// told by the parenthesis: a person named in it, or a role before it.
func parenLabel(c, name, aff string) (label, bool) {
	if l, ok := parenSpeaker(name, aff); ok {
		return l, true
	}
	if isPersonName(aff) && strings.Contains(aff, " ") && !strings.Contains(name, " ") {
		return label{kind: lPerson, name: aff}, true
	}
	if roleLabels.hasFold(name) {
		if who, _, _ := strings.Cut(aff, ","); isPersonName(who) && !roleLabels.hasFold(who) {
			return label{kind: lPerson, name: who}, true // "Chair (Mireille):"
		}
		return label{kind: lRole, name: c}, true
	}
	if replyWords.hasFold(name) && presenterWords.hasFold(aff) {
		return label{kind: lRole, name: presenterRole}, true // "A (presenter):"
	}
	if replyWords.hasFold(name) && (strings.HasPrefix(aff, "from ") || strings.Contains(aff, "not caught") || unknownLabels.hasFold(aff)) {
		return label{kind: lUnknown, name: c}, true // "Q (from the floor, name not caught):"
	}
	return label{}, false
}

// indexOpen returns the index of the first '(' or '[' in s, or -1.
func indexOpen(s string) int {
	p, b := strings.IndexByte(s, '('), strings.IndexByte(s, '[')
	if p < 0 || b >= 0 && b < p {
		return b
	}
	return p
}

// cleanAffiliation drops parentheticals that say where someone spoke from
// rather than whom they represent.
func cleanAffiliation(a string) string {
	low := strings.ToLower(a)
	if a == "" || strings.Contains(low, "floor") || strings.Contains(low, "mic") ||
		strings.Contains(low, "remote") || strings.Contains(low, "chat") || strings.Contains(low, "jabber") ||
		roleLabels.has(low) || isInitials(a) {
		return ""
	}
	return a
}

// isPersonName reports one to five name words, all of them name-like,
// and not an acronym mixed with capitalised words ("Encrypted SNI").
func isPersonName(s string) bool {
	name, n := splitName(s)
	return name != "" && n == len(s) && !mixedCaps(name)
}

// mixedCaps reports a phrase where some words are all capitals and some
// are not: topics are written that way, names are not (">>JOHN DOE" is
// all capitals, "Mike St. Johns" has no acronym).
func mixedCaps(s string) bool {
	upper, lower := 0, 0
	for pos := 0; pos < len(s); {
		w, next := nextWord(s, pos)
		if next <= pos {
			break
		}
		pos = next
		if w == "" || nameParticles.has(w) {
			continue // "ABRIL i ABRIL": a particle says nothing of the case
		}
		if len(w) >= 2 && isAllUpper(w) && !strings.HasSuffix(w, ".") {
			upper++
		} else {
			lower++
		}
	}
	return upper > 0 && lower > 0
}

// isAllUpper reports a word with no lower-case ASCII letter.
func isAllUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return false
		}
	}
	return true
}

// isNameList reports a list of names or initials joined by commas, "and"
// or "&" ("BE, OH, AR", "Jana and Martin Thomson").
func isNameList(s string) bool {
	if s == "" || !(isUpperByte(s[0]) || s[0] >= 0x80) {
		return false // cheap rejection of the common case, a sentence
	}
	n := 0
	for s != "" {
		part := s
		next := len(s)
		for _, sep := range [...]string{",", " and ", " & "} {
			if i := strings.Index(s, sep); i >= 0 && i < len(part) {
				part, next = s[:i], i+len(sep)
			}
		}
		s = s[next:]
		if part = strings.TrimSpace(part); part == "" {
			continue
		}
		if !isPersonName(part) && !isInitials(part) {
			return false
		}
		n++
	}
	return n > 0
}
