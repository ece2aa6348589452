"""Records cleaned into a folder of files whose ids make one safe name (`a/b`, `a:b`, an id given twice):
each gets a file of its own, named (before: each later one failed, "output ... already written from an
earlier record", exit 1)."""

from __future__ import annotations

import json

from cleaner import Cleaner
from helpers import run_cli

STORY = ("The council voted on Tuesday to approve the new budget for schools, parks and public transport, "
         "officials said after a long debate that ran late into the evening.")


def test_records_whose_ids_make_one_file_name_each_get_a_file(tmp_path):
    ids = ["news/a-b", "news:a-b", "news/a-b"]
    texts = [f"Story {n}.\n\n{STORY}" for n in range(len(ids))]
    corpus, out = tmp_path / "pages.jsonl", tmp_path / "out"
    corpus.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in zip(ids, texts)), encoding="utf-8")
    ran = run_cli("clean", str(corpus), "--format", "text", "-o", str(out), "--jobs", "1")
    err = ran.stderr.decode()
    assert ran.returncode == 0, err
    cleaner = Cleaner()
    names = ["news_a-b.txt", "news_a-b~2.txt", "news_a-b~3.txt"]
    assert {path.name: path.read_text(encoding="utf-8") for path in out.glob("*.txt")} == \
        {name: cleaner.clean(text) for name, text in zip(names, texts)}
    for number in (2, 3):
        said = f"{corpus}:{number}: written as news_a-b~{number}.txt: news_a-b.txt holds an earlier record's"
        assert f"warning: {said}, whose id gives the same name" in err.splitlines()
    assert "cleaned 3 record(s)" in err
