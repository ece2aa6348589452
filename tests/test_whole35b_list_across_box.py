"""A story's list in sections, its table of cells or its rows go on across a box set among them (a cookie
banner, a newsletter box): the box cut selection's region under the intro, and the items under it, no
paragraphs, went with the items above it (issue 12: benchmarks/perturb_pages.py's boxes inserted into
programmes, timetables and fixture lists; selection._box_in_story, the setting list_across_box_max_lines).
A box that is the page's menu or footer still ends the list. Invented texts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

OFF = Cleaner(settings=replace(Settings(), list_across_box_max_lines=0))

HEAD = ["Harbour fair: the programme day by day - The Lowmoor Gazette", "", "The Lowmoor Gazette",
        "News Sport What's on Jobs Notices", "", "Harbour fair: the programme day by day", "",
        "By the events desk · 3 May 2025", ""]
INTRO = ("More than sixty stalls and four stages come to the harbour front from 16 to 18 May, and every event "
         "is free to attend.")
COOKIES = ["We use cookies to improve your visit. By browsing on you accept their use.", "Accept all",
           "Settings"]
NEWSLETTER = ["Sign up to our newsletter", "Subscribe"]
TAIL = ["", "Share on Facebook · Share on X", "", "© The Lowmoor Gazette – Legal notice – Contact"]

PROGRAMME = [["Friday 16 May", "6 pm: opening parade along the quay, harbour front",
              "8.30 pm: brass band concert, fish market hall"],
             ["Saturday 17 May", "10 am: knot-tying workshop for children, lifeboat station",
              "2 pm: talk on the old herring fleet, museum", "4.30 pm: sea shanty choir, harbour stage"],
             ["Sunday 18 May", "11 am: breakfast with the fishermen, quay", "3 pm: rowing race final, outer basin"]]


def programme(box: list[str]) -> str:
    """The programme's days under the intro, the box after Saturday's first event."""
    lines = [*HEAD, INTRO, ""]
    for day in PROGRAMME:
        for line in day:
            lines.append(line)
            if line == PROGRAMME[1][1]:
                lines.extend(box)
    return "\n".join([*lines, *TAIL]) + "\n"


SCHEDULE = [("Saturday 7 June", [("9:00", "Under-12 singles", "Hall 1"), ("11:30", "Women's doubles", "Hall 2"),
                                 ("14:00", "Men's singles", "Hall 1 and 2")]),
            ("Sunday 8 June", [("9:00", "Youth teams", "Hall 1"), ("10:00", "Veterans", "Hall 3"),
                               ("13:30", "Open singles", "Hall 1 and 2")])]


def schedule(box: list[str]) -> str:
    """A tournament's schedule, a cell a line, the box inside Sunday's second row."""
    lines = [*HEAD[:5], "Tournament schedule is out", "", "10.05.2025", "",
             "About 150 players from twenty clubs are expected at the spring tournament in the sports hall by "
             "the school, and entries stay open until the end of May.", ""]
    for day, rows in SCHEDULE:
        lines.append(day)
        for time, event, hall in rows:
            lines.extend([time, event])
            if (day, event) == ("Sunday 8 June", "Veterans"):
                lines.extend(box)
            lines.append(hall)
    return "\n".join([*lines, *TAIL]) + "\n"


PAGES = {"a cookie banner in a programme's days": (programme(COOKIES), PROGRAMME[1][1:] + PROGRAMME[2]),
         "a newsletter box in a programme's days": (programme(NEWSLETTER), PROGRAMME[1][1:] + PROGRAMME[2]),
         "a cookie banner in a schedule's cells": (schedule(COOKIES), ["Hall 3", "13:30", "Open singles"])}


@pytest.mark.parametrize("name", PAGES)
def test_the_list_goes_on_across_the_box(cleaner, name):
    text, items = PAGES[name]
    body = cleaner.clean(text).splitlines()
    assert all(item in body for item in items)
    assert not any(line in body for line in COOKIES + NEWSLETTER)


@pytest.mark.parametrize("name", PAGES)
def test_without_the_setting_the_items_under_the_box_were_lost(name):
    text, items = PAGES[name]
    body = OFF.clean(text).splitlines()
    assert not any(item in body for item in items)


def test_the_page_menu_under_the_list_ends_it(cleaner):
    text = programme([]).replace(TAIL[0], "\n".join(["", "News Sport What's on Jobs Notices", "",
                                                     "11 am: more events every week, quay", ""]), 1)
    body = cleaner.clean(text).splitlines()
    assert PROGRAMME[2][-1] in body
    assert "11 am: more events every week, quay" not in body


def test_the_share_bar_under_the_list_ends_it(cleaner):
    # The page's own fixtures under the story's share bar are no part of it, however like its rows.
    text = schedule([]).replace(TAIL[0] + "\n" + TAIL[1], "\n".join([
        "", "Share on Facebook · Share on X", "Next weekend", "Sat 14 June 15:00", "Open doubles", "Hall 2",
        "Sat 14 June 16:30", "Mixed doubles", "Hall 1"]), 1)
    body = cleaner.clean(text).splitlines()
    assert "Open singles" in body
    assert not any(line in body for line in ("Next weekend", "Sat 14 June 15:00", "Open doubles"))
