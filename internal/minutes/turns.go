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
	inBody    bool // the header region is over
	pos       int  // index of the block being read
	prevColon bool // the previous block ended with ':' (a list follows)
	// open is the turn being read: its text lines.
	open []string
}

func newTurnBuilder(reg *registry) *turnBuilder {
	return &turnBuilder{reg: reg, items: []Item{{Depth: 1}}}
}

// startItem opens a new agenda item: the speaker is reset, since minutes
// name whoever speaks first under a new heading.
func (t *turnBuilder) startItem(sh shape) {
	t.flush()
	t.items = append(t.items, Item{Number: sh.number, Title: sh.title, Depth: max(sh.depth, 1)})
	t.cur = speaker{}
	t.presenter = t.presenterFromTitle(sh.title)
	t.spoken = false
	t.inBody = true
}

// setSpeaker ends the open turn and starts one by sp.
func (t *turnBuilder) setSpeaker(sp speaker, depth int) {
	t.flush()
	t.cur = sp
	t.curDepth = depth
	t.spoken = true
}

// add appends text to the open turn.
func (t *turnBuilder) add(s string) {
	if s = strings.TrimSpace(s); s != "" {
		t.open = append(t.open, s)
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
		n := t.cur.name
		r.Speaker = &n
	}
	if t.cur.aff != "" {
		a := t.cur.aff
		r.Affiliation = &a
	}
	it := &t.items[len(t.items)-1]
	it.Remarks = append(it.Remarks, r)
}

// block reads one body block line by line.
func (t *turnBuilder) block(b *block) {
	if b.kind == kCode {
		t.add(b.text())
		t.flush()
		return
	}
	for li, line := range b.lines {
		t.line(b, li, line)
	}
	t.flush()
	last := b.lines[len(b.lines)-1]
	t.prevColon = strings.HasSuffix(last, ":")
}

// line reads one line: a label starts a turn, otherwise the line continues
// or (at a paragraph start) the paragraph rules decide the speaker; then
// reported speech inside the line may hand the turn to someone else.
func (t *turnBuilder) line(b *block, li int, line string) {
	if isMetaLine(line) {
		return
	}
	if strings.HasPrefix(line, "|") && strings.HasSuffix(line, "|") {
		return // a table row: attendee tables are read by the registry
	}
	rest := line
	if l, ok := parseLabel(line); ok {
		if l.kind == lPerson && l.bold && !t.reg.plausible(l.name, t.pos) {
			l.kind = lKey
		}
		switch l.kind {
		case lMeta:
			if p := strings.ToLower(l.name); strings.HasPrefix(p, "presenter") || strings.HasPrefix(p, "speaker") {
				t.presenter = t.personIn(line[l.textStart:])
			}
			return
		case lPerson:
			t.setSpeaker(speaker{name: t.reg.resolve(l.name, t.pos), aff: l.aff}, b.level)
			rest = line[l.textStart:]
		case lRole:
			t.setSpeaker(speaker{name: l.name}, b.level)
			rest = line[l.textStart:]
		case lUnknown:
			t.setSpeaker(speaker{}, b.level)
			rest = line[l.textStart:]
		case lOutcome:
			t.setSpeaker(speaker{}, b.level)
		case lKey:
			if r, ok := t.reported(line[l.textStart:]); ok {
				t.setSpeaker(r, b.level)
			} else if li == 0 {
				t.paragraphStart(b, line[l.textStart:])
			}
			t.sentences(line, false)
			return
		}
		t.sentences(rest, false)
		return
	}
	if li == 0 {
		t.paragraphStart(b, line)
	}
	t.sentences(rest, li == 0)
}

// paragraphStart decides who speaks in a paragraph that has no label.
func (t *turnBuilder) paragraphStart(b *block, s string) {
	if _, ok := t.reported(firstSentence(s)); ok {
		return // sentences() starts the turn
	}
	switch {
	case continuesTurn(s):
	case b.kind == kItem && b.level > t.curDepth && t.spoken:
	case t.prevColon && (b.kind == kItem || b.indent > 0):
	case !t.spoken && t.presenter != "":
		t.setSpeaker(speaker{name: t.presenter}, b.level)
		t.spoken = false
	case t.spoken && t.reg.transcript() && !isNarration(s):
	default:
		t.setSpeaker(speaker{}, b.level)
	}
}

// sentences adds s to the open turn, switching speakers at sentences of
// reported speech ("... Andrew Sullivan replied that ...").
func (t *turnBuilder) sentences(s string, first bool) {
	start := 0
	for _, cut := range sentenceStarts(s) {
		if cut == 0 && !first {
			continue
		}
		sp, ok := t.reported(s[cut:])
		if !ok {
			continue
		}
		t.add(s[start:cut])
		t.setSpeaker(sp, t.curDepth)
		start = cut
	}
	t.add(s[start:])
}

// reported reads a sentence of reported speech and resolves its speaker.
func (t *turnBuilder) reported(sent string) (speaker, bool) {
	r, ok := findReported(sent)
	if !ok || r.kind == lPerson && !t.reg.plausible(r.name, t.pos) {
		return speaker{}, false
	}
	return t.fromReported(r), true
}

// fromReported resolves the speaker of reported speech.
func (t *turnBuilder) fromReported(r reported) speaker {
	switch r.kind {
	case lPerson:
		return speaker{name: t.reg.resolve(r.name, t.pos), aff: r.aff}
	case lRole:
		return speaker{name: r.name}
	}
	return speaker{}
}

// presenterFromTitle reads a presenter named in a heading: "Name - Title"
// or "Title (Name)".
func (t *turnBuilder) presenterFromTitle(title string) string {
	if name, n := splitName(title); name != "" && len(strings.Fields(name)) >= 2 &&
		(strings.HasPrefix(title[n:], " - ") || strings.HasPrefix(title[n:], " – ")) {
		return name
	}
	if strings.HasSuffix(title, ")") {
		if open := strings.LastIndexByte(title, '('); open >= 0 {
			return t.personIn(title[open+1 : len(title)-1])
		}
	}
	return ""
}

// personIn reads a person named in s ("Samina Husain (SMH)", "DKG"),
// resolving short forms.
func (t *turnBuilder) personIn(s string) string {
	s = strings.TrimSpace(strings.Trim(s, "*_ "))
	if name, _ := splitName(s); name != "" && len(strings.Fields(name)) >= 2 {
		return name
	}
	if isInitials(s) {
		if full := t.reg.resolve(s, t.pos); full != s {
			return full
		}
	}
	return ""
}

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
	return pronouns[w]
}

var pronouns = wordSet(`He She They His Her Their He's She's`)

// firstSentence returns s up to its first sentence end.
func firstSentence(s string) string {
	if cuts := sentenceStarts(s); len(cuts) > 1 {
		return s[:cuts[1]]
	}
	return s
}

// sentenceStarts lists the byte offsets where sentences begin in s: 0 and
// after ". ", "? ", "! " when an upper-case letter follows.
func sentenceStarts(s string) []int {
	cuts := []int{0}
	for i := 1; i+2 < len(s); i++ {
		c := s[i]
		if (c != '.' && c != '?' && c != '!') || s[i+1] != ' ' {
			continue
		}
		j := skipSpace(s, i+1)
		if j >= len(s) || !isUpperByte(s[j]) {
			continue
		}
		if c == '.' && isAbbrevBefore(s, i) {
			continue
		}
		cuts = append(cuts, j)
	}
	return cuts
}

// isAbbrevBefore reports a dot that ends an abbreviation or initial
// ("e.g.", "Mr.", "B.") rather than a sentence.
func isAbbrevBefore(s string, dot int) bool {
	start := dot
	for start > 0 && s[start-1] != ' ' {
		start--
	}
	w := strings.ToLower(s[start:dot])
	if len(w) == 1 && isUpperByte(s[start]) {
		return true
	}
	switch w {
	case "e.g", "i.e", "mr", "ms", "mrs", "dr", "prof", "st", "vs", "etc", "cf", "al", "no", "approx":
		return true
	}
	return false
}

// isMetaLine reports lines that are never remark text: a bare URL.
func isMetaLine(s string) bool {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "<http") {
		return !strings.Contains(strings.TrimSpace(s), " ")
	}
	return false
}

// isNarration reports paragraph openings that are the scribe's own words:
// polls, hums, decisions and summaries of discussion.
func isNarration(s string) bool {
	w, _ := nextWord(s, 0)
	w = strings.ToLower(strings.Trim(w, "*_.:,()[]"))
	return narrationWords[w] || outcomeLabels[w]
}

var narrationWords = wordSet(`discussion discussions hum humming hummed consensus question questions who
no room general more some several many poll show sense straw`)
