package pgcluster

import (
	"fmt"
	"os"
	"path/filepath"
)

// DefaultDataDir returns where Plenary keeps its cluster unless told
// otherwise: $PLENARY_DATA_DIR, else $XDG_DATA_HOME/plenary/pgdata, else
// ~/.local/share/plenary/pgdata (the XDG default). If no home directory is
// known it falls back to a per-user directory under the temp dir, so callers
// always get a usable path. As root it is /var/lib/plenary/pgdata: the
// cluster then runs as the postgres user, who cannot enter /root, and
// opening up /root for it would be worse than a system directory.
func DefaultDataDir() string {
	if d := os.Getenv("PLENARY_DATA_DIR"); d != "" {
		return d
	}
	if os.Geteuid() == 0 {
		return filepath.Join("/var", "lib", "plenary", "pgdata")
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "plenary", "pgdata")
	}
	if home, err := os.UserHomeDir(); err == nil && home != "" {
		return filepath.Join(home, ".local", "share", "plenary", "pgdata")
	}
	return filepath.Join(os.TempDir(), fmt.Sprintf("plenary-%d", os.Getuid()), "pgdata")
}
