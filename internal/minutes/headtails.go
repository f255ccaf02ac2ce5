package minutes

import "strings"

// headedByMeta reports a paragraph whose first line is the heading and
// whose other lines are its metadata, written with no blank line between
// ("2. Chair Selection Review" over "Presenter: Aoife Brennan"): records
// of community plenaries set each item so, and read as one paragraph the
// item would vanish into the previous one.
func headedByMeta(b *block) bool {
	if b.kind != kPara || len(b.lines) < 2 || len(b.lines) > 4 {
		return false
	}
	for i := 1; i < len(b.lines); i++ {
		if l, ok := b.label(i); !ok || l.kind != lMeta {
			return false
		}
	}
	return true
}

// headingTail reads the metadata lines under a heading that shares its
// paragraph (see headedByMeta): a "Presenter:" names the item's speaker.
func (t *turnBuilder) headingTail(b *block) {
	for i := 1; i < len(b.lines) && b.kind == kPara; i++ {
		if l, ok := b.label(i); ok && l.kind == lMeta {
			t.labelled(b, i, b.lines[i], l)
		}
	}
}

// listedTitles returns, in lower case, the titles of the numbered lists
// of plain text (a table of contents, a restated agenda: blocks of two or
// more "N. Title" lines). IRC minutes list their topics so and then set
// each topic as a bare line ("Agenda review") over the chat lines.
func listedTitles(blocks []block, f Format) map[string]bool {
	if f != FormatText {
		return nil
	}
	var out map[string]bool
	for i := range blocks {
		b := &blocks[i]
		if len(b.lines) < 2 || b.indent == 0 {
			continue // a contents list is indented under its caption
		}
		for _, l := range b.lines {
			if _, title, ok := splitNumbered(l); ok {
				if out == nil {
					out = map[string]bool{}
				}
				out[strings.ToLower(title)] = true
			}
		}
	}
	return out
}

// isListedHeading reports a bare unindented line that repeats a title of
// the document's numbered list (see listedTitles).
func isListedHeading(b *block, listed map[string]bool) bool {
	return listed != nil && b.kind == kPara && len(b.lines) == 1 && b.indent == 0 && listed[strings.ToLower(b.lines[0])]
}
