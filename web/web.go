// Package web holds the templ components that render Plenary's pages. They
// take view models (plain structs defined here), never database types, so a
// page can be rendered and tested without a database.
package web

// Page is what every page tells the layout.
type Page struct {
	Title       string // <title>, without the site name
	Description string // meta description, also the social preview text
	Canonical   string // absolute URL when the page has a canonical one
	// Social is set on pages that preview when shared (a remark permalink).
	Social *Social
	Query  string // search box contents
	// Feed is the path of the page's own Atom feed ("/speakers/x/feed.atom"),
	// announced beside the site's feed of new sessions.
	Feed, FeedTitle string
}

// Social is Open Graph / Twitter card metadata.
type Social struct {
	Title       string
	Description string
	URL         string
	Type        string // "article"
}

// SessionLink is a session in a list.
type SessionLink struct {
	Slug     string
	Title    string
	Date     string // human form, "16 November 2016"; "" if unknown
	ISODate  string // "2016-11-16"; "" if unknown
	Location string
	Body     string // the body that met, "" if unknown
	Remarks  int
}

// YearGroup is the sessions of one year, for /sessions.
type YearGroup struct {
	Year     string // "2016", or "Undated"
	Sessions []SessionLink
}
