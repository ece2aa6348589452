"""The fold of a benchmark page: the one definition every helper and script uses.

A page's key is its URL's host without a leading "www." when the URL is known,
else the page id; its fold is ``int(sha1(key).hexdigest(), 16) % FOLDS``. All
pages of one site share a fold, so a rule fitted on one fold cannot have seen
the site of a page in another. Folds 0-2 are for choosing (study their pages,
tune on them); folds 3-4 are held out (report aggregate figures only).

List the pages of a split with the scoring script, which holds the URLs:

    python benchmarks/quality.py ../shared/bench --split choose
"""

from __future__ import annotations

import argparse
import hashlib
from urllib.parse import urlsplit

FOLDS = 5
CHOOSING_FOLDS = frozenset({0, 1, 2})
HELD_OUT_FOLDS = frozenset({3, 4})
SPLITS = ("choose", "heldout", "all")


def page_key(page_id: str, url: str | None) -> str:
    """The host of ``url`` without a leading "www.", or the page id when there is no URL."""
    host = urlsplit(url).hostname if url else None
    if not host:
        return page_id
    return host.removeprefix("www.")


def fold_of(page_id: str, url: str | None) -> int:
    return int(hashlib.sha1(page_key(page_id, url).encode()).hexdigest(), 16) % FOLDS


def in_split(fold: int, split: str) -> bool:
    """Whether a page of ``fold`` belongs to ``split`` ("choose", "heldout" or "all")."""
    if split == "choose":
        return fold in CHOOSING_FOLDS
    if split == "heldout":
        return fold in HELD_OUT_FOLDS
    if split == "all":
        return True
    raise ValueError(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")


def choosing_folds(value: str) -> set[int]:
    """The folds a comma-separated ``value`` names ("0,1,2"), as an argparse ``type``: refused unless each
    is a choosing fold (scripts that study pages run the choosing folds alone)."""
    folds = {int(fold) for fold in value.split(",")}
    if not folds <= CHOOSING_FOLDS:
        raise argparse.ArgumentTypeError(f"only the choosing folds {sorted(CHOOSING_FOLDS)} are run here")
    return folds
