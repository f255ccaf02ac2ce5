package main

import "runtime/debug"

// defaultMemoryLimit is the Go runtime's soft memory limit for `serve`
// when GOMEMLIMIT is not set: 200 MiB, which suits a 256 MiB container.
// Under 200 concurrent readers the server stays near 75 MB resident
// (make chaos; its caches and concurrent work are bounded in bytes), so
// the limit matters only if something unforeseen grows the heap: the
// collector then works harder instead of the process growing until the
// container kills it.
const defaultMemoryLimit = 200 << 20

// applyMemoryLimit sets defaultMemoryLimit unless GOMEMLIMIT is set (the
// runtime has applied that itself), and says which limit holds, for the
// configuration printed at start.
func applyMemoryLimit(e *cliEnv) string {
	if v := e.getenv("GOMEMLIMIT"); v != "" {
		return v + " (GOMEMLIMIT)"
	}
	debug.SetMemoryLimit(defaultMemoryLimit)
	return "200MiB (default; GOMEMLIMIT overrides)"
}
