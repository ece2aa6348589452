"""Parsing HTML (issue 11, item 5): markup nested deeper than libxml2's
default limit of 255 levels is read whole, pages parse as trafilatura's
own loader parses them otherwise, and markup deeper than the parser reads
at all is refused by name."""

from __future__ import annotations

import pytest
from helpers import ROOT, run_cli
from lxml.html import tostring
from trafilatura.utils import load_html as trafilatura_load_html

from cleaner import Cleaner
from cleaner.html_lead import page_lines
from cleaner.html_parse import MAX_DEPTH, MarkupTooDeep, load_html

STORY = [
    "The town council voted on Tuesday night to rebuild the flood wall along the river before winter.",
    "Residents had asked for the work since the floods of last spring damaged dozens of homes nearby.",
    "Work is due to start in the autumn and should take about eight months, the council said.",
]


def _nested_article(depth: int) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"<html><body>{'<div>' * depth}<article>{paragraphs}</article>{'</div>' * depth}</body></html>"


def test_400_nested_paragraphs_all_survive():
    paragraphs = [f"Paragraph {i} of the council story: the vote on the flood wall was close and long."
                  for i in range(400)]
    page = "<html><body>" + "".join(f"<div><p>{p}</p>" for p in paragraphs) + "</div>" * 400 + "</body></html>"
    assert len(load_html(page).xpath("//p")) == 400
    assert Cleaner().clean_html(page).splitlines() == paragraphs


def test_300_divs_before_the_article_do_not_empty_the_output():
    assert Cleaner().clean_html(_nested_article(300)).splitlines() == STORY


@pytest.mark.parametrize("page", [
    (ROOT / "tests" / "fixtures" / "html" / "furniture.html").read_text(encoding="utf-8"),
    (ROOT / "tests" / "fixtures" / "html" / "split_body.html").read_text(encoding="utf-8"),
    "<?xml version='1.0' encoding='utf-8'?><html><body><p>a</p><p>b</p></body></html>",
    "<p>A fragment: no tree</p>",
], ids=["furniture", "split-body", "xml-declaration", "fragment"])
def test_parsed_as_trafilatura_parses_it(page):
    ours, theirs = load_html(page), trafilatura_load_html(page)
    assert (ours is None) == (theirs is None)
    if ours is not None:
        assert tostring(ours) == tostring(theirs)


def test_markup_deeper_than_the_parser_reads_is_refused_by_name(tmp_path):
    with pytest.raises(MarkupTooDeep):
        load_html(_nested_article(MAX_DEPTH + 50))
    src = tmp_path / "in"
    src.mkdir()
    (src / "deep.html").write_text(_nested_article(MAX_DEPTH + 50), encoding="utf-8")
    (src / "fine.html").write_text(_nested_article(300), encoding="utf-8")
    result = run_cli("clean", str(src), "-o", str(tmp_path / "out"))
    assert result.returncode == 1
    assert f"deep.html: markup nested deeper than {MAX_DEPTH} levels" in result.stderr.decode()
    assert (tmp_path / "out" / "fine.txt").read_text(encoding="utf-8").splitlines() == STORY


SCRIPT = "window.dataLayer = window.dataLayer || []; function track(event) { dataLayer.push(event); }"


@pytest.mark.parametrize("doctype", ["<!DOCTYPE html>\n", "", "<?xml version='1.0' encoding='utf-8'?>\n"])
def test_html_document_given_to_clean_as_text_takes_the_html_path(doctype):
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    page = (f"{doctype}<html><head><title>Flood wall</title><script>{SCRIPT}</script>"
            f"<style>body {{ color: black; }}</style></head><body><nav><a href='/'>Home</a></nav>"
            f"<article>{paragraphs}</article><script>track('read');</script></body></html>")
    cleaner = Cleaner()
    text = cleaner.clean(page)
    assert text.splitlines() == STORY and "dataLayer" not in text and "<p>" not in text
    assert text == cleaner.clean_html(page) and cleaner.clean(text) == text


def test_a_page_source_saved_as_text_without_its_doctype_takes_the_html_path():
    # A crawler that kept the source, cut inside its head: read as text, the
    # whole page is one line of tags and scripts.
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    menu = "".join(f"<li><a href='/section/{n}'>Section {n}</a></li>" for n in range(12))
    page = (f"er.js' type='text/javascript'></script><script>{SCRIPT}</script><link rel='stylesheet' href='/s.css'>"
            f"</head><body><div id='top'><ul class='menu'>{menu}</ul></div><div class='story'>{paragraphs}</div>"
            "<div class='footer'><a href='/about'>About us</a> <a href='/terms'>Terms</a></div></body></html>")
    cleaner = Cleaner()
    text = cleaner.clean(page)
    assert text.splitlines() == STORY and cleaner.clean(text) == text


def test_an_article_that_quotes_markup_stays_text():
    lines = ["How to start a web page", *STORY,
             "The page begins with <html> and holds <head> and <body>, each closed as </body> and </html>.",
             "Inside, <p> marks a paragraph, <a href='/'> a link, <img src='a.png'> a picture, and <br> a break."]
    text = "\n\n".join(lines) + "\n"
    assert Cleaner().explain(text).reading is None  # the text path
    assert Cleaner().clean(text) == text


def test_text_that_quotes_a_tag_stays_text():
    text = "Use the <html> element to start every page, the tutorial said, and close it at the very end."
    assert Cleaner().clean(text) == text + "\n"


def test_a_lone_surrogate_does_not_cut_the_page_short():
    # Half an emoji, as a JSON record cut in the middle of one holds it: libxml2
    # stopped there, and every paragraph after it was lost without a word.
    story = [*STORY[:-1], STORY[-1].replace(" ", " \ud83d ", 1)]
    page = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in story) + "</article></body></html>"
    lines = Cleaner().clean_html(page).splitlines()
    assert lines[:-1] == STORY[:-1] and lines[-1] == story[-1].replace("\ud83d", "\ufffd")


def _page_in_noscript() -> str:
    # An element opened inside <noscript> and never closed there: libxml2 (as a browser with scripts off) then
    # reads "</noscript>" as nothing, and the noscript holds the rest of the page.
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (f"<html><body><noscript><div id='no-script'></noscript><div><nav><a href='/'>Home</a></nav>"
            f"<h1>Flood wall to be rebuilt</h1>{paragraphs}</div><noscript></div></noscript></body></html>")


def test_a_page_held_in_a_noscript_never_closed_is_read():
    # A browser runs scripts and reads a noscript's content as text up to its "</noscript>": the page after it
    # is shown. Its lines were none, so the story's lead and holes could not be found on such a page.
    lines = page_lines(load_html(_page_in_noscript()))
    assert [line for line in lines if line in STORY] == STORY
    assert "Flood wall to be rebuilt" in lines


def test_a_noscript_that_closes_stays_unseen():
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    noscript = "<noscript><p>Please turn on JavaScript.</p></noscript>"
    page = f"<html><body><article>{paragraphs}</article>{noscript}</body></html>"
    assert "Please turn on JavaScript." not in page_lines(load_html(page))
