"""Where cleaning work runs: here, on worker processes, or on a Dask cluster.

An `Executor` maps a work function (`batch.clean_file`, `jsonl.clean_line`:
the run's options and one item in, an Outcome out) over a stream of items and
yields the outcomes in input order, holding only a bounded number of items at
a time. Each worker process builds its Cleaner once (`run.cleaner_for`).
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.pool
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import chain, islice
from typing import TYPE_CHECKING, Protocol, TypeVar

from .run import Outcome, RunOptions

if TYPE_CHECKING:
    from distributed import Client, Future, LocalCluster

Item = TypeVar("Item")
Work = Callable[[RunOptions, Item], Outcome]


class Executor(Protocol):
    def map(self, work: Work[Item], options: RunOptions, items: Iterable[Item]) -> Iterator[Outcome]:
        """The outcome of ``work`` on each item, in input order."""
        ...

    def close(self) -> None:
        """Stop the workers; outcomes not yet consumed are dropped."""
        ...


def default_jobs() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class SerialExecutor:
    """Runs the work in this process, one item at a time."""

    def map(self, work: Work[Item], options: RunOptions, items: Iterable[Item]) -> Iterator[Outcome]:
        return map(partial(work, options), items)

    def close(self) -> None:
        pass


class ProcessPoolExecutor:
    """Runs work on ``jobs`` worker processes (in this process for 1 item)."""

    # Items sent to a worker at a time: large enough to amortise the pipe,
    # small enough that all workers stay busy to the end of a small batch.
    CHUNKSIZE = 8

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self._pool: multiprocessing.pool.Pool | None = None
        self._closing = threading.Event()

    def map(self, work: Work[Item], options: RunOptions, items: Iterable[Item]) -> Iterator[Outcome]:
        function = partial(work, options)
        items = iter(items)
        head = list(islice(items, 2))
        if len(head) < 2:
            # One item: starting workers would only add their start-up time.
            return map(function, head)
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


class DaskExecutor:
    """Runs work on a Dask cluster in batches (needs the `dask` extra here and
    `cleaner` on every worker). For folders the workers read the inputs and
    write the outputs themselves: both must be at the same path on every
    worker (shared storage). JSONL records travel to the workers and back."""

    BATCH = 32
    """Items per task: enough to hide the scheduler's per-task cost."""
    CONNECT_TIMEOUT = "10s"
    """How long to try to reach a scheduler before giving up."""

    def __init__(self, client: Client, cluster: LocalCluster | None = None) -> None:
        self.client = client
        self._cluster = cluster

    @classmethod
    def connect(cls, scheduler: str | None = None) -> DaskExecutor:
        """A client of the scheduler at ``scheduler``, or of a new local cluster
        (one single-threaded worker process per core) when it is None. Raises
        ImportError without Dask, OSError when the scheduler cannot be reached."""
        from distributed import Client, LocalCluster

        if scheduler:
            return cls(Client(scheduler, timeout=cls.CONNECT_TIMEOUT))
        cluster = LocalCluster(threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=logging.ERROR)
        return cls(Client(cluster), cluster)

    def map(self, work: Work[Item], options: RunOptions, items: Iterable[Item]) -> Iterator[Outcome]:
        # At most two batches per worker thread are queued or running, so the
        # input is read as fast as the cluster cleans it, never all at once.
        limit = 2 * max(sum(self.client.nthreads().values()), 1)
        in_flight: deque[Future[list[Outcome]]] = deque()
        iterator = iter(items)
        while batch := list(islice(iterator, self.BATCH)):
            in_flight.append(self.client.submit(run_batch, work, options, batch, pure=False))
            if len(in_flight) >= limit:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def run_batch(work: Work[Item], options: RunOptions, batch: list[Item]) -> list[Outcome]:
    """One Dask task: ``work`` on each item of ``batch``."""
    return [work(options, item) for item in batch]


def open_executor(kind: str, jobs: int, scheduler: str | None = None) -> Executor:
    """``local``: ``jobs`` worker processes (this process for 1); ``dask``: a
    Dask cluster (see DaskExecutor.connect for what it raises)."""
    if kind == "dask":
        return DaskExecutor.connect(scheduler)
    return SerialExecutor() if jobs == 1 else ProcessPoolExecutor(jobs)
