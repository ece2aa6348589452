"""A box set between two paragraphs of a story (a newsletter's pitch) cuts the region; the story's
last paragraphs under it score well under story_halves_min_share of the rest and were lost. Right
under them stand the story's end marks (share bar, tags, comment prompt): a half that ends there needs
only story_halves_at_end_min_share (issue 12, the open "half under 0.3 of the other";
selection._ends_at_story_end). Invented German texts."""

from __future__ import annotations

from dataclasses import replace


from cleaner import Cleaner, Settings
from helpers import count_kept

MENU = ["Talbacher Anzeiger", "Startseite", "Region", "Sport", "Wirtschaft", "Kultur", "Service"]
HEADER = ["Neue Stadtbibliothek öffnet im Herbst", "Von Jana Keller · 14.05.2021, 09:12 Uhr"]
UPPER = [
    "Nach drei Jahren Bauzeit ist die neue Stadtbibliothek am Marktplatz fast fertig. Die Stadt rechnet mit "
    "der Eröffnung Anfang Oktober, wenn die letzten Regale geliefert sind.",
    "Das Gebäude bietet auf zwei Etagen Platz für rund 60.000 Bücher, dazu kommen Arbeitsplätze für Schüler "
    "und Studierende sowie ein kleiner Saal für Lesungen und Vorträge.",
    "Die Kosten liegen mit knapp neun Millionen Euro etwas über der ersten Schätzung. Grund seien gestiegene "
    "Preise für Holz und Stahl, sagte Bürgermeister Frank Roth am Dienstag im Bauausschuss.",
    "Bis zur Eröffnung bleibt die alte Bibliothek in der Schulstraße geöffnet. Danach zieht der gesamte "
    "Bestand in mehreren Etappen um, die Ausleihe soll dabei nur eine Woche ruhen.",
    "Für Kinder gibt es im Erdgeschoss eine eigene Leseecke mit Sitzkissen, Spielen und einer Auswahl an "
    "Hörbüchern, die auch am Wochenende genutzt werden kann.",
]
LOWER = [
    "Der Förderverein sucht für den Umzug im Oktober noch Freiwillige, die beim Packen der Kisten helfen.",
    "Wer mitmachen will, kann sich bis Ende Juni im Rathaus oder in der alten Bibliothek melden.",
]
BOX = ["Der Morgen im Talbach", "Die wichtigsten Nachrichten aus der Region jeden Morgen in Ihrem Postfach.",
       "Jetzt kostenlos abonnieren"]
END = ["Teilen Facebook Twitter WhatsApp E-Mail", "Schlagworte: Bibliothek Stadtentwicklung"]
FOOTER = ["Impressum | Datenschutz | Kontakt", "© 2021 Talbacher Anzeiger"]


def page(end: list[str]) -> str:
    return "\n".join([*MENU, "", *HEADER, "", *"\n\n".join(UPPER).split("\n"), "", *BOX, "",
                      *"\n\n".join(LOWER).split("\n"), "", *end, "", *FOOTER])


def test_the_story_end_under_a_box_stays(cleaner):
    body = cleaner.clean(page(END))
    assert count_kept(UPPER, body) == len(UPPER) and count_kept(LOWER, body) == len(LOWER)
    assert count_kept(BOX, body) == count_kept(END, body) == 0


def test_without_the_setting_the_end_was_lost():
    off = Cleaner(settings=replace(Settings(), story_halves_at_end_min_share=0.3))
    assert count_kept(LOWER, off.clean(page(END))) == 0


def test_a_half_under_the_box_without_the_story_end_marks_goes(cleaner):
    """Over the page's footer alone, the lines under the box are the box's or the page's."""
    assert count_kept(LOWER, cleaner.clean(page([]))) == 0
