package minutes

import (
	"strings"
	"unicode"
)

// This file holds whether a one-word printed form (a first name, a
// surname, initials or a handle) can stand for a full name; it runs for
// every candidate of every label, so the ASCII case is read in place.

// matchesShort reports whether a one-word printed form can stand for full:
// its first name, its surname, or its initials (also as a lower-case
// handle, "ekr" for Eric K. Rescorla).
func matchesShort(full, short string) bool {
	sp := strings.IndexByte(full, ' ')
	if sp <= 0 || short == "" {
		return false
	}
	if strings.EqualFold(full[:sp], short) || strings.EqualFold(full[strings.LastIndexByte(full, ' ')+1:], short) {
		return true
	}
	if len(short) >= 4 && short[0] >= 'a' && short[0] <= 'z' && handleMatches(full, short) {
		return true
	}
	// Initials start with the first name's letter; checking that first
	// keeps the allocating comparison off the common path.
	if len(short) < 2 || len(short) > 4 || full[0]|0x20 != short[0]|0x20 {
		return false
	}
	if isASCII(full) && isASCII(short) {
		return asciiInitialsMatch(full, short)
	}
	return initialsMatch(strings.Fields(full), short)
}

// asciiInitialsMatch is initialsMatch(strings.Fields(full), short) for
// ASCII full and short, read in place: Fields and the rune slices
// allocated on every comparison. A part or a '-' segment of it adds its
// first byte when that is a capital, as initialsMatch adds a segment's
// first rune when it is upper case.
func asciiInitialsMatch(full, short string) bool {
	if len(short) < 2 || len(short) > 4 {
		return false
	}
	n, same, parts := 0, true, 0 // initials read, all equal to short's so far, parts
	var first, last byte
	for i := 0; i < len(full); i++ {
		c := full[i]
		if asciiSpace(c) {
			continue
		}
		if i == 0 || asciiSpace(full[i-1]) {
			parts++
			if parts == 1 {
				first = c
			}
			if parts == 2 && same && n == len(short) {
				return true // "JY" for Jean-Yves Perrier: a hyphenated first name's initials
			}
			last = c
		} else if full[i-1] != '-' {
			continue
		}
		if isUpperByte(c) {
			same = same && n < len(short) && upperByte(short[n]) == c
			n++
		}
	}
	if same && n == len(short) {
		return true
	}
	// "EKR" for Eric Rescorla: a middle initial the document did not
	// print. Only initials in one case count ("Sir" is a word).
	return parts == 2 && len(short) == 3 && (isAllUpper(short) || isAllLower(short)) &&
		upperByte(short[0]) == upperByte(first) && upperByte(short[2]) == upperByte(last)
}

// asciiSpace reports the ASCII bytes strings.Fields splits at.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// upperByte folds an ASCII lower-case letter to upper case.
func upperByte(c byte) byte {
	if c >= 'a' && c <= 'z' {
		c -= 'a' - 'A'
	}
	return c
}

// initialsMatch reports whether short abbreviates the name parts: all their
// initials, or the first and last initials with letters in between for
// middle names the document did not print.
func initialsMatch(parts []string, short string) bool {
	up := strings.ToUpper(short)
	if len(up) < 2 || len(up) > 4 {
		return false
	}
	var all []rune
	for _, p := range parts {
		for _, seg := range strings.Split(p, "-") {
			if r := []rune(seg); len(r) > 0 && unicode.IsUpper(r[0]) {
				all = append(all, r[0])
			}
		}
	}
	if string(all) == up {
		return true
	}
	first := []rune(parts[0])
	last := []rune(parts[len(parts)-1])
	u := []rune(up)
	return len(first) > 0 && len(last) > 0 && u[0] == unicode.ToUpper(first[0]) &&
		u[len(u)-1] == unicode.ToUpper(last[0]) && len(u) <= 3 && len(parts) == 2 && len(u) == 3
}
