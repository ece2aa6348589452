"""Time of `clean_html()` against `trafilatura.extract()` alone on the same pages.

    python benchmarks/speed_html.py ../shared/bench/aeb-dev/html --rounds 3

Reads every `*.html` / `*.html.gz` file in the folder, as bytes. Both systems
get the same bytes and URL-less calls; each round times every page with both,
alternating which goes first, and the best round of each counts (the least
disturbed by other work on the machine). Prints milliseconds per page and the
ratio cleaner / trafilatura; `explain_html` (which adds trafilatura's
metadata) is timed for reference.
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


def seconds(system: Callable[[bytes], object], pages: list[bytes]) -> float:
    start = time.perf_counter()
    for page in pages:
        system(page)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="folder of .html or .html.gz pages")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per system (best counts)")
    args = parser.parse_args()

    import trafilatura

    from cleaner import Cleaner

    pages = read_pages(args.folder)
    cleaner = Cleaner()
    systems: dict[str, Callable[[bytes], object]] = {
        "trafilatura.extract": lambda page: trafilatura.extract(page, include_comments=False),
        "cleaner.clean_html": cleaner.clean_html,
        # For reference: with trafilatura's metadata, as `--format json` needs it.
        "cleaner.explain_html": cleaner.explain_html,
    }
    for system in systems.values():  # warm up: imports, caches
        seconds(system, pages[:5])
    best = {name: float("inf") for name in systems}
    for round_no in range(args.rounds):
        order = list(systems) if round_no % 2 == 0 else list(reversed(systems))
        for name in order:
            best[name] = min(best[name], seconds(systems[name], pages))
    for name, total in best.items():
        print(f"{name:22} {1000 * total / len(pages):7.2f} ms/page")
    ratio = best["cleaner.clean_html"] / best["trafilatura.extract"]
    print(f"ratio clean_html / extract: {ratio:.2f}  ({len(pages)} pages, best of {args.rounds} rounds)")


if __name__ == "__main__":
    main()
