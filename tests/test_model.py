"""The model's objects behave as the dataclasses they are declared as."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from cleaner.model import Block, Page


def test_a_block_made_by_its_fast_init_is_the_frozen_dataclass_it_declares():
    """Block's __init__ sets its slots directly (a Block a line): the same
    fields, equality, hash and repr as the dataclass's own __init__ gives,
    by position or keyword, and still frozen."""
    reference = dataclasses.make_dataclass("Block", [(f.name, f.type) for f in dataclasses.fields(Block)],
                                           frozen=True, slots=True)
    for values in [(0, "Ünïcödé 東京 line", 1, False), (7, "", 12, True)]:
        block, expected = Block(*values), reference(*values)
        assert dataclasses.astuple(block) == dataclasses.astuple(expected) == values
        assert hash(block) == hash(expected) and repr(block) == repr(expected)
        assert block == Block(**dict(zip([f.name for f in dataclasses.fields(Block)], values)))
        assert dataclasses.replace(block, text="other").text == "other"
        assert pickle.loads(pickle.dumps(block)) == block
        with pytest.raises(dataclasses.FrozenInstanceError):
            block.text = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError, match="Block.__init__"):
        Block(0, "text", 1)  # type: ignore[call-arg]


def test_a_block_is_adjacent_to_the_one_above_only_when_nothing_was_removed_between():
    page = Page([Block(0, "Heading", 1, False), Block(1, "First line.", 2, False), Block(3, "After a gap.", 4, False)],
                [])
    assert [page.adjacent(i) for i in range(-1, 4)] == [False, False, True, False, False]
