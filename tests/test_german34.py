"""German pages' chrome in the wordings German-language sites use (session 34, helper de34; study set
tests/fixtures/german_pages): a live ticker's stamps as a day and a clock time ("heute, 07:40 Uhr") or a short
time ago ("vor 2 Std."), an interview's byline with its time ago, a "might interest you"
link, affiliate notes, a banner on needed cookies only, a gallery's link with its count; and the first of a police
report's items ("Rottenburg: Einbrecher ...") under the byline, which stays. Invented lines."""

from __future__ import annotations

import pytest
from helpers import removals


ENTRIES = [
    "Die Staatsstraße zwischen Eggenfelden und Pfarrkirchen ist wieder frei. Ein umgestürzter Baum wurde entfernt.",
    "Im Ortsteil Unterdietfurt musste ein Seniorenheim teilweise geräumt werden. Verletzt wurde niemand.",
    "Landrat Josef Brandl dankt den Einsatzkräften. Insgesamt waren mehr als 400 Helfer unterwegs.",
    "Die Leitstelle meldet inzwischen mehr als 150 Einsätze. Schwerpunkte sind Eggenfelden und Massing.",
    "Der Wetterdienst hat die Unwetterwarnung aufgehoben. Für den Nachmittag sind erneut Gewitter möglich.",
]


def _removed_by(page: list[str]) -> dict[str, str | None]:
    return removals("\n".join(page))


@pytest.mark.parametrize("stamps", [
    ["vor 12 Min.", "vor 2 Std.", "heute, 07:40 Uhr", "gestern, 23:50 Uhr", "Gestern, 22:30"],
    ["vor 1 Stunde", "vor 3 Std", "Heute, 10:15", "heute um 06:05 Uhr", "Today, 9:12 am"],
])
def test_a_ticker_s_stamps_of_a_day_and_a_time_or_a_time_ago_go_and_its_entries_stay(stamps: list[str]) -> None:
    page = ["Startseite", "Unwetter im Landkreis: Alle Entwicklungen im Liveticker"]
    for stamp, entry in zip(stamps, ENTRIES):
        page += [stamp, entry]
    removed_by = _removed_by(page + ["Impressum"])
    assert all(removed_by[entry] is None for entry in ENTRIES)
    assert {stamp: removed_by[stamp] for stamp in stamps} == dict.fromkeys(stamps, "byline-dateline")


def test_a_sentence_on_today_or_a_time_ago_stays() -> None:
    lines = ["Heute, um 10:15 Uhr, beginnt die Sitzung des Gemeinderats im großen Saal.",
             "Der Zug fuhr vor 2 Std. ab.", "Anpfiff ist heute um 15:30 Uhr im Waldstadion, der Eintritt ist frei."]
    removed_by = _removed_by([ENTRIES[0], *lines, ENTRIES[1]])
    assert [removed_by[line] for line in lines] == [None, None, None]


def test_an_interview_s_credit_stays_but_not_with_a_time_ago() -> None:
    """An interview closed by "Das Gespräch führte …" is the article's (tests/fixtures/clean_articles/interview-de);
    over the story with the time it went online it is the byline's."""
    page = ["Imkerin im Interview", "Das Gespräch führte Anna Seibert vor 5 Std.", ENTRIES[0],
            "Frau Lorenz, wie geht es den Bienen in diesem Jahr?", ENTRIES[1], ENTRIES[2],
            "Das Gespräch führte Anna Seibert."]
    removed_by = _removed_by(page)
    assert removed_by["Das Gespräch führte Anna Seibert vor 5 Std."] == "byline-dateline"
    assert removed_by["Das Gespräch führte Anna Seibert."] is None
    assert removed_by["Frau Lorenz, wie geht es den Bienen in diesem Jahr?"] is None


@pytest.mark.parametrize(("line", "detector"), [
    ("Das könnte Sie auch interessieren: Mieterhöhung: Wann der Vermieter die Miete erhöhen darf", "read-also-link"),
    ("Das könnte dich auch interessieren: Kompost richtig ansetzen", "read-also-link"),
    ("*Affiliate-Link: Preise können sich seit der letzten Aktualisierung geändert haben.", "affiliate-disclosure"),
    ("Preise können sich seit der letzten Aktualisierung geändert haben.", "affiliate-disclosure"),
])
def test_a_story_s_link_and_affiliate_notes_in_german_go(line: str, detector: str) -> None:
    removed_by = _removed_by([ENTRIES[0], ENTRIES[1], line, ENTRIES[2], ENTRIES[3]])
    assert removed_by[line] == detector
    assert [removed_by[entry] for entry in ENTRIES[:4]] == [None] * 4


def test_a_sentence_on_prices_stays() -> None:
    line = "Die Preise können sich seit der letzten Erhöhung kaum noch jemand leisten, klagen die Mieter."
    assert _removed_by([ENTRIES[0], line, ENTRIES[1]])[line] is None


@pytest.mark.parametrize("line", [
    "Diese Seite nutzt ausschließlich technisch notwendige Cookies. Datenschutzhinweise Verstanden",
    "Wir verwenden nur essenzielle Cookies.",
    "Unsere Website setzt ausschließlich technisch erforderliche Cookies ein."])
def test_a_banner_on_only_needed_cookies_goes(line: str) -> None:
    assert _removed_by([line, ENTRIES[0], ENTRIES[1], ENTRIES[2]])[line] == "cookie-notice"


def test_a_sentence_on_a_site_using_only_needed_cookies_stays() -> None:
    line = ("Der Datenschützer lobte, dass die Seite der Stadt nur notwendige Cookies nutzt, und forderte das auch "
            "von Firmen.")
    assert _removed_by([ENTRIES[0], line, ENTRIES[1]])[line] is None


POLICE_REPORT = [
    "Datenschutzeinstellungen: Wir nutzen Cookies auf unserer Website. Einige sind essenziell. Alle akzeptieren",
    "Neckar-Echo", "Region Polizei Politik Kultur Sport",
    "Polizeibericht: Einbruch in Bäckerei, Unfall auf der B 27", "Neckar-Echo · 07.04.2025, 09:14 Uhr",
    "Rottenburg: Einbrecher stehlen Wechselgeld",
    "Unbekannte sind in der Nacht auf Sonntag in eine Bäckerei in der Königstraße eingebrochen. Die Täter hebelten "
    "die Hintertür auf und erbeuteten rund 300 Euro Wechselgeld. Zeugen werden gebeten, sich bei der Polizei zu "
    "melden.",
    "Bodelshausen: Auffahrunfall mit drei Fahrzeugen",
    "Auf der B 27 bei Bodelshausen sind am Samstagnachmittag drei Autos zusammengestoßen. Zwei Personen wurden leicht "
    "verletzt, die Bundesstraße war für eine Stunde in Richtung Tübingen gesperrt.",
    "Mössingen: Fahrrad aus Keller gestohlen",
    "Aus einem Mehrfamilienhaus in der Bahnhofstraße haben Unbekannte zwischen Donnerstag und Samstag ein hochwertiges "
    "E-Bike gestohlen. Das schwarze Rad hat einen Wert von rund 3.800 Euro.",
    "Artikel teilen: Facebook WhatsApp E-Mail", "Weitere Polizeimeldungen",
    "Polizeibericht vom 6. April: Brand in Gartenhütte 06.04.2025", "Impressum Datenschutz Kontakt Leserbriefe",
    "© Neckar-Echo Verlag",
]


def test_a_sectioned_story_s_first_subheading_under_the_byline_stays() -> None:
    removed_by = _removed_by(POLICE_REPORT)
    assert [removed_by[line] for line in POLICE_REPORT[5:11]] == [None] * 6
    assert removed_by["Neckar-Echo · 07.04.2025, 09:14 Uhr"] == "byline-dateline"


def test_a_line_under_the_byline_over_a_story_of_one_section_still_goes() -> None:
    page = POLICE_REPORT[:7] + POLICE_REPORT[12:]
    assert _removed_by(page)["Rottenburg: Einbrecher stehlen Wechselgeld"] == "main-content"


@pytest.mark.parametrize("line", ["Bildergalerie ansehen (14 Bilder)", "Zur Bildergalerie (36 Bilder)",
                                  "Fotostrecke öffnen (8 Fotos)"])
def test_a_gallery_link_with_its_count_of_pictures_goes(line: str) -> None:
    removed_by = _removed_by([ENTRIES[0], ENTRIES[1], line, ENTRIES[2], ENTRIES[3]])
    assert removed_by[line] == "media-player"
    assert [removed_by[entry] for entry in ENTRIES[:4]] == [None] * 4
