package minutes

import (
	"fmt"
	"strings"
	"testing"
)

// TestInduceLabels checks that a speaker marker the fixed label forms do
// not know is learnt from its recurrence: the same chat log written by
// four clients, and a Hansard whose labels join the text with a dash.
func TestInduceLabels(t *testing.T) {
	turns := []struct{ who, text string }{
		{"rbrunner", "Looks like the meeting will start soon."}, {"hyc", "time?"}, {"hyc", "who is here?"},
		{"moneromooo", "It can start now."}, {"rbrunner", "Hi"}, {"moneromooo", "I have been working on pruning."},
		{"hyc", "the mining support is broken"}, {"rbrunner", "Thanks"},
	}
	forms := map[string]func(i int, who, text string) string{
		"chat client": func(i int, w, x string) string { return fmt.Sprintf("9:%02d AM ‹•%s> %s", i, w, x) },
		"brackets":    func(i int, w, x string) string { return fmt.Sprintf("[%s] %s", w, x) },
		"parentheses": func(i int, w, x string) string { return fmt.Sprintf("(10:%02d:00) (%s) %s", i, w, x) },
		"tabs":        func(i int, w, x string) string { return w + "\t" + x },
		"word, dash":  func(i int, w, x string) string { return w + " - " + x },
		"@-mention":   func(i int, w, x string) string { return "- @" + w + " " + x },
	}
	for name, form := range forms {
		var lines []string
		for i, tu := range turns {
			lines = append(lines, form(i, tu.who, tu.text))
		}
		doc, err := Parse([]byte("Dev meeting\n\n"+strings.Join(lines, "\n")+"\n"), Options{Name: "log.txt"})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		var got []string
		for _, it := range doc.Items {
			for _, r := range it.Remarks {
				if r.Speaker != nil {
					got = append(got, *r.Speaker+": "+r.Text)
				}
			}
		}
		if len(got) != len(turns) {
			t.Errorf("%s: %d turns %q, want %d", name, len(got), got, len(turns))
			continue
		}
		for i, tu := range turns {
			if got[i] != tu.who+": "+tu.text {
				t.Errorf("%s: turn %d = %q, want %q", name, i, got[i], tu.who+": "+tu.text)
			}
		}
	}
	hansard := "<p>Mr PETER O'NEILL-Thank you, Mr Speaker.</p><p>Mr ACTING SPEAKER-Order.</p>" +
		"<p>Mr PETER O'NEILL-The economy is not growing.</p><p>Mr DON POLYE-Point of order.</p>" +
		"<p>Mr ACTING SPEAKER-Continue.</p><p>Mr DON POLYE-We disagree.</p>"
	doc := mustParse(t, hansard, "q.html")
	if n := countRemarks(doc); n != 6 || *doc.Items[0].Remarks[0].Speaker == "" {
		t.Errorf("dash labels: %d remarks, want 6", n)
	}
	// Prose with dashes and brackets does not recur by name: no labels.
	prose := "Well-known issue.\n[1] See the draft.\nLong-term plan - agreed.\n(a) first point\nShort-lived - yes.\n"
	if doc, err := Parse([]byte(prose), Options{Name: "p.txt"}); err == nil {
		for _, it := range doc.Items {
			for _, r := range it.Remarks {
				if r.Speaker != nil {
					t.Errorf("prose read as a turn of %q: %q", *r.Speaker, r.Text)
				}
			}
		}
	}
}

// TestWordDashLabels checks "nick - text" at the mic: a one-word name
// and a spaced dash is a label when the document uses that name as a
// label elsewhere or repeats the form; a word of the scribe's own
// ("conclusion - …") is none.
func TestWordDashLabels(t *testing.T) {
	src := "QUIC interim\n\n## Streams\n\nJana: we need a limit.\n\nTed: why?\n\nJana - risk is the server will refuse more streams.\n\n" +
		"Ted - other option is defaults.\n\nConsensus - keep it.\n\nLong-term plan - agreed.\n"
	doc := mustParse(t, src, "x.md")
	if got, want := speakersOf(doc), "Jana|Ted|Jana|Ted|-"; got != want {
		t.Errorf("speakers %q, want %q", got, want)
	}
	// The same with the dash a word processor makes of " - ", and
	// initials the roster explains.
	src = "# Minutes\n\n## Present\n\n- Joe Bernik (Chair)\n- Sarah Baso\n- Rex Booth\n\n## Budget\n\n" +
		"- JB – This should be a two tiered approach.\n- SB – concern as noted by Tom.\n- RB – OWASP needs horizontals.\n" +
		"- JB – We will keep the plan.\n- SB – It sounds good.\n- RB – Still too broad.\n"
	if got, want := speakersOf(mustParse(t, src, "x.md")), "Joe Bernik|Sarah Baso|Rex Booth|Joe Bernik|Sarah Baso|Rex Booth"; got != want {
		t.Errorf("en dashes: speakers %q, want %q", got, want)
	}
}

// TestPrintedLinesRunOn checks a Hansard whose converter wrote one
// paragraph per printed line: a paragraph cut off mid-phrase goes on
// with its sentence, even when the next starts with a name and a comma.
func TestPrintedLinesRunOn(t *testing.T) {
	src := "<p>Mr R.S. AKBAR-Thank you, Mr Speaker. In terms of support, the reason is to bring about a</p>" +
		"<p>sense of normalcy and safety. As a</p><p>Government, we coordinated with the NGOs.</p>" +
		"<p>Mr N. NAWAIKULA-Were they trained?</p><p>Mr R.S. AKBAR-Yes.</p><p>Mr N. NAWAIKULA-When?</p>" +
		"<p>Mr R.S. AKBAR-In January.</p><p>Mr N. NAWAIKULA-Thank you.</p>"
	want := "R.S. Akbar R.S. Akbar R.S. Akbar N. Nawaikula R.S. Akbar N. Nawaikula R.S. Akbar N. Nawaikula"
	if got := remarkSpeakers(mustParse(t, src, "q.html")); got != want {
		t.Errorf("speakers %q, want %q", got, want)
	}
}

// TestDashedHansard checks a record labelled "Mr NAME - text" and
// printed one line per paragraph: a question whose label is on an
// earlier page is remark text, not a header; "Mr Assistant Speaker, …"
// addresses the chair; "I’ve decided" is no speaker; a line that goes on
// with the sentence before it ("Against Corruption.") is no outcome;
// a subject line in title case heads the next question.
func TestDashedHansard(t *testing.T) {
	src := "<h3>Airstrips</h3><p>] do not need money or planes, I need an inspector to certify that</p>" +
		"<p>it can be operational. Thank you.</p>" +
		"<p>Mr WALTER SCHNAUBELT -— Thank you, Honourable Governor for his question.</p>" +
		"<p>Establishment and Operations of ICAC</p>" +
		"<p>Mr JOHN KAUPA - Thank you, Mr Assistant Speaker, for the interest of this nation.</p>" +
		"<p>Mr JAMES MARAPE - Thank you Mr Assistant Speaker. We must not select them to lead the Independent Commission</p>" +
		"<p>Against Corruption.</p><p>Mr Assistant Speaker, I’ve decided that the Act will change.</p>" +
		"<p>I’ve decided that under the Act we will free up those positions.</p>"
	doc := mustParse(t, src, "q.html")
	if got, want := speakersOf(doc), "-|Walter Schnaubelt|John Kaupa|James Marape"; got != want {
		t.Errorf("speakers %q, want %q", got, want)
	}
	// The page's one heading names its business, as the Papua New Guinea
	// records' gold has it: an item, not the document's title.
	if got, want := itemsOf(doc), "Airstrips|Establishment and Operations of ICAC"; got != want {
		t.Errorf("items %q, want %q", got, want)
	}
}

// TestPrintedHansards covers two records converted from print: the
// Congressional Record's labels ("Mr. MICA.", "The SPEAKER pro tempore
// (Mr. Foley).") in speeches that run over paragraphs, and a provincial
// Hansard double-spaced by its converter, labelled "Ms. Ursulescu: —",
// with a member list giving full names surname first.
func TestPrintedHansards(t *testing.T) {
	record := "<pre>\n  Mr. MICA. Mr. Speaker, I move to suspend the rules.\n  The Clerk read as follows:\n  Resolved, That the rotunda may be used.\n" +
		"  Mr. MICA. Mr. Speaker, I yield myself such time as I may consume.\n  Brumidi began his final work in 1878. Many of us have parents who came here.\n" +
		"  Ms. MILLENDER-McDONALD. Mr. Speaker, today I rise in support.\n  Mr. Speaker, I yield back.\n" +
		"  The SPEAKER pro tempore (Mr. Foley). The Chair recognizes the gentleman.\n</pre>"
	doc := mustParse(t, record, "crec.htm")
	got := speakersOf(doc)
	want := "Mr. MICA|The Clerk|Mr. MICA|Ms. MILLENDER-McDONALD|Mr. Foley"
	if got != want {
		t.Errorf("Congressional Record speakers\n got %s\nwant %s", got, want)
	}
	var b strings.Builder
	for _, l := range []string{"Thomson, Hon. Andrew NDP Regina South", "Van Mulligen, Hon. Harry NDP Regina Douglas Park",
		"Brkich, Greg SP Arm River-Watrous", "", "Ms. Ursulescu: — Good evening, committee members. Seeing that this is",
		"the first meeting of your committee, I am here to preside.", "Hon. Mr. Thomson: — The numbers that the member has",
		"identified are the numbers that we have as well.", "Hon. Mr. Van Mulligen: — Mr. Chair, notwithstanding the wishes",
		"of the opposition, this committee is in order.", "An Hon. Member: — Point of order.", "Mr. Brkich: — I would nominate",
		"Carla Beck for the position of deputy chair.", "Ms. Ursulescu: — Thank you. Are there any further nominations",
		"for the position before we proceed?", "Mr. Brkich: — No."} {
		b.WriteString(l + "\n\n")
	}
	got = speakersOf(mustParse(t, b.String(), "hansard.txt"))
	// "Carla Beck for the position…" goes on with Mr. Brkich's sentence:
	// no label, though (too short a document to read as double-spaced)
	// nobody's turn either.
	want = "Ms. Ursulescu|Andrew Thomson|Harry Van Mulligen|-|Greg Brkich|-|Ms. Ursulescu|Greg Brkich"
	if got != want {
		t.Errorf("double-spaced Hansard speakers\n got %s\nwant %s", got, want)
	}
}

// speakersOf lists the speakers of the document's turns in order ("-"
// for nobody), a speaker of several remarks in a row once, joined by "|".
func speakersOf(doc *Document) string {
	var out []string
	for _, it := range doc.Items {
		for _, r := range it.Remarks {
			if who := whoOf(r); len(out) == 0 || out[len(out)-1] != who {
				out = append(out, who)
			}
		}
	}
	return strings.Join(out, "|")
}

// itemsOf lists the document's agenda items as "number title" (either
// may be missing), joined by "|".
func itemsOf(doc *Document) string {
	var out []string
	for _, it := range doc.Items {
		if it.Number != "" || it.Title != "" {
			out = append(out, strings.TrimSpace(it.Number+" "+it.Title))
		}
	}
	return strings.Join(out, "|")
}

// mustParse parses src as a file called name, failing the test on error.
func mustParse(t *testing.T, src, name string) *Document {
	t.Helper()
	doc, err := Parse([]byte(src), Options{Name: name})
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return doc
}

// TestSenateRecord checks a Congressional Record of the Senate: "Mr.
// McCONNELL." is a label (a surname's prefix keeps its small letters), and
// inside a member's speech neither "Justice O'Connor, therefore," nor
// "Somebody who has argued…" nor "The President called…" changes the
// speaker; only the clerk's past tense is the record's narration.
func TestSenateRecord(t *testing.T) {
	pad := " The Court is the final guardian of the rights and liberties of all Americans, and serving on it is an awesome responsibility that the Constitution asks the Senate to weigh with great care and without haste."
	src := "<pre>\n  Mr. REID. Mr. President, last night the President announced a nominee." + pad + "\n" +
		"  Justice O'Connor, therefore, should be replaced by someone like her. We must take care and we will.\n" +
		"  The PRESIDENT pro tempore. The majority whip is recognized.\n" +
		"  Mr. McCONNELL. Mr. President, I rise to address the Senate on the nomination." + pad + "\n" +
		"  Somebody who has argued 39 cases in front of the Supreme Court is very impressive.\n" +
		"  The President called Senator Frist and Senator Reid last night before the announcement." + pad + "\n" +
		"  I suggest the absence of a quorum.\n  The PRESIDING OFFICER. The clerk will call the roll.\n" +
		"  The legislative clerk proceeded to call the roll.\n  Mr. REID. I yield the floor.\n</pre>"
	want := "Mr. REID|The PRESIDENT pro tempore|Mr. McCONNELL|The PRESIDING OFFICER|-|Mr. REID"
	if got := speakersOf(mustParse(t, src, "crec.htm")); got != want {
		t.Errorf("speakers %q, want %q", got, want)
	}
}

// TestWordDashCounts checks that "name - number" lines, a table of counts
// ("arduino_zero - 35"), are not read as "handle - text" labels.
func TestWordDashCounts(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"lorenzo - I think we should ship", true},
		{"arduino_zero - 35", false},
		{"feather_m0 - 1,204", false},
		{"coverage - 12%", false},
	}
	for _, tt := range tests {
		if _, ok := wordDash(tt.line, 0); ok != tt.want {
			t.Errorf("wordDash(%q) = %v, want %v", tt.line, ok, tt.want)
		}
	}
}
