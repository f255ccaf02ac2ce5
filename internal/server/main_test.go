package server

import (
	"testing"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// TestMain gives every test of the package its own migrated database
// (pgtest.DB / pgtest.URL). It is the package's one TestMain.
func TestMain(m *testing.M) {
	pgtest.Main(m, archive.MigrateQuiet)
}
