"""A box of links set inside the story's list under an item that starts in lower case and ends like no
sentence (a list item over items of its own: "higher rates for tobacco" / "from 1 January for cigars,")
costs the story nothing, as one under an item that ends with a comma does (test_whole23_box_in_list):
both parts of the list stay, where the box's cost cut the story in two and a portal's teasers outscored
each half (issue 12, perturbation probe insert-related-mid; the setting box_under_sentence_piece).
Invented texts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings
from cleaner.fragments import goes_on_under_box, sentence_piece
from test_whole23_box_in_list import BOX as WHOLE23_BOX
from test_whole23_box_in_list import FOOTER, MENU, TOPICS
from test_whole23_box_in_list import PORTAL as WHOLE23_PORTAL

OFF = Cleaner(settings=replace(Settings(), box_under_sentence_piece=False))

# The customs office's page of test_whole23_box_in_list, with a third portal teaser and a fifth link in the box.
PORTAL = [
    *WHOLE23_PORTAL,
    "Our training centres take on school leavers every autumn for an apprenticeship or a degree course in public "
    "administration, with pay from the first day and a post guaranteed at the end.",
]
STORY = [
    "The new tobacco tax act was published in the official gazette on 17 August and comes into force in stages, "
    "so that importers, wholesalers and tobacconists have time to change their prices and their systems.",
    "The act brings the following changes:",
    "a new rate for heated tobacco from 1 January 2022,",
    "a new rate for liquids for electronic cigarettes from 1 July 2022,",
    "higher rates for tobacco products",
    "from 1 January 2022 for cigarettes and fine-cut tobacco,",
    "from 1 January 2023 for cigars and pipe tobacco,",
    "from 1 January 2024 for heated tobacco.",
    "Details are given in the letter to the trade associations of 14 October, which also explains how stocks "
    "held on the day a new rate starts are to be declared and when the tax on them is due.",
]
BOX = [*WHOLE23_BOX, "How small firms cope with rising costs"]


def page(story: list[str]) -> str:
    return "\n".join(["The Customs Office", *MENU, "", *PORTAL, "", *TOPICS, "",
                      "Tobacco tax act published", "Date: 18.10.2021", "", *story, "", *FOOTER])


BOXED = [*STORY[:5], "", *BOX, "", *STORY[5:]]


def test_the_unboxed_story_is_kept(cleaner):
    body = cleaner.clean(page(STORY))
    assert all(line in body for line in STORY)


def test_a_box_under_an_item_over_items_of_its_own_keeps_both_parts(cleaner):
    body = cleaner.clean(page(BOXED))
    assert all(line in body for line in STORY)
    assert not any(line in body for line in BOX)


def test_without_the_setting_the_story_under_the_box_was_lost():
    body = OFF.clean(page(BOXED))
    assert not any(line in body for line in STORY[5:])


@pytest.mark.parametrize("text, piece", [
    ("higher rates for tobacco products", True),
    ("from 1 January 2024 for heated tobacco.", False),  # ends like a sentence
    ("Higher rates for tobacco products", False),  # starts like one
    ("stufenweise Erhöhung der Steuertarife", True),
])
def test_a_sentence_piece(text, piece):
    assert sentence_piece(text) is piece


def test_what_goes_on_under_a_box_after_a_piece():
    above, below = "higher rates for tobacco products", "from 1 January 2022 for cigarettes,"
    assert goes_on_under_box(above, below, piece_goes_on=True)
    assert not goes_on_under_box(above, below)
    assert not goes_on_under_box(above, "From 1 January 2022 for cigarettes,", piece_goes_on=True)
