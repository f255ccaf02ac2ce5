// Package server is Plenary's HTTP side: the chi router, the handlers of
// the public site and the admin, and their middleware. Handlers return an
// error; one adapter (handle) turns errors into status pages and logs
// server errors once, with method and path.
package server

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/plenary/plenary/internal/archive"
)

// Config is what the server needs from main.
type Config struct {
	// BaseURL is the public origin ("https://plenary.example"), used for
	// canonical links, feeds and social previews. The request's Host header
	// is never used instead; when empty, "http://localhost" is.
	BaseURL string
	// TrustProxy says a reverse proxy in front sets X-Forwarded-For and
	// X-Forwarded-Proto, so they name the client address (for login
	// throttling) and whether the visitor used HTTPS (Secure cookies).
	TrustProxy bool
	// DumpDir keeps the bulk downloads of /data between requests (one
	// file per format for the archive's current state); empty: a
	// directory under the system's temporary directory.
	DumpDir string
	// Reads is the store public pages, feeds and the API read from: one on
	// a streaming replica (DATABASE_READ_URL); nil: the primary's store.
	// Admin pages and every write use the primary.
	Reads *archive.Store
}

// Server holds the dependencies of the handlers.
type Server struct {
	store  *archive.Store
	reads  *archive.Store // cfg.Reads or store
	log    *slog.Logger
	cfg    Config
	auth   *adminAuth    // admin login sessions and cross-origin protection
	pages  *pageCache    // rendered session pages by ETag (pagecache.go)
	recent *sessionCache // sessions by slug for a second (sessioncache.go)
	// sitemapMax is the most URLs in one sitemap file (sitemap.go).
	sitemapMax int
	// sessionsOnePage is the most sessions /sessions lists on one page
	// (sessionlist.go); tests lower it.
	sessionsOnePage int
	// dumps are the bulk downloads of /data (data.go).
	dumps *dumps
	// partStarts caches the remark sitemap's part boundaries for one
	// archive stamp: every part needs them, and they cost a pass over
	// every remark.
	partStarts struct {
		sync.Mutex
		key    string
		starts []int64
	}
	// outage rate-limits the log of a database outage (errors.go).
	outage outageLog
	// slots are the page builds in progress (renderSlots; render.go).
	slots chan struct{}
	// connWait bounds a reader's wait for a connection the database
	// refuses for its connection limit (connectionWait; errors.go).
	connWait time.Duration
}

// New returns a Server on a migrated store.
func New(store *archive.Store, log *slog.Logger, cfg Config) *Server {
	cfg.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	if cfg.BaseURL == "" {
		cfg.BaseURL = defaultBaseURL
	}
	s := &Server{store: store, log: log, cfg: cfg, pages: newPageCache(pageCacheBytes, pageCacheEntries), recent: &sessionCache{ttl: sessionTTL}, sitemapMax: sitemapMaxURLs, sessionsOnePage: sessionsOnePage, dumps: &dumps{dir: cmp.Or(cfg.DumpDir, filepath.Join(os.TempDir(), "plenary-dumps")), log: log}, connWait: connectionWait, slots: make(chan struct{}, renderSlots())}
	s.reads = cmp.Or(cfg.Reads, store)
	s.auth = newAdminAuth(s)
	go archive.PrepareLogins() // off the start's path; a login before it is done waits for it
	return s
}

// ListenAndServe serves on addr until ctx is cancelled, then shuts down
// gracefully, letting requests in flight finish for up to 10 seconds.
func (s *Server) ListenAndServe(ctx context.Context, addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w (is another server using the port? pick another with --addr)", addr, err)
	}
	return s.Serve(ctx, ln)
}

// shutdownGrace is how long requests in flight may finish after a stop
// signal before their contexts are cancelled and connections closed.
const shutdownGrace = 10 * time.Second

// Serve is ListenAndServe on an open listener (tests listen on :0).
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	return s.serve(ctx, ln, s.Routes(), shutdownGrace)
}

// serve runs the HTTP server with h until ctx is cancelled, then shuts down in
// two steps: Shutdown lets requests in flight finish for up to grace;
// after that every request's context is cancelled (all derive from
// BaseContext), which stops their queries, and Close drops whatever is
// left. Either way serve returns, so the caller can close the pool and
// stop the embedded PostgreSQL.
func (s *Server) serve(ctx context.Context, ln net.Listener, h http.Handler, grace time.Duration) error {
	base, cancelRequests := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelRequests()
	srv := &http.Server{
		Handler:           h,
		BaseContext:       func(net.Listener) context.Context { return base },
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second, // uploads get longer: see timeouts
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	s.log.Info("serving", "addr", ln.Addr().String(), "base_url", s.cfg.BaseURL)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	err := srv.Shutdown(shutdown)
	if err != nil {
		s.log.Warn("requests still running after the grace period: cancelling them", "grace", grace, "err", err)
		cancelRequests()
		if cerr := srv.Close(); cerr != nil {
			err = errors.Join(err, cerr)
		}
	}
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", serr)
	}
	if err != nil {
		return fmt.Errorf("shut down HTTP server: %w", err)
	}
	s.log.Info("server stopped")
	return nil
}
