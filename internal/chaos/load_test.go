//go:build chaos

package chaos

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// sample is one reader request: when it started (from the start of the
// load), how long it took, and its status (0 for a transport error).
type sample struct {
	at, took time.Duration
	status   int
}

// readerURLs is what readers ask for: every page of the sitemap (sessions,
// speakers), the listings and feed, and searches.
func readerURLs(t *testing.T, base string) []string {
	resp, err := http.Get(base + "/sitemap.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var set struct {
		URLs []struct {
			Loc string `xml:"loc"`
		} `xml:"url"`
	}
	if err := xml.NewDecoder(resp.Body).Decode(&set); err != nil {
		t.Fatalf("read sitemap: %v", err)
	}
	urls := []string{base + "/", base + "/sessions", base + "/speakers", base + "/feed.atom"}
	for _, u := range set.URLs {
		if p, err := url.Parse(u.Loc); err == nil {
			urls = append(urls, base+p.RequestURI())
		}
	}
	for _, q := range []string{"budget", "working group", "consensus", "the chair said", "agenda", "vote", "draft", "security", "\"next meeting\"", "zzzunlikely"} {
		urls = append(urls, base+"/search?q="+url.QueryEscape(q))
	}
	return urls
}

// readLoop asks for random URLs, as a browser would (gzip, following no
// redirects), until ctx ends.
func readLoop(ctx context.Context, base string, urls []string, seed int, start time.Time) []sample {
	client := &http.Client{
		Transport:     &http.Transport{MaxIdleConnsPerHost: 1, DisableCompression: true},
		Timeout:       30 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	rng := rand.New(rand.NewPCG(uint64(seed), 7))
	var out []sample
	for ctx.Err() == nil {
		u := urls[rng.IntN(len(urls))]
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
		req.Header.Set("Accept-Encoding", "gzip")
		began := time.Now()
		resp, err := client.Do(req)
		s := sample{at: began.Sub(start)}
		if err == nil {
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			s.status = resp.StatusCode
		} else if ctx.Err() != nil {
			break // the load ended mid-request: not a failure of the site
		}
		s.took = time.Since(began)
		out = append(out, s)
	}
	return out
}

// report prints the readers' results and returns how many requests failed
// against the bar: non-2xx outside the restart window [from, till), or
// other than 2xx/503 inside it.
func report(all []sample, from, till time.Duration) int {
	inside := map[int]int{}
	outside := map[int]int{}
	var took []time.Duration
	bad := 0
	for _, s := range all {
		in := from >= 0 && s.at+s.took >= from && s.at < till
		ok := s.status >= 200 && s.status < 400
		switch {
		case in:
			inside[s.status]++
			if !ok && s.status != http.StatusServiceUnavailable {
				bad++
			}
		default:
			outside[s.status]++
			if !ok {
				bad++
			}
		}
		took = append(took, s.took)
	}
	slices.Sort(took)
	pct := func(p float64) time.Duration {
		if len(took) == 0 {
			return 0
		}
		return took[min(len(took)-1, int(p*float64(len(took))))]
	}
	fmt.Printf("chaos: %d requests (%.0f/s); latency p50 %s, p99 %s, max %s\n", len(all), float64(len(all))/loadFor.Seconds(),
		pct(0.50).Round(time.Millisecond), pct(0.99).Round(time.Millisecond), pct(1).Round(time.Millisecond))
	fmt.Printf("chaos: outside the restart window: %s\n", statuses(outside))
	fmt.Printf("chaos: inside it: %s\n", statuses(inside))
	return bad
}

// statuses formats a status count map, "200: 1234, 503: 5" (0 = transport
// error).
func statuses(m map[int]int) string {
	if len(m) == 0 {
		return "no requests"
	}
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	var parts []string
	for _, k := range keys {
		name := fmt.Sprint(k)
		if k == 0 {
			name = "transport error"
		}
		parts = append(parts, fmt.Sprintf("%s: %d", name, m[k]))
	}
	return strings.Join(parts, ", ")
}
