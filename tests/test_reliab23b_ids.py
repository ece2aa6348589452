"""Session 23 (reliab23b): the `id` of a page read from a file whose name is not UTF-8. Parquet wrote it as the
text `caf\\udce9.txt` (its text is UTF-8 only), JSONL as a JSON escape that reads back as a lone surrogate, and a
file named so in ASCII got the same Parquet id. Both formats now write one id: the name's text, a byte of it
that is not UTF-8 as `\\xNN` and a backslash as `\\\\`, which gives the name's bytes back."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pyarrow.parquet as pq

from helpers import run_cli

PAGE = ("The council met on Tuesday to discuss the new bridge over the river, which the engineers say will take "
        "two years to build and will cost more than the old one did.\n")
NAMES = (b"caf\xe9.txt", b"caf\\xe9.txt", b"back\\slash.txt", "caf\u00e9-utf8.txt".encode())


def test_a_file_names_bytes_come_back_from_the_same_id_in_jsonl_and_parquet(tmp_path: Path) -> None:
    # Before: JSONL's id of caf\xe9.txt read back as 'caf\udce9.txt' (a lone surrogate, no text to another reader),
    # Parquet's as the text 'caf\\udce9.txt'; the two differed, and Parquet's could be an ASCII name's.
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in NAMES:
        (pages / os.fsdecode(name)).write_text(PAGE, encoding="utf-8")
    ids = {}
    for suffix in ("jsonl", "parquet"):
        output = tmp_path / f"out.{suffix}"
        assert run_cli("clean", str(pages), "-o", str(output)).returncode == 0
        records = ([json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
                   if suffix == "jsonl" else pq.read_table(output).to_pylist())
        ids[suffix] = sorted(record["id"] for record in records)
    assert ids["jsonl"] == ids["parquet"]
    assert all(identifier.encode("utf-8") for identifier in ids["jsonl"])  # text: no lone surrogate
    assert sorted(codecs.escape_decode(identifier.encode("utf-8"))[0] for identifier in ids["jsonl"]) == sorted(NAMES)
