package server

import (
	"fmt"
	"mime"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-chi/chi/v5"
)

// sessionSource serves the source minutes of the revision a session's
// pages show, byte for byte, so that a reader can check the archive
// against what the secretariat published. The file keeps its name and
// its type but is always a download: minutes in HTML are someone else's
// markup and must never run as one of our pages (a sandbox CSP says so
// again for browsers that would render it anyway).
func (s *Server) sessionSource(w http.ResponseWriter, r *http.Request) error {
	sess, err := s.sessionBySlug(r.Context(), chi.URLParam(r, "slug"))
	if err != nil {
		return err
	}
	// A revision's source never changes: its number is its validator.
	tag := etag("src"+strconv.FormatInt(sess.ID, 10), "r"+strconv.Itoa(sess.Revision))
	if notModified(w, r, tag, cachePage) {
		return nil
	}
	f, err := s.reads.RevisionSource(r.Context(), sess.Slug, sess.Revision)
	if err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", sourceType(f.Format, f.Source))
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": sourceName(f.Filename, sess.Slug, f.Format)}))
	h.Set("Content-Security-Policy", "sandbox; default-src 'none'")
	h.Set("Last-Modified", sess.UpdatedAt.UTC().Format(http.TimeFormat))
	h.Set("Content-Length", strconv.Itoa(len(f.Source)))
	if r.Method == http.MethodHead {
		return nil
	}
	if _, err := w.Write(f.Source); err != nil {
		return fmt.Errorf("send source of %s revision %d: %w", sess.Slug, sess.Revision, err)
	}
	return nil
}

// sourceType is the media type of a source in its format, with a UTF-8
// charset only when the bytes are UTF-8: a file in Windows-1252 is
// served as it was uploaded, and says nothing false about itself.
func sourceType(format string, src []byte) string {
	t := "text/plain"
	switch format {
	case "markdown":
		t = "text/markdown"
	case "html":
		t = "text/html"
	}
	if utf8.Valid(src) {
		t += "; charset=utf-8"
	}
	return t
}

// sourceName is the file name a download gets: the uploaded file's own
// name, without any directory or control character, or the session's
// slug with the format's extension when the upload had none.
func sourceName(uploaded, slug, format string) string {
	name := strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == '/' || r == '\\' {
			return -1
		}
		return r
	}, filepath.Base(strings.ReplaceAll(uploaded, `\`, "/")))
	if name == "" || name == "." || name == "/" || name == ".." {
		return slug + sourceExt(format)
	}
	return name
}
