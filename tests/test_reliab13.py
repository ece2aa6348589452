"""Session 13's reliability probes (a hostile user of the command line): each test failed before its fix."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from helpers import run_cli

STORY = ("The council met on Tuesday evening to discuss the budget for the coming year, which includes "
         "new money for parks and schools across the district.")
LATE = "Members argued late into the night before the final vote was taken by a show of hands."


def _cleaner(*args: str, cwd: Path, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """`cleaner ARGS` as a user runs it, in a process of its own."""
    return subprocess.run([sys.executable, "-m", "cleaner", *args], input=stdin, capture_output=True,
                          cwd=cwd, check=False, timeout=120)


# -- a UTF-8 paste in a Windows-1252 file ------------------------------------------------------

def test_a_utf8_paste_in_a_windows_1252_page_comes_out_right(tmp_path: Path) -> None:
    # Before: "Nous avons visitÃ© le CafÃ©", exit 0.
    latin = f"Le café est ouvert tout l'été, dit le maire. {STORY}\n\n".encode("cp1252")
    pasted = f"Nous avons visité le Café Müller à côté. {LATE}\n\n".encode()
    (tmp_path / "page.txt").write_bytes(latin * 4 + pasted + latin * 4)
    ran = run_cli("clean", str(tmp_path / "page.txt"), "-o", str(tmp_path / "out"))
    assert ran.returncode == 0
    cleaned = (tmp_path / "out" / "page.txt").read_text(encoding="utf-8")
    assert "Nous avons visité le Café Müller à côté." in cleaned and "Ã" not in cleaned


# -- one page file, no -o: to stdout ------------------------------------------------------------

def test_one_page_file_without_output_goes_to_stdout(tmp_path: Path) -> None:
    # Before: a usage error, exit 2 ("--format text writes a folder of files: give it with -o FOLDER").
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><nav>Home</nav><article><p>{STORY}</p><p>{LATE}</p></article></body></html>",
                    encoding="utf-8")
    ran = _cleaner("clean", "page.html", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.decode() == f"{STORY}\n{LATE}\n"
    assert ran.stdout == _cleaner("clean", "-", cwd=tmp_path, stdin=page.read_bytes()).stdout
    assert json.loads(_cleaner("clean", "page.html", "--format", "json", cwd=tmp_path).stdout)["text"] == \
        f"{STORY}\n{LATE}\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["page.html"], "nothing written beside it"


def test_one_page_file_that_cannot_be_cleaned_fails_by_name_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    ran = _cleaner("clean", "empty.txt", cwd=tmp_path)
    assert ran.returncode == 1 and ran.stdout == b""
    assert ran.stderr.decode().splitlines() == ["error: empty.txt: empty input"]


def test_a_folder_or_two_files_without_output_stay_usage_errors(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    for args in (["pages"], ["pages/a.txt", "b.txt"]):
        ran = _cleaner("clean", *args, cwd=tmp_path)
        assert ran.returncode == 2 and b"-o FOLDER" in ran.stderr


# -- output names over what a file system holds -------------------------------------------------

def test_a_long_page_name_gets_an_output_name_that_fits(tmp_path: Path) -> None:
    # Before: `NAME.txt` for a NAME of 254 bytes was 258 bytes: "not written: File name too long", exit 1.
    pages = tmp_path / "pages"
    pages.mkdir()
    long_a, long_b = "é" * 120 + "a" * 14, "é" * 120 + "b" * 14  # 254 bytes each, alike for their first 240
    (pages / long_a).write_text(STORY, encoding="utf-8")
    (pages / long_b).write_text(LATE, encoding="utf-8")
    ran = run_cli("clean", str(pages), "-o", str(tmp_path / "out"))
    assert ran.returncode == 0, ran.stderr
    outputs = sorted((tmp_path / "out").glob("[!.]*"))
    assert len(outputs) == 2 and all(len(path.name.encode()) <= 255 and path.suffix == ".txt" for path in outputs)
    assert {path.read_text(encoding="utf-8") for path in outputs} == {STORY + "\n", LATE + "\n"}
    # The same names again: --resume finds them up to date.
    again = run_cli("clean", str(pages), "-o", str(tmp_path / "out"), "--resume", "-v")
    assert again.returncode == 0 and "2 up to date" in again.stderr.decode()


def test_record_ids_alike_up_to_the_cut_get_names_of_their_own(tmp_path: Path) -> None:
    # Before: both cut to one name; the second "already written from an earlier record", exit 1.
    url = "https://example.org/" + "section/" * 30
    records = [{"id": url + "first", "text": STORY}, {"id": url + "second", "text": LATE}]
    (tmp_path / "pages.jsonl").write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    ran = run_cli("clean", str(tmp_path / "pages.jsonl"), "--format", "text", "-o", str(tmp_path / "out"))
    assert ran.returncode == 0, ran.stderr
    outputs = sorted((tmp_path / "out").glob("[!.]*"))
    assert len(outputs) == 2 and all(path.name.startswith("https_example.org_section_") for path in outputs)
    assert {path.read_text(encoding="utf-8") for path in outputs} == {STORY + "\n", LATE + "\n"}


# -- a corrupt first gzip member on stdin; corrupt members of a JSONL -----------------------------

def _corrupt(member: bytes) -> bytes:
    """``member`` with bytes of its deflate data overwritten: zlib stops inside it."""
    return member[:30] + b"\xff" * 8 + member[38:]


def _jsonl_members(count: int) -> list[bytes]:
    """A gzip member for each JSONL line, as `gzip` run on each file of a split gives when they are joined."""
    return [gzip.compress(json.dumps({"id": f"page-{number}", "text": f"{number}: {STORY}"}).encode() + b"\n")
            for number in range(count)]


def test_a_warc_on_stdin_whose_first_gzip_member_is_corrupt_is_read_past_it(tmp_path: Path) -> None:
    # Before: "error: <stdin>: corrupt or truncated gzip data (...)", exit 1, and no record read at all.
    from test_warc11 import warc_records

    members, ids = warc_records(3)
    data = _corrupt(members[0]) + members[1] + members[2]
    ran = _cleaner("clean", "-", stdin=data, cwd=tmp_path)
    assert ran.returncode == 1
    rows = [json.loads(line) for line in ran.stdout.decode().splitlines()]
    gap = f"bytes 0-{len(members[0]) - 1}"
    assert [row["id"] for row in rows] == [gap, ids[1], ids[2]]
    assert [row.get("text") is not None for row in rows] == [False, True, True]
    errors = [line for line in ran.stderr.decode().splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and errors[0].startswith(f"error: <stdin>:{gap}: corrupt or truncated gzip data (")
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    assert ran.stdout == _cleaner("clean", "crawl.warc.gz", "-o", "-", cwd=tmp_path).stdout  # as from the file


def test_corrupt_gzip_members_of_a_jsonl_are_skipped_by_name_from_a_file_and_stdin(tmp_path: Path) -> None:
    # Before: the reading stopped at the corrupt member, the lines after it lost (from stdin: at the first,
    # nothing read).
    members = _jsonl_members(5)
    for corrupt in (0, 2):
        data = b"".join(_corrupt(member) if number == corrupt else member for number, member in enumerate(members))
        start = sum(map(len, members[:corrupt]))
        gap = f"bytes {start}-{start + len(members[corrupt]) - 1}"
        (tmp_path / "pages.jsonl.gz").write_bytes(data)
        for ran, name in ((_cleaner("clean", "pages.jsonl.gz", "-o", "-", cwd=tmp_path), "pages.jsonl.gz"),
                          (_cleaner("clean", "-", stdin=data, cwd=tmp_path), "<stdin>")):
            assert ran.returncode == 1
            rows = [json.loads(line) for line in ran.stdout.decode().splitlines()]
            expected = [f"page-{number}" for number in range(5) if number != corrupt]
            assert [row.get("id") for row in rows if row["cleaner_error"] is None] == expected
            failed = [row["cleaner_error"] for row in rows if row["cleaner_error"] is not None]
            assert len(failed) == 1 and failed[0].startswith("corrupt or truncated gzip data (")
            errors = [line for line in ran.stderr.decode().splitlines() if line.startswith("error: ")]
            assert errors == [f"error: {name}:{gap}: {failed[0]}"]
            assert "skipped up to the next gzip member" in errors[0]


def test_stdin_corrupt_from_its_first_byte_is_counted_as_a_file_would_be(tmp_path: Path) -> None:
    # Before: "error: <stdin>: corrupt or truncated gzip data (...)" and exit 1 before anything was written:
    # no row in the records file -o names, no --report (from a file: both, the failure counted).
    data = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"\xff" * 12
    ran = _cleaner("clean", "-", "-o", "out.jsonl", "--report", "report.json", stdin=data, cwd=tmp_path)
    assert ran.returncode == 1
    row = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert row["id"] == "<stdin>" and row["cleaner_error"].startswith("corrupt or truncated gzip data (")
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["files"] == {"total": 1, "cleaned": 0, "up_to_date": 0, "failed": 1}
    assert ran.stderr.decode().splitlines()[0] == f"error: <stdin>: {row['cleaner_error']}"


def test_one_page_to_stdout_writes_its_report_and_refuses_one_on_stdout_first(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(f"{STORY}\n\n{LATE}\n", encoding="utf-8")
    ran = _cleaner("clean", "page.txt", "--report", "report.json", cwd=tmp_path)
    assert ran.returncode == 0 and ran.stdout.decode() == f"{STORY}\n\n{LATE}\n"
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["files"]["cleaned"] == 1
    refused = _cleaner("clean", "page.txt", "--report", "-", cwd=tmp_path)
    assert refused.returncode == 2 and refused.stdout == b""  # nothing cleaned before the usage error


def test_a_utf8_paste_in_a_windows_1252_page_of_a_warc_comes_out_right(tmp_path: Path) -> None:
    # Before: the page decoded in its header's charset as a whole: "Nous avons visitÃ© le CafÃ©".
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    latin = f"<p>Le café est ouvert tout l'été, dit le maire. {STORY}</p>\n".encode("cp1252")
    pasted = f"<p>Nous avons visité le Café Müller à côté. {LATE}</p>\n".encode()
    body = b"<html><body><article>\n" + latin * 3 + pasted + latin * 3 + b"</article></body></html>\n"
    with (tmp_path / "crawl.warc.gz").open("wb") as stream:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=windows-1252")],
                                   protocol="HTTP/1.1")
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warc_record("https://a.example/cafe", "response",
                                                      payload=io.BytesIO(body), http_headers=headers))
    ran = _cleaner("clean", "crawl.warc.gz", "-o", "-", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    text = json.loads(ran.stdout)["text"]
    assert "Nous avons visité le Café Müller à côté." in text and "Ã" not in text
