"""A live ticker's entries, each under its reporter's name and a bare time, are the story, not a
comment thread: a comment-thread rule that took a bare time under a short name as a commenter's line
removed every entry (session 15, not merged). Invented page."""

from __future__ import annotations

from cleaner import explain

ENTRIES = [
    "Die Feuerwehr hat in der Nacht mehrere Keller ausgepumpt. Verletzt wurde niemand.",
    "Die Stadt hat die Uferstraße gesperrt, wie ein Sprecher mitteilte. Anwohner sollen den Bereich meiden.",
    "Der Pegel in Marburg liegt nun bei 4,20 Metern. Am Abend soll das Wasser langsam fallen.",
]
PAGE = "\n".join([
    "Startseite", "Nachrichten", "Liveticker: Hochwasser an der Lahn",
    "Die Pegel an der Lahn steigen weiter. Wir berichten laufend über die Lage in der Region und in den Nachbarorten.",
    "Max Mustermann", "11.05.2024 09:40", ENTRIES[0],
    "Jana Meier", "11.05.2024 11:02", ENTRIES[1],
    "Max Mustermann", "11.05.2024 12:15", ENTRIES[2],
    "Impressum",
])


def test_a_live_ticker_s_entries_under_reporters_and_times_stay():
    explanation = explain(PAGE)
    assert all(entry in explanation.text for entry in ENTRIES)
    assert "comment-thread" not in explanation.removed_counts
    assert "Impressum" not in explanation.text


def test_clock_time_lines_are_told_by_their_separator_before_the_pattern():
    """A line is asked the clock-time pattern only where its separator
    stands second or third: every character the separator matches (case
    ignored, every code point of the Basic Multilingual Plane tried) is
    one the gate lets through, and the lines found are the pattern's."""
    from cleaner.detectors.headers import _CLOCK_SEPARATORS, CLOCK_TIME, clock_time_lines

    for digits in ("1", "12"):
        matched = {chr(c) for c in range(0x10000) if CLOCK_TIME.match(f"{digits}{chr(c)}05")}
        assert matched <= _CLOCK_SEPARATORS
    texts = ["15:42 Uhr", "9.05", "10h15", "3:42 p.m.", "14:05 h", "10H15", "", "1", "15", "15:4", "Noon",
             "١٢:٣٠", "12:30 and more", "123:30", "The 9.05 train"]
    assert clock_time_lines(texts) == [i for i, text in enumerate(texts) if CLOCK_TIME.match(text)]
    assert clock_time_lines(texts) == [0, 1, 2, 3, 4, 5, 11]
