"""HTML mode on shapes of pages nobody tuned it for (issue 12; found on the study set blind_pages20):
an accordion's questions, each a heading whose whole text is the button that opens its answer, and a
one-paragraph news brief on a page whose footer holds more paragraphs than the brief."""

from __future__ import annotations

import pytest

from cleaner import Cleaner
from cleaner import html as html_input
from cleaner import html_markup

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



BRIEF = ("Die Brücke über den Mühlbach zwischen Oberau und Lindenhof wird ab Montag für drei Wochen voll gesperrt, "
         "weil das Geländer erneuert und die Fahrbahn abgedichtet wird; die Umleitung führt über die Kreisstraße "
         "und verlängert den Weg um etwa fünf Kilometer, der Schulbus fährt in dieser Zeit zehn Minuten früher ab.")
FOOTER = ["Über uns | Redaktion | Kontakt | Anzeigen | Abo | Nutzungsbedingungen | Datenschutz | Barrierefreiheit | "
          "Cookie-Einstellungen",
          "Der Mühltaler Bote ist die Lokalzeitung für das Mühltal. Herausgeber: Mühltal Medien GmbH, Marktstraße 3, "
          "79999 Mühltal.",
          "© 2025 Mühltal Medien GmbH. Alle Rechte vorbehalten. Nachdruck und Weiterverbreitung der Inhalte nur mit "
          "schriftlicher Genehmigung des Verlags."]


def brief_page() -> str:
    footer = "".join(f"<p>{line}</p>" for line in FOOTER)
    return ("<html lang='de'><head><title>Mühlbachbrücke gesperrt | Mühltaler Bote</title></head><body>"
            "<div class='kopf'><a>Mühltaler Bote</a> <a>Lokales</a> <a>Sport</a> <a>Kultur</a></div>"
            "<div class='seite'><div class='spalte'><div class='meldung'><h1>Mühlbachbrücke drei Wochen gesperrt</h1>"
            f"<p>{BRIEF}</p></div><div class='weitere'><h3>Weitere Meldungen</h3><ul><li><a>Kirmes am "
            "Wochenende</a></li><li><a>Neuer Kindergarten</a></li></ul></div></div>"
            "<div class='rand'><div class='kasten'><h3>Neueste</h3><ul><li><span>10:02</span> <a>Feuerwehr übt am "
            "Sportplatz</a></li><li><span>09:40</span> <a>Gemeinderat tagt am Dienstag</a></li></ul></div>"
            "<div class='kasten'><span>Anzeige</span><p>Werben im Mühltaler Boten: Telefon 0700 123 45.</p></div>"
            "<div class='kasten'><h3>Wetter</h3><p>Samstag 18 °C, sonnig · Sonntag 15 °C, Regen</p></div></div></div>"
            f"<div class='fuss'>{footer}</div></body></html>")


def test_a_one_paragraph_brief_is_not_left_out_of_the_body_named() -> None:
    """The page's one story-length paragraph, no container holding two: the block of the most shorter
    paragraphs was named the body, the footer here, and the extractor took the footer alone (here the
    lead under the headline was put back; where it was not, the brief was lost whole)."""
    tree = html_input.parse(brief_page())
    assert html_markup.name_story_body(tree) is None
    assert BRIEF in Cleaner().clean_html(brief_page()).splitlines()


QUESTION = ("Od tygodnia w łazience czuć wilgoć pod wanną, a fuga przy odpływie ciemnieje. Wanna ma dziesięć lat, "
            "syfon wymieniałem w zeszłym roku. Skąd może brać się woda i od czego zacząć szukanie?")
ANSWER = ("Najczęściej przecieka uszczelka przelewu, a nie sam syfon. Napełnij wannę powyżej otworu przelewowego, "
          "odczekaj kwadrans i zajrzyj pod nią latarką przez klapę rewizyjną: jeśli pojawią się krople przy "
          "przelewie, wystarczy nowa uszczelka za kilka złotych.")
STEPS = ["Zdejmij maskownicę przelewu i odkręć śrubę, która dociska rurę do wanny.",
         "Wyjmij starą uszczelkę i oczyść gniazdo z kamienia oraz resztek silikonu.",
         "Załóż nową uszczelkę tej samej średnicy i dokręć śrubę równo, bez przesady."]
REPLIES = ["Dzięki, to była uszczelka przelewu. Wymieniona, sucho, a fuga przy odpływie już nie ciemnieje.",
           "U mnie było tak samo, polecam sprawdzić też silikon przy ścianie, bo tamtędy też potrafi ciec."]


def thread_page() -> str:
    posts = (f"<div class='post question'><div class='author'>marek_k</div><p>{QUESTION}</p></div>"
             f"<div class='post answer accepted'><div class='author'>hydraulik62</div><p>{ANSWER}</p>"
             f"<p>Wymiana:</p><ol>{''.join(f'<li>{step}</li>' for step in STEPS)}</ol></div>"
             + "".join(f"<div class='post'><div class='author'>user{n}</div><p>{reply}</p></div>"
                       for n, reply in enumerate(REPLIES)))
    return ("<html lang='pl'><head><title>Wilgoć pod wanną - Forum Łazienka</title></head><body>"
            "<div class='menu'><a>Forum</a> <a>Szukaj</a> <a>Zaloguj</a></div>"
            f"<div class='watek'><h1>Wilgoć pod wanną – skąd?</h1>{posts}</div>"
            "<div class='stopka'><p>Forum Łazienka działa od 2009 roku.</p></div></body></html>")


def test_a_thread_whose_first_posts_carry_more_class_names_keeps_them() -> None:
    """The extractor takes the first block of class exactly "post" for the article's body: here the first
    reply, the question and its answer (class "post question", "post answer accepted") left out, then
    gathers the page's loose paragraphs, the answer's steps not among them. Posts whose class opens with
    "post" are the thread's entries, and the thread is named the body (html_markup.name_entries_body)."""
    lines = Cleaner().clean_html(thread_page()).splitlines()
    assert QUESTION in lines
    assert ANSWER in lines
    assert all(f"- {step}" in lines for step in STEPS)
