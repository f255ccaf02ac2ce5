package minutes

import "strings"

// One person written two ways: a surname misspelt by a letter, a middle
// initial given once and dropped after, an office printed before the
// surname of a member the roll call names in full.

// misspelt returns the full name already seen that name misspells or
// shortens: the same first name and a surname with one letter more or
// less ("Thompson" for "Thomson", "Rescheke" for "Reschke"), both of five
// letters or more, or the same names with a middle initial more or less
// ("Luis Villanueva" for the "Luis J. Villanueva" of the roster); or "".
// A letter changed for another ("Jansen", "Jensen") may be another person
// and is left alone.
func (r *registry) misspelt(name string) string {
	first, last, ok := strings.Cut(name, " ")
	if !ok {
		return ""
	}
	for _, n := range r.names {
		f, l, ok := strings.Cut(n, " ")
		if !ok || f != first || l == last {
			continue
		}
		if len(l) >= 5 && len(last) >= 5 && oneEdit(l, last) || dropInitials(l) == last || dropInitials(last) == l {
			return n // "A. Johnson" and "B. Johnson" stay two people
		}
	}
	return ""
}

// dropInitials removes the initials from names ("J. Villanueva" is
// "Villanueva"); what is left must hold a name of two letters or more.
func dropInitials(names string) string {
	var kept []string
	for _, w := range strings.Fields(names) {
		if len(strings.TrimSuffix(w, ".")) > 1 {
			kept = append(kept, w)
		}
	}
	if kept == nil {
		return names
	}
	return strings.Join(kept, " ")
}

// oneEdit reports two strings one letter apart: b is a with one letter
// inserted, or the other way round.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) != 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	c := b[i]
	return (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') && a[i:] == b[i+1:]
}

// sameOffice reports whether the office printed before a surname
// ("Board President Bishop") can be the one held by a full name: the full
// name prints none ("Rob Bishop") or the same ("President Rob Bishop").
func sameOffice(short, full string) bool {
	held := strings.TrimSpace(strings.TrimSuffix(full, dropOffices(full)))
	return held == "" || strings.Contains(strings.ToLower(short), strings.ToLower(held))
}

// namedOnly keeps the names that are more than an office and a surname:
// with a given name after the office, or listed as they are ("Dean
// Smith" in a roster is a given name and a surname).
func (r *registry) namedOnly(cands []string) []string {
	var named []string
	for _, n := range cands {
		if countWords(dropOffices(n)) > 1 || r.listed(n) {
			named = append(named, n)
		}
	}
	return named
}

// listed reports a full name an attendance list or legend gives (the
// registry records those at position -1).
func (r *registry) listed(name string) bool {
	ps := r.mentions[name]
	return len(ps) > 0 && ps[0] < 0
}
