package pgcluster

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// ErrNoBinaries is returned when no usable PostgreSQL server installation can
// be found. Callers can match it to suggest an external DATABASE_URL instead.
var ErrNoBinaries = errors.New("no PostgreSQL server binaries found (install postgresql, or set DATABASE_URL)")

// requiredBinaries are the programs a bin directory must contain to be usable.
// pg_config alone is not enough: client-only packages ship it without a
// server, which is exactly the case we must reject with a clear error.
var requiredBinaries = []string{"initdb", "pg_ctl", "postgres"}

// debianRoot is where Debian/Ubuntu install versioned server binaries; they
// are deliberately not on PATH, so we have to look there ourselves.
const debianRoot = "/usr/lib/postgresql"

// findBinDir locates a directory holding initdb, pg_ctl and postgres.
//
// Order: $PG_BINDIR (explicit user choice always wins), the Debian versioned
// directories (preferring wantMajor, i.e. the version an existing data
// directory was created with, else the highest), `pg_config --bindir`, and
// finally PATH. Symlinks are resolved because pg_ctl locates postgres next to
// its own real path.
func findBinDir(wantMajor int) (string, error) {
	if dir := os.Getenv("PG_BINDIR"); dir != "" {
		if err := checkBinDir(dir); err != nil {
			return "", fmt.Errorf("PG_BINDIR=%s: %w", dir, err)
		}
		return dir, nil
	}
	var candidates []string
	candidates = append(candidates, debianBinDirs(wantMajor)...)
	if out, err := exec.Command("pg_config", "--bindir").Output(); err == nil {
		candidates = append(candidates, strings.TrimSpace(string(out)))
	}
	if p, err := exec.LookPath("pg_ctl"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			candidates = append(candidates, filepath.Dir(real))
		}
	}
	for _, dir := range candidates {
		if checkBinDir(dir) == nil {
			return dir, nil
		}
	}
	return "", ErrNoBinaries
}

// debianBinDirs lists /usr/lib/postgresql/NN/bin, wantMajor first (if
// present), then the rest from highest to lowest version.
func debianBinDirs(wantMajor int) []string {
	entries, err := os.ReadDir(debianRoot)
	if err != nil {
		return nil
	}
	var versions []int
	for _, e := range entries {
		if v, err := strconv.Atoi(e.Name()); err == nil {
			versions = append(versions, v)
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(versions)))
	dirs := make([]string, 0, len(versions))
	for _, v := range versions {
		dir := filepath.Join(debianRoot, strconv.Itoa(v), "bin")
		if v == wantMajor {
			dirs = append([]string{dir}, dirs...)
		} else {
			dirs = append(dirs, dir)
		}
	}
	return dirs
}

// checkBinDir reports whether dir contains every required server program.
func checkBinDir(dir string) error {
	for _, name := range requiredBinaries {
		st, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			return fmt.Errorf("missing %s: %w", name, err)
		}
		if st.IsDir() || st.Mode().Perm()&0o111 == 0 {
			return fmt.Errorf("%s is not executable", filepath.Join(dir, name))
		}
	}
	return nil
}

// serverMajor returns the major version of the postgres binary in binDir,
// parsed from "postgres (PostgreSQL) 15.8 (Debian 15.8-0+deb12u1)".
func serverMajor(binDir string) (int, error) {
	out, err := exec.Command(filepath.Join(binDir, "postgres"), "--version").Output()
	if err != nil {
		return 0, fmt.Errorf("run postgres --version: %w", err)
	}
	fields := strings.Fields(string(out))
	if len(fields) < 3 {
		return 0, fmt.Errorf("unexpected postgres --version output %q", out)
	}
	major, _, _ := strings.Cut(fields[2], ".")
	v, err := strconv.Atoi(strings.TrimRight(major, "abcdefghijklmnopqrstuvwxyz"))
	if err != nil {
		return 0, fmt.Errorf("unexpected postgres --version output %q", out)
	}
	return v, nil
}

// dataDirMajor returns the major version recorded in dataDir/PG_VERSION, or 0
// if the directory has not been initialised.
func dataDirMajor(dataDir string) (int, error) {
	b, err := os.ReadFile(filepath.Join(dataDir, "PG_VERSION"))
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read PG_VERSION: %w", err)
	}
	v, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		return 0, fmt.Errorf("parse %s/PG_VERSION %q: %w", dataDir, b, err)
	}
	return v, nil
}
