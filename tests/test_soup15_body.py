"""HTML mode on "soup" markup: a site built with CSS-in-JS or a utility framework writes every block
as a ``<div>`` and names none (class names are hashes, "css-1x2y3z"). The extractor then knows no
body, and it gathered the page's loose paragraphs, leaving out each heading and list between them,
wherever no block held two paragraphs of ``html_body_paragraph_min_chars``: a story written in
shorter paragraphs (an FAQ, a how-to) or in Chinese or Japanese, whose paragraphs say as much in a
third of the characters. benchmarks/cms_pages.py --soup reads the invented pages so."""

from __future__ import annotations

import pytest
from test_cms_pages import KNOWN_LOSSES, NAMES, PAGES, cms_pages

from cleaner import Cleaner
from cleaner import html as html_input
from cleaner import html_markup

# Answers of 80 to 149 characters: prose, each shorter than a story-length paragraph.
ANSWERS = [
    "Frag einfach im Vereinsheim nach, dort liegt ein Aufnahmeformular aus. Der Vorstand meldet sich.",
    "Der Beitrag beträgt 60 Euro im Jahr, Schüler und Studierende zahlen die Hälfte davon.",
    "Ja, jeden Dienstag ab 18 Uhr ist Schnuppertraining. Bring Sportschuhe und etwas zu trinken mit.",
]
QUESTIONS = ["Wie werde ich Mitglied?", "Was kostet die Mitgliedschaft?", "Kann ich vorher reinschnuppern?"]
ITEMS = ["Sportschuhe für die Halle", "ein Handtuch", "eine Trinkflasche"]


def soup_page(story: str, headline: str = "Fragen und Antworten") -> str:
    return (
        "<html><head><title>Fragen und Antworten - TSV Birkenau</title></head><body>"
        "<div class='c1a2b3'><a href='/'>TSV Birkenau</a> <a href='/teams'>Mannschaften</a> "
        "<a href='/termine'>Termine</a> <a href='/kontakt'>Kontakt</a></div>"
        f"<div class='c4d5e6'><h1>{headline}</h1><div class='c7f8a9'>{story}</div>"
        "<div class='cb0c1d'><p>Teilen: Facebook · E-Mail · Drucken</p></div></div>"
        "<div class='ce2f3a'><p>TSV Birkenau e. V., Sportplatzweg 3</p></div></body></html>"
    )


FAQ = "".join(f"<h2>{question}</h2><p>{answer}</p>" for question, answer in zip(QUESTIONS, ANSWERS)) \
    + "<h2>Was brauche ich?</h2><ul>" + "".join(f"<li>{item}</li>" for item in ITEMS) + "</ul>"


def test_an_faq_of_prose_answers_keeps_its_questions_and_lists():
    lines = Cleaner().clean_html(soup_page(FAQ)).splitlines()
    assert all(answer in lines for answer in ANSWERS)
    assert all(question in lines for question in QUESTIONS)
    assert all(f"- {item}" in lines for item in ITEMS)
    assert not [line for line in lines if "Sportplatzweg" in line or "Teilen" in line]


def test_the_block_of_prose_answers_is_named_the_body():
    body = html_markup.name_story_body(html_input.parse(soup_page(FAQ)))
    assert body is not None
    assert body.get("class") == "c7f8a9"


CHINESE = [
    "市政府今天宣布，從下個月起，市區公車將延長夜間營運時間至凌晨一點，方便晚歸的上班族與學生。",
    "交通局表示，這次調整是根據去年的乘客問卷結果，超過六成受訪者希望夜間班次能再增加。",
    "新的時刻表將在下週公布，市民也可以透過官方網站或手機應用程式查詢最新班次。",
]
CHINESE_HEADING = "夜間班次如何查詢"


def test_a_chinese_story_s_headings_stay():
    """Paragraphs of some 40 characters, each saying what one of 150 does in a spaced script."""
    story = f"<p>{CHINESE[0]}</p><p>{CHINESE[1]}</p><h2>{CHINESE_HEADING}</h2><p>{CHINESE[2]}</p>"
    lines = Cleaner().clean_html(soup_page(story, "公車延長夜間營運")).splitlines()
    assert all(paragraph in lines for paragraph in CHINESE)
    assert CHINESE_HEADING in lines


def test_story_length_paragraphs_each_in_a_box_leave_a_contact_box_unnamed():
    """Two story-length paragraphs, each in a box of its own (a recipe's steps), and a contact box of two
    shorter ones: the page's story is in its long paragraphs, not the contact box; no block is named."""
    steps = [answer + " " + answer.lower() for answer in ANSWERS[:2]]
    story = "".join(f"<div class='c9{n}'><p>{step}</p></div>" for n, step in enumerate(steps))
    contact = "<div class='c0ffee'>" + "".join(f"<p>{answer}</p>" for answer in ANSWERS[1:]) + "</div>"
    assert html_markup.name_story_body(html_input.parse(soup_page(story + contact))) is None


def test_soup_writes_containers_as_divs_and_names_as_hashes():
    page = ("<main class='site main' id='top'><article class=\"entry-content\"><section id=s1>"
            "<a href='#s1'>Permalink</a></section></article></main>")
    soup = cms_pages.soup(page)
    assert "<main" not in soup and "<article" not in soup and "<section" not in soup
    assert "entry-content" not in soup and "site" not in soup and "top" not in soup and "s1" not in soup
    assert soup.count("<div") == 3 and soup.count("</div>") == 3
    # One name, one hash: the id and the link to it still meet.
    assert f"id={cms_pages._hashed('s1')}>" in soup and f"href='#{cms_pages._hashed('s1')}'" in soup
    assert cms_pages.soup(page) == soup


# The invented pages read as soup lose these lines as well as their known losses (test_cms_pages):
# the body is taken as the block of the next article, which holds more story paragraphs.
SOUP_LOSSES = {"100_short_story_next_article_de": {"Kunden können bis Ende März"}}


@pytest.mark.parametrize("name", NAMES)
def test_article_lines_survive_soup(cleaner, name):
    html = cms_pages.soup((PAGES / f"{name}.html").read_text(encoding="utf-8"))
    starts = [start for line in cleaner.clean_html(html).splitlines() for start in cms_pages.line_starts(line)]
    keep = [line.strip() for line in (PAGES / f"{name}.keep").read_text(encoding="utf-8").splitlines() if line.strip()]
    lost = {line for line in keep if not any(start.startswith(line) for start in starts)}
    assert lost <= KNOWN_LOSSES.get((name, "html"), set()) | SOUP_LOSSES.get(name, set())
