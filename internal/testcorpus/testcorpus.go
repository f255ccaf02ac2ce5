// Package testcorpus finds the corpus of real minutes that tests and
// benchmarks read: ../shared/corpus beside the repository (raw/ minutes,
// gold/ annotations, score.py), never copied into it.
//
// A test that needs the corpus, or a tool such as python3 or chromium, and
// cannot find it is skipped on a developer's machine but fails under CI
// (env CI set), where a silently skipped test would hide a regression.
package testcorpus

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the corpus directory: $PLENARY_CORPUS when set, else
// shared/corpus beside the repository root (the directory with go.mod).
func Dir(t testing.TB) string {
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
			if st, err := os.Stat(c); err == nil && st.IsDir() {
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
	SkipOrFail(t, "corpus ../shared/corpus not found beside the repository (set PLENARY_CORPUS)")
	return ""
}

// Raw returns the path of the raw minutes file name, checking it exists.
func Raw(t testing.TB, name string) string {
	t.Helper()
	p := filepath.Join(Dir(t), "raw", name)
	if _, err := os.Stat(p); err != nil {
		SkipOrFail(t, "corpus file missing: "+err.Error())
	}
	return p
}

// ReadRaw returns the bytes of the raw minutes file name.
func ReadRaw(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(Raw(t, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// SkipOrFail skips the test for want of msg's resource, or fails it under
// CI, where everything the tests need is installed by .ci/run.
func SkipOrFail(t testing.TB, msg string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}
