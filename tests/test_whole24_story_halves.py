"""A box set between two paragraphs of a story (an advertisement's label over a related list) cuts
the region; the half under it scored less than the box costs and was lost. Both halves stay when
each holds a run of paragraphs, the smaller scores story_halves_min_share of the other and the box
is short, holding no comment prompt, header line or footer notice (issue 12: the perturbation
probe's boxes set in the story; selection._halves_of_one_story). Invented texts."""

from __future__ import annotations

from dataclasses import replace


from cleaner import Cleaner, Settings
from helpers import count_kept

OFF = Cleaner(settings=replace(Settings(), story_halves_min_share=0.0))

MENU = ["The Town Post", "Home", "News", "Sport", "Business", "Weather", "Contact"]
HEADER = ["Cycle lane approved for the river road", "By Anna Berg, 3 March 2024"]
UPPER = [
    "The town council has approved a new cycle lane along the river road after two years of debate.",
    "Work on the lane will start in March and should be finished before the summer holidays begin, the council said.",
    "Local shop owners had asked for more parking spaces, and the plan now adds twenty of them near the old bridge.",
    "The mayor said the lane would make the daily trip to school safer for hundreds of children in the town.",
    "Cyclists have used the narrow road for years, sharing it with lorries on their way to the harbour.",
]
LOWER = [
    "The lane will cost the town about two million euros, most of it paid by the regional government.",
    "A second lane along the canal could follow next year if the first one is used as much as hoped.",
]
BOX = ["Advertisement", "Related stories", "Bridge repairs delayed again", "New bus timetable from Monday",
       "Library reopens after the flood", "Harbour festival returns in June"]
FOOTER = ["About us", "Privacy", "Terms", "© 2024 The Town Post"]


def page(box: list[str], lower: list[str]) -> str:
    return "\n".join([*MENU, "", *HEADER, "", *UPPER, "", *box, "", *lower, "", *FOOTER])


def test_both_halves_of_a_story_stay_around_a_box(cleaner):
    body = cleaner.clean(page(BOX, LOWER))
    assert count_kept(UPPER, body) == len(UPPER) and count_kept(LOWER, body) == len(LOWER)
    assert count_kept(BOX, body) == 0


def test_without_the_setting_the_half_under_the_box_was_lost():
    body = OFF.clean(page(BOX, LOWER))
    assert count_kept(UPPER, body) == len(UPPER) and count_kept(LOWER, body) == 0


def test_the_story_half_above_the_box_stays_too(cleaner):
    """The longer half under the box is the best region; the shorter one
    above it, under no header the page shows, stays beside it."""
    text = "\n".join([*MENU[:1], "", *UPPER[:2], "", *BOX, "", *UPPER[2:], *LOWER, "", *FOOTER])
    body = cleaner.clean(text)
    assert count_kept(UPPER, body) == len(UPPER) and count_kept(LOWER, body) == len(LOWER)
    assert count_kept(UPPER[:2], OFF.clean(text)) == 0  # lost without the setting


def test_comments_under_a_prompt_are_no_half_of_the_story(cleaner):
    comments = [
        "I have been riding along that road every morning for ten years and it is about time, really.",
        "My children cycle to school on that road and I am very happy about this decision of the council.",
    ]
    body = cleaner.clean(page([*BOX, "Comments", "Leave a comment"], comments))
    assert count_kept(UPPER, body) == len(UPPER) and count_kept(comments, body) == 0


def test_a_story_under_its_own_header_is_no_half(cleaner):
    """A header line in the box: the text under it is the next story."""
    box = ["Advertisement", "", "Harbour festival returns in June", "By Tom Reed, 2 March 2024", "", *BOX[1:]]
    assert count_kept(LOWER, cleaner.clean(page(box, LOWER))) == 0


def test_text_past_a_footer_notice_is_no_half(cleaner):
    body = cleaner.clean(page([*BOX, "", "© 2024 The Town Post"], LOWER))
    assert count_kept(LOWER, body) == 0


def test_a_long_box_parts_the_story_from_the_page_below(cleaner):
    """More than story_halves_max_box_lines lines between: no box set in the story."""
    long_box = [*BOX, *(f"Headline number {n} of the site's list of stories" for n in range(20))]
    body = cleaner.clean(page(long_box, LOWER))
    assert count_kept(LOWER, body) == 0


def test_a_half_scoring_little_beside_the_other_goes(cleaner):
    """Under story_halves_min_share of the region above, two short sentences
    under the box are the box's or the page's, not the story's."""
    short = ["The lane opens in May.", "Bikes can be hired there."]
    assert count_kept(short, cleaner.clean(page(BOX, short))) == 0
