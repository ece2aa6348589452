"""A story's table rendered a cell a line goes on across a box set among its cells (issue 12:
perturb_pages.py's newsletter boxes and related lists inserted into a tournament's schedule, a cinema's
programme and a club's fixtures, all lost whole). A newsletter's pitch that the detectors left between the
box's lines, a sentence and no cell, cut the table into two runs too short for a table
(selection.story_table_after, the setting story_table_across_pitch); the times under the box, too few alone
for a programme's, went as a media player's clip lengths (chrome.media_player,
media_player_table_across_lines); a related list's items ran on over the cells under it to the story's
last paragraph (lists._table_goes_on_under_box, box_in_table_min_cells). The box's lines stay out.
Invented texts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

HEAD = ["Spring gala: the timetable - Ashby Otters Swimming Club", "", "Ashby Otters Swimming Club",
        "Home Squads Lessons Galas Join us", "", "Spring gala: the timetable", "", "Posted on 4 March 2025", ""]
INTRO = ("Six clubs send their swimmers to our spring gala this weekend. Spectators are welcome in the gallery, "
         "and entry is free for members and their families.")
DAYS = [["Saturday 8 March", "9:15", "Under-10 relays", "Teaching pool", "10:40", "Under-12 freestyle",
         "Main pool", "13:20", "Under-14 backstroke", "Outdoor pool"],
        ["Sunday 9 March", "9:30", "Masters breaststroke", "Learner pool", "12:10", "Open butterfly", "Diving pit"]]
CELLS = [cell for day in DAYS for cell in day]
OUTRO = ("The café opens at eight on both days. Please leave the spaces by the entrance free for the "
         "minibuses of the visiting clubs.")
BOX = ["Our newsletter", "The best club news, every month in your inbox.", "Your email address", "Subscribe"]
RELATED = ["Related articles", "Council approves the new budget after a long debate",
           "The primary school celebrates its hundredth year", "Heavy rain expected over the weekend",
           "How small firms cope with rising costs"]
TAIL = ["More news", "", "New coaches for the junior squad", "Summer swim camp", "",
        "© Ashby Otters Swimming Club · Legal notice · Privacy"]


def timetable(box: list[str]) -> str:
    """The timetable a cell a line under the intro, the box under Saturday's last cell (a pool)."""
    lines = [*HEAD, INTRO, ""]
    for day in DAYS:
        for cell in day:
            lines += [cell, ""]
            if cell == DAYS[0][-1]:
                lines += [*box, ""]
    return "\n".join([*lines, OUTRO, "", *TAIL]) + "\n"


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


@pytest.mark.parametrize("box", [BOX, RELATED], ids=["newsletter", "related"])
def test_the_timetable_goes_on_across_the_box(cleaner, box):
    body = cleaner.clean(timetable(box)).splitlines()
    assert all(cell in body for cell in CELLS)
    assert INTRO in body and OUTRO in body
    assert not any(line in body for line in box)


def test_without_the_table_across_the_pitch_the_timetable_was_lost():
    off = Cleaner(settings=replace(Settings(), story_table_across_pitch=False))
    body = off.clean(timetable(BOX)).splitlines()
    assert not any(cell in body for cell in CELLS)


def test_without_counting_across_the_pitch_the_times_under_the_box_went_as_clip_lengths():
    off = Cleaner(settings=replace(Settings(), media_player_table_across_lines=0))
    removed = {decision.block.text: decision.removed_by for decision in off.explain(timetable(BOX)).decisions}
    assert removed["9:30"] == removed["12:10"] == "media-player"


def test_without_the_table_under_the_box_the_related_list_ran_on_over_the_cells():
    off = Cleaner(settings=replace(Settings(), box_in_table_min_cells=0))
    removed = {decision.block.text: decision.removed_by for decision in off.explain(timetable(RELATED)).decisions}
    assert all(removed[cell] == "related-list" for cell in DAYS[1] if cell[0].isalpha())


def test_the_timetable_without_a_box_stays_either_way(cleaner):
    off = Cleaner(settings=replace(Settings(), story_table_across_pitch=False, media_player_table_across_lines=0,
                                   box_in_table_min_cells=0))
    for each in (cleaner, off):
        assert all(cell in each.clean(timetable([])).splitlines() for cell in CELLS)
