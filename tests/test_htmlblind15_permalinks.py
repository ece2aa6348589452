"""A section heading that links to itself (``<h2 id="x"><a href="#x">``: a permalink, as blogs and
documentation print them) is the story's heading, not a link to elsewhere: it was removed as a link
block (invented page 124 of tests/fixtures/cms_pages shows it on a whole page)."""

from __future__ import annotations

from cleaner import Cleaner

PARAGRAPHS = [
    "Il nostro gruppo di lettura si ritrova ogni secondo giovedì del mese nella sala della biblioteca "
    "comunale, dalle sei alle otto di sera, e chiunque può partecipare senza iscriversi prima.",
    "Per il prossimo incontro abbiamo scelto un romanzo breve, così anche chi ha poco tempo riesce a "
    "finirlo: le copie si possono prendere in prestito al banco della biblioteca fino a esaurimento.",
]
SECTIONS = [("come-partecipare", "Come partecipare"), ("prossimo-libro", "Il prossimo libro")]


def page(contents: str = "") -> str:
    heading_0, heading_1 = (f"<h2 id='{place}'><a href='#{place}'>{title}</a></h2>" for place, title in SECTIONS)
    return ("<html><head><title>Gruppo di lettura | Biblioteca di Valmorta</title></head><body>"
            f"<article><h1>Gruppo di lettura</h1>{contents}{heading_0}<p>{PARAGRAPHS[0]}</p>"
            f"{heading_1}<p>{PARAGRAPHS[1]}</p></article></body></html>")


def test_a_heading_s_permalink_to_itself_keeps_the_heading():
    lines = Cleaner().clean_html(page()).splitlines()
    assert all(title in lines for _, title in SECTIONS)
    assert all(paragraph in lines for paragraph in PARAGRAPHS)


def test_links_to_the_sections_are_still_links():
    """A table of contents links to places in the page too, but each to another element's:
    it is still a list of links, and goes."""
    contents = "<ul>" + "".join(f"<li><a href='#{place}'>{title}</a></li>" for place, title in SECTIONS) + \
        "<li><a href='#commenti'>Commenti</a></li></ul>"
    explanation = Cleaner().explain_html(page(contents))
    removed = [(d.removed_by, d.block.text) for d in explanation.decisions if d.removed_by]
    assert ("html-link-list", "Come partecipare Il prossimo libro Commenti") in removed
    assert all(title in explanation.text.splitlines() for _, title in SECTIONS)
