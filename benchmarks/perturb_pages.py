"""perturb.py's perturbations on the study sets' invented pages (tests/fixtures/*_pages*, their `.keep`
files), in text mode: what unseen pages do to a story, on pages whose every article line is known.

    python benchmarks/perturb_pages.py                        # every study set, every perturbation
    python benchmarks/perturb_pages.py --only insert-comments,long-thread --lost --write /tmp/pert
    python benchmarks/perturb_pages.py --pages tests/fixtures/cms_pages

Each page is cleaned, rendered from its blocks as perturb.py renders a dev page (so that only the
perturbation differs), changed by each perturbation and cleaned again. Pages whose unperturbed output
loses more than half of their article lines are left out. A case loses lines when more `.keep` lines are
lost than unperturbed; it loses the article whole when at most a tenth of them is kept. --lost names the
whole losses, --write DIR saves each such page (SET__PAGE__PERTURBATION.txt) for `cleaner explain`.
The blind sets (blind_pages5, blind_pages23) are never read.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cms_pages import _starts, wrong_lines
from perturb import PERTURBATIONS, Line, article_span, render

from cleaner import Cleaner
from cleaner.language import identify

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
BLIND = {"blind_pages5", "blind_pages23"}
WHOLE_KEPT_SHARE = 0.1  # at most this share of the article lines kept: the article lost whole


def study_sets() -> list[Path]:
    return [d for d in sorted(FIXTURES.iterdir()) if d.is_dir() and d.name not in BLIND and any(d.glob("*.keep"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=Path, nargs="+", help="folders of pages (default: every study set)")
    parser.add_argument("--only", help=f"comma-separated perturbations (default all): {', '.join(PERTURBATIONS)}")
    parser.add_argument("--lost", action="store_true", help="name every case that loses the article whole")
    parser.add_argument("--write", type=Path, metavar="DIR", help="save each page that loses its article whole")
    args = parser.parse_args()
    folders = args.pages or study_sets()
    if any(folder.resolve().name in BLIND for folder in folders):
        parser.error("the blind sets are never run")
    names = args.only.split(",") if args.only else list(PERTURBATIONS)
    if unknown := [name for name in names if name not in PERTURBATIONS]:
        parser.error(f"unknown perturbations: {', '.join(unknown)}")
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
    cleaner = Cleaner()
    counts: dict[str, Counter[str]] = {name: Counter() for name in names}
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            keep = _starts(path.with_suffix(".keep")) if path.with_suffix(".keep").exists() else []
            if not keep:
                continue
            explanation = cleaner.explain(path.read_text(encoding="utf-8"))
            lines = [Line(d.block.text, d.block.blank_before, d.removed_by) for d in explanation.decisions]
            before = sum(w[0] == "LOST" for w in wrong_lines(cleaner.explain(render(lines)), keep, [], ""))
            span = article_span(lines)
            if span is None or before > len(keep) / 2:
                continue
            language = identify([line.text for line in lines[span[0]:span[1] + 1]]) or "en"
            for name in names:
                rng = random.Random(f"0:{folder.name}:{path.stem}:{name}")
                changed = PERTURBATIONS[name](lines, span, language, rng)
                if changed is None:
                    continue
                text = render(changed)
                lost = sum(w[0] == "LOST" for w in wrong_lines(cleaner.explain(text), keep, [], ""))
                counts[name]["pages"] += 1
                counts[name]["lose lines"] += lost > before
                if lost > before and len(keep) - lost <= WHOLE_KEPT_SHARE * len(keep):
                    counts[name]["lost whole"] += 1
                    if args.lost:
                        print(f"lost whole: {folder.name} {path.stem} {name} ({before} -> {lost} of {len(keep)} lines)")
                    if args.write:
                        (args.write / f"{folder.name}__{path.stem}__{name}.txt").write_text(text, encoding="utf-8")
    print(f"{'perturbation':26}{'pages':>8}{'lose lines':>12}{'lost whole':>12}")
    for name, count in [*counts.items(), ("total", sum(counts.values(), Counter()))]:
        print(f"{name:26}{count['pages']:8}{count['lose lines']:12}{count['lost whole']:12}")


if __name__ == "__main__":
    main()
