package minutes

import (
	"strings"
	"unsafe"
)

// nullSubjects start sentences about a speaker the minutes do not name.
var nullSubjects = []string{"an unidentified ", "unidentified ", "someone ", "somebody ", "a participant ",
	"an attendee ", "one person ", "one participant ", "a person ", "an audience member ",
	"a member of the audience ", "a commenter ", "an individual ", "another participant ",
	"a speaker from the floor ", "a remote participant ", "an unknown "}

// roleSubjects start sentences whose speaker is a role, kept as printed.
var roleSubjects = []string{"the chairs ", "the chair ", "chairs ", "chair ", "the co-chairs ", "the ad ", "the secretariat "}

// roleCommas are roleSubjects with a comma for the name in apposition
// ("the chair, Gert Doering,"), built once.
var roleCommas = func() []string {
	out := make([]string, len(roleSubjects))
	for i, p := range roleSubjects {
		out[i] = p[:len(p)-1] + ", "
	}
	return out
}()

// rolePrefixes are titles printed before a name ("Chair Lars Eggert").
var rolePrefixes = []string{"Chair ", "Co-chair ", "AD ", "Dr. ", "Dr ", "Prof. ", "Mr. ", "Ms. ", "Mrs. "}

// rolePrefixWords are the first words of rolePrefixes, a cheap test
// before trying each prefix.
var rolePrefixWords = wordSet(`Chair Co-chair AD Dr. Dr Prof. Mr. Ms. Mrs.`)

// reported is the speaker of a sentence of reported speech.
type reported struct {
	kind labelKind // lPerson, lRole or lUnknown
	name string
	aff  string
	// weak tells a subject whose verb is known only by its form ("Mirja
	// chimes in", "Stephen doesn't agree"), not from the speech verbs:
	// it counts only for a person the document names elsewhere (see
	// registry.person), since "Node started" and "Seemingly opposed" have
	// the same shape.
	weak bool
	// group tells a group or impersonal subject ("The councillors agreed",
	// "It was noted"): the scribe's narration, nobody's turn.
	group bool
	// marked tells a subject the writer set in bold ("**Piper** objects"),
	// as sure a sign of a speaker as a label.
	marked bool
	// state tells a group subject in the present tense with a verb that
	// reports no decision ("The committee meets monthly", "The committee
	// is preparing a survey"): what a speaker tells of the group, where
	// the record's own narration is in the past tense ("The committee
	// agreed").
	state bool
}

// findReported reads the speaker of a sentence of reported speech: a name
// (with an optional affiliation) followed by a speech verb, at the start of
// the sentence or after a leading clause ("On behalf of X, Name presented").
func findReported(sent string) (reported, bool) {
	r, ok := findSubject(sent)
	if ok && passiveAfter(sent, r.name) {
		// The record's narration: whoever spoke before did not ask.
		return reported{kind: lUnknown, group: true}, true
	}
	return r, ok
}

// findSubject is findReported before the passive is ruled out.
func findSubject(sent string) (reported, bool) {
	// "-- JR thinks we should…": scribes set off a line with dashes.
	sent = strings.TrimPrefix(sent, "-- ")
	if c := strings.IndexByte(sent[:min(len(sent), 16)], ':'); c > 0 && narrationWords.hasFold(sent[:c]) {
		// "Discussion:   Director Menten asked…": the section's key, then
		// the speaker.
		if r, ok := reportedAt(strings.TrimLeft(sent[c+1:], " ")); ok && r.kind == lPerson {
			return r, true
		}
	}
	if (strings.HasPrefix(sent, "*") && !strings.HasPrefix(sent, "**") || strings.HasPrefix(sent, "_") && !strings.HasPrefix(sent, "__")) && len(sent) > 2 {
		// "*Willie Jones* raised the condition of …": the subject in
		// italics, read as in plain text.
		if end := strings.IndexByte(sent[1:min(len(sent), 64)], sent[0]); end > 0 && isPersonName(sent[1:1+end]) {
			return reportedAt(sent[1:1+end] + sent[2+end:])
		}
	}
	if strings.HasPrefix(sent, "**") || strings.HasPrefix(sent, "__") {
		if r, ok := boldSubject(sent); ok {
			return r, true
		}
		// "**Stearns made the motion to adjourn.**": the record sets a
		// whole sentence in bold (a motion, a decision); its subject is
		// read as in plain text, a single word only when it is someone
		// the document names ("**Askeaton provided …**" is a place).
		r, ok := reportedAt(sent[2:])
		if ok && r.kind == lPerson && !strings.Contains(r.name, " ") {
			r.weak = true
		}
		return r, ok
	}
	// "Seemingly opposed to the rejection, **Hancock** says": a subject in
	// bold outranks a first word read as one.
	if r, ok := boldLater(sent); ok && r.kind == lPerson {
		return r, true
	}
	if r, ok := reportedAt(sent); ok {
		return r, true
	}
	// "7.2 Precept - Update - LH commented that…": a topic set off by a
	// dash before the speaker.
	if d := afterLastDash(sent[:min(len(sent), 90)]); d > 0 {
		if r, ok := reportedAt(sent[d:]); ok && (r.kind == lPerson || r.kind == lRole) {
			return r, true
		}
	}
	if n := sectionLead(sent); n > 0 {
		// "15.2 BL reported that …", "5.2 (9.1 - Data Protection Policy)
		// The Parish Clerk noted …": the minute's number, then its subject.
		if r, ok := reportedAt(sent[n:]); ok && (r.kind == lPerson || r.kind == lRole) {
			return r, true
		}
	}
	if r, ok := appositiveSubject(sent); ok {
		return r, true
	}
	if w, _ := nextWord(sent, 0); !clauseOpeners.hasFold(strings.TrimSuffix(w, ",")) {
		return reported{}, false
	}
	if c := strings.Index(sent, ", "); c > 0 && c < 90 {
		if r, ok := reportedAt(sent[c+2:]); ok && r.kind == lPerson {
			return r, true
		}
		// "In response, the IAB Chair said that…"
		if rest := sent[c+2:]; strings.HasPrefix(rest, "the ") {
			if r, ok := officeReported(rest); ok {
				return r, true
			}
		}
	}
	return titledAfterClause(sent)
}

// rankTitles are ranks printed before a surname ("Superintendent Ryan",
// "Cathaoirleach Martin Ryan"), kept in the name: "Superintendent Ryan"
// and "Councillor Ryan" are two people.
var rankTitles = wordSet(`superintendent inspector sergeant commissioner cathaoirleach`)

// titledAfterClause reads a titled subject after a leading phrase set off
// by no comma ("At the outset Councillor Mitchell said", "In outlining
// the statistics for the District Superintendent Ryan told"): the title
// marks where the subject starts, and only a speech verb after it counts.
func titledAfterClause(sent string) (reported, bool) {
	for pos, k := 0, 0; k < 10 && pos < len(sent) && pos < 90; k++ {
		w, next := nextWord(sent, pos)
		if pos > 0 && w != "" && isUpperByte(w[0]) && (titleWords.hasFold(w) || officeTitles.hasFold(w) || rankTitles.hasFold(w)) {
			if r, ok := reportedAt(sent[pos:]); ok && r.kind == lPerson && !r.weak {
				return r, true
			}
			return reported{}, false
		}
		if next <= pos || strings.ContainsAny(w, ",;:.") {
			break // a comma ends the leading phrase; that case is read above
		}
		pos = next
	}
	return reported{}, false
}

// sectionLead returns the length of a minute's number that opens a
// sentence ("15.2 ", "5.2 (9.1 - Data Protection Policy) "), with the
// reference in parentheses after it, or 0: a number with a dot inside,
// as minutes number their paragraphs, not a count ("3 members").
func sectionLead(s string) int {
	i := 0
	for i < len(s) && (isDigitByte(s[i]) || s[i] == '.') {
		i++
	}
	if i < 3 || i >= len(s) || s[i] != ' ' || !strings.Contains(s[:i], ".") || !isDigitByte(s[i-1]) && s[i-1] != '.' {
		return 0
	}
	i++
	if i < len(s) && s[i] == '(' {
		if end := strings.IndexByte(s[i:min(len(s), i+80)], ')'); end > 0 && i+end+2 < len(s) && s[i+end+1] == ' ' {
			i += end + 2
		}
	}
	return i
}

// afterLastDash returns the index just after the last spaced dash in s
// (" - ", " – " or " — " and the space after it), or -1, in one pass
// over the bytes (strings.IndexAny with the two dashes took 12% of a
// parse: it decodes every rune). Parish
// and council minutes set a topic off with an en dash as often as with a
// hyphen ("Recycling – bottle bank – Mrs Crisp had attended …").
func afterLastDash(s string) int {
	if strings.IndexByte(s, '-') < 0 && strings.IndexByte(s, 0xE2) < 0 {
		return -1 // most sentences: two vector scans, not a loop over bytes
	}
	d := -1
	for i := 1; i < len(s); i++ {
		w := 0
		switch {
		case s[i] == '-':
			w = 1
		case s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94):
			w = 3 // U+2013 and U+2014, three bytes in UTF-8
		default:
			continue
		}
		if s[i-1] == ' ' && i+w < len(s) && s[i+w] == ' ' {
			d = i + w + 1
		}
		i += w - 1
	}
	return d
}

// reportedAt checks for "Subject verb" at the very start of s.
func reportedAt(s string) (reported, bool) {
	if s == "" || !(isUpperByte(s[0]) || s[0] >= 0x80) {
		return reported{}, false
	}
	w, _ := nextWord(s, 0)
	if subjectOpeners.hasFold(w) {
		if r, ok := specialSubject(s); ok {
			return r, true
		}
		if quantifiers.hasFold(w) {
			return reported{}, false // "Several LSCC board members attended": no one's name
		}
	}
	office := ""
	if rolePrefixWords.has(w) {
		for _, p := range rolePrefixes {
			if strings.HasPrefix(s, p) {
				if !honorifics.hasFold(w) {
					office = p // "Chair Jerdonek": an office, kept with a surname below
				}
				s = s[len(p):]
				break
			}
		}
	} else if officeTitles.hasFold(w) && len(w) < len(s) && s[len(w)] == ' ' {
		office, s = s[:len(w)+1], s[len(w)+1:] // "Vice-Provost Ferrante answered": an office before a name
	} else if officeLead.hasFold(w) {
		n := officeRun(s)
		office, s = s[:n], s[n:] // "General Manager Washington indicated"
	} else if n, title := descriptorRun(s); n > 0 {
		// "Resident Brigette Arden suggested", "Councilmember Juarez said";
		// a description is no title ("New member Graham gave").
		office, s = s[:n], s[n:]
		if !title {
			office = ""
		}
	}
	name, n := splitName(s)
	if office != "" && name != "" && !strings.Contains(name, " ") {
		// A surname keeps its office, as printed ("Chair Jerdonek"): the
		// registry finds the full name behind it when the minutes give one.
		name = office + name
	}
	if name == "" || strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "’s") {
		return reported{}, false
	}
	if v := verbInName(name); v > 0 {
		name, n = name[:v-1], v-1 // "AWB Presents changes" in a title-case heading
	}
	if !strings.Contains(name, " ") && strings.HasSuffix(name, "ed") && strings.HasPrefix(s[n:], ", ") {
		return reported{}, false // "Reviewed, discussed, added comments."
	}
	if asideThenVerb(s[n:]) {
		return reported{kind: lPerson, name: name}, true // "Jari Aaltonen, as liaison officer, presented"
	}
	aff, rest := readAffiliation(s[n:])
	if isVerbAt(s, len(s)-len(rest)) || asideThenVerb(rest) || reportPhrase(rest) {
		// After a modal ("should glow", "would like"), the subject
		// counts only for a person the document names elsewhere: "Miracle Mile should glow" in a
		// commissioner's speech is a street, not a new speaker.
		return reported{kind: lPerson, name: stripTitles(name), aff: aff, weak: modalAt(rest) || isGerund(name) || raisedAt(rest)}, true
	}
	if verbLikeAt(rest, 0) && !strings.HasPrefix(s[n:], ",") {
		// A verb known only by its form; never after a comma ("Alexey,
		// do we need…?" asks Alexey).
		return reported{kind: lPerson, name: stripTitles(name), aff: aff, weak: true}, true
	}
	if other, ok := strings.CutPrefix(rest, " and "); ok && aff == "" {
		// "Mirja and Ted both agreed": a joint turn, given to the first.
		name2, n2 := splitName(other)
		if w, _ := nextWord(other, n2); name2 != "" && !strings.HasSuffix(name2, "'s") && isVerbAt(other, n2) && !weakVerbs.hasFold(w) {
			return reported{kind: lPerson, name: name}, true
		}
	}
	return reported{}, false
}

// asideThenVerb reports ", as liaison officer, presented" after a name
// or its "(Org)": a short lower-case aside set off by commas, then a
// speech verb.
func asideThenVerb(rest string) bool {
	if !strings.HasPrefix(rest, ", ") || len(rest) < 4 {
		return false
	}
	end := strings.Index(rest[2:], ", ")
	if end <= 0 || end > 40 || countWords(rest[2:2+end]) > 5 {
		return false
	}
	if rest[2] >= 'a' && rest[2] <= 'z' {
		return isVerbAt(rest, 2+end+2)
	}
	// "Tom Grushka, Littleton, who identified himself as RTD watch,
	// spoke": a place, then a clause on who the speaker is.
	who := rest[2+end:]
	if !strings.HasPrefix(who, ", who ") || countWords(rest[2:2+end]) > 3 {
		return false
	}
	next := strings.Index(who[2:], ", ")
	return next > 0 && next < 80 && isVerbAt(who, 2+next+2)
}

// subjectOpeners are the first words of unnamed and role subjects.
var subjectOpeners = wordSet(`an unidentified someone somebody a one another the our chairs chair
it we there all several many some other most both everyone everybody councillors members devs developers participants attendees`)

// clauseOpeners start a leading clause before the speaker's name ("On
// behalf of the Internet Society, Gonzalo Camarillo presented").
var clauseOpeners = wordSet(`on before after in at during following responding replying speaking
later finally then also however next again for with as when while regarding about asked
prior upon referring concerning turning returning`)

// specialSubject reads unnamed ("An unidentified participant") and role
// ("The chairs") subjects.
func specialSubject(s string) (reported, bool) {
	head := s[:min(len(s), 40)]
	if head == "" || !isASCII(head) {
		return specialSubjectIn(s, strings.ToLower(head))
	}
	// An ASCII head is folded into a stack buffer: ToLower copied the
	// head of every sentence opening with "The" or "A" to the heap. For
	// ASCII it gives the same bytes.
	var buf [40]byte
	for i := 0; i < len(head); i++ {
		buf[i] = lowerByte(head[i])
	}
	return specialSubjectIn(s, unsafe.String(&buf[0], len(head)))
}

// specialSubjectIn is specialSubject given low, the first 40 bytes of s
// in lower case; low must not be kept, as it may be a stack buffer.
func specialSubjectIn(s, low string) (reported, bool) {
	for _, p := range nullSubjects {
		if strings.HasPrefix(low, p) {
			return reported{kind: lUnknown}, true
		}
	}
	for i, p := range roleSubjects {
		if strings.HasPrefix(low, p) && isVerbAt(s, len(p)) {
			return reported{kind: lRole, name: strings.TrimSpace(s[:len(p)])}, true
		}
		if role := roleCommas[i]; strings.HasPrefix(low, role) {
			return appositive(s[len(role):])
		}
	}
	if r, ok := groupSubject(s, low); ok {
		return r, true
	}
	if strings.HasPrefix(low, "the ") {
		if r, ok := officeReported(s); ok {
			return r, true
		}
		return qualifiedOffice(s)
	}
	if strings.HasPrefix(low, "our ") {
		// "Our chair asked …", "Our Secretary noted …": a community
		// council's minutes name its own officers so. "our " is as long
		// as "the ", so the role subjects' offsets hold.
		for _, p := range roleSubjects {
			if rest, ok := strings.CutPrefix(p, "the "); ok && strings.HasPrefix(low[len("our "):], rest) && isVerbAt(s, len(p)) {
				return reported{kind: lRole, name: strings.TrimSpace(s[:len(p)])}, true
			}
		}
		if r, ok := officeReported("The " + s[len("our "):]); ok && r.kind == lRole {
			r.name = s[:len("our")] + " " + strings.TrimPrefix(r.name, "The ")
			return r, true
		}
	}
	return reported{}, false
}
