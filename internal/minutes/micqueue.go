package minutes

import "strings"

// Mic queues: IETF-style minutes note who stood at the microphone after a
// key ("Mic: Yusuf Karim (Ameribit) — …"), and the presenter's answers
// under bare or parenthesised answer labels ("Response:", "A (presenter):").

// micKeys label a line by whoever stands at the microphone, named after
// the colon: "Mic: Yusuf Karim (Ameribit) — we would not deploy it".
var micKeys = wordSet(`mic at-mic at-the-mic from-the-mic from-mic mic-line microphone at-microphone floor from-the-floor`)

// isMicKey reports a label key of micKeys, folding case and spaces in a
// stack buffer: every labelled line asks, so nothing is allocated.
func isMicKey(key string) bool {
	if len(key) < 3 || len(key) > 16 {
		return false
	}
	switch key[0] {
	case 'M', 'm', 'A', 'a', 'F', 'f':
	default:
		return false
	}
	var buf [16]byte
	for i := 0; i < len(key); i++ {
		c := lowerByte(key[i])
		if c == ' ' {
			c = '-'
		}
		buf[i] = c
	}
	return micKeys.has(string(buf[:len(key)]))
}

// micSpeaker reads the speaker named at start of s after a mic key: a
// full name, an optional "(Org)", then a dash, colon or comma before the
// words.
func micSpeaker(s string, start int) (label, bool) {
	name, aff, at, ok := nameThenMark(s, start, " — ", " – ", " - ", ": ", ", ")
	if !ok {
		return label{}, false
	}
	return label{kind: lPerson, name: name, aff: aff, textStart: int32(at)}, true
}

// nameThenMark reads a full name at s[start:], an optional "(Org)", then
// one of marks; it returns the name, the affiliation and the offset of
// the text after the mark.
func nameThenMark(s string, start int, marks ...string) (name, aff string, at int, ok bool) {
	name, n := splitName(s[start:])
	if countWords(name) < 2 || !isPersonName(name) {
		return "", "", 0, false
	}
	aff, rest := readAffiliation(s[start+n:])
	for _, m := range marks {
		if strings.HasPrefix(rest, m) {
			return name, aff, len(s) - len(rest) + len(m), true
		}
	}
	return "", "", 0, false
}

// presenterRole names the label of whoever presents the current item
// ("A (presenter):"); the turn stage gives it the item's presenter.
const presenterRole = "Presenter"

// answerLabels open the presenter's answer in a mic queue.
var answerLabels = wordSet(`a answer response reply`)

// presenterWords say "whoever presents" in a label's parentheses.
var presenterWords = wordSet(`presenter speaker author presenters authors`)
