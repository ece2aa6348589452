"""What one document may cost: its size, and work that grows with it."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from cleaner import Cleaner, DocumentError, DocumentTooLarge, Settings
from cleaner.detectors.copies import ShingleIndex, _words_and_shingles

from helpers import run_cli

SMALL = replace(Settings(), max_document_chars=2_000)
STORY = "The ferry left the harbour at dawn with forty passengers and a cargo of fresh fruit.\n"


@pytest.mark.parametrize("data", [STORY * 30, (STORY * 30).encode(), f"<html><body><p>{STORY * 30}</p></body></html>"])
def test_a_document_over_the_size_limit_is_refused_by_name(data):
    cleaner = Cleaner(settings=SMALL)
    with pytest.raises(DocumentTooLarge, match="document too large.*max_document_chars"):
        cleaner.explain_document(data)
    with pytest.raises(DocumentError):
        cleaner.explain(data)


def test_bytes_are_refused_before_decoding_only_when_no_encoding_could_fit_the_limit():
    cleaner = Cleaner(settings=SMALL)
    with pytest.raises(DocumentTooLarge, match="bytes, more than 2,000 characters"):
        cleaner.explain_document(STORY.encode() * 100)
    # Cyrillic: two UTF-8 bytes a character, so more bytes than the limit, not more characters.
    russian = "Паром вышел из гавани на рассвете с сорока пассажирами.\n" * 30
    assert len(russian.encode()) > SMALL.max_document_chars > len(russian)
    assert Cleaner(settings=SMALL).explain_document(russian.encode()).decisions


def test_the_command_line_reports_a_too_large_file_and_cleans_the_rest(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "fine.txt").write_text(STORY * 3, encoding="utf-8")
    (folder / "huge.txt").write_text(STORY * (Settings().max_document_chars // len(STORY) + 1), encoding="utf-8")
    result = run_cli("clean", str(folder), "-o", str(tmp_path / "out"))
    assert result.returncode == 1
    assert f"{folder / 'huge.txt'}: document too large" in result.stderr.decode()
    assert (tmp_path / "out" / "fine.txt").exists() and not (tmp_path / "out" / "huge.txt").exists()


def quote_chain(posts: int) -> list[str]:
    """A forum thread where each post quotes the one before it."""
    rng = random.Random(posts)
    words = [f"w{n}" for n in range(3_000)]
    new = [" ".join(rng.choice(words) for _ in range(30)) + "." for _ in range(posts)]
    return [f"Member{k} wrote: {new[k - 1] if k else ''} And I say: {new[k]}" for k in range(posts)]


def comparisons(posts: int) -> int:
    settings = Settings()
    shingles_of = {text: _words_and_shingles(text, settings.shingle_words)[1] for text in quote_chain(posts)}
    index = ShingleIndex(shingles_of.items())
    for key, shingles in shingles_of.items():
        index.has_source(key, settings.copy_max_single_source_share * len(shingles))
    return index.comparisons


def test_duplicate_copy_work_grows_with_the_page_not_its_square():
    small, large = comparisons(200), comparisons(800)
    assert 3 * small < large < 5 * small
