package server

import (
	"bytes"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestPageCacheBoundedByBytes checks the cache's size bound (issue 12,
// item 8: the server's memory grew to 370 MB under 200 readers): pages
// of every size and their gzip forms never keep more than maxBytes after
// a put, and a page over an eighth of the bound is served but not kept.
func TestPageCacheBoundedByBytes(t *testing.T) {
	tests := []struct {
		name     string
		pageSize int
		pages    int
	}{
		{"many small pages", 1 << 10, 5000},
		{"pages near the largest kept", 120 << 10, 200},
		{"mixed", 0, 2000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			const maxBytes = 1 << 20
			c := newPageCache(maxBytes, 1<<20)
			for i := range tt.pages {
				size := tt.pageSize
				if size == 0 {
					size = 1 + (i*7919)%(120<<10)
				}
				p := c.put(fmt.Sprint(i), bytes.Repeat([]byte{'a' + byte(i%26)}, size))
				p.gzipped()
				if c.bytes > maxBytes+len(p.gz) {
					t.Fatalf("after page %d the cache holds %d bytes, over its bound %d", i, c.bytes, maxBytes)
				}
			}
			sum := 0
			for _, p := range c.entries {
				sum += len(p.plain) + len(p.gz)
			}
			if sum != c.bytes {
				t.Errorf("the cache counts %d bytes but holds %d", c.bytes, sum)
			}
		})
	}
	c := newPageCache(1<<20, 100)
	c.put("huge", make([]byte, 200<<10))
	if _, ok := c.get("huge"); ok || c.bytes != 0 {
		t.Errorf("a page over an eighth of the bound was kept (%d bytes counted)", c.bytes)
	}
}

// TestPageCacheOneRenderPerKey checks that readers asking at once for a
// page that is not cached wait for one render instead of each rendering
// (and holding) the page, and that a failed render is not shared.
func TestPageCacheOneRenderPerKey(t *testing.T) {
	c := newPageCache(1<<20, 100)
	var renders atomic.Int32
	render := func() ([]byte, error) {
		renders.Add(1)
		time.Sleep(50 * time.Millisecond)
		return []byte("<p>page</p>"), nil
	}
	var wg sync.WaitGroup
	for range 50 {
		wg.Go(func() {
			if p, err := c.getOrRender("k", render); err != nil || string(p.plain) != "<p>page</p>" {
				t.Errorf("getOrRender = %v, %v", p, err)
			}
		})
	}
	wg.Wait()
	if n := renders.Load(); n != 1 {
		t.Errorf("50 concurrent readers made %d renders, want 1", n)
	}

	fails := func() ([]byte, error) {
		time.Sleep(20 * time.Millisecond)
		return nil, fmt.Errorf("the leader's render failed")
	}
	var ok atomic.Int32
	for i := range 10 {
		wg.Go(func() {
			r := render
			if i == 0 {
				r = fails
			}
			if _, err := c.getOrRender("k2", r); err == nil {
				ok.Add(1)
			}
		})
		if i == 0 {
			time.Sleep(5 * time.Millisecond) // the failing render leads
		}
	}
	wg.Wait()
	if ok.Load() != 9 {
		t.Errorf("%d of the 9 readers behind a failed render got the page, want all", ok.Load())
	}
}
