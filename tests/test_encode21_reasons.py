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


@pytest.mark.parametrize(("western", "cyrillic"), [("fr", "ru"), ("de", "ru"), ("pt", "uk"), ("es", "bg")])
def test_a_file_of_windows_1252_and_windows_1251_lines_fails_naming_its_mixed_encodings(western: str,
                                                                                         cyrillic: str) -> None:
    # Before: read as Windows-1251, its Western lines came out "dйcidй", "Brьcke", exit 0.
    pairs = zip(_text(western).splitlines(), _text(cyrillic).splitlines(), strict=True)
    data = b"".join((line + "\n").encode("cp1252") + (other + "\n").encode("cp1251") for line, other in pairs)
    with pytest.raises(DecodeError, match="lines in different encodings"):
        decode_bytes(data)


@pytest.mark.parametrize("language", ["ru", "uk", "bg", "el"])
def test_cyrillic_and_greek_text_with_latin_names_is_still_read(language: str) -> None:
    encoding = "cp1253" if language == "el" else "cp1251"
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
