"""Corpus files: JSONL, WARC and Parquet, compressed or not, read as a
stream of records and written as one.

A corpus is known by its name (`pages.jsonl.zst`, `crawl.warc.gz`,
`rows.parquet`) or, where the name says nothing, by its first bytes (a WARC
starts with `WARC/`, Parquet with `PAR1`). Every entry read carries a label
naming where it came from (`pages.jsonl:17`); an entry that is not a record
(a malformed JSONL line) fails with its reason, and a record format keeps a
row for it all the same.
"""

from __future__ import annotations

import codecs
import errno
import importlib.util
import io
import json
import math
import os
import stat
import sys
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager, nullcontext, suppress
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import IO, Any, AnyStr, Protocol

from .atomic import atomic_binary_output, remove_stale_temporaries, write_whole
from .cache import compiled
from .compression import (
    MAGIC_BYTES, CompressionError, CorruptGzipMember, GzipMembers, compression_for_name, gzip_members, inner_name,
    opened_for_reading, opened_for_writing,
)
from .decode import utf16_without_bom
from .document import EXACT_NUMBERS, FORMATS, JSONL_ALIASES, ExactFloat, Kind, NegativeZero, json_text
from .errors import CorpusError, clipped
from .files import fitted_name
from .records import (METADATA_TYPES, RecordError, RecordOptions, document_field, document_of, error_field_taken,
                      fields_held, get_field, null_record, stand_in, text_fields)
from .run import MAX_INPUT_BYTES, Outcome, RunOptions, RunStopped, clean_document, cleaner_for, failed_outcome

CORPUS_SUFFIXES = {".jsonl": "jsonl", ".warc": "warc", ".wet": "warc", ".parquet": "parquet",
                   **dict.fromkeys(JSONL_ALIASES, "jsonl")}
"""Suffixes (under any compression suffix) that name a corpus, and its kind."""
WARC_HTML_FIELD = "html"
"""The field of a WARC page's record that holds its HTML (a WET page's text)."""
EXTRAS = {"warc": ("warcio", "warc"), "parquet": ("pyarrow", "parquet")}
"""Corpus kind -> the module it is read and written with, and the extra that installs it."""
WARC_MAGIC = b"WARC/"
PARQUET_MAGIC = b"PAR1"
# Longest output file name made from a record id, in bytes of UTF-8 (file systems allow 255 bytes; the
# atomic writer adds a prefix and a suffix to it): in characters, 160 letters not ASCII made too long a name.
MAX_NAME_BYTES = 160
_UNSAFE_NAME_CHARS = compiled(r"[^\w.\-]+")


def corpus_kind(name: str | PurePath, head: bytes = b"") -> str | None:
    """'jsonl', 'warc' or 'parquet' for a corpus, from its name (the suffix
    under any compression suffix) or else its first decompressed bytes;
    None for a page (text or HTML)."""
    kind = CORPUS_SUFFIXES.get(PurePath(inner_name(PurePath(name).name)).suffix.lower())
    if kind:
        return kind
    if head.removeprefix(codecs.BOM_UTF8).lstrip().startswith(WARC_MAGIC):  # a BOM, blank lines before it: read past
        return "warc"
    if head.startswith(PARQUET_MAGIC):
        return "parquet"
    return None


_TEXT_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


SNIFF_BYTES = 4096
"""How much of stdin's start tells what it holds: enough to see past blank
lines and whitespace before a JSONL's first `{`, bounded as a page's start
may be whitespace alone."""


def shows_its_kind(head: bytes) -> bool:
    """Whether a stream's first bytes are enough to tell what it holds: a
    few bytes past any byte order mark and leading whitespace (a JSONL's
    `{`, a WARC's or Parquet file's magic)."""
    for bom, encoding in _TEXT_BOMS:
        if head.startswith(bom):
            return len(_past_blanks(head[len(bom):].decode(encoding, "ignore"))) >= _KIND_SHOWN_BYTES
    return len(head.lstrip()) >= _KIND_SHOWN_BYTES


_KIND_SHOWN_BYTES = 8  # past the longest magic looked for ("WARC/", "PAR1")


def starts_like_jsonl(head: bytes) -> bool:
    """Whether a stream's first bytes open a JSON object, after any byte
    order mark (a JSONL saved by Windows tools starts with one) and blank
    lines, which may hold a byte order mark of their own (files joined, the
    first a BOM alone: Notepad's empty file): a `{` before a key's quote or
    the object's end. A page that opens with another brace (`{{Infobox`, a
    wiki's template) is none: on stdin it failed as JSONL, a line at a time."""
    for bom, encoding in _TEXT_BOMS:
        if head.startswith(bom):
            return _OPENS_AN_OBJECT.match(_past_blanks(head[len(bom):].decode(encoding, "ignore"))) is not None
    return _OPENS_AN_OBJECT_IN_BYTES.match(head.lstrip()) is not None


_OPENS_AN_OBJECT = compiled(r'\{\s*["}]')
_OPENS_AN_OBJECT_IN_BYTES = compiled(rb'\{[\s\x00]*["}]')  # NULs: UTF-16 without a BOM, read as such


_OPENS_WITH_BRACE = compiled(rb"(?:\xef\xbb\xbf|\s)*\{")
_OPENS_LIKE_RECORD = compiled(rb"(?:\xef\xbb\xbf|\s)*\{\s*\"")
JSON_LINES_SHOWN = 2
"""How many of a page's first lines that are not blank show it holds JSON lines, each a whole JSON object, or one
a whole one and the others opening as one (`{"`: a record cut short or otherwise malformed); one whole object alone
in a page of one line: a page's text may open with one such line, a JSON-LD block it printed."""


def holds_json_lines(data: bytes) -> bool:
    """Whether the bytes of a page hold JSON lines rather than a page: its first lines that are not blank (up to
    `JSON_LINES_SHOWN`) are each a whole JSON object, or one is and the others open as one. A page that merely
    opens with a brace (`{{Infobox`), or with a JSON-LD line above its prose, does not."""
    if not _OPENS_WITH_BRACE.match(data):  # most pages: their first line is not read
        return False
    shown = _first_lines(data)
    whole = [_is_record(line) for line in shown]
    return any(whole) and all(is_whole or _OPENS_LIKE_RECORD.match(line)
                              for line, is_whole in zip(shown, whole, strict=True))


def _first_lines(data: bytes) -> list[bytes]:
    """The first lines of ``data`` that are not blank (blank lines are skipped, as in JSONL), up to `JSON_LINES_SHOWN`,
    each with its line feed (the last may lack one: cut, or the data's end)."""
    shown: list[bytes] = []
    start = 0
    while len(shown) < JSON_LINES_SHOWN and start < len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end + 1
        line, start = data[start:end], end
        if line.replace(codecs.BOM_UTF8, b"").strip():
            shown.append(line)
    return shown


STREAM_LOOK_AHEAD = 65536
"""How much of a stream's start that opens a JSON object is read to tell JSONL from a page under a JSON-LD line
(`holds_jsonl_on_a_stream`): past a JSON-LD block's line; a stream whose first line is longer is JSONL."""


def shows_whether_jsonl(head: bytes) -> bool:
    """Whether a stream's first bytes tell whether it holds JSONL (`holds_jsonl_on_a_stream`): its kind shown
    (`shows_its_kind`), and, where it opens a JSON object, its first line whole and, where that is JSON-LD, its
    next line that is not blank begun (a writer that waits for a record's output before sending the next is
    not waited on)."""
    if not shows_its_kind(head):
        return False
    if not starts_like_jsonl(head):
        return True
    first, *after = _first_lines(head)
    if not first.endswith(b"\n"):
        return False
    return not _is_json_ld(first) or bool(after) and (after[0].endswith(b"\n")
                                                      or len(after[0].strip()) >= _KIND_SHOWN_BYTES)


def holds_jsonl_on_a_stream(head: bytes) -> bool:
    """Whether a stream (stdin, a pipe) whose first bytes are ``head`` holds JSONL: it opens a JSON object
    (`starts_like_jsonl`), unless its first line is a whole JSON-LD object (its `@context`) and the next that is
    not blank opens none: a page under the JSON-LD block it printed, as the same page given by name is
    (`holds_json_lines`); on stdin each of its lines failed as a malformed record, exit 1. A record followed by
    a line that is not one (a malformed record) is JSONL's, and so is a first line cut short or over
    `STREAM_LOOK_AHEAD`."""
    if not starts_like_jsonl(head):
        return False
    shown = _first_lines(head)
    return not (len(shown) == JSON_LINES_SHOWN and shown[0].endswith(b"\n") and _is_json_ld(shown[0])
                and not starts_like_jsonl(shown[1]))


def _is_json_ld(line: bytes) -> bool:
    try:
        return "@context" in parse_record(line)
    except RecordError:
        return False


_OPENS_JSON_DOCUMENT = compiled(rb"(?:\xef\xbb\xbf|\s)*[\[{]")


def holds_json_document(data: bytes) -> bool:
    """Whether the bytes of a page are one JSON array or object, whole (what datasets' `to_json(lines=False)`, an
    API's answer or `jq -s` writes): cleaned as a page, its records came out as lines of JSON. A page that merely
    opens with a bracket (`[Photo: ...]`) does not; nor do JSON lines, which `holds_json_lines` tells."""
    if not _OPENS_JSON_DOCUMENT.match(data):  # most pages: not parsed
        return False
    try:
        return isinstance(json.loads(data.removeprefix(codecs.BOM_UTF8)), list | dict)
    except (ValueError, RecursionError):  # not JSON (a bad byte's UnicodeDecodeError too), or nested too deep
        return False


def _is_record(line: bytes) -> bool:
    try:
        parse_record(line)
    except RecordError:
        return False
    return True


def _past_blanks(text: str) -> str:
    """``text`` past its leading white space and byte order marks, as JSONL's blank lines are (`blank_line`)."""
    return text.lstrip(_BLANK)


_BLANK = " \t\r\n\f\v\ufeff"


def missing_extra(*kinds: str | None) -> str | None:
    """The `pip install` line for what reading or writing ``kinds`` needs and this Python lacks."""
    for kind in kinds:
        if kind in EXTRAS and importlib.util.find_spec(EXTRAS[kind][0]) is None:
            return f"pip install 'cleaner[{EXTRAS[kind][1]}]'"
    return None


def peek_decompressed(stream: IO[bytes]) -> bytes:
    """The first bytes ``stream`` holds once decompressed; ``stream`` (which
    must be seekable) is rewound."""
    start = stream.tell()
    with opened_for_reading(stream) as data:
        head = data.read(MAGIC_BYTES)
        if head[:1].isspace():  # blank lines before a WARC's first record: looked past, where they can be read
            with suppress(CompressionError):
                head += data.read(SNIFF_BYTES)
    stream.seek(start)
    return head


@dataclass
class Entry:
    """One entry of a corpus: a record, or a JSONL line not yet parsed (the
    worker parses it)."""

    source: str
    """Where it came from, in messages: `pages.jsonl:17`, `crawl.warc.gz:urn:uuid:…`."""
    number: int
    """Its place in the corpus, from 1: names its file when it has no id."""
    record: dict[str, Any] | None = None
    line: bytes | None = None
    size: int = 0
    """Bytes it took in the input."""
    problem: str | None = None
    """Why the record, read, cannot be cleaned (a WARC page's body cut short)."""
    kind: Kind | None = None
    """What its document is where the corpus says so (a WET's page text), else what the options say."""

    def parsed(self, options: RunOptions) -> tuple[dict[str, Any], str | None]:
        """(the record, why it cannot be cleaned): a line's as `line_record` reads it."""
        if self.record is not None:
            return self.record, self.problem
        record, problem = line_record(self.line or b"", options.record)
        return record, problem or self.problem

    def failed(self, options: RunOptions, reason: str) -> Outcome:
        """This entry failed for ``reason`` (its worker died): its record keeps its row."""
        return failed_outcome(self.source, reason, options, self.parsed(options)[0])


def line_record(line: bytes, options: RecordOptions) -> tuple[dict[str, Any], str | None]:
    """(the record of a JSONL ``line``, why it is none). A line that is no record stands as its text
    where the document is read from (`records.stand_in`), so that it can be found and mended: bytes
    that are not UTF-8 as surrogate escapes, which give them back (`surrogateescape`)."""
    try:
        return parse_record(line), None
    except RecordError as exc:
        return stand_in(line.rstrip(b"\r\n").decode("utf-8", "surrogateescape"), options), str(exc)


MAX_RECORD_DEPTH = 200
"""Arrays and objects nested deeper in a JSONL record fail it alone: the JSON
parser, the pickling to worker processes and the JSON writer each recurse a
level at a time and stop near Python's recursion limit (1,000), which ended
the run, or failed the record with --jobs 2 but not with --jobs 1."""
_TOO_DEEP = f"malformed line: JSON nested deeper than {MAX_RECORD_DEPTH} levels"


def parse_record(line: bytes) -> dict[str, Any]:
    """The JSON object on ``line``; RecordError saying why when it is not one."""
    try:
        # Decoded here: json.loads(bytes) guesses UTF-16 or UTF-32 from NUL bytes at the start.
        text = line.rstrip(b"\r\n").decode("utf-8").lstrip("\ufeff")  # a BOM alone before it too: files joined
    except UnicodeDecodeError:
        raise RecordError("malformed line: not UTF-8") from None
    try:
        # A cut line's error names its column.
        record = json.loads(text, parse_float=_finite_float, parse_constant=_no_constant,
                            parse_int=_int_as_written if "-0" in text else None,  # most lines hold no -0
                            object_pairs_hook=_object_of_unique_keys)
    except json.JSONDecodeError as exc:
        raise RecordError(f"malformed JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:  # Python's parser recurses into each array and object
        raise RecordError(_TOO_DEEP) from None
    except ValueError:  # an int past Python's digits limit, valid JSON: its traceback ended the run
        raise RecordError(f"malformed line: number out of range (an integer of over {sys.get_int_max_str_digits()} "
                          "digits, Python's limit: PYTHONINTMAXSTRDIGITS=0 lifts it)") from None
    if not isinstance(record, dict):
        raise RecordError("malformed line: not a JSON object")
    if _nested_deeper(record, MAX_RECORD_DEPTH):
        raise RecordError(_TOO_DEEP)
    return record


def _finite_float(text: str) -> float:
    """A JSON number as a float, an `ExactFloat` where Python would write it otherwise (`1.50`); one beyond a
    float's range (1e400) is an error, as it would be written back as `Infinity`, which is not JSON."""
    value = float(text)
    if math.isinf(value):
        raise RecordError(f"malformed line: number out of range ({text[:20]})")
    return value if repr(value) == text else ExactFloat(text)


def _int_as_written(text: str) -> int:
    """A JSON integer; `-0` as a `NegativeZero`, written back as it came (Python's int writes it `0`)."""
    return NegativeZero() if text == "-0" else int(text)


def _object_of_unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object as a dict; a key given twice is an error (Python's json keeps the last value and
    drops the others: `{"text": "...", "text": ""}` lost the first text without a word)."""
    record = dict(pairs)
    if len(record) < len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise RecordError(f"malformed JSON: key {clipped(key)!r} given twice in an object")
            seen.add(key)
    return record


def _no_constant(name: str) -> float:
    """Python's json reads `NaN`, `Infinity` and `-Infinity`, which are not JSON: written back,
    other tools refuse the line."""
    raise RecordError(f"malformed JSON: {name} is not a JSON value (a number, or null)")


def _non_finite_field(record: Mapping[str, Any], prefix: str = "") -> str | None:
    """The dotted path of a field of ``record`` that holds a float NaN or infinity (in a list too)."""
    for key, value in record.items():
        path = f"{prefix}{key}"
        if isinstance(value, Mapping):
            inner = _non_finite_field(value, f"{path}.")
            if inner is not None:
                return inner
        elif _holds_non_finite(value):
            return path
    return None


def _holds_non_finite(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, float) and not math.isfinite(item):
            return True
        if isinstance(item, list | tuple):
            stack.extend(item)
        elif isinstance(item, Mapping):
            stack.extend(item.values())
    return False


def _nested_deeper(value: Any, limit: int) -> bool:
    """Whether ``value`` holds arrays or objects nested over ``limit`` levels (walked without recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def jsonl_entries(stream: IO[bytes], name: str, max_bytes: int = MAX_INPUT_BYTES) -> Iterator[Entry]:
    """Each non-blank line of a JSONL stream (decompressed as needed). A line
    over ``max_bytes`` fails alone, read past rather than held whole (a
    10 GB line would exhaust memory). A corrupt gzip member is skipped up to
    the next member that decompresses (`_past_corrupt_members`)."""
    members = gzip_members(stream)
    with opened_for_reading(stream) if members is None else nullcontext(stream) as data:
        lines = _utf8_lines(data, max_bytes) if members is None else _past_corrupt_members(members, name, max_bytes)
        number = line_number = 0
        for line in _refusing_one_document(lines):
            if isinstance(line, Entry):  # bytes skipped: an entry of their own, not a line
                number += 1
                line.number = number
                yield line
                continue
            line_number += 1
            if line is None:
                number += 1
                yield Entry(f"{name}:{line_number}", number, record={},
                            problem=f"line too large (over {max_bytes} bytes)")
            elif not blank_line(line):
                number += 1
                yield Entry(f"{name}:{line_number}", number, line=line, size=len(line))


def _refusing_one_document(lines: Iterator[bytes | Entry | None]) -> Iterator[bytes | Entry | None]:
    """``lines``, a JSONL's, unless its first lines that are not blank show one JSON document instead
    (`one_json_document`): a CorpusError then, the file's one failure, where each of its lines failed alone."""
    head: list[bytes | Entry | None] = []
    shown: list[bytes | Entry | None] = []
    for line in lines:
        head.append(line)
        if not (isinstance(line, bytes) and blank_line(line)):
            shown.append(line)
            if len(shown) == JSON_DOCUMENT_LINES_SHOWN:
                break
    if shown and isinstance(shown[0], bytes) and (reason := _another_corpus(shown[0]) or records_ended_by_cr(shown[0])
                                                  or one_json_document(shown[0], shown[1:])):
        raise CorpusError(reason)
    yield from head
    yield from lines


def _another_corpus(first: bytes) -> str | None:
    """Why a JSONL whose first line is ``first`` is another corpus by its content (a WARC or Parquet file named
    .jsonl): each of its lines failed as malformed JSON, their bytes written back as records' text, exit 1."""
    kind = corpus_kind("", first)
    if kind is None:
        return None
    title, magic = ("WARC", WARC_MAGIC) if kind == "warc" else ("Parquet", PARQUET_MAGIC)
    return f"a {title} file by its content (it starts with {magic.decode()}), not JSON lines: " \
           f"give it a .{kind} name to clean its records"


def records_ended_by_cr(data: bytes) -> str | None:
    """Why ``data``, a JSONL's first line or a page's bytes, holds no JSON lines: records that end in a carriage
    return alone (classic Mac OS's line ends), all of them one line to a reader of lines, that failed as one
    malformed record ("Extra data"), or a page's text (`records.txt`, cleaned as a page, exit 0)."""
    if not _OPENS_WITH_BRACE.match(data):
        return None
    end = data.find(b"\r")
    if end < 0 or data[end + 1:end + 2] == b"\n" or b"\n" in data[:end] or not _is_record(data[:end]):
        return None
    return "records end in a carriage return alone (CR, classic Mac OS line ends), not a line feed: JSON lines " \
           "end in one (tr '\\r' '\\n' converts them)"


JSON_DOCUMENT_LINES_SHOWN = 2
"""How many of a JSONL's first lines that are not blank `one_json_document` is shown: the first, which opens the
document, and the next, which shows whether records follow it."""


def one_json_document(first: bytes, after: Sequence[bytes | Entry | None]) -> str | None:
    """Why a JSONL whose first line that is not blank is ``first``, with ``after`` the lines that are not blank
    after it (up to `JSON_DOCUMENT_LINES_SHOWN`), holds one JSON document rather than JSON lines: an array alone
    on its line (`jq -s -c`), or an array or object that goes on past its first line, the next line no record
    (pretty-printed: `jq .`, `json.dumps(indent=2)`). A first record cut short, or a line of an array among
    records, is a line that fails alone."""
    try:
        text = first.decode("utf-8").removeprefix("\ufeff").strip()
        value = json.loads(text)
    except json.JSONDecodeError as exc:  # a whole document's first line ends before it does, lines after it
        one_document = exc.pos == len(text) and bool(after) and not (isinstance(after[0], bytes)
                                                                     and _is_record(after[0]))
    except (ValueError, RecursionError):  # a byte not in UTF-8; nested too deep
        return None
    else:
        one_document = isinstance(value, list) and not after
    if not one_document:
        return None
    if text.startswith("["):
        return "one JSON array, not JSON lines: records are read one JSON object a line (jq -c '.[]' writes them so)"
    return "one JSON object over several lines, not JSON lines: records are read one JSON object a line " \
           "(jq -c . writes them so)"


def _past_corrupt_members(members: GzipMembers, name: str, max_bytes: int) -> Iterator[bytes | Entry | None]:
    """The lines of a gzip JSONL's members (`_utf8_lines`), and, for the bytes from a corrupt member
    on up to the next member that decompresses, an Entry that fails by name (`NAME:bytes 779-1166`):
    the lines in them are lost, and later lines are numbered as read. The reading stops at a
    corrupt member that no other follows, and at one stdin no longer holds (over `PIPE_KEEPS_BYTES`)."""
    gap: CorruptGzipMember | None = None
    gap_end = 0  # where the member gone on at starts

    def skipped() -> Entry:
        assert gap is not None
        return Entry(f"{name}:bytes {gap.start}-{gap_end - 1}", 0, record={},
                     problem=f"{gap}: skipped up to the next gzip member")

    while True:
        data = members.stream()
        try:
            for line in _utf8_lines(data, max_bytes):
                if gap is not None:
                    yield skipped()
                    gap = None
                    members.settled()
                yield line
            if gap is not None:  # the member gone on at held nothing
                yield skipped()
            return
        except CorruptGzipMember as exc:
            gap = gap or exc
            corrupt = exc.start
        finally:
            data.detach()  # its buffer holds data of the corrupt member; the members go on
        gap_end = members.go_on_past(corrupt, gap)  # with no member after it, the error follows the lines before


def blank_line(line: str | bytes) -> bool:
    """Whether a JSONL line holds nothing: white space, after the byte order mark a file may start with
    (each file of those joined into one stream): a line of a BOM alone was a record that failed."""
    if isinstance(line, str):
        return not line.removeprefix("\ufeff").strip()
    return not line.removeprefix(codecs.BOM_UTF8).strip()


def _utf8_lines(stream: IO[bytes], max_bytes: int = MAX_INPUT_BYTES) -> Iterator[bytes | None]:
    """The lines of a JSONL stream, in UTF-8, None for a line over ``max_bytes``.
    One in UTF-16, with its BOM (what Windows PowerShell's `>` writes) or
    without (its zero bytes tell), is read as such: split on its bytes, its
    lines would each fail, and the NULs between them make records of their own."""
    head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]  # type: ignore[attr-defined]
    # Its first record's line alone tells: a UTF-16 line pasted below it (`>>` from PowerShell) made the whole
    # file UTF-16, its UTF-8 records garbled; that line fails alone.
    encoding = "utf-16" if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) else \
        utf16_without_bom(_up_to_first_line_end(head))
    if encoding is None:
        yield from _bounded_lines(stream.readline, max_bytes, b"\n")
        return
    text = io.TextIOWrapper(stream, encoding=encoding, errors="surrogatepass", newline="\n")
    read = 0
    try:
        for line in _bounded_lines(text.readline, max_bytes // 2, "\n"):  # at least 2 bytes a character
            yield None if line is None else line.encode("utf-8", "surrogatepass")  # a lone surrogate fails its line
            read += 1
    except UnicodeDecodeError as exc:
        raise CorpusError(f"malformed UTF-16 after line {read}: {exc.reason}") from None
    finally:
        text.detach()  # the stream is its opener's to close


def _up_to_first_line_end(head: bytes) -> bytes:
    """``head`` up to the end of its first line that is not blank (in UTF-16 too: its blank lines' zero bytes)."""
    end = head.find(b"\n", len(head) - len(head.lstrip(b" \t\r\n\x00")))
    return head if end < 0 else head[:end]


def _bounded_lines(readline: Callable[[int], AnyStr], limit: int, newline: AnyStr) -> Iterator[AnyStr | None]:
    """The lines ``readline`` reads, None for each longer than ``limit``, whose rest is read past."""
    while line := readline(limit + 1):
        if len(line) <= limit:
            yield line
            continue
        while line and not line.endswith(newline):
            line = readline(limit)
        yield None


def clean_entry(options: RunOptions, entry: Entry) -> Outcome:
    """Clean one entry of a corpus (the work a worker does for a corpus): into
    a record to write, or, for a file format, into a file's content and name;
    with the named fields its record holds, where it is a record read."""
    record, problem = entry.parsed(options)
    outcome = _cleaned_entry(options, entry, record, problem)
    if problem is None:
        outcome.fields_held = fields_held(record, options.record)
        if document_field(options.record) not in outcome.fields_held:
            outcome.text_in = text_fields(record)
    return outcome


def _cleaned_entry(options: RunOptions, entry: Entry, record: dict[str, Any], problem: str | None) -> Outcome:
    if FORMATS[options.fmt].writes_records and (taken := error_field_taken(record, options.record)):
        return RunStopped(entry.source, error=f"{entry.source}: {taken}")
    try:
        if problem:
            raise RecordError(problem)
        document, kind, url = document_of(record, options.record, options.url)
    except RecordError as exc:
        return failed_outcome(entry.source, str(exc), options, record)
    outcome = clean_document(cleaner_for(options), document, entry.source, kind=entry.kind or kind, options=options,
                             url=url, record=record, size=entry.size or None)
    if outcome.output is not None:
        suffix = FORMATS[options.fmt].suffix
        outcome.name = entry_file_name(record, entry.number) + suffix
        outcome.other_name = other_file_name(record, entry.number) + suffix
    return outcome


def warc_entries(stream: IO[bytes], name: str, skipped: Counter[str], warnings: list[str]) -> Iterator[Entry]:
    """Each HTML page of a WARC stream; the records skipped are counted into ``skipped``; pages that share a
    WARC-Record-ID (which the standard makes unique: their records would share an id) are said in ``warnings``,
    once the stream is read, and each after the first is named by its place among them."""
    # The `warc` extra: imported when a WARC is read.
    from .webarchive import WarcReader

    reader = WarcReader(stream, html_field=WARC_HTML_FIELD)
    reader.skipped = skipped
    seen: Counter[str] = Counter()
    try:
        for number, page in enumerate(reader, start=1):
            document = page.document
            source = f"{name}:{clipped(document['id'])}"
            if document["id"]:
                seen[document["id"]] += 1
                if seen[document["id"]] > 1:
                    source += f" (page {seen[document['id']]} of that id)"
            yield Entry(source, number, record=document, size=len(document[WARC_HTML_FIELD]),
                        problem=page.problem, kind=page.kind)
    finally:
        if repeated := [(record_id, count) for record_id, count in seen.items() if count > 1]:
            shown = ", ".join(f"{clipped(record_id)} ({count} pages)" for record_id, count in repeated[:MAX_IDS_SHOWN])
            more = f" and {len(repeated) - MAX_IDS_SHOWN:,} more" if len(repeated) > MAX_IDS_SHOWN else ""
            warnings.append(f"{name}: {len(repeated):,} WARC-Record-ID(s) given to more than one page, which the "
                            f"standard makes unique: {shown}{more}; their outputs carry the same id")


MAX_IDS_SHOWN = 3
"""How many WARC-Record-IDs given to more than one page a warning names."""


def parquet_entries(stream: IO[bytes], name: str) -> Iterator[Entry]:
    """Each row of a Parquet file (``stream`` must be seekable)."""
    # The `parquet` extra: imported when Parquet is read.
    from .parquet_io import UnreadRowGroup, parquet_rows

    number = 1  # the row's in the file
    for row in parquet_rows(stream):
        if isinstance(row, UnreadRowGroup):  # one entry that fails by name; the rows after keep their numbers
            last = row.first_row + row.rows - 1
            yield Entry(f"{name}:rows {row.first_row}-{last}", number, record={},
                        problem=f"row group {row.group} could not be read, its {row.rows} row(s) are lost: "
                                f"{row.reason}")
            number += row.rows
        else:
            yield Entry(f"{name}:row {number}", number, record=row)
            number += 1


def entries(kind: str, stream: IO[bytes], name: str, skipped: Counter[str],
            warnings: list[str] | None = None) -> Iterator[Entry]:
    """The entries of a corpus of ``kind``; WARC records left out are counted into ``skipped``, and what a
    WARC holds that is wrong though each page is read (`warc_entries`) is said in ``warnings``."""
    compression = compression_for_name(name)
    if compression is not None and _empty_file(stream):
        return _failing(CompressionError(f"empty (0 bytes), which no {compression.name} file is (one of nothing "
                                         "holds its header): a compression that never began?"))
    if kind == "jsonl":
        return jsonl_entries(stream, name)
    if kind == "warc":
        return warc_entries(stream, name, skipped, [] if warnings is None else warnings)
    return parquet_entries(stream, name)


def _empty_file(stream: IO[bytes]) -> bool:
    """Whether ``stream`` is a file of 0 bytes (a pipe's length is not known before it is read)."""
    try:
        status = os.fstat(stream.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):  # no file behind it
        return False
    return stat.S_ISREG(status.st_mode) and status.st_size == 0


def _failing(error: CorpusError) -> Iterator[Entry]:
    """No entry: ``error`` raised where the reading fails, as a corpus cut short fails."""
    yield from ()
    raise error


def count_entries(kind: str, stream: IO[bytes]) -> int | None:
    """How many entries a seekable corpus stream holds, when that is cheap to
    know (the progress bar's total); ``stream`` is rewound."""
    start = stream.tell()
    try:
        if kind == "jsonl":
            with opened_for_reading(stream) as data:
                return sum(1 for line in _utf8_lines(data) if line is None or not blank_line(line))
        if kind == "parquet":
            from .parquet_io import parquet_row_count

            return parquet_row_count(stream)
        return None  # a WARC's HTML pages are known only by reading them all
    except CorpusError:  # cut short or corrupt: no total for the bar, and the reading fails after the records
        return None      # before the cut (it failed the file before any was read: a terminal's bar lost them all)
    finally:
        stream.seek(start)


class RecordWriter(Protocol):
    def misfit_field(self, record: dict[str, Any]) -> tuple[str, str] | None:
        """A field of ``record`` the file cannot hold (one a Parquet file's columns
        lack, or whose value is not of its column's kind) and why, in a few
        words; None when it fits."""
        ...

    def metadata_clash(self, record: dict[str, Any], found: Collection[str], source: str) -> str | None:
        """Why ``record`` (named ``source``; ``found``: its metadata fields that hold the cleaner's values)
        cannot go into the file with the records before it whatever is left out (a Parquet column of the
        cleaner's text that records keep an int of their own in); None when it can."""
        ...

    def write(self, record: dict[str, Any]) -> int:
        """Write one record; the bytes it took (before any compression; 0 when not known)."""
        ...

    def close(self) -> None:
        """Finish the file (Parquet writes its footer)."""
        ...


@dataclass
class JsonlWriter:
    """Records as JSON lines onto a binary stream (compress it beforehand as needed)."""

    stream: IO[bytes]

    def misfit_field(self, record: dict[str, Any]) -> tuple[str, str] | None:
        """A field holding a float NaN or infinity (a Parquet column's), which JSON has no number for
        (Python's json writes `NaN`, which other tools refuse); None for any other record."""
        path = _non_finite_field(record)
        return None if path is None else (path, "a NaN or infinite number, which JSON cannot hold")

    def metadata_clash(self, record: dict[str, Any], found: Collection[str], source: str) -> str | None:
        """None: a JSON field holds values of any kind."""
        return None

    def write(self, record: dict[str, Any]) -> int:
        data = json_text(record).encode("utf-8")  # a lone surrogate (a cut emoji) stays an escape
        write_whole(self.stream, data)
        return len(data)

    def close(self) -> None:
        """Nothing to finish: each line is whole when written."""


def stdout_bytes() -> IO[bytes]:
    """stdout, for bytes. Started with stdout closed (`>&-`), Python holds None there, which failed as a
    traceback ('NoneType' object has no attribute 'buffer'): an OSError, so that the output is named."""
    if sys.stdout is None:
        raise OSError(errno.EBADF, "closed")
    return sys.stdout.buffer


@contextmanager
def record_writer(path: Path | None, fmt: str, options: RecordOptions,
                  input_schema: Any = None) -> Iterator[RecordWriter]:
    """A writer of records into the file ``path`` (stdout when None), in
    ``fmt`` (jsonl, compressed as the name's suffix says, or parquet). The
    file is written atomically: it appears, whole, when the block ends
    without error. ``input_schema``: a Parquet input's, whose column types
    the output keeps."""
    with ExitStack() as stack:
        if path is None:
            raw = stdout_bytes()
        else:
            remove_stale_temporaries(path.parent, only=path.name)
            raw = stack.enter_context(atomic_binary_output(path, durable=True))
        writer: RecordWriter
        if fmt == "parquet":
            from .parquet_io import ParquetWriter

            prefix = f"{options.metadata_field}." if options.metadata_field else ""
            metadata = {prefix + name: kind for name, kind in METADATA_TYPES.items()} if options.with_metadata else {}
            written = {options.text_field, options.error_field, *options.drop_fields, *metadata}
            changed = frozenset(name.split(".", 1)[0] for name in written if name)
            fields = input_schema.names if input_schema is not None else ()
            writer = ParquetWriter(raw, input_schema=input_schema, changed=changed, column_types=metadata,
                                   dropped=options.drop_fields, null_record=null_record(fields, options),
                                   text_fields=(options.text_field, options.error_field))
        else:
            writer = JsonlWriter(stack.enter_context(opened_for_writing(raw, path or "")))
        yield writer
        writer.close()
        raw.flush()


def entry_file_name(record: dict[str, Any], number: int, id_field: str = "id") -> str:
    """A file name (without suffix) for a record written into a folder: its
    id made safe (`urn:uuid:0f3c…` gives `urn_uuid_0f3c…`; one over MAX_NAME_BYTES cut and told
    apart by a hash, `files.fitted_name`), else its number. A number as the input wrote it (`1.50`, not `1.5`)."""
    value = get_field(record, id_field)
    written = value.text if isinstance(value, EXACT_NUMBERS) else str(value)
    name = _UNSAFE_NAME_CHARS.sub("_", written).strip("._") if value not in (None, "") else ""
    return fitted_name(name, limit=MAX_NAME_BYTES) if name else f"{number:06}"


def other_file_name(record: dict[str, Any], number: int) -> str:
    """The file name (without suffix) a record takes where an earlier record's took `entry_file_name`'s
    (`a:b` after `a/b`, both `a_b`; an id given twice): `~` and its number added (`a_b~2`)."""
    return fitted_name(f"{entry_file_name(record, number)}~{number}", limit=MAX_NAME_BYTES)
