"""A newsroom's "reading tip" box ("Lesetipp", "Leestip", "Lästips", "Læsetip", "Lesetips") over
the headlines of other stories, set in the story or under it, is a box of related links (issue 12,
session 25: no phrase list had the word); and a box whose heading and headline stand in one group
of lines ends at the group's blank line when the story's subheading, set apart, stands under it
(the setting box_ends_at_its_group). Invented texts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

GROUP_OFF = Cleaner(settings=replace(Settings(), box_ends_at_its_group=False))

FIRST = ("Der Gemeinderat hat am Montagabend beschlossen, die alte Brücke über den Fluss ab April für den "
         "gesamten Verkehr zu sperren.")
SECOND = ("Die Busse fahren künftig einen Umweg durch das neue Gewerbegebiet, was jede Fahrt in die Innenstadt "
          "um etwa zehn Minuten verlängert.")
THIRD = ("Der Bürgermeister sagte, die Anwohner würden angehört, bevor über eine neue Brücke entschieden werde, "
         "und die Reparaturen allein könnten mehr als zwölf Millionen Euro kosten.")
HEADLINE = "Hochwasserschutz am Hafen wird erhöht"
OTHERS = ["Stadtfest zieht in den Park um", "Bahn verspricht neue Züge bis zum Sommer"]


def page(middle: list[str], end: list[str]) -> str:
    return "\n".join(["Startseite", "Politik", "", "Brücke wird gesperrt", "", FIRST, "", *middle, "", SECOND, "",
                      THIRD, "", *end, "", "Impressum"])


@pytest.mark.parametrize("heading", ["Lesetipp", "Unser Lesetipp:", "Leseempfehlung der Redaktion", "Leestip",
                                     "Lästips", "Læsetip", "Lesetips"])
def test_a_reading_tip_box_in_the_story_goes_and_the_story_stays(cleaner, heading):
    explanation = cleaner.explain(page([heading, HEADLINE], []))
    removed = {d.block.text: d.removed_by for d in explanation.decisions}
    assert removed[heading] == removed[HEADLINE] == "inline-related"
    assert all(removed[line] is None for line in (FIRST, SECOND, THIRD))


def test_a_reading_tip_list_under_the_story_goes(cleaner):
    body = cleaner.clean(page([], ["Unsere Lesetipps:", "", *OTHERS]))
    assert "Unsere Lesetipps:" not in body and all(line not in body for line in OTHERS)
    assert FIRST in body and SECOND in body and THIRD in body


def test_a_story_sentence_with_the_word_stays(cleaner):
    sentence = "Lesetipps der Bibliothek für den Sommer gibt es ab Montag am Eingang, sagte die Leiterin."
    assert sentence in cleaner.clean(page([], [sentence]))


SUBHEADING = "Und was heißt das jetzt für die Pendler?"


def test_the_storys_subheading_under_a_box_of_one_group_stays(cleaner):
    text = page(["Lesetipp", HEADLINE, "", SUBHEADING], [])
    removed = {d.block.text: d.removed_by for d in cleaner.explain(text).decisions}
    assert removed["Lesetipp"] == removed[HEADLINE] == "inline-related"
    assert removed[SUBHEADING] is None


def test_without_the_setting_the_subheading_went_with_the_box():
    text = page(["Lesetipp", HEADLINE, "", SUBHEADING], [])
    removed = {d.block.text: d.removed_by for d in GROUP_OFF.explain(text).decisions}
    assert removed[SUBHEADING] == "inline-related"
