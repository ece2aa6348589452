"""JSONL: one JSON object per line in; the same object out, its text cleaned.

Only the text field changes (with an HTML field, the body is written to the
text field); every other field is kept as it was, in its place. The document
in a record is cleaned as a file holding the same text would be.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any, NamedTuple

from .document import Kind, with_body
from .errors import DocumentError
from .pipeline import Cleaner
from .run import Outcome, RunOptions, clean_document, cleaner_for


class RecordError(DocumentError):
    """A line or record that holds no document (not JSON, no such field)."""


class Line(NamedTuple):
    source: str
    """Where the line came from: `name:number`."""
    data: bytes


def numbered_lines(stream: IO[bytes], name: str) -> Iterator[Line]:
    """Each non-blank line with a label naming where it came from (`name:line`)."""
    for number, line in enumerate(stream, start=1):
        if line.strip():
            yield Line(f"{name}:{number}", line)


def parse_record(line: bytes) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except UnicodeDecodeError:
        raise RecordError("malformed line: not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise RecordError(f"malformed JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(record, dict):
        raise RecordError("malformed line: not a JSON object")
    return record


def document_of(record: dict[str, Any], options: RunOptions) -> tuple[str, Kind, str | None]:
    """The record's document, its kind and its URL (``options.url`` where it has none)."""
    field = options.html_field or options.text_field
    value = record.get(field)
    if not isinstance(value, str):
        raise RecordError(f"no text in field {field!r}")
    url = record.get(options.url_field) if options.url_field else None
    return value, "html" if options.html_field else "text", url if isinstance(url, str) and url else options.url


def clean_records(
    cleaner: Cleaner, records: Iterable[dict[str, Any]], options: RunOptions, error_field: str | None = None
) -> Iterator[dict[str, Any]]:
    """The cleaned records, in order. A record that cannot be cleaned is left
    out, or, with ``error_field``, kept as it was with the reason in that field."""
    for record in records:
        try:
            document, kind, url = document_of(record, options)
            explanation = cleaner.explain_document(document, kind=kind, url=url, outlet=options.outlet,
                                                   with_metadata=False)
        except DocumentError as exc:
            if error_field:
                yield {**record, error_field: str(exc)}
        else:
            yield with_body(record, options.text_field, explanation)


def clean_line(options: RunOptions, labelled_line: Line) -> Outcome:
    """Parse and clean one JSONL line (the work a worker does for a JSONL
    input); the output line is ``outcome.output``."""
    label, line = labelled_line
    try:
        record = parse_record(line)
        document, kind, url = document_of(record, options)
    except RecordError as exc:
        return Outcome(label, error=str(exc))
    return clean_document(cleaner_for(options), document, label, kind=kind, fmt="jsonl", url=url,
                          outlet=options.outlet, record=record, text_field=options.text_field, size=len(line))
