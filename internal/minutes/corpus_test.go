package minutes

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plenary/plenary/internal/testcorpus"
)

// corpusDir returns the corpus directory (see testcorpus).
func corpusDir(t testing.TB) string { return testcorpus.Dir(t) }

// skipOrFail skips a test that needs something missing, except under CI
// where a missing corpus or tool must turn the build red.
func skipOrFail(t testing.TB, msg string) { testcorpus.SkipOrFail(t, msg) }

// python finds python3 for the scorer.
func python(t testing.TB) string {
	t.Helper()
	p, err := exec.LookPath("python3")
	if err != nil {
		skipOrFail(t, "python3 not found")
	}
	return p
}

// rawFiles lists the raw minutes in the corpus.
func rawFiles(t testing.TB, corpus string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(corpus, "raw", "*"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range m {
		if filepath.Base(f) != "SOURCES.md" {
			out = append(out, f)
		}
	}
	return out
}

// TestCorpusParses checks that every raw document of the corpus and of
// the real minutes in testdata parses and has remarks: real minutes are
// never refused.
func TestCorpusParses(t *testing.T) {
	t.Parallel()
	corpus := corpusDir(t)
	files := rawFiles(t, corpus)
	for _, dir := range []string{"real"} {
		m, _ := filepath.Glob(filepath.Join("testdata", dir, "*"))
		for _, f := range m {
			if b := filepath.Base(f); !strings.HasSuffix(b, ".gold.txt") && b != "SOURCES.md" && b != ".gitattributes" {
				files = append(files, f)
			}
		}
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Parse(src, Options{Name: filepath.Base(f)})
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(f), err)
			continue
		}
		if countRemarks(doc) == 0 {
			t.Errorf("%s: no remarks", filepath.Base(f))
		}
	}
}
