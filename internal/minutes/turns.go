package minutes

import (
	"strings"
)

// speaker is who a turn is attributed to; empty name means nobody.
type speaker struct {
	name string
	aff  string
}

// turnBuilder walks classified blocks and cuts them into remarks under
// agenda items. It carries the current speaker across lines and blocks,
// because minutes often continue a turn in the next line or paragraph.
type turnBuilder struct {
	reg      *registry
	items    []Item
	cur      speaker
	curDepth int // list depth of the block that started the current turn
	// presenter is the speaker named for the current item ("Presenter:"),
	// who owns unlabeled text until someone else speaks.
	presenter string
	spoken    bool // a turn has started in the current item
	said      bool // the current turn has some text
	inBody    bool // the header region is over
	pos       int  // index of the block being read
	prevColon bool // the previous block ended with ':' (a list follows)
	// cutSentence tells that the previous block stopped mid-phrase, on a
	// comma or a word such as "a" or "the", as text converted from print
	// breaks at every line: the next paragraph goes on with the sentence.
	cutSentence bool
	// openEnd tells that the previous block did not end a sentence.
	openEnd bool
	// presents tells a labelled turn that opens a talk ("EKR: presentation
	// on changes since -01"): the unlabeled notes that follow are the
	// talk's content, until someone else speaks.
	presents bool
	// actions is set by an "Action items:" line and holds for the list
	// under it, whose "Name: task" items assign work, not say anything.
	actions bool
	// owners holds, per list level, the speaker of the last bullet at
	// that level: a bullet that steps back out of a nested reply returns
	// to the one who owned its level ("Ted Lemon:" then "- Asked ...",
	// "  - Jari: ...", "- Also asked ...").
	owners [8]speaker
	// rows counts the lines of the current block that open with a label:
	// a block of several is written one turn per line.
	rows int
	// scribes are the chat nicks named by "scribe:" commands, whose
	// lines relay what others say ("<greta> Jun: is this ...").
	scribes []string
	// direct tells a turn opened by a label: its text is the speaker's
	// own words, where "Nell has limited time" or "We discussed" is
	// what they say, not the scribe reporting someone else.
	direct bool
	// relay is the speaker a scribe's line last named: the scribe's
	// "..." lines go on with that speaker, whatever was said between.
	relay speaker
	// open is the turn being read: its text lines.
	open []string
	// remarks holds the remarks of all items in order, and starts the
	// index in it where each item's remarks begin: one slice for the
	// document grows far less than one per item (see items).
	remarks []Remark
	starts  []int
	// names holds the Speaker strings of the remarks, which point into
	// it: one allocation per chunk instead of one per remark (a heap
	// string per remark was a seventh of a parse's allocations). Each
	// remark still gets a string of its own, never one shared with
	// another remark.
	names []string
}

// newTurnBuilder starts a document of about n blocks (a capacity hint).
func newTurnBuilder(reg *registry, n int) *turnBuilder {
	return &turnBuilder{reg: reg, items: []Item{{Depth: 1}}, starts: []int{0}, remarks: make([]Remark, 0, n/2+8)}
}

// finish ends the last turn and returns the items with their remarks.
func (t *turnBuilder) finish() []Item {
	t.flush()
	for i := range t.items {
		end := len(t.remarks)
		if i+1 < len(t.starts) {
			end = t.starts[i+1]
		}
		if t.starts[i] < end {
			t.items[i].Remarks = t.remarks[t.starts[i]:end:end]
		}
	}
	return t.items
}

// startItem opens a new agenda item: the speaker is reset, since minutes
// name whoever speaks first under a new heading.
func (t *turnBuilder) startItem(sh shape) {
	t.flush()
	t.items = append(t.items, Item{Number: sh.number, Title: sh.title, Depth: max(sh.depth, 1)})
	t.starts = append(t.starts, len(t.remarks))
	t.cur = speaker{}
	t.owners = [8]speaker{}
	t.reg.itemStart = t.pos
	t.presenter = t.presenterFromTitle(sh.title)
	t.spoken = false
	t.inBody = true
}

// setSpeaker ends the open turn and starts one by sp.
func (t *turnBuilder) setSpeaker(sp speaker, depth int) {
	t.flush()
	t.cur = sp
	t.presents = false
	t.direct = false
	if sp.name != "" {
		t.reg.spoke[sp.name] = t.pos
	}
	t.curDepth = depth
	t.spoken = true
	t.said = false
}

// add appends text to the open turn.
func (t *turnBuilder) add(s string) {
	if s = strings.TrimSpace(s); s != "" {
		t.open = append(t.open, s)
		t.said = true
	}
}

// flush emits the open turn as a remark if it holds any text.
func (t *turnBuilder) flush() {
	if len(t.open) == 0 {
		return
	}
	text := strings.Join(t.open, "\n")
	t.open = t.open[:0]
	r := Remark{Text: text}
	if t.cur.name != "" {
		r.Speaker = t.nameSlot(t.reg.display(t.cur.name))
	}
	if t.cur.aff != "" {
		a := t.cur.aff
		r.Affiliation = &a
	}
	t.remarks = append(t.remarks, r)
}

// nameSlot stores n in the current chunk of names and returns its
// address. A full chunk is left as it is, since remarks point into it,
// and a new one is started.
func (t *turnBuilder) nameSlot(n string) *string {
	if len(t.names) == cap(t.names) {
		t.names = make([]string, 0, 64)
	}
	t.names = append(t.names, n)
	return &t.names[len(t.names)-1]
}

// block reads one body block line by line.
func (t *turnBuilder) block(b *block) {
	if b.kind == kCode {
		t.add(b.text())
		t.flush()
		return
	}
	if b.kind != kItem {
		t.actions = false // a list of actions ends with the list
	}
	t.rows = b.turnRows()
	for li, line := range b.logicalLines() {
		t.line(b, li, line)
		if li == 0 {
			t.ownItem(b)
		}
	}
	t.flush()
	last := b.lines[len(b.lines)-1]
	t.prevColon = strings.HasSuffix(last, ":")
	t.cutSentence = cutMidPhrase(last)
	t.openEnd = !endsSentence(last)
}

// line reads one line: a label starts a turn, otherwise the line continues
// or (at a paragraph start) the paragraph rules decide the speaker; then
// reported speech inside the line may hand the turn to someone else.
func (t *turnBuilder) line(b *block, li int, line string) {
	if isMetaLine(line) || strings.HasPrefix(line, "|") && strings.HasSuffix(line, "|") {
		return // a bare link, or a table row (attendee tables are read by the registry)
	}
	if l, ok := t.labelOf(b, li, line); ok && !t.wrappedWord(b, li, l) {
		t.labelled(b, li, line, t.relayed(line, l))
		return
	}
	if li == 0 {
		// A paragraph with no label is the speaker's own words only in
		// a verbatim record; elsewhere it may be the scribe's.
		t.direct = t.direct && (t.reg.verbatim() || t.reg.stenographic())
	} else {
		t.cutSentence = false // only a block follows a block
	}
	if li == 0 && t.nameAlone(b, line) {
		return
	}
	if li == 0 || b.newRow(li, t.rows) {
		// After a paragraph cut off mid-sentence, "Government, we
		// coordinated…" goes on with that sentence: no name and comma.
		if sp, n, ok := t.commaLabel(line, li == 0 && t.openEnd && b.kind == kPara); ok && !(li == 0 && t.cutSentence && b.kind == kPara) {
			t.setSpeaker(sp, b.level)
			t.sentences(b, li, n, false)
			return
		}
		t.paragraphStart(b, line)
	}
	t.sentences(b, li, 0, true)
}

// nameAlone reads a bullet that is only a person's name ("* Brendan",
// "* Clayton --") over bullets of what that person said: the speaker,
// as a label with its text below. Only a person the document names
// elsewhere counts ("* Administrivia" is a topic).
func (t *turnBuilder) nameAlone(b *block, line string) bool {
	if b.kind != kItem || len(b.lines) != 1 {
		return false
	}
	name := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(line), "-–—:"))
	if name == "" || countWords(name) > 3 || !isPersonName(name) || strings.ContainsRune(name, '.') {
		return false
	}
	full := t.reg.resolve(name, t.pos)
	if full == name && !(strings.Contains(name, " ") && t.reg.person(name, t.pos)) {
		return false // a first name must stand for someone the document names in full
	}
	t.setSpeaker(speaker{name: full}, b.level)
	t.direct = true
	return true
}

// wrappedWord reports a lower-case "word:" that opens a line of a
// verbatim record only because the sentence before it wrapped there
// ("…this great nation was" over "founded: freedom, liberty…"): no
// handle's label. Notes, whose lines often stop mid-phrase, keep theirs.
func (t *turnBuilder) wrappedWord(b *block, li int, l label) bool {
	if li == 0 || l.kind != lPerson || !isNick(l.name) || li >= len(b.lines) || !(t.reg.verbatim() || t.reg.stenographic()) {
		return false
	}
	line := b.lines[li]
	return strings.HasPrefix(line, l.name+":") && cutMidPhrase(b.lines[li-1]) // not "<nick> …" chat lines
}

// assigned reads a labelled item of a list under "Action items:" ("- EKR:
// publish -03"): work assigned, not said, so nobody's turn.
func (t *turnBuilder) assigned(b *block, li int, l label) bool {
	if !t.actions || b.kind != kItem || l.kind != lPerson && l.kind != lRole {
		return false
	}
	t.setSpeaker(speaker{}, b.level)
	t.sentences(b, li, int(l.textStart), false)
	return true
}

// labelled reads a line that opens with label l: a person, role or
// unidentified speaker starts a turn after the label; an outcome is
// narration; metadata is not remark text; a topic key keeps the text
// with whoever the paragraph rules find.
func (t *turnBuilder) labelled(b *block, li int, line string, l label) {
	if l.kind == lPerson && (l.bold || l.bracket) && !t.reg.plausible(l.name, t.pos) && !t.reg.formUsed(l, line) {
		l.kind = lKey // "**Status:**" is a topic, not a person
	}
	if t.assigned(b, li, l) {
		return
	}
	switch l.kind {
	case lMeta:
		if p := strings.ToLower(l.name); strings.HasPrefix(p, "presenter") || strings.HasPrefix(p, "speaker") {
			t.presenter = t.personIn(line[l.textStart:])
		} else if p == "scribe" && t.inBody && proseAfterKey(line[l.textStart:]) {
			// "scribe: then we can publish as many drafts as we want":
			// the scribe writing the discussion down, not naming a scribe.
			t.keyLine(b, li, line, label{kind: lKey, name: l.name, textStart: l.textStart})
		}
	case lKey:
		t.keyLine(b, li, line, l)
	case lPerson:
		if isBotName(l.name) || isChatCommand(line[l.textStart:]) {
			t.setSpeaker(speaker{}, b.level) // a chat bot or a command to one
			t.sentences(b, li, int(l.textStart), false)
			return
		}
		if t.nameListKey(l, line[l.textStart:]) {
			t.sentences(b, li, 0, false)
			return
		}
		t.setSpeaker(speaker{name: t.reg.resolve(l.name, t.pos), aff: l.aff}, b.level)
		t.presents = opensTalk(line[l.textStart:])
		t.direct = true
		t.sentences(b, li, int(l.textStart), false)
	case lRole:
		if isRoster(l, line) {
			return
		}
		who := speaker{name: t.reg.holderOf(l.name)}
		if l.name == presenterRole {
			who = speaker{name: t.presenter} // "A (presenter):", nobody when no presenter is known
		}
		t.setSpeaker(who, b.level)
		t.direct = true
		t.sentences(b, li, int(l.textStart), false)
	case lUnknown:
		t.setSpeaker(speaker{aff: l.aff}, b.level)
		t.direct = true
		t.sentences(b, li, int(l.textStart), false)
	case lOutcome:
		t.setSpeaker(speaker{}, b.level)
		t.sentences(b, li, 0, false)
		if strings.TrimSpace(line[l.textStart:]) == "" && strings.HasPrefix(strings.ToLower(l.name), "action") {
			t.actions = true // "Action items:" over a list
		}
	}
}

// proseAfterKey reports text after a key that is a sentence rather than a
// list of names or nicks ("lucy_t (first half), peterm (second half)").
func proseAfterKey(s string) bool {
	if countWords(s) < 4 {
		return false
	}
	for _, part := range strings.Split(stripParens(s), ",") {
		if countWords(part) > 2 {
			return true
		}
	}
	return false
}

// keyLine reads a line that opens with a topic key ("Status: ...",
// "**Key Discussions:**"): reported speech after the key names the
// speaker, a key of narration is the scribe's, and otherwise a paragraph
// start is decided as if the key were not there.
func (t *turnBuilder) keyLine(b *block, li int, line string, l label) {
	if r, ok := t.reported(line[l.textStart:]); ok {
		t.setSpeaker(r, b.level)
	} else if li == 0 && isNarration(line) {
		t.setSpeaker(speaker{}, b.level)
	} else if li == 0 {
		t.paragraphStart(b, line[l.textStart:])
	}
	t.sentences(b, li, 0, false)
}

// isPastTense reports a word that reads as a past-tense verb ("called",
// "opened"): after a name it makes the name a subject, not a label.
func isPastTense(w string) bool {
	w = strings.TrimRight(w, ",.;:")
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// sentences adds logical line li of b from offset base to the open turn,
// switching speakers at sentences of reported speech ("... Andrew
// Sullivan replied that ..."); a sentence at base itself counts only when
// first is set (no label before it).
func (t *turnBuilder) sentences(b *block, li, base int, first bool) {
	s := b.logicalLines()[li]
	start := base
	for _, st := range b.sentences(li) {
		cut := st.cut
		if cut < base || cut == base && !first {
			continue
		}
		sp, skip, ok := t.midTurn(s[cut:], st)
		if !ok {
			continue
		}
		t.add(s[start:cut])
		t.setSpeaker(sp, t.curDepth)
		t.direct = st.kind == sLabel || st.kind == sComma
		start = cut + skip
	}
	t.add(s[start:])
}

// midTurn decides whether sentence st, the start of sent, hands the turn
// to someone: reported speech whose speaker the document supports, or a
// label or lower-case handle that the document uses for one of its
// speakers (an unknown "Note:" or "people think" is not a turn). skip is
// the length of a label to leave out of the remark text.
func (t *turnBuilder) midTurn(sent string, st sentence) (sp speaker, skip int, ok bool) {
	switch st.kind {
	case sLabel:
		if !t.reg.speaks(st.lab.name, t.pos) && !(t.reg.nicks >= 2 && isNick(st.lab.name)) {
			return speaker{}, 0, false
		}
		return speaker{name: t.reg.resolve(st.lab.name, t.pos), aff: st.lab.aff}, int(st.lab.textStart), true
	case sAnswer:
		return speaker{}, 0, true
	case sAction:
		return speaker{}, 0, st.r.name == "chair" || t.reg.speaks(st.r.name, t.pos)
	case sComma:
		if addresses(sent) || !t.reg.speaks(st.lab.name, t.pos) || !t.reg.commaStyle() && !st.afterQuestion {
			return speaker{}, 0, false
		}
		return speaker{name: t.reg.resolve(st.lab.name, t.pos)}, int(st.lab.textStart), true
	case sNickname:
		if !t.reg.speaks(st.r.name, t.pos) {
			return speaker{}, 0, false
		}
		return speaker{name: t.reg.resolve(st.r.name, t.pos)}, 0, true
	}
	if (st.r.weak || st.r.group) && st.cut > 0 && t.direct {
		return speaker{}, 0, false // "... Nell has limited time": a speaker's own words about Nell
	}
	sp, ok = t.accept(sent, st.r)
	return sp, 0, ok
}

// reported reads a sentence of reported speech and resolves its speaker.
func (t *turnBuilder) reported(sent string) (speaker, bool) {
	r, ok := findReported(sent)
	if !ok {
		return speaker{}, false
	}
	return t.accept(sent, r)
}

// accept checks reported speech found in sent against what the document
// knows of its speaker, and resolves the speaker.
func (t *turnBuilder) accept(sent string, r reported) (speaker, bool) {
	if r.marked {
		return t.fromReported(r), true
	}
	if r.weak && !t.reg.person(r.name, t.pos) {
		return speaker{}, false // "Node started", "Seemingly opposed"
	}
	if (r.weak || r.group) && t.direct {
		return speaker{}, false // in a speaker's own words, "Brumidi began his…" is theirs
	}
	if t.direct && (r.kind == lPerson || r.kind == lRole) && (t.reg.verbatim() || t.reg.stenographic()) {
		// A verbatim record changes speaker at its labels only: a member
		// saying "Brumidi began his final work", or the chair saying "The
		// Chair recognizes…", speaks on. Only an office in the past tense
		// is the record's own narration ("The Clerk read as follows:").
		if r.kind == lRole && officePast(sent) {
			return speaker{}, true
		}
		return speaker{}, false
	}
	if r.group && r.name == "we" && (t.direct || t.reg.verbatim() || t.reg.stenographic()) {
		return speaker{}, false // a speaker's "We have engaged…"
	}
	if r.kind == lPerson && !strings.Contains(r.name, " ") && !t.reg.plausible(r.name, t.pos) && (t.direct || !pastVerbAfter(sent, r.name)) {
		return speaker{}, false // inside a speaker's own words, "Frozen feels…" is theirs
	}
	if r.kind == lPerson && isInitials(r.name) && !t.reg.isKnown(r.name) && t.reg.uses[t.reg.lower(r.name)] < 2 {
		return speaker{}, false // "CID can move around": an acronym, not a person
	}
	return t.fromReported(r), true
}

// officePast reports a sentence that opens with an office and a verb in
// the past tense ("The Clerk read as follows:").
func officePast(sent string) bool {
	if !strings.HasPrefix(sent, "The ") && !strings.HasPrefix(sent, "the ") {
		return false
	}
	_, n, ok := officeSubject(sent)
	return ok && pastAt(sent, n)
}

// fromReported resolves the speaker of reported speech.
func (t *turnBuilder) fromReported(r reported) speaker {
	switch r.kind {
	case lPerson:
		return speaker{name: t.reg.resolve(r.name, t.pos), aff: r.aff}
	case lRole:
		return speaker{name: t.reg.holderOf(r.name)}
	}
	return speaker{}
}

// pastVerbAfter reports a speech verb right after a one-word subject
// that agrees with a single person ("Hannes asked", "Reuven says"): a
// plural or auxiliary verb ("Experts say", "Waldemar did") too often has
// no speaker as its subject.
func pastVerbAfter(sent, name string) bool {
	i := strings.Index(sent, name)
	if i < 0 {
		return false
	}
	if strings.HasPrefix(sent[i+len(name):], ",") {
		return false // "Finally, asks…": an adverb, not a subject
	}
	_, rest := readAffiliation(sent[i+len(name):]) // "Jorge (IETF lawyer) said"
	w, _ := nextWord(rest, 0)
	w = strings.ToLower(trimAny(w, ",.;:"))
	if !speechVerbs.has(w) || weakVerbs.has(w) || actVerbs.has(w) {
		return false
	}
	// The verb agrees with one person: a past tense, or a third person
	// singular ("Reuven says", "Jon urges"), not a plural ("Experts say").
	return strings.HasSuffix(w, "ed") || w == "said" || w == "spoke" || w == "thought" || w == "felt" || w == "told" || w == "wrote" ||
		sayVerbs.has(w)
}

// sayVerbs are third-person verbs of saying that are no plural nouns:
// "Reuven says" names a speaker, "Main points" and "Two questions" do not.
var sayVerbs = wordSet(`says asks thinks believes suggests explains agrees adds replies wonders argues
urges mentions recalls proposes confirms clarifies disagrees insists claims feels hopes prefers
recommends responds notes observes`)

// labelOf returns the label of line li of b; line is that line or, for a
// joined paragraph, starts with it, so the cached label applies.
func (t *turnBuilder) labelOf(b *block, li int, line string) (label, bool) {
	if li < len(b.lines) && strings.HasPrefix(line, b.lines[li]) {
		return b.label(li)
	}
	return parseLabel(line)
}

// nameListKey reports a "Topic: Name and Name" line ("Loss Recovery: Jana
// and Ian Sweet"), which lists people rather than quoting one, unless the
// label is someone the document already knows.
func (t *turnBuilder) nameListKey(l label, text string) bool {
	if len(text) > 120 || !strings.Contains(text, " ") || !isNameList(strings.TrimRight(text, " .")) {
		return false
	}
	return !t.reg.isKnown(l.name) && t.reg.resolve(l.name, t.pos) == l.name
}
