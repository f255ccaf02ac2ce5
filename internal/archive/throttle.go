package archive

import (
	"context"
	"fmt"
	"time"
)

// Login throttling: after LoginMaxFailures failed logins for one account,
// or LoginMaxIPFailures from one client address, within LoginWindow,
// further attempts are refused until the oldest failure leaves the window.
const (
	LoginWindow        = 15 * time.Minute
	LoginMaxFailures   = 5
	LoginMaxIPFailures = 20
)

// LoginRetryAfter returns how long username and clientIP must wait before
// another login attempt, zero when they may try now.
func (s *Store) LoginRetryAfter(ctx context.Context, username, clientIP string) (time.Duration, error) {
	var wait time.Duration
	err := s.pool.QueryRow(ctx, `
		-- The n-th newest failure in the window (n = the limit) decides when
		-- the count drops below the limit again.
		WITH by_user AS (
			SELECT at FROM login_failures
			WHERE username = $1 AND at > now() - $3::interval
			ORDER BY at DESC OFFSET $4 - 1 LIMIT 1
		), by_ip AS (
			SELECT at FROM login_failures
			WHERE client_ip = $2 AND at > now() - $3::interval
			ORDER BY at DESC OFFSET $5 - 1 LIMIT 1
		)
		SELECT COALESCE(GREATEST(
			(SELECT at FROM by_user) + $3::interval - now(),
			(SELECT at FROM by_ip) + $3::interval - now()), '0')`,
		NormUsername(username), clientIP, LoginWindow, LoginMaxFailures, LoginMaxIPFailures).Scan(&wait)
	if err != nil {
		return 0, fmt.Errorf("check login throttle: %w", err)
	}
	return max(wait, 0), nil
}

// RecordLoginFailure counts a failed login and forgets failures older than
// the window, which keeps the table small.
func (s *Store) RecordLoginFailure(ctx context.Context, username, clientIP string) error {
	_, err := s.pool.Exec(ctx, `
		WITH old AS (DELETE FROM login_failures WHERE at < now() - $3::interval)
		INSERT INTO login_failures (username, client_ip) VALUES ($1, $2)`,
		NormUsername(username), clientIP, LoginWindow)
	if err != nil {
		return fmt.Errorf("record login failure: %w", err)
	}
	return nil
}

// ClearLoginFailures forgets an account's failures after it logged in, so
// a few typos earlier do not count towards a later lock-out.
func (s *Store) ClearLoginFailures(ctx context.Context, username string) error {
	_, err := s.pool.Exec(ctx, `DELETE FROM login_failures WHERE username = $1`, NormUsername(username))
	if err != nil {
		return fmt.Errorf("clear login failures: %w", err)
	}
	return nil
}
