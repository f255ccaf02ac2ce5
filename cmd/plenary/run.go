package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// errUsage marks an error whose message was already printed with the usage.
var errUsage = errors.New("usage")

// exitCode is 2 for usage errors, 1 for the rest.
func exitCode(err error) int {
	if errors.Is(err, errUsage) {
		return 2
	}
	return 1
}

// command is one subcommand of plenary.
type command struct {
	name, args, summary string
}

// commands lists the subcommands in the order help shows them.
var commands = []command{
	{"serve", "[--addr :8080] [--seed DIR]", "serve the site and admin; migrates on start"},
	{"ingest", "[--slug S] [--title T] [--date YYYY-MM-DD] [--location L] [--body B] FILE...", "parse and publish minutes (same path as an admin upload)"},
	{"parse", "[--format json|text] FILE", "parse only and print the structure; '-' reads stdin"},
	{"migrate", "", "apply pending database migrations"},
	{"admin", "create|passwd --username NAME", "create an admin or reset a password; password from stdin"},
	{"export", "--format jsonl|csv|akn [--session SLUG] [--base-url URL] DIR", "write every session (or one) for bulk use into DIR"},
}

// runners maps command names to their implementations. It is filled in
// init because the commands look up their own usage in commands.
var runners map[string]func(ctx context.Context, e *cliEnv, args []string) error

func init() {
	runners = map[string]func(context.Context, *cliEnv, []string) error{
		"serve": runServe, "ingest": runIngest, "parse": runParse, "migrate": runMigrate, "admin": runAdmin,
		"export": runExport,
	}
}

// cliEnv is what every subcommand gets from the outside world.
type cliEnv struct {
	getenv func(string) string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// run is the whole program behind main, with its inputs passed in so that
// tests can run any command in-process.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	e := &cliEnv{getenv: getenv, stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		usage(stderr)
		return errUsage
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" {
		usage(stdout)
		return nil
	}
	if cmd, ok := runners[name]; ok {
		return cmd(ctx, e, args[1:])
	}
	fmt.Fprintf(stderr, "plenary: unknown command %q\n\n", name)
	usage(stderr)
	return errUsage
}

// usage prints the command summary.
func usage(w io.Writer) {
	fmt.Fprintln(w, "Plenary: a web archive of meeting minutes.")
	fmt.Fprintln(w, "\nUsage:")
	for _, c := range commands {
		fmt.Fprintf(w, "  plenary %-8s %s\n      %s\n", c.name, c.args, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'plenary COMMAND --help' for a command's flags.")
	fmt.Fprintln(w, "\nEnvironment:")
	fmt.Fprintln(w, "  DATABASE_URL      PostgreSQL to use; unset: run an embedded cluster from the local PostgreSQL binaries")
	fmt.Fprintln(w, "  DATABASE_READ_URL serve: a streaming replica of it for public reads (admin and writes stay on DATABASE_URL)")
	fmt.Fprintln(w, "  PLENARY_DATA_DIR  data directory of the embedded cluster (default ~/.local/share/plenary/pgdata)")
	fmt.Fprintln(w, "  LOG_LEVEL         debug, info (default), warn or error")
}

// newFlags returns a flag set for a subcommand whose --help prints its usage
// to stdout and whose errors go to stderr.
func newFlags(e *cliEnv, name, args, summary string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		out := fs.Output()
		fmt.Fprintf(out, "Usage: plenary %s %s\n\n%s\n", name, args, summary)
		if strings.Contains(args, "--") {
			fmt.Fprintln(out, "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parseFlags parses args; --help prints usage to stdout and returns
// errHelp, which callers turn into success. A bad flag gets its error
// and the usage on stderr. The flag package would print the usage itself
// (to stderr, also for --help), so it is silenced while parsing and
// printed here once, to the right stream.
func parseFlags(e *cliEnv, fs *flag.FlagSet, args []string) error {
	usage := fs.Usage
	fs.Usage = func() {}
	err := fs.Parse(args)
	fs.Usage = usage
	switch {
	case errors.Is(err, flag.ErrHelp):
		fs.SetOutput(e.stdout)
		fs.Usage()
		return errHelp
	case err != nil:
		fs.Usage()
		return errUsage
	}
	return nil
}

// errHelp ends a command successfully after --help.
var errHelp = errors.New("help shown")

// commandFor returns the named command's usage strings.
func commandFor(name string) command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	panic("no command " + name)
}
