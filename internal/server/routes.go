package server

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
)

// Routes returns the site's handler: every route of Plenary is here.
func (s *Server) Routes() http.Handler {
	r := chi.NewRouter()
	r.Use(s.recoverPanics) // first, so it also catches the middleware's panics
	r.Use(timeouts)
	r.Use(s.securityHeaders)
	r.Use(middleware.GetHead) // HEAD of every GET route: link checkers, curl -I
	r.Use(s.crossOrigin)      // every POST must come from our own pages
	r.Use(compress("text/html", "text/css", "text/javascript", "application/atom+xml", "application/xml", "application/akn+xml", "application/json", "application/problem+json", "image/svg+xml"))

	r.Get("/healthz", s.handle(s.healthz))
	r.Get("/static/{name}", s.handle(s.static))

	r.Get("/", s.handle(s.home))
	r.Get("/sessions", s.handle(s.sessions))
	r.Get("/sessions/{slug}", s.handle(s.session))
	r.Get("/sessions/{slug}.akn.xml", s.handle(s.sessionAkn))
	r.Get("/sessions/{slug}/remarks/{key}", s.handle(s.remark))
	r.Get("/sessions/{slug}/source", s.handle(s.sessionSource))
	r.Get("/speakers", s.handle(s.speakers))
	r.Get("/speakers/{slug}", s.handle(s.speaker))
	r.Get("/speakers/{slug}/feed.atom", s.handle(s.speakerFeed))
	r.Get("/search", s.handle(s.search))
	r.Get("/search/feed.atom", s.handle(s.searchFeed))
	r.Get("/search/speakers", s.handle(s.searchSpeakers))
	r.Get("/feed.atom", s.handle(s.feed))
	r.Get("/sitemap.xml", s.handle(s.sitemap))
	r.Get("/data", s.handle(s.dataPage))
	r.Get("/data/{file}", s.handle(s.dataFile))
	r.Get("/robots.txt", s.handle(s.robots))

	r.Mount("/admin", s.adminRoutes())
	r.Mount("/api/v1", s.apiRoutes())

	r.NotFound(s.handle(func(http.ResponseWriter, *http.Request) error {
		return statusError(http.StatusNotFound, "There is nothing at this address. The link may be mistyped.")
	}))
	r.MethodNotAllowed(s.handle(func(http.ResponseWriter, *http.Request) error {
		return statusError(http.StatusMethodNotAllowed, "This address does not accept that kind of request.")
	}))
	return s.hotSession(r)
}

// apiRoutes is the read-only JSON API (docs/api.md): open to pages of
// any origin, errors as problem details.
func (s *Server) apiRoutes() http.Handler {
	r := chi.NewRouter()
	r.Use(apiCORS)
	r.Get("/openapi.json", s.handle(s.openAPIDoc))
	r.Get("/sessions", s.handle(s.apiSessions))
	r.Get("/sessions/{slug}", s.handle(s.apiSessionDetail))
	r.Get("/sessions/{slug}/remarks/{key}", s.handle(s.apiRemarkDetail))
	r.Get("/speakers", s.handle(s.apiSpeakers))
	r.Get("/speakers/{slug}", s.handle(s.apiSpeakerDetail))
	r.Get("/search", s.handle(s.apiSearch))
	r.NotFound(s.handle(func(http.ResponseWriter, *http.Request) error {
		return statusError(http.StatusNotFound, "There is no such API address; see /api/v1/openapi.json.")
	}))
	r.MethodNotAllowed(s.handle(func(http.ResponseWriter, *http.Request) error {
		return statusError(http.StatusMethodNotAllowed, "The API only reads: use GET.")
	}))
	return r
}

// adminRoutes is everything under /admin. Login is the only page open to
// anonymous visitors; the rest answer them with 303 to /admin/login.
func (s *Server) adminRoutes() http.Handler {
	r := chi.NewRouter()
	r.Use(s.adminSession)
	r.Get("/login", s.handle(s.loginForm))
	r.Post("/login", s.handle(s.login))
	r.Group(func(r chi.Router) {
		r.Use(s.requireAdmin)
		r.Get("/", s.handle(s.dashboard))
		r.Post("/logout", s.handle(s.logout))
		r.Get("/uploads/new", s.handle(s.uploadForm))
		r.With(longBody).Post("/uploads", s.handle(s.createUpload))
		r.Get("/uploads/{id}", s.handle(s.preview))
		r.With(longBody).Post("/uploads/{id}/publish", s.handle(s.publishUpload)) // may wait for another publish
		r.Post("/uploads/{id}/discard", s.handle(s.discardUpload))
		r.Post("/uploads/{id}/remarks/{index}", s.handle(s.fixUploadRemark))
		r.Post("/uploads/{id}/remarks/{index}/split", s.handle(s.splitUploadRemark))
		r.Post("/uploads/{id}/remarks/{index}/join", s.handle(s.joinUploadRemark))
		r.Post("/uploads/{id}/remarks/{index}/undo", s.handle(s.undoUploadRemark))
		r.Get("/sessions/{slug}/revisions", s.handle(s.revisions))
		r.Post("/sessions/{slug}/details", s.handle(s.editSession))
		r.Get("/sessions/{slug}/revisions/{n}/source", s.handle(s.revisionSource))
		r.Get("/sessions/{slug}/remarks/{key}", s.handle(s.attributionForm))
		r.Post("/sessions/{slug}/remarks/{key}", s.handle(s.editAttribution))
		r.Post("/sessions/{slug}/remarks/{key}/split", s.handle(s.splitRemark))
		r.Post("/sessions/{slug}/remarks/{key}/join", s.handle(s.joinRemark))
		r.Get("/speakers", s.handle(s.adminSpeakers))
		r.Get("/speakers/suggest", s.handle(s.suggestSpeakers))
		r.Post("/speakers/merge", s.handle(s.mergeSpeakers))
		r.Post("/speakers/assign", s.handle(s.assignSpeaker))
		r.Post("/speakers/{slug}/rename", s.handle(s.renameSpeaker))
		// Unknown admin addresses are 404 only for those logged in.
		r.NotFound(s.handle(func(http.ResponseWriter, *http.Request) error {
			return statusError(http.StatusNotFound, "There is no such admin page.")
		}))
	})
	return r
}
