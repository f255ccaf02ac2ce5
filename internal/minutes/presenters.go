package minutes

import (
	"strings"
	"unicode/utf8"
)

// reporter reads a heading that names who reports under it: a person's
// name alone ("### Shawn Nock", "#### Martin" under "Member Reports"),
// or an office's report ("Treasurer's Report") whose holder the document
// names.
func (t *turnBuilder) reporter(title string) string {
	if office, ok := strings.CutSuffix(title, "'s Report"); ok && officeWords.hasFold(lastWordOf(office)) {
		if h := t.reg.holderOf(office); h != office {
			return h
		}
		return ""
	}
	if countWords(title) >= 2 && countWords(title) <= 3 && isPersonName(title) && (t.reg.person(title, t.pos) || t.underReports()) {
		return title
	}
	if countWords(title) == 1 && (isNameWord(title) && !isInitials(title) || isNick(title)) && t.underReports() {
		return t.reg.resolve(title, t.pos)
	}
	// "### Karl (khw)", "### Sawyer" over each member's points: a name
	// the attendance list gives, with the member's handle after it.
	name := title
	if open := strings.LastIndexByte(title, '('); open > 0 && strings.HasSuffix(title, ")") {
		name = strings.TrimSpace(title[:open])
	}
	if countWords(name) == 1 && isNameWord(name) && !isInitials(name) {
		if p, ok := t.reg.attendee(name, t.pos); ok {
			return p
		}
	}
	return ""
}

// underReports reports that the item's parent heading gathers reports
// ("Member Reports", "Director-at-Large Reports"): a one-word heading
// under it is the reporter's name.
func (t *turnBuilder) underReports() bool {
	for i := len(t.items) - 2; i >= 0; i-- {
		if t.items[i].Depth < t.items[len(t.items)-1].Depth {
			return hasSuffixFold(t.items[i].Title, "reports")
		}
	}
	return false
}

// lastWordOf returns the last word of s.
func lastWordOf(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// presenterFromTitle reads a presenter named in a heading: "Name - Title",
// "Title (Name)" or "Name presents Title".
func (t *turnBuilder) presenterFromTitle(title string) string {
	if r, ok := findReported(title); ok && r.kind == lPerson && (!r.weak || t.reg.person(r.name, t.pos)) &&
		(strings.Contains(r.name, " ") || t.reg.plausible(r.name, t.pos)) {
		// "AWB Presents changes ...", but not "Short reports, celebrations,
		// shout-outs": one word heads a title as a person only when the
		// document knows it for one.
		return t.reg.resolve(r.name, t.pos)
	}
	if name, n := splitName(title); name != "" && countWords(name) >= 2 &&
		(strings.HasPrefix(title[n:], " - ") || strings.HasPrefix(title[n:], " – ")) {
		return name
	}
	if name := trailingPresenter(strings.TrimRight(title, ": ")); name != "" {
		if strings.ToUpper(name) == name {
			name = titleCased(strings.ToLower(name)) // "A LOOK BACK ON THE YEAR - JOSH:"
		}
		if full := t.reg.resolve(name, t.pos); strings.Contains(full, " ") {
			return full // "Call to order - Nikolich", a name the document knows
		}
		if t.reg.uses[t.reg.lower(name)] >= 2 {
			return name // "Budget - John" for the John who speaks by that name
		}
	}
	// A time box after the presenter ("(Joaquín Ibarra) [25 min]").
	if open := strings.LastIndexByte(title, '['); open > 0 && strings.HasSuffix(title, " min]") {
		title = strings.TrimSpace(title[:open])
	}
	if strings.HasSuffix(title, ")") {
		if open := strings.LastIndexByte(title, '('); open >= 0 {
			if p := t.personIn(title[open+1 : len(title)-1]); p != "" {
				return p
			}
		}
	}
	if p := t.reporter(title); p != "" {
		return p
	}
	if strings.HasSuffix(title, "]") {
		// "Chair [Priya Anand]", "VP of Brand [Hugo Marchetti / Tomasz]",
		// "President [Leonard]": the officer reporting, then the shepherd.
		if open := strings.LastIndexByte(title, '['); open >= 0 {
			who, _, _ := strings.Cut(title[open+1:len(title)-1], "/")
			if p := t.personIn(who); p != "" {
				return p
			}
			if who = strings.TrimSpace(who); isPersonName(who) {
				if full := t.reg.resolve(who, t.pos); strings.Contains(full, " ") {
					return full
				}
			}
		}
	}
	return ""
}

// personIn reads a person named in s ("Samina Husain (SMH)", "DKG"),
// resolving short forms.
func (t *turnBuilder) personIn(s string) string {
	s = strings.TrimSpace(strings.Trim(s, "*_ "))
	if name, _ := splitName(s); name != "" && countWords(name) >= 2 {
		return name
	}
	if isInitials(s) {
		if full := t.reg.resolve(s, t.pos); full != s {
			return full
		}
	}
	return ""
}

// introducedBy reads the presenter of a paragraph that announces a talk
// ("Introduction to discussion by Luke Hoban", "Presentation by EKR"):
// a word of presenting first, then "by" and a name ending the sentence.
func (t *turnBuilder) introducedBy(s string) (speaker, bool) {
	sent := strings.TrimRight(strings.TrimSpace(firstSentence(s)), ".: ")
	w, _ := nextWord(sent, 0)
	by := strings.LastIndex(sent, " by ")
	if by < 0 || !presentingWords.has(strings.ToLower(w)) {
		return speaker{}, false
	}
	name := sent[by+4:]
	if full := t.reg.resolve(name, t.pos); isPersonName(name) && (strings.Contains(name, " ") || full != name) {
		return speaker{name: full}, true
	}
	return speaker{}, false
}

// selfIntroduced reads a note that opens with its writer naming
// themselves, as a roll call's round of introductions is noted ("Hi, I'm
// Havi and I took a break…", "Hello I'm Fachrul Razy from Indonesia",
// "Hi This is Alaa, from Palestine"): the name after "I'm", "I am",
// "This is" or "My name is", behind at most a greeting.
func selfIntroduced(s string) (string, bool) {
	rest, greeted := s, false
	if w, next := nextWord(rest, 0); greetings.hasFold(strings.TrimRight(w, ",!.")) {
		rest, greeted = rest[next:], true
		if w, next = nextWord(rest, 0); strings.EqualFold(strings.TrimRight(w, ",!."), "there") {
			rest = rest[next:] // "Hi there! I'm Nikita"
		}
	}
	var ok bool
	for _, p := range [...]string{"I'm ", "I’m ", "I´m ", "Im ", "I am ", "This is ", "this is ", "My name is ", "my name is "} {
		if rest, ok = strings.CutPrefix(rest, p); ok {
			// "This is" introduces its writer only after a greeting:
			// "This is Kim's proposal" says what a thing is.
			ok = greeted || !strings.EqualFold(p, "this is ")
			break
		}
	}
	if !ok {
		return "", false
	}
	name, _ := splitName(rest)
	if w, _ := nextWord(rest, 0); name == "" && greeted && handleChars(strings.ToLower(strings.TrimRight(w, ",.!")), 20) && isUpperByte(w[0]) {
		name = strings.TrimRight(w, ",.!") // a handle for a name: "Hi, I'm End3r and …"
	}
	if name == "" || countWords(name) > 3 {
		return "", false
	}
	return name, true
}

// presentingLine reports a line that says who presents, a name and then
// "presenting" ("Carsten Bormann (CB) presenting.", "Niklas presenting
// Agenda.", "Alan Soloway (AS) presenting the OMA BoD pov"), as notes of
// IETF sessions write a talk's start.
func presentingLine(s string) bool {
	name, n := splitName(s)
	if name == "" || !isPersonName(name) {
		return false
	}
	rest := strings.TrimLeft(s[n:], " ")
	if strings.HasPrefix(rest, "(") {
		if end := strings.IndexByte(rest, ')'); end > 0 && end < 12 {
			rest = strings.TrimLeft(rest[end+1:], " ") // "(CB)"
		}
	}
	w, _ := nextWord(rest, 0)
	return strings.TrimRight(w, ".:,") == "presenting"
}

// greetings open a self-introduction.
var greetings = wordSet(`hi hello hey hola sup greetings`)

var presentingWords = wordSet(`introduction intro presentation overview update report summary demo talk recap`)

// trailingPresenter reads a name after a dash at the end of a heading
// ("Approve Agenda - Nikolich", "Open mic – Jari Arkko"), or "".
func trailingPresenter(title string) string {
	for _, m := range []string{" - ", " – ", " — "} {
		if i := strings.LastIndex(title, m); i > 0 {
			name := title[i+len(m):]
			if open := strings.IndexByte(name, '('); open > 0 && strings.HasSuffix(name, ")") {
				// "… — Kenji Watanabe (Orbis)"; but "… — Farah Qasim
				// (presented by Henrik Aalto)" is presented by Henrik.
				if by, ok := strings.CutPrefix(name[open+1:len(name)-1], "presented by "); ok && isPersonName(by) {
					return by
				}
				name = strings.TrimSpace(name[:open])
			}
			if isPersonName(name) && countWords(name) <= 3 {
				return name
			}
		}
	}
	return ""
}

// trailingSpeaker reads a point whose speaker the scribe adds at its end,
// in parentheses after the sentence: "Can we move the artifactType to
// annotations? (Brandon)", "We should document the use case. (Sajay)"
// (OCI's working group), "… If so when? (Nicolas)" (Perl's steering
// committee). The name must be someone the document lists. A full name
// needs no full stop before it: "- that Martin Keegan had been acting
// with the knowledge of Peter Clay (Martin Keegan)", the SRCF's AGM
// crediting each complaint and explanation to who made it.
func (t *turnBuilder) trailingSpeaker(line string) (speaker, bool) {
	l := strings.TrimSpace(line)
	if !strings.HasSuffix(l, ")") {
		return speaker{}, false
	}
	open := strings.LastIndexByte(l, '(')
	if open < 2 {
		return speaker{}, false
	}
	name, before := l[open+1:len(l)-1], strings.TrimSpace(l[:open])
	ended := strings.HasSuffix(before, ".") || strings.HasSuffix(before, "?") || strings.HasSuffix(before, "!")
	if !ended && (countWords(name) < 2 || !clauseText(before)) || countWords(name) > 3 || !isPersonName(name) {
		return speaker{}, false
	}
	full, ok := t.reg.attendee(name, t.pos)
	if !ok && !t.reg.isKnown(name) {
		return speaker{}, false
	}
	return speaker{name: full, basis: bReported}, true
}

// clauseText reports text that reads as a clause of prose, not a title
// or a link with its presenter in parentheses after it ("Intel - proposed
// contribution (Patrick Holmes)", "Integrating the Alternate-Marking
// Method into In Situ OAM (China Telecom)"): six words or more, fewer
// than a third of them capitalised.
func clauseText(s string) bool {
	if strings.ContainsAny(s, "<[") {
		return false
	}
	words, capital := 0, 0
	for _, w := range strings.Fields(s) {
		words++
		if isUpperByte(w[0]) {
			capital++
		}
	}
	return words >= 6 && capital*3 < words
}

// presenterCaptions turns a caption naming a talk and its presenter,
// alone in its paragraph and closed by a colon ("Overview of Discrete
// Fourier Transform APIs - Raphael Egan:", "Updates from last meeting -
// Sarah Knepper:", UXL's SIG notes), into the heading it stands for: the
// topic is an agenda item, and the presenter speaks the points under it.
// The name after the dash must be a full name, the topic two words or
// more.
func presenterCaptions(blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if b.kind != kPara || len(b.lines) != 1 {
			continue
		}
		l := strings.TrimSpace(b.lines[0])
		title, ok := strings.CutSuffix(l, ":")
		if !ok || len(title) > 160 {
			continue
		}
		d := max(strings.LastIndex(title, " - "), strings.LastIndex(title, " – "))
		if d <= 0 {
			continue
		}
		_, dash := utf8.DecodeRuneInString(title[d+1:])
		name := strings.TrimSpace(title[d+1+dash:])
		if n := countWords(name); n < 2 || n > 3 || !isPersonName(name) || countWords(title[:d]) < 2 {
			continue
		}
		b.kind, b.lines, b.level = kHeading, []string{title}, 2
	}
}
