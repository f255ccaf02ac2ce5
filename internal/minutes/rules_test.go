package minutes

import (
	"strings"
	"testing"
)

// turnsOf parses src and lists its remarks as "Speaker: first words"
// (speaker "-" when nobody is identified), for compact expectations.
func turnsOf(t *testing.T, name, src string) []string {
	t.Helper()
	doc, err := Parse([]byte(src), Options{Name: name})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return remarkLines(doc, 3)
}

// whoOf names a remark's speaker, "-" for nobody.
func whoOf(r Remark) string {
	if r.Speaker == nil {
		return "-"
	}
	return *r.Speaker
}

// remarkLines lists every remark as "speaker: text", the text cut to its
// first words (all of it when words is 0).
func remarkLines(doc *Document, words int) []string {
	var out []string
	for _, it := range doc.Items {
		for _, r := range it.Remarks {
			text := r.Text
			if words > 0 {
				w := strings.Fields(text)
				text = strings.Join(w[:min(words, len(w))], " ")
			}
			out = append(out, whoOf(r)+": "+text)
		}
	}
	return out
}

// remarkSpeakers lists the speaker of every remark, "-" for nobody,
// joined by spaces.
func remarkSpeakers(doc *Document) string {
	var out []string
	for _, it := range doc.Items {
		for _, r := range it.Remarks {
			out = append(out, whoOf(r))
		}
	}
	return strings.Join(out, " ")
}

// itemTitles lists the title of every agenda item of doc.
func itemTitles(doc *Document) []string {
	var out []string
	for _, it := range doc.Items {
		out = append(out, it.Title)
	}
	return out
}

// tail adds a second agenda item, so that a case's own heading is not
// taken for the document title; tailTurn is its remark.
const (
	tail     = "\n## Other business\n\nZed Quinn: bye\n"
	tailTurn = "Zed Quinn: bye"
)

// turnCase is one rule of attribution: a small document and its turns,
// listed as turnsOf lists them (in any order).
type turnCase struct {
	rule, name, src string
	want            []string
}

// checkTurns parses each case and compares its turns as a set.
func checkTurns(t *testing.T, tests []turnCase) {
	t.Helper()
	for _, tt := range tests {
		got := turnsOf(t, tt.name, tt.src)
		if strings.Join(sorted(got), "\n") != strings.Join(sorted(tt.want), "\n") {
			t.Errorf("%s:\n got %q\nwant %q", tt.rule, got, tt.want)
		}
	}
}

// TestTurnRules checks, one rule per case, how labels, paragraphs and
// lines are attributed; each case names the rule it exercises.
func TestTurnRules(t *testing.T) {
	checkTurns(t, []turnCase{
		{"scribe notes between labeled turns are narration", "x.md",
			"## Item\n\nYK: Rhino?\n\nBE: matches reality\n\nTest cases? Yes.\n",
			[]string{"BE: matches reality", "-: Test cases? Yes.", "YK: Rhino?"}},
		{"first-person paragraph continues the speaker", "x.md",
			"## Item\n\nAnn Lee: I think so.\n\nBob Roe: no.\n\nWe should wait, I think.\n",
			[]string{"Ann Lee: I think so.", "Bob Roe: no.", "Bob Roe: We should wait,"}},
		{"label alone owns the next paragraph", "x.md",
			"## Item\n\nAnn Lee: ok\n\nAWB:\n\nwithin curlies: any value\n",
			[]string{"Ann Lee: ok", "AWB: within curlies: any"}},
		{"ellipsis narration is the scribe's", "x.md",
			"## Item\n\nSTH: Agree.\n\nBE: fine\n\n...discussion of examples\n",
			[]string{"BE: fine", "-: ...discussion of examples", "STH: Agree."}},
		{"wholly parenthesised aside is narration", "x.md",
			"## Item\n\nMark Nottingham: fine\n\n(Some thumbs up from the room)\n",
			[]string{"-: (Some thumbs up", "Mark Nottingham: fine"}},
		{"one turn per line: unlabeled row after a sentence", "x.txt",
			"Item one (EKR)\n\nAL: Can you?\nEKR: File that as an issue.\nIssue being added to the tracker.\n",
			[]string{"-: Issue being added", "AL: Can you?", "EKR: File that as"}},
		{"no-break space after the colon", "x.txt",
			"1. Item\n\nAL:\u00a0 Can you specify that?\nEKR: yes\n",
			[]string{"AL: Can you specify", "EKR: yes"}},
		{"several initials: the first speaks", "x.md",
			"## Item\n\nYK: so?\n\nBE, OH, AR: yes.\n",
			[]string{"BE: yes.", "YK: so?"}},
		{"a topic key listing names is not a speaker", "x.md",
			"## Item\n\nMark Nottingham: Editors are:\n\nLoss Recovery: Jana and Ian Sweet\n",
			[]string{"Mark Nottingham: Editors are:", "Mark Nottingham: Loss Recovery: Jana"}},
		{"one who speaks once, in minutes that label every speaker in bold, is a speaker; a topic word is not", "x.md",
			"## Item\n\n**Greg:** Leave it open.\n\n**John:** Close on the 13th.\n\n**Greg:** Fine.\n\n**John:** Good.\n\n" +
				"**Greg:** Then vote.\n\n**John:** Yes.\n\n**Greg:** Done.\n\n**John:** Next.\n\n" +
				"**Stowell**: Vendors offer systems.\n\n**Status:** open.\n\n**Re-charter:** complete.\n",
			[]string{"Greg: Leave it open.", "John: Close on the", "Greg: Fine.", "John: Good.", "Greg: Then vote.", "John: Yes.",
				"Greg: Done.", "John: Next.", "Stowell: Vendors offer systems.", "Stowell: **Status:** open.", "Stowell: **Re-charter:** complete."}},
		{"a list of actions ends with its agenda item: the labels of the next item are speakers", "x.md",
			"# Notes\n\n## Short Version / Decisions / Action Items\n\n* Action Items:\n  * JC: Go through the PR again.\n\n" +
				"## Details\n\n### Remote repositories\n\n* Jonas: Company 3 wants wheels.\n  * JC: Curious why.\n",
			[]string{"-: Action Items:", "-: Go through the", "Jonas: Company 3 wants", "JC: Curious why."}},
		{"a roster's offices before its names: the surname finds the person", "x.md",
			"# Board\n\nPresent: Town Manager Andrew Dorsett, Chairman Carrie Gendreau, Finance Director Karen Noyes\n\n" +
				"## Budget\n\nDorsett said the cash flow is low.\n\nNoyes said fine.\n",
			[]string{"Andrew Dorsett: Dorsett said the", "Karen Noyes: Noyes said fine."}},
		{"a bold caption named nowhere else is no speaker", "x.md",
			"# Board\n\n## New Business\n\nAnn Lee said the form is ready.\n\n**Resident Volunteer Recognition Nominations**  \nThe board developed a nomination form.\n",
			[]string{"Ann Lee: Ann Lee said", "Ann Lee: **Resident Volunteer Recognition", "-: The board developed"}},
		{"lower-case keys of a speaker's list are no handles; a nested reply by a roster's @-handle is", "x.md",
			"# TC\n\nAttendees: @jdalton (John-David Dalton), Stefan Hagen, Mary Martin\n\n## Item\n\n* Stefan: there are different aspects\n  * state: development, test, deployed\n  * impact: what it may cause\n" +
				"* Mary: We did update it.\n  * jdalton: a repo within the org is fine.\n* Stefan: fine.\n",
			[]string{"Stefan: there are different", "Stefan: state: development, test,", "Stefan: impact: what it",
				"Mary: We did update", "jdalton: a repo within", "Stefan: fine."}},
		{"a sentence set wholly in bold reads its subject as plain text does, a single word only when the document names it", "x.md",
			"# Board\n\nPresent: Chad Stearns, Roger Emerson\n\n## Other business\n\nEmerson asked why.\n\n**Stearns made the motion to adjourn.**\n\n**Askeaton provided a plan.**\n",
			[]string{"Roger Emerson: Emerson asked why.", "Chad Stearns: **Stearns made the", "-: **Askeaton provided a"}},
		{"HackMD's author tag alone over the points nested under it; a bold word in capitals over a list is a caption", "x.md",
			"## Github ownership\n\n- **DONE**\n  - [x] Vesting moved\n- **RESOURCES**\n  - [Policy draft](https://example.org/p)\n- [name=kopeboy]\n  - Dev should co-own the repository.\n  - Not every member.\n" +
				"- [name=Ray Raspberry]\n  - Consider incentive alignment.\n",
			[]string{"-: **DONE**", "-: [x] Vesting moved", "-: **RESOURCES**", "-: [Policy draft](https://example.org/p)", "kopeboy: Dev should co-own", "kopeboy: Not every member.",
				"Ray Raspberry: Consider incentive alignment."}},
		{"a bold name and a dash, line after line of one paragraph", "x.md",
			"## Curve Pledge Benefit\n\n**Shawn** - (recap) The linear setup is less than optimal.  \n(see graphs in the PR)  \n**Duncan** - Not as simple.  \n**Colin** – We don't want the high end to win.  \n" +
				"**Duncan** - Researchers are aware.  \n**Colin** - Showing a graph.  \n**Shawn** - Thanks.\n",
			[]string{"Shawn: (recap) The linear", "-: (see graphs in", "Duncan: Not as simple.", "Colin: We don't want", "Duncan: Researchers are aware.", "Colin: Showing a graph.", "Shawn: Thanks."}},
		{"a transcript's bold name and the time into the recording", "x.md",
			"# SIG meeting\n\n**Jason Plum** 00:05 Hello everyone, welcome.\n\n**GZ Gregor Zeitlinger** [01:12] Thanks. About the release.\n\n**jplum** 1:02:03 Sure, go ahead.\n\n**Note** the release is late.\n\n**Coffee Break** 10:30 in the hall.\n",
			[]string{"Jason Plum: Hello everyone, welcome.", "GZ Gregor Zeitlinger: Thanks. About the", "Jason Plum: Sure, go ahead.", "-: **Note** the release", "-: **Coffee Break** 10:30"}},
		{"a sync call's updates: each member's handle over Done, Blocked and Next, the state of their work", "x.md",
			"## Biweekly updates\n\n- @jacobheun:\n  - Done:\n    - Cleaned up the daemon work\n  - Blocked:\n  - Next:\n    - Finish the daemon PR\n" +
				"- @bigs:\n  - Done:\n    - Testbed prototyping\n  - Next:\n    - Terraform scripts\n",
			[]string{"jacobheun: Done:", "jacobheun: Cleaned up the", "jacobheun: Blocked:", "jacobheun: Next:", "jacobheun: Finish the daemon",
				"bigs: Done:", "bigs: Testbed prototyping", "bigs: Next:", "bigs: Terraform scripts"}},
		{"a discussion kept in a table, one row per topic: each row an item, its cells the scribe's, reported speech handing over", "x.md",
			"# Committee minutes\n\n## Attendees\n\n| Name | Attendance | Role |\n| --- | --- | --- |\n| Elaine Cardenas | Yes | Chair |\n| Terence McCutcheon | Yes | Secretary |\n\n" +
				"## Actions\n\n* **Terence:** Follow up with Lara.\n\n| Topic | Discussion |\n| --- | --- |\n" +
				"| Developer Advocate Program | Terence provided an update on the program and its weekly sync. Elaine asked who owns it. |\n" +
				"| Committee Elections | The questions will be finalized next week by the whole committee. |\n",
			[]string{"Terence McCutcheon: Follow up with", "Terence McCutcheon: Terence provided an", "Elaine Cardenas: Elaine asked who", "-: The questions will"}},
		{"a roll call inside a paragraph, under its caption, one member per line with the office after a comma", "x.txt",
			"Board of Education Minutes\n\nRoll Call\nPresent:\nPaula Villescaz, president\nPam Costa, member\nSaul Hernandez, member (via teleconference)\n\n" +
				"Hearing\n\nMr. Hernandez inquired about the areas.\nMs. Costa shared that she was pleased with the options.\n",
			[]string{"Saul Hernandez: Mr. Hernandez inquired", "Pam Costa: Ms. Costa shared"}},
		{"a community council's own officers ('Our chair asked'), a subject in italics, an attendance wrapped over several lines", "x.md",
			"# Minutes\n\n**Present**: Esme Clark, Danny O'Neill,\nRobert Preston, Paul MacAlindin (Glasgow Barons and Govan\nMusic Festival), Willie Jones\n\n## Festival\n\n" +
				"Paul introduced the festival lasting from Wednesday.\n\nOur chair asked for the responsibilities.\n\n*Willie Jones* raised the condition of the streetscape.\n",
			[]string{"Paul MacAlindin: Paul introduced the", "Our chair: Our chair asked", "Willie Jones: *Willie Jones* raised"}},
		{"a point whose speaker the scribe adds at its end, in parentheses after the sentence", "x.md",
			"# WG\n\n## Attendees\n\n- Brandon Mitchell\n- Sajay Antony\n- Nisha Kumar\n\n## Notes\n\n- Sajay: updates for Proposal A\n    - Can we move the artifactType to annotations? (Brandon)\n" +
				"    - Nisha: can blobs be ordinal?\n        - We should document the use case. (Sajay)\n    - Sorting by date (Nisha)\n",
			[]string{"Sajay Antony: updates for Proposal", "Brandon Mitchell: Can we move", "Nisha Kumar: can blobs be", "Sajay Antony: We should document", "-: Sorting by date"}},
		{"a full name in parentheses ends a point without a full stop", "x.txt",
			"AGM minutes\n\nPresent: Ian Jackson, Peter Clay, Martin Keegan\n\n1. Complaints\n\nThe complaints and explanations were:\n\n" +
				"- that Martin Keegan had acted without authority (Ian Jackson)\n\n- that he had acted with the knowledge of the\n  committee (Martin\n  Keegan)\n\n- that the server moved (Sun)\n",
			[]string{"-: The complaints and", "Ian Jackson: that Martin Keegan", "Martin Keegan: that he had", "-: that the server"}},
		{"a caption naming a talk and its presenter, closed by a colon, heads the presenter's points", "x.txt",
			"Math SIG Meeting Notes\n\nAttendees:\n\n* Raphael Egan (Intel)\n* Sarah Knepper (Intel)\n\nOverview of the transform APIs - Raphael Egan:\n\n" +
				"* Thanks for accommodating the date shift.\n* Those functions are variadic.\n\n* Sarah Knepper: Is the plan for 1.4?\n\nUpdates from last meeting - Sarah Knepper:\n\n* There were new distributions added.\n",
			[]string{"Raphael Egan: Thanks for accommodating", "Raphael Egan: Those functions are", "Sarah Knepper: Is the plan", "Sarah Knepper: There were new"}},
		{"role and verb label", "x.md",
			"## Item\n\nAnn Lee: ok\n\nChairs Conclude: adopt it.\n",
			[]string{"Ann Lee: ok", "Chairs: adopt it."}},
	})
}

// TestPresenterAndProseRules checks presenters named in headings and
// bullets, and reported speech in prose.
func TestPresenterAndProseRules(t *testing.T) {
	checkTurns(t, []turnCase{
		{"a heading that is an attendee's name, with a handle after it, heads the attendee's points", "x.md",
			"# Meeting\n\n## Attendees\n\n- [Sawyer](https://example.org/xsawyerx)\n- [Karl Williamson](https://example.org/khw)\n- [Paul Evans](https://example.org/leonerd)\n\n" +
				"## What do we want?\n\n### Sawyer\n\n- Have confidence in the plan\n\n### Karl (khw)\n\n- Confidence in the leadership\n\n### Paul (LeoNerd)\n\n- Clarification\n",
			[]string{"Sawyer: Have confidence in", "Karl Williamson: Confidence in the", "Paul Evans: Clarification"}},
		{"two attendees share a first name and neither has spoken: the name as printed, not the last listed", "x.md",
			"# Call\n\n## People\n\n* [Martin Heidegger](https://example.org/mh)\n* [Kevin Faaborg](https://example.org/kf)\n* [Martin Acost](https://example.org/ma)\n* Swapnil\n\n## Intro\n\n- Martin - Back in Japan and joining at 3 AM.\n- Kevin - Works on Ara Blocks.\n",
			[]string{"Martin: Back in Japan", "Kevin Faaborg: Works on Ara"}},
		{"presenter named at the start of a heading", "x.md",
			"Yehuda Katz (YK), Allen Wirfs-Brock (AWB)\n\n## 4.1 AWB Presents changes\n\nDraft related bug filing\n\nYK: and accessors\n" + tail,
			[]string{tailTurn, "Allen Wirfs-Brock: Draft related bug", "Yehuda Katz: and accessors"}},
		{"talk announced with 'by'", "x.md",
			"## 4.5 RegEx\n\nIntroduction to discussion by Luke Hoban\n\nLH: Attempted to write\n" + tail,
			[]string{tailTurn, "Luke Hoban: Introduction to discussion", "Luke Hoban: Attempted to write"}},
		{"nested reply ends when the list steps back out", "x.md",
			"## qlog\n\n**Presenter:** Lucas Pardue\n\n* **Status:** Ten open issues.\n    * **Robin Marx:** Noted in chat that it is done.\n* **Scope:** Two options remain.\n" + tail,
			[]string{tailTurn, "Lucas Pardue: **Status:** Ten open", "Robin Marx: Noted in chat", "Lucas Pardue: **Scope:** Two options"}},
		{"a bold key naming a discussion is narration", "x.md",
			"## Item\n\n**Presenter:** Kazuho Oku\n\n* **Goal:** Unify the API.\n* **Key Discussions:**\n    * **Martin Duke:** Countered.\n" + tail,
			[]string{tailTurn, "Kazuho Oku: **Goal:** Unify the", "-: **Key Discussions:**", "Martin Duke: Countered."}},
		{"reported speech after a closing quote", "x.txt",
			"2. Host\n\nTomas Brandt from Harbourlight welcomed us to \"the Web.\" Hana Sato thanked him.\n",
			[]string{"Tomas Brandt: Tomas Brandt from", "Hana Sato: Hana Sato thanked"}},
		{"a name wrapped across lines", "x.txt",
			"1. Item\n\nTomas Brandt spoke about it. Hana\nSato thanked him.\n",
			[]string{"Tomas Brandt: Tomas Brandt spoke", "Hana Sato: Hana Sato thanked"}},
		{"past-tense list is not a speaker", "x.md",
			"## PR 1\n\nReviewed, discussed, added comments.\n\n## PR 2\n\nReviewed, discussed, added comments.\n",
			[]string{"-: Reviewed, discussed, added", "-: Reviewed, discussed, added"}},
		{"an acronym with a weak verb is not a speaker", "x.md",
			"## Item\n\nekr: routing in DC. For DC, CID can move around.\n",
			[]string{"ekr: routing in DC."}},
	})
}

// sorted returns a sorted copy, so that cases list remarks as a set.
func sorted(s []string) []string {
	c := append([]string(nil), s...)
	for i := range c {
		for j := i + 1; j < len(c); j++ {
			if c[j] < c[i] {
				c[i], c[j] = c[j], c[i]
			}
		}
	}
	return c
}
