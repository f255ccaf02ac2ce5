package minutes

import "strings"

// numSeq tracks the agenda numbering seen so far.
type numSeq struct{ last []string }

// accept reports whether num plausibly follows the previous heading number
// (the next sibling, a first child, or the next item of an ancestor) and
// records it.
func (q *numSeq) accept(num string) bool {
	if isLetter(num) {
		return q.acceptLetter(num)
	}
	for len(q.last) > 0 && isLetter(q.last[len(q.last)-1]) {
		q.last = q.last[:len(q.last)-1] // "4.14" after "4.13 > C"
	}
	parts := strings.Split(num, ".")
	if len(parts) == 2 && len(parts[1]) == 2 && parts[1][0] == '0' {
		// "2.00", "2.01": IEEE style, item 2 and its first sub-item.
		parts = parts[:1]
		if parts2 := strings.TrimLeft(num[len(num)-2:], "0"); parts2 != "" {
			parts = append(parts, parts2)
		}
	}
	ok := q.follows(parts)
	if ok {
		q.last = parts
	}
	return ok
}

// acceptLetter takes lettered sub-items ("A. Patterns", "B. Defaults")
// under the current numbered item: "A" opens the sub-list, each next
// letter continues it. Before any number, "A" opens a lettered agenda
// (RIPE working groups letter their items).
func (q *numSeq) acceptLetter(l string) bool {
	n := len(q.last)
	switch {
	case n > 0 && isLetter(q.last[n-1]) && isNext(q.last[n-1], l):
		q.last[n-1] = l
	case n > 0 && !isLetter(q.last[n-1]) && (l == "A" || l == "a"):
		q.last = append(q.last[:n:n], l)
	case n == 0 && l == "A":
		q.last = []string{l}
	default:
		return false
	}
	return true
}

// depth is the nesting level of the item accepted last.
func (q *numSeq) depth() int { return max(len(q.last), 1) }

// isLetter reports a one-letter item number.
func isLetter(s string) bool {
	return len(s) == 1 && (s[0] >= 'A' && s[0] <= 'Z' || s[0] >= 'a' && s[0] <= 'z')
}

func (q *numSeq) follows(parts []string) bool {
	if len(q.last) == 0 {
		return len(parts) == 1 || parts[len(parts)-1] == "1"
	}
	if len(parts) == len(q.last)+1 && parts[len(parts)-1] == "1" && sameParts(parts[:len(q.last)], q.last) {
		return true
	}
	for n := min(len(parts), len(q.last)); n >= 1; n-- {
		if len(parts) == n && sameParts(parts[:n-1], q.last[:n-1]) && isNext(q.last[n-1], parts[n-1]) {
			return true
		}
	}
	// Continued items ("4.1 (cont)") and jumps within the same parent.
	return len(parts) == len(q.last) && sameParts(parts[:len(parts)-1], q.last[:len(q.last)-1]) &&
		atoiSmall(parts[len(parts)-1]) > atoiSmall(q.last[len(q.last)-1])
}

func sameParts(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// isNext reports b == a+1 for numbers or letters.
func isNext(a, b string) bool {
	if na, nb := atoiSmall(a), atoiSmall(b); na >= 0 && nb >= 0 {
		return nb == na+1
	}
	return len(a) == 1 && len(b) == 1 && b[0] == a[0]+1
}
