package server

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/web"
)

// revisions is /admin/sessions/{slug}/revisions: the session's header,
// which an admin may correct, and every published revision with its
// source.
func (s *Server) revisions(w http.ResponseWriter, r *http.Request) error {
	return s.sessionAdminPage(w, r, http.StatusOK, "", nil)
}

// sessionAdminPage renders the revisions page; typed, when set, refills
// the header form after a refusal instead of the stored header.
func (s *Server) sessionAdminPage(w http.ResponseWriter, r *http.Request, status int, errMsg string, typed *web.HeaderForm) error {
	slug := chi.URLParam(r, "slug")
	sess, err := s.store.SessionBySlug(r.Context(), slug)
	if err != nil {
		return err
	}
	revs, err := s.store.Revisions(r.Context(), slug)
	if err != nil {
		return err
	}
	v := web.RevisionsPage{AdminShell: s.shell(r), Slug: slug, Title: sess.Title, Error: errMsg}
	v.Header = web.HeaderForm{Title: sess.Title, Body: sess.Body, Location: sess.Location, Date: isoDate(sess.Date)}
	if typed != nil {
		v.Header = *typed
	}
	v.Header.EditURL = "/admin/sessions/" + slug + "/details"
	for _, rv := range revs {
		v.Revisions = append(v.Revisions, web.RevisionView{
			Number: rv.Number, PublishedAt: adminTime(rv.PublishedAt), ISOAt: rv.PublishedAt.UTC().Format(time.RFC3339),
			PublishedBy: rv.PublishedBy, Filename: rv.Filename, Format: rv.Format, Size: byteSize(rv.Bytes),
			SHA256:    fmt.Sprintf("%x", rv.SHA256),
			SourceURL: fmt.Sprintf("/admin/sessions/%s/revisions/%d/source", slug, rv.Number),
			Current:   rv.Number == sess.Revision,
		})
	}
	orphans, err := s.store.OrphanedEdits(r.Context(), sess.ID)
	if err != nil {
		return err
	}
	for _, o := range orphans {
		v.Orphans = append(v.Orphans, web.OrphanView{Key: o.Key, Speaker: o.Speaker, EditedBy: o.EditedBy,
			EditedAt: adminTime(o.EditedAt), Successor: fmt.Sprintf("/sessions/%s/remarks/%d", slug, o.Key)})
	}
	reshaped, err := s.store.StructureOrphans(r.Context(), sess.ID)
	if err != nil {
		return err
	}
	for _, o := range reshaped {
		v.Reshaped = append(v.Reshaped, web.ReshapeView{Kind: o.Kind, Key: o.Key, Words: o.Words, EditedBy: o.EditedBy, EditedAt: adminTime(o.EditedAt)})
	}
	if v.HandEdits, err = s.handEditViews(r, slug, sess.ID); err != nil {
		return err
	}
	return s.render(w, r, status, web.Revisions(web.Page{Title: "Revisions of " + sess.Title}, v))
}

// editSession corrects a session's title, body, date and location.
// Refused input re-shows the form with the reason and what was typed.
func (s *Server) editSession(w http.ResponseWriter, r *http.Request) error {
	if err := parseSmallForm(w, r); err != nil {
		return err
	}
	slug := chi.URLParam(r, "slug")
	typed := web.HeaderForm{
		Title: r.PostForm.Get("title"), Body: r.PostForm.Get("body"),
		Location: r.PostForm.Get("location"), Date: r.PostForm.Get("date"),
	}
	h := archive.SessionHeader{Title: typed.Title, Body: typed.Body, Location: typed.Location}
	if typed.Date != "" {
		d, err := time.Parse(time.DateOnly, typed.Date)
		if err != nil {
			return s.sessionAdminPage(w, r, http.StatusUnprocessableEntity, "Give the date as YYYY-MM-DD. Nothing was changed.", &typed)
		}
		h.Date = &d
	}
	err := s.store.EditSession(r.Context(), slug, h, s.adminName(r))
	var ie *archive.InputError
	switch {
	case errors.As(err, &ie):
		return s.sessionAdminPage(w, r, http.StatusUnprocessableEntity, ie.Error()+". Nothing was changed.", &typed)
	case err != nil:
		return err // ErrNotFound becomes the 404 page
	}
	s.recent.forgetAll()
	s.flash(r, "Session details saved.")
	http.Redirect(w, r, "/admin/sessions/"+slug+"/revisions", http.StatusSeeOther)
	return nil
}

// handEditViews lists a session's hand corrections for its revisions
// page (the newest 500: a session with more is being rewritten by hand,
// and the audit log has them all).
func (s *Server) handEditViews(r *http.Request, slug string, sessionID int64) ([]web.HandEditView, error) {
	list, err := s.store.SessionCorrections(r.Context(), sessionID, 500)
	if err != nil {
		return nil, err
	}
	out := make([]web.HandEditView, 0, len(list))
	for _, c := range list {
		who := c.Speaker
		if who == "" {
			who = "nobody (narration)"
		}
		what := "Speaker set to " + who
		switch c.Kind {
		case "split":
			what = "Split before “" + c.Words + "”; the rest said by " + who
		case "join":
			what = "Joined onto the remark before (it opened “" + c.Words + "”)"
		}
		out = append(out, web.HandEditView{
			What: what, Key: c.Key, RemarkURL: fmt.Sprintf("/admin/sessions/%s/remarks/%d", slug, c.Key),
			EditedBy: c.EditedBy, EditedAt: adminTime(c.EditedAt), Live: c.Live,
		})
	}
	return out, nil
}
