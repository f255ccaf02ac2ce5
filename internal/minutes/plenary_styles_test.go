package minutes

import "testing"

// TestPlenaryStyles checks the label forms of plenary and parliamentary
// records: subjects that are not labels, motion records, reply labels
// with a name in parentheses, verbatim-report dash labels, order-paper
// question numbers and honorifics. The inputs are invented snippets.
func TestPlenaryStyles(t *testing.T) {
	checkTurns(t, []turnCase{
		{"a name before a past-tense verb stays in the text", "x.txt",
			"Minutes\n\nAttendees:\nPaul Nikolich – Chair\nPat Thaler – Vice Chair\n\n1. Call to order\n\nPaul Nikolich called the meeting to order at 09:00.\n\n2. Next\n\nPat Thaler: ok\n",
			[]string{"Paul Nikolich: Paul Nikolich called", "Pat Thaler: ok"}},
		{"motion records are narration", "x.txt",
			"Minutes\n\n1. Agenda\n\nJon Rosdahl: Any changes?\n\nMoved: Pat Thaler, Second: Jon Rosdahl\nMotion to approve the agenda.\nPasses, 12/0/1.\n\nSeconded: Jon Rosdahl\n\nVote: 10/0/0\n\nResult: approved\n\nAction: Pat to circulate.\n",
			[]string{"Jon Rosdahl: Any changes?", "-: Moved: Pat Thaler,", "-: Seconded: Jon Rosdahl", "-: Vote: 10/0/0", "-: Result: approved", "-: Action: Pat to"}},
		{"reply labels name the speaker in parentheses; each label line is a turn", "x.txt",
			"IETF 95 Plenary\n\n2. Security\n\n   Presentation by Hannes Tschofenig\n   - Firmware update is a key problem\n\n   Comment from mic: Who pays?\n   Response (Hannes): The manufacturers.\n\n   Comment from mic: We should look at regulation.\n",
			[]string{"Hannes Tschofenig: Presentation by Hannes", "Hannes Tschofenig: Firmware update is", "-: Who pays?", "Hannes Tschofenig: The manufacturers.", "-: We should look"}},
		{"verbatim report labels: NAME[, ROLE]. – text", "x.txt",
			"Verbatim report\n\n1. Debate\n\nPresident. – The sitting is open.\n\nMaria Rossi, rapporteur. – Madam President, records matter.\n\nJan de Vries, on behalf of the Renew Group. - I agree.\n\n(Applause)\n",
			[]string{"President: The sitting is", "Maria Rossi: Madam President, records", "Jan de Vries: I agree.", "-: (Applause)"}},
		{"order-paper numbers, constituencies, offices with names, honorifics", "x.txt",
			"House of Commons\n\n1. Questions\n\n1. Ms Julie Harper (Northshire) (Lab): What steps?\n\nThe Minister for Housing (Tom Reeve): We are investing.\n\nMs Harper: I thank the Minister.\n\nMr Speaker: Order.\n\nQ1. Sir Edward Lang (Eastvale) (Con): Engagements?\n\nThe Prime Minister (Ruth Okonkwo): Meetings.\n",
			[]string{"Julie Harper: What steps?", "Tom Reeve: We are investing.", "Julie Harper: I thank the", "Mr Speaker: Order.", "Edward Lang: Engagements?", "Ruth Okonkwo: Meetings."}},
	})
}

// TestPlenaryAffiliations checks the affiliations the plenary label forms
// carry: the role of a verbatim-report label and a member's party.
func TestPlenaryAffiliations(t *testing.T) {
	tests := map[string]string{
		"Maria Rossi, rapporteur. – Madam President.":             "Maria Rossi|rapporteur",
		"Jan de Vries, on behalf of the Renew Group. – I agree.":  "Jan de Vries|on behalf of the Renew Group",
		"1. Ms Julie Harper (Northshire) (Lab): What steps?":      "Julie Harper|Lab",
		"Q1. Sir Edward Lang (Eastvale) (Con): Engagements?":      "Edward Lang|Con",
		"The Minister for Housing (Tom Reeve): We are investing.": "Tom Reeve|",
		"Response (Hannes): The manufacturers.":                   "Hannes|",
		"Ms Anna Lindqvist (Sweden): Thank you.":                  "Anna Lindqvist|Sweden",
		"Madam President: Thank you.":                             "President|", // the office, without the form of address
	}
	for line, want := range tests {
		l, ok := parseLabel(line)
		if got := l.name + "|" + l.aff; !ok || got != want {
			t.Errorf("parseLabel(%q) = %q, %v; want %q", line, got, ok, want)
		}
	}
}

// TestPlaceInDateLine checks the place read from the line with the date.
func TestPlaceInDateLine(t *testing.T) {
	tests := map[string]string{
		"Stockholm, Sweden, 29 July 2009":              "Stockholm, Sweden",
		"6 April 2016, Buenos Aires, Argentina":        "Buenos Aires, Argentina",
		"Thursday, 6 February 2025 — Brussels":         "Brussels",
		"Held on Tuesday, 4 March 2025, in Strasbourg": "Strasbourg",
		"Plenary Minutes, 29 July 2009":                "",
		"Wednesday 15 January 2025":                    "",
	}
	for line, want := range tests {
		if got := placeInDateLine(line); got != want {
			t.Errorf("placeInDateLine(%q) = %q, want %q", line, got, want)
		}
	}
	doc := mustParse(t, "<html><body><h1>Minutes of the 12th Plenary Meeting</h1>\n<p>Held on Tuesday, 4 March 2025, in Strasbourg</p>\n<h2>1. Opening</h2>\n<p><b>The President</b>: The sitting is open.</p></body></html>", "min.html")
	if doc.Location != "Strasbourg" {
		t.Errorf("html location = %q, want Strasbourg", doc.Location)
	}
}
