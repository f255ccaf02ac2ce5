package minutes

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParseCorpus parses every raw document of the corpus; with
// b.SetBytes the result reads as MB/s of minutes parsed.
func BenchmarkParseCorpus(b *testing.B) {
	corpus := corpusDir(b)
	type doc struct {
		name string
		src  []byte
	}
	var docs []doc
	total := 0
	for _, f := range rawFiles(b, corpus) {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc{filepath.Base(f), src})
		total += len(src)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if _, err := Parse(d.src, Options{Name: d.name}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
