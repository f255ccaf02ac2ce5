<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<link href="../templates/main2.css" rel="stylesheet" type="text/css" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
</head>
<body>
<div style="width:325px"><font class="transcript">

<strong>Mr. LIMAN</strong>: Now, after you were dismissed, did Admiral Poindexter call you and say to you that he would confirm that he had
given you authority?
<br/><br/><strong>Mr. NORTH</strong>: I honestly don't recall a conversation with Admiral
Poindexter after I was dismissed. He may have called, I don't remember it.
<br/><br/><strong>Mr. LIMAN</strong>: Do you recall any conversation with him in which he
said, "Colonel North, don't worry, even if you destroy all the documents, I will stand up and say I approved it"?
<br/><br/><strong>Mr. NORTH</strong>: No. I recall no such conversation.
<br/><br/><strong>Mr. LIMAN</strong>: So that you were—once the documents were destroyed, you were out there without any kind of assurance that
anyone would stand behind you; is that fair to say?
<br/><br/><strong>Mr. NORTH</strong>: That was the plan, and it was planned that I would
be out there. Everything had gone right according to plan, right up
until about 12:05 in the afternoon the next day, or several days
thereafter.
<br/><br/><strong>Mr. LIMAN</strong>: And when the plan changed was when you had the
IC, or the criminal investigation announced?
<br/><br/><strong>Mr. NORTH</strong>: Well, I don't know where—in who else's mind the
plan changed, counsel. I know that when I heard the words "criminal investigation" or criminal behavior or whatever the words were
that were used in the press conference, or shortly thereafter—I
don't—it was certainly profound at that point, that my mind-set
changed considerably.
<br/><br/><strong>Mr. LIMAN</strong>: Now, you had-
<br/><br/><strong>Mr. NORTH</strong>: And I think if you will indulge me for a second, over
the 5½ years that I had served on the NSC staff, I had, as I hope I
have testified here today, sought every possible means to do what
needed to be done within the law.
We had gone in extremis to find a way to live within the constraints and proscriptions of Roland, and I had sought a means in
1985 in working with various lawyers, and various counsel, to find
a way to implement a policy that started without my acquiescence
or support or direction or anything else, and work very, very hard
to find legal ways to carry out the policy of the President, and
there was probably not another person on the planet Earth as
shocked as I was to hear that someone thought it was criminal, and
I can tell you that that shock was compounded when I heard later
that there was to be an independent counsel, and further compounded when I was the only name in the appointment order for
that independent counsel, the only person on the planet Earth
named in that appointment order, counsel.
<br/><br/><strong>Mr. LIMAN</strong>: Colonel, if the investigation by the independent counsel had not been instituted, if you hadn't heard the words "criminal,” would you still be sticking by the cover story?
<br/><br/><strong>Mr. SULLIVAN</strong>: Objection.
<br/><br/><strong>Mr. LIMAN</strong>: I will not press it. It is hypothetical.
<br/><br/><strong>Mr. SULLIVAN</strong>: I know it is, Mr. Liman. I am glad you recognize
it. We don't have to get the chair involved.
<br/><br/><strong>Mr. LIMAN</strong>: Now, you have already testified that Casey had approved this, Mr. Casey?
<br/><br/><strong>Mr. NORTH</strong>: Which is this?
<br/><br/><strong>Mr. LIMAN</strong>: The diversion.
<br/><br/><strong>Mr. NORTH</strong>: I had consulted very carefully on Director—with Director Casey, and he—I don't know if approved is the right word.
Director Casey was very enthusiastic about the whole program.
<br/><br/><strong>Mr. LIMAN</strong>: Now-
<br/><br/><strong>Mr. NORTH</strong>: And advocated it.
<br/><br/><strong>Mr. LIMAN</strong>: When you met with the Attorney General on the
afternoon of the 23d of November, he asked you about the diversion, correct?
<br/><br/><strong>Mr. NORTH</strong>: He did. He asked me specifically about that memorandum.
<br/><br/><strong>Mr. LIMAN</strong>: And is it true that he asked you who knew about the
fact that proceeds from the sale of Iranian arms were being used to
support the Contras?
<br/><br/><strong>Mr. NORTH</strong>: I think he may well have. I, again, I am not entirely
clear on that afternoon. I was up till very early in the morning
before it. I'd had a meeting with Mr. McFarlane on it. And I suppose he may well have. Again, I do not have detailed specific recall
of that. I took no notes during that meeting.
<br/><br/><strong>Mr. LIMAN</strong>: Do you recall that you told him that Admiral Poindexter knew, that Richard Secord knew and that Mr. McFarlane
knew?
<br/><br/><strong>Mr. NORTH</strong>: That sounds right.
<br/><br/><strong>Mr. LIMAN</strong>: Do you recall that you did not tell the Attorney General of the United States that Director Casey knew?
<br/><br/><strong>Mr. NORTH</strong>: I don't recall that I didn't.
<br/><br/><strong>Mr. LIMAN</strong>: Well, was it part of the plan at that stage that you
would not name Director Casey?
<br/><br/><strong>Mr. NORTH</strong>: It had always been part of the plan that Director
Casey would know nothing of the support to the Nicaraguan Resistance.
<br/><br/><strong>Mr. LIMAN</strong>: And who else was it part of the plan who would not
know anything about the support to the Nicaraguan Resistance?
<br/><br/><strong>Mr. NORTH</strong>: Other Cabinet officers who had to testify and appear
and things like that. It was a very closed circle of people who
knew.
<br/><br/><strong>Mr. LIMAN</strong>: Was it—which other Cabinet officers?
<br/><br/><strong>Mr. NORTH</strong>: Well, the people who didn't know. I mean, it was just
a matter of—I have told you who I thought knew and I have told
you who—and you have seen who I sent memoranda to and you
know of the record of communications I had with various officials.
I don't know who else knew. I have told you that.
<br/><br/><strong>Mr. LIMAN</strong>: Colonel, you have testified a moment ago—unless
you misunderstood the question-
<br/><br/><strong>Mr. SULLIVAN</strong>: Counsel, I think you were missing each other
there.
<br/><br/><strong>Mr. LIMAN</strong>: Well, we will soon see—that it was always part of
the plan that Director Casey would not be—would not know. Is
that in essence what you said?
<br/><br/><strong>Mr. NORTH</strong>: If you mean by the plan, the fall guy plan, yes.
<br/><br/><strong>Mr. LIMAN</strong>: And so, the fall guy plan was that even though Casey
knew, you would not finger him, to use a colloquial expression?
<br/><br/><strong>Mr. NORTH</strong>: Your expression, counsel, not mine.
<br/><br/><strong>Mr. LIMAN</strong>: You wouldn't name him?
<br/><br/><strong>Mr. NORTH</strong>: That is correct.
<br/><br/><strong>Mr. LIMAN</strong>: And then, the next question I asked was, were there
other people who knew things that you were also not supposed to
name?
<br/><br/><strong>Mr. NORTH</strong>: Not that I know of. Because I know of no other
people who actually knew. I have testified as to who I knew
knew—I am getting—confusing myself. I have testified as to who I
believe knew about the plan. I have testified as to who I can actually confirm knowledge by virtue of the memoranda that I created,
the conversations we had, and the record that you see before you
from the PROFs system.
But I had specifically talked to the admiral, and I could well
have said to the Attorney General on the 23d, I guess it was, that
Sunday, that, "Oh, by the way, the President knows", but I had
asked the admiral on Friday if the President knew, and the admiral had told me no.
And so, when the Attorney General asked me about the President, I told him no.
<br/><br/><strong>Mr. LIMAN</strong>: Isn't it a fact that what you told the Attorney General was that you didn't know whether or not he did know? Isn't that
what you told McFarlane?
<br/><br/><strong>Mr. NORTH</strong>: But I think the discussion with Mr. McFarlane was
perhaps-
<br/><br/><strong>Mr. LIMAN</strong>: No. The one in London, where he called you from
London, when he asked you what the Attorney General had asked
you.
Let's go back, Colonel. Did you not talk to Mr. McFarlane after
your conversation with the Attorney General?
<br/><br/><strong>Mr. NORTH</strong>: I believe I did. I believe I talked to both Mr. McFarlane and eventually Admiral Poindexter.
<br/><br/><strong>Mr. LIMAN</strong>: Let's talk about Mr. McFarlane.
<br/><br/><strong>Mr. NORTH</strong>: This is on Sunday afternoon after the Attorney General.
<br/><br/><strong>Mr. LIMAN</strong>: And when you talked to Mr. McFarlane after you
had met with the Attorney General, did he ask you what happened
at that meeting?
<br/><br/><strong>Mr. NORTH</strong>: I suppose he did, or I volunteered it. One or the
other.
<br/><br/><strong>Mr. LIMAN</strong>: Well, do you recall telling Mr. McFarlane about the
fact that they had found the memorandum?
<br/><br/><strong>Mr. NORTH</strong>: Yes, I did.
<br/><br/><strong>Mr. LIMAN</strong>: And do you remember telling him that you were
asked about who knew?
<br/><br/><strong>Mr. NORTH</strong>: I don't remember that part. I remember—it was a
profoundly difficult time because that memorandum wasn't supposed to exist.
<br/><br/><strong>Mr. LIMAN</strong>: Did I understand you to say a moment ago that if
Admiral Poindexter had not told you on Friday that he had not
told the President, you "may well have told the Attorney General
that the President did know"?
<br/><br/><strong>Mr. SULLIVAN</strong>: That's a very confusing question, Mr. Chairman.
Could you restate it, sir?
<br/><br/><strong>Mr. LIMAN</strong>: Did you just testify a few moments ago that had Admiral Poindexter not told you on that Friday that the President
was unaware of the diversion, you might well have told the Attorney General on that Sunday that the President knew? Is that what
you said?
<br/><br/><strong>Mr. NORTH</strong>: Well, let me cast this the right way, because I don't
want to leave any false impressions.
In the conversations that I had with the admiral on Friday, all of
which related to, as I recall them, my departure, the safety of the
hostages, and the second channel, the clean-up of the files, if that
is an acceptable way of putting it, I asked the admiral pointedly
that day, did the President or does the President know about the
fact that we used these moneys to support the Resistance. And he
told me then, "no.". I think that's the last conversation I ever had
with the admiral about that aspect of it.
Thus, I, having assumed all along that those things which required Presidential approval indeed had them, think I conveyed to
the Attorney General on Sunday just exactly those sentiments.
My recollection of it is that when he asked me, "Did the President approve these," I told him, "I guess he didn't," or, "He
didn't,' or something like that, because that's what the admiral
had told me on Friday.
<br/><br/><strong>Mr. LIMAN</strong>: And what you meant to say before, at least what I
think you were trying to say, is that you had assumed for some 9
months that the President of the United States knew and approved
of the diversion; correct?
<br/><br/><strong>Mr. NORTH</strong>: I had assumed from the day I took my post at the
National Security Council that those things which required the approval of the President, and I sent forward memoranda soliciting
that approval and I got the authority to proceed on various initiatives, had indeed received the approval of the President. I've testified to that.
<br/><br/><strong>Mr. LIMAN</strong>: And it wasn't until Admiral Poindexter answered
your question that that assumption was shaken?
<br/><br/><strong>Mr. NORTH</strong>: It wasn't shaken. He simply denied that the President knew.
<br/><br/><strong>Mr. LIMAN</strong>: Did you ask him, "Admiral Poindexter, why did you
not discuss this with the President"?
<br/><br/><strong>Mr. NORTH</strong>: No.
<br/><br/><strong>Mr. LIMAN</strong>: Why not?
<br/><br/><strong>Mr. NORTH</strong>: First of all, I am not in the habit of questioning my
superiors. If he deemed it not to be necessary to ask the President,
I saluted smartly and charged up the hill. That's what lieutenant
colonels are supposed to do. I have no problem with that.
I don't believe that what we did even under those circumstances
is wrong or illegal. I told you I thought it was a good idea to begin
with. I still think it was a good idea, counsel.
<br/><br/><strong>Mr. LIMAN</strong>: And have you wondered why, if it was a good idea,
that the President of the United States dismissed you because of it?
<br/><br/><strong>Mr. NORTH</strong>: Let me just make one thing very clear, counsel. This
lieutenant colonel is not going to challenge a decision of the Commander in Chief for whom I still work, and I am proud to work for
that Commander in Chief, and if the Commander in Chief tells this
lieutenant colonel to go stand in the corner and sit on his head, I
will do so. And if the Commander in Chief decides to dismiss me
from the NSC staff, this lieutenant colonel will proudly salute and
say "thank you for the opportunity to have served," and go, and I
am not going to criticize his decision no matter how he relieves me,
sir.
<br/><br/><strong>Mr. LIMAN</strong>: Has anyone given you an explanation, Colonel
North, on behalf of the President, of why he did not think it was a
good idea and dismissed you?
<br/><br/><strong>Mr. NORTH</strong>: The President of the United States saw fit to call me
later the same day and in the course of that call, which was also
intensely personal, he told me words to the effect "I just didn't
know."
I have no reason to disbelieve what the Commander in Chief told
me, sir.
<br/><br/><strong>Mr. LIMAN</strong>: Did you say to him, "I received approval from Admiral Poindexter and Director Casey"?
<br/><br/><strong>Mr. NORTH</strong>: I did not say those words to the Commander in
Chief. I simply expressed my thanks for having been able to serve
him for 5½ years and my regrets that my service had brought
forth a political fire storm and difficulties when all I sought to do
was to help, and that what I may have done was to hurt him.
<br/><br/><strong>Mr. LIMAN</strong>: Now, when—when you were speaking to the Attorney General on the 23d, you understood that the Attorney General
was not just the chief legal officer of the United States, but he was
a confidant and friend of the President; correct?
<br/><br/><strong>Mr. NORTH</strong>: Yes.
<br/><br/><strong>Mr. LIMAN</strong>: He was an adviser of the President?
<br/><br/><strong>Mr. NORTH</strong>: I'm sorry, counsel. Would you please repeat the question?
<br/><br/><strong>Mr. LIMAN</strong>: You understood that the Attorney General was an
adviser of the President?
<br/><br/><strong>Mr. NORTH</strong>: Yes, I did.
<br/><br/><strong>Mr. LIMAN</strong>: Why didn't you tell the Attorney General, an adviser
to your Commander in Chief, that Director Casey knew?
<br/><br/><strong>Mr. NORTH</strong>: As I said, I don't know that I did or I don't know
that I didn't. I don't recall that conversation in any detail.
It was consistent with a long pattern that Director Casey did not
know about any support outside that provided by the CIA for the
Nicaraguan Resistance.
<br/><br/><strong>Mr. LIMAN</strong>: Colonel-
<br/><br/><strong>Mr. NORTH</strong>: This was part of that.
<br/><br/><strong>Mr. LIMAN</strong>: Colonel North, as late as November 23, were you still
prepared to conceal from the Attorney General facts relating to Director Casey?
<br/><br/><strong>Mr. NORTH</strong>: I was prepared at that point to continue not to
reveal the diversion, as you have put it, had even occurred. You
recall, I had removed those files. His people had been going
through them that day. I thought that I had gotten them all.
<br/><br/><strong>Mr. LIMAN</strong>: Well, who were you protecting?
<br/><br/><strong>Mr. NORTH</strong>: What do you mean, who was I protecting? I was protecting the lives and the safety of the people who were engaged in
the operation.
<br/><br/><strong>Mr. LIMAN</strong>: Explain to us how telling the Attorney General of
the United States that Director Casey approved a diversion would
jeopardize lives, other than perhaps put him in jeopardy of this
kind of investigation that you have been through?
<br/><br/><strong>Mr. NORTH</strong>: Well, I don't know, other than the fact that this investigation could indeed result in lives being put in jeopardy. I
don't think that a specific—you know—thought went through my
mind on that issue.
<br/><br/><strong>Mr. LIMAN</strong>: Was it just instinctive that you don't mention the
name of the Director when you are talking to the Attorney General
about knowledge of support for the Contras?
<br/><br/><strong>Mr. NORTH</strong>: It was instinctive, counsel, from my earliest days of
contact with the Director, that his relationship and mine not be
something that was publicly bandied about. And until these hearings, I don't believe that most people in Washington knew that the
Director and I communed as often as we did. 


</font></div>
</body>
</html>
