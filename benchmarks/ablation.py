"""Which stages and thresholds earn their keep: each one taken away or moved,
scored against the full cleaner on the choosing folds, fold by fold.

    python benchmarks/ablation.py ../shared/bench --stages all            # every stage skipped in turn
    python benchmarks/ablation.py ../shared/bench --stages share-bar,main-content --modes text,html
    python benchmarks/ablation.py ../shared/bench --setting near_score=0.5,2 --setting bad_min_cost=1

Each variant is the default cleaner with one change: a detector left out
(``Cleaner(detectors=...)`` without it, as if it were deleted: the page's
other stages run as they do, bare-article keeping included), main-content
selection skipped (``skip_stages``; text mode only: the HTML path has no
such switch), or one setting given another value. For every set and mode it
prints the change of F1 against the full cleaner on folds 0-1 together and
on folds 0, 1 and 2 alone, the change of recall on folds 0-1 and 2, and the
pages whose F1 rose and fell; for sets with whole article bodies, the change
of the mean share of each true body kept when cleaned as text, and of the
bodies losing more than quality.BODY_LOSS. The verdict column reads the
deltas: `neutral` within --tolerance everywhere, `gain` or `cost` when every
change goes one way, `mixed` otherwise.

Only choosing folds are ever run (benchmarks/folds.py): --folds names a
subset of them, anything else is refused. Scoring and loading are
quality.py's.
"""

from __future__ import annotations

import argparse
import gzip
import os
import sys
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from folds import choosing_folds
from quality import BODY_LOSS, BenchSet, Figures, Page, _page_f1, document_scores, load_sets

from cleaner import Cleaner, Settings
from cleaner.detectors import DETECTORS
from cleaner.pipeline import STAGE_IDS
from cleaner.selection import SELECTION_ID
from cleaner.settings import DEFAULT_SETTINGS

MODES = ("text", "html")


@dataclass(frozen=True)
class Variant:
    """The default cleaner with one stage left out, or some settings changed."""

    skipped: str | None = None
    overrides: tuple[tuple[str, Any], ...] = ()

    def __str__(self) -> str:
        if self.skipped:
            return f"skip {self.skipped}"
        if self.overrides:
            return " ".join(f"{name}={value!r} (default {getattr(DEFAULT_SETTINGS, name)!r})"
                            for name, value in self.overrides)
        return "full cleaner"

    def runs(self, mode: str) -> bool:
        """Whether the variant means something in ``mode``."""
        return not (mode == "html" and self.skipped == SELECTION_ID)

    def cleaner(self) -> Cleaner:
        detectors = [d for d in DETECTORS if d.id != self.skipped]
        return Cleaner(detectors=detectors, settings=replace(DEFAULT_SETTINGS, **dict(self.overrides)))


FULL = Variant()


# --- running, in worker processes ---------------------------------------------------

_cleaners: dict[Variant, Cleaner] = {}


def _clean(task: tuple[Variant, str, Path | str, str | None]) -> str:
    """The variant's output for one input: a page's text or HTML file, or a text given whole ("body")."""
    variant, mode, source, url = task
    if variant not in _cleaners:
        _cleaners.clear()  # variants come one after another: keep one cleaner, not one per variant
        _cleaners[variant] = variant.cleaner()
    cleaner = _cleaners[variant]
    skip = (SELECTION_ID,) if variant.skipped == SELECTION_ID else ()
    try:
        if isinstance(source, str):
            return cleaner.explain(source, url=url, skip_stages=skip).text
        data = source.read_bytes()
        if mode == "html":
            return cleaner.clean_html(gzip.decompress(data), url=url)
        return cleaner.explain(data.decode("utf-8"), url=url, skip_stages=skip).text
    except Exception as error:  # noqa: BLE001 -- one page's failure is reported, scored as an empty output
        print(f"{source if isinstance(source, Path) else 'a true body'}: {variant}: "
              f"{type(error).__name__}: {error}", file=sys.stderr)
        return ""


@dataclass
class Scores:
    """One variant's per-page scores on one set: pages (by mode) and true bodies' kept shares."""

    pages: dict[str, dict[str, Any]]  # mode -> page id -> quality.py's page score
    bodies: dict[str, float | None]  # page id -> share of the true body kept


def score_variant(variant: Variant, sets: Sequence[BenchSet], modes: Sequence[str], bodies: bool,
                  pool: ProcessPoolExecutor | None) -> dict[str, Scores]:
    tasks: list[tuple[Variant, str, Path | str, str | None]] = []
    keys: list[tuple[str, str, str]] = []  # (set, "text" / "html" / "body", page id)
    for bench in sets:
        for mode in modes:
            if variant.runs(mode):
                source = bench.text_path if mode == "text" else bench.html_path
                tasks += [(variant, mode, source(page), page.url) for page in bench.pages]
                keys += [(bench.name, mode, page.id) for page in bench.pages]
        if bodies and bench.metric == "shingles":
            tasks += [(variant, "text", bench.truth[page.id], page.url) for page in bench.pages]
            keys += [(bench.name, "body", page.id) for page in bench.pages]
    done = pool.map(_clean, tasks, chunksize=4) if pool else map(_clean, tasks)
    by_set = {bench.name: bench for bench in sets}
    pages = {(bench.name, page.id): page for bench in sets for page in bench.pages}
    scores = {bench.name: Scores({}, {}) for bench in sets}
    for (name, kind, page_id), output in zip(keys, done):
        bench = by_set[name]
        if kind == "body":
            scores[name].bodies[page_id] = document_scores(bench.truth[page_id], output)[1]
        else:
            scores[name].pages.setdefault(kind, {})[page_id] = bench.score(pages[name, page_id], output)
    return scores


# --- the report ---------------------------------------------------------------------

def _in(pages: Iterable[Page], folds: set[int]) -> list[Page]:
    return [page for page in pages if page.fold in folds]


def _figures(bench: BenchSet, scores: dict[str, Any], folds: set[int]) -> Figures | None:
    pages = _in(bench.pages, folds)
    return bench.summarise(scores[p.id] for p in pages) if pages else None


def _body_figures(bench: BenchSet, kept: dict[str, float | None], folds: set[int]) -> tuple[float, int] | None:
    shares = [share for page in _in(bench.pages, folds) if (share := kept[page.id]) is not None]
    return (sum(shares) / len(shares), sum(share < 1 - BODY_LOSS for share in shares)) if shares else None


@dataclass(frozen=True)
class Row:
    set: str
    mode: str  # "text", "html" or "bodies"
    cells: list[str]
    deltas: list[float]  # what the verdict reads: F1 changes, body share changes (lost bodies as -1 each)


def _delta(new: float | None, old: float | None) -> float | None:
    return None if new is None or old is None else new - old


def _cell(value: float | None, digits: int) -> str:
    return f"{'':>{digits + 3}}" if value is None else f"{value:+.{digits}f}"


def compare(bench: BenchSet, mode: str, new: dict[str, Any], old: dict[str, Any], folds: Sequence[set[int]],
            digits: int) -> Row:
    deltas = []
    cells = []
    recall = []
    for group in folds:
        after, before = _figures(bench, new, group), _figures(bench, old, group)
        change = _delta(after and after.f1, before and before.f1)
        cells.append(_cell(change, digits))
        if change is not None:
            deltas.append(change)
        if len(group) > 1 or group == {2}:
            recall.append(_cell(_delta(after and after.recall, before and before.recall), digits))
    better = sum(_page_f1(bench, new[p.id]) > _page_f1(bench, old[p.id]) + 1e-9 for p in bench.pages)
    worse = sum(_page_f1(bench, new[p.id]) < _page_f1(bench, old[p.id]) - 1e-9 for p in bench.pages)
    return Row(bench.name, mode, cells + recall + [f"+{better}/-{worse}"], deltas)


def compare_bodies(bench: BenchSet, new: dict[str, float | None], old: dict[str, float | None],
                   folds: Sequence[set[int]], digits: int) -> Row:
    cells = []
    deltas: list[float] = []
    for group in folds:
        after, before = _body_figures(bench, new, group), _body_figures(bench, old, group)
        if after is None or before is None:
            cells.append(_cell(None, digits))
            continue
        cells.append(_cell(after[0] - before[0], digits))
        deltas += [after[0] - before[0], float(before[1] - after[1])]
    lost = _body_figures(bench, new, set().union(*folds))
    changed = sum((new[p.id] or 0) != (old[p.id] or 0) for p in bench.pages)
    return Row(bench.name, "bodies", cells + [f"{lost[1] if lost else 0} lose >{BODY_LOSS:.0%}",
                                              f"{changed} changed"], deltas)


def verdict(deltas: Iterable[float], tolerance: float) -> str:
    deltas = list(deltas)
    if all(abs(d) <= tolerance for d in deltas):
        return "neutral"
    if all(d >= -tolerance for d in deltas):
        return "gain"
    if all(d <= tolerance for d in deltas):
        return "cost"
    return "mixed"


def fold_groups(folds: set[int]) -> list[set[int]]:
    """Folds 0-1 together (where the protocol chooses), then each fold alone."""
    together = folds & {0, 1}
    return ([together] if len(together) > 1 else []) + [{fold} for fold in sorted(folds)]


def _group_name(group: set[int]) -> str:
    return "-".join(map(str, sorted(group))) if len(group) > 1 else str(min(group))


def report(variant: Variant, rows: list[Row], folds: Sequence[set[int]], tolerance: float, digits: int) -> None:
    width = digits + 3
    recall_groups = [g for g in folds if len(g) > 1 or g == {2}]
    head = ("".join(f" {'dF1 ' + _group_name(g):>{width}}" for g in folds)
            + "".join(f" {'dR ' + _group_name(g):>{width}}" for g in recall_groups))
    print(f"{variant}: {verdict((d for row in rows for d in row.deltas), tolerance)}")
    print(f"  {'set':9} {'mode':6}{head}  pages +/-")
    for row in rows:
        print(f"  {row.set:9} {row.mode:6} {' '.join(f'{c:>{width}}' for c in row.cells)}")
    print(flush=True)


def baseline_report(sets: Sequence[BenchSet], scores: dict[str, Scores], folds: Sequence[set[int]],
                    digits: int) -> None:
    print("full cleaner: F1 (recall) by folds; true bodies: mean share kept, bodies losing over "
          f"{BODY_LOSS:.0%}")
    for bench in sets:
        for mode, by_page in scores[bench.name].pages.items():
            cells = []
            for group in folds:
                figures = _figures(bench, by_page, group)
                cells.append(f"{_group_name(group)}: {figures.f1:.{digits}f} ({figures.recall:.{digits}f})"
                             if figures else f"{_group_name(group)}: -")
            print(f"  {bench.name:9} {mode:6} " + "  ".join(cells))
        if scores[bench.name].bodies:
            cells = []
            for group in folds:
                body = _body_figures(bench, scores[bench.name].bodies, group)
                cells.append(f"{_group_name(group)}: {body[0]:.{digits}f}, {body[1]} lost" if body else "-")
            print(f"  {bench.name:9} {'bodies':6} " + "  ".join(cells))
    print(flush=True)


# --- the command line -------------------------------------------------------------------

def parse_setting(text: str) -> list[Variant]:
    """``field=v1,v2``: one variant per value, typed as the field is."""
    name, _, values = text.partition("=")
    field = next((f for f in fields(Settings) if f.name == name), None)
    if field is None or not values:
        raise argparse.ArgumentTypeError(f"{text!r}: expected FIELD=VALUE[,VALUE...] with a Settings field")
    variants = []
    for value in values.split(","):
        typed: Any
        if field.type is bool:
            typed = {"true": True, "false": False}.get(value.lower())
        elif field.type is int:
            typed = int(value)
        elif field.type is float:
            typed = float(value)
        else:
            raise argparse.ArgumentTypeError(f"{name}: only numbers and booleans are probed")
        if typed is None:
            raise argparse.ArgumentTypeError(f"{name}: {value!r} is not true or false")
        variants.append(Variant(overrides=((name, typed),)))
    return variants


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, nargs="+", help="set folders, or folders of set folders")
    parser.add_argument("--stages", default="",
                        help="comma-separated stage ids to skip one at a time, or 'all' (every detector and "
                             "main-content)")
    parser.add_argument("--setting", action="append", type=parse_setting, default=[], metavar="FIELD=V[,V]",
                        help="a setting's values to try one at a time (repeatable)")
    parser.add_argument("--modes", default="text", help="comma-separated: text, html (default text)")
    parser.add_argument("--folds", type=choosing_folds, default="0,1,2", help="choosing folds to run (default 0,1,2)")
    parser.add_argument("--no-bodies", action="store_true", help="skip the true bodies cleaned as text")
    parser.add_argument("--tolerance", type=float, default=0.001, help="a change this small is neutral")
    parser.add_argument("--digits", type=int, default=4, choices=range(1, 7), metavar="N")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="worker processes (1: none)")
    args = parser.parse_args()

    folds = args.folds
    modes = args.modes.split(",")
    if not set(modes) <= set(MODES):
        parser.error(f"--modes: expected some of {', '.join(MODES)}")
    stages = ([d.id for d in DETECTORS] + [SELECTION_ID] if args.stages == "all"
              else [s for s in args.stages.split(",") if s])
    unknown = sorted(set(stages) - STAGE_IDS)
    if unknown:
        parser.error(f"--stages: unknown {unknown}; stages: {', '.join(sorted(STAGE_IDS))}")
    variants = [Variant(skipped=stage) for stage in stages] + [v for group in args.setting for v in group]
    if not variants:
        parser.error("nothing to measure: give --stages or --setting")

    sets = load_sets(args.data)
    for bench in sets:  # held-out pages are dropped here, before anything is run
        bench.pages = [page for page in bench.pages if page.fold in folds]
    groups = fold_groups(folds)
    pool = ProcessPoolExecutor(args.jobs) if args.jobs > 1 else None
    try:
        full = score_variant(FULL, sets, modes, not args.no_bodies, pool)
        baseline_report(sets, full, groups, args.digits)
        for variant in variants:
            scores = score_variant(variant, sets, modes, not args.no_bodies, pool)
            rows = []
            for bench in sets:
                rows += [compare(bench, mode, scores[bench.name].pages[mode], full[bench.name].pages[mode],
                                 groups, args.digits)
                         for mode in modes if mode in scores[bench.name].pages]
                if scores[bench.name].bodies:
                    rows.append(compare_bodies(bench, scores[bench.name].bodies, full[bench.name].bodies,
                                               groups, args.digits))
            report(variant, rows, groups, args.tolerance, args.digits)
    finally:
        if pool:
            pool.shutdown()


if __name__ == "__main__":
    main()
