"""Running cleaning work on worker processes, in input order, with bounded memory.

The work functions (clean_job, clean_line) take the run's Settings and one
item; each worker process builds its Cleaner once, on first use, and keeps
it. An executor maps a work function over a stream of items and yields the
outcomes in input order; `LocalExecutor` uses a process pool on this machine,
`cleaner.dask.DaskExecutor` a Dask cluster.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.pool
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import TypeVar

from . import jsonl
from .batch import Job, Outcome, clean_file, output_path
from .outlets import RuleError
from .pipeline import Cleaner

Item = TypeVar("Item")


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs besides the item: picklable, sent to workers."""

    rule_dirs: tuple[Path, ...] = ()
    url: str | None = None
    outlet: str | None = None
    fmt: str = "text"
    outdir: Path | None = None
    resume: bool = False
    text_field: str = "text"
    html_field: str | None = None
    url_field: str | None = None


_cleaners: dict[tuple[Path, ...], Cleaner] = {}


def cleaner_for(settings: Settings, on_rule_error: Callable[[RuleError], None] | None = None) -> Cleaner:
    """This process's Cleaner for the run's rules, built on first use and kept.

    The command builds it first, reporting malformed rule files to
    ``on_rule_error``; forked workers inherit it, other workers build their
    own and skip those files silently (the command has reported them)."""
    if settings.rule_dirs not in _cleaners:
        _cleaners[settings.rule_dirs] = Cleaner(settings.rule_dirs, on_rule_error=on_rule_error or (lambda _: None))
    return _cleaners[settings.rule_dirs]


def clean_job(settings: Settings, job: Job) -> Outcome:
    assert settings.outdir is not None
    return clean_file(cleaner_for(settings), job, output_path(settings.outdir, job, settings.fmt),
                      fmt=settings.fmt, url=settings.url, outlet=settings.outlet, resume=settings.resume)


def clean_line(settings: Settings, labelled_line: tuple[str, bytes]) -> Outcome:
    return jsonl.clean_line(cleaner_for(settings), labelled_line, settings)


def default_jobs() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class LocalExecutor:
    """Runs work on ``jobs`` worker processes (in this process for 1 job or 1 item)."""

    # Items sent to a worker at a time: large enough to amortise the pipe,
    # small enough that all workers stay busy to the end of a small batch.
    CHUNKSIZE = 8

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self._pool: multiprocessing.pool.Pool | None = None
        self._closing = threading.Event()

    def map(self, work: Callable[[Settings, Item], Outcome], settings: Settings,
            items: Iterable[Item]) -> Iterator[Outcome]:
        function = partial(work, settings)
        items = iter(items)
        head = list(islice(items, 2))
        if self.jobs == 1 or len(head) < 2:
            # One item: starting workers would only add their start-up time.
            return map(function, chain(head, items))
        self._pool = self._pool or multiprocessing.Pool(self.jobs)
        # Pool.imap reads its input on a thread of its own; the semaphore
        # keeps it at most `limit` items ahead of the results consumed, so a
        # huge folder or JSONL file never sits in memory.
        limit = self.jobs * self.CHUNKSIZE * 4
        ahead = threading.BoundedSemaphore(limit)

        def throttled() -> Iterator[Item]:
            for item in chain(head, items):
                # Wake up now and then: a pool closed early must not wait here forever.
                while not ahead.acquire(timeout=0.2):
                    if self._closing.is_set():
                        return
                yield item

        def released(outcomes: Iterator[Outcome]) -> Iterator[Outcome]:
            for outcome in outcomes:
                ahead.release()
                yield outcome

        return released(self._pool.imap(function, throttled(), chunksize=self.CHUNKSIZE))

    def close(self) -> None:
        self._closing.set()
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
