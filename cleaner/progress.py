"""What a run tells its user on stderr: a progress bar, messages by level,
and repeated failures summed up instead of repeated.

Messages go through the `cleaner` logger: `-q` shows warnings and errors
only, `-v` adds a line per document. Each failure is logged with its reason;
after the first REPEATS_SHOWN failures with the same reason, the rest are
counted, and `summarise_repeats` says how many were not shown. Reasons are
counted one by one up to REASONS_COUNTED distinct ones (a reason can name a
column or a size: millions of failures can give millions of reasons); the
failures of reasons past them are shown and counted together, as others.
"""

from __future__ import annotations

import logging
import shutil
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import IO, TypeVar

import click

from .run import printable

LOGGER = logging.getLogger("cleaner")


def _one_printable_line(record: logging.LogRecord) -> bool:
    """Make each message one line, as a person reads it and UTF-8 holds it: a name's line break or byte not in
    UTF-8 as `\\xNN`, whichever message names it (a stop names the output it could not write as it was given).
    Done to the record, for every handler: one writing to a UTF-8 file fails on a lone surrogate."""
    record.msg, record.args = printable(record.getMessage()), None
    return True


LOGGER.addFilter(_one_printable_line)

REPEATS_SHOWN = 20
"""Failures with the same reason shown one by one before they are only counted."""
REASONS_COUNTED = 1000
"""Distinct reasons counted each on its own; the failures of later new reasons are counted together."""
REDRAW_SECONDS = 0.5
"""Least time between two redraws of the bar."""
STOP_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM, signal.SIGHUP})
"""What stops a run (its report written, its workers stopped): Ctrl-C, kill, and the terminal closed (SIGHUP,
which killed the run with no report)."""

Item = TypeVar("Item")


def progress_wanted(choice: bool | None, stream: IO[str] | None = None) -> bool:
    """``--progress``/``--no-progress`` when given; else a bar only on a terminal."""
    return choice if choice is not None else (stream or sys.stderr).isatty()


def with_progress(items: Iterable[Item], *, total: int | None, unit: str, shown: bool,
                  stream: IO[str] | None = None, clock: Callable[[], float] = time.time) -> Iterator[Item]:
    """``items`` passed through, counted on a bar: done, total, rate, time left.

    The rate is the average over the run, counted from the first item done,
    so that the time it takes to start workers and build the first Cleaner
    does not make the first estimates wrong by minutes."""
    if not shown:
        yield from items
        return
    from tqdm import tqdm  # only for a bar: its import costs a start a tenth of a second

    # A terminal that reports no size (a bare pty) would hide the bar: 80x24 then.
    columns, lines = shutil.get_terminal_size()
    # The bar's monitor thread, started here, inherits this mask: it must take no stop. Python runs a
    # handler in the main thread whichever thread the signal came to, so a stop the main thread holds off
    # (`executors`: between an outcome's arrival and its counting) would land there through it.
    held = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        bar = tqdm(total=total, unit=unit, desc="cleaning", file=stream or sys.stderr, smoothing=0,
                   mininterval=REDRAW_SECONDS, ncols=columns, nrows=lines)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
    bar._time = clock  # tqdm's own clock, a parameter so that the rate can be tested
    try:
        for done, item in enumerate(items):
            if done == 0:
                bar.reset(total)
                bar.initial = bar.n = 1
            else:
                bar.update(1)
            yield item
    finally:
        bar.close()


class RepeatedFailures(logging.Filter):
    """Lets through the first ``shown`` failures of each of the first
    ``reasons`` distinct reasons, and the first ``shown`` of all the failures
    with other reasons; counts the rest."""

    def __init__(self, shown: int = REPEATS_SHOWN, reasons: int = REASONS_COUNTED) -> None:
        super().__init__()
        self.shown = shown
        self.reasons = reasons
        self.counts: Counter[str] = Counter()
        self.others = 0
        """Failures whose reason came after ``reasons`` distinct ones."""

    def filter(self, record: logging.LogRecord) -> bool:
        reason = getattr(record, "reason", None)
        if reason is None:
            return True
        if reason in self.counts or len(self.counts) < self.reasons:
            self.counts[reason] += 1
            return self.counts[reason] <= self.shown
        self.others += 1
        return self.others <= self.shown


_PREFIXES = {logging.ERROR: ("error: ", "red"), logging.WARNING: ("warning: ", "yellow")}


class _Formatter(logging.Formatter):

    def __init__(self, colour: bool) -> None:
        super().__init__()
        self.colour = colour

    def format(self, record: logging.LogRecord) -> str:
        prefix, colour = _PREFIXES.get(record.levelno, ("", None))
        if prefix and self.colour:
            prefix = click.style(prefix, fg=colour, bold=True)
        return prefix + record.getMessage()  # one printable line (_one_printable_line)


class _BarSafeHandler(logging.StreamHandler[IO[str]]):
    """Writes above a progress bar instead of through it."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            bars = sys.modules.get("tqdm")  # imported where a bar is shown (with_progress)
            if bars is None:
                super().emit(record)
            else:
                bars.tqdm.write(self.format(record), file=self.stream)
        except Exception:  # noqa: BLE001 (logging's own contract: report, never raise)
            self.handleError(record)


def configure_logging(verbosity: int = 0, stream: IO[str] | None = None) -> RepeatedFailures:
    """Send the `cleaner` logger's messages to ``stream`` (stderr): errors and
    warnings always, the summary unless ``verbosity`` < 0, a line per document
    when > 0. Returns the filter that counts repeated failures."""
    stream = stream or sys.stderr
    for handler in list(LOGGER.handlers):
        if isinstance(handler, _BarSafeHandler):
            LOGGER.removeHandler(handler)
    handler = _BarSafeHandler(stream)
    handler.setFormatter(_Formatter(colour=stream.isatty()))
    repeats = RepeatedFailures()
    handler.addFilter(repeats)
    LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.WARNING if verbosity < 0 else logging.DEBUG if verbosity > 0 else logging.INFO)
    LOGGER.propagate = False
    return repeats


def log_failure(source: str, reason: str) -> None:
    LOGGER.error("%s: %s", source, reason, extra={"reason": reason})


def summarise_repeats(repeats: RepeatedFailures) -> None:
    """One line for each reason whose failures were not all shown, and one
    for those with reasons past the ones counted each on its own."""
    for reason, count in repeats.counts.most_common():
        if count > repeats.shown:
            LOGGER.error("%s more failed with the same reason (%s shown above): %s",
                         f"{count - repeats.shown:,}", repeats.shown, reason)
    if repeats.others > repeats.shown:
        LOGGER.error("%s more failed with other reasons than the first %s (%s of them shown above)",
                     f"{repeats.others - repeats.shown:,}", f"{repeats.reasons:,}", repeats.shown)
