package minutes

import "strings"

// Inside a speaker's paragraph the scribe often records where the room
// ended up, in the same line: "Jana: gives blob some semantics. Consensus
// to factor out and merge that part", "… Conclusion: we will take this to
// the list", "… It was unanimously agreed to renew". Such a sentence is
// the record's, not the speaker's, even in their own words: no speaker
// says "Consensus to …" of their own proposal.

// verdictWords open the scribe's record of an outcome.
var verdictWords = wordSet(`consensus conclusion conclusions outcome decision decisions resolution resolved`)

// isVerdict reports a sentence that opens with the scribe's record of an
// outcome: a verdict word followed by a colon, "to", "that", "is", "was"
// or "on" ("Consensus to …", "Conclusion: …", "Decision was …"), "No
// consensus", "No resolution", or "It was agreed / decided / resolved".
func isVerdict(s string) bool {
	if len(s) < 4 || !verdictLead(s) {
		return false // most sentences are ruled out here, with no word read
	}
	w, next := nextWord(s, 0)
	switch {
	case strings.EqualFold(w, "no"):
		w2, _ := nextWord(s, next)
		return verdictWords.hasFold(trimRightAny(w2, ".,;:"))
	case strings.EqualFold(w, "it"):
		rest := s[next:min(len(s), next+40)]
		for _, p := range []string{"was agreed", "was decided", "was resolved", "was unanimously agreed", "was unanimously resolved"} {
			if len(rest) >= len(p) && strings.EqualFold(rest[:len(p)], p) {
				return true
			}
		}
		return false
	case strings.HasSuffix(w, ":"):
		return verdictWords.hasFold(strings.TrimSuffix(w, ":"))
	case !verdictWords.hasFold(w):
		return false
	}
	w2, _ := nextWord(s, next)
	for _, v := range []string{"to", "that", "is", "was", "on", "reached"} {
		if strings.EqualFold(w2, v) {
			return true
		}
	}
	return false
}

// verdictLead reports a sentence whose first letters can open a verdict:
// "No ", "It ", "Con", "Out", "Dec", "Res" in any case. It runs on every
// sentence after the first, so it reads three bytes and no more.
func verdictLead(s string) bool {
	c0, c1, c2 := s[0]|0x20, s[1]|0x20, s[2]|0x20
	switch c0 {
	case 'n':
		return c1 == 'o' && s[2] == ' '
	case 'i':
		return c1 == 't' && s[2] == ' '
	case 'c':
		return c1 == 'o' && c2 == 'n'
	case 'o':
		return c1 == 'u' && c2 == 't'
	case 'd':
		return c1 == 'e' && c2 == 'c'
	case 'r':
		return c1 == 'e' && c2 == 's'
	}
	return false
}
