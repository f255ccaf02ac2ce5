package minutes

import "testing"

// TestCodedItems checks items whose title ends with the agenda's code in
// parentheses, on the line over their text.
func TestCodedItems(t *testing.T) {
	tests := []struct{ name, src, items string }{
		{"three coded titles, each over its text without a blank line",
			"Board of Education Minutes\n\nMinutes Approved (D)\nIt was moved by Dr. Lee that the minutes be approved.\n\n---\n\n" +
				"Consent Calendar Approved (F-1)\nMs. Costa asked about the contracts.\n\nAdjournment (I)\nAt 7:54 p.m. the meeting was adjourned.\n",
			"D Minutes Approved|F-1 Consent Calendar Approved|I Adjournment"},
		{"one letter in parentheses is a reference, not an item",
			"Minutes\n\nResolution (B)\nMs. Costa asked about it.\n\nAnn Lee: I agree.\n",
			""},
	}
	for _, tt := range tests {
		if got := itemsOf(mustParse(t, tt.src, "x.md")); got != tt.items {
			t.Errorf("%s: items %q, want %q", tt.name, got, tt.items)
		}
	}
	if got := turnsOf(t, "x.md", tests[0].src); len(got) != 3 {
		t.Errorf("the text under each coded title is the item's: %q", got)
	}
}
