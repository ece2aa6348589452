"""A story's list in sections goes on across a newsletter box set among its items whose pitch the detectors
left between the box's lines (issue 12: invented page 27 lost whole under perturb_pages.py's
foreign-newsletter-mid; selection._item_run_from, the setting list_across_box_pitch). The pitch, a line of
its own and no item, ended the day's run of items at the box, so the days were too few for the list and
every day went with the box. The pitch stays out. Invented texts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

OFF = Cleaner(settings=replace(Settings(), list_across_box_pitch=False))

HEAD = ["Harbour fair: the programme day by day - The Lowmoor Gazette", "", "The Lowmoor Gazette",
        "News Sport What's on Jobs Notices", "", "Harbour fair: the programme day by day", "",
        "By the events desk · 3 May 2025", ""]
INTRO = ("More than sixty stalls and four stages come to the harbour front from 16 to 18 May, and every event "
         "is free to attend.")
BOX = ["", "Our newsletter", "The best harbour news, every month in your inbox.", "Your email address",
       "Subscribe", ""]
TAIL = ["", "Share on Facebook · Share on X", "", "© The Lowmoor Gazette – Legal notice – Contact"]
PROGRAMME = [["Friday 16 May", "", "6 pm: opening parade along the quay, harbour front", "",
              "8.30 pm: brass band concert, fish market hall", ""],
             ["Saturday 17 May", "", "10 am: knot-tying workshop for children, lifeboat station", "",
              "2 pm: talk on the old herring fleet, museum", "", "4.30 pm: sea shanty choir, harbour stage", ""],
             ["Sunday 18 May", "", "11 am: breakfast with the fishermen, quay", "",
              "3 pm: rowing race final, outer basin", ""]]
ITEMS = [line for day in PROGRAMME for line in day if line]


def programme(box: list[str]) -> str:
    """The programme's days under the intro, the box after Saturday's first event."""
    lines = [*HEAD, INTRO, ""]
    for day in PROGRAMME:
        for line in day:
            lines.append(line)
            if line == PROGRAMME[1][2]:
                lines.extend(box)
    return "\n".join([*lines, *TAIL]) + "\n"


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def test_the_programme_goes_on_across_the_box_and_its_pitch(cleaner):
    body = cleaner.clean(programme(BOX)).splitlines()
    assert all(item in body for item in ITEMS)
    assert not any(line in body for line in BOX if line)


def test_without_the_setting_the_programme_was_lost():
    body = OFF.clean(programme(BOX)).splitlines()
    assert not any(item in body for item in ITEMS)


def test_the_programme_without_a_box_stays_either_way(cleaner):
    assert all(item in cleaner.clean(programme([])).splitlines() for item in ITEMS)
    assert all(item in OFF.clean(programme([])).splitlines() for item in ITEMS)
