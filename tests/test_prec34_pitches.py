"""Pitches set in a story on a line of their own that text mode kept and HTML mode drops (issue 12, session 34):
an advertiser's question to the reader run into the call to see a shop's offers ("Szukasz lokalu? Zobacz oferty
na ..."), and the plug for the outlet's app named by the outlet ("Jetzt die Stadtanzeiger-App herunterladen").
Invented pages, German first; a story's question on prices and a sentence on an app stay."""

from __future__ import annotations

import pytest

from cleaner import clean, explain

GUIDE_DE = """So wechseln Sie den Fahrradschlauch in zehn Minuten

Ein platter Reifen kommt immer zur falschen Zeit. Mit etwas Übung ist der Schlauch aber schnell gewechselt, und
man braucht dafür nur zwei Reifenheber, eine Pumpe und einen neuen Schlauch in der passenden Größe.

Zuerst nehmen Sie das Laufrad aus dem Rahmen. Bei einer Schnellspannachse genügt ein Hebel, bei einer Steckachse
brauchen Sie meist einen Inbusschlüssel, den viele Multitools schon mitbringen.

Sie suchen einen guten Satz Reifenheber? Jetzt Angebote vergleichen bei Radwerk Beispielstadt

Dann hebeln Sie den Reifen an einer Seite über die Felge und ziehen den alten Schlauch heraus. Prüfen Sie den
Mantel von innen mit den Fingern, damit kein Splitter den neuen Schlauch gleich wieder durchsticht.

Der neue Schlauch wird leicht aufgepumpt eingelegt, dann drücken Sie den Reifen mit den Daumen zurück in die
Felge. Zum Schluss pumpen Sie ihn auf den Druck auf, der auf der Flanke des Reifens steht.
"""

NEWS_DE = """Freibad öffnet erst im Juli

Das Freibad am Stadtpark wird in diesem Jahr erst Anfang Juli öffnen. Grund sind Verzögerungen bei der Sanierung
der Becken, teilte die Stadtverwaltung am Montag mit.

Die Sanierung kostet nach derzeitigem Stand 1,9 Millionen Euro, knapp 200 000 Euro mehr als geplant. Rund die
Hälfte übernimmt das Land aus seinem Programm für kommunale Bäder.

Jetzt die Stadtanzeiger-App herunterladen und keine Nachricht aus Ihrer Stadt mehr verpassen

Der Förderverein des Freibads plant trotz der Verzögerung sein Eröffnungsfest. Es soll nun am 19. Juli stattfinden,
mit einem Flohmarkt auf der Liegewiese und einem Konzert der Stadtkapelle am Abend.
"""

NEWS_EN = """Pier repairs to start in spring

The council agreed on Tuesday to start the repairs to the old pier in April, after a survey found that two of its
timber supports had rotted through and could no longer carry the weight of the deck.

The work will cost about 2.4 million pounds and should take eighteen months, the council's engineer said.

Download the Harbour Evening News app for breaking news alerts and live traffic updates

Fishermen who moor at the pier will be moved to the marina for the length of the work, the harbour master said,
and the cafe at its end will stay open through the summer.
"""

GUIDE_PL = """Jak przygotować rower do sezonu

Po zimie rower trzeba dokładnie obejrzeć, zanim wyjedziemy na pierwszą dłuższą trasę. Najważniejsze są hamulce,
napęd i ciśnienie w oponach, bo to one najczęściej zawodzą po kilku miesiącach w piwnicy.

Ściśnij obie klamki. Powinny stawiać wyraźny opór i nie dochodzić do kierownicy, a klocki powinny mieć rowki.

Szukasz dobrego zestawu kluczy? Zobacz oferty na Przykladowysklep.pl

Łańcuch oczyść szmatką, a potem nasmaruj go olejem przeznaczonym do rowerów, po jednej kropli na każde ogniwo.
Nadmiar oleju wytrzyj po kilku minutach, bo inaczej zbierze się na nim kurz i piasek z drogi.
"""

PITCHES = [
    (GUIDE_DE, "Sie suchen einen guten Satz Reifenheber? Jetzt Angebote vergleichen bei Radwerk Beispielstadt",
     "shop-pitch"),
    (NEWS_DE, "Jetzt die Stadtanzeiger-App herunterladen und keine Nachricht aus Ihrer Stadt mehr verpassen",
     "newsletter-prompt"),
    (GUIDE_PL, "Szukasz dobrego zestawu kluczy? Zobacz oferty na Przykladowysklep.pl", "shop-pitch"),
]


@pytest.mark.parametrize("page,pitch,stage", PITCHES, ids=["shop-de", "app-de", "shop-pl"])
def test_a_pitch_set_in_the_story_goes_and_the_story_stays(page: str, pitch: str, stage: str) -> None:
    removed = {d.block.text: d.removed_by for d in explain(page).decisions}
    assert removed[pitch] == stage
    # The story round it stays whole: the pitch is an interruption, not its end.
    kept = clean(page)
    paragraphs = [block for block in page.split("\n\n")[1:] if block.strip() and pitch not in block]
    for paragraph in paragraphs:
        assert paragraph.split("\n")[0] in kept


@pytest.mark.parametrize("line", [
    "Wie teuer wird das Ticket? Die Preise steigen im Januar um zwölf Prozent, sagt der Verbund.",
    "Szukasz pracy w Lipnicy? Urząd pracy ma w tym miesiącu 40 nowych ofert, mówi dyrektorka.",
    "Residents can download the Harbour Council app to report potholes, the council said on Monday.",
])
def test_a_story_sentence_on_prices_offers_or_an_app_stays(line: str) -> None:
    page = NEWS_EN.replace("Download the Harbour Evening News app for breaking news alerts and live traffic updates",
                           line)
    assert line in clean(page)
