"""Cleaning a dask.bag of records from Python (`clean_bag`).

Needs the `dask` extra (`pip install "cleaner[dask]"`) here and `cleaner`
installed on every worker. `cleaner clean --executor dask` runs on
`executors.DaskExecutor` instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import dask.bag

from .jsonl import clean_records
from .run import RunOptions, cleaner_for


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
    options = RunOptions(rule_dirs=tuple(Path(r) for r in rules), url=url, outlet=outlet,
                         text_field=text_field, html_field=html_field, url_field=url_field)
    cleaned: dask.bag.Bag = records.map_partitions(_clean_partition, options, error_field)
    return cleaned


def _clean_partition(records: Iterable[dict[str, Any]], options: RunOptions,
                     error_field: str | None) -> list[dict[str, Any]]:
    return list(clean_records(cleaner_for(options), records, options, error_field))
