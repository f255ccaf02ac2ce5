package minutes

import "strings"

// isRollCall reports a block that is a roll call or attendee list, one
// person per line: "Alissa Cooper (Cisco) / IETF Chair", "Ben Campbell
// (Oracle)". It is metadata, not remarks; the registry still reads the
// names (rollCallName), so first names used later resolve to them. A
// single line needs the " / Role" part unless it is a list item, since
// "Name (Org)" alone can also head a speaker's paragraph.
func isRollCall(b *block) bool {
	if len(b.lines) == 0 {
		return false
	}
	slash := false
	for _, l := range b.lines {
		ok, role := rollCallShape(l)
		if !ok {
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
		return false, false
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
