"""The blind set of invented pages (tests/fixtures/blind_pages/README.md) stays well-formed: each
page's text is the benchmarks' rendering of its HTML, and each labelled start names one line of it.
What the cleaner does with the pages is measured by benchmarks/cms_pages.py --pages, never asserted
here: the set is for confirming changes, not for tuning them."""

from __future__ import annotations

from pathlib import Path

import html_text
import pytest
from helpers import ROOT

PAGES = ROOT / "tests" / "fixtures" / "blind_pages"
NAMES = sorted(path.stem for path in PAGES.glob("*.html"))


def _starts(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _text_lines(name: str) -> list[str]:
    # As benchmarks/cms_pages.py reads a line: list marks "- ", table marks "| " and an opening quote left out.
    text = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    return [line.strip().lstrip("-| „“\"«") for line in text.splitlines() if line.strip()]


def test_the_set_is_there():
    assert len(NAMES) == 24


@pytest.mark.parametrize("name", NAMES)
def test_text_is_the_benchmarks_rendering(name):
    html = (PAGES / f"{name}.html").read_text(encoding="utf-8")
    assert (PAGES / f"{name}.txt").read_text(encoding="utf-8") == html_text.extract_text(html, guess_layout=True) + "\n"


@pytest.mark.parametrize("name", NAMES)
def test_each_start_names_one_line(name):
    lines = _text_lines(name)
    claimed: dict[int, str] = {}
    for kind in ("keep", "drop"):
        starts = _starts(PAGES / f"{name}.{kind}")
        assert starts, f"{name}.{kind} is empty"
        assert len(set(starts)) == len(starts), f"{name}.{kind} repeats a start"
        for start in starts:
            found = [i for i, line in enumerate(lines) if line.startswith(start)]
            assert len(found) == 1, f"{name}.{kind}: {start!r} starts {len(found)} lines of the text"
            assert found[0] not in claimed, f"{name}: {start!r} and {claimed[found[0]]!r} claim the same line"
            claimed[found[0]] = start
