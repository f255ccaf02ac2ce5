package minutes

import "strings"

// The trim helpers below do what strings.Trim and friends do for a cutset
// of ASCII bytes, without building the cutset's lookup table on every
// call: they run once or more per word, and that table showed in profiles.

// trimRightAny removes trailing bytes found in set (ASCII only).
func trimRightAny(s, set string) string {
	for len(s) > 0 && inSet(set, s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// inSet reports c in set: the sets are a few bytes, so a plain loop the
// compiler inlines beats a call to strings.IndexByte.
func inSet(set string, c byte) bool {
	for i := 0; i < len(set); i++ {
		if set[i] == c {
			return true
		}
	}
	return false
}

// trimLeftAny removes leading bytes found in set (ASCII only).
func trimLeftAny(s, set string) string {
	for len(s) > 0 && inSet(set, s[0]) {
		s = s[1:]
	}
	return s
}

// trimAny removes leading and trailing bytes found in set (ASCII only).
func trimAny(s, set string) string { return trimRightAny(trimLeftAny(s, set), set) }

// trimLeadDots removes leading dots, ellipses, emphasis and spaces, the
// marks scribes put before an aside ("...discussion of", "… long").
func trimLeadDots(s string) string {
	for {
		s = trimLeftAny(s, ".* _")
		if !strings.HasPrefix(s, "…") {
			return s
		}
		s = s[len("…"):]
	}
}

// hasMarkupByte reports a byte that markupReplacer may remove; without
// one Replace would return s unchanged.
func hasMarkupByte(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '*' || c == '_' || c == '`' {
			return true
		}
	}
	return false
}

// isSingleSpaced reports ASCII text whose words are joined by single
// spaces, with no space at either end and no other white space: text
// that strings.Fields and strings.Join leave as it is. Non-ASCII text is
// left to them, since Unicode has white space of its own.
func isSingleSpaced(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c >= '\t' && c <= '\r' || c == ' ' && s[i-1] == ' ' {
			return false
		}
	}
	return true
}

// symbolBullet is the bullet of Word's Symbol font, a private-use
// character (U+F0B7) that text and Markdown converted from Word or PDF
// keep at the start of every bulleted line ("\uf0b7 Councillor Teskey
// requested …"): council minutes are mostly written in Word.
const symbolBullet = "\uf0b7"

// symbolBullets turns a symbolBullet opening a line into "-", the list
// marker both the text and the Markdown readers know, so that the line
// reads as a bullet and its first word as the start of its sentence.
func symbolBullets(text string) string { return lineBullets(text, symbolBullet) }

// escapedBullet is a bullet that an HTML-to-Markdown converter escaped
// ("\\* Cllr Summers asked …", from a WordPress export): the writer typed
// an asterisk as a bullet, a reader sees one, and so must the parser.
const escapedBullet = `\*`

// lineBullets turns mark opening a line, before a space, into "-".
func lineBullets(text, mark string) string {
	var b strings.Builder
	b.Grow(len(text))
	for line := range strings.SplitAfterSeq(text, "\n") {
		body := strings.TrimLeft(line, " \t")
		if rest, ok := strings.CutPrefix(body, mark); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			b.WriteString(line[:len(line)-len(body)])
			b.WriteString("-")
			b.WriteString(rest)
			continue
		}
		b.WriteString(line)
	}
	return b.String()
}
