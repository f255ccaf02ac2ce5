package server

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/url"
	"strconv"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/web"
)

// sessionsOnePage is the most sessions /sessions lists on one page (about
// 250 bytes each); a larger archive (of the body asked for) is listed a
// year at a time, with an index of the years.
const sessionsOnePage = 400

// sessions lists the sessions, newest first, grouped by year: all of them
// while they fit one page, else the year asked for (?year=2016, or
// ?year=undated), the newest by default. ?body= narrows to one body.
func (s *Server) sessions(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	stamp, err := s.reads.Stamp(ctx)
	if err != nil {
		return err
	}
	q := r.URL.Query()
	body, yearParam := cleanParam(q.Get("body"), 100), q.Get("year")
	sum := sha256.Sum256([]byte(body + "\x00" + yearParam)) // any text: not in an ETag as is
	if notModified(w, r, etag("sessions", stamp, hex.EncodeToString(sum[:8])), cachePage) {
		return nil
	}
	years, err := s.reads.SessionYears(ctx, body)
	if err != nil {
		return err
	}
	year, whole, err := pickYear(years, yearParam, s.sessionsOnePage)
	if err != nil {
		return err
	}
	var list []archive.Session
	if whole {
		list, err = s.reads.Sessions(ctx, 0)
	} else {
		list, err = s.reads.SessionsInYear(ctx, year, body)
	}
	if err != nil {
		return err
	}
	v := web.SessionsPage{Body: body}
	if v.Bodies, err = s.reads.Bodies(ctx); err != nil {
		return err
	}
	if !whole {
		v.YearLinks = yearLinks(years, year, body)
	}
	v.Years = groupByYear(list, body)
	p := web.Page{Title: "Sessions", Description: "Every session in the archive, newest first.", Canonical: s.absURL("/sessions")}
	return s.render(w, r, http.StatusOK, web.Sessions(p, v))
}

// pickYear reads ?year= against the years there are: whole when every
// session fits one page and no year was asked for; a year that has no
// sessions, or is not a year, is a 404.
func pickYear(years []archive.YearCount, param string, onePage int) (year int, whole bool, err error) {
	total := 0
	for _, y := range years {
		total += y.Sessions
	}
	switch {
	case param == "" && total <= onePage:
		return 0, true, nil
	case param == "":
		return years[0].Year, false, nil // total > onePage: there are years
	case param != "undated":
		if year, err = strconv.Atoi(param); err != nil || year < 1 || strconv.Itoa(year) != param {
			return 0, false, statusError(http.StatusNotFound, "There is no such year of sessions.")
		}
	}
	for _, y := range years {
		if y.Year == year {
			return year, false, nil
		}
	}
	return 0, false, statusError(http.StatusNotFound, "The archive has no sessions in "+yearLabel(year)+".")
}

// yearLinks is the index of years of a /sessions split by year.
func yearLinks(years []archive.YearCount, current int, body string) []web.YearLink {
	out := make([]web.YearLink, len(years))
	for i, y := range years {
		q := url.Values{"year": {strconv.Itoa(y.Year)}}
		if y.Year == 0 {
			q.Set("year", "undated")
		}
		if body != "" {
			q.Set("body", body)
		}
		out[i] = web.YearLink{Label: yearLabel(y.Year), URL: "/sessions?" + q.Encode(), Sessions: y.Sessions, Current: y.Year == current}
	}
	return out
}

// groupByYear groups sessions (newest first) by year, keeping those of
// body when it is not "".
func groupByYear(list []archive.Session, body string) []web.YearGroup {
	var out []web.YearGroup
	for _, sess := range list {
		if body != "" && sess.Body != body {
			continue
		}
		year := 0
		if sess.Date != nil {
			year = sess.Date.Year()
		}
		if n := len(out); n == 0 || out[n-1].Year != yearLabel(year) {
			out = append(out, web.YearGroup{Year: yearLabel(year)})
		}
		g := &out[len(out)-1]
		g.Sessions = append(g.Sessions, sessionLink(sess))
	}
	return out
}

// yearLabel is "2016", or "Undated" for 0.
func yearLabel(year int) string {
	if year == 0 {
		return "Undated"
	}
	return strconv.Itoa(year)
}
