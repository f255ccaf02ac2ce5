// Package chaos holds `make chaos`: a self-stopping run of the whole
// product under trouble — the plenary binary serving 200 concurrent
// readers while an admin publishes in a loop, PostgreSQL restarted in the
// middle and an ingest killed with SIGKILL — that prints what readers got
// (requests, status counts, p99), the server's memory before and after,
// and checks afterwards that the archive lost nothing and holds no half
// session.
//
// It is a test behind the `chaos` build tag rather than a second binary
// (the product is one binary) and rather than part of `make test` (it
// takes a minute and a half by design). Its parts are separate processes
// on purpose: the server and the ingest are the real binary, the
// database a real cluster that really stops, so nothing is simulated.
package chaos
