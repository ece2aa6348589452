"""A link's label in the River Plate's voseo ("LEÉ TAMBIÉN ...", "Leé más: ..."), run into the headline it links to,
set over the story's closing paragraph: read-also-link's, an interruption, so that the paragraph under it stays the
story's. Unknown, the label's line and the paragraph under it went as a tail of teasers. Found on the study set
blind_pages22 (issue 12). Lines invented for these tests."""

from __future__ import annotations

import pytest
from helpers import removals

from cleaner import Cleaner

STORY = [
    "El club de bochas del barrio Las Acacias reabrió su cancha cubierta después de dos años de obras, con un "
    "techo nuevo y luces que permiten jugar hasta la medianoche.",
    "La obra se pagó con una colecta entre los socios y un aporte de la municipalidad, contó el tesorero, que "
    "lleva más de veinte años en la comisión.",
]
CLOSING = ("El torneo de reapertura será el domingo desde las 10. La entrada es libre y habrá choripanes a beneficio "
           "de la escuela del barrio.")
SHARE = ["Compartí esta nota:", "Facebook", "WhatsApp"]
MOST_READ = ["Las más leídas", "Corte de luz programado en tres barrios", "Vuelve la feria de los sábados"]


def page(link: str) -> str:
    return "\n\n".join(["Portada\nCiudad\nDeportes\nCultura\nClasificados", "Reabre la cancha de bochas",
                        "Por Ana Quiroga · 07/03/2025", *STORY, link, CLOSING, "\n".join(SHARE), "\n".join(MOST_READ)])


@pytest.mark.parametrize("link", [
    "LEÉ TAMBIÉN Feria de clubes: las fechas y los horarios",
    "Leé también: El club cumple setenta años",
    "Leé más: Quiénes son los nuevos campeones del torneo",
])
def test_a_voseo_link_over_the_closing_paragraph_goes_alone(link: str) -> None:
    ids = removals(page(link))
    assert ids[link] == "read-also-link"
    assert all(ids[line] is None for line in [*STORY, CLOSING])
    assert all(ids[line] is not None for line in [*SHARE, *MOST_READ])
    cleaned = Cleaner().clean(page(link))
    assert Cleaner().clean(cleaned) == cleaned


def test_a_voseo_heading_between_two_paragraphs_goes_with_its_links() -> None:
    box = ["Leé también", "Feria de clubes: las fechas", "El club cumple setenta años"]
    text = "\n\n".join(["Portada\nCiudad\nDeportes\nCultura\nClasificados", "Reabre la cancha de bochas",
                        "Por Ana Quiroga · 07/03/2025", STORY[0], "\n".join(box), STORY[1], CLOSING,
                        "\n".join(SHARE), "\n".join(MOST_READ)])
    ids = removals(text)
    assert all(ids[line] == "related-list" for line in box)
    assert all(ids[line] is None for line in [*STORY, CLOSING])
