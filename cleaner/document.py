"""One document in, its Explanation out: the path every way in takes.

File mode, stdin, JSONL records, Dask and `cleaner learn` each hand a
document (bytes or text, and its kind) to `explain_document`; a document that
cannot be cleaned raises `DocumentError` (see errors.py). What is written
for a cleaned document is the output format's business: `FORMATS`.
"""

from __future__ import annotations

import datetime
import json
import os
import re
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, TypeVar, cast, get_args

from .cache import compiled
from .decode import EmptyInput, check_text, decode_bytes, looks_like_html, without_nuls
from .errors import DocumentError

if TYPE_CHECKING:
    from .model import Explanation
    from .pipeline import Cleaner
    from .settings import Settings

Kind = Literal["auto", "text", "html"]
"""``auto``: HTML if the text starts like markup, else text."""
KINDS: tuple[Kind, ...] = get_args(Kind)
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# Suffixes that say "text"; anything else is sniffed.
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})


def kind_of(name: str) -> Kind:
    """The kind a file's name says it holds; ``auto`` when the suffix says nothing."""
    suffix = Path(name).suffix.lower()
    return "html" if suffix in HTML_SUFFIXES else "text" if suffix in TEXT_SUFFIXES else "auto"


# No character takes more than this many bytes (UTF-8, UTF-32, GB 18030).
MAX_BYTES_PER_CHAR = 4


class DocumentTooLarge(DocumentError, ValueError):
    """The document holds more text than the setting ``max_document_chars``,
    or a text more lines than ``max_document_lines``."""


Data = TypeVar("Data")


def check_size(data: Data, settings: Settings) -> Data:
    """``data`` itself, or DocumentTooLarge when it is longer than the
    setting ``max_document_chars``: for bytes, checked before decoding, when
    even at the most bytes a character takes they hold too many characters."""
    limit = settings.max_document_chars
    if isinstance(data, str) and len(data) > limit:
        raise DocumentTooLarge(f"document too large: {len(data):,} characters, over the limit of {limit:,} "
                               f"(setting max_document_chars)")
    if isinstance(data, bytes) and len(data) > MAX_BYTES_PER_CHAR * limit:
        raise DocumentTooLarge(f"document too large: {len(data):,} bytes, more than {limit:,} characters "
                               f"in any encoding (setting max_document_chars)")
    return data


def check_lines(text: str, settings: Settings) -> str:
    """``text`` itself, or DocumentTooLarge when it holds more lines than the
    setting ``max_document_lines`` (line feeds or carriage returns, counted
    in C before any line is made)."""
    lines = max(text.count("\n"), text.count("\r")) + (not text.endswith(("\n", "\r")))
    if lines > settings.max_document_lines:
        raise DocumentTooLarge(f"document too large: {lines:,} lines, over the limit of "
                               f"{settings.max_document_lines:,} (setting max_document_lines)")
    return text


def _plain(data: Data) -> Data:
    """``data`` as a plain str or bytes where it is of a subclass, whose own methods are no part of the text
    (markupsafe's Markup escapes what its replace() and + are given; another's splitlines() changed the lines)."""
    if isinstance(data, str) and type(data) is not str:
        return cast(Data, str.__str__(data))
    if isinstance(data, bytes) and type(data) is not bytes:
        return cast(Data, bytes.__bytes__(data))
    return data


def as_text(data: str | bytes, what: str = "the page") -> str:
    """``data`` as text: bytes are decoded as a file's are, those of no text (nothing, whitespace, a BOM
    alone) as "", as that text is given (`explain_document` refuses either); a str without its stray NULs,
    as decoded bytes are (kept, `clean(text)` held a NUL that `clean(text.encode())` did not, and the HTML
    path a U+FFFD); anything else but ``str`` is a TypeError naming the type, raised before any work."""
    data = _plain(data)
    if isinstance(data, bytes):
        try:
            return decode_bytes(data)
        except EmptyInput:
            return ""
    if not isinstance(data, str):
        raise TypeError(f"{what} must be str or bytes, not {type(data).__name__}")
    return without_nuls(data)


def explain_document(
    cleaner: Cleaner, data: str | bytes, *, kind: Kind = "auto", url: str | None = None,
    outlet: str | None = None, with_metadata: bool = True,
) -> Explanation:
    """Clean one document on the path its ``kind`` names and explain it.

    Bytes are decoded (BOM, UTF-8, the page's declared charset, cp1252);
    bytes or text that are empty or binary raise DecodeError, a user rule
    that runs too long RuleTimeout, a document over the size limit
    DocumentTooLarge: all are DocumentErrors. HTML metadata
    costs extra extraction time: ask for it only when it is written.
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    data = _plain(check_size(data, cleaner.settings))
    text = decode_bytes(data) if isinstance(data, bytes) else check_text(as_text(data))
    if kind == "html" or (kind == "auto" and looks_like_html(text)):
        return cleaner.explain_html(text, url=url, outlet=outlet, with_metadata=with_metadata)
    return cleaner.explain(text, url=url, outlet=outlet)


class OutputFormat(NamedTuple):
    """How a cleaned document is written."""

    suffix: str
    """Of an output file: one per document for a file format, the whole run's for a record format."""
    metadata: bool
    """Writes the metadata, so it must be extracted."""
    render: Callable[[Explanation, str], str] | None
    """(explanation, source name) -> a document's file; None for a record
    format, which writes each document as a record (see records.py)."""

    @property
    def writes_records(self) -> bool:
        """One file of records (`-o` is that file), not a folder of files (`-o` is the folder)."""
        return self.render is None

# A str holds a surrogate only where it was unpaired: a cut emoji's `\\ud83d`
# escape in JSON, or a file name's undecodable byte (`\\udcff`).
_SURROGATE = compiled(r"[\ud800-\udfff]")


class ExactFloat(float):
    """A JSON number read from a record that Python would write otherwise (`1.50`, `1E5`, digits past a float's
    precision: `0.12345678901234567890123`, which came back `0.12345678901234568`, another value): a float, kept
    with its text, which `json_text` writes back as it came."""

    __slots__ = ("text",)
    text: str

    def __new__(cls, text: str) -> ExactFloat:
        number = super().__new__(cls, text)
        number.text = text
        return number

    def __reduce__(self) -> tuple[type[ExactFloat], tuple[str]]:  # to and from worker processes
        return ExactFloat, (self.text,)


class NegativeZero(int):
    """A JSON `-0` read from a record: the integer 0, which Python writes `0`, kept as written (`json_text`)."""

    text = "-0"

    def __new__(cls) -> NegativeZero:
        return super().__new__(cls, 0)

    def __reduce__(self) -> tuple[type[NegativeZero], tuple[()]]:  # to and from worker processes
        return NegativeZero, ()


EXACT_NUMBERS = (ExactFloat, NegativeZero)
"""The numbers read from a record that carry the text they were written as."""


def kind_of_value(value: Any) -> str:
    """A record's value's kind, as messages name it: its Python type's name, that of the number an exact number
    (`EXACT_NUMBERS`) is (`float`, `int`)."""
    return type(value).__mro__[1].__name__ if isinstance(value, EXACT_NUMBERS) else type(value).__name__


def json_text(value: Any, indent: int | None = None) -> str:
    """``value`` as one JSON document and a newline, non-ASCII as itself; an
    unpaired surrogate, which UTF-8 cannot hold, stays as its escape; an
    `ExactFloat` or a `NegativeZero` as it was written."""
    exact: list[str] = []
    text = json.dumps(_exact_numbers_marked(value, exact), ensure_ascii=False, indent=indent, default=_json_value)
    if exact:
        text = re.sub(_EXACT_NUMBER_MARK, lambda match: exact[int(match[1])], text)
    escaped: str = _SURROGATE.sub(lambda match: f"\\u{ord(match[0]):04x}", text)
    return escaped + "\n"


# json.dumps writes a float or int subclass as a float or int: each exact number goes in as a string of this mark
# and its place in `exact` and is swapped for its text afterwards. The mark's random part is no string a record
# holds by chance.
_EXACT_NUMBER_MARK_TEXT = f"\ue000exact-number-{os.urandom(8).hex()}-"
_EXACT_NUMBER_MARK = f'"{_EXACT_NUMBER_MARK_TEXT}([0-9]+)"'  # re's own cache: a pattern of this process alone


def _exact_numbers_marked(value: Any, exact: list[str]) -> Any:
    """``value`` with each exact number in it (`EXACT_NUMBERS`) a mark, its text appended to ``exact``; ``value``
    itself where it holds none."""
    if isinstance(value, EXACT_NUMBERS):
        exact.append(value.text)
        return f"{_EXACT_NUMBER_MARK_TEXT}{len(exact) - 1}"
    if isinstance(value, dict):
        marked = {key: _exact_numbers_marked(item, exact) for key, item in value.items()}
        return marked if any(marked[key] is not item for key, item in value.items()) else value
    if isinstance(value, list | tuple):
        items = [_exact_numbers_marked(item, exact) for item in value]
        return items if any(new is not item for new, item in zip(items, value, strict=True)) else value
    return value


def _json_value(value: Any) -> Any:
    """What JSON has for a value of a Parquet column it has no type for: a time as ISO 8601, a
    duration in seconds, a decimal as its digits (exact), bytes as text with `\\udcXX` escapes for
    those that are not UTF-8 (as a JSONL line's are read)."""
    if isinstance(value, datetime.date | datetime.time):  # a datetime is a date
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    import decimal  # here: only Parquet values are decimals, and importing it cost every start 2 ms

    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "surrogateescape")
    raise TypeError(f"a {type(value).__name__} has no JSON form")


def _text(explanation: Explanation, source: str) -> str:
    return explanation.text


def _json(explanation: Explanation, source: str) -> str:
    return json_text({
        "source": source,
        "text": explanation.text,
        "metadata": asdict(explanation.metadata),
        "outlet": explanation.outlet,
        "language": explanation.language,
        "removed": dict(sorted(explanation.removed_counts.items())),
        "reading": explanation.reading,  # HTML: the reading kept and why (html_choice); text: None
    }, indent=2)


JSONL_ALIASES = (".ndjson", ".jl", ".jsonlines")
"""Other names of JSONL files: NDJSON's, and Scrapy's JSON lines feeds (`scrapy crawl -o items.jl`)."""

FORMATS: dict[str, OutputFormat] = {
    "text": OutputFormat(".txt", metadata=False, render=_text),
    "json": OutputFormat(".json", metadata=True, render=_json),
    "jsonl": OutputFormat(".jsonl", metadata=False, render=None),
    "parquet": OutputFormat(".parquet", metadata=False, render=None),
}
