package minutes

import "strings"

// Offices as subjects: narrative minutes of councils, senates and boards
// say "The Provost replied that…" or "The Chair of Senate, Professor
// Henrik Solvang, called the meeting to order" more often than a name.
// A role speaks as itself unless the document names its holder
// ("Provost Marguerite Ellison reported…"), in which case the holder is
// the speaker, as a careful reader would write it.

// officeSubject reads "The Provost" or "The Chair of Senate" at the start
// of s (the caller has checked that s opens with "The"), returning the
// office as printed and the offset after it.
func officeSubject(s string) (string, int, bool) {
	_, pos := nextWord(s, 0) // the article
	words, offices := 0, 0
	// Up to two qualifiers ("IETF", "LLC Executive") before the office
	// words, which end the subject: "The IETF Chair", "The Vice-Provost".
	for words < 4 {
		w, next := nextWord(s, pos)
		bare := strings.TrimRight(w, ",")
		if bare == "" || !isUpperByte(bare[0]) {
			break
		}
		office := officeWords.hasFold(bare)
		if !office && (offices > 0 || words >= 2 || !isQualifier(bare)) {
			break
		}
		pos, words = next, words+1
		if office {
			offices++
		}
		if strings.HasSuffix(w, ",") {
			if !office {
				return "", 0, false
			}
			end := strings.LastIndexByte(s[:next], ',') // "The Treasurer, Mr. …"
			return s[:end], end, true
		}
	}
	if offices == 0 {
		return "", 0, false
	}
	end := pos
	// "of Senate", "of the Council": the body the office belongs to.
	if w, next := nextWord(s, pos); w == "of" {
		if w2, n2 := nextWord(s, next); w2 == "the" {
			next = n2
		}
		if org, n := splitOrg(s[skipSpace(s, next):]); org != "" {
			end = skipSpace(s, next) + n
		}
	}
	return strings.TrimSpace(s[:end]), end, true
}

// isQualifier reports a word that may name whose office follows: an
// acronym ("IETF", "LLC") or a capitalised word ("Executive").
func isQualifier(w string) bool {
	return len(w) >= 2 && len(w) <= 16 && isUpperByte(w[0]) && !clauseOpeners.hasFold(w)
}

// officeReported reads an office as the subject of reported speech:
// "The Provost replied", or with its holder in apposition, "The Chair of
// Senate, Professor Henrik Solvang, called".
func officeReported(s string) (reported, bool) {
	office, n, ok := officeSubject(s)
	if !ok {
		return reported{}, false
	}
	if strings.HasPrefix(s[n:], ", ") {
		if r, ok := appositive(bareName(s[n+2:])); ok { // "Professor Henrik Solvang, …"
			return r, true
		}
		if r, ok := titledAppositive(s[n+2:]); ok {
			return r, true
		}
		return departmentReported(s, n)
	}
	if isVerbAt(s, n) || verbLikeAt(s, n) {
		return reported{kind: lRole, name: roleName(office)}, true // "The Clerk read as follows"
	}
	return reported{}, false
}

// departmentReported reads the department an office is of, set off by a
// comma, then a speech verb: "The Director, Community, Tourism and
// Culture advised", "The Senior Executive Engineer, Road, Traffic &
// Cleansing agreed". The office as printed, department and all, is the
// speaker: council minutes name officials so and list them so.
func departmentReported(s string, n int) (reported, bool) {
	pos := n + 2
	for k := 0; k < 8 && pos < len(s); k++ {
		w, next := nextWord(s, pos)
		bare := strings.TrimRight(w, ",")
		switch {
		case bare == "and" || bare == "&" || bare == "of":
		case bare == "" || !isUpperByte(bare[0]):
			if k > 0 && (isVerbAt(s, pos) || verbLikeAt(s, pos)) && !strings.HasSuffix(s[:pos-1], ",") {
				return reported{kind: lRole, name: roleName(strings.TrimSpace(s[:pos]))}, true
			}
			return reported{}, false
		}
		pos = next
	}
	return reported{}, false
}

// roleName is an office as a speaker's name, its article capitalised as
// a clause may print it lower-case ("…; the Provost replied").
func roleName(office string) string {
	if rest, ok := strings.CutPrefix(office, "the "); ok {
		return "The " + rest
	}
	return office
}

// titledAppositive reads "Mr. McAllister, presented" after an office: a
// title and a surname set off by commas, then the verb. The title makes
// the one word a person's name; the registry finds the full name.
func titledAppositive(s string) (reported, bool) {
	w, next := nextWord(s, 0)
	if !honorifics.hasFold(w) || strings.EqualFold(w, "the") {
		return reported{}, false
	}
	sur, n := splitName(s[next:])
	n += next
	if sur == "" || countWords(sur) > 2 || !strings.HasPrefix(s[n:], ", ") || !isVerbAt(s, n+2) {
		return reported{}, false
	}
	return reported{kind: lPerson, name: strings.TrimSpace(s[:n])}, true
}

// holderOf returns the person the document names as holding office
// ("The Provost" is "Marguerite Ellison" when the minutes say "Provost
// Marguerite Ellison" or "Marguerite Ellison, Provost" somewhere), or
// office itself. The answer is kept per office: finding it searches the
// document once for the office as printed.
func (r *registry) holderOf(office string) string {
	// The office without its article and body: "The Chair of Senate" is
	// the "Chair" of "Chair Henrik Solvang".
	printed, _, _ := strings.Cut(office, " of ")
	printed = strings.TrimPrefix(strings.TrimPrefix(printed, "The "), "the ")
	key := strings.ToLower(printed)
	if r.offices == nil {
		r.offices = make(map[string]string)
	}
	full, seen := r.offices[key]
	if !seen {
		full = r.findHolder(titleCased(printed))
		r.offices[key] = full
	}
	if full != "" {
		return full
	}
	return office
}

// titleCased capitalises each lower-case word of an office as clauses
// print it ("the Provost" stays, "vice-provost" becomes "Vice-Provost").
func titleCased(s string) string {
	b := []byte(s)
	for i := range b {
		if (i == 0 || b[i-1] == ' ' || b[i-1] == '-') && b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// findHolder looks for the office as printed ("Provost", "IETF Chair")
// with a full name after it ("Provost Marguerite Ellison") or before it
// ("Beatriz Salgado, IETF Chair"), and returns the name when the document
// gives exactly one.
func (r *registry) findHolder(office string) string {
	if office == "" {
		return ""
	}
	holder := ""
	for off := 0; ; {
		i := strings.Index(r.text[off:], office)
		if i < 0 {
			return holder
		}
		at := off + i
		off = at + len(office)
		if at > 0 && isWordByte(r.text[at-1]) || deputyBefore(r.text[:at]) || off < len(r.text) && isWordByte(r.text[off]) {
			continue // "Co-Chair", "Subprovost", "Vice Chair", "Chairs"
		}
		name := ""
		if off < len(r.text) && r.text[off] == ' ' {
			name = r.named(r.text[off+1 : min(len(r.text), off+81)])
		}
		if name == "" && strings.HasSuffix(r.text[:at], ", ") {
			name = r.namedBefore(r.text[max(0, at-82) : at-2])
		}
		switch {
		case name == "":
		case holder == "":
			holder = name
		case holder != name:
			return "" // two people named with the office: ambiguous
		}
	}
}

// namedBefore reads a full name ending s, set off from what precedes it
// by the start of a line or a ':', ',', ';' or '(' ("Presiding: Beatriz
// Salgado, IETF Chair").
func (r *registry) namedBefore(s string) string {
	start := strings.LastIndexAny(s, ":,;(\n") + 1
	name := strings.TrimSpace(s[start:])
	if countWords(name) < 2 || countWords(name) > 4 || !isPersonName(name) {
		return ""
	}
	return r.named(name)
}

// deputyBefore reports a word such as "Vice" or "Deputy" ending before:
// "Vice Chair Ann Lee" does not hold the chair.
func deputyBefore(before string) bool {
	before = strings.TrimRight(before, " ")
	w := before[strings.LastIndexAny(before, " \n\t")+1:]
	return deputyWords.hasFold(w)
}

// deputyWords make an office someone else's deputy.
var deputyWords = wordSet(`vice deputy acting associate assistant co`)

// named reads a full name at the start of s: one the registry knows, or
// a person's name printed only there ("Vice-Provost Dario Ferrante" in
// an attendance list).
func (r *registry) named(s string) string {
	name, _ := splitName(s)
	if countWords(name) < 2 {
		return ""
	}
	if full, ok := r.alias[r.lower(name)]; ok {
		return full
	}
	if isPersonName(name) {
		return stripTitles(name) // "Mr. Fred Bradshaw, Chair" is Fred Bradshaw
	}
	return ""
}
