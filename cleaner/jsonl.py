"""JSONL: one JSON object per line in; the same object out, its text cleaned.

Only the text field changes (with an HTML field, the body is written to the
text field); every other field is kept as it was, in its place.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

from .batch import Outcome
from .model import Explanation
from .outlets import RuleTimeout
from .pipeline import Cleaner

if TYPE_CHECKING:
    from .parallel import Settings


class RecordError(ValueError):
    """A record that cannot be cleaned (no such field, empty text)."""


def numbered_lines(stream: IO[bytes], name: str) -> Iterator[tuple[str, bytes]]:
    """Each non-blank line with a label naming where it came from (`name:line`)."""
    for number, line in enumerate(stream, start=1):
        if line.strip():
            yield f"{name}:{number}", line


def clean_record(cleaner: Cleaner, record: dict[str, Any], settings: Settings) -> tuple[dict[str, Any], Explanation]:
    """``record`` with its text cleaned into ``settings.text_field``."""
    field = settings.html_field or settings.text_field
    value = record.get(field)
    if not isinstance(value, str):
        raise RecordError(f"no text in field {field!r}")
    if not value.strip():
        raise RecordError(f"empty text in field {field!r}")
    url = record.get(settings.url_field) if settings.url_field else None
    url = url if isinstance(url, str) and url else settings.url
    if settings.html_field:
        explanation = cleaner.explain_html(value, url=url, outlet=settings.outlet)
    else:
        explanation = cleaner.explain(value, url=url, outlet=settings.outlet)
    return {**record, settings.text_field: explanation.text}, explanation


def clean_records(
    cleaner: Cleaner, records: Iterable[dict[str, Any]], settings: Settings, error_field: str | None = None
) -> Iterator[dict[str, Any]]:
    """The cleaned records, in order. A record that cannot be cleaned is left
    out, or, with ``error_field``, kept as it was with the reason in that field."""
    for record in records:
        try:
            yield clean_record(cleaner, record, settings)[0]
        except (RecordError, RuleTimeout) as exc:
            if error_field:
                yield {**record, error_field: str(exc)}


def clean_line(cleaner: Cleaner, labelled_line: tuple[str, bytes], settings: Settings) -> Outcome:
    """Parse and clean one JSONL line; the output line is ``outcome.record``."""
    label, line = labelled_line
    outcome = Outcome(label)
    try:
        record = json.loads(line)
    except UnicodeDecodeError:
        outcome.error = "malformed line: not UTF-8"
        return outcome
    except json.JSONDecodeError as exc:
        outcome.error = f"malformed JSON: {exc.msg} (column {exc.colno})"
        return outcome
    if not isinstance(record, dict):
        outcome.error = "malformed line: not a JSON object"
        return outcome
    try:
        cleaned, explanation = clean_record(cleaner, record, settings)
    except (RecordError, RuleTimeout) as exc:
        outcome.error = str(exc)
        return outcome
    outcome.record = json.dumps(cleaned, ensure_ascii=False)
    outcome.bytes_in = len(line)
    outcome.bytes_out = len(outcome.record.encode("utf-8")) + 1
    outcome.count(explanation)
    return outcome
