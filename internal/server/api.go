package server

import (
	"bytes"
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// The JSON API (/api/v1, docs/api.md) answers from the same store queries
// as the pages. Its objects use snake_case names, ISO dates and absolute
// URLs; errors are RFC 9457 problem details; responses revalidate by ETag
// like the pages and may be read from any origin (the data is public and
// the API only reads).

// apiPageSize is the default and apiMaxPage the largest page of a list.
const (
	apiPageSize = 50
	apiMaxPage  = 200
)

//go:embed openapi.json
var openAPI []byte

// openAPIDoc serves the API's OpenAPI 3.1 description.
func (s *Server) openAPIDoc(w http.ResponseWriter, r *http.Request) error {
	if notModified(w, r, etag("openapi"), cachePage) {
		return nil
	}
	w.Header().Set("Content-Type", "application/json")
	_, err := w.Write(openAPI)
	return err
}

// apiCORS lets pages of any origin read the API: GETs carry
// Access-Control-Allow-Origin, and a preflight (a client sending
// If-None-Match) is answered here. Nothing under /api changes data, and
// no cookie is read there, so an open origin gives away nothing.
func apiCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Access-Control-Allow-Origin", "*")
		h.Set("Access-Control-Expose-Headers", "ETag")
		if r.Method == http.MethodOptions {
			h.Set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
			h.Set("Access-Control-Allow-Headers", "If-None-Match, Accept")
			h.Set("Access-Control-Max-Age", "86400")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// isAPI reports a request to the JSON API, whose errors are JSON too.
func isAPI(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/api/") }

// problem writes an error as RFC 9457 problem details.
func problem(w http.ResponseWriter, r *http.Request, status int, detail string) {
	body, _ := json.Marshal(struct {
		Type     string `json:"type"`
		Title    string `json:"title"`
		Status   int    `json:"status"`
		Detail   string `json:"detail"`
		Instance string `json:"instance"`
	}{"about:blank", http.StatusText(status), status, detail, r.URL.Path})
	w.Header().Set("Content-Type", "application/problem+json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// writeJSON writes v, indented for people reading it with curl.
func writeJSON(w http.ResponseWriter, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("encode json: %w", err)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
	_, err := w.Write(buf.Bytes())
	return err
}

// badParam is the 400 of a malformed query parameter.
func badParam(name, want string) error {
	return statusError(http.StatusBadRequest, "The parameter "+name+" is not valid: "+want+".")
}

// apiLimit reads the limit parameter: 1 to apiMaxPage, default apiPageSize.
func apiLimit(r *http.Request) (int, error) {
	v := r.URL.Query().Get("limit")
	if v == "" {
		return apiPageSize, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > apiMaxPage {
		return 0, badParam("limit", "a number from 1 to "+strconv.Itoa(apiMaxPage))
	}
	return n, nil
}

// apiDate reads an optional YYYY-MM-DD parameter.
func apiDate(r *http.Request, name string) (*time.Time, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return nil, nil
	}
	d, err := time.Parse(time.DateOnly, v)
	if err != nil {
		return nil, badParam(name, "a date as YYYY-MM-DD")
	}
	return &d, nil
}

// Cursors are opaque to clients: base64url of a short text a later version
// may change without breaking anyone who only passes them back.

// encodeCursor wraps a cursor's text.
func encodeCursor(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

// decodeCursor unwraps the cursor parameter; "" when there is none.
func decodeCursor(r *http.Request) (string, error) {
	v := r.URL.Query().Get("cursor")
	if v == "" {
		return "", nil
	}
	b, err := base64.RawURLEncoding.DecodeString(v)
	if err != nil || len(b) == 0 || len(b) > 64 {
		return "", badParam("cursor", "a cursor from a \"next\" link, passed back unchanged")
	}
	return string(b), nil
}

// offsetCursor reads a cursor over a ranked list ("o:40"), capped at max.
func offsetCursor(r *http.Request, max int) (int, error) {
	c, err := decodeCursor(r)
	if err != nil || c == "" {
		return 0, err
	}
	n, err := strconv.Atoi(strings.TrimPrefix(c, "o:"))
	if !strings.HasPrefix(c, "o:") || err != nil || n < 0 || n > max {
		return 0, badParam("cursor", "a cursor from a \"next\" link, passed back unchanged")
	}
	return n, nil
}

// nextURL is the address of the next page: the request's own query with
// its cursor replaced.
func (s *Server) nextURL(r *http.Request, cursor string) *string {
	q := r.URL.Query()
	q.Set("cursor", cursor)
	u := s.absURL(r.URL.Path + "?" + q.Encode())
	return &u
}

// isoDay is a date as YYYY-MM-DD, or nil.
func isoDay(d *time.Time) *string {
	if d == nil {
		return nil
	}
	s := d.Format(time.DateOnly)
	return &s
}
