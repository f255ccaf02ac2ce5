package minutes

import "strings"

// This file removes, before the text is cut into blocks, the furniture a
// printed record carries at each page break when it was converted from
// PDF to plain text: a running header of several lines (the sitting's
// date and the assembly's name, then a disclaimer), the page numbers, and
// the header line after each. Unlike the
// one-line blocks markPageFurniture finds, these sit inside a paragraph,
// often between two halves of a sentence; dropping the lines joins the
// halves again, so the speech runs on with its speaker.

// pageFurnitureMinRepeats is how often a running header must recur: on
// three pages it is no coincidence of speech.
const pageFurnitureMinRepeats = 3

// pageMinLines is the fewest lines between two page numbers: a page holds
// more than that.
const pageMinLines = 12

// dropPageFurniture returns text without its page furniture lines, or
// text itself when it has none. Each rule needs the document's own
// repetition, so prose that merely looks like a header stays.
func dropPageFurniture(text string) string {
	if !mayHaveFurniture(text) {
		return text
	}
	lines := strings.Split(text, "\n")
	drop := make([]bool, len(lines))
	n := runningRuns(lines, drop)
	if pages := pageNumbers(lines, drop); len(pages) > 0 {
		n += len(pages) + pageHeaders(lines, drop, pages)
	}
	if n == 0 {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for i, l := range lines {
		if drop[i] {
			continue
		}
		b.WriteString(l)
		if i < len(lines)-1 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// mayHaveFurniture is the cheap first look, as every document passes
// here: page numbers need three bare numbers, and a running header a
// dated line that recurs on pageFurnitureMinRepeats pages. Most documents
// have neither, and are not split into lines and counted.
func mayHaveFurniture(text string) bool {
	numbers := 0
	var dated map[string]int
	for rest := text; rest != ""; {
		l := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		k := furnitureKey(l)
		if k == "" {
			continue
		}
		if len(k) <= 4 && atoiSmall(k) >= 0 {
			numbers++
			if numbers >= pageFurnitureMinRepeats {
				return true
			}
			continue
		}
		if len(k) < 80 && hasYear(k) {
			if dated == nil {
				dated = make(map[string]int)
			}
			dated[k]++
			if dated[k] >= pageFurnitureMinRepeats {
				return true
			}
		}
	}
	return false
}

// furnitureKey is a line as running headers are compared: without the
// spaces a converter leaves around it.
func furnitureKey(l string) string {
	return strings.TrimSpace(l)
}

// runningRuns marks runs of two or more consecutive lines that recur,
// line for line, on pageFurnitureMinRepeats pages or more, hold six
// words or more and a date or page number ("FEBRUARY 23, 2022 COUNTY ASSEMBLY OF NAKURU DEBATES",
// then a three-line disclaimer, on every page of a Kenyan county
// assembly's Hansard). A single recurring line is left to
// markPageFurniture and formFeedHeaders: "Hear, hear." recurs too.
func runningRuns(lines []string, drop []bool) int {
	counts := make(map[string]int)
	for _, l := range lines {
		if k := furnitureKey(l); len(k) >= 4 {
			counts[k]++
		}
	}
	recurs := func(i int) bool {
		k := furnitureKey(lines[i])
		// A code fence recurs in notes that quote code; it is no header.
		return len(k) >= 4 && counts[k] >= pageFurnitureMinRepeats && !strings.HasPrefix(k, "```") && !strings.HasPrefix(k, "~~~")
	}
	// The runs by their first line's key, and how often each run occurs.
	type run struct{ start, end int }
	var runs []run
	seen := make(map[string]int)
	for i := 0; i < len(lines); {
		if !recurs(i) {
			i++
			continue
		}
		j := i
		for j < len(lines) && recurs(j) {
			j++
		}
		if j-i >= 2 && countWords(strings.Join(lines[i:j], " ")) >= 6 && datedRun(lines[i:j]) {
			runs = append(runs, run{i, j})
			seen[runKey(lines[i:j])]++
		}
		i = j
	}
	n := 0
	for _, r := range runs {
		if seen[runKey(lines[r.start:r.end])] < pageFurnitureMinRepeats {
			continue
		}
		for k := r.start; k < r.end; k++ {
			drop[k] = true
			n++
		}
	}
	return n
}

// datedRun reports a run with a year or a page number in one of its
// lines: a running header carries the sitting's date or the page, where
// a vote tally or a poll's question asked thrice carries neither.
func datedRun(lines []string) bool {
	for _, l := range lines {
		if isPageNumber(l) || hasYear(l) {
			return true
		}
	}
	return false
}

// hasYear reports four digits standing alone that read as a year from
// 1800 to 2099. It looks only where a '1' or a '2' is (IndexByte), as it
// runs on most lines of every document.
func hasYear(s string) bool {
	for from := 0; from+4 <= len(s); {
		i := nextYearLead(s, from)
		if i < 0 || i+4 > len(s) {
			return false
		}
		c, d := s[i], s[i+1]
		if (c == '1' && (d == '8' || d == '9') || c == '2' && d == '0') && isDigitByte(s[i+2]) && isDigitByte(s[i+3]) &&
			(i == 0 || !isWordByte(s[i-1])) && (i+4 == len(s) || !isWordByte(s[i+4])) {
			return true
		}
		from = i + 1
	}
	return false
}

// nextYearLead returns the index of the first '1' or '2' in s from from
// on, or -1.
func nextYearLead(s string, from int) int {
	one, two := strings.IndexByte(s[from:], '1'), strings.IndexByte(s[from:], '2')
	switch {
	case one < 0 && two < 0:
		return -1
	case one < 0 || two >= 0 && two < one:
		return from + two
	}
	return from + one
}

// runKey joins a run's keys, to count the runs that repeat whole.
func runKey(lines []string) string {
	keys := make([]string, len(lines))
	for i, l := range lines {
		keys[i] = furnitureKey(l)
	}
	return strings.Join(keys, "\n")
}

// pageHeaders marks a page's running header: one of the two lines after
// a page number (blank lines aside) when the same line follows another
// page number too, on a third of the pages or more, and is short and no
// sentence ("Seanad Éireann" on the even pages and the sitting's date on
// the odd ones; the form feed between them is a blank line by now, see
// normaliseNewlines). A transcript whose pages open straight on speech
// repeats a line after two of its fourteen page numbers by chance.
func pageHeaders(lines []string, drop []bool, pages []int) int {
	var after []int
	counts := make(map[string]int)
	for _, p := range pages {
		seen := 0
		for j := p + 1; j < len(lines) && j <= p+5 && seen < 2; j++ {
			if k := furnitureKey(lines[j]); k != "" && !drop[j] {
				after = append(after, j)
				counts[k]++
				seen++
			}
		}
	}
	n := 0
	for _, j := range after {
		if k := furnitureKey(lines[j]); counts[k] >= 2 && counts[k]*3 >= len(pages) && countWords(k) <= 8 && !endsSentence(k) {
			drop[j] = true
			n++
		}
	}
	return n
}

// pageNumbers marks lines that are only a number when such lines count
// up through the document, each one to three above the one before (457,
// 458, 459) and a page's worth of lines after it: the printed page
// numbers. A lone "2", a column of votes or items numbered on lines of
// their own do not count up so.
func pageNumbers(lines []string, drop []bool) []int {
	var at []int
	last := -1
	for i, l := range lines {
		k := furnitureKey(l)
		if len(k) == 0 || len(k) > 4 {
			continue
		}
		v := atoiSmall(k)
		if v < 0 {
			continue
		}
		if last >= 0 && v > last && v <= last+3 && i-at[len(at)-1] >= pageMinLines {
			at = append(at, i)
		} else {
			if len(at) >= pageFurnitureMinRepeats {
				break
			}
			at = at[:0]
			at = append(at, i)
		}
		last = v
	}
	if len(at) < pageFurnitureMinRepeats {
		return nil
	}
	for _, i := range at {
		drop[i] = true
	}
	return at
}
