"""A date of digits parted by middle dots ("13·02·24", as several Spanish and Catalan papers set a byline's
date: "Marta Ruiz Villanueva | 13·02·24 | 05:00") is a date as "13.02.24" is: the byline under the headline
went unread, so the standfirst between them was no standfirst over a byline and went with main-content
(issue 12, blind_pages18). Invented texts."""

from __future__ import annotations

import pytest
from helpers import removals

from cleaner.detectors.headers import ANY_DATE

HEADLINE = "El mercado de abastos de Villaseca reabre con veinte puestos nuevos"
STANDFIRST = ("La reforma, que ha durado dieciocho meses, añade una zona de degustación y un aparcamiento para "
              "bicicletas junto a la entrada principal")
BODY = [
    "El mercado de abastos de Villaseca volvió a abrir sus puertas este lunes después de año y medio de obras. "
    "Los primeros clientes llegaron antes de las ocho de la mañana para ver los nuevos puestos.",
    "La concejala de Comercio explicó que el Ayuntamiento ha invertido casi dos millones de euros en la reforma, "
    "que incluye un nuevo tejado, cámaras frigoríficas y una zona de carga y descarga.",
    "Los comerciantes confían en que la zona de degustación atraiga a los visitantes los fines de semana, cuando "
    "el centro de la villa se llena de turistas.",
]


def page(byline: str) -> str:
    return "\n".join(["Portada", "Local", "Deportes", "Opinión", "", HEADLINE, "", STANDFIRST, "", byline, "",
                      *"\n\n".join(BODY).split("\n"), "", "Lo más leído", "Cierra la piscina municipal por obras",
                      "El equipo juvenil gana la liga", "", "Aviso legal · Privacidad · Cookies"])


@pytest.mark.parametrize("text", ["13·02·24", "Villaseca | 7·11·2023 | 18:40"])
def test_digits_parted_by_middle_dots_are_a_date(text):
    assert ANY_DATE.search(text) is not None


@pytest.mark.parametrize("text", ["3·2", "Precio 12·50 €", "Resultado 2·1·0"])
def test_other_dotted_numbers_are_none(text):
    assert ANY_DATE.search(text) is None


def test_the_byline_with_a_dotted_date_goes_and_the_standfirst_over_it_stays():
    byline = "Marta Ruiz Villanueva Villaseca | 13·02·24 | 05:00"
    removed = removals(page(byline))
    assert removed[byline] == "byline-dateline"
    assert removed[STANDFIRST] is None
    assert all(removed[line] is None for line in BODY)


@pytest.mark.parametrize("text", ["14-05-2009 | Redacção", "Publicado em 3-11-2021"])
def test_a_day_month_and_year_parted_by_dashes_are_a_date(text):
    assert ANY_DATE.search(text) is not None


@pytest.mark.parametrize("text", ["Resultado 3-1-0", "The 1-2-3 of gardening", "Rooms 12-14-16"])
def test_other_numbers_parted_by_dashes_are_none(text):
    assert ANY_DATE.search(text) is None
