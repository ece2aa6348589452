"""A story's list in sections goes on when a box is set between a section's heading and its lines
(issue 12: perturb_pages.py's cookie banner, newsletter box and related list inserted into a strike's
timetable by mode of transport, lost whole). The box parted the heading from its lines, so the list was no
list in sections, its lines scored as short sentences below nothing, and the box's cost cut the story's
last paragraph from its first: the region kept the intro alone (selection.sectioned_lists, the setting
sectioned_list_across_box); a related list's items ran on over the section's lines to the story's last
paragraph (lists._section_heading_over_box, box_under_section_heading). The box's lines, a newsletter's
pitch among them, stay out. Invented texts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

HEAD = ["Ferry strike on Thursday: what runs and when - The Kelby Courier", "", "The Kelby Courier",
        "News Sport Business Opinion Weather", "", "Ferry strike on Thursday: what runs and when", "",
        "By the travel desk · 10 June 2025", ""]
INTRO = ("Crews on the island routes walk out for 24 hours on Thursday in a dispute over rosters. "
         "Here is what the operators expect to run.")
SECTIONS = [["Car ferries", "No crossings before noon on either route", "Two sailings each way in the afternoon",
             "Booked cars may travel on Friday instead"],
            ["Foot passenger boats", "Hourly boats from 7 in the morning", "Last boat back at 8 in the evening"],
            ["Island buses", "The usual timetable on the island itself", "No connections to the late boats"]]
OUTRO = ("The union says more walkouts may follow in July if talks fail. The operators advise passengers to "
         "check the departure boards before setting off.")
LINES = [line for section in SECTIONS for line in section]
TAIL = ["Share: Facebook · WhatsApp · Email", "", "Read more", "", "Harbour car park to close for repairs",
        "New café opens on the pier", "", "© The Kelby Courier · Contact · Privacy"]
COOKIES = ["We use cookies to improve your experience. By browsing on you accept their use.", "Accept all",
           "Settings"]
NEWSLETTER = ["Get our newsletter", "The best stories of the day, delivered to your inbox every morning.",
              "Your email address", "Subscribe"]
RELATED = ["Related articles", "Council approves the new budget after a long debate",
           "The primary school celebrates its hundredth year", "Heavy rain expected over the weekend",
           "How small firms cope with rising costs"]
BOXES = pytest.mark.parametrize("box", [COOKIES, NEWSLETTER, RELATED], ids=["cookies", "newsletter", "related"])


def strike(box: list[str]) -> str:
    """The story: its intro, the sections (the box between the second one's heading and its lines), its end."""
    lines = [*HEAD, INTRO, ""]
    for heading, *items in SECTIONS:
        lines += [heading, ""]
        if heading == SECTIONS[1][0] and box:
            lines += [*box, ""]
        lines += [*items, ""]
    return "\n".join([*lines, OUTRO, "", *TAIL]) + "\n"


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


@BOXES
def test_the_sections_go_on_under_the_box(cleaner, box):
    body = cleaner.clean(strike(box)).splitlines()
    assert all(line in body for line in [INTRO, *LINES, OUTRO])
    assert not any(line in body for line in box)


@pytest.mark.parametrize("box", [COOKIES, NEWSLETTER], ids=["cookies", "newsletter"])
def test_without_the_setting_the_sections_were_lost(box):
    off = Cleaner(settings=replace(Settings(), sectioned_list_across_box=False))
    body = off.clean(strike(box)).splitlines()
    assert INTRO in body
    assert not any(line in body for line in [*LINES, OUTRO])


def test_without_the_setting_the_related_list_ran_on_over_the_sections():
    off = Cleaner(settings=replace(Settings(), box_under_section_heading=False))
    removed = {decision.block.text: decision.removed_by for decision in off.explain(strike(RELATED)).decisions}
    assert all(removed[line] == "related-list" for line in SECTIONS[1][1:])


def test_the_sections_without_a_box_stay_either_way(cleaner):
    off = Cleaner(settings=replace(Settings(), sectioned_list_across_box=False, box_under_section_heading=False))
    for each in (cleaner, off):
        assert all(line in each.clean(strike([])).splitlines() for line in [INTRO, *LINES, OUTRO])
