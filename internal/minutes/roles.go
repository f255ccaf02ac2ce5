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
	pos, _ := skipWord(s, 0)
	words := 0
	for words < 3 {
		w, next := nextWord(s, pos)
		if w == "" || !isUpperByte(w[0]) || !officeWords.hasFold(strings.TrimRight(w, ",")) {
			break
		}
		pos, words = next, words+1
		if strings.HasSuffix(w, ",") {
			end := strings.LastIndexByte(s[:next], ',') // "The Treasurer, Mr. …"
			return s[:end], end, true
		}
	}
	if words == 0 {
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

// skipWord returns the offset after the word at pos.
func skipWord(s string, pos int) (int, string) {
	w, next := nextWord(s, pos)
	return next, w
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
		if r, ok := appositive(stripHonorific(s[n+2:])); ok {
			return r, true
		}
		return titledAppositive(s[n+2:])
	}
	if isVerbAt(s, n) {
		return reported{kind: lRole, name: office}, true
	}
	return reported{}, false
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

// stripHonorific drops a title before a name ("Professor Henrik
// Solvang, …").
func stripHonorific(s string) string {
	w, next := nextWord(s, 0)
	if honorifics.hasFold(w) || academicTitles.hasFold(w) {
		return s[skipSpace(s, next):]
	}
	return s
}

// academicTitles are titles printed before a name in academic minutes.
var academicTitles = wordSet(`professor prof prof. dr dr. dean provost vice-provost`)

// holderOf returns the person the document names as holding office
// ("The Provost" is "Marguerite Ellison" when the minutes say "Provost
// Marguerite Ellison" somewhere), or office itself. The answer is kept
// per office: finding it searches the document once for the office word.
func (r *registry) holderOf(office string) string {
	// The office without its article and body: "The Chair of Senate" is
	// the "chair" of "Chair Henrik Solvang".
	key, _, _ := strings.Cut(strings.ToLower(office), " of ")
	key = strings.TrimPrefix(key, "the ")
	if r.offices == nil {
		r.offices = make(map[string]string)
	}
	full, seen := r.offices[key]
	if !seen {
		full = r.findHolder(key)
		r.offices[key] = full
	}
	if full != "" {
		return full
	}
	return office
}

// findHolder looks for the office, capitalised as a title ("Provost",
// "Vice-Provost"), followed by a full name, and returns the name when the
// document gives exactly one.
func (r *registry) findHolder(key string) string {
	if key == "" || strings.Contains(key, " ") {
		return ""
	}
	word := strings.ToUpper(key[:1]) + key[1:]
	if i := strings.IndexByte(word, '-'); i > 0 && i+1 < len(word) {
		word = word[:i+1] + strings.ToUpper(word[i+1:i+2]) + word[i+2:] // "Vice-Provost"
	}
	holder := ""
	for off := 0; ; {
		i := strings.Index(r.text[off:], word+" ")
		if i < 0 {
			return holder
		}
		at := off + i
		off = at + len(word) + 1
		if at > 0 && isWordByte(r.text[at-1]) || deputyBefore(r.text[:at]) {
			continue // "Co-Chair", "Subprovost", "Vice Chair"
		}
		name := r.named(r.text[off:min(len(r.text), off+80)])
		switch {
		case name == "":
		case holder == "":
			holder = name
		case holder != name:
			return "" // two people named with the office: ambiguous
		}
	}
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
		return name
	}
	return ""
}
