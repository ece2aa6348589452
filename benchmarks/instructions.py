"""The workload the README's callgrind figures count: clean() over every Nth text of a set.

    PYTHONHASHSEED=0 valgrind --tool=callgrind python benchmarks/instructions.py ../shared/bench/traf-dev

With --floor, throughput.py's floor instead (segment, guess the language,
measure each line; no detector): what any line-based cleaner pays.

Instruction counts do not change with the machine's load, as wall-clock time
does. To compare two commits, run each from a `git archive` copy (PYTHONPATH
set to it) with its own XDG_CACHE_HOME, after one run outside valgrind that
fills the cache, so that both count the same work.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cleaner import Cleaner


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="a set folder holding text/*.txt")
    parser.add_argument("--every", type=int, default=8, metavar="N", help="clean every Nth text (default 8)")
    parser.add_argument("--floor", action="store_true", help="throughput.py's floor, not clean()")
    args = parser.parse_args()
    files = sorted((args.data / "text").glob("*.txt"))[::args.every]
    if args.floor:
        from throughput import lines_and_features  # beside this script

        for path in files:
            lines_and_features(path.read_text(encoding="utf-8"))
        print(f"{len(files)} texts segmented and measured")
        return
    cleaner = Cleaner()
    kept = sum(len(cleaner.clean(path.read_text(encoding="utf-8"))) for path in files)
    print(f"{len(files)} texts cleaned, {kept} characters kept")


if __name__ == "__main__":
    main()
