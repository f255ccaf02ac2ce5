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
	// verifySlots bounds the password checks running at once: each costs
	// 19 MiB and tens of milliseconds of CPU (argon2id), so an unbounded
	// number of them is a way to exhaust the server.
	verifySlots chan struct{}
}

// Session entries: the logged-in admin's username, and the admin's
// session epoch at login (archive.AdminSessionEpoch), which a password
// change raises to end the session.
const (
	sessionKey = "admin"
	epochKey   = "admin_epoch"
)

// Password checks: at most loginVerifySlots at once; a login that finds
// none free within loginSlotWait is answered 429 and checks nothing.
const (
	loginVerifySlots = 4
	loginSlotWait    = time.Second
)

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
		// Loading or saving a session is a database query like any
		// other: its failure goes through the one error adapter, so a
		// database restart is a 503 and a client gone away is silent.
		sm.ErrorFunc = func(w http.ResponseWriter, r *http.Request, err error) {
			s.fail(w, r, fmt.Errorf("admin session: %w", err))
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
	return &adminAuth{plain: mk(false), secure: mk(true), cop: cop, verifySlots: make(chan struct{}, loginVerifySlots)}
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

// requireAdmin sends anonymous visitors, and sessions that ended with a
// password change, to the login page.
func (s *Server) requireAdmin(next http.Handler) http.Handler {
	return s.handle(func(w http.ResponseWriter, r *http.Request) error {
		ok, err := s.validAdminSession(r)
		if err != nil {
			return err
		}
		if !ok {
			http.Redirect(w, r, "/admin/login", http.StatusSeeOther)
			return nil
		}
		next.ServeHTTP(w, r)
		return nil
	})
}

// validAdminSession reports whether r carries a live admin session. A
// session opened before its admin's last password change (or whose admin
// is gone) is destroyed: a reset must lock out whoever knew the old one.
func (s *Server) validAdminSession(r *http.Request) (bool, error) {
	ctx, sm := r.Context(), s.sm(r)
	name := s.adminName(r)
	if name == "" {
		return false, nil
	}
	epoch, err := s.store.AdminSessionEpoch(ctx, name)
	if err != nil && !errors.Is(err, archive.ErrNotFound) {
		return false, err
	}
	if err == nil && epoch == sm.GetInt(ctx, epochKey) {
		return true, nil
	}
	s.log.Info("admin session ended: password changed or admin removed", "username", name)
	if err := sm.Destroy(ctx); err != nil {
		return false, fmt.Errorf("end stale admin session of %s: %w", name, err)
	}
	return false, nil
}

// adminName is the logged-in admin's username, "" when anonymous.
func (s *Server) adminName(r *http.Request) string {
	return s.sm(r).GetString(r.Context(), sessionKey)
}

// loginForm shows the login form, or the dashboard when logged in.
func (s *Server) loginForm(w http.ResponseWriter, r *http.Request) error {
	ok, err := s.validAdminSession(r)
	if err != nil {
		return err
	}
	if ok {
		http.Redirect(w, r, "/admin", http.StatusSeeOther)
		return nil
	}
	return s.render(w, r, http.StatusOK, web.Login(web.Page{Title: "Admin login"}, web.LoginPage{}))
}

// login checks credentials and starts a session. Throttling comes first
// and is atomic (archive.StartLoginAttempt counts the attempt before the
// password is checked), and only loginVerifySlots checks run at once, so
// a burst of guesses costs at most the limit's worth of password checks.
func (s *Server) login(w http.ResponseWriter, r *http.Request) error {
	r.Body = http.MaxBytesReader(w, r.Body, maxSmallForm)
	if err := r.ParseForm(); err != nil {
		return statusError(http.StatusBadRequest, "The login form could not be read.")
	}
	user, password, ip := archive.NormUsername(r.PostForm.Get("username")), r.PostForm.Get("password"), s.clientIP(r)
	ctx := r.Context()
	release, ok := s.auth.verifySlot(ctx)
	if !ok {
		s.log.Warn("admin login refused: too many at once", "username", user, "ip", ip)
		return s.loginRefused(w, r, user, time.Second, "Too many logins are being checked at once. Try again in a moment.")
	}
	defer release()
	wait, err := s.store.StartLoginAttempt(ctx, user, ip)
	if err != nil {
		return err
	}
	if wait > 0 {
		s.log.Warn("admin login throttled", "username", user, "ip", ip, "retry_after", wait.Round(time.Second))
		when := "1 minute"
		if mins := int(math.Ceil(wait.Minutes())); mins > 1 {
			when = strconv.Itoa(mins) + " minutes"
		}
		return s.loginRefused(w, r, user, wait, "Too many failed logins. Try again in "+when+".")
	}
	login, err := s.store.Authenticate(ctx, user, password)
	if errors.Is(err, archive.ErrBadCredentials) {
		// The attempt is already counted as a failure.
		s.log.Warn("admin login failed", "username", user, "ip", ip)
		return s.render(w, r, http.StatusUnauthorized, web.Login(web.Page{Title: "Admin login"}, web.LoginPage{Username: user, Error: "Wrong username or password."}))
	}
	if err != nil {
		return err
	}
	return s.startSession(w, r, login, ip)
}

// verifySlot takes a password-check slot, waiting up to loginSlotWait
// for one; ok is false when none freed up (or the client left).
func (a *adminAuth) verifySlot(ctx context.Context) (release func(), ok bool) {
	t := time.NewTimer(loginSlotWait)
	defer t.Stop()
	select {
	case a.verifySlots <- struct{}{}:
		return func() { <-a.verifySlots }, true
	case <-t.C:
	case <-ctx.Done():
	}
	return nil, false
}

// loginRefused answers a login that was not even checked: 429 with
// Retry-After (whole seconds, rounded up) and the form saying why.
func (s *Server) loginRefused(w http.ResponseWriter, r *http.Request, user string, wait time.Duration, msg string) error {
	w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
	return s.render(w, r, http.StatusTooManyRequests, web.Login(web.Page{Title: "Admin login"}, web.LoginPage{Username: user, Error: msg}))
}

// startSession logs in an authenticated admin under a fresh session token
// (no session fixation), carrying the admin's session epoch, and forgets
// the account's failed attempts, this one included.
func (s *Server) startSession(w http.ResponseWriter, r *http.Request, login archive.AdminLogin, ip string) error {
	ctx := r.Context()
	if err := s.store.ClearLoginFailures(ctx, login.Username, ip); err != nil {
		return err
	}
	sm := s.sm(r)
	if err := sm.RenewToken(ctx); err != nil {
		return fmt.Errorf("renew session token: %w", err)
	}
	sm.Put(ctx, sessionKey, login.Username)
	sm.Put(ctx, epochKey, login.Epoch)
	s.log.Info("admin logged in", "username", login.Username, "ip", ip)
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
