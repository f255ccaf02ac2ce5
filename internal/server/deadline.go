package server

import (
	"context"
	"sync"
	"time"
)

// lazyDeadline is a context with a deadline whose timer is only created
// when someone waits on it (calls Done). Every request gets a deadline,
// but most hot requests — a 304 or a page from the cache — never touch
// the database and so never wait: for them a context.WithTimeout would
// start and stop a runtime timer for nothing, a fifth of the cost of a
// revalidation. Queries (pgx watches Done) get the real thing.
type lazyDeadline struct {
	context.Context // the parent: Value, and Err until the timer exists
	deadline        time.Time

	mu      sync.Mutex
	ctx     context.Context // context.WithDeadline(parent), made by Done
	cancel  context.CancelFunc
	stopped bool // the request is over: a late Done gets a cancelled context
}

// withLazyDeadline returns ctx with a deadline d from now, and a cancel
// that ends it (and releases the timer if one was made).
func withLazyDeadline(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	c := &lazyDeadline{Context: ctx, deadline: time.Now().Add(d)}
	return c, c.stop
}

// Deadline reports the earlier of the parent's deadline and ours.
func (c *lazyDeadline) Deadline() (time.Time, bool) {
	if d, ok := c.Context.Deadline(); ok && d.Before(c.deadline) {
		return d, true
	}
	return c.deadline, true
}

// Done makes the real deadline context on first use and returns its channel.
func (c *lazyDeadline) Done() <-chan struct{} {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ctx == nil {
		c.ctx, c.cancel = context.WithDeadline(c.Context, c.deadline)
		if c.stopped {
			c.cancel()
		}
	}
	return c.ctx.Done()
}

// Err is the real context's error once it exists; before that, Canceled
// after stop, the parent's error, or DeadlineExceeded once the deadline
// has passed.
func (c *lazyDeadline) Err() error {
	c.mu.Lock()
	made, stopped := c.ctx, c.stopped
	c.mu.Unlock()
	switch {
	case made != nil:
		return made.Err()
	case stopped:
		return context.Canceled
	}
	if err := c.Context.Err(); err != nil {
		return err
	}
	if !time.Now().Before(c.deadline) {
		return context.DeadlineExceeded
	}
	return nil
}

// stop ends the context and releases the timer, if Done made one.
func (c *lazyDeadline) stop() {
	c.mu.Lock()
	c.stopped = true
	cancel := c.cancel
	c.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}
