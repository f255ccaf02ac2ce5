package minutes

import "strings"

// This file holds the offices written before or around a name in
// reported speech: "General Manager Washington", "The newly installed
// Board Chair Anderson", "The chair, Gert Doering,".

// officeLead open an office of several words printed before a name
// ("General Manager Washington", "Board Chair Anderson", "Executive
// Director Ruiz", "Council Member Smith"); officeRun reads that office.
var officeLead = wordSet(`general board executive deputy vice assistant acting interim city county former
council committee`)

// officeRun returns the length of an office of two or three words at the
// start of s, ending in a title ("General Manager ", "Board Chair ",
// "Council Member "), or 0.
func officeRun(s string) int {
	pos := 0
	for k := 0; k < 3; k++ {
		w, next := nextWord(s, pos)
		if w == "" || next >= len(s) {
			return 0
		}
		if k > 0 && (officeTitles.hasFold(w) || strings.EqualFold(w, "manager") || strings.EqualFold(w, "member")) {
			return next
		}
		if !officeLead.hasFold(w) {
			return 0
		}
		pos = next
	}
	return 0
}

// qualifiedOffice reads an office with words that qualify its holder
// between "The" and it: "The newly installed Board Chair Anderson
// congratulated …", "The outgoing chair thanked …".
func qualifiedOffice(s string) (reported, bool) {
	pos, n := len("The "), 0
	for ; n < 3 && pos < len(s); n++ {
		w, next := nextWord(s, pos)
		if !officeQualifiers.has(w) {
			break
		}
		pos = next
	}
	if n == 0 || pos >= len(s) {
		return reported{}, false
	}
	if isUpperByte(s[pos]) {
		if r, ok := reportedAt(s[pos:]); ok && (r.kind == lPerson || r.kind == lRole) {
			return r, true // "Board Chair Anderson congratulated"
		}
	}
	return officeReported("The " + s[pos:]) // "The Secretary read"; a bare "outgoing chair" names nobody sure
}

// officeQualifiers stand between "The" and an office: its holder's
// standing, not the office.
var officeQualifiers = wordSet(`newly recently incoming outgoing new former acting interim elected re-elected
installed appointed retiring departing current`)

// appositive reads the name after a role ("The chair, Gert Doering,
// opened the session"): a full name set off by commas, then the verb.
func appositive(s string) (reported, bool) {
	name, n := splitName(s)
	if countWords(name) < 2 || !strings.HasPrefix(s[n:], ", ") || !isVerbAt(s, n+2) {
		return reported{}, false
	}
	return reported{kind: lPerson, name: name}, true
}

// rosterHolder drops the office a roster prints before a member's name
// ("Town Manager Andrew Dorsett", "V. Chairman Chad Stearns", "Finance
// Director Karen Noyes"): the minutes then call the member by surname
// ("Dorsett said"), which must find the person, not the office. Two
// words are always left: "Dean Jackson" keeps his given name.
func rosterHolder(entry string) string {
	return dropLeading(entry, 2, rosterOffice)
}

// rosterHolders drops the offices before the names of a roster's
// comma-separated entries (see rosterHolder).
func rosterHolders(list string) string {
	if !strings.Contains(list, " ") {
		return list
	}
	entries := strings.Split(list, ",")
	for i, e := range entries {
		entries[i] = rosterHolder(strings.TrimSpace(e))
	}
	return strings.Join(entries, ", ")
}

// dropOffices drops the offices printed before a surname in council and
// board minutes ("Board President Bishop", "Council Member Smith",
// "Vice Mayor Anderson"), leaving at least one word.
func dropOffices(name string) string {
	return dropLeading(name, 1, func(w string) bool { return rosterOffice(w) || rankTitles.hasFold(w) })
}

// rosterOffice reports a word of an office a roster prints before a name.
func rosterOffice(w string) bool {
	return officeWords.hasFold(w) || officeTitles.hasFold(w) || rosterOffices.hasFold(w)
}

// dropLeading drops the words office accepts from the start of name,
// leaving at least keep words.
func dropLeading(name string, keep int, office func(string) bool) string {
	rest := name
	for {
		w, r, ok := strings.Cut(rest, " ")
		if !ok || countWords(r) < keep || !office(w) {
			return rest
		}
		rest = strings.TrimSpace(r)
	}
}

// rosterOffices are the words of local offices printed before a member's
// name in a roster, beside the assembly offices of officeWords.
var rosterOffices = wordSet(`board town city county village borough finance executive v. vice selectman
selectwoman selectperson commissioner trustee councilmember councilman councilwoman council member
manager superintendent solicitor attorney supervisor alderman alderwoman`)
