package minutes

import "strings"

// Subtitle transcripts: the WebVTT files that Zoom, Teams and Meet save
// beside a recording, and SubRip (.srt) files. Each cue is a number or an
// identifier, a timing line ("00:00:01.000 --> 00:00:04.500"), then its
// text, with the speaker as "Name: text" or, in WebVTT, as a voice span
// ("<v Jason Plum>Hello.</v>"). subtitleText rewrites such a file into
// paragraphs of "Name: text", one per run of one speaker's cues, which
// the text reader already reads; the cue numbers and timings are the
// file's, not anyone's words.

// subtitleText returns text rewritten when it is a subtitle file: WebVTT
// by its first line, SubRip by its timing lines (three or more, and a
// timing line under most cue numbers).
func subtitleText(text string) (string, bool) {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	vtt := strings.HasPrefix(lines[0], "WEBVTT")
	if !vtt && !strings.Contains(text, " --> ") {
		return text, false
	}
	timings := 0
	for _, l := range lines {
		if isCueTiming(l) {
			timings++
		}
	}
	if timings < 3 && !(vtt && timings > 0) {
		return text, false
	}
	var b strings.Builder
	speaker, open := "", false
	for _, cue := range subtitleCues(lines) {
		name, words := cueSpeaker(cue)
		if words == "" {
			continue
		}
		switch {
		case open && (name == "" || name == speaker):
			b.WriteString(" ") // the same speaker's next cue
		case open:
			b.WriteString("\n\n")
		}
		if !open || name != "" && name != speaker {
			if name != "" {
				b.WriteString(name + ": ")
			}
			speaker = name
		}
		b.WriteString(words)
		open = true
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
	if !ok || len(frac) != 3 || !allDigits(frac) {
		return false
	}
	i, _ := clockEnd(clock)
	return i > 0 && i == len(clock)
}

// allDigits reports a non-empty string of ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}

// cueSpeaker returns a cue's speaker and words: the voice of a WebVTT
// "<v Name>" span, else "" and the text as it is ("Name: text" stays for
// the label reader). Other tags (<i>, <c.loud>, <00:00:02.000>) are
// dropped.
func cueSpeaker(cue string) (name, words string) {
	if rest, ok := strings.CutPrefix(cue, "<v"); ok && (strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, ".")) {
		if end := strings.IndexByte(rest, '>'); end > 0 {
			head := rest[:end]
			if sp := strings.IndexByte(head, ' '); sp >= 0 {
				name = strings.TrimSpace(head[sp+1:])
			}
			cue = rest[end+1:]
		}
	}
	words = strings.TrimSpace(dropTags(cue))
	if c := strings.Index(words[:min(len(words), 48)], ": "); name == "" && c > 0 && (isPersonName(words[:c]) && countWords(words[:c]) <= 4 || isNick(words[:c])) {
		name, words = words[:c], strings.TrimSpace(words[c+2:]) // "Jason Plum: Hello."
	}
	return name, words
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
