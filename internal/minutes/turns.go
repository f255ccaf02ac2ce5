package minutes

import (
	"strings"
)

// speaker is who a turn is attributed to; empty name means nobody.
type speaker struct {
	name  string
	aff   string
	basis basis // why: see basis.go
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
	inTable   bool // the current item is a row of a discussion table (tableRow)
	pos       int  // index of the block being read
	prevColon bool // the previous block ended with ':' (a list follows)
	// cutSentence tells that the previous block stopped mid-phrase, on a
	// comma or a word such as "a" or "the", as text converted from print
	// breaks at every line: the next paragraph goes on with the sentence.
	cutSentence bool
	// openEnd tells that the previous block did not end a sentence;
	// motionEnd that it was a motion ("That the Bill be read a second
	// time"), which records print without a full stop.
	openEnd, motionEnd bool
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
	// resumes is the speaker of a verbatim record whose speech a stage
	// direction interrupted ("(Applause)", "(There was no audible
	// response.)"): the next unlabeled paragraph is theirs again.
	resumes speaker
	// open is the turn being read: its text lines.
	open []string
	// emitted tells that the current turn has given a remark already:
	// its later remarks are continued (bContinued).
	emitted bool
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
	return &turnBuilder{reg: reg, items: []Item{{Depth: 1}}, starts: []int{0}, remarks: make([]Remark, 0, n/2+8), scribes: inferScribes(reg.blocks)}
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
	t.actions = false // a list of actions does not run on into the next item
	t.inTable = false
}

// setSpeaker ends the open turn and starts one by sp.
func (t *turnBuilder) setSpeaker(sp speaker, depth int) {
	t.flush()
	t.cur = sp
	t.resumes = speaker{}
	t.presents = false
	t.direct = false
	if sp.name != "" {
		t.reg.spoke[sp.name] = t.pos
	}
	t.curDepth = depth
	t.spoken = true
	t.said = false
	t.emitted = false
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
	b := bNarration
	if t.cur.name != "" {
		r.Speaker = t.nameSlot(t.reg.display(t.cur.name))
		b = t.cur.basis
		if t.emitted {
			b = bContinued
		}
	}
	r.Basis, r.Confidence = b.String(), b.confidence(text)
	t.emitted = true
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
	t.motionEnd = strings.HasPrefix(b.lines[0], "That ")
}

// line reads one line: a label starts a turn, otherwise the line continues
// or (at a paragraph start) the paragraph rules decide the speaker; then
// reported speech inside the line may hand the turn to someone else.
func (t *turnBuilder) line(b *block, li int, line string) {
	if topic, at, ok := proseRow(line); ok && t.inBody {
		t.tableRow(b, li, line, topic, at)
		return
	}
	if isMetaLine(line) || strings.HasPrefix(line, "|") && strings.HasSuffix(line, "|") || chatHousekeeping(line) {
		return // a bare link, a table row (attendee tables are read by the registry), a chat client's notice
	}
	if l, ok := t.labelOf(b, li, line); ok && !t.wrappedWord(b, li, l) && !t.underNameLine(b, li, l) {
		t.labelled(b, li, line, t.relayed(line, l))
		return
	}
	if li == 0 {
		// A paragraph with no label is the speaker's own words only in
		// a verbatim record; elsewhere it may be the scribe's.
		t.direct = t.direct && (t.reg.speechRecord() || t.presents)
	} else {
		t.cutSentence, t.openEnd = false, false // only a block follows a block
	}
	if li == 0 && t.nameAlone(b, line) {
		return
	}
	if li == 0 || b.newRow(li, t.rows) {
		// After a paragraph cut off mid-sentence, "Government, we
		// coordinated…" goes on with that sentence: no name and comma.
		// In a verbatim record's speech only a label changes the speaker:
		// "Justice O'Connor, therefore, should be replaced" is the member's.
		if !(li == 0 && t.cutSentence && b.kind == kPara) && !t.inSpeech() {
			if sp, n, ok := t.commaLabel(line, li == 0 && t.openEnd && b.kind == kPara); ok {
				t.setSpeaker(sp.with(bComma), b.level)
				t.sentences(b, li, n, false)
				return
			}
		}
		if sp, ok := t.trailingSpeaker(line); ok {
			t.setSpeaker(sp, b.level)
			t.sentences(b, li, 0, false)
			// The credit is this point's: the next point without one is
			// the scribe's, not the last credited person's.
			t.flush()
			t.cur = speaker{}
			return
		}
		t.paragraphStart(b, line)
	}
	t.sentences(b, li, 0, true)
}
