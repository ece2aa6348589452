"""The deck between the story's headline and its first paragraph stays in text mode (issue 12: text
mode's recall on traf-dev's choosing folds lost a subtitle right under the headline that html-lead
keeps from HTML): selection.headline_deck and the setting headline_deck_min_words. Invented pages."""

from __future__ import annotations

from dataclasses import replace


from cleaner import Cleaner, Settings

OFF = Cleaner(settings=replace(Settings(), headline_deck_min_words=0))

TITLE = "Nieuwe fietsbrug over de Vecht geopend | Dagblad Oost"
MENU = ["Home", "Nieuws", "Regio", "Sport", "Cultuur", "Contact"]
HEADLINE = "Nieuwe fietsbrug over de Vecht geopend"
SHARE = ["Delen", "Facebook", "WhatsApp", "E-mail"]
BODY = [
    "De gemeente heeft zaterdag de nieuwe fietsbrug over de Vecht geopend, na bijna twee jaar bouwen en een "
    "flinke vertraging door de hoge waterstand van vorig voorjaar.",
    "Wethouder Anouk de Vries knipte het lint door en fietste daarna als eerste over de brug, samen met een "
    "groep kinderen van de basisschool uit de wijk aan de overkant.",
    "Volgens de gemeente scheelt de brug fietsers uit de nieuwe wijk zeker tien minuten op weg naar het "
    "station, omdat ze niet meer om hoeven via de drukke verkeersbrug in het centrum.",
]
FOOTER = ["Meer nieuws uit de regio", "Markt trekt duizenden bezoekers", "Brand in schuur snel geblust"]
# A deck of prose words right under the headline and right above the body: unended, shorter than a
# standfirst (standfirst_edge_min_words), longer than a section's heading (lead_heading_max_words).
DECK = "Fietsers zijn nu sneller in de stad"


def page(line: str) -> str:
    return "\n".join([TITLE, *MENU, HEADLINE, line, *BODY, *SHARE, *FOOTER])


def test_the_deck_between_headline_and_body_stays(cleaner):
    body = cleaner.clean(page(DECK))
    assert DECK in body
    assert all(paragraph in body for paragraph in BODY)
    assert "Markt trekt duizenden bezoekers" not in body
    assert cleaner.clean(body) == body


def test_without_the_setting_the_deck_was_lost():
    assert DECK not in OFF.clean(page(DECK))


def test_a_line_of_names_there_is_no_deck(cleaner):
    """Names under the headline (who stands on the photo) are no prose: no deck."""
    names = "Anouk de Vries, Pieter Jansen, Sanne Bakker, Joost Visser"
    assert names not in cleaner.clean(page(names))
