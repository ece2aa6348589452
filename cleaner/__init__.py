"""cleaner: strip boilerplate from scraped article text and HTML.

    >>> from cleaner import clean
    >>> body = clean(page_text)

The pipeline is in ``cleaner.pipeline``; ``explain`` tells what removed what.
"""

from __future__ import annotations

from .decode import DecodeError
from .document import DocumentTooLarge, Kind
from .errors import DocumentError, FieldNeverHeld
from .model import Decision, Explanation, Metadata
from .outlets import RuleError, RuleTimeout
from .pipeline import Cleaner, default_cleaner
from .settings import Settings

# The one place the version is written: pyproject.toml reads it from here
# (importlib.metadata would cost every start about a tenth of a second).
__version__ = "0.1.0"


def clean(text: str | bytes, *, url: str | None = None, outlet: str | None = None) -> str:
    """Return the article body of page ``text`` (kept blocks, input order);
    bytes are decoded as a file's are."""
    return default_cleaner().clean(text, url=url, outlet=outlet)


def clean_html(html: str | bytes, *, url: str | None = None, outlet: str | None = None) -> str:
    """Return the article body of an HTML page (str, or bytes in any encoding)."""
    return default_cleaner().clean_html(html, url=url, outlet=outlet)


def explain(text: str | bytes, *, url: str | None = None, outlet: str | None = None) -> Explanation:
    """Clean ``text`` and return each block with the id of what removed it."""
    return default_cleaner().explain(text, url=url, outlet=outlet)


def explain_html(html: str | bytes, *, url: str | None = None, outlet: str | None = None) -> Explanation:
    """As ``explain``, for an HTML page."""
    return default_cleaner().explain_html(html, url=url, outlet=outlet)


def explain_document(data: str | bytes, *, kind: Kind = "auto", url: str | None = None, outlet: str | None = None,
                     with_metadata: bool = True) -> Explanation:
    """Clean a document of either kind as the command line does; an empty,
    binary or otherwise uncleanable one raises DocumentError. See
    ``Cleaner.explain_document``."""
    return default_cleaner().explain_document(data, kind=kind, url=url, outlet=outlet, with_metadata=with_metadata)


__all__ = [
    "Cleaner", "DecodeError", "Decision", "DocumentError", "DocumentTooLarge", "Explanation", "FieldNeverHeld",
    "Metadata", "RuleError", "RuleTimeout", "Settings", "clean", "clean_html", "explain", "explain_document",
    "explain_html", "__version__",
]
