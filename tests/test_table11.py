"""A table rendered a cell a line after the story (a programme, fixtures,
results) continues it even when a cell runs to more words than a menu's
label (a film's title), and the paragraph under the table is the story's
too. Invented pages, in several languages."""

from __future__ import annotations

import pytest


# Per language: the site's menu, the headline, the date, the intro, a day's
# heading, rows of (time, event, place) of which the second event runs to
# five words or more, the closing note, and the site's footer.
PAGES = {
    "fr": (
        ["Accueil", "À l'affiche", "Tarifs", "Contact"],
        "La médiathèque ouvre sa saison de concerts",
        "Publié le 2 avril 2025",
        "Pour la nouvelle saison, la médiathèque accueille des musiciens de la région chaque samedi, "
        "avec des concerts gratuits ouverts à toutes les familles du quartier.",
        "Samedi 12 avril",
        [("10:00", "Atelier de percussions", "Auditorium"), ("14:30", "Le Quatuor des quatre vents", "Grande salle"),
         ("17:00", "Chorale des enfants", "Hall d'entrée"), ("20:00", "Concert de clôture", "Jardin")],
        "Les concerts sont gratuits, mais les places de l'auditorium sont limitées : pensez à réserver "
        "à l'accueil ou par téléphone avant le vendredi soir.",
    ),
    "de": (
        ["Startseite", "Termine", "Verein", "Kontakt"],
        "Der Plan für das Sommerfest steht",
        "Veröffentlicht am 3. Juni 2025",
        "Auch in diesem Jahr feiert der Gartenverein sein Sommerfest auf der großen Wiese hinter dem "
        "Vereinsheim, und alle Nachbarn sind herzlich eingeladen.",
        "Samstag, 21. Juni",
        [("11:00", "Kinderflohmarkt", "Wiese"), ("13:00", "Führung durch die alten Obstgärten", "Tor Nord"),
         ("15:30", "Kuchenbuffet", "Vereinsheim"), ("19:00", "Tanz unter der Linde", "Festzelt")],
        "Wer einen Kuchen beisteuern möchte, meldet sich bitte bis zum Mittwoch bei unserer Kassiererin, "
        "damit wir das Buffet planen können.",
    ),
    "es": (
        ["Inicio", "Agenda", "Socios", "Contacto"],
        "Programa de las fiestas del barrio",
        "Publicado el 4 de julio de 2025",
        "Las fiestas del barrio vuelven este fin de semana con actividades para todas las edades, "
        "organizadas por la asociación de vecinos y los comercios de la zona.",
        "Sábado 12 de julio",
        [("11:00", "Juegos infantiles", "Plaza Mayor"), ("13:30", "Paella popular para todos los vecinos",
                                                        "Parque del Río"),
         ("18:00", "Concurso de dibujo", "Biblioteca"), ("22:00", "Verbena con orquesta", "Paseo")],
        "Los tiques para la paella se pueden recoger en la sede de la asociación hasta el jueves, "
        "y cada socio puede llevar a dos invitados.",
    ),
    "en": (
        ["Home", "Races", "Results", "Join us"],
        "Club championships: the final day",
        "Posted 9 August 2025",
        "After two days of heats the club championships come to an end on Sunday, and every final will be "
        "run on the track behind the clubhouse.",
        "Sunday 10 August",
        [("10:00", "Under-11 relay", "Home straight"), ("11:15", "Women's 1500 metres open final", "Infield"),
         ("13:00", "Long jump", "Pit B"), ("15:45", "Men's 400 metres", "Back straight")],
        "Medals will be presented at the clubhouse after the last race, and the bar will stay open "
        "until everyone has had a chance to celebrate.",
    ),
}
FOOTER = ["© 2025 · Impressum · Datenschutz"]


def _page(language: str, rows: list[tuple[str, str, str]], closing: bool) -> tuple[str, list[str]]:
    """The page's text and the article's lines: the intro, the table and,
    when ``closing``, the note under it."""
    menu, headline, date, intro, day, _, note = PAGES[language]
    article = [intro, day, *[cell for row in rows for cell in row], *([note] if closing else [])]
    return "\n".join([*menu, headline, date, *article, *FOOTER]), article


def _short_cells(language: str) -> list[tuple[str, str, str]]:
    """The rows with the long event cut to its first three words: every cell
    as short as a menu's label."""
    return [(time, " ".join(event.split()[:3]), place) for time, event, place in PAGES[language][5]]


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_table_with_a_long_cell_continues_the_story(cleaner, language):
    """A cell of five words or more (a film's, a concert's title) does not
    end the table: the table is kept under the intro."""
    text, article = _page(language, PAGES[language][5], closing=False)
    assert cleaner.clean(text).splitlines() == article


@pytest.mark.parametrize("language", sorted(PAGES))
def test_the_paragraph_under_the_table_is_the_storys(cleaner, language):
    """The note under the table (how to book, when the full results come)
    is kept with the intro and the table."""
    text, article = _page(language, _short_cells(language), closing=True)
    assert cleaner.clean(text).splitlines() == article
