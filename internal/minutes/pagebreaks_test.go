package minutes

import (
	"fmt"
	"strings"
	"testing"
)

// pages builds a printed record of n pages: each page's body is speech
// of lines lines, headed by header (with %d for the page number) and
// closed by footer.
func pages(n, lines int, header, footer string) string {
	var b strings.Builder
	b.WriteString("PRAYERS\n\nHon. Ann Kamau: I rise to speak on the Bill.\n")
	for p := 1; p <= n; p++ {
		if header != "" {
			fmt.Fprintf(&b, header, p)
		}
		for l := 0; l < lines; l++ {
			fmt.Fprintf(&b, "the Bill before this House on page %d line %d is a good\n", p, l)
		}
		if footer != "" {
			fmt.Fprintf(&b, footer, p)
		}
	}
	b.WriteString("Bill. Thank you.\n\nHon. Joel Karuri: I second.\n")
	return b.String()
}

func TestDropPageFurniture(t *testing.T) {
	tests := []struct {
		name, text string
		gone, kept []string
	}{
		{"a running header of several lines, dated, on every page",
			pages(4, 14, "FEBRUARY 23, 2022 COUNTY ASSEMBLY DEBATES\nDisclaimer:  The electronic version is for information only. A\ncertified version can be obtained from the Editor.\n", ""),
			[]string{"FEBRUARY 23", "Disclaimer", "certified version"}, []string{"Hon. Ann Kamau: I rise", "page 3 line 13"}},
		{"a tally asked three times carries no date: it stays",
			pages(4, 14, "Yes: Amaha, Deepak, Higgins, Molnar\nAbstain: Ajlouny, Zamora\n", ""),
			nil, []string{"Yes: Amaha", "Abstain: Ajlouny"}},
		{"page numbers counting up, and the header after half of them",
			pages(4, 14, "", "%d\n\nSeanad Éireann\n\n"),
			[]string{"\n2\n", "\n3\n", "Seanad"}, []string{"page 4 line 13"}},
		{"numbers too close together are items, not pages",
			pages(4, 3, "", "%d\n"),
			nil, []string{"\n2\n", "\n3\n"}},
		{"a line after two of many page numbers is speech",
			strings.Replace(strings.Replace(pages(8, 14, "", "%d\n"), "\n2\n", "\n2\nTHE SECRETARY:  Senator\n", 1), "\n5\n", "\n5\nTHE SECRETARY:  Senator\n", 1),
			[]string{"\n4\n"}, []string{"THE SECRETARY"}},
		{"a quoted code fence recurs, and stays", "# Notes\n\n" + strings.Repeat("```rust\nlet x = (String::new(), 2021);\n```\n\nBob: fine\n\n", 4) + strings.Repeat("filler\n", 20),
			nil, []string{"```rust\nlet x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := dropPageFurniture(tt.text)
			for _, g := range tt.gone {
				if strings.Contains(got, g) {
					t.Errorf("%q still there", g)
				}
			}
			for _, k := range tt.kept {
				if !strings.Contains(got, k) {
					t.Errorf("%q dropped", k)
				}
			}
		})
	}
}

// TestRunningHeaderKeepsTheSpeaker parses a speech broken by a page's
// running header: the speech runs on with its speaker.
func TestRunningHeaderKeepsTheSpeaker(t *testing.T) {
	text := strings.ReplaceAll(pages(4, 14, "FEBRUARY 23, 2022 COUNTY ASSEMBLY DEBATES\nDisclaimer:  The electronic version is for information only. A\ncertified version can be obtained from the Editor.\n", ""), "Hon. Ann Kamau:", "The Temporary Speaker ( Hon. Ann Kamau):")
	doc, err := Parse([]byte(text), Options{Name: "x.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := remarkSpeakers(doc), "Ann Kamau Joel Karuri"; got != want {
		t.Errorf("speakers %q, want %q", got, want)
	}
}

func TestHasYear(t *testing.T) {
	for s, want := range map[string]bool{
		"FEBRUARY 23, 2022 COUNTY ASSEMBLY": true, "1998": true, "in 1850.": true, "(2099)": true,
		"12345": false, "x2022": false, "2022b": false, "1799": false, "2100": false, "12 21 201": false, "": false,
	} {
		if got := hasYear(s); got != want {
			t.Errorf("hasYear(%q) = %v, want %v", s, got, want)
		}
	}
}
