package minutes

import "errors"

// Sentinel errors returned by Parse. Callers test them with errors.Is; the
// messages are short enough to print as the one line a CLI shows.
var (
	// ErrEmpty reports input that is empty or only whitespace.
	ErrEmpty = errors.New("minutes: input is empty")
	// ErrBinary reports input that is not text (NUL bytes, control characters).
	ErrBinary = errors.New("minutes: input is binary, not text")
	// ErrEncoding reports text whose character encoding cannot be decoded.
	ErrEncoding = errors.New("minutes: cannot decode the character encoding")
	// ErrNoRemarks reports text in which no agenda or remark structure was found.
	ErrNoRemarks = errors.New("minutes: no recognisable minutes structure (no remarks)")
)
