"""Session 21 (encode21): inputs that cannot be read fail with their true reason: lines in two legacy
encodings (read in one of them they were garbled in silence), an archive given as pages, a page given to
`cleaner learn` for its folder."""

from __future__ import annotations

import io
import tarfile
import zipfile
from pathlib import Path

import pytest

from cleaner.decode import DecodeError, decode_bytes
from helpers import run_cli
from test_encode21_legacy import _text


@pytest.mark.parametrize(("western", "other", "encoding"), [
    ("fr", "ru", "cp1251"), ("de", "ru", "cp1251"), ("pt", "uk", "cp1251"), ("es", "bg", "cp1251"),
    ("it", "el", "cp1253"), ("pt", "he", "cp1255"),
])
def test_a_file_of_windows_1252_lines_and_another_scripts_fails_naming_its_mixed_encodings(
        western: str, other: str, encoding: str) -> None:
    # Before: read in the other script's encoding, its Western lines came out "dйcidй", "Brьcke", "cגmara", exit 0.
    pairs = zip(_text(western).splitlines(), _text(other).splitlines(), strict=True)
    data = b"".join((line + "\n").encode("cp1252") + (then + "\n").encode(encoding) for line, then in pairs)
    with pytest.raises(DecodeError, match="lines in different encodings"):
        decode_bytes(data)


@pytest.mark.parametrize(("language", "encoding"), [("ru", "cp1251"), ("uk", "koi8_u"), ("bg", "cp1251"),
                                                    ("el", "cp1253"), ("he", "cp1255"), ("ar", "cp1256")])
def test_text_of_another_script_with_latin_names_is_still_read(language: str, encoding: str) -> None:
    text = _text(language) + "\nSony, iPhone, BBC News, Wi-Fi, Google Maps."
    assert decode_bytes(text.encode(encoding)) == text


def _tar(page: bytes) -> bytes:
    data = io.BytesIO()
    with tarfile.open(fileobj=data, mode="w") as archive:
        info = tarfile.TarInfo("page.txt")
        info.size = len(page)
        archive.addfile(info, io.BytesIO(page))
    return data.getvalue()


def _zip(page: bytes) -> bytes:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:  # stored, not compressed: the page's bytes as they are
        archive.writestr("page.txt", page)
    return data.getvalue()


@pytest.mark.parametrize(("kind", "archived"), [("tar", _tar), ("zip", _zip)])
def test_an_archive_given_as_a_page_fails_naming_its_kind(kind: str, archived) -> None:
    # Before: "binary data (control characters)", naming no archive.
    with pytest.raises(DecodeError, match=f"a {kind} archive"):
        decode_bytes(archived(_text("en-ru").encode("utf-8") * 3))


def test_learn_given_a_file_for_its_folder_is_a_usage_error(tmp_path: Path) -> None:
    # Before: exit 1, "not a folder", as if pages had failed.
    (tmp_path / "page.txt").write_text(_text("de"), encoding="utf-8")
    ran = run_cli("learn", str(tmp_path / "page.txt"), "--outlet", "Gazette", "-o", str(tmp_path / "gazette.toml"))
    assert ran.returncode == 2
    assert "not a folder" in ran.stderr.decode()


@pytest.mark.parametrize("encoding", ["gzip", "br"])
def test_a_warc_body_whose_content_encoding_does_not_decompress_fails_naming_it(tmp_path: Path,
                                                                              encoding: str) -> None:
    # Before: warcio took the body as sent uncompressed, and it failed as "binary data (...)".
    import gzip as gzip_module
    import json

    from test_formats import warc_of_responses
    from test_reliab21_inputs import GERMAN, _page

    page = _page(GERMAN, "utf-8").encode()
    if encoding == "br":
        compressed = pytest.importorskip("brotli").compress(page)
    else:
        compressed = gzip_module.compress(page)
    corrupt = compressed[:10] + bytes(byte ^ 0x5A for byte in compressed[10:])
    sent = [("Content-Encoding", encoding)]
    (tmp_path / "crawl.warc.gz").write_bytes(warc_of_responses((sent, corrupt), (sent, page)))
    ran = run_cli("clean", "crawl.warc.gz", "-o", "-", cwd=tmp_path)
    broken, as_sent = [json.loads(line) for line in ran.stdout.decode().splitlines()]
    assert broken["cleaner_error"] == f"HTTP body corrupt: its {encoding} Content-Encoding does not decompress"
    assert as_sent["cleaner_error"] is None  # stored decompressed, the header kept: read as it is
    assert ran.returncode == 1
