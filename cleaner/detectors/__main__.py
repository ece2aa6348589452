"""``python -m cleaner.detectors``: the README's list of detector ids."""

from . import markdown

print(markdown(), end="")
