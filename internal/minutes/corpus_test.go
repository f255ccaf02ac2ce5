package minutes

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// corpusDir finds ../shared/corpus relative to the repository root (the
// directory holding go.mod), or PLENARY_CORPUS when set. It skips the test
// locally and fails it under CI when the corpus is missing.
func corpusDir(t testing.TB) string {
	t.Helper()
	if d := os.Getenv("PLENARY_CORPUS"); d != "" {
		return d
	}
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			c := filepath.Join(filepath.Dir(dir), "shared", "corpus")
			if _, err := os.Stat(c); err == nil {
				return c
			}
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	skipOrFail(t, "corpus ../shared/corpus not found (set PLENARY_CORPUS)")
	return ""
}

// skipOrFail skips a test that needs something missing, except under CI
// where a missing corpus or tool must turn the build red.
func skipOrFail(t testing.TB, msg string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

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

// TestCorpusParses checks that every raw document parses and has remarks.
func TestCorpusParses(t *testing.T) {
	corpus := corpusDir(t)
	for _, f := range rawFiles(t, corpus) {
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
