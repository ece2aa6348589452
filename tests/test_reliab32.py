"""Session 32's reliability fixes: each test failed before its fix (principle 4: nothing lost or garbled in silence)."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
from pathlib import Path

import pytest

from helpers import WARC_PAGE_HTML, WARC_STORY, run_cli


def _warc(block_digests: list[str | None], payload_digest: str | None = None) -> bytes:
    """A WARC of one HTML response a digest given, each record's WARC-Block-Digest that one (its own sha1, as
    warcio writes it, where None), their WARC-Payload-Digest ``payload_digest`` where given."""
    pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    records = []
    for number, digest in enumerate(block_digests):
        stream = io.BytesIO()
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer = WARCWriter(stream, gzip=False)
        writer.write_record(writer.create_warc_record(f"https://gazette.example/{number}", "response",
                                                      payload=io.BytesIO(WARC_PAGE_HTML), http_headers=http))
        record = stream.getvalue()  # the writer works its digests out: given ones go in after
        for name, value in (("Block", digest), ("Payload", payload_digest)):
            if value is not None:
                record = re.sub(rf"WARC-{name}-Digest: [^\r]*".encode(), f"WARC-{name}-Digest: {value}".encode(),
                                record, count=1)
        records.append(record)
    return b"".join(records)


def _block(data: bytes) -> bytes:
    """The block of the WARC's one record, the bytes its WARC-Block-Digest is of."""
    head_end = data.index(b"\r\n\r\n") + 4
    length = int(re.search(rb"Content-Length: (\d+)", data[:head_end]).group(1))  # type: ignore[union-attr]
    return data[head_end:head_end + length]


def _records(tmp_path: Path, data: bytes) -> tuple[int, str, list[dict[str, str]]]:
    (tmp_path / "crawl.warc").write_bytes(data)
    ran = run_cli("clean", str(tmp_path / "crawl.warc"), "-o", str(tmp_path / "out.jsonl"))
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines() if ran.returncode != 2 else []
    return ran.returncode, ran.stderr.decode(), [json.loads(line) for line in lines]


@pytest.mark.parametrize("spelling", [
    lambda block: "sha1:" + base64.b32encode(hashlib.sha1(block).digest()).decode().lower(),
    lambda block: "sha256:" + base64.b32encode(hashlib.sha256(block).digest()).decode().rstrip("="),
    lambda block: "md5:" + hashlib.md5(block).hexdigest(),
    lambda block: "sha256:" + base64.urlsafe_b64encode(hashlib.sha256(block).digest()).decode().rstrip("="),
], ids=["base32-lower-case", "base32-unpadded", "md5-hex", "base64-unpadded"])
def test_a_block_digest_written_in_another_spelling_of_its_bytes_is_matched(tmp_path, spelling):
    # Before: warcio compared a digest of the length of its own base32 form as text, so a lower-case base32 one,
    # an md5 in hex (32 characters, as its padded base32) or an unpadded one (read as base64) never matched:
    # each intact page failed as "WARC record corrupt", exit 1.
    block = _block(_warc([None]))
    data = _warc([spelling(block)])
    status, stderr, records = _records(tmp_path, data)
    assert status == 0, stderr
    assert records[0]["cleaner_error"] is None
    # The check still holds: a byte changed under the same digest fails the record.
    status, _, records = _records(tmp_path, data.replace(b"harbour and its boats", b"harbour and its bo@ts", 1))
    assert status == 1
    assert records[0]["cleaner_error"].startswith("WARC record corrupt: its bytes do not match its WARC-Block-Digest")


@pytest.mark.parametrize("field", ["block", "payload"])
def test_a_digest_that_reads_as_no_digest_loses_no_record(tmp_path, field):
    # Before: a WARC-Block-Digest (or WARC-Payload-Digest) whose value decodes as no digest (`sha1:!!!`) raised
    # binascii.Error out of warcio's reading: a traceback, exit 1, no output, every record of the file lost.
    garbled = "sha1:not a digest!"
    data = _warc([garbled if field == "block" else None, None], payload_digest=garbled if field == "payload" else None)
    status, stderr, records = _records(tmp_path, data)
    assert status == 0, stderr
    assert [record["cleaner_error"] for record in records] == [None, None]
    assert all("harbour and its boats" in record["text"] for record in records)


@pytest.mark.parametrize("pattern", [r"\b(?:Advertisement)?\b", r"\b", r"(?i)\b(?:ad|sponsored)?", r"(?=\w)"])
@pytest.mark.parametrize("place", ["pattern", "signature"])
def test_a_rule_pattern_that_matches_an_empty_string_beside_a_letter_is_refused_by_name(tmp_path, pattern, place):
    # Before: a pattern all optional between word boundaries (or a lookahead of any letter) found no empty string in
    # a line of no letter, the one it was tried on, so it loaded: it matches one in every line that holds a word,
    # and its [[drop]] rule removed every line of each page of the outlet, exit 0 (a signature picked every page).
    from cleaner import Cleaner, RuleError

    signature, dropped = (pattern, "^Share this$") if place == "signature" else ("^Gazette Logo$", pattern)
    (tmp_path / "gazette.toml").write_text(f"outlet = 'Gazette'\nsignatures = ['{signature}']\n"  # TOML literals
                                           f"[[drop]]\nid = 'share'\npattern = '{dropped}'\n", encoding="utf-8")
    with pytest.raises(RuleError, match="matches an empty string, and so every"):
        Cleaner(rules=[tmp_path])


@pytest.mark.parametrize("pattern", [r"\bAdvertisement\b", r"(?=.*Sponsored)", r"^\W*$", r"(?<=Sponsored by )\w+",
                                     r"(?m)^\s*$", r"\b(?:Ad|Promo)\b"])
def test_a_rule_pattern_that_matches_an_empty_string_only_beside_what_it_names_still_loads(tmp_path, pattern):
    from cleaner import Cleaner

    (tmp_path / "gazette.toml").write_text(f"outlet = 'Gazette'\n[[drop]]\nid = 'x'\npattern = '{pattern}'\n",
                                           encoding="utf-8")
    Cleaner(rules=[tmp_path])


def test_records_of_pages_whose_ids_are_alike_are_said_once_and_counted(tmp_path):
    # Before: `cleaner clean crawl1 crawl2 -o pages.jsonl` wrote the records of crawl1/a.txt and crawl2/a.txt both with
    # the id "a.txt", without a word: a tool keying records by id (or `--format text` of them) took them for one page.
    for folder in ("crawl1", "crawl2"):
        (tmp_path / folder / "2024").mkdir(parents=True)
        for name in ("2024/a.txt", "b.txt", "b.html"):
            (tmp_path / folder / name).write_text(f"{folder}: {WARC_STORY}", encoding="utf-8")
    (tmp_path / "crawl1" / "c.txt").write_text(WARC_STORY, encoding="utf-8")
    ran = run_cli("clean", "crawl1", "crawl2", "-o", "pages.jsonl", "--report", "report.json", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    records = [json.loads(line) for line in (tmp_path / "pages.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == 7 and all(record["cleaner_error"] is None for record in records)
    said = [line for line in ran.stderr.decode().splitlines() if line.startswith("warning:")]
    assert said == ["warning: 3 record(s) have the id of an earlier input's record, the same path under another "
                    "folder given or a file of the same name (first crawl2/b.html, as crawl1/b.html): they "
                    "are told apart by their order alone"]
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["warnings"] == [said[0].removeprefix("warning: ")]
    # Ids of their own (b.txt beside b.html, one folder given) are said nothing of.
    ran = run_cli("clean", "crawl1", "-o", "one.jsonl", cwd=tmp_path)
    assert ran.returncode == 0 and "warning" not in ran.stderr.decode()


@pytest.mark.parametrize("byline", ["By , 3 May 2024", "By | May 3, 2024 10:42", "By 3 May 2024", "By · 03.05.2024"])
def test_a_text_pages_byline_of_a_date_alone_gives_the_date_and_no_author(byline):
    # Before: "By , 3 May 2024" (a CMS's byline with its author field empty) gave the author ", 3 May 2024" and no
    # date (--with-metadata, --format json): the date written into the author, garbled.
    from cleaner import explain

    paragraphs = "\n\n".join(f"Paragraph {n} of the story tells how the council argued over the bridge and the money "
                             "for the roads of the town, at some length, before the vote." for n in range(4))
    page = f"Home | News | Sport\n\nCouncil approves the bridge\n\n{byline}\n\n{paragraphs}\n"
    metadata = explain(page).metadata
    assert (metadata.author, metadata.date) == (None, byline[3:].lstrip(",|· "))


def test_quiet_and_verbose_together_are_refused_not_one_of_them_silently_dropped(tmp_path):
    # Before: -q -v ran quiet, the lines -v asks for left out without a word (reliab32).
    (tmp_path / "page.txt").write_text(WARC_STORY, encoding="utf-8")
    ran = run_cli("clean", "page.txt", "-o", "out", "-q", "-v", cwd=tmp_path)
    assert ran.returncode == 2
    assert "-q/--quiet and -v/--verbose" in ran.stderr.decode()
    assert not (tmp_path / "out").exists()
