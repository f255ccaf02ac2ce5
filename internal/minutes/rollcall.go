package minutes

import "strings"

// isRollCall reports a block that is a roll call or attendee list, one
// person per line: "Alissa Cooper (Cisco) / IETF Chair", "Ben Campbell
// (Oracle)". It is metadata, not remarks; the registry still reads the
// names (rollCallName), so first names used later resolve to them. A
// single line needs the " / Role" part unless it is a list item, since
// "Name (Org)" alone can also head a speaker's paragraph; a bare name
// ("Gabriel Montenegro") counts only among other lines, since a lone
// "Interaction Events" bullet is a topic as often as a person.
func isRollCall(b *block) bool {
	// Asked only once the blocks are final (classify and later): the
	// lines and kind it reads no longer change, so the answer is kept.
	if b.rollCall == 0 {
		b.rollCall = -1
		if readRollCall(b) {
			b.rollCall = 1
		}
	}
	return b.rollCall > 0
}

// readRollCall is isRollCall, uncached.
func readRollCall(b *block) bool {
	if len(b.lines) == 0 {
		return false
	}
	slash := false
	for _, l := range b.lines {
		ok, role := rollCallShape(l)
		if !ok || len(b.lines) == 1 && rollCallName(l) == "" {
			return false
		}
		slash = slash || role
	}
	return slash || len(b.lines) > 1 || b.kind == kItem
}

// rollCallShape reports a line that is only a full name with an
// affiliation in parentheses and/or a role after " / ", and whether it
// has the role.
func rollCallShape(l string) (ok, role bool) {
	name := rollCallName(l)
	if name == "" {
		// A bare full name: one line of a list of attendees.
		return isBareName(l), false
	}
	rest := l[len(name):]
	paren := false
	if strings.HasPrefix(rest, " (") {
		end := strings.IndexByte(rest, ')')
		if end < 0 || end > 60 {
			return false, false
		}
		rest, paren = rest[end+1:], true
	}
	rest = strings.TrimRight(rest, " ")
	if rest == "" {
		return paren, false
	}
	if dashRole(rest) != "" {
		// "Pat Thaler – Vice Chair": a roster line, but a single one could
		// as well be a talk's heading ("Ted Hardie - SDCH"), so it does
		// not count as the role that makes one line a roll call.
		return true, false
	}
	if !strings.HasPrefix(rest, " / ") {
		return false, false
	}
	r := rest[3:]
	// A role is a few words, not a sentence.
	if len(r) > 60 || countWords(r) > 8 || strings.ContainsAny(r, ".:;!?") {
		return false, false
	}
	return true, true
}

// isBareName reports a line that is only a full name of two to four
// words ("Gabriel Montenegro"), the way attendee lists are written one
// name per line.
func isBareName(l string) bool {
	if len(l) > 60 || l == "" || !isUpperByte(l[0]) && l[0] < 0x80 {
		return false // the cheap test first: this runs on every line
	}
	n := countWords(l)
	return n >= 2 && n <= 4 && isPersonName(l)
}

// memberEntry reads a line of a legislature's list of members, surname
// first, then the given name (after a title), then the party in
// capitals ("Cheveldayoff, Ken SP Saskatoon Silver Springs", "Van
// Mulligen, Hon. Harry NDP Regina Douglas Park"), and returns the name in
// reading order ("Harry Van Mulligen"), or "".
func memberEntry(l string) string {
	c := strings.IndexByte(l[:min(len(l), 30)], ',')
	if c <= 0 || !isUpperByte(l[0]) && l[0] < 0x80 {
		return ""
	}
	surname := l[:c]
	if !isPersonName(surname) || countWords(surname) > 2 {
		return ""
	}
	rest := strings.TrimSpace(l[c+1:])
	if w, next := nextWord(rest, 0); titleWords.hasFold(w) {
		rest = rest[next:]
	}
	// The given name and initials, up to the party in capitals.
	end := 0
	for pos, words := 0, 0; pos < len(rest) && words < 3; words++ {
		w, next := nextWord(rest, pos)
		if len(w) >= 2 && len(w) <= 5 && isAllUpper(w) && !strings.HasSuffix(w, ".") {
			if end == 0 || !isPersonName(rest[:end]) {
				return ""
			}
			return strings.TrimSpace(rest[:end]) + " " + surname
		}
		if !isNameWord(w) && !isInitialDot(w) {
			return ""
		}
		end = pos + len(w)
		pos = next
	}
	return ""
}

// rollCallName reads the full name that opens a roll-call line ("Alissa
// Cooper (Cisco) / IETF Chair", "Jim Reid, RTFM"), so that the first
// names used as labels later resolve to it.
func rollCallName(l string) string {
	// splitName starts a name only at a word that opens with a capital
	// or a non-ASCII letter (isNameWord), so a line whose first word
	// does not is no roll-call line: one byte decides most lines.
	if !mayStartName(l) {
		return ""
	}
	if strings.IndexByte(l, '(') < 0 && strings.IndexByte(l, '/') < 0 && !hasDashRole(l) {
		return "" // the cheap test first: this runs on every line
	}
	name, n := splitName(l)
	if countWords(name) < 2 || mixedCaps(name) {
		return ""
	}
	if rest := l[n:]; strings.HasPrefix(rest, " (") || strings.HasPrefix(rest, " / ") || dashRole(rest) != "" {
		return name
	}
	return ""
}

// mayStartName reports whether splitName can read a name in s: its first
// word (after spaces, as nextWord reads it) must open with a capital or a
// non-ASCII byte, or isNameWord rejects it and the name is empty.
func mayStartName(s string) bool {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i < len(s) && (isUpperByte(s[i]) || s[i] >= 0x80)
}

// hasDashRole reports a spaced dash in l, as a roster puts between a
// name and a role: the cheap test before reading one.
func hasDashRole(l string) bool {
	if len(l) > 120 {
		return false // a roster line is a name and a few words
	}
	// Search for the dash, not the space: spaces are everywhere. The
	// next '-' and the next 0xE2 (which leads "–" and "—" in UTF-8) are
	// each found by IndexByte and kept until passed, so the dashes are
	// visited in order as a byte loop over both would, at a fraction of
	// its cost (this runs on most lines).
	dash, lead := -1, -1
	for i := 0; i < len(l); {
		dash = nextByteAt(l, '-', i, dash)
		lead = nextByteAt(l, 0xE2, i, lead)
		if min(dash, lead) >= len(l) {
			return false
		}
		i = min(dash, lead)
		w := 1
		if l[i] == 0xE2 {
			w = 3
		}
		if i > 0 && l[i-1] == ' ' && i+w < len(l) && l[i+w] == ' ' {
			return true
		}
		i += w
	}
	return false
}

// nextByteAt returns the offset of the first c in l at or after i, or
// len(l), given last, the answer for an earlier i (or -1): while last is
// still ahead of i it stands.
func nextByteAt(l string, c byte, i, last int) int {
	if last >= i {
		return last
	}
	if k := strings.IndexByte(l[i:], c); k >= 0 {
		return i + k
	}
	return len(l)
}

// dashRole reads the role after a name in a roster line written with a
// dash ("Pat Thaler – Vice Chair", "Bruce Kraemer - 802.11 WG Chair"):
// a few words, not a sentence. A comma may join the office to its body
// ("Chair, 802.3 WG"). It returns "" when rest is not one.
func dashRole(rest string) string {
	for _, m := range []string{" – ", " — ", " - "} {
		if r, ok := strings.CutPrefix(rest, m); ok {
			r = strings.TrimSpace(r)
			if r == "" || len(r) > 60 || countWords(r) > 6 || strings.ContainsAny(r, ":;!?") || strings.HasSuffix(r, ".") {
				return ""
			}
			if isUpperByte(r[0]) || r[0] >= '0' && r[0] <= '9' {
				return r
			}
		}
	}
	return ""
}
