"""Output names alike but for case or Unicode normalisation are one file on macOS, exFAT, SMB shares: a batch
tells them apart on every file system, so no output is written over another's there."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from cleaner import Cleaner
from helpers import run_cli

SENTENCE = ("The council voted on Tuesday to rebuild the harbour wall after the winter storms, "
            "and the work is expected to take two years to finish.")
NFC_NAME = unicodedata.normalize("NFC", "café.txt")
NFD_NAME = unicodedata.normalize("NFD", "café.txt")


def folded(name: str) -> str:
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


def outputs_by_input(tmp_path: Path, folders: dict[str, list[str]]) -> tuple[dict[str, str], Path]:
    """Input pages named ``folders``' names, each with a sentence of its own; the command's outputs."""
    expected: dict[str, str] = {}
    arguments = []
    for folder, names in folders.items():
        (tmp_path / folder).mkdir()
        arguments.append(str(tmp_path / folder))
        for number, name in enumerate(names):
            page = f"{SENTENCE} Page {folder} {number}.\n"
            (tmp_path / folder / name).write_text(page, encoding="utf-8")
            expected[f"{folder}/{name}"] = Cleaner().clean(page)
    return expected, tmp_path / "out"


@pytest.mark.parametrize("folders", [
    {"in": ["Story.txt", "story.txt", NFC_NAME, NFD_NAME]},
    {"first": ["Story.txt", NFC_NAME], "second": ["STORY.txt", "story.txt", NFD_NAME]},
], ids=["one folder", "two folders"])
def test_names_alike_but_for_case_or_normalisation_get_outputs_apart_and_resume_finds_them(tmp_path, folders):
    # Fails before: story.txt and Story.txt were written as two names one file system holds as one.
    expected, out = outputs_by_input(tmp_path, folders)
    result = run_cli("clean", *(str(tmp_path / folder) for folder in folders), "-o", str(out), "--jobs", "2")
    assert result.returncode == 0, result.stderr.decode()
    assert f"cleaned {len(expected)} file(s)" in result.stderr.decode()
    renamed = len(expected) - len({folded(name) for names in folders.values() for name in names})
    assert result.stderr.decode().count(": written as ") == renamed  # said, each
    names = [path.name for path in out.iterdir() if not path.name.startswith(".")]
    assert len({folded(name) for name in names}) == len(names) == len(expected)
    assert sorted(path.read_text(encoding="utf-8") for path in out.iterdir() if not path.name.startswith(".")) \
        == sorted(expected.values())
    again = run_cli("clean", *(str(tmp_path / folder) for folder in folders), "-o", str(out), "--resume")
    assert again.returncode == 0 and f"{len(expected)} up to date" in again.stderr.decode()
    assert sorted(path.name for path in out.iterdir() if not path.name.startswith(".")) == sorted(names)


def test_records_whose_ids_are_alike_but_for_case_or_normalisation_each_get_a_file(tmp_path):
    # Fails before: `Story.txt` and `story.txt` were written, one file on macOS, exFAT, SMB shares.
    ids = ["Story", "story", unicodedata.normalize("NFC", "café"), unicodedata.normalize("NFD", "café")]
    texts = [f"{SENTENCE} Record {number}." for number in range(len(ids))]
    corpus, out = tmp_path / "pages.jsonl", tmp_path / "out"
    corpus.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in zip(ids, texts)), encoding="utf-8")
    ran = run_cli("clean", str(corpus), "--format", "text", "-o", str(out), "--jobs", "1")
    assert ran.returncode == 0, ran.stderr.decode()
    assert "cleaned 4 record(s)" in ran.stderr.decode()
    written = {path.name: path.read_text(encoding="utf-8") for path in out.glob("*.txt")}
    assert len({folded(name) for name in written}) == len(written) == 4
    assert sorted(written.values()) == sorted(Cleaner().clean(text) for text in texts)
