"""Hostile but realistic inputs found by a seventh probe: each failed before its fix."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pyarrow as pa
import pytest

from cleaner.datasets_map import CleanBatch
from cleaner.corpus import parse_record
from cleaner.outlets import RuleError, shipped_rules_dir
from cleaner.records import get_field
from cleaner.run import FAILURES_KEPT, RunReport
from helpers import readme_dask_example, run_cli

STORY = "This is the real story about the harbour and its boats, told at some length here.\n"

STORY_HTML = "<p>This is the real story about the harbour and its boats, told at some length here.</p>"


@pytest.mark.parametrize("nested", [False, True])
def test_a_batch_with_a_column_named_twice_fails_by_name(nested: bool) -> None:
    # Before: a row was read as a dict, which holds one value of a name: of two html columns the
    # story was dropped for the other and the row cleaned as it, without a word.
    story, other = pa.array([STORY_HTML]), pa.array(["<p>x</p>"])
    if nested:
        table = pa.table({"doc": pa.StructArray.from_arrays([story, other], names=["html", "html"])})
        name, field = "doc.html", "doc.html"
    else:
        table = pa.Table.from_arrays([story, other], names=["html", "html"])
        name, field = "html", "html"
    with pytest.raises(ValueError, match=f"column '{name}' is there twice: a record holds only one of them"):
        CleanBatch(html_field=field)(table)


def test_an_output_its_failed_claimant_left_goes_to_the_next_input_whatever_its_name(tmp_path: Path) -> None:
    # Before: the failed inputs were looked up by their printed names (a line break as \x0a), the
    # claimant by its own: an empty `two\nway.html` failed, and `two\nway.txt` was refused as
    # 'already written from' it, though nothing was: no output at all.
    src = tmp_path / "in"
    src.mkdir()
    (src / "two\nway.html").write_bytes(b"")
    (src / "two\nway.txt").write_text(STORY, encoding="utf-8")
    ran = run_cli("clean", str(src), "-o", str(tmp_path / "out"))
    assert ran.returncode == 1
    assert ran.stderr.decode().splitlines()[0] == f"error: {src}/two\\x0away.html: empty input"
    assert "already written" not in ran.stderr.decode()
    assert (tmp_path / "out" / "two\nway.txt").read_text(encoding="utf-8") == STORY


def test_a_run_report_keeps_the_first_failures_and_counts_the_rest_by_reason(tmp_path: Path) -> None:
    # Before: the report kept every failure in memory, source and reason: a run of millions of bad
    # records needed GBs for its report. Now the first FAILURES_KEPT are listed, all are counted.
    lines = ['{"text": 5}' if number % 3 else '{"id": 1}' for number in range(FAILURES_KEPT + 500)]
    (tmp_path / "in.jsonl").write_text("\n".join([*lines, json.dumps({"text": STORY})]) + "\n", encoding="utf-8")
    ran = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"),
                  "--report", str(tmp_path / "report.json"))
    assert ran.returncode == 1
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["records"] == {"total": FAILURES_KEPT + 501, "cleaned": 1, "up_to_date": 0,
                                 "failed": FAILURES_KEPT + 500}
    assert len(report["failures"]) == FAILURES_KEPT and report["failures_left_out"] == 500
    assert report["failures"][0] == {"source": f"{tmp_path}/in.jsonl:1", "reason": "no text in field 'text'"}
    assert report["failure_reasons"] == {"field 'text' holds int, not text": lines.count('{"text": 5}'),
                                         "no text in field 'text'": lines.count('{"id": 1}')}
    assert (f"cleaned 1 record(s) into {tmp_path}/out.jsonl, 0% of text removed, {FAILURES_KEPT + 500} failed"
            in ran.stderr.decode())


def test_a_run_report_counts_a_bounded_number_of_reasons() -> None:
    report = RunReport("records")
    for number in range(FAILURES_KEPT + 5):
        report.fail(f"in.jsonl:{number + 1}", f"malformed JSON: Expecting value (column {number})")
    report.fail("in.jsonl:9999", "malformed JSON: Expecting value (column 0)")
    written = report.as_json()
    assert written["records"]["failed"] == FAILURES_KEPT + 6 and written["failures_left_out"] == 6
    assert len(written["failure_reasons"]) == FAILURES_KEPT
    assert written["failure_reasons"]["malformed JSON: Expecting value (column 0)"] == 2


SHARED_STORY = STORY + "Share this story\n"


def test_a_failed_record_whose_error_field_cannot_be_set_says_so_under_its_whole_path(tmp_path: Path) -> None:
    # Before: with --error-field meta.err, a record whose meta is text failed ('field 'meta' is not an
    # object'), and was written with its text as it came, share line and all, and no mark of it.
    records = [{"id": 1, "text": SHARED_STORY, "meta": "web"}, {"id": 2, "text": SHARED_STORY, "meta": {"a": 1}},
               {"id": 3, "text": 5, "meta": ["web"]}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    ran = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"), "--error-field", "meta.err")
    assert ran.returncode == 1
    written = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert written == [
        {"id": 1, "text": SHARED_STORY, "meta": "web",
         "meta.err": "field 'meta' is not an object, cannot set 'meta.err'"},
        {"id": 2, "text": STORY, "meta": {"a": 1, "err": None}},
        {"id": 3, "text": 5, "meta": ["web"], "meta.err": "field 'text' holds int, not text"}]
    assert [get_field(record, "meta.err") is not None for record in written] == [True, False, True]
    # Dropped, meta is no obstacle.
    ran = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"), "--error-field", "meta.err",
                  "--drop-field", "meta")
    written = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [record["meta"] for record in written] == [{"err": None}, {"err": None},
                                                      {"err": "field 'text' holds int, not text"}]


def test_a_datasets_map_refuses_an_error_field_it_cannot_set_and_a_dask_bag_marks_it() -> None:
    # Before: both wrote such rows uncleaned, with no error, and no log said so.
    dask_bag = pytest.importorskip("dask.bag")
    from cleaner.dask_bag import clean_bag

    table = pa.table({"text": [SHARED_STORY, SHARED_STORY], "meta": [None, "web"]})
    with pytest.raises(ValueError, match=re.escape("error_field 'meta.err' cannot be set in these rows: field 'meta' "
                                                   "is not an object, cannot set 'meta.err'")):
        CleanBatch(error_field="meta.err")(table)
    assert CleanBatch(error_field="meta.err", drop_fields=["meta"])(table).to_pylist() == [
        {"text": STORY, "meta": {"err": None}}] * 2
    bag = clean_bag(dask_bag.from_sequence([{"text": SHARED_STORY, "meta": "web"}]), error_field="meta.err")
    assert bag.compute(scheduler="sync") == [
        {"text": SHARED_STORY, "meta": "web", "meta.err": "field 'meta' is not an object, cannot set 'meta.err'"}]


def test_the_readme_dask_example_writes_jsonl(tmp_path: Path) -> None:
    # Before: `cleaned.map(json.dumps)` wrote a NaN as `NaN` (not JSON: strict readers refuse the line),
    # and to_textfiles left each file's last line without its newline (`cat` joined two records on a line).
    pytest.importorskip("dask.bag")
    code = readme_dask_example(tmp_path)
    pages = [{"url": "https://a.example/1", "html": STORY_HTML}, {"url": "https://a.example/2", "html": ""}]
    (tmp_path / "pages-1.jsonl").write_text("".join(json.dumps(page) + "\n" for page in pages), encoding="utf-8")
    (tmp_path / "pages-2.jsonl").write_text(json.dumps(pages[0]) + "\n", encoding="utf-8")
    exec(compile(code, "README.md", "exec"), {})  # noqa: S102 (the README's own code)
    written = "".join(path.read_text(encoding="utf-8") for path in sorted(tmp_path.glob("cleaned-*.jsonl")))
    records = [parse_record(line.encode("utf-8")) for line in written.splitlines()]
    assert written.endswith("\n") and [record["cleaner_error"] for record in records] == [None, "empty input", None]
    # Since probe 9 the lines are read as the command line reads them: a NaN (not JSON) fails its line alone.
    (tmp_path / "pages-2.jsonl").write_text('{"url": "https://a.example/3", "html": NaN}\n', encoding="utf-8")
    exec(compile(code, "README.md", "exec"), {})  # noqa: S102
    [line] = (tmp_path / "cleaned-1.jsonl").read_text(encoding="utf-8").splitlines()
    assert parse_record(line.encode())["cleaner_error"] == "malformed JSON: NaN is not a JSON value (a number, or null)"


def test_a_corpus_cut_short_is_named_on_one_line(tmp_path: Path) -> None:
    # Before: the file's read error named it as it was: `error: in/bad` on one line, `name.jsonl.gz: corrupt
    # ...` on the next, and the report's source held the line break too (its records' sources did not).
    data = gzip.compress("".join(json.dumps({"id": n, "text": f"{n} {STORY}"}) + "\n" for n in range(500)).encode())
    (tmp_path / "bad\nname.jsonl.gz").write_bytes(data[: len(data) // 2])
    ran = run_cli("clean", str(tmp_path / "bad\nname.jsonl.gz"), "-o", str(tmp_path / "out.jsonl"),
                  "--report", str(tmp_path / "report.json"))
    assert ran.returncode == 1
    errors = [line for line in ran.stderr.decode().splitlines() if line.startswith("error: ")]
    assert errors == [f"error: {tmp_path}/bad\\x0aname.jsonl.gz: corrupt or truncated gzip data (Compressed file "
                      "ended before the end-of-stream marker was reached)"]
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [failure["source"] for failure in report["failures"]] == [f"{tmp_path}/bad\\x0aname.jsonl.gz"]


def test_one_field_to_drop_given_as_a_str_is_that_field() -> None:
    # Before: drop_fields="html" was made tuple("html"): the fields h, t, m and l were dropped (here the
    # column t, without a word) and the HTML kept.
    dask_bag = pytest.importorskip("dask.bag")
    from cleaner.dask_bag import clean_bag

    row = {"html": STORY_HTML, "t": 1}
    table = pa.table({name: [value] for name, value in row.items()})
    expected = [{"t": 1, "text": STORY, "cleaner_error": None}]
    assert CleanBatch(html_field="html", drop_fields="html")(table).to_pylist() == expected
    bag = clean_bag(dask_bag.from_sequence([row]), html_field="html", drop_fields="html")
    assert bag.compute(scheduler="sync") == expected


@pytest.mark.parametrize("option", ["html_field", "text_field", "error_field", "drop_fields"])
def test_a_field_that_is_no_str_is_refused_by_name(option: str) -> None:
    # Before: html_field=5 failed the first batch with "'int' object has no attribute 'split'".
    with pytest.raises(TypeError, match=f"^{option}: a field is a str \\(a name, or names joined by dots\\), not int$"):
        CleanBatch(**{option: [5] if option == "drop_fields" else 5})


@pytest.mark.parametrize(("domain", "why"), [("gazette.example/sport", "names a path"),
                                             ("https://gazette.example/?s=1", "names a path"),
                                             ("gazette example", "names no host")])
def test_learn_refuses_a_domain_that_names_a_path_as_a_rule_file_does(tmp_path: Path, domain: str, why: str) -> None:
    # Before: `--domain gazette.example/sport` was written as `gazette.example`: the rules picked every page
    # of the site, where a rule file naming that path is refused.
    pages = tmp_path / "pages"
    pages.mkdir()
    for number in range(3):
        (pages / f"{number}.txt").write_text(f"Gazette menu\n{number} {STORY}", encoding="utf-8")
    ran = run_cli("learn", str(pages), "--outlet", "Gazette", "--domain", domain, "-o", str(tmp_path / "g.toml"))
    assert ran.returncode == 2 and f"domain {domain!r} {why}" in ran.stderr.decode(), ran.stderr
    assert not (tmp_path / "g.toml").exists()


def _ticker_rules(path: Path, outlet: str, domain: str) -> None:
    path.parent.mkdir(exist_ok=True)
    path.write_text(f'outlet = "{outlet}"\ndomains = ["{domain}"]\n\n[[drop]]\nid = "ticker"\n'
                    f"pattern = '^Ticker$'\n\n[[example]]\ninput = '''{STORY}Ticker\n'''\nexpected = '''{STORY}'''\n",
                    encoding="utf-8")


def test_rules_check_fails_a_file_whose_domain_an_earlier_file_picks(tmp_path: Path) -> None:
    # Before: two files for one domain (or for a shipped outlet's) were both 'ok', and a page of it got the
    # first file's rules only, the other's never, without a word.
    _ticker_rules(tmp_path / "rules" / "a.toml", "A", "a.example")
    _ticker_rules(tmp_path / "rules" / "b.toml", "B", "news.a.example")
    _ticker_rules(tmp_path / "rules" / "dreams.toml", "Dreams", "www.commondreams.org")
    ran = run_cli("rules", "check", str(tmp_path / "rules"))
    assert ran.returncode == 1
    assert ran.stdout.decode().splitlines() == [f"ok    {tmp_path}/rules/a.toml (1 example(s))",
                                                f"FAIL  {tmp_path}/rules/b.toml", f"FAIL  {tmp_path}/rules/dreams.toml"]
    errors = [line for line in ran.stderr.decode().splitlines() if line.startswith("error: ")]
    shipped = shipped_rules_dir() / "commondreams.toml"
    assert errors == [
        f"error: {tmp_path}/rules/b.toml: domain 'news.a.example' is picked by {tmp_path}/rules/a.toml first: "
        "its pages never get these rules",
        f"error: {tmp_path}/rules/dreams.toml: domain 'commondreams.org' is picked by {shipped} first (a file of id "
        "'commondreams' replaces it): its pages never get these rules"]
    # A file that replaces the shipped one (its id) takes its place.
    _ticker_rules(tmp_path / "own" / "commondreams.toml", "Dreams", "commondreams.org")
    assert run_cli("rules", "check", str(tmp_path / "own")).returncode == 0


def test_a_record_batch_is_cleaned_as_a_table() -> None:
    # Before: an Arrow RecordBatch went the way of a batch of lists: dict() of it failed with
    # 'dictionary update sequence element #0 has length 1; 2 is required'.
    batch = pa.RecordBatch.from_pydict({"html": [STORY_HTML]})
    assert CleanBatch(html_field="html", drop_fields="html")(batch).to_pylist() == [
        {"text": STORY, "cleaner_error": None}]


def test_the_python_api_names_bad_rules_and_an_unknown_outlet_when_called(tmp_path: Path) -> None:
    # Before: clean_bag, CleanBatch and CleanerStep took them, and failed later, on a worker: each record
    # with a KeyError (an unknown outlet), or, a malformed rule file, skipped there without a word.
    dask_bag = pytest.importorskip("dask.bag")
    pytest.importorskip("datatrove")
    from cleaner.dask_bag import clean_bag
    from cleaner.datatrove_step import CleanerStep

    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "bad.toml").write_text('outlet = "Bad"\n[[drop]]\nid = "x"\n', encoding="utf-8")
    bag = dask_bag.from_sequence([{"text": STORY}])
    for make in (lambda **options: clean_bag(bag, **options), CleanBatch, CleanerStep):
        with pytest.raises(RuleError, match="bad.toml"):
            make(rules=tmp_path / "rules")
        with pytest.raises(ValueError, match="^unknown outlet 'nosuch' \\(known: "):
            make(outlet="nosuch")
