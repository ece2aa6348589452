"""A club's or a parish's welcome box over the page's post that text mode kept (issue 12, session 37): a welcome
heading ("Herzlich willkommen", "Welkom bij ..."), the site's introduction under it, then the site's chrome and the
post; and a site's greeting that opens a paragraph above the story ("Witamy na stronie ...", "Welcome to the website
of ..."). Seen on three study-set sites (de, nl) and a traf-dev choosing page (pl). Invented pages; a story under a
welcome headline, and a welcome heading inside a story, stay."""

from __future__ import annotations

import pytest

from helpers import removers_of

from cleaner import clean

CLUB_DE = """Sommerfest am Vereinsheim | TSV Lindach

TSV Lindach 1910 e.V.
Start Verein Abteilungen Termine Kontakt

Herzlich willkommen

Der TSV Lindach wurde 1910 gegründet und hat heute rund neunhundert Mitglieder in acht Abteilungen, vom Kinderturnen
über Fußball und Tischtennis bis zur Seniorengymnastik am Dienstagvormittag in der Halle an der Schule.

Auf diesen Seiten finden Sie unsere Trainingszeiten, die Ansprechpartner aller Abteilungen und die Termine des
Vereins. Schnuppern ist in jeder Abteilung kostenlos, sprechen Sie einfach die Übungsleiter an.

Seite teilen
Facebook WhatsApp E-Mail Drucken

Sommerfest am Vereinsheim

Am Samstag feiert der Verein sein Sommerfest am Vereinsheim.

Los geht es um 14 Uhr mit einem Turnier der Jugend.

Für Kaffee und Kuchen sorgt die Turnabteilung.

© TSV Lindach 1910 e.V. · Impressum · Datenschutz
"""

CLUB_NL = """Nieuwe tribune geopend | Korfbalvereniging De Meeuwen

Korfbalvereniging De Meeuwen
Nieuws Teams Lid worden Contact

Welkom bij De Meeuwen

Korfbalvereniging De Meeuwen speelt sinds 1958 op het sportpark aan de dijk en heeft teams voor alle leeftijden, van
de kangoeroes tot de recreanten die op vrijdagavond een partijtje spelen in de sporthal.

Wil je een keer meetrainen? Dat kan altijd, neem gewoon sportkleding mee en meld je bij de trainer van je team.

Delen op Facebook
Delen op WhatsApp

Nieuwe tribune geopend

Zaterdag is de nieuwe tribune langs het eerste veld geopend.

Er is plaats voor tweehonderd toeschouwers.

De vrijwilligers kregen na afloop een taart.
"""

GREETING_PL = "\n\n".join([
    ("Witamy na stronie Stowarzyszenia Przyjaciół Doliny. Jesteśmy organizacją społeczną, która od dwudziestu lat dba "
     "o szlaki, zabytki i przyrodę naszej okolicy. Zapraszamy do lektury naszych tekstów."),
    "Wiadomości",
    "Nowa kładka nad potokiem gotowa",
    ("W sobotę oddano do użytku nową kładkę nad potokiem przy starym młynie. Budowa trwała cztery miesiące i "
     "kosztowała ponad sto tysięcy złotych, z czego połowę pokryła gmina."),
    ("Kładka ma dwadzieścia metrów długości i jest dostępna dla wózków. Wcześniej mieszkańcy musieli przechodzić przez "
     "potok po kamieniach albo nadkładać trzy kilometry drogi."),
]) + "\n"

STORY_WELCOME = """Willkommen in der neuen Stadtbibliothek

Nach zwei Jahren Bauzeit hat die Stadtbibliothek am Montag ihr neues Haus am Marktplatz eröffnet. Auf drei
Etagen stehen nun rund sechzigtausend Bücher, dazu ein Lesecafé und ein Raum für Kurse.

Die Bürgermeisterin dankte bei der Eröffnung vor allem den Mitarbeiterinnen, die den Umzug neben dem laufenden
Betrieb gestemmt hatten.

Teilen auf Facebook

Weitere Nachrichten aus der Stadt
"""

WELCOME_IN_STORY = """Neue Kita in Lindach eröffnet

Nach einem Jahr Bauzeit hat in Lindach die neue Kita am Bach eröffnet. Sie bietet Platz für sechzig Kinder in vier
Gruppen und hat einen eigenen Garten mit Hochbeeten.

Herzlich willkommen

So stand es am Montag auf dem Plakat am Eingang, als die ersten Kinder mit ihren Eltern kamen. Die Leiterin begrüßte
jedes Kind mit Handschlag.

Teilen auf Facebook

Lindach wächst: Neubaugebiet am Waldrand
Die Gemeinde plant 40 neue Bauplätze.
"""


@pytest.mark.parametrize("page,box", [
    (CLUB_DE, ["Herzlich willkommen", "Der TSV Lindach wurde 1910 gegründet", "Auf diesen Seiten finden Sie"]),
    (CLUB_NL, ["Welkom bij De Meeuwen", "Korfbalvereniging De Meeuwen speelt", "Wil je een keer meetrainen?"]),
    (GREETING_PL, ["Witamy na stronie Stowarzyszenia"]),
])
def test_the_site_s_welcome_goes_and_the_post_stays(page, box):
    cleaned = clean(page)
    assert not any(line.startswith(tuple(box)) for line in cleaned.splitlines())
    assert "site-welcome" in removers_of(page, tuple(box))
    post = page.split("\n\n")[-3:]
    for paragraph in post:
        if paragraph.rstrip().endswith("."):
            assert paragraph.split("\n")[0] in cleaned


def test_a_story_under_a_welcome_headline_stays():
    cleaned = clean(STORY_WELCOME)
    assert "Nach zwei Jahren Bauzeit hat die Stadtbibliothek" in cleaned


def test_a_welcome_heading_inside_a_story_stays():
    cleaned = clean(WELCOME_IN_STORY)
    assert "Herzlich willkommen" in cleaned and "So stand es am Montag" in cleaned
