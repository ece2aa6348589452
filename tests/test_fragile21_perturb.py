"""benchmarks/perturb.py changes a page's chrome, never its article: every perturbation leaves the
lines the unperturbed page kept in place and in order (the headline aside, which drop-headline
takes), and one that does not apply says so. An invented page."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from cleaner import Cleaner

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import perturb  # noqa: E402

PAGE = "\n".join([
    "Harbour News", "Home", "Local", "Sport", "Weather", "Contact", "",
    "Harbour festival returns with fireworks and a lifeboat display", "By Tom Reed", "",
    "The harbour festival returns this weekend after a two-year break, and the organisers expect more than "
    "twenty thousand visitors on the quay.", "",
    "Boats from eleven ports will moor along the old pier, and the lifeboat crew will open its station to the "
    "public for the first time in a decade.", "",
    "Parking on the quay will be closed from Friday evening, and extra buses will run from the station every "
    "fifteen minutes until midnight.", "",
    "The organisers ask visitors to bring their own cups, since the stalls will serve drinks only in returnable "
    "glasses this year.", "",
    "Share", "Facebook", "Email", "", "About us", "Advertise", "Jobs", "", "© 2024 Harbour News",
])


def _lines() -> perturb.Lines:
    explanation = Cleaner().explain(PAGE)
    return [perturb.Line(d.block.text, d.block.blank_before, d.removed_by) for d in explanation.decisions]


@pytest.mark.parametrize("name", list(perturb.PERTURBATIONS))
def test_a_perturbation_leaves_the_article_s_lines_in_order(name):
    lines = _lines()
    span = perturb.article_span(lines)
    assert span is not None
    changed = perturb.PERTURBATIONS[name](lines, span, "en", random.Random(0))
    if changed is None:
        return
    article = [line.text for line in lines[span[0]:span[1] + 1] if line.removed_by is None]
    original = [line.text for line in changed if not line.added]
    at = 0
    for text in original:  # the article's lines appear in order among the lines that were the page's
        if at < len(article) and text == article[at]:
            at += 1
    assert at == len(article)
    assert perturb.render(changed) != perturb.render(lines)


def test_the_help_runs():
    import subprocess

    script = Path(perturb.__file__)
    result = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "--seed" in result.stdout
