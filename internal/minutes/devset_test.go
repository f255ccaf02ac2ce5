package minutes

import (
	"path/filepath"
	"testing"
)

// devsetThresholds are deliberately modest bars for the private
// development set: it guards against regressions on styles the seven
// gold files lack, and is not a target to tune the parser to.
var devsetThresholds = map[string]float64{
	"attribution": 0.90, "turns": 0.85, "agenda_f1": 0.85,
}

// TestDevset scores the invented minutes in testdata/devset (one per
// style of the held-back minutes: bullets under "Name:" headers, outline
// notes, prose open mic, roll calls, transcripts, motions, Hansard, IRC
// logs, CRLF, Windows-1252; and styles beyond them: a timestamped
// meeting-bot log, messy board-call notes with initials, a university
// senate's narrative HTML, team notes in Markdown, a UN-style verbatim
// record, newer scribe.perl HTML, an interim with "Name (Org):" labels, a
// municipal council's Word export, a standards committee's report, and
// a foundation board's minutes, which the parser still reads poorly)
// against their hand-made gold files, with the
// corpus's score.py, exactly as TestGold scores the real ones.
func TestDevset(t *testing.T) {
	t.Parallel()
	corpus := corpusDir(t)
	py := python(t)
	golds, _ := filepath.Glob(filepath.Join("testdata", "devset", "*.gold.txt"))
	if len(golds) == 0 {
		t.Fatal("no gold files in testdata/devset")
	}
	raw := func(name string) string { return filepath.Join("testdata", "devset", name) }
	total, _ := scoreSet(t, py, corpus, golds, raw)
	checkThresholds(t, total, devsetThresholds)
}

// realDevsetThresholds are a ratchet at what the parser reaches on the
// real minutes of testdata/real (issue 10): raise them as it improves.
// They are set again, never lowered, only when the set grows: with 89
// documents (fourteen added in the third session of 2026-12-07, each
// sealed until scored: 0.00, 0.00, 0.08, 0.66; 0.39, 0.80, 0.90; 0.07,
// 0.88, 0.50; 0.87, 0.75, 0.89, 0.95 attribution when first parsed, the
// last four with the session's final rules) they stood at 0.928 / 0.904
// / 0.995 / 0.802, below the 0.934 / 0.908 / 0.996 / 0.828 the first 75
// reach. With 93 (the fourth session added two parish council minutes
// and two Papua New Guinea questions, chosen as siblings of held-out
// documents that scored low: 0.66, 0.55, 0.88, 0.13 attribution at the
// session's start) the 89 reach 0.929 / 0.905 / 0.996 / 0.817. With 96
// (three more Papua New Guinea records, siblings of a held-out question:
// 0.009, 0.395, 0.016 attribution at the session's start) the 93 reach
// 0.929 / 0.902 / 0.995 / 0.820. With 104 (the sixth session added eight
// documents of eight new bodies — a Slack export, a meetingology IRC log,
// three Hansards of Kenya, Uganda and Ireland, three foundation TSCs'
// notes — scoring 0.000, 0.949; 0.000, 0.863, 0.983; 0.689, 0.884, 0.944
// attribution at the session's start, the first Kenyan one refused with
// a panic) the 96 reach 0.933 / 0.902 / 0.995 / 0.810, all 104 0.934 /
// 0.902 / 0.995 / 0.789 (the Hansards' single headings are not found).
// With 110 (six more: Ghana's parliament, the Joyent Node.js advisory
// board, IETF DANCE, unread until scored at 0.920, 0.984, 0.847; and
// siblings of three sealed documents that scored low — Tox's IRC
// meeting, a Jupyter community call, an MDN community meeting — at
// 0.009, 0.323, 0.764) the 104 reach 0.935 / 0.904 / 0.995 / 0.791, all
// 110 0.934 / 0.905 / 0.996 / 0.791. With 115 (five more, each scored
// before it was read: IETF TSVWG, WISH and HAPPY, Ontario's Hansard, the
// OpenJS standards team — 0.794, 0.169, 0.969, 0.955, 0.965) the 110
// reach 0.935 / 0.906 / 0.996 / 0.795, all 115 0.934 / 0.904 / 0.996 /
// 0.792.
// Raised since with the rules of the session: 0.934 / 0.912 / 0.996 /
// 0.815. With 117 (siblings of two more sealed documents that scored
// low, a Solana community call and a Mathesar team meeting, 0.966 and
// 0.629 when first parsed) 0.932 / 0.911 / 0.996 / 0.817 (the ratchet
// keeps 0.931: the attribution is 0.93199…).
// With 128 (eleven more, each scored before it was read: a town board of
// selectmen, the Open Mainframe TAC, UXL's Math SIG, a conference panel
// transcript, two Rez TSC meetings, two W3C WebML CG calls, a California
// Assembly hearing, OASIS SARIF, IETF SCIM — 0.010, 0.009, 0.351, 0.925,
// 0.047, 0.059, 0.977, 0.994, 0.992, 0.749, 0.883) and the seventh
// session's rules, all 128 reach 0.925 / 0.908 / 0.995 / 0.808 and the
// 117 of before stay at 0.932 / 0.912 / 0.996 / 0.817.
// With 134 (six more, scored before they were read: the Haskell
// Foundation's stability working group, OWASP's Global Industry
// Committee, two Software Carpentry steering committee meetings, two npm
// Open RFC calls — 0.822, 0.429, 0.914, 0.852, 0.575, 0.036; after the
// rules they prompted, 0.822, 0.751, 0.914, 0.852, 0.575, 0.990) all 134
// reach 0.922 / 0.906 / 0.995 / 0.799.
// With 154 (twenty more: Eclipse Foundation board ×2, Perl Steering
// Committee, Juno's dev department, OCI reference-types WG ×2, Govan
// community council, Akash ×3, Cardano CIP editors ×3, Ecma TC55,
// libp2p, MirageOS, scikit-learn, Open UI's IRC log, and two siblings of
// sealed documents that scored low, Intersect's OSC and San Juan USD's
// board — 0.570 on the twenty with the session's first parser, 0.873
// after its rules) all 154 reach 0.918 / 0.900 / 0.995 / 0.759.
// Raised with the session's last rules (Govan, OCI, UXL): 0.924 / 0.902 /
// 0.997 / 0.767.
// With 173 (the eighth session's nineteen, of fourteen bodies new to the
// set — IETF ALTO ×2, Grin's community council ×2, the Rust Foundation's
// safety-critical consortium ×2, a Seattle community council ×2, OpenEXR
// and OpenColorIO TSCs, WG21 SG16, OpenID FAPI, HacDC, Kanthaus, UWCS,
// two Monero IRC logs, Ethereum Cat Herders, Polygon — scored before
// they were read: 0.817 on arrival, 0.930 after the rules they prompted)
// all 173 reach 0.925 / 0.904 / 0.997 / 0.769.
// With 184 (eleven more of eleven bodies — IRTF NWCRG, COINRG and an
// IDRNG side meeting, Babel, webpack's core team and its TSC's chat
// transcript, Ayton community council, a homeowners' association board,
// the FedID, Social Web and JSON-LD W3C community groups, the last a raw
// IRC log — 0.836 on arrival, 0.930 after the rules they prompted) all
// 184 reach 0.925 / 0.906 / 0.997 / 0.771.
// With 194 (ten more of ten bodies — IETF RATS and NASR interims, ASWF's
// CI and Python 3 working groups, a CNCF GitOps committee's Zoom chat,
// Open Web Docs, Laminas' TSC, GraphQL.js, IPLD, an OpenJS summit
// session — 0.791 on arrival, 0.871 after the Zoom chat was read) all
// 194 reach 0.923 / 0.904 / 0.997 / 0.779.
// With 205 (eleven more of eight bodies — Cooper Union's student and
// faculty notes ×3, IETF PCE, the IAB/GSMA MaRNEW workshop, Mozilla Tech
// Speakers, Dart's DEP committee, the CA/B Forum validation subcommittee
// ×2, the TEI Council, the SBGN editors — 0.773 on arrival, 0.796 after
// the rules they prompted, agenda F1 0.52 -> 0.72; one, an anonymised
// "S"/"F" record, still scores 0) all 205 reach 0.918 / 0.899 / 0.997 /
// 0.788.
// With 208 (the IETF LOOPS side meeting and ASDF BoF, SeaGL's organisers
// — 0.852 on arrival; the SeaGL gold, as its helper wrote it, counted the
// pad's guidelines inside an HTML comment as remarks, and now has them as
// metadata: a reader never sees them) all 208 reach 0.919 / 0.900 / 0.997
// / 0.791; raised with the rules that came after (0.920 / 0.901 / 0.997 /
// 0.791).
// With 218 (ten more of ten bodies — the Port of Alsea's commissioners,
// Giveth's governance circle, the Carpentries' maintainers, the IACT DL3
// data-format telcon, a CS graduate town hall, IATI's stewardship group,
// a Quaker business meeting in reStructuredText, the SRCF's first AGM,
// Hypha's all-hands and a German hackerspace's annual meeting — 0.740 on
// arrival) all 218 reach 0.913 / 0.893 / 0.995 / 0.787.
// With 220 (JupyterHub's team meeting and the W3C PATCG's telecon, 0.857
// on arrival), after the rules they all prompted, all 220 reach 0.914 /
// 0.895 / 0.995 / 0.787.
var realDevsetThresholds = map[string]float64{
	"attribution": 0.914, "turns": 0.895, "coverage": 0.995, "agenda_f1": 0.787,
}

// TestRealDevset scores the real minutes of testdata/real (many bodies
// and kinds, see its SOURCES.md) against their gold files, as TestGold
// scores the shared corpus.
func TestRealDevset(t *testing.T) {
	t.Parallel()
	corpus := corpusDir(t)
	py := python(t)
	golds, _ := filepath.Glob(filepath.Join("testdata", "real", "*.gold.txt"))
	if len(golds) < 30 {
		t.Fatalf("%d gold files in testdata/real, want 30 or more", len(golds))
	}
	raw := func(name string) string { return filepath.Join("testdata", "real", name) }
	total, files := scoreSet(t, py, corpus, golds, raw)
	checkThresholds(t, total, realDevsetThresholds)
	// A structural mistake (a recap heading, a table, a caption read as
	// metadata) loses most of a document at once, which a total of 154
	// documents hides: every document keeps three quarters of its text.
	for name, m := range files {
		if m["coverage"] < minRealCoverage {
			t.Errorf("%s: coverage %.3f, want >= %.2f: a section or list of it is dropped", name, m["coverage"], minRealCoverage)
		}
	}
}

// minRealCoverage is the least coverage any real document may have (the
// lowest today is 0.765, a CircuitPython meeting's plain-text notes).
const minRealCoverage = 0.75
