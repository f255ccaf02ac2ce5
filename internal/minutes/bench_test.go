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

// BenchmarkParseFile parses each raw document on its own, to find the
// documents (and so the styles) that are slow to read.
func BenchmarkParseFile(b *testing.B) {
	corpus := corpusDir(b)
	for _, f := range rawFiles(b, corpus) {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		name := filepath.Base(f)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := Parse(src, Options{Name: name}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
