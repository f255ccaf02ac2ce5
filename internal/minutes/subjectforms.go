package minutes

import "strings"

// Subjects of reported speech that need more than a name and a verb: a
// name with its role set off by commas, and the subjects that count only
// for people the document names elsewhere (after a modal, a gerund).

// isGerund reports a one-word subject in -ing ("Pickling provided a
// transitive way", "Funding was approved"): a topic far more often than
// a surname (Manning, Golding), which the document then names elsewhere.
func isGerund(name string) bool {
	return len(name) > 5 && !strings.Contains(name, " ") && strings.HasSuffix(name, "ing")
}

// modalAt reports a modal verb ("would", "should", "can") as the first
// word of s, or after an adverb. Auxiliaries of the past ("had
// attended", "was concerned") are reported speech of minutes in their
// own right and are not modals here.
func modalAt(s string) bool {
	w, next := nextWord(s, 0)
	if adverbs.hasFold(w) {
		w, _ = nextWord(s, next)
	}
	return modals.hasFold(trimRightAny(w, ",.:;"))
}

// modals are the modal verbs of speechVerbs.
var modals = wordSet(`would will can could should`)

// appositiveSubject reads a subject followed by an appositive, the
// person's role set off by a comma, before the verb: "Director Bagley,
// Chair of the Oversight Committee(,) provided this update", "Declan
// Feeney, Architect with Feeney McMahon Architects addressed the Meeting",
// "Ann Crisp, the Treasurer, reported" (council and board minutes
// introduce people so). The appositive must open with a role word (or
// "the"/"a" and one), so that a list of names ("Tom, Mary and Ann
// agreed") is not read as one person; the verb must be a speech verb
// within fourteen words, before any other clause.
func appositiveSubject(sent string) (reported, bool) {
	c := strings.Index(sent[:min(len(sent), 48)], ", ")
	if c <= 0 {
		return reported{}, false
	}
	rest := sent[c+2:]
	w, next := nextWord(rest, 0)
	if w == "the" || w == "a" || w == "an" {
		w, _ = nextWord(rest, next)
	}
	if !appositiveRoles.hasFold(strings.TrimRight(w, ",")) {
		return reported{}, false
	}
	for pos, k := 0, 0; k < 14 && pos < len(rest); k++ {
		w, next := nextWord(rest, pos)
		if next <= pos || strings.ContainsAny(w, ";:.()") || relativeWords.has(w) {
			break
		}
		if bare := strings.TrimRight(w, ","); k > 0 && speechVerbs.has(bare) && !weakVerbs.has(bare) && !actVerbs.has(bare) {
			if r, ok := reportedAt(sent[:c] + " " + rest[pos:]); ok && r.kind == lPerson {
				return r, true
			}
			break
		}
		pos = next
	}
	return reported{}, false
}

// appositiveRoles open an appositive: offices and professions.
var appositiveRoles = wordSet(`chair chairman chairperson chairwoman co-chair vice deputy director president
secretary treasurer clerk manager head chief officer member architect engineer consultant
representative coordinator lead leader editor founder councillor mayor professor senior executive`)

// relativeWords open a relative clause inside an appositive ("who
// chairs…"): its verb is not the subject's.
var relativeWords = wordSet(`who which that whose whom`)
