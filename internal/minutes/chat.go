package minutes

import (
	"slices"
	"strings"
)

// isBotName reports a chat participant that is a program: IRC minutes
// carry lines from the meeting's bots ("<trackbot> Created ACTION-7",
// "<Zakim> agenda+ ..."), which are records, not remarks.
func isBotName(n string) bool {
	// Folding ASCII case in place answers as lower-casing would (no
	// letter outside ASCII lower-cases to 'b', 'o' or 't'), without the
	// allocation: this runs on every labelled line.
	return hasSuffixFold(n, "bot") || chatBots.hasLower(n)
}

// hasSuffixFold reports s ending in suffix (lower-case ASCII), ignoring
// ASCII case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && equalLower(suffix, s[len(s)-len(suffix):])
}

var chatBots = wordSet(`zakim rrsagent scribe`) // "<scribe> ACTION: …": scribe.perl's own lines

// isChatCommand reports the text of a chat line that instructs the
// meeting's tools or sets up the minutes rather than saying anything:
// "scribe: Greta", "scribenick: bob", "present+ Alice", "q+", "ack bob",
// "Zakim, next item", "Date: 14 October 2014".
func isChatCommand(s string) bool {
	w, _ := nextWord(s, 0)
	bare := strings.TrimRight(w, ":,")
	if chatBots.hasLower(bare) && (strings.HasSuffix(w, ",") || strings.HasSuffix(w, ":")) {
		return true
	}
	if chatCommands.hasLower(bare) && strings.HasSuffix(w, ":") {
		return true
	}
	return chatToolCommands.hasLower(bare)
}

// chatToolCommands are the commands to the chat's tools that make a line
// on their own.
var chatToolCommands = wordSet(`present+ present- regrets+ regrets- q+ q- q? ack agenda+ agenda? scribe+ chair+ topic+`)

// chatCommands are the keys of the set-up lines of IRC minutes.
var chatCommands = wordSet(`scribe scribenick scribenicks scribe+ chair chairs meeting date agenda topic
present regrets previous-meeting`)

// chatName turns the "First_Last" spelling of IRC attendee lists into
// "First Last" when both parts are capitalised; other entries are kept.
func chatName(n string) string {
	if !strings.Contains(n, "_") || strings.Contains(n, " ") {
		return n
	}
	parts := strings.Split(n, "_")
	for _, p := range parts {
		if p == "" || !isUpperByte(p[0]) {
			return n
		}
	}
	return strings.Join(parts, " ")
}

// isChatRoster reports a "Present:" line of IRC minutes: names written
// "First_Last" among nicks and dial-in numbers, most of them names.
func isChatRoster(lab label, line string) bool {
	if lab.kind != lMeta || !strings.Contains(line, "_") {
		return false
	}
	parts := strings.Split(line[lab.textStart:], ",")
	names := 0
	for _, p := range parts {
		if isPersonName(chatName(strings.TrimSpace(p))) {
			names++
		}
	}
	return names*2 > len(parts)
}

// relayed reads a chat line of IRC minutes: the scribe's own nick opens
// every line it types, so when a "scribe:" command has named that nick, a
// label after it ("<greta> Jun: is this on the cue?") is the speaker. The
// line of anyone else keeps its nick: "<jun> noor: let's talk" addresses
// noor rather than quoting her. Scribe commands are remembered here.
func (t *turnBuilder) relayed(line string, l label) label {
	if l.kind != lPerson || !strings.HasPrefix(line, "<") {
		return l
	}
	text := line[l.textStart:]
	if w, next := nextWord(text, 0); isChatCommand(text) && next < len(text) {
		if k := strings.ToLower(strings.TrimRight(w, ":")); k == "scribe" || k == "scribenick" {
			nick, _ := nextWord(text, next)
			t.scribes = append(t.scribes, strings.ToLower(strings.TrimRight(nick, ".,")))
		}
		return l
	}
	if !slices.Contains(t.scribes, strings.ToLower(l.name)) {
		return l
	}
	if strings.HasPrefix(text, "...") || strings.HasPrefix(text, "…") {
		// "<greta> ... and that is all": the scribe goes on with the
		// speaker it last named.
		if t.relay.name == "" {
			return label{kind: lUnknown, textStart: l.textStart}
		}
		return label{kind: lPerson, name: t.relay.name, aff: t.relay.aff, textStart: l.textStart}
	}
	inner, ok := parseLabel(text)
	if !ok {
		inner, ok = nickLabel(text) // "<gannan> Orie_: If you have an item"
	}
	if !ok || inner.kind == lMeta || inner.kind == lKey {
		return l
	}
	inner.textStart += l.textStart
	t.relay = speaker{name: t.reg.resolve(inner.name, t.pos), aff: inner.aff}
	return inner
}

// inferScribes names the scribes of a raw IRC log that names none with
// a "scribe:" command (W3C's RRSAgent logs when the chair scribes): the nick
// that goes on with the speaker it last named, "<gkellogg> ... 58 files
// change.", three times or more, and names others' words ("<gkellogg>
// dlehn: Several tests added.") as often. Participants go on in their
// own words now and then; they do not relay others' so.
func inferScribes(blocks []block) []string {
	var counts map[string]*[2]int // per nick: lines going on with "...", lines relaying someone
	count := func(nick string, k int) {
		if counts == nil {
			counts = map[string]*[2]int{}
		}
		if counts[nick] == nil {
			counts[nick] = new([2]int)
		}
		counts[nick][k]++
	}
	for i := range blocks {
		for _, l := range blocks[i].lines {
			if !strings.HasPrefix(l, "<") {
				continue
			}
			end := strings.IndexByte(l, '>')
			if end < 2 || end > 33 || end+2 >= len(l) {
				continue
			}
			nick, text := strings.ToLower(l[1:end]), l[end+2:]
			if w, _ := nextWord(text, 0); strings.EqualFold(w, "scribe:") || strings.EqualFold(w, "scribenick:") {
				return nil // the log names its scribes itself, from when they start
			}
			if strings.HasPrefix(text, "... ") || strings.HasPrefix(text, "…") {
				count(nick, 0)
			} else if lab, ok := nickLabel(text); ok && !strings.EqualFold(lab.name, nick) {
				count(nick, 1)
			}
		}
	}
	var out []string
	for nick, n := range counts {
		if n[0] >= 3 && n[1] >= 3 {
			out = append(out, nick)
		}
	}
	slices.Sort(out)
	return out
}

// nickLabel reads "Orie_: text", a chat nick as printed (any case, with
// underscores) before a colon, as the scribe of IRC minutes relays it.
func nickLabel(text string) (label, bool) {
	c := strings.IndexByte(text[:min(len(text), 32)], ':')
	if c <= 0 || c+1 < len(text) && text[c+1] != ' ' {
		return label{}, false
	}
	nick := text[:c]
	if !isChatNick(nick) || commonLower.hasFold(nick) || chatCommands.hasFold(nick) {
		return label{}, false
	}
	return label{kind: lPerson, name: nick, textStart: int32(skipSpace(text, c+1))}, true
}

// chatHousekeeping reports a line an IRC client or server wrote rather
// than a person, as logs published as HTML keep them: "* mhwood
// (mwood@host) has joined #duraspace", "* terry-b (~chrome@host) Quit
// (Remote host closed the connection)", "* Topic is '…'", "* Set by
// tdonohue on …", "-rajaniemi.freenode.net- *** Looking up your hostname".
func chatHousekeeping(line string) bool {
	if line == "" {
		return false
	}
	if c := line[0]; c == '[' || c == '(' || isDigitByte(c) {
		rest, ok := cutTimestamp(line) // "[6:32] * mhwood … has joined"
		if !ok {
			return false
		}
		line = rest
	}
	if line == "" || line[0] != '-' && line[0] != '*' {
		return false
	}
	if strings.HasPrefix(line, "-") {
		host, rest, ok := strings.Cut(line[1:], "- ")
		return ok && strings.Contains(host, ".") && !strings.Contains(host, " ") && strings.HasPrefix(rest, "***")
	}
	rest, ok := strings.CutPrefix(line, "* ")
	if !ok {
		return false
	}
	if strings.HasPrefix(rest, "Topic is ") || strings.HasPrefix(rest, "Set by ") || strings.HasPrefix(rest, "Now talking on ") {
		return true
	}
	nick, act, ok := strings.Cut(rest, " ")
	if !ok || !isChatNick(nick) {
		return false
	}
	return clientNotice(act, false)
}
