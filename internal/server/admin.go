package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/web"
)

// shell is the admin frame of a page: who is logged in, and the flash
// message left by the previous action, consumed now.
func (s *Server) shell(r *http.Request) web.AdminShell {
	return web.AdminShell{Username: s.adminName(r), Flash: s.sm(r).PopString(r.Context(), "flash")}
}

// flash leaves a notice for the next page the admin sees.
func (s *Server) flash(r *http.Request, msg string) { s.sm(r).Put(r.Context(), "flash", msg) }

// dashboard is /admin: pending uploads, sessions, recent activity.
func (s *Server) dashboard(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	pending, err := s.store.PendingUploads(ctx)
	if err != nil {
		return err
	}
	sessions, err := s.store.Sessions(ctx, 0)
	if err != nil {
		return err
	}
	log, err := s.store.AuditLog(ctx, 30)
	if err != nil {
		return err
	}
	v := web.DashboardPage{AdminShell: s.shell(r)}
	for _, p := range pending {
		v.Pending = append(v.Pending, web.PendingView{
			ID: p.ID, URL: uploadURL(p.ID), Filename: p.Filename, TargetSlug: p.TargetSlug,
			UploadedBy: p.UploadedBy, UploadedAt: adminTime(p.UploadedAt), Size: byteSize(p.Bytes),
		})
	}
	for _, sess := range sessions {
		v.Sessions = append(v.Sessions, sessionLink(sess))
	}
	for _, e := range log {
		detail, _ := json.Marshal(e.Detail)
		v.Audit = append(v.Audit, web.AuditView{
			At: adminTime(e.At), ISOAt: e.At.UTC().Format(time.RFC3339), Actor: e.Actor,
			Action: e.Action, Subject: e.Subject, Detail: string(detail),
		})
	}
	return s.render(w, r, http.StatusOK, web.Dashboard(web.Page{Title: "Admin"}, v))
}

// uploadURL is the preview page of an upload.
func uploadURL(id int64) string { return "/admin/uploads/" + strconv.FormatInt(id, 10) }

// adminTime is how admin pages show a moment: UTC, to the minute.
func adminTime(t time.Time) string { return t.UTC().Format("2 Jan 2006 15:04 UTC") }

// byteSize is a human file size.
func byteSize(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// revisionSource downloads the source of one revision, byte for byte.
func (s *Server) revisionSource(w http.ResponseWriter, r *http.Request) error {
	slug := chi.URLParam(r, "slug")
	n, ok := positiveInt32(chi.URLParam(r, "n"))
	if !ok {
		return statusError(http.StatusNotFound, "There is no such revision.")
	}
	f, err := s.store.RevisionSource(r.Context(), slug, n)
	if err != nil {
		return err
	}
	base := strings.TrimSuffix(f.Filename, filepath.Ext(f.Filename))
	name := archive.Slugify(fmt.Sprintf("%s-r%d-%s", slug, n, base), 120) + sourceExt(f.Format)
	// Served as an opaque download: the bytes are exactly what was
	// uploaded, whatever their encoding, and never rendered as our page.
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", name))
	w.Header().Set("Content-Length", strconv.Itoa(len(f.Source)))
	if _, err := w.Write(f.Source); err != nil {
		return fmt.Errorf("send source of %s revision %d: %w", slug, n, err)
	}
	return nil
}

// sourceExt is the file extension of a source format.
func sourceExt(format string) string {
	switch format {
	case "markdown":
		return ".md"
	case "html":
		return ".html"
	}
	return ".txt"
}
