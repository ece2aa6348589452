"""HTML input: decode, remove outlet selectors, extract the article text.

Imported only when a page is HTML: trafilatura takes a while to import.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .decode import decode_bytes

if TYPE_CHECKING:
    from .pipeline import Metadata


def decode_html(data: bytes) -> str:
    """Decode page bytes by BOM, UTF-8 validity, then the meta charset."""
    return decode_bytes(data)


def remove_selectors(html: str, selectors: Sequence[str]) -> str:
    """Drop every element matching one of the CSS ``selectors``."""
    if not selectors:
        return html
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for css in selectors:
        for element in soup.select(css):
            element.decompose()
    return str(soup)


def extract(html: str, *, url: str | None = None, selectors: Sequence[str] = ()) -> tuple[str, Metadata]:
    """The main text of ``html`` (one line per paragraph) and its metadata."""
    import trafilatura

    from .pipeline import Metadata

    document = trafilatura.bare_extraction(
        remove_selectors(html, selectors),
        url=url,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        favor_precision=False,
    )
    if document is None:
        return "", Metadata(url=url)
    return document.text or "", Metadata(
        title=document.title, author=document.author, date=document.date,
        sitename=document.sitename, url=document.url or url,
    )
