package minutes

import "strings"

// sentence is one sentence start in a logical line and the reported
// speech read there, cached because both the registry and the turn stage
// read every sentence.
type sentence struct {
	cut int
	r   reported // for kind sReported (and sNickname, sAction)
	// A sentence can instead open with a speaker label ("... sequential.
	// Martin: We should ...") or with a lower-case handle as its subject
	// ("dherman and others think ..."); whether the name is a speaker of
	// the document is for the turn stage to decide (see midTurn).
	kind sentenceKind
	lab  label
	// afterQuestion tells an sComma sentence that follows a question.
	afterQuestion bool
}

// sentenceKind says what opens a sentence that may change the speaker.
type sentenceKind uint8

const (
	sReported sentenceKind = iota // reported speech (r)
	sLabel                        // a speaker label inside a line (lab)
	sNickname                     // a lower-case handle as the subject (r.name)
	sAnswer                       // an answer with no named speaker (see answers.go)
	sAction                       // an action item of a person (r.name) or of "chair"
	sComma                        // a name and a comma as a label (lab; see commalabels.go)
	sVerdict                      // the scribe's record of the outcome ("Consensus to …"; see verdicts.go)
)

// logicalLines returns the lines as the turn stage reads them: a wrapped
// paragraph joined into one line, so that a sentence or a name broken
// across lines ("Hana\nSato thanked") reads whole; otherwise the lines.
func (b *block) logicalLines() []string {
	if b.logical == nil {
		b.logical = b.lines
		if b.joinable() {
			b.logical = []string{strings.Join(b.lines, " ")}
		}
	}
	return b.logical
}

// sentences returns the sentences of logical line li that read as
// reported speech, with their speakers.
func (b *block) sentences(li int) []sentence {
	lines := b.logicalLines()
	if b.sents == nil {
		b.sents = make([][]sentence, len(lines))
	}
	if b.sents[li] == nil {
		b.sents[li] = readSentences(lines[li])
	}
	return b.sents[li]
}

// readSentences finds, sentence by sentence, the places in s where the
// speaker may change, in order of offset.
func readSentences(s string) []sentence {
	out := noSentences
	asked := "" // the sentence before, when it was reported speech
	// Two finders, as lowerStarts reads again the sentence that
	// nextSentence has just read past; asks finds the '?' of each one.
	sents, inner := newSentenceEnds(s), newSentenceEnds(s)
	asks := byteFinder{from: len(s) + 1}
	for cut := 0; cut >= 0; {
		next := sents.nextSentence(cut)
		end := next
		if end < 0 {
			end = len(s)
		}
		n0 := len(out)
		out, asked = sentenceAt(s, cut, end, asked, out)
		out = lowerStarts(s, cut, end, &inner, out)
		out = spacedLabels(s, cut, end, out)
		sortCuts(out[n0:])
		if asks.find(s, '?', cut, min(end+2, len(s))) >= 0 {
			out = pollAnswers(s, cut, end, out)
		}
		cut = next
	}
	return out
}

// sentenceAt reads the sentence s[cut:end]: reported speech (with the
// clauses and answers inside it), an answer to the reported question
// before it (prev), an action item, a name and a comma, a label, or a
// handle as subject. It returns the sentence when it is reported speech
// that may be a question, for the next sentence to ask about.
func sentenceAt(s string, cut, end int, prev string, out []sentence) ([]sentence, string) {
	if cut > 0 && isVerdict(s[cut:end]) {
		return append(out, sentence{cut: cut, kind: sVerdict}), ""
	}
	if r, ok := findReported(s[cut:]); ok {
		out = append(out, sentence{cut: cut, r: r})
		out = clauseTurns(s, cut, end, r.name, out)
		if a := pollAnswer(s[cut:end]); a > 0 && cut+a > out[len(out)-1].cut { // cuts stay in order
			return append(out, sentence{cut: cut + a, kind: sAnswer}), ""
		}
		return out, s[cut:end]
	}
	if prev != "" && opensAnswer(s[cut:]) && isQuestion(prev) {
		return append(out, sentence{cut: cut, kind: sAnswer}), ""
	}
	if subj, ok := actionSubject(s[cut:]); ok {
		return append(out, sentence{cut: cut, kind: sAction, r: reported{name: subj}}), ""
	}
	// A name and a comma counts only after the first sentence; testing
	// cut first spares commaOpener (pure) the first one.
	if cut > 0 {
		if name, ok := commaOpener(s[cut:]); ok {
			k := skipSpace(s[cut:], len(name)+1)
			// A full name right after a question is the one answering it,
			// whatever the style of the document.
			q := strings.Contains(name, " ") && strings.HasSuffix(strings.TrimSpace(s[:cut]), "?")
			return append(out, sentence{cut: cut, kind: sComma, lab: label{name: name, textStart: int32(k)}, afterQuestion: q}), ""
		}
	}
	if cut > 0 && strings.IndexByte(s[cut:min(len(s), cut+130)], ':') > 0 {
		if l, ok := parseLabel(s[cut:]); ok && l.kind == lPerson {
			out = append(out, sentence{cut: cut, kind: sLabel, lab: l})
		}
	} else if cut == 0 && s != "" && s[0] >= 'a' && s[0] <= 'z' {
		if nick, ok := nicknameSubject(s); ok {
			out = append(out, sentence{kind: sNickname, r: reported{kind: lPerson, name: nick}})
		}
	}
	return out, ""
}

// noSentences marks a line already read that has no reported speech; it
// has no capacity, so appending to it never writes into it.
var noSentences = make([]sentence, 0)

// turnRows counts the lines of a multi-line block that open with a
// label: a block of several is written one turn per line.
func (b *block) turnRows() int {
	n := 0
	if len(b.lines) > 1 {
		for i := range b.lines {
			if b.opensTurn(i) {
				n++
			}
		}
	}
	return n
}

// joinable reports a block of several lines that are one wrapped
// paragraph: no line after the first opens a turn, a new row, a table row
// or a bare link.
func (b *block) joinable() bool {
	if len(b.lines) < 2 || b.kind == kCode {
		return false
	}
	if h, ok := b.label(0); ok && h.bold && h.alone(b.lines[0]) {
		return false // "**oej**" over the message: a name line heads the text
	}
	rows := b.turnRows()
	for li := 1; li < len(b.lines); li++ {
		l := b.lines[li]
		if b.opensTurn(li) || b.newRow(li, rows) || isMetaLine(l) || strings.HasPrefix(l, "|") || isMetaLine(b.lines[li-1]) {
			return false
		}
	}
	return !strings.HasPrefix(b.lines[0], "|")
}

// newRow reports an unlabeled line that starts afresh inside a block
// written one turn per line ("EKR: File that as an issue." then "Issue
// being added to the tracker."): the line before it ended a sentence, or
// it opens with an ellipsis or dashes the way scribes mark asides. In a
// block with a single label, only narration after a question does
// ("Charis: Hum if ...?" then "Strong hum for").
func (b *block) newRow(li, rows int) bool {
	if li == 0 || li >= len(b.lines) {
		return false
	}
	prev := b.lines[li-1]
	cur := b.lines[li]
	if li < 64 && b.hang&(1<<li) != 0 && rows >= 2 {
		return false // a label's hanging indent: the row goes on
	}
	if rows < 2 {
		// "Question put, and agreed to." under a speech ending "I beg to
		// move.": the clerk's entry, a line of its own.
		return rows == 1 && isNarration(cur) && strings.HasSuffix(strings.TrimSpace(prev), "?") ||
			houseProcedure(cur) && endsSentence(prev)
	}
	if strings.HasPrefix(cur, "…") || strings.HasPrefix(cur, "--") || strings.HasPrefix(cur, "...") {
		return true
	}
	return strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, "?") || strings.HasSuffix(prev, "!")
}

// nicknameSubject reads a lower-case handle as the subject of reported
// speech at the start of s ("dherman and others think", "awb said"),
// optionally joined by "and others" or "and" another word.
func nicknameSubject(s string) (string, bool) {
	w, next := nextWord(s, 0)
	if !isNick(w) {
		return "", false
	}
	if a, n := nextWord(s, next); a == "and" {
		_, next = nextWord(s, n)
	}
	return w, isVerbAt(s, next)
}
