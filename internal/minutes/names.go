package minutes

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// notNameWords are capitalised words that start sentences, labels and
// headings in minutes but are never part of a person's name. A label such as
// "Decision:" or "Status Update:" must not become a speaker.
var notNameWords = wordSet(`the a an this that these those there here it its he she they we i you
our their his her my your one all some any no not yes ok okay also and or but so if then when
while after before during since as at by for from in into of on to with about via per
what why how who which where whether
action actions item items issue issues decision decisions resolved resolution resolutions
conclusion conclusions consensus summary outcome outcomes result results poll polls hum hums
proposal proposals question questions answer answers comment comments note notes status update
updates topic topics discussion discussions goal goals context chat design conflict case use
security tooling scope key document documents draft drafts slide slides agenda minutes time
date location place venue presenter presenters presentation presentations scribe scribes
present regrets attendees participants video recording audio link links see url todo
next previous new old other general open closed current plan plans review reviews overview
background introduction intro motivation problem problems solution solutions requirement
requirements example examples approach approaches option options feedback concern concerns
point points implementation implementations performance test tests testing deployment
chairs chair session sessions meeting meetings working group wg bof ietf rfc irtf iab iesg
motion motions amendment amendments clause clauses council councils committee committees
division divisions petition petitions ballot ballots vote votes
http https quic tls dns api ip tcp udp
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
morning afternoon evening day week today tomorrow yesterday
first second third last final total break lunch welcome thanks thank
editor editors author authors ad ads area director directors
agreed proposed conclusion/resolution consensus/resolution
support supports supported objection objections report reports reporting
however allowed disallowed experts filed quasi literal literals
staff everyone everybody nobody board boards directors delegates delegation secretariat
officer officers executive additional
mechanism mechanisms rationale observation observations idea ideas risk risks benefit benefits tradeoff tradeoffs
caveat caveats assumption assumptions limitation limitations recommendation recommendations suggestion suggestions
alternative alternatives finding findings analysis method methods clarification
wrap up wrap-up administrivia logistics charter milestones adoption
let please make tell send check keep remove move use get give take put try
sir madam madame honourable honorable
yeah yep yup nope hello hey sorry hmm sure cool great having being`)

// countWords counts the space-separated words of s without allocating,
// for the many "is this one word or several" tests on the hot path.
func countWords(s string) int {
	n, in := 0, false
	i := 0
	// Eight bytes at a time: a word starts at a non-space byte whose
	// predecessor is a space (or the start of s).
	prevSpace := uint64(0x80) // the start of s counts as a space
	for ; i+8 <= len(s); i += 8 {
		x := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		sp := zeroBytes(x^(' '*lowBits)) | zeroBytes(x^('\t'*lowBits)) | zeroBytes(x^('\n'*lowBits))
		starts := ^sp & highBits & (sp<<8 | prevSpace)
		n += bits.OnesCount64(starts)
		prevSpace = sp >> 56 & 0x80
	}
	in = prevSpace == 0
	for ; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

const (
	lowBits  = 0x0101010101010101
	highBits = 0x8080808080808080
)

// upperBytes sets the high bit of each byte of x that is an ASCII
// capital 'A'..'Z', exactly: each byte's low seven bits are compared by
// adding a bias that cannot carry into the next byte, and a byte from
// 0x80 up (its own high bit set in x) is no capital.
func upperBytes(x uint64) uint64 {
	low := x & (0x7F * lowBits)
	geA := low + (0x80-'A')*lowBits   // high bit: at least 'A'
	gtZ := low + (0x80-'Z'-1)*lowBits // high bit: above 'Z'
	return geA &^ gtZ &^ x & highBits
}

// zeroBytes sets the high bit of each byte of x that is zero, exactly
// (no borrow between bytes).
func zeroBytes(x uint64) uint64 {
	y := (x & 0x7F7F7F7F7F7F7F7F) + 0x7F7F7F7F7F7F7F7F
	return ^(y | x | 0x7F7F7F7F7F7F7F7F)
}

// nameParticles may sit inside a name in lower case ("Tom van Cutsem").
var nameParticles = wordSet(`van von de der den da di du la le del della dos das bin al el st st. y i`)

// isNameWord reports a word that can be part of a personal name: it starts
// with an upper-case letter, holds only letters, hyphens, apostrophes and
// dots, and is not a common word that starts sentences.
func isNameWord(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' && w[0] < 0x80 {
		return false // the common case, decided by the first byte
	}
	if asciiNameWord(w) {
		return !strings.HasSuffix(w, "n't") && !strings.HasSuffix(w, "'s") && !isContraction(w) && !notNameWords.hasFold(strings.TrimRight(w, ".")) &&
			!(len(w) <= 8 && verbWords.hasFold(w) && !isAllUpper(w))
	}
	r, size := utf8.DecodeRuneInString(w)
	if size == 0 || !unicode.IsUpper(r) {
		return false
	}
	letters := 0
	for _, c := range w {
		switch {
		case unicode.IsLetter(c):
			letters++
		case c == '-' || c == '\'' || c == '’' || c == '.':
		default:
			return false
		}
	}
	if letters == 0 || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") || strings.HasSuffix(w, "’s") || isContraction(w) {
		return false // no name ends like "Haven't"; "Chunhapanya’s PR" is a thing
	}
	return !notNameWords.hasFold(strings.TrimRight(w, "."))
}

// verbWords are verbs, conjunctions and adverbs that capitalised open a
// sentence ("F Are all students opposed…", "Because of this…", "Always
// feels kind of weird") and are nobody's name; written in capitals they
// are initials ("**IS:**" for Isaac Schlueter), which isNameWord leaves
// to the caller.
var verbWords = wordSet(`are is was were been being does did could would should shall might must
because although unless until half always never maybe perhaps probably definitely usually`)

// isContraction reports a pronoun run into its verb ("I’ve", "We're",
// "I'd", "I'm", "They'll"): a sentence's subject, never a name.
func isContraction(w string) bool {
	n := len(w)
	if n < 3 {
		return false
	}
	switch w[n-1] | 0x20 { // the cheap test first: most words end otherwise
	case 'e', 'l', 'd', 'm':
	default:
		return false
	}
	i, size := strings.LastIndexByte(w, '\''), 1
	if i < 0 {
		// "’" is E2 80 99: find its last byte, then check the two before.
		if j := strings.LastIndexByte(w, 0x99); j >= 2 && w[j-2] == 0xE2 && w[j-1] == 0x80 {
			i, size = j-2, 3
		}
	}
	if i <= 0 {
		return false
	}
	switch strings.ToLower(w[i+size:]) {
	case "ve", "re", "ll", "d", "m":
		return true
	}
	return false
}

// asciiNameWord reports an ASCII word that starts with a capital and
// holds only letters, hyphens, apostrophes and dots: the fast path of
// isNameWord, which handles every other word.
func asciiNameWord(w string) bool {
	if w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '\'' || c == '.') {
			return false
		}
	}
	return true
}

// inSetKey looks up a label in a set of keys, a multi-word label with
// its words joined by '-' in lower case ("Next Steps" finds "next-steps"),
// building the key in a stack buffer: this runs on every label candidate.
func inSetKey(set *wordTable, c string) bool {
	if strings.IndexByte(c, ' ') < 0 {
		return set.hasFold(c)
	}
	if w, _ := nextWord(c, 0); !keyHeads.hasFold(w) {
		return false // most labels with spaces are names, no key starts so
	}
	var buf [64]byte
	n := 0
	for pos := 0; pos < len(c); {
		w, next := nextWord(c, pos)
		if w == "" || next <= pos {
			break
		}
		if n > 0 {
			if n >= len(buf) {
				return false
			}
			buf[n] = '-'
			n++
		}
		for i := 0; i < len(w); i++ {
			ch := w[i]
			if ch >= 0x80 || n >= len(buf) {
				return false // the sets hold ASCII keys only
			}
			if ch >= 'A' && ch <= 'Z' {
				ch += 'a' - 'A'
			}
			buf[n] = ch
			n++
		}
		pos = next
	}
	return set.has(string(buf[:n]))
}

// isInitials reports an all-capitals short token such as "EKR" or "MT",
// the way transcripts abbreviate speakers.
func isInitials(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return !notNameWords.hasFold(w)
}

// isNick reports a handle that starts in lower case, such as "mt",
// "mnot" or "alexT", used as a label.
func isNick(w string) bool {
	if len(w) < 2 || len(w) > 12 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return !notNameWords.hasFold(w) && !commonLower.hasFold(w)
}

// commonLower are lower-case words that start "word: text" lines without
// being anyone's handle.
var commonLower = wordSet(`note notes todo fixme update eg ie example see also re question answer
issue action decision result results conclusion proposal summary status comment comments
slide slides rationale reason problem goal pros cons yes no ok consensus hum agenda minutes
ps nb aside context discussion next then now later result outcome`)

// splitName reads a personal name at the start of s: up to five name
// words, allowing particles and initials inside. It returns the name and
// the number of bytes it spans, or "" when s does not start with a name.
func splitName(s string) (string, int) {
	pos, words, end := 0, 0, 0
	for words < 5 && pos < len(s) {
		w, next := nextWord(s, pos)
		if w == "" {
			break
		}
		bare := trimRightAny(w, ",;:")
		if len(bare) != len(w) {
			if isNameWord(bare) || (words > 0 && isInitialDot(bare)) {
				end = pos + len(bare)
				words++
			}
			break
		}
		switch {
		case isNameWord(w), words > 0 && isInitialDot(w):
		case words > 0 && nameParticles.has(w) && next < len(s):
			nw, _ := nextWord(s, next)
			if !isNameWord(nw) {
				return trimName(s, end, words)
			}
		default:
			return trimName(s, end, words)
		}
		words++
		end = pos + len(w)
		pos = next
		if len(w) > 2 && w[len(w)-1] == '.' && !titleWords.hasFold(w) && !abbreviations.hasFold(w[:len(w)-1]) && !dottedInitials(w) {
			break // "Yeah. Can you hear me": the dot ended a sentence
		}
	}
	return trimName(s, end, words)
}

// trimName returns the name splitName read (s up to end), or nothing
// when it read no word.
func trimName(s string, end, words int) (string, int) {
	if words == 0 {
		return "", 0
	}
	return s[:end], end
}

// dottedInitials reports initials run together ("E.W.", "J.F."), which
// open a name as a first name would ("Mr E.W. Barker").
func dottedInitials(w string) bool {
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if !isInitialDot(w[i : i+2]) {
			return false
		}
	}
	return true
}

// isInitialDot reports a middle initial such as "B.".
func isInitialDot(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// wordBreaks has a bit for each byte that ends a word in nextWord.
const wordBreaks uint64 = 1<<' ' | 1<<'\n' | 1<<'\t'

// nextWord returns the space-delimited word at pos and the start of the
// following word. Most bytes are above the space, decided by one compare.
func nextWord(s string, pos int) (string, int) {
	for pos < len(s) && s[pos] == ' ' {
		pos++
	}
	end := pos
	for end < len(s) && (s[end] > ' ' || wordBreaks&(1<<s[end]) == 0) {
		end++
	}
	next := end
	for next < len(s) && (s[next] == ' ' || s[next] == '\t') {
		next++
	}
	return s[pos:end], next
}

// everyWord asks ok of each word of s in turn, with its 1-based index,
// and returns the number of words, or -1 at the first word ok refuses:
// the walk the title-shape tests share.
func everyWord(s string, ok func(w string, n int) bool) int {
	n := 0
	for pos := 0; pos < len(s); {
		w, next := nextWord(s, pos)
		if next <= pos || w == "" {
			break
		}
		pos = next
		n++
		if !ok(w, n) {
			return -1
		}
	}
	return n
}

// isAllLower reports a word with no upper-case ASCII letter.
func isAllLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return false
		}
	}
	return true
}
