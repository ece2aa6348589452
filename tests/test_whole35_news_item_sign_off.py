"""A club's one news item under the site's welcome text stays when a box (an author's bio) or the footer
stands between the item and its sign-off (issue 12: invented pages lost whole under perturb.py's changes;
selection._sentence_run_at_end, the setting sentence_run_heading_past_sign_off). The sign-off under the
removed box is no heading: the item's heading is the last line under chrome with the sentences under it.
Invented texts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

# The welcome text left to selection, as before site-welcome (welcome_box_max_lines 0): it took the item's place.
OFF = Cleaner(settings=replace(Settings(), sentence_run_heading_past_sign_off=False, welcome_box_max_lines=0))

WELCOME = [
    "Welcome to the Greenfield Allotment Society",
    "The Greenfield Allotment Society was founded in 1921 and looks after sixty plots on the edge of the town, "
    "between the railway line and the river meadows.",
    "Members grow vegetables, fruit and flowers, share tools and seeds, and meet every month in the old pavilion "
    "for a talk, a cup of tea and a good deal of friendly advice.",
]
SHARE = ["Share this page", "Facebook X Email Print"]
ITEM = ["Seed swap in the pavilion", "On Saturday we held our spring seed swap.",
        "More than forty members brought seeds from last year's harvest.",
        "The tomatoes and the runner beans went first.", "Thank you to everyone who baked a cake!"]
SIGN_OFF = "The committee"
BIO = ["About the author",
       "Margaret Hale has kept plot 17 for more than thirty years and writes the society's news. She grows prize "
       "onions and teaches the beginners' course every spring."]
FOOTER = "© Greenfield Allotment Society · Imprint · Privacy"

def page(after_item: list[str], sign_off_last: bool = False) -> str:
    head = ["News - Greenfield Allotment Society", "", "Greenfield Allotment Society",
            "News About us Plots Events Gallery Contact", ""]
    parts = [*head, WELCOME[0], "", WELCOME[1], "", WELCOME[2], "", *SHARE, "", ITEM[0], "",
             *[line for sentence in ITEM[1:] for line in (sentence, "")], *after_item]
    parts += [FOOTER, "", SIGN_OFF] if sign_off_last else [SIGN_OFF, "", FOOTER]
    return "\n".join(parts) + "\n"


PAGES = {"a bio between the item and its sign-off": page([*BIO, ""]),
         "the sign-off under the footer": page([], sign_off_last=True)}


@pytest.mark.parametrize("name", PAGES)
def test_the_news_item_stays_past_a_box_above_its_sign_off(cleaner, name):
    body = cleaner.clean(PAGES[name])
    assert all(sentence in body for sentence in ITEM[1:])
    assert BIO[1] not in body


@pytest.mark.parametrize("name", PAGES)
def test_without_the_setting_the_item_was_lost(name):
    body = OFF.clean(PAGES[name])
    assert not any(sentence in body for sentence in ITEM[1:])


def test_the_item_as_the_page_s_last_text_stays_either_way(cleaner):
    assert all(sentence in cleaner.clean(page([])) for sentence in ITEM[1:])
    assert all(sentence in OFF.clean(page([])) for sentence in ITEM[1:])
