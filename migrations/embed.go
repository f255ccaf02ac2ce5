// Package migrations holds the SQL migrations of the Plenary schema. They are
// embedded in the binary, which applies them itself (plenary migrate, or on
// serve), so a deployment never needs a separate migration tool.
package migrations

import "embed"

// FS holds the numbered goose migrations, applied in file-name order.
//
//go:embed *.sql
var FS embed.FS
