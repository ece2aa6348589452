"""A story of lists only, rendered without blank lines, or with one under every line: a recipe's
ingredients under their heading, above its steps under theirs, no byline and a menu the detectors left
above it. _headed_list_above finds the ingredients' group by the blank line above it; here no blank line
tells one group from another, the ingredients' short lines run on up into the menu, and the ingredients
were lost (issue 12's open "lists-only article", a recipe with no intro). Where the page's blank lines set
no group apart, the structured run right above the steps' heading, under a heading of its own, is the
story's section (`headed_list_without_groups`). Invented pages."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings
from helpers import count_kept

MENU = ["Home Cooking Club", "Recipes", "Baking", "Soups", "Contact", "Search"]
TITLE = "Lentil soup with lemon"
INGREDIENTS = ["Ingredients", "250 g red lentils", "1 onion, chopped", "2 carrots, diced", "2 cloves of garlic",
               "1 litre vegetable stock", "1 lemon, juiced", "2 tbsp olive oil"]
STEPS = ["Preparation",
         "1. Heat the oil in a large pot and soften the onion and the carrots for five minutes.",
         "2. Add the garlic and stir for one minute more, until it smells sweet.",
         "3. Rinse the lentils, add them with the stock and bring everything to the boil.",
         "4. Simmer for twenty minutes, until the lentils fall apart, then blend half of the soup.",
         "5. Stir in the lemon juice, season with salt and pepper and serve hot with bread."]
FOOTER = ["You might also like", "Pumpkin soup with ginger", "Tomato and bean stew", "Share on Facebook",
          "Share on Pinterest", "© 2024 Home Cooking Club"]

def lines_apart(lines: list[str], blank_under_each: bool) -> str:
    return ("\n\n" if blank_under_each else "\n").join(lines)


@pytest.mark.parametrize("blank_under_each", [False, True])
def test_the_ingredients_above_the_steps_stay(cleaner, blank_under_each):
    body = cleaner.clean(lines_apart([*MENU, TITLE, *INGREDIENTS, *STEPS, *FOOTER], blank_under_each))
    assert count_kept(INGREDIENTS, body) == len(INGREDIENTS) and count_kept(STEPS, body) == len(STEPS)
    assert count_kept(MENU, body) == 0


def test_without_the_setting_the_ingredients_were_lost():
    off = Cleaner(settings=replace(Settings(), headed_list_without_groups=False))
    assert count_kept(INGREDIENTS, off.clean(lines_apart([*MENU, TITLE, *INGREDIENTS, *STEPS, *FOOTER], False))) == 0


def test_short_lines_without_a_structure_are_no_section_of_the_story(cleaner):
    """A box of other recipes' names (no numbers, labels or bullets) above the steps stays out."""
    box = ["Popular recipes", "Pumpkin soup with ginger", "Tomato and bean stew", "Leek and potato soup",
           "Chicken broth with noodles", "Pea soup with mint"]
    assert count_kept(box[1:], cleaner.clean(lines_apart([*MENU, TITLE, *box, *STEPS, *FOOTER], False))) == 0
