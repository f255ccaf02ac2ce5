package minutes

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// WriteText prints a human-readable outline of d: the header, then each
// agenda item ("3.1 Title", indented by depth) with its remarks
// ("[Speaker] first 80 characters of the text").
func WriteText(w io.Writer, d *Document) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "Title:    %s\nDate:     %s\nLocation: %s\n", d.Title, d.Date, d.Location)
	for _, it := range d.Items {
		indent := strings.Repeat("  ", max(it.Depth-1, 0))
		head := strings.TrimSpace(it.Number + " " + it.Title)
		if head == "" {
			head = "(before the first heading)"
		}
		fmt.Fprintf(bw, "\n%s%s\n", indent, head)
		for _, r := range it.Remarks {
			who := "-"
			if r.Speaker != nil {
				who = *r.Speaker
			}
			fmt.Fprintf(bw, "%s  [%s] %s\n", indent, who, snippet(r.Text, 80))
		}
	}
	return bw.Flush()
}

// snippet returns the first n characters of s on one line.
func snippet(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}
