"""Causes found studying blind_pages19 (issue 12): a live ticker's entries taken for a list of teasers, a
recipe's tips taken for one over its print and pin buttons, and a notice's role with a colon over its signer
and a post's close over the writer's name taken for chrome.
Invented pages; the story's lines must come back whole, the chrome around them must not."""

from __future__ import annotations

import pytest
from helpers import removals
from test_selection import ARTICLE, assert_sign_off_is_the_story_s, explain_ids, signed_page
from test_story_end import PAGES, page

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
    ids = removals(TICKER)
    assert all(ids[line] is None for line in [TICKER_LEAD, *TICKER_ENTRIES])
    assert ids["Rentner gewinnt zweimal im Lotto"] is not None and ids["Ältere Beiträge anzeigen"] is not None
    cleaned = Cleaner().clean(TICKER)
    assert Cleaner().clean(cleaned) == cleaned


# A recipe post: its tips under the method, then its print and pin buttons, the writer's bio, a comment.
RECIPE = "\n".join([
    'Pastel de manzana y canela de la abuela: receta fácil - La Cuchara Contenta',
    '',
    'Usamos cookies propias y de terceros con fines técnicos y, con tu consentimiento, también para otras'
    ' finalidades como se indica en la política de cookies.',
    '',
    'Rechazar Aceptar Configurar',
    'La Cuchara Contenta',
    'Recetas Entrantes Carnes Postres Panes Conservas Sobre mí',
    'Inicio » Postres » Pasteles',
    '',
    'Pastel de manzana y canela de la abuela',
    '',
    'Publicado el 3 de octubre de 2024 por Carmen · 12 comentarios',
    '',
    'Cuando en octubre el manzano del huerto se llena de fruta, en casa siempre se hace este pastel. La '
    'receta es la de mi abuela Pilar: masa con aceite, sin mantequilla, y un relleno de manzanas con '
    'canela y pasas.',
    '',
    'Es un postre sencillo, que se prepara en poco tiempo y que al día siguiente está todavía más rico.',
    '',
    'Publicidad',
    'Dificultad: Fácil Preparación: 25 minutos Cocción: 45 minutos Raciones: 8 Coste: Bajo',
    '',
    'Ingredientes',
    '',
    'Para la masa',
    '',
    '300 g de harina',
    '100 g de azúcar',
    '80 ml de aceite de girasol',
    '2 huevos',
    '8 g de levadura química',
    '',
    'Para el relleno',
    '',
    '5 manzanas reinetas',
    '50 g de azúcar moreno',
    '60 g de pasas',
    'una pizca de canela',
    '',
    'Preparación',
    '',
    'Pelad las manzanas, cortadlas en trozos y cocedlas en un cazo con el azúcar moreno unos diez '
    'minutos, hasta que estén blandas. Dejad enfriar.',
    'En un bol batid los huevos con el azúcar, después añadid el aceite poco a poco.',
    'Incorporad la harina tamizada con la levadura y amasad hasta tener una masa suave.',
    'Extended dos tercios de la masa en un molde de 24 cm forrado con papel de horno.',
    'Mezclad las manzanas con las pasas y la canela y repartidlas sobre la base.',
    'Con la masa restante haced tiras y colocadlas en forma de rejilla sobre el relleno.',
    'Hornead a 180 °C durante 40 o 45 minutos, hasta que la superficie esté bien dorada.',
    '',
    'Consejos',
    '',
    'Si no tenéis manzanas reinetas podéis usar peras maduras: en ese caso reducid un poco el azúcar del '
    'relleno. El pastel se conserva tapado en un lugar fresco durante tres días.',
    '',
    'Imprimir la receta Guardar en Pinterest',
    'Carmen',
    '',
    'Cocino desde que tenía ocho años subida a una silla junto a mi abuela. Aquí encontraréis las recetas'
    ' de familia y las que pruebo cada semana.',
    '',
    '12 comentarios',
    '',
    'Rosa 4 de octubre de 2024 a las 10:15',
    '',
    'Lo hice ayer con las manzanas de mi vecina y quedó buenísimo. Le puse un poco menos de azúcar.',
    '',
    'Responder',
    '',
    'Deja un comentario',
    '',
    'Tu dirección de correo electrónico no será publicada.',
    '',
    'Publicar el comentario',
    '',
    'También te puede gustar',
    '',
    'Mermelada de manzana sin pectina',
    'Bizcocho de nueces esponjoso',
    'Galletas de aceite para el desayuno',
    '',
    '© 2024 La Cuchara Contenta de Carmen Ruiz · NIF 12345678Z · Privacidad · Cookies',
])
TIPS = ["Consejos", "Si no tenéis manzanas reinetas podéis usar peras maduras: en ese caso reducid un poco el azúcar "
        "del relleno. El pastel se conserva tapado en un lugar fresco durante tres días."]


def test_a_recipe_s_tips_over_its_print_and_pin_buttons_are_the_story_s() -> None:
    ids = removals(RECIPE)
    assert all(ids[line] is None for line in TIPS)
    assert ids["Imprimir la receta Guardar en Pinterest"] is not None
    comment = "Lo hice ayer con las manzanas de mi vecina y quedó buenísimo. Le puse un poco menos de azúcar."
    assert ids[comment] is not None


@pytest.mark.parametrize(("language", "signer"), [
    # A notice's role with a colon after it, its article first, over the signer's name.
    ("de", ["Die Bürgermeisterin:", "Mag. Theresia Kollmann-Brandstätter"]),
    ("fr", ["Le Maire :", "Jean-Pierre Dubois"]),
    ("it", ["Il Sindaco:", "Gianfranco Bellodi"]),
])
def test_a_role_with_a_colon_over_the_signer_is_the_story_s(language: str, signer: list[str]) -> None:
    text = page(language, signer)
    ids = removals(text)
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
    assert_sign_off_is_the_story_s(language, sign_off)


@pytest.mark.parametrize("under", [
    # A line ending in a comma with no name under it, or words that are no name: the page's.
    ["Teile diesen Beitrag mit Freunden,"],
    ["Mehr dazu lesen,", "teilen und abonnieren"],
])
def test_a_line_ending_in_a_comma_over_no_name_goes(under: list[str]) -> None:
    ids = explain_ids(signed_page("de", under))
    assert all(ids[line] is not None for line in under)
    assert all(ids[line] is None for line in ARTICLE["de"])
