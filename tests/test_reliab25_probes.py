"""Edges met by a hostile new user: an unknown outlet given to the Python API, a file name not in UTF-8 in a
JSON output, an HTML report a full disk cannot hold."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cleaner import Cleaner, clean, clean_html, explain
from helpers import run_cli, small_file_system

STORY = "This is the real story about the harbour and its boats, told at some length here."
PAGE = "\n\n".join(f"{number} {STORY}" for number in range(6)) + "\n"


@pytest.mark.parametrize("call", [clean, clean_html, explain, Cleaner().clean, Cleaner().explain_document])
def test_an_unknown_outlet_given_to_the_python_api_is_a_value_error_naming_the_known_ones(call) -> None:
    # Before: a KeyError, whose message Python prints quoted ("'unknown outlet ...'"), where the dask, datasets
    # and datatrove entry points and the command line all name it as a ValueError (a usage error).
    with pytest.raises(ValueError, match=r"^unknown outlet 'nosuch' \(known: commondreams, londondaily, voi\)$"):
        call(PAGE, outlet="nosuch")
    with pytest.raises(TypeError, match="^the outlet must be str, not int$"):
        call(PAGE, outlet=5)


@pytest.mark.parametrize("name", [b"caf\xe9.txt", b"line\nbreak.txt", b"back\\slash.txt"])
def test_a_json_output_names_its_source_in_json_any_parser_reads(tmp_path: Path, name: bytes) -> None:
    # Before: `--format json` wrote a file name's byte not in UTF-8 as a lone surrogate, "caf\udce9.txt", which
    # strict JSON parsers (serde_json, simdjson) refuse: each such output unreadable to them. Now the name is
    # spelt as a page's record id is in JSONL, its bytes given back by `codecs.escape_decode`.
    import codecs

    folder = os.fsencode(tmp_path / "in")
    os.mkdir(folder)
    with open(os.path.join(folder, name), "wb") as page:
        page.write(PAGE.encode())
    ran = run_cli("clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--format", "json")
    assert ran.returncode == 0, ran.stderr
    [output] = (tmp_path / "out").glob("*.json")
    raw = output.read_bytes()
    assert b"\\ud" not in raw  # no surrogate escape, paired or not: the name is ASCII or UTF-8
    source = json.loads(raw)["source"]
    assert codecs.escape_decode(source.encode())[0] == os.path.join(folder, name)
    assert "harbour" in json.loads(raw)["text"]


def test_an_html_report_a_full_disk_cannot_hold_fails_the_command(tmp_path: Path) -> None:
    # Before: "report not written: No space left on device", then "reported 1 document(s) into ..." and exit 0.
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    with small_file_system(tmp_path / "small", "16k") as small:
        (small / "fill").write_bytes(os.urandom(15_000))
        ran = run_cli("report", str(tmp_path / "page.txt"), "-o", str(small / "report.html"))
        assert ran.returncode == 1
        assert ran.stderr.decode().splitlines()[-1] == (
            f"error: {small / 'report.html'}: report not written: No space left on device")
        assert not (small / "report.html").exists()


def test_a_run_stopped_at_an_output_named_with_a_line_break_or_a_byte_not_utf8_says_so_on_one_line(
        tmp_path: Path) -> None:
    # Before: the stop's line and the summary named the output as it is, "error: small/a" and "b.jsonl: not
    # written: ..." on two lines, and a byte not in UTF-8 as "\udce9", on stderr and in the report's "stopped",
    # where every other message (a failure, a link) says `\xe9` and `\x0a`, as the README says.
    (tmp_path / "pages.jsonl").write_text("".join(json.dumps({"text": f"{n} {PAGE}"}) + "\n" for n in range(300)),
                                          encoding="utf-8")
    with small_file_system(tmp_path / "small", "16k") as small:
        for name, shown in [(b"a\nb.jsonl", "a\\x0ab.jsonl"), (b"caf\xe9.jsonl", "caf\\xe9.jsonl")]:
            output = os.fsdecode(os.path.join(os.fsencode(small), name))
            ran = run_cli("clean", str(tmp_path / "pages.jsonl"), "-o", output, "--report",
                          str(tmp_path / "report.json"))
            assert ran.returncode == 1
            stopped = f"{small}/{shown}: not written: No space left on device"
            assert ran.stderr.decode().splitlines() == [f"error: {stopped}"]
            assert json.loads((tmp_path / "report.json").read_bytes())["stopped"] == stopped
            # And the summary of a run that is not stopped names it on one line too.
            output = os.fsdecode(os.path.join(os.fsencode(tmp_path), name))
            ran = run_cli("clean", str(tmp_path / "pages.jsonl"), "-o", output)
            assert ran.returncode == 0
            assert ran.stderr.decode().splitlines()[0] == (
                f"cleaned 300 record(s) into {tmp_path}/{shown}, 0% of text removed, 0 failed or skipped")


def test_a_rule_file_named_with_a_byte_not_utf8_is_named_in_the_report_as_on_stderr(tmp_path: Path) -> None:
    # Before: stderr said "rules/b\xe9d.toml: ..." and the report's "rule_file_errors" the lone surrogate's
    # escape, "rules/b\udce9d.toml: ...", which strict JSON parsers refuse.
    rules = os.fsencode(tmp_path / "rules")
    os.mkdir(rules)
    with open(os.path.join(rules, b"b\xe9d.toml"), "wb") as rule_file:
        rule_file.write(b"outlet = 5\n")
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    ran = run_cli("clean", str(tmp_path / "page.txt"), "-o", str(tmp_path / "out"), "--rules",
                  str(tmp_path / "rules"), "--report", str(tmp_path / "report.json"))
    assert ran.returncode == 1
    said = f"{tmp_path}/rules/b\\xe9d.toml: 'outlet' must be a string (the outlet's name), not int"
    assert f"error: {said} (rule file skipped)" in ran.stderr.decode().splitlines()
    assert json.loads((tmp_path / "report.json").read_bytes())["rule_file_errors"] == [said]


def test_a_failure_whose_reason_names_an_output_with_a_line_break_stays_one_line(tmp_path: Path) -> None:
    # Before: "error: in/x\x0ay.txt: output out/x" and "y.txt not written: Is a directory", two lines on stderr,
    # and the report's reason held the line break: the input's name was printed, the output's in its reason not.
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x\ny.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "in" / "z.txt").write_text(PAGE, encoding="utf-8")
    assert run_cli("clean", str(tmp_path / "in"), "-o", str(tmp_path / "out")).returncode == 0
    (tmp_path / "out" / "x\ny.txt").unlink()
    (tmp_path / "out" / "x\ny.txt").mkdir()  # where its output goes: it cannot be written
    ran = run_cli("clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--report", str(tmp_path / "report.json"))
    assert ran.returncode == 1
    reason = f"output {tmp_path}/out/x\\x0ay.txt not written: Is a directory"
    assert ran.stderr.decode().splitlines() == [
        f"error: {tmp_path}/in/x\\x0ay.txt: {reason}",
        f"cleaned 1 file(s) into {tmp_path}/out, 0% of text removed, 1 failed or skipped"]
    report = json.loads((tmp_path / "report.json").read_bytes())
    assert report["failures"] == [{"source": f"{tmp_path}/in/x\\x0ay.txt", "reason": reason}]


def test_report_and_learn_name_an_output_with_a_line_break_on_one_line(tmp_path: Path) -> None:
    # Before: "reported 1 document(s) into out/a" and "b.html, ..." on two lines; learn's last line the same.
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(3):
        page = f"Home | News | Sport\n{n} {PAGE}Copyright 2024 The Gazette\n"
        (pages / f"{n}.txt").write_text(page, encoding="utf-8")
    ran = run_cli("report", str(pages / "0.txt"), "-o", str(tmp_path / "a\nb.html"))
    assert ran.returncode == 0
    assert ran.stderr.decode().splitlines() == [
        f"reported 1 document(s) into {tmp_path}/a\\x0ab.html, 0 failed or skipped"]
    (tmp_path / "my\nrules").mkdir()
    ran = run_cli("learn", str(pages), "--outlet", "Gazette", "-o", str(tmp_path / "my\nrules" / "gazette.toml"))
    assert ran.returncode == 0, ran.stderr
    [said] = ran.stderr.decode().splitlines()
    assert said.startswith("learned ") and f"into {tmp_path}/my\\x0arules/gazette.toml; " in said


@pytest.mark.parametrize("name", [b"gazette\nnews.toml", b"gaz\xe9tte.toml"])
def test_a_rule_file_whose_name_would_be_an_id_no_line_or_json_holds_is_refused_by_name(tmp_path: Path,
                                                                                       name: bytes) -> None:
    # Before: its name is its outlet's id, and each removal's: `cleaner explain` printed "- gazette" and
    # "news/footer ..." on two lines, `rules list` broke its line, and `--format json` wrote "removed" keys with
    # a lone surrogate's escape ("gaz\udce9tte/footer"), which strict JSON parsers refuse.
    rules = os.path.join(os.fsencode(tmp_path), b"rules")
    os.mkdir(rules)
    rule_file = 'outlet = "Gazette"\n\n[[drop]]\nid = "footer"\npattern = \'^Copyright The Gazette$\'\n'
    with open(os.path.join(rules, name), "w", encoding="utf-8") as stream:
        stream.write(rule_file)
    (tmp_path / "page.txt").write_text(PAGE + "Copyright The Gazette\n", encoding="utf-8")
    ran = run_cli("explain", str(tmp_path / "page.txt"), "--rules", os.fsdecode(rules), "--outlet", "Gazette")
    assert ran.returncode == 2
    [error] = [line for line in ran.stderr.decode().splitlines() if line.startswith("error: ")]
    assert error.endswith(".toml: its name, the outlet's id, holds a line break, a control character or a byte "
                          "not in UTF-8: rename the file, or give it an 'id' (rule file skipped)")
    with open(os.path.join(rules, name), "w", encoding="utf-8") as stream:
        stream.write('id = "gazette"\n' + rule_file)  # an id of its own: its name no longer matters
    ran = run_cli("explain", str(tmp_path / "page.txt"), "--rules", os.fsdecode(rules), "--outlet", "Gazette")
    assert ran.returncode == 0, ran.stderr
    assert "- gazette/footer" in ran.stdout.decode()


@pytest.mark.parametrize("url", [b"https://gazette.example/caf\xe9", b"https://gazette.example/a\nb"])
def test_a_url_given_with_a_byte_not_utf8_or_a_line_break_is_a_usage_error(tmp_path: Path, url: bytes) -> None:
    # Before: taken as it was, and `--format json` wrote it in "metadata.url" as a lone surrogate's escape
    # ("caf\udce9"), which strict JSON parsers refuse; a URL percent-encodes such bytes.
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    ran = run_cli("clean", str(tmp_path / "page.txt"), "--format", "json", "--url", os.fsdecode(url))
    assert ran.returncode == 2
    assert ran.stderr.decode().splitlines()[-1].endswith(
        "holds a byte not in UTF-8 or a control character: a URL percent-encodes them (%E9)")


@pytest.mark.parametrize("option", ["--outlet", "--url"])
@pytest.mark.parametrize("command", ["clean", "explain", "report"])
def test_an_outlet_or_url_given_empty_is_a_usage_error(tmp_path: Path, command: str, option: str) -> None:
    # Before: `--outlet "$UNSET"` (or `--url`) was taken as no outlet: the page cleaned without the outlet's rules
    # asked for, exit 0, as an empty path was before it became a usage error.
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    output = ["-o", str(tmp_path / "report.html")] if command == "report" else []
    ran = run_cli(command, str(tmp_path / "page.txt"), *output, option, "")
    assert ran.returncode == 2
    assert ran.stderr.decode().splitlines()[-1] == (
        f"Error: Invalid value for '{option}': given empty (an unset shell variable?): give one, or leave the "
        "option out")


def test_an_empty_outlet_given_to_the_python_api_is_unknown_not_none() -> None:
    # Before: clean(page, outlet="") cleaned as if no outlet had been given, where CleanBatch(outlet="") refused it.
    with pytest.raises(ValueError, match=r"^unknown outlet '' \(known: "):
        clean(PAGE, outlet="")
    with pytest.raises(ValueError, match=r"^unknown outlet '' \(known: "):
        clean_html(f"<html><body><p>{PAGE}</p></body></html>", outlet="")


def test_every_handler_of_the_cleaner_logger_gets_a_message_utf8_holds_on_one_line() -> None:
    # Before: only the command's own formatter made a name printable; the record held the lone surrogate and the
    # line break, so a user's handler writing to a UTF-8 file failed, and pytest-xdist, sending the captured
    # log of a test to its controller, crashed its worker on one (CI, session 25).
    import logging

    from cleaner.progress import LOGGER, log_failure

    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    LOGGER.addHandler(handler)
    try:
        log_failure(os.fsdecode(b"caf\xe9\nmenu.txt"), "not cleaned")
    finally:
        LOGGER.removeHandler(handler)
    assert [record.getMessage() for record in records] == ["caf\\xe9\\x0amenu.txt: not cleaned"]
