package server

import (
	"bytes"
	"fmt"
	"net/http"
	"sync"

	"github.com/a-h/templ"
)

// pageCacheEntries bounds the page cache: at ~50 KB a session page, a few
// hundred entries stay well inside the server's memory budget.
const pageCacheEntries = 256

// pageCache keeps rendered pages keyed by URI and ETag (not by Host: no
// page depends on it, see absURL). Because the
// ETag changes with everything the page shows (build, revision, changed_at),
// an entry never goes stale: a new revision simply gets a new key and the
// old entry ages out. This makes a repeated 200 one indexed lookup plus a
// copy, like a 304.
type pageCache struct {
	mu      sync.RWMutex
	max     int
	entries map[string][]byte
}

// newPageCache returns an empty cache of at most max pages.
func newPageCache(max int) *pageCache {
	return &pageCache{max: max, entries: make(map[string][]byte, max)}
}

// get returns the cached page under key, if any.
func (c *pageCache) get(key string) ([]byte, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	b, ok := c.entries[key]
	return b, ok
}

// put stores a page, evicting an arbitrary entry when full: hostile query
// strings can churn the cache but never grow it.
func (c *pageCache) put(key string, body []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.entries) >= c.max {
		for k := range c.entries {
			delete(c.entries, k)
			break
		}
	}
	c.entries[key] = body
}

// renderCached is render for pages whose validator is tag: it serves the
// cached bytes when present and caches what it renders.
func (s *Server) renderCached(w http.ResponseWriter, r *http.Request, tag string, build func() (templ.Component, error)) error {
	key := r.URL.RequestURI() + " " + tag
	body, ok := s.pages.get(key)
	if !ok {
		c, err := build()
		if err != nil {
			return err
		}
		var buf bytes.Buffer
		if err := c.Render(r.Context(), &buf); err != nil {
			return fmt.Errorf("render %s: %w", r.URL.Path, err)
		}
		body = buf.Bytes()
		s.pages.put(key, body)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if _, err := w.Write(body); err != nil {
		return fmt.Errorf("write cached page %s: %w", r.URL.Path, err)
	}
	return nil
}
