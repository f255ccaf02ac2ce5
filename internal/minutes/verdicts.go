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
	if s == "" {
		return false
	}
	switch s[0] | 0x20 { // most sentences are rejected here, with no word read
	case 'c', 'o', 'd', 'r', 'n', 'i':
	default:
		return false
	}
	w, next := nextWord(s, 0)
	if w == "" {
		return false
	}
	low := strings.ToLower(w)
	if low == "no" {
		w2, _ := nextWord(s, next)
		return verdictWords.hasFold(trimRightAny(w2, ".,;:"))
	}
	if low == "it" {
		rest := strings.ToLower(s[next:min(len(s), next+40)])
		for _, p := range []string{"was agreed", "was decided", "was resolved", "was unanimously agreed", "was unanimously resolved"} {
			if strings.HasPrefix(rest, p) {
				return true
			}
		}
		return false
	}
	if strings.HasSuffix(w, ":") {
		return verdictWords.has(strings.ToLower(strings.TrimSuffix(w, ":")))
	}
	if !verdictWords.has(low) {
		return false
	}
	w2, _ := nextWord(s, next)
	switch strings.ToLower(w2) {
	case "to", "that", "is", "was", "on", "reached":
		return true
	}
	return false
}
