"""Session 29's gaps in principles 1 and 4 (nothing lost or garbled in silence), each shown by a case that
failed before its fix."""

from __future__ import annotations

from pathlib import Path

from helpers import run_cli

STORY = "This is the real story about the harbour and its boats, told at some length here."
RULES = Path(__file__).resolve().parent.parent / "rules"


def _gazette_pages(folder: Path) -> Path:
    folder.mkdir()
    for number in range(4):
        (folder / f"{number}.txt").write_text(f"Home | News | Sport\n\n{number} {STORY}\n\n{STORY} {number}\n\n"
                                              "Copyright 2024 The Harbour Gazette\n")
    return folder


def test_a_rule_file_named_in_upper_case_toml_is_read_from_its_folder(tmp_path: Path) -> None:
    # Before: `cleaner learn pages -o my-rules/gazette.TOML` wrote the file and said "clean ... --rules my-rules",
    # whose loader read only `*.toml` in lower case: the learned rules (and a hand-written `Other.TOML` beside
    # other rule files) were left out in silence, exit 0; `rules list` and `rules check` did not show them.
    pages, rules = _gazette_pages(tmp_path / "pages"), tmp_path / "my-rules"
    rules.mkdir()
    (rules / "Other.TOML").write_text((RULES / "voi.toml").read_text().replace("voi.id", "other.example"))
    learned = run_cli("learn", str(pages), "--outlet", "Gazette", "--domain", "gazette.example",
                      "-o", str(rules / "gazette.TOML"))
    assert learned.returncode == 0, learned.stderr
    listed = run_cli("rules", "list", "--rules", str(rules))
    assert listed.returncode == 0
    assert b"gazette.TOML" in listed.stdout and b"Other.TOML" in listed.stdout
    explained = run_cli("explain", str(pages / "0.txt"), "--rules", str(rules), "--url", "https://gazette.example/0")
    assert b"gazette/line-home-news-sport" in explained.stdout
    checked = run_cli("rules", "check", str(rules))
    assert b"gazette.TOML" in checked.stdout + checked.stderr
