package minutes

import "strings"

// firstSentence returns s up to its first sentence end.
func firstSentence(s string) string {
	if cut := nextSentence(s, 0); cut > 0 {
		return s[:cut]
	}
	return s
}

// sentenceStarts lists the byte offsets where sentences begin in s: 0 and
// every offset nextSentence finds.
func sentenceStarts(s string) []int {
	cuts := []int{0}
	for cut := nextSentence(s, 0); cut > 0; cut = nextSentence(s, cut) {
		cuts = append(cuts, cut)
	}
	return cuts
}

// nextSentence returns the offset of the first sentence that begins after
// from, or -1: a sentence begins after ". ", "? ", "! " (also with a
// closing quote or parenthesis, as in `Web." Hana`) when an upper-case
// letter follows and the dot does not end an abbreviation.
func nextSentence(s string, from int) int {
	for i := max(from, 1); i+2 < len(s); i++ {
		if i = indexSentenceEnd(s, i); i+2 >= len(s) {
			break
		}
		c := s[i]
		k := i + 1
		for k < len(s) && (s[k] == '"' || s[k] == ')' || s[k] == '\'') {
			k++
		}
		if strings.HasPrefix(s[k:], "”") {
			k += len("”")
		}
		if k >= len(s) || s[k] != ' ' {
			continue
		}
		j := skipSpace(s, k)
		if j >= len(s) || !isUpperByte(s[j]) {
			continue
		}
		if c == '.' && isAbbrevBefore(s, i) {
			continue
		}
		return j
	}
	return -1
}

// indexSentenceEnd returns the offset of the first '.', '?' or '!' at or
// after i, or len(s): the '?' and '!' searches stop at the first dot, so
// a line is scanned about once by each IndexByte, not byte by byte.
func indexSentenceEnd(s string, i int) int {
	end := len(s)
	if d := strings.IndexByte(s[i:], '.'); d >= 0 {
		end = i + d
	}
	if q := strings.IndexByte(s[i:end], '?'); q >= 0 {
		end = i + q
	}
	if e := strings.IndexByte(s[i:end], '!'); e >= 0 {
		end = i + e
	}
	return end
}

// isAbbrevBefore reports a dot that ends an abbreviation or initial
// ("e.g.", "Mr.", "B.") rather than a sentence.
func isAbbrevBefore(s string, dot int) bool {
	start := dot
	for start > 0 && s[start-1] != ' ' {
		start--
	}
	w := s[start:dot]
	if len(w) == 1 && isUpperByte(s[start]) {
		return true
	}
	return abbreviations.hasFold(w)
}

// abbreviations end in a dot that does not end a sentence.
var abbreviations = wordSet(`e.g i.e mr ms mrs dr prof st vs etc cf al no approx`)

// isScheduleLine reports a line that only gives a session's time
// ("Monday Session 15:20-17:20", "10:00-11:00am"): header matter for the
// part of the meeting that follows, not a remark.
func isScheduleLine(l string) bool {
	if c := strings.IndexByte(l, ':'); c < 0 || c+1 >= len(l) || l[c+1] < '0' || l[c+1] > '9' {
		return false
	}
	hasTime := false
	for _, w := range strings.Fields(l) {
		lw := strings.ToLower(trimAny(w, ",;()_*"))
		switch {
		case strings.Contains(lw, ":") && strings.ContainsAny(lw, "0123456789"):
			hasTime = true
		case weekdays.has(lw) || scheduleWords.has(lw) || monthNames[lw] > 0 || atoiSmall(lw) >= 0 || dayNum(lw) > 0:
		default:
			return false
		}
	}
	return hasTime
}

var scheduleWords = wordSet(`session sessions morning afternoon evening am pm - – to and utc kst local time`)
