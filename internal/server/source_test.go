package server

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSessionSource checks the public download of a session's source
// minutes: the published revision's bytes exactly, under the uploaded
// name, always as an attachment in a sandbox, revalidated by revision,
// and the newest revision once a correction is published.
func TestSessionSource(t *testing.T) {
	t.Parallel()
	store, h := seededSite(t)
	seed := "/sessions/" + seedSlug
	orig, err := os.ReadFile(filepath.Join(corpusDir(t), "ietf97-plenary.txt"))
	if err != nil {
		t.Fatal(err)
	}
	html := []byte("<h1>Council</h1><h2>Roads</h2><p>Ann Lee: fine <script>alert(1)</script></p><p>Bo Li: agreed.</p>\n")
	p := ingest(t, store, `C:\uploads\"odd"\council.html`, html, "")

	tests := []struct {
		name, path, ctype, filename string
		body                        []byte
	}{
		{"plain text", seed + "/source", "text/plain; charset=utf-8", `filename=ietf97-plenary.txt`, orig},
		{"html is a download, never a page", "/sessions/" + p.Slug + "/source", "text/html; charset=utf-8", `filename=council.html`, html},
	}
	for _, tt := range tests {
		rec := get(t, h, tt.path)
		if rec.Code != 200 || !bytes.Equal(rec.Body.Bytes(), tt.body) {
			t.Errorf("%s: %d, body %d bytes; want 200 and the %d bytes uploaded", tt.name, rec.Code, rec.Body.Len(), len(tt.body))
		}
		hd := rec.Header()
		if hd.Get("Content-Type") != tt.ctype || !strings.HasPrefix(hd.Get("Content-Disposition"), "attachment;") ||
			!strings.Contains(hd.Get("Content-Disposition"), tt.filename) || !strings.HasPrefix(hd.Get("Content-Security-Policy"), "sandbox") {
			t.Errorf("%s: headers %v", tt.name, hd)
		}
		if again := get(t, h, tt.path, "If-None-Match: "+hd.Get("ETag")); again.Code != 304 {
			t.Errorf("%s: revalidation got %d, want 304", tt.name, again.Code)
		}
	}

	// The session page links the download with its revision.
	if page := get(t, h, seed); !strings.Contains(page.Body.String(), `href="`+seed+`/source"`) || !strings.Contains(page.Body.String(), `href="`+seed+`.akn.xml"`) ||
		!strings.Contains(page.Body.String(), `href="/api/v1`+seed+`"`) {
		t.Error("session page does not link its source, its Akoma Ntoso and its JSON")
	}
	// A correction moves the download to the new revision's bytes.
	fixed := append(bytes.Clone(orig), []byte("\nBob Sample: one more remark.\n")...)
	ingest(t, store, "ietf97-plenary-corrected.txt", fixed, seedSlug)
	if rec := get(t, h, seed+"/source"); !bytes.Equal(rec.Body.Bytes(), fixed) || !strings.Contains(rec.Header().Get("Content-Disposition"), "ietf97-plenary-corrected.txt") {
		t.Errorf("after a correction: %d bytes, %q", rec.Body.Len(), rec.Header().Get("Content-Disposition"))
	}
	for _, path := range []string{"/sessions/no-such-session/source", seed + "/source/more"} {
		if rec := get(t, h, path); rec.Code != 404 {
			t.Errorf("%s: %d, want 404", path, rec.Code)
		}
	}
}

// TestSourceName checks the download's file name against hostile uploads.
func TestSourceName(t *testing.T) {
	for in, want := range map[string]string{
		"minutes.md": "minutes.md", "": "s.txt", `..\..\x.html`: "x.html", "/etc/passwd": "passwd",
		"a\r\nSet-Cookie: x.txt": "aSet-Cookie: x.txt", "..": "s.txt", "notes – 2024.txt": "notes – 2024.txt",
	} {
		if got := sourceName(in, "s", "text"); got != want {
			t.Errorf("sourceName(%q) = %q, want %q", in, got, want)
		}
	}
}
