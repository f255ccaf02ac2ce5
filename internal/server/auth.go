package server

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/alexedwards/scs/v2"
	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/web"
)

// adminAuth holds what admin login needs: two session managers over one
// PostgreSQL store, identical but for the cookie's Secure flag (scs fixes
// it per manager; the request decides which applies), and the
// cross-origin protection of state-changing requests.
type adminAuth struct {
	plain, secure *scs.SessionManager
	cop           *http.CrossOriginProtection
}

// sessionKey is the session entry holding the logged-in admin's username.
const sessionKey = "admin"

// newAdminAuth configures sessions and cross-origin protection for s.
func newAdminAuth(s *Server) *adminAuth {
	mk := func(secure bool) *scs.SessionManager {
		sm := scs.New()
		sm.Store = s.store.AdminSessions()
		sm.Lifetime = 12 * time.Hour
		sm.IdleTimeout = 2 * time.Hour
		sm.HashTokenInStore = true
		sm.Cookie.Name = "plenary_admin"
		sm.Cookie.Path = "/admin" // public pages never see it, so they stay cacheable
		sm.Cookie.HttpOnly = true
		sm.Cookie.SameSite = http.SameSiteLaxMode
		sm.Cookie.Secure = secure
		sm.ErrorFunc = func(w http.ResponseWriter, r *http.Request, err error) {
			s.log.Error("admin session", "method", r.Method, "path", r.URL.Path, "err", err)
			s.errorPage(w, r, http.StatusInternalServerError, "Something went wrong on our side. Please try again later.")
		}
		return sm
	}
	cop := http.NewCrossOriginProtection()
	if s.cfg.BaseURL != "" {
		if err := cop.AddTrustedOrigin(strings.TrimRight(s.cfg.BaseURL, "/")); err != nil {
			s.log.Warn("base URL is not a valid origin; not trusting it for admin forms", "base_url", s.cfg.BaseURL, "err", err)
		}
	}
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.log.Warn("cross-origin request refused", "method", r.Method, "path", r.URL.Path,
			"origin", r.Header.Get("Origin"), "sec_fetch_site", r.Header.Get("Sec-Fetch-Site"))
		s.errorPage(w, r, http.StatusForbidden, "This request came from another site and was refused. Submit the form from this site's own pages.")
	}))
	return &adminAuth{plain: mk(false), secure: mk(true), cop: cop}
}

// crossOrigin refuses state-changing requests (POST and the like) sent
// from another origin: Sec-Fetch-Site cross-site, or a foreign Origin.
func (s *Server) crossOrigin(next http.Handler) http.Handler { return s.auth.cop.Handler(next) }

// isHTTPS reports whether the visitor reached us over HTTPS.
func (s *Server) isHTTPS(r *http.Request) bool {
	return r.TLS != nil || (s.cfg.TrustProxy && strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https"))
}

// clientIP is the visitor's address, for throttling: the proxy's
// X-Forwarded-For (its last hop) when trusted, else the peer address.
func (s *Server) clientIP(r *http.Request) string {
	if s.cfg.TrustProxy {
		if xff := r.Header.Get("X-Forwarded-For"); xff != "" {
			parts := strings.Split(xff, ",")
			return strings.TrimSpace(parts[len(parts)-1])
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// managerKey stores the request's session manager in its context.
type managerKey struct{}

// sm returns the session manager the admin middleware chose for r.
func (s *Server) sm(r *http.Request) *scs.SessionManager {
	if sm, ok := r.Context().Value(managerKey{}).(*scs.SessionManager); ok {
		return sm
	}
	return s.auth.plain
}

// adminSession loads and saves the admin session of every /admin request
// and keeps admin pages out of every cache.
func (s *Server) adminSession(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sm := s.auth.plain
		if s.isHTTPS(r) {
			sm = s.auth.secure
		}
		w.Header().Set("Cache-Control", "no-store")
		r = r.WithContext(context.WithValue(r.Context(), managerKey{}, sm))
		sm.LoadAndSave(next).ServeHTTP(w, r)
	})
}

// requireAdmin sends anonymous visitors to the login page.
func (s *Server) requireAdmin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.adminName(r) == "" {
			http.Redirect(w, r, "/admin/login", http.StatusSeeOther)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// adminName is the logged-in admin's username, "" when anonymous.
func (s *Server) adminName(r *http.Request) string {
	return s.sm(r).GetString(r.Context(), sessionKey)
}

// loginForm shows the login form, or the dashboard when logged in.
func (s *Server) loginForm(w http.ResponseWriter, r *http.Request) error {
	if s.adminName(r) != "" {
		http.Redirect(w, r, "/admin", http.StatusSeeOther)
		return nil
	}
	return render(w, r, http.StatusOK, web.Login(web.Page{Title: "Admin login"}, web.LoginPage{}))
}

// login checks credentials, throttled per account and per address, and
// starts a session under a fresh token (no session fixation).
func (s *Server) login(w http.ResponseWriter, r *http.Request) error {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if err := r.ParseForm(); err != nil {
		return statusError(http.StatusBadRequest, "The login form could not be read.")
	}
	user, password, ip := archive.NormUsername(r.PostForm.Get("username")), r.PostForm.Get("password"), s.clientIP(r)
	ctx := r.Context()
	wait, err := s.store.LoginRetryAfter(ctx, user, ip)
	if err != nil {
		return err
	}
	if wait > 0 {
		s.log.Warn("admin login throttled", "username", user, "ip", ip, "retry_after", wait.Round(time.Second))
		secs := int(math.Ceil(wait.Seconds()))
		w.Header().Set("Retry-After", strconv.Itoa(secs))
		msg := fmt.Sprintf("Too many failed logins. Try again in %d minutes.", (secs+59)/60)
		return render(w, r, http.StatusTooManyRequests, web.Login(web.Page{Title: "Admin login"}, web.LoginPage{Username: user, Error: msg}))
	}
	name, err := s.store.Authenticate(ctx, user, password)
	if errors.Is(err, archive.ErrBadCredentials) {
		s.log.Warn("admin login failed", "username", user, "ip", ip)
		if err := s.store.RecordLoginFailure(ctx, user, ip); err != nil {
			return err
		}
		return render(w, r, http.StatusUnauthorized, web.Login(web.Page{Title: "Admin login"}, web.LoginPage{Username: user, Error: "Wrong username or password."}))
	}
	if err != nil {
		return err
	}
	if err := s.store.ClearLoginFailures(ctx, name); err != nil {
		return err
	}
	sm := s.sm(r)
	if err := sm.RenewToken(ctx); err != nil {
		return fmt.Errorf("renew session token: %w", err)
	}
	sm.Put(ctx, sessionKey, name)
	s.log.Info("admin logged in", "username", name, "ip", ip)
	http.Redirect(w, r, "/admin", http.StatusSeeOther)
	return nil
}

// logout ends the session.
func (s *Server) logout(w http.ResponseWriter, r *http.Request) error {
	if err := s.sm(r).Destroy(r.Context()); err != nil {
		return fmt.Errorf("end session: %w", err)
	}
	http.Redirect(w, r, "/admin/login", http.StatusSeeOther)
	return nil
}
