package minutes

import "strings"

// wordTable is a fixed set of words, looked up exactly (has) or ignoring
// ASCII case (hasFold). The sets are small and read on every word of a
// document (is this a name word, a speech verb, a label key?), so they are
// open-addressing tables hashed in the same pass that folds case: about
// three times faster than a map lookup after lower-casing into a buffer.
type wordTable struct {
	slots []string // len is a power of two; "" marks an empty slot
	mask  uint32
	// longest is the length of the longest word: longer ones are not in
	// the set, decided before hashing. unicode tells a set with a word
	// that is not ASCII.
	longest int
	unicode bool
	// lens has bit n set for each word length n (63 stands for 63 and
	// longer) and firsts a bit for each first byte, folded to lower case:
	// in an ASCII set most words are ruled out by these before hashing.
	lens   uint64
	firsts [4]uint64
	// homes has a bit for each slot that is some word's first choice: a
	// word whose hash lands on a clear bit is not in the set, decided
	// without touching the slots (32 kB for the big sets, while homes
	// stays in a few cache lines).
	homes []uint64
}

//go:generate go test -run TestWordTablesFresh -update-wordtables .

// wordSet returns the table of a whitespace-separated word list. The
// package's own lists are built at compile time (wordtables_gen.go, kept
// fresh by TestWordTablesFresh): every command of the binary would
// otherwise build all of them at start, 1.4 ms and 330 kB before main.
func wordSet(s string) *wordTable {
	for i := range prebuiltWordTables {
		if prebuiltWordTables[i].src == s {
			return &prebuiltWordTables[i].table
		}
	}
	return buildWordTable(s)
}

// prebuiltWordTable is a word list's table built ahead of time.
type prebuiltWordTable struct {
	src   string
	table wordTable
}

// buildWordTable builds a table from a whitespace-separated word list.
func buildWordTable(s string) *wordTable {
	words := strings.Fields(s)
	size := 16
	for size < 4*len(words) {
		size *= 2
	}
	t := &wordTable{slots: make([]string, size), mask: uint32(size - 1), homes: make([]uint64, (size+63)/64)}
	for _, w := range words {
		if !t.has(w) {
			i := foldHash(w) & t.mask
			t.homes[i/64] |= 1 << (i % 64)
			for t.slots[i] != "" {
				i = (i + 1) & t.mask
			}
			t.slots[i] = w
			t.longest = max(t.longest, len(w))
			t.unicode = t.unicode || !isASCII(w)
			t.lens |= 1 << min(len(w), 63)
			c := lowerByte(w[0])
			t.firsts[c>>6] |= 1 << (c & 63)
		}
	}
	return t
}

// foldHash is FNV-1a over w with ASCII letters folded to lower case.
func foldHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

// has reports w in the set, exactly as written.
func (t *wordTable) has(w string) bool {
	if w == "" || !t.mayHold(w) {
		return false
	}
	i := foldHash(w) & t.mask
	if t.homes[i/64]&(1<<(i%64)) == 0 {
		return false
	}
	for ; t.slots[i] != ""; i = (i + 1) & t.mask {
		if t.slots[i] == w {
			return true
		}
	}
	return false
}

// hasFold reports w in a set of lower-case words, ignoring case, hashing
// as it folds. A set of ASCII words holds no word with other letters
// (no lower-casing maps them to ASCII, but for the Kelvin sign), so only
// a set with non-ASCII words lower-cases them by Unicode rules.
func (t *wordTable) hasFold(w string) bool {
	if w == "" || !t.unicode && !t.mayHold(w) {
		return false
	}
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return t.unicode && t.has(strings.ToLower(w))
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint32(c)) * 16777619
	}
	if len(w) > t.longest {
		return false
	}
	i := h & t.mask
	if t.homes[i/64]&(1<<(i%64)) == 0 {
		return false
	}
	for ; t.slots[i] != ""; i = (i + 1) & t.mask {
		if s := t.slots[i]; len(s) == len(w) && equalLower(s, w) {
			return true
		}
	}
	return false
}

// hasLower reports strings.ToLower(w) in a set of lower-case ASCII
// words. An ASCII w is folded as it is hashed (hasFold), with no string
// built; any other w is lower-cased by Unicode rules first, as a letter
// such as the Kelvin sign lower-cases to ASCII.
func (t *wordTable) hasLower(w string) bool {
	if !isASCII(w) {
		return t.has(strings.ToLower(w))
	}
	return t.hasFold(w)
}

// mayHold is the cheap test before hashing: false when no word of the
// set has the length or the folded first byte of w (not empty). It holds
// for exact lookups in any set and for folded ones in an ASCII set.
func (t *wordTable) mayHold(w string) bool {
	c := lowerByte(w[0])
	return len(w) <= t.longest && t.lens&(1<<min(len(w), 63)) != 0 && t.firsts[c>>6]&(1<<(c&63)) != 0
}

// lowerByte folds an ASCII upper-case letter to lower case.
func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c
}

// isASCII reports a string of ASCII bytes only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// equalLower reports whether w, with ASCII letters in lower case, equals
// low (which is lower case and as long as w).
func equalLower(low, w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != low[i] {
			return false
		}
	}
	return true
}
