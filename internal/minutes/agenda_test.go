package minutes

import (
	"strings"
	"testing"
)

// TestRestatedAgenda checks a Markdown "## Agenda" list before the notes:
// its entries are not remarks, and the item headings after it are items
// even when their notes are bullets and their titles read like labels.
func TestRestatedAgenda(t *testing.T) {
	tests := []struct {
		rule, src, items string
		remarks          int
	}{
		{"deeper headings that repeat entries open the discussion",
			"# Team sync\n\n## Agenda\n\n1. Triage: nominated issues\n2. Release checklist\n\n" +
				"### 1. Triage: nominated issues\n\n- Ann Lee: a bug.\n\n### 2. Release checklist\n\n- Bo Li: ready.\n",
			"1 Triage: nominated issues|2 Release checklist", 2},
		{"closing recaps are not items; opening action review is",
			"# Team sync\n\n## Action items\n\nAnn Lee: both done.\n\n## Budget\n\nBo Li: fine.\n\n## Action items\n\n- Bo Li: send the sheet\n\n## Next meeting\n\n16 April\n",
			"Action items|Budget", 2},
		{"an empty 'Action items' over a 'Notes' heading closes nothing: the notes below are the meeting",
			"# Team sync\n\n## Action Items\n\n## Notes\n\n**Budget**\n\nAnn Lee: fine.\n\nBo Li: agreed.\n",
			"Action Items|Budget", 2},
		{"a closing topic somebody speaks in stays an item",
			"# Team sync\n\n## Budget\n\nBo Li: fine.\n\n## Next meeting\n\nAnn Lee: in two weeks.\n",
			"Budget|Next meeting", 2},
		{"an item about the agenda is an item; 'Agenda item N:' headings are numbered",
			"# WG minutes\n\n## 1. Agenda bash and WG status (chairs)\n\n* Ann Lee: no changes.\n\n## Agenda item 2: draft-foo (Bo Li) [25 min]\n\n* Bo Li: ready.\n",
			"1 Agenda bash and WG status (chairs)|2 draft-foo (Bo Li) [25 min]", 2},
		{"a rule ends the agenda",
			"# Team sync\n\n## Agenda\n\n- Budget\n- Roof\n\n---\n\n### Money\n\n- Ann Lee: fine.\n",
			"Money", 1},
		{"an archive of meetings under headings of their dates: each date is an item",
			"# Team notes\n\n## October 25, 2017\n\n- Ann Lee: fine.\n\n## October 18, 2017\n\n- Bo Li: ok.\n\n## October 11, 2017\n\n- Ann Lee: done.\n",
			"October 25, 2017|October 18, 2017|October 11, 2017", 3},
		{"an agenda posted before the notes' own heading is no part of the meeting",
			"# ![Group logo](/logo.png)\n\n## Agenda for the May 10 call\n\n### Registration\n\nNone required.\n\n## Agenda items\n\n1. Opening\n1. Memory64 (Sam Clegg)\n\n## Meeting Notes\n\n### Memory64\n\n* SC: ready to ship.\n",
			"Memory64", 1},
		{"one date heading is the meeting's date, not an item",
			"# Team notes\n\n## October 25, 2017\n\n## Budget\n\n- Ann Lee: fine.\n",
			"Budget", 1},
	}
	for _, tt := range tests {
		doc, err := Parse([]byte(tt.src), Options{Name: "x.md"})
		if err != nil {
			t.Errorf("%s: %v", tt.rule, err)
			continue
		}
		remarks := 0
		for _, it := range doc.Items {
			remarks += len(it.Remarks)
		}
		if got := itemsOf(doc); got != tt.items || remarks != tt.remarks {
			t.Errorf("%s: items %q, %d remarks; want %q, %d", tt.rule, got, remarks, tt.items, tt.remarks)
		}
	}
}

// verbatimRecord is a short record in the style of an intergovernmental
// council: a roster with dot leaders, the agenda restated under a bare
// "Agenda" caption, items as bare lines, and a vote tally.
const verbatimRecord = `Security Council
9914th meeting
Thursday, 14 March 2030, 10 a.m.

President:     Ms. Rusu . . . . . . . . . . . . . (Kovania)

Agenda

The situation in Atlantis

     Report of the Secretary-General (S/2030/1)

The meeting was called to order at 10.05 a.m.

Adoption of the agenda

The agenda was adopted.

The situation in Atlantis

The President: I give the floor to Mr. Brandt.

Mr. Brandt (Aldoria): We support the draft.

In favour: Aldoria, Kovania
Against: Velmora
`

// TestVerbatimRecord checks the agenda, roster and tally of a council's
// verbatim record.
func TestVerbatimRecord(t *testing.T) {
	doc := mustParse(t, verbatimRecord, "x.txt")
	var items []string
	for _, it := range doc.Items {
		if it.Title != "" {
			items = append(items, it.Title)
		}
	}
	if got, want := strings.Join(items, "|"), "Adoption of the agenda|The situation in Atlantis"; got != want {
		t.Errorf("items %q, want %q", got, want)
	}
	checkTurns(t, []turnCase{{"roster with dot leaders is metadata; tallies are the record", "x.txt", verbatimRecord,
		[]string{"-: The meeting was", "-: The agenda was", "The President: I give the",
			"Mr. Brandt: We support the", "-: In favour: Aldoria,"}}})
}

// TestRomanSubNumbers checks "10.iv"-style item numbers: the Roman part is
// a number, sequenced like an Arabic one, and words are not numerals.
func TestRomanSubNumbers(t *testing.T) {
	tests := []struct{ in, num, title string }{
		{"10.iv Array.prototype.find", "10.iv", "Array.prototype.find"},
		{"4.ii. Modules", "4.ii", "Modules"},
		{"4.ix Realms", "4.ix", "Realms"},
		{"4.iiii Wrong", "", ""},
		{"4.vix Wrong", "", ""},
		{"4.i", "", ""},
		{"10.ii.a Optional catch binding", "10.ii.a", "Optional catch binding"},
		{"10.ii.ab Wrong", "", ""},
	}
	for _, tt := range tests {
		num, title, _ := splitNumber(tt.in)
		if num != tt.num || title != tt.title {
			t.Errorf("splitNumber(%q) = %q, %q; want %q, %q", tt.in, num, title, tt.num, tt.title)
		}
	}
	doc := mustParse(t, "# TC39 notes\n\n## 10 Proposals\n\n## 10.i Find\n\nAWB: yes\n\n## 10.ii Realms\n\nMM: no\n\n"+
		"## 10.ii.a Realm globals\n\nMM: maybe\n\n## 10.ii.b Realm modules\n\nAWB: no\n\n## 10.iii Modules\n\nAWB: later\n", "x.md")
	if got, want := itemsOf(doc), "10 Proposals|10.i Find|10.ii Realms|10.ii.a Realm globals|10.ii.b Realm modules|10.iii Modules"; got != want {
		t.Errorf("items %q, want %q", got, want)
	}
}

// TestCapitalRomanItems checks an agenda numbered "I.", "II.", … as
// minutes under parliamentary procedure number it: "V" and "X" are items
// there, not letters, lettered sub-items sit under them, and a title in
// capitals heads the line under it.
func TestCapitalRomanItems(t *testing.T) {
	src := "Student Senate Minutes\n\nI. CALL TO ORDER\n\nThe meeting was called to order at 6:10 pm.\n\n" +
		"II. REPORTS\n\nA. Treasurer\n\nAnn Lee said the books balance.\n\nIII. OLD BUSINESS\n\nBo Li said nothing is pending.\n\n" +
		"IV. NEW BUSINESS\nAnn Lee said the fair needs tables.\n\nV. ADJOURNMENT\n\nThe meeting adjourned at 7 pm.\n"
	doc := mustParse(t, src, "x.txt")
	want := "I CALL TO ORDER|II REPORTS|A Treasurer|III OLD BUSINESS|IV NEW BUSINESS|V ADJOURNMENT"
	if got := itemsOf(doc); got != want {
		t.Errorf("items %q, want %q", got, want)
	}
	for _, tt := range []struct{ in, num string }{{"XIV. RECESS", "XIV"}, {"IIII. Wrong", ""}, {"MIX. Wrong", ""}, {"iv. lower", ""}} {
		if num, _, _ := splitNumber(tt.in); num != tt.num {
			t.Errorf("splitNumber(%q) number %q, want %q", tt.in, num, tt.num)
		}
	}
}

// TestBoldNumberOverTitle checks an item's number in bold on a line of
// its own over its bold title, as PDF-to-Markdown conversions print
// council minutes (Limerick): one numbered item, in whatever order the
// meeting took them; a lone bold number is no item.
func TestBoldNumberOverTitle(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"pairs", "# Minutes\n\n**2.**\n\n**Housing Directorate**\n\nAnn Lee said rents rose.\n\n**1.**\n\n**Adoption of Minutes**\n\nBo Li proposed adoption.\n", "2 Housing Directorate|1 Adoption of Minutes"},
		{"one pair only", "# Minutes\n\n**1.**\n\n**Adoption of Minutes**\n\nBo Li proposed adoption.\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := itemsOf(mustParse(t, tt.src, "x.md")); got != tt.want {
				t.Errorf("items %q, want %q", got, tt.want)
			}
		})
	}
}

// TestRunInHeadings checks a numbered bold heading run into its item's
// first line (parish council minutes): the heading is the item, the text
// after it the item's first remark; a bold phrase without a number or
// colon stays text.
func TestRunInHeadings(t *testing.T) {
	src := "# Parish Council\n\n**1. To receive apologies for absence:** Mrs V Lynch\n\n" +
		"**2\\. New Councillor Acceptance of Office:** Mr Gillett signed the form.\n\n" +
		"**3.Declarations of Interest made**: None\n\n**Note** the hall is closed.\n"
	doc := mustParse(t, src, "x.md")
	if got, want := itemsOf(doc), "1 To receive apologies for absence|2 New Councillor Acceptance of Office|3 Declarations of Interest made"; got != want {
		t.Errorf("items %q, want %q", got, want)
	}
	if len(doc.Items) < 1 || len(doc.Items[0].Remarks) == 0 || doc.Items[0].Remarks[0].Text != "Mrs V Lynch" {
		t.Errorf("item 1's first remark is not the text after its heading: %+v", doc.Items)
	}
	for _, l := range []string{"**Note** the hall is closed.", "**Alice Smith**: I agree.", "**1. Heading:**"} {
		if _, _, ok := runInHeading(l); ok {
			t.Errorf("runInHeading(%q) cut a heading", l)
		}
	}
}

// TestWikiHeadings checks MediaWiki's "= Section =" headings, as minutes
// kept on a wiki mark their items (Noisebridge), also when the next line
// runs into the heading's paragraph; unequal signs and rules are text.
func TestWikiHeadings(t *testing.T) {
	src := "Meeting Notes 2014-10-14\n\n= Attendance =\n* Dave - visiting\n* Mitch - organising\n\n" +
		"= What is this Noisebridge thing? =\nTorrie - NB is a space for hacking.\n\n== Consensus items ==\n\nRayc - None this week.\n"
	doc := mustParse(t, src, "x.md")
	if got, want := itemsOf(doc), "What is this Noisebridge thing?|Consensus items"; got != want { // "Attendance" captions the roster: metadata
		t.Errorf("items %q, want %q", got, want)
	}
	for _, l := range []string{"=====", "= a ==", "==", "x = y ="} {
		if _, _, ok := wikiHeading(l); ok {
			t.Errorf("wikiHeading(%q) read a heading", l)
		}
	}
}

// TestBoldNumberedLines checks numbered lines set wholly in bold, as a
// parish council and a city task force mark their items: they follow the
// numbering like plain numbered lines (so "6.1" under "**6. Reports**"
// is an item too), bold runs split by a word processor join, and a bold
// number out of sequence stays text.
func TestBoldNumberedLines(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"bold, split runs, colon", "# Parish Council\n\n**1. Apologies**\n\nMrs Crisp opened.\n\n" +
			"**2\\. To agree the minutes of** **04/06/2013****:**\n\nAgreed.\n\n**3. Reports**\n\n6.1 is wrong here.\n\n3.1 Chairman’s report\n\nMrs Crisp thanked all.\n",
			"1 Apologies|2 To agree the minutes of 04/06/2013:|3 Reports|3.1 Chairman’s report"},
		{"out of sequence", "# Minutes\n\n**1. Apologies**\n\nNone.\n\n**2. Budget**\n\nFine.\n\n**1. A point made in passing**\n\nText.\n",
			"1 Apologies|2 Budget"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := itemsOf(mustParse(t, tt.src, "x.md")); got != tt.want {
				t.Errorf("items %q, want %q", got, tt.want)
			}
		})
	}
	for in, want := range map[string]string{"**5\\. Matters arising:**": "5. Matters arising:", "**a** text": "**a** text", "plain": "plain"} {
		if got := unbold(in); got != want {
			t.Errorf("unbold(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestProseAfterNumber checks printed lines that open with a number but
// are prose, which must not head items, against numbered headings.
func TestProseAfterNumber(t *testing.T) {
	for line, want := range map[string]bool{
		"24 of the Vision, it is imperative that we maintain the institute of leadership and governance to": true,
		"12 months, we have 18 of those and this is part of our rolling three-year program":                 true,
		"3 issues to discuss:":         true,
		"3. approval of minutes":       false,
		"11 To receive Correspondence": false,
		"7 Review of allotment costs":  false,
	} {
		_, title, ok := splitNumbered(line)
		if got := ok && proseAfterNumber(line, title); got != want {
			t.Errorf("proseAfterNumber(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestLoneHeading reads a record's one heading: the title when it names
// the meeting, the item it records when it names the business.
func TestLoneHeading(t *testing.T) {
	tests := []struct {
		name, src  string
		title      string
		firstTitle string
	}{
		{"a Hansard part's business", "<h2>Second Reading</h2><p>Mr SPEAKER: The question is that the Bill be read.</p><p>Mr KALI: I support it.</p>",
			"", "Second Reading"},
		{"a meeting's name", "<h2>Minutes of the Board, 3 May 2021</h2><p>Ann Lee: Welcome.</p><p>Bo Chan: Thanks.</p>",
			"Minutes of the Board, 3 May 2021", ""},
		{"a chat log's name", "<h1>PyOhio 2008 / IRC Log</h1><p>&lt;ann&gt; hello</p><p>&lt;bo&gt; hi</p>",
			"PyOhio 2008 / IRC Log", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse([]byte(tt.src), Options{Name: "x.html"})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.title || len(doc.Items) == 0 || doc.Items[0].Title != tt.firstTitle {
				t.Errorf("title %q, items %q; want title %q, first item %q", doc.Title, itemTitles(doc), tt.title, tt.firstTitle)
			}
		})
	}
}
