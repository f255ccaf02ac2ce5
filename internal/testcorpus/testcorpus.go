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
	"os/exec"
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
	if root, ok := findRoot(); ok {
		c := filepath.Join(filepath.Dir(root), "shared", "corpus")
		if st, err := os.Stat(c); err == nil && st.IsDir() {
			return c
		}
	}
	SkipOrFail(t, "corpus ../shared/corpus not found beside the repository (set PLENARY_CORPUS)")
	return ""
}

// RepoRoot returns the repository root, the directory above the test's
// own that holds go.mod, for tests that build or read the project.
func RepoRoot(t testing.TB) string {
	t.Helper()
	root, ok := findRoot()
	if !ok {
		t.Fatal("go.mod not found above the test's directory")
	}
	return root
}

// findRoot walks up from the working directory to the one with go.mod.
func findRoot() (string, bool) {
	dir, err := filepath.Abs(".")
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
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

// CheckAkn validates documents (file name → bytes) against the Akoma
// Ntoso 3.0 schema, ../shared/schemas beside the corpus, with xmllint
// (Debian's libxml2-utils), all in one run.
func CheckAkn(t testing.TB, docs map[string][]byte) {
	t.Helper()
	schema := filepath.Join(filepath.Dir(Dir(t)), "schemas", "akomantoso30.xsd")
	if _, err := os.Stat(schema); err != nil {
		SkipOrFail(t, "Akoma Ntoso schema missing: "+err.Error())
	}
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		SkipOrFail(t, "xmllint not found (install Debian's libxml2-utils)")
	}
	dir := t.TempDir()
	args := []string{"--noout", "--schema", schema}
	for name, b := range docs {
		p := filepath.Join(dir, filepath.Base(name))
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, p)
	}
	if out, err := exec.Command(xmllint, args...).CombinedOutput(); err != nil {
		t.Errorf("xmllint: %v\n%.4000s", err, out)
	}
}
