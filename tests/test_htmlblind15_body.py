"""A story in a container whose class the extractor does not know ("obsah-clanku", not "entry-content"):
the extractor gathered the page's loose paragraphs and left out the headings and lists between them.
The container holding the story's paragraphs is now named as the article's body (invented pages
120-122 of tests/fixtures/cms_pages show it on whole pages)."""

from __future__ import annotations

import tracemalloc

import lxml.html

from cleaner import Cleaner
from cleaner import html as html_input
from cleaner import html_markup

PARAGRAPHS = [
    "Knihovna v Horní Lhotě bude od pondělí otevřena i v sobotu dopoledne, oznámil starosta obce na "
    "posledním zasedání zastupitelstva. Změna vychází z ankety, které se zúčastnilo přes dvě stě čtenářů.",
    "Kvůli delší otevírací době obec přijala na částečný úvazek druhou knihovnici. Náklady ve výši "
    "zhruba osmdesáti tisíc korun ročně pokryje rozpočet obce bez navýšení poplatků pro čtenáře.",
    "Knihovna zároveň rozšíří nabídku pro děti a seniory. Čtenáři mohou své návrhy na nové tituly "
    "vhazovat do schránky u vchodu nebo je poslat e-mailem, odpovídá na ně vedoucí knihovny.",
]
HEADING = "Nová otevírací doba"
HOURS = ["pondělí a středa od 9 do 18 hodin", "čtvrtek od 12 do 18 hodin", "sobota od 9 do 12 hodin"]


def page(body_class: str) -> str:
    items = "".join(f"<li>{item}</li>" for item in HOURS)
    return (
        "<html><head><title>Knihovna otevře i v sobotu | Obec Horní Lhota</title></head><body>"
        "<div class='hlavicka'><a href='/'>Obec Horní Lhota</a> <a href='/urad'>Úřad</a> "
        "<a href='/zpravy'>Zprávy</a> <a href='/kontakt'>Kontakt</a></div>"
        f"<div class='sloupec'><h1>Knihovna otevře i v sobotu</h1><div class='{body_class}'>"
        f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><h2>{HEADING}</h2><ul>{items}</ul>"
        f"<p>{PARAGRAPHS[2]}</p></div>"
        "<div class='paticka-clanku'><p>Sdílet: Facebook · E-mail</p></div></div>"
        "<div class='paticka'><p>Obec Horní Lhota, náměstí 1, IČ 00000000</p></div></body></html>"
    )


def test_headings_and_lists_between_the_story_s_paragraphs_stay():
    lines = Cleaner().clean_html(page("obsah-clanku")).splitlines()
    assert all(paragraph in lines for paragraph in PARAGRAPHS)
    assert HEADING in lines
    assert all(f"- {item}" in lines for item in HOURS)
    assert not [line for line in lines if "Horní Lhota, náměstí" in line or "Sdílet" in line]


def test_the_container_of_the_story_s_paragraphs_is_named():
    tree = html_input.parse(page("obsah-clanku"))
    body = html_markup.name_story_body(tree)
    assert body is not None
    assert body.get("class") == "obsah-clanku"
    assert body.get("itemprop") == "articleBody"


def test_a_container_the_extractor_knows_is_left_as_it_is():
    tree = html_input.parse(page("entry-content"))
    assert html_markup.name_story_body(tree) is None
    assert not tree.xpath("//*[@itemprop]")


def test_paragraphs_each_in_a_box_of_their_own_name_no_container():
    """A box of one story paragraph is not the body: the extractor's own gathering stays."""
    boxes = "".join(f"<div class='krok'><p>{paragraph}</p></div>" for paragraph in PARAGRAPHS)
    tree = html_input.parse(f"<html><body><div class='sloupec'>{boxes}</div></body></html>")
    assert html_markup.name_story_body(tree) is None


def test_a_body_split_around_an_ad_is_named_whole():
    """The story's paragraphs in two boxes of different classes, an ad between: the box holding the
    most is widened to their parent, which holds two more story paragraphs (the second box was lost)."""
    more = PARAGRAPHS[1][::-1]  # one more story paragraph's length
    split = page("obsah-clanku").replace(
        f"<p>{PARAGRAPHS[2]}</p>",
        f"</div><div class='reklama'>Reklama</div><div class='pokracovani'><p>{PARAGRAPHS[2]}</p><p>{more}</p>")
    body = html_markup.name_story_body(html_input.parse(split))
    assert body is not None
    assert body.get("class") == "sloupec"
    lines = Cleaner().clean_html(split).splitlines()
    assert all(line in lines for line in [*PARAGRAPHS, HEADING, more])


def test_a_welcome_box_above_the_headline_is_not_the_body():
    """A site's welcome text of long paragraphs above the headline and a story of short ones under
    it: the welcome box was named the body, and the extractor lost the story whole. The story
    follows its headline: no block below it qualifies, and the extractor's own gathering stays."""
    welcome = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    story = ["Knihovna bude v sobotu otevřena už od osmi hodin.", "Důvodem je burza dětských knih v sále.",
             "Vstup na burzu je zdarma."]
    page = ("<html><body><div class='vitejte'><h2>Vítejte</h2>" + welcome + "</div>"
            "<div class='zprava'><h1>Knihovna otevře dříve</h1>" + "".join(f"<p>{line}</p>" for line in story)
            + "</div></body></html>")
    assert html_markup.name_story_body(html_input.parse(page)) is None
    lines = Cleaner().clean_html(page).splitlines()
    assert all(line in lines for line in story)


def test_teasers_in_a_sidebar_s_articles_do_not_hide_that_the_extractor_knows_no_body():
    """A sidebar (``<aside>``) of teasers, each an ``<article>``: the extractor deletes the sidebar
    before it looks for the body, so it finds none; the story's container is named all the same
    (an ``<article>`` anywhere was taken for a body the extractor would find)."""
    teasers = "".join(f"<article><h4><a href='/c/{n}'>Zpráva {n}</a></h4><p>Krátký popis.</p></article>"
                      for n in range(3))
    footer = "<div class='paticka'>"
    with_sidebar = page("obsah-clanku").replace(footer, f"<aside>{teasers}</aside>{footer}")
    body = html_markup.name_story_body(html_input.parse(with_sidebar))
    assert body is not None
    assert body.get("class") == "obsah-clanku"
    lines = Cleaner().clean_html(with_sidebar).splitlines()
    assert HEADING in lines
    assert all(f"- {item}" in lines for item in HOURS)
    in_article = page("obsah-clanku").replace("<div class='obsah-clanku'>", "<article><div class='obsah-clanku'>") \
        .replace("<div class='paticka-clanku'>", "</article><div class='paticka-clanku'>")
    assert html_markup.name_story_body(html_input.parse(in_article)) is None


def test_naming_the_body_of_a_deep_page_holds_no_ancestry_per_paragraph():
    """Widening the container counts the story paragraphs under each element once; it held each
    paragraph's set of ancestors, 13 MB for 1,500 paragraphs 150 elements deep (a page of nested
    wrappers), where the counts take well under a megabyte."""
    wrappers = 150
    story = "".join(f'<div class="x"><p>{PARAGRAPHS[i % 3]} ({i})</p><p>{PARAGRAPHS[(i + 1) % 3]}</p></div>'
                    for i in range(750))
    tree = lxml.html.fromstring(f"<html><body>{'<div>' * wrappers}{story}{'</div>' * wrappers}</body></html>")
    tracemalloc.start()
    try:
        body = html_markup.name_story_body(tree)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert body is not None and len(body.findall(".//p")) == 1500  # widened over every part
    assert peak < 2_000_000
