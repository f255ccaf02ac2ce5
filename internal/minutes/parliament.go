package minutes

import "strings"

// honorifics open speaker labels in parliamentary records ("Mr SMITH:",
// "Hon. Peter O'Brien:", "Senator WONG:").
var honorifics = wordSet(`mr mr. mrs mrs. ms ms. miss mx dr dr. hon hon. sir dame lord lady
senator sen. rep. rev. prof. madam mme m. cr cr. cllr cllr. councillor alderman the
reverend rabbi pastor imam bishop`)

// officeWords name the presiding offices of assemblies, printed after
// "The" ("The SPEAKER:", "The Deputy President:", a council's "The LORD
// MAYOR:").
var officeWords = wordSet(`speaker president chair chairman chairperson chairwoman clerk
deputy acting presiding officer secretary convenor convener lord mayor vice vice-president
provost vice-provost dean registrar librarian treasurer chancellor vice-chancellor rector
director minister premier secretary-general pro tempore presiding assistant prime
engineer administrator planner`)

// officeTitles are the offices printed before a holder's name as a title
// ("Provost Marguerite Ellison", "Vice-Provost Ferrante"). Offices that are
// also given names ("Dean") are left out: "Dean Jackson said" is Dean.
var officeTitles = wordSet(`chair chairman chairperson chairwoman president vice-president provost
vice-provost chancellor vice-chancellor rector secretary treasurer registrar director minister premier
mayor clerk secretary-general`)

// parliamentLabel reads the speaker labels of parliamentary records: an
// honorific before a name, often in capitals ("Mr SMITH (Leader of the
// Opposition)"), or an office ("The SPEAKER", "The DEPUTY SPEAKER"). The
// honorific is dropped when a full name follows it; a surname alone keeps
// it ("Mr SMITH"), and the registry resolves it to the full name when the
// document gives one.
func parliamentLabel(name, aff string) (label, bool) {
	h, rest, ok := strings.Cut(name, " ")
	if h2, rest2, ok2 := strings.Cut(rest, " "); ok2 && (strings.EqualFold(h, "right") || strings.EqualFold(h, "most")) && honorifics.hasFold(h2) {
		h, rest = h2, rest2 // "RIGHT REVEREND DAVID S. BALL", "The Most Reverend"
	}
	if !ok || !honorifics.hasFold(h) || rest == "" {
		return label{}, false
	}
	if strings.EqualFold(h, "the") {
		for pos := 0; pos < len(rest); {
			w, next := nextWord(rest, pos)
			if next <= pos || !officeWords.hasFold(w) {
				return label{}, false
			}
			pos = next
		}
		return label{kind: lRole, name: name}, true
	}
	if onlyOffices(rest) {
		// "Mr SPEAKER", "Madam Deputy Speaker", "HON. SPEAKER": the office,
		// which the registry gives its holder's name when it can.
		return label{kind: lRole, name: rest}, true
	}
	if isPersonName(rest) || isCapsName(rest) || isInitials(rest) || allCapsWords(rest) || capsSurname(rest) || nameWords(rest) {
		return label{kind: lPerson, name: stripTitles(name), aff: cleanAffiliation(aff)}, true
	}
	return label{}, false
}

// nameWords reports two to four capitalised words after a title: a
// name, even one with words that are also English ("Mr Tang See Chim",
// "Ms Grace Will"), since a title is only ever followed by one.
func nameWords(s string) bool {
	n := everyWord(s, func(w string, _ int) bool {
		return isUpperByte(w[0]) && asciiNameWord(strings.TrimRight(w, ".,"))
	})
	return n >= 2 && n <= 4
}

// allCapsWords reports one to four words of capital letters ("SMITH",
// "VAN DER BERG"), a surname as parliamentary records print it.
func allCapsWords(s string) bool {
	n := countWords(s)
	if n == 0 || n > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c == ' ' || c == '-' || c == '\'') {
			return false
		}
	}
	return true
}

// capsSurname reports a given name followed by a surname in capitals
// ("Tom REEVE"), as some assemblies print their members.
func capsSurname(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	return i > 0 && isPersonName(s[:i]) && !allCapsWords(s[:i]) && allCapsWords(s[i+1:])
}
