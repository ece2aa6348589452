"""`cleaner report`: one self-contained HTML page of kept and removed blocks.

The browser tests open the report in headless Chromium (Debian's `chromium`
package) and read the DOM after the page's script ran: the removed blocks
and their rule labels are there, the status line counts what is visible,
and opening the page at #rule=<id> filters it to that rule.
"""

from __future__ import annotations

import shutil
import subprocess
from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup
from helpers import SAMPLES, run_cli

from cleaner import explain
from cleaner.report import render_report

CHROMIUM = shutil.which("chromium")


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "report.html"
    result = run_cli("report", str(SAMPLES / "input"), "-o", str(path))
    assert result.returncode == 0, result.stderr.decode()
    return path


def open_in_chromium(path, tmp_path, fragment: str = "") -> BeautifulSoup:
    """The report's DOM after its script ran in headless Chromium."""
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'chromium-profile'}", "--dump-dom", path.as_uri() + fragment],
        capture_output=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    return BeautifulSoup(result.stdout, "html.parser")


def sections_by_name(dom: BeautifulSoup) -> dict[str, object]:
    return {section.h2.get_text().rsplit("/", 1)[-1]: section for section in dom.select("section.doc")}


def test_report_lists_every_document_with_struck_labelled_removals(sample_report):
    dom = BeautifulSoup(sample_report.read_text(encoding="utf-8"), "html.parser")
    sections = sections_by_name(dom)
    assert set(sections) == {p.name for p in (SAMPLES / "input").iterdir()}
    for name, section in sections.items():
        expected = (SAMPLES / "expected" / name).read_text(encoding="utf-8")
        kept = [p.get_text() for p in section.select("p.kept")]
        assert [line for line in expected.splitlines() if line] == kept, name
    logo = next(p for p in dom.select("p.removed") if p.get_text().startswith("Common Dreams Logo"))
    assert logo.find("del").get_text() == "Common Dreams Logo"
    assert logo.select_one(".label").get_text() == logo["data-rule"] == "commondreams/logo"
    counts = {row["data-rule"]: int(row.select("td")[1].get_text()) for row in dom.select("#rules tbody tr")}
    assert counts["commondreams/logo"] == 1
    assert sum(counts.values()) == len(dom.select("p.removed"))


def test_report_is_self_contained_and_escapes_page_text():
    page = "<script>alert('x')</script> & \"quotes\"\n\n" + "The council voted on Tuesday to reopen the library. " * 3
    html = render_report([("evil <name>.txt", explain(page))])
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html and "evil &lt;name&gt;.txt" in html
    assert not any(marker in html for marker in ("src=", "<link", "@import", "url(", "http://", "https://"))


def test_report_renders_in_chromium_with_counts_written_by_its_script(sample_report, tmp_path):
    dom = open_in_chromium(sample_report, tmp_path)
    removed = dom.select("p.removed")
    assert dom.select_one("#status").get_text() == f"Showing 4 of 4 documents and {len(removed)} removed blocks"
    assert removed and not any(block.has_attr("hidden") for block in removed)
    assert all(block.select_one(".label").get_text() == block["data-rule"] for block in removed)


def test_filter_from_the_url_shows_only_that_rules_documents_and_blocks(sample_report, tmp_path):
    dom = open_in_chromium(sample_report, tmp_path, "#rule=" + quote("londondaily/masthead", safe=""))
    assert dom.select_one("#status").get_text() == (
        "Showing 1 of 4 documents and 2 removed blocks (rule londondaily/masthead)")
    sections = sections_by_name(dom)
    assert [name for name, s in sections.items() if not s.has_attr("hidden")] == ["001_londondaily.txt"]
    visible = [b for b in sections["001_londondaily.txt"].select("p.removed") if not b.has_attr("hidden")]
    assert [b.find("del").get_text() for b in visible] == ["London Daily", "London Daily"]
    assert dom.select_one("#rules tr.chosen")["data-rule"] == "londondaily/masthead"


def test_report_names_unreadable_inputs_and_exits_1(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "empty.txt").write_bytes(b"")
    (pages / "page.txt").write_text("The council voted on Tuesday to reopen the old library.\n", encoding="utf-8")
    result = run_cli("report", str(pages), "-o", str(tmp_path / "out" / "report.html"))
    assert result.returncode == 1 and f"{pages / 'empty.txt'}: empty input" in result.stderr.decode()
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "empty.txt: empty input" in html and "reopen the old library" in html


def test_a_report_written_over_an_input_is_refused(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("The council voted on Tuesday to reopen the old library.\n", encoding="utf-8")
    for inputs in ([page], [tmp_path]):
        result = run_cli("report", *map(str, inputs), "-o", str(page))
        assert result.returncode == 2 and f"{page} is an input" in result.stderr.decode()
    assert page.read_text(encoding="utf-8") == "The council voted on Tuesday to reopen the old library.\n"
