package minutes

import "strings"

// replyVerbs are the verbs that open a second speaker's clause inside one
// sentence ("Jari Arkko asked whether it was sent, and Ted replied that
// it had"): prose minutes join a question and its answer with a comma.
var replyVerbs = wordSet(`replied answered responded said agreed disagreed added noted explained
clarified confirmed countered objected suggested commented remarked observed stated pointed
argued cautioned asked wondered`)

// clauseJoins may stand between the comma and the second speaker's name.
var clauseJoins = wordSet(`and but while whereupon`)

// clauseTurns appends to out the clauses of s[from:to] (one sentence)
// that hand the turn to another speaker: after ", " or "; ", optionally
// "and" or "but", a name directly followed by a verb of replying. A bare
// comma before the name needs a verb of answering, since ", IIJ, asked"
// and "Jim Reid, RTFM, agreed" put an affiliation there; opener is the
// speaker of the sentence itself, whom a clause does not hand over to.
func clauseTurns(s string, from, to int, opener string, out []sentence) []sentence {
	for i := from + 1; i < to; {
		k := indexByte2(s[i:to], ',', ';')
		if k < 0 {
			break
		}
		i += k + 1
		if i >= to || s[i] != ' ' {
			continue
		}
		start := skipSpace(s, i)
		w, next := nextWord(s, start)
		joined := s[i-1] == ';'
		if clauseJoins.has(w) {
			start, joined = next, true
		}
		if r, ok := clauseOffice(s[start:to], joined); ok {
			out = append(out, sentence{cut: start, r: r}) // "…; the Provost replied that…"
			continue
		}
		if strings.HasPrefix(s[start:to], "**") {
			// "…, but **Tomasz** says…": a subject in bold after a comma.
			if r, ok := boldSubject(s[start:to]); ok && r.name != opener {
				out = append(out, sentence{cut: start, r: r})
			}
			continue
		}
		if start >= to || !isUpperByte(s[start]) {
			continue
		}
		if r, ok := clauseSpeaker(s[start:to], joined); ok && r.name != opener {
			out = append(out, sentence{cut: start, r: r})
		}
	}
	return out
}

// clauseOffice reads "the Provost replied" at the start of s, the office
// followed by a verb of replying as clauseSpeaker wants it.
func clauseOffice(s string, joined bool) (reported, bool) {
	if !strings.HasPrefix(s, "the ") {
		return reported{}, false
	}
	office, n, ok := officeSubject(s)
	if !ok {
		return reported{}, false
	}
	w, _ := nextWord(s, n)
	w = trimRightAny(w, ",.;:")
	if !replyVerbs.has(w) || !joined && w != "answered" && w != "replied" && w != "responded" {
		return reported{}, false
	}
	return reported{kind: lRole, name: roleName(office)}, true
}

// clauseSpeaker reads "Name verb" (or "Name (Org) verb") at the start of
// s, the verb a verb of replying; after a bare comma only answering verbs
// ("Mike answered") count.
func clauseSpeaker(s string, joined bool) (reported, bool) {
	name, n := splitName(s)
	if name == "" || isInitials(name) || n >= len(s) || s[n] != ' ' {
		return reported{}, false
	}
	aff, rest := readAffiliation(s[n:])
	if strings.HasPrefix(rest, ",") {
		return reported{}, false
	}
	w, _ := nextWord(rest, 0)
	w = trimRightAny(w, ",.;:")
	if !replyVerbs.has(w) || !joined && w != "answered" && w != "replied" && w != "responded" {
		return reported{}, false
	}
	return reported{kind: lPerson, name: name, aff: aff}, true
}

// lowerStarts appends to out the sentences inside s[from:to] that open
// in lower case with a handle: a label ("... the cache key. roy: that is
// specified") or the subject of reported speech ("... desirable?
// dherman and others think ..."). Sentence splitting starts sentences
// only at capitals, so these are found here; whether the handle is a
// speaker of the document is for the turn stage (see midTurn). ends
// finds the sentence ends of s; the caller asks it at growing offsets.
func lowerStarts(s string, from, to int, ends *sentenceEnds, out []sentence) []sentence {
	for i := from + 1; i < to; {
		k := min(ends.at(i), to) - i
		if i+k >= to {
			break
		}
		end := i + k
		i = end + 1
		start := skipSpace(s, i)
		if start == i || start >= to || s[start] < 'a' || s[start] > 'z' || !isWordByte(s[end-1]) && s[end-1] != ')' {
			continue
		}
		if l, ok := parseLabel(s[start:]); ok && l.kind == lPerson && isNick(l.name) {
			out = append(out, sentence{cut: start, kind: sLabel, lab: l})
		} else if nick, ok := nicknameSubject(s[start:]); ok {
			out = append(out, sentence{cut: start, kind: sNickname, r: reported{kind: lPerson, name: nick}})
		}
	}
	return out
}

// spacedLabels appends to out the labels inside s[from:to] set off by
// two or more spaces rather than a sentence end: text extracted from a
// printed transcript runs its turns together on one line ("[gavel
// pounding] Adams: Good morning …  Fish: 51?"). Whether the name is a
// speaker is for the turn stage (see midTurn). Labels end in a colon, so
// only the text before each colon is searched for a gap.
func spacedLabels(s string, from, to int, out []sentence) []sentence {
	prev := from + 1 // no label starts before this
	for off := from + 1; off < to; {
		k := strings.IndexByte(s[off:to], ':')
		if k < 0 {
			break
		}
		colon := off + k
		off = colon + 1
		j := gapBefore(s, max(prev, colon-130), colon)
		if j < 0 || !isUpperByte(s[j]) {
			continue
		}
		if l, ok := parseLabel(s[j:]); ok && l.kind == lPerson && !l.bold && !l.bracket && j+int(l.textStart) > colon {
			out = append(out, sentence{cut: j, kind: sLabel, lab: l})
			prev = colon
		}
	}
	return out
}

// gapBefore returns where the text after the last gap in s[from:to]
// starts — two spaces, a bracketed stage direction's closing "] ", or a
// page footer's "12 of 18 " — or -1 when there is none.
func gapBefore(s string, from, to int) int {
	for i := to - 1; i > from; i-- {
		if s[i] != ' ' {
			continue
		}
		if s[i-1] == ' ' || s[i-1] == ']' || afterPageOf(s, i) {
			return i + 1
		}
	}
	return -1
}

// afterPageOf reports that s[:i] ends in a page footer's "12 of 18",
// which text extracted from print leaves before the next label.
func afterPageOf(s string, i int) bool {
	if !isDigitByte(s[i-1]) {
		return false
	}
	j := i
	for j > 0 && isDigitByte(s[j-1]) {
		j--
	}
	return j >= 4 && s[j-4:j] == " of " && isDigitByte(s[max(j-5, 0)])
}

// sortCuts orders the sentences of one sentence range by offset: clauses
// and handles are found by separate scans.
func sortCuts(out []sentence) {
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].cut < out[j-1].cut; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
}

// indexByte2 returns the index of the first a or b in s, or -1, without
// the set IndexAny builds on every call.
func indexByte2(s string, a, b byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == a || s[i] == b {
			return i
		}
	}
	return -1
}
