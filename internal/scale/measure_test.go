//go:build scale

package scale

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/plenary/plenary/internal/archive"
)

// query is one search of the mix, as the store takes it and as a URL.
type query struct {
	name string
	q    archive.SearchQuery
}

// values is the query as /search parameters.
func (q query) values() url.Values {
	v := url.Values{"q": {q.q.Text}}
	if q.q.Speaker != "" {
		v.Set("speaker", q.q.Speaker)
	}
	if q.q.Session != "" {
		v.Set("session", q.q.Session)
	}
	if q.q.From != nil {
		v.Set("from", q.q.From.Format(time.DateOnly))
	}
	if q.q.To != nil {
		v.Set("to", q.q.To.Format(time.DateOnly))
	}
	if q.q.ByDate {
		v.Set("order", "date")
	}
	if q.q.Offset > 0 {
		v.Set("page", strconv.Itoa(q.q.Offset/20+1))
	}
	return v
}

// searchMix is the fixed mix of 41 searches: common, medium and rare
// words by relevance and by date, phrases, names, OR and minus, speaker,
// session and date filters, deep pages.
func searchMix(ctx context.Context, t *testing.T, pool *pgxpool.Pool, g *generator) []query {
	var top, session string
	if err := pool.QueryRow(ctx, `
		SELECT (SELECT sp.slug FROM speakers sp JOIN remarks r ON r.speaker_id = sp.id GROUP BY sp.slug ORDER BY count(*) DESC LIMIT 1),
		       (SELECT slug FROM sessions ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM sessions))`).Scan(&top, &session); err != nil {
		t.Fatal(err)
	}
	w := func(rank int) string { return g.words[min(rank, len(g.words)-1)] }
	from, to := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2004, 12, 31, 0, 0, 0, 0, time.UTC)
	var mix []query
	add := func(name string, q archive.SearchQuery) {
		q.Limit = 20
		mix = append(mix, query{name, q})
	}
	for _, r := range []int{40, 60, 90, 150} {
		add("common "+w(r), archive.SearchQuery{Text: w(r)})
		add("common by date "+w(r), archive.SearchQuery{Text: w(r), ByDate: true})
	}
	for _, r := range []int{500, 1000, 2000, 4000} {
		add("medium "+w(r), archive.SearchQuery{Text: w(r)})
	}
	for _, r := range []int{len(g.words) - 50, len(g.words) - 500, len(g.words) - 2000, len(g.words) - 5000} {
		add("rare "+w(r), archive.SearchQuery{Text: w(r)})
		add("rare by date "+w(r), archive.SearchQuery{Text: w(r), ByDate: true})
	}
	for i := 0; i < 4; i++ {
		ws := strings.Fields(strings.ToLower(strings.TrimSuffix(g.sentence(), ".")))
		add("phrase", archive.SearchQuery{Text: `"` + ws[1] + " " + ws[2] + `"`})
	}
	add("name", archive.SearchQuery{Text: "Arkko"})
	add("full name", archive.SearchQuery{Text: "Jari Arkko"})
	add("or", archive.SearchQuery{Text: w(70) + " OR " + w(3000)})
	add("or rare", archive.SearchQuery{Text: w(len(g.words)-100) + " OR " + w(len(g.words)-200)})
	add("minus", archive.SearchQuery{Text: w(80) + " -" + w(45)})
	add("two words", archive.SearchQuery{Text: w(100) + " " + w(700)})
	add("top speaker, common", archive.SearchQuery{Text: w(50), Speaker: top})
	add("top speaker, rare", archive.SearchQuery{Text: w(len(g.words) - 300), Speaker: top})
	add("top speaker by date", archive.SearchQuery{Text: w(60), Speaker: top, ByDate: true})
	add("session", archive.SearchQuery{Text: w(40), Session: session})
	add("date range", archive.SearchQuery{Text: w(90), From: &from, To: &to})
	add("date range by date", archive.SearchQuery{Text: w(90), From: &from, To: &to, ByDate: true})
	for _, off := range []int{200, 500, 980} {
		add("deep page "+strconv.Itoa(off/20+1), archive.SearchQuery{Text: w(40), Offset: off})
	}
	add("deep page by date", archive.SearchQuery{Text: w(40), Offset: 980, ByDate: true})
	add("stop words only", archive.SearchQuery{Text: "the and of"})
	return mix
}

// searches runs the mix through HTTP and through the store, sequentially
// (5 rounds), then with 16 clients for 10 s each way.
func searches(ctx context.Context, t *testing.T, tab *table, store *archive.Store, base string, mix []query) {
	var viaHTTP, viaSQL []time.Duration
	worst := map[string]time.Duration{}
	for round := 0; round < 5; round++ {
		for _, q := range mix {
			d := timeIt(func() { httpGet(t, base+"/search?"+q.values().Encode()) })
			viaHTTP = append(viaHTTP, d)
			worst[q.name] = max(worst[q.name], d)
			viaSQL = append(viaSQL, timeIt(func() {
				if _, err := store.Search(ctx, q.q); err != nil {
					t.Fatal(err)
				}
			}))
		}
	}
	tab.row(fmt.Sprintf("search, %d queries × 5, sequential, HTTP p50/p95/p99 (ms)", len(mix)), pct(viaHTTP))
	tab.row("search, the same store calls, p50/p95/p99 (ms)", pct(viaSQL))
	names := make([]string, 0, len(worst))
	for n := range worst {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int { return int(worst[b] - worst[a]) })
	for _, n := range names[:5] {
		tab.row("  slowest: "+n+" (ms, worst of 5, HTTP)", ms(worst[n]))
	}
	tab.row("search throughput, 16 clients, HTTP (req/s)", fmt.Sprintf("%.1f", throughput(16, 10*time.Second, func(i int) {
		httpGet(t, base+"/search?"+mix[i%len(mix)].values().Encode())
	})))
	tab.row("search throughput, 16 clients, store (req/s)", fmt.Sprintf("%.1f", throughput(16, 10*time.Second, func(i int) {
		if _, err := store.Search(ctx, mix[i%len(mix)].q); err != nil {
			t.Error(err)
		}
	})))
}

// pages times the pages readers open, 20 requests each (session pages
// each a different session: the page cache would answer a repeat).
func pages(ctx context.Context, t *testing.T, tab *table, pool *pgxpool.Pool, base string) {
	var top string
	var topRemarks int
	var slugs []string
	if err := pool.QueryRow(ctx, `
		SELECT sp.slug, count(*) FROM speakers sp JOIN remarks r ON r.speaker_id = sp.id
		GROUP BY sp.slug ORDER BY count(*) DESC LIMIT 1`).Scan(&top, &topRemarks); err != nil {
		t.Fatal(err)
	}
	rows, _ := pool.Query(ctx, `SELECT slug FROM sessions ORDER BY random() LIMIT 20`)
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		slugs = append(slugs, s)
	}
	last := (topRemarks + 199) / 200 // the server's speakerPageSize
	for _, p := range []struct {
		name string
		path func(i int) string
	}{
		{"session page (20 sessions)", func(i int) string { return "/sessions/" + slugs[i%len(slugs)] }},
		{"top speaker, first page", func(int) string { return "/speakers/" + top }},
		{fmt.Sprintf("top speaker (%d remarks), last page", topRemarks), func(int) string { return "/speakers/" + top + "?page=" + strconv.Itoa(last) }},
		{"/sessions", func(int) string { return "/sessions" }},
		{"/speakers", func(int) string { return "/speakers" }},
		{"/sitemap.xml", func(int) string { return "/sitemap.xml" }},
		{"/feed.atom", func(int) string { return "/feed.atom" }},
	} {
		var ds []time.Duration
		var size int
		for i := 0; i < 20; i++ {
			ds = append(ds, timeIt(func() { size = len(httpGet(t, base+p.path(i))) }))
		}
		tab.row(p.name+" p50/p95/p99 (ms), bytes", pct(ds)+", "+strconv.Itoa(size))
	}
}

// httpGet fetches u and fails the test on anything but a 200.
func httpGet(t *testing.T, u string) []byte {
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %v", u, resp.StatusCode, err)
	}
	return b
}

// throughput runs f from n goroutines for d and returns calls per second.
func throughput(n int, d time.Duration, f func(i int)) float64 {
	var mu sync.Mutex
	calls := 0
	deadline := time.Now().Add(d)
	var wg sync.WaitGroup
	for g := 0; g < n; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; time.Now().Before(deadline); i += n {
				f(i)
				mu.Lock()
				calls++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return float64(calls) / d.Seconds()
}

func timeIt(f func()) time.Duration {
	start := time.Now()
	f()
	return time.Since(start)
}

// pct is "p50 / p95 / p99" of ds in milliseconds.
func pct(ds []time.Duration) string {
	s := slices.Clone(ds)
	slices.Sort(s)
	at := func(p float64) time.Duration { return s[min(len(s)-1, int(p*float64(len(s))))] }
	return ms(at(.50)) + " / " + ms(at(.95)) + " / " + ms(at(.99))
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f", float64(d.Microseconds())/1000) }

// rss is this process's resident memory, from /proc.
func rss() string {
	b, _ := os.ReadFile("/proc/self/status")
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmRSS:") {
			return strings.TrimSpace(strings.TrimPrefix(l, "VmRSS:"))
		}
	}
	return "?"
}

// table is the run's result, printed at the end.
type table struct{ rows [][2]string }

func (t *table) row(k, v string) { t.rows = append(t.rows, [2]string{k, v}) }

func (t *table) print(w io.Writer) {
	fmt.Fprintln(w, "\n| what | value |\n|---|---|")
	for _, r := range t.rows {
		fmt.Fprintf(w, "| %s | %s |\n", r[0], r[1])
	}
}
