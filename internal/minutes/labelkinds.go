package minutes

import "strings"

// This file holds what the text before a label's colon is: a person, a
// role, an unknown speaker, an outcome, metadata or a topic key.

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

var (
	unknownLabels = wordSet(`? ?? ??? ???? unknown unidentified someone somebody audience floor mic room
participant attendee anonymous unnamed q question`)
	roleLabels    = wordSet(`chair chairs co-chair co-chairs cochair cochairs ad ads moderator chairman chairperson secretary secretariat host facilitator facilitators notary timekeeper all everyone group several many`)
	outcomeLabels = wordSet(`resolved resolution resolutions decision decisions decided action actions action-item action-items action item conclusion conclusions consensus outcome outcomes poll hum hums summary agreed agreement result results vote votes voting motion motions moved mover seconded seconder passes passed carried failed proposed next steps next-steps in-favour in-favor against abstaining abstention abstentions ayes noes nays yeas`)
	statusKeys    = wordSet(`done doing blocked blocker blockers todo to-do wip progress plans completed ongoing pending accomplished last-week this-week next-week`)
	metaLabels    = wordSet(`presenter presenters presented-by presented speaker speakers slides slide-deck deck scribe scribes scribing scribe(s) minutes minute-taker minute-takers note-taker note-takers notetaker notetakers notes-by minutes-by taker takers present attendees attendance participants regrets absent apologies date time location place venue video recording audio agenda link links url urls see ref refs reference references etherpad jabber meetecho webex chat irc remote bluesheet bluesheets blue-sheets materials documents draft drafts chairs-present chair(s) chairs/ads when where dial-in dial phone bridge guests special-guests observers invited-guests invited-experts presiding presided presider duration length start end timezone`)
)

// trimChatTag removes a tag in angle brackets that says the words came
// in the meeting's chat ("KW<chat>", "KW <in chat>"): the speaker is
// the name before it, as with "Martin (in chat)".
func trimChatTag(c string) string {
	if !strings.HasSuffix(c, ">") {
		return c
	}
	open := strings.LastIndexByte(c, '<')
	if open <= 0 {
		return c
	}
	if isChatTag(c[open+1 : len(c)-1]) {
		return strings.TrimSpace(c[:open])
	}
	return c
}

// isChatTag reports the text of a tag that says a label's words came in
// the chat ("chat", "in chat").
func isChatTag(t string) bool { return chatTags.hasFold(strings.ReplaceAll(t, " ", "-")) }

// chatTags are isChatTag's words, spaces as hyphens.
var chatTags = wordSet(`chat in-chat from-chat via-chat`)

// keyHeads are the first words of the multi-word keys of the label sets
// ("next" of "next-steps"), a cheap test before building a key.
var keyHeads = wordSet(`presented slide minute note notes minutes chairs blue dial action next
wrap special invited in`)

// classifyLabel decides what the text before a label's colon is.
func classifyLabel(c string) (label, bool) {
	// Records of proceedings mark the mover's closing speech after the
	// label ("Councillor WHITCOMBE (7.25 pm), in reply:"); remote
	// participants, how they spoke ("Name (Org), via Zulip:").
	c = strings.TrimSuffix(c, ", in reply")
	c = trimChatTag(c)
	if viaSuffix(c) {
		c = c[:strings.LastIndex(c, ", ")]
	}
	// A member's label may carry an office and a time in parentheses
	// ("Councillor DOUGLAS FENWICK (Chair, Infrastructure Committee) (7.05
	// pm)"), which makes it longer than a name.
	if l, ok := nameRoleLabel(c); ok {
		return l, true // "Ron Geason, Sr. Business Operations Manager, Bureau of Transportation"
	}
	if c == "" || len(c) > 60 && (len(c) > 140 || !strings.HasSuffix(c, ")")) {
		return label{}, false
	}
	if l, ok := fixedLabel(c); ok {
		return l, true
	}
	name, aff := c, ""
	if open := indexOpen(c); open > 0 && (strings.HasSuffix(c, ")") || strings.HasSuffix(c, "]")) {
		name, aff = strings.TrimSpace(c[:open]), lastParen(strings.TrimSpace(c[open+1:len(c)-1]))
		// "The Temporary Speaker ( Hon. Alfred Mutai):" has a space inside.
		if first, _, ok := strings.Cut(c[open+1:], ")"); ok && strings.TrimSpace(first) != aff {
			first = strings.TrimSpace(first)
			// "The Minister of State for Labour (Mr Sia Kah Hui) (for the
			// Minister for Labour)": the office's holder comes first.
			if l, ok := parenSpeaker(name, first); ok {
				return l, true
			}
		}
		if l, ok := parenLabel(c, name, aff); ok {
			return l, true
		}
	}
	if l, ok := parenSpeaker(name, ""); ok && aff == "" {
		return l, true // "Comment from mic:"
	}
	if w, rest, ok := strings.Cut(name, " "); ok && replyWords.hasFold(strings.TrimRight(w, ".")) && countWords(rest) >= 2 && isPersonName(rest) {
		return label{kind: lPerson, name: rest, aff: cleanAffiliation(aff)}, true // "Q Martin Duke:", "Comment Lars Eggert:"
	}
	if w, who, ok := strings.Cut(name, " by "); ok && presentingWords.hasFold(w) && isPersonName(who) && countWords(who) <= 3 {
		return label{kind: lPerson, name: who, aff: cleanAffiliation(aff)}, true // "Overview by Josh:", "Update by Ann Lee:"
	}
	if officeOfWork(name) {
		return label{kind: lRole, name: name, aff: cleanAffiliation(aff)}, true // "Social Secretary:", "Academic Coordinator:"
	}
	if isPersonName(name) || isInitials(name) || isNick(name) || officeThenSurname(name) {
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

// officeThenSurname reports an office of capitalised words before a
// surname, as verbatim council records label their staff ("Economic
// Development Director Perez", "Senior Planner O'Connell"): two to five
// words, the one before the surname an office.
func officeThenSurname(name string) bool {
	n := countWords(name)
	if n < 2 || n > 5 || !mostlyCapitalised(name) || strings.ContainsAny(name, ",;()") {
		return false
	}
	if w, _, _ := strings.Cut(name, " "); strings.EqualFold(w, "the") {
		return false // "The Prime Minister": an office alone
	}
	// Fields, not the last space: words may be parted by a tab ("A0\tA").
	words := strings.Fields(name)
	prev, last := words[len(words)-2], words[len(words)-1]
	return (officeWords.hasFold(prev) || officeTitles.hasFold(prev)) && isNameWord(last) && !officeWords.hasFold(last)
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
	case diarizedVoice(unbracket(c)):
		// "SPEAKER_03:", "[Speaker 2]:": a voice a speech-to-text
		// service told apart but could not name, the same person all
		// through the transcript (an admin can name it).
		return label{kind: lPerson, name: unbracket(c)}, true
	case answerLabels.hasFold(c):
		// "Response:", "A:" under a presented item: the presenter
		// answering the question before.
		return label{kind: lRole, name: presenterRole}, true
	case inSetKey(outcomeLabels, c):
		return label{kind: lOutcome, name: c}, true
	case inSetKey(metaLabels, c):
		return label{kind: lMeta, name: c}, true
	case c == "Re" || c == "Fwd" || c == "Fw":
		return label{kind: lKey, name: c}, false // "Re: CSAF data, will be using…": a subject line's prefix
	case inSetKey(statusKeys, c):
		// "Done:", "Blocked:", "Next:" under each member's name in the
		// updates of a stand-up or sync call: the state of the work.
		return label{kind: lKey, name: c}, true
	}
	return label{}, false
}

// diarizedVoice reports the labels speech-to-text services give the
// voices they tell apart: "SPEAKER_00" (pyannote, WhisperX), "Speaker 1",
// "Speaker A", with a recording's prefix ("MCM00001745_SPEAKER_03").
func diarizedVoice(c string) bool {
	i := lastIndexFoldASCII(c, "speaker")
	if i < 0 || i > 0 && c[i-1] != '_' || strings.ContainsAny(c[:i], " .") {
		return false
	}
	n := strings.TrimLeft(c[i+len("speaker"):], "_ ")
	return n != "" && n != c[i+len("speaker"):] && (atoiSmall(n) >= 0 && len(n) <= 3 || len(n) == 1 && isUpperByte(n[0]))
}

// unbracket returns s without square brackets around it, when it has
// both.
func unbracket(s string) string {
	if len(s) > 2 && s[0] == '[' && s[len(s)-1] == ']' {
		return s[1 : len(s)-1]
	}
	return s
}

// lastIndexFoldASCII is strings.LastIndex for a lower-case ASCII word,
// ignoring the case of s's ASCII letters (upper-casing s could change its
// length, and the index with it).
func lastIndexFoldASCII(s, word string) int {
	for i := len(s) - len(word); i >= 0; i-- {
		if equalLower(word, s[i:i+len(word)]) {
			return i
		}
	}
	return -1
}

// officeOfWork reports an office named by what it is for, a word or
// two before the office ("Social Secretary", "Academic Coordinator",
// "Tech Officer"): a role, not a person whose surname is the office. An
// honorific or a title first ("Mr Speaker", "Vice President") is left
// to the rules for those.
func officeOfWork(name string) bool {
	n := countWords(name)
	if n < 2 || n > 3 || !officeNouns.hasFold(lastWordOf(name)) {
		return false
	}
	w, _ := nextWord(name, 0)
	return !honorifics.hasFold(w) && !officeWords.hasFold(w) && !titleWords.hasFold(w)
}

// officeNouns end the name of an office that clubs, societies and
// boards elect; never a surname in the minutes read so far.
var officeNouns = wordSet(`secretary treasurer coordinator officer president chairperson chairman
director representative rep convenor convener liaison administrator`)

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
	if replyWords.hasFold(name) && roleLabels.hasFold(aff) {
		return label{kind: lRole, name: aff}, true // "A(chair):"
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
