package minutes

import (
	"testing"
)

// TestStyleRules checks the rules for minutes styles beyond the gold
// corpus: verbatim transcripts, narrative minutes with roll calls, room
// labels, mid-line labels and nicknames. The inputs are invented snippets
// in each style.
func TestStyleRules(t *testing.T) {
	checkTurns(t, []turnCase{
		{"roll call lines are metadata, and name the people", "x.txt",
			"1. Roll call\n\nReporting\n---------\nAlissa Cooper (Cisco) / IETF Chair\nBen Campbell (Oracle) / ART Area\n\nRegrets\n-------\nDeborah Brungard (AT&T) / RTG Area\n\n2. Agenda\n\nAlissa: Any changes to the agenda?\n\nBen: None from me.\n",
			[]string{"Alissa Cooper: Any changes to", "Ben Campbell: None from me."}},
		{"unlabelled paragraph continues a verbatim speaker", "x.txt",
			"1. Opening\n\n>>STEVE CROCKER: Good morning. Let us start.\n\n>>KURT PRITZ: Thank you, Steve. I will present the update.\n\nThe applicant guidebook is final.\n\n[ Applause ]\n\n>>STEVE CROCKER: Thank you, Kurt.\n",
			[]string{"Steve Crocker: Good morning. Let", "Kurt Pritz: Thank you, Steve.", "Kurt Pritz: The applicant guidebook", "-: [ Applause ]", "Steve Crocker: Thank you, Kurt."}},
		{"all-caps names keep particles and mixed-case spellings of the document", "x.txt",
			"Present: Jan van Dijk, Maria de la Cruz\n\n1. Opening\n\nJAN VAN DIJK: Welcome all.\n\nMARIA DE LA CRUZ: Thanks.\n\nPETER O'BRIEN-SMITH: Hello.\n\nEKR: Short.\n",
			[]string{"Jan van Dijk: Welcome all.", "Maria de la Cruz: Thanks.", "Peter O'Brien-Smith: Hello.", "EKR: Short."}},
		{"room, audience, floor and mic labels are unidentified", "x.md",
			"## Questions\n\nAnn Lee: Any questions?\n\nRoom: none\n\nAudience: what about IPv6?\n\nMic: speak up\n\nFloor: agreed\n",
			[]string{"Ann Lee: Any questions?", "-: none", "-: what about IPv6?", "-: speak up", "-: agreed"}},
		{"a mid-line label of a known speaker starts a turn", "x.md",
			"## Item\n\nMartin Thomson: first point\n\nIan Swett: The streams are sequential. Martin: We should fix that. Ian: ok.\n",
			[]string{"Martin Thomson: first point", "Ian Swett: The streams are", "Martin Thomson: We should fix", "Ian Swett: ok."}},
		{"a lower-case nickname of the document as a subject", "x.md",
			"## Item\n\ndherman: I prefer modules.\n\nawb: Not sure.\n\ndherman and others think this is fine.\n",
			[]string{"dherman: I prefer modules.", "awb: Not sure.", "dherman: dherman and others"}},
		{"parliamentary labels: honorifics, offices, capitals headings", "x.txt",
			"LEGISLATIVE ASSEMBLY\nTuesday, 12 March 2019\n\nQUESTIONS WITHOUT NOTICE\n\nMr SMITH (Leader of the Opposition): Why was funding cut?\n\nThe SPEAKER: Order!\n\nHon. Peter O'Brien: Point of order.\n",
			[]string{"Mr SMITH: Why was funding", "The SPEAKER: Order!", "Peter O'Brien: Point of order."}},
		{"prose minutes: lettered agenda, appositive and affiliation", "x.txt",
			"RIPE Working Group Minutes\n\nA. Administrative Matters\n\nThe chair, Gert Doering, opened the session.\n\nB. Policy Proposal\n\nMarco Schmidt, RIPE NCC, presented the proposal. He explained the review.\n\nSander Steffann, 7Positive, agreed.\n",
			[]string{"Gert Doering: The chair, Gert", "Marco Schmidt: Marco Schmidt, RIPE", "Sander Steffann: Sander Steffann, 7Positive,"}},
		{"capitals names with a particle", "x.txt",
			"1. Forum\n\n>>STEVE CROCKER: Next.\n\n>>AMADEU ABRIL i ABRIL: A question on the timeline.\n",
			[]string{"Steve Crocker: Next.", "Amadeu Abril i Abril: A question on"}},
		{"narrative minutes with CRLF and Windows-1252", "x.txt",
			"IESG Narrative Minutes\r\n\r\n1. Roll call\r\n\r\nJari Arkko (Ericsson) / IETF Chair\r\nAlia Atlas (Juniper) / Routing Area\r\n\r\n2. Documents\r\n\r\nJari: Any objections?\r\n\r\nAlia: A DISCUSS on the caf\xe9 case.\r\n\r\nThe document was approved.\r\n",
			[]string{"Jari Arkko: Any objections?", "Alia Atlas: A DISCUSS on", "-: The document was"}},
	})
}

func TestRollCallShape(t *testing.T) {
	tests := []struct {
		line     string
		ok, role bool
	}{
		{"Alissa Cooper (Cisco) / IETF Chair", true, true},
		{"Ben Campbell (Oracle)", true, false},
		{"Spencer Dawkins / Transport Area", true, true},
		{"Nick Sullivan (Cloudflare) said that it works.", false, false},
		{"Jari Arkko (Ericsson) / He asked about it. Then left", false, false},
		{"Design (draft) review", false, false},
	}
	for _, tt := range tests {
		if ok, role := rollCallShape(tt.line); ok != tt.ok || role != tt.role {
			t.Errorf("rollCallShape(%q) = %v, %v; want %v, %v", tt.line, ok, role, tt.ok, tt.role)
		}
	}
}

func TestDisplayName(t *testing.T) {
	reg := newRegistry(nil)
	reg.text = "Present: Jan van Dijk, Maria de la Cruz\nVAN HALEN"
	reg.addFull("Jan van Dijk", -1)
	tests := map[string]string{
		"JAN VAN DIJK":        "Jan van Dijk",     // the document's own spelling
		"MARIA DE LA CRUZ":    "Maria de la Cruz", // particles as the document writes them
		"PETER O'BRIEN-SMITH": "Peter O'Brien-Smith",
		"EDDIE VON HALEN":     "Eddie Von Halen", // "von" never written in lower case here
		"EKR":                 "EKR",             // initials stay
		"Martin Thomson":      "Martin Thomson",
	}
	for in, want := range tests {
		if got := reg.display(in); got != want {
			t.Errorf("display(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRosterHeadings checks that captions of roll-call lists are not
// agenda items.
func TestRosterHeadings(t *testing.T) {
	doc, err := Parse([]byte("IESG Minutes\n\n1. Roll call\n\nReporting\n---------\nAlissa Cooper (Cisco) / IETF Chair\n\n2. Agenda\n\nAlissa: ok\n"), Options{Name: "x.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := itemsOf(doc), "1 Roll call|2 Agenda"; got != want {
		t.Errorf("items = %q, want %q", got, want)
	}
}
