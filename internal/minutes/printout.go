package minutes

import (
	"slices"
	"strings"
)

// doubleSpaced marks the blank lines of text converted from a printout
// that put an empty line after every line (see isDoubleSpaced). It
// returns, per line, whether it is such an empty line; nil for text that
// is not so spaced.
func doubleSpaced(lines []string) []bool {
	if !isDoubleSpaced(lines) {
		return nil
	}
	single := make([]bool, len(lines))
	for i := 1; i+1 < len(lines); i++ {
		single[i] = lines[i] == "" && strings.TrimSpace(lines[i-1]) != "" && strings.TrimSpace(lines[i+1]) != ""
	}
	return single
}

// isDoubleSpaced reports text converted from a printout that put an empty
// line after every line, where paragraphs are set apart by more (or by a
// line of spaces): most text lines are followed by exactly one empty line
// and then more text, and many stop mid-sentence.
func isDoubleSpaced(lines []string) bool {
	text, spaced, wrapped := 0, 0, 0
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		text++
		if i+2 < len(lines) && lines[i+1] == "" && lines[i+2] != "" {
			spaced++
		}
		if c := t[len(t)-1]; c != '.' && c != '?' && c != '!' && c != ':' && len(l) > 40 {
			wrapped++ // a line the printout broke in mid-sentence
		}
	}
	return text >= 20 && spaced*10 >= text*7 && wrapped*3 >= text
}

// firstLineIndent finds, in a double-spaced printout, the indentation
// that opens a paragraph. Such transcripts set paragraphs apart by
// indenting their first line (a stenographer's typewriter tab), not by a
// blank line: the text lines fall into two columns, the wrap column and
// one at least eight further right, each holding a fifth of the lines. It
// returns the first-line column, or a width no line reaches when there is
// no such layout (single spacing, or one column).
func firstLineIndent(lines []string, single []bool) int {
	const none = 1 << 30
	if single == nil {
		return none
	}
	widths := make([]int, 0, len(lines))
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			widths = append(widths, indentWidth(l))
		}
	}
	slices.Sort(widths)
	fifth := len(widths) / 5
	if fifth == 0 {
		return none
	}
	wrap := widths[fifth] // the wrap column: a fifth of the lines sit at or left of it
	i, _ := slices.BinarySearch(widths, wrap+8)
	if len(widths)-i < fifth {
		return none
	}
	return widths[i]
}

// joinWrapped mends Markdown converted from a printout with a blank line
// after every printed line, where each line of a paragraph became a
// paragraph of its own: a long paragraph that stops mid-sentence goes on
// in the next one ("…could contact the Brothers of Charity Staff," over
// "Limerick City to address issues…"), unless that one opens a turn, a
// list, a heading or a bold line.
func joinWrapped(blocks []block, width int) []block {
	out := blocks[:0]
	for i := range blocks {
		b := blocks[i]
		if n := len(out); n > 0 && wrapsInto(&out[n-1], &b, width) {
			p := &out[n-1]
			lines := make([]string, 0, len(p.lines)+len(b.lines))
			p.lines = append(append(lines, p.lines...), b.lines...)
			continue
		}
		out = append(out, b)
	}
	return out
}

// printedWidth returns the column a printout wrapped its lines at, or 0
// for text that was not so printed. Wrapped prose fills its lines nearly
// to the margin, so lines bunch just under the widest ones (the ninth
// decile): in a printout a quarter of all lines do, in typed notes, whose
// lines are as long as their sentences, one in ten at most.
func printedWidth(lines []string) int {
	lens := make([]int, 0, len(lines))
	for _, l := range lines {
		if n := len(strings.TrimSpace(l)); n > 0 {
			lens = append(lens, n)
		}
	}
	if len(lens) < 20 {
		return 0
	}
	slices.Sort(lens)
	p90 := lens[len(lens)*9/10]
	near := 0
	for _, n := range lens {
		if n*5 >= p90*4 && n <= p90+p90/50 {
			near++
		}
	}
	if p90 > 130 || near*4 < len(lens) {
		return 0
	}
	return p90
}

// wrapsInto reports that paragraph b continues paragraph p's last line:
// that line reaches near the wrap width and stops mid-sentence.
func wrapsInto(p, b *block, width int) bool {
	if p.kind != kPara || b.kind != kPara || len(p.lines) == 0 || len(b.lines) == 0 {
		return false
	}
	last := strings.TrimSpace(p.lines[len(p.lines)-1])
	first := strings.TrimSpace(b.lines[0])
	if len(last) < 50 || len(last)*5 < width*4 || strings.ContainsAny(last[len(last)-1:], ".?!:;*") || first == "" || strings.HasPrefix(first, "**") {
		return false
	}
	if _, label := parseLabel(first); label {
		return false
	}
	// Notes set "darrel: somewhat best effort" apart from the scribe's
	// "question about labels" with the same blank line: a turn of its own
	// is no wrapped line.
	_, label := parseLabel(strings.TrimSpace(p.lines[0]))
	return !label
}
