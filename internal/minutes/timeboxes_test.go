package minutes

import (
	"strings"
	"testing"
)

func TestIsTimeboxed(t *testing.T) {
	for s, want := range map[string]bool{
		"Chairs Introduction - 10m": true, "Goals for TAC: Year 2 [0:00 - 0:10]": true, "New members [0:10-0:15]": true,
		"Talk - Jari Arko (20 mins)": true, "LEDBAT++ - Chairs, 5 minutes": true, "WIP update (15mins)": true,
		"Chairs Introduction": false, "We need 10 more": false, "RFC 9102": false, "Meeting at 10am": false,
	} {
		if got := isTimeboxed(s); got != want {
			t.Errorf("isTimeboxed(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTimeboxedAgenda reads notes taken inside a timed agenda: its items
// head the notes under them, where the same list restated alone, or a
// timed talk under a topic's own heading, does not.
func TestTimeboxedAgenda(t *testing.T) {
	tests := []struct {
		name, text string
		items      []string
	}{
		{"notes in paragraphs under each timed item",
			"# DANCE agenda:\n\n* Chairs Introduction - 10m\n\nNote takers: Tim\n\n* Use case presentations - 40m\n\nViktor Dukhovni: using DANE\n\ndkg: Please clarify.\n\n* AOB and closing - 10m\n\ndkg: nothing.\n",
			// The first item holds no remark, only who took notes: front matter.
			[]string{"Use case presentations - 40m", "AOB and closing - 10m"}},
		{"the agenda restated alone, then headings",
			"# Agenda\n\n- LEDBAT++ - Chairs, 5 minutes\n- Pacing - Michael Welzl, 10 minutes\n\n## LEDBAT++\n\nMichael Welzl: fine.\n\n## Pacing\n\nMichael Welzl: good.\n",
			[]string{"LEDBAT++", "Pacing"}},
		{"timed talks under a topic's heading are its points",
			"# PEARG\n\n## Drafts\n\n* Privacy DNS - Jari Arko (20 mins)\n\nJari Arkko: it works.\n\n* Address privacy - Matthew Finkel (15mins)\n\nMatthew Finkel: it helps.\n",
			[]string{"Drafts"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse([]byte(tt.text), Options{Name: "x.md"})
			if err != nil {
				t.Fatal(err)
			}
			if got := itemTitles(doc); strings.Join(got, "|") != strings.Join(tt.items, "|") {
				t.Errorf("items %q, want %q", got, tt.items)
			}
		})
	}
}
