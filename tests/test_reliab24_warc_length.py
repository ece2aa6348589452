"""A WARC response's body sent as it is, shorter than the Content-Length its server gave: cut short, by name."""

from __future__ import annotations

import gzip
from pathlib import Path

from helpers import WARC_PAGE_HTML as PAGE_HTML, cleaned_warc


def test_a_body_shorter_than_its_content_length_fails_by_name(tmp_path: Path) -> None:
    # Before: a body the crawler stored cut (a connection lost, a crawler's size limit it did not mark with
    # WARC-Truncated) was cleaned as the page: the story's end was lost, exit 0 in silence, though the server's
    # Content-Length said how long the page was.
    cut = PAGE_HTML[:len(PAGE_HTML) // 2]
    status, rows = cleaned_warc(tmp_path, [([("Content-Length", str(len(PAGE_HTML)))], cut),
                                           ([("Content-Length", str(len(PAGE_HTML)))], PAGE_HTML)])
    assert status == 1
    assert rows[0]["cleaner_error"] == (f"HTTP body cut short: {len(cut)} of the {len(PAGE_HTML)} bytes its "
                                        "Content-Length gives"), rows[0]
    assert "text" not in rows[0]
    assert rows[1]["cleaner_error"] is None and rows[1]["text"].count("harbour") == 6


def test_bodies_whose_content_length_says_less_or_nothing_are_read(tmp_path: Path) -> None:
    # Guards the fix above: a Content-Length a crawler kept from the body's compressed form (the body stored
    # decompressed, its Content-Encoding taken out, or kept), one that is no number, and none at all.
    compressed = str(len(gzip.compress(PAGE_HTML)))
    status, rows = cleaned_warc(tmp_path, [([("Content-Length", compressed)], PAGE_HTML),
                                           ([("Content-Length", compressed), ("Content-Encoding", "gzip")], PAGE_HTML),
                                           ([("Content-Length", "many")], PAGE_HTML),
                                           ([], PAGE_HTML)])
    assert status == 0, rows
    assert all(row["text"].count("harbour") == 6 for row in rows)
