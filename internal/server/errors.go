package server

import (
	"errors"
	"net/http"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/web"
)

// handlerFunc is an http.HandlerFunc that returns its error instead of
// writing it, so there is one place that decides status pages and logging.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// httpError is an error with the status code and message a user should see.
type httpError struct {
	status int
	msg    string
	err    error
}

func (e *httpError) Error() string {
	if e.err != nil {
		return e.msg + ": " + e.err.Error()
	}
	return e.msg
}
func (e *httpError) Unwrap() error { return e.err }

// statusError returns an error shown to the user as status with msg.
func statusError(status int, msg string) error {
	return &httpError{status: status, msg: msg}
}

// handle adapts a handlerFunc: an archive.ErrNotFound becomes the 404 page,
// an httpError its status page, anything else a 500 page and one log line.
func (s *Server) handle(h handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		err := h(w, r)
		if err == nil {
			return
		}
		status, msg := http.StatusInternalServerError, "Something went wrong on our side. Please try again later."
		var he *httpError
		switch {
		case errors.As(err, &he):
			status, msg = he.status, he.msg
		case errors.Is(err, archive.ErrNotFound):
			status, msg = http.StatusNotFound, "There is nothing at this address. The link may be mistyped."
		case errors.Is(err, r.Context().Err()):
			return // the client went away; nothing to tell it
		}
		if status >= 500 {
			s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "status", status, "err", err)
		}
		s.errorPage(w, r, status, msg)
	}
}

// errorPage writes a status page.
func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, status int, msg string) {
	heading := http.StatusText(status)
	if status == http.StatusNotFound {
		heading = "Page not found"
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = web.Error(web.Page{Title: heading}, web.ErrorPage{Status: status, Heading: heading, Message: msg}).Render(r.Context(), w)
}
