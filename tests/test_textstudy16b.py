"""Text-mode losses studied on the study set blind_pages2 in session 16 (second study), each fixed by
structure rather than by words. Invented texts."""

from __future__ import annotations

import pytest


# A how-to's last section (a tip under a short heading), a newsletter box (a prompt, the appeal, a
# button), links to other posts and readers' comments, each under its author with a reply button.
STORY = [
    "Building a raised bed takes an afternoon and a handful of tools, and it saves your back for years. We built "
    "ours from untreated larch boards, which last a decade outdoors without any paint or oil on them at all.",
    "Cut the four boards to length first and mark where the corner posts go, then drill pilot holes so that the "
    "wood does not split when you drive the screws in near the ends of each board.",
    "Screw the boards to the posts, two screws at each joint, and check that the frame is square by measuring "
    "both diagonals, which should come out the same within a few millimetres.",
    "Line the bottom with wire mesh against voles, then fill the bed with a layer of branches, then leaves, and "
    "finally a good thick layer of compost mixed with the soil you dug out of the path.",
]
TIP = ["Our tip", "If your garden slopes, dig the uphill side of the frame into the ground a little so that the "
       "top edge stays level and the water does not run off to one corner."]
NEWSLETTER = ["Never miss a project!", "Sign up for our newsletter and get a new weekend project every Friday.",
              "Subscribe"]
OTHER_POSTS = ["You might also like", "A cold frame from old windows", "Ten herbs for a shady balcony",
               "How to start a compost heap"]
COMMENTS = [
    "4 comments",
    "Dave", "Built two of these last spring and the tomatoes have never been better, thanks for the clear steps.",
    "Reply",
    "Sue from Leeds", "Would pine work as well, or does it rot too quickly when it touches the wet soil?",
    "Reply",
    "Tom", "Pine rots within a few years unless you line the inside with pond liner, in my experience.",
    "Reply",
]


def raised_bed_page() -> str:
    return "\n\n".join([
        "Garden Notes", "How to build a raised bed", "By Kim Hale · 4 May 2024", *STORY, *TIP, *NEWSLETTER,
        OTHER_POSTS[0], "\n".join(OTHER_POSTS[1:]), *COMMENTS, "© 2024 Garden Notes",
    ]) + "\n"


def test_a_story_s_last_tip_is_no_teaser_of_a_list_that_crosses_a_newsletter_box(cleaner):
    """With the newsletter's appeal and button, the links and the first commenter's name removed,
    the box's prompt was taken for the label of the first comment, and the list of comments chained
    back through it to the tip under its heading (before: the tip and its heading lost). An item's
    lines stand together: a line removed inside it parts it."""
    body = cleaner.clean(raised_bed_page()).splitlines()
    assert all(line in body for line in STORY + TIP)
    assert not any(line in body for line in COMMENTS[1:])


# A local sports report: the section's menu on one line, the headline and byline, the report, then
# the share buttons (each naming where it shares), the section's most read stories and the footer.
REPORT = [
    "El Atlético Riberas ganó el domingo el derbi comarcal ante el Deportivo Valcarce por dos goles a uno, en un "
    "partido que se decidió en los últimos diez minutos ante casi mil espectadores en el campo municipal.",
    "Los visitantes se adelantaron en la primera parte con un cabezazo tras un saque de esquina, y durante media "
    "hora el equipo local no encontró la forma de llegar con peligro a la portería contraria.",
    "Tras el descanso, el entrenador cambió a dos jugadores y el partido dio la vuelta. El empate llegó en el minuto "
    "81 y el gol de la victoria, de penalti, cuando ya se jugaba el tiempo añadido.",
    "Con esta victoria, el Riberas suma cuatro partidos sin perder y se coloca tercero en la clasificación, a dos "
    "puntos del líder, al que visitará el próximo sábado por la tarde.",
]
MOST_READ = ["Lo más leído en Deportes", "El pabellón municipal cerrará un mes por obras",
             "Una carrera popular reúne a dos mil corredores", "El club de remo estrena embarcación"]


def sports_report_page(share_row: str) -> str:
    return "\n\n".join([
        "Deportes comarca Fútbol Baloncesto Ciclismo Atletismo Resultados Clasificaciones",
        "El Riberas gana el derbi en el descuento", "Por Lucía Ferrer | 12/05/2024, 21:15", *REPORT, share_row,
        MOST_READ[0], "\n".join(MOST_READ[1:]), "Aviso legal · Privacidad · Contacto · Publicidad",
    ]) + "\n"


@pytest.mark.parametrize("share_row", [
    "Compartir en Facebook Enviar por WhatsApp Copiar enlace",
    "Über Facebook teilen · Per E-Mail versenden",
    "Udostępnij na Facebooku Wyślij przez WhatsApp",
    "Condividi via WhatsApp Invia con Messenger",
    "Partilhar no Facebook Enviar por SMS",
    "Delen op Facebook Via WhatsApp versturen",
])
def test_share_buttons_that_name_where_they_share_show_a_web_page_around_the_story(cleaner, share_row):
    """Share buttons of a preposition, a network (or mail) and a verb, in the language's order, were
    not known: with no chrome found, the page passed for an article given alone and was kept whole,
    its menu, most read list and footer too (before: every line kept)."""
    body = cleaner.clean(sports_report_page(share_row)).splitlines()
    assert all(line in body for line in REPORT)
    assert not any(line in body for line in [share_row, *MOST_READ])


# A council's announcement: the site's menu, the headline (the page's title repeats it), its key
# points a line each, the story, and the footer's links.
KEY_POINTS = ["Three new bus routes will link the northern estates to the hospital",
              "Fares on every route stay at two pounds until the end of 2026",
              "Night buses return to the city centre at weekends"]
ANNOUNCEMENT = [
    "The city council has agreed a new bus network with the two companies that run the routes, after a "
    "consultation in which more than four thousand residents told the council how they travel.",
    "The new routes start in September and will run every fifteen minutes during the day, the council said, "
    "with the first buses leaving the depot at half past five in the morning.",
    "Residents of the northern estates have asked for a direct service to the hospital for years, and the "
    "council's transport lead said the new network finally gives them one.",
]


def announcement_page() -> str:
    headline = "Council agrees new bus network for the north of the city"
    return "\n\n".join([
        f"{headline} | City News", "Home Council Transport Housing Contact", headline, "\n".join(KEY_POINTS),
        *ANNOUNCEMENT, "Accessibility · Privacy · Cookies · Contact us",
    ]) + "\n"


def test_a_story_s_key_points_under_its_headline_stay(cleaner):
    """Lines of a few words each, set one under another between the headline and the body, are the
    story's key points (a press release's bullets without their marks): kept as its lead is, in the
    first pass and in the later ones, where the headline is gone (before: all three lost)."""
    text = cleaner.clean(announcement_page())
    assert all(line in text.splitlines() for line in KEY_POINTS + ANNOUNCEMENT)
    assert cleaner.clean(text) == text
