"""Input folders whose names differ only in case or Unicode normalisation (`Sub`, `sub`) are one folder on macOS,
exFAT, SMB shares: a run keeps their outputs in folders apart on every file system, as it keeps files apart
(test_reliab19c_case_names), so that no output is written over another's there (session 20, reliab20)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from cleaner import Cleaner
from helpers import run_cli

SENTENCE = ("The council voted on Tuesday to rebuild the harbour wall after the winter storms, "
            "and the work is expected to take two years to finish.")
NFC = unicodedata.normalize("NFC", "café")
NFD = unicodedata.normalize("NFD", "café")


def folded(path: Path) -> str:
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", path.as_posix()).casefold())


@pytest.mark.parametrize(("tree", "renamed"), [
    # SUB comes first in walk order (sorted), then Sub and sub; NFD's café before NFC's
    ({"in": ["Sub/a.txt", "sub/a.txt", "sub/b.txt", "SUB/deep/a.txt", f"{NFC}/a.txt", f"{NFD}/a.txt"]}, 3),
    # the same name under two arguments is one output folder, as the same file name is one output
    ({"first": ["Sub/a.txt", "same/a.txt", f"{NFC}/x/a.txt"], "second": ["sub/a.txt", "same/b.txt", f"{NFD}/x/a.txt"]},
     2),
], ids=["one folder", "two folders"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_folders_alike_but_for_case_or_normalisation_get_outputs_apart_and_resume_finds_them(
        tmp_path: Path, tree: dict[str, list[str]], renamed: int, jobs: str) -> None:
    # Before: Sub/a.txt and sub/a.txt were written as out/Sub/a.txt and out/sub/a.txt, one file where the file
    # system ignores case: one page's output lost, both counted cleaned.
    expected = {}
    for top, names in tree.items():
        for number, name in enumerate(names):
            page = f"{SENTENCE} Page {top} {number}.\n"
            (tmp_path / top / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / top / name).write_text(page, encoding="utf-8")
            expected[f"{top}/{name}"] = Cleaner().clean(page)
    out = tmp_path / "out"
    ran = run_cli("clean", *tree, "-o", "out", "--jobs", jobs, cwd=tmp_path)
    said = ran.stderr.decode()
    assert ran.returncode == 0, said
    assert f"cleaned {len(expected)} file(s)" in said
    written = sorted(path for path in out.rglob("*.txt"))
    assert len({folded(path.relative_to(out)) for path in written}) == len(written) == len(expected), written
    for folder in {path.parent for path in written}:  # and no two folders beside each other alike
        beside = [sibling for sibling in folder.parent.iterdir() if sibling.is_dir()]
        assert len({folded(sibling.relative_to(out)) for sibling in beside}) == len(beside)
    assert sorted(path.read_text(encoding="utf-8") for path in written) == sorted(expected.values())
    warned = [line for line in said.splitlines() if "an earlier input folder's output name is the same" in line]
    assert len(warned) == renamed, said  # once each, not for each file in it
    again = run_cli("clean", *tree, "-o", "out", "--resume", cwd=tmp_path)
    assert again.returncode == 0 and f"{len(expected)} up to date" in again.stderr.decode(), again.stderr.decode()
    assert sorted(out.rglob("*.txt")) == written


def test_a_page_is_not_refused_for_an_output_a_link_to_a_folder_would_have_given(tmp_path: Path) -> None:
    # Before: b/sub/x.txt failed, "output out/sub/x.txt already written from a/sub/x.txt", a page behind a link to a
    # folder that the walk does not follow, so never cleaned: no output was written for either.
    (tmp_path / "target").mkdir()
    (tmp_path / "target" / "x.txt").write_text(f"{SENTENCE} Behind the link.\n", encoding="utf-8")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "sub").symlink_to(tmp_path / "target")
    (tmp_path / "b" / "sub").mkdir(parents=True)
    (tmp_path / "b" / "sub" / "x.txt").write_text(f"{SENTENCE} In b.\n", encoding="utf-8")
    ran = run_cli("clean", "a", "b", "-o", "out", cwd=tmp_path)
    said = ran.stderr.decode()
    assert ran.returncode == 1 and "a/sub: a link to a folder, not followed" in said, said
    assert "already written" not in said, said
    assert (tmp_path / "out" / "sub" / "x.txt").read_text(encoding="utf-8") == Cleaner().clean(f"{SENTENCE} In b.\n")


@pytest.mark.parametrize("kind", ["files", "folders"])
def test_a_name_spelt_as_a_twin_is_given_keeps_an_output_of_its_own(tmp_path: Path, kind: str) -> None:
    # Before: `story~<hash>.txt` (or a folder of that name), an input's own name, and the name `story.txt` was
    # given beside `Story.txt` made one output: the later written over the earlier, both counted cleaned.
    from cleaner.files import twin_name

    names = (["Story.txt", "story.txt", f"{twin_name('story')}.txt"] if kind == "files"
             else ["Sub/a.txt", "sub/a.txt", f"{twin_name('sub')}/a.txt"])
    for number, name in enumerate(names):
        (tmp_path / "in" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / name).write_text(f"{SENTENCE} Page {number}.\n", encoding="utf-8")
    ran = run_cli("clean", "in", "-o", "out", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr.decode()
    written = sorted((tmp_path / "out").rglob("*.txt"))
    assert len({folded(path.relative_to(tmp_path / "out")) for path in written}) == len(written) == 3, written
    assert sorted(path.read_text(encoding="utf-8") for path in written) == sorted(
        Cleaner().clean(f"{SENTENCE} Page {number}.\n") for number in range(3))


def test_walking_many_folders_holds_no_more_for_each_folder_walked(tmp_path: Path) -> None:
    # The output folders' names are worked out on the walk's way down: the first way, a dict of every folder
    # walked, held some 600 bytes a folder to the end of the walk (a crawl kept a folder a page).
    import subprocess
    import sys

    for sites in (10, 40):
        for site in range(sites):
            for page in range(100):
                (tmp_path / str(sites) / f"site{site}" / f"page{page}").mkdir(parents=True)
                (tmp_path / str(sites) / f"site{site}" / f"page{page}" / "index.html").touch()
    measure = f"""
import tracemalloc
from pathlib import Path
from cleaner.batch import find_inputs
tracemalloc.start()
for sites in (10, 40):
    tracemalloc.reset_peak()
    start = tracemalloc.get_traced_memory()[0]
    assert sum(1 for _ in find_inputs([Path({str(tmp_path)!r}) / str(sites)])) == sites * 100
    print(tracemalloc.get_traced_memory()[1] - start)
"""
    few, many = map(int, subprocess.run([sys.executable, "-c", measure], capture_output=True, text=True,
                                        check=True).stdout.split())
    assert many < 1.5 * few, (few, many)  # four times the folders, each as wide
