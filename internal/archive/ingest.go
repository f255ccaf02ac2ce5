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
	By       string // who uploads: an admin's username, or "cli"
}

// InputError is an upload the archive refuses: empty, binary, undecodable
// or without remarks. Nothing was written. Handlers map it to 4xx.
type InputError struct {
	Err error
}

func (e *InputError) Error() string { return e.Err.Error() }
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
// is CreateUpload followed by Publish, sharing their code, except that
// both happen in one transaction: publishing the source that is already
// current changes nothing, not even a pending upload is left behind.
func (s *Store) Ingest(ctx context.Context, u Upload) (Published, error) {
	doc, meta, err := parseUpload(u)
	if err != nil {
		return Published{}, err
	}
	var out Published
	err = s.InTx(ctx, func(tx pgx.Tx) error {
		id, err := createUpload(ctx, tx, u, doc)
		if err != nil {
			return err
		}
		out, err = publishParsed(ctx, tx, pendingUpload{ID: id, Upload: u}, doc, meta, u.By)
		return err
	})
	if errors.Is(err, errUnchanged) {
		return Published{Slug: meta.slug, Unchanged: true}, nil
	}
	return out, err
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
	sha                   [32]byte
}

// resolveMeta merges the uploader's overrides with the parser's header and
// derives the slug (YYYY-MM-DD-short-title) when none was given.
func resolveMeta(u Upload, doc *minutes.Document) (sessionMeta, error) {
	m := sessionMeta{title: u.Title, location: u.Location, date: u.Date, sha: sha256.Sum256(u.Source)}
	if m.title == "" {
		m.title = doc.Title
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
	m.slug = u.Slug
	if m.slug == "" {
		m.slug = Slugify(m.title, 60)
		if m.date != nil {
			m.slug = m.date.Format(time.DateOnly) + "-" + m.slug
		}
	}
	if Slugify(m.slug, 0) != m.slug || m.slug == "" {
		return m, &InputError{Err: fmt.Errorf("invalid slug %q: use lower-case letters, digits and hyphens", m.slug)}
	}
	return m, nil
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
