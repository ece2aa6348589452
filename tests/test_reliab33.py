"""Rule folders organised in subfolders (by language, by country): every rule file under the folder given is
read, where the files of its subfolders were skipped in silence; hidden folders (`.git`) are not rules."""

from __future__ import annotations

from pathlib import Path

from helpers import run_cli

from cleaner.outlets import load_rules

STORY = ("The harbour board agreed on Monday to dredge the channel before the autumn storms, "
         "the chair said after a long meeting.")
PAGE = f"{STORY}\n\nHarbour Gazette: subscribe for the whole archive today.\n"


def rule_file(path: Path, outlet_id: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'outlet = "Harbour Gazette"\nid = "{outlet_id}"\nsignatures = ["Harbour Gazette:"]\n'
                    '[[drop]]\nid = "subscribe-line"\npattern = "subscribe for the whole archive"\n',
                    encoding="utf-8")


def test_the_rule_files_of_a_folders_subfolders_are_read(tmp_path):
    rules = tmp_path / "rules"
    rule_file(rules / "top.toml", "top")
    rule_file(rules / "de" / "hafen.toml", "hafen")
    rule_file(rules / "fr" / "nord" / "port.TOML", "port")
    # before: only "top": the files under de/ and fr/ were left out without a word
    assert sorted(loaded.id for loaded in load_rules([rules], shipped=False)) == ["hafen", "port", "top"]


def test_a_hidden_subfolder_holds_no_rules(tmp_path):
    rules = tmp_path / "rules"
    rule_file(rules / "top.toml", "top")
    rule_file(rules / ".git" / "old.toml", "old")
    assert [loaded.id for loaded in load_rules([rules], shipped=False)] == ["top"]


def test_a_folder_whose_rules_are_all_in_subfolders_cleans_with_them(tmp_path):
    rules, page = tmp_path / "rules", tmp_path / "page.txt"
    rule_file(rules / "en" / "harbour.toml", "harbour")
    page.write_text(PAGE, encoding="utf-8")
    ran = run_cli("clean", str(page), "--rules", str(rules))
    # before: exit 2, "folder ... holds no *.toml rule file"
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.decode() == f"{STORY}\n"
