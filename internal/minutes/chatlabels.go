package minutes

import (
	"slices"
	"strings"
)

// The label forms of chat exports and of the tools notes are kept in:
// a Matrix or WhatsApp export's stamp before the sender, a bare time or a
// video time before a handle, an @-mention, HackMD's author tag, and the
// sender a bridge bot relays. Each is one shape of "who said this line"
// that a tool writes the same way every time, so each reads its whole
// document once recognised.

// hackmdLabel reads HackMD's and HedgeDoc's author tag, "[name=Chuck]",
// which notes kept there put before each speaker's point: "- [name=Bailey]:
// Have not yet set up …", "[name=rgommers] Do we need a doc …" (NumPy,
// and research groups' notes written the same way), or alone over them.
func hackmdLabel(s string) (label, bool) {
	end := strings.IndexByte(s[:min(len(s), 48)], ']')
	if end < 7 {
		return label{}, false
	}
	name, rest := strings.TrimSpace(s[len("[name="):end]), end+1
	if rest < len(s) && s[rest] == ':' {
		rest++
	}
	if !(isNick(name) || isPersonName(name) && countWords(name) <= 4) {
		return label{}, false
	}
	if strings.TrimSpace(s[rest:]) == "" {
		// "- [name=kopeboy]" alone over the points nested under it
		// (Juno's department notes).
		return label{kind: lPerson, name: name, bracket: true, textStart: int32(len(s))}, true
	}
	if s[rest] != ' ' {
		return label{}, false
	}
	return label{kind: lPerson, name: name, bracket: true, textStart: int32(skipSpace(s, rest))}, true
}

// stampDashLabel reads a chat export's line that opens with the message's
// date and time, a spaced dash, and then its sender as a label: "Mon, Jul
// 22, 2024, 23:00:44 - georgezgeorgez: Okay…" (a Matrix room's export),
// "12/01/2023, 14:05 - Ann Lee: fine" (WhatsApp's). The stamp is not the
// remark's text.
func stampDashLabel(s string) (label, bool) {
	if len(s) < 16 || !(isDigitByte(s[0]) || isUpperByte(s[0])) {
		return label{}, false
	}
	d := strings.Index(s[:min(len(s), 40)], " - ")
	if d < 5 || !isStamp(s[:d]) {
		return label{}, false
	}
	rest := s[d+3:]
	l, ok := parseLabel(rest)
	if !ok || l.kind != lPerson {
		// After a stamp the sender may be any chat handle, such as the
		// long ones that a bare "handle:" line would not be trusted with
		// ("georgezgeorgez: Okay").
		name, text, ok := senderColon(rest)
		if !ok {
			return label{}, false
		}
		l = label{kind: lPerson, name: name, textStart: int32(text)}
	}
	l.textStart += int32(d + 3)
	return l, true
}

// isStamp reports a date and time as chat exports print them: a time
// ("23:00", "2:05:11") among digits, separators and a few letters of day
// and month names or AM/PM.
func isStamp(s string) bool {
	hasTime, letters := false, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ':':
			hasTime = hasTime || i > 0 && isDigitByte(s[i-1]) && i+1 < len(s) && isDigitByte(s[i+1])
		case isDigitByte(c), c == ' ', c == ',', c == '/', c == '.', c == '-':
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			letters++
		default:
			return false
		}
	}
	return hasTime && letters <= 12
}

// clockNickLabel reads a chat log's line that opens with the time, bare,
// and then the sender and a colon: "16:04:07 georgezgeorgez: Very cool"
// (a Matrix room's meeting bot), "09:12 alice_w: +1". A single word must
// be a handle (lower case, or with a digit or underscore), not a
// capitalised word, so that a timed agenda's "10:00 Welcome: Chair" is
// no speaker; a name of several words must read as a person's.
func clockNickLabel(s string) (label, bool) {
	rest, ok := cutTimestamp(s)
	if !ok || rest == s {
		return label{}, false
	}
	name, text, ok := senderColon(rest)
	switch {
	case !ok:
		return label{}, false
	case strings.Contains(name, " "):
		if countWords(name) > 3 {
			return label{}, false
		}
	case isUpperByte(name[0]) && !strings.ContainsAny(name, "0123456789_"):
		return label{}, false
	}
	return label{kind: lPerson, name: name, textStart: int32(len(s) - len(rest) + text)}, true
}

// senderColon reads the sender of a chat line at the start of s, a handle
// or a name and a colon then a space (or the end): "mw-home: hi",
// "georgezgeorgez: Okay". It returns the name and where the text starts.
func senderColon(s string) (name string, text int, ok bool) {
	c := strings.IndexByte(s[:min(len(s), 34)], ':')
	if c < 2 || !isChatNick(s[:c]) || c+1 < len(s) && s[c+1] != ' ' {
		return "", 0, false
	}
	return s[:c], skipSpace(s, c+1), true
}

// atHandleLabel reads a speaker given by their @-mention, as notes kept
// on GitHub, Discourse or HackMD write each point: "- @ronef: Expecting
// to have another 2 calls this week". The name is the handle without its
// "@". A mention that is not followed by a colon is not a label ("@Alice
// will follow up"), nor one followed by a verb in lower case: the
// Apache board's minutes assign work so ("@Sam: pursue a report").
func atHandleLabel(s string, off int) (label, bool) {
	c := strings.IndexByte(s[:min(len(s), 42)], ':')
	if c < 3 || c+1 < len(s) && s[c+1] != ' ' {
		return label{}, false
	}
	handle, text := s[1:c], skipSpace(s, c+1)
	if !isChatNick(handle) || text < len(s) && s[text] >= 'a' && s[text] <= 'z' {
		return label{}, false
	}
	return label{kind: lPerson, name: handle, textStart: int32(off + text)}, true
}

// nickTimeLabel reads a handle and a time alone on a line, over what they
// said: "andon 7:28" then "Group Hug, because you all are awesome." —
// notes of a recorded meeting give each speaker's point with where it
// starts in the video. As with clockNickLabel, a capitalised single word
// is an agenda line ("Break 10:30"), not a speaker.
func nickTimeLabel(s string) (label, bool) {
	sp := strings.IndexByte(s, ' ')
	if sp < 2 || sp > 30 {
		return label{}, false
	}
	name, t := s[:sp], strings.TrimRight(s[sp+1:], " ")
	if !isVideoTime(t) || !isChatNick(name) || isUpperByte(name[0]) && !strings.ContainsAny(name, "0123456789_") {
		return label{}, false
	}
	return label{kind: lPerson, name: name, textStart: int32(len(s))}, true
}

// isVideoTime reports "7:28", "1:02:03" and the like: digits and colons,
// a colon before the last two digits.
func isVideoTime(t string) bool {
	if len(t) < 4 || len(t) > 8 || t[len(t)-3] != ':' {
		return false
	}
	for i := 0; i < len(t); i++ {
		if !isDigitByte(t[i]) && t[i] != ':' {
			return false
		}
	}
	return isDigitByte(t[0])
}

// bridgedSender reads the sender a bridge bot names at the start of the
// line it relays ("<terrywbrady> Hello" from a Slack or Matrix bridge),
// with textStart relative to text.
func bridgedSender(text string) (label, bool) {
	if !strings.HasPrefix(text, "<") {
		return label{}, false
	}
	end := strings.IndexByte(text, '>')
	if end < 2 || end > 32 {
		return label{}, false
	}
	nick := angleNick(text[1:end])
	if nick == "" {
		return label{}, false
	}
	return label{kind: lPerson, name: nick, textStart: int32(skipSpace(text, end+1))}, true
}

// senderOverStamp labels the sender of a chat export that prints each
// message as three blocks: the sender's name alone, the time alone, then
// the message (Slack's HTML archive viewer; Teams and Discord copy the
// same way). When three messages or more are printed so, the name block
// is dropped and the message opens with it as a label, "Zan: I'm
// present"; the time alone is page furniture already (isStampOnly).
func senderOverStamp(blocks []block) []block {
	n := 0
	for i := 0; i+2 < len(blocks); i++ {
		if isSenderAt(blocks, i) {
			n++
		}
	}
	if n < 3 {
		return blocks
	}
	out := make([]block, 0, len(blocks)-n)
	for i := 0; i < len(blocks); i++ {
		if i+2 < len(blocks) && isSenderAt(blocks, i) {
			msg := &blocks[i+2]
			lines := slices.Clone(msg.lines)
			lines[0] = strings.TrimSpace(blocks[i].lines[0]) + ": " + strings.TrimSpace(lines[0])
			msg.lines, msg.labs = lines, nil
			continue
		}
		out = append(out, blocks[i])
	}
	return out
}

// isSenderAt reports blocks[i] as a sender's name over a time alone and
// a message.
func isSenderAt(blocks []block, i int) bool {
	m := &blocks[i+2]
	// The time first: it is the rarer and the cheaper to rule out.
	return isStampBlock(&blocks[i+1]) && isSenderLine(&blocks[i]) && (m.kind == kPara || m.kind == kItem) && len(m.lines) > 0
}

// networkSender reads the sender a bridge names with its network at the
// start of the text it relays, "[iphy@irc] hi" (Tox's bridge to IRC, and
// Matrix and Slack bridges alike) or "[telegram] <ajs_xmr>Hi", with
// textStart relative to text.
func networkSender(text string) (label, bool) {
	if !strings.HasPrefix(text, "[") {
		return label{}, false
	}
	end := strings.IndexByte(text[:min(len(text), 48)], ']')
	if end < 2 {
		return label{}, false
	}
	if tag := text[1:end]; end <= 13 && isLowerWord(tag) && strings.HasPrefix(text[end+1:], " <") {
		// "[telegram] <ajs_xmr>Hi": a bridge that names the network,
		// then the sender as its own chat writes it.
		if l, ok := bridgedSender(text[end+2:]); ok {
			l.textStart += int32(end + 2)
			return l, true
		}
	}
	if end < 4 {
		return label{}, false
	}
	nick, network, ok := strings.Cut(text[1:end], "@")
	if !ok || network == "" || strings.ContainsAny(network, " ") || !isChatNick(nick) {
		return label{}, false
	}
	return label{kind: lPerson, name: nick, textStart: int32(skipSpace(text, end+1))}, true
}

// chatRelayLabel reads a remark the scribe relays from the meeting's chat,
// set in parentheses with the sender and the channel before a colon:
// "(Ben, in Jabber: I think IoT is not a good use case …)", "(Lucas from
// chat: …)", as IETF working groups' notes relay the Jabber or Zulip room.
// The sender is the speaker.
func chatRelayLabel(s string) (label, bool) {
	if len(s) < 8 || s[0] != '(' {
		return label{}, false
	}
	colon := strings.IndexByte(s[:min(len(s), 60)], ':')
	if colon < 0 || strings.IndexByte(s[1:colon], ')') >= 0 {
		return label{}, false
	}
	head := strings.TrimSpace(s[1:colon])
	for _, via := range []string{" in ", " from ", " via ", " on "} {
		i := strings.LastIndex(head, via)
		if i <= 0 || !chatChannels.hasFold(strings.TrimPrefix(head[i+len(via):], "the ")) {
			continue
		}
		name := strings.TrimRight(head[:i], ", ")
		if isPersonName(name) || isNick(name) || isInitials(name) {
			return label{kind: lPerson, name: name, textStart: int32(skipSpace(s, colon+1))}, true
		}
	}
	return label{}, false
}

// chatChannels are the rooms a meeting's chat is relayed from.
var chatChannels = wordSet(`chat jabber zulip slack irc meetecho matrix discord webex zoom`)

// isSenderLine reports a one-line paragraph that can be a sender's name:
// a person's name or a handle, with a note in parentheses ("lsmith77
// (he/him)"), ending in no punctuation.
func isSenderLine(b *block) bool {
	if b.kind != kPara || len(b.lines) != 1 {
		return false
	}
	l := strings.TrimSpace(b.lines[0])
	if open := strings.IndexByte(l, '('); open > 0 && strings.HasSuffix(l, ")") {
		l = strings.TrimSpace(l[:open])
	}
	if l == "" || len(l) > 40 || strings.ContainsAny(l[len(l)-1:], ".:;,!?") {
		return false
	}
	return isPersonName(l) || isChatNick(l)
}

// isStampBlock reports a one-line paragraph that is only a date and time.
func isStampBlock(b *block) bool {
	if b.kind != kPara || len(b.lines) != 1 {
		return false
	}
	l := strings.TrimSpace(b.lines[0])
	return l != "" && len(l) <= 40 && strings.IndexByte(l, ':') > 0 && (isStampOnly(l) || isStamp(l))
}

// hackmdTagsFirst moves HackMD's author tag from the end of a line to its
// start, where hackmdLabel reads it: notes kept in HackMD put the tag
// wherever the author typed it, most often after the point ("* [x]
// Shout-out to @Graham [name=Peter Parente]"), and a note on the author
// may follow inside it ("[name=Matthias, at airport so will stay muted]"),
// which is left out of the name. A tag already first is left as it is.
func hackmdTagsFirst(text string) string {
	var b strings.Builder
	changed := false
	for rest := text; rest != ""; {
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i+1], rest[i+1:]
		} else {
			rest = ""
		}
		if moved, ok := tagFirst(line); ok {
			line, changed = moved, true
		}
		b.WriteString(line)
	}
	if !changed {
		return text
	}
	return b.String()
}

// tagFirst returns line with a HackMD author tag that is not at its start
// moved there, after the list marker and task box.
func tagFirst(line string) (string, bool) {
	at := strings.Index(line, "[name=")
	if at < 0 {
		return line, false
	}
	end := strings.IndexByte(line[at:], ']')
	if end < 0 {
		return line, false
	}
	end += at
	marker, lead := listLead(line)
	if at <= lead {
		return line, false // already first
	}
	name := line[at+len("[name=") : end]
	if i := strings.IndexAny(name, ",("); i > 0 {
		name = name[:i] // "Matthias, at airport so will stay muted"
	}
	name = strings.TrimSpace(name)
	if !(isNick(name) || isPersonName(name) && countWords(name) <= 4) {
		return line, false // a template's "[name=add your name]"
	}
	// Before the task box too: the tag opens the item's text.
	body := strings.TrimRight(line[marker:at], " ") + line[end+1:]
	return line[:marker] + "[name=" + name + "] " + body, true
}

// listLead returns the length of a line's indentation and list marker
// ("    * "), and of those and a task box after them ("    * [x] ").
func listLead(line string) (marker, box int) {
	i := len(line) - len(strings.TrimLeft(line, " \t"))
	if i+1 < len(line) && strings.ContainsRune("*-+", rune(line[i])) && line[i+1] == ' ' {
		i += 2
	}
	marker = i
	if len(line) > i+3 && line[i] == '[' && line[i+2] == ']' && line[i+3] == ' ' {
		i += 4
	}
	return marker, i
}

// isLowerWord reports a word of lower-case ASCII letters ("telegram").
func isLowerWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}
