package minutes

import (
	"sort"
	"strings"
)

// registry holds the people one document names, to resolve short forms
// (initials, handles, first names, surnames) to one full name. Legends and
// attendee lists give explicit aliases; full names seen in speaker positions
// (labels, reported speech) are mentions with a position, so that an
// ambiguous first name resolves to the person last mentioned.
type registry struct {
	alias    map[string]string   // lower-cased alias -> full name
	names    []string            // distinct full names in order of first mention
	mentions map[string][]int    // full name -> block positions of its mentions
	matches  map[string][]string // memo: lower-cased short form -> full names
	known    []string            // KnownSpeakers hints
	// uses counts how often a one-word name is used as a label or as the
	// subject of reported speech: a word used once ("Re-charter:") is more
	// likely a topic than a person.
	uses map[string]int
	// labels and prose count speaker labels and sentences of reported
	// speech: which style the document is written in decides whether an
	// unlabeled paragraph continues the last speaker.
	labels, prose int
	// spoke holds, for each full name, the block where it last took a
	// turn, and itemStart the block of the current agenda item's heading:
	// a first name two people share means the one who has been speaking
	// in this item (see speakerAmong).
	spoke     map[string]int
	itemStart int
	// nickNames are the labels that are lower-case handles ("mnot:"), in
	// order: in a document that has them, a handle after a full stop
	// inside a line is a turn even when it is used only there.
	nickNames []string
	// nickForm memoises handleForm, as nameForm does nameLineForm.
	nickForm int8
	// bracketLabels and nameLines count the labels written "[name] text"
	// and the bold names alone on a line over a turn: a document that
	// writes its speakers so several times writes every speaker so, and
	// a name used once in that form is a speaker too (see formUsed).
	bracketLabels int
	nameLines     []string
	// nameForm memoises nameLineForm: 0 not yet measured, 1 yes, -1 no.
	nameForm int8
	// listedAlone holds the one-word names of the attendance list, in
	// lower case ("- Sawyer" among full names).
	listedAlone map[string]bool
	// boldLabels counts the bold labels over a turn's text ("**Greg:**
	// Suggested …"): minutes that write their speakers so throughout
	// write so the one who speaks once ("**Stowell**: Identified …").
	boldLabels int
	// boldKeys counts, per lower-cased key, the bold labels read as a
	// topic's key for their shape alone ("**evenstensberg:**", longer
	// than a nick); see boldHandle.
	boldKeys map[string]int
	// parenOwner and bodyTags track "Name (TSC)" entries whose short form
	// is shared by several names: a body, not initials (addParenAlias).
	parenOwner map[string]string
	bodyTags   map[string]bool
	// labelBlocks are the blocks that open with a speaker label: long
	// turns mark a verbatim transcript. Their words are counted only when
	// a paragraph needs the answer (see verbatim), which most never do.
	labelBlocks []*block
	labelAt     []int // the index in blocks of each of labelBlocks
	isVerbatim  int8  // 0 not yet measured, 1 verbatim, -1 not
	isPrinted   int8  // printedLines, measured the same way
	isSteno     int8  // the same for stenographic
	isComma     int8  // the same for commaStyle
	// offices maps an office ("provost") to the one person the document
	// names with it, read from blocks on the first question (holderOf).
	offices map[string]string
	// blocks are the document's blocks, for the measures of style.
	blocks []block
	// fixed memoises resolve for printed names whose full name does not
	// depend on where they are used (aliases, full names, a short form
	// with one namesake); it is cleared when a name is added.
	fixed map[string]string
	// shown memoises display forms of names printed in capitals, and text
	// is the document, where display looks for particles in lower case.
	shown map[string]string
	text  string
	// low memoises lower-case forms of the few names a document repeats
	// hundreds of times, to keep ToLower's copies off the hot path.
	low map[string]string
}

func newRegistry(known []string) *registry {
	return &registry{alias: make(map[string]string), known: known, uses: make(map[string]int), listedAlone: make(map[string]bool),
		mentions: make(map[string][]int), matches: make(map[string][]string), low: make(map[string]string),
		fixed: make(map[string]string), shown: make(map[string]string), spoke: make(map[string]int), boldKeys: make(map[string]int)}
}

// addAlias records that alias (initials, a handle) stands for full.
func (r *registry) addAlias(alias, full string) {
	alias = strings.ToLower(strings.TrimSpace(alias))
	if alias == "" || full == "" {
		return
	}
	if _, ok := r.alias[alias]; !ok {
		r.alias[alias] = full
		clear(r.fixed)
	}
}

// addFull records a full name (two or more words) seen at pos.
func (r *registry) addFull(name string, pos int) {
	// "The Temporary Speaker ( Hon. Alfred Mutai):" puts a space inside
	// the parenthesis; a name opening with one has no first word.
	name = strings.TrimSpace(name)
	if strings.IndexByte(name, ' ') < 0 || bareName(name) != name && countWords(bareName(name)) < 2 {
		return // "Ms Harper" is a surname with a title, not a full name
	}
	// "Vice-Provost Dario Ferrante" and "President Rob Bishop" in a roster
	// are Dario Ferrante and Rob Bishop.
	name = stripTitles(name)
	if h := rosterHolder(name); countWords(dropOffices(h)) > 1 {
		// "President Rob Bishop" is Rob Bishop; but "Vice Mayor Anderson"
		// keeps its office whole: no given name follows it.
		name = h
	}
	if isSurnameInitial(name[strings.LastIndexByte(name, ' ')+1:]) {
		return // "Martin T" is a short form, resolved against full names
	}
	ps, seen := r.mentions[name]
	if !seen {
		if canon := r.misspelt(name); canon != "" {
			// "Martin Thompson" two lines after "Martin Thomson": one
			// person, written as first written.
			r.addAlias(name, canon)
			r.addFull(canon, pos)
			return
		}
		r.names = append(r.names, name)
		clear(r.matches)
		clear(r.fixed)
	}
	i := sort.SearchInts(ps, pos)
	if i < len(ps) && ps[i] == pos {
		return
	}
	ps = append(ps, 0)
	copy(ps[i+1:], ps[i:])
	ps[i] = pos
	r.mentions[name] = ps
}

// addParenAlias records "Full Name (SHORT)" from an attendee list. The
// short form must start with the name's initial, and stand for no one
// else: "Shigeki Ohtsu (TSC)" and "Trevor Norris (TSC)" name a body the
// two belong to, while initials such as "Michael Saboff (MLS)" or
// "Jordan Harband (JHB)" need not spell the name.
func (r *registry) addParenAlias(short, full string) {
	key := strings.ToLower(short)
	if o, ok := r.parenOwner[key]; ok && o != full {
		r.markBodyTag(key)
		return
	}
	if r.parenOwner == nil {
		r.parenOwner = map[string]string{}
	}
	r.parenOwner[key] = full
	if !r.bodyTags[key] && upperByte(full[0]) == upperByte(short[0]) {
		r.addAlias(short, full)
	}
}

// markBodyTag forgets short as anyone's initials: several people carry it.
func (r *registry) markBodyTag(key string) {
	if r.bodyTags == nil {
		r.bodyTags = map[string]bool{}
	}
	r.bodyTags[key] = true
	delete(r.alias, key)
	clear(r.fixed)
}

// surnameRow reports a line of surnames of people the document names
// ("Elhard Cheveldayoff Stewart", a quorum count): two or more of its
// words are the surnames of different full names.
func (r *registry) surnameRow(l string) bool {
	n := 0
	for pos := 0; pos < len(l); {
		w, next := nextWord(l, pos)
		if next <= pos {
			break
		}
		pos = next
		for _, full := range r.names {
			if strings.HasSuffix(full, " "+w) {
				n++
				break
			}
		}
	}
	return n >= 2
}

// resolve returns the full name for a printed speaker name at pos, or the
// printed name when the document does not say more.
func (r *registry) resolve(printed string, pos int) string {
	if full, ok := r.fixed[printed]; ok {
		return full
	}
	p := strings.TrimSpace(printed)
	if p == "" {
		return p
	}
	if full, ok := r.alias[r.lower(p)]; ok {
		r.fixed[printed] = full
		return full
	}
	if b := bareName(p); b != p && countWords(b) == 1 {
		if full := r.resolve(b, pos); full != b {
			return full // "Ms Harper" is the Julie Harper named earlier
		}
	}
	// "Dean Smith" of the roster is Dean Smith, not an office and a surname.
	if b := dropOffices(p); b != p && countWords(b) == 1 && !r.listed(p) {
		if named := r.namedOnly(r.candidates(b)); len(named) == 1 && sameOffice(p, named[0]) {
			return named[0] // "Board President Bishop" is the Rob Bishop of the roll call
		}
		if w, _, _ := strings.Cut(p, " "); officeTitles.hasFold(w) || rankTitles.hasFold(w) {
			if full := r.resolve(b, pos); full != b && sameOffice(p, full) {
				return full // "Chair Jerdonek" is the Christopher Jerdonek listed
			}
		}
	}
	if countWords(p) >= 2 {
		if d := dropOffices(p); d != p && countWords(d) >= 2 && bareName(d) == d {
			p = d // "Cathaoirleach Martin Ryan welcomed all" is Martin Ryan's
		}
		if full := r.longerName(p); full != "" {
			p = full // "Hans Petter" is the Hans Petter Holen named earlier
		}
		r.fixed[printed] = p
		return p
	}
	cands := r.candidates(p)
	if best := r.speakerAmong(pos, cands); best != "" {
		return best
	}
	if best := r.nearest(pos, cands); best != "" {
		if len(cands) == 1 {
			r.fixed[printed] = best // one namesake: the same wherever it is used
		}
		return best
	}
	for _, k := range r.known {
		if matchesShort(k, p) {
			r.fixed[printed] = k
			return k
		}
	}
	r.fixed[printed] = p
	return p
}

// candidates lists the full names a short form can stand for, memoised
// because transcripts repeat the same few labels hundreds of times.
func (r *registry) candidates(short string) []string {
	key := r.lower(short)
	if c, ok := r.matches[key]; ok {
		return c
	}
	var c []string
	for _, n := range r.names {
		if matchesShort(n, short) {
			c = append(c, n)
		}
	}
	if _, ok := nicknames[key]; ok && c == nil {
		// A familiar form ("Bob") only when no one has it as a name.
		for _, n := range r.names {
			if nicknameMatches(n, key) {
				c = append(c, n)
			}
		}
	}
	if named := r.namedOnly(c); len(named) == 1 && len(c) > 1 {
		// "Bishop" is the Rob Bishop of the roll call, not the "Board
		// President Bishop" the minutes also print; "Superintendent Ryan"
		// is not "Cathaoirleach Martin Ryan", and stays a candidate.
		kept := named
		for _, n := range c {
			if n != named[0] && !sameOffice(n, named[0]) {
				kept = append(kept, n)
			}
		}
		c = kept
	}
	r.matches[key] = c
	return c
}

// nearest picks, among the candidates, the one mentioned last at or before
// pos, else the one mentioned first after it.
func (r *registry) nearest(pos int, cands []string) string {
	best, bestPos, after, afterPos := "", -2, "", 0
	tied := false // two namesakes last mentioned at the same place: the roster
	for _, c := range cands {
		ps := r.mentions[c]
		i := sort.SearchInts(ps, pos+1) // ps[:i] are <= pos
		if i > 0 && ps[i-1] == bestPos {
			tied = true
		}
		if i > 0 && ps[i-1] > bestPos {
			best, bestPos, tied = c, ps[i-1], false
		}
		if i < len(ps) && (after == "" || ps[i] < afterPos) {
			after, afterPos = c, ps[i]
		}
	}
	if tied {
		// "Martin" where the attendance lists Martin Heidegger and Martin
		// Acost and neither has spoken yet: the name as printed, not a
		// guess.
		return ""
	}
	if best != "" {
		return best
	}
	return after
}

// attendee resolves a short name the document lists: to the full name it
// stands for, or to itself when the attendance gives it alone ("-
// [Sawyer](…)"). ok is false for a name the document does not list.
func (r *registry) attendee(name string, pos int) (full string, ok bool) {
	full = r.resolve(name, pos)
	return full, strings.Contains(full, " ") || r.listedAlone[r.lower(name)]
}

// use counts one use of a printed name as a speaker.
func (r *registry) use(name string) {
	if !strings.Contains(name, " ") {
		r.uses[r.lower(name)]++
	}
}

// plausible reports whether a printed speaker name can be trusted: full
// names and initials always; a single word only when the document explains
// it (legend, a full name it abbreviates, a known speaker) or uses it as a
// speaker more than once.
func (r *registry) plausible(name string, pos int) bool {
	if strings.Contains(strings.TrimSpace(name), " ") || isInitials(name) {
		return true
	}
	// A one-word name the attendance lists ("Attendees: Bob, Gilad").
	return r.resolve(name, pos) != name || r.uses[r.lower(name)] >= 2 || r.listedAlone[r.lower(name)]
}

// speaks reports a name the document uses for a speaker: a label or
// subject seen before, an alias, or a short form of a full name.
func (r *registry) speaks(name string, pos int) bool {
	return r.uses[r.lower(name)] > 0 || r.isKnown(name) || len(r.mentions[name]) > 0 || r.resolve(name, pos) != name
}

// isKnown reports a name the document names elsewhere: an alias in a
// legend, or a full name mentioned more than once.
func (r *registry) isKnown(name string) bool {
	if _, ok := r.alias[r.lower(name)]; ok {
		return true
	}
	return len(r.mentions[name]) > 1
}

// lower returns s in lower case, memoised per document.
func (r *registry) lower(s string) string {
	if l, ok := r.low[s]; ok {
		return l
	}
	l := strings.ToLower(s)
	r.low[s] = l
	return l
}
