"""Chrome that text mode kept on pages nobody tuned for: the "learn more" label
before another article's title and a rating widget's lines, in several
languages. Invented pages; each rule named by what removes the line."""

from __future__ import annotations

import pytest
from helpers import removals


STORY = {
    "de": ("Der Stadtrat hat am Dienstag nach langer Debatte beschlossen, die alte Brücke über den Fluss im "
           "kommenden Frühjahr vollständig zu sanieren und dafür zwölf Millionen Euro bereitzustellen.",
           "Während der Arbeiten wird der Verkehr über eine Umleitung durch die Innenstadt geführt, und die Busse "
           "halten an provisorischen Haltestellen am Markt und am Bahnhof."),
    "pl": ("Rada miasta zdecydowała we wtorek po długiej debacie, że stary most na rzece zostanie wiosną "
           "całkowicie wyremontowany, a na prace przeznaczy dwanaście milionów złotych.",
           "W czasie prac ruch zostanie skierowany objazdem przez centrum miasta, a autobusy zatrzymają się na "
           "tymczasowych przystankach przy rynku i dworcu."),
    "fr": ("Le conseil municipal a décidé mardi, après un long débat, de rénover entièrement le vieux pont sur "
           "la rivière au printemps prochain et d'y consacrer douze millions d'euros.",
           "Pendant les travaux, la circulation sera déviée par le centre-ville et les bus s'arrêteront à des "
           "arrêts provisoires près du marché et de la gare."),
}


def _removed_by(language: str, line: str) -> str | None:
    first, last = STORY[language]
    return removals(f"{first}\n{line}\n{last}")[line]


@pytest.mark.parametrize(("language", "line"), [
    ("pl", "Dowiedz się więcej: Ile będzie kosztował nowy most"),
    ("de", "Mehr erfahren: Was die neue Brücke kostet"),
    ("fr", "En savoir plus : Le pont coûtera plus cher"),
])
def test_a_learn_more_label_before_a_title_is_a_link_to_another_article(language: str, line: str) -> None:
    assert _removed_by(language, line) == "read-also-link"


@pytest.mark.parametrize(("language", "line"), [
    ("pl", "Dowiedz się więcej o planie remontu w urzędzie miasta, powiedział burmistrz."),
    ("de", "Mehr erfahren die Anwohner erst bei der Versammlung im Mai."),
])
def test_the_same_words_opening_a_sentence_stay(language: str, line: str) -> None:
    assert _removed_by(language, line) is None


@pytest.mark.parametrize(("language", "lines"), [
    ("de", ["4,53 von 1204 Bewertungen", "Mit von 5 Sternen bewerten", "Sie haben bereits abgestimmt."]),
    ("fr", ["4,2 sur 5 (35 votes)", "Vous avez déjà voté"]),
])
def test_a_rating_widget_between_paragraphs_goes(language: str, lines: list[str]) -> None:
    for line in lines:
        assert _removed_by(language, line) == "comment-prompt", line


def test_a_rating_in_a_sentence_stays() -> None:
    assert _removed_by("de", "Der Film bekam 4,5 von 5 Sternen in der Kritik der Zeitung am Sonntag.") is None
