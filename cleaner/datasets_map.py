"""A function for Hugging Face `datasets`: ``Dataset.map(CleanBatch(), batched=True)``."""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .errors import FieldNeverHeld, needs_extra

with needs_extra(__name__, "datasets", "pyarrow"):
    import numpy as np
    import pyarrow as pa

from .batch import run_stamp
from .outlets import rule_sources
from .parquet_io import metadata_column_clash, settled_type, twice_named
from .pipeline import Cleaner
from .run import checked_cleaner
from .records import (METADATA_TYPES, RecordOptions, clean_record, document_option, error_field_clash, field_names,
                      fields_held, fields_named, get_field, metadata_paths, never_held_warning,
                      refuse_error_field_taken, text_fields, with_field, with_written_fields)


class CleanBatch:
    """A batch of rows in, the same rows cleaned out, as one Arrow table:

        dataset.map(CleanBatch(html_field="html", drop_fields=["html"]), batched=True)

    The text column (``text_field``) is cleaned, or the HTML column cleaned
    into it; the error column (``error_field``) says, for each row, why it
    could not be cleaned (None when it was), so that rows never go missing
    (``skip_failed`` leaves them out), and is refused (ValueError) where a
    row holds a value of its own there, which it would write over;
    ``with_metadata`` adds title, author,
    date, language and removed_share columns (a row's own value where the
    cleaner finds none; a column of another kind, a date of timestamps, is
    refused by name: give ``metadata_field``). The options are those of
    `cleaner.records.RecordOptions`; ``url`` is the URL of rows without one.

    The batch comes back as an Arrow table, its other columns with their
    types, the columns it writes with the input's type where their values
    are of its kind (a large_string or binary text column stays one), and
    its new columns typed, even in a first batch where they are all None
    (datasets would give such a column the null type and fail on the first
    value). datasets does not apply ``remove_columns`` to a table
    a function returns: drop columns with ``drop_fields``. Pickles without
    its Cleaner (``num_proc``, caching): each process builds its own once;
    with the rules' contents and the cleaner's version, which name the
    cache, so that new rules clean again rather than load the old outputs.
    """

    def __init__(self, *, rules: str | Path | Iterable[str | Path] = (), url: str | None = None,
                 outlet: str | None = None, **options: Any) -> None:
        self.options = RecordOptions(**{**options, "drop_fields": field_names(options.get("drop_fields", ()))})
        self.rules = rule_sources(rules)
        self.url, self.outlet = url, outlet
        # The fields named that a table of rows none of which holds one (a typo) is warned of: url_field where given.
        self._named = fields_named(document_option(self.options), options.get("url_field"), self.options.drop_fields)
        self._cleaner: Cleaner | None = checked_cleaner(self.rules, outlet, url=url)

    def __getstate__(self) -> dict[str, Any]:
        # datasets names a map's cache file by this state: with the rules' contents and the cleaner's
        # version in it, a changed rule file cleans again instead of loading the old rules' outputs.
        made_by = run_stamp(self._cleaner or Cleaner(self.rules), fmt="datasets", url=self.url, outlet=self.outlet)
        return {**self.__dict__, "_cleaner": None, "_made_by": made_by}

    def __call__(self, batch: Mapping[str, Any] | pa.Table | pa.RecordBatch) -> pa.Table | dict[str, Any]:
        """The batch cleaned: an Arrow table for a Dataset's batch (or an Arrow table or record
        batch); the columns as lists for a batch of lists, what an IterableDataset (streaming)
        hands over and takes back (it fails on a table); one row, as ``map`` without ``batched=True``
        hands it over, cleaned as a row."""
        if self._cleaner is None:
            self._cleaner = Cleaner(self.rules)
        if isinstance(batch, pa.RecordBatch):  # dict() of one failed: 'dictionary update sequence element #0'
            batch = pa.Table.from_batches([batch])
        if isinstance(batch, pa.Table):
            return self._cleaned(self._cleaner, batch)
        # A Dataset hands over a LazyBatch that holds the batch's own Arrow table, types and all.
        table = getattr(batch, "pa_table", None)
        if isinstance(table, pa.Table):
            if _is_lazy_row(batch):
                self._refuse_skipping_a_row()
            return self._cleaned(self._cleaner, table)
        data_format = _foreign_format(batch, self.options.text_field)
        if data_format is not None:
            raise TypeError(f"CleanBatch takes the rows as Python values or an Arrow table, not as {data_format}: map "
                            "the dataset with_format(None) (or \"arrow\"), whose values keep the dataset's types")
        if not isinstance(batch, Mapping):
            raise TypeError(f"CleanBatch takes the rows' columns by name, not {type(batch).__name__}: "
                            "leave map's input_columns unset")
        if not all(isinstance(values, list) for values in batch.values()):
            return self._cleaned_row(self._cleaner, batch)
        return self._cleaned_lists(self._cleaner, batch, warned_of_fields=True)

    def _cleaned_row(self, cleaner: Cleaner, row: Mapping[str, Any]) -> dict[str, Any]:
        """One row, as a streaming dataset's ``map`` without ``batched=True`` hands it over (its values
        no lists: zipped as columns, its text would be split into one-character rows): a batch of one."""
        self._refuse_skipping_a_row()
        cleaned = self._cleaned_lists(cleaner, {name: [value] for name, value in row.items()})
        return {name: values[0] for name, values in cleaned.items()}

    def _refuse_skipping_a_row(self) -> None:
        if self.options.skip_failed:
            raise ValueError("skip_failed needs batched=True: map cannot leave out a row it hands over alone")

    def _cleaned_lists(self, cleaner: Cleaner, batch: Mapping[str, list[Any]],
                       warned_of_fields: bool = False) -> dict[str, list[Any]]:
        """A batch of lists cleaned row by row, as Python values: not through an Arrow table, which takes
        a column of one type only, so that a row of another (a number or None among texts, bytes) failed
        the whole batch, or turned every text of the column into bytes. ``warned_of_fields``: of a field named
        that none of its rows holds (a streaming dataset's batch, whose rows hold each of its columns, a missing
        value as None; not a row given alone, which may lack one, as a row of a dataset without features does)."""
        names = list(batch)
        lengths = {name: len(values) for name, values in batch.items()}
        if len(set(lengths.values())) > 1:
            raise ValueError(f"the batch's columns differ in length: {lengths}")
        self._refuse_metadata_clash(_value_types(batch, {path.split(".", 1)[0] for path in self._metadata_types()}))
        rows = [dict(zip(names, values, strict=True)) for values in zip(*batch.values(), strict=True)]
        refuse_error_field_taken(rows, self.options)
        if warned_of_fields:
            self._warn_of_fields_never_held(rows, "no row of a batch")
        results = [clean_record(cleaner, row, self.options, url=self.url, outlet=self.outlet) for row in rows]
        kept = [(row, result.record) for row, result in zip(rows, results, strict=True) if result.record is not None]
        records = [_in_kind(record, row, self.options.text_field) for row, record in kept]
        columns = dict.fromkeys(name for name in names if name not in self.options.drop_fields)
        columns.update(dict.fromkeys(self._written_columns(names, self._written_types())))
        for record in records:  # a record whose error field could not be set has its reason under its own key
            columns.update(dict.fromkeys(record))
        return {column: [record.get(column) for record in records] for column in columns}

    def _cleaned(self, cleaner: Cleaner, table: pa.Table) -> pa.Table:
        reason = twice_named(table.schema)
        if reason is not None:
            raise ValueError(reason)
        rows = table.to_pylist()
        # A column's values are of one type: where one row's error field cannot be set (a column of text
        # on its way), no failed row's could, and a table has no place for the key records fall back on.
        clash = next((reason for row in rows if (reason := error_field_clash(row, self.options))), None)
        if clash is not None:
            raise ValueError(f"error_field {self.options.error_field!r} cannot be set in these rows: {clash}")
        self._refuse_metadata_clash(table.schema)
        refuse_error_field_taken(rows, self.options)
        self._warn_of_fields_never_held(rows, "no row of the dataset")
        results = [clean_record(cleaner, row, self.options, url=self.url, outlet=self.outlet) for row in rows]
        kept = [index for index, result in enumerate(results) if result.record is not None]
        if len(kept) < len(results):
            table = table.take(pa.array(kept, pa.int64()))  # typed: an empty list is of the null type
        # A failed row is as it came, but a table's row has each column: null where the cleaner writes one.
        records = [with_written_fields(results[index].record or {}, self.options) for index in kept]
        table = table.drop_columns([name for name in self.options.drop_fields if name in table.column_names])
        named = self._written_types()
        columns = self._written_columns(table.column_names, named)
        error_column = self.options.error_field.split(".", 1)[0]
        if self.options.skip_failed and error_column in table.column_names and error_column not in columns:
            columns.append(error_column)  # an earlier run's reasons go from the rows now cleaned (`output_record`)
        for column in columns:
            values = [record.get(column) for record in records]
            given = table.schema.field(column).type if column in table.column_names else None
            array = pa.array(values, settled_type(column, pa.array(values).type, given, named))
            if column in table.column_names:
                table = table.set_column(table.column_names.index(column), column, array)
            else:
                table = table.append_column(column, array)
        return table

    def _warn_of_fields_never_held(self, rows: list[dict[str, Any]], holder: str) -> None:
        """A warning (once, as Python shows one) for each field named that no row of a batch holds: a table's
        columns are the dataset's, so that none of its rows does (a typo, whose option did nothing)."""
        held = {path for row in rows for path in fields_held(row, self.options)}
        for option, field in self._named:
            if rows and field not in held:
                warning = never_held_warning(option, field, holder, url=self.url, outlet=self.outlet,
                                             text_in=text_fields(rows[0]))
                warnings.warn(f"CleanBatch {warning}", FieldNeverHeld, stacklevel=4)

    def _refuse_metadata_clash(self, schema: pa.Schema) -> None:
        clash = metadata_column_clash(schema, self._metadata_types(), self.options.drop_fields)
        if clash is not None:
            raise ValueError(f"{clash}: give the metadata an object of its own (metadata_field=\"cleaner\")")

    def _written_types(self) -> dict[str, type]:
        """The type of each field the records are written (dotted paths)."""
        options = self.options
        types: dict[str, type] = {options.text_field: str}
        if not options.skip_failed:
            types[options.error_field] = str
        return types | self._metadata_types()

    def _metadata_types(self) -> dict[str, type]:
        """The type of each metadata field written (dotted paths); none without ``with_metadata``."""
        if not self.options.with_metadata:
            return {}
        return dict(zip(metadata_paths(self.options), METADATA_TYPES.values(), strict=True))

    def _written_columns(self, names: list[str], written: Mapping[str, type]) -> list[str]:
        """Each top-level column the records change (of ``names``, or new)."""
        columns = dict.fromkeys(path.split(".", 1)[0] for path in written)
        for path in self.options.drop_fields:
            if path not in names and path.split(".", 1)[0] in names:
                columns[path.split(".", 1)[0]] = None
        return list(columns)


def _value_types(batch: Mapping[str, list[Any]], names: Iterable[str]) -> pa.Schema:
    """The type of the values of each column ``names`` of a batch of lists: a streaming dataset's are its
    features' (a timestamp column's datetimes), of one type each; a column of mixed values has none."""
    fields = []
    for name in names:
        if name in batch:
            try:
                fields.append(pa.field(name, pa.array(batch[name]).type))
            except pa.ArrowException:  # mixed already: the cleaner's values mix with them as a record's do
                pass
    return pa.schema(fields)


def _foreign_format(batch: object, text_field: str) -> str | None:
    """The format a Dataset given one (``with_format``) hands ``batch`` in where its rows cannot be read from it: a
    pandas DataFrame, or columns of numpy arrays (a batch: a row's text is a str), whose arrays were taken for one
    row's values; None where the batch is of Python values."""
    if type(batch).__module__.split(".", 1)[0] == "pandas":
        return "a pandas DataFrame"
    if isinstance(batch, Mapping) and isinstance(batch.get(text_field.split(".", 1)[0]), np.ndarray):
        return "numpy arrays"
    return None


def _is_lazy_row(batch: object) -> bool:
    """Whether ``batch`` is the one row a Dataset's ``map`` without ``batched=True`` hands over."""
    from datasets.formatting.formatting import LazyRow  # type: ignore[import-untyped]

    return isinstance(batch, LazyRow)


def _in_kind(record: dict[str, Any], row: Mapping[str, Any], text_field: str) -> dict[str, Any]:
    """``record`` with its cleaned text as bytes (UTF-8) where ``row`` held the text as bytes, as a
    binary column stays one in a table."""
    cleaned = get_field(record, text_field)
    if isinstance(get_field(row, text_field), bytes) and isinstance(cleaned, str):
        return with_field(record, text_field, cleaned.encode("utf-8"))
    return record
