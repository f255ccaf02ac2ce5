package server

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestCompress checks the compressing middleware that replaced chi's
// (issue 12, item 8): a listed type over gzipMinBytes is gzipped with its
// own status even when the handler flushes as templ does; small bodies,
// other types, bodies already encoded, 304s and ranges pass through.
func TestCompress(t *testing.T) {
	big := strings.Repeat("<p>remark</p>\n", 200)
	tests := []struct {
		name     string
		ctype    string
		encoding string
		status   int
		body     string
		range_   string
		wantGzip bool
	}{
		{"page", "text/html; charset=utf-8", "", 200, big, "", true},
		{"error page, flushed", "text/html; charset=utf-8", "", 404, big, "", true},
		{"small page", "text/html; charset=utf-8", "", 200, "<p>hi</p>", "", false},
		{"not a listed type", "image/png", "", 200, big, "", false},
		{"already gzipped", "text/html; charset=utf-8", "gzip", 200, big, "", false},
		{"not modified", "text/html; charset=utf-8", "", 304, "", "", false},
		{"range", "text/css", "", 200, big, "bytes=0-10", false},
	}
	mw := compress("text/html", "text/css")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := mw(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tt.ctype)
				if tt.encoding != "" {
					w.Header().Set("Content-Encoding", tt.encoding)
				}
				w.WriteHeader(tt.status)
				_, _ = io.WriteString(w, tt.body[:len(tt.body)/2])
				_ = http.NewResponseController(w).Flush()
				_, _ = io.WriteString(w, tt.body[len(tt.body)/2:])
			}))
			req := httptest.NewRequest(http.MethodGet, "/", nil)
			req.Header.Set("Accept-Encoding", "gzip")
			if tt.range_ != "" {
				req.Header.Set("Range", tt.range_)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tt.status {
				t.Errorf("status %d, want %d", rec.Code, tt.status)
			}
			gz := rec.Header().Get("Content-Encoding") == "gzip" && tt.encoding == ""
			if gz != tt.wantGzip {
				t.Fatalf("gzipped %v, want %v", gz, tt.wantGzip)
			}
			body := rec.Body.String()
			if gz {
				zr, err := gzip.NewReader(rec.Body)
				if err != nil {
					t.Fatal(err)
				}
				b, _ := io.ReadAll(zr)
				body = string(b)
			}
			if body != tt.body {
				t.Errorf("body of %d bytes, want the %d written", len(body), len(tt.body))
			}
		})
	}
}
