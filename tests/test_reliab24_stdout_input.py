"""A stdout that is an input file (`> page.txt`, `>> page.txt`) is refused, as `cat` refuses it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

STORY = "This is the real story about the harbour and its boats, told at some length here."
PAGE = "\n\n".join(f"{number} {STORY}" for number in range(6)) + "\n"


def _run(args: list[str], cwd: Path, stdout: str, mode: str,
         stdin: str | None = None) -> subprocess.CompletedProcess[bytes]:
    """The command run with its stdout sent into the file ``stdout`` opened in ``mode`` (a shell's > or >>)."""
    with (cwd / stdout).open(mode) as out, (cwd / stdin).open("rb") if stdin else open("/dev/null", "rb") as into:
        return subprocess.run([sys.executable, "-m", "cleaner", *args], cwd=cwd, stdout=out, stdin=into,
                              stderr=subprocess.PIPE, check=False)


def _records() -> str:
    return "".join(json.dumps({"id": n, "text": PAGE}) + "\n" for n in range(3))


@pytest.mark.parametrize("mode", ["ab", "wb"], ids=[">>", ">"])
def test_records_cleaned_into_their_own_file_are_refused(tmp_path: Path, mode: str) -> None:
    # Before: `cleaner clean pages.jsonl -o - >> pages.jsonl` wrote the cleaned records into the input, exit 0,
    # and with `>` (the input emptied by the shell) said "cleaned 0 record(s)", exit 0.
    (tmp_path / "pages.jsonl").write_text(_records(), encoding="utf-8")
    ran = _run(["clean", "pages.jsonl", "-o", "-"], tmp_path, "pages.jsonl", mode)
    assert ran.returncode == 2
    assert b"stdout is the input pages.jsonl" in ran.stderr
    if mode == "ab":
        assert (tmp_path / "pages.jsonl").read_text(encoding="utf-8") == _records()


@pytest.mark.parametrize(("args", "stdin"), [
    (["clean", "page.txt"], None), (["clean", "-"], "page.txt"), (["explain", "page.txt"], None),
    (["report", "page.txt", "-o", "-"], None), (["clean", "page.txt", "-o", "out", "--report", "-"], None)])
def test_a_page_cleaned_into_itself_is_refused(tmp_path: Path, args: list[str], stdin: str | None) -> None:
    # Before: `cleaner clean page.txt >> page.txt` (explain, report -o -, a report on stdout, stdin read from the
    # page) wrote into the input, exit 0.
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    ran = _run(args, tmp_path, "page.txt", "ab", stdin=stdin)
    assert ran.returncode == 2, ran.stderr
    assert b"stdout is the input" in ran.stderr
    assert (tmp_path / "page.txt").read_text(encoding="utf-8") == PAGE


def test_stdout_into_another_file_is_written(tmp_path: Path) -> None:
    # Guards the fix above: a file of its own takes the output.
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    ran = _run(["clean", "page.txt"], tmp_path, "body.txt", "wb")
    assert ran.returncode == 0, ran.stderr
    assert (tmp_path / "body.txt").read_text(encoding="utf-8").count("harbour") == 6


def test_explain_shows_a_page_s_terminal_escapes_as_text(tmp_path: Path) -> None:
    # Before: `cleaner explain` printed each block's text as the page had it, a terminal's escapes too: a line
    # holding ESC [2K ESC [G rubbed out its own `- rule` label and wrote what it liked in its place, and
    # ESC ] 0;...BEL set the terminal's title. Now they show as \x1b, as in the command's messages.
    rewritten = f"\x1b[2K\x1b[G+ {STORY}"
    (tmp_path / "page.txt").write_text(f"{rewritten}\n\n{PAGE}\nTitle\x1b]0;owned\x07 line\n", encoding="utf-8")
    ran = subprocess.run([sys.executable, "-m", "cleaner", "explain", "page.txt"], cwd=tmp_path,
                         capture_output=True, check=False)
    assert ran.returncode == 0, ran.stderr
    assert b"\x1b" not in ran.stdout and b"\x07" not in ran.stdout
    assert b"\\x1b[2K\\x1b[G+ " in ran.stdout and b"\\x1b]0;owned\\x07" in ran.stdout
