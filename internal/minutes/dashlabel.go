package minutes

import (
	"strings"
	"unicode/utf8"
)

// dashMarks end a European Parliament style label after ". ": an en
// dash, em dash or hyphen, then a space ("President. – ", "Maria Rossi,
// rapporteur. - ").
var dashMarks = []string{"– ", "— ", "- "}

// dashMark finds the first ". – " (or em dash, or hyphen) in s and returns
// its index and length, or -1. It looks only at each ". ", as this runs on
// every line without a label colon.
func dashMark(s string) (int, int) {
	for from := 0; ; {
		i := strings.Index(s[from:], ". ")
		if i < 0 {
			return -1, 0
		}
		i += from
		for _, m := range dashMarks {
			if strings.HasPrefix(s[i+2:], m) {
				return i, 2 + len(m)
			}
		}
		from = i + 2
	}
}

// dashLabel reads the verbatim-report label "NAME[, ROLE]. – text". The
// name must be a full name or an office ("President"), so that a short
// sentence followed by a dash ("Done. - next") is not taken for a speaker.
func dashLabel(s string) (label, bool) {
	if s == "" || !(isUpperByte(s[0]) || s[0] >= 0x80) {
		return label{}, false
	}
	end, width := dashMark(s[:min(len(s), 120)])
	if end < 0 {
		return label{}, false
	}
	name, role, _ := strings.Cut(s[:end], ", ")
	name = strings.TrimSpace(name)
	l := label{textStart: int32(skipSpace(s, end+width))}
	switch {
	case onlyOffices(stripTitles(name)) && countWords(name) <= 3:
		l.kind, l.name = lRole, name
	case countWords(name) >= 2 && isPersonName(name):
		l.kind, l.name = lPerson, stripTitles(name)
	default:
		return label{}, false
	}
	if role = strings.TrimSpace(role); len(role) > 80 {
		return label{}, false
	}
	l.aff = role
	return l, true
}

// nameDashLabel reads "Full Name - text", "Full Name (Org) -- text": a
// full name at the start of the line, an optional affiliation, then a
// spaced hyphen, double hyphen or dash. Only a full name qualifies, so
// "Done - next" and "Open mic – Jari Arkko" (a heading) are no labels.
func nameDashLabel(s string) (label, bool) {
	if s == "" || !(isUpperByte(s[0]) || s[0] >= 0x80) {
		return label{}, false
	}
	name, aff, at, ok := nameThenMark(s, 0, " -- ", " - ", " – ", " — ")
	if !ok {
		if l, ok := rolledDashLabel(s); ok {
			return l, true
		}
		return titledDashLabel(s)
	}
	if countWords(name) > 4 {
		return label{}, false
	}
	// What follows must read as words said, not a role or the rest of a
	// title: "Hannah Vasquez – Chair, IEEE 802 LMSC", "Riverbend Literacy
	// Alliance - board call".
	text := strings.TrimSpace(s[at:])
	first, _ := nextWord(text, 0)
	if text == "" || countWords(text) < 4 && !strings.ContainsAny(text[len(text)-1:], ".?!") ||
		officeWords.hasFold(trimRightAny(first, ",.;:")) || officeWords.hasFold(text[strings.LastIndexByte(text, ' ')+1:]) {
		return label{}, false
	}
	return label{kind: lPerson, name: stripTitles(name), aff: aff, textStart: int32(at), dash: true}, true
}

// rolledDashLabel reads "Name (role) - text", one name and the part its
// holder plays in the item ("Keegan (Proposer) - We've managed…", a
// society's AGM): the role makes a single word a label. Whether the
// document knows the name is asked later (keyNotPerson).
func rolledDashLabel(s string) (label, bool) {
	name, n := splitName(s)
	if name == "" || strings.Contains(name, " ") || !strings.HasPrefix(s[n:], " (") {
		return label{}, false
	}
	end := strings.IndexByte(s[n:min(len(s), n+34)], ')')
	if end < 0 {
		return label{}, false
	}
	role, rest := s[n+2:n+end], s[n+end+1:]
	if role == "" || countWords(role) > 3 || strings.ContainsAny(role, "0123456789,;:&–—-/") || isPersonName(role) && strings.Contains(role, " ") {
		return label{}, false // "Sigstore (Luke Hinds & Dan Lorenc) - …" names its people
	}
	for _, m := range []string{" - ", " – ", " — "} {
		if text, ok := strings.CutPrefix(rest, m); ok && countWords(text) >= 4 {
			return label{kind: lPerson, name: name, aff: role, textStart: int32(len(s) - len(text)), dash: true}, true
		}
	}
	return label{}, false
}

// periodLabel reads the label of the Congressional Record and of older
// Hansards: a title and a name in capitals, or an office, ended by a full
// stop ("Mr. MICA. Mr. Speaker, I move…", "Ms. MILLENDER-McDONALD. I
// thank…", "The SPEAKER pro tempore. Pursuant to the rule…"). The name
// must be in capitals: "Mr. Speaker, I move" addresses the chair.
func periodLabel(s string) (label, bool) {
	if len(s) < 6 || !isUpperByte(s[0]) {
		return label{}, false
	}
	w, next := nextWord(s, 0)
	if !honorifics.hasFold(w) {
		return label{}, false
	}
	end := -1
	for pos, words := next, 0; pos < len(s) && words < 6; words++ {
		v, n := nextWord(s, pos)
		if v == "" {
			break
		}
		bare := strings.TrimSuffix(v, ".")
		if words > 0 && strings.HasPrefix(v, "(") {
			// "The SPEAKER pro tempore (Mr. Foley). The question is…"
			if c := strings.Index(s[pos:], ")."); c > 0 && c < 40 && pos+c+2 < len(s) && s[pos+c+2] == ' ' {
				end = pos + c + 2
			}
			break
		}
		if !isCapsWord(bare) && !(words > 0 && (bare == "pro" || bare == "tempore" || bare == "of")) {
			break
		}
		if strings.HasSuffix(v, ".") && len(bare) > 1 && n < len(s) {
			end = pos + len(v)
			break
		}
		pos = n
	}
	if end < 0 {
		return label{}, false
	}
	name := strings.Join(strings.Fields(s[:end-1]), " ")
	if open := strings.IndexByte(name, '('); open > 0 {
		l, ok := classifyLabel(name) // "The SPEAKER pro tempore (Mr. Foley)": the holder
		if !ok || l.kind != lPerson && l.kind != lRole {
			return label{}, false
		}
		l.textStart = int32(skipSpace(s, end))
		return l, true
	}
	l, ok := parliamentLabel(name, "")
	if !ok {
		return label{}, false
	}
	l.textStart = int32(skipSpace(s, end))
	return l, true
}

// isCapsWord reports a word of two or more capitals, with hyphens or
// apostrophes ("MICA", "MILLENDER-McDONALD" counts for its capitals).
func isCapsWord(w string) bool {
	upper, lower := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z' && i > 0:
			lower++
		case c == '-' || c == '\'':
		default:
			return false
		}
	}
	// "McCONNELL", "DeWINE": a surname's prefix keeps its small letters.
	return upper >= 2 && isUpperByte(w[0]) && (isUpperByte(w[1]) || upper >= 3 && upper >= 3*lower)
}

// stopDashMarks end a Commonwealth Hansard label: a full stop and a dash
// right after the name ("HON. R.S. AKBAR.- Thank you", "Mr. SPEAKER.—").
var stopDashMarks = []string{".-", ".—", ".–"}

// stopDashMark finds the first of stopDashMarks in s, after its first
// byte: a scan for the full stop they all start with, then a look at what
// follows it, as most lines have no mark at all.
func stopDashMark(s string) (end, width int) {
	for from := 1; from < len(s); {
		i := strings.IndexByte(s[from:], '.')
		if i < 0 {
			break
		}
		i += from
		for _, m := range stopDashMarks {
			if strings.HasPrefix(s[i:], m) {
				return i, len(m)
			}
		}
		from = i + 1
	}
	return -1, 0
}

// stopDashLabel reads "HON. NAME.- text" and "HON. NAME.- (Office).-
// text", the labels of Pacific and older Commonwealth Hansards. Only an
// honorific or an office before the mark qualifies, so that "Done.- see
// below" is no label; an office in parentheses after the mark is the
// member's affiliation.
func stopDashLabel(s string) (label, bool) {
	if len(s) < 6 || !(isUpperByte(s[0]) || s[0] >= 0x80) {
		return label{}, false
	}
	end, width := stopDashMark(s[:min(len(s), 80)])
	if end < 0 {
		return label{}, false
	}
	name := strings.Join(strings.Fields(s[:end]), " ") // "HON.  N.  NAWAIKULA"
	l, ok := parliamentLabel(name, "")
	if !ok {
		return label{}, false
	}
	rest := end + width
	if t := skipSpace(s, rest); strings.HasPrefix(s[t:], "(") {
		// "(Minister for Education, Heritage and Arts).-": the office.
		if c := strings.Index(s[t:], ")."); c > 0 && c < 120 {
			if r, w := utf8.DecodeRuneInString(s[t+c+2:]); r == '-' || r == '—' || r == '–' {
				l.aff = s[t+1 : t+c]
				rest = t + c + 2 + w
			}
		}
	}
	l.textStart = int32(skipSpace(s, rest))
	return l, true
}

// titledMarks end a member's label in Hansards that print a dash after
// the name; "-—" is a converter's hyphen before the dash. A typist's dash
// may also touch the name or the text ("Mr WILLIAM DUMA -Thank you", "Mr
// JOHN KAUPA- Thank you"), the spaced forms first.
var titledMarks = []string{" -— ", " -- ", " - ", " – ", " — ", " -", "- ", " –", "– "}

// titledDashLabel reads "Mr JAMES MARAPE - Thank you, Mr Speaker": an
// honorific, a name or office in capitals, then a spaced dash, as the
// Papua New Guinea Hansard labels its members. Capitals are required:
// "Mr Deputy Speaker - " addresses the chair in mid-speech.
func titledDashLabel(s string) (label, bool) {
	if h, _ := nextWord(s[:min(len(s), 12)], 0); !honorifics.hasFold(h) {
		return label{}, false // most lines, before any search for a dash
	}
	if l, ok := titledParenDashLabel(s); ok {
		return l, true
	}
	end, width := firstMark(s[:min(len(s), 60)], titledMarks)
	if end < 0 {
		return label{}, false
	}
	h, rest, _ := strings.Cut(s[:end], " ")
	if !honorifics.hasFold(h) || strings.EqualFold(h, "the") || !allCapsWords(rest) || countWords(skipToText(s, end+width)) < 2 {
		return label{}, false
	}
	l, ok := parliamentLabel(s[:end], "")
	l.textStart = int32(skipSpace(s, end+width))
	return l, ok
}

// titledParenDashLabel reads a member's label with the seat and office in
// parentheses before the dash: "Mr IAN LING-STUCKEY (Kavieng -Minister
// for Treasury) — Mr Acting Speaker," and "Mr JOE SUNGI (Nuku—Minister
// for Public Service) — I move", as Papua New Guinea's Hansard prints a
// minister's statement; the parenthesis is the affiliation.
func titledParenDashLabel(s string) (label, bool) {
	open := strings.IndexByte(s[:min(len(s), 60)], '(')
	if open < 0 {
		return label{}, false
	}
	closing := matchBracket(s, open)
	if closing < 0 || closing > 160 {
		return label{}, false
	}
	rest := s[closing+1:]
	for _, m := range titledMarks {
		if m[0] != ' ' || !strings.HasPrefix(rest, m) {
			continue
		}
		name := strings.TrimSpace(s[:open])
		h, caps, _ := strings.Cut(name, " ")
		if strings.EqualFold(h, "the") || !allCapsWords(caps) || countWords(skipToText(rest, len(m))) < 2 {
			return label{}, false
		}
		l, ok := parliamentLabel(name, s[open+1:closing])
		l.textStart = int32(skipSpace(s, closing+1+len(m)))
		return l, ok
	}
	return label{}, false
}

// skipToText returns s from the first non-space byte at or after i.
func skipToText(s string, i int) string { return s[skipSpace(s, i):] }

// firstMark finds the earliest of marks in s, after its first byte, and
// returns where it starts and its length, or -1.
func firstMark(s string, marks []string) (end, width int) {
	end = -1
	for _, m := range marks {
		if i := strings.Index(s, m); i > 0 && (end < 0 || i < end) {
			end, width = i, len(m)
		}
	}
	return end, width
}

// enumTopicLabel reads a lettered or numbered point that opens with its
// topic, a spaced dash, then what happened ("e) Parking Issues - the
// white van is not now parking …", "(b) Footpaths – The Clerk advised
// …"), as council minutes set out the points under "Matters Arising": the
// topic is a key, so the sentence after it is read for its speaker.
func enumTopicLabel(s string) (label, bool) {
	n := enumeratorLen(s)
	if n == 0 {
		return label{}, false
	}
	end, width := -1, 0
	for _, m := range []string{" - ", " – ", " — "} {
		if i := strings.Index(s[n:min(len(s), n+80)], m); i > 0 && (end < 0 || n+i < end) {
			end, width = n+i, len(m)
		}
	}
	if end < 0 || end+width >= len(s) {
		return label{}, false
	}
	topic := strings.TrimSpace(s[n:end])
	if topic == "" || countWords(topic) > 8 || strings.ContainsAny(topic, ".:;?!") {
		return label{}, false
	}
	return label{kind: lKey, name: topic, textStart: int32(end + width)}, true
}

// enumeratorLen returns the length of a point's letter or number and
// the space after it ("e) ", "(b) ", "12) ", "iv) "), or 0.
func enumeratorLen(s string) int {
	i := 0
	paren := len(s) > 0 && s[0] == '('
	if paren {
		i++
	}
	start := i
	for i < len(s) && i-start < 4 && (s[i] >= 'a' && s[i] <= 'z' || isDigitByte(s[i])) {
		i++
	}
	if i == start || i-start > 1 && !isDigitByte(s[start]) && romanPrefix(s[start:i]+" ") != i-start {
		return 0 // one letter, a number, or a small Roman numeral
	}
	if i+1 >= len(s) || s[i] != ')' || s[i+1] != ' ' {
		return 0
	}
	return i + 2
}
