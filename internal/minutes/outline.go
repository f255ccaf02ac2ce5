package minutes

import "strings"

// loneBullets finds the bullets of plain text that head its sections:
// outline-style minutes set each topic as a one-line bullet at the margin
// ("* agenda and note well", "* security") between blank lines, with the
// discussion as plain paragraphs under it. It returns, per block, whether
// it is such a bullet; nil unless the document writes every top-level
// bullet so, at least three times, since a bullet among paragraphs is as
// often one point of a list as a topic.
func loneBullets(blocks []block) []bool {
	var lone []bool
	n := 0
	for i := range blocks {
		b := &blocks[i]
		if b.kind != kItem || b.indent > 0 {
			continue
		}
		if !loneBullet(blocks, i) {
			return nil
		}
		if lone == nil {
			lone = make([]bool, len(blocks))
		}
		lone[i] = true
		n++
	}
	if n < 3 {
		return nil
	}
	return lone
}

// loneBullet reports a one-line bullet with no bullet right before or
// after it and a paragraph after it: short, not a sentence.
func loneBullet(blocks []block, i int) bool {
	b := &blocks[i]
	if len(b.lines) != 1 || i+1 >= len(blocks) || blocks[i+1].kind != kPara {
		return false
	}
	if i > 0 && blocks[i-1].kind == kItem {
		return false
	}
	l := strings.TrimSpace(b.lines[0])
	return l != "" && countWords(l) <= 8 && !strings.ContainsAny(l[len(l)-1:], ".?!")
}

// numberedItems reports Markdown that numbers its sections as a loose
// ordered list ("1) A quorum was confirmed", "3) CI Update" over the
// discussion of it, as the OpenVDB TSC writes): at least two such items
// have text of their own under them before the next item.
func numberedItems(blocks []block) bool {
	n := 0
	for i := range blocks {
		if isNumberedHead(&blocks[i]) && i+1 < len(blocks) {
			if next := &blocks[i+1]; next.kind == kPara || next.kind == kItem && next.level > blocks[i].level {
				n++
			}
		}
	}
	return n >= 2
}

// isNumberedHead reports an item of a loose ordered list at the margin
// that reads as a title: one short line, no sentence's end, no label.
func isNumberedHead(b *block) bool {
	if b.ordinal == 0 || b.kind != kItem || b.level != 1 || len(b.lines) > 2 {
		return false
	}
	if len(b.lines) == 2 {
		// A title wrapped over two lines, as a timed agenda's are: the
		// second goes on in lower case or an aside ("(and clarifying
		// questions) [30 minutes]"), not with a sentence of its own.
		if second := strings.TrimSpace(b.lines[1]); second == "" || !(second[0] >= 'a' && second[0] <= 'z' || second[0] == '(') || strings.HasSuffix(b.lines[0], "\\") {
			return false
		}
	}
	l := strings.TrimSpace(strings.Join(b.lines, " "))
	if l == "" || countWords(l) > 10*len(b.lines) || strings.ContainsAny(l[len(l)-1:], ".?!:") {
		return false
	}
	_, label := parseLabel(l)
	return !label
}

// captionLines finds the bare captions of plain-text notes: a line of one
// to four words alone between blank lines ("7710bis", "architecture",
// "PvD", "API"), in whatever case the scribe typed, with the notes of
// that topic in the paragraph under it. It returns, per block, whether it
// is such a line; nil unless the document sets at least three, since one
// short line among paragraphs is as often a remark ("Agreed") as a topic,
// and nil when the document marks headings otherwise (the caller reads
// its lone bullets first).
func captionLines(blocks []block) []bool {
	for i := range blocks {
		if blocks[i].kind == kHeading {
			return nil // the notes mark their headings: a short line is text
		}
	}
	var marks []bool
	n := 0
	for i := 1; i+1 < len(blocks); i++ {
		if !captionLine(blocks, i) {
			continue
		}
		if marks == nil {
			marks = make([]bool, len(blocks))
		}
		marks[i] = true
		n++
	}
	if n < 3 {
		return nil
	}
	return marks
}

// captionLine reports a short line at the margin, no sentence, no label
// and no slide's title, over a paragraph of notes (two lines, or eight
// words or more) and not under another short line.
func captionLine(blocks []block, i int) bool {
	b, next := &blocks[i], &blocks[i+1]
	if b.kind != kPara || len(b.lines) != 1 || b.indent > 0 || next.kind != kPara || len(next.lines) < 2 && wordCount(next.lines) < 8 {
		return false
	}
	l := strings.TrimSpace(b.lines[0])
	if l == "" || len(l) > 40 || countWords(l) > 4 || strings.ContainsAny(l[len(l)-1:], ".?!:;,") ||
		strings.ContainsAny(l[:1], "-*([#>|=_") || strings.Contains(l, "://") || strings.Contains(l, ". ") {
		return false // "N.S. VOL. XLVII": abbreviations of a cover, not a topic
	}
	if everyWord(l, func(w string, _ int) bool { return smallTitleWords.hasFold(w) }) >= 0 {
		return false // "of the": a title broken over lines
	}
	if _, ok := b.label(0); ok || opensNonHeading(l) {
		return false
	}
	if prev := &blocks[i-1]; prev.kind == kPara && len(prev.lines) == 1 && countWords(prev.lines[0]) <= 4 {
		return false // a stack of short lines is a title block ("Vote 5" over "Subvote (LR01)")
	}
	if low := strings.ToLower(l); strings.Contains(low, "action item") || closingRecaps.has(strings.ReplaceAll(low, " ", "-")) {
		return false // "Summary of Action Items" closes the notes
	}
	return !isDateLine(l) && !isPageNumber(l) && !isStampOnly(l) && !numeralMark(l)
}
