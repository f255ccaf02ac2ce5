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
	if b.ordinal == 0 || b.kind != kItem || b.level != 1 || len(b.lines) != 1 {
		return false
	}
	l := strings.TrimSpace(b.lines[0])
	if l == "" || countWords(l) > 10 || strings.ContainsAny(l[len(l)-1:], ".?!:") {
		return false
	}
	_, label := parseLabel(l)
	return !label
}
