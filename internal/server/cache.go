package server

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/plenary/plenary/static"
)

// Cache-Control values. Pages revalidate (cheaply, by ETag) after a
// minute so a correction shows up soon; search and speaker pages, which
// have no cheap validator, are simply short-lived.
const (
	cachePage   = "public, max-age=60, must-revalidate"
	cacheShort  = "public, max-age=60"
	cacheStatic = "public, max-age=31536000, immutable"
)

// buildVersion is part of every ETag so that a new build (new templates,
// new assets) invalidates pages cached under an old one. A clean VCS build
// uses its commit; otherwise (tests, dirty trees) the process start time.
var buildVersion = func() string {
	h := sha256.New()
	h.Write([]byte(static.Path("site.css") + static.Path("site.js")))
	rev, clean := "", false
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				clean = s.Value == "false"
			}
		}
	}
	if rev == "" || !clean {
		rev = strconv.FormatInt(time.Now().UnixNano(), 36)
	}
	h.Write([]byte(rev))
	return hex.EncodeToString(h.Sum(nil)[:6])
}()

// etag builds a weak validator from the parts that determine a page (a
// session's id and revision, say); weak because gzip changes the bytes
// but not the meaning.
func etag(parts ...string) string {
	return `W/"` + buildVersion + "-" + strings.Join(parts, "-") + `"`
}

// notModified sets ETag and Cache-Control and, when the request's
// If-None-Match names tag, answers 304 and reports true: the handler then
// skips loading and rendering the page.
func notModified(w http.ResponseWriter, r *http.Request, tag, cacheControl string) bool {
	h := w.Header()
	h.Set("ETag", tag)
	h.Set("Cache-Control", cacheControl)
	if !matchesETag(r.Header.Get("If-None-Match"), tag) {
		return false
	}
	// A 304 carries the Vary its 200 would (RFC 9110 15.4.5); the
	// compressing middleware adds it only to bodies it compresses.
	h["Vary"] = varyAcceptEncoding[:1:1]
	w.WriteHeader(http.StatusNotModified)
	return true
}

// matchesETag implements the weak comparison of If-None-Match (RFC 9110
// 13.1.2): "*" or any listed tag equal to tag, ignoring W/ prefixes.
func matchesETag(header, tag string) bool {
	if header == "" {
		return false
	}
	want := strings.TrimPrefix(tag, "W/")
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == want {
			return true
		}
	}
	return false
}
