"""Cleaning a dask.bag of records from Python (`clean_bag`).

Needs the `dask` extra (`pip install "cleaner[dask]"`) here and `cleaner`
installed on every worker. `cleaner clean --executor dask` runs on
`executors.DaskExecutor` instead.
"""

from __future__ import annotations

import operator
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .errors import FieldNeverHeld, needs_extra

with needs_extra(__name__, "dask", "dask"):
    import dask.bag
    from dask.delayed import delayed

from .corpus import blank_line, line_record
from .outlets import rule_sources
from .records import (DEFAULT_ERROR_FIELD, RecordOptions, clean_record, document_option, field_names, fields_held,
                      fields_named, never_held_warning, output_record, refuse_error_field_taken, text_fields)
from .run import RunOptions, checked_cleaner, cleaner_for
from .settings import DEFAULT_SETTINGS, Settings


def clean_bag(records: dask.bag.Bag, *, text_field: str = "text", html_field: str | None = None,
              rules: str | Path | Iterable[str | Path] = (), url: str | None = None, url_field: str = "url",
              outlet: str | None = None, error_field: str = DEFAULT_ERROR_FIELD, skip_failed: bool = False,
              drop_fields: str | Iterable[str] = (), with_metadata: bool = False, metadata_field: str | None = None,
              settings: Settings = DEFAULT_SETTINGS) -> dask.bag.Bag:
    """A bag of the records with the text in ``text_field`` cleaned (or the
    HTML in ``html_field`` cleaned into ``text_field``), other fields kept
    but ``drop_fields`` (dotted paths, as are all fields). ``records`` may
    hold JSON lines (str, `dask.bag.read_text`'s, or bytes), each read as the command
    line reads a JSONL line: a blank one skipped, one that is no JSON object
    failed alone (its text kept where the document is read from). ``url_field``
    names the field holding each record's URL (``url`` where a record has
    none). A ``url_field`` other than ``url``, one of ``drop_fields`` or the field the
    document is read from that no record of the bag holds (a typo) is a FieldNeverHeld
    warning (a UserWarning), raised as the last partition is cleaned, once every
    partition's fields are known. A
    record that cannot be cleaned (no such field, empty text, an
    item that is no record) is kept unchanged with the reason in
    ``error_field`` (None in the others), so that a pipeline can count and
    inspect it, as the command line does; ``skip_failed`` leaves such
    records out. A record that holds a value (not null) in ``error_field``
    raises ValueError: it would be written over (drop the field to let it
    go). ``with_metadata`` adds title, author, date, language and
    removed_share (in the object ``metadata_field``, when given), each over
    the record's own where the cleaner finds a value.
    ``settings``: the Cleaner's thresholds and limits. Each worker process
    builds its Cleaner once."""
    if not isinstance(records, dask.bag.Bag):  # else "'list' object has no attribute 'map_partitions'"
        raise TypeError(f"records must be a dask.bag.Bag (dask.bag.from_sequence makes one), "
                        f"not {type(records).__name__}")
    record = RecordOptions(text_field=text_field, html_field=html_field, url_field=url_field,
                           drop_fields=field_names(drop_fields), error_field=error_field, skip_failed=skip_failed,
                           with_metadata=with_metadata, metadata_field=metadata_field)
    options = RunOptions(rule_dirs=tuple(Path(r) for r in rule_sources(rules)), url=url, outlet=outlet, record=record,
                         settings=settings)
    checked_cleaner(options.rule_dirs, outlet, settings, url)
    named = fields_named(document_option(record), url_field if url_field != "url" else None, record.drop_fields)
    if not records.npartitions:  # a bag of no partitions has no last one to wait
        cleaned: dask.bag.Bag = records.map_partitions(_clean_partition, options)
        return cleaned
    # Each partition gives its records and the fields named that they hold; the last partition's records come
    # after every partition's fields are known, with a warning where no record of the bag holds one (a typo).
    partitions = records.map_partitions(_clean_partition_telling_fields, options)
    parts = partitions.map_partitions(operator.itemgetter(0)).to_delayed(optimize_graph=False)
    held = partitions.map_partitions(operator.itemgetter(slice(1, 3))).to_delayed(optimize_graph=False)
    last = delayed(_warned_of_fields_never_held, pure=True)(parts[-1], held, named, url, outlet)
    cleaned = dask.bag.from_delayed([*parts[:-1], last])
    return cleaned


def _clean_partition(items: Iterable[Any], options: RunOptions) -> list[dict[str, Any]]:
    return _clean_partition_telling_fields(items, options)[0]


def _clean_partition_telling_fields(items: Iterable[Any], options: RunOptions
                                    ) -> tuple[list[dict[str, Any]], set[str] | None, tuple[str, ...]]:
    """The partition's output records, of the fields the options name, those its records hold (None where
    it read no record: malformed lines are none), and the fields of its first record that hold text."""
    cleaner = cleaner_for(options)
    records: list[dict[str, Any]] = []
    held: set[str] | None = None
    text_in: tuple[str, ...] = ()
    for item in items:
        problem = None
        if isinstance(item, str | bytes):
            if blank_line(item):
                continue
            item, problem = line_record(_line_bytes(item) if isinstance(item, str) else item, options.record)
        if problem:
            record = output_record(item, options.record, None, problem)
        else:
            if isinstance(item, Mapping):
                held = (held or set()).union(fields_held(item, options.record))
                text_in = text_in or text_fields(item)
            refuse_error_field_taken((item,), options.record)
            record = clean_record(cleaner, item, options.record, url=options.url, outlet=options.outlet).record
        if record is not None:
            records.append(record)
    return records, held, text_in


def _warned_of_fields_never_held(records: list[dict[str, Any]],
                                 held: list[tuple[set[str] | None, tuple[str, ...]]],
                                 named: tuple[tuple[str, str], ...], url: str | None,
                                 outlet: str | None) -> list[dict[str, Any]]:
    """``records``, with a FieldNeverHeld warning (where this task runs) for each field named that no partition's
    records hold (``held``: each partition's, and the fields of its first record that hold text)."""
    partitions = [fields for fields, _ in held if fields is not None]
    text_in = next((text for _, text in held if text), ())
    for option, field in named:
        if partitions and not any(field in fields for fields in partitions):
            warning = never_held_warning(option, field, "no record of the bag", url=url, outlet=outlet,
                                         text_in=text_in)
            warnings.warn(f"clean_bag {warning}", FieldNeverHeld, stacklevel=1)
    return records


def _line_bytes(line: str) -> bytes:
    """A line's bytes as read: those not UTF-8 back from their surrogate escapes (`read_text(errors=
    "surrogateescape")`); any other lone surrogate as such, which fails the line as not UTF-8."""
    try:
        return line.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return line.encode("utf-8", "surrogatepass")
