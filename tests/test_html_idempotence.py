"""Principle 1 on the HTML path: the text ``clean_html`` gives is text that
``clean`` leaves as it is (what a user gets by cleaning the output of
``cleaner clean page.html`` again), and what cleaning it again would remove
is removed on the HTML path, named by the stage that removes it; a line the
story repeats loses its later copies first."""

from __future__ import annotations


PARAGRAPHS = (
    "The harbour board agreed on Monday to dredge the eastern channel before the winter storms arrive.",
    "Fishing crews had warned for two years that silt left the channel too shallow at low tide.",
    "The work will cost about four million and is paid for by a loan the board took out last spring.",
    "Dredging is due to begin in October and to last about six weeks, weather permitting.",
)
# A short label the extraction keeps inside the story twice: text mode's
# repeated-line removes it, a stage the HTML path's extraction does not run.
# (Under a paragraph each time, the last copy at the story's end: a label
# over each of an article's paragraphs is its own when no chrome is found,
# see headers._speakers.)
LABEL = "Harbour works"


def _page() -> str:
    body = "".join(f"<p>{text}</p><p>{LABEL}</p>" if n % 2 == 1 else f"<p>{text}</p>"
                   for n, text in enumerate(PARAGRAPHS))
    return (f"<!DOCTYPE html><html lang='en'><head><title>Channel to be dredged</title></head><body>"
            f"<nav><a href='/news'>News</a><a href='/sport'>Sport</a></nav>"  # a web page's, not an article alone
            f"<article><h1>Channel to be dredged</h1>{body}</article></body></html>")


def test_html_output_cleaned_again_as_text_is_unchanged(cleaner):
    once = cleaner.clean_html(_page())
    assert all(text in once for text in PARAGRAPHS)
    assert cleaner.clean(once) == once


def test_later_copy_of_a_repeated_line_goes_named_the_first_stays(cleaner):
    explanation = cleaner.explain_html(_page())
    labels = [d.removed_by for d in explanation.decisions if d.block.text == LABEL]
    assert labels == [None, "repeated-line"]
