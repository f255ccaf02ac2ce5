package server

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"
	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/web"
)

// attributionForm is GET /admin/sessions/{slug}/remarks/{key}: who said
// the remark, and the form that corrects it.
func (s *Server) attributionForm(w http.ResponseWriter, r *http.Request) error {
	slug, key, err := slugAndKey(r)
	if err != nil {
		return err
	}
	v, err := s.store.RemarkForEdit(r.Context(), slug, key)
	if err != nil {
		return err
	}
	return s.attributionPage(w, r, http.StatusOK, slug, v, "")
}

// editAttribution is POST /admin/sessions/{slug}/remarks/{key}: it sets
// the remark's speaker, a new speaker, or narration, and shows the remark.
func (s *Server) editAttribution(w http.ResponseWriter, r *http.Request) error {
	slug, key, err := slugAndKey(r)
	if err != nil {
		return err
	}
	if err := parseSmallForm(w, r); err != nil {
		return err
	}
	f := r.PostForm
	e := archive.AttributionEdit{Session: slug, Key: key, Speaker: f.Get("speaker"), NewName: f.Get("name"),
		Narration: f.Get("narration") == "1", Seen: f.Get("seen")}
	_, err = s.store.EditAttribution(r.Context(), e, s.adminName(r))
	var ie *archive.InputError
	switch {
	case errors.Is(err, archive.ErrStaleRemark):
		return s.attributionRefusal(w, r, http.StatusConflict, slug, key,
			"This remark changed since the form was shown (another admin corrected it, or a new revision was published). Nothing was changed: check it again below.")
	case errors.As(err, &ie):
		return s.attributionRefusal(w, r, http.StatusUnprocessableEntity, slug, key, ie.Error()+". Nothing was changed.")
	case err != nil:
		return adminError(err)
	}
	s.recent.forgetAll()
	s.flash(r, "Remark "+strconv.Itoa(key)+" is corrected; later revisions of the session keep the correction.")
	http.Redirect(w, r, r.URL.Path, http.StatusSeeOther)
	return nil
}

// attributionRefusal shows the form again, as the remark is now, with
// the reason the edit was refused.
func (s *Server) attributionRefusal(w http.ResponseWriter, r *http.Request, status int, slug string, key int, msg string) error {
	v, err := s.store.RemarkForEdit(r.Context(), slug, key)
	if err != nil {
		return err
	}
	return s.attributionPage(w, r, status, slug, v, msg)
}

// attributionPage renders the attribution page of remark v.
func (s *Server) attributionPage(w http.ResponseWriter, r *http.Request, status int, slug string, v archive.RemarkVersion, msg string) error {
	base := "/admin/sessions/" + slug + "/remarks/" + strconv.Itoa(v.Key)
	page := web.AttributionPage{
		AdminShell: s.shell(r), SessionTitle: v.SessionTitle, Key: v.Key, Speaker: v.SpeakerName, Text: v.Text,
		Version: v.Version, Action: base, PublicURL: "/sessions/" + slug + "/remarks/" + strconv.Itoa(v.Key), Error: msg,
		SplitAction: base + "/split", JoinAction: base + "/join",
	}
	for _, at := range archive.SplitPoints(v.Text) {
		page.Splits = append(page.Splits, web.SplitChoice{At: at, Preview: firstSentence(v.Text[at:], 90)})
	}
	if v.EditedAt != nil {
		page.Corrected = adminTime(*v.EditedAt)
	}
	return s.render(w, r, status, web.Attribution(web.Page{Title: "Remark " + strconv.Itoa(v.Key) + " of " + v.SessionTitle}, page))
}

// slugAndKey reads the {slug} and {key} of a remark's admin URL; a key
// that is not a canonical positive number is not found.
func slugAndKey(r *http.Request) (string, int, error) {
	key, err := remarkKey(chi.URLParam(r, "key"))
	return chi.URLParam(r, "slug"), key, err
}
