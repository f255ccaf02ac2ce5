package archive

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// NormName folds a speaker name for alias lookup: accents removed, case
// folded, dots and runs of white space collapsed. "J. Arkko" and "j arkko"
// are one alias; "Jari Arkko" and "Arkko" are not (that is the parser's and
// the admin's call, not a string rule's).
func NormName(name string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '.' || unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Slugify makes a URL slug of s: lower-case ASCII letters and digits
// separated by single hyphens, at most max bytes, cut at a word boundary.
// It returns "" when s has no letters or digits.
func Slugify(s string, max int) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(s) {
		r = unicode.ToLower(r)
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r) || r == '\'' || r == '\u2019':
			// Accents and apostrophes vanish: "Daigle's" → "daigles".
		default:
			dash = true
		}
	}
	out := b.String()
	if max > 0 && len(out) > max {
		// Cut inside a word only when it is the first word; a cut that
		// falls on a hyphen keeps every word before it whole.
		cut := out[:max]
		if i := strings.LastIndexByte(cut, '-'); i > 0 && out[max] != '-' {
			cut = cut[:i]
		}
		out = cut
	}
	return strings.Trim(out, "-")
}

// singleSpaced collapses runs of white space to one space and trims the
// ends: how a name or header field typed by an admin is stored.
func singleSpaced(s string) string { return strings.Join(strings.Fields(s), " ") }
