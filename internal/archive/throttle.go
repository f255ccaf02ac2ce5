package archive

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// Login throttling limits guessing without handing a stranger the power to
// lock an admin out. Within LoginWindow, attempts are refused until the
// oldest failure leaves the window after:
//   - LoginMaxFailures failures for one account from one address;
//   - LoginMaxIPFailures failures from one address, over all accounts;
//   - LoginMaxAccountFailures failures for one account, over all
//     addresses (a guess spread over many machines).
//
// The last two do not apply to an address the account logged in from
// with the right password within LoginKnownFor: guesses from elsewhere,
// or by others behind the same proxy, leave its admin able to log in.
const (
	LoginWindow             = 15 * time.Minute
	LoginMaxFailures        = 5
	LoginMaxIPFailures      = 20
	LoginMaxAccountFailures = 50
	LoginKnownFor           = 90 * 24 * time.Hour
)

// StartLoginAttempt decides whether username may try a password from
// clientIP now. When it may, the attempt is counted as a failure at once,
// before the password is checked, and the wait is zero; a successful
// login then clears it (ClearLoginFailures). Otherwise nothing is
// recorded and the result is how long to wait.
//
// Counting first and in the same transaction as the check is what makes
// the limit hold under concurrency: checking, verifying and only then
// recording let 40 parallel guesses all reach the (expensive) password
// check before the first failure was written.
func (s *Store) StartLoginAttempt(ctx context.Context, username, clientIP string) (time.Duration, error) {
	username = NormUsername(username)
	var wait time.Duration
	err := s.InTx(ctx, func(tx pgx.Tx) error {
		if err := lockLoginAttempt(ctx, tx, username, clientIP); err != nil {
			return err
		}
		var err error
		wait, err = countLoginAttempt(ctx, tx, username, clientIP)
		return err
	})
	return max(wait, 0), err
}

// lockLoginAttempt serialises attempts on the same account and on the
// same address until tx ends. The locks are taken in a fixed order
// (account class 1, then address class 2) in separate statements, so two
// attempts never wait on each other in a cycle, and the counting
// statement that follows takes its snapshot only once both are held and
// sees every attempt committed before.
func lockLoginAttempt(ctx context.Context, tx pgx.Tx, username, clientIP string) error {
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(1, hashtext($1))`, username); err != nil {
		return fmt.Errorf("lock login attempts of %s: %w", username, err)
	}
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(2, hashtext($1))`, clientIP); err != nil {
		return fmt.Errorf("lock login attempts from %s: %w", clientIP, err)
	}
	return nil
}

// countLoginAttempt returns how long the caller must wait and, when that
// is zero, records the attempt as a failure, in one statement.
func countLoginAttempt(ctx context.Context, tx pgx.Tx, username, clientIP string) (time.Duration, error) {
	var wait time.Duration
	err := tx.QueryRow(ctx, `
		-- The n-th newest failure in the window (n = the limit) decides when
		-- the count drops below the limit again; none means "try now".
		-- clock_timestamp(), not now(): this transaction may have waited
		-- for the lock while a later one recorded a failure, and against
		-- this transaction's start time that failure would lie in the
		-- future (a wait longer than the window).
		WITH known AS (
			-- An address this account logged in from: only the per-pair
			-- limit applies to it.
			SELECT EXISTS (SELECT 1 FROM login_known_addresses
			               WHERE username = $1 AND client_ip = $2
			                 AND last_ok > clock_timestamp() - $7::interval) AS ok
		), by_pair AS (
			SELECT at FROM login_failures
			WHERE username = $1 AND client_ip = $2 AND at > clock_timestamp() - $3::interval
			ORDER BY at DESC OFFSET $4 - 1 LIMIT 1
		), by_ip AS (
			SELECT at FROM login_failures
			WHERE client_ip = $2 AND at > clock_timestamp() - $3::interval AND NOT (SELECT ok FROM known)
			ORDER BY at DESC OFFSET $5 - 1 LIMIT 1
		), by_user AS (
			SELECT at FROM login_failures
			WHERE username = $1 AND at > clock_timestamp() - $3::interval AND NOT (SELECT ok FROM known)
			ORDER BY at DESC OFFSET $6 - 1 LIMIT 1
		), wait AS (
			-- GREATEST skips the NULLs of limits not reached.
			SELECT COALESCE(GREATEST(
				(SELECT at FROM by_pair) + $3::interval - clock_timestamp(),
				(SELECT at FROM by_ip) + $3::interval - clock_timestamp(),
				(SELECT at FROM by_user) + $3::interval - clock_timestamp()), '0') AS wait
		), sweep AS (
			-- Failures older than the window count for nothing; dropping
			-- them here keeps the table small.
			DELETE FROM login_failures WHERE at < clock_timestamp() - $3::interval
		), attempt AS (
			INSERT INTO login_failures (username, client_ip, at)
			SELECT $1, $2, clock_timestamp() FROM wait WHERE wait <= '0'
		)
		SELECT wait FROM wait`,
		username, clientIP, LoginWindow, LoginMaxFailures, LoginMaxIPFailures, LoginMaxAccountFailures, LoginKnownFor).Scan(&wait)
	if err != nil {
		return 0, fmt.Errorf("count login attempt of %s: %w", username, err)
	}
	return wait, nil
}

// ClearLoginFailures forgets an account's failures from the address it
// just logged in from, the successful attempt included, so a few typos
// earlier do not count towards a later limit, and records the address as
// known (see LoginKnownFor). Failures from other addresses stay counted.
func (s *Store) ClearLoginFailures(ctx context.Context, username, clientIP string) error {
	username = NormUsername(username)
	_, err := s.pool.Exec(ctx, `
		-- login_failures_username_idx serves the delete.
		WITH cleared AS (DELETE FROM login_failures WHERE username = $1 AND client_ip = $2)
		INSERT INTO login_known_addresses (username, client_ip) VALUES ($1, $2)
		ON CONFLICT (username, client_ip) DO UPDATE SET last_ok = now()`, username, clientIP)
	if err != nil {
		return fmt.Errorf("clear login failures: %w", err)
	}
	return nil
}
