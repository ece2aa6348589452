"""The command line: batches, bad input, decoding, stdin/stdout, exit codes."""

from __future__ import annotations

import gzip
import json

from helpers import SAMPLES, run_cli

BODY = ("The river rose two metres overnight and forced three hundred families from their homes, "
        "the regional government said on Wednesday morning, as rain continued to fall.")


def test_version_and_help():
    assert run_cli("--version").stdout.decode().startswith("cleaner, version")
    for command in ([], ["clean"], ["explain"], ["rules"], ["rules", "list"]):
        result = run_cli(*command, "--help")
        assert result.returncode == 0 and b"Usage:" in result.stdout
    assert b"Example" in run_cli("clean", "--help").stdout


def test_batch_with_bad_files_reports_each_and_cleans_the_rest(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "good.txt").write_text("Skip to content\n\n" + BODY + "\n", encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "broken.toml").write_text('outlet = "X"\n[[drop]]\nid = "bad"\npattern = "(unclosed"\n')
    before = {p: p.read_bytes() for p in src.rglob("*") if p.is_file()}
    result = run_cli("clean", str(src), "-o", str(tmp_path / "out"), "--rules", str(rules))
    err = result.stderr.decode()
    assert result.returncode == 1
    assert (tmp_path / "out" / "sub" / "good.txt").read_text() == BODY + "\n"
    assert "empty.txt: empty input" in err
    assert "image.png: binary data" in err
    assert "broken.toml: [[drop]] #1 (bad): invalid regex" in err
    assert "cleaned 1 file(s)" in err
    assert before == {p: p.read_bytes() for p in src.rglob("*") if p.is_file()}, "inputs untouched"


def test_catastrophic_user_rule_fails_its_file_only(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("a" * 40 + "b\n\n" + BODY + "\n", encoding="utf-8")
    (src / "b.txt").write_text(BODY + "\n", encoding="utf-8")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "evil.toml").write_text('outlet = "Evil"\nsignatures = ["aaaa"]\n'
                                     '[[drop]]\nid = "slow"\npattern = \'^(a|aa)+$\'\n')
    result = run_cli("clean", str(src), "-o", str(tmp_path / "out"), "--rules", str(rules), "--rule-seconds", "0.5")
    assert result.returncode == 1
    assert "a.txt: rule evil/slow" in result.stderr.decode() and "timed out" in result.stderr.decode()
    assert (tmp_path / "out" / "b.txt").read_text() == BODY + "\n"


def test_encodings_come_out_right(tmp_path):
    text = "Zoë's café reopened — the mayor said: “Bon appétit.” " + BODY
    src = tmp_path / "in"
    src.mkdir()
    (src / "utf8.txt").write_bytes(text.encode("utf-8"))
    (src / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (src / "utf16.txt").write_bytes(text.encode("utf-16"))
    (src / "crlf.txt").write_bytes((text + "\r\n\r\n" + BODY + "\r\n").encode("utf-8"))
    (src / "legacy.txt").write_bytes(text.encode("cp1252"))
    assert run_cli("clean", str(src), "-o", str(tmp_path / "out")).returncode == 0
    for name in ("utf8", "bom", "utf16", "legacy"):
        assert (tmp_path / "out" / f"{name}.txt").read_text(encoding="utf-8") == text + "\n", name
    assert (tmp_path / "out" / "crlf.txt").read_text(encoding="utf-8") == text + "\n\n" + BODY + "\n"


def test_stdin_to_stdout_and_json(tmp_path):
    page = (SAMPLES / "input" / "002_voi.txt").read_bytes()
    result = run_cli("clean", "-", stdin=page)
    assert result.returncode == 0
    assert result.stdout.decode() == (SAMPLES / "expected" / "002_voi.txt").read_text(encoding="utf-8")
    record = json.loads(run_cli("clean", "-", "--format", "json", stdin=page).stdout)
    assert record["outlet"] == "voi" and record["removed"] == {"voi/translation-notice": 1}


def test_html_file_takes_html_path(tmp_path):
    src = tmp_path / "page.html"
    paragraphs = "".join(f"<p>{BODY} Paragraph {n}.</p>" for n in range(4))
    src.write_text(f"<html><head><title>Flood</title></head><body><nav><a href='/'>Home</a></nav>"
                   f"<article><h1>Flood</h1>{paragraphs}</article><footer>© 2024 Demo</footer></body></html>")
    result = run_cli("clean", str(src), "-o", str(tmp_path / "out"), "--format", "json")
    assert result.returncode == 0, result.stderr
    record = json.loads((tmp_path / "out" / "page.json").read_text())
    assert BODY in record["text"] and "Home" not in record["text"] and record["metadata"]["title"] == "Flood"


def test_usage_errors_exit_2(tmp_path):
    assert run_cli("clean", str(SAMPLES / "input")).returncode == 2  # no -o
    assert run_cli("clean", str(tmp_path / "missing.txt"), "-o", str(tmp_path)).returncode == 2
    assert run_cli("clean", str(SAMPLES / "input"), "-o", str(SAMPLES / "input" / "out")).returncode == 2
    assert run_cli("explain", str(SAMPLES / "input" / "002_voi.txt"), "--outlet", "nope").returncode == 2


def test_explain_names_what_removed_each_block():
    result = run_cli("explain", str(SAMPLES / "input" / "000_commondreams.txt"), "--no-kept")
    out = result.stdout.decode()
    assert result.returncode == 0
    assert "skip-link" in out and "Skip to main content" in out
    assert "photo-caption" in out and "commondreams/logo" in out
    assert "\x1b[" not in out, "no colour in a pipe"


def test_explain_and_report_read_a_page_as_clean_does(tmp_path):
    page = (SAMPLES / "input" / "000_commondreams.txt").read_bytes()
    (tmp_path / "story.txt.gz").write_bytes(gzip.compress(page))
    (tmp_path / "pages.jsonl").write_text(json.dumps({"text": BODY}) + "\n", encoding="utf-8")
    plain = run_cli("explain", str(SAMPLES / "input" / "000_commondreams.txt"))
    for args, stdin in ((["explain", "story.txt.gz"], None), (["explain", "-"], gzip.compress(page))):
        compressed = run_cli(*args, stdin=stdin, cwd=tmp_path)
        assert compressed.returncode == 0 and compressed.stdout == plain.stdout, args
    corpus = run_cli("explain", "pages.jsonl", cwd=tmp_path)
    assert corpus.returncode == 1
    assert corpus.stderr.decode().startswith("error: pages.jsonl: a jsonl corpus, not a page")
    report = run_cli("report", "story.txt.gz", "-o", "report.html", cwd=tmp_path)
    assert report.returncode == 0 and "commondreams/logo" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_rules_list_shows_shipped_outlets():
    out = run_cli("rules", "list").stdout.decode()
    assert "commondreams" in out and "londondaily" in out and "voi" in out


def test_a_short_truncated_gzip_on_stdin_is_named_not_a_traceback():
    cut = gzip.compress(BODY.encode())[:30]  # ends inside the first bytes read to sniff the stream
    result = run_cli("clean", "-", stdin=cut)
    assert result.returncode == 1 and result.stdout == b""
    assert result.stderr.decode() == ("error: <stdin>: corrupt or truncated gzip data (Compressed file ended "
                                      "before the end-of-stream marker was reached)\n")


def test_a_file_name_with_a_line_break_or_an_escape_is_named_on_one_line(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "bad\nname.txt").write_bytes(b"")
    (src / "two\nway.txt").write_text(BODY + "\n", encoding="utf-8")
    (src / "two\nway.html").write_text(f"<p>{BODY}</p>", encoding="utf-8")  # first to the output two\nway.txt
    (src / "red\x1b[31m.txt").write_bytes(b"")
    result = run_cli("clean", str(src), "-o", str(tmp_path / "out"), "--report", str(tmp_path / "report.json"))
    lines = result.stderr.decode().splitlines()
    assert result.returncode == 1 and "\x1b" not in result.stderr.decode()
    assert f"error: {src}/bad\\x0aname.txt: empty input" in lines
    assert f"error: {src}/red\\x1b[31m.txt: empty input" in lines
    assert (f"error: {src}/two\\x0away.txt: output {tmp_path}/out/two\\x0away.txt already written from "
            f"{src}/two\\x0away.html") in lines
    assert (tmp_path / "out" / "two\nway.txt").read_text(encoding="utf-8") == BODY + "\n"
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert {failure["source"] for failure in report["failures"]} == {
        f"{src}/bad\\x0aname.txt", f"{src}/red\\x1b[31m.txt", f"{src}/two\\x0away.txt"}


def test_a_gzip_page_corrupt_in_its_middle_fails_alone(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    corrupt = bytearray(gzip.compress(((BODY + "\n") * 50).encode()))
    corrupt[60] ^= 0xFF  # zlib: "invalid distance too far back", not an OSError
    (src / "a.txt.gz").write_bytes(bytes(corrupt))
    (src / "b.txt").write_text(BODY + "\n", encoding="utf-8")
    result = run_cli("clean", str(src), "-o", str(tmp_path / "out"), "--jobs", "1")
    err = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in err
    assert f"{src}/a.txt.gz: corrupt or truncated gzip data (Error -3 while decompressing data" in err
    assert (tmp_path / "out" / "b.txt").read_text(encoding="utf-8") == BODY + "\n"


def test_a_file_named_dash_given_as_dot_slash_dash_is_that_file_not_stdin(tmp_path):
    (tmp_path / "-").write_text(BODY + "\n", encoding="utf-8")
    result = run_cli("clean", "./-", "-o", "out", stdin=b"", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "-.txt").read_text(encoding="utf-8") == BODY + "\n"
    explained = run_cli("explain", "./-", stdin=b"", cwd=tmp_path)
    assert explained.returncode == 0 and BODY in explained.stdout.decode()
