"""A page that is all content is kept whole (issue 11, item 6): a lone
paragraph without a final full stop, a post ending in emoji or hashtags, a
poem. A page whose article selection finds is unchanged: its byline goes."""

from __future__ import annotations

import pytest

from helpers import LEAGUE_TABLE

LONE_PARAGRAPH = ("The council voted on Tuesday to approve the new budget for schools, parks and public "
                  "transport, officials said after a long debate")
POEM_LINES = [
    "The river bends beneath the willow shade",
    "Where evening light lies golden on the stone",
    "And all the little boats the children made",
    "Drift slowly past the mill and out alone.",
    "The heron waits as still as any post",
    "The swallows skim the water in their flight",
    "And on the bank the ferns are like a ghost",
    "Of summers gone and lost into the night",
]
PARAGRAPHS = [
    "The harbour board agreed on Monday to dredge the channel before the autumn storms arrive.",
    "Fishing crews had warned for months that the silt left their boats stranded at low tide.",
    "The work will cost about two million pounds and should be finished by the end of October.",
]


@pytest.mark.parametrize("text", [
    LONE_PARAGRAPH,
    "Had the best day at the beach with my family today, the water was warm and the kids loved it 🌊☀️",
    "Had the best day at the beach with my family today and the kids loved it #summer #beach #family",
    "Great game tonight, so proud of the whole team 🔥",
], ids=["no-full-stop", "emoji", "hashtags", "short-post"])
def test_a_page_of_one_unpunctuated_paragraph_is_kept(cleaner, text):
    assert cleaner.clean(text) == text + "\n"


def test_a_poem_keeps_every_line(cleaner):
    page = "\n".join(["The River at Dusk", *POEM_LINES])
    kept = cleaner.clean(page).splitlines()
    assert [line for line in kept if line in POEM_LINES] == POEM_LINES
    assert cleaner.clean(cleaner.clean(page)) == cleaner.clean(page)


def test_an_article_found_by_selection_still_loses_its_byline(cleaner):
    # Every line reads as prose, but selection keeps most of the page: its shape rules work here.
    page = "\n".join(["Anna Field @annafield / 2 days", *PARAGRAPHS])
    assert cleaner.clean(page).splitlines() == PARAGRAPHS


def test_a_label_alone_is_not_a_page(cleaner):
    assert cleaner.clean("Page not found") == ""


MATCH_REPORT = [
    "Rovers came from behind to beat the league leaders on Saturday, with two goals in the last ten minutes.",
    "The home side had struggled for most of the afternoon and trailed at the break after a scrappy opening goal.",
    *LEAGUE_TABLE,
    "The result lifts Rovers to the top of the table for the first time since the club was promoted three years ago.",
    "Their manager said the players had shown great character and that the title race was far from over.",
]


def test_a_bare_article_with_a_table_comes_back_whole(cleaner):
    # No chrome and no header anywhere: the table and the paragraphs after it are the article's.
    page = "\n".join(MATCH_REPORT)
    assert cleaner.clean(page) == page + "\n"
    assert cleaner.clean(cleaner.clean(page)) == cleaner.clean(page)


def test_the_same_article_in_a_web_page_loses_the_page(cleaner):
    menu = ["Home", "News", "Sport", "Business", "Culture"]
    footer = ["About us", "Contact", "Privacy", "Terms", "Careers"]
    kept = cleaner.clean("\n".join(menu + ["By Jane Smith"] + MATCH_REPORT + footer)).splitlines()
    assert kept[0] == MATCH_REPORT[0] and MATCH_REPORT[-1] in kept
    assert not set(menu + footer + ["By Jane Smith"]) & set(kept)
