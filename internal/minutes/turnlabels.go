package minutes

import "strings"

// This file holds how the turn builder reads a line that opens with a
// label: whether the label names a speaker, a topic key, an assignment
// of work or metadata, since the same "X:" shape carries all of them.

// nameAlone reads a bullet that is only a person's name ("* Brendan",
// "* Clayton --") over bullets of what that person said: the speaker,
// as a label with its text below. Only a person the document names
// elsewhere counts ("* Administrivia" is a topic).
func (t *turnBuilder) nameAlone(b *block, line string) bool {
	if b.kind != kItem || len(b.lines) != 1 {
		return false
	}
	trimmed := strings.TrimSpace(line)
	bare := strings.TrimRight(trimmed, "-–—:")
	name := strings.TrimSpace(bare)
	if name == "" || countWords(name) > 3 || !isPersonName(name) || strings.ContainsRune(name, '.') {
		return false
	}
	full := t.reg.resolve(name, t.pos)
	if full == name && !(strings.Contains(name, " ") && t.reg.person(name, t.pos)) {
		return false // a first name must stand for someone the document names in full
	}
	t.setSpeaker(speaker{name: full, basis: bLabel}, b.level)
	t.direct = true
	// "Stefan –" over bullets at its own level: the dash (or colon)
	// says that what follows is his, as a label would. Over bullets
	// nested under it ("Clayton --"), his points end with them.
	dash := len(bare) < len(trimmed)
	nested := t.pos+1 < len(t.reg.blocks) && t.reg.blocks[t.pos+1].kind == kItem && t.reg.blocks[t.pos+1].level > b.level
	t.presents = dash && !nested
	return true
}

// wrappedWord reports a lower-case "word:" that opens a line of a
// verbatim record only because the sentence before it wrapped there
// ("…this great nation was" over "founded: freedom, liberty…"): no
// handle's label. Notes, whose lines often stop mid-phrase, keep theirs.
func (t *turnBuilder) wrappedWord(b *block, li int, l label) bool {
	if li == 0 || l.kind != lPerson || !isNick(l.name) || li >= len(b.lines) || !t.reg.speechRecord() {
		return false
	}
	line := b.lines[li]
	return strings.HasPrefix(line, l.name+":") && cutMidPhrase(b.lines[li-1]) // not "<nick> …" chat lines
}

// underNameLine reports a "word:" opening a line of a message under a
// sender's name set alone in bold ("**miconda**" over "fyi: on this
// channel…" or "Federico Cabiddu: no worries"), as chat exports print
// each message: the message's text, or the one it is addressed to; each
// sender has a name line of their own.
func (t *turnBuilder) underNameLine(b *block, li int, l label) bool {
	if li == 0 || l.kind != lPerson || l.bold {
		return false
	}
	// The sender's line is the block's first, or in a log pasted whole
	// ("**<@calvin> **" lines among the messages) the last one before.
	for j := li - 1; j >= 0; j-- {
		if h, ok := b.label(j); ok && h.kind == lPerson {
			return h.bold && h.alone(b.lines[j])
		}
	}
	return false
}

// assigned reads a labelled item of a list under "Action items:" ("- EKR:
// publish -03"): work assigned, not said, so nobody's turn.
func (t *turnBuilder) assigned(b *block, li int, l label) bool {
	if !t.actions || b.kind != kItem || l.kind != lPerson && l.kind != lRole {
		return false
	}
	t.setSpeaker(speaker{}, b.level)
	t.sentences(b, li, int(l.textStart), false)
	return true
}

// labelled reads a line that opens with label l: a person, role or
// unidentified speaker starts a turn after the label; an outcome is
// narration; metadata is not remark text; a topic key keeps the text
// with whoever the paragraph rules find.
func (t *turnBuilder) labelled(b *block, li int, line string, l label) {
	if l.kind == lPerson && t.keyNotPerson(b, line, l) {
		l.kind = lKey
	} else if l.kind == lKey && l.bold && t.reg.boldHandle(l.name) {
		l.kind = lPerson
	}
	if l.kind == lOutcome && strings.EqualFold(l.name, "next") && b.kind == kItem && t.ownerAbove(b.level) != "" {
		// "- @bigs:" over "- Done:", "- Next:": the member's plans, a
		// key of the member's update (see statusKeys), not the meeting's
		// next steps.
		t.sentences(b, li, 0, false)
		return
	}
	if t.assigned(b, li, l) {
		return
	}
	switch l.kind {
	case lMeta:
		if p := strings.ToLower(l.name); strings.HasPrefix(p, "presenter") || strings.HasPrefix(p, "speaker") {
			t.presenter = t.personIn(line[l.textStart:])
		} else if p == "scribe" && t.inBody && proseAfterKey(line[l.textStart:]) {
			// "scribe: then we can publish as many drafts as we want":
			// the scribe writing the discussion down, not naming a scribe.
			t.keyLine(b, li, line, label{kind: lKey, name: l.name, textStart: l.textStart})
		}
	case lKey:
		t.keyLine(b, li, line, l)
	case lPerson:
		if isBotName(l.name) {
			if inner, ok := bridgedSender(line[l.textStart:]); ok {
				// "<DSpaceSlackBot> <terrywbrady> Hello": a bridge bot
				// relays another network's user, who is the speaker.
				l = label{kind: lPerson, name: inner.name, textStart: l.textStart + inner.textStart}
			}
		}
		if inner, ok := networkSender(line[l.textStart:]); ok {
			// "toxync: [iphy@irc] hi": a bridge relays a user of another
			// network, named with it; the user is the speaker.
			l = label{kind: lPerson, name: inner.name, textStart: l.textStart + inner.textStart}
		}
		if isBotName(l.name) || isChatCommand(line[l.textStart:]) {
			t.setSpeaker(speaker{}, b.level) // a chat bot or a command to one
			t.sentences(b, li, int(l.textStart), false)
			return
		}
		if fullNameList(line[l.textStart:]) {
			// A roster's entry by organisation ("Bellwether Housing:
			// Susan Boyd (CEO), Richard Loo (…)"): no one's words.
			t.setSpeaker(speaker{}, b.level)
			return
		}
		if t.nameListKey(l, line[l.textStart:]) {
			t.sentences(b, li, 0, false)
			return
		}
		t.setSpeaker(speaker{name: t.reg.resolve(l.name, t.pos), aff: l.aff, basis: bLabel}, b.level)
		// A name on a line of its own heads what follows, as a talk's
		// announcement does: "**Daira**" over her paragraphs.
		t.presents = opensTalk(line[l.textStart:]) || b.kind == kPara && l.bold && l.alone(line) && t.reg.nameLineForm()
		t.direct = true
		t.sentences(b, li, int(l.textStart), false)
	case lRole:
		if isRoster(l, line) {
			return
		}
		who := speaker{name: t.reg.holderOf(l.name)}
		if l.name == presenterRole {
			who = speaker{name: t.presenter} // "A (presenter):", nobody when no presenter is known
		}
		t.setSpeaker(who.with(bRole), b.level)
		t.direct = true
		t.sentences(b, li, int(l.textStart), false)
	case lUnknown:
		who := speaker{aff: l.aff}
		if full := t.reg.resolve(l.name, t.pos); full != l.name && strings.Contains(full, " ") {
			// "Mic:" is the microphone line in most notes, but where the
			// attendees include Mic Bowman it is he.
			who = speaker{name: full, aff: l.aff, basis: bLabel}
		}
		t.setSpeaker(who, b.level)
		t.direct = true
		t.sentences(b, li, int(l.textStart), false)
	case lOutcome:
		t.setSpeaker(speaker{}, b.level)
		t.sentences(b, li, 0, false)
		if strings.TrimSpace(line[l.textStart:]) == "" && strings.HasPrefix(strings.ToLower(l.name), "action") {
			t.actions = true // "Action items:" over a list
		}
	}
}

// proseAfterKey reports text after a key that is a sentence rather than a
// list of names or nicks ("lucy_t (first half), peterm (second half)").
func proseAfterKey(s string) bool {
	if countWords(s) < 4 {
		return false
	}
	for _, part := range strings.Split(stripParens(s), ",") {
		if countWords(part) > 2 {
			return true
		}
	}
	return false
}

// keyNotPerson reports a person's label l, on line of b, that the document
// shows to be a topic key instead: a bold or bracketed word it never uses
// for anyone, a lower-case key nested under a speaker's point, a bold
// caption, a capitalised word over a list.
func (t *turnBuilder) keyNotPerson(b *block, line string, l label) bool {
	if (l.bold || l.bracket) && !t.reg.plausible(l.name, t.pos) && !t.reg.formUsed(l, line) &&
		!strings.HasPrefix(line, "[name=") { // HackMD's author tag names a person by definition
		return true // "**Status:**" is a topic, not a person
	}
	if !l.bold && !l.bracket && isNick(l.name) && b.kind == kItem &&
		t.ownerAbove(b.level) != "" && !t.reg.handleForm() && !t.reg.plausible(l.name, t.pos) && !t.reg.mentionsHandle(l.name) {
		// "* Stefan: there are different aspects" over "* state:
		// development, test", "* impact: …": keys of a speaker's list, in
		// minutes that name speakers, not handles. A reply nested so
		// ("* jdalton: a repo is fine") is a handle the roster gives
		// ("@jdalton (John-David Dalton)").
		return true
	}
	if l.bold && l.alone(line) && len(l.name) >= 3 && !strings.Contains(l.name, " ") && isAllUpper(l.name) &&
		t.reg.resolve(l.name, t.pos) == l.name && !t.reg.isKnown(l.name) {
		return true // "**RESOURCES**", "**DONE**" over a list: a section's caption
	}
	if l.bold && l.alone(line) && strings.Contains(l.name, " ") && !t.reg.isKnown(l.name) && !t.reg.nameLineForm() && !(b.kind == kItem && colonName(line, l)) {
		// "**Resident Volunteer Recognition Nominations**" over the
		// board's discussion: a caption in bold, named nowhere else, in
		// minutes that do not write their speakers as bold name lines.
		return true
	}
	if l.dash && !strings.Contains(l.name, " ") && !t.reg.plausible(l.name, t.pos) {
		return true // "Budget (draft) - approved as amended": no one the document names
	}
	if l.dash && (t.presenter != "" || b.kind == kItem && t.ownerAbove(b.level) != "") && !t.reg.isKnown(l.name) && t.reg.resolve(l.name, t.pos) == l.name {
		// "Lightning Talks - These have been very successful" among the
		// points of a presenter's report: a topic of two words that the
		// document names nowhere else, not a person cutting in.
		return true
	}
	if !l.bold && !l.bracket && l.alone(line) && isCapitalWord(l.name) && !t.reg.plausible(l.name, t.pos) {
		// "Strawman:" over a list, in a document that never names a
		// "Strawman": a key heading its points. A speaker's name alone
		// over their words is one the document names again ("Alice:").
		return true
	}
	return false
}

// colonName reports a bold label alone on its line that is a full name of
// two or three words with a colon: in a bullet ("* __Aaron Falk:__" over
// the points nested under it) a speaker, where a caption in bold has no
// colon or more words ("**Resident Volunteer Recognition Nominations**").
func colonName(line string, l label) bool {
	return strings.Contains(line[:l.textStart], ":") && countWords(l.name) <= 3 && isPersonName(l.name)
}

// keyLine reads a line that opens with a topic key ("Status: ...",
// "**Key Discussions:**"): reported speech after the key names the
// speaker, a key of narration is the scribe's, and otherwise a paragraph
// start is decided as if the key were not there.
func (t *turnBuilder) keyLine(b *block, li int, line string, l label) {
	if r, ok := t.reported(line[l.textStart:]); ok {
		t.setSpeaker(r.with(bReported), b.level)
	} else if li == 0 && (isNarration(line) || enumeratorLen(line) > 0) {
		// A lettered point opens a new matter: nobody named, the clerk's.
		t.setSpeaker(speaker{}, b.level)
	} else if li == 0 {
		t.paragraphStart(b, line[l.textStart:])
	}
	t.sentences(b, li, 0, false)
}

// labelOf returns the label of line li of b; line is that line or, for a
// joined paragraph, starts with it, so the cached label applies.
func (t *turnBuilder) labelOf(b *block, li int, line string) (label, bool) {
	if li < len(b.lines) && strings.HasPrefix(line, b.lines[li]) {
		return b.label(li)
	}
	return parseLabel(line)
}

// nameListKey reports a "Topic: Name and Name" line ("Loss Recovery: Jana
// and Ian Sweet"), which lists people rather than quoting one, unless the
// label is someone the document already knows.
func (t *turnBuilder) nameListKey(l label, text string) bool {
	text = stripParens(text) // "Susan Boyd (CEO), Richard Loo (Director…)"
	if len(text) > 120 || !strings.Contains(text, " ") || !isNameList(strings.TrimRight(text, " .")) {
		return false
	}
	if isAddress(strings.TrimRight(text, " ,.")) {
		return false // "Mr NAME — Mr Acting Speaker,": a member addresses the chair
	}
	if w, _, _ := strings.Cut(l.name, " "); titleWords.hasFold(w) {
		return false // "SENATOR BRUNO:  Mr. Boggess.": a member, not a topic
	}
	return !t.reg.isKnown(l.name) && t.reg.resolve(l.name, t.pos) == l.name
}

// isCapitalWord reports a single capitalised word ("Strawman"), not a
// handle, initials or a name of several words.
func isCapitalWord(s string) bool {
	return len(s) > 2 && isUpperByte(s[0]) && !strings.ContainsAny(s, " _0123456789") && strings.ToUpper(s) != s
}
