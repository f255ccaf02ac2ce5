package minutes

import "strings"

// This file holds the measures of a document's style (a verbatim
// transcript, a stenographic one, a record of speeches), which decide
// whether an unlabelled paragraph continues the last speaker.

// verbatim reports a transcript whose labeled turns average several
// sentences, where a turn often runs over more than one paragraph.
func (r *registry) verbatim() bool {
	if r.isVerbatim == 0 {
		r.isVerbatim = -1
		turns, words := 0, 0
		for _, b := range r.labelBlocks {
			turns += labelLines(b)
		}
		// The turns first, so that counting words (most of the text of
		// a transcript) stops as soon as they reach the bar.
		for k, b := range r.labelBlocks {
			if words += wordCount(b.lines) + r.runOnWords(r.labelAt[k]); turns > 0 && words >= 45*turns {
				r.isVerbatim = 1
				break
			}
		}
		if r.isVerbatim < 0 && r.transcript() && r.longTurns() {
			r.isVerbatim = 1
		}
	}
	return r.isVerbatim > 0
}

// runOnWords counts the words of the paragraphs after block i up to the
// next label, in a document printed one paragraph per line ("…I thank
// the Member for North" over "Fly for his important questions…"): there
// a speech's paragraphs are its lines, and all of them are its turn.
func (r *registry) runOnWords(i int) int {
	if !r.printedLines() {
		return 0
	}
	words := 0
	for j := i + 1; j < len(r.blocks); j++ {
		b := &r.blocks[j]
		if b.kind == kHeading || b.kind == kTable || len(b.lines) == 0 || b.opensTurn(0) {
			break
		}
		words += wordCount(b.lines)
	}
	return words
}

// printedLines reports a document converted from print one paragraph
// per printed line: of five or more paragraphs that follow a line of
// eight words or more cut before its sentence ended, a third or more open in lower case, the sentence
// going on ("…it was rather sad to see that this" over "military border
// post was…"). Notes that leave off full stops open their next line with
// a name or a capital.
func (r *registry) printedLines() bool {
	if r.isPrinted == 0 {
		r.isPrinted = -1
		cut, lower := 0, 0
		for j := 1; j < len(r.blocks); j++ {
			prev, b := &r.blocks[j-1], &r.blocks[j]
			if b.kind != kPara || prev.kind != kPara || len(b.lines) == 0 || len(prev.lines) == 0 || b.opensTurn(0) {
				continue
			}
			if last := prev.lines[len(prev.lines)-1]; endsSentence(last) || countWords(last) < 8 {
				continue // a short line is a caption or an outline's entry
			}
			cut++
			if c := b.lines[0][0]; c >= 'a' && c <= 'z' {
				lower++
			}
		}
		if cut >= 5 && 3*lower >= cut {
			r.isPrinted = 1
		}
	}
	return r.isPrinted > 0
}

// longTurns reports a formal record of speeches: most labels give a
// title or an office ("Ms. Ursulescu: —", "The Chair: —", "Hon. Mr.
// Thomson:"), as Hansards label their members, and the text runs to 35
// words or more for each label, paragraphs going on after the label's.
// Notes label by first name or handle, one line per remark.
func (r *registry) longTurns() bool {
	labels, titled := 0, 0
	for i := range r.blocks {
		b := &r.blocks[i]
		if b.kind == kCode || b.kind == kHeading || b.meta {
			continue
		}
		for j, l := range b.lines {
			if b.opensTurn(j) {
				labels++
				if w, _ := nextWord(l, 0); honorifics.hasFold(w) {
					titled++
				}
			}
		}
	}
	if labels < 3 || 2*titled < labels {
		return false
	}
	// The words last: counting them is most of the cost.
	words := 0
	for i := range r.blocks {
		if b := &r.blocks[i]; b.kind != kCode && b.kind != kHeading && !b.meta {
			words += wordCount(b.lines)
		}
	}
	return words >= 35*labels
}

// stenographic reports a verbatim transcript in the style of real-time
// captioning (">>STEVE CROCKER: ...", "KURT PRITZ: ..."): most labelled
// turns carry a ">>" mark or a name in capitals, and the scribe never
// reports speech in the third person. There a paragraph with no label is
// the speaker going on, not a scribe's note.
func (r *registry) stenographic() bool {
	if r.isSteno == 0 {
		r.isSteno = -1
		marked := 0
		for _, b := range r.labelBlocks {
			if l, ok := b.label(0); ok && (strings.HasPrefix(b.lines[0], ">>") || isCapsName(l.name)) {
				marked++
			}
		}
		if len(r.labelBlocks) >= 2 && 2*marked >= len(r.labelBlocks) && r.prose*4 <= r.labels {
			r.isSteno = 1
		}
	}
	return r.isSteno > 0
}

// speechRecord reports a record of speakers' own words, verbatim or
// stenographic: a speaker goes on over paragraphs until the next label.
func (r *registry) speechRecord() bool { return r.verbatim() || r.stenographic() }

// transcript reports a document written mostly as "Name: text" lines.
func (r *registry) transcript() bool { return r.labels > r.prose }

// wordCount counts the space-separated words of lines.
func wordCount(lines []string) int {
	n := 0
	for _, l := range lines {
		n += countWords(l)
	}
	return n
}

// labelLines counts the lines that open a turn (at least one).
func labelLines(b *block) int {
	n := 0
	for i := range b.lines {
		if b.opensTurn(i) {
			n++
		}
	}
	return max(n, 1)
}
