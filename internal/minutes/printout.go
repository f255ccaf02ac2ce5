package minutes

import (
	"slices"
	"strings"
)

// doubleSpaced marks the blank lines of text converted from a printout
// that put an empty line after every line, where paragraphs are set
// apart by more (or by a line of spaces): most text lines are followed
// by exactly one empty line and then more text. It returns, per line,
// whether it is such an empty line; nil for text that is not so spaced.
func doubleSpaced(lines []string) []bool {
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
	if text < 20 || spaced*10 < text*7 || wrapped*3 < text {
		return nil
	}
	single := make([]bool, len(lines))
	for i := 1; i+1 < len(lines); i++ {
		single[i] = lines[i] == "" && strings.TrimSpace(lines[i-1]) != "" && strings.TrimSpace(lines[i+1]) != ""
	}
	return single
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
