"""Time of `clean_html()` against `trafilatura.extract()` alone on the same pages.

    python benchmarks/speed_html.py ../shared/bench/aeb-dev/html ../shared/bench/traf-dev/html --rounds 3

Reads every `*.html` / `*.html.gz` file in each folder, as bytes. Both systems
get the same bytes and URL-less calls. Each round times every page with each
system in turn, back to back, and each page's fastest round counts: the time
least disturbed by other work on the machine, for both systems alike. Prints
milliseconds per page and the ratio cleaner / trafilatura, for each folder and
for all pages together; `explain_html` (which adds trafilatura's metadata) is
timed for reference.
"""

from __future__ import annotations

import argparse
import gzip
import time
from collections.abc import Callable
from pathlib import Path


def read_pages(folder: Path) -> list[bytes]:
    paths = sorted(p for p in folder.iterdir() if p.name.endswith((".html", ".htm", ".html.gz")))
    return [gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes() for p in paths]


def seconds(system: Callable[[bytes], object], page: bytes) -> float:
    start = time.perf_counter()
    system(page)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", type=Path, nargs="+", help="folders of .html or .html.gz pages")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds (each page's best counts)")
    args = parser.parse_args()

    import trafilatura

    from cleaner import Cleaner

    folders = {folder: read_pages(folder) for folder in args.folders}
    pages = [page for folder_pages in folders.values() for page in folder_pages]
    cleaner = Cleaner()
    systems: dict[str, Callable[[bytes], object]] = {
        "trafilatura.extract": lambda page: trafilatura.extract(page, include_comments=False),
        "cleaner.clean_html": cleaner.clean_html,
        # For reference: with trafilatura's metadata, as `--format json` needs it.
        "cleaner.explain_html": cleaner.explain_html,
    }
    for system in systems.values():  # warm up: imports, caches
        for page in pages[:5]:
            system(page)
    best = {name: [float("inf")] * len(pages) for name in systems}
    for _ in range(args.rounds):
        for number, page in enumerate(pages):
            for name, system in systems.items():
                best[name][number] = min(best[name][number], seconds(system, page))
    start = 0
    groups = []
    for folder, folder_pages in folders.items():
        groups.append((str(folder), range(start, start + len(folder_pages))))
        start += len(folder_pages)
    if len(groups) > 1:
        groups.append(("all folders", range(len(pages))))
    for label, numbers in groups:
        print(f"{label} ({len(numbers)} pages, each page's best of {args.rounds} rounds)")
        total = {name: sum(times[n] for n in numbers) for name, times in best.items()}
        for name, seconds_total in total.items():
            print(f"  {name:22} {1000 * seconds_total / len(numbers):7.2f} ms/page")
        print(f"  ratio clean_html / extract: {total['cleaner.clean_html'] / total['trafilatura.extract']:.2f}")


if __name__ == "__main__":
    main()
