package minutes

import (
	"strings"
	"testing"
)

// TestRealLabelForms covers label forms first met in real minutes of the
// development set (testdata/real): Pacific Hansards' "HON. NAME.-", chat
// logs pasted into Markdown with bold, escaped nicks.
func TestRealLabelForms(t *testing.T) {
	tests := []struct {
		line, name, aff string
		kind            labelKind
		text            string
	}{
		{"HON. R.S. AKBAR.- (Minister for Education, Heritage and Arts).- Thank you, Mr. Speaker", "R.S. AKBAR", "Minister for Education, Heritage and Arts", lPerson, "Thank you, Mr. Speaker"},
		{"HON.  N.  NAWAIKULA.-  Mr.  Speaker, Sir", "N. NAWAIKULA", "", lPerson, "Mr.  Speaker, Sir"},
		{"HON. SPEAKER.- Order!", "SPEAKER", "", lRole, "Order!"},
		{`**\<vtnerd\_\_>** present  `, "vtnerd__", "", lPerson, "present  "},
		{`**\<hyc>** time?`, "hyc", "", lPerson, "time?"},
		// Singapore's Hansard: the holder in the first parenthesis, for
		// whom he answers in the second; a surname that is also a word.
		{"The Minister of State for Labour (Mr Sia Kah Hui) (for the Minister for Labour): Mr Speaker", "Sia Kah Hui", "", lPerson, "Mr Speaker"},
		{"Minister for the Interior (Mr William Kwasi Aboah): Madam Speaker", "William Kwasi Aboah", "", lPerson, "Madam Speaker"},
		{"Deputy Minister (Hon. Ann Kamau): Thank you", "Ann Kamau", "", lPerson, "Thank you"},
		// A question's mark before the asker's full name (IETF TSVWG).
		{"Q Martin Duke : when do you cache the cwnd?", "Martin Duke", "", lPerson, "when do you cache the cwnd?"},
		{"Comment Lars Eggert: fine", "Lars Eggert", "", lPerson, "fine"},
		{"Hon. Philip  Rotich:  Thank you", "Philip Rotich", "", lPerson, "Thank you"},
		// A remark relayed from the meeting's chat (IETF DANCE).
		{"(Ben, in Jabber: I think IoT is not a good use case.)", "Ben", "", lPerson, "I think IoT is not a good use case.)"},
		{"(Lucas Pardue from the chat: +1)", "Lucas Pardue", "", lPerson, "+1)"},
		{"The Minister of State for Finance (Mr Tang See Chim) (for the Minister for Finance): Sir", "Tang See Chim", "", lPerson, "Sir"},
		{"The Leader of the House (Mr E.W. Barker): Mr Speaker", "E.W. Barker", "", lPerson, "Mr Speaker"},
		{"Mr Hon Sui Sen: Mr Speaker, Sir", "Hon Sui Sen", "", lPerson, "Mr Speaker, Sir"},
		{"The Prime Minister: Mr Speaker, Sir", "The Prime Minister", "", lRole, "Mr Speaker, Sir"},
		// Coral Gables' verbatim commission record: an office of several
		// words before a surname.
		{"Economic Development Director Perez:  Yes.", "Economic Development Director Perez", "", lPerson, "Yes."},
		// The New York Senate's stenographic transcript.
		{"RIGHT REVEREND DAVID S. BALL:", "DAVID S. BALL", "", lPerson, ""},
		// Papua New Guinea's Hansard: a dash touching the text, and the
		// seat and office in parentheses before the dash.
		{"Mr WILLIAM DUMA -Thank you Mr Acting Speaker.", "WILLIAM DUMA", "", lPerson, "Thank you Mr Acting Speaker."},
		{"Mr JOHN KAUPA- Thank you Mr Speaker.", "JOHN KAUPA", "", lPerson, "Thank you Mr Speaker."},
		{"Mr IAN LING-STUCKEY (Kavieng -Minister for Treasury) — Mr Acting Speaker,", "IAN LING-STUCKEY", "Kavieng -Minister for Treasury", lPerson, "Mr Acting Speaker,"},
		{"Mr JOE SUNGI (Nuku—Minister for Public Service) — I move —", "JOE SUNGI", "Nuku—Minister for Public Service", lPerson, "I move —"},
		// The WebAssembly CG's notes mark words from the chat in angle
		// brackets, where IETF notes write "(in chat)".
		{"KW<chat>: Not in my experience", "KW", "", lPerson, "Not in my experience"},
		{"KW <in chat>: One service", "KW", "", lPerson, "One service"},
		{"EP<chat> : is that the channel?", "EP", "", lPerson, "is that the channel?"},
	}
	for _, tt := range tests {
		l, ok := parseLabel(tt.line)
		if !ok || l.kind != tt.kind || l.name != tt.name || l.aff != tt.aff || tt.line[l.textStart:] != tt.text {
			t.Errorf("parseLabel(%q) = %+v %v, text %q", tt.line, l, ok, tt.line[min(int(l.textStart), len(tt.line)):])
		}
	}
	for _, line := range []string{"Done.- see below", "Sir, small things like", "Page 55", "Column: 1456",
		"19 July 2011 : Column 772", "Dear Ms. President:  I would appreciate"} {
		if l, ok := parseLabel(line); ok && l.kind == lPerson {
			t.Errorf("parseLabel(%q) = %+v, want no person", line, l)
		}
	}
}

// TestInitialsOneCase checks that only initials in one case abbreviate a
// name with a middle initial the document omitted: "Sir" is a word.
func TestInitialsOneCase(t *testing.T) {
	for short, want := range map[string]bool{"SVR": true, "svr": true, "Sir": false} {
		if got := matchesShort("S.V. Radrodro", short); got != want {
			t.Errorf("matchesShort(S.V. Radrodro, %q) = %v, want %v", short, got, want)
		}
	}
}

// TestHyphenatedInitials checks that the initials of a hyphenated first
// name abbreviate the person ("JY" for Jean-Yves Perrier, "JC" for
// Jean-Christophe Morin), and only a whole first name's.
func TestHyphenatedInitials(t *testing.T) {
	for _, tt := range []struct {
		full, short string
		want        bool
	}{
		{"Jean-Yves Perrier", "JY", true}, {"Jean-Yves Perrier", "JYP", true}, {"Jean-Yves Perrier", "J", false},
		{"Jean Perrier", "JY", false}, {"Anna Lee", "AL", true},
	} {
		if got := matchesShort(tt.full, tt.short); got != tt.want {
			t.Errorf("matchesShort(%q, %q) = %v, want %v", tt.full, tt.short, got, tt.want)
		}
	}
}

// TestPageFurniture checks that the running header, date and number a
// page converted from print leaves in the text are skipped without
// ending the turn they interrupt, and that recurring prose is kept.
func TestPageFurniture(t *testing.T) {
	src := `<p>HON. R.S. AKBAR.- Thank you, Mr. Speaker. Sir, on my way to</p>
<p>Page 55</p><p>10th Feb., 2021</p><p>Questions</p><p>493</p>
<p>the school I stopped.</p>
<p>HON. SPEAKER.- Order.</p><p>Agreed.</p>
<p>Page 56</p><p>494</p><p>Questions</p><p>10th Feb., 2021</p>
<p>HON. R.S. AKBAR.- Agreed.</p><p>Agreed.</p>
<p>Page 57</p><p>10th Feb., 2021</p><p>Questions</p><p>495</p>`
	got := remarkLines(mustParse(t, src, "q.html"), 0)
	for _, r := range got {
		for _, bad := range []string{"Page", "Questions", "493", "Feb."} {
			if r == bad || len(r) > 0 && containsWord(r, bad) {
				t.Errorf("page furniture in remark %q", r)
			}
		}
	}
	if len(got) < 2 || got[1] != got[0][:len("R.S. Akbar")]+": the school I stopped." {
		t.Errorf("remarks %q: the turn should go on after the page break", got)
	}
}

// containsWord reports w as a whole word of s.
func containsWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if strings.Trim(f, ".,;:") == w {
			return true
		}
	}
	return false
}

// TestSpeakerHeaderForms covers the speaker written over their turn
// rather than before it: a bold name alone on its line over bullets
// (Ethereum call notes), a bracketed handle opening each bullet (W3C
// WebExtensions CG), and the tables and restated agendas around them.
func TestSpeakerHeaderForms(t *testing.T) {
	src := "# Call 115\n\n## Agenda: [issues](https://example.org/1)\n\n* Topics\n  * Devnet status\n  * [PR 359](https://example.org/pr/359): Add definitions\n\n" +
		"## Notes\n\nSummary | Description\n-|-\n115.1 | Developers agreed to launch devnet 8.\n\n" +
		"Devnet status\n\n**Terence**\n* Let's see, devnet-8 status.\n* Does anyone want to update?\n\n**Parithosh**\n* From the testing side, Hive is green.\n\n**Terence**\n* Sounds good.\n\n" +
		"[PR 359](https://example.org/pr/359): Add definitions\n\n * [simeon] The main note is private definitions.\n * [rob] Method or namespace?\n * [simeon] Methods.\n"
	var got []string
	for _, it := range mustParse(t, src, "n.md").Items {
		got = append(got, "# "+it.Title)
		for _, r := range it.Remarks {
			got = append(got, whoOf(r)+": "+r.Text)
		}
	}
	want := []string{"# Devnet status", "Terence: Let's see, devnet-8 status.", "Terence: Does anyone want to update?",
		"Parithosh: From the testing side, Hive is green.", "Terence: Sounds good.",
		"# PR 359: Add definitions", "simeon: The main note is private definitions.", "rob: Method or namespace?", "simeon: Methods."}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestRunTogetherTurns covers a caption transcript extracted from print
// (a city council's), where turns run on in one line, set off by two
// spaces, a stage direction or a page footer, and witnesses are labelled
// with their office.
func TestRunTogetherTurns(t *testing.T) {
	src := "[gavel pounding] Adams: Good morning and welcome.  Item 56.    Adams: Welcome.    " +
		"Winston Sandino, Capitol Project Manager, Bureau of Transportation:  Good morning, mayor.  " +
		"Fish: 51?   Adams: Yep.    Fish:  That is news to me.\n" +
		"January 12, 2011  12 of 18 Fritz: I would like to get copies.    Fish: Aye.  Fritz: Aye.\n"
	want := "- Adams Adams Winston Sandino Fish Adams Fish Fritz Fish Fritz"
	if got := remarkSpeakers(mustParse(t, src, "council.txt")); got != want {
		t.Errorf("speakers %q, want %q", got, want)
	}
	l, ok := parseLabel("Ron Geason, Sr. Business Operations Manager, Bureau of Transportation:  Good morning")
	if !ok || l.name != "Ron Geason" || l.aff != "Sr. Business Operations Manager, Bureau of Transportation" {
		t.Errorf("name and office label = %+v, %v", l, ok)
	}
	for _, line := range []string{"Mr Speaker, I move: that the Bill", "Harold Finch, 12 Elm Street – Re: Zoning Amendment"} {
		if l, ok := parseLabel(line); ok && l.kind == lPerson {
			t.Errorf("parseLabel(%q) = %+v, want no person", line, l)
		}
	}
}

// TestPrintHeadings covers the headings of records converted from print
// to HTML: capitals (one heading over up to four lines, a lone word and
// a subtitle in parentheses joined; a lone word over a speech heads it),
// a question's title over its number, and captions over table cells,
// which are no headings; a table's cells written as paragraphs stay one row.
func TestPrintHeadings(t *testing.T) {
	src := `<p>Counselling Support Provided to Teachers and Students (Question No. 25/2021)</p>
<p>HON. V. PILLAY asked the Government, upon notice: can the Minister inform Parliament?</p>
<p>ROLL CALL</p><p>Clerk: His Worship Mayor Katz, Councillors Browaty and Eadie.</p>
<p>APPOINTMENT OF SPEAKER, DEPUTY SPEAKER, STANDING COMMITTEES</p><p>AND BOARDS AND COMMISSIONS</p>
<p>Motion No. 1</p><p>Moved by Councillor Nordman,</p><p>WHEREAS the Deputy Mayor must be a member of the Committee;</p>
<p>APPOINTMENT OF SPEAKER AND DEPUTY SPEAKER</p>
<table><tr><td><p>Position</p></td><td><p>Council Member Appointed</p></td></tr><tr><td><p>Speaker</p></td><td><p>Councillor Sharma</p></td></tr></table>
<p>Mayor Katz: Thank you, all in favour.</p>
<div align="center"><b>RE-ROUTING OF BUS ROUTES</b></div><div align="center"><b>TO CENTRAL BUS STATIONS</b></div><div align="center"><b>IN CITY AREA</b></div>
<p>Mr Ng Kah Ting asked the Minister for Communications about the routes.</p>
<div align="center"><b>CENTRAL PROVIDENT FUND</b></div><div align="center"><b>DEPOSITS</b></div><div align="center"><b>(Purchase of private houses)</b></div>
<p>Mr Cheong Yuen Chee asked the Minister for Labour about deposits.</p>
<div align="center"><b>ADJOURNMENT</b></div>
<p>Mr Barker: Sir, I beg to move.</p>`
	doc := mustParse(t, src, "h.html")
	var titles []string
	for _, it := range doc.Items {
		titles = append(titles, it.Title)
		for _, r := range it.Remarks {
			if strings.Contains(r.Text, "Position") || strings.Contains(r.Text, "Councillor Sharma") {
				t.Errorf("table cell in remark %q", r.Text)
			}
		}
	}
	want := "Counselling Support Provided to Teachers and Students|ROLL CALL|APPOINTMENT OF SPEAKER, DEPUTY SPEAKER, STANDING COMMITTEES AND BOARDS AND COMMISSIONS" +
		"|RE-ROUTING OF BUS ROUTES TO CENTRAL BUS STATIONS IN CITY AREA|CENTRAL PROVIDENT FUND DEPOSITS (Purchase of private houses)|ADJOURNMENT"
	if got := strings.Join(titles, "|"); got != want {
		t.Errorf("items %q\nwant %q", got, want)
	}
}

// TestStampedHeaders checks notes taken from a video: "[04:07] -
// **Daira**" on a line of its own heads her paragraphs, a bare "[05:07]"
// between them keeps her speaking, and her "We also made…" is hers.
func TestStampedHeaders(t *testing.T) {
	src := "# Call\n\n## Updates\n\n[00:00] - **Deirdre**\n\nFrom the Zebra side we have big news.\n\n" +
		"[04:07] - **Daira**\n\nThat is a huge milestone.\n\n[04:09] - **Deirdre**\n\nWe are very excited.\n\n[05:07]\n\n" +
		"We also made a release of the crate.\n\n[11:23] - **Pacu ECC**\n\nWe have some alphas for iOS.\n"
	if got, want := speakersOf(mustParse(t, src, "z.md")), "Deirdre|Daira|Deirdre|Pacu ECC"; got != want {
		t.Errorf("speakers %q, want %q", got, want)
	}
}

// TestPrintedLineSpeech checks a Hansard converted from print one <p>
// per printed line (Papua New Guinea's): a speech with the only label of
// the document runs on over every line until its last sentence, over a
// page's mark ("18/04", no remark), and a question's title after a page's
// mark still heads an item.
func TestPrintedLineSpeech(t *testing.T) {
	src := `<p>(5) Which department do we work with, is it through the Minister for Foreign Affairs or</p>
<p>Trade and Investment to fast track this border post development?</p>
<p>Mr JAMES MARAPE - Thank you, Mr Acting Speaker, I thank the Member for North</p>
<p>Fly for his important questions as his electorate is located right at the border with Indonesia and</p>
<p>West Papua. There is need for us to step up our border interventions.</p>
<p>Last December, I was privileged to spend a night at the border post but before I arrived there,</p>
<p>18/04</p>
<p>I visited Weihom, its 15 kilometers from the national border and it was rather sad to see that this</p>
<p>military border post was completely deteriorated and not functioning at all, and it is the</p>
<p>responsibility of all of us. When I came back from that visit, I committed to step up our</p>
<p>interventions and support at the border areas and we will deliver on that commitment to the</p>
<p>people of the border. Thank you.</p>`
	doc := mustParse(t, src, "q.html")
	for _, it := range doc.Items {
		for _, r := range it.Remarks {
			if r.Text == "18/04" {
				t.Error("a page's mark is a remark")
			}
			if strings.Contains(r.Text, "Weihom") || strings.Contains(r.Text, "people of the border") {
				if r.Speaker == nil || *r.Speaker != "James Marape" {
					t.Errorf("remark %q: speaker %v, want James Marape", r.Text, r.Speaker)
				}
			}
		}
	}
	titled := `<p>Mr JAMES MARAPE - I will answer the question in detail next week. Thank you.</p>
<p>11/04</p>
<p>Disposal of Nuclear Waste</p>
<p>Mr MUGUWA DILU - Thank you, Mr Acting Speaker, for recognising me.</p>`
	if got := itemsOf(mustParse(t, titled, "q.html")); got != "Disposal of Nuclear Waste" {
		t.Errorf("items %q, want the question's title", got)
	}
}

// TestEnumeratorLen checks the letters and numbers that open a point.
func TestEnumeratorLen(t *testing.T) {
	for in, want := range map[string]int{
		"e) Parking": 3, "(b) Footpaths": 4, "12) Budget": 4, "iv) Roads": 4, "ab) x": 0,
		"1. Apologies": 0, "e)Parking": 0, "Cllr) x": 0, "": 0, "(": 0, "x)": 0,
	} {
		if got := enumeratorLen(in); got != want {
			t.Errorf("enumeratorLen(%q) = %d, want %d", in, got, want)
		}
	}
}

// TestPrintedHansardTurns checks speeches of a Hansard printed one <p>
// per line with several members: a turn runs over its lines to the next
// label (sentence ends and a "Page 9:" mark included), "And discussions
// are being held …" inside a speech is the speaker's, not the clerk's,
// and a statement whose label line ends addressing the chair ("— Mr
// Acting Speaker,") is the minister's.
func TestPrintedHansardTurns(t *testing.T) {
	src := `<p>Mr WILLIAM DUMA -Thank you Mr Acting Speaker. Thank you, Member for</p>
<p>Kainantu for asking these important questions. The project is about</p>
<p>a billion kina and was initiated back in 2016.</p>
<p>It has taken a long time for the project components to be ready for</p>
<p>the state guarantee that will protect the interest of the state.</p>
<p>Page 9:</p>
<p>And discussions are being held between the company and the department of</p>
<p>Treasury for the issue of the state guarantee.</p>
<p>Mr IAN LING-STUCKEY (Kavieng -Minister for Treasury) — Mr Acting Speaker,</p>
<p>the Government is an open and transparent government. This means keeping</p>
<p>our Parliament and our people informed of key economic developments today.</p>`
	doc := mustParse(t, src, "h.html")
	want := map[string]string{"a billion kina": "William Duma", "And discussions": "William Duma", "Treasury for the issue": "William Duma",
		"Mr Acting Speaker,": "Ian Ling-Stuckey", "open and transparent": "Ian Ling-Stuckey"}
	for _, it := range doc.Items {
		for _, r := range it.Remarks {
			if r.Text == "Page 9:" {
				t.Error("a page's mark is a remark")
			}
			for frag, who := range want {
				if strings.Contains(r.Text, frag) && (r.Speaker == nil || *r.Speaker != who) {
					t.Errorf("remark %q: speaker %v, want %s", r.Text, r.Speaker, who)
				}
			}
		}
	}
}
