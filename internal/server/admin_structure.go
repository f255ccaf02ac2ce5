package server

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/plenary/plenary/internal/archive"
)

// splitRemark is POST /admin/sessions/{slug}/remarks/{key}/split: it cuts
// the remark in two at a sentence and gives the second part its speaker.
func (s *Server) splitRemark(w http.ResponseWriter, r *http.Request) error {
	slug, key, err := slugAndKey(r)
	if err != nil {
		return err
	}
	if err := parseSmallForm(w, r); err != nil {
		return err
	}
	f := r.PostForm
	at, err := strconv.Atoi(f.Get("at"))
	if err != nil {
		at = -1 // refused by the store as no sentence start, with the form shown again
	}
	e := archive.SplitEdit{Session: slug, Key: key, At: at, Speaker: f.Get("speaker"), NewName: f.Get("name"),
		Narration: f.Get("narration") == "1", Seen: f.Get("seen")}
	newKey, err := s.store.SplitRemark(r.Context(), e, s.adminName(r))
	if err := s.structureRefusal(w, r, slug, key, err); err != nil || newKey == 0 {
		return err
	}
	s.recent.forgetAll()
	s.flash(r, "Remark "+strconv.Itoa(key)+" is split; its second part is remark "+strconv.Itoa(newKey)+". Later revisions of the session split it again.")
	http.Redirect(w, r, "/admin/sessions/"+slug+"/remarks/"+strconv.Itoa(key), http.StatusSeeOther)
	return nil
}

// joinRemark is POST /admin/sessions/{slug}/remarks/{key}/join: it joins
// the remark onto the one before it, whose form it then shows.
func (s *Server) joinRemark(w http.ResponseWriter, r *http.Request) error {
	slug, key, err := slugAndKey(r)
	if err != nil {
		return err
	}
	if err := parseSmallForm(w, r); err != nil {
		return err
	}
	into, err := s.store.JoinRemark(r.Context(), archive.JoinEdit{Session: slug, Key: key, Seen: r.PostForm.Get("seen")}, s.adminName(r))
	if err := s.structureRefusal(w, r, slug, key, err); err != nil || into == 0 {
		return err
	}
	s.recent.forgetAll()
	s.flash(r, "Remark "+strconv.Itoa(key)+" is joined to remark "+strconv.Itoa(into)+"; its link leads there. Later revisions of the session join them again.")
	http.Redirect(w, r, "/admin/sessions/"+slug+"/remarks/"+strconv.Itoa(into), http.StatusSeeOther)
	return nil
}

// structureRefusal answers a refused split or join with the form and the
// reason (409 for a stale form, 422 for bad input), or passes other errors
// on; nil with nothing written when err is nil.
func (s *Server) structureRefusal(w http.ResponseWriter, r *http.Request, slug string, key int, err error) error {
	var ie *archive.InputError
	switch {
	case err == nil:
		return nil
	case errors.Is(err, archive.ErrStaleRemark):
		return s.attributionRefusal(w, r, http.StatusConflict, slug, key,
			"This remark changed since the form was shown (another admin corrected it, or a new revision was published). Nothing was changed: check it again below.")
	case errors.As(err, &ie):
		return s.attributionRefusal(w, r, http.StatusUnprocessableEntity, slug, key, ie.Error()+". Nothing was changed.")
	}
	return adminError(err)
}
