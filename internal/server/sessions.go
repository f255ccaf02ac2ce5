package server

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/a-h/templ"
	"github.com/go-chi/chi/v5"
	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/web"
)

// home is the front page: the search box and recent sessions.
func (s *Server) home(w http.ResponseWriter, r *http.Request) error {
	stamp, err := s.reads.Stamp(r.Context())
	if err != nil {
		return err
	}
	if notModified(w, r, etag("home", stamp), cachePage) {
		return nil
	}
	list, err := s.reads.Sessions(r.Context(), 10)
	if err != nil {
		return err
	}
	v := web.HomePage{Recent: make([]web.SessionLink, len(list))}
	for i, sess := range list {
		v.Recent[i] = sessionLink(sess)
	}
	p := web.Page{Description: "An archive of meeting minutes: who said what, on which agenda item.", Canonical: s.absURL("/")}
	return s.render(w, r, http.StatusOK, web.Home(p, v))
}

// session shows one session: header, agenda, every remark in order. Its
// ETag comes from the session's revision, so revalidation costs one
// indexed lookup and no rendering.
func (s *Server) session(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	sess, err := s.sessionBySlug(ctx, chi.URLParam(r, "slug"))
	if rev, waiting := waitingForReplica(r, sess, err); waiting {
		return s.replicaLag(w, r, rev)
	}
	if err != nil {
		return err
	}
	tag := sessionETag(sess)
	if notModified(w, r, tag, cachePage) {
		return nil
	}
	return s.renderCached(w, r, tag, func() (templ.Component, error) {
		return s.sessionComponent(r, sess)
	})
}

// sessionComponent loads what a session page shows and returns the page.
func (s *Server) sessionComponent(r *http.Request, sess archive.Session) (templ.Component, error) {
	ctx := r.Context()
	items, remarks, err := s.sessionRows(ctx, sess.ID)
	if err != nil {
		return nil, err
	}
	retired, err := s.reads.RetiredKeys(ctx, sess.ID)
	if err != nil {
		return nil, err
	}
	v := sessionPage(sess, items, remarks, retired)
	if v.Corrections, err = s.reads.Corrections(ctx, sess.ID); err != nil {
		return nil, err
	}
	if moved, err := strconv.Atoi(r.URL.Query().Get("moved")); err == nil && moved > 0 {
		v.Moved = moved
	}
	p := web.Page{Title: sess.Title, Description: sessionDescription(sess), Canonical: s.absURL("/sessions/" + sess.Slug)}
	p.Social = &web.Social{Title: sess.Title, Description: p.Description, URL: p.Canonical, Type: "article"}
	return web.Session(p, v), nil
}

// sessionRows loads what every view of a session shows: its agenda and
// its remarks in order (the page, the JSON API and Akoma Ntoso alike).
func (s *Server) sessionRows(ctx context.Context, id int64) ([]archive.AgendaItem, []archive.Remark, error) {
	items, err := s.reads.AgendaItems(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	remarks, err := s.reads.Remarks(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	return items, remarks, nil
}

// sessionETag derives a session page's validator from its revision (and
// changed_at, which also moves when an admin renames or merges a speaker shown on it).
func sessionETag(sess archive.Session, extra ...string) string {
	parts := append([]string{"s" + strconv.FormatInt(sess.ID, 10), "r" + strconv.Itoa(sess.Revision),
		strconv.FormatInt(sess.ChangedAt.UnixMicro(), 36)}, extra...)
	return etag(parts...)
}

// sessionPage builds the view model of a session page.
func sessionPage(sess archive.Session, items []archive.AgendaItem, remarks []archive.Remark, retired []archive.RetiredKey) web.SessionPage {
	v := web.SessionPage{
		Slug: sess.Slug, Title: sess.Title, Body: sess.Body, Location: sess.Location,
		Date: humanDate(sess.Date), ISODate: isoDate(sess.Date), Revision: sess.Revision,
		UpdatedAt: sess.UpdatedAt.UTC().Format("2 January 2006 15:04 UTC"),
		ISOUpdate: sess.UpdatedAt.UTC().Format(time.RFC3339),
		Items:     make([]web.ItemView, len(items)),
	}
	movedTo := make(map[int][]int, len(retired))
	for _, k := range retired {
		movedTo[k.Successor] = append(movedTo[k.Successor], k.Key)
	}
	index := make(map[int64]int, len(items))
	for i, it := range items {
		index[it.ID] = i
		v.Items[i] = web.ItemView{Anchor: it.Anchor, Number: it.Number, Title: it.Title, Depth: it.Depth}
	}
	for _, rm := range remarks {
		i := index[rm.ItemID]
		rv := remarkView(sess.Slug, rm)
		rv.MovedFrom = movedTo[rm.Key]
		v.Items[i].Remarks = append(v.Items[i].Remarks, rv)
	}
	return v
}

// remarkView maps a stored remark to what a session page shows.
func remarkView(slug string, rm archive.Remark) web.RemarkView {
	v := web.RemarkView{
		Key: rm.Key, SpeakerName: rm.SpeakerName, Affiliation: rm.Affiliation, Text: rm.Text,
		Permalink: remarkPath(slug, rm.Key), ID: "r" + strconv.Itoa(rm.Key),
	}
	if rm.SpeakerSlug != nil {
		v.SpeakerURL = "/speakers/" + *rm.SpeakerSlug
	}
	return v
}

// sessionLink maps a session to a list entry.
func sessionLink(sess archive.Session) web.SessionLink {
	return web.SessionLink{
		Slug: sess.Slug, Title: sess.Title, Location: sess.Location, Body: sess.Body, Remarks: sess.Remarks,
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
