package minutes

import (
	"errors"
	"strings"
	"testing"
)

// TestAnswerAndClauseRules checks the turns prose minutes make inside
// one paragraph: a reply joined to the question by a comma, an answer
// nobody is named for, the count of a show of hands, and names used as
// labels with a comma. The inputs are invented snippets.
func TestAnswerAndClauseRules(t *testing.T) {
	checkTurns(t, []turnCase{
		{"the scribe's verdict inside a speaker's line is the record's", "x.md",
			"## Issue 122\n\nJana: gives blob some semantics. Consensus to factor out and merge that part.\n\nEkr: I see no resolution yet. No resolution.\n\n" +
				"Ann Lee: we should renew. It was unanimously agreed to renew the insurance.\n" + tail,
			[]string{"Jana: gives blob some", "-: Consensus to factor", "Ekr: I see no", "-: No resolution.", "Ann Lee: we should renew.", "-: It was unanimously", tailTurn}},
		{"notes typed with an indent are notes, not code", "x.md",
			"# WISH\n\n## Discussion\n\nAround Trickle ICE:\n\n    Adam Roach: ok having them in a bundle?\n\n    Nils Ohlmeier: \n    Mentioned ICE consent.\n\n" +
				"## Config\n\nThe file reads:\n\n    timeout: 30\n    retries: 2\n",
			// Code stays code, kept as the scribe's text as before.
			[]string{"-: Around Trickle ICE:", "Adam Roach: ok having them", "Nils Ohlmeier: Mentioned ICE consent.", "-: The file reads:", "-: timeout: 30 retries:"}},
		{"a turn handed over inside a bullet ends at a bullet out of its nesting", "x.md",
			"# TAC meeting\n\nAttendees: Wave, Daniel Heckenberg\n\n## Notes\n\n* Goals\n    * Diversity targets\n        * Who leads this? Wave: happy to help. Daniel: perhaps a working group. Wave: agreed. Daniel: good.\n" +
				"    * Documentation, including mission statements\n        * The landscape lists the projects.\n",
			[]string{"-: Who leads this?", "Wave: happy to help.", "Daniel Heckenberg: perhaps a working", "Wave: agreed.", "Daniel Heckenberg: good.", "-: Documentation, including mission", "-: The landscape lists"}},
		{"a sibling bullet after a reported one is not the reporter's", "x.md",
			"# TAC meeting\n\nAttendees: Josh Aas, Dan Lorenc\n\n## Notes\n\n* Securing Critical Projects\n    * A number of presentations.\n        * Josh Aas (ISRG) discussed rewriting in Rust\n" +
				"        * Harvard's LISH has been doing analysis.\n",
			[]string{"Josh Aas: Josh Aas (ISRG)", "-: Harvard's LISH has"}},
		{"a reply joined by a comma hands the turn over", "x.txt",
			"IAB Minutes\n\nAttendees: Nora Quist, Teo Brandt\n\n1. Liaisons\n\nNora Quist asked whether the statement had been sent, and Teo replied that it had.\n",
			[]string{"Nora Quist: Nora Quist asked", "Teo Brandt: Teo replied that"}},
		{"an affiliation between commas is not a second speaker", "x.txt",
			"RIPE Plenary\n\n1. Chair selection\n\nJim Reid, RTFM, agreed with the proposal. Randy Bush, IIJ, asked whether it was final.\n",
			[]string{"Jim Reid: Jim Reid, RTFM,", "Randy Bush: Randy Bush, IIJ,"}},
		{"an answer after a reported question has no named speaker", "x.md",
			"## Mailing list\n\nJeff Hodges raised the question if the list would be gatewayed. The answer is no.\n\nAnn Lee asked whether there is a plan. Yes, but later.\n" + tail,
			[]string{tailTurn, "Jeff Hodges: Jeff Hodges raised", "-: The answer is", "Ann Lee: Ann Lee asked", "-: Yes, but later."}},
		{"the room's response to a reported question is narration", "x.md",
			"## Agenda\n\nJari Arkko asked whether anyone had changes. There were none.\n" + tail,
			[]string{tailTurn, "Jari Arkko: Jari Arkko asked", "-: There were none."}},
		{"the result of a show of hands is narration", "x.md",
			"## Draft\n\nChair asked who had read the draft: About ten people.\n" + tail,
			[]string{tailTurn, "Chair: Chair asked who", "-: About ten people."}},
		{"an answer after a bare comma", "x.md",
			"## Draft\n\nMike Bishop presented.\n\nMark Nottingham, asked about push, Mike answered that it stays.\n" + tail,
			[]string{tailTurn, "Mike Bishop: Mike Bishop presented.", "Mark Nottingham: Mark Nottingham, asked", "Mike Bishop: Mike answered that"}},
		{"a first name and a comma label a turn where the document writes turns so", "x.md",
			"## Middleboxes\n\nJana Ito, the state is in the endpoints.\n\nMirja Lund, there are vendors.\n\nStewart Cole, today my phone keeps connections.\n\nJana, not quite.\n\nWhat happens to firewalls?\n\nYoav, in TCP it is obvious.\n\nIdeally, it stays as is.\n" + tail,
			[]string{tailTurn, "Jana Ito: the state is", "Mirja Lund: there are vendors.", "Stewart Cole: today my phone", "Jana Ito: not quite.", "-: What happens to", "Yoav: in TCP it", "-: Ideally, it stays"}},
		{"the first name of someone named in full, and a comma, in CRLF Markdown", "x.md",
			"# WG Minutes\r\n\r\n## Item\r\n\r\nMirja Lund, agree with that.\r\n\r\nMirja, not quite.\r\n" + tail,
			[]string{tailTurn, "Mirja Lund: Mirja Lund, agree", "Mirja Lund: not quite."}},
		{"a full name and a comma after a question answers it", "x.md",
			"## SDCH\n\nRyan Sleevi: fine\n\nEric Rescorla: What prevents side channels? Ryan Sleevi, nothing. The draft is a start.\n" + tail,
			[]string{tailTurn, "Ryan Sleevi: fine", "Eric Rescorla: What prevents side", "Ryan Sleevi: nothing. The draft"}},
		{"a semicolon clause, a joint subject, and an action item", "x.txt",
			"IAB Minutes\n\nAttendees: Alissa Cooper, Ted Hardie, Mirja Kuehlewind\n\n1. Planning\n\nAlissa Cooper noted that the deadline is close; Ted Hardie agreed.\n\nMirja and Ted both agreed that a call is needed.\n\nTed will send the call.\n",
			[]string{"Alissa Cooper: Alissa Cooper noted", "Ted Hardie: Ted Hardie agreed.", "Mirja Kuehlewind: Mirja and Ted", "-: Ted will send"}},
		{"the answer to a question put to the room is narration, a follow-up question is not", "x.md",
			"## Drafts\n\nChairs: How many have read it? 3 or 4 persons\n\nChairs: How many have read the draft? Or any version?\n" + tail,
			[]string{tailTurn, "Chairs: How many have", "-: 3 or 4", "Chairs: How many have"}},
		{"an action item of a person is narration, a thing that will happen is not", "x.md",
			"## Plans\n\nJana Ito: This has been deployed. Greasing will help here.\n\nJana will write a proposal.\n" + tail,
			[]string{tailTurn, "Jana Ito: This has been", "-: Jana will write"}},
		{"the notes after a label announcing a talk are the talk", "x.txt",
			"TLS Interim\n\n1. Changes\n\nEKR: presentation on changes since -01\nhttps://example.org/slides.pdf\n\nRemoved support for compression.\nRemoved static RSA.\n\nKP: Will servers reuse values?\n\nAdded a new cipher suite.\n",
			[]string{"EKR: presentation on changes", "EKR: Removed support for", "KP: Will servers reuse", "-: Added a new"}},
		{"a bullet stepping back out of a nested reply returns to its owner", "x.txt",
			"IETF Plenary\n\n3. Open Mic\n\nTed Lemon:\n- Asked about the schedule.\n  - Jari Arkko: We will look at it.\n- Also asked about fees.\n\nSuzanne Woolf:\n- Thanked the NOC.\n",
			[]string{"Ted Lemon: Asked about the", "Jari Arkko: We will look", "Ted Lemon: Also asked about", "Suzanne Woolf: Thanked the NOC."}},
		{"HackMD's author tag is a label", "x.md",
			"## Mailing list\n\n- [name=Chuck Harris] The list is not where we decide.\n- [name=rgommers]: Do we need a policy?\n" + tail,
			[]string{"Chuck Harris: The list is", "rgommers: Do we need", tailTurn}},
		{"council verbs and an adverb before the verb", "x.txt",
			"Parish Council\n\nPresent: Ann Crisp, Tom Bagley, Colin Finck\n\n1. Reports\n\nDirector Bagley provided this update on the accounts.\n\nColin already said that nobody maintains the website.\n\nMrs Crisp advised that the bank has gone.\n",
			[]string{"Tom Bagley: Director Bagley provided", "Colin Finck: Colin already said", "Ann Crisp: Mrs Crisp advised"}},
		{"a subject with a role set off by a comma, but not a list of names", "x.txt",
			"Board Meeting\n\nPresent: Tom Bagley, Declan Feeney, Mary Teskey\n\n1. Updates\n\nDirector Bagley, Chair of the Oversight Committee provided this update.\n\nDeclan Feeney, Architect with Feeney McMahon Architects addressed the Meeting.\n\nTom Bagley, Mary Teskey and Declan Feeney agreed to meet again.\n",
			[]string{"Tom Bagley: Director Bagley, Chair", "Declan Feeney: Declan Feeney, Architect", "-: Tom Bagley, Mary"}},
		{"a titled subject after a leading phrase that opens with Prior", "x.txt",
			"Council Meeting\n\nPresent: Mary Teskey\n\n1. Minutes\n\nPrior to the adoption of the Minutes Councillor Teskey raised the issue of a proposal.\n",
			[]string{"Mary Teskey: Prior to the"}},
		{"Word's Symbol-font bullet opens a list item, not the sentence", "x.md",
			"# Council\n\nPresent: Adam Teskey\n\n## Roads\n\n\uf0b7 Councillor Adam Teskey requested an update on the properties.\n\n\uf0b7 Crime figures were down.\n",
			[]string{"Adam Teskey: Councillor Adam Teskey", "-: Crime figures were"}},
		{"a bullet a Markdown converter escaped opens a list item, not the sentence", "x.md",
			"# Council\n\nPresent: Dan Summers\n\n## Any other business\n\n\\* Cllr Summers asked why the pigs needed water.\n\n\\* The hedge needs cutting.\n",
			[]string{"Dan Summers: Cllr Summers asked", "-: The hedge needs"}},
		{"a lettered point's topic is a key: the sentence after it names the speaker, or nobody", "x.md",
			"# Council\n\nPresent: Dan Summers\n\n## Matters arising\n\nd) Allotments - Cllr Summers informed the meeting that no enquiries had been received.\n\n" +
				"e) Parking Issues - the white van is not now parking across the footpath.\n\n(f) Footpaths – The Clerk advised that works were done.\n",
			[]string{"Dan Summers: d) Allotments -", "-: e) Parking Issues", "The Clerk: (f) Footpaths –"}},
		{"a round of introductions names the roster's people, once each; a tool's link is no speaker", "x.md",
			"# Community call\n\n## People\n\n* [Joshua Mir](https://example.org/jm)\n* Swapnil\n* [Edward Silverton](https://example.org/es)\n* Monit\n\n## Intro\n\n" +
				"- Monit - <https://mmonit.com/monit/>\n- Josh - Going around the community and keeping in touch.\n" +
				"- Swapnil - From India, new to the browser and the protocol.\n- Edward - historical comments:\n",
			[]string{"-: Monit - <https://mmonit.com/monit/>", "Joshua Mir: Going around the", "Swapnil: From India, new", "Edward Silverton: historical comments:"}},
		{"a minute's number, and the reference after it, before the subject", "x.md",
			"# Parish Council\n\nPresent: Bo Lee (BL)\n\n## Matters arising\n\n5.2 (9.1 - Data Protection Policy) The Parish Clerk noted that records were kept.\n\n" +
				"15.2 BL reported that each councillor has a budget.\n\n7.1 Accounts for September – The Parish Clerk displayed the Cash Book.\n",
			[]string{"The Parish Clerk: 5.2 (9.1 -", "Bo Lee: 15.2 BL reported", "The Parish Clerk: 7.1 Accounts for"}},
		{"a note in parentheses, links and all, between a bold name and the verb", "x.md",
			"# SIP meeting\n\n## SIP-15\n\n**Sebastien** ([YouTube time: 30’03’’](https://youtu.be/x?t=1803)) gives his input on the proposal.\n",
			[]string{"Sebastien: **Sebastien** ([YouTube time:"}},
		{"words that qualify an office's holder stand between The and the office", "x.md",
			"# Board\n\nPresent: Ann Anderson\n\n## Elections\n\nThe newly installed Board Chair Anderson congratulated the directors.\n",
			[]string{"Ann Anderson: The newly installed"}},
		{"one asked or thanked is spoken to, not speaking, unless they answer; the sentence is the record's", "x.md",
			"# Council\n\nPresent: Ann Crisp, Jeff Lait\n\n## Reports\n\nAnn Crisp reported on the land. The Clerk was asked to email the article and ask for a reply. Councillors were thanked for their work.\n\n" +
				"Jeff Lait was asked about the UI and replied that no answer was ideal.\n",
			[]string{"Ann Crisp: Ann Crisp reported", "-: The Clerk was", "-: Councillors were thanked", "Jeff Lait: Jeff Lait was"}},
		{"a modal after an unknown name is no new speaker, after a known one it is", "x.txt",
			"City Commission\n\nPresent: Ann Lee, Rhonda Anderson\n\n1. Holiday lights\n\nAnn Lee said the lights are too few. In my perfect world, Miracle Mile should glow during the holidays.\n\nRhonda Anderson would like the lights on all year.\n",
			[]string{"Ann Lee: Ann Lee said", "Rhonda Anderson: Rhonda Anderson would"}},
		{"a chat export's date and time, a dash, then the sender", "x.md",
			"Mon, Jul 22, 2024, 23:00:44 - georgezgeorgez: Okay, we can get started.\nMon, Jul 22, 2024, 23:01:14 - deeznnutz: Hello all.\n12/01/2023, 14:05 - Ann Lee: Fine by me.\n",
			[]string{"georgezgeorgez: Okay, we can", "deeznnutz: Hello all.", "Ann Lee: Fine by me."}},
		{"a bare time, then a handle and a colon; a timed agenda line is no speaker", "x.md",
			"16:04:07 georgezgeorgez: Very cool, this will log the meeting?\n16:04:23 coinselor: yeah, you will see\n\n10:00 Welcome: the chair opens the meeting\n",
			[]string{"georgezgeorgez: Very cool, this", "coinselor: yeah, you will", "-: 10:00 Welcome: the"}},
		{"an @-mention and a colon is a label, unless work is assigned", "x.md",
			"# Open call\n\nDuration: ~1 hour\n\n- @ronef: Expecting two more calls this week\n- @shlevy: What is the goal?\n- @ronef: pursue a report for the board\n",
			[]string{"ronef: Expecting two more", "shlevy: What is the", "-: @ronef: pursue a"}},
		{"a bare list of attendees opening a section is no turns; a list a speaker introduces is theirs", "x.md",
			"# 20181001\n\n* Chris Phillips - CANARIE\n* Constantin Sclifos (RENAM)\n* Nick Roy, Director of Technology\n* Roland Hedberg\n\n## Notes\n\nAlan Clark: We welcomed the new directors:\n\n* Yujie Du\n* Alex Freedland\n* Vish Ishaya\n* Imad Sousou\n",
			[]string{"Alan Clark: We welcomed the", "Alan Clark: Yujie Du", "Alan Clark: Alex Freedland", "Alan Clark: Vish Ishaya", "Alan Clark: Imad Sousou"}},
		{"an enumerated point goes on with the speaker who announced it; a gerund is a topic", "x.md",
			"# SIP meeting\n\nPresent: Seth Tisue, Sebastien Doeraene, Heather Miller\n\n## Discussion\n\nSeth asks for more information. Sebastien answers that there are two aspects to this.\n\nFirstly, inline is necessary for meta blocks.\n\nHeather says that could be left out. Pickling provided a transitive check.\n",
			[]string{"Seth Tisue: Seth asks for", "Sebastien Doeraene: Sebastien answers that", "Sebastien Doeraene: Firstly, inline is", "Heather Miller: Heather says that"}},
		{"a handle and a video time alone over what they said", "x.txt",
			"Weekly meeting\n\nHug reports\n\nandon 7:28\nGroup Hug, because you all are awesome.\n\ncgrover 7:40\nGreat work on the guides!\n\nBreak 10:30\n",
			[]string{"-: Hug reports", "andon: Group Hug, because", "cgrover: Great work on", "-: Break 10:30"}},
		{"a bridge bot's relayed sender speaks; a client's notices are no remarks", "x.txt",
			"[19:55] * terry-b (~chrome@host.example.net) Quit (Remote host closed the connection)\n[19:56] <mhwood> Weekly meeting in about 4 minutes.\n[19:59] <DSpaceSlackBot> <terrywbrady> Hello\n[20:00] * kompewter (~k@host.example.org) has joined #duraspace\n[20:01] <mhwood> Attendance is light today.\n",
			[]string{"mhwood: Weekly meeting in", "terrywbrady: Hello", "mhwood: Attendance is light"}},
		{"a one-word key alone over a list is no speaker; a name the document knows is", "x.md",
			"# Call\n\nPresent: Alice Smith, Bob Jones\n\n## Assembly\n\nStructure:\n\n- 5 are community members\n- 2 are external experts\n\nAlice:\n\nWe should publish the rules.\n",
			[]string{"-: Structure:", "-: 5 are community", "-: 2 are external", "Alice Smith: We should publish"}},
		{"a topic set off by an en dash before the speaker", "x.txt",
			"Parish Council\n\nPresent: Ann Crisp, Tom Bagley\n\n1. Matters arising\n\nRecycling – bottle bank – Mrs Crisp had attended a meeting about recycling.\n",
			[]string{"Ann Crisp: Recycling – bottle"}},
		{"a bullet with a subject of its own after a nested reply is not the owner's", "x.md",
			"## Working groups\n\n* **Dan Lorenc**: two WGs want to graduate.\n    * **Amir Montazery**: Is the charter done?\n* These two WGs have met the TAC criteria.\n" + tail,
			[]string{tailTurn, "Dan Lorenc: two WGs want", "Amir Montazery: Is the charter", "-: These two WGs"}},
		{"an imperative is not a name", "x.md",
			"## ALPN\n\nMike Bishop: Not desirable.\n\nLet Mike know which identifier to use.\n" + tail,
			[]string{tailTurn, "Mike Bishop: Not desirable.", "-: Let Mike know"}},
		{"a parenthesised role between a first name and its verb", "x.txt",
			"Plenary\n\n1. Open mic\n\nHarald Berg asked about the fee. Jorge (IETF lawyer) said that it is not final.\n",
			[]string{"Harald Berg: Harald Berg asked", "Jorge: Jorge (IETF lawyer)"}},
	})
}

// TestNameResolutionRules checks the short forms resolved against roll
// calls and rosters: familiar first names, dash rosters, the first words
// of a longer name, a surname initial, and namesakes in one item.
func TestNameResolutionRules(t *testing.T) {
	checkTurns(t, []turnCase{
		{"a microphone's label is a person when an attendee bears that name", "x.md",
			"# TSC\n\nAttendees: Mic Bowman, Dan Middleton\n\n## Intel\n\n- Q: Business use cases?\n- Mic: a couple, in IoT.\n",
			[]string{"-: Business use cases?", "Mic Bowman: a couple, in"}},
		{"and no one where none does", "x.md",
			"# WG\n\nAttendees: Ann Lee, Dan Middleton\n\n## Draft\n\n- Ann Lee: Any questions?\n- Mic: is it final?\n",
			[]string{"Ann Lee: Any questions?", "-: is it final?"}},
		{"familiar first names resolve against a roll call", "x.txt",
			"IESG Narrative Minutes\n\n1. Roll call\n\nBenjamin Kaduk (Akamai) / Security Area\nRobert Wilton (Cisco) / Operations Area\nMichael Richardson (Sandelman) / Internet Area\n\n2. Agenda\n\nBen: One change.\n\nBob: None.\n\nMike: Fine.\n",
			[]string{"Benjamin Kaduk: One change.", "Robert Wilton: None.", "Michael Richardson: Fine."}},
		{"an exact first name wins over a familiar form", "x.txt",
			"Minutes\n\nPresent: Ben Carter, Benjamin Kaduk\n\n1. Item\n\nBen: Yes.\n",
			[]string{"Ben Carter: Yes."}},
		{"a roster written with dashes names the people", "x.txt",
			"Executive Committee Minutes\n\nAttendees:\nPat Thaler – Vice Chair\nBruce Kraemer - 802.11 WG Chair\n\n1. Treasurer report\n\nBruce: The budget is balanced.\n\nPat: None.\n",
			[]string{"Bruce Kraemer: The budget is", "Pat Thaler: None."}},
		{"an attendee list one name per line under a caption", "x.txt",
			"Minutes of IAB Business Meeting\n\nAttendees\n\nGabriel Montenegro\nAlissa Cooper (IETF Chair)\nRobert Hansen\n\n1. Planning\n\nGabriel asked whether the topic was chosen. Rob replied that it was not.\n",
			[]string{"Gabriel Montenegro: Gabriel asked whether", "Robert Hansen: Rob replied that"}},
		{"an HTML attendee line after a bold caption names the people", "x.html",
			"<html><body><h2>IAB Minutes</h2><p><strong>Attendees:</strong> Mirja K&uuml;hlewind, Tommy Pauly</p><h3>1. Liaisons</h3><p>Mirja asked whether to respond.<br>\nTommy agreed.</p><h3>2. AOB</h3><p>None.</p></body></html>",
			[]string{"Mirja Kühlewind: Mirja asked whether", "Tommy Pauly: Tommy agreed.", "-: None."}},
		{"the first words of a longer name", "x.txt",
			"RIPE Plenary\n\n1. Selection\n\nHans Petter Holen presented the process. Hans Petter replied that it would not.\n",
			[]string{"Hans Petter Holen: Hans Petter Holen", "Hans Petter Holen: Hans Petter replied"}},
		{"a surname initial, with or without a dot", "x.md",
			"## Item\n\nMartin Thomson: Hello.\n\nMartin T: again.\n\nMartin T. I think so.\n" + tail,
			[]string{tailTurn, "Martin Thomson: Hello.", "Martin Thomson: again.", "Martin Thomson: I think so."}},
		{"a shared first name means the namesake speaking in this item", "x.md",
			"## One\n\nMartin Duke: timers?\n\nMartin Thomson: covered.\n\n## Two\n\nMartin Duke: loss text.\n\nIan Swett: Martin Thomson wrote it.\n\nMartin: I can fix it.\n",
			[]string{"Martin Duke: timers?", "Martin Thomson: covered.", "Martin Duke: loss text.", "Ian Swett: Martin Thomson wrote", "Martin Duke: I can fix"}},
		{"offices before a surname are the member the roll call names", "x.txt",
			"Minutes of the Board\n\nPresent: President Rob Bishop, Vice-President Jan Power, Commissioner Ann Lee, Tom Smith.\n\n1. Roads\n\n" +
				"Board President Bishop opened the item.\n\nCouncil Member Smith said the road needs work.\n\nVice President Power asked about a grant.\n\nBishop said he would write.\n",
			[]string{"Rob Bishop: Board President Bishop", "Tom Smith: Council Member Smith", "Jan Power: Vice President Power", "Rob Bishop: Bishop said he"}},
		{"a different office is another holder of the surname", "x.txt",
			"Minutes\n\nCouncillor Martin Ryan, Cathaoirleach.\n\n1. Policing\n\nCathaoirleach Martin Ryan welcomed all.\n\nSuperintendent Ryan said crime fell.\n",
			[]string{"Martin Ryan: Cathaoirleach Martin Ryan", "Superintendent Ryan: Superintendent Ryan said"}},
		{"a roll call written as a sentence, and what follows it", "x.md",
			"# Minutes\n\n# CALL TO ORDER\n\nCommissioners Present:  President Rob Bishop, Secretary Buster Pankey, and Chuck Pavlik were present.  Rohleder arrived late.\n\n" +
				"# ROADS\n\nPankey said the road is bad.\n\nPavlik said no.\n",
			[]string{"-: Commissioners Present: President", "Buster Pankey: Pankey said the", "Chuck Pavlik: Pavlik said no."}},
		{"a group and a member run together by a print's wrapped lines are no one's name", "x.txt",
			"Minutes\n\nPresent: Ann Lee, Tom Smith, and Associate Economists Ms. Lovett\n\n1. Markets\n\nMs. Lovett: the market is calm.\n\nAnn Lee: good.\n",
			[]string{"Ms. Lovett: the market is", "Ann Lee: good."}},
	})
}

// TestHandleRules checks lower-case handles and chat nicks: inside a
// line, as subjects, built from a name, and pasted chat lines.
func TestHandleRules(t *testing.T) {
	checkTurns(t, []turnCase{
		{"lower-case handles after a full stop inside a line", "x.txt",
			"HTTP WG\n\n1. Caching\n\nmnot: look at the cache key. roy: already specified. mnot: ok.\n\nekr: privacy? mt: section 5.\n",
			[]string{"mnot: look at the", "roy: already specified.", "mnot: ok.", "ekr: privacy?", "mt: section 5."}},
		{"a chat handle of initial and surname, as a subject inside a line", "x.md",
			"Attendees: Dave Herman (DH), Allen Wirfs-Brock (AWB)\n\n## Defaults\n\nAWB: fine\n\nIssue: is this desirable? dherman and others think it should.\n" + tail,
			[]string{tailTurn, "Allen Wirfs-Brock: fine", "-: Issue: is this", "Dave Herman: dherman and others"}},
		{"pasted chat lines with dotted nicks, a numbered heading over its first turn, a question to someone", "x.txt",
			"Agenda: http://example.org/agenda\n\n1. agenda bashing\nAlexey, do we need to recharter? (thinking of timeouts)\nmnot: not now\n\n2. RFC2817\nmnot: how much can move?\nAlexey: thumbs up\n<roy.fielding> works for me\n",
			[]string{"-: Alexey, do we", "mnot: not now", "mnot: how much can", "Alexey: thumbs up", "roy.fielding: works for me"}},
		{"an unknown speaker with where the scribe heard them", "x.md",
			"## Item\n\nTed Hardie: ok.\n\n??? telefonica: useful tool.\n" + tail,
			[]string{tailTurn, "Ted Hardie: ok.", "-: useful tool."}},
		{"IEEE numbering, a presenter's surname after the title, a nickname", "x.txt",
			"Executive Committee Minutes\n\nAttendees:\nPaul Nikolich - Chair\nJames Gilb - 2nd Vice Chair\n\n1.00 Call to order - Nikolich\n\nThe meeting started at 18:00.\n\n2.00 Reports\n\nJim: Can we see the slides?\n\nPaul: They will be posted.\n",
			// "The meeting started" is the scribe's record, as real council
			// minutes write "The Council met at 9:31 a.m." (Winnipeg).
			[]string{"-: The meeting started", "James Gilb: Can we see", "Paul Nikolich: They will be"}},
		{"a transcript's speaker mark with no name", "x.txt",
			"Public Forum\n\n>>PETER SMITH: Next.\n\n>> [ Speaker is off microphone ]\n\n>>PETER SMITH: Please use the microphone.\n",
			[]string{"Peter Smith: Next.", "-: >> [ Speaker", "Peter Smith: Please use the"}},
		{"a named speaker in parentheses after where they spoke from", "x.txt",
			"Plenary\n\n1. Security\n\n   Comment from mic (Dave Thaler): Updates need a manifest.\n   Question from Jabber (Bob Moskowitz): Is HIP relevant?\n   Comment from the floor: Thanks.\n",
			[]string{"Dave Thaler: Updates need a", "Bob Moskowitz: Is HIP relevant?", "-: Thanks."}},
		{"a bare response label has no named speaker", "x.txt",
			"Plenary\n\n1. Security\n\n   Comment from mic: What about liability?\n   Response: A policy question.\n",
			[]string{"-: What about liability?", "-: A policy question."}},
	})
}

// TestTitleCaseHeadings checks short unnumbered subheadings in plain
// text: a title-case line alone between blank lines opens an item, but
// not a person's name, a slide title, a presenter line or a caption
// right over another heading.
func TestTitleCaseHeadings(t *testing.T) {
	tests := []struct{ rule, src, want string }{
		{"title-case lines open items",
			"Administrative Plenary\n\nOpen Mic\n\nHarald Berg asked about the fee.\n\nSecurity Considerations\n\nMartha Quinn asked whether it was enforced.\n",
			"Open Mic|Security Considerations"},
		{"a name-shaped topic whose words the text uses in lower case",
			"Design Team Call\n\nLaura Chen opened the call and reviewed the agenda.\n\nRouting Extensions\n\nOmar Farouk presented the routing extensions draft.\n\nAny Other Business\n\nNone.\n",
			"Routing Extensions|Any Other Business"},
		{"a name alone, a slide title and a caption over a heading are not items",
			"Notes\n\n1. Welcome\n\nHarald Berg\n\nHarald Berg said hello to all.\n\nSlide New Key Exchange\n\nThe text is long enough here.\n\nAdministrative - Agenda Items\n\nEncrypted SNI (DKG)\n\nDKG: The threat model matters.\n",
			"1 Welcome|Encrypted SNI (DKG)"},
		{"a roster caption is metadata, a lone topic bullet is not a roster",
			"Business Meeting\n\nAttendees\n\nGabriel Montenegro\nErik Nordmark\n\nRegrets\n\nBrian Trammell\n\n1. Planning\n\nErik said that it is fine.\n\n- Interaction Events\n",
			"1 Planning"},
		{"a numbered heading with its first turn on the next line",
			"WG minutes\n\n1. agenda bashing\nmnot: none\n\n2. RFC2817\nJulian: can we obsolete it?\n\n3. Points\n1. first point\nrest of it\n",
			"1 agenda bashing|2 RFC2817"}, // "3. Points" over a numbered point runs on as prose
		{"Markdown heading marks in a plain-text file",
			"httpbis minutes\n\n### agenda bashing\n\nNone\n\n### http/1.1 status\n\nmnot: target wglc soon\n\n# of attendees: 40\n",
			"agenda bashing|http/1.1 status"},
		{"a bold phrase alone is a heading in Markdown, a bold sentence or key is not",
			"# Plenary Minutes\n\n**Open Mic**\n\nJane Roe asked about the venue.\n\n**Martin will do a new PR.**\n\n**Attendees:**\n\n**Closing**\n\nThe chair closed the meeting.\n",
			"Open Mic|Closing"},
		{"bare short captions in any case head plain-text notes when there are three or more",
			"the note well might have been out of date\n\n7710bis\n\nwe need a citation for conneg\nand a second line of notes\n\n" +
				"architecture\n\nlorenzo - a signal before closure might be used\nto plead for attention\n\nPvD\n\ntommy - this is useful work and PvD is more targeted\n\n" +
				"slide d) start over\n\nAL: suggestion to just rekey after a fixed number of records\n",
			"7710bis|architecture|PvD"},
		{"Markdown with no heading marked reads its caption lines as text does; a DRAFT mark is none",
			"---\ntitle: Parish Council\n---\n\nMinutes of Meeting\n\nDRAFT\n\nJoe Fiedler signed his acceptance and the Chairman welcomed him.\n\n" +
				"Community Speed Watch\n\nCllr Summers informed the meeting that one person joined the speed watch.\n\nGrass Cutting\n\nThree quotations for grass cutting had been received.\n",
			"Community Speed Watch|Grass Cutting"},
		{"in Markdown that marks its headings, a caption line is text",
			"# Notes\n\n## Budget\n\nAnn Lee said it was fine.\n\nCommunity Speed Watch\n\nBo Li said it was fine.\n",
			"Budget"},
		{"a sentence over a page's rule is no setext heading",
			"# Minutes\n\n## Water\n\nAnn Lee raised the issue of water being turned off in the\n\narea. Fedamore also has a boil water notice\n---\n\n" +
				"The report, as circulated, was noted by Members.\n---\n\nRoads\n---\n\nBo Li said it was fine.\n",
			"Water|Roads"},
	}
	for _, tt := range tests {
		name := "x.txt"
		if strings.HasPrefix(tt.src, "#") || strings.HasPrefix(tt.src, "---") {
			name = "x.md"
		}
		doc, err := Parse([]byte(tt.src), Options{Name: name})
		if err != nil {
			t.Fatalf("%s: %v", tt.rule, err)
		}
		if got := itemsOf(doc); got != tt.want {
			t.Errorf("%s: items = %q, want %q", tt.rule, got, tt.want)
		}
	}
}

// TestContentsAndRosterHeader checks a header with a table of contents,
// guest and chair lines: none of it is a remark, an item or the place.
func TestContentsAndRosterHeader(t *testing.T) {
	src := "## TAG face-to-face\n### April 21 2015\n\n### Contents\n\n* Intros\n* Captive Portals\n\n" +
		"*Special Guests:* Mike Smith; Alan Stearns (for Regions)\n\n*Chairs:* Dan Appelquist, Peter Linss\n\n" +
		"### Intros\n\nTravis: my background is the object model\n\n### Captive Portals\n\nMark: a major problem.\n"
	doc := mustParse(t, src, "x.md")
	var items []string
	for _, it := range doc.Items {
		items = append(items, it.Title)
	}
	if got := strings.Join(items, "|"); got != "Intros|Captive Portals" || doc.Location != "" {
		t.Errorf("items = %q, location = %q", got, doc.Location)
	}
}

// TestReportStyleRules checks minutes written as a report of who told the
// meeting what: "Next, Alan welcomed…" after a leading adverb, the
// phrases of presenting ("went over", "gave a brief overview"), and the
// present tense of a committee's doings inside its chair's report, where
// the record's own narration of the body is in the past tense. The
// Q(Name - Org) / A(chair) labels of IETF IPPM's minutes close it. The
// inputs are invented in those styles.
func TestReportStyleRules(t *testing.T) {
	checkTurns(t, []turnCase{
		{"a leading adverb and a comma before the subject", "x.md",
			"## Preliminaries\n\nThe call began late.\n\nNext, Alan explained the new schedule.\n\nFinally, Simon gave a brief overview of the gold member process.\n" + tail,
			[]string{tailTurn, "-: The call began", "Alan: Next, Alan explained", "Simon: Finally, Simon gave"}},
		{"phrases of presenting name a speaker", "x.md",
			"## Policies\n\nJosh went over our transparency policy.\n\nJeff from DLA Piper walked us through the antitrust policy.\n" + tail,
			[]string{tailTurn, "Josh: Josh went over", "Jeff: Jeff from DLA"}},
		{"a committee's present tense is its reporter's, its past tense the record's", "x.md",
			"## Committees\n\nTim Bell talked through the user committee. The committee is preparing another survey.\n\nThe committee agreed to publish it.\n" + tail,
			[]string{tailTurn, "Tim Bell: Tim Bell talked", "-: The committee agreed"}},
		{"a chat export: each message under its sender's name alone in bold", "x.md",
			"## Transcript\n\n**miconda**\nfyi: the meeting starts at 15:00\n\n**oej**\nReady with a cup of tea\n\n**Henning Westerholt**\nHello\n\n**miconda**\nHello everyone!\nlet's start\n" + tail,
			[]string{tailTurn, "miconda: fyi: the meeting", "oej: Ready with a", "Henning Westerholt: Hello", "miconda: Hello everyone! let's"}},
		{"a first name and a dash over bullets at its own level, resolved from a \"Name, Org (Role)\" roster", "x.md",
			"## Participants\n\n- Stefan Hagen, Individual (Voting Member)\n- Omar Santos, Cisco Systems (Chair)\n\n## Standard status\n\n- Stefan –\n- Waiting for CS to complete.\n- Statement of use can take months.\n- Omar –\n- Logos can go on the website.\n" + tail,
			[]string{tailTurn, "Stefan Hagen: Waiting for CS", "Stefan Hagen: Statement of use", "Omar Santos: Logos can go"}},
		{"an IRC log pasted into a wiki page as code, each sender's nick alone in bold over the messages", "x.md",
			"# Team Meeting\n\n    07:01\n    **<@calvin>\u00a0**\n    there are a number of people out\n    **<@Calen>\u00a0**\n    calvin: Brian asked me to give his report\n    **<@calvin>\u00a0**\n    Calen: ok\n    **<@sandy>\u00a0**\n    I finished the provider\n",
			[]string{"-: 07:01", "calvin: there are a", "Calen: calvin: Brian asked", "calvin: Calen: ok", "sandy: I finished the"}},
		{"an official named by office and department", "x.md",
			"## Roads\n\nCouncillor Keary asked about the ramps.\n\nThe Senior Executive Engineer, Road, Traffic & Cleansing advised works are ongoing.\n\nThe Director, Community, Tourism and Culture agreed to revert.\n" + tail,
			[]string{tailTurn, "Councillor Keary: Councillor Keary asked", "The Senior Executive Engineer, Road, Traffic & Cleansing: The Senior Executive", "The Director, Community, Tourism and Culture: The Director, Community,"}},
		{"an office before a surname stays with it unless the minutes give the full name", "x.md",
			"## Call to order\n\nChair Jerdonek called the meeting to order.\n\nMember Hage asked about the files. Vice-Provost Ferrante answered.\n" + tail,
			[]string{tailTurn, "Chair Jerdonek: Chair Jerdonek called", "Member Hage: Member Hage asked", "Vice-Provost Ferrante: Vice-Provost Ferrante answered."}},
		{"a chat client's log pasted into Markdown, each line a paragraph with its time before the nick", "x.md",
			"# IRC Log\n\n(1:57:21 PM) mw-home: hi catherine\n\n(1:58:30 PM) catherinedevlin: hi!\n\n(2:02:03 PM) matt-wilson: cleveland\n\n(2:02:15 PM) catherinedevlin: figures.\n",
			[]string{"mw-home: hi catherine", "catherinedevlin: hi!", "matt-wilson: cleveland", "catherinedevlin: figures."}},
		{"members present listed after a plural title; an initial and a surname resolve to them", "x.md",
			"## Present\n\nCouncillors Alun Davies, Peter Harries, Owen Williams and County Councillor Joseph Davies.\n\n## Correspondence\n\nCllr O Williams took the chair and welcomed everyone.\n" + tail,
			[]string{tailTurn, "Owen Williams: Cllr O Williams"}},
		{"a question with the asker's name and company, an answer by the chair", "x.md",
			"## draft-ietf-ippm-pam\n\nQ(Martin Duke - Google): diff between fields?\n\nA(chair): Yes.\n" + tail,
			[]string{tailTurn, "Martin Duke: diff between fields?", "chair: Yes."}},
	})
}

// TestNarrationOnlyMinutes checks minutes that name no speaker at all (a
// board's decisions in prose): they are kept as narration with a warning
// for the preview, not refused; a stray note is still refused.
func TestNarrationOnlyMinutes(t *testing.T) {
	board := "Town Board Minutes\n\nJanuary 5, 2024\n\nThe board met at 7 pm in the town hall with all members present.\n\n" +
		"The minutes of the December meeting were approved as circulated without changes.\n\n" +
		"The road budget for the spring was discussed at length and approved unanimously.\n\n" +
		"The meeting adjourned at 8:15 pm after a short discussion of the snow plough contract.\n"
	doc, err := Parse([]byte(board), Options{Name: "board.txt"})
	if err != nil {
		t.Fatalf("minutes with no speaker refused: %v", err)
	}
	if got := remarkLines(doc, 3); len(got) != 4 || got[0] != "-: The board met" {
		t.Errorf("remarks %q, want the four paragraphs as narration", got)
	}
	if len(doc.Warnings) == 0 || !strings.Contains(doc.Warnings[0].Message, "No speaker was found") {
		t.Errorf("no warning that no speaker was found: %+v", doc.Warnings)
	}
	if doc.Title != "Town Board Minutes" || doc.Date != "2024-01-05" {
		t.Errorf("header %q %q", doc.Title, doc.Date)
	}
	for _, note := range []string{"Just a line of text\n", "# Project\n\nThis library parses things.\n\nInstall it with go get.\n"} {
		if _, err := Parse([]byte(note), Options{Name: "x.md"}); !errors.Is(err, ErrNoRemarks) {
			t.Errorf("Parse(%q) = %v, want ErrNoRemarks", note, err)
		}
	}
}
