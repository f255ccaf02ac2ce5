package server

import (
	"encoding/xml"
	"fmt"
	"net/http"
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

// sitemap lists the front page, every session and every speaker.
func (s *Server) sitemap(w http.ResponseWriter, r *http.Request) error {
	stamp, err := s.store.Stamp(r.Context())
	if err != nil {
		return err
	}
	if notModified(w, r, etag("sitemap", stamp), cachePage) {
		return nil
	}
	sessions, err := s.store.Sessions(r.Context(), 0)
	if err != nil {
		return err
	}
	speakers, err := s.store.Speakers(r.Context())
	if err != nil {
		return err
	}
	set := urlSet{URLs: []sitemapURL{
		{Loc: s.absURL("/")}, {Loc: s.absURL("/sessions")}, {Loc: s.absURL("/speakers")},
	}}
	for _, sess := range sessions {
		set.URLs = append(set.URLs, sitemapURL{
			Loc: s.absURL("/sessions/" + sess.Slug), LastMod: sess.UpdatedAt.UTC().Format(time.DateOnly),
		})
	}
	for _, sp := range speakers {
		set.URLs = append(set.URLs, sitemapURL{Loc: s.absURL("/speakers/" + sp.Slug)})
	}
	return writeXML(w, "application/xml; charset=utf-8", set)
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
