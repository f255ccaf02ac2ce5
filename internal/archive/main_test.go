package archive_test

import (
	"testing"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// TestMain gives every test of this package a fresh database cloned from a
// migrated template (see pgtest).
func TestMain(m *testing.M) {
	pgtest.Main(m, archive.MigrateQuiet)
}
