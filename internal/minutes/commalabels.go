package minutes

import "strings"

// Some scribes write a turn as the speaker's name and a comma ("Mirja,
// disagree with Jana that ...", "Stewart Cheshire, today my iPhone
// ..."). A first name used that way only once is trusted when the
// document writes its turns so: several paragraphs open with a name the
// document knows and a comma (see commaStyle).

// commaStyle reports a document where at least three paragraphs open with
// a full name or a known speaker's name, a comma and a lower-case word. It is measured
// once, when a paragraph first needs the answer.
func (r *registry) commaStyle() bool {
	if r.isComma == 0 {
		r.isComma = -1
		n := 0
		for i := range r.blocks {
			b := &r.blocks[i]
			if len(b.lines) == 0 || b.kind == kCode || b.kind == kHeading {
				continue
			}
			if name, ok := commaOpener(b.lines[0]); ok && (strings.Contains(name, " ") || r.resolve(name, i) != name || r.uses[r.lower(name)] > 0) {
				n++
			}
		}
		if n >= 3 {
			r.isComma = 1
		}
	}
	return r.isComma > 0
}

// commaOpener reads "Name, lower-case word" at the start of line and
// returns the name.
func commaOpener(line string) (string, bool) {
	c := strings.IndexByte(line[:min(len(line), 64)], ',')
	if c <= 0 || c+2 >= len(line) || line[c+1] != ' ' || !capitalWords(line[:c]) {
		return "", false // the cheap test first: this runs on every sentence
	}
	name, n := splitName(line)
	if name == "" || !strings.HasPrefix(line[n:], ", ") {
		return "", false
	}
	k := skipSpace(line, n+1)
	return name, k < len(line) && line[k] >= 'a' && line[k] <= 'z'
}

// capitalWords reports one to five words that each start with a capital
// (or a non-ASCII letter) or are a particle ("de"), the shape of a name.
func capitalWords(s string) bool {
	words := 0
	for i := 0; i < len(s); i++ {
		if (i == 0 || s[i-1] == ' ') && !isUpperByte(s[i]) && s[i] < 0x80 {
			// Only a lower-case word needs reading, to see a particle.
			if w, _ := nextWord(s, i); i == 0 || !nameParticles.has(w) {
				return false
			}
		}
		if i == 0 || s[i-1] == ' ' {
			words++
		}
	}
	return words <= 5
}

// firstNameLabel reports whether word, a single capitalised word before
// a comma at the start of line, can be a first name used as a label: not
// an adverb or a participle ("Ideally,", "Deferred,", "Now,"), and not
// addressing someone ("Alexey, do we need ...?", "Martin, you said").
func firstNameLabel(word, line string) bool {
	low := strings.ToLower(word)
	if len(low) < 3 || strings.HasSuffix(low, "ly") || strings.HasSuffix(low, "ed") || sentenceOpeners.has(low) {
		return false
	}
	return !addresses(line)
}

// addresses reports a line that speaks to someone rather than as
// someone: a question, or "you" or thanks right after the comma.
func addresses(line string) bool {
	if strings.IndexByte(firstSentence(line), '?') > 0 {
		return true // "Alexey, do we need to recharter? (thinking of ...)"
	}
	c := strings.IndexByte(line, ',')
	if c < 0 {
		return false
	}
	w, _ := nextWord(line, c+1)
	return vocativeWords.hasFold(trimAny(w, ",.;:!"))
}

// isAddress reports a form of address to the chair ("Mr. Speaker",
// "Madam Chair", "Speaker"): an office, after a title or alone.
func isAddress(name string) bool {
	if w, rest, ok := strings.Cut(name, " "); ok && titleWords.hasFold(w) {
		name = rest
	}
	return onlyOffices(name)
}

// vocativeWords follow a name and a comma when the name is the one spoken
// to ("Martin, you said ...", "Lars, thanks").
var vocativeWords = wordSet(`you your thanks thank please`)

// sentenceOpeners are capitalised words that open a sentence with a
// comma and are not names.
var sentenceOpeners = wordSet(`now well so yes no ok okay anyway otherwise instead meanwhile therefore thus
hence still again overall further furthermore moreover besides indeed nevertheless nonetheless likewise
afterwards later earlier plus strong weak right sure fine correct true regardless currently today
yesterday tomorrow here there first second third finally next then also however although though
alternatively honestly basically actually hmm oh um uh sorry thanks please question answer comment
call japan china europe america`)

// commaLabel reads a name used as a label with a comma or no punctuation
// at all ("Stewart Cheshire, today my iPhone ...", "Yoav, in TCP ..."):
// the name must be one the document uses as a speaker elsewhere, or a full
// name, and the text after it must start in lower case.
func (t *turnBuilder) commaLabel(line string, afterOpen bool) (speaker, int, bool) {
	name, n := splitName(line)
	if name == "" || n >= len(line) || isAddress(name) {
		return speaker{}, 0, false // "Mr. Speaker, today I rise" addresses the chair
	}
	if w, _, _ := strings.Cut(name, " "); quantifiers.hasFold(w) {
		return speaker{}, 0, false // "Many TypeScript utilities have no limit"
	}
	if mixedCaps(name) {
		return speaker{}, 0, false // "Consider SPUD, though just a prototype": a topic with an acronym
	}
	if _, ok := findReported(line); ok {
		return speaker{}, 0, false // "Name from Org welcomed": reported speech
	}
	dotted := false
	if name, dotted = initialDotName(name); dotted {
		n = len(name) // "Martin D. Can we ...": the label ends at the initial
	}
	rest := line[n:]
	comma := strings.HasPrefix(rest, ",")
	if comma {
		rest = rest[1:]
	} else if !strings.Contains(name, " ") || afterOpen {
		return speaker{}, 0, false // "…I would nominate" over "Carla Beck for the position"
	}
	start := skipSpace(rest, 0)
	if start == 0 || start >= len(rest) || !(rest[start] >= 'a' && rest[start] <= 'z' || dotted) {
		return speaker{}, 0, false
	}
	w, _ := nextWord(rest, start)
	if speechVerbs.has(strings.Trim(w, ",.")) || adverbs.has(w) {
		return speaker{}, 0, false // reported speech: handled as such
	}
	keep := !comma && isPastTense(w)
	if !t.trustedLabel(name, comma) && !(comma && isNameWord(name) && t.reg.commaStyle() && firstNameLabel(name, line)) {
		return speaker{}, 0, false
	}
	if comma && !strings.Contains(name, " ") && addresses(line) {
		return speaker{}, 0, false // "Alexey, do we need to recharter?" asks Alexey
	}
	if keep {
		// "Paul Nikolich called the meeting to order": the name is the
		// subject of the sentence, not a label, and stays in the text.
		return speaker{name: t.reg.resolve(name, t.pos)}, 0, true
	}
	return speaker{name: t.reg.resolve(name, t.pos)}, n + (len(line[n:]) - len(rest)) + start, true
}

// trustedLabel decides whether name, read before a comma or with no
// punctuation at all, is a speaker: a name the document uses elsewhere,
// a first name of someone it names in full, or a full name.
func (t *turnBuilder) trustedLabel(name string, comma bool) bool {
	single := !strings.Contains(name, " ")
	if single && comma && t.reg.resolve(name, t.pos) != name {
		return true // "Mirja, not quite." after Mirja Lund spoke
	}
	return t.reg.plausible(name, t.pos) && (!single || t.reg.uses[t.reg.lower(name)] >= 2) &&
		(comma || len(t.reg.mentions[name]) >= 2 || !strings.HasSuffix(firstWordLower(name), "ing"))
}

// initialDotName cuts a name after a surname initial ("Martin T. I'm"
// reads as "Martin T." and the text), reporting whether it did.
func initialDotName(name string) (string, bool) {
	for i := 1; i+2 < len(name); i++ {
		if name[i] == '.' && name[i-1] >= 'A' && name[i-1] <= 'Z' && (i < 2 || name[i-2] == ' ') && i > 2 {
			return name[:i+1], true
		}
	}
	if l := len(name); l > 3 && name[l-1] == '.' && isUpperByte(name[l-2]) && name[l-3] == ' ' {
		return name, true
	}
	return name, false
}

// isPastTense reports a word that reads as a past-tense verb ("called",
// "opened"): after a name it makes the name a subject, not a label.
func isPastTense(w string) bool {
	w = strings.TrimRight(w, ",.;:")
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}
