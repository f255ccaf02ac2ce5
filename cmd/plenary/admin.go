package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/plenary/plenary/internal/archive"
)

// runAdmin manages admin accounts: `admin create` and `admin passwd`, each
// with --username and the password on stdin (one line), so it never shows
// up in the process list or shell history.
func runAdmin(ctx context.Context, e *cliEnv, args []string) error {
	c := commandFor("admin")
	if len(args) == 0 || (args[0] != "create" && args[0] != "passwd") {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			fmt.Fprintf(e.stdout, "Usage: plenary admin %s\n\n%s\n", c.args, c.summary)
			return nil
		}
		fmt.Fprintf(e.stderr, "Usage: plenary admin %s\n", c.args)
		return errUsage
	}
	action := args[0]
	fs := newFlags(e, "admin "+action, "--username NAME", c.summary)
	username := fs.String("username", "", "the admin's login name (lower-case letters, digits, '.', '_', '-')")
	if err := parseFlags(e, fs, args[1:]); err != nil {
		return ignoreHelp(err)
	}
	if *username == "" || fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, "plenary admin %s: give --username NAME and the password on stdin\n", action)
		return errUsage
	}
	password, err := readPassword(e.stdin)
	if err != nil {
		return err
	}
	log, err := newLogger(e)
	if err != nil {
		return err
	}
	db, err := openDatabase(ctx, e, log, "admin "+action, "username", archive.NormUsername(*username))
	if err != nil {
		return err
	}
	defer db.Close()
	if action == "create" {
		err = db.store.CreateAdmin(ctx, *username, password, "cli")
	} else {
		err = db.store.SetAdminPassword(ctx, *username, password, "cli")
	}
	if errors.Is(err, archive.ErrNotFound) {
		return fmt.Errorf("no admin named %q: create it with plenary admin create", archive.NormUsername(*username))
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "admin %s: %s\n", archive.NormUsername(*username), map[string]string{"create": "created", "passwd": "password changed"}[action])
	return nil
}

// readPassword reads the first line of stdin as the password (trailing
// CR/LF removed) and refuses short ones before the database is opened.
func readPassword(stdin io.Reader) (string, error) {
	line, err := bufio.NewReader(io.LimitReader(stdin, 4096)).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", fmt.Errorf("read password from stdin: %w", err)
	}
	password := strings.TrimRight(line, "\r\n")
	if password == "" {
		return "", errors.New("no password on stdin: pipe it in, e.g. printf '%s\\n' \"$PASSWORD\" | plenary admin create --username NAME")
	}
	if n := utf8.RuneCountInString(password); n < archive.MinPasswordLen {
		return "", fmt.Errorf("the password has %d characters: use at least %d", n, archive.MinPasswordLen)
	}
	return password, nil
}
