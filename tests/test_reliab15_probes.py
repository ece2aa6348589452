"""What a hostile user's inputs found (reliab15): each named in one line, with the file and the reason."""

from __future__ import annotations

import contextlib
import socket
from pathlib import Path

from helpers import run_cli
from test_drain13 import STORY


def pages_of_one_outlet(folder: Path) -> Path:
    folder.mkdir()
    for n in range(4):
        page = f"Home | News | Sport\n\nStory {n}\n\nThe council voted {n} times. {STORY}\n\nShare this article\n"
        (folder / f"p{n}.txt").write_text(page + "Copyright 2024 Example\n", encoding="utf-8")
    return folder


def test_a_rule_file_learn_cannot_write_is_named_with_its_reason_only(tmp_path):
    pages = pages_of_one_outlet(tmp_path / "pages")
    output = Path("/proc/cleaner-test-rules/ex.toml")  # /proc's folders take no folder of ours
    ran = run_cli("learn", str(pages), "--outlet", "Ex", "-o", str(output))
    assert ran.returncode == 1
    # before: "cannot write: [Errno 20] Not a directory: '.../notes.txt'", Python's own wording (a file above the
    # output is a usage error since session 37: test_reliab37)
    assert ran.stderr.decode().splitlines() == [f"error: {output}: not written: No such file or directory"]


def test_a_socket_in_a_folder_is_named_as_what_it_is(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Story.\n\n{STORY}\n", encoding="utf-8")
    with contextlib.chdir(folder), socket.socket(socket.AF_UNIX) as listening:
        listening.bind("sock.txt")  # relative: a socket's path is short
        ran = run_cli("clean", str(folder), "-o", str(tmp_path / "out"))
        explained = run_cli("explain", str(folder / "sock.txt"))
    assert ran.returncode == 1
    # before: "cannot read: No such device or address", what opening it says
    assert f"error: {folder / 'sock.txt'}: not a regular file (a socket)" in ran.stderr.decode().splitlines()
    assert (tmp_path / "out" / "a.txt").exists()
    assert explained.returncode == 1 and "not a regular file (a socket)" in explained.stderr.decode()


def test_an_output_folder_whose_run_record_is_no_record_is_refused_for_that_reason(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Story.\n\n{STORY}\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine\n", encoding="utf-8")
    (out / ".cleaner-run").write_text("not a record\n", encoding="utf-8")
    ran = run_cli("clean", str(folder), "-o", str(out))
    assert ran.returncode == 2
    # before: "(it has no .cleaner-run)", with one there
    assert f"{out} holds files that no cleaner run wrote (its .cleaner-run is no run's record)" in ran.stderr.decode()
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine\n" and not (out / "a.txt").exists()
