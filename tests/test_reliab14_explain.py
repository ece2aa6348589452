"""What a user could be misled by: `cleaner explain -` given records on stdin refuses them by name, as it
does a records file and as `cleaner clean -` knows them (before: the JSON lines were shown as a page's kept
blocks, exit 0); a corpus given a folder's name for its output is told a file name to give, and one given a
stream (`-o /dev/stdout`) writes into it."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pytest

from helpers import run_cli

STORY = ("The council voted on Tuesday to approve the new budget for schools, parks and public transport, "
         "officials said after a long debate that ran late into the evening.")


@pytest.mark.parametrize("compress", [False, True], ids=["jsonl", "jsonl.gz"])
def test_explain_refuses_records_on_stdin_by_name(compress):
    records = "".join(json.dumps({"id": n, "text": f"Story {n}.\n\n{STORY}"}) + "\n" for n in range(3)).encode()
    ran = run_cli("explain", "-", stdin=gzip.compress(records) if compress else records)
    assert ran.returncode == 1
    assert ran.stdout == b""
    said = ("error: <stdin>: a jsonl corpus, not a page: clean it on its own (cleaner clean - -o ...); to explain "
            "one record, give it on stdin: ... | jq -r 'select(.id == \"ID\") | .text' | cleaner explain -")
    assert ran.stderr.decode().splitlines() == [said]


def test_explain_still_reads_a_page_on_stdin():
    ran = run_cli("explain", "-", stdin=gzip.compress(f"Story.\n\n{STORY}\n".encode()))
    assert ran.returncode == 0, ran.stderr
    assert STORY in ran.stdout.decode()


def test_a_corpus_cleaned_into_a_folder_name_is_told_a_file_name_not_a_hidden_file_in_it(tmp_path):
    corpus = tmp_path / "pages.jsonl"
    corpus.write_text(json.dumps({"id": 1, "text": STORY}) + "\n", encoding="utf-8")
    ran = run_cli("clean", str(corpus), "-o", "cleaned/", cwd=tmp_path)
    assert ran.returncode == 2
    # before: "name it (-o cleaned/.jsonl)"
    assert "name it (-o cleaned.jsonl), or give --format text for a folder of files" in ran.stderr.decode()
    assert not (tmp_path / "cleaned").exists()


def test_a_corpus_is_written_into_a_stream_given_as_its_output(tmp_path):
    corpus = tmp_path / "pages.jsonl"
    corpus.write_text("".join(json.dumps({"id": n, "text": f"Story {n}.\n\n{STORY}"}) + "\n" for n in range(3)),
                      encoding="utf-8")
    # The README's own example of an output that is no regular file; before: a usage error, which told
    # the user to name it /dev/stdout.jsonl
    ran = subprocess.run([sys.executable, "-m", "cleaner", "clean", str(corpus), "-o", "/dev/stdout", "--jobs", "1"],
                         capture_output=True)
    assert ran.returncode == 0, ran.stderr
    assert [json.loads(line)["id"] for line in ran.stdout.splitlines()] == [0, 1, 2]
