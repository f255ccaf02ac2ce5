package minutes

import "strings"

// This file holds how a document writes its speakers, judged over the
// whole document: the forms its labels take, so that a name used once in
// the document's own form is trusted and a word in another form is not.

// formUsed reports a label whose form the document uses for its
// speakers throughout: three or more "[name]" labels, bold name lines, or
// eight bold labels over text. A word that heads notes ("**Status:**",
// "**Proposal:**") stays a topic however many labels there are.
func (r *registry) formUsed(l label, line string) bool {
	if l.bracket {
		return r.bracketLabels >= 3
	}
	if !l.bold {
		return false
	}
	if int(l.textStart) >= len(line) {
		return r.nameLineForm()
	}
	return r.boldLabels >= 8 && isPersonName(l.name) && !commonLower.hasFold(l.name) && !lowerAfterHyphen(l.name)
}

// boldHandle reports a bold key shaped like a chat handle that speaks
// in minutes written as bold labels ("**evenstensberg:** no from me",
// "**alexander.akait:** No too" among "**wunderacle:**" and
// "**snitin315:**", a chat exported to Markdown): eight bold labels of
// people make the form, and the handle must recur, as a speaker's does.
func (r *registry) boldHandle(name string) bool {
	return r.boldLabels >= 8 && r.boldKeys[r.lower(name)] >= 2
}

// handleShaped reports a lower-case handle too long or too dotted for a
// nick ("evenstensberg", "alexander.akait"), and no word that keys a
// topic ("decision", "status").
func handleShaped(s string) bool {
	return handleChars(s, 39) && !commonLower.hasFold(s) && !notNameWords.hasFold(s) && !inSetKey(metaLabels, s) && !inSetKey(outcomeLabels, s) && !inSetKey(statusKeys, s)
}

// nameLineForm reports minutes that write their speakers as bold names
// alone over their words: three such lines or more, at least half of them
// names the document vouches for (a full name it mentions again, a name
// it uses again, a name on its roster). Captions written the same way
// ("**Appointments:**", "**Old Business:**", each once) do not make
// the form.
func (r *registry) nameLineForm() bool {
	if r.nameForm == 0 {
		r.nameForm = -1
		n := 0
		for _, name := range r.nameLines {
			if strings.Contains(name, " ") && !mixedCaps(name) && len(r.mentions[name]) > 1 || r.uses[r.lower(name)] >= 2 || r.isKnown(name) {
				n++
			}
		}
		if len(r.nameLines) >= 3 && 2*n >= len(r.nameLines) {
			r.nameForm = 1
		}
	}
	return r.nameForm == 1
}

// handleForm reports minutes whose speakers are lower-case handles
// ("mnot:", "ekr:"): two handles or more that open two lines or more each.
// In minutes labelled with capitalised names, a lower-case word before a
// colon, used once, is a key of the speaker's list ("state: development,
// test, deployed", "impact: …"), not a handle.
func (r *registry) handleForm() bool {
	if r.nickForm == 0 {
		r.nickForm = -1
		seen := map[string]bool{}
		for _, n := range r.nickNames {
			if r.uses[r.lower(n)] >= 2 {
				seen[n] = true
			}
		}
		if len(seen) >= 2 {
			r.nickForm = 1
		}
	}
	return r.nickForm == 1
}

// mentionsHandle reports a document that writes name as an @-handle
// somewhere ("@jdalton (John-David Dalton)" in its roster).
func (r *registry) mentionsHandle(name string) bool {
	at := "@" + name
	for i := range r.blocks {
		for _, l := range r.blocks[i].lines {
			if strings.Contains(l, at) {
				return true
			}
		}
	}
	return false
}

// lowerAfterHyphen reports a word joined to a lower-case one ("Re-charter",
// "Follow-up"): a compound noun; a name's parts are capitalised
// ("Jean-Luc", "Smith-Jones").
func lowerAfterHyphen(w string) bool {
	i := strings.IndexByte(w, '-')
	return i >= 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z'
}
