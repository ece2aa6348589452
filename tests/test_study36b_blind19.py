"""Causes found studying blind_pages19 (issue 12): a live ticker's entries taken for a list of teasers, and a
notice's role with a colon over its signer and a post's close over the writer's name taken for chrome.
Invented pages; the story's lines must come back whole, the chrome around them must not."""

from __future__ import annotations

import pytest
from test_selection import ARTICLE, explain_ids, signed_page
from test_story_end import PAGES, page, removed_by

from cleaner import Cleaner

# A live ticker: its stamps in clock order, most entries a title over a paragraph, one a paragraph alone.
TICKER_ENTRIES = [
    "Brücke in Mühlfeld gesperrt",
    "Die Polizei hat die alte Brücke in Mühlfeld für den gesamten Verkehr gesperrt, nachdem das Wasser am Abend "
    "bis knapp unter die Bögen gestiegen ist.",
    "Notunterkunft in der Schule",
    "Der Landkreis hat die Sporthalle des Gymnasiums als Notunterkunft für Familien geöffnet, die ihre Häuser in "
    "der Unterstadt verlassen mussten.",
    "Maria Lehner aus der Unterstadt hat bei unserer Redaktion angerufen: Sie habe die Möbel im Dunkeln nach oben "
    "getragen. Sie wohnt seit fünfzig Jahren am Fluss und hat ihn noch nie so hoch gesehen.",
    "Keine Züge zur Küste",
    "Die Bahn hat alle Züge zwischen Wendheim und der Küste eingestellt, bis die Strecke morgen früh von ihren "
    "Technikern geprüft worden ist.",
    "Warnstufe auf höchste Stufe angehoben",
    "Der Wetterdienst hat die Hochwasserwarnung für das Tal auf die höchste Stufe angehoben und erwartet den "
    "Scheitel nach Mitternacht.",
]
TICKER_LEAD = ("Die Wende ist nach zwei Tagen Dauerregen an drei Stellen über die Ufer getreten. Hunderte Haushalte "
               "sind ohne Strom und die Bahnstrecke zur Küste ist gesperrt. Wir berichten hier laufend.")
TICKER = "\n".join([
    "LIVE: Hochwasser an der Wende – alle Entwicklungen im Ticker | Wendheimer Bote", "",
    "Wir respektieren Ihre Privatsphäre", "",
    "Wir und unsere Partner verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf "
    "unsere Website zu analysieren.", "",
    "Alle akzeptieren Nur notwendige Einstellungen", "Wendheimer Bote", "Anmelden Abonnieren",
    "Nachrichten Sport Kultur Meinung Familie E-Paper",
    "Für das gesamte Tal gilt bis morgen früh um sechs Uhr die höchste Hochwasserwarnstufe.", "LIVE", "",
    "Hochwasser an der Wende – alle Entwicklungen im Ticker", "", TICKER_LEAD, "",
    "Wird automatisch aktualisiert Zuletzt aktualisiert 22:10 Sortierung: neueste zuerst",
    "22.10", "", TICKER_ENTRIES[0], "", TICKER_ENTRIES[1], "", "Anna Riedl",
    "21.35", "", TICKER_ENTRIES[2], "", TICKER_ENTRIES[3], "", "Tobias Becker", "Anzeige",
    "20.50", "", TICKER_ENTRIES[4], "", "Anna Riedl",
    "20.05", "", TICKER_ENTRIES[5], "", TICKER_ENTRIES[6], "",
    "Haben Sie Fotos oder Hinweise zum Hochwasser? Schreiben Sie uns an 0100 555 123 oder hinweise@bote.example",
    "19.20", "", TICKER_ENTRIES[7], "", TICKER_ENTRIES[8], "", "Tobias Becker", "Ältere Beiträge anzeigen", "",
    "Meistgelesen", "", "So schützen Sie Ihr Haus vor Hochwasser", "Schulen in Wendheim morgen geschlossen",
    "Rentner gewinnt zweimal im Lotto", "", "© 2026 Wendheimer Bote GmbH. Alle Rechte vorbehalten.",
])


def test_a_live_ticker_s_entries_under_their_titles_are_no_teasers() -> None:
    ids = {d.block.text: d.removed_by for d in Cleaner().explain(TICKER).decisions}
    assert all(ids[line] is None for line in [TICKER_LEAD, *TICKER_ENTRIES])
    assert ids["Rentner gewinnt zweimal im Lotto"] is not None and ids["Ältere Beiträge anzeigen"] is not None
    cleaned = Cleaner().clean(TICKER)
    assert Cleaner().clean(cleaned) == cleaned


@pytest.mark.parametrize(("language", "signer"), [
    # A notice's role with a colon after it, its article first, over the signer's name.
    ("de", ["Die Bürgermeisterin:", "Mag. Theresia Kollmann-Brandstätter"]),
    ("fr", ["Le Maire :", "Jean-Pierre Dubois"]),
    ("it", ["Il Sindaco:", "Gianfranco Bellodi"]),
])
def test_a_role_with_a_colon_over_the_signer_is_the_story_s(language: str, signer: list[str]) -> None:
    text = page(language, signer)
    ids = removed_by(text)
    _, _, story, box, footer = PAGES[language]
    assert all(ids[line] is None for line in [*story, *signer])
    assert all(ids[line] is not None for line in [*box, *footer])
    cleaned = Cleaner().clean(text)
    assert Cleaner().clean(cleaned) == cleaned


@pytest.mark.parametrize(("language", "sign_off"), [
    # A letter's close in the writer's own words, a comma after it, over the name.
    ("de", ["Bis zum nächsten Mal,", "Ute"]),
    ("fr", ["À très vite,", "Léa"]),
    ("es", ["Hasta la próxima,", "Marta"]),
    ("pl", ["Do zobaczenia,", "Tomek"]),
])
def test_a_close_that_ends_in_a_comma_over_the_writer_s_name_is_the_story_s(language: str,
                                                                              sign_off: list[str]) -> None:
    text = signed_page(language, sign_off)
    ids = explain_ids(text)
    assert all(ids[line] is None for line in [*ARTICLE[language], *sign_off])
    assert ids["Schulen bleiben zu"] is not None and ids["Artikel teilen"] is not None
    cleaned = Cleaner().clean(text)
    assert Cleaner().clean(cleaned) == cleaned


@pytest.mark.parametrize("under", [
    # A line ending in a comma with no name under it, or words that are no name: the page's.
    ["Teile diesen Beitrag mit Freunden,"],
    ["Mehr dazu lesen,", "teilen und abonnieren"],
])
def test_a_line_ending_in_a_comma_over_no_name_goes(under: list[str]) -> None:
    ids = explain_ids(signed_page("de", under))
    assert all(ids[line] is not None for line in under)
    assert all(ids[line] is None for line in ARTICLE["de"])
