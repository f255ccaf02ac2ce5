package minutes

import "strings"

// This file holds the cleaning of a heading's title: the Markdown marks
// and link targets that are markup, not words of the title.

// markupReplacer drops inline emphasis and code marks; a Replacer is safe
// for concurrent use and costly to build, so it is built once.
var markupReplacer = strings.NewReplacer("**", "", "__", "", "`", "")

// cleanTitle strips heading markup: '#', emphasis, code ticks, and link
// targets ("[text](url)" keeps "text").
func cleanTitle(s string) string {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "#"))
	s = stripLinks(s)
	if strings.Count(s, ":") >= 2 {
		s = stripShortcodes(s) // ":handshake: **Budget** :handshake:"
	}
	markup := hasMarkupByte(s)
	if markup {
		s = markupReplacer.Replace(s) // it builds a new string even when nothing matches
	}
	s = strings.Trim(s, "*_ \t")
	if markup {
		s = stripEmphasis(s) // "Happy Eyeballs Testing, _Dave Plonka_, 15 minutes"
	}
	if isSingleSpaced(s) {
		return s // Fields and Join would give s back, in a new string
	}
	return strings.Join(strings.Fields(s), " ")
}

// stripShortcodes drops the emoji shortcodes of GitHub and HackMD
// (":handshake:", ":+1:") standing as words of a title: a word of letters
// between two colons.
func stripShortcodes(s string) string {
	fields := strings.Fields(s)
	kept := fields[:0]
	for _, f := range fields {
		if len(f) > 3 && f[0] == ':' && f[len(f)-1] == ':' && isShortcode(f[1:len(f)-1]) {
			continue
		}
		kept = append(kept, f)
	}
	if len(kept) == len(fields) {
		return s
	}
	return strings.Join(kept, " ")
}

// isShortcode reports the name of an emoji shortcode: lower-case
// letters, digits, '_', '+' and '-', with a letter or '+' among them.
func isShortcode(name string) bool {
	letter := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'a' && c <= 'z' || c == '+':
			letter = true
		case c >= '0' && c <= '9' || c == '_' || c == '-':
		default:
			return false
		}
	}
	return letter
}

// stripLinks turns Markdown links "[text](url)" and reference links
// "[text][]", "[text][ref]" (a roster links each name to a profile so)
// into "text".
func stripLinks(s string) string {
	if !strings.Contains(s, "](") && !strings.Contains(s, "][") {
		return s
	}
	var b strings.Builder
	for {
		open := strings.IndexByte(s, '[')
		if open < 0 {
			break
		}
		mid := matchBracket(s, open)
		if mid < 0 || mid+1 >= len(s) || s[mid+1] != '(' && s[mid+1] != '[' {
			b.WriteString(s[:open+1])
			s = s[open+1:]
			continue
		}
		closer := byte(')')
		if s[mid+1] == '[' {
			closer = ']'
		}
		end := strings.IndexByte(s[mid+1:], closer) + 1
		if end <= 0 {
			break
		}
		if open > 0 && s[open-1] == '!' {
			b.WriteString(s[:open-1]) // an image ("![logo](…)") is no text
		} else {
			b.WriteString(s[:open])
			b.WriteString(stripLinks(s[open+1 : mid]))
		}
		s = s[mid+end+1:]
	}
	b.WriteString(s)
	return b.String()
}

// matchBracket finds the ']' or ')' that closes the '[' or '(' at open,
// or -1.
func matchBracket(s string, open int) int {
	opener, closer := s[open], byte(']')
	if opener == '(' {
		closer = ')'
	}
	depth := 0
	for i := open; i < len(s); i++ {
		switch s[i] {
		case opener:
			depth++
		case closer:
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// stripEmphasis drops the single '_' and '*' that open or close emphasis
// inside a title: one at a word's edge, not one inside a word
// ("draft_name", "v3_01" keep theirs).
func stripEmphasis(s string) string {
	edge := false
	for i := 0; i < len(s) && !edge; i++ {
		if c := s[i]; c == '_' || c == '*' {
			edge = (i > 0 && (isWordByte(s[i-1]) || isDigitByte(s[i-1]))) != (i+1 < len(s) && (isWordByte(s[i+1]) || isDigitByte(s[i+1])))
		}
	}
	if !edge {
		return s // snake_case only: no copy
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' || c == '*' {
			before := i > 0 && (isWordByte(s[i-1]) || isDigitByte(s[i-1]))
			after := i+1 < len(s) && (isWordByte(s[i+1]) || isDigitByte(s[i+1]))
			if before != after {
				continue // an edge: "_Dave" or "Plonka_"
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}
