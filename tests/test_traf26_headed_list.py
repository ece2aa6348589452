"""A story of lists only: a recipe's ingredients under their heading, above its steps under theirs, no
byline and a menu the detectors left above it. The region is the steps (they read as sentences); the
ingredients' short lines ran on up into the menu, so no structured run stood under a removed line, and
they were lost (issue 12's open "lists-only article"). The section right above the story's first
heading, a heading over a group of short lines of one structure, is the story's
(selection._headed_list_above). Invented German and English pages."""

from __future__ import annotations

from dataclasses import replace


from cleaner import Cleaner, Settings
from helpers import count_kept

MENU = ["Küchenliebe", "Rezepte", "Backen", "Kochen", "Getränke", "Über uns"]
TITLE = "Apfelkuchen vom Blech"
INGREDIENTS = ["Zutaten", "250 g Butter", "200 g Zucker", "1 Päckchen Vanillezucker", "4 Eier", "500 g Mehl",
               "1 Päckchen Backpulver", "1,5 kg Äpfel"]
STEPS = ["Zubereitung",
         "1. Den Backofen auf 180 Grad vorheizen und ein Blech mit Backpapier auslegen.",
         "2. Butter, Zucker und Vanillezucker schaumig rühren, dann die Eier einzeln unterrühren.",
         "3. Mehl und Backpulver mischen und unter den Teig rühren, bis er glatt ist.",
         "4. Die Äpfel schälen, entkernen und in Spalten schneiden, dann auf dem Teig verteilen.",
         "5. Den Kuchen etwa 40 Minuten backen und auf dem Blech abkühlen lassen."]
FOOTER = ["Impressum | Datenschutz | Kontakt", "© 2023 Küchenliebe"]


def page(ingredients: list[str]) -> str:
    return "\n".join([*MENU, "", TITLE, "", *ingredients, "", *STEPS, "", *FOOTER])


def test_the_ingredients_above_the_steps_stay(cleaner):
    body = cleaner.clean(page(INGREDIENTS))
    assert count_kept(INGREDIENTS, body) == len(INGREDIENTS) and count_kept(STEPS, body) == len(STEPS)
    assert count_kept(MENU, body) == 0


def test_a_heading_set_apart_over_the_list_stays_with_it(cleaner):
    body = cleaner.clean(page([INGREDIENTS[0], "", *INGREDIENTS[1:]]))
    assert count_kept(INGREDIENTS, body) == len(INGREDIENTS)


def test_without_the_setting_the_ingredients_were_lost():
    off = Cleaner(settings=replace(Settings(), headed_list_above_section=False))
    assert count_kept(INGREDIENTS, off.clean(page(INGREDIENTS))) == 0


def test_a_heading_over_unstructured_lines_is_no_section_of_the_story(cleaner):
    """A box of other recipes' names (no numbers, labels or bullets) above the steps stays out."""
    box = ["Beliebte Rezepte", "Zwetschgenkuchen mit Streuseln", "Käsekuchen ohne Boden", "Schneller Rührkuchen",
           "Marmorkuchen wie bei Oma", "Bienenstich vom Blech"]
    assert count_kept(box, cleaner.clean(page(box))) == 0
