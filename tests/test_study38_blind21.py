"""Causes found studying blind_pages21 (issue 12), each a shape seen on many sites: a post's closing wish
for the reader's pastime over the writer's name; the vote under a council's last resolution, and the
signers under it with their titles.
Invented pages; the story's lines must come back whole, the chrome around them must not."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_selection import ARTICLE, assert_sign_off_is_the_story_s, explain_ids, signed_page

from cleaner import Cleaner, Settings


@pytest.mark.parametrize(("language", "sign_off"), [
    # A wish for the reader's pastime, the post's subject, over the name.
    ("de", ["Frohes Gärtnern!", "Ute"]),
    ("fr", ["Bonne lecture !", "Léa"]),
    ("es", ["¡Feliz lectura!", "Marta"]),
    ("pl", ["Miłego gotowania!", "Tomek"]),
])
def test_a_wish_for_the_reader_s_pastime_over_the_writer_s_name_is_the_story_s(
        language: str, sign_off: list[str]) -> None:
    assert_sign_off_is_the_story_s(language, sign_off)


@pytest.mark.parametrize("under", [
    # A call to act, over a name or not (the writer's box): the page's.
    ["Jetzt abonnieren!"],
    ["Folgt uns!", "Instagram"],
    ["Zur Merkliste hinzufügen!", "Jana Roth"],
])
def test_a_call_to_act_under_the_story_goes(under: list[str]) -> None:
    ids = explain_ids(signed_page("de", under))
    assert all(ids[line] is not None for line in under)
    assert all(ids[line] is None for line in ARTICLE["de"])


# A council's resolutions: each item over the line of its vote, the signers under the last, then the page's end.
MINUTES = {
    "de": ("Beschlüsse der Gemeinderatssitzung vom 4. März | Gemeinde Unterhaslach",
           "Startseite Rathaus Bürgerservice Gemeinderat Veranstaltungen Kontakt",
           "Beschlüsse der Gemeinderatssitzung vom 4. März", "Veröffentlicht am 6. März 2025",
           "Der Gemeinderat hat in seiner öffentlichen Sitzung am 4. März 2025 im Sitzungssaal des Rathauses "
           "folgende Beschlüsse gefasst:",
           ["1. Der Gemeinderat genehmigt die Niederschrift der Sitzung vom 4. Februar ohne Änderungen.",
            "2. Der Gemeinderat beschließt die Sanierung des Daches der Grundschule für 212.000 Euro.",
            "3. Der Gemeinderat vergibt die Pflege der Grünflächen an die Firma Gartenbau Reisinger.",
            "4. Der Gemeinderat lehnt den Antrag auf eine Werbetafel an der Ortseinfahrt Nord ab."],
           "Abstimmung: {} dafür, {} dagegen, 1 Enthaltung",
           ["Dr. Helmut Kranzberger, Erster Bürgermeister", "Sabine Oswald, Schriftführerin"],
           ["Anlagen", "Niederschrift_Maerz_2025.pdf (140 kB)", "« zurück zur Übersicht | Drucken",
            "Gemeinde Unterhaslach · Rathausplatz 1 · Tel. 08000 1234 · Impressum · Datenschutz"]),
    "en": ("Decisions of the parish council meeting, 12 May | Ashcombe Parish Council",
           "Home About the council Meetings Documents Allotments Contact",
           "Decisions of the parish council meeting, 12 May", "Published on 14 May 2025",
           "At its meeting on 12 May 2025 in the village hall the parish council made the following decisions:",
           ["1. The council approved the minutes of the meeting held on 14 April as a true record.",
            "2. The council agreed to replace the swings on the recreation ground at a cost of 4,800 pounds.",
            "3. The council agreed to grant 500 pounds towards the summer fete held by the school.",
            "4. The council refused the request to put up a second bench beside the war memorial."],
           "Vote: {} for, {} against",
           ["Margaret Holloway, Chair", "Dr. Owen Pritchard, Clerk to the Council"],
           ["Attachments", "Minutes_May_2025.pdf (120 kB)", "« Back to the list | Print",
            "Ashcombe Parish Council · The Old School, Church Lane · Accessibility · Privacy"]),
    "fr": ("Délibérations du conseil municipal du 3 juin | Commune de Valfleury",
           "Accueil Mairie Démarches Conseil municipal Agenda Contact",
           "Délibérations du conseil municipal du 3 juin", "Publié le 5 juin 2025",
           "Le conseil municipal, réuni le 3 juin 2025 en salle du conseil, a pris les délibérations suivantes :",
           ["1. Le conseil approuve le compte rendu de la séance du 6 mai sans observation.",
            "2. Le conseil décide la réfection de la toiture de l'école maternelle pour 86 000 euros.",
            "3. Le conseil attribue une subvention de 900 euros au comité des fêtes pour le feu d'artifice.",
            "4. Le conseil rejette la demande d'installation d'un panneau publicitaire route de Lyon."],
           "Vote : {} pour, {} contre",
           ["Jean-Marc Delorme, maire", "Élise Fontanel, secrétaire de séance"],
           ["Pièces jointes", "Deliberations_juin_2025.pdf (98 kB)", "« Retour à la liste | Imprimer",
            "Mairie de Valfleury · 1 place de l'Église · Mentions légales · Accessibilité"]),
}
VOTES = [(11, 0), (9, 2), (12, 0), (3, 8)]


def minutes_page(language: str) -> str:
    title, menu, headline, dateline, intro, items, vote, signers, footer = MINUTES[language]
    resolutions = [f"{item}\n{vote.format(*votes)}" for item, votes in zip(items, VOTES)]
    return "\n\n".join([title, menu, headline, dateline, intro, *resolutions, "\n".join(signers), *footer])


@pytest.mark.parametrize("language", sorted(MINUTES))
def test_the_vote_under_the_last_resolution_and_the_signers_under_it_are_the_story_s(language: str) -> None:
    text = minutes_page(language)
    ids = explain_ids(text)
    _, menu, _, _, intro, items, vote, signers, footer = MINUTES[language]
    votes = [vote.format(*v) for v in VOTES]
    assert all(ids[line] is None for line in [intro, *items, *votes, *signers])
    assert all(ids[line] is not None for line in [menu, *footer])
    cleaned = Cleaner().clean(text)
    assert Cleaner().clean(cleaned) == cleaned


def test_a_label_the_items_lines_do_not_open_with_stays_the_page_s() -> None:
    # Under the last item, a line with another label than the votes': the page's.
    text = minutes_page("en").replace("Vote: 3 for, 8 against", "Filed under: Council, Meetings")
    ids = explain_ids(text)
    assert ids["Filed under: Council, Meetings"] is not None
    assert ids["4. The council refused the request to put up a second bench beside the war memorial."] is None



def test_no_vote_is_kept_after_the_last_item_when_recurring_label_min_lines_is_0() -> None:
    cleaner = Cleaner(settings=replace(Settings(), recurring_label_min_lines=0))
    ids = explain_ids(minutes_page("en"), cleaner)
    assert ids["Vote: 3 for, 8 against"] is not None


# A live page: its headline and byline, the editor's summary of the story so far under its heading, then the
# entries under their clock times, newest first; a related list and the footer under them.
LIVE = {
    "de": ("LIVE: Sturm über der Küste – alle Entwicklungen | Nordbucht Kurier", "Nordbucht Kurier",
           "Nachrichten Region Sport Kultur Meinung E-Paper", "Sturm über der Küste: alle Entwicklungen",
           "Von Redaktion Nordbucht Kurier · 14.02.2025, 08:05 Uhr", "Zusammenfassung",
           ["Fähren zu den Inseln fahren heute nicht mehr", "Zwei Straßen an der Küste sind überflutet",
            "Schulen im Landkreis schließen um zwölf Uhr"],
           ["Der Hafen ist gesperrt", "Die Hafenbehörde hat am Vormittag den gesamten Hafen für Schiffe gesperrt, "
            "weil die Wellen an der Mole inzwischen über vier Meter hoch schlagen.",
            "Der Landkreis hat alle Schulen angewiesen, die Kinder bis zum Mittag nach Hause zu schicken, und die "
            "Busunternehmen fahren dafür zusätzliche Runden.",
            "Der Wetterdienst erwartet die stärksten Böen am frühen Nachmittag und warnt, an den Deich zu gehen."],
           ["Mehr zum Thema", "Wie man sein Dach vor Sturm schützt", "Deichbau kostet Millionen"],
           "© 2025 Nordbucht Kurier · Impressum · Datenschutz"),
    "en": ("LIVE: Storm hits the coast – all the latest | Bayside Courier", "Bayside Courier",
           "News Region Sport Culture Opinion Podcasts", "Storm hits the coast: all the latest",
           "By Bayside Courier staff · 14 February 2025, 8:05am", "Summary",
           ["Ferries to the islands are cancelled for the day", "Two coast roads are flooded near Marsh End",
            "Schools across the county close at noon"],
           ["Harbour closed to shipping", "The harbour authority has closed the whole harbour to shipping this "
            "morning, as waves break more than four metres high over the pier.",
            "The county has told every school to send pupils home by midday, and the bus companies are running "
            "extra rounds to get them there.",
            "Forecasters expect the strongest gusts in the early afternoon and warn people to stay off the sea wall."],
           ["More on this story", "How to protect your roof in a storm", "Sea wall repairs to cost millions"],
           "© 2025 Bayside Courier Ltd · Terms · Privacy"),
    "es": ("EN DIRECTO: el temporal azota la costa | Diario de la Bahía", "Diario de la Bahía",
           "Noticias Región Deportes Cultura Opinión Podcasts", "El temporal azota la costa: última hora",
           "Por Redacción Diario de la Bahía · 14/02/2025 08:05", "Resumen",
           ["Los barcos a las islas no salen en todo el día", "Dos carreteras de la costa están cortadas por el agua",
            "Los colegios de la comarca cierran a mediodía"],
           ["Cerrado el puerto", "La autoridad portuaria ha cerrado esta mañana todo el puerto a los barcos, porque "
            "las olas superan ya los cuatro metros en el espigón.",
            "La comarca ha pedido a todos los colegios que manden a los alumnos a casa antes del mediodía, y los "
            "autobuses harán viajes de más.",
            "Los meteorólogos esperan las rachas más fuertes a primera hora de la tarde y piden no ir al paseo."],
           ["Más sobre este tema", "Cómo proteger el tejado de un temporal", "Reparar el espigón costará millones"],
           "© 2025 Diario de la Bahía · Aviso legal · Privacidad"),
}


def live_page(language: str) -> str:
    title, site, menu, headline, byline, heading, points, entries, related, footer = LIVE[language]
    return "\n\n".join([title, f"{site}\n{menu}", headline, byline, "\n".join([heading, *points]),
                        "11:40", f"{entries[0]}\n{entries[1]}", "10:55", entries[2], "10:10", entries[3],
                        "\n".join(related), footer])


@pytest.mark.parametrize("language", sorted(LIVE))
def test_a_live_page_s_summary_under_its_heading_is_the_story_s(language: str) -> None:
    text = live_page(language)
    ids = explain_ids(text)
    _, _, menu, _, _, heading, points, entries, related, footer = LIVE[language]
    assert all(ids[line] is None for line in [heading, *points, *entries])
    assert all(ids[line] is not None for line in [menu, *related, footer])
    cleaned = Cleaner().clean(text)
    assert Cleaner().clean(cleaned) == cleaned
