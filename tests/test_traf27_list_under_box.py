"""A box set among the items of the story's list (a newsletter's prompt and pitch, a cookie banner) cuts
the region; the items under it, no paragraphs, went with the box (issue 12, the perturbation probe's
boxes inserted between two of the story's lines; selection.list_under_box). Invented texts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings
from helpers import count_kept

MENU = ["Garden World", "Home", "Shop", "Advice", "Contact"]
HEADER = ["How to build a raised bed in one weekend", "By Tom Hale | 3 April 2022"]
STORY = [
    "A raised bed warms up earlier in spring, drains well after heavy rain and spares your back at harvest "
    "time. With a few boards and an afternoon of work, anyone can build one.",
    "Start by choosing a sunny spot that gets at least six hours of light a day, and clear the grass from a "
    "patch a little larger than the bed.",
    "What you will need:",
]
ABOVE = ["4 larch boards, 200 cm long", "4 larch boards, 100 cm long", "8 corner posts, 30 cm long"]
BELOW = ["100 stainless steel screws, 5 x 60 mm", "1 cordless drill with a 4 mm wood bit",
         "2 m² of fine wire mesh against voles", "1 sheet of pond liner, 3 x 2 m"]
# Short lines that end no sentence, as a product's features are listed.
PLAIN_ABOVE = ["two storeys with a ramp", "made of glazed pine", "sturdy powder-coated wire mesh"]
PLAIN_BELOW = ["roof covered with sanded felt", "a sheltered sleeping corner", "pull-out plastic tray for cleaning",
               "roof opens from above"]
ANNOUNCING = "The kit we tried comes with all you need, and its hutch has these features:"
NEWSLETTER = ["Our weekly newsletter", "Planting tips and offers every Friday in your inbox.", "Subscribe now"]
COOKIES = ["We use cookies to improve your experience on our site. By using the site you agree to this.",
           "Accept all", "Settings"]
END = ["Comments", "Write a comment", "", "Imprint | Privacy | Cookies", "© 2022 Garden World"]


def page(box: list[str], above: list[str] = ABOVE, below: list[str] = BELOW) -> str:
    return "\n".join([*MENU, "", *HEADER, "", STORY[0], "", STORY[1], "", STORY[2], *above, "", *box, "",
                      *below, "", *END])


@pytest.mark.parametrize("box", [NEWSLETTER, COOKIES], ids=["newsletter", "cookies"])
def test_the_items_under_a_box_stay(cleaner, box):
    body = cleaner.clean(page(box))
    assert count_kept([*STORY, *ABOVE, *BELOW], body) == len(STORY) + len(ABOVE) + len(BELOW)
    assert count_kept(box, body) == 0


def test_short_plain_items_under_a_box_stay(cleaner):
    # Announced by the paragraph above them (selection.announced_list_after), as a product's features are.
    text = page(COOKIES, PLAIN_ABOVE, PLAIN_BELOW).replace(f"\n\n{STORY[2]}\n", f" {ANNOUNCING}\n")
    body = cleaner.clean(text)
    assert count_kept([*PLAIN_ABOVE, *PLAIN_BELOW], body) == len(PLAIN_ABOVE) + len(PLAIN_BELOW)


def test_lines_of_another_kind_under_the_box_go(cleaner):
    # The story's items bear numbers, the lines under the box none: no items of that list.
    body = cleaner.clean(page(COOKIES, ABOVE, PLAIN_BELOW))
    assert count_kept(ABOVE, body) == len(ABOVE) and count_kept(PLAIN_BELOW, body) == 0


def test_without_the_setting_the_items_were_lost():
    # The story's list itself goes on across the box too (list_across_box_max_lines, session 35): both off.
    off = Cleaner(settings=replace(Settings(), list_under_box_min_items=0, list_across_box_max_lines=0))
    assert count_kept(BELOW, off.clean(page(COOKIES))) == 0
