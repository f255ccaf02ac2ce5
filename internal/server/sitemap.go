package server

import (
	"encoding/xml"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// urlSet is a sitemaps.org sitemap. Remark pages are not listed: there
// can be millions, and each names its session page as context.
type urlSet struct {
	XMLName xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

// sitemapIndex lists the parts of a sitemap too long for one file.
type sitemapIndex struct {
	XMLName  xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 sitemapindex"`
	Sitemaps []sitemapURL `xml:"sitemap"`
}

// sitemapMaxURLs is the most URLs the sitemaps.org protocol allows in one
// file. A larger archive's /sitemap.xml is an index of parts,
// /sitemap.xml?part=1, ?part=2, … of at most this many URLs each
// (Server.sitemapMax, which tests lower).
const sitemapMaxURLs = 50000

// sitemap lists the front page, every session and every speaker: as one
// urlset while they fit, else as an index of parts (?part=N).
func (s *Server) sitemap(w http.ResponseWriter, r *http.Request) error {
	n := 0 // the part asked for; 0: the sitemap or its index
	if part := r.URL.Query().Get("part"); part != "" {
		var err error
		if n, err = strconv.Atoi(part); err != nil || n < 1 {
			return errNoSitemapPart
		}
	}
	stamp, err := s.store.Stamp(r.Context())
	if err != nil {
		return err
	}
	if notModified(w, r, etag("sitemap", strconv.Itoa(n), stamp), cachePage) {
		return nil
	}
	urls, err := s.sitemapURLs(r)
	if err != nil {
		return err
	}
	size := s.sitemapMax
	parts := (len(urls) + size - 1) / size
	switch {
	case n == 0 && parts <= 1:
		return writeXML(w, "application/xml; charset=utf-8", urlSet{URLs: urls})
	case n == 0:
		index := sitemapIndex{Sitemaps: make([]sitemapURL, parts)}
		for i := range index.Sitemaps {
			index.Sitemaps[i].Loc = s.absURL("/sitemap.xml?part=" + strconv.Itoa(i+1))
		}
		return writeXML(w, "application/xml; charset=utf-8", index)
	case n > parts:
		return errNoSitemapPart
	}
	chunk := urls[(n-1)*size : min(n*size, len(urls))]
	return writeXML(w, "application/xml; charset=utf-8", urlSet{URLs: chunk})
}

// errNoSitemapPart answers a ?part= the sitemap does not have.
var errNoSitemapPart = statusError(http.StatusNotFound, "There is no such part of the sitemap.")

// sitemapURLs is every URL of the sitemap, in a stable order: the fixed
// pages, sessions newest first, then speakers alphabetically.
func (s *Server) sitemapURLs(r *http.Request) ([]sitemapURL, error) {
	sessions, err := s.store.Sessions(r.Context(), 0)
	if err != nil {
		return nil, err
	}
	speakers, err := s.store.Speakers(r.Context())
	if err != nil {
		return nil, err
	}
	urls := make([]sitemapURL, 0, 3+len(sessions)+len(speakers))
	urls = append(urls, sitemapURL{Loc: s.absURL("/")}, sitemapURL{Loc: s.absURL("/sessions")}, sitemapURL{Loc: s.absURL("/speakers")})
	for _, sess := range sessions {
		urls = append(urls, sitemapURL{
			Loc: s.absURL("/sessions/" + sess.Slug), LastMod: sess.UpdatedAt.UTC().Format(time.DateOnly),
		})
	}
	for _, sp := range speakers {
		urls = append(urls, sitemapURL{Loc: s.absURL("/speakers/" + sp.Slug)})
	}
	return urls, nil
}

// robots allows everything public, keeps crawlers out of the admin and
// of search result pages (endless and duplicate), and names the sitemap.
func (s *Server) robots(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=86400")
	_, err := w.Write([]byte("User-agent: *\nDisallow: /admin/\nDisallow: /search\n\nSitemap: " + s.absURL("/sitemap.xml") + "\n"))
	if err != nil {
		return fmt.Errorf("write robots.txt: %w", err)
	}
	return nil
}
