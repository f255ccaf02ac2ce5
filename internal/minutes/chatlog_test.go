package minutes

import (
	"strings"
	"testing"
)

// TestChatLogs checks IRC meetings logged by a meeting bot: timestamps in
// the usual spellings, nick prefixes, /me actions, joins, bot output, and
// the bot's commands (#topic makes an item, #agreed and #action are the
// record, #info is the nick's).
func TestChatLogs(t *testing.T) {
	checkTurns(t, []turnCase{
		{"bracketed timestamps, bots, joins, commands", "x.txt",
			"[14:00:12] <mkaur> #startmeeting corvid\n[14:00:12] <meetbot> Meeting started Thu Mar 14 14:00:12 2030 UTC.\n" +
				"[14:00:20] <mkaur> hi everyone\n[14:01:44] * jpn has joined #corvid\n[14:01:50] <jpn> o/ sorry, late\n" +
				"[14:02:05] <mkaur> #link https://wiki.example.org/Corvid\n[14:02:11] <mkaur> #topic Release status\n" +
				"[14:02:14] <alice_k> two patches left\n[14:02:20] <mkaur> #agreed defer the rest\n" +
				"[14:02:30] <mkaur> #info freeze is Thursday\n[14:02:40] * tkowalski goes to recheck\n[14:02:50] <mkaur> #endmeeting\n",
			[]string{"mkaur: hi everyone", "jpn: o/ sorry, late", "alice_k: two patches left", "-: AGREED: defer the",
				"mkaur: freeze is Thursday", "tkowalski: goes to recheck"}},
		{"bare, parenthesised and dated timestamps; nick modes", "x.txt",
			"14:00 <ann> #topic Budget\n14:01 <ann> numbers are in\n(14:01:30) <@bo_li> looks fine\n" +
				"[2030-03-14 14:02:00] <+cy> #action cy to send the report\n",
			[]string{"ann: numbers are in", "bo_li: looks fine", "-: ACTION: cy to"}},
		{"bullets that read like chat status stay remarks", "x.txt",
			"Notes\n\n## Plan\n\nAnn Lee: two points.\n\n* Bob quite likes the plan\n* Carol left the decision to the board\n",
			[]string{"Ann Lee: two points.", "-: Bob quite likes", "-: Carol left the"}},
		{"Matrix users bridged to IRC ('<plowsof[m]>') are the nick without the mark; a nick of one letter in brackets", "x.txt",
			"18:00:29 <plowsof[m]> Meeting time!\n18:01:12 <monerobull[m]> is this the meeting?\n18:01:13 <monerobull[m]> plowsof[m]: hi\n" +
				"18:07:27 <w[m]> I was going to suggest the same ^\n18:08:57 <merope> plowsof[m]: I originally suggested it\n18:09:15 <plowsof> back from IRC\n",
			[]string{"plowsof: Meeting time!", "monerobull: is this the", "monerobull: plowsof[m]: hi", "w: I was going", "merope: plowsof[m]: I originally", "plowsof: back from IRC"}},
		{"a bridge that names the network, then the sender as its own chat writes it", "x.txt",
			"[2022-04-30 19:03:32] <monerokon-tg_> [telegram] <ajs_xmr>Hi\n[2022-04-30 19:04:58] <monerokon-tg_> [xmpp] <ajs>IRC bridge is down\n" +
				"[2022-04-30 19:05:10] <plowsof> works here\n[2022-04-30 19:05:20] <monerokon-tg_> [x] not a network\n",
			[]string{"ajs_xmr: Hi", "ajs: IRC bridge is", "plowsof: works here", "monerokon-tg_: [x] not a"}},
		{"a raw W3C log whose chair scribes unnamed: the nick that goes on with '...' and names others' words is the scribe", "x.log",
			"15:59:01 <Zakim> agendum 1 -- Issue Discussion -- taken up [from agendabot]\n16:03:23 <gk> subtopic: pull 417\n16:07:16 <gk> dlehn: Not sure how the profile works\n" +
				"16:07:20 <gk> ... it is a parameter.\n16:09:16 <niklasl> gk: it was discussed\n16:10:08 <gk> TallTed: I don't think it breaks anything.\n" +
				"16:11:30 <gk> ... and it is broken now.\n16:12:41 <gk> dlehn: Haven't looked at it.\n16:13:00 <gk> ... Several tests added.\n",
			[]string{"dlehn: Not sure how", "dlehn: ... it is", "niklasl: gk: it was", "TallTed: I don't think", "TallTed: ... and it", "dlehn: Haven't looked at", "dlehn: ... Several tests"}},
		{"a saved Zoom chat: 'From Name to Everyone : text', the display name's organisation dropped", "x.txt",
			"16:03:04 From Scott - CNCF GitOps Working Group to Everyone : https://hackmd.io/arwvV8NUQX683uBM3HzyNQ\n" +
				"16:09:03 From Schlomo Schapiro to Everyone : Moshe, I am not sure there is a conflict.\n16:10:03 From Roberth Strand to Everyone : +1 towards what Schlomo says\n" +
				"16:11:07 From Dan Garfield (Codefresh) : Yeah I think I agree.\n",
			[]string{"Scott: https://hackmd.io/arwvV8NUQX683uBM3HzyNQ", "Schlomo Schapiro: Moshe, I am", "Roberth Strand: +1 towards what", "Dan Garfield: Yeah I think"}},
		{"irssi: '-!- nick [user@host] has joined' and the log's banners are the client's, not speech", "x.txt",
			"--- Log opened Tue Oct 30 20:00:00 2018\n20:00 -!- ann [~ann@host] has joined #corvid\n20:00 <@ann> meeting time\n" +
				"20:01 < bo> hi\n20:02 -!- cy [~c@host] has quit [Ping timeout]\n20:03 <+cy> back\n--- Day changed Wed Oct 31 2018\n" +
				"00:01 < bo> late here\n--- Log closed Wed Oct 31 00:10:00 2018\n",
			[]string{"ann: meeting time", "bo: hi", "cy: back", "bo: late here"}},
		{"WeeChat: date, time, then nick and text in tab-separated columns; '-->' joins, '*' actions", "x.txt",
			"2018-10-30 20:00:03\tann\tmeeting time\n2018-10-30 20:00:05\t-->\tbo (~b@host) has joined #corvid\n" +
				"2018-10-30 20:00:10\tbo\thi\n2018-10-30 20:00:20\t *\tbo waves\n2018-10-30 20:00:30\t<--\tbo (~b@host) has quit\n",
			[]string{"ann: meeting time", "bo: hi", "bo: waves"}},
		{"a date spelled before the time (HexChat, a weekday, a numeric date), and an export that writes the sender above the message", "x.txt",
			"Oct 30 20:00:03 <ann>\tmeeting time\nTue 2018-10-30 20:00:10 <bo> hi\n{20:00:20} <cy> o/\n\n" +
				"[10/30/2018 8:01 PM] ann\nfirst item: the book\n\n[10/30/2018 8:02 PM] bo\nI reviewed it\n",
			[]string{"ann: meeting time", "bo: hi", "cy: o/", "ann: first item: the", "bo: I reviewed it"}},
		{"chat clients that write the sender and time over the message: Zoom since 2022, Teams, Slack, Discord, Webex", "x.txt",
			"16:03:04 From Ann Lee to Everyone:\n\tmeeting time\n16:03:10 From Bob Stone to Everyone:\n\thi all\n\n" +
				"[4:04 PM] Ann Lee\nfirst item\n\nBob Stone  4:05 PM\nblocked on one PR\nAnn Lee — Today at 4:06 PM\nthen we wait\n" +
				"from Bob Stone to everyone:    4:07 PM\nagreed\n\nLunch  12:30\nin the hall\n",
			[]string{"Ann Lee: meeting time", "Bob Stone: hi all", "Ann Lee: first item", "Bob Stone: blocked on one", "Ann Lee: then we wait",
				"Bob Stone: agreed", "-: Lunch 12:30 in"}},
		{"untimestamped chat: only commands and joins are rewritten", "x.txt",
			"Corvid meeting\n\n<ann> #topic Budget\n<ann> numbers are in\n* bo has joined #corvid\n<bo> fine\n\n* Topics\n",
			[]string{"ann: numbers are in", "bo: fine", "-: Topics"}},
	})
}

// TestZakimItems checks the items of a raw W3C IRC log: the bot taking
// up an agendum, and the scribe's subtopics.
func TestZakimItems(t *testing.T) {
	src := "15:59:01 <Zakim> agendum 1 -- Announcements -- taken up [from agendabot]\n15:59:10 <gk> ann: welcome\n" +
		"16:01:57 <Zakim> agendum 2 -- YAML-LD -- taken up [from agendabot]\n16:02:00 <gk> ann: no news\n16:03:23 <gk> subtopic: pull 417\n16:03:30 <gk> ann: merged\n"
	if got, want := itemsOf(mustParse(t, src, "x.log")), "1 Announcements|2 YAML-LD|pull 417"; got != want {
		t.Errorf("items %q, want %q", got, want)
	}
}

// TestCutTimestamp checks the timestamp spellings of chat logs, and that
// times inside ordinary lines are left alone.
func TestCutTimestamp(t *testing.T) {
	tests := []struct {
		in, rest string
		ok       bool
	}{
		{"[14:00:12] <a> x", "<a> x", true},
		{"[9:05] <a> x", "<a> x", true},
		{"14:00:12 <a> x", "<a> x", true},
		{"(14:00) * a waves", "* a waves", true},
		{"[2030-03-14 14:00:12] <a> x", "<a> x", true},
		{"[14:00:12]<a> x", "[14:00:12]<a> x", false},
		{"[14:00 <a> x", "[14:00 <a> x", false},
		{"14:00-15:00 Lunch", "14:00-15:00 Lunch", false},
		{"[2020-03-10T16:08:21.871Z]\t<kimhd_>\tpresent+", "<kimhd_>\tpresent+", true},
		{"2020-03-10T16:08:21+01:00 <a> x", "<a> x", true},
		{"1400 <a> x", "1400 <a> x", false},
		{"Oct 30 20:00:03 <a> x", "<a> x", true},
		{"Tue Oct 30 2018 20:00 <a> x", "<a> x", true},
		{"[10/30/2018 8:00 PM] a", "a", true},
		{"30.10.2018 20:00 <a> x", "<a> x", true},
		{"{20:00} <a> x", "<a> x", true},
		{"8:00 PM <a> x", "<a> x", true},
		{"Item 3 14:00 <a> x", "Item 3 14:00 <a> x", false},
		{"March 2030: 14:00 <a> x", "March 2030: 14:00 <a> x", false},
		{"", "", false},
	}
	for _, tt := range tests {
		rest, ok := cutTimestamp(tt.in)
		if rest != tt.rest || ok != tt.ok {
			t.Errorf("cutTimestamp(%q) = %q, %v; want %q, %v", tt.in, rest, ok, tt.rest, tt.ok)
		}
	}
}

// TestScribeMarks checks plain-text notes that open an item with "TOPIC:"
// and set off lines with "-- ": the dashes hide neither a label nor the
// subject of reported speech, and a line without either stays narration.
func TestScribeMarks(t *testing.T) {
	checkTurns(t, []turnCase{
		{"dash-led lines in one-turn-per-line notes", "x.txt",
			"Board call\n\nJR = Julia Ramos\nDA = Desmond Achterberg\nSL = Sun-hee Lim\n\nTOPIC: Budget\n" +
				"SL: we are at 31% of spend.\nDA: was the reprint budgeted?\n-- JR thinks we should freeze the line.\n" +
				"-- DA: fine but send a one-pager\n-- no real response\n",
			[]string{"Sun-hee Lim: we are at", "Desmond Achterberg: was the reprint",
				"Julia Ramos: -- JR thinks", "Desmond Achterberg: fine but send", "-: -- no real"}},
	})
	checkTurns(t, []turnCase{
		{"the speaker at the mic is named after the key", "x.md",
			"# WG interim\n\n## 1. Marking\n\n- Mic: Yusuf Karim (Ameribit) — we would only deploy marked mode\n" +
				"- At the mic: Ingrid Solberg: +1 to Yusuf\n- Mic: thanks all\n",
			[]string{"Yusuf Karim: we would only", "Ingrid Solberg: +1 to Yusuf", "-: thanks all"}},
	})
	checkTurns(t, []turnCase{
		{"mic-queue labels: Q/A/C with names, the presenter, a chair named in parentheses, joint initials", "x.md",
			"# WG interim\n\nPresent: Kenji Watanabe, Henrik Solvang\n\n## 3. draft-x — Kenji Watanabe (Orbis)\n\n- Rafael Ibanez (Telvia): How does it interact?\n" +
				"  - A (presenter): It does not.\n- C (Henrik Solvang, AD): Fine by me.\n- **Chair (Kenji)**: Next.\n- IVZ/HBD: Agreed.\n",
			[]string{"Rafael Ibanez: How does it", "Kenji Watanabe: It does not.", "Henrik Solvang: Fine by me.",
				"Kenji Watanabe: Next.", "IVZ: Agreed."}},
		{"scribe.perl text: the scribe's own lines and what follows the end mark", "x.txt",
			"TAG teleconference\n\nTopic: Storage\n\n   <yusuf> browsers converge\n   <scribe> ACTION: Teodora to revise the finding\n\n" +
				"[End of minutes]\n\nSummary of Action Items\n[NEW] ACTION: Teodora to revise\n",
			[]string{"yusuf: browsers converge", "-: ACTION: Teodora to"}},
		{"turns written 'Name - text' and 'Name (Org) -- text'; a roster and a title with dashes are not", "x.txt",
			"MESHNAV Working Group - minutes\n\nAttendees:\nGwendolyn Price - WG Chair\n\n1. Status\n\n" +
				"Gwendolyn Price - Note Well shown. Blue sheets are going around.\n" +
				"Osei Boateng (Kestrel Networks) -- we still care about routing metrics.\nNo objection.\n",
			[]string{"Gwendolyn Price: Note Well shown.", "Osei Boateng: we still care", "-: No objection."}},
		{"a heading's presenter 'presented by' someone else", "x.md",
			"# WG\n\n## 3. draft-x — Farah Qasim (presented by Henrik Aalto)\n\n- The problem is jitter.\n- Ann Lee: why?\n",
			[]string{"Henrik Aalto: The problem is", "Ann Lee: why?"}},
		{"a bare answer label is the item's presenter, named before a time box", "x.md",
			"# WG\n\n## Agenda item 3: draft-x (Joaquin Ibarra) [25 min]\n\n- Thabo Nkosi: Requiring it is a problem.\n  - Response: the profile targets industry.\n",
			[]string{"Thabo Nkosi: Requiring it is", "Joaquin Ibarra: the profile targets"}},
		{"a label with a long parenthesis or a 'via' after the name", "x.txt",
			"WG minutes\n\n1. Keys\n\nLior Ben-David (LBD, Jabber scribe, speaking for himself): Could the draft say more?\n\n" +
				"Gustavo Prado (Tidewater), via Zulip: +1 to making it optional.\n\nQ (Tomasz Wrona, via chat): is it optional?\n",
			[]string{"Lior Ben-David: Could the draft", "Gustavo Prado: +1 to making", "Tomasz Wrona: is it optional?"}},
		{"'Name: task' items under 'Action items:' assign work; a list elsewhere is speech", "x.txt",
			"WG minutes\n\n1. Keys\n\nEKR: we need -03.\n\nAction items:\n- EKR: publish -03\n- Chairs: start WGLC\n\nNotes:\n- Ann Lee: fine by me\n",
			[]string{"EKR: we need -03.", "-: Action items:", "-: publish -03", "-: start WGLC", "-: Notes:", "Ann Lee: fine by me"}},
		{"a bold subject without a colon", "x.md",
			"# WG minutes\n\n## 1. TTL\n\n* **Kofi Mensah** presented the data.\n* **Tor Lindahl** thinks the TTL is too short.\n  * **Mele Tupou** +1\n",
			[]string{"Kofi Mensah: **Kofi Mensah** presented", "Tor Lindahl: **Tor Lindahl** thinks", "Mele Tupou: **Mele Tupou** +1"}},
		{"a bold name opening a note without a colon or a verb", "x.md",
			"# WG minutes\n\n## 1. TTL\n\n* **Ana Ruiz** not sure this belongs here.\n* **Rafe Whitlock** (as individual) points out the hackathon results.\n* **Bold claims** are not names\n",
			[]string{"Ana Ruiz: not sure this", "Rafe Whitlock: (as individual) points", "-: **Bold claims** are"}},
		{"an unnamed questioner; RFC-style page footers", "x.txt",
			"LKES WG minutes\n\n1) Framework\n\n   Karl Vogt: the draft is ready.\n   Q (from the floor, name not caught): is there code?\n\n" +
				"Vogt                     LKES minutes, IETF 63                 [Page 2]\n",
			[]string{"Karl Vogt: the draft is", "-: is there code?"}},
	})
	tests := []struct{ line, title string }{
		{"TOPIC: Budget", "Budget"},
		{"Topic: ED report (Marcus)", "ED report (Marcus)"},
		{"Agenda item 3: Roof repairs", "3. Roof repairs"},
		{"agenda item: AOB", "AOB"},
		{"Topic:", ""},
		{"Topics: budget, roof", ""},
		{"Agenda item three: x", ""},
		{"Item 5 – Liaison reports", "5. Liaison reports"},
		{"Item 2 - Approval of the agenda (doc. TC12(31)001r2)", "2. Approval of the agenda (doc. TC12(31)001r2)"},
		{"ITEM 3: Budget", "3. Budget"},
		{"Item: the roof", ""},
		{"Items to note: none", ""},
		{"Item 4 was deferred to the next meeting.", ""},
		{"Item 5. Budget", "5. Budget"},
		{"TOPIC: \u023a\u023a\u023a\u023a\u023a\u023a\u023a", "\u023a\u023a\u023a\u023a\u023a\u023a\u023a"},
		{"Alice: the topic is budgets", ""},
	}
	for _, tt := range tests {
		if got := topicTitle(tt.line); got != tt.title {
			t.Errorf("topicTitle(%q) = %q, want %q", tt.line, got, tt.title)
		}
	}
}

// TestChatLogInMarkdownText checks a meeting bot's log pasted into a
// Markdown page as plain lines between a site generator's template tags,
// as project websites publish IRC meetings (Bitcoin Core's review club,
// meeting summaries): the bot's commands are read, the tags are markup.
func TestChatLogInMarkdownText(t *testing.T) {
	src := "---\ntitle: IRC meeting summary\n---\n{% include toc.html %}\n\n## Log\n\n{% highlight text %}\n19:00 < wumpus> #startmeeting\n" +
		"19:00 < lightningbot> Meeting started Thu May 12 19:00:28 2016 UTC.\n19:01 < wumpus> topics anyone?\n19:02 < wumpus> #topic segwit review\n" +
		"19:03 < sipa> most of the review comments are addressed now\n19:05 <@gmaxwell> I think that was settled\n{% endhighlight %}\n"
	doc := mustParse(t, src, "x.md")
	if got, want := itemsOf(doc), "Log|segwit review"; got != want {
		t.Errorf("items %q, want %q", got, want)
	}
	checkTurns(t, []turnCase{{"the log's turns", "x.md", src, []string{"wumpus: topics anyone?", "sipa: most of the", "gmaxwell: I think that"}}})
	if strings.Contains(doc.Title, "{%") {
		t.Errorf("title %q is a template tag", doc.Title)
	}
}
