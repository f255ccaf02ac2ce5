package server

import (
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/web"
)

// home is the front page: the search box and recent sessions.
func (s *Server) home(w http.ResponseWriter, r *http.Request) error {
	list, err := s.store.Sessions(r.Context(), 10)
	if err != nil {
		return err
	}
	v := web.HomePage{Recent: make([]web.SessionLink, len(list))}
	for i, sess := range list {
		v.Recent[i] = sessionLink(sess)
	}
	return render(w, r, http.StatusOK, web.Home(web.Page{Description: "An archive of meeting minutes: who said what, on which agenda item."}, v))
}

// sessions lists every session, newest first, grouped by year.
func (s *Server) sessions(w http.ResponseWriter, r *http.Request) error {
	list, err := s.store.Sessions(r.Context(), 0)
	if err != nil {
		return err
	}
	var v web.SessionsPage
	for _, sess := range list {
		year := "Undated"
		if sess.Date != nil {
			year = strconv.Itoa(sess.Date.Year())
		}
		if n := len(v.Years); n == 0 || v.Years[n-1].Year != year {
			v.Years = append(v.Years, web.YearGroup{Year: year})
		}
		g := &v.Years[len(v.Years)-1]
		g.Sessions = append(g.Sessions, sessionLink(sess))
	}
	return render(w, r, http.StatusOK, web.Sessions(web.Page{Title: "Sessions"}, v))
}

// session shows one session: header, agenda, every remark in order.
func (s *Server) session(w http.ResponseWriter, r *http.Request) error {
	slug := chi.URLParam(r, "slug")
	sess, err := s.store.SessionBySlug(r.Context(), slug)
	if err != nil {
		return err
	}
	items, err := s.store.AgendaItems(r.Context(), sess.ID)
	if err != nil {
		return err
	}
	remarks, err := s.store.Remarks(r.Context(), sess.ID)
	if err != nil {
		return err
	}
	v := sessionPage(sess, items, remarks)
	p := web.Page{Title: sess.Title, Description: sessionDescription(sess)}
	return render(w, r, http.StatusOK, web.Session(p, v))
}

// sessionPage builds the view model of a session page.
func sessionPage(sess archive.Session, items []archive.AgendaItem, remarks []archive.Remark) web.SessionPage {
	v := web.SessionPage{
		Slug: sess.Slug, Title: sess.Title, Body: sess.Body, Location: sess.Location,
		Date: humanDate(sess.Date), ISODate: isoDate(sess.Date),
		Revision: sess.Revision, UpdatedAt: sess.UpdatedAt.UTC().Format("2 January 2006 15:04 UTC"),
		Items: make([]web.ItemView, len(items)),
	}
	index := make(map[int64]int, len(items))
	for i, it := range items {
		index[it.ID] = i
		v.Items[i] = web.ItemView{Anchor: it.Anchor, Number: it.Number, Title: it.Title, Depth: it.Depth}
	}
	for _, rm := range remarks {
		i := index[rm.ItemID]
		v.Items[i].Remarks = append(v.Items[i].Remarks, remarkView(sess.Slug, rm))
	}
	return v
}

// remarkView maps a stored remark to what a page shows.
func remarkView(slug string, rm archive.Remark) web.RemarkView {
	v := web.RemarkView{
		Key: rm.Key, SpeakerName: rm.SpeakerName, Affiliation: rm.Affiliation, Text: rm.Text,
		Permalink: "/sessions/" + slug + "/remarks/" + strconv.Itoa(rm.Key),
	}
	if rm.SpeakerSlug != nil {
		v.SpeakerURL = "/speakers/" + *rm.SpeakerSlug
	}
	return v
}

// sessionLink maps a session to a list entry.
func sessionLink(sess archive.Session) web.SessionLink {
	return web.SessionLink{
		Slug: sess.Slug, Title: sess.Title, Location: sess.Location, Remarks: sess.Remarks,
		Date: humanDate(sess.Date), ISODate: isoDate(sess.Date),
	}
}

// sessionDescription is the meta description of a session page.
func sessionDescription(sess archive.Session) string {
	d := "Minutes of " + sess.Title
	if sess.Date != nil {
		d += ", " + humanDate(sess.Date)
	}
	if sess.Location != "" {
		d += ", " + sess.Location
	}
	return d + "."
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
