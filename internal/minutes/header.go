package minutes

import "strings"

// readHeader fills title, date and location from the header lines (the
// title heading and the text before the first agenda item or remark).
// When the header has no date, the first date in the document is used.
func readHeader(doc *Document, header []string, text string) {
	for _, l := range header {
		l = cleanTitle(l)
		if l == "" {
			continue
		}
		if lab, ok := parseLabel(l); ok && lab.kind == lMeta {
			val := strings.Trim(l[lab.textStart:], " *_") // "*in person*"
			switch strings.ToLower(lab.name) {
			case "date":
				if doc.Date == "" {
					doc.Date = findDate(val)
				}
			case "location", "place", "venue":
				if doc.Location == "" {
					doc.Location = val
				}
			}
			continue
		}
		if doc.Date == "" {
			if d := findDate(l); d != "" {
				doc.Date = d
				if doc.Title == "" && !isDateLine(l) {
					doc.Title = l
				} else if doc.Location == "" {
					doc.Location = placeInDateLine(l)
				}
				continue
			}
		}
		if doc.Title == "" && isTitleLine(l) {
			doc.Title = l
			continue
		}
		if doc.Location == "" && doc.Title != "" && isPlaceLine(l) {
			doc.Location = l
		}
	}
	// Otherwise the first date in the opening text, line by line (a date
	// is never split over lines, and short lines keep findDate cheap).
	for rest := text[:min(len(text), 4096)]; doc.Date == "" && rest != ""; {
		l, next, _ := strings.Cut(rest, "\n")
		doc.Date, rest = findDate(l), next
	}
}

// isTitleLine reports a header line that can be a title: short, not a
// label, not a URL.
func isTitleLine(l string) bool {
	if len(l) > 120 || strings.Contains(l, "://") || isTemplateTag(l) {
		return false
	}
	if _, ok := parseLabel(l); ok {
		return false
	}
	return countWords(l) <= 14
}

// isPlaceLine reports "City, Country" style lines: two or three
// comma-separated parts of capitalised words.
func isPlaceLine(l string) bool {
	parts := strings.Split(l, ",")
	if len(parts) < 2 || len(parts) > 3 || len(l) > 60 || strings.IndexByte(l, ':') >= 0 {
		return false // "*Chairs:* Dan Appelquist, Peter Linss" lists people
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			return false
		}
		for _, w := range strings.Fields(p) {
			if !isUpperByte(w[0]) && !nameParticles.has(w) {
				return false
			}
		}
	}
	return true
}
