"""Edges met by a hostile new user: an unknown outlet given to the Python API, a file name not in UTF-8 in a
JSON output, an HTML report a full disk cannot hold."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cleaner import Cleaner, clean, clean_html, explain
from helpers import run_cli, small_file_system

STORY = "This is the real story about the harbour and its boats, told at some length here."
PAGE = "\n\n".join(f"{number} {STORY}" for number in range(6)) + "\n"


@pytest.mark.parametrize("call", [clean, clean_html, explain, Cleaner().clean, Cleaner().explain_document])
def test_an_unknown_outlet_given_to_the_python_api_is_a_value_error_naming_the_known_ones(call) -> None:
    # Before: a KeyError, whose message Python prints quoted ("'unknown outlet ...'"), where the dask, datasets
    # and datatrove entry points and the command line all name it as a ValueError (a usage error).
    with pytest.raises(ValueError, match=r"^unknown outlet 'nosuch' \(known: commondreams, londondaily, voi\)$"):
        call(PAGE, outlet="nosuch")
    with pytest.raises(TypeError, match="^the outlet must be str, not int$"):
        call(PAGE, outlet=5)


@pytest.mark.parametrize("name", [b"caf\xe9.txt", b"line\nbreak.txt", b"back\\slash.txt"])
def test_a_json_output_names_its_source_in_json_any_parser_reads(tmp_path: Path, name: bytes) -> None:
    # Before: `--format json` wrote a file name's byte not in UTF-8 as a lone surrogate, "caf\udce9.txt", which
    # strict JSON parsers (serde_json, simdjson) refuse: each such output unreadable to them. Now the name is
    # spelt as a page's record id is in JSONL, its bytes given back by `codecs.escape_decode`.
    import codecs

    folder = os.fsencode(tmp_path / "in")
    os.mkdir(folder)
    with open(os.path.join(folder, name), "wb") as page:
        page.write(PAGE.encode())
    ran = run_cli("clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--format", "json")
    assert ran.returncode == 0, ran.stderr
    [output] = (tmp_path / "out").glob("*.json")
    raw = output.read_bytes()
    assert b"\\ud" not in raw  # no surrogate escape, paired or not: the name is ASCII or UTF-8
    source = json.loads(raw)["source"]
    assert codecs.escape_decode(source.encode())[0] == os.path.join(folder, name)
    assert "harbour" in json.loads(raw)["text"]


def test_an_html_report_a_full_disk_cannot_hold_fails_the_command(tmp_path: Path) -> None:
    # Before: "report not written: No space left on device", then "reported 1 document(s) into ..." and exit 0.
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    with small_file_system(tmp_path / "small", "16k") as small:
        (small / "fill").write_bytes(os.urandom(15_000))
        ran = run_cli("report", str(tmp_path / "page.txt"), "-o", str(small / "report.html"))
        assert ran.returncode == 1
        assert ran.stderr.decode().splitlines()[-1] == (
            f"error: {small / 'report.html'}: report not written: No space left on device")
        assert not (small / "report.html").exists()
