package server

import (
	"strconv"
	"time"
)

// remarkPath is the permalink path of a remark.
func remarkPath(slug string, key int) string {
	return "/sessions/" + slug + "/remarks/" + strconv.Itoa(key)
}

// contextPath is a remark in context on its session page.
func contextPath(slug string, key int) string {
	return "/sessions/" + slug + "#r" + strconv.Itoa(key)
}

// defaultBaseURL is the origin of absolute URLs when Config.BaseURL is
// empty (tests, embedding); plenary serve always sets one.
const defaultBaseURL = "http://localhost"

// absURL makes an absolute URL of path on the configured public origin.
// It never uses the request's Host header: that is the client's to
// choose, and these URLs end up in pages that shared caches keep
// (Cache-Control: public), so a forged Host would poison them for everyone.
func (s *Server) absURL(path string) string {
	return s.cfg.BaseURL + path
}

// humanDate is "16 November 2016", or "" for no date.
func humanDate(d *time.Time) string {
	if d == nil {
		return ""
	}
	return d.Format("2 January 2006")
}

// isoDate is "2016-11-16", or "" for no date.
func isoDate(d *time.Time) string {
	if d == nil {
		return ""
	}
	return d.Format(time.DateOnly)
}
