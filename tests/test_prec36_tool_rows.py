"""A story's row of page tools whose buttons share-bar knew only some of (issue 12, session 36): the text
size button ("Font size", "Schriftgröße"), the letter to the editor ("Leserbrief schreiben") and the gift
link ("Gift this article") beside print, e-mail and comment buttons. Text mode kept such rows between the
story's paragraphs. Invented rows in the languages of the study sets; a story's sentence naming the same
things stays."""

from __future__ import annotations

import pytest
from helpers import removed_between_paragraphs


ROWS = [
    "Print | Email | Font size | Share | Comments (3)",
    "Print | E-mail | Text size | Comments (11)",
    "Drucken | Schriftgröße | Leserbrief schreiben",
    "Artikel drucken | Artikel empfehlen | Leserbrief schreiben",
    "Imprimer | Taille du texte | Commentaires (5)",
    "Imprimir | Tamaño de letra | Comentarios (2)",
    "Stampa | Dimensione testo | Commenti (4)",
    "Imprimir | Tamanho da letra | Comentários (7)",
    "Printen | Tekstgrootte | Reacties (8)",
    "Drukuj | Rozmiar czcionki | Komentarze (6)",
    "Печать | Размер шрифта | Комментарии (3)",
    "Share Gift this article Comments (12)",
    "Teilen Artikel verschenken Kommentare (4)",
    "Partager Offrir cet article Commentaires (9)",
]


@pytest.mark.parametrize("row", ROWS)
def test_a_row_of_page_tools_goes(row: str) -> None:
    assert removed_between_paragraphs(row) == "share-bar"


@pytest.mark.parametrize("sentence", [
    "Print the form, check the font size and write a letter to the editor if you disagree, she said.",
    "Gift this article to a friend who missed the meeting, the mayor joked at the end of the session.",
    "Der Leserbrief schreiben viele Bürger inzwischen per E-Mail, sagt die Redaktion.",
])
def test_a_sentence_naming_the_tools_stays(sentence: str) -> None:
    assert removed_between_paragraphs(sentence) is None
