"""A dateline in a language that writes its weekdays in lower case
("miércoles, 11 de mayo de 2022 - 3:40 a.m.") opens the story's header under
its standfirst: it does not continue the standfirst's sentence, and the
standfirst stays, with the byline one line further down. Invented pages."""

from __future__ import annotations

from dataclasses import replace

from cleaner import Cleaner, Settings, clean, explain
from cleaner.blocks import segment
from cleaner.fragments import continuations
from cleaner.language import stopwords_for
from cleaner.model import Page

STANDFIRST = ("El alcalde, quien anunció que buscará la reelección el próximo año, aseguró que el mercado volverá "
              "a abrir sus puertas en junio y que los comerciantes recibirán ayudas para renovar sus puestos")
DATELINE = "miércoles, 11 de mayo de 2022 - 3:40 a.m."

PAGE = "\n".join([
    "El alcalde presenta un plan para reabrir el mercado municipal antes del verano | El Diario de la Isla",
    "miércoles, 11 de mayo de 2022",
    "Noticias", "Suscríbete", "Locales", "Gobierno", "Política", "Deportes",
    "El alcalde presenta un plan para reabrir el mercado municipal antes del verano",
    STANDFIRST,
    DATELINE,
    "Por Laura Méndez Ortiz",
    "Facebook", "Twitter",
    "El alcalde presentó ayer ante la prensa el plan para reabrir el mercado municipal, cerrado desde hace dos "
    "años por problemas estructurales en la cubierta del edificio.",
    "Según explicó, las obras de reparación terminarán a finales de mayo y la inspección técnica está prevista "
    "para la primera semana de junio.",
    "Los comerciantes, que llevan meses vendiendo en carpas provisionales en la plaza, recibieron la noticia con "
    "alivio, aunque piden que se respeten los plazos.",
    "La asociación de vecinos pidió además que el mercado amplíe su horario los sábados para facilitar la compra "
    "a las familias que trabajan durante la semana.",
    "Relacionados:",
    "Otra noticia sobre el mercado de la ciudad vecina",
    "Una tercera noticia sobre los comercios del centro",
    "© 2022 El Diario de la Isla. Todos los derechos reservados.",
]) + "\n"


def test_a_lower_case_weekday_dateline_does_not_continue_the_standfirst():
    for language, standfirst, dateline in [
        ("es", STANDFIRST, DATELINE),
        ("pt", "O prefeito, que anunciou que vai disputar a reeleição no próximo ano, garantiu que o mercado "
               "voltará a abrir em junho", "quarta-feira, 4 de maio de 2022 07:59"),
        ("fr", "Le maire, qui a annoncé sa candidature pour un nouveau mandat, a assuré que le marché rouvrira "
               "ses portes en juin", "mercredi 11 mai 2022 à 10h35."),
    ]:
        page = Page.of(segment(f"{standfirst}\n{dateline}"), stopwords_for(language), language)
        assert continuations(page) == [False, False], language


def test_a_wrapped_line_in_lower_case_still_continues():
    page = Page.of(segment("El pleno aprobó ayer por mayoría el plan de movilidad que transformará\n"
                           "el centro de la ciudad durante los próximos cinco años."), stopwords_for("es"), "es")
    assert continuations(page) == [False, True]


def test_the_standfirst_stays_and_the_dateline_goes():
    body = clean(PAGE)
    assert STANDFIRST in body
    assert DATELINE not in body
    assert body.index(STANDFIRST) < body.index("El alcalde presentó ayer")


def test_the_standfirst_two_lines_above_the_byline_is_no_before_header_text():
    decisions = {d.block.text: d.removed_by for d in explain(PAGE).decisions}
    assert decisions[STANDFIRST] is None
    assert decisions["Por Laura Méndez Ortiz"] == "byline-dateline"


def test_what_keeps_the_standfirst_is_the_byline_two_lines_under_it():
    # A dateline the page repeats goes as repeated-line, no header stage:
    # the byline under it marks the header all the same.
    off = Cleaner(settings=replace(Settings(), byline_standfirst_min_words=1000))
    assert {d.block.text: d.removed_by for d in off.explain(PAGE).decisions}[STANDFIRST] == "before-header"
