package minutes

import "strings"

// Labels with a recording's time: notes made from a video and meeting
// transcripts write when each speaker starts beside the name.

// stampedName returns the length of the time after a bold name, with
// the spaces around it (" 00:05 ", " [1:02:03] "), when the name reads as
// one, or 0.
func stampedName(name, rest string) int {
	if len(rest) < 5 || rest[0] != ' ' || countWords(name) > 4 || !(titleCaseWords(name) || isNick(name)) {
		return 0
	}
	for _, w := range strings.Fields(name) {
		if stageWords.hasFold(w) || programmeWords.hasFold(w) {
			return 0 // "**Coffee Break** 10:30 Refreshments": a programme
		}
	}
	lead := len(rest) - len(strings.TrimLeft(rest, " "))
	if n := stampLen(rest[lead:]); n > 0 {
		return lead + n
	}
	return 0
}

// stampLen returns the length of the time at the start of s with the
// spaces after it ("00:05 ", "[1:02:03] "), or 0.
func stampLen(s string) int {
	rest, ok := cutTimestamp(s + " ") // the space ends a stamp that ends s
	if !ok {
		return 0
	}
	return min(len(s)+1-len(strings.TrimLeft(rest, " ")), len(s))
}

// stampedHeader reads "[04:07] - **Daira**" on a line of its own: the
// time in a recording a speaker starts at, then their name in bold, over
// what they said (notes made from a video, as Zcash's calls are).
func stampedHeader(s string) (label, bool) {
	if s == "" || s[0] != '[' && !isDigitByte(s[0]) {
		return label{}, false
	}
	rest, ok := cutTimestamp(s)
	if !ok {
		return label{}, false
	}
	rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimLeft(rest, " "), "-"))
	if len(rest) < 5 || !strings.HasPrefix(rest, "**") || !strings.HasSuffix(rest, "**") {
		return label{}, false
	}
	name := rest[2 : len(rest)-2]
	if name == "" || strings.Contains(name, "*") || countWords(name) > 4 || !titleCaseWords(name) {
		return label{}, false
	}
	// The stamp and the bold make the line a speaker's: "Pacu ECC", a
	// handle and a company, is one too.
	return label{kind: lPerson, name: name, bold: true, textStart: int32(len(s))}, true
}

// isStampOnly reports a line that is only a time in a recording
// ("[05:07]", "05:07:31"), which notes from a video set between the
// paragraphs of one speaker.
func isStampOnly(l string) bool {
	if l == "" || l[0] != '[' && !isDigitByte(l[0]) {
		return false
	}
	t := strings.TrimSpace(l)
	return stampLen(t) == len(t)
}

// programmeWords name the parts of a programme that a bold title and a
// time of day announce ("**Welcome Reception** 18:00").
var programmeWords = wordSet(`welcome reception lunch dinner breakfast coffee tea session keynote
opening closing registration networking adjourn adjournment`)
