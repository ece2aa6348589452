"""An author's bio under its heading above a story of short lines (a how-to's steps without full stops, release
notes of short sentences) goes (issue 12: perturb_pages.py's bio-above on a wiki's knots, a changelog and a
story of key points: the bio stayed as the page's only paragraph and selection kept it alone, the story lost
whole). The story follows the bio counted in its lines of bio_story_line_min_words words or more, not only in
paragraphs. Invented texts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

HEAD = ["Hanging a shelf - Handy Home Wiki", "", "Handy Home Wiki", "Home Rooms Tools Recent changes", "",
        "Hanging a shelf", ""]
BIO = ["About the author",
       "Peter Lang has written about houses, gardens and do-it-yourself repairs for more than twenty years, "
       "first for a trade magazine and now for this wiki.", ""]
STEPS = ["Marking the wall", "hold the shelf at the height you want", "draw a line along its top edge with a level",
         "mark the holes of both brackets on the line", "", "Drilling", "check the wall for cables with a detector",
         "drill the holes with a bit as thick as the plugs", "push the plugs in flush with the wall", "",
         "Fixing the brackets", "screw both brackets to the wall, not too tight",
         "lay the shelf on the brackets and check it with the level", "tighten every screw by hand", ""]
TAIL = ["Tags: shelves walls drilling", "Last edited on 3 May 2024", "Edit | History | Print",
        "Content is available under a free licence unless otherwise noted."]


def page(bio: list[str]) -> str:
    return "\n".join([*HEAD, *bio, *STEPS, *TAIL]) + "\n"


STEP_LINES = [line for line in STEPS if line]


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def test_the_bio_goes_and_the_steps_stay(cleaner):
    removed = {d.block.text: d.removed_by for d in cleaner.explain(page(BIO)).decisions}
    assert removed[BIO[0]] == removed[BIO[1]] == "author-bio"
    assert all(removed[line] is None for line in STEP_LINES if line[0].islower())


def test_without_it_the_bio_stayed():
    # Here the steps stayed beside it; on the probe's pages (a wiki's contents box over the steps, a story's key
    # points) the bio was kept alone.
    off = Cleaner(settings=replace(Settings(), bio_story_line_min_words=0))
    assert BIO[1] in off.clean(page(BIO)).splitlines()


def test_the_steps_without_a_bio_stay_either_way(cleaner):
    body = cleaner.clean(page([])).splitlines()
    assert all(line in body for line in STEP_LINES if line[0].islower())
