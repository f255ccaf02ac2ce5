//go:build scale

package scale

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// generator writes synthetic minutes, deterministic by seed: the words
// of the shared corpus (so that search meets real vocabulary and real
// word frequencies), 300 speakers on a Zipf curve, 100–300 remarks per
// session under 3–8 agenda items, five bodies, 35 years of dates.
type generator struct {
	rng      *rand.Rand
	words    []string // by frequency, most frequent first
	zipfWord *rand.Zipf
	speakers []string
	zipfSp   *rand.Zipf
	n        int // sessions made
}

// bodies are the synthetic archive's bodies.
var bodies = []string{"IETF", "TC39", "W3C TAG", "City Council", "Parliament"}

var (
	givenNames = strings.Fields("Ann Bo Carol Dan Erin Femi Gita Hugo Ines Jari Kofi Lena Mark Nadia Omar Paula Quinn Rosa Sven Tara Umar Vera Wen Xavier Yara Zoe Alan Brigit Chen Dario")
	surnames   = strings.Fields("Lee Li Day Roe Newcomer Okafor Patel Arkko Silva Meyer Novak Haddad Kim Rossi Tanaka Kowalski Nguyen Ortiz Larsen Dubois")
	wordRE     = regexp.MustCompile(`[A-Za-z][a-z]{2,11}`)
)

// newGenerator reads the corpus's vocabulary from dir.
func newGenerator(t *testing.T, dir string, seed uint64) *generator {
	files, _ := filepath.Glob(filepath.Join(dir, "*.*"))
	count := map[string]int{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range wordRE.FindAllString(string(b), -1) {
			count[strings.ToLower(w)]++
		}
	}
	if len(count) < 1000 {
		t.Fatalf("only %d words in %s: is the corpus there?", len(count), dir)
	}
	g := &generator{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	for w := range count {
		g.words = append(g.words, w)
	}
	sort.Slice(g.words, func(i, j int) bool {
		if count[g.words[i]] != count[g.words[j]] {
			return count[g.words[i]] > count[g.words[j]]
		}
		return g.words[i] < g.words[j]
	})
	for i := 0; len(g.speakers) < 300; i++ {
		g.speakers = append(g.speakers, givenNames[i%len(givenNames)]+" "+surnames[(i/len(givenNames)+i)%len(surnames)])
	}
	g.zipfWord = rand.NewZipf(g.rng, 1.07, 2, uint64(len(g.words)-1))
	g.zipfSp = rand.NewZipf(g.rng, 1.2, 3, uint64(len(g.speakers)-1))
	return g
}

// sentence is 6–30 words of the corpus, frequent words often.
func (g *generator) sentence() string {
	n := 6 + g.rng.IntN(25)
	ws := make([]string, n)
	for i := range ws {
		ws[i] = g.words[g.zipfWord.Uint64()]
	}
	ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
	return strings.Join(ws, " ") + "."
}

// session returns the next session's minutes and its number of remarks.
func (g *generator) session() (string, int) {
	g.n++
	var b strings.Builder
	body := bodies[g.n%len(bodies)]
	day := 1990*372 + int(math.Mod(float64(g.n)*7.3, 35*372))
	fmt.Fprintf(&b, "%s Plenary %d\n\n%d-%02d-%02d\n\n", body, g.n, day/372, day%372/31+1, day%31%28+1)
	remarks := 100 + g.rng.IntN(201)
	items := 3 + g.rng.IntN(6)
	for i := 0; i < remarks; i++ {
		if i*items/remarks != (i-1)*items/remarks || i == 0 {
			title := strings.Fields(strings.TrimSuffix(g.sentence(), "."))
			fmt.Fprintf(&b, "%d. %s\n\n", i*items/remarks+1, strings.Join(title[:4], " "))
		}
		fmt.Fprintf(&b, "%s: %s", g.speakers[g.zipfSp.Uint64()], g.sentence())
		if g.rng.IntN(3) == 0 {
			b.WriteString(" " + g.sentence())
		}
		b.WriteString("\n\n")
	}
	return b.String(), remarks
}
