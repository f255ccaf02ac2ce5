package minutes

import "strings"

// The timestamps that open the lines of chat logs, as meeting bots and
// chat clients write them: "[14:02:11]", "14:02", "(01:00:06 PM)",
// "[2020-03-10T16:08:21.871Z]", HexChat's "Oct 30 20:00:03", an export's
// "[10/30/2018 8:00 PM]".

// cutTimestamp strips a leading "[14:02:11] ", "14:02 ", "(14:02:11) " or
// "[2030-03-14 14:02:11] " from line, also with an ISO 8601 "T", fraction
// and zone ("[2020-03-10T16:08:21.871Z]").
func cutTimestamp(line string) (string, bool) {
	s := line
	closer := byte(0)
	switch {
	case strings.HasPrefix(s, "["):
		closer, s = ']', s[1:]
	case strings.HasPrefix(s, "("):
		closer, s = ')', s[1:]
	case strings.HasPrefix(s, "{"):
		closer, s = '}', s[1:]
	}
	dated := len(s) > 11 && s[4] == '-' && s[7] == '-' && (s[10] == ' ' || s[10] == 'T') && atoiSmall(s[:4]) >= 0
	if dated {
		s = s[11:] // a date before the time
	} else if n := spelledDate(s); n > 0 {
		s = s[n:] // "Oct 30 20:00:03", "Tue 2018-10-30 20:00", "10/30/2018 8:00 PM"
	}
	i, seconds := clockEnd(s)
	if i == 0 {
		return line, false
	}
	if seconds {
		i = skipSecondFraction(s, i)
	}
	if dated {
		i = skipZone(s, i) // only a full ISO 8601 stamp has a zone: "14:00-15:00" is a span
	}
	for _, m := range [...]string{" AM", " PM", " am", " pm"} {
		if strings.HasPrefix(s[i:], m) && (closer != 0 || strings.TrimSpace(s[i+len(m):]) != "") {
			// "(01:00:06 PM) cboltz: meeting time"; a time alone on its
			// line ("11:33 AM") is left to isStampOnly as it was.
			i += len(m)
			break
		}
	}
	if closer != 0 {
		if i >= len(s) || s[i] != closer {
			return line, false
		}
		i++
	}
	if i >= len(s) || s[i] != ' ' && s[i] != '\t' {
		return line, false
	}
	return strings.TrimLeft(s[i:], " \t"), true
}

// clockEnd returns where a time at the start of s ends ("9:05",
// "14:02:11"), and whether it has seconds; 0 when s opens with none.
func clockEnd(s string) (int, bool) {
	i := 0
	for i < len(s) && i < 2 && isDigitByte(s[i]) {
		i++
	}
	if i == 0 || !clockAt(s, i) {
		return 0, false
	}
	i += 3
	if clockAt(s, i) {
		return i + 3, true
	}
	return i, false
}

// clockOnly reports a time and nothing else: "4:03", "16:03:04",
// "4:03 PM".
func clockOnly(s string) bool {
	for _, m := range [...]string{" AM", " PM", " am", " pm"} {
		s = strings.TrimSuffix(s, m)
	}
	i, _ := clockEnd(s)
	return i > 0 && i == len(s)
}

// spelledDate returns the length of a date written before a chat line's
// time other than ISO 8601's "2018-10-30 " (which cutTimestamp reads
// itself), or 0: up to four words of month or weekday names, day and
// year numbers or a numeric date ("Oct 30 ", "Tue 2018-10-30 ",
// "10/30/2018 ", "30.10.2018 "), with at least one that only a date
// has, and the time right after them.
func spelledDate(s string) int {
	// Most lines are ruled out by their first byte: a date opens with a
	// digit or a month's or weekday's initial.
	if len(s) < 8 || !(isDigitByte(s[0]) || dateNamePrefix(s)) {
		return 0
	}
	i, dateWord := 0, false
	for range 4 {
		w, next := nextWord(s, i)
		if c := strings.IndexByte(w, ':'); w == "" || c == 1 || c == 2 {
			break // the time
		}
		t := strings.TrimRight(w, ",.")
		switch {
		case len(t) <= 9 && (isMonthOrDay(t) || weekdays.hasFold(t)) || numericDate(t):
			dateWord = true
		case len(t) > 4 || strings.TrimLeft(t, "0123456789") != "":
			return 0
		}
		i = next
	}
	if !dateWord || i == 0 || i >= len(s) || !isDigitByte(s[i]) {
		return 0
	}
	return i
}

// dateNamePrefix reports s opening with the first three letters of a
// month's or a weekday's name, in any case.
func dateNamePrefix(s string) bool {
	if len(s) < 3 {
		return false
	}
	switch string([]byte{s[0] | 0x20, s[1] | 0x20, s[2] | 0x20}) {
	case "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
		"mon", "tue", "wed", "thu", "fri", "sat", "sun":
		return true
	}
	return false
}

// numericDate reports a date of digits with two '/', '.' or '-'
// between them ("10/30/2018", "30.10.18", "2018-10-30").
func numericDate(t string) bool {
	if len(t) < 6 || len(t) > 10 {
		return false
	}
	seps, sep := 0, byte(0)
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case isDigitByte(c):
		case (c == '/' || c == '.' || c == '-') && (sep == 0 || c == sep) && i > 0 && isDigitByte(t[i-1]):
			seps, sep = seps+1, c
		default:
			return false
		}
	}
	return seps == 2 && isDigitByte(t[len(t)-1])
}

// skipSecondFraction skips the ".871" of "16:08:21.871".
func skipSecondFraction(s string, i int) int {
	if i < len(s) && s[i] == '.' {
		j := i + 1
		for j < len(s) && isDigitByte(s[j]) {
			j++
		}
		if j > i+1 {
			return j
		}
	}
	return i
}

// skipZone skips an ISO 8601 zone after a time: "Z" or "+01:00".
func skipZone(s string, i int) int {
	switch {
	case i < len(s) && s[i] == 'Z':
		return i + 1
	case i+5 < len(s) && (s[i] == '+' || s[i] == '-') && isDigitByte(s[i+1]) && isDigitByte(s[i+2]) && clockAt(s, i+3):
		return i + 6
	}
	return i
}

// clockAt reports ":DD" at s[i:].
func clockAt(s string, i int) bool {
	return i+2 < len(s) && s[i] == ':' && isDigitByte(s[i+1]) && isDigitByte(s[i+2])
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
