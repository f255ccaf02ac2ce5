package minutes

import (
	"strconv"
	"strings"
)

// Minutes converted from PDF to Markdown often print an item's number on
// a line of its own over the item's title, each in bold:
//
//	**1.**
//
//	**Adoption of Minutes**
//
// markNumberOverTitle reads such pairs as one numbered agenda item, when
// the document has at least two and no number twice: one bold number
// alone may be anything. The numbers need not go up: a council may take
// item 2 before item 1.
func markNumberOverTitle(blocks []block, out []shape) {
	type pair struct {
		at    int
		num   int
		title string
	}
	var pairs []pair
	for i := 0; i+1 < len(blocks); i++ {
		n, ok := boldNumberAlone(&blocks[i])
		// The number alone may already be read as a page number, and the
		// bold title as an unnumbered heading.
		if !ok || out[i].role != rBody && out[i].role != rFurniture ||
			out[i+1].role != rBody && !(out[i+1].role == rItem && out[i+1].number == "") {
			continue
		}
		if title, ok := boldHeading(&blocks[i+1]); ok {
			pairs = append(pairs, pair{i, n, title})
		}
	}
	if len(pairs) < 2 {
		return
	}
	seen := map[int]bool{}
	for _, p := range pairs {
		if seen[p.num] {
			return // two items 1: numbers of something else
		}
		seen[p.num] = true
	}
	for _, p := range pairs {
		out[p.at].role = rFurniture
		out[p.at+1] = shape{role: rItem, number: strconv.Itoa(p.num), title: p.title, depth: 1}
	}
}

// boldNumberAlone reads a paragraph that is only an item number in bold,
// "**1.**" or "**12**".
func boldNumberAlone(b *block) (int, bool) {
	if b.kind != kPara || len(b.lines) != 1 {
		return 0, false
	}
	l := strings.TrimSpace(b.lines[0])
	inner, ok := strings.CutPrefix(l, "**")
	if !ok {
		return 0, false
	}
	inner, ok = strings.CutSuffix(inner, "**")
	if !ok {
		return 0, false
	}
	inner = strings.TrimSuffix(strings.TrimSpace(inner), ".")
	n, err := strconv.Atoi(inner)
	if err != nil || n < 1 || n > 99 || strconv.Itoa(n) != inner {
		return 0, false
	}
	return n, true
}
