"""A page's one news item of short sentences under its own heading, below
the site's longer welcome text and a share bar, is kept beside the welcome
text rather than lost to it; the same run with more text after it (teasers,
comments) is not. Invented pages."""

from __future__ import annotations

from dataclasses import replace

from cleaner import Cleaner, Settings, clean

WELCOME = [
    "Bienvenidos a la Parroquia de San Miguel",
    "La parroquia de San Miguel fue fundada en 1875 y acoge hoy a más de dos mil familias del barrio, que "
    "participan en las misas, la catequesis y las numerosas actividades sociales que organizamos durante el año.",
    "Nuestro coro, el grupo de jóvenes y el comedor solidario están abiertos a todos los vecinos que quieran "
    "colaborar, sin importar su edad ni su experiencia, y siempre buscamos nuevas manos para ayudar.",
]
SHARE = ["Compartir", "Facebook", "Twitter", "WhatsApp"]
HEADING = "Excursión a Covadonga"
SENTENCES = [
    "El sábado 14 de mayo salimos en autobús hacia Covadonga.",
    "Visitamos la basílica y la Santa Cueva por la mañana.",
    "Después de comer subimos a los lagos con un tiempo espléndido.",
    "Gracias a todos los que nos acompañasteis en el viaje.",
]
SIGN_OFF = "El equipo parroquial"
FOOTER = "© Parroquia de San Miguel · Aviso legal · Privacidad"


def page(*after: str) -> str:
    return "\n".join(["Noticias - Parroquia de San Miguel", "Inicio Parroquia Horarios Noticias Contacto",
                      *WELCOME, *SHARE, HEADING, *SENTENCES, *after, SIGN_OFF, FOOTER]) + "\n"


def test_the_news_item_under_the_welcome_text_is_kept():
    body = clean(page())
    assert all(sentence in body for sentence in SENTENCES)
    assert HEADING in body
    assert not any(line in body.splitlines() for line in SHARE)
    assert clean(body) == body


def test_off_the_welcome_text_wins_alone():
    off = Cleaner(settings=replace(Settings(), sentence_run_min_sentences=0))
    body = off.clean(page())
    assert not any(sentence in body for sentence in SENTENCES)


def test_more_text_after_the_run_is_a_page_of_teasers_or_comments_not_its_end():
    body = clean(page("Otra noticia de la parroquia con un titular largo como los de la portada del sitio",
                      "Una frase más que resume la otra noticia para los lectores."))
    assert not any(sentence in body for sentence in SENTENCES)


def test_two_sentences_are_no_story_of_their_own():
    text = page().replace(SENTENCES[2] + "\n", "").replace(SENTENCES[3] + "\n", "")
    body = clean(text)
    assert SENTENCES[0] not in body
