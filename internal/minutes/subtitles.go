package minutes

import (
	"html"
	"strings"
)

// Subtitle transcripts: the WebVTT files that Zoom, Teams and Meet save
// beside a recording, and SubRip (.srt) files. Each cue is a number or an
// identifier, a timing line ("00:00:01.000 --> 00:00:04.500"), then its
// text, with the speaker as "Name: text" or, in WebVTT, as a voice span
// ("<v Jason Plum>Hello.</v>"). subtitleText rewrites such a file into
// paragraphs of "Name: text", one per run of one speaker's cues, which
// the text reader already reads; the cue numbers and timings are the
// file's, not anyone's words.

// subtitleText returns text rewritten when it is a subtitle file: WebVTT
// by its first line, SubRip by its name or by its timing lines (three or
// more, a quarter of its non-blank lines or more: a cue is a number, a
// timing and a line or two), so that minutes quoting a few timings stay
// minutes.
func subtitleText(text, name string) (string, bool) {
	vtt := strings.HasPrefix(text, "WEBVTT")
	if !vtt && !strings.Contains(text, " --> ") {
		return text, false
	}
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	cues, filled := subtitleCues(lines), 0 // one cue per timing line
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			filled++
		}
	}
	named := hasSuffixFold(name, ".srt") || hasSuffixFold(name, ".vtt")
	if len(cues) == 0 || !vtt && !named && (len(cues) < 3 || len(cues)*4 < filled) {
		return text, false
	}
	var b strings.Builder
	speaker, open := "", false
	for _, cue := range cues {
		for _, v := range cueVoices(cue) {
			switch {
			case v.words == "":
				continue
			case open && (v.name == "" || v.name == speaker):
				b.WriteString(" ") // the same speaker's next cue
			default:
				if open {
					b.WriteString("\n\n")
				}
				if v.name != "" {
					b.WriteString(v.name + ": ")
				}
				speaker = v.name
			}
			b.WriteString(v.words)
			open = true
		}
	}
	b.WriteString("\n")
	return b.String(), true
}

// subtitleCues returns the text lines of each cue, joined by spaces: what
// follows a timing line up to the next blank line. The header, NOTE,
// STYLE and REGION blocks and the cue numbers come before a timing line
// and are left out.
func subtitleCues(lines []string) []string {
	var cues []string
	for i := 0; i < len(lines); i++ {
		if !isCueTiming(lines[i]) {
			continue
		}
		var text []string
		for i++; i < len(lines) && strings.TrimSpace(lines[i]) != ""; i++ {
			text = append(text, strings.TrimSpace(lines[i]))
		}
		cues = append(cues, strings.Join(text, " "))
	}
	return cues
}

// isCueTiming reports a cue's timing line: "00:00:01.000 --> 00:00:04.500"
// (WebVTT, hours optional, settings after it) or "00:00:01,000 -->
// 00:00:04,500" (SubRip).
func isCueTiming(l string) bool {
	start, end, ok := strings.Cut(l, " --> ")
	if !ok {
		return false
	}
	end, _, _ = strings.Cut(end, " ")
	return cueTime(start) && cueTime(end)
}

// cueTime reports a cue time: "00:01.000", "00:00:01.000", "00:00:01,000".
func cueTime(s string) bool {
	clock, frac, ok := strings.Cut(strings.Replace(s, ",", ".", 1), ".")
	if !ok || len(frac) != 3 || atoiSmall(frac) < 0 {
		return false
	}
	i, _ := clockEnd(clock)
	return i > 0 && i == len(clock)
}

// voice is what one speaker says in a cue.
type voice struct{ name, words string }

// cueVoices returns what each voice of a cue says: the name of each
// WebVTT "<v Name>" span, else "" and the text as it is, unless it opens
// with "Name: " (a SubRip cue). Other tags (<i>, <c.loud>,
// <00:00:02.000>) are dropped and character references decoded.
func cueVoices(cue string) []voice {
	var out []voice
	for _, part := range splitVoices(cue) {
		name := ""
		if rest, ok := strings.CutPrefix(part, "<v"); ok {
			if end := strings.IndexByte(rest, '>'); end > 0 {
				if sp := strings.IndexByte(rest[:end], ' '); sp >= 0 {
					name = strings.TrimSpace(rest[sp+1 : end])
				}
				part = rest[end+1:]
			}
		}
		// A dash sets off each voice of a cue that holds two.
		words := strings.TrimSpace(strings.TrimRight(html.UnescapeString(dropTags(part)), " -"))
		if c := strings.Index(words[:min(len(words), 48)], ": "); name == "" && c > 0 && (isPersonName(words[:c]) && countWords(words[:c]) <= 4 || isNick(words[:c])) {
			name, words = words[:c], strings.TrimSpace(words[c+2:]) // "Jason Plum: Hello."
		}
		out = append(out, voice{name, words})
	}
	return out
}

// splitVoices cuts a cue before each voice span it opens ("- <v Ana>Yes.
// - <v Bob>No."); "<video>" is no voice.
func splitVoices(cue string) []string {
	var parts []string
	start := 0
	for i := 1; i+2 < len(cue); i++ {
		if cue[i] == '<' && cue[i+1] == 'v' && (cue[i+2] == ' ' || cue[i+2] == '.') {
			parts = append(parts, cue[start:i])
			start = i
		}
	}
	return append(parts, cue[start:])
}

// dropTags removes what stands between < and > from a cue's text.
func dropTags(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	for {
		open := strings.IndexByte(s, '<')
		if open < 0 {
			break
		}
		end := strings.IndexByte(s[open:], '>')
		if end < 0 {
			break
		}
		b.WriteString(s[:open])
		s = s[open+end+1:]
	}
	b.WriteString(s)
	return b.String()
}
