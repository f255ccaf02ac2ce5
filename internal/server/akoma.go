package server

import (
	"bytes"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"

	"github.com/plenary/plenary/internal/akn"
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
	items, remarks, err := s.sessionRows(ctx, sess.ID)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := akn.Write(&buf, akn.FromSession(s.absURL(""), sess, items, remarks)); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/akn+xml; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
	_, err = w.Write(buf.Bytes())
	return err
}
