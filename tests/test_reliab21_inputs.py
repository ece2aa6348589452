"""Session 21 (reliab21): what a hostile but realistic user's inputs found, each promise of the README held."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cleaner import DecodeError
from cleaner.decode import decode_bytes
from helpers import run_cli

CHINESE = "北京市政府今天宣布了新的交通计划。根据该计划，明年起市区公交线路将增加，并将听取市民的意见。\n"
JAPANESE = "東京都は今日、新しい交通計画を発表しました。計画では、来年から市内の路線バスを増やす予定です。\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("line", [CHINESE, JAPANESE], ids=["chinese", "japanese"])
def test_utf16_without_a_bom_of_chinese_or_japanese_text_is_read(encoding: str, line: str) -> None:
    # Before: "binary data (control characters)": few zero bytes, and its characters' low bytes are control bytes.
    assert decode_bytes((line * 20).encode(encoding)) == line * 20


def test_a_utf16_page_without_a_bom_is_cleaned_from_a_folder(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_bytes((JAPANESE * 6).encode("utf-16-le"))
    ran = run_cli("clean", "in", "-o", "out", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert JAPANESE.strip() in (tmp_path / "out" / "page.txt").read_text(encoding="utf-8")


def test_binary_data_is_still_refused_as_binary() -> None:
    for seed in range(20):
        data = bytes([1, 0, 2, 0]) * 100 + os.urandom(2000) + bytes(range(32)) * 10
        with pytest.raises(DecodeError, match="binary"):
            decode_bytes(data + bytes([seed]))
