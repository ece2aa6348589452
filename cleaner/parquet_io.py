"""Parquet in and out (the `parquet` extra: pyarrow), a row group at a time.

Rows are records as in JSONL (nested columns are objects, so dotted field
paths reach into them). Output columns keep the input's types where the
column is unchanged; a Parquet file has one schema, so the columns of the
output are those of its first row group.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from typing import IO, Any, NamedTuple

import pyarrow as pa
import pyarrow.parquet as pq

from .compression import MAGIC_BYTES, sniff_compression
from .errors import CorpusError, OutputError, clipped
from .records import get_field

_ARROW_TYPES = {str: pa.string(), float: pa.float64(), int: pa.int64(), bool: pa.bool_()}
ROW_GROUP_ROWS = 2048
"""Rows per output row group: a few MB of cleaned text, read back in one piece."""
ROWS_AT_ONCE = 256
"""Rows of a row group read made into records at a time: a row group is read whole (a corrupt one fails alone),
but its records all at once held each text twice, in Arrow and as Python's, a row group of 1 GB some 3 GB."""


class ParquetError(CorpusError):
    """A Parquet file that cannot be read, or rows that do not fit one schema."""


def parquet_row_count(source: IO[bytes]) -> int:
    return int(_open(source).metadata.num_rows)


class UnreadRowGroup(NamedTuple):
    """A row group of a Parquet file that could not be read: its rows are lost."""

    group: int
    """Its place among the file's row groups, from 0."""
    first_row: int
    """Its first row's number in the file, from 1."""
    rows: int
    reason: str


def parquet_rows(source: IO[bytes]) -> Iterator[dict[str, Any] | UnreadRowGroup]:
    """Each row of a Parquet file as a dict, reading one row group at a time.
    A row group that cannot be read stands as one UnreadRowGroup, and the
    reading goes on with the next: the footer says where each group starts,
    so one corrupt group loses no other."""
    parquet = _open(source)
    first_row = 1
    for index in range(parquet.num_row_groups):
        rows = parquet.metadata.row_group(index).num_rows
        try:
            group = parquet.read_row_group(index)
        except (pa.ArrowException, OSError) as exc:
            yield UnreadRowGroup(index, first_row, rows, _one_line(exc))
        else:
            for batch in group.to_batches(max_chunksize=ROWS_AT_ONCE):
                yield from batch.to_pylist()
        first_row += rows


def parquet_schema(source: IO[bytes]) -> pa.Schema:
    return _open(source).schema_arrow


def _open(source: IO[bytes]) -> pq.ParquetFile:
    try:
        parquet = pq.ParquetFile(source)
    except (pa.ArrowException, OSError) as exc:
        compression = _compression_of(source)
        if compression is not None:  # pyarrow said "Parquet magic bytes not found in footer"
            raise ParquetError(f"not a readable Parquet file: {compression} data; a Parquet file is read from "
                               f"its end, and compresses its own columns: decompress it first") from None
        raise ParquetError(f"not a readable Parquet file: {_one_line(exc)}") from None
    reason = twice_named(parquet.schema_arrow)
    if reason is not None:
        raise ParquetError(reason)
    return parquet


def twice_named(schema: pa.Schema) -> str | None:
    """Why rows of ``schema`` cannot be read as records, None when they can: a row is read as a
    dict, which holds one value of a name, so of two `text` columns the story was dropped for the
    other, without a word."""
    repeated = _repeated_name(schema)
    return None if repeated is None else f"column {repeated!r} is there twice: a record holds only one of them"


def _repeated_name(fields: Iterable[pa.Field], prefix: str = "") -> str | None:
    """The dotted path of a field named twice among ``fields`` or the fields nested in them."""
    seen: set[str] = set()
    for field in fields:
        path = f"{prefix}{field.name}"
        if field.name in seen:
            return path
        seen.add(field.name)
        data_type = field.type
        while pa.types.is_list(data_type) or pa.types.is_large_list(data_type) \
                or pa.types.is_fixed_size_list(data_type):
            data_type = data_type.value_type
        inner = _repeated_name(data_type, f"{path}.") if pa.types.is_struct(data_type) else None
        if inner is not None:
            return inner
    return None


def _compression_of(source: IO[bytes]) -> str | None:
    """The compression ``source``'s first bytes show (gzip, zstd...), if any."""
    try:
        source.seek(0)
        compression = sniff_compression(source.read(MAGIC_BYTES))
    except OSError:
        return None
    return None if compression is None else compression.name


def _one_line(exc: Exception) -> str:
    """pyarrow's reason on one line, as failures are named (it may give one a line for each layer)."""
    return "; ".join(line.strip() for line in str(exc).splitlines() if line.strip())


_INT64_MIN, _INT64_MAX, _UINT64_MAX = -(2**63), 2**63 - 1, 2**64 - 1


class ParquetWriter:
    """Writes records as rows of a Parquet file onto ``sink``, a row group
    each ``group_rows`` records.

    Columns the input had (``input_schema``) keep their type, and so do the
    fields of those the records change where their values are of its kind;
    columns (and nested fields, by dotted path) a whole first row group
    leaves empty take the type ``column_types`` gives them (str or float;
    str when not named there); the fields the records were ``dropped`` of
    hold the cleaner's values alone, whatever type the input gave them. A file of no rows has the columns of
    ``null_record``, the record a row of nulls is written as. ``text_fields``: the fields the cleaner writes text
    into (the cleaned text, the error), columns of text from the first row where the input has no column of
    them: a failed record's other value there (`{"text": 5}`) fails alone, not every record's text after it."""

    def __init__(self, sink: IO[bytes], *, input_schema: pa.Schema | None = None,
                 column_types: Mapping[str, type] | None = None, changed: frozenset[str] = frozenset(),
                 dropped: Iterable[str] = (), null_record: Mapping[str, Any] | None = None,
                 text_fields: Iterable[str] = (), group_rows: int = ROW_GROUP_ROWS) -> None:
        clash = metadata_column_clash(input_schema, column_types or {}, dropped)
        if clash is not None:
            raise OutputError(f"{clash}: give the metadata an object of its own (--metadata-field cleaner)")
        self._sink = sink
        self._input_schema = input_schema
        self._column_types = dict(column_types or {})
        self._changed = changed
        self._group_rows = group_rows
        self._null_record = null_record
        self._rows: list[dict[str, Any]] = []
        self._writer: pq.ParquetWriter | None = None
        self._kinds: dict[str, str] = {  # dotted path: the kind of value its column holds
            path: "text" for path in text_fields
            if input_schema is None or path.split(".", 1)[0] not in input_schema.names}
        # The input's columns written back as they were: their values are of their types, a uint64's up to 2**64 - 1.
        self._kept = frozenset(name for name in input_schema.names if name not in changed) \
            if input_schema is not None else frozenset()
        self._unsigned = frozenset(_uint64_fields(input_schema, self._kept)) if input_schema is not None \
            else frozenset()
        self.rows_written = 0
        # Of each metadata field: the first record written with the cleaner's value in it, and the first that
        # keeps a value of its own there of a kind its column cannot hold beside the cleaner's (`metadata_clash`).
        self._found_in: dict[str, str] = {}
        self._own_in: dict[str, tuple[str, str]] = {}

    def metadata_clash(self, record: Mapping[str, Any], found: Collection[str], source: str) -> str | None:
        """Why ``record`` (named ``source``) cannot be written with the records before it: one of the metadata
        fields (``column_types``) holds the cleaner's value in one of them (``found``: this record's such fields)
        and a record's own value of another kind in another (an int `date` kept where the cleaner found none),
        which no column holds both of; None when none does. Said whichever comes first: the first record's kind
        decided which of the others failed (each with a found date, or each keeping its own), and a column typed
        as the cleaner's would fail every record that keeps its own."""
        for path, written in self._column_types.items():
            wanted = _kind(_ARROW_TYPES[written])
            if path in found:
                self._found_in.setdefault(path, source)
            else:
                kind = _value_kind(get_field(record, path))
                if kind is not None and _joined_kind(wanted, kind) != wanted:
                    self._own_in.setdefault(path, (kind, source))
            if path in self._found_in and path in self._own_in:
                kind, own = self._own_in[path]
                return (f"{own} keeps {kind} in {path!r}, its own (where the cleaner finds no {path.split('.')[-1]}, "
                        f"the record's stays), and {self._found_in[path]} holds the cleaner's, {wanted}: a Parquet "
                        f"column cannot hold both; give the metadata an object of its own (--metadata-field cleaner), "
                        f"or drop the records' own (--drop-field {path}), or write JSONL")
        return None

    def misfit_field(self, record: Mapping[str, Any]) -> tuple[str, str] | None:
        """The dotted path of a field of ``record``, at any depth, that the
        file cannot hold, and why: one its columns (those of its first row
        group) lack, which pyarrow would leave out without a word, or one whose
        value is not of its column's kind (a column of ints would truncate
        2.5 to 2, without a word). None when the record fits."""
        if self._writer is not None:
            missing = _missing_field(record, pa.struct(list(self._writer.schema)))
            if missing is not None:
                return missing, f"a Parquet file's columns are those of its first {self._group_rows:,} records"
        settled = self._writer is not None  # else the first row group's values so far say
        for path, value in _leaves(record):
            kind, column = _value_kind(value), self._kinds.get(path)
            if kind == "int" and not (_INT64_MIN <= value <= _INT64_MAX or (path in self._unsigned
                                                                             and 0 <= value <= _UINT64_MAX)):
                return path, "an int over 64 bits, which no Parquet column holds"
            if column is None or kind is None:
                continue
            joined = _joined_kind(column, kind)
            if joined is None or (settled and joined != column):
                article = "an" if kind[0] in "aeiou" else "a"  # an int value, a text value
                return path, f"{article} {kind} value in a column of {column} values"
        return None

    def write(self, record: dict[str, Any]) -> int:
        """Add a row; 0 bytes known (a Parquet file's size is known when it is whole).
        A row that cannot be written whole (`misfit_field`) raises OutputError."""
        record = _keys_escaped(record)
        misfit = self.misfit_field(record)
        if misfit is not None:
            path, why = misfit
            raise OutputError(f"row {self.rows_written + len(self._rows) + 1}: field {path!r} not written: {why}")
        if self._writer is None:  # the first row group's values settle each column's kind
            for path, value in _leaves(record):
                kind = _value_kind(value)
                if kind is not None:
                    joined = _joined_kind(self._kinds.get(path, kind), kind)
                    assert joined is not None, "misfit_field let only fitting values through"
                    self._kinds[path] = joined
        self._rows.append(record)
        if len(self._rows) >= self._group_rows:
            self._flush()
        return 0

    def close(self) -> None:
        """Write the last row group and the file's footer."""
        self._flush()
        if self._writer is None:  # no rows at all: still a valid, empty file
            schema = self._schema_of([dict(self._null_record)]) if self._null_record is not None \
                else self._input_schema or pa.schema([])
            self._writer = pq.ParquetWriter(self._sink, schema)
        self._writer.close()

    def _flush(self) -> None:
        if not self._rows:
            return
        if self._writer is None:
            self._writer = pq.ParquetWriter(self._sink, self._schema_of(self._rows))
            self._kinds = dict(_column_kinds(pa.struct(list(self._writer.schema))))
        schema = self._writer.schema
        try:
            table = _table(self._rows, schema)
        except (pa.ArrowException, ValueError, TypeError, OverflowError) as exc:
            self._writer.close()  # now, while its sink is open, not when collected
            raise OutputError(f"rows {self.rows_written + 1}-{self.rows_written + len(self._rows)} "
                              f"do not fit the columns of the first row group: {clipped(str(exc))}") from None
        self._writer.write_table(table)
        self.rows_written += len(self._rows)
        self._rows = []

    def _schema_of(self, rows: list[dict[str, Any]]) -> pa.Schema:
        # The fields the cleaner writes are columns whatever the rows: a failed record holds no metadata, and a
        # first row group of failed records left it out of the file, failing every cleaned record's after them.
        held = {name for row in rows for name in row}
        unheld = {name: value for name, value in (self._null_record or {}).items() if name not in held}
        rows_and_written = [*rows, unheld] if unheld else rows
        # The input's columns kept as they were are not inferred again: a uint64 over 2**63 would not fit an int64.
        try:
            inferred = _table([{name: value for name, value in row.items() if name not in self._kept}
                               for row in rows_and_written]).schema
        except (pa.ArrowException, ValueError, TypeError, OverflowError) as exc:
            raise OutputError(f"rows 1-{len(rows)} cannot be written as Parquet: {clipped(str(exc))}") from None
        fields = []
        for name in dict.fromkeys(name for row in rows_and_written for name in row):
            given = self._input_schema.field(name) if self._input_schema is not None \
                and name in self._input_schema.names else None
            if given is not None and name in self._kept:
                fields.append(given)
            else:
                column = inferred.field(name)
                fields.append(pa.field(name, settled_type(name, column.type, given.type if given else None,
                                                          self._column_types),
                                       metadata=given.metadata if given else None))  # a column's own description
        empty = next((path for field in fields for path in _empty_structs(field.name, field.type)), None)
        if empty is not None:  # pyarrow's ParquetWriter raised ArrowNotImplementedError: a traceback
            raise OutputError(f"field {empty!r} is an empty object in each of rows 1-{len(rows)}, and a Parquet "
                              f"column cannot be an object of no fields: drop it (--drop-field {empty}), or "
                              f"write JSONL")
        # The input's own schema metadata (pandas' index, Hugging Face's features: a ClassLabel's names) goes with
        # its columns: without it a label column came back as bare ints, an index as a column, in silence.
        return pa.schema(fields, metadata=self._input_schema.metadata if self._input_schema is not None else None)


def metadata_column_clash(schema: pa.Schema | None, written: Mapping[str, type],
                          dropped: Iterable[str] = ()) -> str | None:
    """Why a column of ``schema`` cannot take the metadata ``written`` there (dotted path: type); None
    when each can. Where the cleaner finds a value it writes one of that type, where it finds none the
    record's own stays: a column of another kind (a `date` of timestamps, a `title` of ints) cannot hold
    both, and which it would be is known only batch by batch. A field ``dropped`` (or inside one) holds
    no value of the record's own: the cleaner's alone."""
    dropped = tuple(dropped)
    for path, kind in written.items():
        if any(path == field or path.startswith(f"{field}.") for field in dropped):
            continue
        given = _field_type(schema, path) if schema is not None else None
        wanted = _ARROW_TYPES[kind]
        if given is not None and not pa.types.is_null(given) and _kind(given) != _kind(wanted):
            return (f"column {path!r} holds {given}, and the metadata written there where the cleaner finds "
                    f"it is {wanted} (the record's own where it finds none): one column cannot hold both")
    return None


def _field_type(schema: pa.Schema, path: str) -> pa.DataType | None:
    """The type of the field at dotted ``path`` in ``schema``; None when it has none."""
    head, *rest = path.split(".")
    if head not in schema.names:
        return None
    data_type: pa.DataType = schema.field(head).type
    for name in rest:
        if not pa.types.is_struct(data_type) or data_type.get_field_index(name) < 0:
            return None
        data_type = data_type.field(name).type
    return data_type


def settled_type(path: str, inferred: pa.DataType, given: pa.DataType | None,
                 named: Mapping[str, type]) -> pa.DataType:
    """The type to write a column (or a field nested in one, at dotted
    ``path``) with, whose values have the type ``inferred``, where the
    input's was ``given`` (None for a new column): ``given`` where the values
    are of its kind (text stays large_string or binary, a nested int16 stays
    int16), the one ``named`` gives where no value says (a first row group or
    batch in which every record failed; str when not named), else ``inferred``."""
    children = {child.name: child for child in given} if given is not None and pa.types.is_struct(given) else {}
    if pa.types.is_null(inferred) and (under := _named_under(path, named)):
        # No value says, but the cleaner writes an object here (`metadata_field`): typed as the batches whose
        # rows it cleaned type it, its own fields first (a batch of rows all left out typed it as text apart).
        inferred = pa.struct([pa.field(name, pa.null()) for name in dict.fromkeys([*children, *under])])
    if pa.types.is_struct(inferred):
        # A nested field's own metadata (its description) goes with it, as a column's does.
        return pa.struct([pa.field(child.name, settled_type(f"{path}.{child.name}", child.type,
                                                            given_child.type if given_child else None, named),
                                   metadata=given_child.metadata if given_child else None)
                          for child in inferred for given_child in [children.get(child.name)]])
    if pa.types.is_null(inferred):
        written = _ARROW_TYPES.get(named.get(path, str), pa.string())
        # A field the cleaner writes keeps the input's type only where it is of the written kind: an int `title`
        # column kept for a batch of no titles could not hold the next batch's, and datasets fails on it.
        if given is not None and (path not in named or _kind(given) == _kind(written)):
            return given
        return written
    if given is not None and _kind(given) == _kind(inferred):
        return given
    return inferred


def _empty_structs(path: str, data_type: pa.DataType) -> Iterator[str]:
    """The dotted paths of the objects of no fields in a column of ``data_type`` (in lists too)."""
    while pa.types.is_list(data_type) or pa.types.is_large_list(data_type):
        data_type = data_type.value_type
    if pa.types.is_struct(data_type):
        if data_type.num_fields == 0:
            yield path
        for child in data_type:
            yield from _empty_structs(f"{path}.{child.name}", child.type)


def _uint64_fields(schema: pa.Schema, names: frozenset[str]) -> Iterator[str]:
    """The dotted paths of the uint64 columns among ``names``, and of the uint64 fields nested in them."""
    def walk(path: str, data_type: pa.DataType) -> Iterator[str]:
        if pa.types.is_uint64(data_type):
            yield path
        elif pa.types.is_struct(data_type):
            for child in data_type:
                yield from walk(f"{path}.{child.name}", child.type)

    for name in names:
        yield from walk(name, schema.field(name).type)


def _missing_field(value: Any, data_type: pa.DataType, path: str = "") -> str | None:
    """The dotted path of the first field of ``value`` that ``data_type`` has no place for."""
    if isinstance(value, Mapping) and pa.types.is_struct(data_type):
        places = {field.name: field.type for field in data_type}
        for key, item in value.items():
            inner = f"{path}.{key}" if path else str(key)
            if key not in places:
                return inner
            missing = _missing_field(item, places[key], inner)
            if missing is not None:
                return missing
    elif isinstance(value, list) and (pa.types.is_list(data_type) or pa.types.is_large_list(data_type)):
        if value and pa.types.is_null(data_type.value_type):  # a column of lists the first rows left empty
            return path
        for item in value:
            missing = _missing_field(item, data_type.value_type, path)
            if missing is not None:
                return missing
    return None


def _table(rows: list[dict[str, Any]], schema: pa.Schema | None = None) -> pa.Table:
    """``rows`` as an Arrow table; without ``schema``, its columns are every
    field of any row (pyarrow alone takes the first row's). Parquet's text is
    UTF-8, which a lone surrogate (half an emoji, which JSON can hold as
    `\\ud83d`) is not: such a string is written with the escape as its text,
    as a text file has it, rather than failing its row group."""
    try:
        return _arrow_table(rows, schema)
    except UnicodeEncodeError:
        return _arrow_table([_escaped(row) for row in rows], schema)


def _arrow_table(rows: list[dict[str, Any]], schema: pa.Schema | None) -> pa.Table:
    if schema is not None:
        return pa.Table.from_pylist(rows, schema=schema)
    names = dict.fromkeys(name for row in rows for name in row)
    return pa.table({name: [row.get(name) for row in rows] for name in names})


def _escaped(value: Any) -> Any:
    """``value`` with its strings' lone surrogates as `\\udXXX` text, inside dicts and lists too."""
    if isinstance(value, str):
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    if isinstance(value, dict):
        return {key: _escaped(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_escaped(item) for item in value]
    return value


def _keys_escaped(value: Any) -> Any:
    """``value`` with its dicts' keys as a column or field can be named: Parquet's names are UTF-8, and
    a lone surrogate in a JSON key ("\\ud83d") is written as that escape (as ``_escaped`` writes values),
    not left to fail the row group or, in a later one, to leave its column empty."""
    if isinstance(value, dict):
        return {_escaped(key): _keys_escaped(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_keys_escaped(item) for item in value]
    return value


def _named_under(path: str, named: Mapping[str, type]) -> list[str]:
    """The names of the fields directly under dotted ``path`` that the dotted paths of ``named`` go through."""
    return list(dict.fromkeys(name[len(path) + 1:].split(".", 1)[0] for name in named if name.startswith(f"{path}.")))


def _kind(data_type: pa.DataType) -> str:
    """What Python values a column of ``data_type`` holds, so that values read
    from it and written back fit it: text (str or bytes), int, float, or the type itself."""
    if pa.types.is_dictionary(data_type):
        return _kind(data_type.value_type)
    if pa.types.is_string(data_type) or pa.types.is_large_string(data_type) or pa.types.is_binary(data_type) \
            or pa.types.is_large_binary(data_type) or _is_view(data_type):
        return "text"
    if pa.types.is_integer(data_type):
        return "int"
    if pa.types.is_floating(data_type):
        return "float"
    return str(data_type)


def _is_view(data_type: pa.DataType) -> bool:
    """Whether ``data_type`` is text or bytes held as views (string_view, binary_view: pyarrow 16 and later, Polars'
    own): a cleaned column of them was written back as string."""
    return any(getattr(pa.types, test, lambda _: False)(data_type) for test in ("is_string_view", "is_binary_view"))


def _leaves(record: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Each field of ``record`` by dotted path, those nested in objects too."""
    for key, value in record.items():
        path = f"{prefix}{key}"
        yield path, value
        if isinstance(value, Mapping):
            yield from _leaves(value, f"{path}.")


def _value_kind(value: Any) -> str | None:
    """The kind of column ``value`` needs; None for None and for values not checked (dates)."""
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, (str, bytes)):
        return "text"
    if isinstance(value, Mapping):
        return "struct"
    if isinstance(value, list):
        return "list"
    return None


def _joined_kind(column: str, value: str) -> str | None:
    """The kind of a column holding values of both kinds (ints and floats make
    floats); None when no column holds both."""
    if column == value:
        return column
    return "float" if {column, value} == {"int", "float"} else None


def _column_kinds(data_type: pa.StructType, prefix: str = "") -> Iterator[tuple[str, str]]:
    """The kind of value (`_value_kind`) each column and nested field holds, by dotted path."""
    for field in data_type:
        path, inner = f"{prefix}{field.name}", field.type
        if pa.types.is_dictionary(inner):
            inner = inner.value_type
        if pa.types.is_struct(inner):
            yield path, "struct"
            yield from _column_kinds(inner, f"{path}.")
        elif pa.types.is_list(inner) or pa.types.is_large_list(inner):
            yield path, "list"
        elif pa.types.is_boolean(inner):
            yield path, "bool"
        elif _kind(inner) in ("text", "int", "float"):
            yield path, _kind(inner)
