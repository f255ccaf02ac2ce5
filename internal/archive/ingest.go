package archive

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/plenary/plenary/internal/minutes"
)

// Upload is a minutes source to publish, with what the uploader asked for.
// Empty fields mean "take what the parser found".
type Upload struct {
	Source   []byte
	Filename string
	Slug     string
	Title    string
	Date     *time.Time
	Location string
	// Body names who met ("IETF"); empty keeps the session's body or,
	// when it has none, guesses one from the title.
	Body string
	By   string // who uploads: an admin's username, or "cli"
}

// InputError is an upload the archive refuses: empty, binary, undecodable
// or without remarks. Nothing was written. Handlers map it to 4xx.
type InputError struct {
	Err error
}

// Error is the refusal as the uploader should read it.
func (e *InputError) Error() string { return e.Err.Error() }

// Unwrap lets errors.Is find the parser's sentinel (minutes.ErrEmpty, …).
func (e *InputError) Unwrap() error { return e.Err }

// Published tells what a publish did.
type Published struct {
	Slug      string
	Revision  int
	Unchanged bool // the same source was already the published revision
	Remarks   int
	// Kept, New and Retired count remarks that kept their key from the
	// previous revision, got a fresh key, and old keys that now redirect.
	Kept, New, Retired int
}

// Ingest parses an upload and publishes it as the next revision of its
// session (creating the session on first publish), in one transaction. It
// is IngestAll of one upload.
func (s *Store) Ingest(ctx context.Context, u Upload) (Published, error) {
	out, err := s.ingestAll(ctx, []Upload{u}, false)
	if err != nil {
		return Published{}, err
	}
	return out[0], nil
}

// IngestAll publishes every upload, in order, in ONE transaction: either
// all of them are published or, when any is refused or fails, nothing is
// written (issue 2: bad input changes nothing). Every upload is parsed and
// checked before the database is touched. Each one takes the path of an
// admin upload and publish (createUpload, then publishParsed); an upload
// whose source is already the published revision is reported Unchanged
// and leaves no pending upload behind. Errors name the upload's file.
func (s *Store) IngestAll(ctx context.Context, uploads []Upload) ([]Published, error) {
	return s.ingestAll(ctx, uploads, true)
}

// ingestAll is IngestAll; named says whether errors get the file name
// (Ingest of one upload keeps the bare error, as callers expect).
func (s *Store) ingestAll(ctx context.Context, uploads []Upload, named bool) ([]Published, error) {
	wrap := func(u Upload, err error) error {
		if named {
			return fmt.Errorf("%s: %w", u.Filename, err)
		}
		return err
	}
	docs := make([]*minutes.Document, len(uploads))
	metas := make([]sessionMeta, len(uploads))
	for i, u := range uploads {
		var err error
		if docs[i], metas[i], err = parseUpload(u); err != nil {
			return nil, wrap(u, err)
		}
	}
	out := make([]Published, len(uploads))
	err := s.InTx(ctx, func(tx pgx.Tx) error {
		for i, u := range uploads {
			var err error
			if out[i], err = ingestOne(ctx, tx, u, docs[i], metas[i]); err != nil {
				return wrap(u, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ingestOne stores and publishes one parsed upload inside tx. It runs in a
// savepoint so that a source already published can be undone alone (no
// pending upload left behind) while the rest of the batch goes on.
func ingestOne(ctx context.Context, tx pgx.Tx, u Upload, doc *minutes.Document, meta sessionMeta) (Published, error) {
	sp, err := tx.Begin(ctx) // a SAVEPOINT inside tx
	if err != nil {
		return Published{}, fmt.Errorf("savepoint: %w", err)
	}
	defer func() { _ = sp.Rollback(ctx) }() // no-op after Commit
	id, err := createUpload(ctx, sp, u, doc)
	if err != nil {
		return Published{}, err
	}
	out, err := publishParsed(ctx, sp, pendingUpload{ID: id, Upload: u}, doc, meta, u.By)
	if errors.Is(err, errUnchanged) {
		// publish names the slug it resolved even when nothing changed.
		if err := sp.Rollback(ctx); err != nil {
			return Published{}, fmt.Errorf("roll back unchanged %s: %w", out.Slug, err)
		}
		return Published{Slug: out.Slug, Unchanged: true}, nil
	}
	if err != nil {
		return Published{}, err
	}
	if err := sp.Commit(ctx); err != nil { // RELEASE SAVEPOINT
		return Published{}, fmt.Errorf("release savepoint: %w", err)
	}
	return out, nil
}

// parseUpload parses an upload and resolves its session header, turning
// every refusal into an InputError before the database is touched.
func parseUpload(u Upload) (*minutes.Document, sessionMeta, error) {
	doc, err := minutes.Parse(u.Source, minutes.Options{Name: u.Filename})
	if err != nil {
		return nil, sessionMeta{}, &InputError{Err: err}
	}
	if len(flatten(doc)) == 0 {
		return nil, sessionMeta{}, &InputError{Err: minutes.ErrNoRemarks}
	}
	meta, err := resolveMeta(u, doc)
	if err != nil {
		return nil, sessionMeta{}, err
	}
	return doc, meta, nil
}

// errUnchanged rolls back a publish of the source already shown.
var errUnchanged = errors.New("source already published")

// sessionMeta is the header of a session as it will be published.
type sessionMeta struct {
	slug, title, location string
	date                  *time.Time
	body                  string
	// The *Given flags say the uploader set a field: it then replaces the
	// session's value and is pinned (see settle); pinned is the settled
	// list of pinned fields a publish records.
	titleGiven, dateGiven, locationGiven, bodyGiven bool
	pinned                                          []string
	sha                                             [32]byte
	// fallback marks a derived slug that does not come from the title
	// (date alone, file name, "session"); see uniqueFallbackSlug.
	fallback bool
}

// resolveMeta merges the uploader's overrides with the parser's header and
// derives the slug (YYYY-MM-DD-short-title) when none was given.
func resolveMeta(u Upload, doc *minutes.Document) (sessionMeta, error) {
	m := sessionMeta{title: u.Title, location: u.Location, date: u.Date, sha: sha256.Sum256(u.Source),
		titleGiven: u.Title != "", locationGiven: u.Location != "", dateGiven: u.Date != nil}
	if m.title == "" {
		m.title = doc.Title
	}
	m.body, m.bodyGiven = singleSpaced(u.Body), strings.TrimSpace(u.Body) != ""
	if !m.bodyGiven {
		m.body = minutes.GuessBody(m.title) // before any file-name fallback
	}
	if m.title == "" {
		m.title = titleFromFilename(u.Filename)
	}
	if m.title == "" {
		return m, &InputError{Err: errors.New("the minutes have no title: give one")}
	}
	if m.location == "" {
		m.location = doc.Location
	}
	if m.date == nil && doc.Date != "" {
		if d, err := time.Parse(time.DateOnly, doc.Date); err == nil {
			m.date = &d
		}
	}
	if err := m.clean(); err != nil {
		return m, err
	}
	if u.Slug == "" {
		m.slug, m.fallback = deriveSlug(m.title, m.date, u.Filename)
		return m, nil
	}
	if !validSlug(u.Slug) {
		return m, &InputError{Err: fmt.Errorf("invalid slug %q: give a slug of lower-case letters, digits and hyphens (--slug / slug field)", u.Slug)}
	}
	m.slug = u.Slug
	return m, nil
}

// clean holds the header to the rules the session edit form keeps
// (cleanHeader): one validation for every path that sets session fields,
// the upload form's overrides and `plenary ingest` flags included. A date
// the parser read that no form would take (year 0) is dropped, not
// refused: the uploader did not write it.
func (m *sessionMeta) clean() error {
	if m.date != nil && !m.dateGiven && (m.date.Year() < 1000 || m.date.Year() > 9999) {
		m.date = nil
	}
	h, err := cleanHeader(SessionHeader{Title: m.title, Body: m.body, Location: m.location, Date: m.date})
	if err != nil {
		return err
	}
	m.title, m.body, m.location = h.Title, h.Body, h.Location
	return nil
}

// maxSlugTitle bounds the title part of a derived slug.
const maxSlugTitle = 60

// validSlug reports whether s is usable as a session slug as given.
func validSlug(s string) bool {
	return s != "" && Slugify(s, 0) == s
}

// deriveSlug makes the slug of a session whose uploader gave none:
// YYYY-MM-DD-short-title, or short-title without a date. A title with no
// Latin letters or digits ("会議") slugifies to nothing; then the slug falls
// back to the date alone, else the file name, else "session", and
// fallback is true: such a slug says nothing about the title, so publish
// de-duplicates it (see uniqueFallbackSlug).
func deriveSlug(title string, date *time.Time, filename string) (slug string, fallback bool) {
	t := Slugify(title, maxSlugTitle)
	day := ""
	if date != nil {
		day = Slugify(date.Format(time.DateOnly), 0) // a year past 9999 still makes a valid slug
	}
	switch {
	case t != "" && day != "":
		return day + "-" + t, false
	case t != "":
		return t, false
	case day != "":
		return day, true
	}
	if f := Slugify(titleFromFilename(filename), maxSlugTitle); f != "" {
		return f, true
	}
	return "session", true
}

// titleFromFilename turns "ietf97-plenary.txt" into "ietf97 plenary", a last
// resort for minutes that print no title.
func titleFromFilename(name string) string {
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	if base == "." || base == "-" || base == "/" {
		return ""
	}
	return strings.TrimSpace(strings.NewReplacer("-", " ", "_", " ").Replace(base))
}
