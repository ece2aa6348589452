"""A newsletter box set between the story's paragraphs whose pitch stands
under its prompt or its heading and over a button newsletter-prompt does not
know alone ("Jetzt kostenlos anmelden", "Inscrivez-vous gratuitement"): the
pitch names the letter or the inbox, so the button under it (and the heading
naming the letter over it) go with it (newsletter-pitch; issue 12, precision;
session 35). A story's line that mentions signing up stays. Pages and lines
invented for these tests."""

import pytest
from helpers import removals
from test_prec35_newsletter_pitch import _FOOTER, _STORIES


# The English page of test_prec35_newsletter_pitch.
_HEADER, _STORY, _ = _STORIES["en"]


def _decisions(box: list[str]) -> dict[str, str | None]:
    # Two paragraphs under the box (see test_prec35_newsletter_pitch: over the last one alone the box ends the story).
    page = _HEADER + "\n".join([*_STORY[:2], *box, *_STORY[2:]]) + "\n" + _FOOTER
    return removals(page)


# (heading over the pitch, the pitch, its button) in each language.
_BOXES = [
    ("Newsletter", "Die wichtigsten Meldungen vom Hafen jeden Morgen in Ihrem Postfach.", "Jetzt kostenlos anmelden"),
    ("Newsletter „Hafen kompakt“", "Das Wichtigste aus dem Hafen jeden Morgen per E-Mail.", "Jetzt anmelden"),
    ("Newsletter", "The harbour's news every morning in your inbox.", "Sign up free now"),
    ("Newsletter", "L'essentiel du port chaque matin dans votre boîte mail.", "Inscrivez-vous gratuitement"),
    ("Boletín del Puerto", "Lo mejor del puerto cada mañana en tu correo.", "Suscríbete gratis"),
    ("Newsletter", "Le notizie del porto ogni mattina nella tua casella di posta.", "Iscriviti ora"),
    ("Newsletter", "As notícias do porto todas as manhãs na sua caixa de entrada.", "Inscreva-se já"),
    ("Nieuwsbrief", "Elke ochtend het nieuws van de haven in je mailbox.", "Nu aanmelden"),
    ("Newsletter", "Najważniejsze wiadomości z portu co rano w Twojej skrzynce.", "Zapisz się teraz"),
]


@pytest.mark.parametrize(("heading", "pitch", "button"), _BOXES)
def test_a_pitch_under_its_heading_goes_with_its_button(heading, pitch, button):
    decisions = _decisions([heading, pitch, button])
    # Some pitches and headings newsletter-prompt knows alone; the button it does not.
    assert decisions[button] == "newsletter-pitch"
    assert {decisions[heading], decisions[pitch]} <= {"newsletter-prompt", "newsletter-pitch"}
    assert all(decisions[line] is None for line in _STORY)


@pytest.mark.parametrize("lines", [
    # A story's short line naming a newsletter, then the story's subheading: no button.
    ["The club's newsletter reached every member by email on Friday.", "Sign-ups open in May"],
    # The story's sentence about signing up under a line naming the letter: a sentence is no button.
    ["Der Newsletter des Vereins kommt jeden Monat per E-Mail.", "Anmelden kann man sich bis Freitag."],
    ["La lettre d'information de la mairie arrive dans votre boîte mail.", "Inscrivez-vous avant vendredi, dit-elle."],
])
def test_a_storys_lines_about_signing_up_stay(lines):
    decisions = _decisions(lines)
    assert all(decisions[line] is None for line in [*lines, *_STORY])
