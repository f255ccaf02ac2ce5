package minutes

import (
	"strings"
	"testing"
)

// TestPrintedHeadsInText reads headings printed in capitals inside the
// paragraphs of a plain-text verbatim record.
func TestPrintedHeadsInText(t *testing.T) {
	tests := []struct {
		name, text string
		items      []string
	}{
		{"a heading between the sitting's opening and the first label",
			"The House met at 11.00am\n[The Speaker in the Chair].\nPRAYERS\nThe Speaker (Hon. Ann Kamau): Clerk, next order.\nHon. Joel Karuri: Thank you.\n",
			[]string{"PRAYERS"}},
		{"a bill's kind, title over two lines and stage, over a label",
			"Hon. Ann Kamau: Clerk, next order!\n      BILL\n   THE COUNTY SUPPLEMENTARY APPROPRIATION\nBILL NO. 1 OF 2022\n(FIRST READING )\nHon. Joel Karuri: I beg to table.\n",
			[]string{"", "THE COUNTY SUPPLEMENTARY APPROPRIATION BILL NO. 1 OF 2022"}},
		{"a heading alone over a stage direction",
			"Thursday, 3rd December, 1998.\n\nP R A Y E R S\n\n(The Speaker in the Chair).\n\nCOMMUNICATION FROM THE CHAIR\n\nTHE SPEAKER:  Hon. Members, welcome.\n\nMR. WANGUBO:  Thank you.\n",
			[]string{"P R A Y E R S", "COMMUNICATION FROM THE CHAIR"}},
		{"in a verbatim record, the heading in capitals over the sitting's opening is kept",
			"Thursday, 3rd December, 1998.\n\nParliament met at 2.00 p.m.\n\nP R A Y E R S\n\n(The Speaker, Mr. Francis Ayume, in the Chair).\n\nCOMMUNICATION FROM THE CHAIR\n\n" +
				"THE SPEAKER:  Hon. Members, welcome.\n\nMR. WANGUBO:  Point of clarification.\n\nTHE SPEAKER:  Go ahead.\n\nMR. WANGUBO:  Thank you.\n\nMR. MUTYABA:  Point of order.\n\nTHE SPEAKER:  Yes.\n",
			[]string{"P R A Y E R S", "COMMUNICATION FROM THE CHAIR"}},
		{"capitals inside speech, with no label under them, stay speech",
			"Hon. Ann Kamau: I say to this House\nNEVER AGAIN SHALL WE\nallow this to happen.\nHon. Joel Karuri: Agreed.\n",
			[]string{""}},
		{"a slide's caption of few letters is no heading",
			"EKR: Reworked handshake.\n1RTT A\n???: When is the key signed?\nEKR: Always.\n",
			[]string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse([]byte(tt.text), Options{Name: "x.txt"})
			if err != nil {
				t.Fatal(err)
			}
			if got := itemTitles(doc); strings.Join(got, "|") != strings.Join(tt.items, "|") {
				t.Errorf("items %q, want %q", got, tt.items)
			}
		})
	}
}

// TestWrappedLabel joins a speaker's label wrapped over two printed lines.
func TestWrappedLabel(t *testing.T) {
	checkTurns(t, []turnCase{
		{"a label's parenthesis left open at the line's end", "x.txt",
			"Madam Speaker: Minister?\n\nMinister for the Interior (Mr William\nKwasi Aboah): Madam Speaker, the\nAttorney-General agrees.\n",
			[]string{"Speaker: Minister?", "William Kwasi Aboah: Madam Speaker, the"}},
		{"a line of speech with a parenthesis open is no label", "x.txt",
			"Ann Lee: We met (on Monday\nand Tuesday) and agreed.\n",
			[]string{"Ann Lee: We met (on"}},
	})
}
