"""Cleaning records: one JSON object (a JSONL line, a Parquet row, a WARC
response, a datatrove Document, a `datasets` row) in, the same object out.

Fields are named by dotted paths (`metadata.url` is the `url` inside the
`metadata` object). The text field is cleaned in place, or the HTML field is
cleaned into the text field; every other field is kept as it was, except
those asked to be dropped. A record that cannot be cleaned comes out all
the same, unchanged, with the reason in the error field, so that outputs
line up one to one with inputs; with ``skip_failed`` it is left out instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from typing import TYPE_CHECKING

from .document import Kind, kind_of_value
from .errors import DocumentError, clipped

if TYPE_CHECKING:
    from .model import Explanation
    from .pipeline import Cleaner

DEFAULT_ERROR_FIELD = "cleaner_error"
DATATROVE_ERROR_FIELD = f"metadata.{DEFAULT_ERROR_FIELD}"
"""The datatrove step's error field: the default one in a Document's metadata, where datatrove keeps all but its
text and id (a JSONL that datatrove's JsonlWriter wrote has it there)."""
METADATA_TYPES = {"title": str, "author": str, "date": str, "language": str, "removed_share": float}
"""What ``with_metadata`` adds to each record, and the type of each (or None)."""
# Digits kept of the removed share: enough to rank pages, short to read.
SHARE_DIGITS = 4


class RecordError(DocumentError):
    """A line or record that holds no document (not JSON, no such field)."""


def internal_error(exc: Exception) -> str:
    """The one-line reason of a document on which the cleaner itself failed (a bug, in it or in a library
    it calls): that document fails by it, not the batch."""
    said = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"internal error (a bug, please report it): {type(exc).__name__}" + (f": {said}" if said else "")


@dataclass(frozen=True)
class RecordOptions:
    """Which fields hold what, and what the output records carry."""

    text_field: str = "text"
    """The text to clean, and where the cleaned text goes."""
    html_field: str | None = None
    """When set, the HTML to clean (into ``text_field``)."""
    url_field: str = "url"
    """Each record's URL, where it has one: picks its outlet's rules by domain."""
    drop_fields: tuple[str, ...] = ()
    error_field: str = DEFAULT_ERROR_FIELD
    skip_failed: bool = False
    with_metadata: bool = False
    metadata_field: str | None = None
    """The object the metadata fields are added to (the record itself when None)."""

    def __post_init__(self) -> None:
        options = {"text_field": self.text_field, "html_field": self.html_field, "url_field": self.url_field,
                   "error_field": self.error_field, "metadata_field": self.metadata_field}
        for option, value in [*options.items(), *(("drop_fields", name) for name in self.drop_fields)]:
            # Only the HTML and the metadata's object may be left out: None for another field failed every
            # record as an internal error.
            if (value is not None or option not in ("html_field", "metadata_field")) and not isinstance(value, str):
                raise TypeError(f"{option}: a field is a str (a name, or names joined by dots), "
                                f"not {type(value).__name__}")
        for option, flag in (("skip_failed", self.skip_failed), ("with_metadata", self.with_metadata)):
            if not isinstance(flag, bool):  # a str ("no") would be taken as true in silence
                raise TypeError(f"{option} must be True or False, not {type(flag).__name__}")
        named = [*options.values(), *self.drop_fields]
        for field in named:
            if field is not None and "" in field.split("."):
                raise ValueError(f"{field!r} names no field: a field is a name, or names joined by dots")
        if self.text_field in self.drop_fields:
            raise ValueError(f"cannot drop {self.text_field!r}: the cleaned text goes there")
        # Each field written must keep clear of the others written and of those read (the HTML may be cleaned
        # into its own field): one on another would lose the cleaned text, the URL or the HTML in silence.
        written = {"the cleaned text": self.text_field, "the error": self.error_field}
        if self.with_metadata:
            written |= {f"the metadata's {name}": path
                        for name, path in zip(METADATA_TYPES, metadata_paths(self), strict=True)}
        read = {"the URL": self.url_field, "the HTML": self.html_field}
        for what, field in written.items():
            for other, other_field in {**written, **read}.items():
                in_place = what == "the cleaned text" and other == "the HTML"
                if other != what and other_field and not in_place and fields_overlap(field, other_field):
                    raise ValueError(f"{field!r} would hold both {what} and {other} ({other_field!r}): "
                                     f"give them fields apart")


def field_names(fields: str | Iterable[str]) -> tuple[str, ...]:
    """``fields`` as a tuple of field names; one str is one name (as a tuple, drop_fields="html" dropped
    fields h, t, m and l, and kept the HTML)."""
    if isinstance(fields, str):
        return (fields,)
    if isinstance(fields, bytes) or not isinstance(fields, Iterable):  # else "'int' object is not iterable"
        raise TypeError(f"drop_fields: a field name (str) or an iterable of them, not {type(fields).__name__}")
    return tuple(fields)


def fields_overlap(field: str, other: str) -> bool:
    """Whether dotted paths ``field`` and ``other`` are one field, or one holds the other."""
    return field == other or field.startswith(f"{other}.") or other.startswith(f"{field}.")


@dataclass(frozen=True)
class CleanedRecord:
    """A corpus record after cleaning, or why it could not be."""

    record: dict[str, Any] | None
    """The output record; None when it failed and failures are skipped."""
    explanation: Explanation | None = None
    error: str | None = None


def get_field(record: Mapping[str, Any], path: str) -> Any:
    """The value at dotted ``path`` (or of a key that is the whole path), None when missing."""
    if path in record:
        return record[path]
    value: Any = record
    for name in path.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(name)
    return value


def has_field(record: Mapping[str, Any], path: str) -> bool:
    """Whether ``record`` holds dotted ``path`` (or a key that is the whole path), null or not."""
    if path in record:
        return True
    value: Any = record
    for name in path.split("."):
        if not isinstance(value, Mapping) or name not in value:
            return False
        value = value[name]
    return True


def fields_held(record: Mapping[str, Any], options: RecordOptions) -> tuple[str, ...]:
    """Of the fields ``options`` name for what they do to a record (its document's, its URL's, those dropped),
    those ``record`` holds: a run whose records hold one in none did nothing with it (a typo), which it says."""
    return tuple(path for path in (document_field(options), options.url_field, *options.drop_fields)
                 if has_field(record, path))


def document_field(options: RecordOptions) -> str:
    """The field a record's document is read from (`document_option`)."""
    return document_option(options)[1]


def document_option(options: RecordOptions) -> tuple[str, str]:
    """(option, field) of the field a record's document is read from, its HTML's, else its text's, as
    `fields_named` gives them."""
    return ("html_field", options.html_field) if options.html_field else ("text_field", options.text_field)


def fields_named(document: tuple[str, str] | None, url_field: str | None,
                 drop_fields: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """(option, field) for each field named whose option does nothing where no record holds it (a typo):
    ``document`` (`document_option`; None where records always hold it), ``url_field`` when given (None: the
    default, which records without a URL lack), each of ``drop_fields``."""
    named = [] if document is None else [document]
    if url_field is not None:
        named.append(("url_field", url_field))
    return (*named, *(("drop_fields", name) for name in drop_fields))


MAX_FIELDS_SHOWN = 5
"""How many fields holding text a warning of a document field no record holds names."""


def shown_names(names: Iterable[str]) -> str:
    """Field names as a message names them: the first `MAX_FIELDS_SHOWN`, each clipped, and how many more (a
    record's keys, of any number and length: 5,000 of them made an error line of 44,000 characters)."""
    listed = list(names)
    more = f" and {len(listed) - MAX_FIELDS_SHOWN:,} more" if len(listed) > MAX_FIELDS_SHOWN else ""
    return ", ".join(repr(clipped(name)) for name in listed[:MAX_FIELDS_SHOWN]) + more


def text_fields(record: Mapping[str, Any]) -> tuple[str, ...]:
    """The top-level fields of ``record`` that hold text, the longest first (up to `MAX_FIELDS_SHOWN`): where its
    document may be."""
    held = sorted(((len(value), name) for name, value in record.items() if isinstance(value, str)), reverse=True)
    return tuple(name for _, name in held[:MAX_FIELDS_SHOWN])


def never_held_warning(option: str, field: str, holder: str, *, url: str | None = None, outlet: str | None = None,
                       as_options: bool = False, text_in: Iterable[str] = ()) -> str:
    """What is said of a field ``option`` names that ``holder`` ("no record of pages.jsonl") has: the option did
    nothing (or, the document's field, every record failed: ``text_in`` names the fields that hold text instead).
    The outlet rules were chosen by ``outlet`` where given (it wins over any URL), else by ``url``, spelled
    as the command line's options (``as_options``: --outlet ID) or as the API's arguments (outlet 'ID')."""
    chooser = next(((name, value) for name, value in (("outlet", outlet), ("url", url)) if value), None)
    by = None if chooser is None else f"--{chooser[0]} {chooser[1]}" if as_options else f"{chooser[0]} {chooser[1]!r}"
    if option.lstrip("-").replace("-", "_") in ("text_field", "html_field"):
        shown, instead = list(dict.fromkeys(text_in)), ""
        if shown:  # a record's keys, of any length
            given = f"{option} {clipped(shown[0])}" if as_options else f"{option}={clipped(shown[0])!r}"
            instead = f"; text is held in {shown_names(shown)}: {given}?"
        return f"{option} {field!r}: {holder} has this field; none was cleaned (each failed: no text in it){instead}"
    done = ("nothing was dropped" if "drop" in option
            else f"outlet rules were chosen by {by}" if by else "outlet rules were chosen without a URL")
    return f"{option} {field!r}: {holder} has this field; {done}"


def with_field(record: Mapping[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A copy of ``record`` with ``value`` at dotted ``path``: objects on the
    way are copied (made when missing), the input is never changed."""
    head, _, rest = path.partition(".")
    if not rest or path in record:
        return {**record, path: value}
    inner = record.get(head)
    if inner is not None and not isinstance(inner, Mapping):
        raise RecordError(f"field {head!r} is not an object, cannot set {path!r}")
    return {**record, head: with_field(inner or {}, rest, value)}


def without_field(record: Mapping[str, Any], path: str) -> dict[str, Any]:
    """A copy of ``record`` without dotted ``path`` (the same when it has none)."""
    if path in record:
        return {key: value for key, value in record.items() if key != path}
    head, _, rest = path.partition(".")
    inner = record.get(head)
    if not rest or not isinstance(inner, Mapping):
        return dict(record)
    return {**record, head: without_field(inner, rest)}


def record_metadata(explanation: Explanation) -> dict[str, Any]:
    """Title, author, date, language (ISO code) and removed share of a cleaned
    record, each None where the cleaner found none."""
    metadata = explanation.metadata
    return {
        "title": metadata.title,
        "author": metadata.author,
        "date": metadata.date,
        "language": explanation.language,
        "removed_share": round(explanation.removed_share, SHARE_DIGITS),
    }


PAGE_ID_FIELD = "id"
"""Where a page's record (a file cleaned into a file of records) holds the page's name (`page_id`)."""


def page_id(name: str) -> str:
    """The id of the page read from the file ``name`` (its path in the input folder, or as given), the same in
    JSONL and Parquet: its text, each byte of it that is not UTF-8 (a surrogate escape, as Python reads such a
    name) as `\\xNN` and each backslash as `\\\\`, so that it gives the name's bytes back
    (``codecs.escape_decode(id.encode())``). Parquet's text is UTF-8 alone: it wrote such a name's escape as the
    text `caf\\udce9.txt`, which a name so spelt gives too, while JSONL kept the lone surrogate."""
    return name.encode("utf-8", "surrogateescape").replace(b"\\", b"\\\\").decode("utf-8", "backslashreplace")


def document_of(record: Mapping[str, Any], options: RecordOptions, url: str | None = None
                ) -> tuple[str | bytes, Kind, str | None]:
    """The record's document (its text, or its HTML), the document's kind and
    its URL (``url`` where the record has none); RecordError when it has none."""
    name = options.html_field or options.text_field
    value = get_field(record, name)
    if value is None:
        raise RecordError(f"no text in field {name!r}")
    if not isinstance(value, str | bytes):
        raise RecordError(f"field {name!r} holds {kind_of_value(value)}, not text")
    own_url = get_field(record, options.url_field)
    if own_url is not None and not isinstance(own_url, str):  # its outlet's rules would be left out in silence
        raise RecordError(f"field {options.url_field!r} holds {kind_of_value(own_url)}, not a URL")
    return value, "html" if options.html_field else "text", own_url or url


def output_record(record: Mapping[str, Any], options: RecordOptions, explanation: Explanation | None,
                  error: str | None = None) -> dict[str, Any] | None:
    """What is written for ``record``: without its dropped fields, with the
    cleaned text, and the metadata (the record's own value where the cleaner
    found none) and error when asked for; when it failed, as it came but for
    its reason in the error field, or None when failures are skipped.
    RecordError when a cleaned record's fields cannot go where asked (a
    field on the way is a list or a number): the caller fails it. A failed
    record's fields that cannot are left as they were, so that it still has
    its row, but for its reason (`_with_error`)."""
    if explanation is None and options.skip_failed:
        return None
    output = dict(record)
    for name in options.drop_fields:
        output = without_field(output, name)
    if explanation is None:  # kept as it came: no text or metadata fields it lacked, only its reason
        return _with_error(output, options, error)
    output = with_field(output, options.text_field, explanation.text)
    if options.with_metadata:
        for path, value in zip(metadata_paths(options), record_metadata(explanation).values(), strict=True):
            # Where the cleaner finds no value (no byline, no date), the record's own stays: a crawl date.
            output = with_field(output, path, value if value is not None else get_field(output, path))
    if not options.skip_failed:
        output = with_field(output, options.error_field, error)
    elif holds_earlier_reason(output, options):  # no reason is written, but an earlier run's would stay
        output = with_field(output, options.error_field, None)
    return output


def holds_earlier_reason(record: Mapping[str, Any], options: RecordOptions) -> bool:
    """Whether ``record`` holds an earlier run's reason in its error field: text in the cleaner's own field,
    DEFAULT_ERROR_FIELD or DATATROVE_ERROR_FIELD (a record an earlier run failed, cleaned again), never a
    record's own value; in a field named otherwise, it may be."""
    return (options.error_field in (DEFAULT_ERROR_FIELD, DATATROVE_ERROR_FIELD)
            and isinstance(get_field(record, options.error_field), str))


def metadata_paths(options: RecordOptions) -> list[str]:
    """The dotted path of each field ``with_metadata`` writes, in `METADATA_TYPES`' order."""
    return [f"{options.metadata_field}.{name}" if options.metadata_field else name for name in METADATA_TYPES]


def found_metadata(explanation: Explanation, options: RecordOptions) -> tuple[str, ...]:
    """The dotted paths of the metadata fields that a record cleaned into ``explanation`` is written with the
    cleaner's value in (`output_record`: the record's own stays in the others); none without ``with_metadata``."""
    if not options.with_metadata:
        return ()
    return tuple(path for path, value in zip(metadata_paths(options), record_metadata(explanation).values(),
                                             strict=True) if value is not None)


def with_failure(record: Mapping[str, Any], options: RecordOptions, error: str) -> dict[str, Any] | None:
    """An output ``record`` that failed after all (its file cannot hold it
    whole): with the reason in the error field where that can go, as a failed
    record's; None when failures are skipped."""
    return None if options.skip_failed else _with_error(record, options, error)


def error_field_clash(record: Mapping[str, Any], options: RecordOptions) -> str | None:
    """Why the error field cannot be set in ``record`` (without its dropped fields): a field on its
    way holds text, a list, a number (`"meta": "web"` under --error-field meta.err); None when it can."""
    if options.skip_failed:
        return None
    for name in options.drop_fields:
        record = without_field(record, name)
    try:
        with_field(record, options.error_field, None)
    except RecordError as exc:
        return str(exc)
    return None


def error_field_taken(record: Mapping[str, Any], options: RecordOptions) -> str | None:
    """Why the error field cannot be written into ``record`` without losing what it holds there: a value of
    the record's own (`"id": 7` under --error-field id), which null or a reason would replace in silence;
    None when it holds none or null (a cleaned record's own error field, cleaned again), a reason in
    DEFAULT_ERROR_FIELD or DATATROVE_ERROR_FIELD (a record an earlier run failed, cleaned again: the cleaner's
    field, never a record's own; in a field named otherwise, drop it to say so), when its field is dropped, or
    when no error field is written (failures skipped)."""
    if options.skip_failed:
        return None
    for name in options.drop_fields:
        record = without_field(record, name)
    value = get_field(record, options.error_field)
    if value is None or holds_earlier_reason(record, options):
        return None
    return (f"the record holds {kind_of_value(value)} in {options.error_field!r}, which the error field would "
            f"be written over: give the error a field of its own, or drop the record's")


def refuse_error_field_taken(records: Iterable[Any], options: RecordOptions) -> None:
    """ValueError at the first of ``records`` whose own value the error field would be written over
    (`error_field_taken`), as the command line stops there: the option, not the record, is wrong."""
    taken = next((reason for record in records
                  if isinstance(record, Mapping) and (reason := error_field_taken(record, options))), None)
    if taken is not None:
        raise ValueError(taken)


def _with_error(record: Mapping[str, Any], options: RecordOptions, error: str | None) -> dict[str, Any]:
    """A failed ``record`` with its reason in the error field; where that cannot be set
    (`error_field_clash`), under a key that is the whole dotted path, as `get_field` reads it:
    its text is as it came, and nothing else would say it failed."""
    if error is None or error_field_clash(record, options) is None:
        return _with_field_if_it_can(record, options.error_field, error)
    return {**record, options.error_field: error}


def null_record(fields: Iterable[str], options: RecordOptions) -> dict[str, Any]:
    """The record a row of nulls of ``fields`` would be written as, cleaned:
    the columns of an output of no rows, which stacks with the others."""
    record: dict[str, Any] = dict.fromkeys(fields)
    for name in options.drop_fields:
        record = without_field(record, name)
    return with_written_fields(record, options)


def with_written_fields(record: Mapping[str, Any], options: RecordOptions) -> dict[str, Any]:
    """``record`` with each field the cleaner writes (the text, the metadata, the error) that it lacks set
    to None where it can be: a failed record's row in a table, whose columns are the cleaned rows' (a
    column a batch of failed rows left out would be typed apart from the next batch's)."""
    written = [options.text_field, *(metadata_paths(options) if options.with_metadata else ()),
               *(() if options.skip_failed else (options.error_field,))]
    output = dict(record)
    for path in written:
        if get_field(output, path) is None:
            output = _with_field_if_it_can(output, path, None)
    return output


def _with_field_if_it_can(record: Mapping[str, Any], path: str, value: Any) -> dict[str, Any]:
    # None under an object the record holds as null (`"doc": null`, no `doc.text`) would turn that null into an
    # object of nulls: the failed record would not be as it came.
    if value is None and _under_null(record, path):
        return dict(record)
    try:
        return with_field(record, path, value)
    except RecordError:
        return dict(record)


def _under_null(record: Mapping[str, Any], path: str) -> bool:
    """Whether an object on dotted ``path``'s way is held in ``record`` as None."""
    value: Any = record
    for name in path.split(".")[:-1]:
        if path in value or not isinstance(value, Mapping) or name not in value:
            return False
        value = value[name]
        if value is None:
            return True
        path = path.partition(".")[2]
    return False


def stand_in(value: Any, options: RecordOptions) -> dict[str, Any]:
    """The record for what is no record (a malformed JSON line, None): ``value``
    in the field the document is read from, the HTML field when there is one, so
    that it is written as a failed record's document is (left out when that field
    is dropped), never as cleaned text."""
    return with_field({}, options.html_field or options.text_field, value)


def clean_record(cleaner: Cleaner, record: Mapping[str, Any], options: RecordOptions, *, url: str | None = None,
                 outlet: str | None = None) -> CleanedRecord:
    """Clean one record (``url``: for a record without one); failures are returned, never raised.
    What is no record (None, a JSON line not parsed, in a Dask bag) fails, and stands in for one (`stand_in`)."""
    if not isinstance(record, Mapping):
        error = f"not a record: {type(record).__name__}"
        return CleanedRecord(output_record(stand_in(record, options), options, None, error), error=error)
    try:
        document, kind, record_url = document_of(record, options, url)
        explanation = cleaner.explain_document(document, kind=kind, url=record_url, outlet=outlet,
                                               with_metadata=options.with_metadata)
        return CleanedRecord(output_record(record, options, explanation), explanation)
    except DocumentError as exc:
        return CleanedRecord(output_record(record, options, None, str(exc)), error=str(exc))
    except Exception as exc:  # noqa: BLE001 (a bug met on one record fails it, by name)
        error = internal_error(exc)
        return CleanedRecord(output_record(record, options, None, error), error=error)
