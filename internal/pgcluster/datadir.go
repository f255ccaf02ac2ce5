package pgcluster

import (
	"fmt"
	"os"
	"path/filepath"
)

// DefaultDataDir returns where Plenary keeps its cluster unless told
// otherwise: $PLENARY_DATA_DIR, else $XDG_DATA_HOME/plenary/pgdata, else
// ~/.local/share/plenary/pgdata (the XDG default). As root it is
// /var/lib/plenary/pgdata instead: the cluster then runs as the postgres
// user, who cannot enter /root, and opening up /root for it would be worse
// than using a system directory. If no home directory is known it falls
// back to a per-user directory under the temp dir.
func DefaultDataDir() string {
	home, _ := os.UserHomeDir()
	return defaultDataDir(os.Getenv, os.Geteuid(), home)
}

// defaultDataDir is DefaultDataDir with its inputs passed in, for tests.
func defaultDataDir(getenv func(string) string, euid int, home string) string {
	if d := getenv("PLENARY_DATA_DIR"); d != "" {
		return d
	}
	if euid == 0 {
		return filepath.Join("/var", "lib", "plenary", "pgdata")
	}
	if d := getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "plenary", "pgdata")
	}
	if home != "" {
		return filepath.Join(home, ".local", "share", "plenary", "pgdata")
	}
	return filepath.Join(os.TempDir(), fmt.Sprintf("plenary-%d", euid), "pgdata")
}
