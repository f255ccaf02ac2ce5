package minutes

import "strings"

// This file holds the label forms of parliamentary and plenary records
// that do not fit the plain "Name:" shape: a question number before the
// label, a role with the speaker's name in parentheses, "Comment from
// mic:", and the European Parliament's "Name, role. – text".

// titleWords are honorifics printed before a member's name; they are not
// part of the name ("Ms Anna Lindqvist" is Anna Lindqvist).
var titleWords = wordSet(`mr mr. mrs mrs. ms ms. miss mx dr dr. prof prof. hon hon. rt rt. right
sir dame lord lady baroness senator sen. rep. rev. cr cr. cllr cllr. councillor alderman
professor provost vice-provost chancellor vice-chancellor rector most reverend rabbi pastor imam bishop`)

// replyWords head labels that name the speaker in parentheses
// ("Response (Hannes):") or say where an unnamed one spoke from
// ("Comment from mic:").
var replyWords = wordSet(`response responses answer answers reply replies comment comments question
questions q a c remark remarks`)

// stripTitles drops leading honorifics from a printed name when a full
// name follows them ("Ms Anna Lindqvist"). A surname alone keeps its
// title ("Mr SMITH", "Ms Harper"): the registry resolves it (bareName)
// when the document names the member in full.
func stripTitles(name string) string {
	if b := bareName(name); countWords(b) >= 2 {
		return b
	}
	return name
}

// bareName drops leading honorifics from a printed name; an office after
// the title ("Mr Speaker", "Madam President") is a role as printed and is
// kept.
func bareName(name string) string {
	rest := name
	for {
		w, r, ok := strings.Cut(rest, " ")
		if !ok || !titleWords.hasFold(w) || w == "Hon" && rest != name {
			break // "Mr Hon Sui Sen": after a title, Hon is a surname
		}
		rest = strings.TrimSpace(r)
	}
	if rest == name || rest == "" || onlyOffices(rest) {
		return name
	}
	return rest
}

// onlyOffices reports a phrase made only of office words ("Speaker",
// "Deputy Speaker").
func onlyOffices(s string) bool {
	for pos := 0; pos < len(s); {
		w, next := nextWord(s, pos)
		if next <= pos {
			break
		}
		if !officeWords.hasFold(w) {
			return false
		}
		pos = next
	}
	return true
}

// questionNumber returns the length of a question number before a label
// ("1. ", "Q1. ", "Q12 "), as order papers print them, or 0.
func questionNumber(s string) int {
	i := 0
	if strings.HasPrefix(s, "Q") {
		i = 1
	}
	d := i
	for i < len(s) && i-d < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == d || i+1 >= len(s) {
		return 0
	}
	if s[i] == '.' {
		i++
	}
	if s[i] != ' ' {
		return 0
	}
	return i + 1
}

// numberedLabel reads a label after a question number ("1. Ms Julie
// Harper (Northshire) (Lab):"); only a titled or parenthesised person
// counts, since "1. Status: done" is a numbered list item.
func numberedLabel(s string) (label, bool) {
	n := questionNumber(s)
	if n == 0 {
		return label{}, false
	}
	colon := labelColon(s[n:])
	if colon < 0 {
		return label{}, false
	}
	head := strings.TrimSpace(s[n : n+colon])
	w, _, _ := strings.Cut(head, " ")
	if !strings.HasSuffix(head, ")") && !titleWords.hasFold(w) {
		return label{}, false
	}
	l, ok := classifyLabel(head)
	if !ok || l.kind != lPerson {
		return label{}, false
	}
	l.textStart = int32(n + skipSpace(s[n:], colon+1))
	return l, true
}

// parenSpeaker reads the speaker named in parentheses after a role or a
// reply word ("The Minister for Housing (Tom Reeve)", "Response
// (Hannes)"), or an unnamed speaker "from" the floor ("Comment from mic").
func parenSpeaker(name, aff string) (label, bool) {
	first, rest, _ := strings.Cut(name, " ")
	reply := replyWords.hasFold(first)
	// The name may come with the office it speaks in ("Response (Rosa
	// Quintero, Routing AD)"): the person is before the comma.
	aff, _, _ = strings.Cut(aff, ", ")
	aff, _, _ = strings.Cut(aff, " - ") // "Q(Martin Duke - Google)"
	switch {
	case aff != "" && reply && (rest == "" || strings.HasPrefix(rest, "from ")) && (isPersonName(aff) || isInitials(aff)):
		// "Response (Hannes):", "Comment from mic (Dave Thaler):"
		return label{kind: lPerson, name: aff}, true
	case aff != "" && (strings.EqualFold(first, "the") || officeTitles.hasFold(first) || officeLead.hasFold(first) && rest != "") &&
		strings.Contains(aff, " ") && (isPersonName(stripTitles(aff)) || bareName(aff) != aff && nameWords(bareName(aff))):
		// "The Minister (Mr X)", and without the article: "Minister for
		// the Interior (Mr William Kwasi Aboah)", "Deputy Speaker (Hon. …)".
		return label{kind: lPerson, name: stripTitles(aff)}, true
	case aff == "" && reply && strings.HasPrefix(rest, "from "):
		who := strings.TrimPrefix(rest[len("from "):], "the ")
		if unknownLabels.hasFold(who) {
			return label{kind: lUnknown, name: name}, true
		}
		if isPersonName(who) {
			return label{kind: lPerson, name: who}, true
		}
	}
	return label{}, false
}

// lastParen returns the last parenthetical of an affiliation read from
// "Name (Constituency) (Party)": the party is whom the member speaks for.
func lastParen(aff string) string {
	if i := strings.LastIndex(aff, "("); i >= 0 {
		return strings.TrimSpace(aff[i+1:])
	}
	return aff
}

// unnamedSpeaker reports a transcript's label for someone the
// transcriber could not name ("UNIDENTIFIED SPEAKER", "Unknown
// participant"): a turn with no speaker, not a person called so.
func unnamedSpeaker(c string) bool {
	first, rest, ok := strings.Cut(c, " ")
	if ok && (strings.EqualFold(first, "an") || strings.EqualFold(first, "a") || strings.EqualFold(first, "some")) {
		// "An Hon. Member", "Some Hon. Members": a member the record
		// does not name, or the House speaking together.
		if w, r, ok := strings.Cut(rest, " "); ok && titleWords.hasFold(w) {
			rest = r
		}
		return strings.EqualFold(rest, "member") || strings.EqualFold(rest, "members")
	}
	return ok && unnamedWords.hasFold(first) && (unknownLabels.hasFold(rest) || speakerNouns.hasFold(rest))
}

// unnamedWords open a label that names nobody; speakerNouns end one.
var (
	unnamedWords = wordSet(`unidentified unknown unnamed anonymous`)
	speakerNouns = wordSet(`speaker speakers voice voices person man woman male female member commenter`)
)

// emphasisLabel reads "**Name:**", "**Name**:", "__Name__:" and "*Name:*".
func emphasisLabel(s string) (label, bool) {
	if s == "" || s[0] != '*' && s[0] != '_' {
		return label{}, false
	}
	for _, m := range []string{"**", "__", "*", "_"} {
		if !strings.HasPrefix(s, m) || len(s) <= len(m) || s[len(m)] == ' ' {
			continue
		}
		end := strings.Index(s[len(m):], m)
		if end < 0 || end > 80 {
			return label{}, false
		}
		inner := s[len(m) : len(m)+end]
		after := len(m) + end + len(m)
		switch {
		case strings.HasSuffix(inner, ":"):
			inner = strings.TrimSuffix(inner, ":")
		case after < len(s) && s[after] == ':':
			after++
		case after+1 < len(s) && s[after] == ' ' && s[after+1] == ':':
			after += 2
		case m == "**" && strings.TrimSpace(s[after:]) == "" && (isPersonName(inner) && countWords(inner) <= 4 || isInitials(inner) || isNick(inner)):
			// "**Terence**" on a line of its own, over the bullets of
			// what Terence said: a label with no text.
			return label{kind: lPerson, name: inner, bold: true, textStart: int32(len(s))}, true
		case chatNickIn(inner) != "":
			// "**\<hyc>** time?": a chat log pasted into Markdown, each
			// nick in bold (its brackets escaped).
			// Alone on its line, the nick heads the messages below it.
			return label{kind: lPerson, name: chatNickIn(inner), bold: strings.TrimSpace(s[after:]) == "", textStart: int32(skipSpace(s, after))}, true
		case m == "**" && spacedDashLen(s[after:]) > 0 && (isPersonName(inner) && countWords(inner) <= 4 || isInitials(inner) || isNick(inner)):
			// "**Duncan** - Not as simple": the bold name and a dash, as
			// notes exported from a shared document write each speaker.
			after += spacedDashLen(s[after:])
			return label{kind: lPerson, name: inner, bold: true, textStart: int32(skipSpace(s, after))}, true
		case m == "**" && stampedName(inner, s[after:]) > 0:
			// "**Jason Plum** 00:05 Hello, everyone": a meeting's
			// transcript exported with each speaker in bold and the time
			// into the recording the turn starts at.
			after += stampedName(inner, s[after:])
			return label{kind: lPerson, name: inner, bold: true, textStart: int32(after)}, true
		case m == "**" && boldNameOpens(inner, s[after:]):
			// "**Ana Ruiz** not sure this belongs here": scribes who bold
			// the speaker's name at the start of a note write no colon.
			return label{kind: lPerson, name: inner, bold: true, textStart: int32(skipSpace(s, after))}, true
		default:
			return label{}, false
		}
		l, ok := classifyLabel(strings.TrimSpace(inner))
		if !ok {
			// Bold text with a colon is at least a key ("**Status:**").
			l = label{kind: lKey, name: inner}
		}
		l.bold = true
		l.textStart = int32(skipSpace(s, after))
		return l, true
	}
	return label{}, false
}

// spacedDashLen returns the length of a dash set off by spaces at the
// start of s (" - ", " – ", " — ", or the dash glued to the name, "- "),
// or 0.
func spacedDashLen(s string) int {
	for _, d := range [...]string{" - ", " – ", " — ", "- ", "– "} {
		if strings.HasPrefix(s, d) {
			return len(d)
		}
	}
	return 0
}

// bracketLabel reads "[simeon] text": a handle or a name in square
// brackets opening a note, as some groups' scribes mark each speaker.
// Stage directions ("[Applause]"), links ("[PR 359](…)") and checkboxes
// are not labels; whether the name is a speaker is for the registry.
func bracketLabel(s string) (label, bool) {
	if len(s) < 5 || s[0] != '[' {
		return label{}, false
	}
	if strings.HasPrefix(s, "[name=") {
		return hackmdLabel(s)
	}
	end := strings.IndexByte(s[:min(len(s), 34)], ']')
	after := end + 1
	if end > 0 && after+1 < len(s) && s[after] == ':' {
		after++ // "[Adam Hurtubise]: Present.", as machine transcripts write turns
		if rest := strings.TrimLeft(s[after:], " <"); linkTarget(rest) {
			return label{}, false // "[bob]: https://…", a Markdown link's definition
		}
	}
	if end < 3 || after+1 >= len(s) || s[after] != ' ' {
		return label{}, false
	}
	name := s[1:end]
	if l, ok := fixedLabel(name); ok && l.kind == lUnknown && s[after-1] == ':' {
		l.textStart, l.bracket = int32(skipSpace(s, after)), true
		return l, true // "[Unidentified]: Can you hear me?"
	}
	if stageWords.hasFold(name) || !(isNick(name) || isPersonName(name) && countWords(name) <= 3 || diarizedVoice(name)) {
		return label{}, false
	}
	start := skipSpace(s, after)
	// "[Jason Plum] 10:02:13": a transcript's time after the name, with
	// its seconds or alone ("[rob] 10:30 is fine" says a time).
	if n := stampLen(s[start:]); n > 0 && isDigitByte(s[start]) && (strings.Count(s[start:start+n], ":") >= 2 || start+n == len(s)) {
		start += n
	}
	return label{kind: lPerson, name: name, bracket: true, textStart: int32(start)}, true
}

// linkTarget reports text that opens with where a Markdown link's
// definition points: a URL, a path, an anchor or a mail address.
func linkTarget(s string) bool {
	for _, p := range [...]string{"http", "www.", "/", "./", "../", "#", "mailto:"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// stageWords are the transcriber's notes set in brackets.
var stageWords = wordSet(`applause laughter laughs inaudible crosstalk silence pause music noise
unintelligible indiscernible interruption interjection recess break gavel`)

// chatNickIn returns the nick of "<nick>" or, escaped as Markdown
// writes it, "\<nick\_\_>", or "".
func chatNickIn(s string) string {
	if len(s) < 3 || s[0] != '<' && s[0] != '\\' {
		return ""
	}
	s = strings.TrimRight(strings.TrimPrefix(s, "\\"), " \u00a0")
	if !strings.HasPrefix(s, "<") || !strings.HasSuffix(s, ">") {
		return ""
	}
	nick := strings.ReplaceAll(strings.TrimSuffix(s[1:len(s)-1], "\\"), "\\", "")
	return angleNick(nick)
}

// angleNick returns the nick a chat line writes between angle brackets,
// without its marks (bareNick), or "" when inner is no nick. A nick of
// one or two letters ("<w[m]>") counts here, where the brackets set it
// apart, unless it names an HTML element ("<b>").
func angleNick(inner string) string {
	n := bareNick(inner)
	if isChatNick(n) || shortNick(n) && !htmlTagNames.hasFold(n) {
		return n
	}
	return ""
}

// htmlTagNames are the elements of one or two letters, which "<b>" in
// a line names rather than a chat nick.
var htmlTagNames = wordSet(`a b i p q s u em br hr li ol ul dd dl dt td th tr h1 h2 h3 h4 h5 h6 rp rt tt`)

// bareNick drops from a chat nick the marks that are no part of it: an
// IRC channel operator's or voiced user's prefix ("<@calvin>") and the
// suffix of a Matrix user bridged to IRC ("<plowsof[m]>"), who may as well
// write from IRC itself.
func bareNick(n string) string {
	return strings.TrimSuffix(strings.TrimLeft(n, "@+%&~ "), "[m]")
}

// boldNameOpens reports a bold full name opening a note without a colon,
// followed by words in lower case or an aside ("(as individual)"). A
// speech verb after it is left to reported speech, which keeps the name
// in the text ("**Tor Lindahl** thinks…").
func boldNameOpens(name, rest string) bool {
	if len(rest) < 3 || rest[0] != ' ' || countWords(name) < 2 || countWords(name) > 4 || !isPersonName(name) {
		return false
	}
	if c := rest[1]; !(c >= 'a' && c <= 'z' || c == '(') {
		return false
	}
	return !isVerbAt(rest, 1) && !strings.HasPrefix(rest, " +1") && !strings.HasPrefix(rest, " and ")
}

// nameRoleLabel reads "Full Name, office" before a label's colon ("Ron
// Geason, Sr. Business Operations Manager, Bureau of Transportation"):
// the person, with the office as the affiliation. A list of names
// ("Jana Iyengar, Martin Thomson") is not one.
func nameRoleLabel(c string) (label, bool) {
	name, role, ok := strings.Cut(c, ", ")
	if !ok || countWords(name) < 2 || !isPersonName(name) || onlyOffices(bareName(name)) || len(role) > 110 || !officeShaped(role) || isNameList(c) {
		return label{}, false // "Mr Speaker, I move:" addresses the chair
	}
	return label{kind: lPerson, name: stripTitles(name), aff: role}, true
}

// officeShaped reports words that can name an office or an organisation:
// capitalised words and the small words of titles ("Director of
// Government Relations, Bureau of Transportation"), no digits or dashes
// ("12 Elm Street – Re" is an address and a subject).
func officeShaped(s string) bool {
	n := everyWord(s, func(w string, _ int) bool {
		w = trimRightAny(w, ",.")
		if w == "" || strings.ContainsAny(w, "0123456789–—") || w == "-" {
			return false
		}
		return isUpperByte(w[0]) || w[0] >= 0x80 || smallTitleWords.has(w) || w == "&"
	})
	w, _ := nextWord(s, 0)
	return n > 0 && !personWords.has(w)
}
