package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http/httptest"
	"testing"
	"time"
)

func TestLazyDeadline(t *testing.T) {
	tests := []struct {
		name    string
		d       time.Duration
		useDone bool
		stop    bool
		cancelP bool
		want    error
	}{
		{"fresh, never waited", time.Hour, false, false, false, nil},
		{"fresh, waited", time.Hour, true, false, false, nil},
		{"expired, never waited", -time.Second, false, false, false, context.DeadlineExceeded},
		{"expired, waited", -time.Second, true, false, false, context.DeadlineExceeded},
		{"stopped, never waited", time.Hour, false, true, false, context.Canceled},
		{"stopped, waited", time.Hour, true, true, false, context.Canceled},
		{"parent cancelled", time.Hour, false, false, true, context.Canceled},
		{"parent cancelled, waited", time.Hour, true, false, true, context.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parent, cancelParent := context.WithCancel(context.WithValue(context.Background(), ctxKey{}, "v"))
			defer cancelParent()
			ctx, stop := withLazyDeadline(parent, tt.d)
			defer stop()
			if tt.cancelP {
				cancelParent()
			}
			if tt.stop {
				stop()
			}
			if tt.useDone {
				select {
				case <-ctx.Done():
				case <-time.After(time.Second):
					if tt.want != nil {
						t.Fatal("Done did not close")
					}
				}
			}
			if err := ctx.Err(); !errors.Is(err, tt.want) {
				t.Errorf("Err() = %v, want %v", err, tt.want)
			}
			if ctx.Value(ctxKey{}) != "v" {
				t.Error("parent's values lost")
			}
			if dl, ok := ctx.Deadline(); !ok || time.Until(dl) > tt.d {
				t.Errorf("Deadline() = %v, %v", dl, ok)
			}
		})
	}
}

type ctxKey struct{}

// TestAnonymousUploadKeepsShortDeadline checks that a stranger's POST to
// /admin/uploads does not get the five-minute read deadline of an upload
// (issue 12, item 5): trickling its body a byte at a time, the connection
// is closed at the server's ordinary read timeout (here 300 ms), where it
// used to stay open for minutes. The bound is generous, not a speed test.
func TestAnonymousUploadKeepsShortDeadline(t *testing.T) {
	_, h := newSite(t)
	srv := httptest.NewUnstartedServer(h)
	srv.Config.ReadTimeout = 300 * time.Millisecond
	srv.Start()
	defer srv.Close()
	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /admin/uploads HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n")
	closed := make(chan struct{})
	go func() {
		_, _ = io.Copy(io.Discard, conn) // returns when the server closes
		close(closed)
	}()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	limit := time.After(5 * time.Second)
	for {
		select {
		case <-closed:
			return
		case <-tick.C:
			_, _ = conn.Write([]byte("x"))
		case <-limit:
			t.Fatal("the server still reads an anonymous upload trickled for 5 s; want it cut at its 300 ms read timeout")
		}
	}
}
