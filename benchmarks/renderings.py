"""How text mode holds up on page text rendered by other renderers than html-text.

    python benchmarks/renderings.py ../shared/bench                          # every renderer found
    python benchmarks/renderings.py ../shared/bench --renderers lynx,html2text --folds 0,1
    python benchmarks/renderings.py ../shared/bench/gn-dev --per-doc 10   # the pages each renderer loses most on

The sets' text/*.txt are html-text's renderings; users paste text from other
renderers: BeautifulSoup's get_text("\\n") (one string a line), inscriptis,
html2text (Markdown: "# " headings, "* " bullets, [links](url), **bold**),
lynx and w3m -dump (lines wrapped at 80 columns; lynx numbers its links "[12]"
and lists them under "References" at the end), trafilatura's html2txt. Each
page's HTML is rendered by each renderer (decoded as the cleaner decodes
bytes), cleaned in text mode, and scored with quality.py's metric. For every
set and renderer it prints F1 / P / R and the articles lost whole, of the
cleaner and of no cleaning (what the rendering itself keeps), and the change
of F1 against html-text's rendering. A renderer that is not installed is
skipped with a line that says so.

Renderings are cached in benchmarks/.cache (keyed by the renderer's version
and the page's bytes); the cleaner's outputs are always recomputed. Only
choosing folds are ever run (benchmarks/folds.py): --folds names a subset
of them, anything else is refused. Loading and scoring are quality.py's.
--per-doc N lists, under each renderer, the N pages whose cleaned F1 falls
most below that of html-text's rendering of the page cleaned. --lost lists,
under each renderer, the pages whose article the cleaner lost whole (id and
fold, and whether the rendering itself had kept it): the pages to read with
`cleaner explain`.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import warnings
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from folds import choosing_folds
from quality import CACHE, SYSTEMS, BenchSet, Figures, _page_f1, load_sets

from cleaner.decode import DecodeError, decode_bytes

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
RENDER_TIMEOUT = 60  # seconds one page may take a command-line renderer


# --- the renderers ---------------------------------------------------------------------
# Each takes the decoded page and returns its text. `version` names what keys the cache;
# None when the renderer is not installed.

def _package_version(package: str) -> str | None:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


def _command_version(command: str) -> str | None:
    if shutil.which(command) is None:
        return None
    found = subprocess.run([command, "-version"], capture_output=True, text=True, check=False)
    return (found.stdout.splitlines() or [command])[0].strip()


def _run_command(arguments: list[str], html: str) -> str:
    done = subprocess.run(arguments, input=html.encode("utf-8"), capture_output=True, timeout=RENDER_TIMEOUT,
                          check=False)
    return done.stdout.decode("utf-8", errors="replace")


def render_beautifulsoup(html: str) -> str:
    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

    warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)  # XHTML pages: read as HTML, as a user's call does
    return BeautifulSoup(html, "lxml").get_text("\n")


def render_inscriptis(html: str) -> str:
    from inscriptis import get_text  # type: ignore[import-untyped]

    return str(get_text(_XML_DECLARATION.sub("", html)))  # lxml refuses a str that declares its encoding


def render_html2text(html: str) -> str:
    import html2text

    return html2text.html2text(html)


def render_lynx(html: str) -> str:
    return _run_command(["lynx", "-dump", "-stdin", "-force_html", "-assume_charset=utf-8",
                         "-display_charset=utf-8", "-nomargins"], html)


def render_w3m(html: str) -> str:
    return _run_command(["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"], html)


def render_trafilatura(html: str) -> str:
    from trafilatura import html2txt

    return html2txt(html)


@dataclass(frozen=True)
class Renderer:
    render: Callable[[str], str] | None  # None: the set's own text/*.txt (html-text's rendering)
    version: Callable[[], str | None]
    needs: str  # what to install when it is missing


RENDERERS: dict[str, Renderer] = {
    "html-text": Renderer(None, lambda: "the sets' text/*.txt", ""),
    "bs4-get-text": Renderer(render_beautifulsoup, lambda: _package_version("beautifulsoup4"),
                             "pip install beautifulsoup4 lxml"),
    "inscriptis": Renderer(render_inscriptis, lambda: _package_version("inscriptis"), "pip install inscriptis"),
    "html2text": Renderer(render_html2text, lambda: _package_version("html2text"), "pip install html2text"),
    "lynx-dump": Renderer(render_lynx, lambda: _command_version("lynx"), "apt-get install lynx"),
    "w3m-dump": Renderer(render_w3m, lambda: _command_version("w3m"), "apt-get install w3m"),
    "trafilatura-html2txt": Renderer(render_trafilatura, lambda: _package_version("trafilatura"),
                                     "pip install trafilatura"),
}


# --- running, in worker processes ------------------------------------------------------

def _render(task: tuple[str, Path]) -> tuple[str, str | None]:
    """(text, error) of one renderer on one page's HTML file."""
    name, path = task
    render = RENDERERS[name].render
    assert render is not None
    try:
        try:
            html = decode_bytes(gzip.decompress(path.read_bytes()))
        except DecodeError:
            html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        return render(html), None
    except Exception as error:  # noqa: BLE001 -- one page's failure is reported, scored as an empty rendering
        return "", f"{type(error).__name__}: {error}"


_cleaner_text: list[Callable[[Any, str | None], str]] = []


def _clean(task: tuple[str, str | None]) -> str:
    if not _cleaner_text:
        _cleaner_text.append(SYSTEMS["cleaner-text"].factory())
    text, url = task
    try:
        return _cleaner_text[0](text, url)
    except Exception as error:  # noqa: BLE001 -- one page's failure is reported, scored as an empty output
        print(f"cleaner-text: {type(error).__name__}: {error}", file=sys.stderr)
        return ""


def _cache_file(name: str, bench: BenchSet) -> Path:
    return CACHE / f"render-{name}--{bench.name}.json"


def renderings(name: str, bench: BenchSet, pool: ProcessPoolExecutor | None) -> dict[str, str]:
    """Each page's text as the renderer gives it, from the cache where it is still valid."""
    renderer = RENDERERS[name]
    if renderer.render is None:
        return {page.id: bench.text_path(page).read_text(encoding="utf-8") for page in bench.pages}
    key = f"{name} {renderer.version()}"
    try:
        cached = json.loads(_cache_file(name, bench).read_text(encoding="utf-8"))
        pages = cached["pages"] if cached.get("key") == key else {}
    except (OSError, ValueError):
        pages = {}
    digests = {page.id: hashlib.sha1(bench.html_path(page).read_bytes()).hexdigest() for page in bench.pages}
    todo = [page for page in bench.pages if pages.get(page.id, ("", ""))[0] != digests[page.id]]
    tasks = [(name, bench.html_path(page)) for page in todo]
    done = pool.map(_render, tasks, chunksize=4) if pool else map(_render, tasks)
    for page, (text, error) in zip(todo, done):
        if error:
            print(f"{bench.name}/{page.id}: {name}: {error}", file=sys.stderr)
        else:
            pages[page.id] = [digests[page.id], text]
    if todo:
        CACHE.mkdir(exist_ok=True)
        (CACHE / ".gitignore").write_text("*\n")
        _cache_file(name, bench).write_text(json.dumps({"key": key, "pages": pages}, ensure_ascii=False),
                                            encoding="utf-8")
    return {page.id: pages[page.id][1] if page.id in pages else "" for page in bench.pages}


# --- the report ------------------------------------------------------------------------

def _scores(bench: BenchSet, outputs: dict[str, str]) -> dict[str, Any]:
    return {page.id: bench.score(page, outputs[page.id]) for page in bench.pages}


def _figures(bench: BenchSet, scores: dict[str, Any]) -> tuple[Figures, int]:
    return bench.summarise(scores.values()), sum(bench.article_lost(score) for score in scores.values())


def _per_doc(bench: BenchSet, scores: dict[str, Any], base: dict[str, Any], count: int) -> None:
    """The ``count`` pages whose F1 (``scores``) falls most below html-text's (``base``)."""
    drops = sorted(((_page_f1(bench, base[page.id]) - _page_f1(bench, scores[page.id]), page.id)
                    for page in bench.pages), key=lambda drop: (-drop[0], drop[1]))[:count]
    for drop, page_id in drops:
        if drop <= 0:
            break
        detail = ("P {:.3f} R {:.3f}" if bench.metric == "shingles" else "tp {} fn {} fp {} tn {}").format(
            *(float("nan") if x is None else x for x in scores[page_id]))
        print(f"    {page_id}  F1 {_page_f1(bench, scores[page_id]):.3f} (html-text "
              f"{_page_f1(bench, base[page_id]):.3f})  {detail}")


def _cells(figures: Figures, lost: int, digits: int) -> str:
    width = digits + 3
    return (" ".join(f"{value:{width}.{digits}f}" for value in (figures.f1, figures.precision, figures.recall))
            + f" {lost:>4}")


def _lost_pages(bench: BenchSet, cleaned: dict[str, str], texts: dict[str, str]) -> list[str]:
    """The pages whose article the cleaner lost whole, each as `id (fold N)`, with
    `, lost by the rendering too` where no cleaning loses it as well."""
    lost = []
    for page in bench.pages:
        if bench.article_lost(bench.score(page, cleaned[page.id])):
            too = ", lost by the rendering too" if bench.article_lost(bench.score(page, texts[page.id])) else ""
            lost.append(f"{page.id} (fold {page.fold}{too})")
    return lost


def report_set(bench: BenchSet, names: list[str], pool: ProcessPoolExecutor | None, digits: int,
               per_doc: int = 0, list_lost: bool = False) -> None:
    width = digits + 3
    units = f"{'F1':>{width}} {'P':>{width}} {'R':>{width}} {'lost':>4}"
    print(f"{bench.name} ({bench.metric}, {len(bench.pages)} pages; lost: articles lost whole)")
    print(f"{'renderer':21} {'cleaner text mode':^{len(units)}}  {'no cleaning':^{len(units)}}  "
          f"{'dF1 vs html-text':>16}")
    print(f"{'':21} {units}  {units}  {'clean':>{width}} {'none':>{width}}")
    base: tuple[float, float] | None = None
    base_scores: dict[str, Any] = {}
    for name in names:
        texts = renderings(name, bench, pool)
        tasks = [(texts[page.id], page.url) for page in bench.pages]
        cleaned = dict(zip((page.id for page in bench.pages),
                           pool.map(_clean, tasks, chunksize=4) if pool else map(_clean, tasks)))
        clean_scores = _scores(bench, cleaned)
        clean, clean_lost = _figures(bench, clean_scores)
        none, none_lost = _figures(bench, _scores(bench, texts))
        if name == "html-text":
            base = (clean.f1, none.f1)
            base_scores = clean_scores
        deltas = (f"{clean.f1 - base[0]:+{width}.{digits}f} {none.f1 - base[1]:+{width}.{digits}f}"
                  if base and name != "html-text" else "")
        print(f"{name:21} {_cells(clean, clean_lost, digits)}  {_cells(none, none_lost, digits)}  {deltas}",
              flush=True)
        if per_doc and base_scores and name != "html-text":
            _per_doc(bench, clean_scores, base_scores, per_doc)
        if list_lost:
            for line in _lost_pages(bench, cleaned, texts):
                print(f"    lost: {line}")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, nargs="+", help="set folders, or folders of set folders")
    parser.add_argument("--renderers", default=",".join(RENDERERS),
                        help=f"comma-separated, of: {', '.join(RENDERERS)} (default all)")
    parser.add_argument("--folds", type=choosing_folds, default="0,1,2", help="choosing folds to run (default 0,1,2)")
    parser.add_argument("--digits", type=int, default=4, choices=range(1, 7), metavar="N")
    parser.add_argument("--per-doc", type=int, default=0, metavar="N",
                        help="under each renderer, the N pages it loses most on against html-text")
    parser.add_argument("--lost", action="store_true",
                        help="list the pages whose article the cleaner lost whole, under each renderer")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="worker processes (1: none)")
    args = parser.parse_args()

    folds = args.folds
    names = [name for name in args.renderers.split(",") if name]
    unknown = sorted(set(names) - set(RENDERERS))
    if unknown:
        parser.error(f"--renderers: unknown {unknown}; renderers: {', '.join(RENDERERS)}")
    if "html-text" not in names:  # the reference every other rendering is compared with
        names.insert(0, "html-text")
    available = []
    for name in names:
        if RENDERERS[name].version() is None:
            print(f"skipped {name}: not installed ({RENDERERS[name].needs})")
        else:
            available.append(name)
    print(f"folds {','.join(map(str, sorted(folds)))}\n")

    sets = load_sets(args.data)
    for bench in sets:  # held-out pages are dropped here, before anything is run
        bench.pages = [page for page in bench.pages if page.fold in folds]
    pool = ProcessPoolExecutor(args.jobs) if args.jobs > 1 else None
    try:
        for bench in sets:
            report_set(bench, available, pool, args.digits, args.per_doc, args.lost)
    finally:
        if pool:
            pool.shutdown()


if __name__ == "__main__":
    main()
