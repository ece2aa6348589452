"""Shared test helpers. Tests import the installed `cleaner`, as users do."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cleaner import Cleaner, Settings
from cleaner.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CMS_PAGES = ROOT / "tests" / "fixtures" / "cms_pages"

# A league table as page text renders it, a cell a line (invented).
LEAGUE_TABLE = [
    "Team", "P", "W", "Pts",
    "Rovers", "20", "14", "45",
    "United", "20", "13", "42",
    "Albion", "20", "12", "40",
]


@dataclass(frozen=True)
class Ran:
    """What a command did, as a user sees it: exit status, stdout, stderr."""

    returncode: int
    stdout: bytes
    stderr: bytes


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> Ran:
    """Run the `cleaner` command in this process, with stdin, stdout and stderr
    its own; an exception the command does not turn into an exit status
    (a traceback, for a user) fails the test."""
    with contextlib.chdir(cwd or Path.cwd()):
        result = CliRunner().invoke(main, list(args), input=stdin, prog_name="cleaner")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Ran(result.exit_code, result.stdout_bytes, result.stderr_bytes or b"")


# An HTML page of six paragraphs, as a WARC's HTTP response carries it (invented).
WARC_STORY = "This is the real story about the harbour and its boats, told at some length here.\n"
WARC_PAGE_HTML = (b"<html><head><title>Harbour</title></head><body><article>"
                  + "".join(f"<p>{n} {WARC_STORY}</p>" for n in range(6)).encode() + b"</article></body></html>")


def cleaned_warc(tmp_path: Path,
                 responses: list[tuple[list[tuple[str, str]], bytes]]) -> tuple[int, list[dict[str, str]]]:
    """The exit status and the records of `cleaner clean` of a WARC of HTML responses with these HTTP headers
    (beside their Content-Type) and bodies, each stored as given."""
    from warcio.statusandheaders import StatusAndHeaders  # the warc extra: only the tests of WARCs need it
    from warcio.warcwriter import WARCWriter

    with (tmp_path / "crawl.warc").open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        for number, (headers, body) in enumerate(responses):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), *headers], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://gazette.example/{number}", "response",
                                                          payload=io.BytesIO(body), http_headers=http))
    ran = run_cli("clean", str(tmp_path / "crawl.warc"), "-o", "-")
    return ran.returncode, [json.loads(line) for line in ran.stdout.splitlines()]


def without_root(command: list[str]) -> list[str]:
    """``command``, run so that file and folder modes bind it: root reads any
    file unless it gives up the capabilities that let it."""
    if os.geteuid() != 0:
        return command
    if not shutil.which("setpriv"):
        pytest.skip("root, and no setpriv to give up reading every file")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *command]


@contextlib.contextmanager
def mounted(path: Path, mount_arguments: list[str], needs: str) -> Iterator[Path]:
    """``mount MOUNT_ARGUMENTS PATH`` (``path`` a new folder) while the block runs; skips the test, saying
    it ``needs`` that, where it cannot be mounted (not root)."""
    path.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", *mount_arguments, str(path)],
                                           capture_output=True).returncode != 0:
        pytest.skip(f"needs {needs} (mount, as root)")
    try:
        yield path
    finally:
        subprocess.run(["umount", str(path)], check=True)


def small_file_system(path: Path, size: str) -> contextlib.AbstractContextManager[Path]:
    """A file system of ``size`` ("16k") mounted at ``path`` (a new folder) while the block runs: a disk
    that fills. Skips the test where it cannot be mounted (not root)."""
    return mounted(path, ["-t", "tmpfs", "-o", f"size={size}", "tmpfs"], "a small file system of its own")


def readme_python(needle: str) -> str:
    """The README's Python example that holds ``needle``."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.DOTALL)
    return next(block for block in blocks if needle in block)


@contextlib.contextmanager
def local_cluster() -> Iterator[object]:
    """A local Dask cluster of two single-threaded worker processes, its scheduler's HTTP server on a free port of
    the loopback (`dashboard_address=None` alone leaves that server on Dask's 8787: taken by a cluster of another
    session, each test module's cluster warned "Port 8787 is already in use")."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}) as cluster:
        yield cluster


def readme_dask_example(folder: Path) -> str:
    """The README's Dask example as written, run here: Dask's default scheduler, its bucket ``folder``
    (`pages-*.jsonl` in, `cleaned-*.jsonl` out) and its rules ``folder/rules`` (a file for a.example)."""
    code = readme_python("clean_bag(")
    code = code.replace('client = Client("tcp://10.0.0.5:8786")\n', "")
    code = code.replace("s3://bucket/", f"{folder}/").replace("/shared/my-rules", str(folder / "rules"))
    (folder / "rules").mkdir()
    (folder / "rules" / "a.toml").write_text('outlet = "A"\ndomains = ["a.example"]\n\n[[drop]]\nid = "ticker"\n'
                                             "pattern = '^A ticker$'\n", encoding="utf-8")
    return code


def cms_page(name: str, suffix: str = ".txt") -> str:
    """An invented page of tests/fixtures/cms_pages (NAME without its suffix), as text."""
    return (CMS_PAGES / f"{name}{suffix}").read_text(encoding="utf-8")


def two_record_corpus(folder: Path, name: str, text: str) -> Path:
    """A JSONL corpus ``folder/name`` of two records holding ``text`` (ids "0" and "1"), gzipped when the name says."""
    records = "".join(json.dumps({"id": str(n), "text": text}) + "\n" for n in range(2)).encode()
    path = folder / name
    path.write_bytes(gzip.compress(records) if name.endswith(".gz") else records)
    return path


def nonblank_lines(path: Path) -> list[str]:
    """The lines of file ``path``, stripped, blank ones left out: an invented page's .keep or .drop list."""
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def cleaned_page(cleaner: Cleaner, page: Path, mode: str) -> str:
    """What ``cleaner`` keeps of an invented page (``page``: its path without a suffix, NAME.txt and NAME.html
    beside it) in ``mode``: "text" cleans its rendered text, "html" its markup."""
    if mode == "text":
        return cleaner.clean(page.with_suffix(".txt").read_text(encoding="utf-8"))
    return cleaner.clean_html(page.with_suffix(".html").read_text(encoding="utf-8"))


def kept_and_language(cleaner: Cleaner, lines: list[str]) -> tuple[list[str], str | None]:
    """The lines the cleaner keeps of a page made of ``lines``, and the language it read the page in."""
    explanation = cleaner.explain("\n".join(lines))
    return [d.block.text for d in explanation.decisions if d.kept], explanation.language


def removals(text: str, cleaner: Cleaner | None = None) -> dict[str, str | None]:
    """The id of what removed each block of page ``text`` (None: kept), by the block's text; ``cleaner``, or one
    with the default settings, cleans it."""
    return {d.block.text: d.removed_by for d in (cleaner or Cleaner()).explain(text).decisions}


def removers_of(text: str, starts: str | tuple[str, ...]) -> set[str | None]:
    """The ids of what removed the blocks of page ``text`` that begin with ``starts`` (None: one kept)."""
    return {d.removed_by for d in Cleaner().explain(text).decisions if d.block.text.startswith(starts)}


def paragraph_heads(page: str, leaving_out: str | tuple[str, ...] = ()) -> list[str]:
    """The first line of each paragraph of ``page`` under its title (paragraphs parted by a blank line), but of
    those that begin with ``leaving_out``."""
    return [paragraph.split("\n")[0] for paragraph in page.split("\n\n")[1:] if not paragraph.startswith(leaving_out)]


# Two paragraphs of a council story, a line set alone between them (see removed_between_paragraphs).
BETWEEN_PARAGRAPHS = (
    "The council met on Tuesday evening to discuss the new budget for the coming year, with money for roads.\n\n"
    "{}\n\n"
    "Work on the bridge will begin in spring and should be finished by the end of the summer, officials said.\n")


def removed_between_paragraphs(line: str) -> str | None:
    """The id of what removes ``line`` set alone between two paragraphs of a story (None: kept)."""
    return removals(BETWEEN_PARAGRAPHS.format(line))[line]


def removed_by(cleaner: Cleaner, lines: list[str], chrome: Collection[str]) -> dict[str, str | None]:
    """Which detector removed each of the ``chrome`` lines of a page made of ``lines`` (None: kept)."""
    by = removals("\n".join(lines), cleaner)
    return {line: by[line] for line in chrome}


def interruptible() -> None:
    """For `subprocess.Popen`'s preexec_fn: the child takes SIGINT as at a terminal. A test run started in the
    background (`pytest ... &` in a shell without job control) ignores SIGINT, and so does every process it starts
    (an ignored signal stays ignored across exec); the cleaner keeps a start that ignores it, so a Ctrl-C sent to
    it went unheard: the run went on to its end (exit 0), or read its stdin's end ("empty input")."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def cpu_seconds(pid: int) -> float:
    """The CPU time process ``pid`` has used (Linux: /proc), its own threads' and not its children's."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime and stime, in clock ticks


def cpu_time() -> float:
    """The CPU time this process, and its children it has waited for (a run's workers), have used: the work done,
    which a loaded machine does not stretch as it stretches the clock (a deadline in seconds of the clock failed
    there, 12 s for work of half a second)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def wait_for_cpu(process: subprocess.Popen[bytes] | subprocess.Popen[str], seconds: float,
                 timeout: float = 120) -> None:
    """Wait until ``process`` has used ``seconds`` more of CPU time, or has ended: as far into its work however
    loaded the machine (a wait in seconds of the clock saw less work done the more the machine was loaded)."""
    deadline = time.monotonic() + timeout
    try:
        until = cpu_seconds(process.pid) + seconds
        while process.poll() is None and time.monotonic() < deadline and cpu_seconds(process.pid) < until:
            time.sleep(0.005)
    except (OSError, IndexError):  # it ended meanwhile
        return


def wait_until(condition: Callable[[], bool], timeout: float = 60) -> None:
    """Wait until ``condition()`` holds, ``timeout`` seconds at most."""
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.002)


def children(pid: int) -> list[int]:
    """The processes ``pid`` started that are alive (Linux: /proc)."""
    return [int(child) for task in Path(f"/proc/{pid}/task").iterdir()
            for child in (task / "children").read_text().split()]


def wait_for_cpu_of_a_child(process: subprocess.Popen[bytes] | subprocess.Popen[str], seconds: float,
                            timeout: float = 120) -> None:
    """Wait until one of the processes ``process`` has started (a worker) has used ``seconds`` more of CPU time,
    or ``process`` has ended."""
    deadline = time.monotonic() + timeout
    try:
        start = {pid: cpu_seconds(pid) for pid in children(process.pid)}
        while process.poll() is None and time.monotonic() < deadline:
            if any(cpu_seconds(pid) >= used + seconds for pid, used in start.items() if Path(f"/proc/{pid}").exists()):
                return
            time.sleep(0.005)
    except (OSError, IndexError):  # it, or the child read, ended meanwhile
        return


def wait_until_it_catches(process: subprocess.Popen[bytes], signum: int, timeout: float = 60) -> None:
    """Wait until ``process`` has its own handler for ``signum`` (Linux: the SigCgt mask of its status), or has
    ended: a signal sent earlier ends it as the default handler does, however loaded the machine."""
    status = Path(f"/proc/{process.pid}/status")
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        caught = next((line.split()[1] for line in status.read_text().splitlines() if line.startswith("SigCgt:")), "0")
        if int(caught, 16) >> (signum - 1) & 1:
            return
        time.sleep(0.01)


def grouped_page(groups: list[list[str]]) -> str:
    """A rendered page's text: each group a block, its lines one under another, a blank line between groups."""
    return "\n\n".join("\n".join(group) for group in groups) + "\n"


def count_kept(lines: list[str], body: str) -> int:
    """How many of ``lines`` stand whole as lines of the cleaned ``body``."""
    return sum(line in body.splitlines() for line in lines)


def kept_lines(text: str, settings: Settings | None = None) -> set[str]:
    """The lines of page ``text`` the cleaner keeps (with ``settings``, or the defaults)."""
    return {d.block.text for d in Cleaner(settings=settings or Settings()).explain(text).decisions if d.kept}


BUG_MARK = "BOOM"
"""What a page holds to meet the bug that ``bug_on_marked_pages`` plants."""


def bug_on_marked_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``Cleaner.explain_document`` (which clean, explain, report and
    learn run on each page) raise a KeyError, a bug, on a page holding
    BUG_MARK: how a command fails a page the cleaner itself cannot clean."""
    cleaning = Cleaner.explain_document

    def failing_on_the_mark(self: Cleaner, data: str | bytes, **options: Any) -> Any:
        if BUG_MARK.encode() in (data if isinstance(data, bytes) else data.encode()):
            raise KeyError("a bug")
        return cleaning(self, data, **options)

    monkeypatch.setattr(Cleaner, "explain_document", failing_on_the_mark)
