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
	ends := newSentenceEnds(s)
	for cut := ends.nextSentence(0); cut > 0; cut = ends.nextSentence(cut) {
		cuts = append(cuts, cut)
	}
	return cuts
}

// nextSentence returns the offset of the first sentence that begins after
// from, or -1: a sentence begins after ". ", "? ", "! " (also with a
// closing quote or parenthesis, as in `Web." Hana`) when an upper-case
// letter follows and the dot does not end an abbreviation.
func nextSentence(s string, from int) int {
	ends := newSentenceEnds(s)
	return ends.nextSentence(from)
}

// nextSentence is nextSentence over e.s, reusing what e has found: best
// called with a growing from.
func (e *sentenceEnds) nextSentence(from int) int {
	s := e.s
	for i := max(from, 1); i+2 < len(s); i++ {
		if i = e.at(i); i+2 >= len(s) {
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
		if j >= len(s) || !isUpperByte(s[j]) && !(strings.HasPrefix(s[j:], "**") && j+2 < len(s) && isUpperByte(s[j+2])) {
			continue // a capital opens a sentence, also in bold ("… issue. **Hancock** thinks")
		}
		if c == '.' && isAbbrevBefore(s, i) {
			continue
		}
		return j
	}
	return -1
}

// sentenceEnds finds the '.', '?' and '!' of one string, fastest for
// offsets that grow, as a line is read sentence by sentence and end by
// end: each finder remembers what it has searched, so no byte is searched
// twice for the same mark. An offset before the last one is searched
// afresh.
type sentenceEnds struct {
	s              string
	dot, ask, bang byteFinder
}

func newSentenceEnds(s string) sentenceEnds {
	none := byteFinder{from: len(s) + 1} // nothing searched yet
	return sentenceEnds{s: s, dot: none, ask: none, bang: none}
}

// at returns the offset of the first '.', '?' or '!' at or after i, or
// len(s); the '?' and '!' searches stop at the first dot.
func (e *sentenceEnds) at(i int) int {
	end := len(e.s)
	if d := e.dot.find(e.s, '.', i, end); d >= 0 {
		end = d
	}
	if q := e.ask.find(e.s, '?', i, end); q >= 0 {
		end = q
	}
	if x := e.bang.find(e.s, '!', i, end); x >= 0 {
		end = x
	}
	return end
}

// byteFinder answers "the first c in s[i:lim]" for one s and c from what
// it has searched: s[from:at] holds no c and at holds one, or (at < 0)
// s[from:lim] holds none. A search goes no further than it is asked to,
// and a later one with a further lim goes on from where it stopped, so
// while offsets grow each byte is searched at most once.
type byteFinder struct {
	from, lim, at int
}

// find returns the offset of the first c in s[i:lim], or -1.
func (f *byteFinder) find(s string, c byte, i, lim int) int {
	switch {
	case i < f.from:
	case f.at >= i:
		if f.at < lim {
			return f.at
		}
		return -1
	case f.at < 0 && lim <= f.lim:
		return -1
	case f.at < 0 && i <= f.lim:
		i = f.lim // s[i:f.lim] is known to hold no c
		if k := strings.IndexByte(s[i:lim], c); k >= 0 {
			f.at = i + k
			return f.at
		}
		f.lim = lim
		return -1
	}
	f.from, f.lim, f.at = i, lim, -1
	if k := strings.IndexByte(s[i:lim], c); k >= 0 {
		f.at = i + k
	}
	return f.at
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
var abbreviations = wordSet(`e.g i.e mr ms mrs dr prof st vs etc cf al no approx hon rev sen rep gen lt col capt sgt jr sr messrs mme cllr cr`)

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
