package minutes

// This file holds what may stand before the name of the person a
// sentence of reported speech has as its subject: a description
// ("Neighborhood resident Fernando Cervantes brought up…"), a title of
// standing ("Architect JohnPaul Jones noted…"), and the quantifiers that
// open no name at all ("Several board members attended…").

// quantifiers open a subject that counts people: never a name.
var quantifiers = wordSet(`several many some most both all`)

// descriptorRun returns the length of what a record says a person is,
// printed before their name: a title of standing ("Resident Brigette
// Arden", "Architect JohnPaul Jones", "Councilmember Debora Juarez") or
// a capitalised word and a lower-case one ("Neighborhood resident
// Fernando Cervantes", "Board member Ann Lee"); 0 when s opens otherwise.
// title tells the first kind, which a surname keeps as printed. A
// capitalised name must follow: the description is not the name.
func descriptorRun(s string) (n int, title bool) {
	w, next := nextWord(s, 0)
	title = descriptorTitles.hasFold(w)
	if !title {
		if next >= len(s) || s[next] < 'a' || s[next] > 'z' {
			return 0, false // "Board member": the description's noun in lower case
		}
		w2, next2 := nextWord(s, next)
		if !descriptorNouns.has(w2) {
			return 0, false
		}
		next = next2
	}
	if next >= len(s) || !isUpperByte(s[next]) {
		return 0, false
	}
	return next, title
}

// descriptorTitles are titles of standing, not offices of the meeting,
// that records print before a person's name.
var descriptorTitles = wordSet(`resident neighbor neighbour architect engineer planner attorney
councilmember councilman councilwoman councilor trustee senator representative supervisor alderman
alderwoman selectman selectwoman delegate professor pastor reverend volunteer`)

// descriptorNouns end a description of two words before a name
// ("Neighborhood resident", "Board member", "Parks staffer").
var descriptorNouns = wordSet(`resident member staffer neighbor neighbour volunteer representative liaison`)
