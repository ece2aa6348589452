"""What one document may cost: its size, and work that grows with it."""

from __future__ import annotations

import gc
import random
import sys
import time
import tracemalloc
from dataclasses import replace

import pytest

from cleaner import Cleaner, DocumentError, DocumentTooLarge, Settings
from cleaner.detectors.copies import ShingleIndex, _keys_and_shingles
from cleaner.features import measure_all
from cleaner.model import render

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


def test_a_text_of_more_lines_than_the_limit_is_refused_by_name_before_its_lines_are_made():
    # Each line costs some 400 bytes while cleaned: 4 MB of one-letter lines took 800 MB and a minute.
    few_lines = replace(Settings(), max_document_lines=40)
    with pytest.raises(DocumentTooLarge, match="41 lines, over the limit of 40 .setting max_document_lines."):
        Cleaner(settings=few_lines).explain(STORY * 41)
    with pytest.raises(DocumentTooLarge, match="41 lines, over"):
        Cleaner(settings=few_lines).explain(STORY.replace("\n", "\r") * 41)
    assert Cleaner(settings=few_lines).explain(STORY * 40).decisions
    # A page's markup is not text: its lines are not counted.
    page = "<html><body>\n" + f"<p>{STORY}</p>\n" * 60 + "</body></html>"
    assert Cleaner(settings=few_lines).explain_document(page).decisions


def test_the_command_line_refuses_a_file_of_a_million_tiny_lines_by_name(tmp_path):
    tiny = tmp_path / "tiny.txt"
    tiny.write_text("a\n" * (Settings().max_document_lines + 1), encoding="utf-8")
    result = run_cli("clean", str(tiny), "-o", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "document too large: 500,001 lines, over the limit of 500,000 (setting max_document_lines)" \
        in result.stderr.decode()


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
    texts = quote_chain(posts)
    shingled = _keys_and_shingles(texts, settings.shingle_words)
    shingles_of = {text: shingles for text, (_, shingles) in zip(texts, shingled)}
    index = ShingleIndex(shingles_of.items())
    for key, shingles in shingles_of.items():
        index.has_source(key, settings.copy_max_single_source_share * len(shingles))
    return index.comparisons


def test_duplicate_copy_work_grows_with_the_page_not_its_square():
    small, large = comparisons(200), comparisons(800)
    assert 3 * small < large < 5 * small


def test_a_short_line_shown_thousands_of_times_costs_its_count_not_its_square():
    # Before, duplicate-headline marked every copy of a repeated line once for each
    # copy: 15,000 copies of two menu entries took some 17 s of CPU; now well under one.
    page = "\n".join(["Home", "News"] * 15_000 + ["The council met on Monday and voted to close the old bridge."])
    started = time.process_time()
    assert Cleaner().clean(page) == "The council met on Monday and voted to close the old bridge.\n"
    assert time.process_time() - started < 5


def long_page(copies: int) -> bytes:
    """A long invented page: an article's menu, headline, prose and footer
    over and over, each copy's lines distinct (as a crawl's pages are), with
    an emoji that makes Python hold the decoded text at 4 bytes a character."""
    rng = random.Random(copies)
    words = [f"w{n}" for n in range(2_000)]
    stop = ["the", "and", "of", "to", "in", "that", "was", "for"]
    parts = []
    for copy in range(copies):
        prose = [" ".join(rng.choice(words if k % 2 else stop) for k in range(rng.randint(12, 40))) + "."
                 for _ in range(8)]
        parts.append("\n".join([f"Home {copy}", f"News {copy}", "Sport", f"Headline of story {copy} 🙂", "",
                                *prose, "", f"Share story {copy}", "Contact us", "© Example Media"]))
    return "\n\n".join(parts).encode()


def peak_megabytes(cleaner: Cleaner, data: bytes) -> float:
    gc.collect()  # not the garbage of what ran before
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        cleaner.clean(data)
        return (tracemalloc.get_traced_memory()[1] - before) / 1e6
    finally:
        tracemalloc.stop()


def test_lines_of_equal_features_hold_one_copy_of_them():
    # Menu items of one length and shape: equal features, held once for all of them.
    first, second = measure_all(["Sport", "Paris"], frozenset(), Settings())
    assert first == second and first is second


def test_a_long_page_takes_memory_of_a_few_times_its_size():
    cleaner = Cleaner()
    # Over LINE_CACHE_SIZE lines: the per-line caches fill up, and grow no more with a page.
    cleaner.clean(long_page(450))
    page = long_page(300)
    # 37 times the text's bytes with a Decision a line from the start, each pass's copy of the
    # text and a whole page's folded copies and prefixes at once; 16 to 21 times now.
    assert peak_megabytes(cleaner, page) < 28 * len(page) / 1e6


def test_the_shingle_index_holds_its_n_grams_by_their_runs_alone():
    # Each n-gram was held as its hash and as its run while the index stood: 21.5 bytes an n-gram
    # of a quote chain held, 36 at the peak of its building; 13.5 and 24 by the runs alone.
    settings = Settings()
    texts = quote_chain(2_000)
    shingled = _keys_and_shingles(texts, settings.shingle_words)
    shingles_of = {text: shingles for text, (_, shingles) in zip(texts, shingled)}
    n_grams = sum(map(len, shingles_of.values()))
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        index = ShingleIndex(shingles_of.items())
        held, peak = (memory - before for memory in tracemalloc.get_traced_memory())
    finally:
        tracemalloc.stop()
    assert index.size(texts[0]) == len(shingles_of[texts[0]])
    assert held < 16 * n_grams
    assert peak < 28 * n_grams


def test_the_text_kept_is_joined_in_one_copy():
    # The last newline was added to the joined text: a second copy of the whole text at once.
    blocks = Cleaner().explain(long_page(300)).decisions
    kept = [decision.block for decision in blocks if decision.kept]
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        text = render(kept)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert peak < 1.5 * sys.getsizeof(text)
