"""Commenters' lines comment-thread did not know (issue 12, session 36): the name, a verb and the time to the
minute with the date ("pinecone77 posted at 7:14 am on Wed, Oct 12, 2011.", "anna_k schrieb am 3. Mai 2012 um
9:41"), and a newsletter platform's name and day ("Jenna P. · Mar 19"). Text mode kept the thread under the
story, each comment and each header. Invented threads; a story's sentence that tells when someone wrote stays,
and so do a story's two paragraphs that each open with a byline-like name and day."""

from __future__ import annotations

from helpers import removals
from cleaner import clean

STORY = """Library to open on Sundays from March

The town library will open on Sunday afternoons from the first of March, the council decided on Tuesday after a
petition signed by more than nine hundred residents.

The extra hours will be staffed by two new part-time librarians and paid for from the culture budget, which grows
by four percent next year, the council's finance officer said.

Comments

{}
"""

POSTED = """pinecone77 posted at 7:14 am on Wed, Oct 12, 2011.

About time. My kids have nowhere to study on weekends and the cafe is too loud.

Gus_on_Main posted at 7:40 am on Wed, Oct 12, 2011.

Who pays for the heating on a Sunday? Not mentioned anywhere in the article.

pinecone77 posted at 8:02 am on Wed, Oct 12, 2011.

@Gus_on_Main it says the culture budget, second paragraph.

readerX posted at 8:15 am on Wed, Oct 12, 2011.

Great news for students before the exams in spring."""

SCHRIEB = """anna_k schrieb am 3. Mai 2012 um 9:41

Endlich! Am Wochenende gibt es hier sonst gar nichts für Jugendliche.

Bernd W. schrieb am 3. Mai 2012 um 10:05

Und wer bezahlt das Personal am Sonntag? Das steht nirgends.

anna_k schrieb am 3. Mai 2012 um 10:12

Steht doch im Text, aus dem Kulturetat."""

DOTTED = """Jenna P. · Mar 19

Finally something for the students who have no quiet place at home.

Marcus T. · Mar 20

I hope they keep the reading room open too, not only the lending desk.

Sophie Nguyen (author) · Mar 20

Marcus, the reading room is included, I checked with the library.

Lena W. · Mar 21

Thanks for checking, Sophie."""


def _removed(thread: str) -> dict[str, str | None]:
    return removals(STORY.format(thread))


def test_a_thread_of_posted_at_headers_goes() -> None:
    removed = _removed(POSTED)
    assert removed["pinecone77 posted at 7:14 am on Wed, Oct 12, 2011."] == "comment-thread"
    assert removed["Great news for students before the exams in spring."] == "comment-thread"
    assert "The extra hours will be staffed" in clean(STORY.format(POSTED))


def test_a_thread_of_schrieb_am_headers_goes() -> None:
    removed = _removed(SCHRIEB)
    assert removed["Bernd W. schrieb am 3. Mai 2012 um 10:05"] == "comment-thread"
    assert removed["Steht doch im Text, aus dem Kulturetat."] == "comment-thread"


def test_a_thread_of_name_and_day_headers_goes() -> None:
    removed = _removed(DOTTED)
    assert removed["Marcus T. · Mar 20"] == "comment-thread"
    assert removed["Thanks for checking, Sophie."] == "comment-thread"


def test_a_sentence_telling_when_someone_wrote_stays() -> None:
    story = ("The mayor wrote on Monday at 9:15 that the bridge would close.\n\n"
             "Residents posted at 7:14 am on Wednesday that the road was flooded, and the mayor replied.\n\n"
             "Anna Berg wrote on 3 May at 9:41 to the council about the library hours and its budget.\n")
    kept = clean(story)
    assert "The mayor wrote on Monday at 9:15" in kept
    assert "Residents posted at 7:14 am" in kept
    assert "Anna Berg wrote on 3 May" in kept
