"""Corpus files: JSONL, WARC and Parquet, compressed or not, read as a
stream of records and written as one.

A corpus is known by its name (`pages.jsonl.zst`, `crawl.warc.gz`,
`rows.parquet`) or, where the name says nothing, by its first bytes (a WARC
starts with `WARC/`, Parquet with `PAR1`). Every entry read carries a label
naming where it came from (`pages.jsonl:17`), and an entry that is not a
record (a malformed JSONL line) carries its reason instead, so that the
output can keep a row for it.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import IO, Any, Protocol

import regex

from .compression import MAGIC_BYTES, inner_name, opened_for_reading
from .records import get_field

CORPUS_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".warc": "warc", ".parquet": "parquet"}
"""Suffixes (under any compression suffix) that name a corpus, and its kind."""
WARC_MAGIC = b"WARC/"
PARQUET_MAGIC = b"PAR1"
# Longest output file name made from a record id (file systems allow 255 bytes;
# the atomic writer adds a prefix and a suffix to it).
MAX_NAME_CHARS = 160
_UNSAFE_NAME_CHARS = regex.compile(r"[^\w.\-]+")


def corpus_kind(name: str | PurePath, head: bytes = b"") -> str | None:
    """'jsonl', 'warc' or 'parquet' for a corpus, from its name (the suffix
    under any compression suffix) or else its first decompressed bytes;
    None for a page (text or HTML)."""
    kind = CORPUS_SUFFIXES.get(PurePath(inner_name(PurePath(name).name)).suffix.lower())
    if kind:
        return kind
    if head.startswith(WARC_MAGIC):
        return "warc"
    if head.startswith(PARQUET_MAGIC):
        return "parquet"
    return None


def peek_decompressed(stream: IO[bytes]) -> bytes:
    """The first bytes ``stream`` holds once decompressed; ``stream`` (which
    must be seekable) is rewound."""
    start = stream.tell()
    with opened_for_reading(stream) as data:
        head = data.read(MAGIC_BYTES)
    stream.seek(start)
    return head


@dataclass
class Entry:
    """One entry of a corpus: a record, or why it is not one."""

    label: str
    record: dict[str, Any] | None = None
    error: str | None = None
    size: int = 0
    """Bytes it took in the input."""


def parse_line(line: bytes) -> dict[str, Any] | str:
    """The JSON object on ``line``, or the reason it is not one."""
    try:
        record = json.loads(line)
    except UnicodeDecodeError:
        return "malformed line: not UTF-8"
    except json.JSONDecodeError as exc:
        return f"malformed JSON: {exc.msg} (column {exc.colno})"
    return record if isinstance(record, dict) else "malformed line: not a JSON object"


def jsonl_entries(stream: IO[bytes], name: str) -> Iterator[Entry]:
    """Each non-blank line of a JSONL stream (decompressed as needed)."""
    with opened_for_reading(stream) as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                parsed = parse_line(line)
                label = f"{name}:{number}"
                if isinstance(parsed, str):
                    yield Entry(label, error=parsed, size=len(line))
                else:
                    yield Entry(label, record=parsed, size=len(line))


def warc_entries(stream: IO[bytes], name: str, skipped: Counter[str]) -> Iterator[Entry]:
    """Each HTML page of a WARC stream; the records skipped are counted into ``skipped``."""
    # The `warc` extra: imported when a WARC is read.
    from .webarchive import HTML_FIELD, WarcReader

    reader = WarcReader(stream)
    reader.skipped = skipped
    for document in reader:
        yield Entry(f"{name}:{document['id']}", record=document, size=len(document[HTML_FIELD]))


def parquet_entries(stream: IO[bytes], name: str) -> Iterator[Entry]:
    """Each row of a Parquet file (``stream`` must be seekable)."""
    # The `parquet` extra: imported when Parquet is read.
    from .parquet_io import parquet_rows

    for number, row in enumerate(parquet_rows(stream), start=1):
        yield Entry(f"{name}:row {number}", record=row)


def entries(kind: str, stream: IO[bytes], name: str, skipped: Counter[str]) -> Iterator[Entry]:
    """The entries of a corpus of ``kind``; WARC records left out are counted into ``skipped``."""
    if kind == "jsonl":
        return jsonl_entries(stream, name)
    if kind == "warc":
        return warc_entries(stream, name, skipped)
    return parquet_entries(stream, name)


def count_entries(kind: str, stream: IO[bytes]) -> int | None:
    """How many entries a seekable corpus stream holds, when that is cheap to
    know (the progress bar's total); ``stream`` is rewound."""
    start = stream.tell()
    try:
        if kind == "jsonl":
            with opened_for_reading(stream) as lines:
                return sum(1 for line in lines if line.strip())
        if kind == "parquet":
            from .parquet_io import parquet_row_count

            return parquet_row_count(stream)
        return None  # a WARC's HTML pages are known only by reading them all
    finally:
        stream.seek(start)


class RecordWriter(Protocol):
    def write(self, record: dict[str, Any]) -> None: ...

    def close(self) -> None: ...


@dataclass
class JsonlWriter:
    """Records as JSON lines onto a binary stream (compress it beforehand as needed)."""

    stream: IO[bytes]
    lines_written: int = field(default=0, init=False)

    def write(self, record: dict[str, Any]) -> None:
        text = json.dumps(record, ensure_ascii=False)
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate (a cut emoji): \u-escaped, the JSON stays valid
            data = json.dumps(record).encode("ascii")
        self.stream.write(data + b"\n")
        self.lines_written += 1

    def close(self) -> None:
        """Nothing to finish: each line is whole when written."""


def entry_file_name(entry: Entry, number: int, id_field: str = "id") -> str:
    """A file name for an entry written into a folder: its record's id made
    safe (`urn:uuid:0f3c…` gives `urn_uuid_0f3c…`), else its number."""
    value = get_field(entry.record, id_field) if entry.record is not None else None
    name = _UNSAFE_NAME_CHARS.sub("_", str(value)).strip("._")[:MAX_NAME_CHARS] if value not in (None, "") else ""
    return name or f"{number:06}"
