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

from .outlets import rule_sources
from .records import DEFAULT_ERROR_FIELD, RecordOptions, clean_record, field_names
from .run import RunOptions, checked_cleaner, cleaner_for
from .settings import DEFAULT_SETTINGS, Settings


def clean_bag(records: dask.bag.Bag, *, text_field: str = "text", html_field: str | None = None,
              rules: str | Path | Iterable[str | Path] = (), url: str | None = None, url_field: str = "url",
              outlet: str | None = None, error_field: str = DEFAULT_ERROR_FIELD, skip_failed: bool = False,
              drop_fields: str | Iterable[str] = (), with_metadata: bool = False, metadata_field: str | None = None,
              settings: Settings = DEFAULT_SETTINGS) -> dask.bag.Bag:
    """A bag of the records with the text in ``text_field`` cleaned (or the
    HTML in ``html_field`` cleaned into ``text_field``), other fields kept
    but ``drop_fields`` (dotted paths, as are all fields). ``url_field``
    names the field holding each record's URL (``url`` where a record has
    none). A record that cannot be cleaned (no such field, empty text, an
    item that is no record) is kept unchanged with the reason in
    ``error_field`` (None in the others), so that a pipeline can count and
    inspect it, as the command line does; ``skip_failed`` leaves such
    records out. ``with_metadata`` adds title, author, date, language and
    removed_share (in the object ``metadata_field``, when given).
    ``settings``: the Cleaner's thresholds and limits. Each worker process
    builds its Cleaner once."""
    record = RecordOptions(text_field=text_field, html_field=html_field, url_field=url_field,
                           drop_fields=field_names(drop_fields), error_field=error_field, skip_failed=skip_failed,
                           with_metadata=with_metadata, metadata_field=metadata_field)
    options = RunOptions(rule_dirs=tuple(Path(r) for r in rule_sources(rules)), url=url, outlet=outlet, record=record,
                         settings=settings)
    checked_cleaner(options.rule_dirs, outlet, settings)
    cleaned: dask.bag.Bag = records.map_partitions(_clean_partition, options)
    return cleaned


def _clean_partition(records: Iterable[dict[str, Any]], options: RunOptions) -> list[dict[str, Any]]:
    cleaner = cleaner_for(options)
    cleaned = (clean_record(cleaner, record, options.record, url=options.url, outlet=options.outlet).record
               for record in records)
    return [record for record in cleaned if record is not None]
