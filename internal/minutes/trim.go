package minutes

import "strings"

// The trim helpers below do what strings.Trim and friends do for a cutset
// of ASCII bytes, without building the cutset's lookup table on every
// call: they run once or more per word, and that table showed in profiles.

// trimRightAny removes trailing bytes found in set (ASCII only).
func trimRightAny(s, set string) string {
	for len(s) > 0 && strings.IndexByte(set, s[len(s)-1]) >= 0 {
		s = s[:len(s)-1]
	}
	return s
}

// trimLeftAny removes leading bytes found in set (ASCII only).
func trimLeftAny(s, set string) string {
	for len(s) > 0 && strings.IndexByte(set, s[0]) >= 0 {
		s = s[1:]
	}
	return s
}

// trimAny removes leading and trailing bytes found in set (ASCII only).
func trimAny(s, set string) string { return trimRightAny(trimLeftAny(s, set), set) }

// trimLeadDots removes leading dots, ellipses, emphasis and spaces, the
// marks scribes put before an aside ("...discussion of", "… long").
func trimLeadDots(s string) string {
	for {
		s = trimLeftAny(s, ".* _")
		if !strings.HasPrefix(s, "…") {
			return s
		}
		s = s[len("…"):]
	}
}
