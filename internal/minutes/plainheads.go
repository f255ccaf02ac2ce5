package minutes

import "strings"

// isTitleCaseHeading recognises a short subheading in plain text that has
// no number and no underline: one line in title case standing alone
// between blank lines ("Open Mic", "Security Considerations"), with body
// text after it. Plain-text minutes set their sections that way, and read
// as remarks such lines would put a whole discussion under the wrong item.
// A line that could be a person's name ("Harald Berg") or the document's
// own title before any body is not taken.
func isTitleCaseHeading(blocks []block, shapes []shape, i int) bool {
	b := &blocks[i]
	if i == 0 || len(b.lines) != 1 || b.kind != kPara || i+1 >= len(blocks) {
		return false
	}
	l := b.lines[0]
	if len(l) > 60 || !isUpperByte(l[0]) || strings.ContainsAny(l[len(l)-1:], ".?!:;,") || !titleCaseWords(l) {
		return false
	}
	if isPersonName(l) && !topicWordsFollow(blocks, i) || isDateLine(l) || opensNonHeading(l) || strings.Contains(l, "  ") || isDraftMark(l) {
		return false
	}
	if _, ok := parseLabel(l); ok || presentedBy(l) != "" {
		return false // "Presentation by Hannes Tschofenig" opens the talk's remarks
	}
	if !bodySeen(blocks, shapes, i) && looksLikeDocTitle(l) {
		return false // a second title line ("Minutes") in the header
	}
	// Body text must follow: a heading right under it ("Administrative -
	// Agenda Items" over "ECC to Standards Track (Sean Turner)") makes it
	// the caption of a restated agenda.
	next := &blocks[i+1]
	// Indented text is body unless what follows is indented further.
	if next.kind != kPara && next.kind != kItem || isRollCall(next) || b.indent > 0 && next.indent <= b.indent {
		return false
	}
	n := next.lines[0]
	return !(len(next.lines) == 1 && (titleCaseWords(n) && !strings.ContainsAny(n[len(n)-1:], ".?!") || isPlainHeading(blocks, i+1)))
}

// topicWordsFollow reports that a word of the name-shaped line i
// ("Routing Extensions") is written in lower case in the next blocks
// ("presented the routing extensions draft"): names are not, topics are.
func topicWordsFollow(blocks []block, i int) bool {
	l := blocks[i].lines[0]
	for pos := 0; pos < len(l); {
		w, next := nextWord(l, pos)
		if next <= pos {
			break
		}
		pos = next
		if len(w) < 4 {
			continue
		}
		low := strings.ToLower(w)
		for j := i + 1; j < len(blocks) && j <= i+3; j++ {
			for _, x := range blocks[j].lines {
				if k := strings.Index(x, low); k >= 0 && (k == 0 || x[k-1] == ' ') {
					return true
				}
			}
		}
	}
	return false
}

// opensNonHeading reports a line that opens like a question, or a slide
// title, which belongs to the presenter's remark: not a heading.
func opensNonHeading(l string) bool {
	w := firstWordLower(l)
	return questionWords.has(w) || w == "slide" || w == "slides"
}

// titleCaseWords reports one to six words, each capitalised or a number,
// except short function words ("of", "and", "for") inside the line.
func titleCaseWords(l string) bool {
	n := everyWord(l, func(w string, n int) bool {
		c := w[0]
		return isUpperByte(c) || c >= '0' && c <= '9' || c == '&' || c == '(' || c == '-' || c == '/' || n > 1 && smallTitleWords.has(w)
	})
	return n >= 1 && n <= 6
}

// smallTitleWords stay in lower case inside a title-case heading.
var smallTitleWords = wordSet(`a an and the of for to in on at by or with from vs vs. via per as`)

// bodySeen reports that a block before i is an agenda item or a sentence
// of body text, so the header region of the document is over.
func bodySeen(blocks []block, shapes []shape, i int) bool {
	for j := 0; j < i; j++ {
		if shapes[j].role == rItem || blocks[j].kind == kPara && wordCount(blocks[j].lines) >= 8 {
			return true
		}
	}
	return false
}

// boldHeading reads a Markdown paragraph that is one short bold phrase
// and nothing else ("**Open Mic**"): writers without heading syntax set
// their sections that way. A bold sentence ("**Martin will do a PR.**")
// or key ("**Attendees:**") is not one.
func boldHeading(b *block) (string, bool) {
	if b.kind != kPara || len(b.lines) != 1 {
		return "", false
	}
	l := b.lines[0]
	var inner string
	for _, m := range []string{"**", "__"} {
		if len(l) > 2*len(m) && strings.HasPrefix(l, m) && strings.HasSuffix(l, m) {
			inner = strings.TrimSpace(l[len(m) : len(l)-len(m)])
		}
	}
	if inner == "" || strings.Contains(inner, "**") || strings.Contains(inner, "__") {
		return "", false
	}
	if title, ok := presentedTitle(inner); ok {
		_, sentence := findReported(title) // "**Martin will do a PR (Ben)**" says who does what
		return inner, !sentence && len(title) <= 90 && isUpperByte(title[0]) && countWords(title) <= 12 && !strings.ContainsAny(title[len(title)-1:], ".?!:;,")
	}
	if len(inner) > 60 || strings.ContainsAny(inner[len(inner)-1:], ".?!:;,") || !titleCaseWords(inner) {
		return "", false
	}
	return inner, true
}

// presentedTitle cuts the presenters off a title that names them in
// parentheses at its end, maybe before the time it started ("Changes to
// the Subscriber Agreement requirements (Ben and Dustin)", "Discussion
// on Applicant Delegation (Corey) 2:26"): the agenda's own way to write
// an item, which need not be in title case then.
func presentedTitle(s string) (string, bool) {
	if w := s[strings.LastIndexByte(s, ' ')+1:]; strings.HasSuffix(s[:len(s)-len(w)], ") ") && clockOnly(w) {
		s = s[:len(s)-len(w)-1] // "… (Corey) 2:26"
	}
	open := strings.LastIndexByte(s, '(')
	if open < 2 || !strings.HasSuffix(s, ")") || !isNameList(s[open+1:len(s)-1]) {
		return "", false
	}
	return strings.TrimSpace(s[:open]), true
}

// speakerHeaders reports notes written with each speaker's name in bold
// on a line of its own over what they said ("**Terence**" then bullets):
// some bold name line recurs. Such lines are speaker labels, not
// headings, wherever they stand.
func speakerHeaders(blocks []block) bool {
	seen := map[string]bool{}
	for i := range blocks {
		if name, ok := boldHeading(&blocks[i]); ok && isPersonName(name) && countWords(name) <= 4 {
			if seen[name] {
				return true
			}
			seen[name] = true
		}
	}
	return false
}

// splitHeadLines splits a numbered heading off the paragraph it heads
// with no blank line between ("3. RFC2817" over "mnot: how much of 2817
// ..."), so that it can be read as an agenda item. Only a line whose
// next line opens a turn is split: a numbered point inside a remark
// runs on as prose.
func splitHeadLines(blocks []block) []block {
	var out []block
	for i := range blocks {
		b := blocks[i]
		if b.kind != kPara || len(b.lines) < 2 || b.indent >= 2 || !headsTurn(b.lines[0], b.lines[1]) {
			if out != nil {
				out = append(out, b)
			}
			continue
		}
		if out == nil {
			out = append(make([]block, 0, len(blocks)+8), blocks[:i]...)
		}
		for len(b.lines) >= 2 && headsTurn(b.lines[0], b.lines[1]) {
			head := b
			head.lines = b.lines[:1:1]
			b.lines, b.line = b.lines[1:], b.line+1
			out = append(out, head)
		}
		out = append(out, b)
	}
	if out == nil {
		return blocks
	}
	return out
}

// headsTurn reports a short numbered title line followed by a line that
// opens a turn with a label or a name and a comma, a numbered title in
// capitals over a line that is not ("X. EXOFICIO REPORTS" over a list of
// names), a section's number over its first subsection's ("2. Segment
// Routing" over "2.1. Path Segment (Cheng Li, 15 min)"), or a title over
// the bare name of the draft it presents, as IETF minutes list them.
func headsTurn(first, second string) bool {
	num, title, ok := splitNumbered(first)
	if !ok || countWords(title) > 10 {
		return false
	}
	if startsTurn(second) || countWords(title) > 1 && capsHeading(title) && !capsHeading(second) {
		return true // a title in capitals heads whatever runs under it
	}
	if sub, subTitle, ok := splitNumbered(second); ok && strings.HasPrefix(sub, strings.TrimSuffix(num, ".")+".") &&
		len(sub) > len(num) && countWords(subTitle) <= 12 {
		return true
	}
	if isDraftName(second) {
		return true
	}
	_, ok = commaOpener(second)
	return ok
}

// isPlainHeading recognises an unnumbered heading in plain text: a short
// line with no sentence punctuation and no label, standing alone or
// followed only by a presenter's name or slide links, and either ending in
// a parenthetical ("Encrypted SNI (DKG)") or followed by a link.
func isPlainHeading(blocks []block, i int) bool {
	b := &blocks[i]
	l := b.lines[0]
	if len(l) > 80 || countWords(l) > 10 || !isUpperByte(l[0]) || strings.ContainsAny(l[len(l)-1:], ".?!:;,") {
		return false
	}
	if _, ok := parseLabel(l); ok || isDateLine(l) || questionWords.has(firstWordLower(l)) {
		return false
	}
	if open := strings.LastIndexByte(l, '('); strings.HasSuffix(l, ")") && open >= 0 &&
		!isNameList(l[open+1:len(l)-1]) && !isLegendLine(strings.ReplaceAll(l[open+1:len(l)-1], " = ", "=")) {
		return false // "Issue # (to be filled in when done)"
	}
	if r, ok := findReported(l); ok && !r.weak {
		return false
	}
	link := false
	for _, x := range b.lines[1:] {
		switch {
		case isMetaLine(x):
			link = true
		case isPersonName(x) && len(b.lines) <= 3:
		default:
			return false
		}
	}
	if !link && len(b.lines) == 1 && i+1 < len(blocks) && len(blocks[i+1].lines) > 0 && isMetaLine(blocks[i+1].lines[0]) {
		link = true
	}
	return link || strings.HasSuffix(l, ")") && !strings.Contains(strings.ToLower(l), "slide") ||
		len(b.lines) == 1 && capsHeading(l) && (i+1 < len(blocks) || strings.IndexByte(l, ' ') > 0)
}

// capitalLetters counts the ASCII capitals of l, or returns -1 when l
// has a lower-case ASCII letter: a line set wholly in capitals.
func capitalLetters(l string) int {
	n := 0
	for i := 0; i < len(l); i++ {
		switch c := l[i]; {
		case c >= 'a' && c <= 'z':
			return -1
		case c >= 'A' && c <= 'Z':
			n++
		}
	}
	return n
}

// capsHeading reports a line in capitals ("QUESTIONS WITHOUT NOTICE",
// "MOTIONS"), the way records of proceedings set their section headings
// in plain text.
func capsHeading(l string) bool {
	letters := capitalLetters(l)
	if letters < 0 {
		return false
	}
	if countWords(l) == 1 {
		// "ADJOURNMENT", but not a caption of the header ("ATTENDEES");
		// the caller wants text under it ("ADJOURNED" may end the file).
		low := strings.ToLower(l)
		return letters >= 6 && letters == len(l) && !rosterHeadings.has(low) && !tocHeadings.has(low) && !metaLabels.has(low)
	}
	return letters >= 6
}

// questionWords open questions, which are not headings.
var questionWords = wordSet(`should shall can could is are do does did what why how who when will would may`)

// firstWordLower returns the first word of s in lower case.
func firstWordLower(s string) string {
	w, _ := nextWord(s, 0)
	return strings.ToLower(w)
}

// markedHeadings reports a Markdown heading or a bold line that reads as
// one anywhere in the document.
func markedHeadings(blocks []block) bool {
	for i := range blocks {
		if blocks[i].kind == kHeading {
			return true
		}
		if _, ok := boldHeading(&blocks[i]); ok {
			return true
		}
	}
	return false
}

// isDraftName reports a line that is only the name of an Internet-Draft
// ("draft-li-pce-sr-path-segment-03"), which IETF minutes print under a
// presentation's title.
func isDraftName(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "draft-") && len(s) > 10 && !strings.ContainsAny(s, " \t")
}
