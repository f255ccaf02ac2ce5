package minutes

import "strings"

// This file holds the lines that open an agenda item by saying so
// ("TOPIC: Budget", "Agenda item 3: Roof repairs") where the source
// marks no heading.

// topicLevel is the heading level of an item a line names as a topic:
// below the level of a document title, so that the first topic, which
// nothing marks as the document's title, is never taken for it.
const topicLevel = 2

// topicTitle reads a line that opens an agenda item by saying so ("TOPIC:
// Budget", "Agenda item 3: Roof repairs", "Item 5 – Liaison reports") and
// returns the heading it stands for ("Budget", "3. Roof repairs"), or "".
// Offsets are taken on line itself: its keys are ASCII, matched ignoring
// case without lower-casing the line (which may change its length).
func topicTitle(line string) string {
	if len(line) > 100 || len(line) < 8 || !strings.ContainsAny(line[:1], "TtAaIiPp") {
		return ""
	}
	if rest, ok := cutPrefixFold(line, "point "); ok && rest != "" && isDigitByte(rest[0]) {
		line = "Item " + rest // "Point 1: Status Reports", as ReactOS numbers its agenda
	}
	if rest, ok := cutPrefixFold(line, "topic:"); ok {
		return strings.TrimSpace(rest)
	}
	rest, agenda := cutPrefixFold(line, "agenda ")
	if !agenda {
		rest = line
	}
	rest, ok := cutPrefixFold(rest, "item")
	if !ok {
		return ""
	}
	rest = strings.TrimLeft(rest, " ")
	num := rest[:len(rest)-len(strings.TrimLeft(rest, "0123456789."))]
	if num == "" && !agenda {
		return "" // "Item:" alone is a label, "Items to note" a title
	}
	rest = strings.TrimLeft(rest[len(num):], " ")
	// "Item 5. Budget": the number took its dot, which separates.
	sep := strings.HasSuffix(num, ".")
	for _, p := range []string{":", "–", "—", "-"} {
		if strings.HasPrefix(rest, p) {
			rest, sep = rest[len(p):], true
			break
		}
	}
	title := strings.TrimSpace(rest)
	if !sep || title == "" || strings.HasSuffix(title, ".") {
		return ""
	}
	if num = strings.TrimRight(num, "."); num != "" {
		return num + ". " + title
	}
	return title
}
