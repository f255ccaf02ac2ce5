package server

import (
	"cmp"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/web"
)

// Search limits: hits per page, deepest page offered, longest query.
const (
	searchPageSize = 20
	searchMaxPages = 50
	maxQueryRunes  = 200
)

// search runs a full-text search with the request's filters. No query
// gives the help page; a query matching nothing gives a helpful page too.
func (s *Server) search(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	v, sq := searchRequest(q)
	bodies, err := s.reads.Bodies(r.Context())
	if err != nil {
		return err
	}
	v.Bodies = bodies
	w.Header().Set("Cache-Control", cacheShort)
	p := web.Page{Title: "Search", Description: "Search what was said in the archived minutes.", Query: v.Query}
	if !v.Searched {
		return s.render(w, r, http.StatusOK, web.Search(p, v))
	}
	p.Title = "Search: " + v.Query
	p.Feed, p.FeedTitle = "/search/feed.atom?"+r.URL.RawQuery, "Search for "+v.Query
	if v.Problem, err = s.resolveSearch(r, &sq); err != nil || v.Problem != "" {
		return cmp.Or(err, s.render(w, r, http.StatusOK, web.Search(p, v)))
	}
	page := pageParam(q, searchMaxPages)
	sq.Limit, sq.Offset = searchPageSize, (page-1)*searchPageSize
	hits, err := s.reads.Search(r.Context(), sq)
	if err != nil {
		return err
	}
	if len(hits) == 0 && page > 1 {
		// Past the last page: say so, and how many pages there are.
		sq.Limit, sq.Offset = 1, 0
		if hits, err = s.reads.Search(r.Context(), sq); err != nil {
			return err
		}
		if len(hits) > 0 {
			last := min((hits[0].Total+searchPageSize-1)/searchPageSize, searchMaxPages)
			v.Problem = "There is no page " + strconv.Itoa(page) + " of these results: they end on page " + strconv.Itoa(last) + "."
			v.LastPage = pageURL(r.URL, last)
			return s.render(w, r, http.StatusOK, web.Search(p, v))
		}
	}
	if len(hits) > 0 {
		v.Total = hits[0].Total
	}
	v.Pager = pager(r.URL, page, min((v.Total+searchPageSize-1)/searchPageSize, searchMaxPages))
	for _, h := range hits {
		v.Hits = append(v.Hits, searchHit(h))
	}
	v.Scope = searchScope(v, hits)
	return s.render(w, r, http.StatusOK, web.Search(p, v))
}

// resolveSearch checks a search's filters against the archive, turning a
// speaker's name into its slug: what it cannot use (no such speaker or
// session, a reversed date range) is a problem the page states instead
// of an empty result.
func (s *Server) resolveSearch(r *http.Request, sq *archive.SearchQuery) (string, error) {
	var ie *archive.InputError
	if sq.Speaker != "" {
		sp, err := s.reads.SpeakerNamed(r.Context(), sq.Speaker)
		switch {
		case errors.Is(err, archive.ErrNotFound):
			return "No speaker called “" + sq.Speaker + "” has remarks in the archive. Check the spelling, or choose a name the speaker field suggests.", nil
		case errors.As(err, &ie):
			return "Which one? " + capitalize(ie.Error()) + ": choose one from the speaker field's suggestions.", nil
		case err != nil:
			return "", err
		}
		sq.Speaker = sp.Slug
	}
	if sq.Session != "" {
		if _, err := s.sessionBySlug(r.Context(), sq.Session); errors.Is(err, archive.ErrNotFound) {
			return "There is no session “" + sq.Session + "” in the archive.", nil
		} else if err != nil {
			return "", err
		}
	}
	if sq.From != nil && sq.To != nil && sq.From.After(*sq.To) {
		return "The “from” date (" + isoDate(sq.From) + ") is after the “to” date (" + isoDate(sq.To) + "): no session can fall between them. Swap them?", nil
	}
	return "", nil
}

// capitalize upper-cases the first letter of an error message made to
// follow a colon.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// searchScope says in words which filters narrowed the hits ("by Jari
// Arkko, in IETF Plenary Session"), so a reader who came from a speaker or
// session page sees names, not the slugs in the form. The names come from
// the hits themselves: every hit matches the filters.
func searchScope(v web.SearchPage, hits []archive.SearchHit) string {
	if len(hits) == 0 {
		return ""
	}
	var parts []string
	if v.Speaker != "" && hits[0].SpeakerSlug != nil {
		parts = append(parts, "by "+hits[0].SpeakerName)
	}
	if v.Session != "" {
		parts = append(parts, "in "+hits[0].SessionTitle)
	}
	if v.From != "" {
		parts = append(parts, "from "+v.From)
	}
	if v.To != "" {
		parts = append(parts, "until "+v.To)
	}
	return strings.Join(parts, ", ")
}

// searchRequest reads and cleans the parameters: hostile or malformed
// input is trimmed or ignored with a note, never an error page.
func searchRequest(q url.Values) (web.SearchPage, archive.SearchQuery) {
	v := web.SearchPage{
		Query: cleanParam(q.Get("q"), maxQueryRunes), Speaker: cleanParam(q.Get("speaker"), 100),
		Session: cleanParam(q.Get("session"), 100), ByDate: q.Get("order") == "date",
	}
	sq := archive.SearchQuery{Text: v.Query, Speaker: v.Speaker, Session: v.Session, ByDate: v.ByDate}
	sq.From, v.From, v.Notes = dateParam(q.Get("from"), "from", v.Notes)
	sq.To, v.To, v.Notes = dateParam(q.Get("to"), "to", v.Notes)
	v.Body = cleanParam(q.Get("body"), 100)
	sq.Body = v.Body
	v.Searched = strings.TrimSpace(v.Query) != ""
	return v, sq
}

// cleanParam makes a parameter safe to show and to send to PostgreSQL:
// valid UTF-8, no control characters (PostgreSQL rejects NUL), white
// space collapsed, at most max runes.
func cleanParam(s string, max int) string {
	s = strings.ToValidUTF8(s, "")
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r):
			return ' '
		case unicode.IsControl(r):
			return -1
		case unicode.Is(unicode.Co, r): // private use: our snippet markers
			return -1
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > max {
		// The cut may land after a space: trim it, or the query shown
		// and sent ends in white space.
		s = strings.TrimRight(string(r[:max]), " ")
	}
	return s
}

// dateParam parses a YYYY-MM-DD filter; a malformed one is dropped with a
// note saying so.
func dateParam(s, name string, notes []string) (*time.Time, string, []string) {
	s = cleanParam(s, 20)
	if s == "" {
		return nil, "", notes
	}
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return nil, "", append(notes, "The “"+name+"” date “"+s+"” was ignored: use the form YYYY-MM-DD.")
	}
	return &d, s, notes
}

// searchHit maps a hit to its view, splitting the snippet at the markers.
func searchHit(h archive.SearchHit) web.SearchHit {
	v := web.SearchHit{
		SpeakerName: h.SpeakerName, SessionTitle: h.SessionTitle, SessionURL: "/sessions/" + h.SessionSlug,
		Date: humanDate(h.SessionDate), ISODate: isoDate(h.SessionDate),
		URL: contextPath(h.SessionSlug, h.Key), Snippet: elide(segments(h.Snippet), h.CutStart, h.CutEnd),
		Item:      strings.TrimSpace(h.ItemNumber + " " + h.ItemTitle),
		RemarkURL: remarkPath(h.SessionSlug, h.Key),
	}
	if h.SpeakerSlug != nil {
		v.SpeakerURL = "/speakers/" + *h.SpeakerSlug
	}
	return v
}

// elide marks a snippet taken from inside its remark with an ellipsis at
// the cut ends, so a reader does not take a passage for the whole remark.
func elide(segs []web.Segment, start, end bool) []web.Segment {
	if start {
		segs = append([]web.Segment{{Text: "… "}}, segs...)
	}
	if end {
		segs = append(segs, web.Segment{Text: " …"})
	}
	return segs
}

// segments splits a ts_headline snippet into plain and marked pieces.
func segments(snippet string) []web.Segment {
	var out []web.Segment
	for snippet != "" {
		i := strings.Index(snippet, archive.MarkStart)
		if i < 0 {
			return append(out, web.Segment{Text: snippet})
		}
		if i > 0 {
			out = append(out, web.Segment{Text: snippet[:i]})
		}
		snippet = snippet[i+len(archive.MarkStart):]
		j := strings.Index(snippet, archive.MarkStop)
		if j < 0 {
			j = len(snippet)
		}
		out = append(out, web.Segment{Text: snippet[:j], Mark: true})
		snippet = strings.TrimPrefix(snippet[j:], archive.MarkStop)
	}
	return out
}

// searchSpeakers is GET /search/speakers?q=: up to ten speakers of
// published remarks matching what a reader typed into the search form's
// speaker field, as JSON [{"slug", "name"}], for site.js to offer.
func (s *Server) searchSpeakers(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query().Get("q")
	if len(q) > 200 {
		return badParam("q", "at most 200 bytes")
	}
	list, err := s.reads.SuggestSpeakers(r.Context(), q, 10, true)
	if err != nil {
		return err
	}
	if list == nil {
		list = []archive.SpeakerChoice{}
	}
	w.Header().Set("Cache-Control", cacheShort)
	return writeJSON(w, list)
}
