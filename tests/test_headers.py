"""The headline a page repeats is found above its story, not inside it."""

from __future__ import annotations

from random import Random

import regex
from helpers import removals

from cleaner.detectors.headers import title_key

STORY = [
    "The museum reopened on Saturday after two years of repairs to its roof, which had leaked since a storm.",
    "Visitors queued from early morning, and the first thousand were given free tickets by the city council.",
    "The director said the collection would be shown in full again from the spring, once the last rooms are painted.",
]
REFRAIN = "Still the best view in town"
CLOSING = ["Opening hours", "Tuesday to Sunday"]


def test_a_line_repeated_between_the_paragraphs_of_an_article_is_no_headline():
    # A clean article repeats a line between its paragraphs: a subheading or
    # a refrain, not the page's headline, so the article stays bare and its
    # closing short lines are not cut as if a web page surrounded it. Each
    # copy over a paragraph, in a text without chrome, the line stays too
    # (headers._speakers; until session 18 it went as repeated-line).
    text = "\n".join([STORY[0], REFRAIN, STORY[1], REFRAIN, STORY[2], *CLOSING])
    ids = removals(text)
    assert all(ids[line] is None for line in [*STORY, REFRAIN, *CLOSING])


def test_a_headline_repeated_above_the_story_is_still_the_headline():
    headline = "Museum reopens after two years"
    text = "\n".join([headline, "Home", headline, *STORY])
    ids = removals(text)
    assert ids[headline] == "duplicate-headline"
    assert all(ids[line] is None for line in STORY)


def test_a_title_key_read_by_the_standard_re_on_ascii_is_what_regex_gives():
    random = Random(15)
    by_regex = regex.compile(r"[\W_]+")
    ascii_characters = [chr(c) for c in range(128)]
    for _ in range(5000):
        text = "".join(random.choices(ascii_characters + ["İ", "é", "ß", "_"], k=random.randint(0, 12)))
        assert title_key.__wrapped__(text) == by_regex.sub(" ", text.casefold()).strip(), text
