package server

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"runtime"

	"github.com/a-h/templ"
)

// renderSlots is how many pages may be built (queried and rendered) at
// once: twice the CPUs the process may use, at least four. Building is
// CPU work, so more at once finishes none sooner, but each build holds
// its rows, view model and output until it is written: 200 readers each
// building a large session page held 200 MB between them (issue 12, item
// 8). A request waits for a slot within its own deadline, holding
// nothing meanwhile; writing the built page to a slow reader holds no
// slot.
func renderSlots() int { return max(4, 2*runtime.GOMAXPROCS(0)) }

// buildSlot waits for a build slot and returns its release, or the
// context's error when the request's deadline passes first.
func (s *Server) buildSlot(ctx context.Context) (func(), error) {
	select {
	case s.slots <- struct{}{}:
		return func() { <-s.slots }, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("wait for a build slot: %w", ctx.Err())
	}
}

// render writes a component as a complete HTML response. It renders into a
// buffer first so a template error becomes a clean 500, not half a page,
// and in a build slot (renderSlots).
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, c templ.Component) error {
	release, err := s.buildSlot(r.Context())
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	err = c.Render(r.Context(), &buf)
	release()
	if err != nil {
		return fmt.Errorf("render %s: %w", r.URL.Path, err)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, err = w.Write(buf.Bytes())
	return err
}
