package server

import (
	"bytes"
	"fmt"
	"net/http"

	"github.com/a-h/templ"
)

// render writes a component as a complete HTML response. It renders into a
// buffer first so a template error becomes a clean 500, not half a page.
func render(w http.ResponseWriter, r *http.Request, status int, c templ.Component) error {
	var buf bytes.Buffer
	if err := c.Render(r.Context(), &buf); err != nil {
		return fmt.Errorf("render %s: %w", r.URL.Path, err)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, err := w.Write(buf.Bytes())
	return err
}
