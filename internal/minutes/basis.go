package minutes

// basis is why the parser gave a remark its speaker (or nobody). It is
// the parser's own account, for the admin who checks a parse: the bases
// differ widely in how often they are right on real minutes, and
// confidence (confidence.go) is measured per basis.
type basis uint8

// The bases. The zero value is narration: a remark nobody is named for.
const (
	bNarration  basis = iota // no speaker: the scribe's narration, a decision, "???:"
	bLabel                   // a printed label: "Name:", "**Name**", "<nick>", "Name –" over text
	bRole                    // a role label resolved to its holder: "The Chair:", "HON. SPEAKER.-"
	bComma                   // a name and a comma as a label: "Ted, I think …"
	bReported                // reported speech: "Alice said …", "Bob asked whether …"
	bIntroduced              // a paragraph a speaker was introduced for: "Dr Smith presented …"
	bPresenter               // the presenter of the agenda item, from its heading or a "Presenter:" line
	bResumed                 // the speaker whose speech a stage direction interrupted
	bListOwner               // the speaker of the list level a bullet returns to
	bContinued               // a later paragraph of a turn begun above
)

// basisNames are the bases as `plenary parse --format json` writes them.
var basisNames = [...]string{
	bNarration:  "narration",
	bLabel:      "label",
	bRole:       "role",
	bComma:      "comma-label",
	bReported:   "reported",
	bIntroduced: "introduced",
	bPresenter:  "presenter",
	bResumed:    "resumed",
	bListOwner:  "list-owner",
	bContinued:  "continued",
}

// String is the basis's name in the JSON output.
func (b basis) String() string { return basisNames[b] }

// with returns sp attributed on basis b.
func (sp speaker) with(b basis) speaker {
	sp.basis = b
	return sp
}
