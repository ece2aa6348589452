"""How many pages of each set change when their cleaned text is cleaned again.

    python benchmarks/idempotence.py ../shared/bench/aeb-dev ../shared/bench/gn-dev ../shared/bench/traf-dev
    python benchmarks/idempotence.py ../shared/bench/traf-dev --mode html

Text mode: `clean(clean(x)) == clean(x)` for each `text/*.txt`. HTML mode: each
`html/*.html.gz` cleaned on the HTML path, its text cleaned again as text (what
`clean()` does with it). Pages that change are listed with `-v`, each with the
stages that remove lines of it the second time. Inputs only,
no truth: a script, not a test (the tests hold the text property on invented pages).
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

from cleaner import Cleaner
from cleaner.document import explain_document


def first_output(cleaner: Cleaner, path: Path, mode: str) -> str:
    if mode == "text":
        return cleaner.clean(path.read_text(encoding="utf-8"))
    data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return explain_document(cleaner, data, kind="html", with_metadata=False).text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="+", type=Path, help="set folders holding text/ and html/")
    parser.add_argument("--mode", choices=("text", "html"), default="text")
    parser.add_argument("-v", "--verbose", action="store_true", help="name each page that changes")
    args = parser.parse_args()
    cleaner = Cleaner()
    for folder in args.sets:
        pages = sorted((folder / ("text" if args.mode == "text" else "html")).glob("*"))
        changed = []
        for path in pages:
            once = first_output(cleaner, path, args.mode)
            again = cleaner.explain(once)
            if again.text != once:
                stages = ", ".join(f"{stage} {count}" for stage, count in again.removed_counts.most_common())
                changed.append(f"{path.name}: {stages}")
        print(f"{folder.name} ({args.mode}): {len(changed)} of {len(pages)} pages change when cleaned again")
        if args.verbose:
            print("".join(f"  {name}\n" for name in changed), end="")


if __name__ == "__main__":
    main()
