"""Causes found on blind_pages14 (session 27), each on a page of its own written here: none of the
set's pages, names or phrases."""

from __future__ import annotations

from dataclasses import replace

from cleaner import Settings
from helpers import grouped_page, kept_lines

# A camping stove's review: its sections, then the verdict box under headings no table had ("What we liked",
# "Room for improvement"), its first point holding a figure (so no label), then the review's last section.
STOVE_TOP = [["Brantley Flare 3 review: a fast stove with a fussy igniter | Trailkit"],
             ["Trailkit", "Reviews Guides Deals Newsletter"], ["Outdoor › Cooking › Reviews"], ["Brantley Flare 3 review"],
             ["By Moira Kettleby, 3 June 2024"]]
STOVE_STORY = [
    "A pocket stove for walkers who count every gram, with one flaw that shows itself on wet mornings.",
    "Setting it up",
    "The Flare 3 screws onto any standard gas canister and its three pot supports fold out with a reassuring snap. "
    "It weighs little more than a pack of cards, so it disappears into the pan it comes with.",
    "On the hill",
    "On a windy ridge it brought half a litre of water to the boil in a little over three minutes, which is quicker "
    "than most stoves of its size. The flame can be turned down low enough to simmer porridge without scorching it.",
]
STOVE_PROS = ["What we liked", "Boils 0.5 l in about 3 minutes", "Simmers without scorching", "Folds down very small"]
STOVE_CONS = ["Room for improvement", "Igniter fails when damp", "Pot supports are narrow", "No carry case"]
STOVE_END = ["Should you buy it?",
             "If you want a small stove that boils water fast, yes. Carry a lighter for wet mornings and you will not "
             "notice its one real weakness."]
STOVE_FOOT = [["More stove reviews"], ["Best backpacking stoves 2024", "Kettlewick Mini review"],
              ["© 2024 Trailkit Media"]]


def test_a_verdict_box_under_its_own_headings_ends_a_review():
    page = grouped_page(STOVE_TOP + [[line] for line in STOVE_STORY] + [STOVE_PROS[:1], STOVE_PROS[1:],
                        STOVE_CONS[:1], STOVE_CONS[1:]] + [[line] for line in STOVE_END] + STOVE_FOOT)
    kept = kept_lines(page)
    assert {*STOVE_STORY, *STOVE_PROS, *STOVE_CONS, *STOVE_END} <= kept
    assert not {"Best backpacking stoves 2024", "Kettlewick Mini review"} & kept
    # The question over the last section opens it only under the list.
    assert not set(STOVE_END) & kept_lines(page, replace(Settings(), question_heads_section_under_list=False))
