package minutes

import "strings"

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
	// dash tells a name set off by a dash, not a colon ("Ann Lee - I
	// think…"), which is as often a topic of two words ("Lightning Talks
	// - These have been…").
	dash bool
}

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
	if l, ok := stampedHeader(s); ok {
		l.textStart += int32(off)
		return l, true
	}
	if l, ok := bracketLabel(s); ok {
		l.textStart += int32(off)
		return l, true
	}
	if l, ok := chatRelayLabel(s); ok {
		l.textStart += int32(off)
		return l, true
	}
	if len(s) > 8 && (s[0] == '(' || s[0] == '[') && isDigitByte(s[1]) {
		// "(1:57:21 PM) mw-home: hi": a chat client's line pasted into a
		// Markdown or HTML page, its time before the nick.
		if rest, ok := cutTimestamp(s); ok {
			at := int32(off + len(s) - len(rest))
			if name, text, ok := senderColon(rest); ok {
				return label{kind: lPerson, name: name, textStart: at + int32(text)}, true
			}
			if l, ok := parseLabel(rest); ok && l.kind == lPerson {
				l.textStart += at
				return l, true
			}
		}
	}
	if len(s) > 3 && s[0] == '@' {
		return atHandleLabel(s, off)
	}
	if len(s) > 8 && isDigitByte(s[0]) {
		if l, ok := clockNickLabel(s); ok {
			l.textStart += int32(off)
			return l, true
		}
	}
	if l, ok := nickTimeLabel(s); ok {
		l.textStart += int32(off)
		return l, true
	}
	if l, ok := stampDashLabel(s); ok {
		l.textStart += int32(off)
		return l, true
	}
	if strings.HasPrefix(s, "<") {
		if end := strings.IndexByte(s, '>'); end > 1 && end < 32 {
			if nick := angleNick(s[1:end]); nick != "" {
				return label{kind: lPerson, name: nick, textStart: int32(off + skipSpace(s, end+1))}, true
			}
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
		if !ok {
			l, ok = enumTopicLabel(s)
		}
		l.textStart += int32(off)
		return l, ok
	}
	key := strings.TrimSpace(s[:colon])
	if strings.HasPrefix(key, "Dear ") || strings.HasPrefix(key, "DEAR ") || isColumnMark(s) {
		return label{}, false // a letter read out ("Dear Ms. President:") or a page's mark
	}
	if isMicKey(key) {
		if l, ok := micSpeaker(s, skipSpace(s, colon+1)); ok {
			l.textStart += int32(off)
			return l, true
		}
	}
	l, ok := classifyLabel(key)
	if strings.Contains(l.name, "  ") {
		l.name = strings.Join(strings.Fields(l.name), " ") // "Hon. Philip  Rotich:" from print
	}
	l.textStart = int32(off + skipSpace(s, colon+1))
	if ok && l.kind == lPerson && !l.bold && datedText(s[l.textStart-int32(off):]) {
		l.kind = lMeta // "Hansard: May 24, 2016": a header's key and date
	}
	return l, ok
}

// datedText reports label text that is only a date ("May 24, 2016"),
// asking isDateLine only of short text that opens like one.
func datedText(t string) bool {
	return t != "" && len(t) < 40 && (isUpperByte(t[0]) || t[0] >= '0' && t[0] <= '9') && isDateLine(t)
}

// alone reports a label that fills its line, as a name set on a line of
// its own over what its speaker said ("**Daira**", "**<@calvin> **").
func (l label) alone(line string) bool {
	return int(l.textStart) >= len(strings.TrimRight(line, " "))
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
			if c = labelColonIn(s, 140); c > 0 && s[c-1] != ')' && !viaSuffix(s[:c]) {
				c = -1
			}
		} else if strings.IndexByte(s[48:min(len(s), 120)], ':') >= 0 {
			// "Martha Pellegrino, Director of Government Relations:": a
			// transcript names a witness with the office they speak in.
			if name, n := splitName(s); countWords(name) >= 2 && strings.HasPrefix(s[n:], ", ") {
				c = labelColonIn(s, 120)
			}
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
		case '<':
			if j := strings.IndexByte(s[i:min(limit, i+12)], '>'); j > 0 && isChatTag(s[i+1:i+j]) {
				i += j // "KW<chat>:": the tag stays in the label (trimChatTag)
				continue
			}
			return -1
		case '[':
			if j := strings.IndexByte(s[i:min(limit, i+16)], ']'); j > 0 && clockOnly(s[i+1:i+j]) {
				i += j // "Jason Plum [00:00:05]:", a transcript's time into the recording
				continue
			}
			return -1
		case '.', '!', '"', '=', ']', '`', '|', '{', '>':
			if s[i] == '.' && i > 0 && i+1 < len(s) && s[i+1] != ' ' && s[i+1] != ':' {
				continue // "St.John" style dots are rare; keep scanning
			}
			if s[i] == '.' && i+1 < len(s) && (s[i+1] == ' ' || s[i+1] == ':' || s[i+1] == ')') && i >= 1 && isUpperByte(s[i-1]) && (i < 2 || s[i-2] == ' ' || s[i-2] == '.' || s[i-2] == '(') {
				continue // middle initial "B.", initials "(Mr E.W. Barker)"
			}
			if w := strings.TrimLeft(s[strings.LastIndexByte(s[:i], ' ')+1:i+1], "("); s[i] == '.' && (honorifics.hasFold(w) || abbreviations.hasFold(w[:len(w)-1])) {
				continue // a title before the name: "Hon. Peter O'Brien:", "Sr. Manager"
			}
			return -1
		}
	}
	return -1
}

// isUpperByte reports an ASCII capital.
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
