"""What the cleaner computes once per installation and keeps in the user's
cache folder, so that later processes read it instead of computing it
again: the language model's arrays (language.py), the analysis of the
phrase patterns (detectors/literals.py) and their compiled programs
(detectors/patterns.py). Whatever is kept is named by the
version of what computed it, so that new code never reads old answers; a
folder that cannot be written only costs the computing again.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

from .atomic import atomic_binary_output, write_atomic

CACHE_DIR_VARIABLE = "CLEANER_CACHE_DIR"


def cache_dir() -> Path:
    """Where the cleaner keeps what it computes once per installation."""
    folder = os.environ.get(CACHE_DIR_VARIABLE)
    if folder:
        return Path(folder)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cleaner"


StringSet = frozenset[str] | None


class KeptStringSets:
    """Answers of pure functions from a string to a set of strings (or
    None), kept in one JSON file of the cache folder for each ``version``
    of the code that computes them (the file is named by its hash; None:
    nothing is kept).

    ``recall`` answers from the file, computing only what it lacks; ``keep``
    writes the file when something was computed since it was read (whole
    or not at all: another process may be writing it too). An unreadable
    file, or an answer of the wrong shape in it, is computed again. A file
    that would hold more than ``most`` answers (patterns made up by tests
    add theirs) keeps only those this process used."""

    def __init__(self, name: str, version: bytes | None, most: int = 1024) -> None:
        self._file_name = None if version is None else f"{name}-{hashlib.sha1(version).hexdigest()[:16]}.json"
        self._most = most
        self._answers: dict[str, list[str] | None] | None = None
        self._used: set[str] = set()
        self._computed = False

    def _read(self) -> dict[str, list[str] | None]:
        if self._file_name is None:
            return {}
        try:
            answers = json.loads((cache_dir() / self._file_name).read_bytes())
        except (OSError, ValueError):
            return {}
        return answers if isinstance(answers, dict) else {}

    def recall(self, key: str, compute: Callable[[], StringSet]) -> StringSet:
        """The answer kept under ``key``, else ``compute()``'s (kept at the next ``keep``)."""
        if self._answers is None:
            self._answers = self._read()
        self._used.add(key)
        kept = self._answers.get(key, False)
        if kept is None:
            return None
        if isinstance(kept, list) and all(isinstance(item, str) for item in kept):
            return frozenset(kept)
        answer = compute()
        self._answers[key] = None if answer is None else sorted(answer)
        self._computed = True
        return answer

    def keep(self) -> None:
        """Write what was computed since the file was read, if anything."""
        if not self._computed or self._answers is None or self._file_name is None:
            return
        self._computed = False
        if len(self._answers) > self._most:
            self._answers = {key: self._answers[key] for key in self._used}
        try:
            write_atomic(cache_dir() / self._file_name,
                         json.dumps(self._answers, ensure_ascii=False, sort_keys=True))
        except OSError:
            pass


class _OnlyRegex(pickle.Unpickler):
    """Unpickles what KeptPatterns wrote: data, and regex's constructor of a
    compiled pattern; any other callable in the file is refused."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) != ("regex._regex", "compile"):
            raise pickle.UnpicklingError(f"not a kept pattern: {module}.{name}")
        return super().find_class(module, name)


def _unpickled(data: bytes) -> Any:
    return _OnlyRegex(io.BytesIO(data)).load()


class KeptPatterns:
    """``regex`` patterns compiled once per installation. regex pickles a
    compiled pattern as its compiled program (as a Cleaner reaches worker
    processes), and unpickling it skips regex's parser, written in Python:
    15 ms for the longest phrase list, 0.2 ms unpickled. Kept in one file
    of the cache folder for each version of regex and Python.

    ``keep`` writes the file when patterns were compiled since it was
    written: whenever asked in the first ``every_seconds`` of the process
    (a start's pages), then at most once every ``every_seconds`` (a batch
    meets new patterns for a while). A file that would hold more than
    ``most`` patterns (the shipped ones make some 1,100 groups) keeps those
    this process used.
    An unreadable file, or one that calls anything but regex's constructor,
    is compiled again."""

    def __init__(self, most: int = 4096, every_seconds: float = 5.0) -> None:
        version = f"{regex.__version__} {sys.version}".encode()
        self._file_name = f"regex-patterns-{hashlib.sha1(version).hexdigest()[:16]}.pickle"
        self._most = most
        self._every_seconds = every_seconds
        self._programs: dict[str, bytes] | None = None
        self._used: set[str] = set()
        self._compiled = False
        self._started = self._written_at = time.monotonic()

    def _read(self) -> dict[str, bytes]:
        try:
            programs = _unpickled((cache_dir() / self._file_name).read_bytes())
        except Exception:  # unreadable or damaged, in whatever way: compiled again
            return {}
        return programs if isinstance(programs, dict) else {}

    def compile(self, pattern: str, flags: int) -> regex.Pattern[str]:
        """``regex.compile(pattern, flags)``, from the file when it holds it."""
        if self._programs is None:
            self._programs = self._read()
        key = f"{int(flags)} {pattern}"
        self._used.add(key)
        program = self._programs.get(key)
        if isinstance(program, bytes):
            try:
                compiled = _unpickled(program)
            except Exception:  # damaged, in whatever way: compiled again
                compiled = None
            if isinstance(compiled, regex.Pattern) and compiled.pattern == pattern and compiled.flags & flags == flags:
                return compiled
        compiled = regex.compile(pattern, flags)
        self._programs[key] = pickle.dumps(compiled)
        self._compiled = True
        return compiled

    def keep(self) -> None:
        """Write what was compiled since the file was written, if anything (see above when)."""
        now = time.monotonic()
        late = now - self._started >= self._every_seconds
        if not self._compiled or self._programs is None or (late and now - self._written_at < self._every_seconds):
            return
        self._compiled, self._written_at = False, now
        if len(self._programs) > self._most:
            self._programs = {key: self._programs[key] for key in self._used}
        try:
            with atomic_binary_output(cache_dir() / self._file_name) as stream:
                pickle.dump(self._programs, stream)
        except OSError:
            pass
