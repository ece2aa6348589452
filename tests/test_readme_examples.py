"""The README's Python examples, copied as they are, name nothing they do not import, but for what
the reader brings (their page, their dataset)."""

from __future__ import annotations

import ast
import builtins
import re

import pytest

from helpers import ROOT

# What each example leaves to the reader, by a name that example uses: anything else it names must be
# imported or assigned in it.
READERS_OWN = {
    "from cleaner import clean,": {"page_text", "html_bytes_or_str", "url", "text", "html", "data", "name"},
    "clean_bag(": set(),
    "CleanerStep(": set(),  # and `dataset`, which it assigns too
}


def _examples() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", readme, re.DOTALL)


def _names_used_undefined(code: str) -> set[str]:
    tree = ast.parse(code)
    defined = set(dir(builtins))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            defined.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            defined.add(node.id)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            defined.add(node.name)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)}
    return used - defined


def test_every_python_example_is_one_the_table_knows():
    examples = _examples()
    assert examples and all(sum(needle in code for needle in READERS_OWN) == 1 for code in examples)


@pytest.mark.parametrize("needle", READERS_OWN)
def test_an_example_imports_what_it_names(needle):
    # Before: the datatrove example built WarcReader and JsonlWriter without importing them (NameError).
    [code] = [code for code in _examples() if needle in code]
    assert _names_used_undefined(code) == READERS_OWN[needle]
