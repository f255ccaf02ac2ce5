package server

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/a-h/templ"
)

// pageCacheEntries bounds the page cache: at ~50 KB a session page (plus
// ~10 KB gzipped), a few hundred entries stay well inside the server's
// memory budget.
const pageCacheEntries = 256

// pageCache keeps rendered pages keyed by URI and ETag (not by Host: no
// page depends on it, see absURL). Because the ETag changes with
// everything the page shows (build, revision, changed_at), an entry never
// goes stale: a new revision simply gets a new key and the old entry ages
// out. This makes a repeated 200 one lookup plus a copy, like a 304.
type pageCache struct {
	mu      sync.RWMutex
	max     int
	entries map[string]*cachedPage
}

// cachedPage is a rendered page and, made on first demand, its gzip form:
// browsers all ask for gzip, and compressing a 45 KB page on every request
// would cost more than everything else a cached 200 does.
type cachedPage struct {
	plain  []byte
	gzOnce sync.Once
	gz     []byte
	// The lengths as Content-Length values, made once rather than on
	// every response.
	plainLength, gzLength []string
}

// gzipped returns the page compressed, compressing it once, and its
// length as a header value.
func (p *cachedPage) gzipped() ([]byte, []string) {
	p.gzOnce.Do(func() {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression) // valid level: no error
		_, _ = zw.Write(p.plain)                                 // writes to a bytes.Buffer do not fail
		_ = zw.Close()
		p.gz = buf.Bytes()
		p.gzLength = []string{strconv.Itoa(len(p.gz))}
	})
	return p.gz, p.gzLength
}

// newPageCache returns an empty cache of at most max pages.
func newPageCache(max int) *pageCache {
	return &pageCache{max: max, entries: make(map[string]*cachedPage, max)}
}

// get returns the cached page under key, if any.
func (c *pageCache) get(key string) (*cachedPage, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	p, ok := c.entries[key]
	return p, ok
}

// put stores a page, evicting an arbitrary entry when full: hostile query
// strings can churn the cache but never grow it.
func (c *pageCache) put(key string, body []byte) *cachedPage {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.entries) >= c.max {
		for k := range c.entries {
			delete(c.entries, k)
			break
		}
	}
	p := &cachedPage{plain: body, plainLength: []string{strconv.Itoa(len(body))}}
	c.entries[key] = p
	return p
}

// renderCached is render for pages whose validator is tag: it serves the
// cached bytes (gzipped when the client accepts it) when present and
// caches what it renders.
func (s *Server) renderCached(w http.ResponseWriter, r *http.Request, tag string, build func() (templ.Component, error)) error {
	key := pageKey(r, tag)
	page, ok := s.pages.get(key)
	if !ok {
		c, err := build()
		if err != nil {
			return err
		}
		var buf bytes.Buffer
		if err := c.Render(r.Context(), &buf); err != nil {
			return fmt.Errorf("render %s: %w", r.URL.Path, err)
		}
		page = s.pages.put(key, buf.Bytes())
	}
	return writePage(w, r, page, acceptsGzip(r))
}

// pageKey is a page's key in the page cache: its URI and ETag.
func pageKey(r *http.Request, tag string) string {
	return r.URL.RequestURI() + " " + tag
}

// writePage writes a cached page as HTML, gzipped when the client takes
// gzip (acceptsGzip, asked once by the caller; the compressing middleware
// passes the gzipped body through as it is).
func writePage(w http.ResponseWriter, r *http.Request, page *cachedPage, gz bool) error {
	h := w.Header()
	h["Content-Type"] = htmlContentType[:1:1]
	body, length := page.plain, page.plainLength
	if gz {
		body, length = page.gzipped()
		h["Content-Encoding"] = gzipEncoding[:1:1]
		h["Vary"] = varyAcceptEncoding[:1:1]
	}
	// A known length spares net/http the chunked encoding.
	h["Content-Length"] = length[:1:1]
	if _, err := w.Write(body); err != nil {
		return fmt.Errorf("write cached page %s: %w", r.URL.Path, err)
	}
	return nil
}

// Header values of every cached page, shared and never written.
var (
	htmlContentType = []string{"text/html; charset=utf-8"}
	gzipEncoding    = []string{"gzip"}
)

// acceptsGzip reports whether the request's Accept-Encoding lists gzip
// without refusing it (q=0).
func acceptsGzip(r *http.Request) bool {
	// strings.Cut rather than Split: no allocation on the hot path.
	for rest, more := r.Header.Get("Accept-Encoding"), true; more; {
		var part string
		part, rest, more = strings.Cut(rest, ",")
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			continue
		}
		q := strings.ReplaceAll(params, " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}
