package minutes

import (
	"cmp"
	"iter"
	"slices"
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
			n := strings.TrimSpace(stripLinks(b.lines[0])) // "[Karl Williamson](https://github.com/khwilliamson)"
			if i := strings.IndexAny(n, "([{"); i > 0 {
				n = strings.TrimSpace(n[:i])
			}
			if i := strings.Index(n, ", "); i > 0 {
				n = n[:i] // "Will Rideout, Arista (Voting Member)"
			}
			if isBareName(n) {
				reg.addFull(n, -1)
			} else if isNameWord(n) && !isInitials(n) {
				reg.listedAlone[reg.lower(n)] = true // "- [Sawyer](https://github.com/xsawyerx)"
			}
		}
		if i < len(shapes) && shapes[i].role == rMeta {
			for _, l := range b.lines {
				addTitledList(reg, l)
			}
		}
		if len(b.lines) > 1 && (isRollCall(b) || isRosterCaption(b.lines[0])) {
			for _, l := range b.lines {
				if isBareName(l) && !reg.surnameRow(l) {
					reg.addFull(l, -1) // an attendee list, one name per line
				}
			}
		} else if len(b.lines) > 1 {
			addCaptionedRoster(b.lines, reg)
		}
		if lab, ok := b.label(0); ok && lab.kind == lPerson {
			reg.labelBlocks = append(reg.labelBlocks, b)
			reg.labelAt = append(reg.labelAt, i)
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
	// In the order the names first appear, not the map's: the registry
	// breaks ties between names by the order it met them.
	names := make([]string, 0, len(inline))
	for name := range inline {
		names = append(names, name)
	}
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(inline[a][0], inline[b][0]), strings.Compare(a, b))
	})
	for _, name := range names {
		if at := inline[name]; len(at) >= 2 || countWords(name) >= 2 {
			for _, pos := range at {
				reg.addFull(name, pos)
				reg.use(name)
			}
		}
	}
	collectMentions(blocks, shapes, reg)
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
		addRoster(reg, rosterText(b, li, l[lab.textStart:])) // "Present: Ada Nwosu, ..." explains "Ada:"
		return
	}
	if names, ok := captionedNames(l); ok && !labOK {
		addRoster(reg, names) // "Directors Present: Melanie Davies, …" explains "Melanie"
		return
	}
	if name, ok := commaOpener(l); ok && startsRow(b, li) && strings.Contains(name, " ") && !labOK {
		reg.addFull(name, pos) // "Jana Iyengar, the state is ...": explains a later "Jana,"
	}
	if labOK && lab.kind == lPerson {
		if names := l[lab.textStart:]; fullNameList(names) {
			// "Bellwether Housing: Susan Boyd (CEO), Richard Loo (…)":
			// a roster's entry by organisation; nobody speaks a list of
			// full names.
			for n := range listEntries(names) {
				reg.addFull(n, -1)
			}
			return
		}
	}
	if labOK && lab.kind == lPerson && lab.bracket {
		reg.bracketLabels++
	} else if labOK && lab.kind == lPerson && lab.bold && int(lab.textStart) == len(l) {
		reg.nameLines = append(reg.nameLines, lab.name)
	} else if labOK && lab.kind == lPerson && lab.bold {
		reg.boldLabels++
	} else if labOK && lab.kind == lKey && lab.bold && handleShaped(lab.name) {
		reg.boldKeys[reg.lower(lab.name)]++
	}
	if labOK && lab.kind == lPerson {
		reg.addFull(lab.name, pos)
		reg.use(lab.name)
		reg.labels++
		if isNick(lab.name) {
			reg.nickNames = append(reg.nickNames, lab.name)
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
			return rosterHeadings.hasLower(strings.TrimRight(cleanTitle(p.lines[0]), ": "))
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

// fullNameList reports a list of two or more full names ("Lincoln
// Ferris, Terrence Hsiao, Gregory Hinton"). It runs on every labelled
// line, so a line is ruled out before anything is allocated: the first
// entry must be a full name, and there must be a second.
func fullNameList(s string) bool {
	if len(s) > 400 || s == "" || !(isUpperByte(s[0]) || s[0] >= 0x80) {
		return false
	}
	// The first entry is a name, so a comma or an "and" comes early: most
	// lines of speech are ruled out here.
	if head := s[:min(len(s), 64)]; strings.IndexByte(head, ',') < 0 && !strings.Contains(head, " and ") {
		return false
	}
	n := 0
	for p := range listEntries(s) {
		if w := countWords(p); w < 2 || w > 5 || !isPersonName(p) {
			return false
		}
		n++
	}
	return n >= 2
}

// listEntries yields the entries of a list of people separated by
// commas and "and", without what each adds in parentheses ("Susan Boyd
// (CEO), Richard Loo and Mindy Black" yields three names).
func listEntries(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for s != "" {
			end, next := len(s), len(s)
			if c := strings.IndexByte(s, ','); c >= 0 {
				end, next = c, c+1
			}
			if a := strings.Index(s[:end], " and "); a >= 0 {
				end, next = a, a+len(" and ")
			}
			if p := strings.TrimSpace(cutParen(s[:end])); p != "" && !yield(p) {
				return
			}
			s = s[next:]
		}
	}
}

// addRoster registers the people of a roster line's list ("Ada Nwosu,
// Felix_Moreau (chair), Town Manager Andrew Dorsett"): each entry that is
// a name, as the chat spelling, the office and the aside leave it.
func addRoster(reg *registry, list string) {
	for _, n := range strings.Split(stripParens(stripLinks(strings.TrimRight(list, ". "))), ",") {
		n = rosterHolder(chatName(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(n), "and ")))) // "…, and Chuck Pavlik"
		switch {
		case !isPersonName(n) || innerTitle(n):
		case strings.Contains(n, " "):
			reg.addFull(n, -1)
		case !isInitials(n):
			reg.listedAlone[reg.lower(n)] = true // "Attendees: Bob, Florian, Gilad"
		}
	}
}

// cutParen drops what a list entry adds in parentheses after the name
// ("Susan Boyd (CEO)").
func cutParen(s string) string {
	if open := strings.IndexByte(s, '('); open > 0 {
		return s[:open]
	}
	return s
}

// captionedNames returns the names after a roster's caption of several
// words on the same line ("Directors Present: Melanie Davies, Mike
// Cuadra", "General Members Present: …"), which is no label of one word
// or role, when they are a list of names.
func captionedNames(l string) (string, bool) {
	c := strings.IndexByte(l[:min(len(l), 42)], ':')
	if c <= 0 || !strings.Contains(l[:c], " ") || !isRosterCaption(l[:c+1]) {
		return "", false
	}
	names := rosterSentence(strings.TrimSpace(l[c+1:]))
	return names, isNameList(rosterHolders(stripParens(names)))
}

// addTitledList reads an attendance line that puts a plural title before
// its names ("Councillors Alun Davies, Arwel Davies, Owen Williams and
// County Councillor Joseph Davies."), so that "Cllr O Williams" later
// resolves to Owen Williams.
func addTitledList(reg *registry, l string) {
	w, rest, ok := strings.Cut(strings.TrimSpace(l), " ")
	if !ok || !pluralTitles.hasFold(w) {
		return
	}
	rest = strings.TrimRight(rest, ". ")
	for _, part := range strings.Split(strings.ReplaceAll(rest, " and ", ", "), ", ") {
		if n := bareName(strings.TrimPrefix(strings.TrimSpace(part), "County ")); countWords(n) >= 2 && isBareName(n) {
			reg.addFull(n, -1)
		}
	}
}

// pluralTitles open a list of the members present.
var pluralTitles = wordSet(`councillors cllrs members directors commissioners senators trustees governors aldermen messrs`)

// addCaptionedRoster reads a roll call printed inside a paragraph, under
// its caption, one member per line with the office after a comma:
//
//	Roll Call
//	Present:
//	Paula Villescaz, president
//	Michael McKibbin, Ed.D., vice president
//
// (a school board's minutes converted from print). The list ends at the
// first line that does not open with a name.
func addCaptionedRoster(lines []string, reg *registry) {
	for i, l := range lines {
		if !isRosterCaption(l) {
			continue
		}
		for _, m := range lines[i+1:] {
			name, _, _ := strings.Cut(m, ",")
			if name, _, _ = strings.Cut(name, " ("); !isBareName(strings.TrimSpace(name)) {
				break
			}
			reg.addFull(strings.TrimSpace(name), -1)
		}
		return
	}
}

// rosterText is the list of names after a roster's label on line li of
// b, with the lines that continue it: a paragraph wraps a long
// attendance ("Present: Esme Clark, Danny O'Neill, …," then "Robert
// Preston, Gina Preston, …" on the next lines) until a line opens with a
// label of its own.
func rosterText(b *block, li int, text string) string {
	if b.kind != kPara || li+1 >= len(b.lines) {
		return text
	}
	parts := []string{text}
	for j := li + 1; j < len(b.lines); j++ {
		if _, ok := b.label(j); ok {
			break
		}
		parts = append(parts, b.lines[j])
	}
	return strings.Join(parts, " ")
}
