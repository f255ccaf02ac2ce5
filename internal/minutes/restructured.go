package minutes

import "strings"

// reStructuredText: minutes kept in a Sphinx or docutils site link each
// person's name to a page ("`Molly`_ started the meeting", with ".. _Molly:
// /Friends/MollyWingate/" at the end). The text reader reads the words a
// reader sees: restructuredText drops the markup around inline
// references, literals and roles, and the link targets, which are the
// site's, not anyone's words.

// restructuredText returns text without reStructuredText's inline markup
// when it is such a document: its file name ends in .rst, or, read as
// plain text (byContent), it holds three or more references ("`Name`_").
func restructuredText(text, name string, byContent bool) string {
	if !strings.HasSuffix(strings.ToLower(name), ".rst") && (!byContent || strings.Count(text, "`_") < 3) {
		return text
	}
	lines := strings.Split(text, "\n")
	kept := lines[:0]
	for _, l := range lines {
		if strings.HasPrefix(l, ".. _") || strings.HasPrefix(l, "__ ") {
			continue // a link target: ".. _Molly: /Friends/MollyWingate/"
		}
		kept = append(kept, rstInline(l))
	}
	return strings.Join(kept, "\n")
}

// rstInline drops the markup of inline references ("`Molly`_",
// "`the site <https://…>`__"), inline literals (a word between two
// backquotes on each side) and roles
// (":doc:`intro`"), keeping their text.
func rstInline(l string) string {
	if !strings.Contains(l, "`") {
		return l
	}
	var b strings.Builder
	for {
		open := strings.IndexByte(l, '`')
		if open < 0 {
			break
		}
		lit := strings.HasPrefix(l[open:], "``")
		start := open + 1
		if lit {
			start++
		}
		end := strings.Index(l[start:], l[open:start])
		if end <= 0 {
			b.WriteString(l[:start])
			l = l[start:]
			continue
		}
		head, inner := l[:open], l[start:start+end]
		if !lit {
			head = dropRole(head)
			if lt := strings.LastIndex(inner, " <"); lt > 0 && strings.HasSuffix(inner, ">") {
				inner = inner[:lt] // "`the site <https://…>`_"
			}
		}
		b.WriteString(head + inner)
		l = strings.TrimLeft(l[start+end+start-open:], "_")
	}
	b.WriteString(l)
	return b.String()
}

// dropRole removes a role written before an interpreted text
// (":doc:" in ":doc:`intro`") from the end of head.
func dropRole(head string) string {
	if !strings.HasSuffix(head, ":") {
		return head
	}
	i := strings.LastIndexByte(head[:len(head)-1], ':')
	if i < 0 || strings.ContainsAny(head[i+1:len(head)-1], " \t") || i+1 == len(head)-1 {
		return head
	}
	return head[:i]
}
