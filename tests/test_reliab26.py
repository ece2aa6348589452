"""Edges met by a hostile but ordinary user (session reliab26): wrong-typed arguments, a missing extra, an empty
outlet name, and the corpus formats' failures."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cleaner import Cleaner, Settings
from cleaner.detectors import DETECTORS
from helpers import BUG_MARK, bug_on_marked_pages, run_cli, without_root

STORY = "This is the real story about the harbour and its boats, told at some length here."


@pytest.mark.parametrize(("make", "named"), [
    (lambda: Cleaner(rules=None), "rules must be a rule file or folder (str or Path) or an iterable of them, not "
                                  "NoneType"),
    (lambda: Cleaner(rules=7), "rules must be a rule file or folder (str or Path) or an iterable of them, not int"),
    (lambda: Cleaner(rules=b"my-rules"), "rules must be a rule file or folder (str or Path) or an iterable of them, "
                                         "not bytes"),
    (lambda: Cleaner(rules=["my-rules", None]), "each of the rules must be a rule file or folder (str or Path), "
                                                "not NoneType"),
    (lambda: Cleaner(detectors=None), "detectors must be a sequence of Detector (from cleaner.detectors), "
                                      "not NoneType"),
    (lambda: Cleaner(detectors="menu-run"), "detectors must be a sequence of Detector (from cleaner.detectors), "
                                            "not str"),
    (lambda: Cleaner(detectors=[1]), "detectors must hold Detector objects (from cleaner.detectors), not int"),
    (lambda: Cleaner(settings={}), "settings must be a cleaner.Settings, not dict"),
    (lambda: Cleaner(settings=None), "settings must be a cleaner.Settings, not NoneType"),
    (lambda: Cleaner(shipped_rules="no"), "shipped_rules must be True or False, not str"),
    (lambda: Cleaner(on_rule_error=5), "on_rule_error must be a function taking a RuleError, or None, not int"),
    (lambda: Cleaner().explain(STORY, skip_stages=None), "skip_stages must be a collection of stage ids "
                                                         "(as ['main-content']), not NoneType"),
    (lambda: Cleaner().explain(STORY, skip_stages="main-content"), "skip_stages must be a collection of stage ids "
                                                                   "(as ['main-content']), not str"),
])
def test_a_wrong_typed_argument_is_a_type_error_naming_it(make: Callable[[], Any], named: str) -> None:
    # Before: "'NoneType' object is not iterable", "'int' object has no attribute 'patterns'" (an AttributeError),
    # "'NoneType' object has no attribute 'skip_link_max_words'"; shipped_rules="no" was taken as true and a
    # number for on_rule_error accepted until a rule file was refused; skip_stages="main-content" was read letter
    # by letter ("unknown stage id(s) ['-', 'a', ...]").
    with pytest.raises(TypeError) as raised:
        make()
    assert str(raised.value) == named


def test_right_arguments_of_every_kind_still_make_a_cleaner(tmp_path: Path) -> None:
    (tmp_path / "gazette.toml").write_text('outlet = "Gazette"\n[[drop]]\nid = "menu"\npattern = "^Menu$"\n')
    for rules in (str(tmp_path), tmp_path, [tmp_path / "gazette.toml"], (str(tmp_path),)):
        assert Cleaner(rules).rules.get("gazette").outlet == "Gazette"
    one_by_one = Cleaner(detectors=(detector for detector in DETECTORS), settings=Settings(), on_rule_error=print)
    assert one_by_one.detectors == tuple(DETECTORS)  # a generator of detectors is read once, not used up by a check


@pytest.mark.parametrize(("module", "missing", "extra"), [
    ("cleaner.datatrove_step", "datatrove", "datatrove"),
    ("cleaner.datasets_map", "pyarrow", "datasets"),
    ("cleaner.dask_bag", "dask", "dask"),
])
def test_a_module_without_its_extra_says_which_extra_to_install(module: str, missing: str, extra: str) -> None:
    # Before: a bare `ModuleNotFoundError: No module named 'datatrove'`, not saying that cleaner has an extra
    # that brings it. The package is made missing in a fresh interpreter, as in a Python without it.
    ran = subprocess.run([sys.executable, "-c", f"import sys; sys.modules[{missing!r}] = None\n"
                          f"try:\n    import {module}\nexcept ModuleNotFoundError as exc:\n    print(exc)"],
                         capture_output=True, text=True, check=True)
    assert ran.stdout.startswith(f'{module} needs the {extra} extra: pip install "cleaner[{extra}]" (no module named')


def test_a_missing_module_that_is_not_the_extras_is_not_called_a_missing_extra() -> None:
    from cleaner.errors import needs_extra

    with pytest.raises(ModuleNotFoundError) as raised, needs_extra("cleaner.example", "datatrove", "datatrove"):
        import cleaner.no_such_module  # noqa: F401
    assert "extra" not in str(raised.value)


@pytest.mark.parametrize("name", ["", "  "])
def test_learn_with_an_empty_outlet_name_is_a_usage_error(tmp_path: Path, name: str) -> None:
    # Before: `cleaner learn pages --outlet ""` wrote the rule file, failed to load it ("missing 'outlet'") and
    # exited 1, as for a bug; a blank name was written and accepted. `clean --outlet ""` exits 2.
    pages = tmp_path / "pages"
    pages.mkdir()
    for number in range(3):
        (pages / f"{number}.txt").write_text(f"Menu\n\n{number} {STORY}\n\nCopyright Gazette\n")
    ran = run_cli("learn", str(pages), "--outlet", name, "-o", str(tmp_path / "gazette.toml"))
    assert ran.returncode == 2
    assert b"--outlet" in ran.stderr and b"given empty or blank" in ran.stderr
    assert not (tmp_path / "gazette.toml").exists()


def _pages(folder: Path, names: list[str]) -> Path:
    folder.mkdir()
    for number, name in enumerate(names):
        (folder / name).write_text(f"{number} {STORY}\n\n{STORY} {STORY}\n")
    return folder


def test_report_and_explain_fail_a_page_that_cannot_be_read_by_name_not_as_a_usage_error(tmp_path: Path) -> None:
    # Before: `cleaner report a.txt locked.txt -o r.html` was a usage error over three lines (exit 2) and no
    # report was written for a.txt; `cleaner explain locked.txt` too, where `clean` fails such a page alone.
    pages = _pages(tmp_path / "pages", ["a.txt", "locked.txt"])
    (pages / "locked.txt").chmod(0)
    command = [sys.executable, "-m", "cleaner"]
    try:
        reported = subprocess.run(without_root([*command, "report", str(pages / "a.txt"), str(pages / "locked.txt"),
                                                "-o", str(tmp_path / "r.html")]), capture_output=True, text=True)
        explained = subprocess.run(without_root([*command, "explain", str(pages / "locked.txt")]),
                                   capture_output=True, text=True)
    finally:
        (pages / "locked.txt").chmod(0o644)
    assert reported.returncode == 1
    assert reported.stderr.splitlines()[0] == f"error: {pages / 'locked.txt'}: cannot read: Permission denied"
    assert "harbour" in (tmp_path / "r.html").read_text()
    assert explained.returncode == 1
    assert explained.stderr.splitlines() == [f"error: {pages / 'locked.txt'}: cannot read: Permission denied"]


def test_report_of_jsonl_on_a_pipe_refuses_it_as_explain_and_clean_do(tmp_path: Path) -> None:
    # Before: JSONL whose second line is malformed, on a pipe given by name (`cleaner report <(zcat x.jsonl.gz)`),
    # was reported as one page of JSON text, exit 0; `explain` and `clean` of the same pipe read it as JSONL.
    lines = b'{"id": "a", "text": "' + STORY.encode() + b'"}\nnot JSON\n'
    command = [sys.executable, "-m", "cleaner"]
    reported = subprocess.run([*command, "report", "/dev/stdin", "-o", str(tmp_path / "r.html")], input=lines,
                              capture_output=True)
    explained = subprocess.run([*command, "explain", "/dev/stdin"], input=lines, capture_output=True)
    assert explained.returncode == 1 and b"a jsonl corpus, not a page" in explained.stderr
    assert reported.returncode == 1
    assert reported.stderr.decode().splitlines()[0] == (
        "error: /dev/stdin: a jsonl corpus, not a page: clean it on its own (cleaner clean /dev/stdin -o ...); to "
        "report one record, give it on stdin: ... | jq -r 'select(.id == \"ID\") | .text' | cleaner report - -o "
        f"{tmp_path / 'r.html'}")


def test_a_bug_met_on_one_page_fails_it_alone_in_report_and_in_one_line_in_explain(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Before: the bug's traceback ended `cleaner report`, and no report was written for the other pages; `clean`
    # fails such a page alone ("internal error (a bug, please report it): ...").
    pages = _pages(tmp_path / "pages", ["a.txt", "b.txt"])
    (pages / "b.txt").write_text(f"{BUG_MARK} {STORY}\n")
    bug_on_marked_pages(monkeypatch)
    reported = run_cli("report", str(pages), "-o", str(tmp_path / "r.html"))
    explained = run_cli("explain", str(pages / "b.txt"))
    said = f"error: {pages / 'b.txt'}: internal error (a bug, please report it): KeyError: 'a bug'".encode()
    assert reported.returncode == 1 and reported.stderr.splitlines()[0] == said
    assert "harbour" in (tmp_path / "r.html").read_text()
    assert explained.returncode == 1 and explained.stderr.splitlines() == [said]


def test_learn_with_a_min_share_of_nan_is_a_usage_error(tmp_path: Path) -> None:
    # Before: click's FloatRange let nan through; learn read every page, then failed, exit 1.
    pages = _pages(tmp_path / "pages", ["a.txt", "b.txt", "c.txt"])
    ran = run_cli("learn", str(pages), "--outlet", "Gazette", "--min-share", "nan", "-o", str(tmp_path / "g.toml"))
    assert ran.returncode == 2 and b"'--min-share': nan is not a number" in ran.stderr


def _clean_batch(**options: Any) -> Any:
    from cleaner.datasets_map import CleanBatch

    return CleanBatch(**options)({"text": [f"{STORY} {STORY}"], "id": ["a"]})


def _clean_bag(records: Any = None, **options: Any) -> Any:
    import dask.bag

    from cleaner.dask_bag import clean_bag

    given = dask.bag.from_sequence([{"text": STORY, "id": "a"}]) if records is None else records
    return clean_bag(given, **options).compute(scheduler="synchronous")


def _cleaner_step(**options: Any) -> Any:
    from cleaner.datatrove_step import CleanerStep

    return CleanerStep(**options)


@pytest.mark.parametrize(("make", "named"), [
    (lambda: _clean_batch(url=5), (TypeError, "the URL must be str, not int")),
    (lambda: _clean_bag(url=5), (TypeError, "the URL must be str, not int")),
    (lambda: _clean_batch(url="https://[gazette.example/"), (ValueError, "malformed URL 'https://[gazette.example/'")),
    (lambda: _clean_batch(drop_fields=5), (TypeError, "drop_fields: a field name (str) or an iterable of them, "
                                                      "not int")),
    (lambda: _clean_bag(drop_fields=5), (TypeError, "drop_fields: a field name (str) or an iterable of them, "
                                                    "not int")),
    (lambda: _clean_batch(skip_failed="no"), (TypeError, "skip_failed must be True or False, not str")),
    (lambda: _clean_bag(with_metadata="no"), (TypeError, "with_metadata must be True or False, not str")),
    (lambda: _cleaner_step(keep_failed="no"), (TypeError, "keep_failed must be True or False, not str")),
    (lambda: _cleaner_step(url_field=None), (TypeError, "url_field: a field is a str (a name, or names joined by "
                                                        "dots), not NoneType")),
    (lambda: _clean_bag([{"text": STORY}]), (TypeError, "records must be a dask.bag.Bag (dask.bag.from_sequence "
                                                        "makes one), not list")),
])
def test_a_wrong_argument_of_the_pipeline_adapters_is_refused_where_they_are_called(
        make: Callable[[], Any], named: tuple[type[Exception], str]) -> None:
    # Before: url=5 failed every row alone as "internal error (a bug, please report it): TypeError: ..." and a
    # malformed URL was taken; drop_fields=5 said "'int' object is not iterable"; a str for a flag was taken as
    # true; url_field=None failed every record as an internal error; clean_bag of a list said "'list' object has
    # no attribute 'map_partitions'".
    kind, said = named
    with pytest.raises(kind) as raised:
        make()
    assert str(raised.value).startswith(said)


def test_the_pipeline_adapters_still_take_right_arguments() -> None:
    # The records hold the field dropped: one none of them holds is warned of (test_reliab26b_fields_never_held).
    batch = _clean_batch(url="https://gazette.example/a", drop_fields="id", skip_failed=True)
    assert "harbour" in batch["text"][0] and "cleaner_error" not in batch  # skip_failed: no error column
    assert "harbour" in _clean_bag(url="gazette.example", drop_fields=["id"], with_metadata=True)[0]["text"]
    assert _cleaner_step(keep_failed=True, with_metadata=True).options.skip_failed is False


@pytest.mark.parametrize("name", ["gazette\n.toml", "gazett\udce9.toml"])
def test_learn_into_a_file_name_no_outlet_id_can_be_is_a_usage_error(tmp_path: Path, name: str) -> None:
    # Before: every page was read and learned from, then "learned rules do not load: ...: its name, the outlet's
    # id, holds a line break, ...", exit 1, as for a bug.
    pages = _pages(tmp_path / "pages", ["a.txt", "b.txt", "c.txt"])
    ran = run_cli("learn", str(pages), "--outlet", "Gazette", "-o", str(tmp_path / name))
    assert ran.returncode == 2 and b"a rule file's name is its outlet's id" in ran.stderr
    assert [path.name for path in tmp_path.iterdir()] == ["pages"]
