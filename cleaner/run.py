"""What every cleaning run shares, whatever it reads (files, JSONL records,
stdin) and wherever it runs (here, worker processes, a Dask cluster): its
options, its Cleaner, cleaning one document into an Outcome, and the totals.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from .cache import compiled
from .document import FORMATS, Kind
from .errors import DocumentError
from .outlets import RuleError, URLError, url_host
from .model import removed_share
from .pipeline import Cleaner
from .records import (MAX_FIELDS_SHOWN, RecordError, RecordOptions, found_metadata, internal_error, output_record,
                      page_id)
from .settings import DEFAULT_SETTINGS, Settings


FAILURES_KEPT = 1000
"""Failures a run report lists one by one, and distinct reasons it counts: the rest are counted
only (stderr names each), so that a run of millions of bad records does not keep them all in memory."""
MAX_INPUT_BYTES = 100 * 2**20
"""Larger input files are refused: no article is this big, and a file that
is (a disk image, a link to /dev/zero) would only exhaust memory."""


@dataclass(frozen=True)
class RunOptions:
    """Everything a worker needs besides the item: picklable, sent to workers."""

    rule_dirs: tuple[Path, ...] = ()
    url: str | None = None
    outlet: str | None = None
    fmt: str = "text"
    """A key of document.FORMATS."""
    outdir: Path | None = None
    """The folder a file format writes into (a record format's file is written by the command)."""
    resume: bool = False
    since: int = 0
    """--resume: outputs written before this time (ns) were made with other settings."""
    max_input_bytes: int = MAX_INPUT_BYTES
    record: RecordOptions = RecordOptions()
    """Records read (which fields hold what) and records written (what they carry)."""
    settings: Settings = DEFAULT_SETTINGS
    """The Cleaner's thresholds and limits (the command line sets the rule budget)."""


_cleaners: dict[tuple[tuple[Path, ...], Settings], Cleaner] = {}


def load_cleaner(rule_dirs: tuple[Path, ...], on_rule_error: Callable[[RuleError], None],
                 settings: Settings = DEFAULT_SETTINGS) -> Cleaner:
    """The run's Cleaner: the shipped rules and ``rule_dirs``, a malformed rule
    file reported to ``on_rule_error`` and skipped. Built afresh (rule files
    may have changed since an earlier run in this process) and kept as this
    process's Cleaner for those rules and settings, which forked workers inherit."""
    cleaner = _cleaners[rule_dirs, settings] = Cleaner(rule_dirs, settings=settings, on_rule_error=on_rule_error)
    return cleaner


def checked_cleaner(rules: Iterable[str | Path], outlet: str | None, settings: Settings = DEFAULT_SETTINGS,
                    url: str | None = None) -> Cleaner:
    """A Cleaner of ``rules`` that knows ``outlet``: a rule file missing or malformed (RuleError), or
    an outlet it does not know (ValueError), is named where the Python API is called, not on a worker,
    for each record (or, a malformed file, skipped there in silence: `cleaner_for`); so is a ``url`` (of the
    records without one) that is no str (TypeError; each record failed as an internal error) or malformed
    (ValueError)."""
    if url is not None:
        try:
            url_host(url)
        except URLError as exc:
            raise ValueError(str(exc)) from None
    cleaner = Cleaner(rules, settings=settings)
    if outlet is not None:
        cleaner.rules.get(outlet)
    return cleaner


def cleaner_for(options: RunOptions) -> Cleaner:
    """This process's Cleaner for the run's rules: the one `load_cleaner` built,
    or, in a worker that did not inherit it, one built on first use and kept,
    skipping malformed rule files silently (the command has reported them)."""
    cleaner = _cleaners.get((options.rule_dirs, options.settings))
    return cleaner if cleaner is not None else load_cleaner(options.rule_dirs, lambda _: None, options.settings)


@dataclass
class Outcome:
    """What cleaning one document did; failures are carried, never raised."""

    source: str
    """The document's name in messages: a path, `<stdin>`, `pages.jsonl:17`."""
    error: str | None = None
    up_to_date: bool = False
    """Skipped by --resume: the output exists and is newer than the input."""
    bytes_in: int = 0
    """Size of the input, counted only when it was cleaned (so is bytes_out)."""
    bytes_out: int = 0
    chars: int = 0
    removed_chars: int = 0
    removed: Counter[str] = field(default_factory=Counter)
    emptied: bool = False
    """Cleaned to nothing, every block removed: its output is empty (a second run fails it as `empty input`)."""
    output: str | None = None
    """What to write, until it is written (a file's output is written by the worker)."""
    record: dict[str, Any] | None = None
    """For a record format: the record to write for the document, failed or not."""
    metadata_found: tuple[str, ...] = ()
    """Of the metadata fields its record is written with (--with-metadata), those that hold what the cleaner
    found, not the record's own value (`records.found_metadata`)."""
    name: str | None = None
    """Its file in the output folder: a record's, that the command writes (a corpus cleaned into a folder); a
    page's, that a worker wrote or found up to date (its path there, checked at the run's end)."""
    other_name: str | None = None
    """Its file's name when an earlier record's took ``name`` (another id made the same safe name)."""
    fields_held: tuple[str, ...] | None = None
    """Of the fields the options name (the document's, the URL's, those dropped), those its record holds
    (`records.fields_held`); None when no record was read (a page, a malformed line)."""
    text_in: tuple[str, ...] = ()
    """Where its record lacks the document's field, its fields that hold text (`records.text_fields`)."""


@dataclass
class RunStopped(Outcome):
    """An output not written for a reason every later one would meet too
    (atomic.STOPPING_ERRORS: a full disk), or a record that cannot be
    written as asked without losing one of its fields
    (`records.error_field_taken`): the run stops there."""


def clean_document(
    cleaner: Cleaner, data: str | bytes, source: str, *, kind: Kind, options: RunOptions, url: str | None,
    record: Mapping[str, Any] | None = None, size: int | None = None,
) -> Outcome:
    """Clean one document into what ``options.fmt`` writes; the one place
    where a document that cannot be cleaned becomes a failed outcome,
    whatever the way in. ``url``: the document's own, else the run's;
    ``record``: the record the document came in (or stands for, in a record
    format), whose other fields are written with it; ``size``: the input's
    bytes, where they are more than ``data`` (a record holds more than its text)."""
    outcome = Outcome(source)
    output_format = FORMATS[options.fmt]
    with_metadata = output_format.metadata or (output_format.writes_records and options.record.with_metadata)
    try:
        explanation = cleaner.explain_document(data, kind=kind, url=url, outlet=options.outlet,
                                               with_metadata=with_metadata)
    except DocumentError as exc:
        return failed_outcome(source, str(exc), options, record)
    except Exception as exc:  # noqa: BLE001 (a bug met on one document fails it, by name, not the batch)
        return failed_outcome(source, internal_error(exc), options, record)
    if output_format.render is None:
        try:
            outcome.record = output_record(record or {}, options.record, explanation)
            outcome.metadata_found = found_metadata(explanation, options.record)
        except RecordError as exc:  # its fields cannot go where asked (a field on the way is a list)
            return failed_outcome(source, str(exc), options, record)
    else:
        # Named as its record would be: a name's bytes not in UTF-8 as `\xNN`, not a lone surrogate,
        # which UTF-8 cannot hold (JSON wrote its `\udcXX` escape, which strict parsers refuse).
        outcome.output = output_format.render(explanation, page_id(source))
        outcome.bytes_out = len(outcome.output.encode("utf-8", "surrogatepass"))
    if size is None:  # a lone surrogate (a cut emoji in a record) has its size too
        size = len(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
    outcome.bytes_in = size
    outcome.chars = explanation.chars
    outcome.removed_chars = explanation.removed_chars
    outcome.removed = explanation.removed_counts
    outcome.emptied = not explanation.text
    return outcome


def failed_outcome(source: str, error: str, options: RunOptions, record: Mapping[str, Any] | None = None) -> Outcome:
    """A document that cannot be cleaned: in a record format, its record is
    written all the same, with the reason, so that rows line up with inputs."""
    outcome = Outcome(source, error=error)
    if FORMATS[options.fmt].writes_records:
        outcome.record = output_record(record or {}, options.record, None, error)
    return outcome


# U+2028 and U+2029 too: a line break to Python's splitlines and the log tools that read lines so.
_CONTROL = compiled(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(name: str) -> str:
    """A file name as a person reads it and UTF-8 holds it, on one line: the
    bytes of a name that are not UTF-8 (which Python keeps as surrogates) and
    its control characters (a line break, a terminal's escape) as `\\xNN` (U+2028 and U+2029 as `\\u2028`)."""
    try:
        readable = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        readable = name.encode("utf-8", "backslashreplace").decode("utf-8")
    one_line: str = _CONTROL.sub(_escaped, readable)
    return one_line


def _escaped(match: regex.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


@dataclass
class RunReport:
    """Totals of a run: what `--report` writes and the summary line says."""

    unit: str
    """"files" or "records"."""
    cleaned: int = 0
    emptied: int = 0
    """Of those cleaned, those cleaned to nothing (`Outcome.emptied`)."""
    up_to_date: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    """The first FAILURES_KEPT failures (source, reason): `failed` counts them all."""
    failure_reasons: Counter[str] = field(default_factory=Counter)
    """Failures by reason, of the first FAILURES_KEPT reasons met."""
    bytes_in: int = 0
    bytes_out: int = 0
    chars: int = 0
    removed_chars: int = 0
    removed: Counter[str] = field(default_factory=Counter)
    rule_file_errors: list[str] = field(default_factory=list)
    hidden: list[Path] = field(default_factory=list)
    """Hidden files and folders of the input folders, left out on purpose."""
    repeats: list[Path] = field(default_factory=list)
    """Inputs given more than once (`batch.repeated_inputs`), left out where they come again."""
    skipped: Counter[str] = field(default_factory=Counter)
    """Entries of a corpus that are not documents (a WARC's requests, images, redirects), by reason."""
    records_read: int = 0
    """Records read whole (not malformed lines), whose `Outcome.fields_held` are in ``fields_held``."""
    fields_held: set[str] = field(default_factory=set)
    text_in: dict[str, None] = field(default_factory=dict)
    """The fields holding text of the records without the document's field, in the order met (the first few)."""
    warnings: list[str] = field(default_factory=list)
    """What the run did not do as asked though every output is right (a field no record held), as stderr said it."""
    started: float = field(default_factory=time.monotonic)
    stopped: str | None = None
    """Why the run stopped before its end (--strict, an output the disk could not hold)."""

    def fail(self, source: str, reason: str) -> None:
        """Count a failure (``source`` as printed); keep it while there are fewer than FAILURES_KEPT,
        its reason as stderr says it (one that names a path names it as printed too)."""
        reason = printable(reason)
        self.failed += 1
        if len(self.failures) < FAILURES_KEPT:
            self.failures.append((source, reason))
        if reason in self.failure_reasons or len(self.failure_reasons) < FAILURES_KEPT:
            self.failure_reasons[reason] += 1

    def add(self, outcome: Outcome) -> None:
        if outcome.error:
            self.fail(printable(outcome.source), outcome.error)
        elif outcome.up_to_date:
            self.up_to_date += 1
        else:
            self.cleaned += 1
            self.emptied += outcome.emptied
        self.bytes_in += outcome.bytes_in
        self.bytes_out += outcome.bytes_out
        self.chars += outcome.chars
        self.removed_chars += outcome.removed_chars
        self.removed.update(outcome.removed)
        if outcome.fields_held is not None:
            self.records_read += 1
            self.fields_held.update(outcome.fields_held)
            if len(self.text_in) < MAX_FIELDS_SHOWN:
                self.text_in.update(dict.fromkeys(outcome.text_in))

    @property
    def removed_share(self) -> float:
        return removed_share(self.removed_chars, self.chars)

    def as_json(self) -> dict[str, Any]:
        return {
            self.unit: {
                "total": self.cleaned + self.up_to_date + self.failed,
                "cleaned": self.cleaned,
                "up_to_date": self.up_to_date,
                "failed": self.failed,
            },
            "emptied": self.emptied,
            "bytes_in": self.bytes_in,
            "bytes_out": self.bytes_out,
            "removed_share": round(self.removed_share, 4),
            "removed_blocks": dict(self.removed.most_common()),
            "failures": [{"source": source, "reason": reason} for source, reason in self.failures],
            "failures_left_out": self.failed - len(self.failures),
            "failure_reasons": dict(self.failure_reasons.most_common()),
            "rule_file_errors": list(map(printable, self.rule_file_errors)),
            "hidden_left_out": [printable(str(path)) for path in self.hidden],
            "repeats_left_out": [printable(str(path)) for path in self.repeats],
            "skipped": dict(self.skipped.most_common()),
            "warnings": list(self.warnings),
            "stopped": self.stopped and printable(self.stopped),  # as stderr says it
            "seconds": round(time.monotonic() - self.started, 3),
        }
