"""The invented pages of common site shapes (tests/fixtures/cms_pages): article lines lost and chrome
lines kept, per page, in text mode and from HTML. A check on sites no benchmark shows: run it before
and after a selection change, beside quality.py's choosing folds. `--pages` runs another set of such
pages: tests/fixtures/blind_pages5 and blind_pages23 are the confirmation sets, written blind, never to
be tuned on (their totals only, never -v); blind_pages to blind_pages4 and blind_pages6 to blind_pages22,
written blind too, are study sets now.

    python benchmarks/cms_pages.py              # a line per page and mode, then the totals
    python benchmarks/cms_pages.py -v 05 13     # the pages named by these parts, each line that is wrong
    python benchmarks/cms_pages.py --pages tests/fixtures/blind_pages7 -v
    python benchmarks/cms_pages.py --pages tests/fixtures/blind_pages5 | grep "^all pages"
    python benchmarks/cms_pages.py --soup       # the pages as markup that names nothing (see soup)
    python benchmarks/cms_pages.py --pages tests/fixtures/languages_pages6 --article-only -v

With --article-only each page's article alone is cleaned as text (see article_only): a clean article
given as input must come back whole, in every language of the sets (quality.py's --clean-bodies asks
the same of aeb-dev's and gn-dev's English bodies).

A page's `.keep` file holds the start of each article line, its `.drop` file the start of each chrome
line; a line is found when a block of the page starts with it. The test (tests/test_cms_pages.py)
holds the article lines that must survive; this script also counts the chrome left in.
"""

from __future__ import annotations

import argparse
import hashlib
import re
from pathlib import Path

from cleaner import Cleaner
from cleaner.model import Explanation

PAGES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "cms_pages"
# What --soup turns into a <div>: the containers that name the story or a part of the page.
SOUP_TAGS = ("article", "main", "section")
_SOUP_TAG = re.compile(rf"<(/?)(?:{'|'.join(SOUP_TAGS)})\b", re.IGNORECASE)
# A class or id attribute (its value quoted or not), a link to a place in the page.
_NAME_ATTRIBUTE = re.compile(r"""(?<![\w-])((?:class|id)\s*=\s*)("[^"]*"|'[^']*'|[^\s>"']+)""", re.IGNORECASE)
_FRAGMENT_LINK = re.compile(r"""(?<![\w-])(href\s*=\s*["']?)#([^\s>"']+)""", re.IGNORECASE)


def _starts(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def line_starts(line: str) -> list[str]:
    """Where a `.keep` or `.drop` line may begin in an output ``line``. The extraction marks list items
    "- " and writes a table's row "| 17:00 | Seefeuerwerk | Seebrücke |": a row is its cells, from each
    cell on (the page's text renders a table a row a line or a cell a line). The files leave out a
    quote's opening mark."""
    line = line.strip()
    if line.startswith("|") and line.endswith("|"):
        cells = [cell.strip() for cell in line.strip("|").split("|") if cell.strip()]
        return [" ".join(cells[i:]) for i in range(len(cells))]
    return [line.lstrip("-| „“\"«")]


def _begins(text: str, start: str) -> bool:
    return any(begin.startswith(start) for begin in line_starts(text))


def wrong_lines(explanation: Explanation, keep: list[str], drop: list[str],
                absent: str) -> list[tuple[str, str, str]]:
    """(LOST or KEPT, the line's start, what removed it, or ``absent`` for a line no block holds) for
    each article line lost and chrome line kept."""
    wrong = []
    for start in keep:
        found = [d for d in explanation.decisions if _begins(d.block.text, start)]
        if not any(d.removed_by is None for d in found):
            wrong.append(("LOST", start, found[0].removed_by or "" if found else absent))
    for start in drop:
        if any(d.removed_by is None for d in explanation.decisions if _begins(d.block.text, start)):
            wrong.append(("KEPT", start, ""))
    return wrong


def _hashed(name: str) -> str:
    return "c" + hashlib.blake2s(name.encode("utf-8"), digest_size=3).hexdigest()


def _hashed_value(value: str) -> str:
    quote = value[0] if value[0] in "\"'" else ""
    names = value.strip("\"'").split()
    return f"{quote}{' '.join(map(_hashed, names))}{quote}"


def soup(html: str) -> str:
    """``html`` as sites built with CSS-in-JS or a utility framework write it: each ``<article>``,
    ``<main>`` and ``<section>`` a ``<div>``, each class and id name (and a link to an id in the page)
    a hash of it ("css-1x2y3z"), one name one hash. The markup then tells nothing of what a block is:
    HTML mode has only the page's shape to go by, as on the many real sites no rule was written for."""
    html = _SOUP_TAG.sub(r"<\1div", html)
    html = _NAME_ATTRIBUTE.sub(lambda m: m[1] + _hashed_value(m[2]), html)
    return _FRAGMENT_LINK.sub(lambda m: f"{m[1]}#{_hashed(m[2])}", html)


def article_only(text: str, keep: list[str], drop: list[str]) -> str:
    """The page's text from its first article line (one a `.keep` start begins) to its last, without the
    chrome lines there (those a `.drop` start begins): the article as the page renders it, with no chrome
    around it. Lines of neither file are kept: a `.keep` file may leave out a table's rows or a list's
    heading, which the article holds."""
    lines = text.splitlines()
    article = [i for i, line in enumerate(lines) if any(_begins(line, start) for start in keep)]
    if not article:
        return ""
    kept = [line for line in lines[article[0]:article[-1] + 1]
            if not line.strip() or not any(_begins(line, start) for start in drop) or
            any(_begins(line, start) for start in keep)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="parts of page names (default: every page)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each wrong line")
    parser.add_argument("--pages", type=Path, default=PAGES, help=f"the folder of pages (default: {PAGES})")
    parser.add_argument("--soup", action="store_true", help="read each page's markup as soup (see soup)")
    parser.add_argument("--article-only", action="store_true",
                        help="clean each page's article alone, as text (see article_only)")
    args = parser.parse_args()
    if not any(args.pages.glob("*.html")):
        parser.error(f"{args.pages}: no pages (NAME.html) there")
    cleaner = Cleaner()
    totals = {mode: [0, 0, 0, 0] for mode in ("text", "html")}  # lost, article lines, kept, chrome lines
    for page in sorted(args.pages.glob("*.html")):
        if args.names and not any(name in page.stem for name in args.names):
            continue
        keep, drop = _starts(page.with_suffix(".keep")), _starts(page.with_suffix(".drop"))
        html = page.read_text(encoding="utf-8")
        if args.soup:
            html = soup(html)
        text = page.with_suffix(".txt").read_text(encoding="utf-8")
        runs = [("text", text, "not in the text"), ("html", html, "not extracted")]
        if args.article_only:
            runs = [("text", article_only(text, keep, drop), "not in the text")]
            drop = []
        for mode, content, absent in runs:
            explanation = cleaner.explain(content) if mode == "text" else cleaner.explain_html(content)
            wrong = wrong_lines(explanation, keep, drop, absent)
            lost, kept = sum(w[0] == "LOST" for w in wrong), sum(w[0] == "KEPT" for w in wrong)
            for i, count in enumerate((lost, len(keep), kept, len(drop))):
                totals[mode][i] += count
            print(f"{page.stem:28} {mode:4}  article lines lost {lost:2} of {len(keep):2}  "
                  f"chrome lines kept {kept:2} of {len(drop):2}")
            if args.verbose:
                for what, start, by in wrong:
                    print(f"      {what} {start[:70]!r} {by}")
    for mode, (lost, articles, kept, chrome) in totals.items():
        if args.article_only and mode == "html":
            continue
        print(f"all pages, {mode}: article lines lost {lost} of {articles}, chrome lines kept {kept} of {chrome}")


if __name__ == "__main__":
    main()
