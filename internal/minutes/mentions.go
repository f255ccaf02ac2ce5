package minutes

import (
	"encoding/binary"
	"strings"
)

// This file holds the search for known full names anywhere in the text,
// which runs over every word of a document and so is kept byte-level.

// collectMentions records every place a known full name is written, in
// any position ("* Endian Issues (Martin Thomson)"): a bare first name
// later on most likely means the namesake mentioned last. The metadata
// (the attendance list) is not a place: it names everyone, in an order
// that says nothing of who speaks next.
func collectMentions(blocks []block, shapes []shape, reg *registry) {
	fn := firstNames{byFirst: make(map[string][]string)}
	for _, n := range reg.names {
		first, _, _ := strings.Cut(n, " ")
		if first == "" {
			continue // a name the registry should not hold; never index out of range
		}
		fn.byFirst[first] = append(fn.byFirst[first], n)
		if isUpperByte(first[0]) && len(first) < 64 {
			fn.lens[first[0]-'A'] |= 1 << len(first)
		}
	}
	for i := range blocks {
		if blocks[i].kind == kCode || i < len(shapes) && shapes[i].role == rMeta {
			continue
		}
		for _, l := range blocks[i].lines {
			mentionsIn(l, i, &fn, reg)
		}
	}
}

// firstNames indexes the registry's full names by first name. lens holds,
// per initial capital, a bit for each length of a first name with that
// initial: most capitalised words are rejected by it without hashing.
type firstNames struct {
	byFirst map[string][]string
	lens    [26]uint64
}

// mentionsIn records the known full names written in l: at each
// capitalised word that is somebody's first name, the full name must
// follow. One pass over the bytes, as this runs over every word.
func mentionsIn(l string, pos int, fn *firstNames, reg *registry) {
	for i := 0; i < len(l); i++ {
		// Only a capital can start a name: eight bytes with none are
		// passed at once (most of the text is lower case).
		for i+8 <= len(l) && upperBytes(binary.LittleEndian.Uint64([]byte(l[i:i+8]))) == 0 {
			i += 8
		}
		if i >= len(l) {
			break
		}
		if !isUpperByte(l[i]) || i > 0 && isWordByte(l[i-1]) {
			continue
		}
		j := i + 1
		for j < len(l) && isWordByte(l[j]) {
			j++
		}
		if j-i >= 64 || fn.lens[l[i]-'A']&(1<<(j-i)) == 0 {
			i = j
			continue
		}
		for _, n := range fn.byFirst[l[i:j]] {
			if strings.HasPrefix(l[i:], n) {
				reg.addFull(n, pos)
			}
		}
		i = j
	}
}

// isWordByte reports a byte that can be inside a name word: a letter, a
// hyphen, an apostrophe, or part of a multi-byte letter.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '\'' || c >= 0x80
}
