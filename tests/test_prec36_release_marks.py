"""The end mark that closes a press release (issue 12, session 36): "-ENDS-", "– Fin du communiqué –", "einde
persbericht ---", "Ende der Pressemitteilung". Text mode kept it under the release, and the boilerplate under
it. Invented releases; a story's sentence naming the release's end stays. (Not the heading of the notes for the
newsroom, "Notes to editors": a study set counts those notes as the release's own; nor the press contact's,
"Pressekontakt": alone it parted the contact's lines, a run nav-menu takes whole.)"""

from __future__ import annotations

import pytest
from helpers import removals

from cleaner import clean

RELEASE = """Harbourside Bakery opens second shop in Millbrook

MILLBROOK, 3 March 2025 – Harbourside Bakery will open its second shop on Mill Street on Saturday, creating twelve
new jobs in the town centre, the company announced today.

The new shop will bake on site every morning and sell bread from local flour, said its founder, who started the
business in a converted garage eight years ago.

{}
"""

MARKS = [
    "-ENDS-",
    "– Fin du communiqué –",
    "Fin du communiqué",
    "Ende der Pressemitteilung",
    "einde persbericht ---",
    "Fin del comunicado",
    "Fine del comunicato",
]


@pytest.mark.parametrize("mark", MARKS)
def test_a_release_end_mark_goes(mark: str) -> None:
    removed = removals(RELEASE.format(mark))
    assert removed[mark] == "company-boilerplate"
    assert "The new shop will bake on site" in clean(RELEASE.format(mark))


def test_a_sentence_naming_the_end_of_the_release_stays() -> None:
    sentence = "Das Ende der Pressemitteilung enthielt einen Hinweis auf die neue Filiale, sagte der Sprecher."
    assert sentence in clean(RELEASE.format(sentence))
