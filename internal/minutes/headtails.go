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
// Verbatim records restate their agenda as bare lines under an "Agenda"
// caption; those titles are listed too, with the caption and its lines
// marked in captions (block index -> true) as the metadata they are.
func listedTitles(blocks []block, f Format) (listed map[string]bool, captions map[int]bool) {
	if f != FormatText {
		return nil, nil
	}
	add := func(title string) {
		if listed == nil {
			listed = map[string]bool{}
		}
		listed[strings.ToLower(title)] = true
	}
	for i := range blocks {
		b := &blocks[i]
		if isAgendaCaption(b) {
			for j := range agendaCaption(blocks, i, add) {
				if captions == nil {
					captions = map[int]bool{}
				}
				captions[j] = true
			}
			continue
		}
		if len(b.lines) < 2 || b.indent == 0 {
			continue // a contents list is indented under its caption
		}
		for _, l := range b.lines {
			if _, title, ok := splitNumbered(l); ok {
				add(title)
			}
		}
	}
	return listed, captions
}

// isAgendaCaption reports a bare line naming the agenda ("Agenda",
// "Proposed agenda"; see isAgendaTitle).
func isAgendaCaption(b *block) bool {
	// "Agenda: http://…" on a line of its own is a header key, not a caption.
	return (b.kind == kPara && !strings.Contains(b.lines[0], ":") || b.kind == kHeading) && len(b.lines) == 1 && isAgendaTitle(b.lines[0])
}

// agendaCaption reads the bare, unindented one-line titles right under
// the "Agenda" caption at blocks[i] (indented lines under them, such as
// the report each item considers, belong to the listing) and returns the
// blocks of the listing, caption included.
func agendaCaption(blocks []block, i int, add func(string)) map[int]bool {
	var titles []int
	for j := i + 1; j < len(blocks) && j < i+12; j++ {
		b := &blocks[j]
		if b.kind != kPara {
			break
		}
		if b.indent > 0 {
			continue
		}
		if _, ok := b.label(0); ok || len(b.lines) != 1 || strings.HasSuffix(b.lines[0], ".") || countWords(b.lines[0]) > 12 {
			break
		}
		titles = append(titles, j)
	}
	if len(titles) == 0 {
		return nil
	}
	captions := map[int]bool{i: true}
	for j := i + 1; j <= titles[len(titles)-1] || j < len(blocks) && blocks[j].indent > 0 && blocks[j].kind == kPara; j++ {
		captions[j] = true
	}
	for _, j := range titles {
		add(blocks[j].lines[0])
	}
	return captions
}

// isListedHeading reports a bare unindented line that repeats a title of
// the document's numbered list (see listedTitles), or that names one of
// the items every formal meeting opens with ("Adoption of the agenda").
func isListedHeading(b *block, listed map[string]bool) bool {
	if b.kind != kPara || len(b.lines) != 1 || b.indent != 0 {
		return false
	}
	l := b.lines[0]
	if listed == nil && (len(l) > 40 || l[0] != 'A' && l[0] != 'a') {
		return false // only "Adoption of…", "Approval of…" without a list
	}
	low := strings.ToLower(l)
	return listed[low] || formalItems.has(strings.ReplaceAll(low, " ", "-"))
}

// formalItems are the opening items of formal meetings, written as bare
// lines over the record of them.
var formalItems = wordSet(`adoption-of-the-agenda approval-of-the-agenda adoption-of-the-minutes
approval-of-the-minutes approval-of-minutes adoption-of-minutes`)
