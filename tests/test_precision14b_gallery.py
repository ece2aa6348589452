"""A gallery's title and its label or picture count, left in a story's text, go; the story stays."""

from __future__ import annotations

import cleaner

STORY = [
    "Neue Brücke über die Elbe fast fertig",
    "Die Stadt hat am Montag die letzten Träger der neuen Brücke über die Elbe eingesetzt, teilte das Bauamt mit.",
    "Die Arbeiten hatten vor zwei Jahren begonnen und kosteten bisher rund 40 Millionen Euro.",
    "Nach Angaben der Stadt sollen die ersten Autos im Mai über die Brücke fahren, Radfahrer schon im April.",
    "Der alte Übergang wird danach abgerissen, die Fläche soll ein Park werden, sagte die Bürgermeisterin.",
]
GALLERY = ["Die neue Brücke im Bau", "Galerie"]
COUNTED = ["Bildergalerie: Die Elbbrücke von oben", "14 Bilder"]


def test_a_gallery_title_and_its_label_in_the_story_go():
    page = "\n\n".join(STORY[:2] + GALLERY + STORY[2:4] + COUNTED + STORY[4:])
    kept = cleaner.clean(page).splitlines()
    assert [line for line in kept if line] == STORY


def test_a_gallery_word_under_a_sentence_stays():
    page = "\n\n".join(STORY[:2] + ["Die Galerie zeigt Bilder der Baustelle.", "Galerie"] + STORY[2:])
    kept = cleaner.clean(page)
    assert "Die Galerie zeigt Bilder der Baustelle." in kept


def test_a_gallery_label_under_a_player_control_goes_in_one_pass():
    page = "\n\n".join(STORY[:2] + ["Die Elbbrücke von oben", "View gallery", "Galerie"] + STORY[2:])
    once = cleaner.clean(page)
    assert "Galerie" not in once.splitlines()
    assert cleaner.clean(once) == once
