"""The page's title repeated over the story's short first paragraph is the story's headline, not a newsletter
box's heading (issue 12: perturb_pages.py's newsletter boxes set under a town notice's first sentence; the
headline and that sentence went as the box's heading and pitch, the rest with selection's region). A box's
heading names the letter or the site, not the story the page's title names (setting
newsletter_box_not_title). And the story's first sentence right under its header is the upper half of the
story the box parts, weighed by its words (a sentence scores a point however long:
story_half_at_top_sentence): without it the two sentences under the box went too, under a site's welcome
text. Invented texts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

HEADLINE = "Harbour baths reopen on Saturday"
WELCOME = ["Ashby Rowing Club has rowed on the river since 1894 and welcomes members of every age, from school "
           "crews to veterans who row twice a week.",
           "On these pages you will find our training times, the regatta calendar and the news of the club."]
HEAD = [f"{HEADLINE} | Ashby Rowing Club", "", "Ashby Rowing Club", "Home", "Crews", "Regattas", "Contact", "",
        "Welcome to the club", WELCOME[0], WELCOME[1], "", "Share this page", "Facebook", "Email", "", HEADLINE, ""]
LEAD = "The harbour baths open again on Saturday."
BODY = ["Swimmers may use the pool from seven until eight every day.", "Children under twelve swim for free."]
BOX = ["Our newsletter", "The club's news every Monday in your inbox.", "Enter your email", "Subscribe"]
TAIL = ["Imprint", "Privacy"]


def page(box: list[str]) -> str:
    return "\n".join([*HEAD, LEAD, "", *box, "", BODY[0], "", BODY[1], "", *TAIL]) + "\n"


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def test_the_headline_over_a_short_lead_is_no_box_heading(cleaner):
    removed = {d.block.text: d.removed_by for d in cleaner.explain(page(BOX)).decisions}
    assert removed[LEAD] is None and all(removed[line] is None for line in BODY)
    assert removed[HEADLINE] != "newsletter-box"
    assert removed[BOX[1]] is not None


def test_without_it_the_headline_and_lead_went_as_a_box():
    off = Cleaner(settings=replace(Settings(), newsletter_box_not_title=False))
    removed = {d.block.text: d.removed_by for d in off.explain(page(BOX)).decisions}
    assert removed[HEADLINE] == removed[LEAD] == "newsletter-box"


def test_without_the_sentence_at_top_the_notice_went_whole():
    off = Cleaner(settings=replace(Settings(), story_half_at_top_sentence=False))
    body = off.clean(page(BOX)).splitlines()
    assert not any(line in body for line in [LEAD, *BODY])


def test_a_box_with_its_own_heading_still_goes(cleaner):
    box = ["Morning Mail", "The day's news from the valley in your inbox.", "Sign up for our newsletter"]
    body = cleaner.clean(page(box)).splitlines()
    assert all(line in body for line in BODY)
    assert not any(line in body for line in box)
