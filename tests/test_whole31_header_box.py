"""A box between a story's header and its first paragraph counts as one line (issue 12, session 31):
the story is still the run right under its header, however long the box."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import cms_page

from cleaner import Cleaner, Settings

HEADER = "Orgelkonzert zugunsten der Sanierung\n\n14.05.2024\n\n"
# Five lines of links that related-list removes whole, set under the notice's date.
RELATED_BOX = ("Das könnte Sie auch interessieren\nPfarrfest auf dem Kirchplatz\nNeue Ministranten begrüßt\n"
               "Sternsinger sammeln für Kinder in Not\nFirmvorbereitung beginnt im März\n\n")
NOTICE = ("Am Sonntag, 2. Juni, spielt Kirchenmusiker", "Der Eintritt ist frei.",
          "Im Anschluss lädt der Pfarrgemeinderat")


@pytest.fixture(scope="module")
def page() -> str:
    """Page 73 (a parish's notice under its headline and date, below the site's longer welcome text)
    with a box of related links between the notice's date and its first paragraph."""
    text = cms_page("73_parish_notice_under_intro_de")
    assert HEADER in text
    return text.replace(HEADER, HEADER + RELATED_BOX)


def test_the_story_under_a_box_under_its_header_stays(page):
    """The notice starts six lines under its headline, five of them the box's: it was lost to the
    welcome text above it (more than header_region_max_lines lines under the header)."""
    explanation = Cleaner().explain(page)
    assert all(line in explanation.text for line in NOTICE)
    assert "Pfarrfest auf dem Kirchplatz" not in explanation.text
    assert "Unsere Pfarrei umfasst die Kirchen" not in explanation.text  # the site's welcome: site-welcome's


def test_the_box_counted_line_by_line_loses_the_story(page):
    """header_box_counts_once off: the box's lines count one by one, and the notice goes (the welcome text
    left to selection, as before site-welcome: welcome_box_max_lines 0)."""
    off = Cleaner(settings=replace(Settings(), header_box_counts_once=False, welcome_box_max_lines=0)).clean(page)
    assert NOTICE[1] not in off

