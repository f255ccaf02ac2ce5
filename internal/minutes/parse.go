package minutes

import (
	"path"
	"strings"
)

// Options tune a parse.
type Options struct {
	// Name is the file name, a hint for format detection by its extension
	// (.md, .markdown, .html, .htm, .txt; .rst, .vtt and .srt are read as
	// text with their own markup or cues). It may be empty.
	Name string
	// KnownSpeakers are full names the archive already knows, used to
	// resolve short forms the document itself does not explain. May be nil.
	KnownSpeakers []string
}

// Parse reads minutes (plain text, Markdown or HTML, also reStructuredText
// and WebVTT or SubRip transcripts, in UTF-8, UTF-16,
// the charset an HTML page declares, or Windows-1252/Latin-1) into a
// Document. It returns ErrEmpty,
// ErrBinary, ErrEncoding or ErrNoRemarks for input it cannot read as
// minutes, and never panics.
func Parse(src []byte, opts Options) (doc *Document, err error) {
	text, err := decode(src)
	if err != nil {
		return nil, err
	}
	f := detectFormat(text, opts.Name)
	if f != FormatHTML {
		if sub, ok := subtitleText(text, opts.Name); ok {
			text, f = sub, FormatText // a recording's transcript: cues, not lines
		}
	}
	if f != FormatHTML && strings.Contains(text, nbsp) {
		// A no-break space pasted from a word processor ("debt.\u00a0 CFO
		// Howerter indicated") separates words and sentences like a space.
		text = strings.ReplaceAll(text, nbsp, " ")
	}
	if f != FormatHTML && strings.Contains(text, symbolBullet) {
		text = symbolBullets(text)
	}
	if f != FormatHTML {
		// A .rst file may read as Markdown (bold, code blocks) or text;
		// Markdown without the name is not reStructuredText.
		text = restructuredText(text, opts.Name, f == FormatText)
	}
	if f == FormatText {
		// Print converted to text; HTML has its own (markPageFurniture).
		text = dropPageFurniture(text)
	}
	if f == FormatMarkdown && strings.Contains(text, "[name=") {
		text = hackmdTagsFirst(text)
	}
	if f == FormatMarkdown && strings.Contains(text, "\n"+escapedBullet+" ") {
		text = lineBullets(text, escapedBullet)
	}
	blocks := readBlocks(text, f)
	shapes := classify(blocks, f)
	reg := newRegistry(opts.KnownSpeakers)
	reg.text, reg.blocks = text, blocks
	collectPeople(blocks, shapes, reg)
	doc = &Document{Format: f}
	t := newTurnBuilder(reg, len(blocks))
	header := t.document(doc, blocks, shapes)
	doc.Items = dropFrontMatter(dropEmptyLead(t.finish()), reg.speechRecord())
	readHeader(doc, header, text)
	if countRemarks(doc) == 0 {
		items, ok := narrationOnly(reg, blocks, shapes)
		if !ok {
			return nil, ErrNoRemarks
		}
		doc.Items = items
		doc.Warnings = append(doc.Warnings, Warning{Message: "No speaker was found anywhere in this document: every remark is narration. Check that these are minutes, and set the speakers that should be there."})
	}
	return doc, nil
}

// Minutes may name no speaker at all: a council's decisions in prose, a
// summary with no "X said". Rather than refuse them, their text is kept
// as narration when there is enough of it to be minutes rather than a
// stray note (narrationMinRemarks paragraphs, narrationMinWords words);
// an admin can then set the speakers (issue 15's attribution edits).
const (
	narrationMinRemarks = 3
	narrationMinWords   = 40
)

// isHeaderLine reports a short line that ends no sentence, or a date: a
// title block's line.
func isHeaderLine(text string) bool {
	return !strings.Contains(text, "\n") && (isDateLine(text) || countWords(text) < 8 && !endsSentence(text))
}

// narrationOnly reads the document again with the body starting at its
// first block, for a document in which no block started speech, and
// returns its items when they hold enough narration.
func narrationOnly(reg *registry, blocks []block, shapes []shape) ([]Item, bool) {
	t := newTurnBuilder(reg, len(blocks))
	t.inBody = true
	t.document(&Document{}, blocks, shapes)
	items := dropEmptyLead(t.finish())
	// The title block's lines ("Town Board Minutes", "January 5, 2024")
	// are the header, not narration.
	for len(items) > 0 && len(items[0].Remarks) > 0 && isHeaderLine(items[0].Remarks[0].Text) {
		items[0].Remarks = items[0].Remarks[1:]
	}
	remarks, words := 0, 0
	for _, it := range items {
		for _, r := range it.Remarks {
			remarks++
			words += countWords(r.Text)
		}
	}
	return items, remarks >= narrationMinRemarks && words >= narrationMinWords
}

// readBlocks reads text of format f into blocks, with the per-line
// caches (labels, sentences) set up.
func readBlocks(text string, f Format) []block {
	var blocks []block
	switch f {
	case FormatMarkdown:
		blocks = splitWikiHeadings(splitRunInHeadings(readMarkdownBlocks(text)))
		// Only text with a blank line after most lines can be a printout
		// laid out so: counting is cheaper than splitting every document.
		if strings.Count(text, "\n\n")*10 >= strings.Count(text, "\n")*3 {
			if lines := strings.Split(text, "\n"); isDoubleSpaced(lines) {
				if w := printedWidth(lines); w > 0 {
					blocks = joinWrapped(blocks, w)
				}
			}
		}
	case FormatHTML:
		blocks = readHTMLBlocks(text, 1)
	default:
		blocks = splitWikiHeadings(splitPrintedHeads(splitHeadLines(readTextBlocks(text, 1))))
		joinWrappedLabels(blocks)
	}
	blocks = splitCodedHeads(senderOverStamp(blocks))
	presenterCaptions(blocks)
	markTight(blocks)
	prepareLabels(blocks)
	induceLabels(blocks)
	return blocks
}

// document walks the classified blocks: headings open items, metadata
// ends the current turn, and body blocks are cut into turns. It returns
// the header lines (before the body starts) for readHeader.
func (t *turnBuilder) document(doc *Document, blocks []block, shapes []shape) []string {
	var header []string
	for i := range blocks {
		t.pos = i
		b := &blocks[i]
		switch shapes[i].role {
		case rItem:
			t.startItem(shapes[i])
			t.headingTail(b)
		case rTitle:
			if doc.Title == "" {
				doc.Title = cleanTitle(b.lines[0]) // the heading outranks any header line
			}
		case rFurniture:
			continue
		case rSoft, rMeta:
			t.flush()
			t.cur = speaker{}
			if !t.inBody {
				header = append(header, b.lines...)
			}
		default:
			if b.kind == kBreak || len(b.lines) == 0 {
				continue
			}
			if !t.inBody && !startsSpeech(b) && !t.runsTurns(b) && !printedProse(blocks, i) {
				header = append(header, b.lines...)
				continue
			}
			t.inBody = true
			t.block(b)
		}
	}
	return header
}

// startsSpeech reports a block in the header region that begins the body:
// one with a speaker label or a sentence of reported speech.
func startsSpeech(b *block) bool {
	if b.kind == kCode {
		return false
	}
	for i, l := range b.lines {
		if b.opensTurn(i) {
			lab, _ := b.label(i)
			// "Room: Salon A" in a header is where the meeting was held; in
			// the body "Room:" is somebody in the room.
			return !isLegendLine(l) && !isRoster(lab, l) && !strings.EqualFold(lab.name, "room")
		}
	}
	r, ok := findReported(firstSentence(b.lines[0]))
	return ok && !r.weak && !r.group
}

// printedProse reports a paragraph that runs on into the next in the
// middle of a sentence, as print converted one paragraph per line does
// ("…certify that" over "it can be operational."): a speech whose label
// is on an earlier page, no header line.
func printedProse(blocks []block, i int) bool {
	b := &blocks[i]
	if b.kind != kPara || i+1 >= len(blocks) || blocks[i+1].kind != kPara || len(blocks[i+1].lines) == 0 {
		return false
	}
	last, next := b.lines[len(b.lines)-1], blocks[i+1].lines[0]
	return countWords(last) >= 8 && !endsSentence(last) && next[0] >= 'a' && next[0] <= 'z'
}

// dropFrontMatter removes the unnumbered headings before the first item
// that holds a remark, unless a deeper item follows them: headings of
// the title block ("### Moderator: Tim Beiko", "## Logistics", "##
// Decisions Made" over a table) are no agenda items, while a section's
// heading over its first sub-item ("## Berlin Updates" over "###
// Discussion of …") is one, and so is every numbered heading.
//
// In a verbatim record (a Hansard, a stenographic transcript) the pages
// before the first speech are its cover: the sitting, the members, the
// contents. There the first item is the one where somebody first speaks,
// and the headings before it go with the clerk's text under them.
func dropFrontMatter(items []Item, verbatim bool) []Item {
	first := -1
	for i := range items {
		if len(items[i].Remarks) > 0 && (!verbatim || spoken(items[i].Remarks)) {
			first = i
			break
		}
	}
	if first <= 0 {
		return items
	}
	// An item is kept when it is numbered or heads the kept item right
	// after it: a chain of parents down to the first item with remarks.
	keep := make([]bool, first)
	for i := first - 1; i >= 0; i-- {
		nextKept := i+1 == first || keep[i+1]
		keep[i] = items[i].Number != "" || nextKept && items[i].Depth < items[i+1].Depth ||
			verbatim && i+1 == first && len(items[i].Remarks) > 0 && capsHeading(items[i].Title)
	}
	out := items[:0:0]
	for i := range items {
		if i >= first || keep[i] {
			out = append(out, items[i])
		}
	}
	return out
}

// spoken reports remarks of which one has a speaker.
func spoken(rs []Remark) bool {
	for _, r := range rs {
		if r.Speaker != nil {
			return true
		}
	}
	return false
}

// runsTurns reports a block whose first line runs a transcript's turns
// together after a stage direction ("[gavel pounding] Adams: Good
// morning.  Fish: 51?"): a label inside it names a speaker the document
// labels more than once.
func (t *turnBuilder) runsTurns(b *block) bool {
	if b.kind == kCode || len(b.lines) == 0 {
		return false
	}
	for _, st := range b.sentences(0) {
		if st.kind == sLabel && t.reg.uses[t.reg.lower(st.lab.name)] >= 2 {
			return true
		}
	}
	return false
}

// dropEmptyLead removes the leading unnamed item when nothing came before
// the first heading.
func dropEmptyLead(items []Item) []Item {
	if len(items) > 0 && len(items[0].Remarks) == 0 && items[0].Number == "" && items[0].Title == "" {
		items = items[1:]
	}
	for i := range items {
		if items[i].Remarks == nil {
			items[i].Remarks = []Remark{}
		}
	}
	if items == nil {
		items = []Item{}
	}
	return items
}

// countRemarks counts the remarks of every item of d.
func countRemarks(d *Document) int {
	n := 0
	for _, it := range d.Items {
		n += len(it.Remarks)
	}
	return n
}

// detectFormat uses the file extension when there is one, and otherwise
// sniffs the text: tags mean HTML, Markdown headings or emphasis Markdown.
func detectFormat(text, name string) Format {
	switch strings.ToLower(path.Ext(name)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return FormatMarkdown
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".txt", ".text", ".vtt", ".srt":
		return FormatText
	}
	head := strings.ToLower(text[:min(len(text), 2048)])
	trim := strings.TrimSpace(head)
	if strings.HasPrefix(trim, "<!doctype html") || strings.HasPrefix(trim, "<html") ||
		strings.Contains(head, "<body") || (strings.HasPrefix(trim, "<") && strings.Count(head, "</") >= 3) {
		return FormatHTML
	}
	md := 0
	for _, l := range strings.SplitN(text[:min(len(text), 8192)], "\n", 200) {
		if strings.HasPrefix(l, "#") && strings.Contains(l, "# ") || strings.HasPrefix(l, "**") ||
			strings.HasPrefix(l, "```") || strings.Contains(l, "](") {
			md++
		}
	}
	if md >= 2 {
		return FormatMarkdown
	}
	return FormatText
}

// isRoster reports a front-matter line that names people under a role or
// a list key ("Chairs: Lena Fischer (LF), Omar Haddad (OH)", "Present:
// Ada Nwosu, Felix Moreau"): metadata, not a turn by "Chairs".
func isRoster(lab label, line string) bool {
	if lab.kind != lRole && lab.kind != lMeta || len(lab.name) > 4 && strings.EqualFold(lab.name[:4], "the ") {
		// "THE SECRETARY:  Senator Abate." calls the roll: a list key
		// has no article.
		return false
	}
	// One word after a role is what it says ("Mr ACTING SPEAKER-Order."),
	// not whom the role is held by.
	names := rosterHolders(stripParens(stripLinks(line[lab.textStart:])))
	return isNameList(trimOthers(names)) && (countWords(names) >= 2 || lab.kind == lMeta || dutyRoles.hasFold(lab.name))
}

// dutyRoles are the duties a meeting hands out and its minutes record
// at the top ("Facilitator: Tilmann", "Notary: Janina and others"): one
// name after them is whom the duty fell to, not what a role said.
var dutyRoles = wordSet(`facilitator facilitators notary timekeeper`)

// stripParens removes parenthesised asides such as initials "(LF)".
func stripParens(s string) string {
	if !strings.Contains(s, "(") {
		return strings.TrimRight(s, " .;")
	}
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return strings.TrimRight(b.String(), " .;")
}
