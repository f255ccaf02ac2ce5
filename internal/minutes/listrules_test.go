package minutes

import "testing"

// TestListAndRosterRules checks the rules that read a list's structure
// (what a list item holds) and the rosters minutes print as lists.
func TestListAndRosterRules(t *testing.T) {
	checkTurns(t, []turnCase{
		{"a speaker's bullet goes on in the paragraphs indented under it, whatever they say", "x.md",
			"# Council\n\n## 1) Agenda\n\n* Anna Lee: Welcome everyone to the meeting.\n\n    Please upvote the proposal:\nhttps://example.org/p\n\n" +
				"    Feel free to add anything directly.\n\n* Bob Roe: Thanks for that.\n",
			[]string{"Anna Lee: Welcome everyone to", "Anna Lee: Please upvote the", "Anna Lee: Feel free to", "Bob Roe: Thanks for that."}},
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
