package minutes

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipper drops an element with everything inside it: scripts and styles,
// and the parts of a web page that are not the minutes (navigation,
// forms, footers, cookie banners). Elements of the same name nested in the
// skipped one are counted, so the skip ends at its own end tag.
type skipper struct {
	name string // the skipped element, "" when not skipping
	n    int    // open elements of that name
}

// skipTags are elements that never hold minutes text. <header> is kept:
// the minutes' own title and date are often in it (scribe.perl output).
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Nav: true, atom.Aside: true, atom.Form: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Iframe: true,
	atom.Object: true, atom.Footer: true, atom.Address: true, atom.Menu: true,
	atom.Dialog: true, atom.Label: true,
}

func (s *skipper) active() bool { return s.name != "" }

func (s *skipper) begin(name string) { s.name, s.n = name, 1 }

// enter reports a start tag that is skipped, beginning a skip at a
// skipped element.
func (s *skipper) enter(a atom.Atom, name string, selfClosing bool) bool {
	if s.active() {
		if name == s.name && !selfClosing {
			s.n++
		}
		return true
	}
	if skipTags[a] && !selfClosing {
		s.begin(name)
		return true
	}
	return false
}

// leave reports an end tag consumed by a skip. The end of the body ends
// any skip, so that an unclosed <nav> does not swallow the page.
func (s *skipper) leave(a atom.Atom, name string) bool {
	if !s.active() {
		return false
	}
	if a == atom.Body || a == atom.Html {
		s.name = ""
		return false
	}
	if name == s.name {
		if s.n--; s.n == 0 {
			s.name = ""
		}
	}
	return true
}

// canSkip reports elements that may be skipped for their attributes:
// not void elements, which have no end tag to end the skip, and not the
// page's main containers, whose classes often name the site's layout
// ("has-sidebar") rather than what they hold.
func canSkip(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr,
		atom.Html, atom.Body, atom.Main, atom.Article, atom.Head, atom.Title:
		return false
	}
	return true
}

// tagAttrs are the attributes of a start tag the reader looks at.
type tagAttrs struct {
	role, class, id, style string
	// speaker is a speech's speaker given as an attribute of its element
	// ("data-speaker", Canada's "data-person-speaking-attribution"), by
	// records that print no label in the text.
	speaker string
	hidden  bool
}

// readAttrs reads the attributes of the current start tag (the
// tokenizer hands them out once).
func readAttrs(z *html.Tokenizer) tagAttrs {
	var t tagAttrs
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "role":
			t.role = strings.ToLower(string(v))
		case "class":
			t.class = string(v)
		case "id":
			t.id = string(v)
		case "style":
			t.style = string(v)
		case "hidden":
			t.hidden = true
		case "aria-hidden":
			t.hidden = t.hidden || string(v) == "true"
		case "data-speaker", "data-speaker-name", "data-person-speaking-attribution":
			t.speaker = strings.Join(strings.Fields(string(v)), " ")
		}
		if !more {
			return t
		}
	}
}

// isBoilerplate reports the marks of page furniture in a tag's
// attributes: a navigation or banner role, hidden content, or a class or
// id naming a menu, cookie notice, sidebar, footer or tool diagnostics.
func (t tagAttrs) isBoilerplate() bool {
	if t.hidden || boilerRoles.has(t.role) || hasBoilerWord(t.class) || hasBoilerWord(t.id) {
		return true
	}
	return t.style != "" && strings.Contains(strings.ReplaceAll(strings.ToLower(t.style), " ", ""), "display:none")
}

var boilerRoles = wordSet(`navigation contentinfo search complementary dialog alertdialog menu menubar toolbar`)

// boilerWords are the words of class names and ids of page furniture.
// "header" and "banner" are not among them: a page header often holds
// the minutes' own title.
var boilerWords = wordSet(`nav navbar navigation menu menubar submenu breadcrumb breadcrumbs cookie cookies
consent gdpr sidebar footer skip skiplink share sharing social advert advertisement ads popup modal
toolbar pagination diagnostics newsletter subscribe`)

// hasBoilerWord splits a class or id value into words at spaces,
// hyphens and underscores and looks each up.
func hasBoilerWord(v string) bool {
	if len(v) > 200 {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(v), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == '\t'
	}) {
		if boilerWords.has(w) {
			return true
		}
	}
	return false
}
