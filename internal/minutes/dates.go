package minutes

import (
	"fmt"
	"strings"
)

var monthNames = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
	"janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
	"septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
}

// findDate finds a calendar date in s in any of the common spellings
// ("16 November 2016", "November 16, 2016", "2016-11-16", "19/06/2012",
// "30 Jul ’09", "8th April 2024") and returns it as YYYY-MM-DD.
func findDate(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return "" // every spelling has a day or a year
	}
	if d := isoDate(s); d != "" {
		return d
	}
	var buf [64]string
	toks := dateTokens(s, buf[:0])
	for i, t := range toks {
		m, ok := monthNames[strings.ToLower(strings.TrimSuffix(t, "."))]
		if !ok {
			continue
		}
		if i+2 < len(toks) { // Month Day Year
			if d, y := dayNum(toks[i+1]), yearNum(toks[i+2]); d > 0 && y > 0 {
				return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
			}
		}
		if i > 0 && i+1 < len(toks) { // Day Month Year
			if d, y := dayNum(toks[i-1]), yearNum(toks[i+1]); d > 0 && y > 0 {
				return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
			}
		}
	}
	return slashDate(toks)
}

// dateTokens splits on spaces and commas, keeping slashes and apostrophes,
// appending to buf: callers pass a stack array, as header lines are
// short and this runs on every one of them.
func dateTokens(s string, buf []string) []string {
	start := -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && !isDateSep(s[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			buf = append(buf, s[start:i])
			start = -1
		}
	}
	return buf
}

// isDateSep reports the bytes that separate date tokens.
func isDateSep(c byte) bool {
	switch c {
	case ' ', ',', '\t', '\n', '\r', '\v', '\f', '(', ')', '*', '_', '[', ']':
		return true
	}
	return false
}

// dayNum reads a day of month ("16", "8th"), 0 if it is not one.
func dayNum(t string) int {
	t = strings.TrimRight(strings.ToLower(t), ".")
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		t = strings.TrimSuffix(t, suf)
	}
	n := atoiSmall(t)
	if n < 1 || n > 31 {
		return 0
	}
	return n
}

// yearNum reads a four-digit year or an abbreviated one ("’09").
func yearNum(t string) int {
	t = strings.TrimRight(t, ".:;")
	if strings.HasPrefix(t, "’") || strings.HasPrefix(t, "'") {
		t = strings.TrimLeft(t, "’'")
		if n := atoiSmall(t); len(t) == 2 && n >= 0 {
			return 2000 + n
		}
		return 0
	}
	if n := atoiSmall(t); len(t) == 4 && n >= 1900 && n <= 2100 {
		return n
	}
	return 0
}

// atoiSmall parses a short decimal number, -1 if t is not one.
func atoiSmall(t string) int {
	if t == "" || len(t) > 4 {
		return -1
	}
	n := 0
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return -1
		}
		n = n*10 + int(t[i]-'0')
	}
	return n
}

// isoDate finds YYYY-MM-DD (or YYYY/MM/DD) in s.
func isoDate(s string) string {
	for i := 0; i+10 <= len(s); i++ {
		c := s[i : i+10]
		if (c[4] == '-' || c[4] == '/') && c[7] == c[4] {
			y, m, d := atoiSmall(c[:4]), atoiSmall(c[5:7]), atoiSmall(c[8:10])
			if y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
				if i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
					continue
				}
				return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
			}
		}
	}
	return ""
}

// slashDate reads DD/MM/YYYY (or MM/DD/YYYY when the first part cannot be
// a day... of a month, i.e. the second part is above 12).
func slashDate(toks []string) string {
	for _, t := range toks {
		if strings.Count(t, "/") != 2 && strings.Count(t, ".") < 2 {
			continue // not "19/06/2012" nor "19.06.2012"
		}
		p := strings.Split(strings.TrimRight(t, "."), "/")
		if len(p) != 3 {
			p = strings.Split(strings.TrimRight(t, "."), ".")
		}
		if len(p) != 3 {
			continue
		}
		a, b, y := atoiSmall(p[0]), atoiSmall(p[1]), atoiSmall(p[2])
		if len(p[2]) != 4 || y < 1900 || a < 1 || b < 1 {
			continue
		}
		d, m := a, b
		if b > 12 {
			d, m = b, a
		}
		if m <= 12 && d <= 31 {
			return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
		}
	}
	return ""
}

// isDateLine reports a line that is only a date (with weekday, times and
// punctuation), such as a "## Tuesday, 15 November 2016" heading.
func isDateLine(s string) bool {
	if strings.Contains(s, "—") || strings.Contains(s, "–") {
		s = dashSpacer.Replace(s) // "Day Two—15 May 2029"
	}
	if findDate(s) == "" {
		return false
	}
	var buf [64]string
	for _, t := range dateTokens(s, buf[:0]) {
		lt := strings.ToLower(strings.Trim(t, ".:-–"))
		if lt == "" || monthNames[lt] > 0 || dayNum(lt) > 0 || yearNum(t) > 0 || weekdays.has(lt) || meetingDays.has(lt) ||
			strings.ContainsAny(lt, "0123456789") || lt == "and" || lt == "to" || lt == "-" || lt == "–" {
			continue
		}
		return false
	}
	return true
}

// meetingDays name the day of a meeting of several ("Day Two—15 May
// 2029"), which a date line may open with.
var meetingDays = wordSet(`day one two three four five first second third fourth fifth`)

// dashSpacer turns the dashes that join a date to its day into spaces.
var dashSpacer = strings.NewReplacer("—", " ", "–", " ")

var weekdays = wordSet(`monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun`)
