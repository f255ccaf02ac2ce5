package server

import (
	"context"
	"errors"
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
