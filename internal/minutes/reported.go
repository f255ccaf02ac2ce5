package minutes

import (
	"strings"
	"unsafe"
)

// speechVerbs are the verbs of reported speech and of acting in a meeting
// that follow a speaker's name in prose minutes ("X said that ...").
var speechVerbs = wordSet(`said says say asked asks ask asking replied replies reply replying
noted notes noting observed observes observing suggested suggests suggesting agreed agrees agreeing
added adds adding clarified clarifies clarifying reported reports reporting presented presents presenting
welcomed welcomes recognized recognised thanked thanks thanking briefed updated reminded announced announces
delivered encouraged encourages expressed expresses referred refers reiterated reiterates commented comments commenting
explained explains explaining argued argues arguing raised raises raising responded responds responding
confirmed confirms confirming proposed proposes proposing mentioned mentions mentioning stated states stating
wondered wonders questioned questions answered answers answering emphasized emphasised emphasizes emphasises
disagreed disagrees objected objects supported supports supporting opposed opposes countered counters
pointed points pointing described describes describing summarized summarised summarizes summarises
indicated indicates indicating stressed stresses highlighted highlights requested requests requesting
offered offers offering volunteered volunteers believes believed thinks thought felt feels
agreed. seconded seconds seconding cautioned cautions warned warns recommended recommends recommending
urged urges invited invites introduced introduces introducing showed shows showing gave gives giving
went goes walked walks led leads opened opens closed closes concluded concludes closing
remarked remarks remarking speaking spoke speaks talked talks talking discussed discusses discussing
shared shares sharing demonstrated demonstrates claimed claims insisted insists inquired inquires
queried queries challenged challenges acknowledged acknowledges accepted accepts expected expects
hoped hopes wanted wants would can could should had has was is did does made makes
notifies notified informed informs told tells explained. wished wishes proposed. followed follows
continued continues repeated repeats restated restates elaborated elaborates corrected corrects
called apologised apologized apologises apologizes undertook undertakes
promised promises took takes came comes stepped steps approached approaches moved moves
objecting echoed echoes started starts began begins concurred concurs affirmed affirms mentioned. responded. replied.
conclude note ask agree suggest propose explain state request respond reply think feel believe want
prefer recommend confirm decide decided`)

// actVerbs are the verbs of speechVerbs that say what someone did rather
// than said ("started", "opened", "moved"): after an unknown one-word
// subject they are no evidence of a person ("Node started to ignore",
// "School started on the 20th").
var actVerbs = wordSet(`went walked led opened closed concluded started began took came stepped approached moved
followed continued called showed gave made expected accepted wanted shared demonstrated introduced
delivered welcomed recognized recognised updated offered supported opposed volunteered`)

// weakVerbs need a following word to read as speech ("Name had a concern",
// "Name is concerned"): on their own they are too often narration.
var weakVerbs = wordSet(`would will can could should had has was is did does made makes took takes came comes went goes moved moves`)

// attitudes after "was" make a speaker's view: "was concerned that",
// "was reluctant to". "Was not" and "was in" are left out: they as often
// say where someone was ("was not present", "was in Paris").
var attitudes = wordSet(`concerned worried unsure uncertain skeptical sceptical supportive opposed
pleased happy unhappy reluctant keen eager hesitant doubtful confident`)

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
}

// findReported reads the speaker of a sentence of reported speech: a name
// (with an optional affiliation) followed by a speech verb, at the start of
// the sentence or after a leading clause ("On behalf of X, Name presented").
func findReported(sent string) (reported, bool) {
	// "-- JR thinks we should…": scribes set off a line with dashes.
	sent = strings.TrimPrefix(sent, "-- ")
	if strings.HasPrefix(sent, "**") || strings.HasPrefix(sent, "__") {
		return boldSubject(sent)
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
	if d := lastDash(sent[:min(len(sent), 90)]); d > 0 {
		if r, ok := reportedAt(sent[d+3:]); ok && r.kind == lPerson {
			return r, true
		}
	}
	if w, _ := nextWord(sent, 0); !clauseOpeners.hasFold(w) {
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
	return reported{}, false
}

// lastDash returns the index of the last " - " in s, or -1: found from
// the hyphens (rare in prose) rather than by matching at every byte.
func lastDash(s string) int {
	d := -1
	for off := 0; ; {
		k := strings.IndexByte(s[off:], '-')
		if k < 0 {
			return d
		}
		i := off + k
		if i > 0 && s[i-1] == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			d = i - 1
		}
		off = i + 1
	}
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
	}
	if rolePrefixWords.has(w) {
		for _, p := range rolePrefixes {
			if strings.HasPrefix(s, p) {
				s = s[len(p):]
				break
			}
		}
	} else if officeTitles.hasFold(w) && len(w) < len(s) && s[len(w)] == ' ' {
		s = s[len(w)+1:] // "Vice-Provost Ferrante answered": an office before a name
	}
	name, n := splitName(s)
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
	if isVerbAt(s, len(s)-len(rest)) || asideThenVerb(rest) {
		return reported{kind: lPerson, name: stripTitles(name), aff: aff}, true
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

// boldSubject reads a sentence whose subject is set in bold: "**Tor
// Lindahl** thinks the TTL is too short", "**Mele Tupou** +1".
func boldSubject(sent string) (reported, bool) {
	m := sent[:2]
	end := strings.Index(sent[2:], m)
	if end <= 0 || end > 80 {
		return reported{}, false
	}
	name, rest := sent[2:2+end], sent[2+end+2:]
	if first, _, ok := strings.Cut(name, ", "); ok && isNameList(name) {
		name = first // "**Michael, Tomasz, Beiko** exchange thoughts"
	}
	if !isPersonName(name) && !isInitials(name) {
		return reported{}, false
	}
	if t := strings.TrimSpace(rest); strings.HasPrefix(t, "+1") || strings.HasPrefix(t, "-1") {
		return reported{kind: lPerson, name: name, marked: true}, true
	}
	aff, rest := readAffiliation(rest)
	if isVerbAt(rest, 0) || verbLikeAt(rest, 0) || asideThenVerb(rest) || jointVerbAt(rest) {
		return reported{kind: lPerson, name: name, aff: aff, marked: true}, true
	}
	return reported{}, false
}

// jointVerbAt reads " and **Ansgar** share", " and others highlight", ",
// **B** and **C** think" after a first subject: more subjects, then a
// verb, which agrees with them in the plural.
func jointVerbAt(rest string) bool {
	pos := 0
	for joined := false; ; joined = true {
		switch {
		case strings.HasPrefix(rest[pos:], " and "):
			pos += len(" and ")
		case strings.HasPrefix(rest[pos:], ", "):
			pos += len(", ")
		default:
			return joined && pluralVerbAt(rest, pos)
		}
		if strings.HasPrefix(rest[pos:], "**") {
			end := strings.Index(rest[pos+2:], "**")
			if end <= 0 || !isPersonName(rest[pos+2:pos+2+end]) {
				return false
			}
			pos += 2 + end + 2 // "and **Tomasz Stanczak** both suggest"
			continue
		}
		w, next := nextWord(rest, pos)
		if w == "others" {
			return pluralVerbAt(rest, next) // "and others highlight"
		}
		name, n := splitName(rest[pos:])
		if name == "" {
			return false
		}
		pos += n
	}
}

// pluralVerbAt reports a verb at s[i:] that agrees with a plural subject
// ("share", "think", "agree") or any verb verbLikeAt reads.
func pluralVerbAt(s string, i int) bool {
	if verbLikeAt(s, i) {
		return true
	}
	w, next := nextWord(s, i)
	if adverbs.has(w) || len(w) > 4 && strings.HasSuffix(w, "ly") {
		w, _ = nextWord(s, next)
	}
	w = trimRightAny(w, ",.;:")
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && (speechVerbs.has(w) || speechVerbs.has(w+"s") || speechVerbs.has(w+"es"))
}

// boldLater reads a subject set in bold after a leading clause ("Adding
// to Ropsten issues, **Dragan Rakita** says…", "So, **Tomasz** ideates…",
// "However, **Danny, Mikhail** and **Ansgar** share…").
func boldLater(sent string) (reported, bool) {
	i := strings.Index(sent[:min(len(sent), 120)], "**")
	if i <= 0 {
		return reported{}, false
	}
	lead := strings.TrimSpace(sent[:i])
	if !strings.HasSuffix(lead, ",") && !leadWords.hasFold(lead) {
		return reported{}, false
	}
	return boldSubject(sent[i:])
}

// leadWords open a sentence before its subject without a comma ("So
// **Tomasz** ideates", "Then **Beiko** asks").
var leadWords = wordSet(`so then and but also finally however still now later meanwhile`)

// asideThenVerb reports ", as liaison officer, presented" after a name
// or its "(Org)": a short lower-case aside set off by commas, then a
// speech verb.
func asideThenVerb(rest string) bool {
	if !strings.HasPrefix(rest, ", ") || len(rest) < 4 || rest[2] < 'a' || rest[2] > 'z' {
		return false
	}
	end := strings.Index(rest[2:], ", ")
	if end <= 0 || end > 40 || countWords(rest[2:2+end]) > 5 {
		return false
	}
	return isVerbAt(rest, 2+end+2)
}

// subjectOpeners are the first words of unnamed and role subjects.
var subjectOpeners = wordSet(`an unidentified someone somebody a one another the chairs chair
it we there all several many some other most both everyone everybody councillors members devs developers participants attendees`)

// clauseOpeners start a leading clause before the speaker's name ("On
// behalf of the Internet Society, Gonzalo Camarillo presented").
var clauseOpeners = wordSet(`on before after in at during following responding replying speaking
later finally then also however next again for with as when while regarding about asked`)

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
		return officeReported(s)
	}
	return reported{}, false
}

// appositive reads the name after a role ("The chair, Gert Doering,
// opened the session"): a full name set off by commas, then the verb.
func appositive(s string) (reported, bool) {
	name, n := splitName(s)
	if countWords(name) < 2 || !strings.HasPrefix(s[n:], ", ") || !isVerbAt(s, n+2) {
		return reported{}, false
	}
	return reported{kind: lPerson, name: name}, true
}

// readAffiliation reads " from Org", " (Org)" or ", Org," after a name and
// returns the affiliation and the rest of the sentence.
func readAffiliation(s string) (string, string) {
	switch {
	case strings.HasPrefix(s, " ("):
		if end := strings.IndexByte(s, ')'); end > 0 && end < 60 {
			return cleanAffiliation(s[2:end]), s[end+1:]
		}
	case strings.HasPrefix(s, " from ") || strings.HasPrefix(s, " of "):
		sp := strings.IndexByte(s[1:], ' ') + 1
		org, n := splitOrg(s[sp+1:])
		if org != "" {
			return org, s[sp+1+n:]
		}
	case strings.HasPrefix(s, ", "):
		if end := strings.Index(s[2:], ", "); end > 0 && end < 40 {
			org := s[2 : 2+end]
			if isOrgLike(org) {
				return org, s[2+end+1:]
			}
		}
		return "", s[1:]
	}
	return "", s
}

// splitOrg reads an organisation name: capitalised or all-caps words.
func splitOrg(s string) (string, int) {
	pos, end := 0, 0
	for words := 0; words < 5 && pos < len(s); words++ {
		w, next := nextWord(s, pos)
		bare := trimRightAny(w, ",.;:")
		if bare == "" || !(isUpperByte(bare[0]) || bare[0] >= '0' && bare[0] <= '9') {
			break
		}
		end = pos + len(bare)
		if len(bare) != len(w) {
			break
		}
		pos = next
	}
	return s[:end], end
}

// isOrgLike reports a short capitalised phrase that can be an organisation.
func isOrgLike(s string) bool {
	org, n := splitOrg(s)
	return org != "" && n == len(s) && !notNameWords.hasFold(org) // "Mr. Speaker, Sir," addresses
}

// isVerbAt reports a speech verb as the next word of s at i, allowing an
// adverb ("also", "then") before it.
func isVerbAt(s string, i int) bool {
	for tries := 0; tries < 2; tries++ {
		w, next := nextWord(s, i)
		w = trimRightAny(w, ",.:;")
		if speechVerbs.hasFold(w) {
			w = strings.ToLower(w)
			if weakVerbs.has(w) {
				n2, _ := nextWord(s, next)
				if w == "was" && attitudes.hasFold(n2) {
					return true // "Celeste was concerned that…"
				}
				return n2 != "" && n2 != "the" && !strings.HasSuffix(w, "s") || w == "had" || w == "would"
			}
			return true
		}
		if !adverbs.hasFold(w) {
			return false
		}
		i = next
	}
	return false
}

// adverbs may stand between a subject and its speech verb.
var adverbs = wordSet(`also then further again later briefly first finally strongly quickly
additionally afterwards subsequently next once still really simply just both then, however`)

// verbInName finds a capitalised speech verb inside a name read from a
// title-case heading ("AWB Presents ..."), returning its offset or 0.
func verbInName(name string) int {
	for i := 1; i < len(name); i++ {
		if name[i-1] != ' ' {
			continue
		}
		w, _ := nextWord(name, i)
		if speechVerbs.hasFold(w) && !weakVerbs.hasFold(w) {
			return i
		}
	}
	return 0
}
