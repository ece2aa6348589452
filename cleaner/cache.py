"""What the cleaner computes once per installation and keeps in the user's
cache folder, so that later processes read it instead of computing it
again: the language model's arrays (language.py) and the analysis of the
phrase patterns (detectors/literals.py). Whatever is kept is named by the
version of what computed it, so that new code never reads old answers; a
folder that cannot be written only costs the computing again.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

from .atomic import write_atomic

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
