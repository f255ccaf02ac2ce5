package minutes

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// numberedSetext reads a heading its writer underlined that Markdown
// reads as an ordered list: "1) Actions review (SM)" over a row of '-'
// (a list item, then a thematic break) or of '=' (the item's second
// line). A list of one item of one line, at the margin, so underlined is
// a heading; its segment is the whole line, number included.
func (w *mdWalker) numberedSetext(l *ast.List, depth int) (*text.Segments, int, bool) {
	item := l.FirstChild()
	if depth > 0 || !l.IsOrdered() || item == nil || item.NextSibling() != nil || item.FirstChild() == nil || item.FirstChild().NextSibling() != nil {
		return nil, 0, false
	}
	segs := item.FirstChild().Lines()
	if segs.Len() == 0 || segs.Len() > 2 {
		return nil, 0, false
	}
	first := segs.At(0)
	ls := strings.LastIndexByte(w.text[:first.Start], '\n') + 1
	line := text.NewSegment(ls, first.Stop)
	level := 2
	switch {
	case segs.Len() == 2 && isRuleOf(w.text[segs.At(1).Start:segs.At(1).Stop], '='):
		level = 1
	case segs.Len() == 1 && isBreakNode(l.NextSibling()) && isRuleOf(nextLine(w.text, first.Stop), '-'):
	default:
		return nil, 0, false
	}
	out := text.NewSegments()
	out.Append(line)
	return out, level, true
}

// isBreakNode reports a thematic break.
func isBreakNode(n ast.Node) bool {
	_, ok := n.(*ast.ThematicBreak)
	return ok
}

// isRuleOf reports a line of three or more c and nothing else.
func isRuleOf(l string, c byte) bool {
	l = strings.TrimSpace(l)
	return len(l) >= 3 && strings.Trim(l, string(c)) == ""
}

// nextLine returns the line after the one that ends at or after stop (a
// segment may end before its newline or after it).
func nextLine(s string, stop int) string {
	stop = min(stop, len(s))
	if stop == 0 || s[stop-1] != '\n' {
		nl := strings.IndexByte(s[stop:], '\n')
		if nl < 0 {
			return ""
		}
		stop += nl + 1
	}
	rest := s[stop:]
	if end := strings.IndexByte(rest, '\n'); end >= 0 {
		rest = rest[:end]
	}
	return rest
}
