package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/plenary/plenary/internal/minutes"
)

// maxSource bounds what parse and ingest read: minutes are text, and a
// file this large is a mistake, not minutes.
const maxSource = 10 << 20

// runParse parses one file and prints its structure as JSON or text.
func runParse(_ context.Context, e *cliEnv, args []string) error {
	c := commandFor("parse")
	fs := newFlags(e, c.name, c.args, c.summary)
	format := fs.String("format", "json", "output format: json or text")
	if err := parseFlags(e, fs, args); err != nil {
		return ignoreHelp(err)
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(e.stderr, "plenary parse: give exactly one FILE ('-' for stdin)")
		return errUsage
	}
	if *format != "json" && *format != "text" {
		fmt.Fprintf(e.stderr, "plenary parse: unknown format %q: use json or text\n", *format)
		return errUsage
	}
	name := fs.Arg(0)
	src, err := readSource(e, name)
	if err != nil {
		return err
	}
	doc, err := minutes.Parse(src, minutes.Options{Name: name})
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if *format == "text" {
		return minutes.WriteText(e.stdout, doc)
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// readSource reads a file, or stdin for "-", refusing more than maxSource.
func readSource(e *cliEnv, name string) ([]byte, error) {
	var r io.Reader = e.stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("cannot read %s: %w", name, unwrapPath(err))
		}
		defer f.Close()
		r = f
	}
	src, err := io.ReadAll(io.LimitReader(r, maxSource+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", name, unwrapPath(err))
	}
	if len(src) > maxSource {
		return nil, fmt.Errorf("%s: larger than %d MiB; minutes are never that large", name, maxSource>>20)
	}
	return src, nil
}

// unwrapPath drops the *PathError's repetition of the file name.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
