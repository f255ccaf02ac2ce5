package server

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/web"
)

// With DATABASE_READ_URL, public pages read from a streaming replica,
// which applies a publish a moment after the primary committed it. The
// admin who published is sent to the session page with ?published=N;
// until the replica has revision N, that page says so and reloads,
// instead of showing the old revision or a 404 as if the publish had
// failed. Readers without the parameter see what the replica has.

// publishedParam is the query parameter of the page a publish leads to.
const publishedParam = "published"

// waitingForReplica reports whether the request asks for a revision of a
// session the replica does not have yet (sess and err are its lookup).
func waitingForReplica(r *http.Request, sess archive.Session, err error) (int, bool) {
	want, perr := strconv.Atoi(r.URL.Query().Get(publishedParam))
	if perr != nil || want < 1 {
		return 0, false
	}
	if errors.Is(err, archive.ErrNotFound) || err == nil && sess.Revision < want {
		return want, true
	}
	return 0, false
}

// replicaLag is the page of a session revision just published that the
// replica has not applied yet: 503 with Retry-After, reloaded by the
// browser (Refresh) until it is there.
func (s *Server) replicaLag(w http.ResponseWriter, r *http.Request, revision int) error {
	h := w.Header()
	h.Set("Retry-After", "1")
	h.Set("Refresh", "1")
	h.Set("Cache-Control", "no-store")
	return s.render(w, r, http.StatusServiceUnavailable, web.Error(web.Page{Title: "Just published"}, web.ErrorPage{
		Status:  http.StatusServiceUnavailable,
		Heading: "Just published",
		Message: "Revision " + strconv.Itoa(revision) + " of this session was published a moment ago and is on its way to the server that shows it. This page reloads by itself until it is there, usually within a second.",
	}))
}
