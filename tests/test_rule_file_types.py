"""Rule files with values of the wrong type (issue 11, item 15): a one-line
error naming the file and the key, never a traceback; a lone string where
a list belongs is refused, not read one character at a time."""

from __future__ import annotations

import pytest
from helpers import run_cli

from cleaner import RuleError
from cleaner.outlets import load_rules

STORY = ("The harbour board agreed on Monday to dredge the channel before the autumn storms, "
         "the chair said after a long meeting.")


@pytest.mark.parametrize(("content", "key"), [
    ('outlet = "Harbour Gazette"\nid = 5', "'id'"),
    ('outlet = "Harbour Gazette"\nid = ["a"]', "'id'"),
    ('outlet = "Harbour Gazette"\nid = "two words"', "'id'"),
    ('outlet = "Harbour Gazette"\nsignatures = 5', "'signatures'"),
    ('outlet = "Harbour Gazette"\nsignatures = "Harbour Gazette Logo"', "'signatures'"),
    ('outlet = "Harbour Gazette"\nsignatures = ["Logo", 5]', "'signatures'"),
    ('outlet = "Harbour Gazette"\ndomains = "harbour.example"', "'domains'"),
    ('outlet = "Harbour Gazette"\nmin_signatures = true', "'min_signatures'"),
    ('outlet = "Harbour Gazette"\n[[example]]\ninput = "a"\nexpected = "a"\nurl = 5', "'url'"),
], ids=["id-int", "id-list", "id-spaces", "signatures-int", "signatures-string", "signatures-mixed",
        "domains-string", "min-signatures-bool", "example-url-int"])
def test_wrong_type_is_one_line_naming_file_and_key(tmp_path, content, key):
    path = tmp_path / "harbour.toml"
    path.write_text(content + "\n", encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rules([path], shipped=False)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and key in message and "\n" not in message


def test_rule_file_of_wrong_types_is_named_and_the_batch_runs(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "harbour.toml").write_text('outlet = "Harbour Gazette"\nsignatures = "Harbour Gazette Logo"\n'
                                        '[[drop]]\nid = "board"\npattern = "harbour board"\n')
    (rules / "numbered.toml").write_text('outlet = "Numbered"\nid = 5\n')
    src = tmp_path / "in"
    src.mkdir()
    # Read one character at a time, the signatures ("a", "r", "o"...) would take this page for the
    # Gazette's and its rule would drop the story.
    (src / "story.txt").write_text(STORY + "\n", encoding="utf-8")
    result = run_cli("clean", str(src), "-o", str(tmp_path / "out"), "--rules", str(rules))
    err = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in err
    assert "harbour.toml: 'signatures' must be a list of strings" in err
    assert "numbered.toml: 'id' must be a string" in err
    assert (tmp_path / "out" / "story.txt").read_text(encoding="utf-8") == STORY + "\n"
