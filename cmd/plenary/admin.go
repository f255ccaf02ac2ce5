package main

import (
	"context"
	"errors"
)

// runAdmin manages admin accounts.
func runAdmin(_ context.Context, _ *cliEnv, _ []string) error {
	return errors.New("admin accounts are not implemented yet")
}
