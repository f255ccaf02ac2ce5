// Package minutes parses the minutes of a meeting (plain text, Markdown or
// HTML) into a Document: header metadata, agenda items and the remarks made
// under each item, attributed to speakers.
//
// The package is pure: bytes in, Document out. It does no I/O, keeps no
// global state and knows nothing of the archive that stores its output, so
// the same parse runs in the CLI, in ingest and in the admin preview.
package minutes

// Document is one parsed minutes document. Its JSON form is the public
// contract of `plenary parse --format json` (see DESIGN.md).
type Document struct {
	// Title, Date and Location come from the header of the minutes. Date is
	// ISO 8601 (YYYY-MM-DD); any of them is "" when the minutes do not say.
	Title    string `json:"title"`
	Date     string `json:"date"`
	Location string `json:"location"`
	// Format is the input format the parser detected.
	Format Format `json:"-"`
	// Items are the agenda items in document order. Remarks before the first
	// heading sit in a leading item with empty number and title.
	Items []Item `json:"items"`
	// Warnings are things a human should look at before publishing.
	Warnings []Warning `json:"-"`
}

// Item is one agenda item (a heading in the minutes) and the remarks under it.
type Item struct {
	// Number is as printed without its trailing dot ("3.1"), "" if unnumbered.
	Number string `json:"number"`
	Title  string `json:"title"`
	// Depth is the nesting level, 1 for top-level items.
	Depth   int      `json:"depth"`
	Remarks []Remark `json:"remarks"`
}

// Remark is one run of text by one speaker.
type Remark struct {
	// Speaker is the resolved full name, nil when nobody is identified
	// (narration, decisions, "???:").
	Speaker *string `json:"speaker"`
	// Affiliation is the organisation as printed next to the name, if any.
	Affiliation *string `json:"affiliation"`
	// Text is what a reader sees; a printed label such as "EKR:" is left out.
	Text string `json:"text"`
	// Basis says why the parser chose Speaker: "label", "role",
	// "comma-label", "reported", "introduced", "presenter", "resumed",
	// "list-owner", "continued", or "narration" when Speaker is nil.
	Basis string `json:"basis"`
	// Confidence is how often a choice on this basis was right on real
	// minutes the parser was measured on, from 0 to 1: an admin checks
	// the lowest first (see confidence.go).
	Confidence float64 `json:"confidence"`
}

// Format is the detected input format.
type Format string

// The input formats the parser reads.
const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatHTML     Format = "html"
)

// Warning is a non-fatal finding of the parser, for the admin preview.
type Warning struct {
	// Line is the 1-based line in the decoded source, 0 if not applicable.
	Line    int
	Message string
}
