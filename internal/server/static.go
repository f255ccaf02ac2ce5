package server

import (
	"bytes"
	"fmt"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/plenary/plenary/static"
)

// static serves an embedded asset by its content-hashed name. The name
// changes with the content, so the response may be cached for a year.
func (s *Server) static(w http.ResponseWriter, r *http.Request) error {
	a, ok := static.Lookup(chi.URLParam(r, "name"))
	if !ok {
		return statusError(http.StatusNotFound, "No such file.")
	}
	w.Header().Set("Content-Type", a.ContentType)
	w.Header().Set("Cache-Control", cacheStatic)
	http.ServeContent(w, r, a.Name, time.Time{}, bytes.NewReader(a.Body))
	return nil
}

// healthz answers 200 when the database answers, else 503; the cause goes
// to the log (at Warn: an outage, not a bug), never to the client.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) error {
	if err := s.store.Ping(r.Context()); err != nil {
		return causeError(http.StatusServiceUnavailable, "database unavailable", err)
	}
	if err := s.reads.Ping(r.Context()); err != nil {
		return causeError(http.StatusServiceUnavailable, "read replica unavailable", err)
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if _, err := w.Write([]byte("ok\n")); err != nil {
		return fmt.Errorf("write health check: %w", err)
	}
	return nil
}
