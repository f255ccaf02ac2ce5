package minutes

import "testing"

// TestOfficeSubjects checks offices as the subjects of reported speech in
// narrative minutes: an office speaks as its holder when the document
// names one ("Provost Marguerite Ellison"), as itself otherwise, and an
// office before a name is a title, not part of it.
func TestOfficeSubjects(t *testing.T) {
	checkTurns(t, []turnCase{
		{"office subjects resolve to the holder the minutes name", "x.txt",
			"Academic Senate minutes\n\nPresent: Provost Marguerite Ellison, Vice-Provost Dario Ferrante, Dr. Li Kwan\n\n" +
				"1. Enrolment\n\nProvost Marguerite Ellison reported that applications rose.\n\n" +
				"Dr. Li Kwan asked about housing. The Provost replied that a hall opens in May.\n\n" +
				"Vice-Provost Ferrante answered that the limit stays.\n\nThe Vice-Provost noted that two courses are new.\n",
			[]string{"Marguerite Ellison: Provost Marguerite Ellison", "Li Kwan: Dr. Li Kwan",
				"Marguerite Ellison: The Provost replied", "Dario Ferrante: Vice-Provost Ferrante answered",
				"Dario Ferrante: The Vice-Provost noted"}},
		{"a deputy is not the holder; Dean is a name", "x.txt",
			"Board minutes\n\nPresent: Vice Chair Ann Lee, Dean Jackson\n\n1. Opening\n\nThe Chair welcomed members.\n\n" +
				"Dean Jackson said the room is booked.\n",
			[]string{"The Chair: The Chair welcomed", "Dean Jackson: Dean Jackson said"}},
		{"a view after 'was' is a turn; a whereabouts is not", "x.txt",
			"Board minutes\n\n1. Budget\n\nAnn Lee: the budget is tight.\n\nCeleste Dubois was concerned that it is too tight. Bob Roe was not present.\n",
			[]string{"Ann Lee: the budget is", "Celeste Dubois: Celeste Dubois was"}},
		{"qualified offices, a holder named before the office, a reply after a clause", "x.txt",
			"IETF plenary minutes\n\nPresiding: Beatriz Salgado, IETF Chair\n\n1. Reports\n\nThe IETF Chair reported that eleven groups were chartered.\n\n" +
				"Owen Pritchard asked about workshops. In response, the IAB Chair said that one is planned.\n\n" +
				"The LLC Executive Director, Samir Haddad, said that the budget is balanced.\n",
			[]string{"Beatriz Salgado: The IETF Chair", "Owen Pritchard: Owen Pritchard asked", "The IAB Chair: In response, the",
				"Samir Haddad: The LLC Executive"}},
		{"an office nobody is named with speaks as itself", "x.txt",
			"Parks board minutes\n\n1. Roof\n\nThe Treasurer reported that the roof costs more.\n\nAnn Lee said the quote is old.\n",
			[]string{"The Treasurer: The Treasurer reported", "Ann Lee: Ann Lee said"}},
		{"an office replying in a clause after a semicolon", "x.txt",
			"Senate minutes\n\nPresent: Provost Marguerite Ellison, Dr. Li Kwan\n\n1. Housing\n\n" +
				"Dr. Li Kwan asked whether the hall would open; the Provost replied that it opens in May.\n",
			[]string{"Li Kwan: Dr. Li Kwan", "Marguerite Ellison: the Provost replied"}},
		{"an aside between the speaker and the verb; a titled surname after an office", "x.txt",
			"Technical committee minutes\n\nPresent: Jari Aaltonen (FI), Ian McAllister (Treasurer)\n\nItem 5 – Reports\n\n" +
				"Mr Aaltonen (FI), as liaison officer, presented the report.\n\nThe Treasurer, Mr. McAllister, presented the accounts.\n\n" +
				"Mr Haugland (NO) apologised for the delay.\n",
			[]string{"Jari Aaltonen: Mr Aaltonen (FI),", "Ian McAllister: The Treasurer, Mr.", "Mr Haugland: Mr Haugland (NO)"}},
		{"staff, delegates, nobody are not people", "x.txt",
			"Council minutes\n\n1. Zoning\n\nAnn Lee: The lot is small. Staff recommend approval. Nobody objected at the hearing.\n\n" +
				"Delegates: please use your abbreviations.\n",
			[]string{"Ann Lee: The lot is", "Ann Lee: Delegates: please use"}},
		{"an office with its holder in apposition", "x.txt",
			"Senate minutes\n\n1. Opening\n\nThe Chair of Senate, Professor Henrik Solvang, called the meeting to order.\n",
			[]string{"Henrik Solvang: The Chair of"}},
	})
}
