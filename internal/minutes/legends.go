package minutes

import "strings"

// This file holds the lines that give a short form for a full name: an
// initials legend ("EKR: Eric Rescorla") and "Full Name (INITIALS)"
// entries of an attendee line.

// legendEntry reads "EKR: Eric Rescorla" or "EKR = Eric Rescorla": a short
// form, then a full name and nothing else.
func legendEntry(l string) (short, full string, ok bool) {
	sep := strings.IndexAny(l[:min(len(l), 14)], ":=")
	if sep <= 0 || sep > 12 {
		return "", "", false
	}
	short = strings.TrimSpace(l[:sep])
	full = strings.TrimSpace(l[sep+1:])
	// A name is at most five words: a long rest is a remark, not a legend.
	if len(full) > 100 || !(isInitials(short) || isNick(short)) || countWords(full) < 2 || !isPersonName(full) {
		return "", "", false
	}
	return short, full, true
}

// isLegendLine reports a line of an initials legend.
func isLegendLine(l string) bool {
	_, _, ok := legendEntry(l)
	return ok
}

// parenEntries finds "Full Name (INITIALS)" pairs in an attendee line.
func parenEntries(l string) [][2]string {
	var out [][2]string
	for off := 0; ; {
		open := strings.IndexByte(l[off:], '(')
		if open < 0 {
			return out
		}
		open += off
		end := strings.IndexByte(l[open:], ')')
		if end < 0 {
			return out
		}
		end += open
		short := strings.TrimSpace(l[open+1 : end])
		if isInitials(short) {
			if full := nameBefore(l[:open]); full != "" {
				out = append(out, [2]string{full, short})
			}
		}
		off = end + 1
	}
}

// nameBefore returns the full name that ends s (the words after the last
// comma, semicolon or colon), or "".
func nameBefore(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexAny(s, ",;:"); i >= 0 {
		s = strings.TrimSpace(s[i+1:])
	}
	s = strings.TrimLeft(s, "-*• ")
	if countWords(s) >= 2 && isPersonName(s) {
		return s
	}
	return ""
}
