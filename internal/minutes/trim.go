package minutes

import "strings"

// The trim helpers below do what strings.Trim and friends do for a cutset
// of ASCII bytes, without building the cutset's lookup table on every
// call: they run once or more per word, and that table showed in profiles.

// trimRightAny removes trailing bytes found in set (ASCII only).
func trimRightAny(s, set string) string {
	for len(s) > 0 && inSet(set, s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// inSet reports c in set: the sets are a few bytes, so a plain loop the
// compiler inlines beats a call to strings.IndexByte.
func inSet(set string, c byte) bool {
	for i := 0; i < len(set); i++ {
		if set[i] == c {
			return true
		}
	}
	return false
}

// trimLeftAny removes leading bytes found in set (ASCII only).
func trimLeftAny(s, set string) string {
	for len(s) > 0 && inSet(set, s[0]) {
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
