// Package scale holds `make scale`: it builds an archive of N synthetic
// remarks (default 2,000,000) in a throw-away PostgreSQL cluster and
// prints one table — ingest rate against COPY of the same rows, a fixed
// mix of searches through HTTP and through the same store call, search
// throughput with 16 clients, the pages readers open, and memory — so
// that the archive's speed at the size users reach is measured, never
// guessed. docs/benchmarks.md has the recipe and results.
//
// Like package chaos it is a test behind a build tag (`scale`): it takes
// minutes by design and is not part of `make test`.
package scale
