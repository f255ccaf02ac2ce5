package minutes

import "strings"

// Records converted from print (a Hansard's PDF turned into HTML) mark
// their headings by type alone: a line in capitals ("ROLL CALL",
// "CONSIDERATION OF BY-LAWS"), sometimes broken over two lines, or the
// title of a question in title case over its number ("Counselling
// Support Provided to Teachers and Students (Question No. 25/2021)").
// The HTML has only paragraphs; these rules read them as headings.

// printHeading reports an HTML paragraph that is a printed heading and
// returns its title, with a second line of capitals that continues it
// ("…STANDING COMMITTEES" over "AND BOARDS AND COMMISSIONS") joined on;
// next is the number of blocks the heading takes.
func printHeading(blocks []block, i int) (title string, next int, ok bool) {
	b := &blocks[i]
	if b.kind != kPara || len(b.lines) == 0 || len(b.lines) > 3 || i+1 >= len(blocks) {
		return "", 0, false
	}
	if len(b.lines) > 1 {
		// A title in capitals over two or three printed lines.
		for _, l := range b.lines {
			if !capsLine(strings.TrimSpace(l)) {
				return "", 0, false
			}
		}
		return strings.Join(strings.Fields(strings.Join(b.lines, " ")), " "), i + 1, bodyFollows(blocks, i+1)
	}
	l := strings.TrimSpace(b.lines[0])
	if _, ok := b.label(0); ok || isDateLine(l) || isPageNumber(l) {
		return "", 0, false
	}
	if capsLine(l) || countWords(l) == 1 && capsHeading(l) && blocks[i+1].opensTurn(0) {
		title, next = titleLines(blocks, i, l)
		return title, next, bodyFollows(blocks, next)
	}
	if t, ok := questionTitle(l); ok {
		return t, i + 1, true
	}
	if subjectLine(blocks, i, l) {
		return l, i + 1, true
	}
	return "", 0, false
}

// titleLines joins onto a heading in capitals the printed lines that
// go on with it, up to three: a line of capitals that continues it ("RE-
// ROUTING OF BUS ROUTES" over "TO CENTRAL BUS STATIONS" over "IN CITY
// AREA"), a word of capitals that cannot head anything alone ("CENTRAL
// PROVIDENT FUND" over "DEPOSITS"), and last a subtitle in parentheses
// ("(Purchase of private houses by middle income group)"), as Hansards
// title each question. It returns the title and the block after it.
func titleLines(blocks []block, i int, title string) (string, int) {
	next := i + 1
	for ; next < len(blocks) && next <= i+3; next++ {
		n := &blocks[next]
		if n.kind != kPara || len(n.lines) != 1 {
			break
		}
		l := strings.TrimSpace(n.lines[0])
		if isSubtitle(l) {
			return title + " " + l, next + 1
		}
		loneWord := countWords(l) == 1 && capsHeading(l) && !(next+1 < len(blocks) && blocks[next+1].opensTurn(0))
		if !loneWord && !(capsLine(l) && (continuesTitle(title, l))) {
			break
		}
		title += " " + l
	}
	return title, next
}

// isSubtitle reports a short line wholly in parentheses under a title.
func isSubtitle(l string) bool {
	return len(l) > 2 && l[0] == '(' && l[len(l)-1] == ')' && strings.IndexByte(l[1:], '(') < 0 && countWords(l) <= 14
}

// subjectLine reports a record's subject heading in title case between
// two speeches ("Establishment and Operations of ICAC" after a sentence,
// over "Mr JOHN KAUPA - Thank you…"), as Hansards head each question.
// A form of address alone ("Mr Deputy Speaker") is none.
func subjectLine(blocks []block, i int, l string) bool {
	p := i - 1
	for p > 0 && len(blocks[p].lines) == 1 && pageMark(blocks[p].lines[0]) {
		p-- // "11/04", "Page 15:": the page broke before the heading
	}
	if p < 0 || blocks[p].kind != kPara || len(blocks[p].lines) == 0 || !blocks[i+1].opensTurn(0) {
		return false
	}
	prev := blocks[p].lines[len(blocks[p].lines)-1]
	n := countWords(l)
	return n >= 2 && n <= 10 && !endsSentence(l) && !strings.HasSuffix(l, ",") && endsSentence(prev) &&
		mostlyCapitalised(strings.ReplaceAll(l, " - ", " ")) && !isAddress(l) && !procedural(l)
}

// pageMark reports a page's number or mark printed between paragraphs:
// a numeral mark or a column mark ("Page 15:").
func pageMark(l string) bool { return numeralMark(l) || isColumnMark(strings.TrimSpace(l)) }

// numeralMark reports a line of digits and punctuation but a colon
// ("11/04", "- 12 -"): alone on a line, the page of a Hansard printout,
// never a remark. "10:30" is a time, which heads what follows.
func numeralMark(l string) bool {
	l = strings.TrimSpace(l)
	if l == "" || len(l) > 12 {
		return false
	}
	digits := false
	for i := 0; i < len(l); i++ {
		switch c := l[i]; {
		case c >= '0' && c <= '9':
			digits = true
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ':' || c >= 0x80:
			return false
		}
	}
	return digits
}

// bodyFollows reports a speaker's turn or a sentence among the four
// blocks from i: a heading stands over the record ("Motion No. 1",
// "Moved by …" then the motion), a caption over the cells of a table
// ("Position", "Councillor Sharma").
func bodyFollows(blocks []block, i int) bool {
	for j := i; j < len(blocks) && j < i+4; j++ {
		b := &blocks[j]
		if b.kind == kTable || b.kind == kHeading || len(b.lines) == 0 {
			return false
		}
		if b.opensTurn(0) || wordCount(b.lines) >= 6 {
			return true
		}
	}
	return false
}

// capsLine reports a line of two to fourteen words in capitals, with no
// digits (a date or a number in capitals is a caption, not an item).
func capsLine(l string) bool {
	n := countWords(l)
	if n < 2 || n > 14 || len(l) > 120 || strings.ContainsAny(l[len(l)-1:], ".?!:;") || hasNumberWord(l) {
		return false
	}
	return capsHeading(l)
}

// hasNumberWord reports a word of digits alone ("2013 - 2014 MAYORALTY
// APPOINTMENTS" is a caption); an ordinal ("200TH") is a word.
func hasNumberWord(l string) bool {
	return everyWord(strings.TrimSpace(l), func(w string, _ int) bool {
		w = trimRightAny(w, ",.;:")
		return !(w != "" && atoiSmall(w) >= 0 || len(w) > 4 && isDigitByte(w[0]) && isDigitByte(w[len(w)-1]))
	}) < 0
}

// continuesTitle reports a second line of capitals that goes on with
// the first: the first ends with a comma or a joining word, or the
// second opens with one.
func continuesTitle(first, second string) bool {
	w, _ := nextWord(strings.TrimSpace(second), 0)
	last := lastWordOf(first)
	return strings.HasSuffix(first, ",") || titleJoins.hasFold(w) || titleJoins.hasFold(last)
}

// titleJoins join the two lines of a heading broken in print.
var titleJoins = wordSet(`and of the for to on in & with`)

// questionTitle reads a title in title case over a parliamentary
// question's number ("… to Teachers and Students (Question No.
// 25/2021)"), and returns the title.
func questionTitle(l string) (string, bool) {
	open := strings.LastIndex(l, "(")
	if open <= 0 || !strings.HasSuffix(l, ")") {
		return "", false
	}
	note := strings.ToLower(l[open+1 : len(l)-1])
	if !strings.HasPrefix(note, "question no") && !strings.HasPrefix(note, "question number") {
		return "", false
	}
	title := strings.TrimSpace(l[:open])
	if title == "" || !titleCaseWords(title) && countWords(title) > 6 && !mostlyCapitalised(title) {
		return "", false
	}
	return title, true
}

// mostlyCapitalised reports a title whose words start with capitals,
// but for the small words of titles: titleCaseWords for longer titles.
func mostlyCapitalised(s string) bool {
	n := everyWord(s, func(w string, _ int) bool { return isUpperByte(w[0]) || smallTitleWords.has(w) })
	return n > 0 && n <= 14
}
