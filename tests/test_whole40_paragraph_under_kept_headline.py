"""A one-paragraph story under a headline no stage knew (the page's title that repeats it is gone), below a
site's welcome text that scores nearly as much, is kept beside it (issue 12: perturb_pages.py's drop-headline,
drop-chrome-before and drop-all-before on a town's one-paragraph notice, lost whole; setting
paragraph_under_kept_headline). A comment under a name is no such story: a name is shorter than a headline.
Invented texts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

MENU = ["Elmford Cricket Club", "Home", "Teams", "Fixtures", "Join", "Contact", "Welcome to Elmford"]
WELCOME = ["Elmford Cricket Club has played on the green since 1887 and fields four teams, from the under-elevens "
           "to the veterans.",
           "On these pages you will find our fixtures, the training times and everything you need to join the club."]
SHARE = ["Share this page", "Facebook", "WhatsApp", "Email"]
HEADLINE = "New floodlights for the village pitch"
STORY = ("Since Monday the pitch behind the pavilion has its own floodlights, so that the juniors can train on "
         "winter evenings too, paid for by the parish and a summer of cake sales by the members and their "
         "families, who raised more than four thousand pounds.")
FOOTER = ["Imprint", "Privacy"]


def page(heading: str = HEADLINE) -> str:
    return "\n".join([*MENU, *WELCOME, "", *SHARE, "", heading, STORY, "", *FOOTER]) + "\n"


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def test_the_story_under_its_headline_is_kept(cleaner):
    body = cleaner.clean(page()).splitlines()
    assert HEADLINE in body and STORY in body


def test_without_it_the_story_went_whole():
    off = Cleaner(settings=replace(Settings(), paragraph_under_kept_headline=False))
    body = off.clean(page()).splitlines()
    assert STORY not in body and WELCOME[0] in body


def test_under_a_name_it_is_no_story(cleaner):
    body = cleaner.clean(page("Anna Berg")).splitlines()
    assert STORY not in body
