package minutes

import "strings"

// This file holds the hand-over of a turn inside a line: a sentence of
// reported speech or a label after a full stop gives the rest of the line
// to another speaker, but only when the document supports that speaker.

// sentences adds logical line li of b from offset base to the open turn,
// switching speakers at sentences of reported speech ("... Andrew
// Sullivan replied that ..."); a sentence at base itself counts only when
// first is set (no label before it).
func (t *turnBuilder) sentences(b *block, li, base int, first bool) {
	s := b.logicalLines()[li]
	start := base
	for _, st := range b.sentences(li) {
		cut := st.cut
		if cut < base || cut == base && !first || cut < start {
			continue // before base, or inside a label a hand-over already skipped ("B  Aa:")
		}
		sp, skip, ok := t.midTurn(s[cut:], st)
		if !ok {
			continue
		}
		t.add(s[start:cut])
		// The turn starts in this block, at its depth: a bullet out of
		// it is no longer the turn's (paragraphStart).
		t.setSpeaker(sp.with(handoffBasis(st.kind)), max(b.level, t.curDepth))
		t.direct = st.kind == sLabel || st.kind == sComma
		start = cut + skip
	}
	t.add(s[start:])
}

// midTurn decides whether sentence st, the start of sent, hands the turn
// to someone: reported speech whose speaker the document supports, or a
// label or lower-case handle that the document uses for one of its
// speakers (an unknown "Note:" or "people think" is not a turn). skip is
// the length of a label to leave out of the remark text.
func (t *turnBuilder) midTurn(sent string, st sentence) (sp speaker, skip int, ok bool) {
	switch st.kind {
	case sLabel:
		if !t.reg.speaks(st.lab.name, t.pos) && !(len(t.reg.nickNames) >= 2 && isNick(st.lab.name)) {
			return speaker{}, 0, false
		}
		return speaker{name: t.reg.resolve(st.lab.name, t.pos), aff: st.lab.aff}, int(st.lab.textStart), true
	case sAnswer, sVerdict:
		return speaker{}, 0, true
	case sAction:
		return speaker{}, 0, st.r.name == "chair" || t.reg.speaks(st.r.name, t.pos)
	case sComma:
		if addresses(sent) || !t.reg.speaks(st.lab.name, t.pos) || !t.reg.commaStyle() && !st.afterQuestion {
			return speaker{}, 0, false
		}
		return speaker{name: t.reg.resolve(st.lab.name, t.pos)}, int(st.lab.textStart), true
	case sNickname:
		if !t.reg.speaks(st.r.name, t.pos) {
			return speaker{}, 0, false
		}
		return speaker{name: t.reg.resolve(st.r.name, t.pos)}, 0, true
	}
	sp, ok = t.accept(sent, st.r)
	return sp, 0, ok
}

// reported reads a sentence of reported speech and resolves its speaker.
func (t *turnBuilder) reported(sent string) (speaker, bool) {
	r, ok := findReported(sent)
	if !ok {
		return speaker{}, false
	}
	return t.accept(sent, r)
}

// accept checks reported speech found in sent against what the document
// knows of its speaker, and resolves the speaker.
func (t *turnBuilder) accept(sent string, r reported) (speaker, bool) {
	if r.marked {
		return t.fromReported(r), true
	}
	if (r.weak || r.group) && t.direct {
		// In a speaker's own words, "Brumidi began his…" and "… Nell has
		// limited time" are theirs.
		return speaker{}, false
	}
	if r.state && t.cur.name != "" {
		return speaker{}, false // "The committee meets monthly": the reporter's account
	}
	if r.weak && !t.reg.person(r.name, t.pos) {
		return speaker{}, false // "Node started", "Seemingly opposed"
	}
	if t.direct && (r.kind == lPerson || r.kind == lRole || r.kind == lUnknown) && t.reg.speechRecord() {
		// A verbatim record changes speaker at its labels only: a member
		// saying "Brumidi began his final work", or the chair saying "The
		// Chair recognizes…", speaks on. Only an office in the past tense
		// is the record's own narration ("The Clerk read as follows:").
		if r.kind == lRole && officePast(sent) {
			return speaker{}, true
		}
		return speaker{}, false
	}
	if r.group && r.name == "we" && (t.direct || t.reg.speechRecord()) {
		return speaker{}, false // a speaker's "We have engaged…"
	}
	if r.kind == lPerson && !strings.Contains(r.name, " ") && !t.reg.plausible(r.name, t.pos) && (t.direct || !pastVerbAfter(sent, r.name)) {
		return speaker{}, false // inside a speaker's own words, "Frozen feels…" is theirs
	}
	if r.kind == lPerson && isInitials(r.name) && !t.reg.isKnown(r.name) && t.reg.uses[t.reg.lower(r.name)] < 2 &&
		(r.weak || t.reg.resolve(r.name, t.pos) == r.name) {
		// "CID can move around": an acronym, not a person. "AW confirmed
		// she had advised the school", with a speech verb, is the Amanda
		// Wright of the attendance list.
		return speaker{}, false
	}
	return t.fromReported(r), true
}

// officePast reports a sentence that opens with an office and a verb in
// the past tense ("The Clerk read as follows:").
func officePast(sent string) bool {
	if !strings.HasPrefix(sent, "The ") && !strings.HasPrefix(sent, "the ") {
		return false
	}
	// "The Clerk read", "The assistant legislative clerk proceeded": the
	// record's staff. "The President called Senator Frist" is a member
	// telling what happened.
	pos := 4
	for k := 0; k < 3; k++ {
		w, next := nextWord(sent, pos)
		if w == "" {
			return false
		}
		if strings.EqualFold(w, "clerk") {
			return pastAt(sent, next)
		}
		pos = next
	}
	return false
}

// fromReported resolves the speaker of reported speech.
func (t *turnBuilder) fromReported(r reported) speaker {
	switch r.kind {
	case lPerson:
		return speaker{name: t.reg.resolve(r.name, t.pos), aff: r.aff}
	case lRole:
		return speaker{name: t.reg.holderOf(r.name)}
	}
	return speaker{}
}

// pastVerbAfter reports a speech verb right after a one-word subject
// that agrees with a single person ("Hannes asked", "Reuven says"): a
// plural or auxiliary verb ("Experts say", "Waldemar did") too often has
// no speaker as its subject.
func pastVerbAfter(sent, name string) bool {
	i := strings.Index(sent, name)
	if i < 0 {
		return false
	}
	if strings.HasPrefix(sent[i+len(name):], ",") {
		return false // "Finally, asks…": an adverb, not a subject
	}
	_, rest := readAffiliation(sent[i+len(name):]) // "Jorge (IETF lawyer) said"
	w, _ := nextWord(rest, 0)
	w = strings.ToLower(trimAny(w, ",.;:"))
	if reportPhrase(rest) {
		return true // "Josh went over our policy", "Simon gave a brief overview"
	}
	if !speechVerbs.has(w) || weakVerbs.has(w) || actVerbs.has(w) {
		return false
	}
	// The verb agrees with one person: a past tense, or a third person
	// singular ("Reuven says", "Jon urges"), not a plural ("Experts say").
	return strings.HasSuffix(w, "ed") || w == "said" || w == "spoke" || w == "thought" || w == "felt" || w == "told" ||
		sayVerbs.has(w)
}

// sayVerbs are third-person verbs of saying that are no plural nouns:
// "Reuven says" names a speaker, "Main points" and "Two questions" do not.
var sayVerbs = wordSet(`says asks thinks believes suggests explains agrees adds replies wonders argues
urges mentions proposes confirms clarifies disagrees insists claims feels hopes
recommends responds notes observes`)

// handoffBasis is the basis of a turn handed over inside a paragraph: a
// label or a name and comma there is read as a label, anything else
// (reported speech, a nick as subject, an answer) as reported.
func handoffBasis(k sentenceKind) basis {
	switch k {
	case sLabel:
		return bLabel
	case sComma:
		return bComma
	}
	return bReported
}
