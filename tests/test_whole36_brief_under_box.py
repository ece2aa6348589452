"""A brief of one paragraph under its headline stays when a longer box (a writer's bio set over the page's
header) outscores it above (issue 12: invented pages lost whole under perturb_pages.py's bio-above;
selection._story_below_region, the setting story_below_one_paragraph). Under the headline the page's title
repeats, one paragraph that scores header_paragraph_min_share of the box is the story, as it is above the
best region; a run of paragraphs was needed. Invented texts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

# bio_story_line_min_words=0: the bio stays, as it did when the test was written (whole40 takes it, a bio over
# the page's menu and headlines, and the brief is the page's only paragraph then).
OFF = Cleaner(settings=replace(Settings(), story_below_one_paragraph=False, bio_story_line_min_words=0))

TITLE = "Bridge closed after a lorry hits its railing - Riverside Online"
BIO = ["About the author",
       "Sarah Miller has written about politics, business and everyday life in the valley for more than twenty "
       "years. Before she joined the newsroom she worked as a teacher and ran the town's film club, and she still "
       "spends her weekends on the river with a camera and a flask of tea."]
MENU = ["Riverside Online Log in Register", "Home", "News", "Valley Life", "Sport", "Weather", "Obituaries",
        "Classifieds"]
HEADLINE = "Bridge closed after a lorry hits its railing"
BRIEF = ("The old bridge at Millford is closed to traffic until further notice after a lorry struck its railing "
         "early on Tuesday morning, and drivers are asked to use the bypass while engineers check the stonework.")
UNDER = ["Posted 10:31, 22 October 2013", "Facebook Twitter Print", "Most viewed this week",
         "School gets a new head teacher", "Fishing boat finds an old anchor", "Café to close for the winter",
         "Council approves a second car park", "About Riverside Online · Contact · Advertise · Privacy",
         "Copyright © 2013 Riverside Media. All rights reserved."]


def page() -> str:
    return "\n\n".join([TITLE, *BIO, *MENU, HEADLINE, BRIEF, *UNDER]) + "\n"


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def test_the_brief_stays_under_its_headline_below_a_longer_box(cleaner):
    assert BRIEF in cleaner.clean(page())


def test_without_the_setting_the_brief_was_lost():
    assert BRIEF not in OFF.clean(page())
