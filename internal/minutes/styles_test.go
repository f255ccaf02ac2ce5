package minutes

import (
	"strings"
	"testing"
)

// TestStyleRules checks the rules for minutes styles beyond the gold
// corpus: verbatim transcripts, narrative minutes with roll calls, room
// labels, mid-line labels and nicknames. The inputs are invented snippets
// in each style.
func TestStyleRules(t *testing.T) {
	tests := []struct {
		rule, name, src string
		want            []string
	}{
		{"roll call lines are metadata, and name the people", "x.txt",
			"1. Roll call\n\nAlissa Cooper (Cisco) / IETF Chair\nBen Campbell (Oracle) / ART Area\nDeborah Brungard (AT&T) / RTG Area\n\n2. Agenda\n\nAlissa: Any changes to the agenda?\n\nBen: None from me.\n",
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
	}
	for _, tt := range tests {
		got := turnsOf(t, tt.name, tt.src)
		if strings.Join(sorted(got), "\n") != strings.Join(sorted(tt.want), "\n") {
			t.Errorf("%s:\n got %q\nwant %q", tt.rule, got, tt.want)
		}
	}
}
