"""The whole pipeline, in order:

    decode → segment into blocks → identify outlet → outlet rules
           → generic detectors → main-content selection → render

One pass runs the stages on the blocks; passes repeat on the rendered text
until nothing more is removed, the last as a first pass over that text would
run, so ``clean(clean(x)) == clean(x)`` holds by construction. Every removed
block records the id of the rule or detector that removed it.
"""

from __future__ import annotations

import functools
import operator
from array import array
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import replace
from itertools import chain, compress, takewhile
from pathlib import Path
from typing import Any, NamedTuple

from . import features, selection
from .blocks import resegment, segment
from .cache import compiled
from .decode import is_html_document
from .detectors import BY_ID, DETECTORS, OUTPUTS, Detector
from .detectors.copies import duplicate_copy
from .detectors.headers import ANY_DATE, article_header, byline_dateline, duplicate_headline, may_hold_date
from .detectors.patterns import LineMatcher
from .document import Kind, as_text, check_lines, check_size, explain_document
from .language import identify, stopwords_for
from .model import Block, Decision, Explanation, Metadata, Page
from .outlets import RuleBudget, RuleError, RuleFile, RuleSet, load_rules
from .settings import DEFAULT_SETTINGS, Settings

STAGE_IDS = frozenset(BY_ID) | {selection.SELECTION_ID}
"""What ``skip_stages`` may name: a detector, or main-content selection."""


class _Pass(NamedTuple):  # not a dataclass: one compiled at each start cost more than a tuple class
    """What one pass over a page's blocks decided."""

    removed: dict[int, str]
    outlet: str | None
    language: str | None


class Cleaner:
    """Loads and compiles rule files once; reuse one Cleaner for many documents.

    ``rules``: extra rule files or folders of them (``*.toml``), added to the
    shipped ones (a user file with a shipped file's id replaces it). A
    malformed rule file raises RuleError, unless ``on_rule_error`` is given:
    then it is reported there and skipped. ``detectors``: the detectors to
    run, in order (default: all of the registry). ``settings``: every
    threshold of the text pass (see ``cleaner.settings``).

    A Cleaner pickles (for process pools): its detectors travel by id, and
    the line patterns are compiled again on the other side.
    """

    def __init__(
        self,
        rules: Iterable[str | Path] = (),
        *,
        shipped_rules: bool = True,
        detectors: Sequence[Detector] = DETECTORS,
        settings: Settings = DEFAULT_SETTINGS,
        on_rule_error: Callable[[RuleError], None] | None = None,
    ) -> None:
        _check_options(shipped_rules, settings, on_rule_error)
        self.detectors = _detector_tuple(detectors)
        self.rules = RuleSet(load_rules(rules, shipped=shipped_rules, on_error=on_rule_error))
        self.settings = settings
        self._matcher = self._line_matcher()

    def __getstate__(self) -> dict[str, Any]:
        unregistered = [d.id for d in self.detectors if BY_ID.get(d.id) is not d]
        if unregistered:
            raise TypeError(f"a Cleaner with detectors outside the registry does not pickle: {unregistered}")
        return {"rules": self.rules, "detectors": [d.id for d in self.detectors], "settings": self.settings}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.rules = state["rules"]
        self.detectors = tuple(BY_ID[name] for name in state["detectors"])
        self.settings = state["settings"]
        self._matcher = self._line_matcher()

    def _line_matcher(self) -> LineMatcher:
        return LineMatcher(chain.from_iterable(d.patterns for d in self.detectors), self.settings,
                           chain.from_iterable(d.cues for d in self.detectors))

    # -- text ---------------------------------------------------------------
    def explain(
        self, text: str | bytes, *, url: str | None = None, outlet: str | None = None,
        skip_stages: Collection[str] = (),
    ) -> Explanation:
        """Clean ``text`` and return every block's decision.

        ``skip_stages``: ids of detectors not to run; ``main-content`` skips
        the whole main-content selection stage; an id that names no stage
        raises ValueError. A whole HTML document given as text (it starts
        with a doctype or ``<html>``) takes the HTML path, as
        ``explain_html``: read as text, its scripts and tags would be kept.
        Bytes are decoded as a file's are. A text longer than the setting
        ``max_document_chars``, or of more lines than ``max_document_lines``,
        raises DocumentTooLarge.
        """
        _check_stages(skip_stages)
        text = check_size(as_text(check_size(text, self.settings)), self.settings)
        if is_html_document(text):
            return self.explain_html(text, url=url, outlet=outlet)
        blocks = segment(check_lines(text, self.settings))
        del text  # text decoded here from bytes (up to 4 bytes a character): not held while its blocks are cleaned
        return self._explain_blocks(blocks, url=url, outlet=outlet, skip_stages=skip_stages,
                                    budget=RuleBudget(self.settings.rule_seconds_per_document))

    def _explain_text(self, text: str, **options: Any) -> Explanation:
        return self._explain_blocks(segment(text), **options)

    def _explain_blocks(
        self, blocks: list[Block], *, url: str | None, outlet: str | None, skip_stages: Collection[str],
        budget: RuleBudget, bare: bool = True, settle: bool = True,
    ) -> Explanation:
        """``bare``: whether a text without chrome or header may be kept whole
        (setting keep_bare_articles); the HTML path's readings chose their
        thresholds without it. ``settle``: whether the text kept must be
        what cleaning it again keeps whole (the HTML path settles its chosen
        reading as text once, see _cleaned_again_as_text)."""
        forced = self.rules.get(outlet) if outlet is not None else None  # "" is unknown, not none
        # What removed each input block, by its position (None: kept): a
        # machine word a block; a Decision per block only once all are taken.
        removed_by: list[str | None] = [None] * len(blocks)
        current = blocks
        first: tuple[str | None, str | None] | None = None  # the first pass's outlet and language
        earlier: frozenset[str] = frozenset()
        findings: dict[str, object] = {}  # the stages' notes on this document's pages (Page.earlier_findings)
        while current:
            result = self._one_pass(current, url=url, forced=forced, skip_stages=skip_stages, budget=budget,
                                    earlier=earlier, bare=bare, settle=settle, findings=findings)
            first = first or (result.outlet, result.language)
            removed = result.removed
            del result  # not held through the next pass
            if not removed:
                break
            # Map this pass's blocks back to the input blocks they came from.
            origin = array("q", compress(range(len(blocks)), map(operator.not_, removed_by)))  # those kept
            for position, remover in removed.items():
                removed_by[origin[position]] = remover
            del origin, removed
            current = resegment([b for b, remover in zip(blocks, removed_by) if remover is None])
            earlier = frozenset(filter(None, removed_by))
        ordered = tuple(Decision(b, remover) for b, remover in zip(blocks, removed_by))
        return Explanation(
            ordered,
            outlet=first[0] if first else None,
            language=first[1] if first else None,
            metadata=text_metadata(ordered, url, self.settings),
        )

    def clean(self, text: str | bytes, *, url: str | None = None, outlet: str | None = None) -> str:
        """The article body of ``text``: kept blocks in input order."""
        return self.explain(text, url=url, outlet=outlet).text

    def _one_pass(
        self, blocks: list[Block], *, url: str | None, forced: RuleFile | None, skip_stages: Collection[str],
        budget: RuleBudget, findings: dict[str, object], earlier: frozenset[str] = frozenset(), bare: bool = True,
        settle: bool = False,
    ) -> _Pass:
        texts = list(map(_TEXT, blocks))
        # The page again as one string (up to 4 bytes a character), for the outlets' signatures alone.
        rule_file = forced or self.rules.identify("\n".join(texts), url, budget)
        removed: dict[int, str] = dict(rule_file.apply(blocks, budget)) if rule_file else {}
        settings = self.settings
        if settings.keep_bare_articles and (not bare or not selection.PAGE_SIGN_STAGES.isdisjoint(skip_stages)):
            # A page looks bare when the stages that find a page's signs did not run.
            settings = _without_bare_articles(settings)
        language = identify(texts, self.settings)
        stopwords = stopwords_for(language)
        measured = features.measure_all(texts, stopwords, self.settings)
        del texts
        hits = self._matcher.hits_of(blocks, measured)

        def page() -> Page:
            if not removed:  # every block: the pass's own lists, not copies of them
                return Page(blocks, measured, stopwords, language, {}, hits, settings, earlier, findings)
            # The blocks kept picked by one list of flags in C, not by their positions. The page holds
            # ``removed`` itself, not a copy: it is rebuilt before the next stage whenever that grew.
            kept = list(map(operator.not_, map(removed.__contains__, range(len(blocks)))))
            return Page(list(compress(blocks, kept)), list(compress(measured, kept)), stopwords,
                        language, removed, list(compress(hits, kept)), settings, earlier, findings)

        # Stages see the blocks earlier stages kept; ``removed`` only grows,
        # so the page is rebuilt only when it grew. A block's position in the
        # pass is its index (segment and resegment number them so): the
        # index's own int keys ``removed``, not a new one each.
        current = page()
        seen = len(removed)
        for detector in self.detectors:
            if detector.id in skip_stages:
                continue
            if len(removed) > seen:
                del current  # not held while the next page is built (three lists)
                current, seen = page(), len(removed)
            # What the stage removes, all found before ``removed`` (the page's own) changes.
            for position, remover in list(detector.find(current)):
                removed.setdefault(current.blocks[position].index, remover)
        if selection.SELECTION_ID not in skip_stages:
            if len(removed) > seen:
                del current
                current = page()
            for position, stage_id in selection.select(current).items():
                removed.setdefault(current.blocks[position].index, stage_id)
            if settle and earlier and not removed:
                # Knowing what earlier passes removed, selection keeps lines that a first pass over this text
                # (cleaning the output again) may cut: the text is settled when that one removes nothing too.
                # The detectors need no asking again: they remove no less for knowing it (chrome_found).
                for position, stage_id in selection.select_as_first_pass(current).items():
                    removed.setdefault(current.blocks[position].index, stage_id)
            for position in selection.story_copies(removed, blocks, settings):
                del removed[position]  # the copy kept outside the story went in its stead
        return _Pass(removed, rule_file.id if rule_file else None, language)

    # -- HTML ---------------------------------------------------------------
    def explain_html(
        self, html: str | bytes, *, url: str | None = None, outlet: str | None = None,
        with_metadata: bool = True,
    ) -> Explanation:
        """Read the page two ways and keep one (``html_choice``): the article
        trafilatura extracts, with the text detectors run on it, or the whole
        page rendered as text and cleaned as text mode cleans it.

        Of the extraction, elements removed before extraction (outlet
        selectors, markup boilerplate) and the headline come first in the
        decisions, with the id of what removed them. ``reading`` of the
        result says which reading was kept and why. ``with_metadata=False`` skips trafilatura's
        metadata (title, author, date, site name), the costliest step after
        extraction.
        """
        from . import html as html_input  # imports trafilatura: only when HTML is seen
        from . import html_choice, html_lead

        markup = check_size(as_text(check_size(html, self.settings), "the HTML"), self.settings)
        budget = RuleBudget(self.settings.rule_seconds_per_document)
        rule_file = self.rules.get(outlet) if outlet is not None else self.rules.identify(markup, url, budget)
        outlet_id = rule_file.id if rule_file else None
        extraction = html_input.extract(
            markup, url=url, selectors=rule_file.selectors if rule_file else (), with_metadata=with_metadata,
            settings=self.settings,
        )
        # A page that shows an article and nothing else is read as that article given as text (html_alone).
        extracted = self._explain_text(
            extraction.text, url=url, outlet=outlet_id, budget=budget, bare=extraction.alone, settle=False,
            skip_stages=() if extraction.alone else html_input.SKIPPED_TEXT_STAGES,
        )
        # The readings are compared without the lead html-lead put back: it is
        # the extraction's addition, and selection, given it, may place the
        # story's region differently.
        story = html_lead.without_lead(extraction.text, extraction.lead)
        extracted_story = html_lead.without_lead(extracted.text, extraction.lead)
        # The rendering is read only where it may be kept: a page in a language
        # it is trusted in, laid out in tables or whose extraction holds
        # something selection would cut.
        choice = html_choice.by_alone(extraction.alone) or html_choice.by_language(extracted.language, self.settings)
        if choice is None:
            choice = html_choice.by_layout(extraction.layout_tables, self.settings)
        if choice is None:
            selected = self._explain_text(story, url=url, outlet=outlet_id, budget=budget, bare=False, settle=False,
                                          skip_stages=html_input.SKIPPED_TEXT_STAGES - {selection.SELECTION_ID})
            choice = html_choice.by_selection(extracted_story, selected.text)
        if choice is None or choice.reading == html_choice.RENDERING:
            rendering = html_input.render(extraction.markup)
            rendered = self._explain_text(rendering, url=url, outlet=outlet_id, skip_stages=(), budget=budget,
                                          bare=False, settle=False)
            found = html_choice.features(extracted_story, html_lead.without_lead(rendered.text, extraction.lead),
                                         self.settings)
            if choice is None or not found.rendering_chars:  # an empty reading is never kept
                choice = html_choice.choose(found, self.settings)
        if choice.reading == html_choice.RENDERING:
            explanation = rendered
        else:
            removed_before = tuple(
                Decision(Block(position - len(extraction.removed), text, 0, False), removed_by=remover)
                for position, (remover, text) in enumerate(extraction.removed)
            )
            explanation = replace(extracted, decisions=removed_before + extracted.decisions)
        explanation = self._cleaned_again_as_text(explanation, url=url, outlet=outlet, budget=budget)
        metadata = extraction.metadata
        reading = str(choice)
        if extraction.lead and choice.reading != html_choice.RENDERING:
            reading += f"; html-lead put back {len(extraction.lead)} line(s) of the story's lead above the body"
        if extraction.holes and choice.reading != html_choice.RENDERING:
            reading += f"; html-holes put back {len(extraction.holes)} line(s) the extraction left inside the body"
        return replace(
            explanation,
            reading=reading,
            metadata=replace(metadata, title=metadata.title or explanation.metadata.title,
                             author=metadata.author or explanation.metadata.author,
                             date=metadata.date or explanation.metadata.date),
        )

    def _cleaned_again_as_text(
        self, explanation: Explanation, *, url: str | None, outlet: str | None, budget: RuleBudget,
    ) -> Explanation:
        """``explanation`` with what cleaning its text as text (``clean``)
        removes removed too, by the stage that removes it, until that removes
        nothing: the HTML path's stages skip some text stages, and its result
        is text that ``clean`` must leave as it is. Of two ways to settle it,
        the one that keeps more: all that cleaning again removes at once, or
        the later copies of lines the text repeats first (without them,
        cleaning again may keep the first copy: an article's repeated table
        header, a question put to each interviewee)."""
        first = self._removed_again(explanation.decisions, url=url, outlet=outlet, budget=budget)
        if not first[1]:
            return explanation
        # Both ways start from the same first round, cleaned once.
        at_once = self._settled_as_text(explanation, first, copies_first=False, url=url, outlet=outlet, budget=budget)
        copies_first = self._settled_as_text(explanation, first, copies_first=True, url=url, outlet=outlet,
                                             budget=budget)
        return min((at_once, copies_first), key=lambda settled: settled.removed_chars)

    def _removed_again(
        self, decisions: Sequence[Decision], *, url: str | None, outlet: str | None, budget: RuleBudget,
    ) -> tuple[list[int], dict[int, str]]:
        """The positions of the kept ``decisions``, and what cleaning their
        text again as text removes (position → stage id)."""
        kept = [i for i, decision in enumerate(decisions) if decision.kept]
        again = self._explain_blocks(resegment([decisions[i].block for i in kept]), url=url, outlet=outlet,
                                     skip_stages=(), budget=budget)
        return kept, {i: decision.removed_by for i, decision in zip(kept, again.decisions) if decision.removed_by}

    def _settled_as_text(
        self, explanation: Explanation, first: tuple[list[int], dict[int, str]], *, copies_first: bool,
        url: str | None, outlet: str | None, budget: RuleBudget,
    ) -> Explanation:
        """``explanation`` cleaned again as text until that removes nothing,
        from the ``first`` round's result (see _removed_again);
        ``copies_first``: of what a round removes, only the later copies of
        repeated lines when there are any."""
        decisions = list(explanation.decisions)
        kept, removed = first
        while removed:
            if copies_first:
                later = _later_copies(kept, decisions)
                removed = {i: remover for i, remover in removed.items() if i in later} or removed
            for i, remover in removed.items():
                decisions[i] = Decision(decisions[i].block, remover)
            kept, removed = self._removed_again(decisions, url=url, outlet=outlet, budget=budget)
        return replace(explanation, decisions=tuple(decisions))

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


def _later_copies(kept: Sequence[int], decisions: Sequence[Decision]) -> set[int]:
    """Of the ``kept`` decisions, those whose block's text an earlier one's is."""
    seen: set[str] = set()
    later = set()
    for i in kept:
        text = decisions[i].block.text
        if text in seen:
            later.add(i)
        seen.add(text)
    return later


_TEXT = operator.attrgetter("text")


@functools.lru_cache(maxsize=8)
def _without_bare_articles(settings: Settings) -> Settings:
    # Made once for each Settings, not at each pass of each page: a Settings
    # of some 170 fields takes half a millisecond to make and check.
    return replace(settings, keep_bare_articles=False)


# A Cleaner's arguments are checked before any work, each TypeError naming the argument: a wrong one would
# otherwise fail deep inside (`'int' object has no attribute 'patterns'`), or, a string for shipped_rules or
# an on_rule_error that is no function, be taken in silence until a rule file is refused.
def _detector_tuple(detectors: object) -> tuple[Detector, ...]:
    if isinstance(detectors, str | bytes) or not isinstance(detectors, Iterable):
        raise TypeError(f"detectors must be a sequence of Detector (from cleaner.detectors), "
                        f"not {type(detectors).__name__}")
    chosen = tuple(detectors)
    for one in chosen:
        if not isinstance(one, Detector):
            raise TypeError(f"detectors must hold Detector objects (from cleaner.detectors), not {type(one).__name__}")
    return chosen


def _check_options(shipped_rules: object, settings: object, on_rule_error: object) -> None:
    if not isinstance(shipped_rules, bool):
        raise TypeError(f"shipped_rules must be True or False, not {type(shipped_rules).__name__}")
    if not isinstance(settings, Settings):
        raise TypeError(f"settings must be a cleaner.Settings, not {type(settings).__name__}")
    if on_rule_error is not None and not callable(on_rule_error):
        raise TypeError(f"on_rule_error must be a function taking a RuleError, or None, "
                        f"not {type(on_rule_error).__name__}")


def _check_stages(stages: Collection[str]) -> None:
    if isinstance(stages, str | bytes) or not isinstance(stages, Iterable):  # a str would be read letter by letter
        raise TypeError(f"skip_stages must be a collection of stage ids (as ['main-content']), "
                        f"not {type(stages).__name__}")
    unknown = sorted(set(stages) - STAGE_IDS)
    if unknown:
        hints = [f"{name} is removed by a detector with another id" for name in unknown if name in OUTPUTS]
        raise ValueError(f"unknown stage id(s) {unknown}{'; ' + '; '.join(hints) if hints else ''}; "
                         f"stages: {', '.join(sorted(STAGE_IDS))}")


def text_metadata(decisions: Sequence[Decision], url: str | None, settings: Settings = DEFAULT_SETTINGS) -> Metadata:
    """Headline, byline and date among the blocks the header detectors removed."""
    by_stage: dict[str, list[str]] = {}
    for decision in decisions:
        if decision.removed_by:
            by_stage.setdefault(decision.removed_by, []).append(decision.block.text)
    headers = by_stage.get(article_header.id, [])
    headlines = by_stage.get(duplicate_headline.id) or headers[:1] or _headline_taken_as_copy(decisions, settings)
    bylines = by_stage.get(byline_dateline.id, [])
    named = [_byline_parts(b.split(" ", 1)[1]) for b in bylines if b.lower().startswith("by ")]
    authors = [name for name, _ in named if name]
    if not authors and len(headers) > 1:
        authors = headers[-1:]
    dates = [b for b in bylines if not b.lower().startswith("by ")] + [date for _, date in named if date]
    return Metadata(
        title=min(headlines, key=len) if headlines else None,
        author=authors[0] if authors else None,
        date=dates[0] if dates else None,
        url=url,
    )


# Between a byline's name and the date written after it on its line: "Jane Smith, 3 May 2024", "Jo Lee | May 3".
_SEPARATOR_MARKS, _SEPARATOR_DASHES = ",|·•", "-–—"
_BYLINE_SEPARATOR = compiled(rf"\s*[{_SEPARATOR_MARKS}]\s*|\s+[{_SEPARATOR_DASHES}]\s+")


def _byline_parts(byline: str) -> tuple[str, str | None]:
    """The name of a byline (said after its "By ") and the date written after it, past a separator, on its line;
    None where it holds none. The author was the name and the date ("Jane Smith, 3 May 2024"), the date none; a
    byline of a date alone has no name ("" : the author was ", 3 May 2024", the date none)."""
    date = ANY_DATE.search(byline) if may_hold_date(byline) else None
    if date is None:  # a separator left at the end where the CMS's date field was empty: "Jane Smith,"
        return byline.rstrip(" \t" + _SEPARATOR_MARKS + _SEPARATOR_DASHES), None
    if not _BYLINE_SEPARATOR.sub("", byline[:date.start()]).strip():  # "By , 3 May 2024", "By 3 May 2024": no name
        return "", byline[date.start():]
    cuts = list(_BYLINE_SEPARATOR.finditer(byline, 0, date.start()))
    if not cuts:
        return byline, None
    return byline[:cuts[-1].start()], byline[cuts[-1].end():]


def _headline_taken_as_copy(decisions: Sequence[Decision], settings: Settings) -> list[str]:
    """A headline of copy_min_words words or more shown twice above the story (the page's title, then its
    heading), which duplicate-copy, running first, took as a copy: a line it removed above the first kept
    block, shown again there, of headline length and ending no sentence."""
    above = list(takewhile(lambda decision: not decision.kept, decisions))
    shown = Counter(decision.block.text for decision in above)
    return [decision.block.text for decision in above
            if decision.removed_by == duplicate_copy.id and shown[decision.block.text] > 1
            and len(decision.block.text.split()) <= settings.headline_max_words
            and not features.ends_sentence(decision.block.text)][:1]


_default: Cleaner | None = None


def default_cleaner() -> Cleaner:
    """The shared Cleaner behind the module-level functions (shipped rules)."""
    global _default
    if _default is None:
        _default = Cleaner()
    return _default
