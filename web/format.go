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
