"""Cleaning on a Dask cluster: the executor behind `cleaner clean --executor
dask`, and `clean_bag` for cleaning a dask.bag of records from Python.

Needs the `dask` extra (`pip install "cleaner[dask]"`) here and `cleaner`
installed on every worker. When cleaning files, the workers read the inputs
and write the outputs themselves: both must be at the same path on every
worker (shared storage). JSONL records travel to the workers and back.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

import dask.bag
from distributed import Client, Future, LocalCluster

from .batch import Outcome
from .jsonl import clean_records
from .parallel import Settings, cleaner_for

Item = TypeVar("Item")


class DaskExecutor:
    """Runs work on a Dask cluster in batches, yielding outcomes in input order."""

    BATCH = 32
    """Items per task: enough to hide the scheduler's per-task cost."""

    def __init__(self, client: Client, cluster: LocalCluster | None = None) -> None:
        self.client = client
        self._cluster = cluster

    @classmethod
    def connect(cls, scheduler: str | None = None) -> DaskExecutor:
        """A client of the scheduler at ``scheduler``, or of a new local cluster
        (one single-threaded worker process per core) when it is None."""
        if scheduler:
            return cls(Client(scheduler, timeout="10s"))
        cluster = LocalCluster(threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=logging.ERROR)
        return cls(Client(cluster), cluster)

    def map(self, work: Callable[[Settings, Item], Outcome], settings: Settings,
            items: Iterable[Item]) -> Iterator[Outcome]:
        # At most two batches per worker thread are queued or running, so the
        # input is read as fast as the cluster cleans it, never all at once.
        limit = 2 * max(sum(self.client.nthreads().values()), 1)
        in_flight: deque[Future] = deque()
        iterator = iter(items)
        while batch := list(islice(iterator, self.BATCH)):
            in_flight.append(self.client.submit(run_batch, work, settings, batch, pure=False))
            if len(in_flight) >= limit:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def run_batch(work: Callable[[Settings, Item], Outcome], settings: Settings, batch: list[Item]) -> list[Outcome]:
    return [work(settings, item) for item in batch]


def clean_bag(records: dask.bag.Bag, *, text_field: str = "text", html_field: str | None = None,
              rules: Iterable[str | Path] = (), url: str | None = None, url_field: str | None = None,
              outlet: str | None = None, error_field: str | None = None) -> dask.bag.Bag:
    """A bag of the records with the text in ``text_field`` cleaned (or the
    HTML in ``html_field`` cleaned into ``text_field``), other fields kept.
    ``url_field`` names the field holding each record's URL (``url`` where
    a record has none). Records that cannot be cleaned (no such field, empty
    text) are left out, or, with ``error_field``, kept unchanged with the
    reason in that field, so that a pipeline can count and inspect them.
    Each worker process builds its Cleaner once."""
    settings = Settings(rule_dirs=tuple(Path(r) for r in rules), url=url, outlet=outlet,
                        text_field=text_field, html_field=html_field, url_field=url_field)
    return records.map_partitions(_clean_partition, settings, error_field)


def _clean_partition(records: Iterable[dict[str, Any]], settings: Settings,
                     error_field: str | None) -> list[dict[str, Any]]:
    return list(clean_records(cleaner_for(settings), records, settings, error_field))
