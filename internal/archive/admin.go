package archive

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// MinPasswordLen is the shortest admin password accepted, in characters.
const MinPasswordLen = 12

// ErrBadCredentials is a failed login: unknown user or wrong password,
// deliberately not saying which.
var ErrBadCredentials = errors.New("wrong username or password")

// ErrAdminExists refuses to create an admin whose username is taken.
var ErrAdminExists = errors.New("an admin with that username already exists")

// usernameRE is the shape of an admin username (see the admins table).
var usernameRE = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,62}$`)

// NormUsername lower-cases and trims a username as typed, so "Alice "
// and "alice" are one account.
func NormUsername(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// validateAccount checks a username and password before they are stored.
func validateAccount(username, password string) error {
	if !usernameRE.MatchString(username) {
		return fmt.Errorf("invalid username %q: use 1–63 lower-case letters, digits, '.', '_' or '-'", username)
	}
	if utf8.RuneCountInString(password) < MinPasswordLen {
		return fmt.Errorf("the password is too short: use at least %d characters", MinPasswordLen)
	}
	return nil
}

// CreateAdmin creates an admin account with an argon2id-hashed password.
func (s *Store) CreateAdmin(ctx context.Context, username, password, actor string) error {
	username = NormUsername(username)
	if err := validateAccount(username, password); err != nil {
		return &InputError{Err: err}
	}
	hash := hashPassword(password)
	return s.InTx(ctx, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO admins (username, password_hash) VALUES ($1, $2)`, username, hash)
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code == "23505" { // unique_violation
			return &InputError{Err: fmt.Errorf("%w: %s", ErrAdminExists, username)}
		}
		if err != nil {
			return fmt.Errorf("create admin %s: %w", username, err)
		}
		return audit(ctx, tx, actor, "create_admin", "admin "+username, nil)
	})
}

// SetAdminPassword replaces an admin's password and ends every login
// session the admin has: a reset is often the answer to a leaked password
// or a lost laptop, so sessions opened with the old one must not live on.
func (s *Store) SetAdminPassword(ctx context.Context, username, password, actor string) error {
	username = NormUsername(username)
	if err := validateAccount(username, password); err != nil {
		return &InputError{Err: err}
	}
	hash := hashPassword(password)
	return s.InTx(ctx, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `
			-- Raising session_epoch invalidates the admin's sessions: each
			-- carries the epoch of its login (see AdminSessionEpoch).
			UPDATE admins
			SET password_hash = $2, session_epoch = session_epoch + 1, updated_at = now()
			WHERE username = $1`, username, hash)
		if err != nil {
			return fmt.Errorf("set password of %s: %w", username, err)
		}
		if tag.RowsAffected() == 0 {
			return fmt.Errorf("admin %s: %w", username, ErrNotFound)
		}
		return audit(ctx, tx, actor, "set_password", "admin "+username, nil)
	})
}

// AdminLogin is a successful login: the canonical username and the
// session epoch the new login session must carry.
type AdminLogin struct {
	Username string
	Epoch    int
}

// dummyHash is checked against when the username is unknown, so a login
// takes as long for a missing account as for a wrong password. It is made
// on first use, not at package init: argon2id costs every command 130 ms
// and 20 MB, and only logins need it (serve makes it at start, see
// PrepareLogins, so that the first login is not slower).
var dummyHash = sync.OnceValue(func() string { return hashPassword("not a real password, never matches") })

// PrepareLogins makes the hash that logins of unknown usernames are
// checked against, so that the first one takes no longer than the rest.
func PrepareLogins() { dummyHash() }

// Authenticate checks a username and password and returns who logged in,
// or ErrBadCredentials.
func (s *Store) Authenticate(ctx context.Context, username, password string) (AdminLogin, error) {
	login := AdminLogin{Username: NormUsername(username)}
	var hash string
	err := s.pool.QueryRow(ctx, `
		SELECT password_hash, session_epoch FROM admins WHERE username = $1`,
		login.Username).Scan(&hash, &login.Epoch)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return AdminLogin{}, fmt.Errorf("look up admin %s: %w", login.Username, err)
	}
	found := err == nil
	if !found {
		hash = dummyHash()
	}
	ok, err := checkPassword(hash, password)
	if err != nil {
		return AdminLogin{}, fmt.Errorf("admin %s: %w", login.Username, err)
	}
	if !ok || !found {
		return AdminLogin{}, ErrBadCredentials
	}
	return login, nil
}

// AdminSessionEpoch returns the current session epoch of an admin. A login
// session whose epoch differs was opened before the last password change
// and is no longer valid. An admin who no longer exists is ErrNotFound.
func (s *Store) AdminSessionEpoch(ctx context.Context, username string) (int, error) {
	var epoch int
	err := s.pool.QueryRow(ctx, `
		-- admins.username is UNIQUE, so this is an index lookup.
		SELECT session_epoch FROM admins WHERE username = $1`, username).Scan(&epoch)
	if err != nil {
		return 0, notFound(err, "admin "+username)
	}
	return epoch, nil
}
