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

// resultCount is "1 remark found" or "N remarks found".
func resultCount(n int) string {
	return remarkCount(n) + " found"
}
