"""A caption whose credit follows its sentence as a copyright sign and a source ending in initials ("... lundi
soir. © La Gazette – J.-P. M.": the initials' full stops hid the credit), or as German's label for a
rendering or a chart ("... aussehen. Visualisierung: Beispielbahnen AG"): text mode kept it inside the story
(issue 12, blind_pages18). Invented pages."""

from __future__ import annotations

import pytest
from helpers import removals


STORIES = {
    "fr": ["Accueil", "Actualité", "Sports", "Le fournil de la place rouvre ses portes",
           "Fermée depuis un an, la boulangerie de la place du Marché a rouvert mardi matin, reprise par deux "
           "jeunes artisans venus de la ville voisine, qui ont refait le fournil et la vitrine avec l'aide de la "
           "mairie.",
           "Les premiers clients sont arrivés avant sept heures, et la fournée de pain au levain était épuisée "
           "avant midi, au grand plaisir des deux boulangers, qui n'en attendaient pas tant.",
           "La mairie, propriétaire des murs, a financé une partie des travaux et loue le local à un prix modéré "
           "pendant les trois premières années, le temps que le commerce trouve sa clientèle.",
           "Mentions légales · Contact"],
    "de": ["Startseite", "Region", "Sport", "Neue Bergstation soll 2026 fertig sein",
           "Die Bergbahnen im Tal wollen die alte Sesselbahn bis zum Winter 2026 durch eine moderne Kabinenbahn "
           "ersetzen, die doppelt so viele Gäste in der Stunde auf den Berg bringen kann wie bisher.",
           "Die Gemeinde hat dem Projekt im Sommer zugestimmt, nachdem die Bergbahnen zugesagt hatten, einen Teil "
           "des Parkplatzes zu begrünen und den Wanderweg neben der Trasse neu anzulegen.",
           "Kritik kommt vom Alpenverein, der mehr Verkehr im Tal befürchtet und einen besseren Anschluss an den "
           "Bus fordert, damit die Gäste das Auto öfter stehen lassen.",
           "Impressum · Datenschutz"],
    "en": ["Home", "News", "Sport", "Footbridge over the river opens at last",
           "The new footbridge over the river opened on Saturday morning, two years later than planned, after the "
           "council had to find a new builder when the first one went out of business.",
           "Hundreds of people crossed in the first hour, and the mayor said the bridge would cut the walk from the "
           "station to the old town by a quarter of an hour for thousands of commuters.",
           "The council says the bridge cost about a fifth more than first planned, most of it because of the "
           "delay and the higher price of steel over the last two years.",
           "Terms · Privacy"],
}
CAPTIONS = [
    ("fr", "Les deux boulangers devant leur fournil, mardi matin. © La Gazette du Val – J.-P. M."),
    ("en", "The footbridge seen from the east bank on Saturday. © Riverside Weekly – T. H."),
    ("de", "So soll die neue Bergstation einmal aussehen. Visualisierung: Beispielbahnen AG"),
    ("de", "Die Trasse der neuen Bahn und der alten Sesselbahn. Grafik: Beispielbahnen / K. Huber"),
]


def page(language: str, caption: str) -> tuple[str, list[str]]:
    menu1, menu2, menu3, headline, first, second, third, footer = STORIES[language]
    text = "\n\n".join([f"{menu1}\n{menu2}\n{menu3}", headline, first, caption, second, third, footer,
                        "© 2024 Beispiel Media"])
    return text, [first, second, third]


@pytest.mark.parametrize(("language", "caption"), CAPTIONS)
def test_a_caption_with_its_credit_after_the_sentence_goes_and_the_story_stays(language: str, caption: str) -> None:
    text, story = page(language, caption)
    removed = removals(text)
    assert removed[caption] == "photo-caption"
    assert [removed[line] for line in story] == [None, None, None]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "The logo was drawn in 1979 and has not changed since. © marks were added to it only in 1990 by the firm."),
    ("de", "Die Grafik zeigt, wie viele Gäste bisher in der Stunde auf den Berg fahren konnten."),
])
def test_a_story_line_with_the_words_stays(language: str, line: str) -> None:
    text, _ = page(language, line)
    removed = removals(text)
    assert removed[line] != "photo-caption"
