"""Session 29's gaps in principles 1 and 4 (nothing lost or garbled in silence), each shown by a case that
failed before its fix."""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

import pytest

from helpers import BUG_MARK, WARC_PAGE_HTML, bug_on_marked_pages, cleaned_warc, run_cli

STORY = "This is the real story about the harbour and its boats, told at some length here."
RULES = Path(__file__).resolve().parent.parent / "rules"


def _gazette_pages(folder: Path) -> Path:
    folder.mkdir()
    for number in range(4):
        (folder / f"{number}.txt").write_text(f"Home | News | Sport\n\n{number} {STORY}\n\n{STORY} {number}\n\n"
                                              "Copyright 2024 The Harbour Gazette\n")
    return folder


def test_a_bug_met_on_one_page_fails_it_alone_in_learn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Before: the bug's traceback ended `cleaner learn`, no rule file written from the other pages; `clean` and
    # `report` fail such a page alone ("internal error (a bug, please report it): ..."), as learn fails a page
    # it cannot read.
    pages = _gazette_pages(tmp_path / "pages")
    (pages / "bug.txt").write_text(f"{BUG_MARK} {STORY}\n")
    bug_on_marked_pages(monkeypatch)
    learned = run_cli("learn", str(pages), "--outlet", "Gazette", "-o", str(tmp_path / "gazette.toml"))
    assert learned.returncode == 1
    assert learned.stderr.splitlines()[0] == (
        f"error: {pages / 'bug.txt'}: internal error (a bug, please report it): KeyError: 'a bug'".encode())
    assert "line-home-news-sport" in (tmp_path / "gazette.toml").read_text()


def test_a_rule_file_named_in_upper_case_toml_is_read_from_its_folder(tmp_path: Path) -> None:
    # Before: `cleaner learn pages -o my-rules/gazette.TOML` wrote the file and said "clean ... --rules my-rules",
    # whose loader read only `*.toml` in lower case: the learned rules (and a hand-written `Other.TOML` beside
    # other rule files) were left out in silence, exit 0; `rules list` and `rules check` did not show them.
    pages, rules = _gazette_pages(tmp_path / "pages"), tmp_path / "my-rules"
    rules.mkdir()
    (rules / "Other.TOML").write_text((RULES / "voi.toml").read_text().replace("voi.id", "other.example"))
    learned = run_cli("learn", str(pages), "--outlet", "Gazette", "--domain", "gazette.example",
                      "-o", str(rules / "gazette.TOML"))
    assert learned.returncode == 0, learned.stderr
    listed = run_cli("rules", "list", "--rules", str(rules))
    assert listed.returncode == 0
    assert b"gazette.TOML" in listed.stdout and b"Other.TOML" in listed.stdout
    explained = run_cli("explain", str(pages / "0.txt"), "--rules", str(rules), "--url", "https://gazette.example/0")
    assert b"gazette/line-home-news-sport" in explained.stdout
    checked = run_cli("rules", "check", str(rules))
    assert b"gazette.TOML" in checked.stdout + checked.stderr


def _chunked_with_bare_line_feeds(data: bytes, size: int) -> bytes:
    parts = [data[start:start + size] for start in range(0, len(data), size)]
    return b"".join(b"%x\n%s\n" % (len(part), part) for part in parts) + b"0\n\n"


def test_a_warc_body_chunked_with_bare_line_feeds_is_read_as_chunked(tmp_path: Path) -> None:
    # Before: chunks whose lines end in a bare LF (a server short of HTTP's CRLF; browsers read them) were not
    # de-chunked, warcio asking for CRLF: each chunk's size in hex came into the page's text and cut its words
    # ("the harbou" / "32" / "r and its boats"), exit 0 in silence.
    status, rows = cleaned_warc(tmp_path, [([], WARC_PAGE_HTML),
                                           ([("Transfer-Encoding", "chunked")],
                                            _chunked_with_bare_line_feeds(WARC_PAGE_HTML, 50))])
    assert status == 0, rows
    assert rows[0]["text"].count("harbour") == 6
    assert rows[1]["text"] == rows[0]["text"]


@pytest.mark.parametrize("cut", [300, -3], ids=["inside-a-chunk", "before-the-last-chunk"])
def test_a_warc_body_chunked_with_bare_line_feeds_cut_short_fails_by_name(tmp_path: Path, cut: int) -> None:
    # Guards the reading above: chunks so framed that break off are named, as those framed with CRLF are.
    status, rows = cleaned_warc(tmp_path, [([("Transfer-Encoding", "chunked")],
                                            _chunked_with_bare_line_feeds(WARC_PAGE_HTML, 50)[:cut])])
    assert status == 1
    assert rows[0]["cleaner_error"] == "HTTP body cut short: its chunked Transfer-Encoding ends early"


def _chunked(data: bytes, size: int) -> bytes:
    parts = [data[start:start + size] for start in range(0, len(data), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in parts) + b"0\r\n\r\n"


def test_a_warc_body_compressed_as_a_transfer_coding_is_read(tmp_path: Path) -> None:
    # Before: `Transfer-Encoding: gzip, chunked` (HTTP/1.1's transfer codings; a compression there is undone
    # after the chunks, as a Content-Encoding is) was read as no coding at all: 'binary data (control
    # characters)', the page lost under a reason that said nothing of why.
    status, rows = cleaned_warc(tmp_path, [
        ([], WARC_PAGE_HTML),
        ([("Transfer-Encoding", "gzip, chunked")], _chunked(gzip.compress(WARC_PAGE_HTML), 40)),
        ([("Transfer-Encoding", "Deflate ,Chunked")], _chunked(zlib.compress(WARC_PAGE_HTML), 40)),
        ([("Transfer-Encoding", "gzip")], gzip.compress(WARC_PAGE_HTML))])  # its end the connection's
    assert status == 0, rows
    assert [row["text"] for row in rows[1:]] == [rows[0]["text"]] * 3


def test_a_warc_body_chunked_before_its_transfer_compression_is_not_read_as_compressed_alone(tmp_path: Path) -> None:
    # Guards the reading above: `chunked, gzip` (gzip applied after the chunks) gunzipped alone gave the chunks'
    # sizes in the page's text; it fails by name as before.
    status, rows = cleaned_warc(tmp_path, [([("Transfer-Encoding", "chunked, gzip")],
                                            gzip.compress(_chunked(WARC_PAGE_HTML, 40)))])
    assert status == 1 and rows[0]["cleaner_error"] == "binary data (gzip-compressed)"


def test_parquet_output_keeps_the_input_schemas_metadata(tmp_path: Path) -> None:
    # Before: the input's schema metadata was left out: a Hugging Face dataset's ClassLabel column came back as
    # bare ints (its label names gone) and a pandas frame's index as a plain column, exit 0 in silence.
    datasets = pytest.importorskip("datasets")
    features = datasets.Features({"text": datasets.Value("string"), "label": datasets.ClassLabel(names=["no", "yes"]),
                                  "key": datasets.Value("string")})
    rows = {"text": [STORY, f"{STORY} Again."], "label": [0, 1], "key": ["a", "b"]}
    datasets.Dataset.from_dict(rows, features=features).to_parquet(str(tmp_path / "rows.parquet"))
    frame = datasets.Dataset.from_dict(rows).to_pandas().set_index("key")
    frame.to_parquet(tmp_path / "frame.parquet")
    for name in ("rows", "frame"):
        ran = run_cli("clean", str(tmp_path / f"{name}.parquet"), "-o", str(tmp_path / f"{name}-cleaned.parquet"))
        assert ran.returncode == 0, ran.stderr
    cleaned = datasets.Dataset.from_parquet(str(tmp_path / "rows-cleaned.parquet"))
    assert cleaned.features["label"] == datasets.ClassLabel(names=["no", "yes"])
    assert cleaned["text"] == [f"{STORY}\n", f"{STORY} Again.\n"]
    import pandas  # datasets' own dependency

    assert pandas.read_parquet(tmp_path / "frame-cleaned.parquet").index.tolist() == ["a", "b"]


def test_a_cleaned_parquet_column_keeps_its_own_metadata(tmp_path: Path) -> None:
    # Before: the text column, cleaned, was written as a new column: its field metadata (a description Spark or
    # a data catalogue keeps there) was left out in silence, where the columns kept as they were kept theirs.
    import pyarrow as pa
    import pyarrow.parquet as pq

    described = {b"comment": b"the page as crawled"}
    schema = pa.schema([pa.field("text", pa.string(), metadata=described)])
    pq.write_table(pa.table({"text": [STORY]}, schema=schema), tmp_path / "rows.parquet")
    ran = run_cli("clean", str(tmp_path / "rows.parquet"), "-o", str(tmp_path / "cleaned.parquet"))
    assert ran.returncode == 0, ran.stderr
    assert pq.read_schema(tmp_path / "cleaned.parquet").field("text").metadata == described
