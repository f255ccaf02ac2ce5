package minutes

import (
	"testing"
)

// TestDevsetTurnRules checks the attribution rules that the development
// set (testdata/devset) showed missing, one invented snippet per rule.
func TestDevsetTurnRules(t *testing.T) {
	checkTurns(t, []turnCase{
		{"the scribe's chat line relays the speaker it names", "x.txt",
			"Media WG\n\n1. Captions\n\n<greta> scribe: greta\n<greta> Jun: is this on the cue?\n<jun> noor: let's talk offline\n<greta> ACTION: Jun to file a bug\n",
			[]string{"-: scribe: greta", "Jun: is this on", "jun: noor: let's talk", "-: <greta> ACTION: Jun"}},
		{"without a scribe command a chat line keeps its nick", "x.txt",
			"WG minutes\n\n1. Registry\n\n<Julian> IETF Review: new values need an RFC\n",
			[]string{"Julian: IETF Review: new"}},
		{"a roster role may join an office and its body with a comma", "x.txt",
			"Executive Committee Minutes\n\nAttendees:\nHanna Voss – Chair, 802.3 WG\nOle Brandt – Treasurer\n\n1.00 Agenda\n\nHanna: Any changes?\n\nOle: The budget is fine.\n",
			[]string{"Hanna Voss: Any changes?", "Ole Brandt: The budget is"}},
		{"a reply label names the person before the office in parentheses", "x.txt",
			"Plenary\n\n4. Open Mic\n\n* Comment from mic: Why merge the groups?\n  - Response (Rosa Quintero, Routing AD): It was discussed.\n",
			[]string{"-: Why merge the", "Rosa Quintero: It was discussed."}},
		{"a transcript's unidentified speaker is nobody", "x.txt",
			"Public Forum\n\n>>KARL ERIKSEN: It will be published.\n\n>>UNIDENTIFIED SPEAKER: (Off microphone.)\n",
			[]string{"Karl Eriksen: It will be", "-: (Off microphone.)"}},
		{"a council's presiding office, a long member label and a reply", "x.txt",
			"COUNCIL RECORD\n\nQUESTIONS ON NOTICE\n\nThe LORD MAYOR: Order!\n\nCouncillor DOUGLAS FENWICK (Chair, Infrastructure Committee) (7.05 pm): I thank the councillor.\n\nCouncillor WHITCOMBE (7.25 pm), in reply: I commend the motion.\n",
			[]string{"The LORD MAYOR: Order!", "Douglas Fenwick: I thank the", "Councillor WHITCOMBE: I commend the"}},
		{"procedural outcomes are narration, not a speaker called Motion", "x.txt",
			"COUNCIL RECORD\n\n1. Budget\n\nCouncillor ANNA BERG (7.02 pm): I move the budget.\n\nMotion agreed to.\n\nAmendment agreed to.\n\nCommittee agreed.\n\nBill Fenner said that he agreed.\n",
			[]string{"Anna Berg: I move the", "-: Motion agreed to.", "-: Amendment agreed to.", "-: Committee agreed.", "Bill Fenner: Bill Fenner said"}},
	})
}

// TestDevsetHeadingRules checks the agenda items the development set
// showed missing or invented.
func TestDevsetHeadingRules(t *testing.T) {
	tests := []struct{ rule, name, src, want string }{
		{"a numbered heading with its presenter on the next line", "x.txt",
			"Community Plenary\n\n1. Introduction\n\nAnna Berg opened the session.\n\n2. Chair Selection Review\nPresenter: Aoife Brennan\n\nAoife Brennan presented the review.\n",
			"1 Introduction|2 Chair Selection Review"},
		{"single words in capitals head sections of a record, not the header or the end", "x.txt",
			"Council Meeting\nMonday, 4 February 2030\n\nATTENDEES\n\nQUESTIONS ON NOTICE\n\nCouncillor RAMAN: When?\n\nMOTIONS\n\nCouncillor ASHDOWN: I move.\n\nADJOURNED\n",
			"QUESTIONS ON NOTICE|MOTIONS"},
		{"a bare line repeating a title of the contents list", "x.txt",
			"Media WG Teleconference\n\nContents\n\n     * Topics\n         1. Agenda review\n         2. Caption timing\n\nAgenda review\n\n   <irene> any additions?\n\nCaption timing\n\n   <jun> track level\n",
			"Agenda review|Caption timing"},
		{"the day of a meeting of several and its date are metadata", "x.md",
			"# 142nd Meeting\n\n## Day Two—15 May 2029\n\n## Iterator chunking\n\nPMS: Stage 3?\n",
			"Iterator chunking"},
	}
	for _, tt := range tests {
		doc, err := Parse([]byte(tt.src), Options{Name: tt.name})
		if err != nil {
			t.Fatalf("%s: %v", tt.rule, err)
		}
		if got := itemsOf(doc); got != tt.want {
			t.Errorf("%s: items = %q, want %q", tt.rule, got, tt.want)
		}
	}
}
