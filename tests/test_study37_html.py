"""HTML mode on shapes of pages nobody tuned it for (issue 12; found on the study set blind_pages20):
an accordion's questions, each a heading whose whole text is the button that opens its answer, and a
one-paragraph news brief on a page whose footer holds more paragraphs than the brief."""

from __future__ import annotations

import pytest

from cleaner import Cleaner

QUESTIONS = {
    "en": ["Can I bring my dog to the allotments?", "How long is the waiting list for a plot?",
           "Who pays for the water?"],
    "de": ["Darf ich meinen Hund in die Kleingartenanlage mitbringen?", "Wie lange ist die Warteliste für eine "
           "Parzelle?", "Wer bezahlt das Wasser?"],
}
ANSWERS = {
    "en": ["Dogs are welcome on a lead, but they must stay on the paths and out of the shared orchard, where the "
           "beehives stand from April to September.",
           "At the moment about eighteen months. Half plots come free more often, so asking for one of those is "
           "usually the quicker way to start growing.",
           "The water is metered for the whole site and shared out by plot size in the yearly rent, so there is no "
           "separate bill for it."],
    "de": ["Hunde sind an der Leine willkommen, müssen aber auf den Wegen bleiben und dürfen nicht auf die "
           "Gemeinschaftswiese, auf der von April bis September die Bienenstöcke stehen.",
           "Derzeit etwa anderthalb Jahre. Halbe Parzellen werden häufiger frei, wer nach einer solchen fragt, kann "
           "meist schneller mit dem Gärtnern anfangen.",
           "Das Wasser wird für die ganze Anlage gezählt und nach der Größe der Parzelle mit der Jahrespacht "
           "umgelegt, eine eigene Rechnung gibt es dafür nicht."],
}
CHROME = {"en": ["Accept all", "Search", "Yes", "No"], "de": ["Alle akzeptieren", "Suchen", "Ja", "Nein"]}


def faq_page(language: str, heading_class: str = "") -> str:
    accept, search, yes, no = CHROME[language]
    items = "".join(
        f'<div class="accordion-item"><h3 class="{heading_class}"><button class="accordion-button collapsed" '
        f'type="button" aria-expanded="false">{question}</button></h3><div class="accordion-collapse collapse">'
        f'<div class="accordion-body"><p>{answer}</p></div></div></div>'
        for question, answer in zip(QUESTIONS[language], ANSWERS[language]))
    return (f'<html lang="{language}"><head><title>FAQ</title></head><body>'
            f'<div class="consent"><p>Cookies.</p><button>{accept}</button></div>'
            f'<form class="site-search"><input name="q"><button type="submit">{search}</button></form>'
            f'<main><h1>FAQ</h1><div class="accordion">{items}</div>'
            f'<div class="feedback"><button>{yes}</button> <button>{no}</button></div></main></body></html>')


@pytest.mark.parametrize("heading_class", ["", "faq-question"])
@pytest.mark.parametrize("language", sorted(QUESTIONS))
def test_an_accordion_s_questions_are_the_story_s(language: str, heading_class: str) -> None:
    """Before: html-form-control dropped every button, the questions with them, and left the answers
    without what they answer. The other buttons (a consent's, a search form's, a poll's) still go."""
    explanation = Cleaner().explain_html(faq_page(language, heading_class))
    lines = explanation.text.splitlines()
    assert all(question in lines for question in QUESTIONS[language])
    assert all(answer in lines for answer in ANSWERS[language])
    assert not set(CHROME[language]) & set(lines)
    removed = {d.block.text: d.removed_by for d in explanation.decisions if not d.kept}
    assert all(removed.get(label) == "html-form-control" for label in CHROME[language])

