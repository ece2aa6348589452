"""Main-content selection does not gamble a whole article away (issue 12): where two regions could
each be the story, both are kept. Invented pages of tests/fixtures/cms_pages (70-79)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import ROOT

from cleaner import Cleaner, Settings

PAGES = ROOT / "tests" / "fixtures" / "cms_pages"


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def _text(name: str) -> str:
    return (PAGES / f"{name}.txt").read_text(encoding="utf-8")


def test_a_short_story_under_its_headline_stays_beside_a_longer_stretch_below(cleaner):
    """A brief of three short paragraphs under its headline and byline, then a
    share bar and a box of teasers, each with a summary longer than any of the
    brief's paragraphs: the teasers scored more than the brief, across the
    share bar, and the whole story was lost."""
    body = cleaner.clean(_text("70_brief_above_teasers_de"))
    for line in ("Ab Montag fährt die neue Linie 7", "Der Kreistag hatte die Verbindung im Herbst beschlossen",
                 "Die Fahrpläne liegen im Rathaus aus"):
        assert line in body
    assert "Artikel teilen" not in body


def test_the_region_under_the_headline_is_a_setting(cleaner):
    """headline_region_max_lines 0 turns it off: the best region alone is kept."""
    off = Cleaner(settings=replace(Settings(), headline_region_max_lines=0))
    assert "Ab Montag fährt die neue Linie 7" not in off.clean(_text("70_brief_above_teasers_de"))
