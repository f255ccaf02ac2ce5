// Command plenary is the one binary of Plenary: it serves the site, ingests
// and parses minutes, applies migrations and manages admins. See
// `plenary help` and the README.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// SIGINT and SIGTERM cancel ctx: serve shuts down, then the embedded
	// cluster stops, and run returns.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, errUsage) {
			fmt.Fprintln(os.Stderr, "plenary:", err)
		}
		os.Exit(exitCode(err))
	}
}
