"""An event's facts under its header: the date alone on its line (no "When:" label), the place named without
a label, the price or the hours with one, maybe a row of buttons under them, then the text. The date is the
event's, not the page's dateline, and the lines under it are the story's facts (issue 12, session 37: the
study sets lost such boxes in French, Dutch and German, a choosing page of traf-dev an exhibition's)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import grouped_page, kept_lines

from cleaner import Cleaner, Settings

EVENTS = {
    "en": ("Summer Nights at the Boathouse | What's On in Kelbury", "What's On in Kelbury",
           "Events Music Theatre Family Add your event", "Music · Folk",
           "The Larkfield Trio at the Old Boathouse"),
    "it": ("Mostra: le mappe del fiume - Agenda di Valmora", "Agenda di Valmora",
           "Eventi Mostre Concerti Bambini Segnala un evento", "Mostre · Storia",
           "Le mappe del fiume, quattro secoli di alluvioni"),
    "pl": ("Jarmark Świętojański - Kalendarz imprez Borowo", "Kalendarz imprez Borowo",
           "Imprezy Koncerty Wystawy Dla dzieci Dodaj wydarzenie", "Jarmarki · Rodzina",
           "Jarmark Świętojański na rynku w Borowie"),
}
FACTS = {
    "en": ["Friday 12 June 2026, 7.30pm", "The Old Boathouse, Riverside Walk, Kelbury",
           "Tickets: £12, under-16s free, at the door or from the library"],
    "it": ["Dal 4 al 26 aprile 2026", "Sala delle Colonne, Palazzo Ferri, via del Ponte 8",
           "Orari: martedì-domenica 10-18, lunedì chiuso"],
    "pl": ["Sobota, 20 czerwca 2026, godz. 10–18", "Rynek w Borowie, przy ratuszu",
           "Wstęp: wolny, parking przy ulicy Szkolnej"],
}
ROWS = {"en": "Add to calendar Directions Share", "it": "Aggiungi al calendario Come arrivare Condividi",
        "pl": "Dodaj do kalendarza Dojazd Udostępnij"}
TEXTS = {
    "en": ["The Larkfield Trio bring their fiddle, harp and concertina back to the Boathouse for the first of "
           "this year's Summer Nights, with songs from the river valleys and a few tunes of their own.",
           "The bar opens at half past six, and the evening ends early enough for the last bus to Millbrook, "
           "which leaves from the bridge at a quarter to eleven."],
    "it": ["La mostra raccoglie sessanta mappe del fiume disegnate tra il Seicento e oggi, prestate "
           "dall'archivio comunale e da alcune famiglie della valle che le custodivano in soffitta.",
           "Ogni sala segue una delle grandi piene, e accanto alle mappe sono esposti i diari dei mugnai "
           "che annotavano l'altezza dell'acqua sulle porte dei mulini."],
    "pl": ["Na rynku stanie ponad sześćdziesiąt straganów z rękodziełem, miodem i wypiekami, a na scenie przy "
           "ratuszu przez cały dzień będą grać zespoły z całego powiatu.",
           "Dla dzieci przygotowano warsztaty plecenia wianków, które wieczorem zostaną puszczone na rzekę "
           "podczas tradycyjnego pochodu nad brzegiem."],
}
FOOT = {"en": [["More events this week"], ["Quiz night at the Swan", "Kelbury Farmers' Market"],
               ["© 2026 What's On in Kelbury · Privacy · Contact"]],
        "it": [["Altri eventi"], ["Concerto d'organo in Duomo", "Mercatino del libro usato"],
               ["© 2026 Agenda di Valmora · Privacy · Contatti"]],
        "pl": [["Inne wydarzenia"], ["Koncert organowy w farze", "Kiermasz książek"],
               ["© 2026 Kalendarz imprez Borowo · Prywatność · Kontakt"]]}


def event_page(language: str, row: bool = True, facts: list[str] | None = None) -> str:
    facts = FACTS[language] if facts is None else facts
    return grouped_page([*([line] for line in EVENTS[language]), *([line] for line in facts),
                         *([[ROWS[language]]] if row else []), *([line] for line in TEXTS[language]),
                         *FOOT[language]])


@pytest.mark.parametrize("language", sorted(EVENTS))
@pytest.mark.parametrize("row", [True, False])
def test_an_event_s_date_and_its_unlabelled_place_over_its_text_are_the_story_s(language: str, row: bool) -> None:
    page = event_page(language, row)
    kept = kept_lines(page)
    assert {*FACTS[language], *TEXTS[language]} <= kept
    assert ROWS[language] not in kept and not {*EVENTS[language][1:3]} & kept
    cleaned = Cleaner().clean(page)
    assert Cleaner().clean(cleaned) == cleaned


def test_the_event_s_date_goes_as_a_dateline_when_event_facts_are_off() -> None:
    page = event_page("en")
    assert FACTS["en"][0] not in kept_lines(page, replace(Settings(), unlabelled_event_dates=False))


@pytest.mark.parametrize("facts", [
    # A dateline over a header's metadata, each line labelled: no place named.
    ["12 June 2026", "Category: Local news", "Reading time: 3 minutes"],
    # A dateline over two short lines and no label: a kicker and the desk's name.
    ["12 June 2026", "Weekend guide", "Kelbury desk"],
])
def test_a_dateline_over_no_event_s_facts_goes(facts: list[str]) -> None:
    kept = kept_lines(event_page("en", facts=facts))
    assert facts[0] not in kept and set(TEXTS["en"]) <= kept
