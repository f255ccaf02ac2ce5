package web

import "strconv"

// itoa keeps templates short.
func itoa(n int) string { return strconv.Itoa(n) }

// itemLabel is "3.1 IETF-wide issues", or the title alone when unnumbered.
func itemLabel(number, title string) string {
	switch {
	case number == "":
		return title
	case title == "":
		return number
	}
	return number + " " + title
}

// remarkCount is "1 remark" or "N remarks".
func remarkCount(n int) string {
	if n == 1 {
		return "1 remark"
	}
	return strconv.Itoa(n) + " remarks"
}

// correctionCount is "1 attribution was" or "N attributions were".
func correctionCount(n int) string {
	if n == 1 {
		return "1 attribution was"
	}
	return strconv.Itoa(n) + " attributions were"
}

// hasHeadings reports whether any item has a number or title, that is,
// whether the agenda is worth a table of contents.
func hasHeadings(items []ItemView) bool {
	for _, it := range items {
		if it.Title != "" || it.Number != "" {
			return true
		}
	}
	return false
}

// remarkLabel names a remark's article for screen readers.
func remarkLabel(r RemarkView) string {
	if r.SpeakerName == "" {
		return "Remark " + strconv.Itoa(r.Key)
	}
	return "Remark " + strconv.Itoa(r.Key) + " by " + r.SpeakerName
}

// CountCap is the largest search result count shown as a number; the
// archive stops counting above it (archive.SearchCountCap), so a larger
// count reads "1,000+ remarks found".
const CountCap = 1000

// resultCount is "1 remark found", "N remarks found" or, past CountCap,
// "1,000+ remarks found".
func resultCount(n int) string {
	if n > CountCap {
		return groupThousands(CountCap) + "+ remarks found"
	}
	return remarkCount(n) + " found"
}

// groupThousands writes n with comma separators: 1000 → "1,000".
func groupThousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
