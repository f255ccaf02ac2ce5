package server

import (
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"

	"github.com/plenary/plenary/internal/archive"
)

// fixUploadRemark is POST /admin/uploads/{id}/remarks/{index}: the speaker
// of one remark of a pending upload, set in its preview before publishing.
func (s *Server) fixUploadRemark(w http.ResponseWriter, r *http.Request) error {
	return s.editUploadRemark(w, r, false)
}

// splitUploadRemark is POST /admin/uploads/{id}/remarks/{index}/split:
// where to split one remark of a pending upload, and who said the rest.
func (s *Server) splitUploadRemark(w http.ResponseWriter, r *http.Request) error {
	return s.editUploadRemark(w, r, true)
}

// editUploadRemark stores a correction made in a preview and shows the
// preview again at the remark; a refusal is its status page (422, or 409
// and 410 for an upload no longer pending) and changes nothing.
func (s *Server) editUploadRemark(w http.ResponseWriter, r *http.Request, split bool) error {
	id, err := uploadID(r)
	if err != nil {
		return err
	}
	index, err := strconv.Atoi(chi.URLParam(r, "index"))
	if err != nil || index < 1 || strconv.Itoa(index) != chi.URLParam(r, "index") {
		return statusError(http.StatusNotFound, "There is no such remark in this upload.")
	}
	if err := parseSmallForm(w, r); err != nil {
		return err
	}
	f := r.PostForm
	e := archive.UploadEdit{ID: id, Index: index}
	if split {
		if e.SplitAt, err = strconv.Atoi(f.Get("at")); err != nil || e.SplitAt < 1 {
			return statusError(http.StatusUnprocessableEntity, "Choose where to split the remark. Nothing was changed.")
		}
		e.SplitSpeaker, e.SplitNewName, e.SplitNarration = f.Get("speaker"), f.Get("name"), f.Get("narration") == "1"
	} else {
		e.Speaker, e.NewName, e.Narration = f.Get("speaker"), f.Get("name"), f.Get("narration") == "1"
	}
	if err := s.store.EditUpload(r.Context(), e, s.adminName(r)); err != nil {
		return adminError(err)
	}
	what := "Remark #" + strconv.Itoa(index) + " is corrected"
	if split {
		what = "Remark #" + strconv.Itoa(index) + " will be split"
	}
	s.flash(r, what+"; publishing applies it, and later revisions keep it.")
	http.Redirect(w, r, uploadURL(id)+"#pr"+strconv.Itoa(index), http.StatusSeeOther)
	return nil
}
