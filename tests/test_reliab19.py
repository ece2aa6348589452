"""Faults of session 19's reliability pass, each with what it did before."""

from __future__ import annotations

import pytest

from cleaner import Cleaner, clean, clean_html, explain
from helpers import SAMPLES

PAGE = SAMPLES / "input" / "000_commondreams.txt"


def _with_nuls(text: str) -> str:
    """``text`` with a NUL inside its first long line's words and one at a line's end."""
    line = next(line for line in text.splitlines() if len(line) > 200)
    return text.replace(line, line[:40] + "\x00" + line[40:] + "\x00", 1)


@pytest.mark.parametrize("call", [clean, lambda page: explain(page).text, Cleaner().clean])
def test_a_nul_in_a_str_is_dropped_as_in_bytes(call) -> None:
    # Before: bytes lost their stray NULs as they were decoded, a str kept them: `clean(text)` held a NUL that
    # `clean(text.encode())` did not, and a file of the same text.
    page = _with_nuls(PAGE.read_text(encoding="utf-8"))
    cleaned = call(page)
    assert "\x00" not in cleaned and cleaned
    assert cleaned == call(page.encode())
    assert call(cleaned) == cleaned


def test_a_nul_in_html_given_as_str_is_dropped_as_in_bytes() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in _with_nuls(PAGE.read_text(encoding="utf-8")).splitlines()
                         if len(line) > 80)
    html = f"<!doctype html><html><body><article>{paragraphs}</article></body></html>"
    cleaned = clean_html(html)
    assert "\x00" not in cleaned and cleaned
    assert cleaned == clean_html(html.encode())
