package minutes

import "strings"

// This file holds the reading of the organisation printed with a
// speaker's name, in a label or in reported speech.

// readAffiliation reads " from Org", " (Org)" or ", Org," after a name and
// returns the affiliation and the rest of the sentence.
func readAffiliation(s string) (string, string) {
	switch {
	case strings.HasPrefix(s, " ("):
		if end := strings.IndexByte(s, ')'); end > 0 && end < 60 {
			return cleanAffiliation(s[2:end]), s[end+1:]
		}
	case strings.HasPrefix(s, " from ") || strings.HasPrefix(s, " of "):
		sp := strings.IndexByte(s[1:], ' ') + 1
		org, n := splitOrg(s[sp+1:])
		if org != "" {
			return org, s[sp+1+n:]
		}
	case strings.HasPrefix(s, ", "):
		if end := strings.Index(s[2:], ", "); end > 0 && end < 40 {
			org := s[2 : 2+end]
			if isOrgLike(org) {
				return org, s[2+end+1:]
			}
		}
		return "", s[1:]
	}
	return "", s
}

// splitOrg reads an organisation name: capitalised or all-caps words.
func splitOrg(s string) (string, int) {
	pos, end := 0, 0
	for words := 0; words < 5 && pos < len(s); words++ {
		w, next := nextWord(s, pos)
		bare := trimRightAny(w, ",.;:")
		if bare == "" || !(isUpperByte(bare[0]) || bare[0] >= '0' && bare[0] <= '9') {
			break
		}
		end = pos + len(bare)
		if len(bare) != len(w) {
			break
		}
		pos = next
	}
	return s[:end], end
}

// isOrgLike reports a short capitalised phrase that can be an organisation.
func isOrgLike(s string) bool {
	org, n := splitOrg(s)
	return org != "" && n == len(s) && !notNameWords.hasFold(org) // "Mr. Speaker, Sir," addresses
}

// cleanAffiliation drops parentheticals that say where someone spoke from
// rather than whom they represent.
func cleanAffiliation(a string) string {
	low := strings.ToLower(a)
	if a == "" || strings.Contains(low, "floor") || strings.Contains(low, "mic") ||
		strings.Contains(low, "remote") || strings.Contains(low, "chat") || strings.Contains(low, "jabber") ||
		roleLabels.has(low) || isInitials(a) {
		return ""
	}
	return a
}
