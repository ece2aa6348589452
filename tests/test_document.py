"""One document path: a file, stdin, a JSONL record, a Dask bag and `cleaner
learn` read and clean the same document the same way, and report a document
that cannot be cleaned with the same reason."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

import cleaner
from cleaner import Cleaner, DocumentError, clean, explain_document
from cleaner import html as html_input
from cleaner.learn import read_documents
from cleaner.settings import DEFAULT_SETTINGS

from helpers import SAMPLES, run_cli

BODY = ("The river rose two metres overnight and forced three hundred families from their homes, "
        "the regional government said on Wednesday morning, as rain continued to fall.")
PAGE_HTML = ("<html><head><title>Flood</title></head><body><nav><a href='/'>Home</a></nav><article><h1>Flood</h1>"
             + "".join(f"<p>{BODY} Paragraph {n}.</p>" for n in range(3)) + "</article></body></html>")
# (file name, its bytes, the JSONL field that holds such a document)
DOCUMENTS = [
    ("voi.txt", (SAMPLES / "input" / "002_voi.txt").read_bytes(), "text"),
    ("legacy.txt", f"Zoë's café reopened, “Bon appétit.”\n\nSkip to content\n\n{BODY}\n".encode("cp1252"), "text"),
    ("flood.html", PAGE_HTML.encode("utf-8"), "html"),
]
# A rule that backtracks for ages on its own signature line.
# The slow rule's document fails when its budget runs out: a short one keeps the test quick.
QUICK_RULES = replace(DEFAULT_SETTINGS, rule_seconds_per_document=0.2)
SLOW_RULE = 'outlet = "Slow"\nsignatures = ["aaaa"]\n[[drop]]\nid = "slow"\npattern = \'^(a|aa)+$\'\n'
# (file name, bytes, what is wrong): documents no way in can clean.
BAD_DOCUMENTS = [
    ("blank.txt", b"  \n\n \n", "empty input"),
    ("controls.txt", bytes(range(1, 9)) * 20, "binary data (control characters)"),
    ("slow.txt", b"a" * 40 + b"b\n\n" + BODY.encode(),
     "rule slow/slow: pattern '^(a|aa)+$' timed out on 41 characters"),
]


def jsonl_line(name: str, data: bytes, field: str) -> str:
    return json.dumps({"name": name, field: data.decode("cp1252" if name == "legacy.txt" else "utf-8")})


def by_every_way_in(tmp_path: Path, name: str, data: bytes, field: str, *rules: str) -> dict[str, str]:
    """The cleaned text, or the failure message, of one document by each way in.
    Messages are written `<where>: <reason>`; the reason is kept."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(data)
    (tmp_path / "in.jsonl").write_text(jsonl_line(name, data, field) + "\n", encoding="utf-8")
    html_field = ["--html-field", "html"] if field == "html" else []
    results = {}

    budget = ("--rule-seconds", str(QUICK_RULES.rule_seconds_per_document))
    files = run_cli("clean", str(folder), "-o", str(tmp_path / "out"), *rules, *budget)
    output = tmp_path / "out" / Path(name).with_suffix(".txt")
    results["file"] = output.read_text(encoding="utf-8") if files.returncode == 0 else reason(files, folder / name)

    stdin = run_cli("clean", "-", *rules, *budget, stdin=data)
    results["stdin"] = stdin.stdout.decode() if stdin.returncode == 0 else reason(stdin, "<stdin>")

    records = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"), *html_field, *rules,
                      *budget)
    results["jsonl"] = (json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))["text"]
                        if records.returncode == 0 else reason(records, f"{tmp_path / 'in.jsonl'}:1"))

    dask_bag = pytest.importorskip("dask.bag")
    from cleaner.dask_bag import clean_bag

    rule_dirs = rules[1::2]
    bag = dask_bag.from_sequence([json.loads(jsonl_line(name, data, field))])
    (record,) = clean_bag(bag, html_field=field if field == "html" else None, rules=rule_dirs,
                          error_field="error", settings=QUICK_RULES).compute(scheduler="sync")
    results["dask"] = record.get("error") or record["text"]
    return results


def reason(ran, where: object) -> str:
    """The reason in the one error line about ``where``."""
    prefix = f"error: {where}: "
    (line,) = [line for line in ran.stderr.decode().splitlines() if line.startswith(prefix)]
    return line.removeprefix(prefix)


@pytest.mark.parametrize("name, data, field", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_every_way_in_gives_the_same_text(tmp_path, name, data, field):
    expected = Cleaner().explain_document(data, kind="html" if field == "html" else "text").text
    assert 0 < len(expected) < len(data), "a body, with something removed"
    assert by_every_way_in(tmp_path, name, data, field) == dict.fromkeys(["file", "stdin", "jsonl", "dask"], expected)


@pytest.mark.parametrize("name, data, field", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_learn_reads_the_page_the_other_ways_in_read(tmp_path, name, data, field):
    (tmp_path / name).write_bytes(data)
    (documents, failures) = read_documents(tmp_path)
    assert failures == []
    explanation = Cleaner().explain_document(data, kind="html" if field == "html" else "text")
    assert documents == [(name, [decision.block.text for decision in explanation.decisions])]


@pytest.mark.parametrize("name, data, problem", BAD_DOCUMENTS, ids=[d[0] for d in BAD_DOCUMENTS])
def test_a_document_that_cannot_be_cleaned_is_reported_alike_on_every_way_in(tmp_path, monkeypatch, name, data,
                                                                             problem):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "slow.toml").write_text(SLOW_RULE, encoding="utf-8")
    rules = ("--rules", str(tmp_path / "rules"))
    with pytest.raises(DocumentError) as raised:
        Cleaner([tmp_path / "rules"], settings=QUICK_RULES).explain_document(data, kind="text")
    assert str(raised.value).startswith(problem)
    reasons = by_every_way_in(tmp_path, name, data, "text", *rules)
    assert reasons == dict.fromkeys(["file", "stdin", "jsonl", "dask"], str(raised.value))

    (tmp_path / "learn").mkdir()
    for n in range(2):
        (tmp_path / "learn" / f"page{n}.txt").write_text(f"Skip to content\n\n{BODY} Page {n}.\n", encoding="utf-8")
    (tmp_path / "learn" / name).write_bytes(data)
    learned = run_cli("learn", str(tmp_path / "learn"), "--outlet", "Demo", "-o", str(tmp_path / "demo.toml"))
    if name != "slow.txt":  # learn reads pages without any outlet's rules
        assert learned.returncode == 1 and reason(learned, tmp_path / "learn" / name) == str(raised.value)
        assert (tmp_path / "demo.toml").exists(), "the readable pages are learned from"


def test_kind_picks_the_path_and_auto_sniffs_markup():
    # A fragment, not a whole document (which even the text path hands to the HTML path).
    html = PAGE_HTML.split("<body>")[1].split("</body>")[0].encode()
    assert explain_document(html, kind="auto").text == explain_document(html, kind="html").text == clean_html(html)
    assert "Home" not in clean_html(html)
    assert "<article>" in explain_document(html, kind="text").text, "text kind: markup is text"
    assert explain_document(BODY).text == clean(BODY)
    with pytest.raises(ValueError, match="kind must be one of auto, text, html"):
        explain_document(BODY, kind="pdf")  # type: ignore[arg-type]


def clean_html(html: bytes) -> str:
    return cleaner.clean_html(html)


def test_public_calls_take_bytes_as_a_file_and_refuse_other_types_plainly():
    page = (SAMPLES / "input" / "002_voi.txt").read_text(encoding="utf-8")
    assert clean(page.encode("utf-8")) == clean(page) == (SAMPLES / "expected" / "002_voi.txt").read_text("utf-8")
    text = f"Zoë's café reopened.\n\n{BODY}"
    assert clean(text.encode("cp1252")) == clean(text)
    for call in (clean, cleaner.explain, cleaner.clean_html, cleaner.explain_html, explain_document):
        with pytest.raises(TypeError, match="must be str or bytes, not NoneType"):
            call(None)  # type: ignore[arg-type]
    assert clean("") == "", "text is cleaned as given, empty or not"
    with pytest.raises(DocumentError, match="empty input"):
        explain_document("")


def test_metadata_is_extracted_only_for_an_output_that_writes_it(tmp_path, monkeypatch):
    calls = []
    extract_metadata = html_input.extract_metadata
    monkeypatch.setattr(html_input, "extract_metadata", lambda *a, **k: calls.append(1) or extract_metadata(*a, **k))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "flood.html").write_text(PAGE_HTML, encoding="utf-8")
    (tmp_path / "in.jsonl").write_text(json.dumps({"html": PAGE_HTML}) + "\n", encoding="utf-8")
    assert run_cli("clean", str(tmp_path / "in"), "-o", str(tmp_path / "text")).returncode == 0
    assert run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"),
                   "--html-field", "html").returncode == 0
    assert run_cli("explain", str(tmp_path / "in" / "flood.html")).returncode == 0
    assert calls == []
    assert run_cli("clean", str(tmp_path / "in"), "-o", str(tmp_path / "json"), "--format", "json").returncode == 0
    assert calls == [1]
    assert json.loads((tmp_path / "json" / "flood.json").read_text())["metadata"]["title"] == "Flood"
