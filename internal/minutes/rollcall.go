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
