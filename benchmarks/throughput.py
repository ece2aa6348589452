"""Throughput of cleaner: a benchmark script, not a test. Prints every figure
that the README's "Batch cleaning at scale" section quotes.

    python benchmarks/throughput.py DATA [--files 20000] [--large-mb 8] [--only SECTION ...]

DATA holds text/*.txt (page texts) and html/*.html.gz (pages), like
the aeb-dev benchmark set. It measures:

1. text mode: MB/s on one core with clean(), and with the text-mode peers
   of quality.py (jusText, datatrove's C4 filter) when installed; beside
   them the floor of any line-based cleaner in Python: segmenting, guessing
   the language and measuring each line, with no detector at all;
2. HTML: docs/s with clean_html(), beside trafilatura.extract() alone;
3. start-up: wall and CPU time of `cleaner clean` on one small file beside
   `python -c pass` (the first run fills the cache folder and is not
   counted; see start_up for bytecode);
4. cost that must grow with the page, not its square, and memory near the
   input's size: a forum thread where each post quotes the one before
   (duplicate-copy) at 1,000, 2,000 and 4,000 posts; a catastrophic user
   rule on a 100-line page, stopped by the per-document budget; time and
   peak memory of clean() on near-copied pages (DATA's texts again and
   again, each copy's lines made distinct) at a quarter, half and all of
   --large-mb MB, each in a process of its own; a 100 MB text, beyond the
   size limit (refused by name); a Cyrillic file of --large-mb MB and one
   of 54 MB, each with one bad byte, through `cleaner clean`;
5. `cleaner clean --jobs 1` vs `--jobs 2` on a folder of --files files
   (DATA's texts copied over and over into a temporary folder, deleted after;
   each copy's lines made distinct, see distinct_copy),
   with the peak memory (summed RSS of the cleaner process and its workers).

Needs psutil (the `dask` extra brings it; or `pip install psutil`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil


def lines_and_features(text: str) -> None:
    """What every line-based cleaner does before deciding anything: split the
    page into lines, guess its language (from its lines, as clean() does),
    measure each line (uncached)."""
    from cleaner import blocks, features, language
    from cleaner.settings import DEFAULT_SETTINGS as settings

    lines = [block.text for block in blocks.segment(text)]
    stopwords = language.stopwords_for(language.identify(lines, settings))
    features.measure_lines(lines, stopwords, settings.cjk_chars_per_word, settings.spaceless_stopword_density)


def text_mode(texts: list[str]) -> None:
    """clean() on one core, and beside it the text-mode peers of quality.py
    (jusText on the page's lines, datatrove's C4 line filter) on the same texts."""
    from quality import SYSTEMS

    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    lines_and_features(texts[0])  # warm: the stopword index
    started = time.perf_counter()
    for text in texts:
        lines_and_features(text)
    seconds = time.perf_counter() - started
    print(f"text mode, floor (segment, guess the language, measure each line; no detector): "
          f"{megabytes / seconds:.2f} MB/s on one core")
    for name in ("cleaner-text", "justext-lines", "datatrove-c4"):
        try:
            run = SYSTEMS[name].factory()
        except ImportError as error:
            print(f"text mode, {name}: skipped ({error})")
            continue
        run(texts[0], None)  # warm: compiled patterns, stopword lists
        started = time.perf_counter()
        for text in texts:
            run(text, None)
        seconds = time.perf_counter() - started
        label = "clean()" if name == "cleaner-text" else name
        print(f"text mode, {label}: {megabytes / seconds:.2f} MB/s on one core "
              f"({len(texts)} docs, {megabytes:.2f} MB in {seconds:.1f} s)")


def html_mode(pages: list[bytes]) -> None:
    import trafilatura

    from cleaner import Cleaner

    cleaner = Cleaner()
    cleaner.clean_html(pages[0])
    for name, function in (("trafilatura.extract() alone", trafilatura.extract),
                           ("clean_html()", cleaner.clean_html)):
        started = time.perf_counter()
        for page in pages:
            function(page)
        seconds = time.perf_counter() - started
        print(f"HTML, {name}: {len(pages) / seconds:.1f} docs/s on one core ({len(pages)} docs in {seconds:.1f} s)")


def start_up(sample: Path, workdir: Path, runs: int = 7) -> None:
    """`cleaner clean` on ``sample``, beside a bare `python -c pass`: the
    median wall and CPU (user + system) time of ``runs`` runs each, after
    one that fills the cleaner's cache folder. With PYTHONDONTWRITEBYTECODE
    set (as in some sandboxes) every run compiles each module it imports that
    has no bytecode yet (the cleaner's own, until a test run writes theirs),
    which an installed package never does: the runs are timed that way and
    again with bytecode cached in a folder of their own."""
    command = [sys.executable, "-m", "cleaner", "clean", str(sample), "-o"]
    environments = {"": dict(os.environ)}
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        label = " (PYTHONDONTWRITEBYTECODE set: what has no bytecode yet is compiled at each start)"
        environments[label] = environments.pop("")
        cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        environments[" (bytecode cached, as installed)"] = {**cached, "PYTHONPYCACHEPREFIX": str(workdir / "pycache")}
    for label, environment in environments.items():
        timed_run([*command, str(workdir / "startup-first")], environment)  # fills the caches
        for what, arguments in (("python -c pass", [sys.executable, "-c", "pass"]),
                                (f"`cleaner clean` on one {sample.stat().st_size / 1e3:.0f} kB text file", command)):
            times = [timed_run(arguments + ([str(workdir / f"startup{run}")] if arguments is command else []),
                               environment) for run in range(runs)]
            print(f"start-up, {what}{label}: {statistics.median(w for w, _ in times):.2f} s wall, "
                  f"{statistics.median(c for _, c in times):.2f} s CPU (median of {runs}; "
                  f"load average {os.getloadavg()[0]:.2f})")


def timed_run(arguments: list[str], environment: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of a process that must succeed."""
    started = time.perf_counter()
    process = subprocess.Popen(arguments, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert process.stderr is not None
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"{' '.join(arguments)} failed ({process.returncode}): {errors.decode(errors='replace')}")
    return wall, usage.ru_utime + usage.ru_stime


def distinct_copy(text: str, copy: int) -> str:
    """``text`` with a word naming the copy after each line's first word: the
    cleaner caches results per distinct line, and a crawl repeats a site's
    menus and footers but not whole pages, so no copy may reuse another's."""
    return "\n".join(line.replace(" ", f" c{copy} ", 1) for line in text.split("\n")) if copy else text


def quote_chain(posts: int) -> str:
    """A forum thread where each post quotes the one before it: every post
    shares words with two others, and is a copy of neither."""
    rng = random.Random(posts)
    words = [f"w{n}" for n in range(5_000)]
    new = [" ".join(rng.choice(words) for _ in range(30)) + "." for _ in range(posts)]
    return "\n".join(f"Member{k} wrote: {new[k - 1] if k else ''} And I say: {new[k]}" for k in range(posts))


def growth(texts: list[str], large_megabytes: float, workdir: Path) -> None:
    from cleaner import Cleaner, RuleTimeout, Settings

    cleaner = Cleaner()
    cleaner.clean(texts[0])
    for posts in (1_000, 2_000, 4_000):
        thread = quote_chain(posts)
        started = time.perf_counter()
        cleaner.clean(thread)
        seconds = time.perf_counter() - started
        print(f"quote-chain thread of {posts} posts ({len(thread) / 1e6:.2f} MB), clean(): {seconds:.2f} s, "
              f"{seconds / posts * 1000:.2f} s per 1,000 posts")

    rules = workdir / "rules"
    rules.mkdir()
    (rules / "slow.toml").write_text('outlet = "Slow"\n[[drop]]\nid = "slow"\npattern = \'(a|aa)+$\'\n',
                                     encoding="utf-8")
    slow = Cleaner([rules])
    page = "\n".join("a" * 28 + f"b {n}" for n in range(100))
    started = time.perf_counter()
    try:
        slow.clean(page, outlet="slow")
        outcome = "cleaned"
    except RuleTimeout:
        outcome = "RuleTimeout"
    print(f"catastrophic user rule (a|aa)+$ on a 100-line page: {outcome} after {time.perf_counter() - started:.1f} s "
          f"(budget {slow.settings.rule_seconds_per_document:g} s per document)")

    # Near-copied pages (DATA's texts again and again, each copy's lines made
    # distinct) at three sizes: time and peak memory per MB should not grow.
    peaks = []
    for megabytes in (large_megabytes / 4, large_megabytes / 2, large_megabytes):
        large = workdir / f"near-copies-{megabytes:g}.txt"
        large.write_text(near_copies(texts, megabytes), encoding="utf-8")
        peaks.append((large.stat().st_size, print_peak(f"near-copied pages, {large.stat().st_size / 1e6:.1f} MB text, "
                                                       f"clean()", large)))
    # What a page costs past what the process pays once (patterns compiled, caches filled, numpy loaded).
    (small_size, small_peak), (large_size, large_peak) = peaks[0], peaks[-1]
    print(f"near-copied pages: {(large_peak - small_peak) / (large_size - small_size):.1f} bytes of peak memory a byte "
          f"of text from {small_size / 1e6:.1f} to {large_size / 1e6:.1f} MB")
    # Beyond the size limit: refused by name, before the work and the memory.
    limit = Settings().max_document_chars
    huge = workdir / "huge.txt"
    with huge.open("wb") as stream:
        while stream.tell() < 100e6:
            stream.write(near_copies(texts, 1, first_copy=stream.tell()).encode("utf-8") + b"\n\n")
    print_peak(f"text of {huge.stat().st_size / 1e6:.0f} MB (limit {limit:,} characters), clean()", huge)
    cyrillic = workdir / "cyrillic.txt"
    for megabytes in (large_megabytes, 54):
        sentence = "Депутаты обсудили закон о бюджете на следующий год, сообщает корреспондент.\n"
        body = (sentence * int(megabytes * 1e6 / len(sentence.encode()))).encode()
        middle = len(body) // 2
        cyrillic.write_bytes(body[:middle] + b"\xff" + body[middle:])
        print_peak(f"Cyrillic text file of {cyrillic.stat().st_size / 1e6:.0f} MB with one bad byte, "
                   f"`cleaner clean`", cyrillic, command_line=True)


def near_copies(texts: list[str], megabytes: float, first_copy: int = 1) -> str:
    """DATA's texts over and over, up to ``megabytes``, each copy's lines made distinct."""
    parts, size, copy = [], 0, 0
    while size < megabytes * 1e6:
        parts.append(distinct_copy(texts[copy % len(texts)], first_copy + copy // len(texts)))
        size += len(parts[-1].encode("utf-8")) + 2
        copy += 1
    return "\n\n".join(parts)


def print_peak(what: str, path: Path, command_line: bool = False) -> int:
    """Clean ``path`` in a process of its own and print the time and the peak
    memory over what the process held before: clean() after a warm-up, with
    the high-water mark reset once the cleaner is ready (the warm-up's peak,
    such as the language model's first load, is not the document's); or the
    whole `cleaner clean` command, beside the same command on a small file."""
    def measure(target: Path) -> dict[str, Any]:
        return json.loads(subprocess.run([sys.executable, "-c", PEAK_MEMORY, str(target), str(command_line)],
                                         capture_output=True, text=True, check=True).stdout)

    measured = measure(path)
    if command_line:
        small = path.with_name("small.txt")
        small.write_text("A short story of one line, so that the command does all but the work.\n", encoding="utf-8")
        measured["peak"] -= measure(small)["peak"]
        measured["how"] = "the command's ru_maxrss less that of the command on a one-line file"
    megabytes = path.stat().st_size / 1e6
    growth_megabytes = measured["peak"] / 1e6
    rate = f" ({megabytes / measured['seconds']:.2f} MB/s)" if measured["outcome"] == "cleaned" else ""
    print(f"{what}: {measured['outcome']} in {measured['seconds']:.1f} s{rate}, peak memory "
          f"{growth_megabytes:.1f} MB over the process before it ({growth_megabytes / megabytes:.1f}x the input; "
          f"{measured['how']})")
    return int(measured["peak"])


PEAK_MEMORY = """
import json, re, resource, subprocess, sys, time

path, command_line = sys.argv[1], sys.argv[2] == "True"
if command_line:  # the whole command, in a child of this process: its peak alone
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "cleaner", "clean", path, "-o", path + ".out", "-q"],
                         capture_output=True, text=True)
    seconds = time.perf_counter() - started
    outcome = "cleaned" if run.returncode == 0 else "failed: " + run.stderr.strip().splitlines()[-1]
    print(json.dumps({"outcome": outcome, "seconds": seconds,
                      "peak": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024, "how": ""}))
    sys.exit()

from cleaner import Cleaner, DocumentError

def resident(field):
    with open("/proc/self/status") as status:
        return int(re.search(field + r":\\s+(\\d+)", status.read()).group(1)) * 1024

cleaner = Cleaner()
cleaner.clean("A line of text to load the language model and compile the patterns. " * 20)
data = open(path, "rb").read()
try:  # Linux: reset the high-water mark, so that the peak is this document's alone
    with open("/proc/self/clear_refs", "w") as clear:
        clear.write("5")
    before, how = resident("VmRSS"), "VmHWM after a reset"
except OSError:
    before, how = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, "ru_maxrss, the warm-up's peak included"
started = time.perf_counter()
try:
    cleaner.clean(data)
    outcome = "cleaned"
except DocumentError as error:
    outcome = "refused: " + str(error)
seconds = time.perf_counter() - started
peak = resident("VmHWM") if how.startswith("VmHWM") else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"outcome": outcome, "seconds": seconds, "peak": peak - before, "how": how}))
"""


def folder_runs(texts: list[Path], files: int, workdir: Path) -> None:
    folder = workdir / "in"
    contents = [path.read_text(encoding="utf-8") for path in texts]
    for n in range(files):
        # 100 files per subfolder, as a crawl store would shard them.
        target = folder / f"{n // 100:04}" / f"{n:06}_{texts[n % len(texts)].name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(distinct_copy(contents[n % len(texts)], n // len(texts)), encoding="utf-8")
    megabytes = sum(p.stat().st_size for p in folder.rglob("*.txt")) / 1e6
    seconds = {}
    for jobs in (1, 2):
        # Other work on the machine slows the parallel run most: say how busy it was.
        print(f"load average before --jobs {jobs}: {os.getloadavg()[0]:.2f}")
        started = time.perf_counter()
        peak = cleaner_cli("clean", str(folder), "-o", str(workdir / f"out{jobs}"), "--jobs", str(jobs))
        seconds[jobs] = time.perf_counter() - started
        print(f"folder of {files} files ({megabytes:.0f} MB), --jobs {jobs}: {seconds[jobs]:.0f} s, "
              f"{files / seconds[jobs]:.1f} files/s, {megabytes / seconds[jobs]:.2f} MB/s, "
              f"peak memory {peak / 2**20:.0f} MiB")
    print(f"--jobs 2 vs --jobs 1: {seconds[1] / seconds[2]:.2f}x faster")


def cleaner_cli(*args: str) -> int:
    """Run `cleaner` and return the peak summed RSS of it and its workers, in bytes."""
    process = psutil.Popen([sys.executable, "-m", "cleaner", *args], stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
    peak = 0
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree))
        except psutil.Error:  # a process ended between listing and measuring
            pass
        time.sleep(0.05)
    if process.returncode != 0:
        sys.exit(f"cleaner {' '.join(args)} failed: {process.stderr.read().decode()}")
    return peak


SECTIONS = ("text", "html", "startup", "growth", "folders")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="folder with text/*.txt and html/*.html.gz")
    parser.add_argument("--files", type=int, default=20_000, help="files in the folder runs (default 20000)")
    parser.add_argument("--large-mb", type=float, default=8,
                        help="size of the largest near-copied text and of the Cyrillic file (default 8 MB)")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, metavar="SECTION",
                        help=f"run only these sections ({', '.join(SECTIONS)}; default all)")
    args = parser.parse_args()
    text_paths = sorted((args.data / "text").glob("*.txt"))
    html_paths = sorted((args.data / "html").glob("*.html.gz"))
    if not text_paths or not html_paths:
        sys.exit(f"{args.data}: expected text/*.txt and html/*.html.gz")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, data {args.data}, "
          f"load average {os.getloadavg()[0]:.2f}")
    wanted = set(args.only or SECTIONS)
    if "text" in wanted:
        text_mode([p.read_text(encoding="utf-8") for p in text_paths])
    if "html" in wanted:
        html_mode([gzip.decompress(p.read_bytes()) for p in html_paths])
    with tempfile.TemporaryDirectory(prefix="cleaner-bench-") as workdir:
        if "startup" in wanted:
            start_up(min(text_paths, key=lambda p: p.stat().st_size), Path(workdir))
        if "growth" in wanted:
            growth([p.read_text(encoding="utf-8") for p in text_paths], args.large_mb, Path(workdir))
        if "folders" in wanted:
            folder_runs(text_paths, args.files, Path(workdir))

if __name__ == "__main__":
    main()
