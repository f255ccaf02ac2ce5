package minutes

import (
	"strconv"
	"strings"
)

// numSeq tracks the agenda numbering seen so far.
type numSeq struct {
	last []string
	// roman is set once the agenda numbers its items "I.", "II.", …:
	// then "V" and "X" are numbers, not letters.
	roman bool
}

// accept reports whether num plausibly follows the previous heading number
// (the next sibling, a first child, or the next item of an ancestor) and
// records it.
func (q *numSeq) accept(num string) bool {
	if v := upperRoman(num); v > 0 && (q.roman || num == "I" && len(q.last) == 0) {
		return q.acceptRoman(v)
	}
	if isLetter(num) {
		return q.acceptLetter(num)
	}
	for len(q.last) > 0 && isLetter(q.last[len(q.last)-1]) {
		q.last = q.last[:len(q.last)-1] // "4.14" after "4.13 > C"
	}
	parts := strings.Split(num, ".")
	for k, p := range parts {
		if v := romanValue(p); v > 0 && (k < len(parts)-1 || len(parts) < 3) {
			parts[k] = strconv.Itoa(v) // "10.iv" follows "10.iii"
		} else if k > 0 && len(p) == 1 && p[0] >= 'a' && p[0] <= 'z' {
			parts[k] = strconv.Itoa(int(p[0]-'a') + 1) // "10.ii.b" follows "10.ii.a"
		}
	}
	if len(parts) == 2 && len(parts[1]) == 2 && parts[1][0] == '0' {
		// "2.00", "2.01": IEEE style, item 2 and its first sub-item.
		parts = parts[:1]
		if parts2 := strings.TrimLeft(num[len(num)-2:], "0"); parts2 != "" {
			parts = append(parts, parts2)
		}
	}
	ok := q.follows(parts)
	if ok {
		q.last = parts
	}
	return ok
}

// acceptLetter takes lettered sub-items ("A. Patterns", "B. Defaults")
// under the current numbered item: "A" opens the sub-list, each next
// letter continues it. Before any number, "A" opens a lettered agenda
// (RIPE working groups letter their items).
func (q *numSeq) acceptLetter(l string) bool {
	n := len(q.last)
	switch {
	case n > 0 && isLetter(q.last[n-1]) && isNext(q.last[n-1], l):
		q.last[n-1] = l
	case n > 0 && !isLetter(q.last[n-1]) && (l == "A" || l == "a"):
		q.last = append(q.last[:n:n], l)
	case n == 0 && l == "A":
		q.last = []string{l}
	default:
		return false
	}
	return true
}

// acceptRoman takes a top-level item numbered in capital Roman numerals
// ("I. CALL TO ORDER", "XXIII. ADJOURNMENT"), the outline of minutes kept
// under parliamentary procedure.
func (q *numSeq) acceptRoman(v int) bool {
	if len(q.last) > 1 {
		q.last = q.last[:1] // "II" after "I > A"
	}
	parts := []string{strconv.Itoa(v)}
	if !q.follows(parts) {
		return false
	}
	q.last, q.roman = parts, true
	return true
}

// depth is the nesting level of the item accepted last.
func (q *numSeq) depth() int { return max(len(q.last), 1) }

// isLetter reports a one-letter item number.
func isLetter(s string) bool {
	return len(s) == 1 && (s[0] >= 'A' && s[0] <= 'Z' || s[0] >= 'a' && s[0] <= 'z')
}

// follows reports parts as the next item after the last one accepted:
// its first child, the next sibling, the next item of an ancestor, or a
// later item of the same parent.
func (q *numSeq) follows(parts []string) bool {
	if len(q.last) == 0 {
		return len(parts) == 1 || parts[len(parts)-1] == "1"
	}
	if len(parts) == len(q.last)+1 && parts[len(parts)-1] == "1" && sameParts(parts[:len(q.last)], q.last) {
		return true
	}
	for n := min(len(parts), len(q.last)); n >= 1; n-- {
		if len(parts) == n && sameParts(parts[:n-1], q.last[:n-1]) && isNext(q.last[n-1], parts[n-1]) {
			return true
		}
	}
	// Continued items ("4.1 (cont)") and jumps within the same parent.
	return len(parts) == len(q.last) && sameParts(parts[:len(parts)-1], q.last[:len(q.last)-1]) &&
		atoiSmall(parts[len(parts)-1]) > atoiSmall(q.last[len(q.last)-1])
}

// sameParts reports that a and b agree on the first len(a) parts.
func sameParts(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// isNext reports b == a+1 for numbers or letters.
func isNext(a, b string) bool {
	if na, nb := atoiSmall(a), atoiSmall(b); na >= 0 && nb >= 0 {
		return nb == na+1
	}
	return len(a) == 1 && len(b) == 1 && b[0] == a[0]+1
}

// romanPrefix returns the length of a lower-case Roman numeral (at most
// five letters) at the start of s that ends a word, or 0.
func romanPrefix(s string) int {
	n, _ := romanRun(s, "ivx", " .\t")
	return n
}

// upperRoman reads a capital Roman numeral from I to XXXIX, or 0.
func upperRoman(s string) int {
	if n, v := romanRun(s, "IVX", ""); n == len(s) {
		return v
	}
	return 0
}

// upperRomanPrefix returns the length of a capital Roman numeral at the
// start of s that ends a word ("XIV. RECESS"), or 0.
func upperRomanPrefix(s string) int {
	n, _ := romanRun(s, "IVX", " .)")
	return n
}

// romanRun reads a Roman numeral of one to five of letters at the start
// of s, ended by the end of s or a byte of ends, and returns its length
// and value, or 0, 0.
func romanRun(s, letters, ends string) (n, v int) {
	for n < len(s) && n < 6 && strings.IndexByte(letters, s[n]) >= 0 {
		n++
	}
	if n == 0 || n > 5 || n < len(s) && strings.IndexByte(ends, s[n]) < 0 {
		return 0, 0
	}
	if v = romanOf(s[:n], letters[0] == 'I'); v == 0 {
		return 0, 0
	}
	return n, v
}

// romanValue reads a lower-case Roman numeral from i to xxxix, or 0.
func romanValue(s string) int { return romanOf(s, false) }

// romanOf reads a Roman numeral from 1 to 39 in lower case, or in either
// case when fold is set, or 0 when s is none.
func romanOf(s string, fold bool) int {
	if s == "" || len(s) > 6 {
		return 0
	}
	total, prev := 0, 0
	for k := len(s) - 1; k >= 0; k-- {
		c := s[k]
		if fold {
			c |= 0x20
		}
		v := 0
		switch c {
		case 'i':
			v = 1
		case 'v':
			v = 5
		case 'x':
			v = 10
		default:
			return 0
		}
		if v < prev {
			total -= v
		} else {
			total, prev = total+v, v
		}
	}
	if total > 39 || toRoman(total) != s && !(fold && strings.EqualFold(toRoman(total), s)) {
		return 0
	}
	return total
}

// toRoman writes n (1 to 39) as a lower-case Roman numeral.
func toRoman(n int) string {
	var b strings.Builder
	for _, d := range []struct {
		v int
		s string
	}{{10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}} {
		for n >= d.v {
			b.WriteString(d.s)
			n -= d.v
		}
	}
	return b.String()
}

// splitNumbered splits "3.1. Title", "4.1 Title" or "A. Title" into
// number and title. The title must start with a letter, digit or quote and
// must not read as a sentence of prose.
func splitNumbered(s string) (num, title string, ok bool) {
	num, title, ok = splitNumber(s)
	if !ok {
		return "", "", false
	}
	if _, ok := parseLabel(title); ok && !strings.HasSuffix(title, ":") {
		if l, _ := parseLabel(title); l.kind == lPerson {
			return "", "", false
		}
	}
	return num, title, true
}

// splitNumber is splitNumbered for a line known to be a heading: a title
// that reads like a label ("1. Triage: nominated issues") is still a
// title there.
func splitNumber(s string) (num, title string, ok bool) {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' && i > 0) {
		i++
	}
	if i > 1 && s[i-1] == '.' {
		if n := romanPrefix(s[i:]); n > 0 {
			i += n // "10.iv Proposal": a Roman sub-number
			if i+2 < len(s) && s[i] == '.' && s[i+1] >= 'a' && s[i+1] <= 'z' && (s[i+2] == ' ' || s[i+2] == '.') {
				i += 2 // "10.ii.a": and a lettered one under it
			}
			if i < len(s) && s[i] == '.' {
				i++
			}
		}
	}
	if i == 0 && len(s) > 3 && isUpperByte(s[0]) && (s[1] == '.' || s[1] == ')') && s[2] == ' ' {
		num, title = s[:1], strings.TrimSpace(s[2:])
	} else if i == 0 {
		// No digits: only a capital Roman number is one ("XIV. RECESS").
		n := upperRomanPrefix(s)
		if n < 2 || n+1 >= len(s) || s[n] != '.' || s[n+1] != ' ' {
			return "", "", false
		}
		num, title = s[:n], strings.TrimSpace(s[n+1:])
	} else {
		num = strings.TrimRight(s[:i], ".")
		if i+1 < len(s) && (s[i] == '/' || s[i] == '-') && s[i+1] == ' ' && !strings.Contains(num, ".") && len(num) <= 2 {
			i++ // "1/ Last week's stats", "01- Sliding Window FEC"
		}
		if num == "" || i >= len(s) || (s[i] != ' ' && s[i] != '\t' && s[i] != ')') {
			return "", "", false
		}
		if strings.HasPrefix(num, "0.") {
			return "", "", false // "0.10 maintenance": a version, not a section
		}
		for _, part := range strings.Split(num, ".") {
			if part == "" || len(part) > 2 && romanValue(part) == 0 || part[0] >= 'a' && part[0] <= 'z' && romanValue(part) == 0 && len(part) != 1 {
				return "", "", false
			}
		}
		title = strings.TrimSpace(strings.TrimLeft(s[i:], ")/-"))
	}
	if title == "" || len(title) > 120 || strings.HasSuffix(title, ".") && !strings.HasSuffix(title, "etc.") {
		return "", "", false
	}
	if w, _ := nextWord(title, 0); w == "min" || w == "mins" || w == "minutes" {
		return "", "", false // "5 min Administration": a timebox
	}
	return num, title, true
}

// isLetterItem reports a line numbered with one capital letter ("A. Chair").
func isLetterItem(l string) bool {
	return len(l) > 3 && l[0] >= 'A' && l[0] <= 'Z' && l[1] == '.' && l[2] == ' '
}

// unbold returns a line set wholly in bold as plain text ("**5\. Matters
// arising:**" reads as "5. Matters arising:"), runs split by the word
// processor that wrote it ("**… of** **04/06/2013****:**") joined: a
// numbered line in bold is a numbered line, and the numbering sequence
// decides whether it heads an item. Any other line comes back unchanged.
func unbold(l string) string {
	for _, m := range []string{"**", "__"} {
		body := strings.TrimSuffix(strings.TrimRight(l, " \t"), ":")
		if len(body) > 2*len(m) && strings.HasPrefix(body, m) && strings.HasSuffix(body, m) {
			return strings.Join(strings.Fields(strings.ReplaceAll(strings.ReplaceAll(l, `\.`, "."), m, "")), " ")
		}
	}
	return l
}

// proseAfterNumber reports a printed line of prose that opens with a
// number, not a numbered heading: its title stops on "to" or a comma
// ("24 of the Vision, it is imperative … to"), or a bare number runs into
// a word in lower case ("12 months, we have 18 of those …"), where an
// item's number has its dot ("3. approval of minutes").
func proseAfterNumber(line, title string) bool {
	if cutMidPhrase(title) {
		return true
	}
	i := 0
	for i < len(line) && isDigitByte(line[i]) {
		i++
	}
	return i > 0 && i < len(line) && line[i] == ' ' && title != "" && title[0] >= 'a' && title[0] <= 'z'
}
