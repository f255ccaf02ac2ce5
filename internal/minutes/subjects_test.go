package minutes

import (
	"strings"
	"testing"
)

// TestSubjectsInProse covers speakers as grammatical subjects in the
// prose of real minutes (Ethereum call notes, IRTF, parish councils): a
// bold name anywhere in a sentence, joint subjects, any finite verb for a
// person the document names, and the body or the room as narration.
func TestSubjectsInProse(t *testing.T) {
	src := "# Call\n\n## Attendees\n- Tomasz Stanczak\n- Micah Zoltu\n- James Hancock\n- Danny Ryan\n- Ansgar Dietrichs\n- Mirja Kuhlewind\n\n## London\n\n" +
		"* **Micah** doubts anyone is interested, but **Tomasz** says everyone could be. Seemingly opposed to the rejection, **Hancock** says we should wait.\n" +
		"* However, **Danny** and **Ansgar** share the opinion that the merge matters. There is general agreement that it is fine.\n" +
		"* Mirja chimes in to say that attendance was high. It was noted that the room was full. **Piper** objects to that.\n"
	var got []string
	for _, it := range mustParse(t, src, "acd.md").Items {
		for _, r := range it.Remarks {
			w := strings.Fields(strings.ReplaceAll(r.Text, "**", ""))
			got = append(got, whoOf(r)+": "+strings.Join(w[:min(2, len(w))], " "))
		}
	}
	want := []string{"Micah Zoltu: Micah doubts", "Tomasz Stanczak: Tomasz says", "James Hancock: Seemingly opposed",
		"Danny Ryan: However, Danny", "-: There is", "Mirja Kuhlewind: Mirja chimes", "-: It was", "Piper: Piper objects"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestGroupSubjects checks the subjects that are a body or the room.
func TestGroupSubjects(t *testing.T) {
	for s, want := range map[string]bool{
		"The councillors agreed that they were content": true,
		"All councillors noted they were content":       true,
		"A member of the public asked about parking":    true,
		"It was agreed to keep the report":              true,
		"It is then noted that EIP 3403":                true,
		"There is general agreement that it is fine":    true,
		"A few others generally agree":                  true,
		"We agree that this shall not be too strict":    true, // a summary's record of what the room settled
		"We conclude that this wiki must reflect it":    true,
		"We should wait for the next draft":             false,
		"The motion carried 4-0":                        true, // the record's outcome, nobody's turn
		"All of the acks will be in the tunnel":         false,
		"The meeting room was cold":                     false,
		"There is a draft on this":                      false,
	} {
		r, ok := groupSubject(s, strings.ToLower(s[:min(len(s), 40)]))
		if got := ok && r.group; got != want {
			t.Errorf("groupSubject(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestNameAloneOverPoints checks a speaker written as a bullet of their
// name alone over the bullets of their points (Kubernetes steering
// notes), with the attendees listed under a bold caption item.
func TestNameAloneOverPoints(t *testing.T) {
	src := "# Steering Committee\n\n## Nov 8\n\n* **Attendees**\n    * Brendan Burns [Microsoft]\n    * Clayton Coleman [Redhat]\n" +
		"* **Topics**\n    * Incubator repos were discussed at length today.\n        * Brendan\n            * Sunsetting isn't bad, but hard.\n" +
		"        * Clayton --\n            * If a sig decides to adopt something, who is a SIG?\n            * Existing project, no\n" +
		"        * Administrivia\n"
	doc := mustParse(t, src, "steering.md")
	if got, want := speakersOf(doc), "-|Brendan Burns|Clayton Coleman|-"; got != want {
		t.Errorf("speakers %s, want %s", got, want)
	}
}

// TestBoardMinutesSubjects covers the subjects of a transit board's
// minutes: an office of several words before a surname (kept with it, as
// printed, since the minutes give no full name), a speaker set off by a
// place and a clause on who they are, a section key before the speaker,
// and sentences parted by a no-break space.
func TestBoardMinutesSubjects(t *testing.T) {
	src := "# Board of Directors\n\n## Reports\n\n" +
		"- Director James asked what was the percent of the overall debt.\u00a0 CFO Howerter indicated about 10%.\n\n" +
		"General Manager Washington added that the line is the most expensive.\n\n" +
		"Former Director Jack McCroskey indicated it was 30 years ago.\n\n" +
		"Tom Grushka, Littleton, who identified himself as RTD watch, spoke to a couple of items.\n\n" +
		"Discussion:              Director Menten asked that item C be removed.\n\n" +
		"Acme Turf sprayed the recreation ground in June.\n"
	doc := mustParse(t, src, "board.md")
	want := "Director James|CFO Howerter|General Manager Washington|Jack McCroskey|Tom Grushka|Director Menten|-"
	if got := speakersOf(doc); got != want {
		t.Errorf("speakers %q, want %q", got, want)
	}
}

// TestBoldCaptionNoPerson checks that a bold caption of two capitalised
// words over a list ("**Iteration Teams**") is no speaker: a full name
// is a person only where the document names it somewhere else too.
func TestBoldCaptionNoPerson(t *testing.T) {
	src := "# Steering\n\n## Process\n\n* Brendan Burns: weekly standups.\n\n**Iteration Teams**\n\n" +
		"* **Values**: Sarah, Brendan (everyone LGTM)\n* **Owners**: Brian, Aaron\n"
	if got, want := speakersOf(mustParse(t, src, "k.md")), "Brendan Burns|-"; got != want {
		t.Errorf("speakers %q, want %q", got, want)
	}
}

// TestVerbsAreNoNames checks that a capitalised verb or conjunction ends
// a name, so a line that opens with one is no "Name text" label (Dat,
// Kubernetes, Software Carpentry, OpenColorIO, Cooper Union notes), while
// the same letters in capitals are still someone's initials.
func TestVerbsAreNoNames(t *testing.T) {
	checkTurns(t, []turnCase{
		{"a capitalised verb after a name or opening a question", "x.md",
			"# Notes\n\n## Travel\n\n* Diego Was at the summit recently. It was interesting.\n* Is NYC in June potentially ok for folks?\n\n" +
				"## Docs\n\nCarl: As long as it's documented.\nWould prefer html, but a header is fine.\n\nF Are all students opposed to the plan?\n",
			[]string{"-: Diego Was at", "-: Is NYC in", "Carl: As long as", "-: F Are all"}},
		{"initials in capitals are still labels", "x.md",
			"# Notes\n\nAttendees: Isaac Schlueter (IS), Todd Moore (TM)\n\n**TM:** Idea of getting together.\n**IS:** I have a rough draft.\n",
			[]string{"Todd Moore: Idea of getting", "Isaac Schlueter: I have a"}},
	})
}

// TestHangingIndent checks plain-text minutes that indent a label's
// later lines to its text (IETF PCE, IPsecME, OpenID FAPI notes): those
// lines go on with the label's turn even after a full stop, while a
// centred stage direction does not.
func TestHangingIndent(t *testing.T) {
	checkTurns(t, []turnCase{
		{"a label's hanging indent", "x.txt",
			"Notes\n\nDaniel King: [draft-a] Will be posting it\n             soon.\n             [draft-b] Already posted.\n" +
				"Adrian Farrel: fine\nPaul: Not true.\n\tVPNC sees half the vendors.\n",
			[]string{"Daniel King: [draft-a] Will be", "Adrian Farrel: fine", "Paul: Not true. VPNC"}},
		{"a centred direction is no hanging indent", "x.txt",
			"Notes\n\nThe Speaker: Thank you.\nMr Ochieng: Silence means consent.\n                                   (Question proposed)\n",
			[]string{"The Speaker: Thank you.", "Mr Ochieng: Silence means consent.", "-: (Question proposed)"}},
	})
}

// TestSectionOverSubsection checks plain-text minutes that print a
// section's number straight over its first subsection's, and a
// presentation's title over the draft it presents (IETF PCE): each
// numbered line is an item of its own.
func TestSectionOverSubsection(t *testing.T) {
	src := "PCE Working Group Meeting\n\n1. Introduction\n1.1. Administrivia (chairs, 5 min)\n\nJon is standing down.\n\n" +
		"1.2. WG Status (chairs, 20 min)\nDaniel King: Will be posting it soon.\n\n2. Segment Routing\n2.1. Path Segment (Cheng Li, 15 min)\n" +
		"draft-li-pce-sr-path-segment-03\n\nJonathan Hardwick: This is interesting work.\n"
	want := "1 Introduction|1.1 Administrivia (chairs, 5 min)|1.2 WG Status (chairs, 20 min)|2 Segment Routing|2.1 Path Segment (Cheng Li, 15 min)"
	if got := itemsOf(mustParse(t, src, "x.txt")); got != want {
		t.Errorf("items %q, want %q", got, want)
	}
}

// TestFirstNameRoster checks an attendance line of first names only,
// also written as Markdown reference links (Dart DEP committee, IETF
// ALTO, Babel notes): each name is a person, so "Gilad has been working"
// is Gilad's though the notes name him once.
func TestFirstNameRoster(t *testing.T) {
	checkTurns(t, []turnCase{
		{"first names as reference links", "x.md",
			"Attendees: [Bob][], [Florian][], [Gilad][], [Kasper][].\n\n[bob]: https://github.com/munificent\n\n## Reflectable\n\n" +
				"Gilad has been working on his Dart book.\n\nKasper has concerns about it.\n\nResources were discussed.\n",
			[]string{"Gilad: Gilad has been", "Kasper: Kasper has concerns", "-: Resources were discussed."}},
	})
}

// TestDiscussionAsObject checks that "discussion" after a verb opening
// a bullet ("Reading discussion and literature…") is what the owner of
// the list did, not the scribe's narration of a discussion, while
// "Following discussion on…" still narrates (scikit-learn, Limerick).
func TestDiscussionAsObject(t *testing.T) {
	checkTurns(t, []turnCase{
		{"a verb before discussion", "x.md",
			"# M\n\n## Notes\n\n- [name=Olivier]\n  - Final iteration\n  - Reading discussion and literature.\n  - Opened issues\n\n" +
				"Following discussion on the fountain, Members expressed frustration.\n",
			[]string{"Olivier: Final iteration", "Olivier: Reading discussion and", "Olivier: Opened issues", "-: Following discussion on"}},
	})
}

// TestBoldColonNameOverPoints checks a bullet that is only a bold full
// name with a colon, over the points nested under it (IAB MaRNEW
// workshop), and that a phrase mixing a word and an acronym before a
// comma is no name ("Consider SPUD, though…", "Request TAC approval").
func TestBoldColonNameOverPoints(t *testing.T) {
	checkTurns(t, []turnCase{
		{"bold names with a colon over nested points", "x.md",
			"# M\n\n#### Discussion\n* __Aaron Falk:__\n    *    I challenge the assumptions\n    *    Cell phones are essential\n" +
				"* __Ted Hardie:__ We are trying\n* **Dirk Kutscher:**\n    * We should not\n",
			[]string{"Aaron Falk: I challenge the", "Aaron Falk: Cell phones are", "Ted Hardie: We are trying", "Dirk Kutscher: We should not"}},
		{"a word and an acronym before a comma", "x.md",
			"# M\n\n### Introduction\n\n* Short statements from the participants\n* Consider SPUD, though just being a prototype so far\n",
			[]string{"-: Short statements from", "-: Consider SPUD, though"}},
	})
}

// TestNumberedSetextHeadings checks headings a writer numbered and
// underlined ("1) Actions review (SM)" over "-----"), which Markdown
// reads as a list of one item and a rule (SBGN editors, UK Covid
// Inquiry transcripts): they are items with their numbers.
func TestNumberedSetextHeadings(t *testing.T) {
	src := "Present:\n\n-   Stuart Moodie (SM)\n-   Alice Villeger (AV)\n\n1) Actions review (SM)\n----------------------\n\n" +
		"SM: not done yet.\n\n2) Report on LibSBGN (AV)\n=========================\n\nAV: The release happened.\n\n3) Next steps\n\n* a point\n"
	if got, want := itemsOf(mustParse(t, src, "x.md")), "1 Actions review (SM)|2 Report on LibSBGN (AV)"; got != want {
		t.Errorf("items %q, want %q", got, want)
	}
}

// TestBoldTitleWithPresenters checks a section written as a bold line
// that names its presenters in parentheses (CA/B Forum, Hyperledger TSC):
// an item even in sentence case or long, while a bold sentence is not.
func TestBoldTitleWithPresenters(t *testing.T) {
	src := "# **Validation Subcommittee**\n\nDate: June 08, 2023\n\n**Introduction**\n\n- Corey proposed not performing another roll-call.\n\n" +
		"**Changes to the Subscriber Agreement requirements (Ben and Dustin)**\n\n- Dustin provided background on the agreement.\n\n" +
		"**Discussion on Applicant Delegation of Domain Validation (Corey) 2:26**\n\n- Corey presented.\n\n**Martin agreed to do a PR on this (Ben)**\n\n- Ben agreed.\n"
	want := "Introduction|Changes to the Subscriber Agreement requirements (Ben and Dustin)|Discussion on Applicant Delegation of Domain Validation (Corey) 2:26"
	if got := itemsOf(mustParse(t, src, "x.md")); got != want {
		t.Errorf("items %q, want %q", got, want)
	}
}

// TestSelfIntroductions checks a roll call's round of introductions, each
// note opening with its writer's name (Mozilla Tech Speakers), while "This
// is" without a greeting says what a thing is.
func TestSelfIntroductions(t *testing.T) {
	checkTurns(t, []turnCase{
		{"greetings and names", "x.md",
			"# Monthly call\n\nRoll call: please introduce yourself.\n\n* Hi, I'm Havi and I took a break.\n* Hello I'm Fachrul Razy from Indonesia\n" +
				"* Hi This is Alaa, from Palestine.\n* Hi, I'm End3r and the holidays were great.\n* This is Kim's proposal for the budget.\n",
			[]string{"-: Roll call: please", "Havi: Hi, I'm Havi", "Fachrul Razy: Hello I'm Fachrul", "Alaa: Hi This is", "End3r: Hi, I'm End3r", "-: This is Kim's"}},
	})
}

// TestPresenterHeadings checks IETF BoF notes that number their items as
// loose list entries ("1) Welcome and Note Well" right under "## AGENDA:",
// a timed title wrapped over two lines) and set who presents as a heading
// ("### Carsten Bormann (CB) presenting."), which is no item.
func TestPresenterHeadings(t *testing.T) {
	src := "# ASDF BoF\n\nChairs: Niklas Widell and Michael Richardson\n\n## AGENDA:\n1) Welcome and Note Well\n\n### Niklas presenting Agenda.\n\n" +
		"2) hellos and mic check\n\n3) Intro; brief introduction into OneDM, SDF (Proponents);\n   (and clarifying questions) [30 minutes]\n\n" +
		"### Carsten Bormann (CB) presenting.\n- We currently have lots of diversity.\n\nCullen Jennings (CJ): could you say more?\nCB: JSON schema.\n\n" +
		"4) Discussion [30 minutes]\n\nCJ: one more question.\n\n5) Calling the questions\n\nNW (as chair): was asked in Jabber.\n"
	want := "1 Welcome and Note Well|2 hellos and mic check|3 Intro; brief introduction into OneDM, SDF (Proponents); (and clarifying questions) [30 minutes]|4 Discussion [30 minutes]|5 Calling the questions"
	if got := itemsOf(mustParse(t, src, "x.md")); got != want {
		t.Errorf("items %q\nwant %q", got, want)
	}
}

// TestAgreedWithUnderAName checks a name alone over the speaker's points
// (Mathesar's team notes): "Agreed with Kriti…" is the speaker agreeing,
// not the meeting's outcome, and "Always feels…" opens no name, while
// "Agreed: ship it" is still the record's.
func TestAgreedWithUnderAName(t *testing.T) {
	checkTurns(t, []turnCase{
		{"a speaker's points", "x.md",
			"# Team meeting\n\nAttendees: Ghislaine, Kriti, Sean\n\n## Design\n\nGhislaine:\n\n- Agreed with Kriti about design work\n- Always feels kind of weird\n\n" +
				"Kriti:\n\n- Fine by me\n\nAgreed: ship it.\n",
			[]string{"Ghislaine: Agreed with Kriti", "Ghislaine: Always feels kind", "Kriti: Fine by me", "-: Agreed: ship it."}},
	})
}

// TestMisspeltNames checks a surname written two ways a letter apart
// (IETF WPACK "Martin Thomson"/"Martin Thompson", httpbis "Julian
// Reschke"/"Rescheke", MaRNEW, Jupyter, OpenID notes): one person, named
// as first written, so "Martin:" later resolves to him; two different
// first names, or a letter changed for another, stay two people.
func TestMisspeltNames(t *testing.T) {
	checkTurns(t, []turnCase{
		{"one surname spelt two ways", "x.md",
			"# Notes\n\nMartin Thomson: this is the right sort of thing.\n\nMark Nottingham: agreed.\n\nMartin Thompson: let's be clear.\n\nMartin: lots of ways.\n\n" +
				"Jana Iyengar: fine.\n\nJona Iyengar: also fine.\n\nMark Jansen: one.\n\nMark Jensen: two.\n",
			[]string{"Martin Thomson: this is the", "Mark Nottingham: agreed.", "Martin Thomson: let's be clear.", "Martin Thomson: lots of ways.",
				"Jana Iyengar: fine.", "Jona Iyengar: also fine.", "Mark Jansen: one.", "Mark Jensen: two."}},
		{"a middle initial in the roster and not after (the Carpentries' maintainers)", "x.md",
			"# Maintainers call\n\nAttendees: Luis J. Villanueva, Erin Becker\n\n## Onboarding\n\n- Luis Villanueva, Data Carpentry: OpenRefine lesson\n- Luis: is there feedback from the last group?\n- Erin: yes.\n",
			[]string{"Luis J. Villanueva: OpenRefine lesson", "Luis J. Villanueva: is there feedback", "Erin Becker: yes."}},
		{"two middle initials are two people; a roster's Dean is a given name", "x.txt",
			"Minutes\n\nPresent: John Smith, Dean Smith, Mary A. Johnson, Mary B. Johnson, Ana M. Ruiz\n\n1. Item\n\n" +
				"Dean Smith: first.\n\nJohn Smith: second.\n\nMary A. Johnson: third.\n\nMary B. Johnson: fourth.\n\nAna Ruiz: fifth.\n",
			[]string{"Dean Smith: first.", "John Smith: second.", "Mary A. Johnson: third.", "Mary B. Johnson: fourth.", "Ana M. Ruiz: fifth."}},
	})
}
