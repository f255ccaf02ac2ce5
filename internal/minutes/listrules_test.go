package minutes

import (
	"fmt"
	"strings"
	"testing"
)

// TestListAndRosterRules checks the rules that read a list's structure
// (what a list item holds) and the rosters minutes print as lists.
func TestListAndRosterRules(t *testing.T) {
	checkTurns(t, []turnCase{
		{"a speaker's bullet goes on in the paragraphs indented under it, whatever they say", "x.md",
			"# Council\n\n## 1) Agenda\n\n* Anna Lee: Welcome everyone to the meeting.\n\n    Please upvote the proposal:\nhttps://example.org/p\n\n" +
				"    Feel free to add anything directly.\n\n* Bob Roe: Thanks for that.\n",
			[]string{"Anna Lee: Welcome everyone to", "Anna Lee: Please upvote the", "Anna Lee: Feel free to", "Bob Roe: Thanks for that."}},
		{"under a bullet of reported speech, the next paragraph is the scribe's again", "x.md",
			"# Business meeting\n\nPresent: Jane Doe, Tom Lee\n\n## Reports\n\n* Jane Doe reported on the budget.\n\n    Income was above the estimate this year.\n\n* Tom Lee: Thanks.\n",
			[]string{"Jane Doe: Jane Doe reported", "-: Income was above", "Tom Lee: Thanks."}},
		{"a heading inside a list item is what the item pastes, not a heading of the minutes", "x.md",
			"# Council\n\n## Updates\n\n* Anna Lee: The current work:\n\n    ### Developers\n\n    Wallet support is in progress.\n\n* Bob Roe: Thanks.\n\n## Next\n\n* Bob Roe: Done.\n",
			[]string{"Anna Lee: The current work:", "Anna Lee: Developers", "Anna Lee: Wallet support is", "Bob Roe: Thanks.", "Bob Roe: Done."}},
		{"a roster caption of several words on the line of its names ('Directors Present:') names the members", "x.md",
			"# Council\n\n- Directors Present: Melanie Davies, Mike Cuadra, Bekah Gautrowski\n\n## Park\n\n- Mike shared that the permit is due.\n",
			[]string{"Mike Cuadra: Mike shared that"}},
		{"an organisation over the full names of its people is a roster's entry, not a turn", "x.md",
			"# Council\n\n- Visitors Present:\n  - Bellwether Housing: Susan Boyd (CEO), Richard Loo (Director of Development)\n  - North College: Lincoln Ferris, Terrence Hsiao\n\n" +
				"## Housing\n\n- Terrence from NSC talked about enrollment.\n",
			[]string{"Terrence Hsiao: Terrence from NSC"}},
	})
}

// TestDescribedSubjects checks subjects that a record describes before
// naming them, and subjects that only look like names.
func TestDescribedSubjects(t *testing.T) {
	checkTurns(t, []turnCase{
		{"a title of standing before a full name is no part of the name; a description before a name is dropped", "x.md",
			"# Council\n\nAttendees: Fernando Cervantes, Graham Bell\n\n## Housing\n\n- Architect JohnPaul Jones noted that the building is open.\n" +
				"- Neighborhood resident Fernando Cervantes brought up a notice near his home.\n- New member Graham gave a summary of the proposal.\n" +
				"- Councilmember Debora Juarez said the city will act.\n",
			[]string{"JohnPaul Jones: Architect JohnPaul Jones", "Fernando Cervantes: Neighborhood resident Fernando", "Graham Bell: New member Graham", "Debora Juarez: Councilmember Debora Juarez"}},
		{"an attendee's initials with a speech verb are the attendee; an acronym with any other verb is not", "x.md",
			"# Ayton Community Council\n\n## Present\n\n- Sarah Woodbury\n- Amanda Wright\n- Paul Ingram\n\n## Reports\n\n" +
				"AW confirmed she had advised the school.\n\nPI advised that we had received an interest payment.\n\nSW has not yet met the group.\n",
			[]string{"Amanda Wright: AW confirmed she", "Paul Ingram: PI advised that", "-: SW has not"}},
		{"a quantifier opens no name, and 'brought up' names a speaker only for someone the document names", "x.md",
			"# Docs\n\n## Triage\n\n- Ruy Adorno: Killian, an introduction?\n- Killian Kilmister: With the new algorithm there are issues.\n- Many TypeScript utilities have no upper limit set.\n" +
				"- Several board members attended the meeting.\n- Previously brought up in the docs meeting.\n",
			[]string{"Ruy Adorno: Killian, an introduction?", "Killian Kilmister: With the new", "-: Many TypeScript utilities", "-: Several board members", "-: Previously brought up"}},
	})
}

// TestReportRules checks a club's AGM style: reports under a heading
// that names the officer giving them, candidates' overviews, and motions
// presented by their proposer.
func TestReportRules(t *testing.T) {
	checkTurns(t, []turnCase{
		{"a heading naming its reporter after a dash, in capitals; topics of two words among the points are no speakers", "x.md",
			"# AGM\n\n### **A LOOK BACK ON THE YEAR - JOSH:**\n\n- We don’t talk about it.\n- Academic:\n    - Lightning Talks - These have been very successful this year.\n\n" +
				"### **MOTIONS:**\n\n- Josh: The motion is changed.\n- Keegan (Proposer) - We have managed to do things this year.\n- Keegan: As decided.\n- Josh: Yes.\n\n" +
				"### **POSITIONS:**\n\n- Academic Coordinator: Keegan runs again.\n",
			[]string{"Josh: We don’t talk", "Josh: Academic:", "Josh: Lightning Talks -", "Josh: The motion is", "Keegan: We have managed", "Keegan: As decided.", "Josh: Yes.", "Academic Coordinator: Keegan runs again."}},
		{"an office named by what it is for is a role; a talk's word and 'by' a name is that person", "x.md",
			"# AGM\n\n## Positions\n\n- Social Secretary: The role is vacant this year.\n- Overview by Harry Lime: The secretary handles the admin.\n\n## Budget\n\nBudget (draft) - approved as amended by the members.\n",
			[]string{"Social Secretary: The role is", "Harry Lime: The secretary handles", "-: Budget (draft) -"}},
	})
}

// TestBoldLabelsInLine checks bold labels inside a line of notes after
// a sentence ends ("…the wiki era? **Ruth:** Schalk should have…"): each
// is a turn of someone the document names.
func TestBoldLabelsInLine(t *testing.T) {
	checkTurns(t, []turnCase{
		{"bold labels after a sentence's end hand the turn over", "x.md",
			"# Call\n\n**Present:** Jean-Yves Perrier, Ruth John, Robert Nyman\n\n## Notes\n\n* **Jean-Yves:** Hello and welcome!\n" +
				"  **Robert:** How many were there during the wiki era? **Ruth:** Schalk should have the numbers.\n  **Ruth:** Is this content only? **Jean-Yves:** Yes.\n",
			[]string{"Jean-Yves Perrier: Hello and welcome!", "Robert Nyman: How many were", "Ruth John: Schalk should have", "Ruth John: Is this content", "Jean-Yves Perrier: Yes."}},
	})
}

// TestBoldHandles checks chat exports that write each sender as a bold
// handle: a handle too long or too dotted for a nick speaks once it
// recurs in minutes of bold labels.
func TestBoldHandles(t *testing.T) {
	var b strings.Builder
	b.WriteString("# 05/19/2025 TSC Meeting Transcript\n\n")
	for _, w := range []string{"alpha", "beta", "gamma", "delta", "epsilon"} {
		// Each round says something else: a line repeated word for word
		// (digits aside) is a page's running header.
		fmt.Fprintf(&b, "**wunderacle:** Alrighty, topic %s.\n\n**snitin315:** No announcements on %s.\n\n**evenstensberg:** good idea, but ask them first about %s\n\n"+
			"**alexander.akait:** we can publish the %s changelog today\n\n", w, w, w, w)
	}
	got := turnsOf(t, "x.md", b.String())
	want := []string{"wunderacle: Alrighty, topic alpha.", "snitin315: No announcements on", "evenstensberg: good idea, but", "alexander.akait: we can publish"}
	if len(got) != 20 || strings.Join(got[:4], "|") != strings.Join(want, "|") {
		t.Errorf("got %q\nwant %q five times", got, want)
	}
}
