package minutes

import "strings"

// This file holds the verbs that make a name before them the speaker of
// reported speech, and the tests that find one after a subject.

// speechVerbs are the verbs of reported speech and of acting in a meeting
// that follow a speaker's name in prose minutes ("X said that ...").
var speechVerbs = wordSet(`said says say asked asks ask asking replied replies reply replying
noted notes noting observed observes observing suggested suggests suggesting agreed agrees agreeing
added adds adding clarified clarifies clarifying reported reports reporting presented presents presenting
welcomed welcomes recognized recognised thanked thanks thanking briefed updated reminded announced announces
delivered encouraged encourages expressed expresses referred refers reiterated reiterates commented comments commenting
explained explains explaining argued argues arguing raised raises raising responded responds responding
confirmed confirms confirming proposed proposes proposing mentioned mentions mentioning stated states stating
wondered wonders questioned questions answered answers answering emphasized emphasised emphasizes emphasises
disagreed disagrees objected objects supported supports supporting opposed opposes countered counters
pointed points pointing described describes describing summarized summarised summarizes summarises
indicated indicates indicating stressed stresses highlighted highlights requested requests requesting
offered offers offering volunteered volunteers believes believed thinks thought felt feels
agreed. seconded seconds seconding cautioned cautions warned warns recommended recommends recommending
urged urges invited invites introduced introduces introducing showed shows showing gave gives giving
went goes walked walks led leads opened opens closed closes concluded concludes closing
remarked remarks remarking speaking spoke speaks talked talks talking discussed discusses discussing
shared shares sharing demonstrated demonstrates claimed claims insisted insists inquired inquires
queried queries challenged challenges acknowledged acknowledges accepted accepts expected expects
hoped hopes wanted wants would can could should had has was is did does made makes
notifies notified informed informs told tells explained. wished wishes proposed. followed follows
continued continues repeated repeats restated restates elaborated elaborates corrected corrects
called apologised apologized apologises apologizes undertook undertakes
promised promises took takes came comes stepped steps approached approaches moved moves
objecting echoed echoes started starts began begins concurred concurs affirmed affirms mentioned. responded. replied.
conclude note ask agree suggest propose explain state request respond reply think feel believe want
prefer recommend confirm decide decided addressed addresses
advised advises advising enquired enquires enquiring outlined outlines outlining provided provides
congratulated congratulates circulated circulates tabled tables sought seeks detailed details`)

// actVerbs are the verbs of speechVerbs that say what someone did rather
// than said ("started", "opened", "moved"): after an unknown one-word
// subject they are no evidence of a person ("Node started to ignore",
// "School started on the 20th").
var actVerbs = wordSet(`went walked led opened closed concluded started began took came stepped approached moved
followed continued called showed gave made expected accepted wanted shared demonstrated introduced
delivered welcomed recognized recognised updated offered supported opposed volunteered`)

// weakVerbs need a following word to read as speech ("Name had a concern",
// "Name is concerned"): on their own they are too often narration.
var weakVerbs = wordSet(`would will can could should had has was is did does made makes took takes came comes went goes moved moves`)

// attitudes after "was" make a speaker's view: "was concerned that",
// "was reluctant to". "Was not" and "was in" are left out: they as often
// say where someone was ("was not present", "was in Paris").
var attitudes = wordSet(`concerned worried unsure uncertain skeptical sceptical supportive opposed
pleased happy unhappy reluctant keen eager hesitant doubtful confident`)

// isVerbAt reports a speech verb as the next word of s at i, allowing an
// adverb ("also", "then") before it.
func isVerbAt(s string, i int) bool {
	for tries := 0; tries < 2; tries++ {
		w, next := nextWord(s, i)
		w = trimRightAny(w, ",.:;")
		if speechVerbs.hasFold(w) {
			w = strings.ToLower(w)
			if weakVerbs.has(w) {
				n2, _ := nextWord(s, next)
				if w == "was" && attitudes.hasFold(n2) {
					return true // "Celeste was concerned that…"
				}
				return n2 != "" && n2 != "the" && !strings.HasSuffix(w, "s") || w == "had" || w == "would"
			}
			return true
		}
		if !adverbs.hasFold(w) {
			return false
		}
		i = next
	}
	return false
}

// adverbs may stand between a subject and its speech verb.
var adverbs = wordSet(`also then further again later briefly first finally strongly quickly
additionally afterwards subsequently next once still really simply just both then, however
already previously earlier`)

// verbInName finds a capitalised speech verb inside a name read from a
// title-case heading ("AWB Presents ..."), returning its offset or 0.
func verbInName(name string) int {
	for i := 1; i < len(name); i++ {
		if name[i-1] != ' ' {
			continue
		}
		w, _ := nextWord(name, i)
		if speechVerbs.hasFold(w) && !weakVerbs.hasFold(w) {
			return i
		}
	}
	return 0
}

// raisedAt reports "brought up" or "brings up" at the start of s: said
// of people and of things alike ("Previously brought up in the docs
// meeting"), so its subject counts only for someone the document names.
func raisedAt(s string) bool {
	w, _ := nextWord(strings.TrimLeft(s, " "), 0)
	return w == "brought" || w == "brings"
}

// reportPhrase reports the phrases minutes use for a person presenting
// or reporting, in the past tense, at the start of s: "went over",
// "walked us through", "gave an update", "gave a brief overview",
// "talked about", "ran through", "brought up". Their verbs alone ("went", "gave") say
// nothing of speech.
func reportPhrase(s string) bool {
	s = strings.TrimLeft(s, " ")
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	w, next := nextWord(s, 0)
	if isAdverb(w) {
		w, next = nextWord(s, next) // "Alan first described", "Rob then gave"
	}
	var o string
	switch w {
	case "went", "ran", "proceeded", "talked", "walked", "gave", "provided", "brought", "brings":
		o, next = nextWord(s, next) // the word after the verb decides
	default:
		return false
	}
	switch w {
	case "went", "ran":
		return o == "over" || o == "through"
	case "proceeded":
		return o == "with" // "proceeded with his report"
	case "talked":
		return o == "about" || o == "through"
	case "brought", "brings":
		return o == "up" || o == "forward" // "brought up an improperly posted notice"
	case "walked":
		if o != "through" {
			o, _ = nextWord(s, next) // "walked us through", "walked the board through"
		}
		return o == "through" || o == "the"
	case "gave", "provided":
		if o != "a" && o != "an" {
			return false
		}
		for k := 0; k < 2; k++ {
			n, after := nextWord(s, next)
			if reportNouns.has(strings.TrimRight(n, ",.;:")) {
				return true
			}
			next = after
		}
	}
	return false
}

// reportNouns are what a person gives when reporting to a meeting.
var reportNouns = wordSet(`update updates overview presentation report summary introduction demo recap briefing talk`)
