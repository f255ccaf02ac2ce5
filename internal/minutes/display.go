package minutes

import (
	"strings"
	"unicode"
)

// isCapsName reports a name of two or more words written in capitals, as
// captioned transcripts print speakers (">>STEVE CROCKER:"), particles
// allowed in lower case ("ABRIL i ABRIL"). One word ("EKR") is initials
// or a handle and stays as printed.
func isCapsName(s string) bool {
	if countWords(s) < 2 {
		return false
	}
	letters := 0
	for pos := 0; pos < len(s); {
		w, next := nextWord(s, pos)
		if next <= pos {
			break
		}
		if pos > 0 && nameParticles.has(w) {
			s = s[:pos] + strings.ToUpper(w) + s[pos+len(w):] // "ABRIL i ABRIL"
		}
		pos = next
	}
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		case r == ' ' || r == '-' || r == '\'' || r == '’' || r == '.':
		default:
			return false
		}
	}
	return letters >= 4
}

// display returns the form of a speaker's name for readers: a name in
// capitals is written as the document writes it elsewhere in mixed case,
// or else in title case, with particles ("van", "de") in lower case when
// the document writes them so. Names compare case-insensitively, so this
// is presentation only.
func (r *registry) display(name string) string {
	if d, ok := r.shown[name]; ok {
		return d
	}
	if !isCapsName(name) && !(onlyOffices(name) && isAllUpper(name) && len(name) > 3) {
		r.shown[name] = name // "SPEAKER", an office in capitals, is shown as "Speaker"
		return name
	}
	d := ""
	for _, n := range r.names {
		if n != name && strings.EqualFold(n, name) && !isCapsName(n) {
			d = n
			break
		}
	}
	if d == "" {
		d = r.titleCase(name)
	}
	r.shown[name] = d
	return d
}

// titleCase writes each word of a capitalised name with one capital, and
// again after a hyphen, apostrophe or initial's dot ("O'BRIEN-SMITH" is
// "O'Brien-Smith", "R.S. AKBAR" is "R.S. Akbar").
func (r *registry) titleCase(name string) string {
	var b strings.Builder
	for i, w := range strings.Fields(name) {
		if i > 0 {
			b.WriteByte(' ')
		}
		low := strings.ToLower(w)
		if i > 0 && nameParticles.has(low) && strings.Contains(r.text, " "+low+" ") {
			b.WriteString(low)
			continue
		}
		upper := true
		for _, c := range low {
			if upper {
				c = unicode.ToUpper(c)
			}
			b.WriteRune(c)
			// Capitals again after a hyphen or apostrophe, and after the
			// dot of an initial ("R.S." stays "R.S.").
			upper = c == '-' || c == '\'' || c == '’' || c == '.'
		}
	}
	return b.String()
}
