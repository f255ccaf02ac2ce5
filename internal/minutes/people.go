package minutes

import (
	"encoding/binary"
	"strings"
)

// collectPeople fills the registry before turns are cut: legends
// ("EKR: Eric Rescorla"), attendee lists ("Yehuda Katz (YK)"), attendee
// tables ("| Name | Abbreviation | Organization |") and every full name in a
// speaker position, with its block position.
func collectPeople(blocks []block, shapes []shape, reg *registry) {
	for i := range blocks {
		b := &blocks[i]
		if b.kind == kCode || b.kind == kBreak {
			continue
		}
		for li := range b.lines {
			collectLine(b, li, i, reg)
		}
		if b.kind == kItem && len(b.lines) == 1 && (i < len(shapes) && shapes[i].role == rMeta || underRosterItem(blocks, i)) {
			// "- Ansgar Dietrichs" under "## Attendees", also at the end,
			// with an organisation after it ("Brendan Burns [Microsoft]").
			n := b.lines[0]
			if i := strings.IndexAny(n, "([{"); i > 0 {
				n = strings.TrimSpace(n[:i])
			}
			if isBareName(n) {
				reg.addFull(n, -1)
			}
		}
		if len(b.lines) > 1 && (isRollCall(b) || isRosterCaption(b.lines[0])) {
			for _, l := range b.lines {
				if isBareName(l) && !reg.surnameRow(l) {
					reg.addFull(l, -1) // an attendee list, one name per line
				}
			}
		}
		if lab, ok := b.label(0); ok && lab.kind == lPerson {
			reg.labelBlocks = append(reg.labelBlocks, b)
		}
	}
	// Reported speech after every roster and label is read, so that a
	// subject known only by the attendance list at the end counts.
	inline := map[string][]int{}
	for i := range blocks {
		if b := &blocks[i]; b.kind != kCode && b.kind != kBreak {
			collectReported(b, i, reg, inline)
		}
	}
	// A label inside a line ("… this week.  Fish: 51?") names a speaker
	// when the document uses it so more than once, or it is a full name:
	// "Reminder:" and "Hands:" appear once.
	for name, at := range inline {
		if len(at) >= 2 || countWords(name) >= 2 {
			for _, pos := range at {
				reg.addFull(name, pos)
				reg.use(name)
			}
		}
	}
	collectMentions(blocks, reg)
}

// collectMentions records every place a known full name is written, in
// any position ("* Endian Issues (Martin Thomson)"): a bare first name
// later on most likely means the namesake mentioned last.
func collectMentions(blocks []block, reg *registry) {
	fn := firstNames{byFirst: make(map[string][]string)}
	for _, n := range reg.names {
		first, _, _ := strings.Cut(n, " ")
		fn.byFirst[first] = append(fn.byFirst[first], n)
		if isUpperByte(first[0]) && len(first) < 64 {
			fn.lens[first[0]-'A'] |= 1 << len(first)
		}
	}
	for i := range blocks {
		if blocks[i].kind == kCode {
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

// collectLine registers the people one line names.
func collectLine(b *block, li, pos int, reg *registry) {
	l := b.lines[li]
	if strings.HasPrefix(l, "|") {
		collectTableRow(l, reg)
		return
	}
	if short, full, ok := legendEntry(l); ok {
		reg.addAlias(short, full)
		reg.addFull(full, -1)
		return
	}
	for _, e := range parenEntries(l) {
		reg.addParenAlias(e[1], e[0])
		reg.addFull(e[0], -1)
	}
	if name := rollCallName(l); name != "" {
		reg.addFull(name, -1)
	}
	if name := memberEntry(l); name != "" {
		reg.addFull(name, -1) // "Thomson, Hon. Andrew NDP Regina South"
	}
	if name := presentedBy(l); name != "" {
		reg.addFull(name, pos) // "Presentation by Hannes Tschofenig" explains "Hannes"
	}
	lab, labOK := b.label(li)
	if labOK && (isRoster(lab, l) || isChatRoster(lab, l)) {
		for _, n := range strings.Split(stripParens(l[lab.textStart:]), ",") {
			if n = chatName(strings.TrimSpace(n)); isPersonName(n) {
				reg.addFull(n, -1) // "Present: Ada Nwosu, ..." explains "Ada:"
			}
		}
		return
	}
	if name, ok := commaOpener(l); ok && startsRow(b, li) && strings.Contains(name, " ") && !labOK {
		reg.addFull(name, pos) // "Jana Iyengar, the state is ...": explains a later "Jana,"
	}
	if labOK && lab.kind == lPerson && lab.bracket {
		reg.bracketLabels++
	} else if labOK && lab.kind == lPerson && lab.bold && int(lab.textStart) == len(l) {
		reg.nameLines++
	}
	if labOK && lab.kind == lPerson {
		reg.addFull(lab.name, pos)
		reg.use(lab.name)
		reg.labels++
		if isNick(lab.name) {
			reg.nicks++
		}
	}
}

// collectReported registers the speakers of reported speech in b, and
// counts the labels inside its lines in inline.
func collectReported(b *block, pos int, reg *registry, inline map[string][]int) {
	for li := range b.logicalLines() {
		for _, st := range b.sentences(li) {
			if st.kind == sLabel && st.cut > 0 {
				inline[st.lab.name] = append(inline[st.lab.name], pos)
			}
			if st.kind == sReported && st.r.kind == lPerson && (!st.r.weak || reg.person(st.r.name, pos)) {
				reg.addFull(st.r.name, pos)
				reg.use(st.r.name)
				reg.prose++
			}
		}
	}
}

// memberEntry reads a line of a legislature's list of members, surname
// first, then the given name (after a title), then the party in
// capitals ("Cheveldayoff, Ken SP Saskatoon Silver Springs", "Van
// Mulligen, Hon. Harry NDP Regina Douglas Park"), and returns the name in
// reading order ("Harry Van Mulligen"), or "".
func memberEntry(l string) string {
	c := strings.IndexByte(l[:min(len(l), 30)], ',')
	if c <= 0 || !isUpperByte(l[0]) && l[0] < 0x80 {
		return ""
	}
	surname := l[:c]
	if !isPersonName(surname) || countWords(surname) > 2 {
		return ""
	}
	rest := strings.TrimSpace(l[c+1:])
	if w, next := nextWord(rest, 0); titleWords.hasFold(w) {
		rest = rest[next:]
	}
	// The given name and initials, up to the party in capitals.
	end := 0
	for pos, words := 0, 0; pos < len(rest) && words < 3; words++ {
		w, next := nextWord(rest, pos)
		if len(w) >= 2 && len(w) <= 5 && isAllUpper(w) && !strings.HasSuffix(w, ".") {
			if end == 0 || !isPersonName(rest[:end]) {
				return ""
			}
			return strings.TrimSpace(rest[:end]) + " " + surname
		}
		if !isNameWord(w) && !isInitialDot(w) {
			return ""
		}
		end = pos + len(w)
		pos = next
	}
	return ""
}

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

// initialOf reports that c (upper case) is the initial of one of the
// words of name, or of a part of a hyphenated one ("Tobin-Hochstadt").
func initialOf(name string, c byte) bool {
	for i := 0; i < len(name); i++ {
		if (i == 0 || name[i-1] == ' ' || name[i-1] == '-') && upperByte(name[i]) == c {
			return true
		}
	}
	return false
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

// collectTableRow reads "| Full Name | ABBR | Org |" rows.
func collectTableRow(l string, reg *registry) {
	cells := strings.Split(strings.Trim(l, "|"), "|")
	if len(cells) < 2 {
		return
	}
	full := strings.TrimSpace(cells[0])
	short := strings.TrimSpace(cells[1])
	if countWords(full) >= 2 && isPersonName(full) {
		reg.addFull(full, -1)
		if isInitials(short) {
			reg.addAlias(short, full)
		}
	}
}

// wordCount counts the space-separated words of lines.
func wordCount(lines []string) int {
	n := 0
	for _, l := range lines {
		n += countWords(l)
	}
	return n
}

// labelLines counts the lines that open a turn (at least one).
func labelLines(b *block) int {
	n := 0
	for i := range b.lines {
		if b.opensTurn(i) {
			n++
		}
	}
	return max(n, 1)
}

// rollCallName reads the full name that opens a roll-call line ("Alissa
// Cooper (Cisco) / IETF Chair", "Jim Reid, RTFM"), so that the first
// names used as labels later resolve to it.
func rollCallName(l string) string {
	// splitName starts a name only at a word that opens with a capital
	// or a non-ASCII letter (isNameWord), so a line whose first word
	// does not is no roll-call line: one byte decides most lines.
	if !mayStartName(l) {
		return ""
	}
	if strings.IndexByte(l, '(') < 0 && strings.IndexByte(l, '/') < 0 && !hasDashRole(l) {
		return "" // the cheap test first: this runs on every line
	}
	name, n := splitName(l)
	if countWords(name) < 2 || mixedCaps(name) {
		return ""
	}
	if rest := l[n:]; strings.HasPrefix(rest, " (") || strings.HasPrefix(rest, " / ") || dashRole(rest) != "" {
		return name
	}
	return ""
}

// mayStartName reports whether splitName can read a name in s: its first
// word (after spaces, as nextWord reads it) must open with a capital or a
// non-ASCII byte, or isNameWord rejects it and the name is empty.
func mayStartName(s string) bool {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i < len(s) && (isUpperByte(s[i]) || s[i] >= 0x80)
}

// hasDashRole reports a spaced dash in l, as a roster puts between a
// name and a role: the cheap test before reading one.
func hasDashRole(l string) bool {
	if len(l) > 120 {
		return false // a roster line is a name and a few words
	}
	// Search for the dash, not the space: spaces are everywhere. The
	// next '-' and the next 0xE2 (which leads "–" and "—" in UTF-8) are
	// each found by IndexByte and kept until passed, so the dashes are
	// visited in order as a byte loop over both would, at a fraction of
	// its cost (this runs on most lines).
	dash, lead := -1, -1
	for i := 0; i < len(l); {
		dash = nextByteAt(l, '-', i, dash)
		lead = nextByteAt(l, 0xE2, i, lead)
		if min(dash, lead) >= len(l) {
			return false
		}
		i = min(dash, lead)
		w := 1
		if l[i] == 0xE2 {
			w = 3
		}
		if i > 0 && l[i-1] == ' ' && i+w < len(l) && l[i+w] == ' ' {
			return true
		}
		i += w
	}
	return false
}

// nextByteAt returns the offset of the first c in l at or after i, or
// len(l), given last, the answer for an earlier i (or -1): while last is
// still ahead of i it stands.
func nextByteAt(l string, c byte, i, last int) int {
	if last >= i {
		return last
	}
	if k := strings.IndexByte(l[i:], c); k >= 0 {
		return i + k
	}
	return len(l)
}

// dashRole reads the role after a name in a roster line written with a
// dash ("Pat Thaler – Vice Chair", "Bruce Kraemer - 802.11 WG Chair"):
// a few words, not a sentence. A comma may join the office to its body
// ("Chair, 802.3 WG"). It returns "" when rest is not one.
func dashRole(rest string) string {
	for _, m := range []string{" – ", " — ", " - "} {
		if r, ok := strings.CutPrefix(rest, m); ok {
			r = strings.TrimSpace(r)
			if r == "" || len(r) > 60 || countWords(r) > 6 || strings.ContainsAny(r, ":;!?") || strings.HasSuffix(r, ".") {
				return ""
			}
			if isUpperByte(r[0]) || r[0] >= '0' && r[0] <= '9' {
				return r
			}
		}
	}
	return ""
}

// presentedBy returns the full name in a line announcing a talk
// ("Presentation by Hannes Tschofenig"), or "".
func presentedBy(l string) string {
	w, _ := nextWord(l, 0)
	if !presentingWords.hasFold(w) {
		return ""
	}
	sent := strings.TrimRight(strings.TrimSpace(firstSentence(l)), ".: ")
	by := strings.LastIndex(sent, " by ")
	if by < 0 {
		return ""
	}
	if name := sent[by+4:]; countWords(name) >= 2 && isPersonName(name) {
		return name
	}
	return ""
}

// startsRow reports a line that starts afresh: the first of its block, or
// one after a line that ended a sentence or a label.
func startsRow(b *block, li int) bool {
	if li == 0 {
		return true
	}
	p := b.lines[li-1]
	return p != "" && strings.IndexByte(".?!:", p[len(p)-1]) >= 0
}

// underRosterItem reports a list item nested under an item that
// captions a roster ("* **Attendees**" over "    * Brendan Burns").
func underRosterItem(blocks []block, i int) bool {
	lvl := blocks[i].level
	for j := i - 1; j >= 0 && j >= i-40; j-- {
		p := &blocks[j]
		if p.kind != kItem {
			return false
		}
		if p.level < lvl {
			c := strings.ToLower(strings.TrimRight(cleanTitle(p.lines[0]), ": "))
			return rosterHeadings.has(c)
		}
	}
	return false
}

// isRosterCaption reports a line that captions the names under it:
// "Directors Present:", "Guests:", "Regrets:".
func isRosterCaption(l string) bool {
	key, ok := strings.CutSuffix(strings.TrimSpace(l), ":")
	if !ok || len(key) > 40 {
		return false
	}
	last := key[strings.LastIndexByte(key, ' ')+1:]
	return rosterHeadings.has(strings.ToLower(last))
}
