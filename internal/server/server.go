// Package server is Plenary's HTTP side: the chi router, the handlers of
// the public site and the admin, and their middleware. Handlers return an
// error; one adapter (handle) turns errors into status pages and logs
// server errors once, with method and path.
package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/plenary/plenary/internal/archive"
)

// Config is what the server needs from main.
type Config struct {
	// BaseURL is the public origin ("https://plenary.example"), used for
	// canonical links, feeds and social previews; when empty the request's
	// host is used.
	BaseURL string
	// TrustProxy says a reverse proxy in front sets X-Forwarded-For and
	// X-Forwarded-Proto, so they name the client address (for login
	// throttling) and whether the visitor used HTTPS (Secure cookies).
	TrustProxy bool
}

// Server holds the dependencies of the handlers.
type Server struct {
	store  *archive.Store
	log    *slog.Logger
	cfg    Config
	auth   *adminAuth    // admin login sessions and cross-origin protection
	pages  *pageCache    // rendered session pages by ETag (pagecache.go)
	recent *sessionCache // sessions by slug for a second (sessioncache.go)
}

// New returns a Server on a migrated store.
func New(store *archive.Store, log *slog.Logger, cfg Config) *Server {
	s := &Server{store: store, log: log, cfg: cfg, pages: newPageCache(pageCacheEntries), recent: &sessionCache{ttl: sessionTTL}}
	s.auth = newAdminAuth(s)
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

// Serve is ListenAndServe on an open listener (tests listen on :0).
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.Routes(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second, // uploads of up to 10 MiB
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	s.log.Info("serving", "addr", ln.Addr().String())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return fmt.Errorf("shut down HTTP server: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	s.log.Info("server stopped")
	return nil
}
