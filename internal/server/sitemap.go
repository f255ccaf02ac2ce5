package server

import (
	"encoding/xml"
	"fmt"
	"math"
	"net/http"
	"strconv"
	"time"

	"github.com/plenary/plenary/internal/archive"
)

// urlSet is a sitemaps.org sitemap.
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
// file. A larger archive's /sitemap.xml is an index of parts of at most
// this many URLs each (Server.sitemapMax, which tests lower): the pages
// (front page, sessions, speakers) at /sitemap.xml?part=N and the remark
// pages, by remark id, at /sitemap.xml?remarks=N.
const sitemapMaxURLs = 50000

// sitemap lists the front page, every session, every speaker and every
// remark page: as one urlset while they fit, else as an index of parts.
// Every answer is revalidated by the archive's stamp.
func (s *Server) sitemap(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	pagePart, err := sitemapPart(q.Get("part"))
	if err != nil {
		return err
	}
	remarkPart, err := sitemapPart(q.Get("remarks"))
	if err != nil || pagePart > 0 && remarkPart > 0 {
		return errNoSitemapPart
	}
	stamp, err := s.reads.Stamp(r.Context())
	if err != nil {
		return err
	}
	if notModified(w, r, etag("sitemap", strconv.Itoa(pagePart), strconv.Itoa(remarkPart), stamp), cachePage) {
		return nil
	}
	if remarkPart > 0 {
		return s.remarkSitemap(w, r, remarkPart, stamp)
	}
	urls, err := s.sitemapURLs(r)
	if err != nil {
		return err
	}
	size := s.sitemapMax
	starts, err := s.remarkPartStarts(r, stamp)
	if err != nil {
		return err
	}
	parts := (len(urls) + size - 1) / size
	if pagePart > 0 {
		if pagePart > parts {
			return errNoSitemapPart
		}
		return writeXML(w, "application/xml; charset=utf-8", urlSet{URLs: urls[(pagePart-1)*size : min(pagePart*size, len(urls))]})
	}
	if parts <= 1 && len(starts) <= 1 {
		// Small enough for one file, it may be one, remarks after pages.
		var rs []archive.SitemapRemark
		if len(starts) == 1 {
			if rs, err = s.reads.SitemapRemarks(r.Context(), starts[0], math.MaxInt64, size); err != nil {
				return err
			}
		}
		if len(urls)+len(rs) <= size {
			return writeXML(w, "application/xml; charset=utf-8", urlSet{URLs: append(urls, s.remarkURLs(rs)...)})
		}
	}
	index := sitemapIndex{}
	for i := range parts {
		index.Sitemaps = append(index.Sitemaps, sitemapURL{Loc: s.absURL("/sitemap.xml?part=" + strconv.Itoa(i+1))})
	}
	for i := range starts {
		index.Sitemaps = append(index.Sitemaps, sitemapURL{Loc: s.absURL("/sitemap.xml?remarks=" + strconv.Itoa(i+1))})
	}
	return writeXML(w, "application/xml; charset=utf-8", index)
}

// remarkSitemap writes part n of the remark pages.
func (s *Server) remarkSitemap(w http.ResponseWriter, r *http.Request, n int, stamp string) error {
	starts, err := s.remarkPartStarts(r, stamp)
	if err != nil {
		return err
	}
	if n > len(starts) {
		return errNoSitemapPart
	}
	to := int64(math.MaxInt64)
	if n < len(starts) {
		to = starts[n] // the next part's start ends this one
	}
	rs, err := s.reads.SitemapRemarks(r.Context(), starts[n-1], to, s.sitemapMax)
	if err != nil {
		return err
	}
	return writeXML(w, "application/xml; charset=utf-8", urlSet{URLs: s.remarkURLs(rs)})
}

// remarkPartStarts returns where each part of the remark pages starts,
// computed once per archive stamp and part size.
func (s *Server) remarkPartStarts(r *http.Request, stamp string) ([]int64, error) {
	c := &s.partStarts
	key := stamp + "/" + strconv.Itoa(s.sitemapMax)
	c.Lock()
	defer c.Unlock()
	if c.key == key {
		return c.starts, nil
	}
	starts, err := s.reads.RemarkPartStarts(r.Context(), s.sitemapMax)
	if err != nil {
		return nil, err
	}
	c.key, c.starts = key, starts
	return starts, nil
}

// remarkURLs are the sitemap entries of remark pages, dated by the
// revision of their session.
func (s *Server) remarkURLs(rs []archive.SitemapRemark) []sitemapURL {
	out := make([]sitemapURL, len(rs))
	for i, rm := range rs {
		out[i] = sitemapURL{Loc: s.absURL(remarkPath(rm.SessionSlug, rm.Key)), LastMod: rm.UpdatedAt.UTC().Format(time.DateOnly)}
	}
	return out
}

// sitemapPart reads a part number: "" is 0 (none asked for).
func sitemapPart(v string) (int, error) {
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return 0, errNoSitemapPart
	}
	return n, nil
}

// errNoSitemapPart answers a ?part= the sitemap does not have.
var errNoSitemapPart = statusError(http.StatusNotFound, "There is no such part of the sitemap.")

// sitemapURLs is every URL of the sitemap, in a stable order: the fixed
// pages, sessions newest first, then speakers alphabetically.
func (s *Server) sitemapURLs(r *http.Request) ([]sitemapURL, error) {
	pages, err := s.reads.SitemapPages(r.Context())
	if err != nil {
		return nil, err
	}
	urls := make([]sitemapURL, 0, 3+len(pages))
	urls = append(urls, sitemapURL{Loc: s.absURL("/")}, sitemapURL{Loc: s.absURL("/sessions")}, sitemapURL{Loc: s.absURL("/speakers")})
	for _, p := range pages {
		u := sitemapURL{Loc: s.absURL(p.Path)}
		if p.UpdatedAt.Unix() > 0 {
			u.LastMod = p.UpdatedAt.UTC().Format(time.DateOnly)
		}
		urls = append(urls, u)
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
