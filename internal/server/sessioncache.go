package server

import (
	"context"
	"sync"
	"time"

	"github.com/plenary/plenary/internal/archive"
)

// sessionTTL is how long a session's row (and so its page's ETag) is
// reused without asking the database. A publish shows up at most this
// late, in this process and in any other sharing the database; in return
// a hot page costs no database round trip for a 200 from the page cache
// or a 304.
const sessionTTL = time.Second

// sessionCacheMax bounds the cache; only existing sessions are cached, so
// made-up slugs cannot fill it.
const sessionCacheMax = 10000

// sessionCache is a micro-cache of sessions by slug.
type sessionCache struct {
	ttl     time.Duration // sessionTTL; tests that publish mid-test use 0
	mu      sync.RWMutex
	entries map[string]sessionEntry
	// gen counts forgetAll calls: a read that began before one must not
	// put back the session it read, which may be the old revision.
	gen uint64
}

type sessionEntry struct {
	sess    archive.Session
	tag     []string // sessionETag(sess) as a header value, made once for hotSession; shared, never written
	expires time.Time
}

// sessionBySlug returns the session with slug, from the cache when fresh.
func (s *Server) sessionBySlug(ctx context.Context, slug string) (archive.Session, error) {
	c := s.recent
	now := time.Now()
	c.mu.RLock()
	e, ok := c.entries[slug]
	gen := c.gen
	c.mu.RUnlock()
	if ok && now.Before(e.expires) {
		return e.sess, nil
	}
	sess, err := s.reads.SessionBySlug(ctx, slug)
	if err != nil {
		return sess, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen != gen {
		return sess, nil // forgotten meanwhile: answer, but do not cache
	}
	if c.entries == nil || len(c.entries) >= sessionCacheMax {
		c.entries = make(map[string]sessionEntry)
	}
	c.entries[slug] = sessionEntry{sess: sess, tag: []string{sessionETag(sess)}, expires: now.Add(c.ttl)}
	return sess, nil
}

// forgetAll empties the cache. Admin actions of this process call it after
// they change what pages show, so an admin who publishes and is redirected
// to the session sees the new revision at once; other processes sharing the
// database catch up within sessionTTL.
func (c *sessionCache) forgetAll() {
	c.mu.Lock()
	c.entries = nil
	c.gen++
	c.mu.Unlock()
}

// fresh returns the cache entry of a session, when it is there and fresh,
// without touching the database.
func (c *sessionCache) fresh(slug string) (sessionEntry, bool) {
	c.mu.RLock()
	e, ok := c.entries[slug]
	c.mu.RUnlock()
	if !ok || !time.Now().Before(e.expires) {
		return sessionEntry{}, false
	}
	return e, true
}
