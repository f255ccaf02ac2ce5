package main

import (
	"context"
	"fmt"
)

// runMigrate applies pending migrations and exits.
func runMigrate(ctx context.Context, e *cliEnv, args []string) error {
	c := commandFor("migrate")
	fs := newFlags(e, c.name, c.args, c.summary)
	if err := parseFlags(e, fs, args); err != nil {
		return ignoreHelp(err)
	}
	log, err := newLogger(e)
	if err != nil {
		return err
	}
	db, err := openDatabase(ctx, e, log, "migrate") // migrates
	if err != nil {
		return err
	}
	db.Close()
	fmt.Fprintln(e.stdout, "database is up to date")
	return nil
}
