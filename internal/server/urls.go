package server

import (
	"net/http"
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

// absURL makes an absolute URL of path: on the configured public origin,
// or, when none is configured, on the origin the request came to (set
// --base-url in production: the Host header is the client's to choose).
func (s *Server) absURL(r *http.Request, path string) string {
	if s.cfg.BaseURL != "" {
		return s.cfg.BaseURL + path
	}
	scheme := "http"
	if r.TLS != nil || (s.cfg.TrustProxy && r.Header.Get("X-Forwarded-Proto") == "https") {
		scheme = "https"
	}
	return scheme + "://" + r.Host + path
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
