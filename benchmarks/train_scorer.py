"""Does a learned revision stage generalise better than hand rules? (issue 12's other way; dev only.)

A logistic regression (or a hundred shallow boosted trees) over each block's features (its measurements,
its place, what the cleaner decided for it and its neighbours, the detectors' pattern hits) scores how
likely a block is article text. As a revision after the cleaner, it may restore a block main-content
selection removed that it is sure is article, or remove a kept block it is sure is chrome. Trained on
the choosing folds 0-1 (and the study sets' `.keep`/`.drop` labels), thresholds chosen on their
out-of-fold scores, measured on fold 2 (benchmarks/LEARNED.md: it did not pay). Truth is read through
quality.py's loaders and scored with its metric; nothing of it is printed. Folds 3-4 and the blind
confirmation sets are never read.

    python benchmarks/train_scorer.py collect          # run the cleaner, label blocks (cache in /tmp)
    python benchmarks/train_scorer.py bound            # fold 2's F1 if the revision were perfect
    python benchmarks/train_scorer.py train            # fit on folds 0-1, choose thresholds, score fold 2
    python benchmarks/train_scorer.py train --model trees --lexical 256   # trees; the line's first words too

Fits its models with numpy (a dependency of the cleaner already); nothing of it ships.
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality
from cms_pages import _begins, _starts
from folds import CHOOSING_FOLDS

from cleaner import Cleaner
from cleaner.detectors import DETECTORS
from cleaner.features import Features, measure_all
from cleaner.language import stopwords_for
from cleaner.model import Block, render
from cleaner.selection import SELECTION_STAGES
from cleaner.settings import DEFAULT_SETTINGS

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"  # ../shared/bench beside the checkout
FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
CONFIRMATION_SETS = ("blind_pages5", "blind_pages23")  # never opened, never run
CACHE = Path("/tmp/train_scorer.pkl")  # the collected pages: blocks, decisions, labels
TRAIN_FOLDS = (0, 1)
VALIDATION_FOLD = 2
STUDY = -1  # the fold a study-set page is given: trained on, never validated on

ARTICLE, CHROME, UNKNOWN = 1, 0, -1


@dataclass
class Doc:
    set_name: str
    page_id: str
    fold: int
    blocks: list[Block]
    removed_by: list[str | None]
    language: str | None
    labels: list[int]


# --- labels (from quality.py's truth, never printed) ------------------------------------------------

def _shingle_labels(blocks: Sequence[Block], body: str) -> list[int]:
    """A block is article when most of its 4-token shingles are the body's, chrome when almost none are;
    a block too short for a shingle is chrome when the body does not hold it, else unknown."""
    truth = quality.shingles(body)
    flat = quality._normalise_space(" ".join(quality._TOKEN.findall(body)))
    labels = []
    for block in blocks:
        own = quality.shingles(block.text)
        total = sum(own.values())
        if total:
            share = sum((own & truth).values()) / total
            labels.append(ARTICLE if share >= 0.5 else CHROME if share <= 0.1 else UNKNOWN)
        else:
            tokens = " ".join(quality._TOKEN.findall(block.text))
            labels.append(UNKNOWN if not tokens or tokens in flat else CHROME)
    return labels


def _overlaps(text: str, snippet: str) -> bool:
    return snippet in text or (len(text) >= 20 and text in snippet)


def _snippet_labels(blocks: Sequence[Block], truth: dict[str, list[str]]) -> list[int]:
    """A block is article when it holds a `with` snippet or lies inside one, chrome likewise of a
    `without` snippet; unknown when neither or both."""
    withs = [quality._normalise_space(s) for s in truth["with"]]
    withouts = [quality._normalise_space(s) for s in truth["without"]]
    labels = []
    for block in blocks:
        text = quality._normalise_space(block.text)
        article = any(_overlaps(text, s) for s in withs if s)
        chrome = any(_overlaps(text, s) for s in withouts if s)
        labels.append(ARTICLE if article and not chrome else CHROME if chrome and not article else UNKNOWN)
    return labels


def _start_labels(blocks: Sequence[Block], keep: list[str], drop: list[str]) -> list[int]:
    labels = []
    for block in blocks:
        article = any(_begins(block.text, start) for start in keep)
        chrome = any(_begins(block.text, start) for start in drop)
        labels.append(ARTICLE if article and not chrome else CHROME if chrome and not article else UNKNOWN)
    return labels


def collect() -> list[Doc]:
    cleaner = Cleaner()
    docs = []
    for bench in quality.load_sets([BENCH]):
        for page in bench.pages:
            if page.fold not in CHOOSING_FOLDS:
                continue
            explanation = cleaner.explain(bench.text_path(page).read_text(encoding="utf-8"))
            blocks = [d.block for d in explanation.decisions]
            truth = bench.truth[page.id]
            labels = _shingle_labels(blocks, truth) if bench.metric == "shingles" else _snippet_labels(blocks, truth)
            docs.append(Doc(bench.name, page.id, page.fold, blocks, [d.removed_by for d in explanation.decisions],
                            explanation.language, labels))
    for folder in sorted(FIXTURES.glob("*_pages*")):
        if folder.name in CONFIRMATION_SETS:
            continue
        for page in sorted(folder.glob("*.txt")):
            if not page.with_suffix(".keep").is_file():
                continue
            explanation = cleaner.explain(page.read_text(encoding="utf-8"))
            blocks = [d.block for d in explanation.decisions]
            labels = _start_labels(blocks, _starts(page.with_suffix(".keep")), _starts(page.with_suffix(".drop")))
            docs.append(Doc(folder.name, page.stem, STUDY, blocks, [d.removed_by for d in explanation.decisions],
                            explanation.language, labels))
    return docs


# --- features ---------------------------------------------------------------------------------------

FEATURES = (
    "bias", "log_words", "log_chars", "stopword_density", "terminal", "title_case_share", "digit_share",
    "clause_marks_per_word", "position", "blank_before", "kept", "removed_by_selection", "removed_by_detector",
    "previous_kept", "next_kept", "kept_near", "log_distance_to_kept", "inside_kept_span", "page_kept_share",
    "log_previous_words", "log_next_words", "selection_run_share", "hits",
    *(f"hit:{d.id}" for d in DETECTORS if d.patterns),
)
_HIT_DETECTORS = [d for d in DETECTORS if d.patterns]
_MATCHER = Cleaner()._matcher


def block_features(blocks: Sequence[Block], removed_by: Sequence[str | None], measured: Sequence[Features],
                   hits: Sequence[frozenset[object]]) -> list[list[float]]:
    n = len(blocks)
    kept = [r is None for r in removed_by]
    kept_positions = [i for i in range(n) if kept[i]]
    total_chars = sum(f.chars for f in measured) or 1
    kept_share = sum(f.chars for f, k in zip(measured, kept) if k) / total_chars
    first, last = (kept_positions[0], kept_positions[-1]) if kept_positions else (n, -1)
    # distance to the nearest kept block, each way
    distance = [n] * n
    seen = -n
    for i in range(n):
        if kept[i]:
            seen = i
        distance[i] = i - seen
    seen = 2 * n
    for i in range(n - 1, -1, -1):
        if kept[i]:
            seen = i
        distance[i] = min(distance[i], seen - i)
    # share of the run of blocks selection removed, around this one, in characters of the page
    run_share = [0.0] * n
    i = 0
    while i < n:
        if removed_by[i] in SELECTION_STAGES:
            j = i
            while j < n and removed_by[j] in SELECTION_STAGES:
                j += 1
            share = sum(f.chars for f in measured[i:j]) / total_chars
            for k in range(i, j):
                run_share[k] = share
            i = j
        else:
            i += 1
    rows = []
    for i, (block, f) in enumerate(zip(blocks, measured)):
        by = removed_by[i]
        near = [kept[j] for j in range(max(0, i - 3), min(n, i + 4)) if j != i]
        rows.append([
            1.0, math.log1p(f.words), math.log1p(f.chars), f.stopword_density, float(f.terminal),
            f.title_case_share, f.digit_share, f.clause_marks / (f.words + 1), i / max(1, n - 1),
            float(block.blank_before), float(kept[i]), float(by in SELECTION_STAGES),
            float(by is not None and by not in SELECTION_STAGES),
            float(i > 0 and kept[i - 1]), float(i + 1 < n and kept[i + 1]), sum(near) / max(1, len(near)),
            math.log1p(distance[i]), float(first <= i <= last), kept_share,
            math.log1p(measured[i - 1].words if i else 0), math.log1p(measured[i + 1].words if i + 1 < n else 0),
            run_share[i], float(len(hits[i])),
            *(float(any(p in hits[i] for p in d.patterns)) for d in _HIT_DETECTORS),
        ])
    return rows


LEXICAL_WORDS = 8  # the line's first words, hashed into buckets (--lexical): what a line says, as BoilerNet read it


def lexical(text: str, buckets: int) -> list[float]:
    row = [0.0] * buckets
    for token in quality._TOKEN.findall(text.lower())[:LEXICAL_WORDS]:
        row[zlib.crc32(token.encode()) % buckets] = 1.0
    return row


def doc_features(doc: Doc, buckets: int = 0) -> np.ndarray:
    measured = measure_all([b.text for b in doc.blocks], stopwords_for(doc.language), DEFAULT_SETTINGS)
    hits = _MATCHER.hits_of(doc.blocks, measured)
    rows = block_features(doc.blocks, doc.removed_by, measured, hits)
    if buckets:
        rows = [row + lexical(block.text, buckets) for row, block in zip(rows, doc.blocks)]
    return np.array(rows, dtype=float)


# --- revision and scoring ---------------------------------------------------------------------------

def revised(doc: Doc, restore: Callable[[int], bool], remove: Callable[[int], bool]) -> list[bool]:
    """Which blocks the revision keeps: a block selection removed, restored where ``restore`` says; a
    kept block, removed where ``remove`` says; a block a named detector removed stays removed."""
    keep = []
    for i, by in enumerate(doc.removed_by):
        if by is None:
            keep.append(not remove(i))
        elif by in SELECTION_STAGES:
            keep.append(restore(i))
        else:
            keep.append(False)
    return keep


def figures(docs: list[Doc], kept: dict[int, list[bool]], benches: dict[str, Any]) -> dict[str, quality.Figures]:
    """Each set's figures of the pages ``docs`` with the blocks ``kept`` (by doc position) kept."""
    scores: dict[str, list[Any]] = {}
    for position, doc in enumerate(docs):
        bench = benches[doc.set_name]
        page = next(p for p in bench.pages if p.id == doc.page_id)
        text = render([b for b, k in zip(doc.blocks, kept[position]) if k])
        scores.setdefault(doc.set_name, []).append(bench.score(page, text))
    return {name: benches[name].summarise(s) for name, s in scores.items()}


def show(title: str, found: dict[str, quality.Figures]) -> None:
    print(title)
    for name, f in sorted(found.items()):
        print(f"  {name:9} F1 {f.f1:.4f}  P {f.precision:.4f}  R {f.recall:.4f}  ({f.pages}p)")


def load() -> list[Doc]:
    with CACHE.open("rb") as handle:
        docs: list[Doc] = pickle.load(handle)
    return docs


def _benches() -> dict[str, Any]:
    return {bench.name: bench for bench in quality.load_sets([BENCH])}


def bound(docs: list[Doc], fold: int) -> None:
    benches = _benches()
    chosen = [d for d in docs if d.fold == fold]
    base = {i: [by is None for by in d.removed_by] for i, d in enumerate(chosen)}
    show(f"fold {fold}: the cleaner", figures(chosen, base, benches))
    restore_only = {i: revised(d, lambda j, d=d: d.labels[j] == ARTICLE, lambda j: False) for i, d in enumerate(chosen)}
    show("perfect restoring of what selection removed", figures(chosen, restore_only, benches))
    remove_only = {i: revised(d, lambda j: False, lambda j, d=d: d.labels[j] == CHROME) for i, d in enumerate(chosen)}
    show("perfect removing of kept chrome", figures(chosen, remove_only, benches))
    both = {i: revised(d, lambda j, d=d: d.labels[j] == ARTICLE, lambda j, d=d: d.labels[j] == CHROME)
            for i, d in enumerate(chosen)}
    show("both", figures(chosen, both, benches))
    for name in ("restore", "remove"):
        count = sum(1 for d in chosen for by, label in zip(d.removed_by, d.labels)
                    if (name == "restore" and by in SELECTION_STAGES and label == ARTICLE)
                    or (name == "remove" and by is None and label == CHROME))
        print(f"  blocks a perfect revision would {name}: {count}")


# --- the model ----------------------------------------------------------------------------------------

def fit(x: np.ndarray, y: np.ndarray, weight: np.ndarray, l2: float = 1.0, steps: int = 30) -> np.ndarray:
    """Logistic regression by Newton's method, features standardised inside (the weights returned apply
    to the raw features)."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    mean[0], scale[0] = 0.0, 1.0
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    w = np.zeros(z.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-z @ w))
        gradient = z.T @ (weight * (p - y)) + l2 * w
        hessian = (z * (weight * p * (1 - p))[:, None]).T @ z + l2 * np.eye(len(w))
        w -= np.linalg.solve(hessian, gradient)
    raw = w / scale
    raw[0] = w[0] - (w[1:] * mean[1:] / scale[1:]).sum()
    return raw


Tree = float | tuple[int, float, "Tree", "Tree"]  # a leaf's value, or (feature, threshold, at most, above)


def boost(x: np.ndarray, y: np.ndarray, weight: np.ndarray, trees: int = 100, depth: int = 3, rate: float = 0.1,
          l2: float = 10.0, min_hessian: float = 20.0, bins: int = 32) -> tuple[float, list[Tree]]:
    """Gradient-boosted shallow trees (logistic loss) over quantile bins of each feature: the prior's
    log-odds and the trees, each adding ``rate`` times its leaf to a block's log-odds."""
    cuts = [np.unique(np.quantile(x[:, j], np.linspace(0, 1, bins + 1)[1:-1])) for j in range(x.shape[1])]
    binned = np.stack([np.searchsorted(cuts[j], x[:, j], side="left") for j in range(x.shape[1])], axis=1)
    prior = float(np.log((weight * y).sum() / (weight * (1 - y)).sum()))
    score = np.full(len(y), prior)
    forest: list[Tree] = []

    def grow(rows: np.ndarray, g: np.ndarray, h: np.ndarray, left_depth: int) -> Tree:
        gs, hs = g[rows].sum(), h[rows].sum()
        leaf = float(-gs / (hs + l2))
        if left_depth == 0 or hs < 2 * min_hessian:
            return leaf
        best = (0.0, -1, -1)
        for j in range(x.shape[1]):
            if not len(cuts[j]):
                continue
            gl = np.cumsum(np.bincount(binned[rows, j], weights=g[rows], minlength=len(cuts[j]) + 1))[:-1]
            hl = np.cumsum(np.bincount(binned[rows, j], weights=h[rows], minlength=len(cuts[j]) + 1))[:-1]
            ok = (hl >= min_hessian) & (hs - hl >= min_hessian)
            gain = np.where(ok, gl ** 2 / (hl + l2) + (gs - gl) ** 2 / (hs - hl + l2) - gs ** 2 / (hs + l2), 0.0)
            k = int(np.argmax(gain))
            if gain[k] > best[0]:
                best = (float(gain[k]), j, k)
        if best[1] < 0:
            return leaf
        _, j, k = best
        at_most = binned[rows, j] <= k
        return (j, float(cuts[j][k]), grow(rows[at_most], g, h, left_depth - 1),
                grow(rows[~at_most], g, h, left_depth - 1))

    everything = np.arange(len(y))
    for _ in range(trees):
        p = 1 / (1 + np.exp(-score))
        tree = grow(everything, weight * (p - y), weight * p * (1 - p), depth)
        forest.append(tree)
        score += rate * predict_tree(tree, x)
    return prior, forest


def predict_tree(tree: Tree, x: np.ndarray) -> np.ndarray:
    if isinstance(tree, float):
        return np.full(len(x), tree)
    j, threshold, at_most, above = tree
    out = np.empty(len(x))
    low = x[:, j] <= threshold
    out[low] = predict_tree(at_most, x[low])
    out[~low] = predict_tree(above, x[~low])
    return out


def auc(score: np.ndarray, y: np.ndarray) -> float:
    order = np.argsort(score)
    ranks = np.empty(len(score))
    ranks[order] = np.arange(1, len(score) + 1)
    positives = y.sum()
    negatives = len(y) - positives
    return float((ranks[y == 1].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def matrix(docs: list[Doc], allowed: Callable[[str | None], bool],
           features: dict[int, np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The labelled blocks whose decision ``allowed`` accepts, weighted by their characters' share of
    their page (so each page counts alike, its long lines most)."""
    xs, ys, ws = [], [], []
    for doc in docs:
        x = features[id(doc)]
        chars = np.array([len(b.text) for b in doc.blocks], dtype=float)
        for i, (by, label) in enumerate(zip(doc.removed_by, doc.labels)):
            if label != UNKNOWN and allowed(by):
                xs.append(x[i])
                ys.append(label)
                ws.append(math.sqrt(chars[i]))
    return np.array(xs), np.array(ys, dtype=float), np.array(ws)


Scorer = Callable[[np.ndarray], np.ndarray]
MODELS = (("keep", lambda by: by is None), ("restore", lambda by: by in SELECTION_STAGES))


def models_for(docs: list[Doc], kind: str, features: dict[int, np.ndarray], verbose: bool) -> dict[str, Scorer]:
    """Two models: among kept blocks, which are chrome (to remove); among blocks selection removed, which
    are article (to restore). Each is fitted on its own blocks, so what the cleaner decided does not
    decide for it. Each returns a block's log-odds of being article."""
    models: dict[str, Scorer] = {}
    for name, allowed in MODELS:
        x, y, w = matrix(docs, allowed, features)
        if verbose:
            print(f"{name}: training blocks {len(y)} ({int(y.sum())} article), pages {len(docs)}")
        if kind == "lr":
            weights = fit(x, y, w)
            models[name] = lambda x, weights=weights: np.asarray(x @ weights)
            spread = x.std(axis=0)
            for k in np.argsort(-np.abs(weights * spread))[:10] if verbose else ():
                if spread[k] and k < len(FEATURES):
                    print(f"  {FEATURES[k]:24} {weights[k]:+.3f}  (effect {weights[k] * spread[k]:+.3f})")
            continue
        prior, forest = boost(x, y, w)
        models[name] = lambda x, prior=prior, forest=forest: prior + 0.1 * sum(predict_tree(t, x) for t in forest)
        if verbose:
            used: dict[str, int] = {}
            stack = list(forest)
            while stack:
                node = stack.pop()
                if not isinstance(node, float):
                    feature = FEATURES[node[0]] if node[0] < len(FEATURES) else "word"
                    used[feature] = used.get(feature, 0) + 1
                    stack.extend(node[2:])
            print("  splits by feature: "
                  + ", ".join(f"{k} {v}" for k, v in sorted(used.items(), key=lambda kv: -kv[1])[:12]))
    return models


def train(docs: list[Doc], with_study: bool, kind: str, buckets: int) -> None:
    """Thresholds are chosen on out-of-fold scores (fold 0's from models fitted on fold 1, and the other
    way round, the study sets in both), as they will meet unseen pages; the models fitted on folds 0-1
    then score fold 2."""
    benches = _benches()
    features = {id(d): doc_features(d, buckets) for d in docs}
    study = [d for d in docs if with_study and d.fold == STUDY]
    probabilities: dict[int, dict[str, np.ndarray]] = {}

    def score(models: dict[str, Scorer], chosen: list[Doc]) -> None:
        for d in chosen:
            probabilities[id(d)] = {name: 1 / (1 + np.exp(-models[name](features[id(d)]))) for name, _ in MODELS}

    for fold in TRAIN_FOLDS:
        others = [d for d in docs if d.fold in TRAIN_FOLDS and d.fold != fold]
        score(models_for(others + study, kind, features, verbose=False), [d for d in docs if d.fold == fold])
    validation = [d for d in docs if d.fold == VALIDATION_FOLD]
    bench_training = [d for d in docs if d.fold in TRAIN_FOLDS]
    score(models_for(bench_training + study, kind, features, verbose=True), validation)
    for name, allowed in MODELS:
        for title, chosen in (("folds 0-1 out of fold", bench_training), (f"fold {VALIDATION_FOLD}", validation)):
            pairs = [(label, p) for d in chosen
                     for by, label, p in zip(d.removed_by, d.labels, probabilities[id(d)][name])
                     if label != UNKNOWN and allowed(by)]
            labels = np.array([label for label, _ in pairs], dtype=float)
            print(f"  {name} AUC {title}: {auc(np.array([p for _, p in pairs]), labels):.3f} "
                  f"({len(labels)} blocks, {int(len(labels) - labels.sum())} chrome)")

    def run(chosen: list[Doc], restore_at: float, remove_at: float) -> tuple[dict[int, list[bool]], str, str]:
        """The blocks kept, and the labels (article/chrome/unknown) of the blocks restored and removed."""
        kept, restored, removed = {}, [0, 0, 0], [0, 0, 0]
        for i, d in enumerate(chosen):
            keep_p, restore_p = probabilities[id(d)]["keep"], probabilities[id(d)]["restore"]
            kept[i] = revised(d, lambda j, p=restore_p: bool(p[j] >= restore_at),
                              lambda j, p=keep_p: bool(p[j] <= remove_at))
            for j, by in enumerate(d.removed_by):
                if by in SELECTION_STAGES and kept[i][j]:
                    restored[(ARTICLE, CHROME, UNKNOWN).index(d.labels[j])] += 1
                elif by is None and not kept[i][j]:
                    removed[(ARTICLE, CHROME, UNKNOWN).index(d.labels[j])] += 1
        return kept, "{}/{}/{}".format(*restored), "{}/{}/{}".format(*removed)

    def unrevised(chosen: list[Doc]) -> dict[int, list[bool]]:
        return {i: [by is None for by in d.removed_by] for i, d in enumerate(chosen)}

    base_figures = figures(bench_training, unrevised(bench_training), benches)
    show("folds 0-1, the cleaner", base_figures)
    grid = [(r, -0.01) for r in (0.3, 0.5, 0.7, 0.8, 0.9, 0.95)] + [(1.01, m) for m in (0.02, 0.05, 0.1, 0.2, 0.3, 0.5)]
    best: tuple[float, float, float] = (0.0, 1.01, -0.01)  # no revision unless one gains with no set falling
    for restore_at, remove_at in grid:
        run_kept, restored, removed = run(bench_training, restore_at, remove_at)
        found = figures(bench_training, run_kept, benches)
        gain = sum(found[n].f1 - base_figures[n].f1 for n in found)
        fallen = any(found[n].f1 < base_figures[n].f1 - 1e-9 for n in found)
        print(f"  restore >= {restore_at:.2f} remove <= {remove_at:+.2f}: "
              f"restored {restored:>9} removed {removed:>10}  "
              + "  ".join(f"{n} {found[n].f1:.4f}" for n in sorted(found)) + ("  (a set fell)" if fallen else ""))
        if not fallen and gain > best[0]:
            best = (gain, restore_at, remove_at)
    _, chosen_restore, chosen_remove = best
    print("  (restored, removed: blocks labelled article/chrome/unknown)")
    print(f"chosen on folds 0-1 (out of fold): restore >= {chosen_restore}, remove <= {chosen_remove}")
    show(f"fold {VALIDATION_FOLD}, the cleaner", figures(validation, unrevised(validation), benches))
    for restore_at, remove_at in [(chosen_restore, chosen_remove), *grid]:
        run_kept, restored, removed = run(validation, restore_at, remove_at)
        show(f"fold {VALIDATION_FOLD}, revision restore >= {restore_at} remove <= {remove_at}: "
             f"restored {restored}, removed {removed}", figures(validation, run_kept, benches))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("collect", "bound", "train"))
    parser.add_argument("--fold", type=int, default=VALIDATION_FOLD, choices=sorted(CHOOSING_FOLDS))
    parser.add_argument("--model", choices=("lr", "trees"), default="lr")
    parser.add_argument("--lexical", type=int, default=0, metavar="BUCKETS",
                        help="add the line's first words, hashed into BUCKETS features")
    parser.add_argument("--no-study", action="store_true", help="train on the benchmark folds alone")
    args = parser.parse_args()
    if args.command == "collect":
        docs = collect()
        with CACHE.open("wb") as handle:
            pickle.dump(docs, handle)
        print(f"{len(docs)} pages, {sum(len(d.blocks) for d in docs)} blocks, "
              f"{sum(label != UNKNOWN for d in docs for label in d.labels)} labelled")
        return
    docs = load()
    if args.command == "bound":
        bound(docs, args.fold)
    else:
        train(docs, not args.no_study, args.model, args.lexical)


if __name__ == "__main__":
    main()
