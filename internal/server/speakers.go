package server

import (
	"net/http"
	"net/url"
	"strconv"

	"github.com/a-h/templ"
	"github.com/go-chi/chi/v5"
	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/web"
)

// speakerPageSize is how many remarks one page of a speaker shows.
const speakerPageSize = 200

// speakers is the alphabetical speaker index with remark counts. Counting
// groups every remark, so the page has an ETag from the archive stamp
// (which moves on every publish, rename and merge): a revalidation costs
// one small query, and a repeated 200 is served from the page cache.
func (s *Server) speakers(w http.ResponseWriter, r *http.Request) error {
	stamp, err := s.reads.Stamp(r.Context())
	if err != nil {
		return err
	}
	tag := etag("speakers", stamp)
	if notModified(w, r, tag, cachePage) {
		return nil
	}
	return s.renderCached(w, r, tag, func() (templ.Component, error) {
		list, err := s.reads.Speakers(r.Context())
		if err != nil {
			return nil, err
		}
		v := web.SpeakersPage{Speakers: make([]web.SpeakerLink, len(list))}
		for i, sp := range list {
			v.Speakers[i] = web.SpeakerLink{Slug: sp.Slug, Name: sp.Name, Remarks: sp.Remarks}
		}
		p := web.Page{Title: "Speakers", Description: "Everyone who spoke in the archived minutes.", Canonical: s.absURL("/speakers")}
		return web.Speakers(p, v), nil
	})
}

// speaker lists one speaker's remarks grouped by session, newest first.
// A speaker merged into another redirects there; one without remarks is
// not a page.
func (s *Server) speaker(w http.ResponseWriter, r *http.Request) error {
	sp, err := s.reads.SpeakerBySlug(r.Context(), chi.URLParam(r, "slug"))
	if err != nil {
		return err
	}
	if sp.MergedInto != nil {
		http.Redirect(w, r, "/speakers/"+*sp.MergedInto, http.StatusMovedPermanently)
		return nil
	}
	if sp.Remarks == 0 {
		return archive.ErrNotFound
	}
	pages := (sp.Remarks + speakerPageSize - 1) / speakerPageSize
	page := pageParam(r.URL.Query(), pages)
	list, err := s.reads.SpeakerRemarks(r.Context(), sp.ID, speakerPageSize, (page-1)*speakerPageSize)
	if err != nil {
		return err
	}
	v := web.SpeakerPage{Slug: sp.Slug, Name: sp.Name, Remarks: sp.Remarks,
		Sessions: groupBySession(sp, list), Pager: pager(r.URL, page, pages)}
	w.Header().Set("Cache-Control", cacheShort)
	p := web.Page{Title: sp.Name, Description: remarkWord(sp.Remarks) + " by " + sp.Name + " in the archived minutes.",
		Canonical: s.absURL("/speakers/" + sp.Slug), Feed: "/speakers/" + sp.Slug + "/feed.atom", FeedTitle: "Remarks by " + sp.Name}
	p.Social = &web.Social{Title: sp.Name, Description: p.Description, URL: p.Canonical, Type: "profile"}
	return s.render(w, r, http.StatusOK, web.Speaker(p, v))
}

// groupBySession turns a speaker's remarks (already in session order)
// into one group per session.
func groupBySession(sp archive.Speaker, list []archive.SpeakerRemark) []web.SpeakerSession {
	var out []web.SpeakerSession
	var lastItem string
	for _, rm := range list {
		if n := len(out); n == 0 || out[n-1].Session.Slug != rm.SessionSlug {
			out = append(out, web.SpeakerSession{Session: web.SessionLink{
				Slug: rm.SessionSlug, Title: rm.SessionTitle,
				Date: humanDate(rm.SessionDate), ISODate: isoDate(rm.SessionDate),
			}})
		}
		g := &out[len(out)-1]
		item := rm.Item
		if n := len(g.Remarks); n > 0 && lastItem == rm.Item {
			item = "" // said under the item already named above
		}
		lastItem = rm.Item
		g.Remarks = append(g.Remarks, web.RemarkView{
			Key: rm.Key, SpeakerName: sp.Name, Affiliation: rm.Affiliation, Text: rm.Text,
			Permalink:  remarkPath(rm.SessionSlug, rm.Key),
			ContextURL: contextPath(rm.SessionSlug, rm.Key), Item: item,
		})
	}
	return out
}

// pageParam reads ?page=, clamped to 1..pages; junk means page 1.
func pageParam(q url.Values, pages int) int {
	page, err := strconv.Atoi(q.Get("page"))
	if err != nil || page < 1 {
		return 1
	}
	return min(page, max(pages, 1))
}

// pager links the pages of u around page, keeping its other parameters:
// previous, next, and numbers (the first, the last, two either side).
func pager(u *url.URL, page, pages int) web.Pager {
	p := web.Pager{Page: page, Of: pages}
	if page > 1 {
		p.Prev = pageURL(u, page-1)
	}
	if page < pages {
		p.Next = pageURL(u, page+1)
	}
	for n := 1; n <= pages; n++ {
		switch {
		case n == 1 || n == pages || n >= page-2 && n <= page+2:
			p.Links = append(p.Links, web.PageLink{N: n, URL: pageURL(u, n), Current: n == page})
		case len(p.Links) > 0 && !p.Links[len(p.Links)-1].Gap:
			p.Links = append(p.Links, web.PageLink{Gap: true})
		}
	}
	return p
}

// pageURL is u at page n (page 1 without the parameter).
func pageURL(u *url.URL, n int) string {
	q := u.Query()
	q.Set("page", strconv.Itoa(n))
	if n == 1 {
		q.Del("page")
	}
	return u.Path + "?" + q.Encode()
}

// remarkWord is "1 remark" or "N remarks", for a page's description.
func remarkWord(n int) string {
	if n == 1 {
		return "1 remark"
	}
	return strconv.Itoa(n) + " remarks"
}
