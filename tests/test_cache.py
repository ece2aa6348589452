"""The cache folder: each kept file written once per start, and bounded."""

from __future__ import annotations

import fcntl
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import regex

from cleaner.cache import CACHE_DIR_VARIABLE, KeptPatterns, KeptStringSets, remove_other_copies

# A start on a cold cache folder, counting each write into it; the count is
# printed by an exit handler registered before the cleaner's, so run after them.
_COUNTING_START = """
import atexit, collections, json, os, runpy, sys, time
writes = collections.Counter()
started = time.monotonic()
atexit.register(lambda: print(json.dumps([writes, time.monotonic() - started])))
replace = os.replace
def counted(source, destination):  # how every kept file is put in place
    if os.path.dirname(destination) == os.environ["CLEANER_CACHE_DIR"]:
        writes[os.path.basename(destination)] += 1
    replace(source, destination)
os.replace = counted
sys.argv = ['cleaner', 'clean', *sys.argv[1:]]
try:
    runpy.run_module('cleaner', run_name='__main__')
except SystemExit as exit:
    assert not exit.code, exit.code
"""


def _start(page: Path, out: Path, cache: Path) -> tuple[dict[str, int], float]:
    """The writes of each file of the cache folder in a start, and the start's seconds."""
    run = subprocess.run([sys.executable, "-c", _COUNTING_START, str(page), "-o", str(out)], capture_output=True,
                         text=True, check=True, env={**os.environ, CACHE_DIR_VARIABLE: str(cache)})
    writes, seconds = json.loads(run.stdout.splitlines()[-1])
    return writes, seconds


def test_a_cold_start_writes_each_kept_file_once_or_so_and_a_warm_one_none(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("Storm floods the harbour town\nHeavy rain on Tuesday flooded the lower streets of the town, and "
                    "the council opened the school hall to families.\nShare this article\nCookie settings\n",
                    encoding="utf-8")
    cold, seconds = _start(page, tmp_path / "out", tmp_path / "cache")
    assert {name.split("-")[0] for name in cold} == {"code", "pattern", "regex", "py3langid"}, cold
    # Once at exit, and once every 5 s before (a loaded machine may take that long to start cold).
    assert all(count <= 1 + seconds // 5 for count in cold.values()), f"rewritten in one start: {cold}"
    warm, _ = _start(page, tmp_path / "again", tmp_path / "cache")
    assert warm == {}, "everything the start needs was kept at the first"


def test_a_kept_file_is_written_at_most_once_every_few_seconds_then_at_exit(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    kept = KeptStringSets("answers", b"one version", every_seconds=3600)
    for key in "abc":
        kept.recall(key, lambda key=key: frozenset({key}))
        kept.keep()
    assert not list(tmp_path.iterdir()), "not within the first seconds"
    kept._write()  # what the exit handler calls
    [written] = tmp_path.glob("answers-*.pickle")
    assert pickle.loads(written.read_bytes()) == {"a": ["a"], "b": ["b"], "c": ["c"]}
    patterns = KeptPatterns(every_seconds=3600)
    patterns.compile(r"\bno spam\b", regex.I)
    patterns.keep()
    assert not list(tmp_path.glob("regex-patterns-*")), "the same rule for compiled patterns"


def _aged(path: Path, seconds_ago: float) -> Path:
    os.utime(path, (os.path.getatime(path), os.path.getmtime(path) - seconds_ago))
    return path


def test_other_versions_copies_are_removed_but_the_newest_other(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    old = [tmp_path / f"answers-{digit * 16}.json" for digit in "0123"]
    for age, path in enumerate(old):
        path.write_text("{}", encoding="utf-8")
        _aged(path, 100 * (age + 1))
    models = [tmp_path / f"py3langid-{digit * 16}" for digit in "ab"]  # kept copies of an older layout: folders
    for age, folder in enumerate(models):
        folder.mkdir()
        (folder / "ptc.npy").write_bytes(b"\0" * 1000)
        _aged(folder, 10 * (age + 1))
    unrelated = [tmp_path / "answers-notakey.json", tmp_path / ".answers-0000000000000000.json.x1y2z3w4.tmp",
                 tmp_path / "regex-patterns-0123456789abcdef.pickle", tmp_path / "other-answers-0123456789abcdef.json"]
    for path in unrelated:
        path.write_text("{}", encoding="utf-8")

    kept = KeptStringSets("answers", b"this version", every_seconds=0)
    kept.recall("a", lambda: frozenset({"a"}))
    kept.keep()
    current = [path for path in tmp_path.glob("answers-*.pickle") if path not in old and path not in unrelated]
    assert len(current) == 1
    assert [path.exists() for path in old] == [True, False, False, False], "the newest other version stays"
    assert all(path.exists() for path in unrelated), "other kinds, other names and temporaries are not touched"

    model = tmp_path / f"py3langid-{'c' * 16}.model"
    model.write_bytes(b"a model")
    remove_other_copies(model)
    assert [folder.exists() for folder in models] == [True, False]
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(".py3langid")) == []


def test_a_kind_no_version_writes_any_more_goes_at_any_write(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    retired = tmp_path / f"pattern-gates-{'a' * 16}.json"  # what older versions kept
    retired.write_text("{}", encoding="utf-8")
    unrelated = tmp_path / f"pattern-gateway-{'a' * 16}.json"
    unrelated.write_text("{}", encoding="utf-8")
    kept = KeptStringSets("answers", b"this version", every_seconds=0)
    kept.recall("a", lambda: frozenset({"a"}))
    kept.keep()
    assert not retired.exists()
    assert unrelated.exists()


def test_removing_copies_another_process_removed_already_or_in_an_unreadable_folder_is_quiet(tmp_path):
    remove_other_copies(tmp_path / "missing-folder" / f"answers-{'0' * 16}.json")
    one = tmp_path / f"answers-{'1' * 16}.json"
    one.write_text("{}", encoding="utf-8")
    remove_other_copies(tmp_path / f"answers-{'2' * 16}.json", keep_others=0)
    assert not one.exists()


def test_a_process_without_a_home_folder_keeps_nothing_but_works(monkeypatch):
    # The cleaner's own patterns are read from the cache folder at import.
    for variable in (CACHE_DIR_VARIABLE, "XDG_CACHE_HOME"):
        monkeypatch.delenv(variable, raising=False)

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", no_home)
    patterns = KeptPatterns(every_seconds=0)
    assert patterns.compile(r"\bno spam\b", regex.I).search("We send no spam.")
    patterns.keep()


def test_a_pattern_compiled_again_in_a_process_is_the_same_program_whether_compiled_or_read(tmp_path, monkeypatch):
    """The phrase groups of many gate keys share one long pattern: each
    compiling of it read a new copy of its program from the kept file (a
    long phrase list's is about a megabyte, and one was held 35 times)."""
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    phrases = r"\b(share|share this|tweet|print|e-?mail)\b"
    first = KeptPatterns(every_seconds=0)
    assert first.compile(phrases, regex.I) is first.compile(phrases, regex.I)
    first._write()
    later = KeptPatterns(every_seconds=0)  # a later process: the program read from the kept file
    program = later.compile(phrases, regex.I)
    assert program is later.compile(phrases, regex.I) and program.search("Share this")
    assert later.compile(phrases, 0) is not program, "other flags, another program"


def test_a_write_removes_the_temporaries_killed_processes_left_in_the_cache_folder(tmp_path, monkeypatch):
    # Before: a process killed while it wrote a kept file left its temporary there for ever (nothing else deletes
    # them: the folder is no run's output folder).
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    left = [tmp_path / f".regex-patterns-{digit * 16}.pickle.cleaner-abcd_123.tmp" for digit in "01"]
    for path in left:
        path.write_bytes(b"half a file")
    being_written = tmp_path / f".answers-{'2' * 16}.json.cleaner-wxyz_987.tmp"
    handle = os.open(being_written, os.O_WRONLY | os.O_CREAT)
    fcntl.flock(handle, fcntl.LOCK_EX)  # as a live writer holds its temporary
    try:
        kept = KeptStringSets("answers", b"this version", every_seconds=0)
        kept.recall("a", lambda: frozenset({"a"}))
        kept.keep()
        assert not any(path.exists() for path in left)
        assert being_written.exists()
    finally:
        os.close(handle)
