"""The whole pipeline, in order:

    decode → segment into blocks → identify outlet → outlet rules
           → generic detectors → main-content selection → render

One pass runs the stages on the blocks; passes repeat on the rendered text
until nothing more is removed, so ``clean(clean(x)) == clean(x)`` holds by
construction. Every removed block records the id of the rule or detector
that removed it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import features, selection
from .blocks import Block, render, segment
from .decode import is_html_document
from .detectors import DETECTORS, Detector, Page
from .detectors.base import hits_of
from .document import Kind, as_text, explain_document
from .language import identify, stopwords_for
from .outlets import RuleError, RuleFile, RuleSet, load_rules


@dataclass(frozen=True)
class Metadata:
    """What the page says about the article, apart from its body."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Decision:
    """One input block and, if it was removed, the id of what removed it."""

    block: Block
    removed_by: str | None = None

    @property
    def kept(self) -> bool:
        return self.removed_by is None


@dataclass(frozen=True)
class Explanation:
    """The cleaned text together with every decision taken on the way."""

    decisions: tuple[Decision, ...]
    outlet: str | None = None
    language: str | None = None
    metadata: Metadata = field(default_factory=Metadata)

    @property
    def text(self) -> str:
        return render([d.block for d in self.decisions if d.kept])

    @property
    def removed_counts(self) -> Counter[str]:
        return Counter(d.removed_by for d in self.decisions if d.removed_by)

    @property
    def chars(self) -> int:
        """Characters in the input blocks."""
        return sum(len(d.block.text) for d in self.decisions)

    @property
    def removed_chars(self) -> int:
        """Characters in the removed blocks."""
        return sum(len(d.block.text) for d in self.decisions if not d.kept)

    @property
    def removed_share(self) -> float:
        """Share of input characters in removed blocks."""
        return removed_share(self.removed_chars, self.chars)


def removed_share(removed_chars: int, chars: int) -> float:
    """Share of ``chars`` removed, 0 for no text: of a document or of a run."""
    return removed_chars / chars if chars else 0.0


@dataclass(frozen=True)
class _Pass:
    removed: dict[int, str]
    outlet: str | None
    language: str | None


class Cleaner:
    """Loads and compiles rule files once; reuse one Cleaner for many documents.

    ``rules``: extra rule files or folders of them (``*.toml``), added to the
    shipped ones (a user file with a shipped file's id replaces it). A
    malformed rule file raises RuleError, unless ``on_rule_error`` is given:
    then it is reported there and skipped.
    """

    def __init__(
        self,
        rules: Iterable[str | Path] = (),
        *,
        shipped_rules: bool = True,
        detectors: Sequence[Detector] = DETECTORS,
        on_rule_error: Callable[[RuleError], None] | None = None,
    ) -> None:
        self.rules = RuleSet(load_rules(rules, shipped=shipped_rules, on_error=on_rule_error))
        self.detectors = tuple(detectors)

    # -- text ---------------------------------------------------------------
    def explain(
        self, text: str | bytes, *, url: str | None = None, outlet: str | None = None,
        skip_stages: Collection[str] = (),
    ) -> Explanation:
        """Clean ``text`` and return every block's decision.

        ``skip_stages``: ids of detectors not to run; ``main-content`` skips
        the whole main-content selection stage. A whole HTML document given
        as text (it starts with a doctype or ``<html>``) takes the HTML path,
        as ``explain_html``: read as text, its scripts and tags would be kept.
        Bytes are decoded as a file's are.
        """
        text = as_text(text)
        if is_html_document(text):
            return self.explain_html(text, url=url, outlet=outlet)
        return self._explain_text(text, url=url, outlet=outlet, skip_stages=skip_stages)

    def _explain_text(
        self, text: str, *, url: str | None, outlet: str | None, skip_stages: Collection[str]
    ) -> Explanation:
        forced = self.rules.get(outlet) if outlet else None
        blocks = segment(text)
        decisions = {b.index: Decision(b) for b in blocks}
        current = blocks
        first: _Pass | None = None
        while current:
            result = self._one_pass(current, url=url, forced=forced, skip_stages=skip_stages)
            first = first or result
            if not result.removed:
                break
            # Map this pass's blocks back to the input blocks they came from.
            origin = [i for i in sorted(decisions) if decisions[i].kept]
            for position, remover in result.removed.items():
                decisions[origin[position]] = replace(decisions[origin[position]], removed_by=remover)
            current = segment(render([d.block for d in decisions.values() if d.kept]))
        ordered = tuple(decisions[i] for i in sorted(decisions))
        return Explanation(
            ordered,
            outlet=first.outlet if first else None,
            language=first.language if first else None,
            metadata=text_metadata(ordered, url),
        )

    def clean(self, text: str | bytes, *, url: str | None = None, outlet: str | None = None) -> str:
        """The article body of ``text``: kept blocks in input order."""
        return self.explain(text, url=url, outlet=outlet).text

    def _one_pass(
        self, blocks: list[Block], *, url: str | None, forced: RuleFile | None, skip_stages: Collection[str]
    ) -> _Pass:
        text = "\n".join(b.text for b in blocks)
        rule_file = forced or self.rules.identify(text, url)
        removed: dict[int, str] = dict(rule_file.apply(blocks)) if rule_file else {}
        language = identify(text)
        stopwords = stopwords_for(language)
        measured = [features.measure(b.text, stopwords) for b in blocks]
        hits = hits_of(blocks, measured)

        def page() -> tuple[Page, list[int]]:
            alive = [i for i in range(len(blocks)) if i not in removed]
            page = Page([blocks[i] for i in alive], [measured[i] for i in alive], stopwords, language, dict(removed),
                        [hits[i] for i in alive])
            return page, alive

        # Stages see the blocks earlier stages kept; ``removed`` only grows,
        # so the page is rebuilt only when it grew.
        current, alive = page()
        for detector in self.detectors:
            if detector.id in skip_stages:
                continue
            if len(removed) > len(current.removed):
                current, alive = page()
            for position in detector.detect(current):
                removed.setdefault(alive[position], detector.id)
        if selection.SELECTION_ID not in skip_stages:
            if len(removed) > len(current.removed):
                current, alive = page()
            for position, stage_id in selection.select(current).items():
                removed.setdefault(alive[position], stage_id)
        return _Pass(removed, rule_file.id if rule_file else None, language)

    # -- HTML ---------------------------------------------------------------
    def explain_html(
        self, html: str | bytes, *, url: str | None = None, outlet: str | None = None,
        with_metadata: bool = True,
    ) -> Explanation:
        """Extract the article from HTML, then run the text detectors on it.

        Elements removed before extraction (outlet selectors, markup
        boilerplate) and the headline come first in the decisions, with the
        id of what removed them. ``with_metadata=False`` skips trafilatura's
        metadata (title, author, date, site name), the costliest step after
        extraction.
        """
        from . import html as html_input  # imports trafilatura: only when HTML is seen

        markup = as_text(html, "the HTML")
        rule_file = self.rules.get(outlet) if outlet else self.rules.identify(markup, url)
        extraction = html_input.extract(
            markup, url=url, selectors=rule_file.selectors if rule_file else (), with_metadata=with_metadata
        )
        explanation = self._explain_text(
            extraction.text, url=url, outlet=rule_file.id if rule_file else None,
            skip_stages=html_input.SKIPPED_TEXT_STAGES,
        )
        removed_before = tuple(
            Decision(Block(position - len(extraction.removed), text, 0, False), removed_by=remover)
            for position, (remover, text) in enumerate(extraction.removed)
        )
        metadata = extraction.metadata
        return replace(
            explanation,
            decisions=removed_before + explanation.decisions,
            metadata=replace(metadata, title=metadata.title or explanation.metadata.title,
                             author=metadata.author or explanation.metadata.author,
                             date=metadata.date or explanation.metadata.date),
        )

    def clean_html(self, html: str | bytes, *, url: str | None = None, outlet: str | None = None) -> str:
        """The article body of an HTML page."""
        return self.explain_html(html, url=url, outlet=outlet, with_metadata=False).text

    # -- a document of either kind ------------------------------------------
    def explain_document(
        self, data: str | bytes, *, kind: Kind = "auto", url: str | None = None, outlet: str | None = None,
        with_metadata: bool = True,
    ) -> Explanation:
        """Clean a document given as bytes (decoded as a file's are) or text, on
        the path ``kind`` names (``auto``: HTML if it starts like markup).
        Unlike ``explain``, refuses an empty or binary document: every failure
        is a ``cleaner.DocumentError`` with a one-line reason. The one call file
        mode, stdin, JSONL, Dask and ``cleaner learn`` make (see document.py)."""
        return explain_document(self, data, kind=kind, url=url, outlet=outlet, with_metadata=with_metadata)


def text_metadata(decisions: Sequence[Decision], url: str | None) -> Metadata:
    """Headline, byline and date among the blocks the header detectors removed."""
    by_stage: dict[str, list[str]] = {}
    for decision in decisions:
        if decision.removed_by:
            by_stage.setdefault(decision.removed_by, []).append(decision.block.text)
    headlines = by_stage.get("duplicate-headline") or by_stage.get("article-header", [])[:1]
    bylines = by_stage.get("byline-dateline", [])
    authors = [b.split(" ", 1)[1] for b in bylines if b.lower().startswith("by ")]
    if not authors and len(by_stage.get("article-header", [])) > 1:
        authors = by_stage["article-header"][-1:]
    dates = [b for b in bylines if not b.lower().startswith("by ")]
    return Metadata(
        title=min(headlines, key=len) if headlines else None,
        author=authors[0] if authors else None,
        date=dates[0] if dates else None,
        url=url,
    )


_default: Cleaner | None = None


def default_cleaner() -> Cleaner:
    """The shared Cleaner behind the module-level functions (shipped rules)."""
    global _default
    if _default is None:
        _default = Cleaner()
    return _default
