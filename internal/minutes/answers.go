package minutes

import "strings"

// Prose minutes often give a question with its asker and then the answer
// without saying who gave it ("Jeff asked whether the list would be
// gatewayed. The answer is no."; "The chair asked who had read the
// draft: about ten people."). That answer, or the count of a show of
// hands, is not the asker's: it starts a turn with no named speaker.

// questionVerbs make a sentence of reported speech a question.
var questionVerbs = wordSet(`asked asks wondered questioned inquired enquired queried`)

// isQuestion reports a sentence of reported speech that asks something:
// a verb of asking after the speaker, "raised the question", or a
// question mark at its end.
func isQuestion(sent string) bool {
	if strings.HasSuffix(strings.TrimSpace(sent), "?") {
		return true
	}
	name, n := splitName(sent)
	if name == "" {
		return false
	}
	_, rest := readAffiliation(sent[n:])
	rest = strings.TrimPrefix(rest, ",")
	for tries, pos := 0, 0; tries < 2; tries++ {
		w, next := nextWord(rest, pos)
		w = trimRightAny(w, ",.;:")
		if questionVerbs.hasFold(w) {
			return true
		}
		if strings.EqualFold(w, "raised") {
			return strings.HasPrefix(rest[next:], "the question") || strings.HasPrefix(rest[next:], "a question")
		}
		if !adverbs.hasFold(w) {
			return false
		}
		pos = next
	}
	return false
}

// opensAnswer reports a sentence that is an answer given to the room or
// the room's response: "Yes, ...", "No.", "The answer is ...", "There
// were none."
func opensAnswer(sent string) bool {
	w, _ := nextWord(sent, 0)
	switch trimRightAny(w, ",.;:!") {
	case "Yes", "No", "Nope", "Yep", "None", "Nobody":
		return true
	}
	for _, p := range []string{"The answer ", "Answer: ", "There were none", "There was none", "There were no ", "There was no ", "No one "} {
		if strings.HasPrefix(sent, p) {
			return true
		}
	}
	return false
}

// pollAnswer returns the offset in sent of the result that follows a
// question put to the room ("asked who had read the slides: Fewer than
// before"), or -1.
func pollAnswer(sent string) int {
	c := strings.Index(sent, ": ")
	if c < 0 {
		return -1
	}
	head := strings.ToLower(sent[:c])
	if !strings.Contains(head, " asked who ") && !strings.Contains(head, " asked how many ") {
		return -1
	}
	if a := skipSpace(sent, c+1); a < len(sent) {
		return a
	}
	return -1
}

// pollCut returns the offset in s[from:to] of the answer to a question
// put to the room ("How many have read it? 3 or 4 persons", "Who thinks
// this is the right path? A stronger hum for it"), or -1. The question
// itself stays with whoever asked it.
func pollCut(s string, from, to int) int {
	for i := from; i < to; {
		q := strings.Index(s[i:to], "? ")
		if q < 0 {
			return -1
		}
		q += i
		a := skipSpace(s, q+1)
		if a < to && isPollQuestion(s[from:q]) && !strings.HasSuffix(strings.TrimSpace(firstSentence(s[a:])), "?") {
			return a // "Or any version?" is the asker going on
		}
		i = q + 2
	}
	return -1
}

// isPollQuestion reports a question that counts the room: "how many",
// "who has read", "who thinks", a show of hands.
func isPollQuestion(q string) bool {
	if k := strings.LastIndexAny(q, ".!?:"); k >= 0 {
		q = q[k+1:] // the question's own sentence
	}
	q = strings.TrimLeft(q, " *_")
	if containsFold(q, "how many") || containsFold(q, "show of hands") {
		return true
	}
	w, next := nextWord(q, 0)
	v, _ := nextWord(q, next)
	return strings.EqualFold(w, "who") && pollVerbs.has(v)
}

// pollVerbs follow "who" in a question that counts the room.
var pollVerbs = wordSet(`has have thinks is would supports wants prefers objects`)

// containsFold reports whether s holds sub (lower-case ASCII) in any case,
// without the copy ToLower makes.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 == sub[0] && strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// pollAnswers appends the answer to a poll question in s[cut:end], or at
// the start of the next sentence, when it comes after every cut found.
func pollAnswers(s string, cut, end int, out []sentence) []sentence {
	to := min(end+2, len(s)) // a question ending this sentence: "...? 3 or 4"
	if a := pollCut(s, cut, to); a > 0 && (len(out) == 0 || a > out[len(out)-1].cut) {
		out = append(out, sentence{cut: a, kind: sAnswer})
	}
	return out
}

// actionSubject reads a sentence that records a commitment rather than
// speech ("Ekr will get the interested folk together", "The chairs will
// work with the proposers"): the scribe's note of an action item, which
// has no speaker. It returns the subject, "chair" or a name; whether a
// name is a person of the document ("GQUIC will maintain this" is part
// of a speech) is for the turn stage to decide.
func actionSubject(sent string) (string, bool) {
	if sent == "" || !isUpperByte(sent[0]) {
		return "", false
	}
	// The cheap test first, as this runs on every sentence: "will" is
	// searched by its rare first letter, not by the space before it.
	if w := strings.Index(sent[:min(len(sent), 80)], "will "); w < 1 || sent[w-1] != ' ' {
		return "", false
	}
	subj, n := "", 0
	for _, p := range []string{"The chairs ", "The chair ", "Chairs ", "Chair "} {
		if strings.HasPrefix(sent, p) {
			subj, n = "chair", len(p)-1
			break
		}
	}
	if subj == "" {
		name, k := splitName(sent)
		if name == "" || strings.HasSuffix(name, "'s") {
			return "", false
		}
		subj, n = name, k
	}
	rest, ok := strings.CutPrefix(sent[n:], " will ")
	return subj, ok && rest != "" && rest[0] >= 'a' && rest[0] <= 'z'
}
