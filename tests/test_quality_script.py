"""benchmarks/quality.py looks at choosing pages only when it lists or diagnoses pages: --per-doc,
--snippet-stages, --body-stages and --by-language score the choosing folds alone, never all pages
(which hold the held-out ones). An invented set of one page per fold."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from folds import CHOOSING_FOLDS, FOLDS, fold_of  # noqa: E402

STORY = ("The harbour festival returns this weekend after a two-year break, and the organisers expect more than "
         "twenty thousand visitors on the quay, where boats from eleven ports will moor along the old pier.")


def _invented_set(folder: Path) -> dict[int, str]:
    """An aeb-like set of one page per fold (hosts picked by their fold); the page id of each fold."""
    ids: dict[int, str] = {}
    truth = {}
    (folder / "text").mkdir(parents=True)
    n = 0
    while len(ids) < FOLDS:
        url = f"https://site{n}.example/story"
        page_id = f"page{n:03d}"
        fold = fold_of(page_id, url)
        if fold not in ids:
            ids[fold] = page_id
            truth[page_id] = {"articleBody": STORY, "url": url}
            (folder / "text" / f"{page_id}.txt").write_text(f"Home\nNews\n\n{STORY}\n\nAbout us\n", encoding="utf-8")
        n += 1
    (folder / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return ids


def _quality(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "benchmarks" / "quality.py"), *args],
                          capture_output=True, text=True, check=False, cwd=ROOT)


def test_a_page_list_scores_the_choosing_folds_alone(tmp_path: Path) -> None:
    ids = _invented_set(tmp_path / "inv-dev")
    result = _quality(str(tmp_path / "inv-dev"), "--systems", "cleaner-text", "--per-doc", "5", "--jobs", "1")
    assert result.returncode == 0, result.stderr
    assert "pages of folds 0,1,2 only" in result.stdout
    assert f"all pages {len(CHOOSING_FOLDS)}p" in result.stdout  # the figures are the choosing pages'
    for fold, page_id in ids.items():
        assert (page_id in result.stdout) == (fold in CHOOSING_FOLDS)


def test_a_page_list_beside_held_out_figures_is_refused(tmp_path: Path) -> None:
    _invented_set(tmp_path / "inv-dev")
    result = _quality(str(tmp_path / "inv-dev"), "--systems", "cleaner-text", "--per-doc", "5", "--folds", "5")
    assert result.returncode == 2 and "choosing pages only" in result.stderr
