"""A box of other articles' headlines set between two paragraphs of the story without a heading (a
site's links to its other stories, one a line, a blank line above and under the group) is an
interruption of the story, not the story's: issue 12 (session 25), the shape recurs on choosing
pages of several sites and languages (detectors.lists._unheaded_boxes, the settings
unheaded_box_min_items, unheaded_box_item_min_words, unheaded_box_prose_min_words). A story's own
lines of that shape stay: one line alone (a subheading), items a paragraph announces with a colon,
lines ending with marks, an aside in brackets, lines under a short sentence. Invented texts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

OFF = Cleaner(settings=replace(Settings(), unheaded_box_min_items=0))

HEADER = ["Home", "News", "Sport", "Weather", "", "Council closes the old bridge to all traffic", "3 March 2021", ""]
FIRST = ("The council voted on Monday night to close the old bridge over the river to all traffic from April, "
         "after engineers found cracks in two of its piers.")
SECOND = ("Buses will take the long way round through the new industrial estate, adding about ten minutes to "
          "each journey into the town centre, the operator said.")
THIRD = ("The mayor said residents would be consulted before any decision on a new crossing was taken, and that "
         "the repairs alone could cost more than twelve million pounds.")
BOX = ["Flood defences to be raised along the harbour", "Rail operator promises new trains by the summer"]
FOOTER = ["", "Share this story", "Facebook", "Twitter", "", "© 2021 The Town Gazette"]


def page(box: list[str], second: str = SECOND) -> str:
    return "\n".join([*HEADER, FIRST, "", second, "", *box, "", THIRD, *FOOTER])


def test_a_box_of_headlines_between_two_paragraphs_goes_and_the_story_stays(cleaner):
    body = cleaner.clean(page(BOX))
    assert all(line not in body for line in BOX)
    assert FIRST in body and SECOND in body and THIRD in body


def test_without_the_setting_the_box_was_kept_with_the_story():
    body = OFF.clean(page(BOX))
    assert all(line in body for line in BOX)


def test_explain_names_the_box_an_interruption(cleaner):
    removed = {d.block.text: d.removed_by for d in cleaner.explain(page(BOX)).decisions if d.removed_by}
    assert {removed.get(line) for line in BOX} == {"inline-related"}


@pytest.mark.parametrize(("first", "second", "third", "box"), [
    ("Der Gemeinderat hat am Montagabend beschlossen, die alte Brücke über den Fluss ab April für den gesamten "
     "Verkehr zu sperren.",
     "Die Busse fahren künftig einen Umweg durch das neue Gewerbegebiet, was jede Fahrt in die Innenstadt um "
     "etwa zehn Minuten verlängert.",
     "Der Bürgermeister sagte, die Anwohner würden angehört, bevor über eine neue Brücke entschieden werde, und "
     "die Reparaturen allein könnten mehr als zwölf Millionen Euro kosten.",
     ["Hochwasserschutz am Hafen wird erhöht", "Bahn verspricht neue Züge bis zum Sommer",
      "Stadtfest zieht in den Park um"]),
    ("Le conseil municipal a voté lundi soir la fermeture du vieux pont à toute circulation à partir du mois "
     "d'avril, après la découverte de fissures.",
     "Les bus feront un détour par la nouvelle zone industrielle, ce qui ajoutera une dizaine de minutes à chaque "
     "trajet vers le centre-ville, selon l'exploitant.",
     "Le maire a assuré que les habitants seraient consultés avant toute décision sur un nouveau pont, dont le "
     "coût pourrait dépasser douze millions d'euros.",
     ["Les digues du port seront rehaussées", "La SNCF promet de nouveaux trains pour l'été"]),
    ("Rada miasta zdecydowała w poniedziałek wieczorem o zamknięciu starego mostu dla całego ruchu od kwietnia, "
     "po wykryciu pęknięć w dwóch filarach.",
     "Autobusy pojadą objazdem przez nową strefę przemysłową, co wydłuży każdy przejazd do centrum o około "
     "dziesięć minut, poinformował przewoźnik.",
     "Burmistrz zapewnił, że mieszkańcy zostaną wysłuchani przed decyzją o nowej przeprawie, a sam remont może "
     "kosztować ponad dwanaście milionów złotych.",
     ["Wały przeciwpowodziowe w porcie zostaną podniesione", "Kolej obiecuje nowe pociągi do lata"]),
])
def test_the_box_goes_in_other_languages(cleaner, first, second, third, box):
    text = "\n".join(["Start", "Aktuell", "", first, "", second, "", *box, "", third, "", "Impressum"])
    body = cleaner.clean(text)
    assert all(line not in body for line in box)
    assert first in body and second in body and third in body
    assert all(line in OFF.clean(text) for line in box)


@pytest.mark.parametrize("lines", [
    # One line alone: the story's subheading.
    ["What happens to the buses now"],
    # Lines ending with marks: a sentence's, a clause's, an item's.
    ["Flood defences to be raised along the harbour,", "Rail operator promises new trains by the summer."],
    # An aside in brackets, a quotation: the story's.
    ["(Figures from the council's report of March)", "Repairs to the two damaged piers"],
    ["\"We cannot wait another winter for this\"", "Repairs to the two damaged piers"],
    # Lines of fewer words: an address, a kicker over a subheading.
    ["Town Hall", "12 Market Street"],
])
def test_a_storys_own_lines_stay(cleaner, lines):
    body = cleaner.clean(page(lines))
    assert all(line in body for line in lines)


def test_items_a_paragraph_announces_with_a_colon_stay(cleaner):
    announcing = ("The council listed the works it will pay for first, and the order in which they are to be "
                  "carried out over the next two years:")
    body = cleaner.clean(page(BOX, second=announcing))
    assert all(line in body for line in BOX)


def test_lines_under_a_short_sentence_stay(cleaner):
    # A programme: a speaker's name and role over the talk's title, the next speaker's line a short sentence.
    talks = ["Anna Berg, head of press at the regional council", "Why the bridge matters to the town"]
    short = "Jo Lee, engineer and author of the survey."
    text = "\n".join([*HEADER, FIRST, "", *talks, "", short, "", SECOND, "", THIRD, *FOOTER])
    body = cleaner.clean(text)
    assert all(line in body for line in talks)


def test_rows_of_facts_are_no_box_of_headlines(cleaner):
    # Each a label and its value: the story's box of figures (selection may still judge the story's end).
    rows = ["Cost of the first stage of the works: 38 million pounds",
            "Grant from the national bridge fund: 14 million pounds", "Journeys affected each day: about 6,800"]
    removed = {d.block.text: d.removed_by for d in cleaner.explain(page(rows)).decisions}
    assert all(removed[row] != "inline-related" for row in rows)


@pytest.mark.parametrize("rows", [
    # The story's table written as lines: each row the same fields parted by commas (a name, a trade, a mark).
    ["Marta Oyelaran, bricklayer, first class honours", "Tom Feeney, joiner, second class honours",
     "Priya Nandakumar, roofer, second class honours"],
    ["Ilse Brandner, Malerin EFZ, Note 5.4", "Konrad Vögeli, Elektriker EFZ, Note 4.9"],
])
def test_rows_of_a_record_with_the_same_fields_are_no_box_of_headlines(cleaner, rows):
    removed = {d.block.text: d.removed_by for d in cleaner.explain(page(rows)).decisions}
    assert all(removed[row] is None for row in rows)
