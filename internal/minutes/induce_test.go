package minutes

import (
	"fmt"
	"strings"
	"testing"
)

// TestInduceLabels checks that a speaker marker the fixed label forms do
// not know is learnt from its recurrence: the same chat log written by
// four clients, and a Hansard whose labels join the text with a dash.
func TestInduceLabels(t *testing.T) {
	turns := []struct{ who, text string }{
		{"rbrunner", "Looks like the meeting will start soon."}, {"hyc", "time?"}, {"hyc", "who is here?"},
		{"moneromooo", "It can start now."}, {"rbrunner", "Hi"}, {"moneromooo", "I have been working on pruning."},
		{"hyc", "the mining support is broken"}, {"rbrunner", "Thanks"},
	}
	forms := map[string]func(i int, who, text string) string{
		"chat client": func(i int, w, x string) string { return fmt.Sprintf("9:%02d AM ‹•%s> %s", i, w, x) },
		"brackets":    func(i int, w, x string) string { return fmt.Sprintf("[%s] %s", w, x) },
		"parentheses": func(i int, w, x string) string { return fmt.Sprintf("(10:%02d:00) (%s) %s", i, w, x) },
		"tabs":        func(i int, w, x string) string { return w + "\t" + x },
	}
	for name, form := range forms {
		var lines []string
		for i, tu := range turns {
			lines = append(lines, form(i, tu.who, tu.text))
		}
		doc, err := Parse([]byte("Dev meeting\n\n"+strings.Join(lines, "\n")+"\n"), Options{Name: "log.txt"})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		var got []string
		for _, it := range doc.Items {
			for _, r := range it.Remarks {
				if r.Speaker != nil {
					got = append(got, *r.Speaker+": "+r.Text)
				}
			}
		}
		if len(got) != len(turns) {
			t.Errorf("%s: %d turns %q, want %d", name, len(got), got, len(turns))
			continue
		}
		for i, tu := range turns {
			if got[i] != tu.who+": "+tu.text {
				t.Errorf("%s: turn %d = %q, want %q", name, i, got[i], tu.who+": "+tu.text)
			}
		}
	}
	hansard := "<p>Mr PETER O'NEILL-Thank you, Mr Speaker.</p><p>Mr ACTING SPEAKER-Order.</p>" +
		"<p>Mr PETER O'NEILL-The economy is not growing.</p><p>Mr DON POLYE-Point of order.</p>" +
		"<p>Mr ACTING SPEAKER-Continue.</p><p>Mr DON POLYE-We disagree.</p>"
	doc, err := Parse([]byte(hansard), Options{Name: "q.html"})
	if err != nil {
		t.Fatal(err)
	}
	if n := countRemarks(doc); n != 6 || *doc.Items[0].Remarks[0].Speaker == "" {
		t.Errorf("dash labels: %d remarks, want 6", n)
	}
	// Prose with dashes and brackets does not recur by name: no labels.
	prose := "Well-known issue.\n[1] See the draft.\nLong-term plan - agreed.\n(a) first point\nShort-lived - yes.\n"
	if doc, err := Parse([]byte(prose), Options{Name: "p.txt"}); err == nil {
		for _, it := range doc.Items {
			for _, r := range it.Remarks {
				if r.Speaker != nil {
					t.Errorf("prose read as a turn of %q: %q", *r.Speaker, r.Text)
				}
			}
		}
	}
}

// TestPrintedLinesRunOn checks a Hansard whose converter wrote one
// paragraph per printed line: a paragraph cut off mid-phrase goes on
// with its sentence, even when the next starts with a name and a comma.
func TestPrintedLinesRunOn(t *testing.T) {
	src := "<p>Mr R.S. AKBAR-Thank you, Mr Speaker. In terms of support, the reason is to bring about a</p>" +
		"<p>sense of normalcy and safety. As a</p><p>Government, we coordinated with the NGOs.</p>" +
		"<p>Mr N. NAWAIKULA-Were they trained?</p><p>Mr R.S. AKBAR-Yes.</p><p>Mr N. NAWAIKULA-When?</p>" +
		"<p>Mr R.S. AKBAR-In January.</p><p>Mr N. NAWAIKULA-Thank you.</p>"
	doc, err := Parse([]byte(src), Options{Name: "q.html"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range doc.Items {
		for _, r := range it.Remarks {
			who := "-"
			if r.Speaker != nil {
				who = *r.Speaker
			}
			got = append(got, who)
		}
	}
	want := "R.S. Akbar R.S. Akbar R.S. Akbar N. Nawaikula R.S. Akbar N. Nawaikula R.S. Akbar N. Nawaikula"
	if strings.Join(got, " ") != want {
		t.Errorf("speakers %q, want %q", strings.Join(got, " "), want)
	}
}
