package minutes

import "strings"

// notPlaceWords mark a segment of a date line as a title or an event
// rather than a place ("Plenary Minutes, 29 July 2009").
var notPlaceWords = wordSet(`minutes meeting plenary session sitting report agenda notes draft
proceedings held ietf iab iesg ieee icann ripe working group committee assembly`)

// placeInDateLine reads the place written on the same line as the date:
// "Stockholm, Sweden, 29 July 2009", "6 April 2016, Buenos Aires",
// "Thursday, 6 February 2025 — Brussels", "Held on Tuesday, 4 March
// 2025, in Strasbourg". The line is cut at commas and dashes; the parts
// with the date or a weekday are dropped, and the rest must be a few
// capitalised words ("in" or "at" before them allowed).
func placeInDateLine(l string) string {
	var parts []string
	for _, seg := range splitPlaceLine(l) {
		seg = strings.TrimSpace(seg)
		if seg == "" || strings.ContainsAny(seg, "0123456789") || hasWeekday(seg) {
			continue
		}
		for _, p := range []string{"in ", "at ", "In ", "At "} {
			seg = strings.TrimPrefix(seg, p)
		}
		if !isPlaceWords(seg) {
			return ""
		}
		parts = append(parts, seg)
	}
	if len(parts) == 0 || len(parts) > 3 {
		return ""
	}
	return strings.Join(parts, ", ")
}

// splitPlaceLine cuts a header line at commas and spaced dashes.
func splitPlaceLine(l string) []string {
	for _, d := range []string{" — ", " – ", " - ", " | "} {
		l = strings.ReplaceAll(l, d, ",")
	}
	return strings.Split(l, ",")
}

// hasWeekday reports a segment with a day of the week in it.
func hasWeekday(seg string) bool {
	for _, w := range strings.Fields(seg) {
		if weekdays.hasFold(strings.Trim(w, ".,")) {
			return true
		}
	}
	return false
}

// isPlaceWords reports one to four capitalised words (particles allowed)
// that are not the words of a meeting's title.
func isPlaceWords(seg string) bool {
	ws := strings.Fields(seg)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if notPlaceWords.hasFold(w) || !(isUpperByte(w[0]) || w[0] >= 0x80) && !nameParticles.has(w) {
			return false
		}
	}
	return true
}
