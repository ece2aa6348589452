"""Every decision text mode takes on a set of pages, to check that a change
meant to be a pure refactoring (a speed-up) changes none. A script, not a test.

    python benchmarks/decisions.py DATA before.json      # on the old commit
    python benchmarks/decisions.py DATA after.json --compare before.json
    python benchmarks/decisions.py DATA html.json --mode html   # clean_html on html/*.html.gz

DATA holds text/*.txt (page texts) and html/*.html.gz, like the benchmark sets. The file
written maps each page to its cleaned text and, for every block, the id of
what removed it (null: kept). With --compare, the pages whose decisions
differ from the other file are listed, and the exit status is 1 if any do.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

from cleaner import Cleaner


def decisions(data: Path, mode: str) -> dict[str, list[object]]:
    cleaner = Cleaner()
    pages = {}
    if mode == "text":
        for path in sorted((data / "text").glob("*.txt")):
            explanation = cleaner.explain(path.read_text(encoding="utf-8"))
            pages[path.name] = [explanation.text, [d.removed_by for d in explanation.decisions]]
    else:
        for path in sorted((data / "html").glob("*.html.gz")):
            try:
                explanation = cleaner.explain_html(gzip.decompress(path.read_bytes()))
            except Exception as error:  # a page that cannot be cleaned is a decision too
                pages[path.name] = [f"error: {type(error).__name__}: {error}", []]
                continue
            pages[path.name] = [explanation.text, [d.removed_by for d in explanation.decisions]]
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="folder with text/*.txt and html/*.html.gz")
    parser.add_argument("output", type=Path, help="JSON file to write")
    parser.add_argument("--compare", type=Path, help="an earlier output to compare with")
    parser.add_argument("--mode", choices=("text", "html"), default="text", help="clean the page texts or the HTML")
    args = parser.parse_args()
    pages = decisions(args.data, args.mode)
    if not pages:
        sys.exit(f"{args.data}: no pages ({'text/*.txt' if args.mode == 'text' else 'html/*.html.gz'})")
    args.output.write_text(json.dumps(pages, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(pages)} pages, {sum(len(p[1]) for p in pages.values())} blocks: decisions in {args.output}")
    if args.compare:
        earlier = json.loads(args.compare.read_text(encoding="utf-8"))
        differing = sorted(name for name in pages.keys() | earlier.keys() if pages.get(name) != earlier.get(name))
        for name in differing:
            print(f"differs: {name}")
        print(f"{len(differing)} of {len(pages)} pages differ from {args.compare}")
        sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
