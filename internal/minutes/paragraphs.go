package minutes

import (
	"strings"
	"unicode/utf8"
)

// paragraphStart decides who speaks in a paragraph that has no label.
// Order matters: scribe narration ("Discussion of ...", hums) is checked
// before the signs of a continued turn, because an ellipsis in front of
// "discussion of examples" is the scribe's, not the speaker's.
func (t *turnBuilder) paragraphStart(b *block, s string) {
	if b.aside {
		t.setSpeaker(speaker{}, b.level)
		return
	}
	if t.cutSentence && s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return // "…to bring about a" then "sense of normalcy, …": one sentence
	}
	if t.inSpeech() && t.openEnd && !t.prevColon && !t.motionEnd && b.kind == kPara && !isStageDirection(s) {
		// A speech printed one line per paragraph: "…Independent
		// Commission" then "Against Corruption." is one sentence.
		return
	}
	if _, ok := t.reported(firstSentence(s)); ok {
		return // sentences() starts the turn
	}
	if sp, ok := t.introducedBy(s); ok {
		t.setSpeaker(sp.with(bIntroduced), b.level)
		return
	}
	if name, ok := selfIntroduced(s); ok {
		t.setSpeaker(speaker{name: t.reg.resolve(name, t.pos), basis: bIntroduced}, b.level)
		return
	}
	if t.resumes.name != "" && !isNarration(s) {
		t.setSpeaker(t.resumes.with(bResumed), b.level)
		t.direct = true
		return
	}
	switch {
	case strings.HasPrefix(s, ">>"):
		// A speaker mark with no name: somebody the transcriber did not
		// identify ("> > [ Speaker is off microphone ]").
		t.setSpeaker(speaker{}, b.level)
	case b.kind == kItem && b.level > t.curDepth && t.spoken && !hasNarrationCore(s) && (t.curDepth > 0 || b.tight):
		// A nested bullet under a turn is that speaker's point.
	case isNarration(s) && !(t.inSpeech() && !isStageDirection(s) && (!procedural(s) || conjunctionFirst(s))):
		// In a speaker's own words in a verbatim record, only a stage
		// direction ("(Applause)") or the clerk's entry is the
		// transcriber's: "Many of us have parents…" goes on, and so does
		// "And discussions are being held…", as no clerk opens with "And".
		resume := t.interrupted(s)
		t.setSpeaker(speaker{}, b.level)
		t.resumes = resume
	case t.inSpeech():
	case b.kind == kPara && b.level > 0 && t.ownerAt(b.level).name != "" && t.ownerAt(b.level).basis == bLabel:
		// A later paragraph of a speaker's bullet, indented under it, is
		// more of what they said, whatever it says ("For who did not do
		// so yet, please upvote…" under "* __anynomous__ : Welcome…").
		// Only under a label: a bullet of reported speech ("Jane
		// reported…") is the scribe's, whose next paragraph moves on.
		if owner := t.ownerAt(b.level); t.cur.name != owner.name {
			t.setSpeaker(owner.with(bListOwner), b.level)
		}
	case t.presents && t.cur.name != "":
		// The notes of a talk a label announced are the talk.
	case continuesTurn(s):
	case t.prevColon && (b.kind == kItem || b.indent > 0 || t.said && t.reg.transcript()):
	case b.kind == kItem && b.level < t.curDepth && t.ownerAt(b.level).name != "" && isVerbAt(s, 0):
		// Back out of a nested reply to whoever owned this level, when
		// the bullet goes on with what they did ("- Also asked …"). A
		// bullet with a subject or a topic of its own ("- What is open?",
		// "- Securing Critical Projects WG") is not theirs: so it was on
		// every one of 121 words of real minutes that returned to the
		// owner without a verb (six bodies).
		t.setSpeaker(t.ownerAt(b.level).with(bListOwner), b.level)
	case b.kind == kItem && b.level < t.curDepth && t.presenter != "":
		// Back out of a nested reply to the presenter's own bullets.
		t.setSpeaker(speaker{name: t.presenter, basis: bPresenter}, b.level)
		t.spoken = false
	case !t.spoken && t.presenter != "":
		t.setSpeaker(speaker{name: t.presenter, basis: bPresenter}, b.level)
		t.spoken = false
	case t.spoken && t.reg.transcript() && t.carriesOn(s) && !(b.kind == kItem && b.level < t.curDepth):
		// A bullet out of the turn's nesting is the scribe's next point.
	default:
		t.setSpeaker(speaker{}, b.level)
	}
}

// carriesOn decides, in a document of "Name: text" turns, whether an
// unlabeled paragraph is more of the same turn. Scribes write their own
// notes ("Test cases? Yes.", "Announcement of ...") between labeled
// turns, so a paragraph carries on only when the label stood alone
// ("AWB:" then the text), when it speaks in the first or second person
// as only a speaker would, or when the document is a verbatim transcript
// whose turns run over several paragraphs (long turns, or the labels of a
// stenographic transcript).
func (t *turnBuilder) carriesOn(s string) bool {
	return !t.said || firstPerson(s) || t.reg.speechRecord()
}

// interrupted returns the speaker a stage direction interrupts in a
// verbatim record, who speaks again after it, as Hansards and
// stenographic transcripts print "(Interruption)" inside a speech; none
// for any other narration. A second direction keeps the first's speaker.
func (t *turnBuilder) interrupted(s string) speaker {
	switch {
	case !isStageDirection(s) || !t.reg.speechRecord():
		return speaker{}
	case t.inSpeech():
		return t.cur
	case t.cur.name == "":
		return t.resumes
	}
	return speaker{}
}

// firstPerson reports a paragraph that speaks as "I", "we" or "you".
func firstPerson(s string) bool {
	for pos := 0; pos < len(s) && pos < 400; {
		w, next := nextWord(s, pos)
		if personWords.has(trimAny(w, ",.;:!?\"'()")) {
			return true
		}
		if next <= pos {
			break
		}
		pos = next
	}
	return false
}

var personWords = wordSet(`I I'm I've I'd I'll I’m I’ve we We we're We're we've We've our Our us you You you're
You're your Your my My me`)

// endsSentence reports a line that ends a sentence: a full stop, a
// question or exclamation mark, a colon, or a closing quote or bracket.
func endsSentence(l string) bool {
	l = strings.TrimRight(l, " ")
	if l == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(l)
	return strings.ContainsRune(".?!:;)]\"”’*", r)
}

// cutMidPhrase reports a line that stops mid-phrase: on a comma or on a
// word that cannot end a sentence ("…to bring about a", "As a").
func cutMidPhrase(l string) bool {
	l = strings.TrimRight(l, " ")
	if l == "" {
		return false
	}
	if c := l[len(l)-1]; c == ',' {
		return true
	} else if c < 'a' || c > 'z' {
		return false
	}
	w := lastWordOf(l)
	return smallTitleWords.hasFold(w) || phraseWords.hasFold(w)
}

// phraseWords cannot end a sentence: a line that stops on one was cut.
var phraseWords = wordSet(`that which who whose whom is are was were be been being has have had this these those
its their our your his her my we they he she it not no very also than so`)

// continuesTurn reports paragraph openings that carry on the previous
// speaker: ellipses, lower-case starts, and pronouns.
func continuesTurn(s string) bool {
	if s == "" {
		return true
	}
	if strings.HasPrefix(s, "...") || strings.HasPrefix(s, "…") || strings.HasPrefix(s, "(") {
		return true
	}
	if s[0] >= 'a' && s[0] <= 'z' {
		return true
	}
	w, _ := nextWord(s, 0)
	return pronouns.has(w) || enumerators.has(strings.TrimRight(w, ","))
}

var pronouns = wordSet(`He She They His Her Their He's She's`)

// enumerators open the next point of an argument the paragraph before
// announced ("Sébastien answers that there are two aspects to this." then
// "Firstly, inline is necessary…"): the same speaker goes on.
var enumerators = wordSet(`Firstly Secondly Thirdly Fourthly Lastly`)

// isNarration reports paragraph openings that are the scribe's own words:
// polls, hums, decisions and summaries of discussion ("Mixed discussion
// of ...", "Strong hum for"), and asides wholly in parentheses or in
// brackets, the transcriber's stage directions ("[ Applause ]").
func isNarration(s string) bool {
	s = trimLeadDots(s)
	if isStageDirection(s) && !strings.Contains(s[1:], s[:1]) {
		return true // one aside, not "(a) … (b) …"
	}
	w, _ := nextWord(s, 0)
	return narrationWords.hasFold(trimAny(w, "*_.:,()[]")) || procedural(s)
}

// conjunctionFirst reports a paragraph that opens with a conjunction,
// going on with what was said before it.
func conjunctionFirst(s string) bool {
	w, _ := nextWord(s, 0)
	return conjunctions.has(strings.TrimRight(w, ","))
}

// conjunctions open a sentence that goes on from the one before.
var conjunctions = wordSet(`And But So Or Yet Because However Therefore`)

// inSpeech reports a verbatim record's turn under way: a speaker's own
// words, labelled, which run on over paragraphs until the next label.
func (t *turnBuilder) inSpeech() bool {
	return t.direct && t.cur.name != "" && t.reg.speechRecord()
}

// procedural reports the record's own line of procedure: an outcome or a
// motion's word first ("Motion agreed to", "Seconded by …", "Carried"), or
// the clerk's doing in the past tense ("The legislative clerk proceeded").
func procedural(s string) bool {
	w, next := nextWord(s, 0)
	if outcomeLabels.hasFold(trimAny(w, "*_.:,()[]")) {
		// "Agreed with Kriti about design work", under the speaker's
		// name: someone agreeing with someone, not the record's outcome.
		with, _ := nextWord(s, next)
		return with != "with" || strings.ContainsAny(w, ":.,")
	}
	return hasNarrationCore(s) || officePast(s) || houseProcedure(s)
}

// houseProcedure reports the clerk's entries of a Westminster-style
// record between speeches: "Question put, and agreed to.", "Question
// proposed.", "Bill accordingly read a second time", "Adjourned
// accordingly at 5.10 p.m.".
func houseProcedure(s string) bool {
	if s == "" || s[0] != 'Q' && s[0] != 'B' && s[0] != 'A' && s[0] != 'S' && s[0] != 'H' {
		return false // most lines, by their first byte
	}
	w, next := nextWord(s, 0)
	v, _ := nextWord(s, next)
	v = strings.TrimRight(v, ".,:;")
	switch w {
	case "Question":
		return v == "put" || v == "proposed" || v == "accordingly" || v == "agreed"
	case "Bill", "Bills":
		return v == "accordingly" || v == "read"
	case "Adjourned", "Sitting", "House":
		return v == "accordingly" || v == "suspended" || v == "adjourned"
	}
	return false
}

// isStageDirection reports a paragraph wholly in parentheses or
// brackets: the transcriber's note, not a speaker's words.
func isStageDirection(s string) bool {
	s = strings.TrimRight(trimLeadDots(s), " .")
	return strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") || strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]")
}

// hasNarrationCore reports a word of narration among the first three
// words ("Mixed discussion of", "Strong hum for").
func hasNarrationCore(s string) bool {
	s = trimLeadDots(s)
	pos := 0
	for i := 0; i < 3 && pos < len(s); i++ {
		w, next := nextWord(s, pos)
		w = strings.TrimSuffix(trimAny(w, "*_.:,()[]"), "…")
		if narrationCores.hasFold(w) {
			return true
		}
		if i == 0 && len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && !ingPrepositions.hasFold(w) {
			return false // "Reading discussion and literature…": a doer's verb, the discussion its object
		}
		pos = next
	}
	return false
}

// ingPrepositions end in -ing but do nothing: "Following discussion on
// the fountain, Members…" is narration.
var ingPrepositions = wordSet(`following during concerning regarding including pending according`)

var narrationWords = wordSet(`discussion discussions hum humming hummed consensus question questions who
no room general more some several many poll show sense straw`)

// narrationCores mark narration anywhere in the first words.
var narrationCores = wordSet(`discussion discussions hum hums humming hummed poll`)

// opensTalk reports remark text that announces a talk by its speaker
// ("presentation on changes since -01", "(Presenting slides)").
func opensTalk(s string) bool {
	w, _ := nextWord(s, 0)
	return talkWords.hasFold(strings.Trim(w, "(*_"))
}

// talkWords open the text of a label that announces a talk.
var talkWords = wordSet(`presentation presenting presents presented slides`)

// ownItem records the speaker of a bullet as the owner of its level, and
// forgets the levels under it; any other block but an item's later
// paragraph ends the list.
func (t *turnBuilder) ownItem(b *block) {
	if b.kind == kPara && b.level > 0 {
		// A later paragraph of a list item: the item goes on, and so
		// does its owner; the bullets nested above it are over.
		clear(t.owners[min(b.level, len(t.owners)-1)+1:])
		return
	}
	if b.kind != kItem {
		t.owners = [8]speaker{}
		return
	}
	lvl := min(max(b.level, 0), len(t.owners)-1)
	t.owners[lvl] = t.cur
	clear(t.owners[lvl+1:])
}

// ownerAbove returns the name of the nearest speaker who owns a list
// level above lvl (a bullet this one is nested under), or "".
func (t *turnBuilder) ownerAbove(lvl int) string {
	for l := min(lvl, len(t.owners)) - 1; l >= 0; l-- {
		if t.owners[l].name != "" {
			return t.owners[l].name
		}
	}
	return ""
}

// ownerAt returns the owner of list level lvl, if any.
func (t *turnBuilder) ownerAt(lvl int) speaker {
	return t.owners[min(max(lvl, 0), len(t.owners)-1)]
}
