package web

// AdminShell is what every logged-in admin page shows around its content.
type AdminShell struct {
	Username string
	Flash    string // one-off notice after a redirect ("Upload discarded.")
}

// LoginPage is /admin/login.
type LoginPage struct {
	Username string // as typed, kept after a failed attempt
	Error    string
}

// DashboardPage is /admin.
type DashboardPage struct {
	AdminShell
	Pending  []PendingView
	Sessions []SessionLink
	Audit    []AuditView
}

// PendingView is an upload awaiting review.
type PendingView struct {
	ID         int64
	URL        string
	Filename   string
	TargetSlug string
	UploadedBy string
	UploadedAt string
	Size       string
}

// AuditView is one audit log line.
type AuditView struct {
	At, ISOAt, Actor, Action, Subject, Detail string
}

// UploadFormPage is /admin/uploads/new, also re-shown with an error.
type UploadFormPage struct {
	AdminShell
	Error                       string
	Slug, Title, Date, Location string
	Body                        string // who met, e.g. "IETF"
	Text                        string
	MaxMiB                      int
}

// PreviewPage is /admin/uploads/{id}.
type PreviewPage struct {
	AdminShell
	ID                              int64
	Pending                         bool
	Filename, Format, Size          string
	UploadedBy, UploadedAt          string
	Slug, Title, Date, Location     string
	Body                            string
	Remarks                         int
	Items                           []PreviewItemView
	Warnings                        []WarningView
	Correction                      *CorrectionView
	PublishURL, DiscardURL, Session string
	// Unsure are the remarks the parser is least sure of, least sure
	// first: where an admin checks the parse before publishing.
	Unsure []PreviewRemarkView
}

// PreviewItemView is an agenda item of a preview.
type PreviewItemView struct {
	Number, Title string
	Depth         int
	Remarks       []PreviewRemarkView
}

// PreviewRemarkView is a remark of a preview.
type PreviewRemarkView struct {
	Index       int
	Speaker     string
	Affiliation string
	Text        string
	NewSpeaker  bool
	// Anchor is the remark's id on the page; Why says in words why the
	// parser chose its speaker, Sure how often such a choice is right
	// ("70%"), and Unsure marks a remark to check before publishing.
	Anchor, Why, Sure string
	Unsure            bool
	Confidence        float64
	// Edited: an admin set the speaker here; SplitBefore and SplitSpeaker
	// say where the admin split it and who said the rest.
	Edited                    bool
	SplitBefore, SplitSpeaker string
	// Joined: an admin joined it onto the remark before.
	Joined bool
	// FixURL, SplitURL, JoinURL and UndoURL are where the correction forms
	// post (pending uploads only; JoinURL "" for the first remark of an
	// item, UndoURL "" for a remark not corrected); Splits the sentence
	// starts a split may use.
	FixURL, SplitURL, JoinURL, UndoURL string
	Splits                             []SplitChoice
}

// WarningView is one preview warning.
type WarningView struct {
	Kind, Message string
	Line          int
}

// CorrectionView is the diff of a correction against the published revision.
type CorrectionView struct {
	Revision                     int
	Unchanged                    bool
	Kept, Edited, Added, Removed int
	Changes                      []ChangeView
}

// ChangeView is one edited, new or removed remark.
type ChangeView struct {
	Kind                   string
	Key, Successor         int
	OldSpeaker, NewSpeaker string
	OldText, NewText       string
}

// RevisionsPage is /admin/sessions/{slug}/revisions.
type RevisionsPage struct {
	AdminShell
	Slug, Title string
	Revisions   []RevisionView
	// Header is the form that corrects the session's header, filled with
	// the current values or, after a refusal, with what the admin typed.
	Header HeaderForm
	Error  string // why the last edit was refused; "" if none
	// Orphans are attribution corrections whose remark a later revision
	// removed: kept, no longer applied, for the admin to review.
	Orphans []OrphanView
	// Reshaped are splits and joins a later revision could not make again.
	Reshaped []ReshapeView
	// Corrections are every hand correction of the session, newest first.
	HandEdits []HandEditView
}

// ReshapeView is a split or join a later revision could not make again.
type ReshapeView struct {
	Kind                      string // "split" or "join"
	Key                       int
	Words, EditedBy, EditedAt string
}

// HandEditView is one hand correction in a session's history.
type HandEditView struct {
	What               string // "Speaker set to Ann Lee", "Split before “…”; the rest said by …"
	Key                int
	RemarkURL          string // the remark's attribution page
	EditedBy, EditedAt string
	Live               bool
}

// OrphanView is an attribution correction whose remark is gone.
type OrphanView struct {
	Key                         int
	Speaker, EditedBy, EditedAt string
	Successor                   string // the remark's old permalink, which leads to the nearest remark
}

// HeaderForm holds the fields of a session header as text inputs.
type HeaderForm struct {
	Title, Body, Location string
	Date                  string // YYYY-MM-DD or ""
	EditURL               string // where the form posts
}

// RevisionView is one revision with a link to its source.
type RevisionView struct {
	Number                int
	PublishedAt, ISOAt    string
	PublishedBy, Filename string
	Format, Size, SHA256  string
	SourceURL             string
	Current               bool
}

// SpeakersAdminPage is /admin/speakers.
type SpeakersAdminPage struct {
	AdminShell
	Error           string
	Query           string
	Speakers        []AdminSpeakerView
	Unresolved      []UnresolvedView
	UnresolvedTotal int
}

// AdminSpeakerView is a speaker with its rename form.
type AdminSpeakerView struct {
	Slug, Name string
	Remarks    int
	Aliases    []string
	RenameURL  string
}

// UnresolvedView is a remark without a resolved speaker. SessionSlug,
// Label and Key go into its assign form.
type UnresolvedView struct {
	SessionSlug, SessionTitle, Label, Text, URL string
	Key                                         int
}
