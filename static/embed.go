// Package static holds the site's CSS, JavaScript and icons, embedded in the
// binary and served under content-hashed URLs (/static/NAME.HASH.EXT) so
// browsers may cache them forever: a changed file gets a new URL.
package static

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"path"
	"strings"
)

//go:embed *.css *.js *.svg
var files embed.FS

// Asset is one embedded file and the hashed name it is served under.
type Asset struct {
	Name        string // e.g. "site.css"
	Hashed      string // e.g. "site.3f2a9c1b0d4e.css"
	ContentType string
	Body        []byte
}

// assets maps hashed names to assets; paths maps plain names to URLs.
var assets, paths = load()

func load() (map[string]Asset, map[string]string) {
	byHash, byName := map[string]Asset{}, map[string]string{}
	entries, _ := fs.ReadDir(files, ".")
	for _, e := range entries {
		body, _ := files.ReadFile(e.Name())
		sum := sha256.Sum256(body)
		ext := path.Ext(e.Name())
		a := Asset{
			Name:        e.Name(),
			Hashed:      strings.TrimSuffix(e.Name(), ext) + "." + hex.EncodeToString(sum[:6]) + ext,
			ContentType: contentTypes[ext],
			Body:        body,
		}
		byHash[a.Hashed] = a
		byName[a.Name] = "/static/" + a.Hashed
	}
	return byHash, byName
}

var contentTypes = map[string]string{
	".css": "text/css; charset=utf-8",
	".js":  "text/javascript; charset=utf-8",
	".svg": "image/svg+xml",
}

// Path returns the URL of the named asset ("site.css" →
// "/static/site.3f2a9c1b0d4e.css"). It panics on an unknown name, which
// only a programming error can cause and the page tests catch.
func Path(name string) string {
	p, ok := paths[name]
	if !ok {
		panic("static: no asset " + name)
	}
	return p
}

// Lookup returns the asset served under a hashed name.
func Lookup(hashed string) (Asset, bool) {
	a, ok := assets[hashed]
	return a, ok
}
