package server

import (
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"

	"github.com/plenary/plenary/internal/archive"
)

// apiSpeaker is a speaker with the number of their remarks.
type apiSpeaker struct {
	apiSpeakerRef
	RemarkCount int `json:"remark_count"`
}

// apiSpeakers lists every speaker with remarks, by name.
func (s *Server) apiSpeakers(w http.ResponseWriter, r *http.Request) error {
	stamp, err := s.reads.Stamp(r.Context())
	if err != nil {
		return err
	}
	if notModified(w, r, etag("api-speakers", stamp), cachePage) {
		return nil
	}
	list, err := s.reads.Speakers(r.Context())
	if err != nil {
		return err
	}
	out := struct {
		Speakers []apiSpeaker `json:"speakers"`
	}{Speakers: make([]apiSpeaker, len(list))}
	for i, sp := range list {
		out.Speakers[i] = apiSpeaker{apiSpeakerRef: *s.apiSpeakerRef(sp.Slug, sp.Name), RemarkCount: sp.Remarks}
	}
	return writeJSON(w, out)
}

// apiSpeakerRemark is one of a speaker's remarks, with its session.
type apiSpeakerRemark struct {
	Key          int     `json:"key"`
	Session      string  `json:"session"`
	SessionTitle string  `json:"session_title"`
	SessionDate  *string `json:"session_date"`
	Affiliation  string  `json:"affiliation"`
	Text         string  `json:"text"`
	URL          string  `json:"url"`
	APIURL       string  `json:"api_url"`
}

// apiSpeakerDetail is a speaker and a page of their remarks, newest
// meeting first. A merged speaker redirects to the one they were merged
// into, as the page does.
func (s *Server) apiSpeakerDetail(w http.ResponseWriter, r *http.Request) error {
	sp, err := s.reads.SpeakerBySlug(r.Context(), chi.URLParam(r, "slug"))
	if err != nil {
		return err
	}
	if sp.MergedInto != nil {
		http.Redirect(w, r, "/api/v1/speakers/"+*sp.MergedInto, http.StatusMovedPermanently)
		return nil
	}
	if sp.Remarks == 0 {
		return archive.ErrNotFound
	}
	limit, err := apiLimit(r)
	if err != nil {
		return err
	}
	offset, err := offsetCursor(r, sp.Remarks)
	if err != nil {
		return err
	}
	stamp, err := s.reads.Stamp(r.Context())
	if err != nil {
		return err
	}
	if notModified(w, r, etag("api-speaker", strconv.FormatInt(sp.ID, 10), stamp, r.URL.RawQuery), cachePage) {
		return nil
	}
	list, err := s.reads.SpeakerRemarks(r.Context(), sp.ID, limit, offset)
	if err != nil {
		return err
	}
	out := struct {
		apiSpeaker
		Remarks []apiSpeakerRemark `json:"remarks"`
		Next    *string            `json:"next"`
	}{apiSpeaker: apiSpeaker{apiSpeakerRef: *s.apiSpeakerRef(sp.Slug, sp.Name), RemarkCount: sp.Remarks},
		Remarks: make([]apiSpeakerRemark, len(list))}
	for i, rm := range list {
		path := remarkPath(rm.SessionSlug, rm.Key)
		out.Remarks[i] = apiSpeakerRemark{Key: rm.Key, Session: rm.SessionSlug, SessionTitle: rm.SessionTitle,
			SessionDate: isoDay(rm.SessionDate), Affiliation: rm.Affiliation, Text: rm.Text,
			URL: s.absURL(path), APIURL: s.absURL("/api/v1" + path)}
	}
	if offset+len(list) < sp.Remarks && len(list) == limit {
		out.Next = s.nextURL(r, encodeCursor("o:"+strconv.Itoa(offset+limit)))
	}
	return writeJSON(w, out)
}

// apiHit is a search hit: the remark, its session and the passage.
type apiHit struct {
	Key          int            `json:"key"`
	Session      string         `json:"session"`
	SessionTitle string         `json:"session_title"`
	SessionDate  *string        `json:"session_date"`
	Speaker      *apiSpeakerRef `json:"speaker"`
	SpeakerLabel string         `json:"speaker_label"`
	Snippet      string         `json:"snippet"`
	URL          string         `json:"url"`
	APIURL       string         `json:"api_url"`
}

// apiSearch runs the site's search with its filters and ordering; the
// total counts up to archive.SearchCountCap, and total_capped says when
// there are more.
func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) error {
	v, sq := searchRequest(r.URL.Query())
	if !v.Searched {
		return statusError(http.StatusBadRequest, "Give something to search for in q.")
	}
	limit, err := apiLimit(r)
	if err != nil {
		return err
	}
	offset, err := offsetCursor(r, archive.SearchCountCap)
	if err != nil {
		return err
	}
	sq.Limit, sq.Offset = limit, offset
	hits, err := s.reads.Search(r.Context(), sq)
	if err != nil {
		return err
	}
	w.Header().Set("Cache-Control", cacheShort)
	out := struct {
		Query       string   `json:"query"`
		Total       int      `json:"total"`
		TotalCapped bool     `json:"total_capped"`
		Hits        []apiHit `json:"hits"`
		Next        *string  `json:"next"`
	}{Query: v.Query, Hits: make([]apiHit, len(hits))}
	for i, h := range hits {
		out.Total = min(h.Total, archive.SearchCountCap)
		out.TotalCapped = h.Total > archive.SearchCountCap
		path := remarkPath(h.SessionSlug, h.Key)
		out.Hits[i] = apiHit{Key: h.Key, Session: h.SessionSlug, SessionTitle: h.SessionTitle, SessionDate: isoDay(h.SessionDate),
			Snippet: snippetText(h), URL: s.absURL(path), APIURL: s.absURL("/api/v1" + path)}
		if h.SpeakerSlug != nil {
			out.Hits[i].Speaker = s.apiSpeakerRef(*h.SpeakerSlug, h.SpeakerName)
		} else {
			out.Hits[i].SpeakerLabel = h.SpeakerName
		}
	}
	if len(hits) == limit && offset+limit < min(out.Total, archive.SearchCountCap) {
		out.Next = s.nextURL(r, encodeCursor("o:"+strconv.Itoa(offset+limit)))
	}
	return writeJSON(w, out)
}
