package server

import (
	"bytes"
	"compress/gzip"
	"mime"
	"net/http"
	"strconv"
	"sync"
)

// compress gzips responses of the listed content types for clients that
// accept gzip. It collects the body and compresses it once it is
// complete, with one of a bounded number of pooled encoders (gzipBytes).
// chi's middleware.Compress, used before, took an encoder (about a
// megabyte of state) when each request began and held it until the
// response was written, through database waits and slow readers: 200
// readers held 200 MB of compressors (issue 12, item 8). Every response
// here is built whole before it is written, so collecting it costs no
// latency. Requests that accept no gzip skip the wrapper entirely.
func compress(types ...string) func(http.Handler) http.Handler {
	compressible := map[string]bool{}
	for _, t := range types {
		compressible[t] = true
	}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if !acceptsGzip(r) || r.Header.Get("Range") != "" {
				// Caches must still know the response varies.
				w.Header()["Vary"] = varyAcceptEncoding[:1:1]
				next.ServeHTTP(w, r)
				return
			}
			gw := &gzipWriter{ResponseWriter: w, compressible: compressible}
			next.ServeHTTP(gw, r)
			gw.finish()
		})
	}
}

// gzipMinBytes is the smallest body worth compressing: below it the gzip
// header and trailer eat the saving.
const gzipMinBytes = 1024

// gzipWriter collects a compressible response's body for compress, and
// passes any other response through untouched.
type gzipWriter struct {
	http.ResponseWriter
	compressible map[string]bool
	decided      bool // WriteHeader was called (or implied by Write)
	collecting   bool // the body goes to buf, to be compressed by finish
	status       int
	buf          bytes.Buffer
}

// WriteHeader decides whether the response is compressed: a body of a
// listed type, not already encoded, not partial.
func (g *gzipWriter) WriteHeader(status int) {
	if g.decided {
		return
	}
	g.decided = true
	h := g.Header()
	mt, _, _ := mime.ParseMediaType(h.Get("Content-Type"))
	if !g.compressible[mt] {
		g.ResponseWriter.WriteHeader(status)
		return
	}
	h["Vary"] = varyAcceptEncoding[:1:1]
	if h.Get("Content-Encoding") != "" || status < http.StatusOK || status == http.StatusNoContent ||
		status == http.StatusNotModified || status == http.StatusPartialContent {
		g.ResponseWriter.WriteHeader(status)
		return
	}
	g.collecting, g.status = true, status
}

// Write collects the body of a compressed response, or passes it on.
func (g *gzipWriter) Write(p []byte) (int, error) {
	if !g.decided {
		g.WriteHeader(http.StatusOK)
	}
	if g.collecting {
		return g.buf.Write(p)
	}
	return g.ResponseWriter.Write(p)
}

// Flush does nothing to a collected body: templ flushes what it renders
// (through http.ResponseController, which would otherwise reach past
// this writer to the connection and send a 200 before the real status).
func (g *gzipWriter) Flush() {
	if g.decided && !g.collecting {
		_ = http.NewResponseController(g.ResponseWriter).Flush()
	}
}

// Unwrap lets http.ResponseController reach the connection (longBody
// sets its deadlines through it).
func (g *gzipWriter) Unwrap() http.ResponseWriter { return g.ResponseWriter }

// finish writes a collected body, compressed when it is large enough.
func (g *gzipWriter) finish() {
	if !g.collecting {
		return
	}
	body, h := g.buf.Bytes(), g.Header()
	if len(body) >= gzipMinBytes {
		body = gzipBytes(body, gzip.DefaultCompression)
		h["Content-Encoding"] = gzipEncoding[:1:1]
	}
	h["Content-Length"] = []string{strconv.Itoa(len(body))}
	g.ResponseWriter.WriteHeader(g.status)
	_, _ = g.ResponseWriter.Write(body) // a failed write is a reader gone away
}

// gzipSlots bounds the compressions running at once, and so the encoders
// alive (each holds about a megabyte), to the page-build bound: a
// compression is CPU work like a build.
var gzipSlots = make(chan struct{}, renderSlots())

// gzipPools hold idle encoders by compression level (gzip's levels run
// from HuffmanOnly, -2, to BestCompression, 9).
var gzipPools [gzip.BestCompression - gzip.HuffmanOnly + 1]sync.Pool

// gzipBytes returns p gzipped at level, a valid gzip level.
func gzipBytes(p []byte, level int) []byte {
	gzipSlots <- struct{}{}
	defer func() { <-gzipSlots }()
	var out bytes.Buffer
	out.Grow(len(p)/4 + 64)
	pool := &gzipPools[level-gzip.HuffmanOnly]
	zw, _ := pool.Get().(*gzip.Writer)
	if zw == nil {
		zw, _ = gzip.NewWriterLevel(&out, level) // a valid level: no error
	} else {
		zw.Reset(&out)
	}
	_, _ = zw.Write(p) // writes to a bytes.Buffer do not fail
	_ = zw.Close()
	pool.Put(zw)
	return out.Bytes()
}
