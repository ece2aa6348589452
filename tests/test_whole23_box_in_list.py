"""A box of links or a newsletter pitch set inside the story's list, under an item that stops
mid-sentence (ends with a comma), costs the story nothing: both parts of the list stay, where the
box's cost cut the story in two and a portal's teasers outscored each half (issue 12, perturbation
probe insert-related-mid; the setting box_in_sentence_max_lines). Invented texts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings
from cleaner.fragments import goes_on_under_box

OFF = Cleaner(settings=replace(Settings(), box_in_sentence_max_lines=0))

MENU = ["Home", "Services", "Forms", "Publications", "Press", "Contact"]
PORTAL = [
    "Our online calculators help you work out the fees for imports, vehicles and parcels from abroad in a few "
    "minutes, and the app shows the current rules whenever you are travelling.",
    "Our inspectors are the contact for everybody who wants to report undeclared work or illegal employment in "
    "their region, and the local offices answer questions on the rules.",
]
TOPICS = ["Travel", "Parcels", "Vehicles", "Alcohol and tobacco", "Jobs", "Help"]
STORY = [
    "The new fuel tax act was published in the official gazette on 17 August and comes into force in stages, "
    "so that importers, filling stations and heating oil dealers have time to change their prices and systems.",
    "The act brings the following changes:",
    "a new rate for heating oil from 1 January 2022,",
    "a new rate for liquid gas from 1 July 2022,",
    "higher rates for diesel from 1 January 2023,",
    "higher rates for petrol from 1 January 2024,",
    "a lower rate for biofuels from 1 January 2025.",
    "Details are given in the letter to the trade associations of 14 October, which also explains how stocks "
    "held on the day a new rate starts are to be declared and when the tax on them is due.",
]
BOX = ["You may also like", "City council approves new budget after long debate",
       "Local school celebrates its hundredth anniversary", "Storm expected to bring heavy rain this weekend"]
FOOTER = ["Imprint", "Privacy", "Accessibility", "© 2024 The Customs Office"]


def page(story: list[str]) -> str:
    return "\n".join(["The Customs Office", *MENU, "", *PORTAL, "", *TOPICS, "",
                      "Fuel tax act published", "Date: 18.10.2021", "", *story, "", *FOOTER])


BOXED = [*STORY[:4], "", *BOX, "", *STORY[4:]]


def test_the_unboxed_story_is_kept(cleaner):
    body = cleaner.clean(page(STORY))
    assert all(line in body for line in STORY)


def test_a_box_under_an_item_that_stops_mid_sentence_keeps_both_parts(cleaner):
    body = cleaner.clean(page(BOXED))
    assert all(line in body for line in STORY)
    assert not any(line in body for line in BOX)


def test_without_the_setting_the_part_above_the_box_was_lost():
    body = OFF.clean(page(BOXED))
    assert not any(line in body for line in STORY[:4])


@pytest.mark.parametrize("above, below, goes_on", [
    ("a new rate for heating oil from 1 January 2022,", "higher rates for diesel from 1 January 2023,", True),
    ("The rules change for importers and", "dealers from the first of April.", True),
    # Lines wrapped at a width stop anywhere: a teaser's next link starts with its mark or a capital.
    ("Robocalls hit a record in October as Americans", "](https://news.example/robocalls-record/)", False),
    ("Carmaker shows its new electric SUV, which brings", "Charity tests cashless collection boxes", False),
    ("The act brings the following changes.", "higher rates for diesel from 1 January 2023,", False),
])
def test_what_goes_on_under_a_box(above, below, goes_on):
    assert goes_on_under_box(above, below) is goes_on
