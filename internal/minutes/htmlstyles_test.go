package minutes

import (
	"strings"
	"testing"
	"unicode/utf16"
)

// TestHTMLStyles checks minutes published as HTML: scribe.perl output
// (old and new markup), Markdown rendered by a tracker, parliamentary
// records, word-processor exports and web pages full of boilerplate. The
// inputs are invented snippets in each style's markup.
func TestHTMLStyles(t *testing.T) {
	checkTurns(t, []turnCase{
		{"scribe.perl (2010s): cite labels, IRC lines, continuations, bots, commands and outcomes", "x.html",
			`<html><head><title>WTWG Teleconference -- 14 Oct 2014</title></head><body>
<h1>- DRAFT -</h1><h1>WTWG Teleconference</h1><h2>14 Oct 2014</h2>
<h2><a name="attendees">Attendees</a></h2><div class="intro"><dl><dt>Present</dt><dd>Priya_Raman, Tomas_Novak, +1.617.555.aaaa</dd><dt>Chair</dt><dd>Priya</dd></dl></div>
<h2>Contents</h2><ul><li><a href="#item01">Manifest</a></li></ul><hr />
<div class="meeting"><p class='irc'>&lt;<cite>trackbot</cite>&gt; Date: 14 October 2014</p>
<p class='irc'>&lt;<cite>tomas</cite>&gt; scribe: Tomas</p>
<h3 id="item01">Manifest</h3>
<p class='phone'><cite>Priya:</cite> any objection to deprecating it?</p>
<p class='phone'><cite>Tomas:</cite> none<br />&hellip; but keep a note</p>
<p class='phone'>&hellip; in the spec</p>
<p class='phone'><strong class='resolution'>RESOLUTION: deprecate the field</strong></p>
<p class='phone'><strong>ACTION:</strong> Tomas to write the note</p></div>
<h2><a name="ActionSummary">Summary of Action Items</a></h2>
<strong>[NEW]</strong> <strong>ACTION:</strong> Tomas to write the note<br />[End of minutes]<br />
<address>Minutes formatted by scribe.perl version 1.138</address>
<div class="diagnostics"><h2>Scribe.perl diagnostic output</h2><pre>Found Scribe: Tomas</pre></div></body></html>`,
			[]string{"-: Date: 14 October", "-: scribe: Tomas", "Priya Raman: any objection to", "Tomas Novak: none … but",
				"Tomas Novak: … in the", "-: RESOLUTION: deprecate the", "-: ACTION: Tomas to"}},
		{"scribe.perl (2020s): header, prelims, sections and recaps", "x.html",
			`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>SCWG – 09 May 2023</title></head><body>
<header><h1>– DRAFT –<br>Spatial Canvas WG</h1><h2>09 May 2023</h2><nav id=links><a href="x">IRC log</a></nav></header>
<div id=prelims><div id=attendees><h2>Attendees</h2><dl class=intro><dt>Present</dt><dd>anika, dmitri</dd><dt>Chair</dt><dd>anika</dd></dl></div>
<nav id=toc><h2>Contents</h2><ol><li><a href="#t01">Depth sorting</a></li></ol></nav></div>
<main id=meeting class=meeting><h2>Meeting minutes</h2><section><h3 id=t01>Depth sorting</h3>
<p id=x002 class=phone><cite>dmitri:</cite> layers flicker on equal depth</p>
<p id=x003 class=phone>… the spec is silent</p>
<p id=x005 class=irc>&lt;<cite>anika</cite>&gt; scribenick: anika</p>
<p id=x006 class=irc>&lt;<cite>anika</cite>&gt; insertion order works</p>
<p id=x009 class=resolution><strong>RESOLUTION:</strong> use insertion order</p></section></main>
<div id=ActionSummary><h2>Summary of action items</h2><ol><li><a href="#a01">dmitri to open a PR</a></li></ol></div>
<div id=ResolutionSummary><h2>Summary of resolutions</h2><ol><li><a href="#r01">use insertion order</a></li></ol></div>
<address>Minutes manually created, formatted by scribe.perl version 210.</address>
<div class=diagnostics><h2>Diagnostics</h2><p class=warning>All speakers: anika, dmitri</p></div></body></html>`,
			[]string{"dmitri: layers flicker on", "dmitri: … the spec", "-: scribenick: anika", "anika: insertion order works", "-: RESOLUTION: use insertion"}},
		{"tracker HTML from Markdown: bullets, bold labels, nested replies, pre", "x.html",
			`<html><head><title>Minutes IETF 121: widgetwg</title></head><body><nav class="navbar"><ul><li><a href="/doc/">Documents</a></li></ul></nav>
<h1>Widget Protocol WG</h1><p>Tuesday, 5 November 2024<br>Chairs: Noor Haddad, Piet Jansen</p>
<h2>1. Framing (Kenji Sato)</h2><ul><li><strong>Kenji Sato</strong>: Three issues remain.</li>
<li>Noor Haddad: Can we close issue 12?<ul><li>Kenji Sato: Yes, the PR is ready.</li><li>Martin Ruiz: I still have a concern.</li></ul></li>
<li><strong>Martin Ruiz:</strong> Larger frames help.</li></ul><pre><code>Frame { Length (16) }</code></pre>
<h2>2. AOB</h2><p>None.</p></body></html>`,
			[]string{"Kenji Sato: Three issues remain.", "Noor Haddad: Can we close", "Kenji Sato: Yes, the PR", "Martin Ruiz: I still have",
				"Martin Ruiz: Larger frames help.", "-: Frame { Length", "-: None."}},
		{"parliamentary HTML: speaker markup without colons, times, procedure in italics, division tables", "x.html",
			`<html><body class="page has-sidebar"><header class="site-header"><ul class="menu"><li><a href="/">Members</a></li></ul></header>
<article><h1>Legislative Assembly Hansard</h1><p>Tuesday, 12 March 2024</p><h2>Questions Without Notice</h2>
<p><em>Mr Speaker took the Chair at 2.30 pm.</em></p>
<p><strong>Ms HARPER</strong> (Eastvale) (14:32): How many homes were completed?</p>
<p><span class="speaker">The PREMIER (Ruth Okonkwo)</span> Eleven thousand.</p>
<p><b>Mr SPEAKER:</b> Order!</p><p><i>Interjections.</i></p>
<p><b>Mr Tom REEVE</b> (Westfield): Point of order.</p>
<h2>Division</h2><table><tr><th>Ayes</th><th>Noes</th></tr><tr><td>Harper, J</td><td>Reeve, T</td></tr></table>
<p><em>Question agreed to.</em></p></article><footer><p>Cookies policy</p></footer></body></html>`,
			[]string{"-: Mr Speaker took", "Ms HARPER: How many homes", "Ruth Okonkwo: Eleven thousand.", "Speaker: Order!", "-: Interjections.",
				"Tom REEVE: Point of order.", "-: Question agreed to."}},
		{"web page boilerplate: scripts, styles, comments, banners, menus, sidebars, footers, hidden text", "x.html",
			`<html><head><title>Parks Committee | City</title><script>document.write("<p>Bob Smith: injected</p>")</script><style>.x:after{content:"Alice: no"}</style></head>
<body class="has-sidebar"><a class="skip-link" href="#c">Skip to content</a><div id="cookie-banner"><p>Ann Lee: we use cookies</p></div>
<nav><ul><li>Home</li></ul></nav><div class="breadcrumbs">Home / Minutes</div><div id="c"><!-- <p>Carol Diaz: hidden</p> -->
<h1>Parks Committee – Minutes</h1><p>8 June 2021, Council Chamber</p><h2>1. Playground</h2>
<p>Cr Hana Webb: The equipment arrives in August.</p><p>Cr Omar Fitz: Is the slide kept?</p><noscript><p>Enable JavaScript.</p></noscript></div>
<aside><h2>News</h2><p>Pool reopens.</p></aside><div class="share-buttons">Share</div><footer><h2>Contact</h2><p>Phone: 555 0100</p></footer>
<div style="display: none">Dave Hidden: secret</div><div hidden>Eve: hidden</div></body></html>`,
			[]string{"Hana Webb: The equipment arrives", "Omar Fitz: Is the slide"}},
	})
}

// TestHTMLHeaders checks title, date, location and agenda items read from
// HTML pages: draft marks, date headings, recap and roster sections, and
// the page <title> when the body has no top-level heading.
func TestHTMLHeaders(t *testing.T) {
	tests := []struct {
		rule, src, title, date, place, items string
	}{
		{"a draft mark is not the title; captions and recaps are not items",
			"<h1>- DRAFT -</h1><h1>WTWG Teleconference</h1><h2>14 Oct 2014</h2><h2>Attendees</h2><p>Present: Ann Lee</p><h2>Contents</h2><ul><li><a href='#i1'>Manifest</a></li></ul><h3 id=i1>Manifest</h3><p>Ann Lee: ok</p><h2>Summary of Action Items</h2><p>ACTION: Ann to write</p>",
			"WTWG Teleconference", "2014-10-14", "", "Manifest"},
		{"the page title stands in for a missing <h1>; a dated line is not item 8",
			"<html><head><title>Parks Committee Minutes</title></head><body><p>8 June 2021, Council Chamber</p><h2>1. Playground</h2><p>Ann Lee: ok</p></body></html>",
			"Parks Committee Minutes", "2021-06-08", "Council Chamber", "1 Playground"},
		{"a generic 'Meeting minutes' heading is not an item",
			"<h1>Board</h1><h2>2 May 2022</h2><h2>Meeting minutes</h2><h3>Budget</h3><p>Ann Lee: ok</p><h3>Roof</h3><p>Bo Li: fine</p>",
			"Board", "2022-05-02", "", "Budget|Roof"},
		{"a printed heading in capitals over two lines is one item; an ordinal is a word, a year is not",
			"<h1>Council</h1><p>12 May 2022</p><p>200TH ANNIVERSARY OF THE<br>TOWN CHARTER</p><p>Ann Lee: It is a fine day for the town and its people.</p>" +
				"<p>2022 BUDGET</p><p>Bo Li: The numbers are in and they are good for us all.</p>",
			"Council", "2022-05-12", "", "200TH ANNIVERSARY OF THE TOWN CHARTER"},
	}
	for _, tt := range tests {
		doc, err := Parse([]byte(tt.src), Options{Name: "x.html"})
		if err != nil {
			t.Errorf("%s: %v", tt.rule, err)
			continue
		}
		got := []string{doc.Title, doc.Date, doc.Location, itemsOf(doc)}
		if want := []string{tt.title, tt.date, tt.place, tt.items}; strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", tt.rule, got, want)
		}
	}
}

// TestWordExportAndEncodings checks word-processor HTML in Windows-1252
// (spans inside labels, &nbsp;, <o:p>, <br> lines, CRLF), a declared
// legacy charset, and plain text in Latin-1 and UTF-16 with and without a
// byte order mark: accented names are kept and resolved.
func TestWordExportAndEncodings(t *testing.T) {
	word := "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\"><style><!-- p.MsoNormal {margin:0cm} --></style></head>\r\n" +
		"<body lang=EN-GB><div class=WordSection1><p class=MsoTitle><span>Harbour Board Meeting<o:p></o:p></span></p>\r\n" +
		"<p class=MsoNormal><span>Present: Jos\xe9 M\xfcller, Ana\xefs Dubois, Bj\xf6rn Svensson<o:p></o:p></span></p>\r\n" +
		"<h1><span>1.&nbsp;&nbsp;Treasurer\x92s report<o:p></o:p></span></h1>\r\n" +
		"<p class=MsoNormal><b><span>Jos\xe9 M\xfcller</span></b><span>: The accounts are in order.<o:p></o:p></span></p>\r\n" +
		"<p class=MsoNormal><b><span>Ana\xefs Dubois:</span></b><span>&nbsp;\x93Can we fix the roof?\x94<o:p></o:p></span></p>\r\n" +
		"<p class=MsoNormal><span>Bj\xf6rn: I agree.<br>\r\nJos\xe9: Then we propose it.<o:p></o:p></span></p>\r\n" +
		"<p class=MsoNormal><b><span>Bj\xf6rn Svensson</span></b><span> The quote was \x8020,000.</span></p>\r\n" +
		"<p class=MsoNormal><i><span>The meeting closed at 20:10.</span></i></p></div></body></html>"
	text := "Harbour Board \x96 Minutes\r\n\r\nPresent: Jos\xe9 M\xfcller, Ana\xefs Dubois\r\n\r\n1. Report\r\n\r\nJos\xe9: In order.\r\n\r\nAna\xefs: \x93Good.\x94\r\n"
	textTurns := []string{"José Müller: In order.", "Anaïs Dubois: “Good.”"}
	checkTurns(t, []turnCase{
		{"Word HTML in Windows-1252", "x.html", word, []string{"José Müller: The accounts are", "Anaïs Dubois: “Can we fix",
			"Björn Svensson: I agree.", "José Müller: Then we propose", "Björn Svensson: The quote was", "-: The meeting closed"}},
		{"a declared ISO-8859-2 charset", "x.html",
			"<html><head><meta charset=\"iso-8859-2\"></head><body><h1>Z\xe1pis</h1><h2>1. Rozpo\xe8et</h2><p><b>Ji\xf8\xed Dvo\xf8\xe1k:</b> Je vyrovnan\xfd.</p></body></html>",
			[]string{"Jiří Dvořák: Je vyrovnaný."}},
		{"Windows-1252 text with CRLF", "x.txt", text, textTurns},
		{"UTF-16 with a byte order mark", "x.txt", utf16Bytes(text, true, false), textTurns},
		{"UTF-16LE without a byte order mark", "x.txt", utf16Bytes(text, false, false), textTurns},
		{"UTF-16BE without a byte order mark", "x.txt", utf16Bytes(text, false, true), textTurns},
	})
}

// utf16Bytes encodes Windows-1252 test text (as bytes in a string) in
// UTF-16, little- or big-endian, with or without a byte order mark.
func utf16Bytes(cp1252 string, bom, big bool) string {
	u, err := decodeLegacy([]byte(cp1252))
	if err != nil {
		panic(err)
	}
	units := utf16.Encode([]rune(string(u)))
	var b strings.Builder
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	for _, c := range units {
		if big {
			b.WriteByte(byte(c >> 8))
			b.WriteByte(byte(c))
		} else {
			b.WriteByte(byte(c))
			b.WriteByte(byte(c >> 8))
		}
	}
	return b.String()
}

// TestDefinitionListTerms checks that a <dt> naming a header key marks
// its entry as metadata, whether or not the term carries its own colon.
func TestDefinitionListTerms(t *testing.T) {
	tests := []struct {
		src  string
		meta bool
	}{
		{"<dl><dt>Chair</dt><dd>Ann Lee</dd></dl>", true},
		{"<dl><dt>Chair:</dt><dd>Ann Lee</dd></dl>", true},
		{"<dl><dt>Present :</dt><dd>Ann Lee, Bo Li</dd></dl>", true},
		{"<dl><dt>Ann Lee</dt><dd>The accounts are in order.</dd></dl>", false},
	}
	for _, tt := range tests {
		blocks := readHTMLBlocks(tt.src, 1)
		if len(blocks) != 1 {
			t.Errorf("%s: %d blocks, want 1", tt.src, len(blocks))
			continue
		}
		if blocks[0].meta != tt.meta {
			t.Errorf("%s: meta = %v, want %v (lines %q)", tt.src, blocks[0].meta, tt.meta, blocks[0].lines)
		}
	}
}

// TestSpeakerAttribute checks a record that gives each speech's speaker
// only in the markup (Canada's House of Commons committee evidence as
// openparliament.ca converts it): the attribute heads the speech as a
// printed label would, the holder named in its parenthesis.
func TestSpeakerAttribute(t *testing.T) {
	src := `<html><body><h1>Standing Committee on Veterans Affairs</h1>
<div class="statement" data-person-speaking-attribution="The Clerk of the Committee (Mr. Georges Etoka)"><p>I see a quorum. I am ready to receive motions for the chair.</p></div>
<div class="statement" data-person-speaking-attribution="Mr. Peter Stoffer (Sackville—Eastern Shore, NDP)"><p>I nominate Mr. Galipeau.</p></div>
<div class="statement" data-person-speaking-attribution="Some hon. members"><p>Hear, hear!</p></div>
</body></html>`
	doc := mustParse(t, src, "x.html")
	if got, want := remarkSpeakers(doc), "Georges Etoka Peter Stoffer -"; got != want {
		t.Errorf("speakers %q, want %q", got, want)
	}
}

// TestBoldSubjectInHTML checks minutes in HTML that set the subject of a
// status report in bold ("<b>Colin Finck</b> traveled …", ReactOS's
// meeting minutes) under "Point N: Title" headings: the bold name is the
// speaker, as in Markdown, and the point is a numbered item.
func TestBoldSubjectInHTML(t *testing.T) {
	src := `<html><body><h1>Meeting minutes</h1><h2>Point 1: Status Reports</h2>
<p><b>Colin Finck</b> traveled through Sweden in September and met two developers.</p>
<p><b>Mark Jansen</b> has done work in many different areas.</p>
<h2>Point 2: Jira tickets workflow</h2><p>We agreed to close stale tickets.</p></body></html>`
	doc := mustParse(t, src, "x.html")
	if got, want := remarkSpeakers(doc), "Colin Finck Mark Jansen -"; got != want {
		t.Errorf("speakers %q, want %q", got, want)
	}
	if len(doc.Items) != 2 || doc.Items[0].Number != "1" || doc.Items[0].Title != "Status Reports" {
		t.Errorf("items %+v, want 1 Status Reports and 2 Jira tickets workflow", doc.Items)
	}
}
