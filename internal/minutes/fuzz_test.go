package minutes

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are small snippets of each style of minutes the parser reads,
// so the fuzzer starts from inputs that reach every stage.
var fuzzSeeds = []string{
	"", " \n\t", "\x00\x01\x02", "**", "[a](",
	"1. Welcome\n\nJari Arkko welcomed everyone.\n",
	"3.1. IETF-wide issues\n\nOn behalf of ISOC, Gonzalo Camarillo presented. Andrew Sullivan replied that it works.\n",
	"EKR: Eric Rescorla\n\nEKR: hello\n???: who\nIssue being added to the tracker.\n",
	"# Title\n\n## Item\n\n**Bob:** hi\n- Alice: yes\n  - nested reply\n",
	"<html><body><h1>Minutes</h1><p>Bob said that it works.</p><ul><li>Ann: ok</li></ul></body></html>",
	"<h1>- DRAFT -</h1><dl><dt>Present</dt><dd>A_B, c</dd></dl><nav><p>x</nav><p class=irc>&lt;<cite>zakim</cite>&gt; q+</p><h2>Summary of action items</h2><p><span class=speaker>Mr X</span> Y",
	"<meta charset=iso-8859-2><p><b><span>Jos\xe9</span></b><span>:&nbsp;\x93x\x94<br>y<i>z</i></span><table><tr><td>a<td>b</table>",
	"A\x00:\x00 \x00b\x00\r\x00\n\x00",
	"\xef\xbb\xbfA\r\nB: c\r\n", "caf\xe9 said that \x93it\x94\r\n",
	"3.1. X\n\n>>JOHN DOE: hi\n\n[ Applause ]\n\n>>JANE ROE: thanks, John.\n",
	"---\ntitle: x\n---\n<pre>\nBob: hi\n</pre>\n",
	"| Name | Abbreviation |\n|---|---|\n| Ann Lee | AL |\n\nAL: hi",
	"## 4.1 AWB Presents changes\n\nDraft related bug filing\n\nA. Patterns\n\nAWB: yes\n",
	"# OWL Board: Minutes\n\nPresent: Ada Nwosu, Felix Moreau\n\n_Fictional._\n\n## Review\n\nAda: fine\n",
	"- Chairs: Lena Fischer (LF), Omar Haddad (OH)\n\n## 1. Bash\n\nLF: Any changes?\n",
	"1. Opening\n\nJim Reid, RTFM, agreed with the proposal.\n\nAlissa Cooper (Cisco) / IETF Chair\n\nAlissa: ok\n",
	"Monday Session 15:20-17:20\n\nMT: If there was a glue record. (not necessarily - according to others).\n",
	"AL:\u00a0 Can you specify? (check)\n\t\u2022\tGeneral issue\n\u2026 long discussion \u2026\n",
	"QUESTIONS WITHOUT NOTICE\n\nMr SMITH (Leader): Why?\n\nThe SPEAKER: Order!\n\nHon. Peter O'Brien: Point.\n",
	"## Item\n\nIan Swett: It is sequential. Martin: We fix it.\n\ndherman and others think so.\n\nRoom: none\n",
	"A. Matters\n\nThe chair, Gert Doering, opened the session.\n\n>>AMADEU ABRIL i ABRIL: a question\n",
	"[14:00:12] <mkaur> #startmeeting corvid\n(14:01) <@ann> #topic Budget\n[2030-03-14 14:02:00] <bo> ok\n* bo has joined #x\n14:03 <ann> #agreed yes\n",
	"TOPIC: \u0130stanbul\nItem 5 \u2013 Liaison\nAgenda item 2: x\n-- JR thinks so\n-- DA: fine\nMic: Yusuf Karim (Org) \u2014 hi\n",
	"Agenda\n\nThe situation\n\n     Report (S/1)\n\nAdoption of the agenda\n\nThe situation\n\nThe President: ok\n\nIn favour: A, B\n",
	"Present: Provost Ann Lee\n\n1. X\n\nThe Provost, replied; the Provost replied that no. The Treasurer, Mr. Lee, presented it.\n",
	// Forms first met in real minutes (testdata/real) and forms learnt
	// from a document's own repetition (induce.go).
	"<p>HON. R.S. AKBAR.- (Minister).- Thanks</p><p>Page 55</p><p>493</p><p>HON. SPEAKER.-</p><p>ROLL CALL</p><p>AND X</p>",
	"**\\<hyc>** time?  \n**\\<vtnerd\\_\\_>** hi\n[2020-03-10T16:08:21.871Z]\t<kimhd_>\tTopic: x\n<gannan> ... more\n",
	"**Terence**\n* ok\n\n[simeon] yes\n[rob] no\n\nSummary | Description\n-|-\n1 | x\n",
	"[gavel] Adams: Good.  Fish: 51?  12 of 18 Fritz: Aye.  Ron Geason, Sr. Manager, Bureau:  Hi\n",
	"9:07 AM \u2039\u2022nick> hi\n9:08 AM \u2039a> yo\n9:09 AM \u2039nick> x\n9:10 AM \u2039a> y\n9:11 AM \u2039nick> z\n9:12 AM \u2039a> w\n",
	"* So, **Tomasz** ideates. However, **Danny, Mikhail** and **Ansgar** share. It was noted that x. We discussed y.\n",
	// A space inside a holder's parenthesis once made an empty first name
	// (a Kenyan county assembly's Hansard); page furniture inside speech.
	"PRAYERS\nThe Temporary Speaker ( Hon. Alfred Mutai):  Clerk.\n (Hon. Stanley Karanja stood)\nThe Temporary Speaker ( Hon. Alfred Mutai): Yes?\n457\n\nSeanad\n",
	// Transcripts: subtitles (subtitles.go) and bold names with a time.
	"WEBVTT\n\n1\n00:01.000 --> 00:02.000\n<v Ann Lee>Hi <i>all</i></v>\n\n00:02.000 --> 00:03,000\n<v>\n\n00:03.000 --> 00:04.000 line:0\nBob: <00:03.500>ok\n",
	"**Jason Plum** 00:05 Hello.\n\n**GZ** [1:02:03]\n**x** 9:99 y\n",
	"`Molly`_ said ``x`` :r:`y <z>`__ `` ` :`:`_ `a`_\n.. _Molly: /m\n",
	// Upper-casing changes a string's length: "ɐ" is two bytes, "Ɐ" three.
	"ɐɐɐɐɐɐɐɐSPEAKER_1: hi\n\n[ɐɐɐɐɐɐɐɐSPEAKER_1] hi\n\n**ɐɐSpeaker 2** 00:01 x\n",
}

// FuzzParse checks the parser's promises on any input: it never panics;
// it fails only with one of the sentinel errors; every remark has text;
// and every string it returns is valid UTF-8, so the JSON is too.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		for _, name := range []string{"x.txt", "x.md", "x.html", ""} {
			f.Add([]byte(s), name)
		}
	}
	if c := os.Getenv("PLENARY_CORPUS"); c != "" {
		files, _ := filepath.Glob(filepath.Join(c, "raw", "*"))
		for _, p := range files {
			if src, err := os.ReadFile(p); err == nil && len(src) < 16<<10 {
				f.Add(src, filepath.Base(p))
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte, name string) {
		doc, err := Parse(src, Options{Name: name, KnownSpeakers: []string{"Eric Rescorla"}})
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrEncoding) && !errors.Is(err, ErrNoRemarks) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		checkDocument(t, doc)
	})
}

// checkDocument asserts the invariants of a parsed document.
func checkDocument(t *testing.T, doc *Document) {
	t.Helper()
	for _, s := range []string{doc.Title, doc.Date, doc.Location} {
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 in header %q", s)
		}
	}
	n := 0
	for _, it := range doc.Items {
		if !utf8.ValidString(it.Title) || !utf8.ValidString(it.Number) {
			t.Fatalf("invalid UTF-8 in item %q", it.Title)
		}
		for _, r := range it.Remarks {
			n++
			if r.Text == "" {
				t.Fatalf("empty remark in item %q", it.Title)
			}
			if !utf8.ValidString(r.Text) || r.Speaker != nil && !utf8.ValidString(*r.Speaker) ||
				r.Affiliation != nil && !utf8.ValidString(*r.Affiliation) {
				t.Fatalf("invalid UTF-8 in remark %q", r.Text)
			}
		}
	}
	if n == 0 {
		t.Fatal("a document without remarks must be ErrNoRemarks")
	}
	if _, err := json.Marshal(doc); err != nil {
		t.Fatalf("json: %v", err)
	}
}
