"""A list's mark alone on its line: w3m and lynx set an item's bullet on a line of its own when the item opens
with a paragraph ("•" / "“Quote”" / its source). Each mark cost the region a short line's cost, so a story of
short quoted items under such marks scored below nothing and went whole (issue 12, text mode; invented pages,
benchmarks/renderings.py: bare_list_mark_costs_nothing)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

HEADER = ("Lakeside Bakery\nHome\nBreads\nCakes\nCatering\nContact\n\n"
          "Welcome!\n\n"
          "We are a family bakery by the lake, baking bread, cakes and pastries every morning since 1994. We\n"
          "cater for weddings, birthdays and office breakfasts, and deliver within the town. We look forward\n"
          "to baking for you!\n\n"
          "What our customers say\n\n")
QUOTES = [("“The rye bread is the best we have had for years.”", "Letter from a customer in the old town, May"),
          ("“The wedding cake was perfect and all our guests loved it.”",
           "Email from a couple married by the lake, April"),
          ("“Thank you for the quick delivery to our office this morning.”",
           "Email from an office on the market square, March"),
          ("“Our guests at the party loved every one of the pastries.”",
           "Email from a customer on Harbour Street, March 2024"),
          ("“The staff are so lovely and the rolls always fresh.”",
           "Card from a customer in the new town, January"),
          ("“You were always on time and it was always very tasty.”",
           "Email from the school by the station, December 2023"),
          ("“The birthday cake made her day and she still talks.”",
           "Email from a mother of three girls, November 2023"),
          ("“We order from you every single week and will go on.”",
           "Email from the café at the ferry pier, October")]
FOOTER = ("\n━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n\nLakeside Bakery\n12 Shore Road\nPrivacy\nImprint\nback to top\n")


def _page(mark: str) -> str:
    items = "".join(f"  {mark}\n        {quote}\n\n        {source}\n\n" if mark else f"{quote}\n\n{source}\n\n"
                    for quote, source in QUOTES)
    return HEADER + items + FOOTER


@pytest.mark.parametrize("mark", ["•", "*", ""])
def test_the_quotes_under_bare_marks_stay(mark):
    text = Cleaner().clean(_page(mark))
    assert all(quote in text for quote, _ in QUOTES)
    assert "Privacy" not in text


def test_without_the_setting_the_quotes_go():
    text = Cleaner(settings=replace(Settings(), bare_list_mark_costs_nothing=False)).clean(_page("•"))
    assert QUOTES[-1][0] not in text
