"""What a start costs (issue 15): `cleaner clean` on a small text file does
no work that only some pages or some processes need."""

from __future__ import annotations

import copy
import dataclasses
import importlib.util
import os
import pickle
import subprocess
import sys

import pytest

from cleaner import features, language
from cleaner.cache import CACHE_DIR_VARIABLE, compiled
from cleaner.settings import DEFAULT_SETTINGS, Settings


def _run_clean(tmp_path, then: str) -> str:
    """The last line printed by ``then`` (Python run after `cleaner clean`
    on a small text file, in a fresh process), with the process's audit
    events of compiling source kept in ``compiled``: (source, file name)."""
    page = tmp_path / "page.txt"
    page.write_text("Heavy rain on Tuesday flooded the lower streets of the town.\n"
                    "The council opened the school hall to families.\n", encoding="utf-8")
    script = ("import runpy, sys\n"
              "compiled = []\n"
              "sys.addaudithook(lambda event, args: compiled.append(args) if event == 'compile' else None)\n"
              f"sys.argv = ['cleaner', 'clean', '-q', {str(page)!r}, '-o', {str(tmp_path / 'out')!r}]\n"
              "try:\n    runpy.run_module('cleaner', run_name='__main__')\n"
              "except SystemExit as exit:\n    assert not exit.code, exit.code\n" + then)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         env={**os.environ, CACHE_DIR_VARIABLE: str(tmp_path / "cache")})
    return run.stdout.splitlines()[-1]


def test_a_start_compiles_no_method_naming_every_setting(tmp_path):
    # dataclass writes the methods of a class as source naming each field
    # and compiles them at each start: for Settings' 200 fields that was a
    # tenth of `cleaner clean` on a small file. (Modules compiled from their
    # files, where no bytecode is kept, do not count.)
    most = _run_clean(tmp_path, (
        "import dataclasses, json, re\n"
        "from cleaner.settings import Settings\n"
        "names = {field.name for field in dataclasses.fields(Settings)}\n"
        "made = [source if isinstance(source, str) else source.decode('utf-8', 'replace')\n"
        "        for source, file_name in compiled if isinstance(source, (str, bytes))\n"
        "        and not str(file_name).endswith('.py')]\n"
        "print(max((len(names & set(re.findall(r'\\w+', source))) for source in made), default=0))\n"))
    assert int(most) < 10


def test_the_features_patterns_are_the_cache_folders_not_parsed_at_each_import():
    # regex's parser is Python: a module's patterns are read compiled from
    # the cache folder (cache.compiled, one object a pattern in a process).
    for pattern in (features._TOKEN, features._DIGIT, features._SPACELESS, features._EMOJI_END,
                    features._UNPUNCTUATED_SCRIPT_BREAK):
        assert compiled(pattern.pattern) is pattern


def test_settings_written_by_hand_behave_as_the_frozen_dataclass_they_declare():
    reference = dataclasses.make_dataclass(
        "Settings", [(f.name, f.type, dataclasses.field(default=f.default)) for f in dataclasses.fields(Settings)],
        frozen=True)
    changes = {"menu_min_run": 6, "html_rendering_languages": ("en", "de"), "cookie_max_words": 90.5}
    settings, expected = Settings(**changes), reference(**changes)
    assert dataclasses.astuple(settings) == dataclasses.astuple(expected)
    assert hash(settings) == hash(expected) and hash(DEFAULT_SETTINGS) == hash(reference())
    assert settings == Settings(**changes) and settings != DEFAULT_SETTINGS and settings != expected
    assert dataclasses.replace(settings, menu_min_run=5) == Settings(**{**changes, "menu_min_run": 5})
    assert pickle.loads(pickle.dumps(settings)) == settings == copy.deepcopy(settings)
    assert {settings: 1}[Settings(**changes)] == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.menu_min_run = 7  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del settings.menu_min_run  # type: ignore[misc]
    with pytest.raises(TypeError, match="menu_min_rn"):
        Settings(menu_min_rn=6)
    with pytest.raises(ValueError, match="menu_min_run"):
        Settings(menu_min_run=float("nan"))


def test_the_stoplists_folder_is_looked_for_once_a_process(monkeypatch):
    # Each search walks sys.path: a millisecond for each language weighed.
    language._stoplist_dir.cache_clear()
    language._stoplist.cache_clear()
    searched = []
    find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *rest: searched.append(name) or find_spec(name, *rest))
    try:
        assert all(language.stopwords_for(code) for code in ("en", "de", "fr"))
        assert searched == ["justext"]
    finally:
        language._stoplist_dir.cache_clear()
        language._stoplist.cache_clear()
