package minutes

import (
	"slices"
	"strings"
	"testing"
)

// printout lays paragraphs out as a stenographer's transcript converted
// to text: every line followed by a blank one, a paragraph's first line
// indented thirty columns and the rest fifteen, wrapped near 45 columns.
func printout(paras ...string) string {
	var b strings.Builder
	for _, p := range paras {
		indent := strings.Repeat(" ", 30)
		line := ""
		for _, w := range strings.Fields(p) {
			if line != "" && len(line)+len(w) > 38 {
				b.WriteString(indent + line + "\n\n")
				indent, line = strings.Repeat(" ", 15), ""
			}
			line = strings.TrimPrefix(line+" "+w, " ")
		}
		b.WriteString(indent + line + "\n\n")
	}
	return b.String()
}

// TestStenographicTranscript checks the layout and habits of a
// legislature's verbatim transcript: paragraphs opened by an indented
// first line rather than a blank line, a clerk calling the roll ("THE
// SECRETARY:  Senator Cook."), a member's speech going on after a stage
// direction, a letter read out ("Dear Ms. President:") whose salutation
// is no label even where a line wrap puts "President:" first, a
// clergyman's title before his name, and a member answering with a name.
// The text is invented in the style of the New York Senate's transcripts.
func TestStenographicTranscript(t *testing.T) {
	src := printout(
		"ALBANY, NEW YORK", "REGULAR SESSION",
		"THE PRESIDENT: The Senate will come to order. Would you please rise for the invocation by our chaplain today.",
		"RIGHT REVEREND JOHN P. MARLOWE: Let us pray. Give them wisdom and courage and integrity of purpose in all things.",
		"THE PRESIDENT: Amen.", "The Secretary will call the roll to ascertain a quorum.",
		"THE SECRETARY: Senator Abbott.", "(There was no audible response.)", "Senator Brandt.",
		"SENATOR BRANDT: Here.", "THE SECRETARY: Senator Cullen.", "SENATOR CULLEN: Present.",
		"THE PRESIDENT: The Chair hands down a communication from the Governor. The Secretary will read.",
		"THE SECRETARY: Dear Ms. President: I would appreciate the privilege of appearing before your honorable bodies in joint session tomorrow.",
		"SENATOR BRANDT: Madam President, may we take up the resolution now and have its title read.",
		"SENATOR CULLEN: Mr. Brandt.", "(Applause)", "I second the resolution and ask that it be adopted by the house today.",
	)
	doc := mustParse(t, src, "x.txt")
	got := remarkLines(doc, 3)
	want := []string{
		"The President: The Senate will",
		"John P. Marlowe: Let us pray.",
		"The President: Amen.", "The President: The Secretary will",
		"The Secretary: Senator Abbott.", "-: (There was no", "The Secretary: Senator Brandt.",
		"Senator Brandt: Here.", "The Secretary: Senator Cullen.", "Senator Cullen: Present.",
		"The President: The Chair hands",
		"The Secretary: Dear Ms. President:",
		"Senator Brandt: Madam President, may",
		"Senator Cullen: Mr. Brandt.", "-: (Applause)", "Senator Cullen: I second the",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("turns:\n got %q\nwant %q", got, want)
	}
}

// TestWestminsterRecord checks a Hansard printed from HTML whose
// paragraphs are lines split by <br>: the column marks inside a speech,
// the clerk's "Question put, and agreed to." after the mover's speech,
// and the minister answering for another. The text is invented in the
// style of Singapore's Hansard.
func TestWestminsterRecord(t *testing.T) {
	src := "<html><body><h3>SUPPLY BILL</h3>\n" +
		"<br><br><b>The Minister for Finance (Mr Hon Sui Sen):</b> Mr Speaker, Sir, I beg to move, That the Bill be now read a Second time." +
		"<br><br>The purpose of this Bill is to provide statutory authority for the sums" +
		"<br><br><font size=\"1\"><b>Column: 1456</b></font>" +
		"<br><br>required for the services of the year. Sir, I beg to move." +
		"<br><br>Question put, and agreed to.<br><br>Bill accordingly read a Second time." +
		"<h3>COURTESY COURSES</h3>" +
		"<br><br><b>The Minister of State for Finance (Mr Tang See Chim) (for the Minister for Finance):</b> Mr Speaker, Sir, courses are held every month." +
		"</body></html>"
	doc := mustParse(t, src, "x.html")
	got := remarkLines(doc, 3)
	want := []string{
		"Hon Sui Sen: Mr Speaker, Sir,", "-: Question put, and", "-: Bill accordingly read",
		"Tang See Chim: Mr Speaker, Sir,",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("turns:\n got %q\nwant %q", got, want)
	}
	if speech := remarkLines(doc, 0)[0]; strings.Contains(speech, "Column") || !strings.Contains(speech, "the sums\nrequired") {
		t.Errorf("the column mark should vanish from the speech it splits: %q", speech)
	}
}

// TestOutlineAndCover checks two layouts of the front of minutes: plain
// text whose topics are lone "* topic" bullets between paragraphs (the
// HTTPbis minutes of IETF 75), and a verbatim record whose cover page
// ("Hansard: May 24, 2016", the committee's name and members) comes
// before anybody speaks. The text is invented in those styles.
func TestOutlineAndCover(t *testing.T) {
	outline := "HTTPbis Working Group Minutes\n\n* agenda and note well\n\nno agenda bashes\n\n" +
		"* security\n\nmnot: who has read this?\n\nnoone except the author\n\n" +
		"* issues\n\nrfielding: the change is just to allow no content type\n\n" +
		"* milestone -08 issues\n\nmnot: we will close these.\n"
	doc := mustParse(t, outline, "x.txt")
	if got, want := itemsOf(doc), "agenda and note well|security|issues|milestone -08 issues"; got != want {
		t.Errorf("outline items = %q, want %q", got, want)
	}
	cover := "Hansard: May 24, 2016\n\nHansard Verbatim Report\n\nLegislative Assembly\n\n" +
		"STANDING COMMITTEE ON CROWN AGENCIES\n\nMr. Fred Bradshaw, Chair\n\n" +
		"Ms. Ursulescu: — Good evening, committee members. I will open the floor for nominations.\n\n" +
		"Mr. Phillips: — I would nominate Fred Bradshaw.\n\nMs. Ursulescu: — Any further nominations?\n\n" +
		"Mr. Phillips: — I would move the motion.\n"
	doc = mustParse(t, cover, "x.txt")
	if got := remarkSpeakers(doc); got != "Ms. Ursulescu Mr. Phillips Ms. Ursulescu Mr. Phillips" {
		t.Errorf("cover page: speakers %q, want the four turns alone", got)
	}
}

// TestAgendaFirstNotes checks a notes file that posts its agenda first
// (logistics, rosters, a "Session 1 Agenda" with timeboxed sub-headings)
// and its notes after under "Session Notes", behind long YAML front
// matter: only the notes are items. Invented in the style of IETF ADD's
// and W3C DID's files.
func TestAgendaFirstNotes(t *testing.T) {
	src := "---\nlayout: minutes\njson-ld: |\n" + strings.Repeat("    \"k\": \"v\",\n", 80) + "---\n\n" +
		"# ADD WG Interim Session Agenda\n\n## ADD Chairs & AD\n* AD:  Barry Leiba\n* Chairs: Glenn Deen, David Lawrence\n\n" +
		"## Session 1 Agenda\n\n### Welcome\n5 min Administration\n* Agenda bashing\n\n### Discussions\n60 min Discussion / Comments\n\n---\n\n" +
		"# Session Notes\n\nGlenn welcomed everyone.\n\n## Updates\n\nDavid Lawrence: the draft is ready.\n"
	doc := mustParse(t, src, "x.md")
	if got, want := itemsOf(doc), "Session Notes|Updates"; got != want {
		t.Errorf("items = %q, want %q", got, want)
	}
	if doc.Title != "ADD WG Interim Session Agenda" {
		t.Errorf("title = %q: the front matter hid the title heading", doc.Title)
	}
}

// TestPrintedMarkdown checks Markdown converted from a printed page with
// a blank line after every printed line (Limerick's council minutes): a
// line that reaches the margin mid-sentence goes on in the next
// paragraph, so the sentence keeps its speaker; a titled subject after a
// leading phrase with no comma speaks ("In outlining the statistics for
// the District Superintendent Ryan told"). Typed notes whose paragraphs
// are one line each are left alone. The text is invented in that style.
func TestPrintedMarkdown(t *testing.T) {
	lines := []string{
		"MINUTES OF PROCEEDINGS AT JOINT POLICING SUB COMMITTEE MEETING OF THE DISTRICT",
		"Also in attendance: Superintendent An Garda Siochana, Mr John Ryan (Bruff) and",
		"Superintendent An Garda Siochana, Mr Dermot Burke (Roxboro), as invited guests.",
		"**1.**Policing Issues in the District",
		"Superintendent Burke proceeded with his report for the Roxboro Division saying there",
		"had been significant decreases in certain categories of crime rates over the last",
		"eighteen months. In outlining the statistics for the District Superintendent Ryan told",
		"the meeting that the Gardai had seen a reduction in burglaries of private houses and",
		"sheds over the period and added that the figures were good for the whole District.",
		"Councillor Donegan asked also if the Gardai could contact the Brothers of Charity Staff,",
		"Limerick City to address issues with Staff being harassed going to and from their work",
		"with a view to providing support for these staff who carry out such good community work.",
	}
	for len(lines) < 24 {
		lines = append(lines, "Councillor Egan asked if the Gardai could look at providing a Speed Detection Van at the", "Annacotty to Cappamore Road in an effort to get motorists to reduce speed at these places.")
	}
	doc := mustParse(t, strings.Join(lines, "\n\n")+"\n", "x.md")
	got := remarkLines(doc, 2)
	want := []string{"Superintendent Burke: Superintendent Burke", "Superintendent Ryan: In outlining",
		"Councillor Donegan: Councillor Donegan", "Councillor Egan: Councillor Egan"}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("no turn %q in %q", w, got)
		}
	}
	for _, g := range got {
		if strings.HasPrefix(g, "-:") {
			t.Errorf("a wrapped line lost its speaker: %q", g)
		}
	}
}

// TestNumberedListSections checks Markdown that numbers its sections as
// a loose ordered list, each item over the discussion of it (the OpenVDB
// TSC's minutes), after a tight list restating the agenda: the printed
// numbers, which Markdown would renumber, are the items' numbers, and
// the restated agenda is not. Invented in that style.
func TestNumberedListSections(t *testing.T) {
	src := "Minutes from the TSC meeting\n\nAgenda:\n\n1) Quorum\n2) CI Update\n3) Plans for 6.2\n\n" +
		"1) A quorum was confirmed\n\n2) CI Update\n\nThe foundation is likely going to select Azure Pipelines.\n\n" +
		"3) Plans for 6.2\n\nDan said no precise date is set.\n"
	doc := mustParse(t, src, "x.md")
	if got, want := itemsOf(doc), "1 A quorum was confirmed|2 CI Update|3 Plans for 6.2"; got != want {
		t.Errorf("items %q, want %q", got, want)
	}
}
