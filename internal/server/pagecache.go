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

// pageCacheBytes bounds the page cache by size (plain and gzipped bytes
// together), and pageCacheEntries by count, so that neither a few huge
// sessions nor many small speaker pages grow the server past its memory
// budget (see memoryLimit in cmd/plenary). A page over an eighth of
// pageCacheBytes is served but not kept: one 20 MB session must not evict
// every other page.
const (
	pageCacheBytes   = 48 << 20
	pageCacheEntries = 1024
)

// pageCache keeps rendered pages keyed by URI and ETag (not by Host: no
// page depends on it, see absURL). Because the ETag changes with
// everything the page shows (build, revision, changed_at), an entry never
// goes stale: a new revision simply gets a new key and the old entry ages
// out. This makes a repeated 200 one lookup plus a copy, like a 304.
type pageCache struct {
	mu       sync.RWMutex
	maxBytes int
	maxPages int
	bytes    int // plain and gzipped bytes of the entries
	entries  map[string]*cachedPage
	// renders are the pages being rendered, by key: readers who ask for
	// a page while it renders wait for that render instead of making
	// their own, so 200 readers of a new revision cost one render and
	// one page's memory rather than 200.
	renders map[string]*pageRender
}

// pageRender is a render in progress; done is closed when page is set.
type pageRender struct {
	done chan struct{}
	page *cachedPage // nil when the render failed
}

// cachedPage is a rendered page and, made on first demand, its gzip form:
// browsers all ask for gzip, and compressing a 45 KB page on every request
// would cost more than everything else a cached 200 does.
type cachedPage struct {
	cache *pageCache // to account for gz, which is made after the page is kept
	// charged is what the cache counts for the page, and evicted says it
	// counts it no more; both under cache.mu.
	charged int
	evicted bool
	plain   []byte
	gzOnce  sync.Once
	gz      []byte
	// The lengths as Content-Length values, made once rather than on
	// every response.
	plainLength, gzLength []string
}

// gzipped returns the page compressed, compressing it once, and its
// length as a header value.
func (p *cachedPage) gzipped() ([]byte, []string) {
	p.gzOnce.Do(func() {
		p.gz = gzipBytes(p.plain, gzip.BestCompression)
		p.gzLength = []string{strconv.Itoa(len(p.gz))}
		if p.cache != nil {
			p.cache.charge(p, len(p.gz))
		}
	})
	return p.gz, p.gzLength
}

// newPageCache returns an empty cache of at most maxBytes and maxPages.
func newPageCache(maxBytes, maxPages int) *pageCache {
	return &pageCache{maxBytes: maxBytes, maxPages: maxPages, entries: make(map[string]*cachedPage), renders: make(map[string]*pageRender)}
}

// get returns the cached page under key, if any.
func (c *pageCache) get(key string) (*cachedPage, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	p, ok := c.entries[key]
	return p, ok
}

// charge counts n more bytes of page p while it is kept. The gzip form of
// a page is counted when it is made, so the cache may exceed maxBytes by
// the gzip forms made since the last put, which evicts down to the bound
// again.
func (c *pageCache) charge(p *cachedPage, n int) {
	c.mu.Lock()
	if !p.evicted {
		c.bytes += n
		p.charged += n
	}
	c.mu.Unlock()
}

// getOrRender returns the page under key, rendering it when absent; one
// render per key at a time, which the other askers wait for. A failed
// render fails only its own request: the waiters render for themselves.
func (c *pageCache) getOrRender(key string, render func() ([]byte, error)) (*cachedPage, error) {
	c.mu.Lock()
	if p, ok := c.entries[key]; ok {
		c.mu.Unlock()
		return p, nil
	}
	if pr, ok := c.renders[key]; ok {
		c.mu.Unlock()
		<-pr.done
		if pr.page != nil {
			return pr.page, nil
		}
		body, err := render()
		if err != nil {
			return nil, err
		}
		return c.put(key, body), nil
	}
	pr := &pageRender{done: make(chan struct{})}
	c.renders[key] = pr
	c.mu.Unlock()
	defer close(pr.done)
	body, err := render()
	c.mu.Lock()
	delete(c.renders, key)
	c.mu.Unlock()
	if err != nil {
		return nil, err
	}
	pr.page = c.put(key, body)
	return pr.page, nil
}

// put stores a page, evicting arbitrary entries until it fits: hostile
// query strings can churn the cache but never grow it. A page too large
// to keep is returned uncached.
func (c *pageCache) put(key string, body []byte) *cachedPage {
	p := &cachedPage{plain: body, plainLength: []string{strconv.Itoa(len(body))}}
	if len(body) > c.maxBytes/8 {
		return p
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.entries[key]; ok {
		return old
	}
	for k, e := range c.entries {
		if c.bytes+len(body) <= c.maxBytes && len(c.entries) < c.maxPages {
			break
		}
		delete(c.entries, k)
		c.bytes -= e.charged
		e.evicted = true
	}
	p.cache, p.charged = c, len(body)
	c.entries[key] = p
	c.bytes += len(body)
	return p
}

// renderCached is render for pages whose validator is tag: it serves the
// cached bytes (gzipped when the client accepts it) when present and
// caches what it renders.
func (s *Server) renderCached(w http.ResponseWriter, r *http.Request, tag string, build func() (templ.Component, error)) error {
	page, err := s.pages.getOrRender(pageKey(r, tag), func() ([]byte, error) {
		release, err := s.buildSlot(r.Context())
		if err != nil {
			return nil, err
		}
		defer release()
		c, err := build()
		if err != nil {
			return nil, err
		}
		var buf bytes.Buffer
		if err := c.Render(r.Context(), &buf); err != nil {
			return nil, fmt.Errorf("render %s: %w", r.URL.Path, err)
		}
		return buf.Bytes(), nil
	})
	if err != nil {
		return err
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
