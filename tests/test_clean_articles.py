"""A clean article given as input comes back whole: invented articles of
the shapes that clean bodies take (paragraphs split at links, runs of
quotes, timed updates, a last sentence without its full stop)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Cleaner

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "clean_articles"


@pytest.mark.parametrize("name", ["linked-spans", "japanese", "quotes-run", "live-updates", "unfinished-end"])
def test_a_clean_article_comes_back_whole(name):
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    explanation = Cleaner().explain(text)
    assert [d.removed_by for d in explanation.decisions if d.removed_by] == []
