package minutes

import "strings"

// Council minutes often run an item's numbered heading, in bold, into
// the first line of its text:
//
//	**1. To receive and consider accepting apologies for absence:** Mrs V Lynch
//	**3.Declarations of Interest made**: None
//
// splitRunInHeadings cuts such a paragraph in two, the bold heading alone
// and the text after it, so that the heading is read as a numbered agenda
// item (classify) and the text as the item's first remark. Only headings
// that open with an item number, end on a colon and are followed by text
// are cut: a bold phrase at the start of a sentence is no heading.
func splitRunInHeadings(blocks []block) []block {
	return splitLeadLines(blocks, func(line string) (block, string, bool) {
		head, rest, ok := runInHeading(line)
		return block{kind: kPara, lines: []string{head}}, rest, ok
	})
}

// splitLeadLines cuts the first line of each paragraph that head accepts
// into a block of its own, the block head returns, and keeps the rest of
// the paragraph: rest, what remains of the first line ("" when head took
// all of it), then the other lines.
func splitLeadLines(blocks []block, head func(line string) (block, string, bool)) []block {
	var out []block
	for i := range blocks {
		b := blocks[i]
		if b.kind != kPara || len(b.lines) == 0 {
			out = append(out, b)
			continue
		}
		h, rest, ok := head(b.lines[0])
		if !ok {
			out = append(out, b)
			continue
		}
		h.line, h.indent = b.line, b.indent
		out = append(out, h)
		if rest != "" {
			b.lines = append([]string{rest}, b.lines[1:]...)
		} else {
			b.lines, b.line = b.lines[1:], b.line+1
		}
		if len(b.lines) > 0 {
			out = append(out, b)
		}
	}
	return out
}

// runInHeading splits "**N. Title:** text" into "N. Title" and "text".
func runInHeading(line string) (head, rest string, ok bool) {
	l := strings.TrimLeft(line, " ")
	inner, ok := strings.CutPrefix(l, "**")
	if !ok {
		return "", "", false
	}
	end := strings.Index(inner, "**")
	if end < 3 {
		return "", "", false
	}
	bold, after := inner[:end], inner[end+2:]
	after = strings.TrimLeft(after, " ")
	colon := strings.HasSuffix(bold, ":")
	if !colon {
		after, colon = strings.CutPrefix(after, ":")
	}
	bold = strings.TrimSpace(strings.TrimSuffix(bold, ":"))
	bold = strings.Replace(bold, `\.`, ".", 1) // Markdown's escaped "2\."
	rest = strings.TrimSpace(after)
	if !colon || rest == "" || len(bold) > 120 {
		return "", "", false
	}
	num, title, numbered := splitNumber(bold)
	if !numbered || title == "" {
		// "3.Declarations": a number run into its title.
		if d := strings.IndexByte(bold, '.'); d > 0 && d < 5 && d+1 < len(bold) && isUpperByte(bold[d+1]) && atoiSmall(bold[:d]) > 0 {
			num, title = bold[:d], bold[d+1:]
		} else {
			return "", "", false
		}
	}
	return num + ". " + title, rest, true
}
