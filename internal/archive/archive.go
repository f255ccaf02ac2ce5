// Package archive is the domain of published minutes and its PostgreSQL
// store: sessions, their agenda items and remarks, speakers, the source
// documents behind every revision, and the ingest path that turns a parsed
// minutes.Document into a published revision without breaking any link.
//
// SQL is written by hand and kept next to the code that runs it.
package archive

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// ErrNotFound is returned when a looked-up session, remark, speaker or
// upload does not exist. Handlers map it to 404.
var ErrNotFound = errors.New("not found")

// Store reads and writes the archive. It is safe for concurrent use.
type Store struct {
	pool *pgxpool.Pool
}

// New returns a Store on an open pool whose database is migrated.
func New(pool *pgxpool.Pool) *Store {
	return &Store{pool: pool}
}

// Ping checks that the database answers; /healthz uses it.
func (s *Store) Ping(ctx context.Context) error {
	return s.pool.Ping(ctx)
}

// InTx runs fn in a transaction, committing when fn returns nil and rolling
// back otherwise. It is the one way this package writes more than one row,
// so that a publish is all or nothing.
func (s *Store) InTx(ctx context.Context, fn func(tx pgx.Tx) error) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("begin transaction: %w", err)
	}
	defer func() { _ = tx.Rollback(ctx) }() // no-op after Commit
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// notFound turns pgx.ErrNoRows into ErrNotFound, wrapping other errors
// with what was being done.
func notFound(err error, what string) error {
	if errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("%s: %w", what, ErrNotFound)
	}
	return fmt.Errorf("%s: %w", what, err)
}

// unusableKey reports a slug no row can have: text that is not UTF-8 or
// holds a NUL, which PostgreSQL refuses with an error rather than finding
// nothing. Lookups answer ErrNotFound for it without asking.
func unusableKey(s string) bool {
	return len(s) > 1000 || strings.IndexByte(s, 0) >= 0 || !utf8.ValidString(s)
}

// IsUnavailable reports an error that says the database is not there: a
// refused or dropped connection, a server shutting down or starting up.
// The site answers those with 503 and a Retry-After, as a restart of
// PostgreSQL is a matter of seconds.
func IsUnavailable(err error) bool {
	var ce *pgconn.ConnectError
	var pgErr *pgconn.PgError
	var opErr *net.OpError
	switch {
	case errors.As(err, &ce), errors.As(err, &opErr), errors.Is(err, io.ErrUnexpectedEOF):
		return true
	case errors.As(err, &pgErr):
		// 08: connection exception; 57P01–57P03: admin shutdown, crash
		// shutdown, cannot connect now (starting up or recovering).
		return strings.HasPrefix(pgErr.Code, "08") || strings.HasPrefix(pgErr.Code, "57P")
	}
	return pgconn.SafeToRetry(err)
}

// IsConnectionLimit reports that the server refused a new connection
// because its connection limit (max_connections, or a role's or
// database's CONNECTION LIMIT) is reached: SQLSTATE 53300. Connections
// held by others usually come free within milliseconds, so a caller may
// wait and retry where any other unavailability is an outage.
func IsConnectionLimit(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == "53300"
}

// IsBadInput reports an error PostgreSQL gives for a value it cannot take
// (a data exception: a NUL, bytes that are not UTF-8, a number out of
// range): the client's input, not the server's fault.
func IsBadInput(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && strings.HasPrefix(pgErr.Code, "22")
}
