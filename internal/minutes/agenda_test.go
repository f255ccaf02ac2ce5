package minutes

import (
	"strings"
	"testing"
)

// TestRestatedAgenda checks a Markdown "## Agenda" list before the notes:
// its entries are not remarks, and the item headings after it are items
// even when their notes are bullets and their titles read like labels.
func TestRestatedAgenda(t *testing.T) {
	tests := []struct {
		rule, src, items string
		remarks          int
	}{
		{"deeper headings that repeat entries open the discussion",
			"# Team sync\n\n## Agenda\n\n1. Triage: nominated issues\n2. Release checklist\n\n" +
				"### 1. Triage: nominated issues\n\n- Ann Lee: a bug.\n\n### 2. Release checklist\n\n- Bo Li: ready.\n",
			"1 Triage: nominated issues|2 Release checklist", 2},
		{"a rule ends the agenda",
			"# Team sync\n\n## Agenda\n\n- Budget\n- Roof\n\n---\n\n### Money\n\n- Ann Lee: fine.\n",
			"Money", 1},
	}
	for _, tt := range tests {
		doc, err := Parse([]byte(tt.src), Options{Name: "x.md"})
		if err != nil {
			t.Errorf("%s: %v", tt.rule, err)
			continue
		}
		var items []string
		remarks := 0
		for _, it := range doc.Items {
			remarks += len(it.Remarks)
			if it.Number != "" || it.Title != "" {
				items = append(items, strings.TrimSpace(it.Number+" "+it.Title))
			}
		}
		if got := strings.Join(items, "|"); got != tt.items || remarks != tt.remarks {
			t.Errorf("%s: items %q, %d remarks; want %q, %d", tt.rule, got, remarks, tt.items, tt.remarks)
		}
	}
}
