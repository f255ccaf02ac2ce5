package minutes

import "strings"

// Minutes report speech with any verb a writer reaches for ("Mirja chimes
// in", "Stephen brings up", "Colin recalls", "Tomasz ideates", "Stephen
// doesn't agree"): no list of speech verbs is ever complete. What they
// share is their grammar: a person as the subject, then a finite verb.
// verbLikeAt reads that verb by its form; whether the subject is a person
// is the registry's to say (registry.person), as a name it knows from
// the attendance, a legend or a label.

// auxiliaries are finite verbs with no telling ending.
var auxiliaries = wordSet(`is was are were has had have does did do would can could should
may might must wants want plans hopes likes prefers needs cannot isn't wasn't doesn't didn't won't
can't couldn't wouldn't shouldn't hasn't hadn't
read wrote spoke thought felt told gave took made went came brought sought left met led sent put set
kept held drew saw knew understood began ran won lost`)

// notVerbs end in "s" or "ed" without being a verb after a name: "Colin's
// slides" is caught by the apostrophe, these by the list.
var notVerbs = wordSet(`this his its was has is as us thus plus less unless across always perhaps
towards afterwards regardless whereas besides yes news series species analysis basis bias
chaos status focus bonus census campus thesis axis virus corpus process access progress address
red bed need seed speed feed indeed embed hundred`)

// verbLikeAt reports a finite verb as the next word of s at i, allowing
// up to two adverbs ("also", "then", "strongly") before it: a known
// speech verb, an auxiliary, a negated form ("doesn't"), or a lower-case
// word ending like a third-person or past verb ("chimes", "recalled").
func verbLikeAt(s string, i int) bool {
	for tries := 0; tries < 3; tries++ {
		w, next := nextWord(s, i)
		w = trimRightAny(w, ",.:;")
		if w == "" || w[0] < 'a' || w[0] > 'z' {
			return false
		}
		if speechVerbs.has(w) || auxiliaries.has(w) || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
		if isAdverb(w) {
			i = next
			continue
		}
		return verbForm(w)
	}
	return false
}

// pastAt reports a past-tense verb as the next word of s at i ("We
// discussed", "We had an extensive discussion"), allowing an adverb.
func pastAt(s string, i int) bool {
	w := verbAfterAdverb(s, i)
	return len(w) > 4 && strings.HasSuffix(w, "ed") && verbForm(w) || irregularPasts.has(w)
}

// isAdverb reports a word that may stand between a subject and its verb
// ("Mirja quickly agreed").
func isAdverb(w string) bool {
	return adverbs.has(w) || len(w) > 4 && strings.HasSuffix(w, "ly")
}

// verbAfterAdverb returns the word of s at i, or the one after it when
// it is an adverb, without trailing punctuation: where the verb stands.
func verbAfterAdverb(s string, i int) string {
	w, next := nextWord(s, i)
	if isAdverb(w) {
		w, _ = nextWord(s, next)
	}
	return trimRightAny(w, ",.;:")
}

// irregularPasts are past tenses a scribe writes of the room.
var irregularPasts = wordSet(`had went took made began ran spent came saw heard read said`)

// verbForm reports a lower-case word shaped like a third-person present
// or a past-tense verb.
func verbForm(w string) bool {
	if len(w) < 4 || notVerbs.has(w) || strings.ContainsAny(w, "'’-") {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	switch {
	case strings.HasSuffix(w, "ed"):
		return len(w) > 4
	case strings.HasSuffix(w, "s"):
		return !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "ics")
	}
	return false
}

// person reports a name the document gives as a person's: a legend's
// short form, a full name it lists or quotes elsewhere, a short form of
// one, or a name used as a speaker label.
func (r *registry) person(name string, pos int) bool {
	p := strings.TrimSpace(name)
	if p == "" {
		return false
	}
	if _, ok := r.alias[r.lower(p)]; ok {
		return true
	}
	if strings.Contains(p, " ") {
		// Named elsewhere than in this very sentence: "Collier Turf had
		// sprayed the ground" names a firm the minutes never list.
		ps := r.mentions[p]
		return len(ps) > 1 || len(ps) == 1 && ps[0] != pos || r.longerName(p) != ""
	}
	return r.uses[r.lower(p)] > 0 || r.resolve(p, pos) != p || r.listedAlone[r.lower(p)]
}

// Minutes of councils and boards record what the body did as a whole
// ("The councillors agreed that…", "It was noted that…", "Several devs
// agree…"): the scribe's narration, not any one person's turn. Read as a
// subject, such a sentence hands the turn to nobody.

// groupNouns head a subject that is a group of people, not one of them.
var groupNouns = wordSet(`councillors councilors members member council committee board group meeting
directors trustees devs developers participants attendees everyone everybody all others couple
villagers villager residents resident parishioners delegates people team motion motions`)

// groupDeterminers may precede a group noun ("the", "all the", "other").
var groupDeterminers = wordSet(`the all several many some other most both a`)

// impersonalVerbs follow "It was" in the record of a decision.
var impersonalVerbs = wordSet(`agreed noted resolved decided felt suggested proposed reported confirmed
recommended accepted understood acknowledged recognised recognized observed announced explained stated
requested`)

// groupSubject reads a group as the subject of s ("The parish councillors
// voted", "All councillors noted", "A member of the public asked") or an
// impersonal record ("It was agreed that"); low is the head of s in
// lower case. It returns an unidentified speaker, marked as a group.
func groupSubject(s, low string) (reported, bool) {
	for _, p := range impersonalOpeners {
		if rest, ok := strings.CutPrefix(low, p); ok {
			w, next := nextWord(rest, 0)
			if w == "then" || w == "also" || w == "further" || w == "generally" {
				w, _ = nextWord(rest, next) // "It is then noted that…"
			}
			return reported{kind: lUnknown, group: true}, impersonalVerbs.has(trimRightAny(w, ",.;:"))
		}
	}
	if rest, ok := cutPrefixFold(low, "there "); ok {
		// "There is general agreement that…", "There was no objection."
		w, next := nextWord(rest, 0)
		if w == "is" || w == "was" || w == "were" {
			for k := 0; k < 3; k++ {
				w, next = nextWord(rest, next)
				if consensusWords.has(trimRightAny(w, ",.;:")) {
					return reported{kind: lUnknown, group: true}, true
				}
			}
		}
		return reported{}, false
	}
	if strings.HasPrefix(low, "we ") && (pastAt(s, 3) || roomDecides(s, 3)) {
		// "We discussed…": the scribe writing for the room, in the past
		// tense; "We should…" is a speaker's own. In a verbatim record,
		// or inside a paragraph, it is always the speaker's (see accept,
		// midTurn).
		return reported{kind: lUnknown, name: "we", group: true}, true
	}
	pos := 0
	// Determiners and qualifiers: "All the", "The parish", "Other".
	for words := 0; words < 3; words++ {
		w, next := nextWord(s, pos)
		if !groupDeterminers.hasFold(w) && !groupQualifiers.hasFold(w) {
			break
		}
		pos = next
	}
	w, next := nextWord(s, pos)
	if !groupNouns.hasFold(trimRightAny(w, ",")) {
		return reported{}, false
	}
	if rest, ok := strings.CutPrefix(s[next:], "of the public "); ok {
		next = len(s) - len(rest) // "A member of the public asked"
	}
	return reported{kind: lUnknown, group: true, state: stateAt(s, next)}, pluralVerbAt(s, next)
}

// stateAt reports a present-tense verb at s[i] that is not one of the
// verbs minutes record decisions with ("agrees", "notes", "resolves").
func stateAt(s string, i int) bool {
	w := verbAfterAdverb(s, i)
	switch w {
	case "is", "are", "has", "have", "meets", "meet":
		return true
	}
	return strings.HasSuffix(w, "s") && verbForm(w) && !speechVerbs.has(w) && !decisionVerbs.has(w)
}

// decisionVerbs record what a body decided, in any tense.
var decisionVerbs = wordSet(`agrees approves accepts adopts resolves decides endorses rejects declines
confirms recommends notes receives authorises authorizes requests votes elects appoints`)

// roomDecides reports "we agree", "we conclude", "we decide" at s[i]: a
// summary's record of what the room settled, in the present tense.
func roomDecides(s string, i int) bool {
	switch verbAfterAdverb(s, i) {
	case "agree", "conclude", "decide", "resolve":
		return true
	}
	return false
}

// consensusWords end "There is general agreement" and its kin.
var consensusWords = wordSet(`agreement consensus support objection objections disagreement opposition
discussion concern concerns interest`)

// impersonalOpeners open the impersonal record of a decision.
var impersonalOpeners = [...]string{"it was ", "it is ", "it has been "}

// groupQualifiers may stand between a determiner and a group noun.
var groupQualifiers = wordSet(`parish city town county other remaining present several many few`)
