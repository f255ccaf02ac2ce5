package server

import (
	"context"
	"errors"
	"net/http"
	"sync"
	"time"

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

// Error is the user's message and, for the log, the cause.
func (e *httpError) Error() string {
	if e.err != nil {
		return e.msg + ": " + e.err.Error()
	}
	return e.msg
}

// Unwrap exposes the cause to errors.Is and errors.As.
func (e *httpError) Unwrap() error { return e.err }

// statusError returns an error shown to the user as status with msg.
func statusError(status int, msg string) error {
	return &httpError{status: status, msg: msg}
}

// causeError is statusError that keeps its cause for the log line.
func causeError(status int, msg string, cause error) error {
	return &httpError{status: status, msg: msg, err: cause}
}

// msgServerError is the 500 page's message.
const msgServerError = "Something went wrong on our side. Please try again later."

// handle adapts a handlerFunc: an archive.ErrNotFound becomes the 404 page,
// an httpError its status page, a timeout a 503 page, anything else a 500
// page; server errors get one log line (Warn for 503s, which say the
// database is slow or away rather than that the code is wrong).
func (s *Server) handle(h handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := s.waitForConnection(h, w, r); err != nil {
			s.fail(w, r, err)
		}
	}
}

// fail answers a request that failed with err: the status page and the
// log line handle describes.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := http.StatusInternalServerError, msgServerError
	var he *httpError
	switch {
	case errors.As(err, &he):
		status, msg = he.status, he.msg
	case errors.Is(err, archive.ErrNotFound):
		status, msg = http.StatusNotFound, "There is nothing at this address. The link may be mistyped."
	case archive.IsBadInput(err):
		// A NUL or a number out of range that got past the checks of
		// its form: the request's fault, refused without a 500.
		status, msg = http.StatusBadRequest, "The request holds characters or numbers the archive cannot store."
	case archive.IsTimeout(err):
		status, msg = http.StatusServiceUnavailable, "The archive took too long to answer. Please try again in a moment."
	case archive.IsUnavailable(err):
		w.Header().Set("Retry-After", "5")
		if s.outage.first(time.Now()) {
			s.log.Warn("database unavailable: answering 503 until it is back", "method", r.Method, "path", r.URL.Path, "err", err)
		}
		s.errorPage(w, r, http.StatusServiceUnavailable, "The archive's database is not answering just now. Please try again in a few seconds.")
		return
	case errors.Is(err, context.Canceled) && r.Context().Err() != nil:
		return // the client went away (or the server is stopping)
	}
	switch {
	case status == http.StatusServiceUnavailable:
		s.log.Warn("request failed", "method", r.Method, "path", r.URL.Path, "status", status, "err", err)
	case status >= 500:
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "status", status, "err", err)
	}
	s.errorPage(w, r, status, msg)
}

// connectionWait bounds how long a reading request waits, retrying, when
// the database refuses a new connection because its connection limit is
// reached (several processes sharing one server, or a pool larger than
// max_connections): under load a connection comes free within
// milliseconds, so a short wait answers the reader where failing at once
// would not. Beyond it the reader gets the outage's 503.
const connectionWait = 3 * time.Second

// waitForConnection runs h, and runs a GET or HEAD again, with growing
// pauses up to s.connWait, while it fails for want of a connection.
// Handlers write nothing before their queries fail, so a rerun starts
// clean; other methods are never rerun, as they may have changed data.
func (s *Server) waitForConnection(h handlerFunc, w http.ResponseWriter, r *http.Request) error {
	err := h(w, r)
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		return err
	}
	giveUp := time.Now().Add(s.connWait)
	for pause := 20 * time.Millisecond; err != nil && archive.IsConnectionLimit(err) && time.Now().Add(pause).Before(giveUp); pause = min(2*pause, 400*time.Millisecond) {
		t := time.NewTimer(pause)
		select {
		case <-t.C:
		case <-r.Context().Done():
			t.Stop()
			return err
		}
		err = h(w, r)
	}
	return err
}

// outageLog lets one log line through per outage: a restart of the
// database under load would otherwise log every request it fails.
type outageLog struct {
	mu   sync.Mutex
	last time.Time
}

// first reports whether no outage was logged in the minute before now, and
// notes now as logged when so.
func (o *outageLog) first(now time.Time) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	if now.Sub(o.last) < time.Minute {
		return false
	}
	o.last = now
	return true
}

// errorPage writes a status page, or for the JSON API its problem details.
func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, status int, msg string) {
	if isAPI(r) {
		problem(w, r, status, msg)
		return
	}
	heading := http.StatusText(status)
	if status == http.StatusNotFound {
		heading = "Page not found"
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = web.Error(web.Page{Title: heading}, web.ErrorPage{Status: status, Heading: heading, Message: msg}).Render(r.Context(), w)
}
