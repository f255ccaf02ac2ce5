package server

import (
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/web"
)

// formOverhead is what a multipart upload may carry besides the source:
// boundaries, part headers and the short fields.
const formOverhead = 64 << 10

// uploadForm is /admin/uploads/new.
func (s *Server) uploadForm(w http.ResponseWriter, r *http.Request) error {
	v := web.UploadFormPage{AdminShell: s.shell(r), MaxMiB: archive.MaxSourceBytes >> 20, Slug: r.URL.Query().Get("slug")}
	return s.render(w, r, http.StatusOK, web.UploadForm(web.Page{Title: "Upload minutes"}, v))
}

// uploadFields is what the upload form sent.
type uploadFields struct {
	file                              []byte
	filename                          string
	text, slug, title, date, location string
	body                              string
}

// createUpload stores an upload as pending and shows its preview. Refused
// input re-shows the form with the reason, and nothing is stored.
func (s *Server) createUpload(w http.ResponseWriter, r *http.Request) error {
	// The timeouts middleware has extended this request's read deadline.
	limitUploadBody(w, r)
	f, err := readUploadForm(r)
	if err != nil {
		return s.refuseUpload(w, r, f, err)
	}
	u := archive.Upload{Source: f.file, Filename: f.filename, Slug: strings.TrimSpace(f.slug),
		Title: strings.TrimSpace(f.title), Location: strings.TrimSpace(f.location), Body: strings.TrimSpace(f.body), By: s.adminName(r)}
	if len(u.Source) == 0 && strings.TrimSpace(f.text) != "" {
		u.Source, u.Filename = []byte(f.text), "pasted"
	}
	if d := strings.TrimSpace(f.date); d != "" {
		t, err := time.Parse(time.DateOnly, d)
		if err != nil {
			return s.refuseUpload(w, r, f, &archive.InputError{Err: fmt.Errorf("the date %q is not a date: use YYYY-MM-DD", d)})
		}
		u.Date = &t
	}
	id, err := s.store.CreateUpload(r.Context(), u)
	if err != nil {
		return s.refuseUpload(w, r, f, err)
	}
	http.Redirect(w, r, uploadURL(id), http.StatusSeeOther)
	return nil
}

// limitUploadBody caps the request body at the largest source plus the
// form's overhead, so an oversized upload stops while it is being read.
func limitUploadBody(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, archive.MaxSourceBytes+formOverhead)
}

// badFormError is a request body that could not be read as the upload
// form: a bad URL escape, a truncated or malformed multipart body, a
// broken Content-Type, or a client that stopped sending. It is the
// request's fault, so it is a 400, never a server error.
type badFormError struct{ err error }

// Error says what could not be read, for logs and tests.
func (e *badFormError) Error() string { return "unreadable upload form: " + e.err.Error() }

// Unwrap exposes the cause, so that an *http.MaxBytesError inside is
// still found (and answered 413).
func (e *badFormError) Unwrap() error { return e.err }

// refuseUpload re-shows the upload form with why the upload was refused,
// keeping what was typed; errors that are not the input's fault pass on.
func (s *Server) refuseUpload(w http.ResponseWriter, r *http.Request, f uploadFields, err error) error {
	status, msg, ok := uploadRefusal(err)
	if !ok {
		return err
	}
	v := web.UploadFormPage{
		AdminShell: s.shell(r), MaxMiB: archive.MaxSourceBytes >> 20, Error: msg,
		Slug: f.slug, Title: f.title, Date: f.date, Location: f.location, Body: f.body,
	}
	if len(f.text) <= 1<<20 { // echo a pasted text back, unless it is huge
		v.Text = f.text
	}
	if status == http.StatusRequestEntityTooLarge {
		w.Header().Set("Connection", "close") // the rest of the body is not read
	}
	return s.render(w, r, status, web.UploadForm(web.Page{Title: "Upload refused"}, v))
}

// readUploadForm streams a multipart (or URL-encoded) upload form. The
// body limit set by the caller stops an oversized upload while it is
// being read; nothing is buffered beyond the limit. Every failure to read
// or parse the body is a *badFormError (wrapping *http.MaxBytesError for
// an oversized body), every field over its limit an *archive.InputError.
func readUploadForm(r *http.Request) (uploadFields, error) {
	var f uploadFields
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "multipart/form-data" {
		if err := r.ParseForm(); err != nil {
			return f, &badFormError{err}
		}
		f.text, f.slug, f.title = r.PostForm.Get("text"), r.PostForm.Get("slug"), r.PostForm.Get("title")
		f.date, f.location, f.body = r.PostForm.Get("date"), r.PostForm.Get("location"), r.PostForm.Get("body")
		return f, nil
	}
	mr, err := r.MultipartReader()
	if err != nil {
		return f, &badFormError{err}
	}
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			return f, nil
		}
		if err != nil {
			return f, &badFormError{err}
		}
		if err := readPart(&f, part.FormName(), part.FileName(), part); err != nil {
			return f, err
		}
	}
}

// readPart reads one form field into f, refusing one over its limit.
func readPart(f *uploadFields, name, filename string, part io.Reader) error {
	limit := int64(1 << 10)
	if name == "file" || name == "text" {
		limit = archive.MaxSourceBytes
	}
	b, err := io.ReadAll(io.LimitReader(part, limit+1))
	if err != nil {
		return &badFormError{fmt.Errorf("field %s: %w", name, err)}
	}
	if int64(len(b)) > limit {
		if limit == archive.MaxSourceBytes {
			return &archive.InputError{Err: archive.ErrTooLarge}
		}
		return &archive.InputError{Err: fmt.Errorf("the field %s is too long", name)}
	}
	switch name {
	case "file":
		f.file, f.filename = b, filename
	case "text":
		f.text = string(b)
	case "slug":
		f.slug = string(b)
	case "title":
		f.title = string(b)
	case "date":
		f.date = string(b)
	case "location":
		f.location = string(b)
	case "body":
		f.body = string(b)
	}
	return nil
}

// uploadID parses the {id} of an upload URL.
func uploadID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil || id < 1 {
		return 0, statusError(http.StatusNotFound, "There is no such upload.")
	}
	return id, nil
}

// publishUpload publishes a pending upload and shows the session.
func (s *Server) publishUpload(w http.ResponseWriter, r *http.Request) error {
	id, err := uploadID(r)
	if err != nil {
		return err
	}
	p, err := s.store.Publish(r.Context(), id, s.adminName(r))
	if err != nil {
		return adminError(err)
	}
	s.log.Info("published", "admin", s.adminName(r), "upload", id, "slug", p.Slug, "revision", p.Revision, "unchanged", p.Unchanged)
	s.recent.forgetAll()
	// ?published: with a read replica, the page waits until it has this
	// revision (replica.go).
	http.Redirect(w, r, "/sessions/"+p.Slug+"?"+publishedParam+"="+strconv.Itoa(p.Revision), http.StatusSeeOther)
	return nil
}

// discardUpload takes a pending upload out of review; the archive keeps
// its source.
func (s *Server) discardUpload(w http.ResponseWriter, r *http.Request) error {
	id, err := uploadID(r)
	if err != nil {
		return err
	}
	if err := s.store.Discard(r.Context(), id, s.adminName(r)); err != nil {
		return adminError(err)
	}
	s.flash(r, fmt.Sprintf("Upload %d discarded.", id))
	http.Redirect(w, r, "/admin", http.StatusSeeOther)
	return nil
}
