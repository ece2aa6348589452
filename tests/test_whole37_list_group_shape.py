"""A related list set inside the story's list ends at its group's blank line when the lines under that group
take up the shape of the lines above its heading, though no sentence of the story follows them (issue 12:
invented pages 27 and 99 lost whole under perturb_pages.py's insert-related-mid; lists._end_of_item_block, the
setting list_group_ends_at_story_shape). A festival's programme ("14 h : ...") and a club's news item of short
sentences run on to the page's end under the box, and the list's items ran on over them: nothing told where
they ended but the story's sentence under them, which there was none of. Invented texts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

OFF = Cleaner(settings=replace(Settings(), list_group_ends_at_story_shape=False))

HEAD = ["Book festival in Kingsford: the programme day by day - The Kingsford Courier", "The Kingsford Courier",
        "News Going out Sport Notices", "Published on 10 April 2025"]
HEADLINE = "Book festival: the programme day by day"
INTRO = ("More than eighty writers are expected from the 25th to the 27th of April in the market hall and in three "
         "other places of the old town, with readings, talks and workshops for every age.")
ABOVE = ["Friday 25 April", "6 pm: opening and first reading, market hall",
         "8.30 pm: a concert of words and music, Carmelite hall", "Saturday 26 April",
         "10 am: writing workshop for children, library"]
BOX = ["Read more", "Council passes the new budget after a long debate", "The village school turns a hundred",
       "Heavy rain expected this weekend", "How small firms cope with rising costs"]
UNDER = ["2 pm: round table on crime fiction, Carmelite hall", "4.30 pm: meeting the guest of honour, market hall",
         "Sunday 27 April", "11 am: breakfast with the writers, market hall",
         "3 pm: festival prize giving, theatre"]
FOOTER = ["Share on Facebook · Share on X", "© The Kingsford Courier · Legal notice · Contact"]


def page(box: list[str]) -> str:
    blocks = [*HEAD, HEADLINE, INTRO, *ABOVE, "\n".join(box), *UNDER, *FOOTER] if box else [
        *HEAD, HEADLINE, INTRO, *ABOVE, *UNDER, *FOOTER]
    return "\n\n".join(blocks) + "\n"


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def test_the_programme_under_a_related_box_stays(cleaner):
    body = cleaner.clean(page(BOX))
    assert all(line in body for line in UNDER)
    assert not any(line in body for line in BOX)


def test_without_the_setting_the_list_ran_on_over_the_programme():
    body = OFF.clean(page(BOX))
    assert not any(line in body for line in UNDER)


def test_the_programme_without_a_box_stays_either_way(cleaner):
    assert all(line in cleaner.clean(page([])) for line in UNDER)
    assert all(line in OFF.clean(page([])) for line in UNDER)
