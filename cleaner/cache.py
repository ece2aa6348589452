"""What the cleaner computes once per installation and keeps in the user's
cache folder, so that later processes read it instead of computing it
again: the language model's arrays (language_model.py), the analysis of the
phrase patterns (detectors/literals.py) and their compiled programs
(detectors/patterns.py), the digest of the cleaner's code that a run's
stamp records (batch.py). Whatever is kept is named by the
version of what computed it, so that new code never reads old answers; a
folder that cannot be written only costs the computing again.
"""

from __future__ import annotations

import atexit
import hashlib
import io
import json
import os
import pickle
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, AnyStr

import regex

from .atomic import atomic_binary_output, remove_stale_temporaries

CACHE_DIR_VARIABLE = "CLEANER_CACHE_DIR"


def cache_dir() -> Path:
    """Where the cleaner keeps what it computes once per installation."""
    folder = os.environ.get(CACHE_DIR_VARIABLE)
    if folder:
        return Path(folder)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cleaner"


StringSet = frozenset[str] | None

# A copy named by a key: `<kind>-<16 hex digits>` and a suffix.
_KEYED_NAME = regex.compile(r"^(?P<kind>.+)-[0-9a-f]{16}(?:\.\w+)?$")
# Kinds older versions kept and this one never writes: no copy of their own
# kind is written to delete them, so any write deletes them.
RETIRED_KINDS = frozenset({"pattern-gates"})


def remove_other_copies(path: Path, keep_others: int = 1) -> None:
    """Delete the copies of ``path``'s kind (same name but for its key)
    other than ``path`` and the ``keep_others`` most recently written: what
    older versions of the code or of a library kept, which no process of
    this version reads, and which would otherwise pile up (each version of
    the language model is some 75 MB). One other is kept so that two
    environments with different versions do not each compute their copy at
    every start. Copies of RETIRED_KINDS go too. Safe beside other
    processes: a file being read stays readable until closed, a folder is
    renamed away before it is deleted, and a copy that has just gone is
    computed again."""
    kind = _KEYED_NAME.match(path.name)
    if kind is None:
        return
    others, retired = [], []
    try:
        for entry in os.scandir(path.parent):
            match = _KEYED_NAME.match(entry.name)
            if match and match["kind"] in RETIRED_KINDS:
                retired.append((0.0, entry.path, entry.is_dir(follow_symlinks=False)))
            elif match and match["kind"] == kind["kind"] and entry.name != path.name:
                written = entry.stat(follow_symlinks=False).st_mtime
                others.append((written, entry.path, entry.is_dir(follow_symlinks=False)))
    except OSError:
        return
    for _, other, is_folder in sorted(others, reverse=True)[keep_others:] + retired:
        try:
            if is_folder:
                hidden = Path(other).with_name(f".{Path(other).name}.removed-{os.getpid()}")
                os.rename(other, hidden)
                shutil.rmtree(hidden, ignore_errors=True)
            else:
                os.unlink(other)
        except OSError:  # gone already, or not ours to delete
            pass


class _KeptAnswers:
    """Answers, each under a string key, kept in one file of the cache
    folder (``file_name``; None: nothing is kept) and read back by later
    processes, which compute only what the file lacks.

    ``keep`` writes the file when something was computed since it was
    written (whole or not at all: another process may be writing it too),
    at most once every ``every_seconds``, and once more when the process
    exits: a cold start computes answers one at a time, and writing the
    file after each (it holds hundreds) cost more than they spare. A file
    that would hold more than ``most`` answers (patterns made up by tests
    add theirs) keeps only those this process used. Writing a file deletes
    what older versions kept (see remove_other_copies) and the temporaries
    of killed processes."""

    def __init__(self, file_name: str | None, most: int, every_seconds: float) -> None:
        self._file_name = file_name
        self._most = most
        self._every_seconds = every_seconds
        self._folder: Path | None = None
        self._answers: dict[str, Any] | None = None
        self._used: set[str] = set()
        self._computed = False
        self._written_at = time.monotonic()

    def _decode(self, data: bytes) -> dict[str, Any]:
        raise NotImplementedError

    def _encode(self, answers: dict[str, Any]) -> bytes:
        raise NotImplementedError

    def _kept(self) -> dict[str, Any]:
        """The answers, read from the file at the first call."""
        if self._answers is None:
            self._answers = {}
            try:
                self._folder = cache_dir()  # written where it was read, whatever the environment says later
            except RuntimeError:  # no home folder to find it under (read at import, see compiled): nothing kept
                return self._answers
            if self._file_name is not None:
                try:
                    self._answers = self._decode((self._folder / self._file_name).read_bytes())
                except Exception:  # unreadable or damaged, in whatever way: computed again
                    pass
        return self._answers

    def _remember(self, key: str, answer: Any) -> None:
        self._kept()[key] = answer
        if not self._computed and self._file_name is not None:
            atexit.register(self._write)  # once per computing spell: _write unregisters it
        self._computed = True

    def _use(self, key: str) -> Any:
        self._used.add(key)
        return self._kept().get(key)

    def keep(self) -> None:
        """Write what was computed since the file was written, if anything (see above when)."""
        if self._computed and time.monotonic() - self._written_at >= self._every_seconds:
            self._write()

    def _write(self) -> None:
        atexit.unregister(self._write)
        if not self._computed or self._answers is None or self._folder is None or self._file_name is None:
            return
        self._computed, self._written_at = False, time.monotonic()
        if len(self._answers) > self._most:
            self._answers = {key: self._answers[key] for key in self._used if key in self._answers}
        try:
            with atomic_binary_output(self._folder / self._file_name) as stream:
                stream.write(self._encode(self._answers))
        except OSError:
            return
        remove_other_copies(self._folder / self._file_name)
        remove_stale_temporaries(self._folder, recursive=False)  # a killed process's: nothing else deletes them here


class _OnlyData(pickle.Unpickler):
    """Unpickles what KeptJson wrote: data alone; any class or callable in the file is refused."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"not kept data: {module}.{name}")


class KeptJson(_KeptAnswers):
    """Answers of pure functions from a string to JSON data, kept in one
    file for each ``version`` of the code that computes them (the file is
    named by its hash; None: nothing is kept). Kept as JSON reads them back
    (a tuple as a list), pickled: unpickling the pattern analyses' 1.1 MB
    costs a start some 7 M instructions fewer than reading them as JSON."""

    def __init__(self, name: str, version: bytes | None, most: int = 1024, every_seconds: float = 5.0) -> None:
        file_name = None if version is None else f"{name}-{hashlib.sha1(version).hexdigest()[:16]}.pickle"
        super().__init__(file_name, most, every_seconds)

    def _decode(self, data: bytes) -> dict[str, Any]:
        answers = _OnlyData(io.BytesIO(data)).load()
        return answers if isinstance(answers, dict) else {}

    def _encode(self, answers: dict[str, Any]) -> bytes:
        return pickle.dumps(json.loads(json.dumps(answers, sort_keys=True)), protocol=pickle.HIGHEST_PROTOCOL)

    def holds(self, key: str) -> bool:
        """Whether the file holds an answer under ``key`` (``recall_json`` tells whether a valid one)."""
        return key in self._kept()

    def recall_json(self, key: str, compute: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
        """The answer kept under ``key`` if it is ``valid``, else ``compute()``'s
        (JSON data, kept at a later ``keep``)."""
        kept = self._use(key)
        if key in self._kept() and valid(kept):
            return kept
        answer = compute()
        self._remember(key, answer)
        return answer


class KeptStringSets(KeptJson):
    """Answers of pure functions from a string to a set of strings (or
    None): an answer of the wrong shape in the file is computed again."""

    def recall(self, key: str, compute: Callable[[], StringSet]) -> StringSet:
        """The answer kept under ``key``, else ``compute()``'s (kept at a later ``keep``)."""
        kept = self.recall_json(key, lambda: _sorted_or_none(compute()), _is_string_list_or_none)
        return None if kept is None else frozenset(kept)


def _sorted_or_none(answer: StringSet) -> list[str] | None:
    return None if answer is None else sorted(answer)


def _is_string_list_or_none(kept: Any) -> bool:
    return kept is None or isinstance(kept, list) and all(isinstance(item, str) for item in kept)


class _OnlyRegex(pickle.Unpickler):
    """Unpickles what KeptPatterns wrote: data, and regex's constructor of a
    compiled pattern; any other callable in the file is refused."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) != ("regex._regex", "compile"):
            raise pickle.UnpicklingError(f"not a kept pattern: {module}.{name}")
        return super().find_class(module, name)


def _unpickled(data: bytes) -> Any:
    return _OnlyRegex(io.BytesIO(data)).load()


class KeptPatterns(_KeptAnswers):
    """``regex`` patterns compiled once per installation. regex pickles a
    compiled pattern as its compiled program (as a Cleaner reaches worker
    processes), and unpickling it skips regex's parser, written in Python:
    15 ms for the longest phrase list, 0.2 ms unpickled. Kept in one file
    of the cache folder for each version of regex and Python (the shipped
    patterns make some 1,100 groups). A file that calls anything but
    regex's constructor is compiled again."""

    def __init__(self, most: int = 4096, every_seconds: float = 5.0) -> None:
        version = f"{regex.__version__} {sys.version}".encode()
        super().__init__(f"regex-patterns-{hashlib.sha1(version).hexdigest()[:16]}.pickle", most, every_seconds)
        # Each pattern once in a process: the phrase groups of many gate keys
        # share one pattern, and each unpickling made another copy of its
        # program (a long phrase list's is about a megabyte).
        self._programs: dict[str, regex.Pattern[Any]] = {}

    def _decode(self, data: bytes) -> dict[str, Any]:
        programs = _unpickled(data)
        return programs if isinstance(programs, dict) else {}

    def _encode(self, answers: dict[str, Any]) -> bytes:
        return pickle.dumps(answers)

    def compile(self, pattern: AnyStr, flags: int) -> regex.Pattern[AnyStr]:
        """``regex.compile(pattern, flags)``, from the file when it holds it."""
        key = f"{int(flags)} {pattern}" if isinstance(pattern, str) else f"{int(flags)} bytes {pattern!r}"
        if key in self._programs:
            return self._programs[key]
        compiled = self._programs[key] = self._compile(key, pattern, flags)
        return compiled

    def _compile(self, key: str, pattern: AnyStr, flags: int) -> regex.Pattern[AnyStr]:
        program = self._use(key)
        if isinstance(program, bytes):
            try:
                compiled = _unpickled(program)
            except Exception:  # damaged, in whatever way: compiled again
                compiled = None
            if isinstance(compiled, regex.Pattern) and compiled.pattern == pattern and compiled.flags & flags == flags:
                return compiled
        compiled = regex.compile(pattern, flags)
        self._remember(key, pickle.dumps(compiled))
        return compiled


# The process's: the cleaner's own patterns (compiled at import, see
# ``compiled``) and the phrase groups a page meets (detectors/patterns.py),
# kept in one file.
KEPT_PATTERNS = KeptPatterns()


def compiled(pattern: AnyStr, flags: int = 0) -> regex.Pattern[AnyStr]:
    """``regex.compile(pattern, flags)`` for a module's own patterns, read
    from the cache folder once a process compiled it: compiling them at
    import (regex's parser is Python) was a tenth of a start."""
    return KEPT_PATTERNS.compile(pattern, flags)


def compiled_at_end(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``compiled`` of a pattern that matches at a text's end alone (it ends
    with ``$``), searched from that end (regex's REVERSE flag): a forward
    search tried it at every position of a long line, some 0.1 ms a
    paragraph. Whether a text matches is the same; which match a search
    gives may not be, so only for a pattern asked whether it matches."""
    if not pattern.endswith("$") or pattern.endswith("\\$"):
        raise ValueError(f"not anchored at the end: {pattern!r}")
    return compiled(pattern, flags | regex.REVERSE)
