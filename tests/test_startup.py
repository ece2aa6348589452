"""What a start costs: the language model is decompressed, and the phrase
patterns analysed, once per installation, not once per process."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from cleaner import language
from cleaner.cache import CACHE_DIR_VARIABLE, KeptPatterns, KeptStringSets
from cleaner.detectors import DETECTORS, literals
from cleaner.settings import DEFAULT_SETTINGS

SAMPLES = sorted((Path(__file__).parent.parent / "samples" / "input").glob("*.txt"))[:20]


def test_the_cached_model_ranks_languages_exactly_as_the_packaged_one(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    language._identifier.cache_clear()
    try:
        first = language._identifier()  # decompressed from the package, then stored
        assert list(tmp_path.iterdir()), "the arrays are stored"
        language._identifier.cache_clear()
        cached = language._identifier()
        assert isinstance(cached.tk_nextmove, memoryview), "mapped from the cache, not decompressed again"
    finally:
        language._identifier.cache_clear()
    packaged = LanguageIdentifier.from_model_file(MODEL_FILE)
    packaged.set_languages(first.nb_classes)
    assert SAMPLES
    texts = [path.read_text(encoding="utf-8") for path in SAMPLES] + ["Der Hund schläft.", "Le chien dort."]
    for text in texts:
        sample = language._prose_sample(text, DEFAULT_SETTINGS)
        assert cached.rank(sample) == first.rank(sample) == packaged.rank(sample)


def test_environments_with_the_same_model_share_one_kept_copy(tmp_path, monkeypatch):
    # Each virtual environment installs the model at its own path and time;
    # a copy per environment would add 57 MB to the cache folder every time.
    import py3langid
    from py3langid import langid

    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path / "cache"))
    other_install = tmp_path / "other-venv"
    (other_install / MODEL_FILE).parent.mkdir(parents=True)
    (other_install / MODEL_FILE).write_bytes((langid.MODEL_DIR / MODEL_FILE).read_bytes())
    language._identifier.cache_clear()
    try:
        language._identifier()
        monkeypatch.setattr(langid, "MODEL_DIR", other_install)
        language._identifier.cache_clear()
        language._identifier()
        assert len(list((tmp_path / "cache").glob("py3langid-*"))) == 1
        monkeypatch.setattr(py3langid, "__version__", "another version")
        language._identifier.cache_clear()
        language._identifier()
        assert len(list((tmp_path / "cache").glob("py3langid-*"))) == 2, "another version keeps its own copy"
    finally:
        language._identifier.cache_clear()


def test_an_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(blocker / "cache"))
    language._identifier.cache_clear()
    try:
        assert language.identify("The dog slept in the sun all afternoon, and nobody woke him.") == "en"
    finally:
        language._identifier.cache_clear()


def _analyse_every_shipped_pattern() -> dict[str, tuple[frozenset[str] | None, ...]]:
    """What the gates of the shipped patterns are made of, asked as a
    Cleaner asks (anchored branches for their prefixes too)."""
    literals.required_literals.cache_clear()
    literals.prefixes.cache_clear()
    answers = {}
    for pattern in dict.fromkeys(p for d in DETECTORS for p in d.patterns):
        for branch in pattern._all:
            body = branch.removeprefix("^")
            answers[branch] = (literals.prefixes(body) if branch.startswith("^") else None,
                               literals.required_literals(body))
    for cues in dict.fromkeys(c for d in DETECTORS for c in d.cues):
        answers[cues.pattern] = (literals.required_literals(cues.pattern),)
    return answers


@pytest.fixture
def fresh_analyses(tmp_path, monkeypatch, request):
    """Pattern analyses kept in an empty cache folder; ``fresh_analyses()``
    starts a process's memory of them anew."""
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    # Emptied before as well as after: an earlier test in this worker may
    # have asked the same pattern, and a remembered answer computes nothing.
    for memo in (literals.required_literals, literals.prefixes):
        memo.cache_clear()
        request.addfinalizer(memo.cache_clear)

    def fresh() -> None:
        monkeypatch.setattr(literals, "_KEPT", KeptStringSets("pattern-analysis", literals._analysis_version()))

    fresh()
    return fresh


def test_the_kept_pattern_analysis_is_the_parsers_and_spares_the_next_process_parsing(
        fresh_analyses, tmp_path, monkeypatch):
    parsed = _analyse_every_shipped_pattern()
    assert any(answer is not None for answers in parsed.values() for answer in answers)
    literals.keep_analyses()
    assert len(list(tmp_path.glob("pattern-analysis-*.json"))) == 1

    fresh_analyses()  # a later process
    monkeypatch.setattr(literals, "_parse", lambda pattern: pytest.fail(f"parsed again: {pattern!r}"))
    assert _analyse_every_shipped_pattern() == parsed


def test_kept_analyses_of_other_code_or_of_the_wrong_shape_are_not_read(fresh_analyses, tmp_path, monkeypatch):
    pattern = r"\b(we|our site) uses? cookies\b"
    assert literals.required_literals(pattern) == {" cookies"}
    literals.keep_analyses()
    [kept] = tmp_path.glob("pattern-analysis-*.json")
    kept.write_text(kept.read_text(encoding="utf-8").replace('" cookies"', '" biscuits"'), encoding="utf-8")
    monkeypatch.setattr(literals, "_KEPT", KeptStringSets("pattern-analysis", b"another version of the analysis"))
    literals.required_literals.cache_clear()
    assert literals.required_literals(pattern) == {" cookies"}, "a file named by another version is not read"
    fresh_analyses()
    literals.required_literals.cache_clear()
    assert literals.required_literals(pattern) == {" biscuits"}, "the file named by this version is read"

    for wrong in (json.dumps({f"literals {pattern}": [1]}), "[]", "not json"):
        kept.write_text(wrong, encoding="utf-8")
        fresh_analyses()
        literals.required_literals.cache_clear()
        assert literals.required_literals(pattern) == {" cookies"}


def test_an_unwritable_cache_folder_only_costs_the_analysis(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(blocker / "cache"))
    monkeypatch.setattr(literals, "_KEPT", KeptStringSets("pattern-analysis", literals._analysis_version()))
    literals.required_literals.cache_clear()
    try:
        assert literals.required_literals(r"\bno (spam|junk)\b") == {"spam", "junk"}
        literals.keep_analyses()
    finally:
        literals.required_literals.cache_clear()


def test_a_kept_file_grown_past_its_bound_keeps_what_the_last_process_used(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    first = KeptStringSets("answers", b"one version", most=3)
    for key in "abc":
        first.recall(key, lambda key=key: frozenset({key}))
    first.keep()
    later = KeptStringSets("answers", b"one version", most=3)
    assert later.recall("a", lambda: pytest.fail("kept")) == {"a"}
    assert later.recall("d", lambda: None) is None
    later.keep()
    [kept] = tmp_path.glob("answers-*.json")
    assert json.loads(kept.read_text(encoding="utf-8")) == {"a": ["a"], "d": None}


def _every_shipped_group() -> list[str]:
    """The patterns a Cleaner compiles: each group of each shipped line pattern, and each cue pattern."""
    groups = []
    for pattern in dict.fromkeys(p for d in DETECTORS for p in d.patterns):
        for find, gate in pattern._groups:
            groups += [find.pattern, *(f.pattern for f in gate.finders.values())] if gate else [find.pattern]
    return groups + [c.pattern for d in DETECTORS for c in d.cues]


def test_kept_patterns_match_as_compiled_ones_and_spare_the_next_process_compiling(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    groups = list(dict.fromkeys(_every_shipped_group()))
    first = KeptPatterns(every_seconds=0)
    for group in groups:
        first.compile(group, regex.I)
    first.keep()
    later = KeptPatterns()
    monkeypatch.setattr(regex, "compile", lambda *args: pytest.fail(f"compiled again: {args[0]!r}"))
    kept = [later.compile(group, regex.I) for group in groups]
    monkeypatch.undo()
    lines = [line for path in SAMPLES for line in path.read_text(encoding="utf-8").splitlines()]
    for group, pattern in zip(groups, kept):
        compiled = regex.compile(group, regex.I)
        assert [pattern.search(line) is not None for line in lines] == [compiled.search(line) is not None
                                                                         for line in lines]
        assert [pattern.findall(line) for line in lines] == [compiled.findall(line) for line in lines]


class _Planted:
    def __reduce__(self):
        return (print, ("ran code from the cache folder",))


def test_a_kept_pattern_file_may_call_nothing_but_regex(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    first = KeptPatterns(every_seconds=0)
    first.compile(r"\bno spam\b", regex.I)
    first.keep()
    [kept] = tmp_path.glob("regex-patterns-*.pickle")
    kept.write_bytes(pickle.dumps({f"{int(regex.I)} \\bno spam\\b": pickle.dumps(_Planted())}))
    assert KeptPatterns().compile(r"\bno spam\b", regex.I).search("We send no spam.")
    kept.write_bytes(pickle.dumps(_Planted()))
    assert KeptPatterns().compile(r"\bno spam\b", regex.I).search("We send no spam.")
    assert "ran code" not in capsys.readouterr().out


# Libraries a plain text page never needs: HTML (and the cleaner's HTML
# path), corpus formats, zstd, progress bars, the encoding guesser, numpy's
# masked arrays. Each costs a start its import.
NOT_FOR_A_TEXT_PAGE = ("zstandard", "lxml", "trafilatura", "bs4", "soupsieve", "html_text", "justext", "pyarrow",
                       "charset_normalizer", "warcio", "fastwarc", "datasets", "dask", "datatrove", "tqdm", "psutil",
                       "numpy.ma", "cleaner.html", "cleaner.html_choice")


def test_cleaning_a_text_page_imports_no_library_it_does_not_need(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("Storm floods the harbour town\nHeavy rain on Tuesday flooded the lower streets of the town, "
                    "and the council opened the school hall to families.\nShare this article\n", encoding="utf-8")
    script = ("import json, runpy, sys\n"
              f"sys.argv = ['cleaner', 'clean', {str(page)!r}, '-o', {str(tmp_path / 'out')!r}]\n"
              "try:\n    runpy.run_module('cleaner', run_name='__main__')\n"
              "except SystemExit as exit:\n    assert not exit.code, exit.code\n"
              "print(json.dumps(sorted(sys.modules)))\n")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    imported = set(json.loads(run.stdout.splitlines()[-1]))
    imported |= {name.split(".")[0] for name in imported}
    assert "Heavy rain on Tuesday" in (tmp_path / "out" / "page.txt").read_text(encoding="utf-8")
    assert "numpy" in imported and "py3langid" in imported, "the page was cleaned"
    assert sorted(imported & set(NOT_FOR_A_TEXT_PAGE)) == []
