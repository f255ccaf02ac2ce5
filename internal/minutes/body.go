package minutes

import (
	"slices"
	"strings"
	"unicode"
)

// GuessBody names the body that met — "IETF", "QUIC Working Group",
// "Board of Trustees" — from a session title, or returns "" when the
// title does not say. Minutes rarely print the body on a line of its
// own; their titles name it next to what kind of record they are
// ("QUIC WG Meeting Minutes - IETF 100", "Minutes of the Board of
// Trustees meeting"). A title that names no meeting or record and does
// not end like a body ("re-ECN congestion transparency") is a topic, not
// a body, and gives "".
//
// Titles are split at dashes, colons and commas; the first part that
// yields a body wins. Within a part, the body is the first run of words
// between meeting words that still names something without dates,
// ordinals and meeting numbers.
func GuessBody(title string) string {
	for _, part := range splitTitle(title) {
		if body := bodyOfPart(strings.Fields(part)); body != "" {
			return body
		}
	}
	return ""
}

// maxBodyWords bounds a guess: longer remainders are topics, not names.
const maxBodyWords = 8

// splitTitle cuts a title at " - ", dashes, colons, commas and pipes.
func splitTitle(title string) []string {
	title = strings.ReplaceAll(title, " - ", " — ")
	return strings.FieldsFunc(title, func(r rune) bool {
		return r == '—' || r == '–' || r == ':' || r == ',' || r == '|' || r == ';'
	})
}

// bodyOfPart finds the body in one part of a title, or "": the first
// run of words between meeting words that is left with a name once dates
// and numbers are gone. A part without meeting words counts only when it
// ends like a body ("IPsecME WG").
func bodyOfPart(words []string) string {
	if slices.IndexFunc(words, isMeetingWord) < 0 {
		if len(words) == 0 || !isBodySuffix(words[len(words)-1]) {
			return ""
		}
		return cleanBody(words)
	}
	for len(words) > 0 {
		i := slices.IndexFunc(words, isMeetingWord)
		if i < 0 {
			i = len(words)
		}
		if body := cleanBody(words[:i]); body != "" {
			return body
		}
		words = words[min(i+1, len(words)):]
	}
	return ""
}

// cleanBody drops dates, numbers and edge words from a candidate and
// returns what is left if it can be a name.
func cleanBody(words []string) string {
	words = trimEdges(dropDatesAndNumbers(words))
	if len(words) == 0 || len(words) > maxBodyWords || !hasLetterWord(words) {
		return ""
	}
	return strings.Join(words, " ")
}

// meetingWords name a meeting or its record rather than who met.
var meetingWords = wordSet(`minutes notes meeting meetings session sessions plenary interim
	agenda proceedings record report transcript summary call
	teleconference telecon telco f2f face-to-face virtual hansard
	sitting debate debates hearing workshop retreat bof day`)

func isMeetingWord(w string) bool {
	return meetingWords.hasFold(strings.Trim(w, "()[].\"'"))
}

// bodySuffixes end the names of bodies.
var bodySuffixes = wordSet(`wg rg group committee board council team parliament assembly
	senate house commission forum society force chamber congress
	cabinet directorate panel caucus iesg iab ietf irtf tag`)

func isBodySuffix(w string) bool {
	return bodySuffixes.hasFold(strings.Trim(w, "()[].\"'"))
}

// edgeWords are dropped from either end of a guess ("Minutes of the").
var edgeWords = wordSet(`of the a an held on at in for and & by - with`)

func trimEdges(words []string) []string {
	for len(words) > 0 && edgeWords.hasFold(words[0]) {
		words = words[1:]
	}
	for len(words) > 0 && edgeWords.hasFold(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	return words
}

// dropDatesAndNumbers removes month and weekday names, numbers,
// ordinals and numeric dates, and the number of a numbered meeting
// ("IETF97" keeps "IETF": the body, not its 97th meeting).
func dropDatesAndNumbers(words []string) []string {
	out := make([]string, 0, len(words))
	for _, word := range words {
		w := strings.Trim(word, "().,")
		switch {
		case isNumberish(w) || isMonthOrDay(w):
			continue
		case isMeetingNumber(w):
			word = w[:strings.IndexFunc(w, unicode.IsDigit)]
		}
		out = append(out, word)
	}
	return out
}

// isNumberish reports numbers, ordinals ("101st") and numeric dates.
func isNumberish(w string) bool {
	if w == "" || !unicode.IsDigit(rune(w[0])) {
		return false
	}
	w = strings.TrimRight(strings.ToLower(w), "stndrh")
	return strings.Trim(w, "0123456789/-.") == ""
}

// isMeetingNumber reports a body acronym fused with a meeting number
// ("IETF97", "RIPE81") but not a name that contains digits ("TC39").
func isMeetingNumber(w string) bool {
	i := strings.IndexFunc(w, unicode.IsDigit)
	return i >= 2 && isAllUpper(w[:i]) && strings.Trim(w[i:], "0123456789") == "" && len(w)-i >= 2 && knownMeetingSeries.hasFold(w[:i])
}

// knownMeetingSeries number their meetings; "TC39" is a committee, but
// "IETF97" is the 97th IETF meeting.
var knownMeetingSeries = wordSet(`ietf ripe icann nanog apnic arin lacnic afrinic w3c`)

// titleDateWords are the month and weekday names a title's date spells
// out. Not dates.go's monthNames and weekdays: those also read French
// months and short day names, which in a title are words of the body
// ("Mars Society", "Sun Council").
var titleDateWords = wordSet(`january february march april may june july august september
	october november december jan feb mar apr jun jul aug sep sept oct nov dec monday
	tuesday wednesday thursday friday saturday sunday`)

func isMonthOrDay(w string) bool { return titleDateWords.hasFold(w) }

func hasLetterWord(words []string) bool {
	for _, w := range words {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			return true
		}
	}
	return false
}
