package minutes

import "strings"

// Chat logs: IRC meetings logged line by line, as meeting bots publish
// them ("[14:02:11] <mkaur> #topic Release status"), with a timestamp, the
// speaker's nick, and the bot's commands in the text. The text reader
// rewrites each such line into what the rest of the parser already reads:
// "<nick> text" for what someone said, a heading for #topic, a metadata
// line for joins, bot output and set-up commands, and an outcome line for
// #agreed and #action.

// chatKind is what a chat log line is.
type chatKind uint8

const (
	chatSay     chatKind = iota // someone's words: "<nick> text"
	chatTopic                   // #topic: an agenda item
	chatTitle                   // #startmeeting: the document's title
	chatMeta                    // not remark text: joins, bots, set-up commands, links
	chatOutcome                 // #agreed, #action: the meeting's record, nobody's words
)

// said is a chat line of nick's words as the rest of the parser reads
// them: "<nick> text".
func said(nick, text string) chatLine {
	return chatLine{kind: chatSay, text: "<" + nick + "> " + text}
}

// chatLine is one chat log line, rewritten.
type chatLine struct {
	kind chatKind
	text string // the line to read, or the topic's title
}

// readChatLine reads a line of a chat log: an optional timestamp, then
// "<nick> text" or "* nick text". A line without a timestamp is read only
// when it carries a bot command or a join ("<nick>" lines without either
// are read as labels already, and "* word" is a bullet).
func readChatLine(line string) (chatLine, bool) {
	rest, stamped := cutTimestamp(line)
	if stamped {
		if c, ok := tabbedChatLine(rest); ok {
			return c, true
		}
	}
	switch {
	case strings.HasPrefix(rest, "<"):
		end := strings.IndexByte(rest, '>')
		if end < 2 || end > 32 {
			return chatLine{}, false
		}
		nick := angleNick(rest[1:end])
		if nick == "" {
			return chatLine{}, false
		}
		text := strings.TrimSpace(rest[end+1:])
		if isBotName(nick) {
			if title, ok := takenUp(text); ok {
				return chatLine{kind: chatTopic, text: title}, stamped
			}
			if inner, ok := bridgedSender(text); ok {
				// "<DSpaceSlackBot> <terrywbrady> Hello": a bridge relays
				// another network's user, who is the speaker.
				return said(inner.name, text[inner.textStart:]), stamped
			}
			return chatLine{kind: chatMeta, text: rest}, stamped
		}
		if c, ok := chatCommand(nick, text); ok {
			return c, true
		}
		title, ok := cutPrefixFold(text, "topic:")
		if !ok {
			title, ok = cutPrefixFold(text, "subtopic:")
		}
		if ok && strings.TrimSpace(title) != "" {
			// "Topic: Announcements": how scribes of W3C calls open an item.
			return chatLine{kind: chatTopic, text: strings.TrimSpace(title)}, stamped
		}
		if isMetaLine(text) {
			return chatLine{kind: chatMeta, text: rest}, stamped // a link pasted for the record
		}
		return said(nick, text), stamped
	case strings.HasPrefix(rest, "* ") || strings.HasPrefix(rest, "*** ") || strings.HasPrefix(rest, "-!- ") ||
		stamped && strings.HasPrefix(rest, "***") && len(rest) > 3 && rest[3] != '*':
		text := strings.TrimSpace(strings.TrimLeft(rest, "*-! "))
		nick, act, _ := strings.Cut(text, " ")
		if nick = bareNick(nick); !isChatNick(nick) || act == "" {
			return chatLine{}, false
		}
		if clientNotice(act, stamped) {
			return chatLine{kind: chatMeta, text: rest}, true
		}
		// "/me" actions: the nick's own words in the third person.
		return said(nick, act), stamped && rest[0] == '*'
	}
	if stamped {
		return stampedChatLine(rest)
	}
	if startsWithPhrase(line, logBanners) {
		return chatLine{kind: chatMeta, text: line}, true
	}
	if name, ok := senderHeader(line); ok {
		return chatLine{kind: chatSay, text: "<" + name + ">"}, true
	}
	return chatLine{}, false
}

// stampedChatLine reads the rest of a timestamped line that is neither
// "<nick> text" nor "* nick action": a Zoom chat's "From X to Everyone",
// a client that writes "nick: text", a join written as prose, or the
// sender alone over the message.
func stampedChatLine(rest string) (chatLine, bool) {
	if sender, text, ok := zoomSender(rest); ok {
		return chatLine{kind: chatSay, text: strings.TrimSpace("<" + sender + "> " + text)}, true
	}
	// "(01:00:06 PM) cboltz: meeting time": a client that writes the
	// nick with a colon; joins and parts are written as prose.
	if c := strings.Index(rest[:min(len(rest), 32)], ": "); c > 0 && isChatNick(bareNick(rest[:c])) {
		if isBotName(rest[:c]) {
			return chatLine{kind: chatMeta, text: rest}, true
		}
		return said(bareNick(rest[:c]), strings.TrimSpace(rest[c+2:])), true
	}
	if nick, act, ok := strings.Cut(rest, " "); ok && isChatNick(nick) && isChatStatus(act, true) {
		return chatLine{kind: chatMeta, text: rest}, true
	}
	if n := bareNick(rest); isChatNick(n) && !strings.Contains(n, " ") || isPersonName(n) && countWords(n) <= 4 {
		// "[10/30/2018 8:00 PM] japaric", "[4:03 PM] Ann Lee": an export
		// that writes the sender above the message, on the lines that
		// follow (Teams, Discord's exporter).
		return chatLine{kind: chatSay, text: "<" + n + ">"}, true
	}
	return chatLine{}, false
}

// senderHeader reads an untimestamped line that is only a message's
// sender and time, over the message, as chat clients copy their
// messages: Slack's "Ann Lee  4:03 PM" (two spaces), Discord's "Ann Lee —
// Today at 4:03 PM", Webex's "from Ann Lee to everyone:    4:03 PM".
func senderHeader(line string) (string, bool) {
	// The cheap test first: such a line ends with its time.
	if n := len(line); n < 8 || n > 90 || !isDigitByte(line[n-1]) && !(line[n-3] == ' ' && (line[n-1] == 'M' || line[n-1] == 'm')) {
		return "", false
	}
	name, when := "", ""
	switch {
	case strings.HasPrefix(line, "from ") && strings.Contains(strings.ToLower(line), " to everyone:"):
		name = line[len("from "):strings.Index(strings.ToLower(line), " to everyone:")]
		when = strings.TrimSpace(line[strings.Index(strings.ToLower(line), " to everyone:")+len(" to everyone:"):])
	case strings.Contains(line, " — "):
		name, when, _ = strings.Cut(line, " — ")
		for _, day := range [...]string{"Today at ", "Yesterday at "} {
			when = strings.TrimPrefix(when, day)
		}
		if d := strings.IndexByte(when, ' '); d > 0 && numericDate(when[:d]) {
			when = when[d+1:] // "08/16/2018 4:03 PM"
		}
	case strings.Contains(line, "  "):
		name, when, _ = strings.Cut(line, "  ")
	default:
		return "", false
	}
	name, when = strings.TrimSpace(name), strings.TrimSpace(when)
	if !clockOnly(when) {
		return "", false // the time must be all that follows the name
	}
	// A name of one capitalised word ("Lunch  12:30") is as often an
	// entry of a schedule: one word counts only as a handle.
	if !(isPersonName(name) && countWords(name) >= 2 && countWords(name) <= 4 || isNick(name)) {
		return "", false
	}
	return name, true
}

// logBanners open the lines a chat client writes into its log file
// around the channel's own: when logging started and stopped, and when
// the date changed.
var logBanners = []string{"--- Log opened", "--- Log closed", "--- Day changed", "**** BEGIN LOGGING AT",
	"**** ENDING LOGGING AT", "Session Start:", "Session Close:", "Session Ident:"}

// tabbedChatLine reads the rest of a timestamped line of a client that
// writes the sender and the text in columns split by a tab (WeeChat:
// "bob\ttext"), where "-->", "<--" and "--" mark joins, parts and
// notices, and "*" an action ("*\tbob waves").
func tabbedChatLine(rest string) (chatLine, bool) {
	sender, text, ok := strings.Cut(rest, "\t")
	if !ok {
		return chatLine{}, false
	}
	switch sender = strings.TrimSpace(sender); sender {
	case "-->", "<--", "--", "<->", "=!=", "":
		return chatLine{kind: chatMeta, text: rest}, true
	case "*":
		sender, text, _ = strings.Cut(strings.TrimSpace(text), " ")
	}
	if nick := bareNick(sender); isChatNick(nick) && !isBotName(nick) && strings.TrimSpace(text) != "" {
		return said(nick, strings.TrimSpace(text)), true
	}
	return chatLine{}, false
}

// shortNick reports a nick of one or two letters or digits ("<w[m]>"),
// which only a chat line's brackets tell from a word.
func shortNick(n string) bool {
	letter := func(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
	if n == "" || len(n) > 2 || !letter(n[0]) {
		return false
	}
	return len(n) == 1 || letter(n[1]) || isDigitByte(n[1])
}

// zoomSender reads the sender and the text of a line of a saved Zoom
// chat, after its time: "From Dan Garfield to Everyone : Yeah I think",
// "From Ann Lee : ok", "From Scott - CNCF GitOps Working Group to
// Everyone : https://…". What a display name adds after the person
// (" - CNCF …", " (Org)") is dropped.
func zoomSender(rest string) (sender, text string, ok bool) {
	spec, ok := strings.CutPrefix(rest, "From ")
	if !ok {
		return "", "", false
	}
	c := strings.Index(spec[:min(len(spec), 120)], " : ")
	switch {
	case c >= 0:
		spec, text = spec[:c], strings.TrimSpace(spec[c+3:])
	case strings.HasSuffix(spec, ":") && strings.Contains(spec, " to "):
		// Zoom since 2022: "From Ann Lee to Everyone:", the message on
		// the lines under it, indented.
		spec, text = spec[:len(spec)-1], ""
	default:
		return "", "", false
	}
	if to := strings.LastIndex(spec, " to "); to > 0 {
		spec = spec[:to]
	}
	if d := strings.Index(spec, " - "); d > 0 {
		spec = spec[:d]
	}
	if p := strings.Index(spec, " ("); p > 0 {
		spec = spec[:p]
	}
	if spec = strings.TrimSpace(spec); spec == "" || angleNick(spec) == "" {
		return "", "", false
	}
	return spec, text, true
}

// takenUp reads the line in which W3C's Zakim bot takes up an item of
// the agenda ("agendum 2 -- YAML-LD -- taken up [from agendabot]") as
// that item's heading, "2. YAML-LD".
func takenUp(text string) (string, bool) {
	rest, ok := strings.CutPrefix(text, "agendum ")
	if !ok {
		return "", false
	}
	num, rest, ok := strings.Cut(rest, " -- ")
	if !ok || atoiSmall(num) < 0 {
		return "", false
	}
	title, tail, ok := strings.Cut(rest, " -- ")
	if !ok || !strings.HasPrefix(tail, "taken up") || strings.TrimSpace(title) == "" {
		return "", false
	}
	return num + ". " + strings.TrimSpace(title), true
}

// clientNotice reports the rest of a "* nick …" line that the client
// wrote: a status (isChatStatus), also after the "(user@host)" some
// clients print, where a quit reads "Quit (reason)".
func clientNotice(act string, stamped bool) bool {
	if a := afterHost(act); a != act {
		return isChatStatus(a, true) || strings.HasPrefix(a, "Quit")
	}
	return isChatStatus(act, stamped)
}

// afterHost skips the "(user@host) " a client prints after a nick in its
// notices ("* terry-b (~chrome@host) Quit (…)"), or returns act as it is.
func afterHost(act string) string {
	closer := byte(')')
	switch {
	case strings.HasPrefix(act, "["):
		closer = ']' // irssi: "-!- bob [~bob@host] has joined"
	case !strings.HasPrefix(act, "("):
		return act
	}
	end := strings.IndexByte(act, closer)
	if end < 0 || !strings.Contains(act[:end], "@") {
		return act
	}
	return strings.TrimLeft(act[end+1:], " ")
}

// chatCommand reads a meeting bot's command ("#topic Budget") said by nick.
func chatCommand(nick, text string) (chatLine, bool) {
	if !strings.HasPrefix(text, "#") {
		return chatLine{}, false
	}
	cmd, arg, _ := strings.Cut(text[1:], " ")
	arg = strings.TrimSpace(arg)
	switch strings.ToLower(cmd) {
	case "topic", "subtopic":
		if arg == "" {
			return chatLine{}, false
		}
		return chatLine{kind: chatTopic, text: arg}, true
	case "startmeeting":
		// The meeting's name titles the log ("#startmeeting corvid").
		if arg == "" {
			return chatLine{kind: chatMeta, text: "<" + nick + "> " + text}, true
		}
		return chatLine{kind: chatTitle, text: arg + " meeting"}, true
	case "agreed", "agree", "action", "accepted", "rejected":
		return chatLine{kind: chatOutcome, text: strings.ToUpper(cmd) + ": " + arg}, true
	case "info", "idea", "help":
		return said(nick, arg), arg != ""
	case "endmeeting", "chair", "unchair", "link", "url", "meetingname", "meetingtopic",
		"undo", "commands", "save", "startvote", "endvote", "vote", "nick", "restrictlogs", "lurk", "unlurk":
		return chatLine{kind: chatMeta, text: "<" + nick + "> " + text}, true
	}
	return chatLine{}, false
}

// isChatStatus reports the rest of a "* nick ..." line that the chat
// client wrote, not the person: joins, parts, quits, renames, modes. The
// bare verbs ("joined", "left") count only in a timestamped log, where
// "* word" is no bullet; a phrase counts only as whole words.
func isChatStatus(act string, stamped bool) bool {
	return startsWithPhrase(act, chatStatusPhrases) || stamped && startsWithPhrase(act, chatStatusVerbs)
}

// startsWithPhrase reports s opening with one of phrases as whole words.
func startsWithPhrase(s string, phrases []string) bool {
	for _, p := range phrases {
		if rest, ok := strings.CutPrefix(s, p); ok && (rest == "" || rest[0] == ' ' || rest[0] == '(') {
			return true
		}
	}
	return false
}

// chatStatusPhrases are what chat clients write about a participant.
var chatStatusPhrases = []string{"has joined", "has left", "has quit", "is now known as", "sets mode", "set mode",
	"changes topic", "changed the topic", "has changed the topic"}

// chatStatusVerbs say the same on their own, which only a timestamped
// log makes sure of.
var chatStatusVerbs = []string{"joined", "left", "quit"}

// chat adds a rewritten chat log line to the blocks.
func (r *textReader) chat(c chatLine, ln int) {
	switch c.kind {
	case chatTopic:
		r.flush()
		r.out = append(r.out, block{kind: kHeading, level: topicLevel, lines: []string{c.text}, line: ln})
	case chatTitle:
		r.flush()
		r.out = append(r.out, block{kind: kHeading, level: 1, lines: []string{c.text}, line: ln})
	case chatMeta:
		r.flush()
		r.out = append(r.out, block{kind: kPara, lines: []string{c.text}, line: ln, meta: true})
	default:
		r.add(c.text, 0, ln)
		r.lastChat = true
	}
}

// chatWrap joins a line that a chat client wrapped (indented, with no
// time stamp or nick) onto the message before it, and reports whether
// it did.
func (r *textReader) chatWrap(trimmed string, ind int) bool {
	if !r.lastChat || ind == 0 || r.cur == nil || len(r.cur.lines) == 0 {
		return false
	}
	last := len(r.slab) - 1
	r.slab[last] += " " + trimmed
	r.cur.lines[len(r.cur.lines)-1] = r.slab[last]
	return true
}
