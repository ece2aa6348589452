"""Article-extraction quality on benchmark sets, each with its own metric, in one table.

DATA is a set folder or a folder of set folders. A set holds `text/<id>.txt`
(the page as html-text renders it), `html/<id>.html.gz` (the page) and its
truth: `ground-truth.json` ({id: {"articleBody", "url"}}: aeb-dev, gn-dev) or
`evaldata.json` ({id: {"url", "with", "without"}}: traf-dev). Ground truth is
read here and nowhere else, and this script never prints it.

    python benchmarks/quality.py ../shared/bench --folds 5               # every set and system
    python benchmarks/quality.py ../shared/bench/aeb-dev --systems cleaner-text,cleaner-html
    python benchmarks/quality.py ../shared/bench --folds 5 --clean-bodies
    python benchmarks/quality.py ../shared/bench --split choose          # the pages you may study
    python benchmarks/quality.py ../shared/bench --choosing-folds 0,1   # figures of folds 0-1 only
    python benchmarks/quality.py ../shared/bench/gn-dev --per-doc 15     # 15 worst choosing pages
    python benchmarks/quality.py ../shared/bench/traf-dev --by-language  # choosing figures per page language
    python benchmarks/quality.py ../shared/bench/traf-dev --snippet-stages  # what lost the snippets

Metrics. Shingles (ground-truth.json): tokens are \\w+ matches, each text a
multiset of 4-token shingles; per page tp, fp, fn over multisets; precision and
recall are means over pages (a page whose denominator is 0 is left out of that
mean; fp = fn = 0 scores 1); F1 their harmonic mean. Snippets (evaldata.json,
trafilatura's): whitespace normalised; a `with` snippet found in the output is
a tp, missing a fn; a `without` snippet found is a fp, missing a tn; counts
summed over pages, then P, R, F1 (and accuracy). Under each system, "article
lost" counts the pages whose output kept almost none of the article: shingle
recall under ARTICLE_LOST, or not one `with` snippet found.

Folds (benchmarks/folds.py): with --folds 5 each figure is given for the
choosing folds (0-2), the held-out folds (3-4) and all pages. --per-doc lists
choosing pages only. Peer outputs are cached in benchmarks/.cache (keyed by the
input's hash and the peer's version and runner); the cleaner's are always
recomputed.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.metadata
import inspect
import json
import os
import re
import signal
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from folds import CHOOSING_FOLDS, FOLDS, SPLITS, fold_of, in_split

SHINGLE = 4
_TOKEN = re.compile(r"\w+")
CACHE = Path(__file__).resolve().parent / ".cache"
BODY_LOSS = 0.1  # a clean body that loses more than this share of its shingles is counted
ARTICLE_LOST = 0.1  # an output keeping under this share of the article's shingles (or no `with` snippet) lost it


# --- metrics -----------------------------------------------------------------

def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i:i + SHINGLE]) for i in range(max(0, len(tokens) - SHINGLE + 1)))


def document_scores(truth: str, predicted: str) -> tuple[float | None, float | None]:
    """(precision, recall) of one document; None where the denominator is 0."""
    t, p = shingles(truth), shingles(predicted)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    if fp == fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return precision, recall


def _normalise_space(text: str) -> str:
    return " ".join(text.split())


def snippet_counts(truth: dict[str, list[str]], predicted: str) -> tuple[int, int, int, int]:
    """(tp, fn, fp, tn) of one page: its `with` and `without` snippets found or not in the output."""
    output = _normalise_space(predicted)
    found_with = sum(_normalise_space(s) in output for s in truth["with"])
    found_without = sum(_normalise_space(s) in output for s in truth["without"])
    return found_with, len(truth["with"]) - found_with, found_without, len(truth["without"]) - found_without


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True)
class Figures:
    f1: float
    precision: float
    recall: float
    pages: int


def summarise_shingles(scores: Iterable[tuple[float | None, float | None]]) -> Figures:
    scores = list(scores)
    precisions = [p for p, _ in scores if p is not None]
    recalls = [r for _, r in scores if r is not None]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    return Figures(_f1(precision, recall), precision, recall, len(scores))


def summarise_snippets(counts: Iterable[tuple[int, int, int, int]]) -> Figures:
    counts = list(counts)
    tp, fn, fp, _ = (sum(column) for column in zip(*counts)) if counts else (0, 0, 0, 0)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return Figures(_f1(precision, recall), precision, recall, len(counts))


# --- the sets ------------------------------------------------------------------

@dataclass(frozen=True)
class Page:
    id: str
    url: str | None
    fold: int


@dataclass
class BenchSet:
    name: str
    folder: Path
    metric: str  # "shingles" or "snippets"
    pages: list[Page]
    truth: dict[str, Any]  # id -> article body (shingles) or {"with": [...], "without": [...]} (snippets)

    def text_path(self, page: Page) -> Path:
        return self.folder / "text" / f"{page.id}.txt"

    def html_path(self, page: Page) -> Path:
        return self.folder / "html" / f"{page.id}.html.gz"

    def score(self, page: Page, predicted: str) -> Any:
        if self.metric == "shingles":
            return document_scores(self.truth[page.id], predicted)
        return snippet_counts(self.truth[page.id], predicted)

    def summarise(self, scores: Iterable[Any]) -> Figures:
        return summarise_shingles(scores) if self.metric == "shingles" else summarise_snippets(scores)

    def article_lost(self, score: Any) -> bool:
        """Whether the output kept (almost) none of the page's article: see ARTICLE_LOST."""
        if self.metric == "shingles":
            recall = score[1]
            return recall is not None and recall < ARTICLE_LOST
        found, missed = score[0], score[1]
        return found == 0 and missed > 0


def _is_set(folder: Path) -> bool:
    return (folder / "ground-truth.json").is_file() or (folder / "evaldata.json").is_file()


def load_set(folder: Path) -> BenchSet:
    if (folder / "ground-truth.json").is_file():
        raw = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
        metric = "shingles"
        truth: dict[str, Any] = {page_id: entry["articleBody"] for page_id, entry in raw.items()}
    else:
        raw = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
        metric = "snippets"
        truth = {page_id: {"with": entry["with"], "without": entry["without"]} for page_id, entry in raw.items()}
    pages = [Page(page_id, raw[page_id].get("url") or None, fold_of(page_id, raw[page_id].get("url") or None))
             for page_id in sorted(raw)]
    return BenchSet(folder.name, folder, metric, pages, truth)


def load_sets(paths: list[Path]) -> list[BenchSet]:
    """Each path is a set folder or a folder whose subfolders are sets."""
    sets = []
    for path in paths:
        if _is_set(path):
            sets.append(load_set(path))
            continue
        found = sorted(sub for sub in path.iterdir() if sub.is_dir() and _is_set(sub)) if path.is_dir() else []
        if not found:
            sys.exit(f"{path}: not a benchmark set (no ground-truth.json or evaldata.json) nor a folder of sets")
        sets.extend(load_set(sub) for sub in found)
    return sets


# --- the systems ---------------------------------------------------------------
# Each factory returns a function of (input, url) -> output text; the input is the
# page text (str) for "text" systems and the page bytes for "html" systems.

Runner = Callable[[Any, str | None], str]


def cleaner_text() -> Runner:
    from cleaner import Cleaner

    cleaner = Cleaner()
    return lambda text, url: cleaner.clean(text)


def cleaner_html() -> Runner:
    from cleaner import Cleaner

    cleaner = Cleaner()
    return lambda html, url: cleaner.clean_html(html, url=url)


def no_cleaning() -> Runner:
    return lambda text, url: text


def justext_lines() -> Runner:
    """jusText with each input line as a paragraph; the stoplist of the language py3langid
    identifies, or all stoplists merged for a language jusText has none for (Chinese, Japanese)."""
    import html as html_module

    import justext
    import py3langid

    # jusText's stoplists by ISO 639-1 code (inside the runner: its source keys the cache)
    stoplists = {
        "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "ca": "Catalan", "cs": "Czech", "cy": "Welsh",
        "da": "Danish", "de": "German", "el": "Greek", "en": "English", "eo": "Esperanto", "es": "Spanish",
        "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish", "fr": "French", "ga": "Irish",
        "gl": "Galician", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian",
        "is": "Icelandic", "it": "Italian", "ko": "Korean", "la": "Latin", "lt": "Lithuanian", "lv": "Latvian",
        "mk": "Macedonian", "ms": "Malay", "nl": "Dutch", "no": "Norwegian_Bokmal", "nb": "Norwegian_Bokmal",
        "nn": "Norwegian_Nynorsk", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian",
        "sk": "Slovak", "sl": "Slovenian", "sr": "Serbian", "sv": "Swedish", "sw": "Swahili", "tr": "Turkish",
        "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese",
    }
    merged = frozenset().union(*(justext.get_stoplist(language) for language in justext.get_stoplists()))

    def run(text: str, url: str | None) -> str:
        language = stoplists.get(py3langid.classify(text)[0])
        stoplist = justext.get_stoplist(language) if language else merged
        markup = "".join(f"<p>{html_module.escape(line)}</p>" for line in text.splitlines() if line.strip())
        paragraphs = justext.justext(f"<html><body>{markup}</body></html>", stoplist)
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


def datatrove_c4() -> Runner:
    from datatrove.data import Document
    from datatrove.pipeline.filters import C4QualityFilter

    c4 = C4QualityFilter(split_paragraph=True)  # C4 defaults, line by line
    c4.filter(Document(text="Probe sentence one. Probe two.", id="probe"))  # missing extras raise ImportError here

    def run(text: str, url: str | None) -> str:
        document = Document(text=text, id="x")
        c4.filter(document)
        return document.text

    return run


def trafilatura_html() -> Runner:
    import trafilatura

    return lambda html, url: trafilatura.extract(html, url=url, include_comments=False) or ""


def readability_html() -> Runner:
    """readability-lxml's summary rendered with html-text (a benchmark-only peer). The bytes are
    decoded by trafilatura's decoder first: readability's own fails on some declared charsets
    (windows-874) and decodes less well (gn-dev F1 0.927 on bytes, 0.931 decoded; the set's README
    gives 0.933)."""
    import logging

    import html_text
    from readability import Document
    from trafilatura.utils import decode_file

    logging.getLogger("readability.readability").setLevel(logging.CRITICAL)  # it logs each failure's traceback
    return lambda html, url: html_text.extract_text(Document(decode_file(html), url=url).summary())


@dataclass(frozen=True)
class System:
    input: str  # "text" or "html"
    factory: Callable[[], Runner]
    packages: tuple[str, ...]  # whose versions key the cache of outputs; () = not cached, run every time


SYSTEMS: dict[str, System] = {
    "cleaner-text": System("text", cleaner_text, ()),
    "cleaner-html": System("html", cleaner_html, ()),
    "no-cleaning": System("text", no_cleaning, ()),
    "justext-lines": System("text", justext_lines, ("justext", "py3langid")),
    "datatrove-c4": System("text", datatrove_c4, ("datatrove",)),
    "trafilatura": System("html", trafilatura_html, ("trafilatura",)),
    "readability": System("html", readability_html, ("readability-lxml", "html-text", "trafilatura")),
}


# --- running, in worker processes ------------------------------------------------

_runners: dict[str, Runner] = {}


def _run(task: tuple[str, Path | str, str | None]) -> tuple[str, str | None]:
    """(output, error) of one system on one input: a file's path or the text itself."""
    name, source, url = task
    try:
        if name not in _runners:
            _runners[name] = SYSTEMS[name].factory()
        if isinstance(source, Path):
            data: Any = gzip.decompress(source.read_bytes()) if source.suffix == ".gz" else source.read_bytes()
            if SYSTEMS[name].input == "text":
                data = data.decode("utf-8")
        else:
            data = source
        return _runners[name](data, url), None
    except Exception as error:  # noqa: BLE001 -- one page's failure is reported, scored as an empty output
        return "", f"{type(error).__name__}: {error}"


def _cache_key(name: str) -> str:
    system = SYSTEMS[name]
    versions = [importlib.metadata.version(package) for package in system.packages]
    runner = hashlib.sha1(inspect.getsource(system.factory).encode()).hexdigest()[:12]
    return f"{name} {' '.join(versions)} {runner}"


def _cache_file(name: str, bench: BenchSet) -> Path:
    return CACHE / f"{name}--{bench.name}.json"


def _read_cache(name: str, bench: BenchSet) -> dict[str, list[str]]:
    try:
        cached = json.loads(_cache_file(name, bench).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return cached["pages"] if cached.get("key") == _cache_key(name) else {}


def _write_cache(name: str, bench: BenchSet, pages: dict[str, list[str]]) -> None:
    CACHE.mkdir(exist_ok=True)
    (CACHE / ".gitignore").write_text("*\n")
    target = _cache_file(name, bench)
    temporary = target.with_suffix(".tmp")
    temporary.write_text(json.dumps({"key": _cache_key(name), "pages": pages}, ensure_ascii=False), encoding="utf-8")
    temporary.replace(target)


def _digest(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def outputs(name: str, bench: BenchSet, pages: list[Page], pool: ProcessPoolExecutor | None) -> dict[str, str]:
    """Each page's output of the system, from the cache where it is still valid; errors on stderr."""
    system = SYSTEMS[name]
    source = bench.text_path if system.input == "text" else bench.html_path
    cached = _read_cache(name, bench) if system.packages else {}
    digests = {page.id: _digest(source(page)) for page in pages} if system.packages else {}
    results: dict[str, str] = {}
    todo = []
    for page in pages:
        entry = cached.get(page.id)
        if entry and entry[0] == digests.get(page.id):
            results[page.id] = entry[1]
        else:
            todo.append(page)
    tasks = [(name, source(page), page.url) for page in todo]
    done = pool.map(_run, tasks, chunksize=4) if pool else map(_run, tasks)
    failed = 0
    for page, (output, error) in zip(todo, done):
        results[page.id] = output
        if error:
            failed += 1
            print(f"{bench.name}/{page.id}: {name}: {error}", file=sys.stderr)
        elif system.packages:
            cached[page.id] = [digests[page.id], output]
    if system.packages and todo:
        _write_cache(name, bench, cached)
    if failed:
        print(f"{bench.name}: {name} failed on {failed} pages (scored as empty outputs)", file=sys.stderr)
    return results


# --- the report -------------------------------------------------------------------

COLUMNS = {"choose": "choosing (folds 0-2)", "heldout": "held-out (folds 3-4)", "all": "all pages"}


def _split_pages(bench: BenchSet, split: str) -> list[Page]:
    return [page for page in bench.pages if in_split(page.fold, split)]


def _figure_cells(figures: Figures, digits: int) -> str:
    width = digits + 3
    return " ".join(f"{value:{width}.{digits}f}" for value in (figures.f1, figures.precision, figures.recall))


def _lost_cell(bench: BenchSet, scores: list[Any]) -> str:
    return f"{sum(bench.article_lost(score) for score in scores)} of {len(scores)} pages"


def _header(splits: list[str], bench: BenchSet, digits: int) -> str:
    width = digits + 3
    cells = "  ".join(f"{COLUMNS[s] + f' {len(_split_pages(bench, s))}p':>20}" for s in splits)
    units = "  ".join(f"{'F1':>{width}} {'P':>{width}} {'R':>{width}}" for _ in splits)
    metric = "shingles" if bench.metric == "shingles" else "snippets"
    return f"{bench.name} ({metric})\n{'':20} {cells}\n{'system':14} {'input':5} {units}"


def _page_f1(bench: BenchSet, score: Any) -> float:
    if bench.metric == "shingles":
        precision, recall = score
        return _f1(precision or 0.0, recall or 0.0)
    return summarise_snippets([score]).f1


def _per_doc(bench: BenchSet, scores: dict[str, Any], count: int) -> None:
    choosing = [page for page in _split_pages(bench, "choose")]
    worst = sorted(choosing, key=lambda page: (_page_f1(bench, scores[page.id]), page.id))[:count]
    print(f"    {count} worst of {len(choosing)} choosing pages (held-out pages are never listed):")
    for page in worst:
        score = scores[page.id]
        if bench.metric == "shingles":
            precision, recall = (float("nan") if x is None else x for x in score)
            detail = f"P {precision:.3f}  R {recall:.3f}"
        else:
            detail = "tp {} fn {} fp {} tn {}".format(*score)
        print(f"    {page.id}  F1 {_page_f1(bench, score):.3f}  {detail}")


def report_systems(bench: BenchSet, names: list[str], splits: list[str],
                   pool: ProcessPoolExecutor | None, per_doc: int, digits: int = 3, by_language: bool = False) -> None:
    print(_header(splits, bench, digits))
    for name in names:
        results = outputs(name, bench, bench.pages, pool)
        scores = {page.id: bench.score(page, results[page.id]) for page in bench.pages}
        cells = "  ".join(_figure_cells(bench.summarise(scores[p.id] for p in _split_pages(bench, split)), digits)
                          for split in splits)
        print(f"{name:14} {SYSTEMS[name].input:5} {cells}", flush=True)
        lost = (_lost_cell(bench, [scores[page.id] for page in _split_pages(bench, split)]) for split in splits)
        print(f"{'  article lost':20} " + "  ".join(f"{cell:>{3 * (digits + 3) + 2}}" for cell in lost))
        if per_doc:
            _per_doc(bench, scores, per_doc)
        if by_language:
            _by_language(bench, scores, digits)
    print()


def page_languages(bench: BenchSet) -> dict[str, str]:
    """Page id -> the language the cleaner identifies in the page's text ("?" when none)."""
    from cleaner.language import identify

    return {page.id: identify(bench.text_path(page).read_text(encoding="utf-8")) or "?" for page in bench.pages}


def _by_language(bench: BenchSet, scores: dict[str, Any], digits: int) -> None:
    languages = page_languages(bench)
    choosing = _split_pages(bench, "choose")
    for language in sorted({languages[page.id] for page in choosing}):
        pages = [page for page in choosing if languages[page.id] == language]
        figures = bench.summarise(scores[page.id] for page in pages)
        print(f"    {language:>3} {len(pages):4}p  {_figure_cells(figures, digits)}")


def report_clean_bodies(sets: list[BenchSet], splits: list[str], pool: ProcessPoolExecutor | None) -> None:
    """Each true body cleaned as input: the mean share of it kept, and how many lose over BODY_LOSS."""
    print(f"clean bodies: each set's true article bodies cleaned with clean(); mean share of each body kept "
          f"(shingle recall) and bodies losing over {BODY_LOSS:.0%}")
    print(f"{'set':10} " + "  ".join(f"{COLUMNS[s]:>26}" for s in splits))
    for bench in sets:
        if bench.metric != "shingles":
            print(f"{bench.name:10} skipped: the set has no full article bodies, only snippets")
            continue
        tasks = [("cleaner-text", bench.truth[page.id], page.url) for page in bench.pages]
        done = list(pool.map(_run, tasks, chunksize=4) if pool else map(_run, tasks))
        recalls: dict[str, float | None] = {}
        for page, (output, error) in zip(bench.pages, done):
            if error:
                print(f"{bench.name}/{page.id}: clean() on the true body: {error}", file=sys.stderr)
            recalls[page.id] = document_scores(bench.truth[page.id], output)[1]
        cells = []
        for split in splits:
            kept = [r for p in _split_pages(bench, split) if (r := recalls[p.id]) is not None]
            lost = sum(r < 1 - BODY_LOSS for r in kept)
            mean = sum(kept) / len(kept) if kept else 0.0
            cells.append(f"{mean:.3f}, {lost:3} of {len(kept):3} lose >{BODY_LOSS:.0%}")
        print(f"{bench.name:10} " + "  ".join(f"{cell:>26}" for cell in cells))
    print()


def report_body_stages(sets: list[BenchSet], per_doc: int) -> None:
    """Which stages cut the true bodies of the choosing pages: per stage, the share of body tokens in
    the lines it removed and how many bodies it cut by over BODY_LOSS; with ``per_doc``, the pages
    that lose most, each with the tokens each stage removed. Counts only, never text."""
    from cleaner import Cleaner

    cleaner = Cleaner()
    print(f"clean bodies, choosing pages: tokens each stage removes from the true bodies, and bodies it cuts by "
          f"over {BODY_LOSS:.0%}")
    for bench in sets:
        if bench.metric != "shingles":
            continue
        removed: Counter[str] = Counter()
        cut: Counter[str] = Counter()
        total = 0
        losses: list[tuple[float, str, Counter[str]]] = []
        for page in _split_pages(bench, "choose"):
            explanation = cleaner.explain(bench.truth[page.id], url=page.url)
            tokens = Counter[str]()
            for decision in explanation.decisions:
                count = len(_TOKEN.findall(decision.block.text))
                total += count
                if decision.removed_by:
                    tokens[decision.removed_by] += count
            body = sum(len(_TOKEN.findall(d.block.text)) for d in explanation.decisions) or 1
            removed.update(tokens)
            cut.update(stage for stage, count in tokens.items() if count / body > BODY_LOSS)
            losses.append((sum(tokens.values()) / body, page.id, tokens))
        print(f"{bench.name}: {total} tokens")
        for stage, count in removed.most_common():
            print(f"  {stage:24} {count / total:7.2%} of tokens  {cut[stage]:3} bodies cut by >{BODY_LOSS:.0%}")
        if per_doc:
            print(f"  {per_doc} choosing bodies that lose most (share of tokens lost; tokens by stage):")
            for loss, page_id, tokens in sorted(losses, key=lambda x: (-x[0], x[1]))[:per_doc]:
                if loss:
                    stages = ", ".join(f"{stage} {count}" for stage, count in tokens.most_common())
                    print(f"    {page_id}  lost {loss:.3f}  {stages}")
    print()


def _snippet_stage(snippet: str, removed: list[tuple[str, str]], rendering: str, output_lines: list[str]) -> str:
    """What lost a `with` snippet: the stage whose removed block holds it (or a long part of it), else
    where it lies in the page's rendering beside the lines kept (all texts squeezed: word characters only)."""
    squeezed = re.sub(r"\W+", "", snippet)
    by = next((stage for stage, text in removed if squeezed in text or (len(text) >= 30 and text in squeezed)),
              "not extracted")
    where = rendering.find(squeezed)
    if where < 0:
        return by if by != "not extracted" else "not in the rendering"
    kept = [at for line in output_lines if (at := rendering.find(line)) >= 0]
    if not kept:
        return f"{by}, nothing kept"
    side = "before the body" if where < min(kept) else "after the body" if where > max(kept) else "inside the body"
    return f"{by}, {side}"


def _headline(path: Path) -> set[str]:
    from cleaner.html import parse
    from cleaner.html_markup import headline_keys
    from trafilatura.utils import decode_file

    tree = parse(decode_file(gzip.decompress(path.read_bytes())))
    return headline_keys(tree) if tree is not None else set()


def report_snippet_stages(sets: list[BenchSet], per_doc: int, kind: str = "html") -> None:
    """Where the cleaner loses the `with` snippets of the choosing pages of snippet sets (cleaning the
    page's ``kind``, html or text): per stage that removed them (and per reading kept), and the
    `without` snippets kept per reading; with ``per_doc``, each page with its losses by stage. Counts
    only, never text."""
    from cleaner import Cleaner
    from cleaner.detectors.headers import title_key

    cleaner = Cleaner()
    print(f"snippet stages, choosing pages: `with` snippets cleaning {kind} loses, by what removed them")
    for bench in sets:
        if bench.metric != "snippets":
            continue
        lost: Counter[str] = Counter()
        kept_without: Counter[str] = Counter()
        pages = []
        for page in _split_pages(bench, "choose"):
            source = (gzip.decompress(bench.html_path(page).read_bytes()) if kind == "html"
                      else bench.text_path(page).read_bytes())
            explanation = cleaner.explain_document(source, kind=kind, url=page.url, with_metadata=False)
            # The HTML path's reading (which extraction won) prefixes each count; text has none.
            reading = (explanation.reading or "").split(" ")[0]
            prefix = f"{reading}: " if reading else ""
            output = _normalise_space(explanation.text)
            removed = [(d.removed_by, re.sub(r"\W+", "", d.block.text)) for d in explanation.decisions
                       if d.removed_by]
            rendering = re.sub(r"\W+", "", bench.text_path(page).read_text(encoding="utf-8"))
            lines = [squeezed for line in explanation.text.splitlines() if len(squeezed := re.sub(r"\W+", "", line)) >= 20]
            headline = _headline(bench.html_path(page)) if kind == "html" else set()
            stages = Counter(f"{prefix}{_snippet_stage(s, removed, rendering, lines)}"
                             + (", in the headline" if title_key(s) and any(title_key(s) in key for key in headline) else "")
                             for s in bench.truth[page.id]["with"] if _normalise_space(s) not in output)
            lost.update(stages)
            for s in bench.truth[page.id]["without"]:
                if (at := output.find(_normalise_space(s))) >= 0:
                    third = ("first", "middle", "last")[min(2, 3 * at // max(len(output), 1))]
                    kept_without[f"{prefix}{third} third of the output"] += 1
            if stages:
                pages.append((page.id, page.fold, stages))
        print(f"{bench.name}: {sum(lost.values())} `with` snippets lost; `without` snippets kept: "
              + ", ".join(f"{where} {count}" for where, count in kept_without.most_common()))
        for stage, count in lost.most_common():
            print(f"  {stage:40} {count:4}")
        if per_doc:
            for page_id, fold, stages in pages[:per_doc]:
                print(f"    {page_id} (fold {fold})  " + ", ".join(f"{s} {c}" for s, c in stages.most_common()))
    print()


def split_ids(paths: list[Path], split: str) -> list[tuple[str, str, int]]:
    """(set, page id, fold) of every page of ``split`` in the sets at ``paths``."""
    return [(bench.name, page.id, page.fold) for bench in load_sets(paths)
            for page in bench.pages if in_split(page.fold, split)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, nargs="+", help="set folders, or folders of set folders")
    parser.add_argument("--systems", default="all",
                        help=f"comma-separated, or 'all' (default; peers run when installed): {', '.join(SYSTEMS)}")
    parser.add_argument("--folds", type=int, metavar="N",
                        help=f"print choosing, held-out and all-page figures side by side (N must be {FOLDS})")
    parser.add_argument("--clean-bodies", action="store_true",
                        help="also clean each set's true article bodies and report how much of them is kept")
    parser.add_argument("--body-stages", action="store_true",
                        help="with --clean-bodies: which stages cut the choosing pages' true bodies (counts only; "
                             "with --per-doc N, the N choosing bodies that lose most)")
    parser.add_argument("--snippet-stages", action="store_true",
                        help="what removed the `with` snippets clean_html loses on the choosing pages of snippet "
                             "sets (counts only; with --per-doc N, N pages with their losses)")
    parser.add_argument("--snippet-input", choices=("html", "text"), default="html",
                        help="with --snippet-stages: clean the pages' html (default) or their text")
    parser.add_argument("--split", choices=SPLITS,
                        help="only list the pages of this split (set, id, fold, tab-separated) and stop")
    parser.add_argument("--per-doc", type=int, default=0, metavar="N",
                        help="show the N worst choosing-fold pages per system (never held-out ones)")
    parser.add_argument("--by-language", action="store_true",
                        help="under each system, its figures on the choosing pages of each language the cleaner "
                             "identifies in the page's text (never held-out pages)")
    parser.add_argument("--only", help="comma-separated page ids (or id prefixes) to run")
    parser.add_argument("--choosing-folds", metavar="F,F",
                        help="score only the pages of these choosing folds (e.g. 0,1 to choose and 2 to confirm); "
                             "held-out pages are then never run")
    parser.add_argument("--digits", type=int, default=3, choices=range(1, 7), metavar="N",
                        help="decimals of the F1, P and R figures (default 3; 4 to tell close figures apart)")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="worker processes (1: none)")
    args = parser.parse_args()

    if args.split:
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # a listing piped into `head` ends quietly
        for name, page_id, fold in split_ids(args.data, args.split):
            print(f"{name}\t{page_id}\t{fold}")
        return
    if args.folds is not None and args.folds != FOLDS:
        parser.error(f"--folds: the protocol has {FOLDS} folds (0-2 choosing, 3-4 held out)")
    names = list(SYSTEMS) if args.systems == "all" else args.systems.split(",")
    unknown = [name for name in names if name not in SYSTEMS]
    if unknown:
        parser.error(f"unknown systems: {', '.join(unknown)}; known: {', '.join(SYSTEMS)}")
    available = []
    for name in names:
        try:
            SYSTEMS[name].factory()  # fail early, once, when a peer is not installed
        except ImportError as error:
            print(f"{name}: skipped: {error}", file=sys.stderr)
            continue
        available.append(name)

    # Looking at pages (their lists, stages or languages) is for the choosing folds alone: their figures
    # beside them too, not all pages' (which hold the held-out ones).
    if args.per_doc or args.snippet_stages or args.body_stages or args.by_language:
        if args.folds:
            parser.error("--per-doc, --snippet-stages, --body-stages and --by-language look at choosing pages "
                         "only: leave out --folds")
        args.choosing_folds = args.choosing_folds or ",".join(map(str, sorted(CHOOSING_FOLDS)))
    sets = load_sets(args.data)
    splits = ["choose", "heldout", "all"] if args.folds else ["all"]
    if args.choosing_folds:
        folds = {int(fold) for fold in args.choosing_folds.split(",")}
        if not folds <= set(CHOOSING_FOLDS):
            parser.error(f"--choosing-folds: only the choosing folds {sorted(CHOOSING_FOLDS)} may be scored alone")
        for bench in sets:
            bench.pages = [page for page in bench.pages if page.fold in folds]
        splits = ["all"]
        print(f"pages of folds {','.join(map(str, sorted(folds)))} only")
    if args.only:
        prefixes = tuple(args.only.split(","))
        for bench in sets:
            bench.pages = [page for page in bench.pages if page.id.startswith(prefixes)]
    pool = ProcessPoolExecutor(args.jobs) if args.jobs > 1 else None
    try:
        for bench in sets:
            report_systems(bench, available, splits, pool, args.per_doc, args.digits, args.by_language)
        if args.clean_bodies:
            report_clean_bodies(sets, splits, pool)
        if args.clean_bodies and args.body_stages:
            report_body_stages(sets, args.per_doc)
        if args.snippet_stages:
            report_snippet_stages(sets, args.per_doc, args.snippet_input)
    finally:
        if pool:
            pool.shutdown()


if __name__ == "__main__":
    main()
