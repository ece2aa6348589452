"""Near-clean articles in many languages, cleaned again: which detectors cut them.

A clean article given as input must come back whole. The sets' true bodies
test that only where they are whole texts (aeb-dev, gn-dev: English). This
script builds a proxy in every language of the snippet sets without reading
their truth: trafilatura's extraction of each CHOOSING page (folds 0-2; held-out
pages are never opened), cleaned again with ``Cleaner.explain`` in text mode.
The extraction is mostly article with some chrome, so not every removal is a
mistake: the counts point at where to read, and a removal of a long line
shaped as a sentence by a phrase detector is the costly kind.

    python benchmarks/proxy_bodies.py ../shared/bench/traf-dev [--show STAGE[,STAGE]] [--lang de,fr]
    python benchmarks/proxy_bodies.py ../shared/bench/traf-dev --in-page

Prints, per language, the lines and characters each stage removed, and how many
of them were prose (``--prose-chars`` or more, ending like a sentence). With
``--in-page``, each page's rendered text is cleaned instead, and only its lines
that the extraction holds are counted: what text mode cuts of what trafilatura
takes for the article, in the page's own context (selection, chrome around).
With ``--show``, the removed prose lines of those stages (``--every-line``: all
their removed lines) are printed, for reading; by default nothing of the pages'
text is. The page language is the cleaner's. trafilatura's output varies with
its version, so compare counts made with one version.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from folds import CHOOSING_FOLDS  # noqa: E402
from quality import load_set  # noqa: E402

SENTENCE_END = (".", "!", "?", "\u3002", "\uff01", "\uff1f", '."', ".\u201d", ".\u00bb", "\u201c")


def choosing_pages(folder: Path, folds: set[int]) -> list[tuple[str, str | None]]:
    """(id, url) of the set's pages in ``folds``, as the scoring script lists them (it holds the URLs)."""
    return [(page.id, page.url) for page in load_set(folder).pages if page.fold in folds]


def is_prose(text: str, min_chars: int) -> bool:
    return len(text) >= min_chars and text.rstrip().endswith(SENTENCE_END)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, nargs="+", help="set folders (with html/ and a page index)")
    parser.add_argument("--folds", default="0,1,2", help="choosing folds to read (default 0,1,2)")
    parser.add_argument("--prose-chars", type=int, default=80, help="a removed line this long ending like a "
                        "sentence counts as prose (default 80)")
    parser.add_argument("--show", help="comma-separated stages whose removed prose lines to print ('all': every one)")
    parser.add_argument("--in-page", action="store_true",
                        help="clean each page's rendered text (text/ID.txt) instead, and count the removed lines "
                             "that the extraction holds: where text mode cuts what trafilatura takes for the article")
    parser.add_argument("--every-line", action="store_true", help="with --show: every removed line, not only prose")
    parser.add_argument("--lang", help="comma-separated languages to count (default: all)")
    args = parser.parse_args()
    folds = {int(fold) for fold in args.folds.split(",")}
    if not folds <= set(CHOOSING_FOLDS):
        parser.error(f"--folds: only the choosing folds {sorted(CHOOSING_FOLDS)}")

    import trafilatura

    from cleaner import Cleaner

    cleaner = Cleaner()
    show = set(args.show.split(",")) if args.show else set()
    languages = set(args.lang.split(",")) if args.lang else None
    lines: dict[str, Counter[str]] = defaultdict(Counter)
    chars: dict[str, Counter[str]] = defaultdict(Counter)
    prose: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    total_chars: Counter[str] = Counter()
    for folder in args.data:
        for page_id, url in choosing_pages(folder, folds):
            html = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
            extracted = trafilatura.extract(html, include_comments=False) or ""
            if not extracted.strip():
                continue
            if args.in_page:
                article = {" ".join(line.split()) for line in extracted.splitlines()}
                page_text = (folder / "text" / f"{page_id}.txt").read_text(encoding="utf-8")
                explanation = cleaner.explain(page_text, url=url)
            else:
                explanation = cleaner.explain(extracted, url=url)
            language = explanation.language or "?"
            if languages is not None and language not in languages:
                continue
            totals[language] += 1
            for decision in explanation.decisions:
                text = decision.block.text
                if args.in_page and " ".join(text.split()) not in article:
                    continue  # a line of the page's chrome, as the extraction has it
                total_chars[language] += len(text)
                stage = decision.removed_by
                if not stage:
                    continue
                lines[language][stage] += 1
                chars[language][stage] += len(text)
                long_prose = is_prose(text, args.prose_chars)
                if long_prose:
                    prose[language][stage] += 1
                if (long_prose or args.every_line) and ("all" in show or stage in show):
                    print(f"{folder.name}/{page_id} [{language}] {stage}: {text}")
    what = "the extraction's lines in the page's text cleaned" if args.in_page else "extractions cleaned again"
    print(f"{what}: removed lines / characters / prose lines (>= {args.prose_chars} chars, "
          "ending like a sentence), by language and stage")
    for language in sorted(totals, key=lambda lang: -totals[lang]):
        removed = sum(chars[language].values())
        print(f"{language:>3} {totals[language]:4} pages, {removed / max(total_chars[language], 1):6.2%} of "
              f"{total_chars[language]} chars removed, {sum(prose[language].values())} prose lines")
        for stage, count in lines[language].most_common():
            print(f"      {stage:24} {count:5} lines {chars[language][stage]:7} chars {prose[language][stage]:4} prose")
    every = Counter[str]()
    for counter in prose.values():
        every.update(counter)
    print("prose lines removed, all languages: " + ", ".join(f"{s} {c}" for s, c in every.most_common()))


if __name__ == "__main__":
    main()
