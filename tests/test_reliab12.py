"""Session 12's reliability probes: each test failed before its fix."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from pathlib import Path

from test_warc11 import warc_records


def _cleaner(*args: str, stdin: bytes, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """`cleaner ARGS` as a user runs it, stdin a pipe (which cannot seek, unlike CliRunner's)."""
    return subprocess.run([sys.executable, "-m", "cleaner", *args], input=stdin, capture_output=True,
                          cwd=cwd, check=False, timeout=120)


def test_a_corrupt_gzip_member_of_a_warc_on_stdin_is_skipped_as_in_a_file(tmp_path: Path) -> None:
    # Before: stdin was decompressed before the WARC reader saw it, so the reading stopped at the corrupt
    # member ("<stdin>: ... after record ID: what follows it is not read") and the two records after it were lost.
    members, ids = warc_records(5)
    decoy = gzip.compress(b"no record here\r\n\r\n") + b"\x1f\x8b\x08\x00junk"
    corrupt = members[2][:30] + b"\xff" * 8 + decoy + members[2][30 + 8 + len(decoy):]
    start = len(members[0] + members[1])
    stretch = f"bytes {start}-{start + len(corrupt) - 1}"
    data = members[0] + members[1] + corrupt + members[3] + members[4]
    ran = _cleaner("clean", "-", "-o", "pages.jsonl", stdin=data, cwd=tmp_path)
    assert ran.returncode == 1
    rows = [json.loads(line) for line in (tmp_path / "pages.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == [ids[0], ids[1], stretch, ids[3], ids[4]]
    errors = [line for line in ran.stderr.decode().splitlines() if line.startswith("error: ")]
    assert len(errors) == 1
    assert errors[0].startswith(f"error: <stdin>:{stretch}: corrupt or truncated gzip data (")
    assert errors[0].endswith(f" after record {ids[1]}: skipped up to the next gzip member that holds a WARC record")
    # To stdout too, and the same rows as the file gives.
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    piped = _cleaner("clean", "-", stdin=data, cwd=tmp_path)
    from_file = _cleaner("clean", "crawl.warc.gz", "-o", "-", stdin=b"", cwd=tmp_path)
    assert piped.returncode == from_file.returncode == 1
    assert [json.loads(line)["id"] for line in piped.stdout.splitlines()] == [row["id"] for row in rows]
    assert [json.loads(line)["id"] for line in from_file.stdout.splitlines()] == [
        ids[0], ids[1], stretch, ids[3], ids[4]]


def test_a_corrupt_gzip_member_too_large_to_go_back_in_on_stdin_says_so(tmp_path: Path) -> None:
    # A pipe keeps at most PIPE_KEEPS_BYTES of a member to go back in: past that, the reading stops at the
    # corrupt member, and the error says why a file's path would have gone on.
    import io
    import os

    from warcio.warcwriter import WARCWriter

    from cleaner.compression import PIPE_KEEPS_BYTES

    members, ids = warc_records(2)
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    writer.write_record(writer.create_warc_record("https://a.example/big.jpg", "resource", payload=io.BytesIO(
        os.urandom(PIPE_KEEPS_BYTES + 1000)), warc_content_type="image/jpeg"))
    big = bytearray(buffer.getvalue())
    big[-20] ^= 0xFF  # its data still inflates: the checksum at its end tells
    data = members[0] + bytes(big) + members[1]
    ran = _cleaner("clean", "-", "-o", "pages.jsonl", stdin=data, cwd=tmp_path)
    assert ran.returncode == 1
    errors = [line for line in ran.stderr.decode().splitlines() if line.startswith("error: ")]
    assert errors == [f"error: <stdin>: corrupt or truncated gzip data (Error -3 while decompressing data: incorrect "
                      f"data check) in a gzip member too large to go back in on stdin (over {PIPE_KEEPS_BYTES} bytes: "
                      f"a file's path can) after record {ids[0]}: what follows it is not read"]
    rows = (tmp_path / "pages.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(row)["id"] for row in rows] == ids[:1]


def test_a_response_under_a_uri_that_is_not_http_is_read_by_its_block(tmp_path: Path) -> None:
    # Before: warcio reads HTTP headers only under an http(s) URI, so a response whose block is an HTTP exchange
    # (Content-Type application/http) under a urn: was skipped as "response without HTTP headers", its page lost;
    # so was an ftp: response that holds the page itself. A dns: response (text/dns) is no page: skipped, counted.
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    page = b"<html><body><p>The harbour story is told here at some length, with its boats.</p></body></html>"
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("urn:x-page:1", "response", payload=io.BytesIO(page),
                                                  http_headers=http))
    writer.write_record(writer.create_warc_record("ftp://a.example/story.html", "response",
                                                  payload=io.BytesIO(page), warc_content_type="text/html"))
    writer.write_record(writer.create_warc_record("dns:a.example", "response", payload=io.BytesIO(
        b"20261129 a.example. 300 IN A 192.0.2.1\n"), warc_content_type="text/dns"))
    (tmp_path / "crawl.warc.gz").write_bytes(buffer.getvalue())
    ran = _cleaner("clean", "crawl.warc.gz", "-o", "pages.jsonl", "--report", "report.json", stdin=b"", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    rows = [json.loads(line) for line in (tmp_path / "pages.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(row["url"], row["text"]) for row in rows] == [
        ("urn:x-page:1", "The harbour story is told here at some length, with its boats.\n"),
        ("ftp://a.example/story.html", "The harbour story is told here at some length, with its boats.\n")]
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["skipped"] == {"response without HTTP headers": 1}


def test_every_command_names_a_file_with_a_line_break_or_bytes_not_utf8_on_one_line(tmp_path: Path) -> None:
    # Before: `explain` said "error: pages/empty\udcfe" and ".txt: empty input" on two lines, and usage errors
    # ("no such file or folder", "is an input") broke the name over two lines too: a failure shown as two lines,
    # one of them no failure's, and the name's bytes shown as \udcXX or lost. File mode names it as here.
    (tmp_path / "pages").mkdir()
    path = "pages/" + b"empty\xfe\n.txt".decode("utf-8", "surrogateescape")
    (tmp_path / path).write_bytes(b"")
    missing = "no\nsuch\udcff"
    for args, shown in ((("explain", path), "pages/empty\\xfe\\x0a.txt: empty input"),
                        (("clean", missing, "-o", "out"), "no\\x0asuch\\xff"),
                        (("explain", missing), "no\\x0asuch\\xff"),
                        (("report", missing, "-o", "r.html"), "no\\x0asuch\\xff"),
                        (("clean", "pages", "-o", "out", "--report", path), "pages/empty\\xfe\\x0a.txt is an input")):
        ran = _cleaner(*args, stdin=b"", cwd=tmp_path)
        assert ran.returncode in (1, 2), args
        last = ran.stderr.decode("utf-8", "surrogateescape").splitlines()[-1]
        assert last.startswith(("error: ", "Error: ")) and shown in last, (args, ran.stderr)


def test_a_jsonl_line_that_starts_with_nul_bytes_is_named_for_what_it_is(tmp_path: Path) -> None:
    # Before: json.loads guessed UTF-16 or UTF-32 from the NUL bytes, and a line of UTF-8 failed as "not UTF-8";
    # a line is read as UTF-8, whatever its first bytes.
    from cleaner.corpus import parse_record
    from cleaner.records import RecordError

    for line, said in ((b'\x00\x00{"text": "x"}', "malformed JSON: Expecting value (column 1)"),
                       (b'\x00{"text": "x"}', "malformed JSON: Expecting value (column 1)"),
                       (b'{"text": "caf\xe9"}', "malformed line: not UTF-8")):
        try:
            parse_record(line)
        except RecordError as exc:
            assert str(exc) == said
        else:
            raise AssertionError(line)
    assert parse_record(b'\xef\xbb\xbf{"text": "x"}\r\n') == {"text": "x"}


def test_learn_does_not_write_over_a_rule_file_it_did_not_write(tmp_path: Path) -> None:
    # Before: `cleaner learn ... -o my.toml` replaced a hand-written rule file without a word, exit 0, as
    # `cleaner report` and `--report` refuse to replace what is not theirs. A file learn wrote is written anew.
    pages = tmp_path / "pages"
    pages.mkdir()
    for number in range(4):
        (pages / f"p{number}.txt").write_text(
            f"Home | News | Sport\nStory {number} tells of the harbour and its boats at some length, with detail.\n"
            f"Its second paragraph {number} says more about the harbour and the boats in it.\n", encoding="utf-8")
    mine = 'outlet = "Mine"\ndomains = ["mine.example"]\n'
    (tmp_path / "my.toml").write_text(mine, encoding="utf-8")
    ran = _cleaner("learn", "pages", "--outlet", "Harbour", "-o", "my.toml", stdin=b"", cwd=tmp_path)
    assert ran.returncode == 2
    assert ran.stderr.decode().splitlines()[-1] == (
        "Error: -o my.toml exists and is not a rule file `cleaner learn` proposed; not overwritten")
    assert (tmp_path / "my.toml").read_text(encoding="utf-8") == mine
    for _ in range(2):  # a proposal is proposed again
        ran = _cleaner("learn", "pages", "--outlet", "Harbour", "-o", "learned.toml", stdin=b"", cwd=tmp_path)
        assert ran.returncode == 0, ran.stderr
    assert (tmp_path / "learned.toml").read_text(encoding="utf-8").startswith("# Proposed by `cleaner learn` ")


def test_rules_list_and_check_show_each_rule_file_on_one_line(tmp_path: Path) -> None:
    # Before: an outlet named "Evil\nOutlet\x1b[31m" (TOML escapes) took two lines of `rules list` and sent the
    # terminal its escape; `rules check` of a file named "new\nline.toml" said "FAIL  rules/new" and "line.toml".
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "e.toml").write_text('outlet = "Evil\\nOutlet\\u001b[31m"\ndomains = ["e.example"]\n'
                                  '[[drop]]\nid = "x"\npattern = "^Ad$"\n', encoding="utf-8")
    (rules / "new\nline.toml").write_text('outlet = "N"\ndomains = ["n.example"]\n', encoding="utf-8")
    listed = _cleaner("rules", "list", "--rules", "rules/e.toml", stdin=b"", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    line = next(line for line in listed.stdout.decode().splitlines() if line.startswith("e "))
    assert "Evil\\x0aOutlet\\x1b[31m" in line and line.endswith("rules/e.toml")
    checked = _cleaner("rules", "check", "rules", stdin=b"", cwd=tmp_path)
    assert checked.returncode == 1
    assert [line for line in checked.stdout.decode().splitlines() if "line.toml" in line] == [
        "FAIL  rules/new\\x0aline.toml"]


def test_a_record_id_of_many_letters_not_ascii_names_a_file_that_can_be_written(tmp_path: Path) -> None:
    # Before: a record's file name was cut at 160 characters, and 160 letters of two bytes each made 320 bytes,
    # over the 255 a file system allows: the record failed, 'not written: File name too long'.
    story = "This is the real story about the harbour and its boats, told at some length here."
    ids = ["é" * 200, "日本" * 100, "x" * 600]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps({"id": id_, "text": story}) + "\n" for id_ in ids),
                                       encoding="utf-8")
    ran = _cleaner("clean", "in.jsonl", "--format", "text", "-o", "out", stdin=b"", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    names = sorted(path.name for path in (tmp_path / "out").iterdir() if not path.name.startswith("."))
    # Cut to 160 bytes without cutting a letter, and told apart by a hash of the whole id (reliab13).
    assert [re.fullmatch(r"(.+)~[0-9a-f]{12}\.txt", name).group(1) for name in names] == \
        sorted(["é" * 73, "日本" * 24 + "日", "x" * 147])
    assert all(len(name.removesuffix(".txt").encode()) <= 160 for name in names)


def _arc_file() -> bytes:
    """An ARC file (the Internet Archive's format before WARC): its file header record, then a page's."""
    about = b"1 0 Alexa\nURL IP-address Archive-date Content-type Archive-length\n"
    header = b"filedesc://crawl.arc 0.0.0.0 20260101000000 text/plain %d\n" % len(about) + about + b"\n"
    page = b"<html><body><p>This is the real story about the harbour and its boats, told at length.</p></body></html>"
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(page) + page
    return header + b"http://a.example/story 192.0.2.1 20260101000000 text/html %d\n" % len(http) + http + b"\n"


def test_an_arc_file_is_refused_by_name_not_cleaned_as_a_page(tmp_path: Path) -> None:
    # Before: `crawl.arc.gz` was cleaned as one text page, its record headers and HTTP headers kept as the
    # article's lines ('filedesc://crawl.arc 0.0.0.0 ...', 'HTTP/1.1 200 OK'), exit 0.
    (tmp_path / "crawl.arc.gz").write_bytes(gzip.compress(_arc_file()))
    said = "an ARC file (the web archive format before WARC), not a page: convert it to WARC to clean its pages"
    ran = _cleaner("clean", "crawl.arc.gz", "-o", "out", stdin=b"", cwd=tmp_path)
    assert ran.returncode == 1
    assert ran.stderr.decode().splitlines()[0] == f"error: crawl.arc.gz: {said}"
    assert not (tmp_path / "out" / "crawl.txt").exists()
    piped = _cleaner("clean", "-", stdin=_arc_file(), cwd=tmp_path)
    assert (piped.returncode, piped.stdout) == (1, b"")
    assert piped.stderr.decode().splitlines()[0] == f"error: <stdin>: {said}"


def test_an_output_folder_of_other_files_is_not_written_into(tmp_path: Path) -> None:
    # Before: `cleaner clean pages -o docs` wrote docs/p1.txt over the user's own file of that name, exit 0.
    # A folder no cleaner run made (it has files and no .cleaner-run) is refused; a new or empty one, one with
    # hidden files only, and one a run made are written into.
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "p1.txt").write_text(
        "This is the real story about the harbour and its boats, told at some length here.\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "p1.txt").write_text("my own notes\n", encoding="utf-8")
    ran = _cleaner("clean", "pages", "-o", "docs", stdin=b"", cwd=tmp_path)
    assert ran.returncode == 2
    assert ran.stderr.decode().splitlines()[-1] == (
        "Error: docs holds files that no cleaner run wrote (it has no .cleaner-run): its files could be written "
        "over; give a new or empty folder")
    assert (tmp_path / "docs" / "p1.txt").read_text(encoding="utf-8") == "my own notes\n"
    assert sorted(path.name for path in (tmp_path / "docs").iterdir()) == ["p1.txt"]
    (tmp_path / "hidden").mkdir()
    (tmp_path / "hidden" / ".keep").write_text("", encoding="utf-8")
    for out in ("new", "hidden", "new", "hidden"):  # twice each: a folder a run made is written into again
        ran = _cleaner("clean", "pages", "-o", out, stdin=b"", cwd=tmp_path)
        assert ran.returncode == 0, ran.stderr


def test_a_folder_of_record_files_is_not_written_into_one_of_other_files(tmp_path: Path) -> None:
    # Before: `cleaner clean pages.jsonl --format text -o docs` wrote docs/1.txt over the user's file, exit 0.
    story = "This is the real story about the harbour and its boats, told at some length here."
    (tmp_path / "pages.jsonl").write_text(json.dumps({"id": 1, "text": story}) + "\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "1.txt").write_text("my own notes\n", encoding="utf-8")
    ran = _cleaner("clean", "pages.jsonl", "--format", "text", "-o", "docs", stdin=b"", cwd=tmp_path)
    assert ran.returncode == 2
    assert "docs holds files that no cleaner run wrote" in ran.stderr.decode()
    assert (tmp_path / "docs" / "1.txt").read_text(encoding="utf-8") == "my own notes\n"
    for _ in range(2):
        ran = _cleaner("clean", "-", "--format", "text", "-o", "records", stdin=(tmp_path / "pages.jsonl").read_bytes(),
                       cwd=tmp_path)
        assert ran.returncode == 0, ran.stderr
    assert (tmp_path / "records" / "1.txt").read_text(encoding="utf-8") == story + "\n"


def test_a_warc_by_another_name_in_a_folder_is_named_as_a_corpus_not_cleaned_as_a_page(tmp_path: Path) -> None:
    # Before: pages/crawl.dat holding a WARC (a WARC by content, not by name) was cleaned as one text page, its WARC
    # headers ('WARC-Target-URI: ...', 'Content-Type: application/http; msgtype=response') the article, exit 0.
    members, _ = warc_records(2)
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "crawl.dat").write_bytes(gzip.decompress(b"".join(members)))
    (tmp_path / "pages" / "crawl2.gz").write_bytes(b"".join(members))
    ran = _cleaner("clean", "pages", "-o", "out", stdin=b"", cwd=tmp_path)
    assert ran.returncode == 1
    assert ran.stderr.decode().splitlines()[:2] == [
        f"error: pages/{name}: a warc corpus, not a page: clean it on its own (cleaner clean pages/{name} -o ...)"
        for name in ("crawl.dat", "crawl2.gz")]
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == [".cleaner-run"]


def test_explain_names_a_warc_on_stdin_as_a_corpus(tmp_path: Path) -> None:
    # Before: `cleaner explain - < crawl.warc.gz` explained the WARC as one page: 'markup nested deeper than 2048
    # levels' for this one, the headers as the article's lines for another.
    members, _ = warc_records(1)
    for data in (b"".join(members), gzip.decompress(b"".join(members))):
        ran = _cleaner("explain", "-", stdin=data, cwd=tmp_path)
        assert (ran.returncode, ran.stdout) == (1, b"")
        assert ran.stderr.decode().splitlines() == [
            "error: <stdin>: a warc corpus, not a page: clean it on its own (cleaner clean - -o ...); to explain one "
            "record, give it on stdin: warcio extract --payload FILE OFFSET | cleaner explain - --url URL (warcio "
            "index FILE gives each record's offset)"]
