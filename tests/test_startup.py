"""What a start costs: the language model is decompressed, and the phrase
patterns analysed, once per installation, not once per process."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from cleaner import language, language_model
from cleaner.cache import CACHE_DIR_VARIABLE, KeptJson, KeptPatterns, KeptStringSets
from cleaner.detectors import DETECTORS, literals, patterns
from cleaner.detectors.patterns import AnyOf, CompiledOnFirstCall, CuePattern, HeadGated, LinePattern
from cleaner.settings import DEFAULT_SETTINGS

SAMPLES = sorted((Path(__file__).parent.parent / "samples" / "input").glob("*.txt"))[:20]


def _forget_the_model() -> None:
    for memo in (language_model._kept_model, language_model._packaged_identifier, language_model.identifier):
        memo.cache_clear()


def test_the_kept_model_ranks_languages_exactly_as_the_packaged_one(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    _forget_the_model()
    try:
        assert language_model._kept_model(language.LANGUAGES) is not None  # decompressed from the package, then kept
        assert [path.suffix for path in tmp_path.iterdir()] == [".model"], "kept in one file"
        _forget_the_model()
        with monkeypatch.context() as patched:
            patched.setattr(language_model, "_packaged_identifier", lambda languages: pytest.fail("decompressed again"))
            cached = language_model.identifier(language.LANGUAGES)
        assert isinstance(cached.tk_nextmove, memoryview), "mapped from the kept file"
    finally:
        _forget_the_model()
    packaged = LanguageIdentifier.from_model_file(MODEL_FILE)
    packaged.set_languages(list(language.LANGUAGES))
    assert SAMPLES
    texts = [path.read_text(encoding="utf-8") for path in SAMPLES] + ["Der Hund schläft.", "Le chien dort."]
    for text in texts:
        sample = language._prose_sample(text, DEFAULT_SETTINGS)
        assert cached.rank(sample) == packaged.rank(sample)


def test_environments_with_the_same_model_share_one_kept_copy(tmp_path):
    # Each virtual environment installs the model at its own path and time;
    # a copy per environment would add 75 MB to the cache folder every time.
    from py3langid import langid

    installs = []
    for name in ("one-venv", "other-venv"):
        package = tmp_path / name / "py3langid"
        (package / MODEL_FILE).parent.mkdir(parents=True)
        (package / MODEL_FILE).write_bytes((langid.MODEL_DIR / MODEL_FILE).read_bytes())
        (package / "__init__.py").write_text("from .langid import rank\n\n__version__ = '0.4.0'\n", encoding="utf-8")
        installs.append(package)
    def kept_at(package: Path) -> Path:
        return language_model.model_path(package, language.LANGUAGES)

    assert kept_at(installs[0]) == kept_at(installs[1])
    (installs[1] / "__init__.py").write_text("__version__ = '0.5.0'\n", encoding="utf-8")
    assert kept_at(installs[0]) != kept_at(installs[1]), "another version's own"


def test_an_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(blocker / "cache"))
    _forget_the_model()
    language._identify_sample.cache_clear()
    try:
        assert language.identify("The dog slept in the sun all afternoon, and nobody woke him.") == "en"
    finally:
        _forget_the_model()
        language._identify_sample.cache_clear()


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


def _kept_analyses(version: bytes | None) -> KeptStringSets:
    """Kept as literals keeps them, but written at each ``keep``."""
    return KeptStringSets("pattern-analysis", version, every_seconds=0)


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
        monkeypatch.setattr(literals, "_KEPT", _kept_analyses(literals.analysis_version()))

    fresh()
    return fresh


def test_the_kept_pattern_analysis_is_the_parsers_and_spares_the_next_process_parsing(
        fresh_analyses, tmp_path, monkeypatch):
    parsed = _analyse_every_shipped_pattern()
    assert any(answer is not None for answers in parsed.values() for answer in answers)
    literals.keep_analyses()
    assert len(list(tmp_path.glob("pattern-analysis-*.pickle"))) == 1

    fresh_analyses()  # a later process
    monkeypatch.setattr(literals, "_parse", lambda pattern: pytest.fail(f"parsed again: {pattern!r}"))
    assert _analyse_every_shipped_pattern() == parsed


def test_kept_analyses_of_other_code_or_of_the_wrong_shape_are_not_read(fresh_analyses, tmp_path, monkeypatch):
    pattern = r"\b(we|our site) use \w+ cookies\b"
    assert literals.required_literals(pattern) == {" cookies"}
    literals.keep_analyses()
    [kept] = tmp_path.glob("pattern-analysis-*.pickle")
    kept.write_bytes(pickle.dumps({key: [" biscuits"] if answer == [" cookies"] else answer
                                   for key, answer in pickle.loads(kept.read_bytes()).items()}))
    monkeypatch.setattr(literals, "_KEPT", _kept_analyses(b"another version of the analysis"))
    literals.required_literals.cache_clear()
    assert literals.required_literals(pattern) == {" cookies"}, "a file named by another version is not read"
    fresh_analyses()
    literals.required_literals.cache_clear()
    assert literals.required_literals(pattern) == {" biscuits"}, "the file named by this version is read"

    for wrong in (pickle.dumps({f"literals {pattern}": [1]}), pickle.dumps([]), b"not a pickle",
                  pickle.dumps({f"literals {pattern}": _Planted()})):
        kept.write_bytes(wrong)
        fresh_analyses()
        literals.required_literals.cache_clear()
        assert literals.required_literals(pattern) == {" cookies"}


def test_an_unwritable_cache_folder_only_costs_the_analysis(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(blocker / "cache"))
    monkeypatch.setattr(literals, "_KEPT", _kept_analyses(literals.analysis_version()))
    literals.required_literals.cache_clear()
    try:
        assert literals.required_literals(r"\bno (spam|junk)\b") == {"no spam", "no junk"}
        literals.keep_analyses()
    finally:
        literals.required_literals.cache_clear()


def test_a_kept_file_grown_past_its_bound_keeps_what_the_last_process_used(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    first = KeptStringSets("answers", b"one version", most=3, every_seconds=0)
    for key in "abc":
        first.recall(key, lambda key=key: frozenset({key}))
    first.keep()
    later = KeptStringSets("answers", b"one version", most=3, every_seconds=0)
    assert later.recall("a", lambda: pytest.fail("kept")) == {"a"}
    assert later.recall("d", lambda: None) is None
    later.keep()
    [kept] = tmp_path.glob("answers-*.pickle")
    assert pickle.loads(kept.read_bytes()) == {"a": ["a"], "d": None}


def _layouts(version: bytes | None) -> KeptJson:
    """Kept as patterns keeps its layouts, but written at each ``keep``."""
    return KeptJson("pattern-layouts", version, every_seconds=0)


def _gated_parts(finder: object) -> list[tuple[CompiledOnFirstCall, tuple[str, ...]]]:
    """A gate key's finder as the compiled patterns it tries, each with the
    heads that gate it (none: always tried): itself, or each of an AnyOf's,
    a HeadGated's finder or each of its AnyOf's under its heads."""
    parts = list(finder.finders) if isinstance(finder, AnyOf) else [finder]
    gated = [(each, tuple(sorted(part.heads))) if isinstance(part, HeadGated) else (each, ())
             for part in parts for each in (_anyof_finders(part.finder) if isinstance(part, HeadGated) else [part])]
    assert all(isinstance(part, CompiledOnFirstCall) for part, _ in gated)
    return gated


def _anyof_finders(finder: object) -> list[object]:
    return list(finder.finders) if isinstance(finder, AnyOf) else [finder]


def _parts(finder: object) -> list[CompiledOnFirstCall]:
    return [part for part, _ in _gated_parts(finder)]


def _described(finder: object) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(part.pattern, part.method, heads) for part, heads in _gated_parts(finder)]


def _made_again() -> list[object]:
    """Every shipped line and cue pattern made again, as a start makes them,
    with what its layout is built into: each group's alternation, gate and
    branches by key; each cue finder's alternation by literal."""
    made: list[object] = []
    for pattern in dict.fromkeys(p for d in DETECTORS for p in d.patterns):
        again = LinePattern(pattern.branches, max_words=pattern.max_words)
        made.append([(find.pattern, find.method, type(gate).__name__,
                      {key: _described(f) for key, f in gate.finders.items()} if gate else None)
                     for find, gate in again._groups])
    for cues in dict.fromkeys(c for d in DETECTORS for c in d.cues):
        again_cues = CuePattern(cues.phrases, before=cues._before, after=cues._after)
        made.append({key: finder.pattern for key, finder in again_cues._finders.items()})
    return made


def test_kept_layouts_build_the_patterns_worked_out_and_spare_the_next_process_working_them_out(
        tmp_path, monkeypatch):
    monkeypatch.setattr(patterns, "_KEPT_LAYOUTS", _layouts(None))
    worked_out = _made_again()  # nothing kept
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    monkeypatch.setattr(patterns, "_KEPT_LAYOUTS", _layouts(patterns._layout_version()))
    assert _made_again() == worked_out
    patterns._KEPT_LAYOUTS.keep()
    assert len(list(tmp_path.glob("pattern-layouts-*.pickle"))) == 1

    monkeypatch.setattr(patterns, "_KEPT_LAYOUTS", _layouts(patterns._layout_version()))  # a later process
    for work in ("_line_layout", "_cue_layout", "_check_branches"):
        monkeypatch.setattr(patterns, work, lambda *args, work=work: pytest.fail(f"{work} again"))
    assert _made_again() == worked_out


def test_a_changed_pattern_is_checked_and_worked_out_again(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    monkeypatch.setattr(patterns, "_KEPT_LAYOUTS", _layouts(patterns._layout_version()))
    branches = [r"^sign up", r"\bno spam\b"]
    assert LinePattern({"en": branches}, max_words="share_bar_max_words").matches("Sign up today")
    patterns._KEPT_LAYOUTS.keep()

    monkeypatch.setattr(patterns, "_KEPT_LAYOUTS", _layouts(patterns._layout_version()))  # a later process
    with pytest.raises(ValueError, match="one alternative a line"):
        LinePattern({"en": [*branches, r"^sign in|\bno junk\b"]}, max_words="share_bar_max_words")
    changed = LinePattern({"en": [*branches, r"\bno junk\b"]}, max_words="share_bar_max_words")
    assert changed.matches("We promise: no junk") and changed.matches("Sign up today")


def test_kept_layouts_of_other_code_or_of_the_wrong_shape_are_not_read(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    monkeypatch.setattr(patterns, "_KEPT_LAYOUTS", _layouts(patterns._layout_version()))
    branches = {"en": [r"^sign up", r"\bno spam\b"]}
    assert LinePattern(branches, max_words="share_bar_max_words").matches("Sign up today")
    patterns._KEPT_LAYOUTS.keep()
    [kept] = tmp_path.glob("pattern-layouts-*.pickle")
    [key] = pickle.loads(kept.read_bytes())
    for wrong in ([[True, "starts", [0, 1, 2], {}, {}]], [[True, "starts", [-1], {}, {}]],
                  [[True, "opens", [0], {}, {}]], [[True, "starts", [True], {}, {}]], [["yes", "starts", [0], {}, {}]],
                  [[True, "starts", [0], {}]], [[False, "holds", [1], {"no spam": [1]}, {"7": ["no spam"]}]],
                  [[False, "holds", [1], {"no spam": [1]}, {"1": []}]], {"0": 1}, "[]"):
        kept.write_bytes(pickle.dumps({key: wrong}))
        monkeypatch.setattr(patterns, "_KEPT_LAYOUTS", _layouts(patterns._layout_version()))
        pattern = LinePattern(branches, max_words="share_bar_max_words")
        assert pattern.matches("Sign up today") and pattern.matches("We promise: no spam"), wrong
        assert not pattern.matches("Please sign up today")
    # A branch a layout of the wrong shape is kept for is checked when its layout is worked out again.
    barred = [r"^sign up|\bno spam\b"]
    kept.write_bytes(pickle.dumps({patterns._layout_key("line", barred): {"0": 1}}))
    monkeypatch.setattr(patterns, "_KEPT_LAYOUTS", _layouts(patterns._layout_version()))
    with pytest.raises(ValueError, match="one alternative a line"):
        LinePattern({"en": barred}, max_words="share_bar_max_words").matches("Sign up today")
    # A file named by another version of the code is not read: its layout would be built.
    kept.write_bytes(pickle.dumps({key: [[False, "every line", [1], {}, {}]]}))
    monkeypatch.setattr(patterns, "_KEPT_LAYOUTS", _layouts(b"another version of the layouts"))
    assert LinePattern(branches, max_words="share_bar_max_words").matches("Sign up today")
    monkeypatch.setattr(patterns, "_KEPT_LAYOUTS", _layouts(patterns._layout_version()))
    assert not LinePattern(branches, max_words="share_bar_max_words").matches("Sign up today"), \
        "the file named by this version is read"


def _every_shipped_group() -> list[str]:
    """The patterns a Cleaner compiles: each group of each shipped line pattern, and each cue pattern."""
    groups = []
    for pattern in dict.fromkeys(p for d in DETECTORS for p in d.patterns):
        for find, gate in pattern._groups:
            groups += [find.pattern, *(part.pattern for f in gate.finders.values() for part in _parts(f))] \
                if gate else [find.pattern]
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
    # every 5th distinct sample line: matching each of the ~1,000 groups
    # over all lines took most of a minute for no more coverage
    lines = list(dict.fromkeys(line for path in SAMPLES
                               for line in path.read_text(encoding="utf-8").splitlines()))[::5]
    for group, pattern in zip(groups, kept):
        compiled = regex.compile(group, regex.I)
        assert [pattern.search(line) is not None for line in lines] == [compiled.search(line) is not None
                                                                         for line in lines]
        assert [pattern.findall(line) for line in lines] == [compiled.findall(line) for line in lines]


def test_a_kept_bytes_pattern_matches_as_compiled_and_is_not_taken_for_a_text_one(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    first = KeptPatterns(every_seconds=0)
    first.compile(rb"charset=([-\w]+)", regex.I)
    first.compile(r"charset=([-\w]+)", regex.I)
    first.keep()
    later = KeptPatterns()
    monkeypatch.setattr(regex, "compile", lambda *args: pytest.fail(f"compiled again: {args[0]!r}"))
    kept_bytes, kept_text = later.compile(rb"charset=([-\w]+)", regex.I), later.compile(r"charset=([-\w]+)", regex.I)
    assert kept_bytes.search(b"<meta Charset=UTF-8>")[1] == b"UTF-8"
    assert kept_text.search("<meta Charset=UTF-8>")[1] == "UTF-8"


def test_a_later_process_compiles_none_of_the_cleaners_own_patterns_at_import(tmp_path):
    # regex's parser is Python: the modules' patterns compiled at each import
    # were a tenth of a start. Those compiled before the cache can be read
    # (cache, atomic) are few and small.
    script = ("import collections, json, sys, regex\n"
              "compiling = collections.Counter()\n"
              "compile = regex.compile\n"
              "def counted(pattern, flags=0, **options):\n"
              "    importing = sys._getframe(1)\n"
              "    while importing.f_code.co_name != '<module>':\n"
              "        importing = importing.f_back\n"
              "    compiling[importing.f_globals['__name__']] += 1\n"
              "    return compile(pattern, flags, **options)\n"
              "regex.compile = counted\n"
              "import cleaner.cli\n"
              "print(json.dumps(compiling))\n")
    environment = {**os.environ, CACHE_DIR_VARIABLE: str(tmp_path)}
    runs = [json.loads(subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                                      env=environment).stdout) for _ in range(2)]
    kept = {"cleaner.decode", "cleaner.detectors.headers", "cleaner.detectors.lists", "cleaner.fragments"}
    assert kept <= set(runs[0]), "the first compiles them"
    assert not kept & set(runs[1]), "a later one reads them"


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
# path), corpus formats, zstd, progress bars, the encoding guesser, numpy
# (duplicate-copy's index only where a block may be a copy), py3langid (its
# model is read without it), decimal (Parquet's values), the web's legacy
# codecs (a declared or guessed encoding). Each costs a start its import.
NOT_FOR_A_TEXT_PAGE = ("zstandard", "lxml", "trafilatura", "bs4", "soupsieve", "html_text", "justext", "pyarrow",
                       "charset_normalizer", "warcio", "fastwarc", "datasets", "dask", "datatrove", "tqdm", "psutil",
                       "numpy", "py3langid", "cleaner.html", "cleaner.html_choice", "decimal", "encodings.cp949",
                       "encodings.koi8_r")


_STORY = ("Heavy rain on Tuesday flooded the lower streets of the town, and the council opened the school hall to "
          "families.", "Firefighters pumped water out of forty cellars through the night and closed the harbour road.")


@pytest.mark.parametrize("text", [
    f"Storm floods the harbour town\n{_STORY[0]}\nShare this article\n",
    # A line stringing the story's paragraphs together: duplicate-copy asks which blocks it covers.
    f"Storm floods the harbour town\n{_STORY[0]}\n\n{_STORY[1]}\n\n{_STORY[0]} {_STORY[1]}\n",
], ids=["page", "page-with-a-copy"])
def test_cleaning_a_text_page_imports_no_library_it_does_not_need(tmp_path, text):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    script = ("import gc, json, runpy, sys\n"
              f"sys.argv = ['cleaner', 'clean', {str(page)!r}, '-o', {str(tmp_path / 'out')!r}]\n"
              "try:\n    runpy.run_module('cleaner', run_name='__main__')\n"
              "except SystemExit as exit:\n    assert not exit.code, exit.code\n"
              "print(json.dumps([sorted(sys.modules), gc.get_freeze_count()]))\n")
    # A start of its own cache folder's, after the first (which fills it: the language model is read once
    # with py3langid and numpy), so the user's cache, warm or cold, does not decide the outcome.
    environment = {**os.environ, CACHE_DIR_VARIABLE: str(tmp_path / "cache")}
    for _ in range(2):
        run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                             env=environment)
    imported, frozen = json.loads(run.stdout.splitlines()[-1])
    imported = set(imported) | {name.split(".")[0] for name in imported}
    assert "Heavy rain on Tuesday" in (tmp_path / "out" / "page.txt").read_text(encoding="utf-8")
    assert sorted(imported & set(NOT_FOR_A_TEXT_PAGE)) == []
    assert frozen > 10_000, "what the imports made is left out of collections (the one at exit too)"


def test_naming_a_pages_language_imports_neither_numpy_nor_py3langid(tmp_path):
    # numpy's import is some 0.2 s of a start; the kept model is read without it.
    script = ("import json, sys\nfrom cleaner import language\n"
              "print(json.dumps([language.identify(sys.argv[1]), sorted(sys.modules)]))\n")
    page = "Heavy rain on Tuesday flooded the lower streets of the town, and the council opened the school hall."
    environment = {**os.environ, CACHE_DIR_VARIABLE: str(tmp_path)}
    for run in ("the first fills the cache folder", "a later one maps it"):
        answer = subprocess.run([sys.executable, "-c", script, page], capture_output=True, text=True, check=True,
                                env=environment)
        named, imported = json.loads(answer.stdout)
        assert named == "en", run
    assert not {"numpy", "py3langid"} & {name.split(".")[0] for name in imported}


def test_layout_keys_tell_every_tuple_of_branches_apart():
    """A layout is kept under its branches' key: tuples that run together
    into the same text (split elsewhere, an empty branch more, a branch
    holding the digits and spaces the lengths are written in) have keys of
    their own, and the same tuple the same key."""
    from cleaner.detectors import patterns

    tuples = [("ab", "c"), ("a", "bc"), ("abc",), ("abc", ""), ("", "abc"), ("1 2", "x"), ("1", "2 x"),
              ("2\n", "a"), ("2", "\na"), (), ("",), ("", "")]
    keys = [patterns._layout_key("line", branches) for branches in tuples]
    assert len(set(keys)) == len(tuples)
    assert keys == [patterns._layout_key("line", tuple(branches)) for branches in tuples]
    assert patterns._layout_key("cue", ("ab", "c")) != keys[0]


def test_the_command_freezes_its_cleaner_after_the_first_page_but_a_caller_s_process_is_left_alone(tmp_path):
    for name in ("one", "two"):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / f"{name}.txt").write_text("Storm floods the harbour town\nHeavy rain on Tuesday flooded "
                                                    "the lower streets of the town.\n", encoding="utf-8")
    arguments = ["clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-j", "1"]
    report = ("import gc, sys\n"
              "built = next(iter(sys.modules['cleaner.run']._cleaners.values()))\n"
              "print(gc.get_freeze_count(), any(kept is built for kept in gc.get_objects()))\n")
    as_the_command = (f"import runpy, sys\nsys.argv = ['cleaner', *{arguments!r}]\n"
                      "try:\n    runpy.run_module('cleaner', run_name='__main__')\n"
                      "except SystemExit as exit:\n    assert not exit.code, exit.code\n" + report)
    in_a_caller = ("from click.testing import CliRunner\nfrom cleaner.cli import main\n"
                   f"assert CliRunner().invoke(main, {arguments!r}).exit_code == 0\n" + report)
    environment = {**os.environ, CACHE_DIR_VARIABLE: str(tmp_path / "cache")}
    answers = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                              env=environment).stdout.split() for script in (as_the_command, in_a_caller)]
    assert answers[0][1] == "False", "the command's Cleaner is out of the collector's reach"
    assert answers[1] == ["0", "True"], "a caller's collector is its own"


def test_the_code_digest_is_kept_and_made_again_when_a_module_changes(tmp_path, monkeypatch):
    # Before: every start read and hashed the package's 2 MB of modules for the run stamp.
    from cleaner.batch import kept_code_digest

    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path / "cache"))
    package = tmp_path / "package"
    (package / "detectors").mkdir(parents=True)
    (package / "a.py").write_text("A = 1\n")
    (package / "detectors" / "b.py").write_text("B = 2\n")
    first = kept_code_digest(package)
    read_bytes = Path.read_bytes
    with monkeypatch.context() as patched:
        patched.setattr(Path, "read_bytes",
                        lambda path: pytest.fail(f"{path} read again") if path.suffix == ".py" else read_bytes(path))
        assert kept_code_digest(package) == first
    (package / "a.py").write_text("A = 3\n")  # the same size
    os.utime(package / "a.py", ns=(1, 1))  # and an old time: a time that changes is what is asked
    changed = kept_code_digest(package)
    assert changed != first
    (package / "a.py").write_text("A = 1\n")
    assert kept_code_digest(package) == first, "the digest of the content, not of the listing"
