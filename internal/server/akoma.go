package server

import (
	"bytes"
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/plenary/plenary/internal/akn"
	"github.com/plenary/plenary/internal/archive"
)

// sessionAkn serves a session as an Akoma Ntoso 3.0 debate, built from the
// same store queries as the session page, revalidated like it.
func (s *Server) sessionAkn(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	sess, err := s.sessionBySlug(ctx, chi.URLParam(r, "slug"))
	if err != nil {
		return err
	}
	if notModified(w, r, sessionETag(sess, "akn"), cachePage) {
		return nil
	}
	items, err := s.store.AgendaItems(ctx, sess.ID)
	if err != nil {
		return err
	}
	remarks, err := s.store.Remarks(ctx, sess.ID)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := akn.Write(&buf, s.debate(sess, items, remarks)); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/akn+xml; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
	_, err = w.Write(buf.Bytes())
	return err
}

// debate turns a session's rows into the Akoma Ntoso model: one section
// per agenda item in order, every speaker with a page listed once.
func (s *Server) debate(sess archive.Session, items []archive.AgendaItem, remarks []archive.Remark) akn.Debate {
	d := akn.Debate{
		Title: sess.Title, Body: sess.Body, Location: sess.Location, Date: sess.Date,
		Revision: sess.Revision, Published: sess.UpdatedAt.UTC(), Generated: sess.ChangedAt.UTC(),
		WorkURI: s.absURL("/sessions/" + sess.Slug), FileURI: s.absURL("/sessions/" + sess.Slug + ".akn.xml"),
		Sections: make([]akn.Section, len(items)),
	}
	if d.Generated.IsZero() {
		d.Generated = time.Now().UTC()
	}
	index := make(map[int64]int, len(items))
	for i, it := range items {
		index[it.ID] = i
		d.Sections[i] = akn.Section{Number: it.Number, Title: it.Title}
	}
	listed := map[string]bool{}
	for _, rm := range remarks {
		i, ok := index[rm.ItemID]
		if !ok {
			continue // every remark has an item; a row without one is skipped, not invented
		}
		sp := akn.Speech{Key: rm.Key, From: rm.SpeakerName, Affiliation: rm.Affiliation, Text: rm.Text}
		var who akn.Person
		switch {
		case rm.SpeakerSlug != nil:
			who = akn.Person{ID: *rm.SpeakerSlug, Name: rm.SpeakerName, URI: s.absURL("/speakers/" + *rm.SpeakerSlug)}
		case rm.SpeakerName != "":
			// A label the archive could not resolve to a speaker: a person
			// all the same, known by the name printed (an underscore keeps
			// the ID apart from every speaker's slug).
			who = akn.Person{ID: "label_" + akn.ID(rm.SpeakerName), Name: rm.SpeakerName, URI: "/ontology/person/unresolved/" + akn.ID(rm.SpeakerName)}
		}
		if who.ID != "" {
			sp.Speaker = who.ID
			if !listed[who.ID] {
				listed[who.ID] = true
				d.Speakers = append(d.Speakers, who)
			}
		}
		d.Sections[i].Remarks = append(d.Sections[i].Remarks, sp)
	}
	return d
}
