"""What a run says on stderr: the progress bar's rate and time left, levels, repeated failures."""

from __future__ import annotations

import io
import re

from cleaner.progress import (
    LOGGER, REPEATS_SHOWN, configure_logging, log_failure, progress_wanted, summarise_repeats, with_progress,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_rate_and_time_left_leave_out_the_start_up():
    clock, stream = Clock(), io.StringIO()

    def slow_start_then_ten_a_second():
        for item in range(200):
            clock.now += 40.0 if item == 0 else 0.1  # workers start, then files come in bursts-free
            yield item

    shown = []
    for item in with_progress(slow_start_then_ten_a_second(), total=200, unit="files", shown=True,
                              stream=stream, clock=clock):
        if item == 16:
            shown.append(stream.getvalue().rsplit("\r", 1)[-1])
    # After 17 of 200 files, 183 are left at 10 files/s: 18 s, not the 7 minutes a rate counting the start-up gives.
    rate, left = re.search(r"<(\d\d:\d\d), ([\d.]+)files/s", shown[0]).group(2, 1)
    assert float(rate) == 10.0 and left == "00:18"


def test_progress_is_on_when_forced_off_when_forced_and_else_only_on_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert progress_wanted(None, Terminal()) and not progress_wanted(None, io.StringIO())
    assert progress_wanted(True, io.StringIO()) and not progress_wanted(False, Terminal())
    hidden = io.StringIO()
    assert list(with_progress(range(3), total=3, unit="files", shown=False, stream=hidden)) == [0, 1, 2]
    assert hidden.getvalue() == ""


def test_quiet_keeps_errors_and_verbose_adds_details():
    for verbosity, expected in ((-1, ["error: a.txt: empty input"]),
                                (0, ["error: a.txt: empty input", "cleaned 1 file"]),
                                (1, ["error: a.txt: empty input", "cleaned 1 file", "b.txt: cleaned"])):
        stream = io.StringIO()
        configure_logging(verbosity, stream)
        log_failure("a.txt", "empty input")
        LOGGER.info("cleaned 1 file")
        LOGGER.debug("b.txt: cleaned")
        assert stream.getvalue().splitlines() == expected


def test_repeated_failures_are_summed_up_after_the_first_ones():
    stream = io.StringIO()
    repeats = configure_logging(0, stream)
    for line in range(1, 1706):
        log_failure(f"<stdin>:{line}", "malformed JSON: Expecting value (column 1)")
    log_failure("pages.jsonl:3", "empty input")
    summarise_repeats(repeats)
    lines = stream.getvalue().splitlines()
    assert len(lines) == REPEATS_SHOWN + 2
    assert lines[REPEATS_SHOWN - 1] == f"error: <stdin>:{REPEATS_SHOWN}: malformed JSON: Expecting value (column 1)"
    assert lines[-1] == (f"error: {1705 - REPEATS_SHOWN:,} more failed with the same reason ({REPEATS_SHOWN} shown "
                         "above): malformed JSON: Expecting value (column 1)")
