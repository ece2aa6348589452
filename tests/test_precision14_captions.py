"""A caption that ends with its photographer's name alone, after its sentence
("... nicht erlaubt! Anna Berg", "... Mujeres Populares. (Ana Ruiz Gil)"):
text mode kept it inside the story. Invented pages, in several languages."""

from __future__ import annotations

import pytest

from cleaner import explain

PAGE = """Startseite
Politik
Wirtschaft
Sport
Kontakt
{headline}
{first}
{caption}
{second}
{third}
Impressum
Datenschutz
© 2024 Beispiel Verlag"""

STORIES = {
    "de": ("Neue Regeln für die Düngung im Winter",
           "Seit dem ersten Februar dürfen Landwirte wieder Gülle auf ihre Felder bringen, doch die neuen Regeln "
           "für gefrorene und nasse Böden schränken das in vielen Gegenden weiterhin deutlich ein.",
           "Ein Boden gilt schon dann als gefroren, wenn er in irgendeiner Tiefe Frost aufweist, auch wenn die "
           "Oberfläche am Mittag bereits wieder aufgetaut ist und das Wasser versickern kann.",
           "Wer gegen die Regeln verstößt, muss mit einem Bußgeld rechnen, warnt die Landwirtschaftskammer, und "
           "auch die Fördergelder können gekürzt werden."),
    "es": ("La presidenta de la organización renunciará",
           "La presidenta de la organización de mujeres del partido anunció ayer que renunciará a su puesto en las "
           "próximas semanas, tras denunciar una falta de comunicación con la dirección.",
           "Según explicó en una entrevista, la directiva ha impuesto decisiones sin consultar a las bases y ha "
           "intentado silenciar a quienes critican el rumbo del partido en los últimos meses.",
           "La dirección del partido no respondió a las preguntas de este diario sobre las acusaciones, y se "
           "espera que el asunto se discuta en la próxima asamblea."),
}
STORIES["en"] = (
    "New rules for spreading manure in winter",
    "From the first of February farmers may spread slurry on their fields again, but the new rules for frozen "
    "and waterlogged ground still limit it in many parts of the county.",
    "Ground counts as frozen when there is frost at any depth, even if the surface has thawed by midday and "
    "the water can drain away.",
    "Anyone who breaks the rules faces a fine, the farming board warned, and may also lose part of their "
    "subsidy for the year.")
CAPTIONS = {
    "de": "Auf gefrorenem Boden ist jede Düngung verboten! Anna Berg",
    "es": "La presidenta anticipó que renunciará a su cargo en la organización. (Lucía Prieto Sanz)",
}


@pytest.mark.parametrize("language", sorted(CAPTIONS))
def test_a_caption_ending_with_the_photographer_goes_and_the_story_stays(language: str) -> None:
    headline, first, second, third = STORIES[language]
    caption = CAPTIONS[language]
    result = explain(PAGE.format(headline=headline, first=first, caption=caption, second=second, third=third))
    removed = {d.block.text: d.removed_by for d in result.decisions}
    assert removed[caption] == "photo-caption"
    assert [removed[line] for line in (first, second, third)] == [None, None, None]


@pytest.mark.parametrize(("language", "line"), [
    ("de", "Den Vortrag hielt Prof. Tom Lambert"),
    ("en", "Growth is a habit, not a hack. Click To Tweet"),
    ("de", "Die Brücke wurde eröffnet. Anna Berg sprach als Erste."),
])
def test_a_name_after_an_abbreviation_a_link_or_a_sentence_that_goes_on_stays(language: str, line: str) -> None:
    headline, first, second, third = STORIES[language]
    result = explain(PAGE.format(headline=headline, first=first, caption=line, second=second, third=third))
    assert next(d.removed_by for d in result.decisions if d.block.text == line) != "photo-caption"


def test_a_news_photo_caption_with_the_day_and_its_full_date_goes() -> None:
    headline, first, second, third = STORIES["en"]
    caption = ("Farmers spread slurry on a field outside Lincoln, Tuesday, Feb. 1, 2022, the first day it was "
               "allowed again this year.")
    result = explain(PAGE.format(headline=headline, first=first, caption=caption, second=second, third=third))
    removed = {d.block.text: d.removed_by for d in result.decisions}
    assert removed[caption] == "photo-caption"
    assert [removed[line] for line in (first, second, third)] == [None, None, None]


def test_line_gates_before_the_slide_counter_and_bracketed_patterns_let_every_match_through() -> None:
    """The slide counter is asked only of lines with a slash second to
    fifth, and the bracketed-aside pattern only of lines opening with a
    bracket: on random lines of digits (other scripts' too), spaces
    (others than " " too), slashes, dashes and brackets, every line either
    pattern matches passes its gate."""
    from random import Random

    from cleaner.detectors.captions import _SLIDE_COUNTER
    from cleaner.detectors.headers import _BRACKETED, _OPENING_BRACKETS

    random = Random(21)
    alphabet = list("0123456789٣੬/ \u3000\x85\t–—:|-([)]a")
    matched = 0
    for _ in range(100_000):
        text = "".join(random.choices(alphabet, k=random.randint(0, 9)))
        if _SLIDE_COUNTER.match(text):
            matched += 1
            assert "/" in text[1:5], text
        if _BRACKETED.match(text):
            matched += 1
            assert text[:1] in _OPENING_BRACKETS, text
    assert matched > 100
