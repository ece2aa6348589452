"""Learn an outlet's boilerplate from a folder of its pages.

Pages of one outlet share their chrome: the same nav lines, appeals, credits
and footers recur across documents while the articles differ. Only what lies
outside a page's main content counts as chrome: the main content is what the
cleaner keeps without outlet rules, so a sentence two articles quote is
never learned. Three kinds of rule are proposed:

* A line rule (``[[drop]]``) for each *recurring* line: its shape
  (whitespace, numbers, dates and time units generalised, so "4,213 readers
  chipped in" and "977 readers chipped in" are one line) lies outside the main
  content in at least ``min_share`` of the documents, and never in fewer than
  two; or it is on most documents, wherever it lies (an appeal inside every
  article), unless such sentences are most of a page's article (a report
  written from a template, only its numbers changed).
* A template rule (also ``[[drop]]``) for lines that share a frame around
  varying names: "By Maria Okafor" and "By Jan Weber and Lena Fischer" become
  ``^By <names>$``, one rule however many authors the outlet has.
* A box rule (``[[drop_between]]``) from a recurring start line to a recurring
  end line around lines that vary from page to page (a "Most read" list of
  rotating headlines), even those seen on one page only. The lines inside
  never become rules of their own. A box is proposed only when, applied to
  every page as the cleaner applies it, it removes short runs of lines that
  lie outside the main content or recur on other pages.

The result is a proposed rule file: readable ids, patterns escaped and
anchored, each rule described with the number of pages it acts on and one
example, text signatures, and ``[[example]]``s (short pages that together
exercise every rule), so ``cleaner rules check`` can guard later edits.
"""

from __future__ import annotations

import functools
import json
import math
import tempfile
import tomllib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

from .atomic import write_atomic
from .batch import InputError, find_inputs, read_page
from .blocks import segment
from .errors import DocumentError
from .features import ends_sentence, word_count
from .model import Block
from .outlets import Rule, RuleFile, parse_rule_file
from .pipeline import Cleaner
from .records import internal_error
from .run import printable
from .settings import DEFAULT_SETTINGS, Settings

# The thresholds are the ``learn_*`` fields of ``Settings``.

# Month and weekday names of the languages most pages come in (English
# abbreviations too); each is spelled out so a rule reads as its line does.
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
    "|Januar|Februar|März|Juni|Juli|Oktober|Dezember"  # German, where unlike English (Mai: French)
    "|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"  # Italian, where unlike Spanish
    "|januari|februari|maart|mei|augustus"  # Dutch, where unlike the above
)
_WEEKDAYS = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun"
    "|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag"
    "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    "|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
    "|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
    "|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
)
_UNITS = "seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?"
# Names in a byline or credit: capitalised words, joined by spaces, commas or
# short lower-case words ("Maria Okafor and Jan van der Berg").
_NAMES_PATTERN = r"\p{Lu}[\w'’.-]*(?:(?:,? | [\p{Ll}&]{1,4} (?:\p{Ll}{1,3} )?)\p{Lu}[\w'’.-]*)*"
# What varies between pages in otherwise identical chrome lines, and the
# pattern that matches every variant.
VARIABLE_PARTS: dict[str, str] = {
    "number": r"\d+(?:[,.:/-]\d+)*(?:st|nd|rd|th)?",
    "month": rf"(?i:{_MONTHS})\.?",
    "weekday": rf"(?i:{_WEEKDAYS})\.?",
    "unit": rf"(?i:{_UNITS})",
    "name": _NAMES_PATTERN,
}


# Compiled at their first use, by `cleaner learn`: at import they were most of
# the module's import time, paid by every start of the command line.
@functools.cache
def _variable() -> regex.Pattern[str]:
    return regex.compile(
        r"(?P<number>\d+(?:[,.:/-]\d+)*(?:st|nd|rd|th)?\b)"
        rf"|\b(?P<month>(?:{_MONTHS})\b\.?)"
        rf"|\b(?P<weekday>(?:{_WEEKDAYS})\b\.?)"
        rf"|(?<=\d )(?P<unit>(?:{_UNITS})\b)",
        regex.IGNORECASE,
    )


@functools.cache
def _names() -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\w){_NAMES_PATTERN}(?!\w)", regex.V1)


_WORD = regex.compile(r"[^\W\d_]+")


class LearnError(ValueError):
    """The folder cannot be learned from; the message says why."""


TEXT = "text"
NAME = "name"
Shape = tuple[tuple[str, str], ...]
"""A line as (kind, text) parts: literal text as ("text", it), variable parts
as (their kind, "") so that lines differing only there share one shape."""


def shape_of(line: str) -> Shape:
    """The shape of ``line``, e.g. ``"977 readers chipped in"`` →
    ``(("number", ""), ("text", " readers chipped in"))``.

    A line with neither a literal word nor a date in it (a bare count, a
    symbol) keeps its exact text: "any number on a line of its own" is too
    wide a rule, it would take an article's table cells too.
    """
    parts: list[tuple[str, str]] = []
    position = 0
    for match in _variable().finditer(line):
        if match.start() > position:
            parts.append((TEXT, line[position:match.start()]))
        parts.append((match.lastgroup or "", ""))
        position = match.end()
    if position < len(line):
        parts.append((TEXT, line[position:]))
    if not any(kind in ("month", "weekday") or (kind == TEXT and _WORD.search(text)) for kind, text in parts):
        return ((TEXT, line),)
    return tuple(parts)


def shape_pattern(shape: Shape) -> str:
    """The anchored pattern matching every line of ``shape``."""
    body = "".join(
        regex.escape(text, literal_spaces=True) if kind == TEXT else VARIABLE_PARTS[kind] for kind, text in shape
    )
    return f"^{body}$"


@dataclass(frozen=True)
class LearnedRule:
    kind: str
    """``drop`` or ``drop_between``."""
    id: str
    patterns: tuple[str, ...]
    pages: int
    """Pages the rule removes something from, in a file of all the rules."""
    example: str


@dataclass(frozen=True)
class Learned:
    outlet: str
    documents: int
    rules: tuple[LearnedRule, ...]
    signatures: tuple[str, ...]


def read_documents(folder: Path, repeats: list[tuple[str, str]] | None = None, hidden: list[Path] | None = None,
                   ) -> tuple[list[tuple[str, list[str]]], list[tuple[str, str]]]:
    """(file name, lines) of every readable page under ``folder``, as the
    cleaner sees them (HTML pages go through extraction first), and
    (file, reason) of each page that cannot be read or cleaned. A file met
    again under another name (a link to it, a hard link) is read once: its
    (name, first name) is added to ``repeats``; hidden files and folders,
    left out as `cleaner clean` leaves them out, to ``hidden``."""
    if not folder.is_dir():
        raise LearnError("not a folder")
    bare = Cleaner(shipped_rules=False, detectors=())
    documents, failures = [], []
    seen: dict[tuple[int, int], str] = {}  # a file's identity: the name it was first read under
    for job in find_inputs([folder], hidden):
        try:
            if job.problem:
                raise InputError(job.problem)
            # Counted twice, one page's line would count as on two, and could become a rule.
            identity = _identity(job.source)
            if identity in seen:
                if repeats is not None:
                    repeats.append((printable(str(job.source)), printable(seen[identity])))
                continue
            if identity is not None:
                seen[identity] = str(job.source)
            # As `cleaner clean` reads them: `story.html.gz` is the HTML it holds, a corpus is refused by name.
            data, kind = read_page(job.source)
            explanation = bare.explain_document(data, kind=kind, with_metadata=False)
        except DocumentError as exc:
            failures.append((printable(str(job.source)), str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 (a bug met on one page fails it alone, as `clean` fails it)
            failures.append((printable(str(job.source)), internal_error(exc)))
            continue
        # Every block, kept or removed: the decisions hold the whole page.
        documents.append((str(job.relative), [d.block.text for d in explanation.decisions]))
    return documents, failures


def _identity(path: Path) -> tuple[int, int] | None:
    """The file ``path`` names, whatever the name (device, inode); None when it cannot be looked at (reading it
    says why)."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


@dataclass(frozen=True)
class _Page:
    lines: list[str]
    shapes: list[Shape]
    units: list[Shape]
    """Per line, the shape a rule would be learned for: its template's, if it
    has one, else its own."""
    outside: list[bool]
    """Per line, whether it lies outside the page's main content."""


def learn(documents: Sequence[Sequence[str]], outlet: str, min_share: float | None = None,
          settings: Settings = DEFAULT_SETTINGS) -> Learned:
    """Propose rules for the chrome that recurs across ``documents`` (each a
    list of lines). ``min_share``: default ``settings.learn_min_share``."""
    min_share = settings.learn_min_share if min_share is None else min_share
    if not 0 < min_share <= 1:
        raise LearnError(f"--min-share must be in (0, 1], not {min_share}")
    min_documents = settings.learn_min_documents
    if len(documents) < min_documents:
        raise LearnError(f"need at least {min_documents} documents to tell chrome from articles, "
                         f"found {len(documents)}")
    threshold = max(min_documents, math.ceil(min_share * len(documents)))
    lines = [[block.text for block in segment("\n".join(doc))] for doc in documents]
    shapes = [[shape_of(line) for line in doc] for doc in lines]
    outside = _outside_main_content(lines, settings)
    templates = _templates(lines, shapes, outside, threshold)
    pages = [_Page(doc, doc_shapes, [templates.get(s, s) for s in doc_shapes], flags)
             for doc, doc_shapes, flags in zip(lines, shapes, outside)]

    boxes = _boxes(pages, _recurring(pages, threshold, settings), threshold, settings)
    # Lines in a box are the box's: a rotating headline is no rule of its own.
    line_units = _without_templated_articles(
        pages, [unit for unit in _recurring(pages, threshold, settings, boxes.covered) if unit not in boxes.rotating],
        settings)
    ids = _Ids(settings.learn_id_words)
    line_rules = {ids.make("line", unit): unit for unit in line_units}
    rules = [Rule("drop", rule_id, (_compile(shape_pattern(unit)),)) for rule_id, unit in line_rules.items()]
    rules += [_box_rule(box, ids.make("block", box.start)) for box in boxes.chosen]
    learned = _credited(rules, pages)
    if not learned:
        raise LearnError(f"no line recurs outside the articles in {threshold} or more of the {len(documents)} "
                         f"documents: nothing to learn (a lower --min-share?)")
    exact_lines = {rule_id: unit for rule_id, unit in line_rules.items() if unit not in templates.values()}
    return Learned(outlet, len(documents), tuple(learned), _signatures(learned, exact_lines, settings))


def _compile(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern, regex.V1)


def _outside_main_content(documents: list[list[str]], settings: Settings) -> list[list[bool]]:
    """Per line of each document, whether the cleaner without outlet rules
    removes it: it keeps the article, so what it removes is outside it."""
    cleaner = Cleaner(shipped_rules=False, settings=settings)
    return [[not decision.kept for decision in cleaner.explain("\n".join(doc)).decisions] for doc in documents]


def _recurring(pages: list[_Page], threshold: int, settings: Settings,
               skip: dict[int, set[int]] | None = None) -> list[Shape]:
    """Units outside the main content on ``threshold`` pages or more, or on
    most pages wherever they are (chrome inside the article, an appeal the
    cleaner keeps); positions in ``skip`` do not count."""
    outside: Counter[Shape] = Counter()
    anywhere: Counter[Shape] = Counter()
    for number, page in enumerate(pages):
        skipped = skip.get(number, set()) if skip else set()
        counted = [(unit, out) for position, (unit, out) in enumerate(zip(page.units, page.outside))
                   if position not in skipped]
        outside.update({unit for unit, out in counted if out})
        anywhere.update({unit for unit, _ in counted})
    in_article = max(threshold, settings.learn_in_article_min_documents,
                     math.ceil(settings.learn_in_article_min_share * len(pages)))
    return [unit for unit in anywhere if outside[unit] >= threshold or anywhere[unit] >= in_article]


def _without_templated_articles(pages: list[_Page], units: list[Shape], settings: Settings) -> list[Shape]:
    """``units`` less the sentences of articles written from one template (a
    tide table's or a lottery draw's report, only its numbers changed): on a
    page where recurring sentences are more than
    ``learn_article_max_recurring_share`` of the main content's words, they
    are the article, not an appeal inside it."""
    candidates = set(units)
    templated: set[Shape] = set()
    for page in pages:
        article = [(line, unit) for line, unit, out in zip(page.lines, page.units, page.outside) if not out]
        sentences = [(line, unit) for line, unit in article if unit in candidates and ends_sentence(line)]
        ratios = settings.cjk_chars_per_word, settings.southeast_asian_chars_per_word
        recurring = sum(word_count(line, *ratios) for line, _ in sentences)
        words = sum(word_count(line, *ratios) for line, _ in article)
        if recurring > settings.learn_article_max_recurring_share * words:
            templated.update(unit for _, unit in sentences)
    return [unit for unit in units if unit not in templated]


# -- templates: a fixed frame around varying names --------------------------

def _templates(lines: list[list[str]], shapes: list[list[Shape]], outside: list[list[bool]],
               threshold: int) -> dict[Shape, Shape]:
    """The template of each line shape that has one. Lines outside the main
    content whose shapes differ only in names ("By Maria Okafor", "By Jan
    Weber") share a template when they are on ``threshold`` pages or more."""
    members: defaultdict[Shape, dict[Shape, tuple[tuple[str, ...], str]]] = defaultdict(dict)
    pages: defaultdict[Shape, set[int]] = defaultdict(set)
    for number, (doc, doc_shapes, flags) in enumerate(zip(lines, shapes, outside)):
        for line, shape, out in zip(doc, doc_shapes, flags):
            for frame, names in _frames_of(shape) if out else ():
                members[frame].setdefault(shape, (names, line))
                pages[frame].add(number)
    templates: dict[Shape, Shape] = {}
    # Frames that keep a line's first word ("By …") go first: they are the tighter ones.
    for frame, group in sorted(members.items(), key=lambda item: item[0][0][0] != TEXT):
        group = {shape: member for shape, member in group.items() if shape not in templates}
        if len(group) < 2 or len(pages[frame]) < threshold:
            continue
        template = _template(frame, [names for names, _ in group.values()])
        if template and all(_compile(shape_pattern(template)).search(line) for _, line in group.values()):
            templates.update(dict.fromkeys(group, template))
    return templates


def _frames_of(shape: Shape) -> list[tuple[Shape, tuple[str, ...]]]:
    """The frames of ``shape``, each with the names it leaves out: its text
    with every run of capitalised names a name slot, and, when the line
    starts with such a run, the same with the run's first word kept (a
    line's first word is capitalised whatever it is: "By", "Photo")."""
    parts: list[tuple[str, str]] = []
    names: list[str] = []
    for kind, text in shape:
        position = 0
        for match in _names().finditer(text) if kind == TEXT else ():
            parts += [(TEXT, text[position:match.start()]), (NAME, "")]
            names.append(match.group())
            position = match.end()
        parts.append((kind, text[position:]))
    frame = tuple(part for part in parts if part[0] != TEXT or part[1])
    frames = [(frame, tuple(names))] if names else []
    if frame and frame[0][0] == NAME:
        first, _, rest = names[0].partition(" ")
        if _names().fullmatch(rest):
            frames.insert(0, (((TEXT, first + " "), *frame), (rest, *names[1:])))
    return frames


def _template(frame: Shape, variants: list[tuple[str, ...]]) -> Shape | None:
    """The template of lines with ``frame`` and these names: a slot that is
    the same in every line stays literal, and so do the words every name in
    a slot starts or ends with ("By" in "By Maria Okafor"). None unless some
    slot holds names of people (mostly two words or more) and the frame
    keeps a word of its own."""
    slots = iter(zip(*variants))
    parts: list[tuple[str, str]] = []
    people = False
    for kind, text in frame:
        if kind != NAME:
            parts.append((kind, text))
            continue
        values = next(slots)
        if len(set(values)) == 1:
            parts.append((TEXT, values[0]))
            continue
        words = [value.split(" ") for value in values]
        shortest = min(map(len, words))
        lead = _common_length(words, shortest - 1)
        trail = _common_length([w[::-1] for w in words], shortest - 1 - lead)
        middles = [w[lead:len(w) - trail] for w in words]
        people = people or 2 * sum(len(m) >= 2 for m in middles) >= len(middles)
        first = words[0]
        parts += [(TEXT, " ".join(first[:lead]) + " " * bool(lead)), (NAME, ""),
                  (TEXT, " " * bool(trail) + " ".join(first[len(first) - trail:]))]
    merged: list[tuple[str, str]] = []
    for kind, text in parts:
        if merged and kind == TEXT and merged[-1][0] == TEXT:
            merged[-1] = (TEXT, merged[-1][1] + text)
        elif kind != TEXT or text:
            merged.append((kind, text))
    framed = any(len(word) >= 2 for kind, text in merged if kind == TEXT for word in _WORD.findall(text))
    return tuple(merged) if people and framed else None


def _common_length(sequences: list[list[str]], limit: int) -> int:
    """How many leading items all ``sequences`` share, at most ``limit``."""
    length = 0
    while length < limit and len({tuple(s[length:length + 1]) for s in sequences}) == 1:
        length += 1
    return length


# -- boxes: a start and an end line around varying lines --------------------

@dataclass(frozen=True)
class _Box:
    start: Shape
    end: Shape
    spans: dict[int, list[tuple[int, int]]]
    """Per page it acts on, the (start, end) positions of each box."""

    def positions(self, page: int) -> set[int]:
        return {p for first, last in self.spans.get(page, []) for p in range(first, last + 1)}


@dataclass(frozen=True)
class _Boxes:
    chosen: list[_Box]
    covered: dict[int, set[int]]
    """Per page, the positions the chosen boxes cover."""
    rotating: set[Shape]
    """The lines that vary inside boxes, chosen or not: never rules of their own."""


def _boxes(pages: list[_Page], recurring: list[Shape], threshold: int, settings: Settings) -> _Boxes:
    """Boxes on ``threshold`` pages or more. A box that would take article
    text on some page is not chosen, but the lines rotating inside it on the
    other pages are rotating all the same. Where two boxes overlap, the one
    on more pages wins, then the shorter ("Most read" … "End of most read"
    over "Most read" … footer)."""
    marks = set(recurring)
    pairs: Counter[tuple[Shape, Shape]] = Counter()
    for page in pages:
        found = [i for i, unit in enumerate(page.units) if unit in marks]
        pairs.update({(page.units[i], page.units[j]) for n, i in enumerate(found) for j in found[n + 1:]
                      if j - i - 1 <= settings.learn_max_box_lines and page.units[i] != page.units[j]})
    shared = Counter(shape for page in pages for shape in set(page.shapes))
    safe_boxes, rotating = [], set()
    for (start, end), count in pairs.items():
        if count < threshold:
            continue
        box = _Box(start, end, {n: s for n, page in enumerate(pages) if (s := _spans(page.units, start, end))})
        safe = _Box(start, end, {n: kept for n, spans in box.spans.items()
                                 if (kept := [span for span in spans if _is_safe(pages[n], span, shared, settings)])})
        varying = _rotating_lines(safe, pages, settings) if len(safe.spans) >= threshold else set()
        rotating |= varying
        if varying and safe == box:
            safe_boxes.append(box)
    candidates = sorted((box for box in safe_boxes if not {box.start, box.end} & rotating),
                        key=lambda box: (-len(box.spans), sum(b - a for s in box.spans.values() for a, b in s)))
    chosen: list[_Box] = []
    covered: defaultdict[int, set[int]] = defaultdict(set)
    for box in candidates:
        if any(covered[n] & box.positions(n) for n in box.spans) or not _acts_as_simulated(box, pages):
            continue
        chosen.append(box)
        for n in box.spans:
            covered[n] |= box.positions(n)
    return _Boxes(chosen, covered, rotating)


def _spans(units: list[Shape], start: Shape, end: Shape) -> list[tuple[int, int]]:
    """Where a ``[[drop_between]]`` rule from ``start`` to ``end`` acts."""
    spans, opened = [], None
    for position, unit in enumerate(units):
        if opened is None and unit == start:
            opened = position
        elif opened is not None and unit == end:
            spans.append((opened, position))
            opened = None
    return spans


def _rotating_lines(box: _Box, pages: list[_Page], settings: Settings) -> set[Shape]:
    """The lines that vary inside ``box``, if they vary and rotate: on a
    typical page, enough of them are missing from some other page's box,
    and some of those are in two boxes or more (a page's own headline
    between two chrome lines is in no other). Else none."""
    from statistics import median  # here, not at the top: its import costs every command's start

    insides = [pages[n].units[a + 1:b] for n, spans in box.spans.items() for a, b in spans]
    fixed = set.intersection(*(set(inside) for inside in insides))
    varying = [[unit for unit in inside if unit not in fixed] for inside in insides]
    boxes_with: Counter[Shape] = Counter(unit for units in varying for unit in set(units))
    if (median(map(len, varying)) < settings.learn_min_box_varying_lines
            or max(boxes_with.values()) < settings.learn_min_documents):
        return set()
    return set(boxes_with)


def _is_safe(page: _Page, span: tuple[int, int], shared: Counter[Shape], settings: Settings) -> bool:
    """Whether a box is short and takes no line of one article: each line it
    removes lies outside the main content or recurs on another page."""
    first, last = span
    return last - first - 1 <= settings.learn_max_box_lines and all(
        page.outside[p] or shared[page.shapes[p]] >= settings.learn_min_documents for p in range(first, last + 1))


def _acts_as_simulated(box: _Box, pages: list[_Page]) -> bool:
    """Whether the box's patterns remove, on every page, exactly the lines
    its shapes did: a pattern that also matches other lines is no box."""
    probe = RuleFile(id="probe", outlet="probe", path="", rules=(_box_rule(box, "probe"),))
    return all({p for p, _ in probe.apply(_blocks(page.lines))} == box.positions(n) for n, page in enumerate(pages))


def _box_rule(box: _Box, rule_id: str) -> Rule:
    return Rule("drop_between", rule_id, (_compile(shape_pattern(box.start)), _compile(shape_pattern(box.end))))


def _blocks(lines: list[str]) -> list[Block]:
    return [Block(n, line, n + 1, False) for n, line in enumerate(lines)]


# -- the proposal ----------------------------------------------------------

def _credited(rules: list[Rule], pages: list[_Page]) -> list[LearnedRule]:
    """The rules in page order (where each first acts, typically), each with
    the pages it removes something from in a file of them all, and its first
    removal as an example. A rule the others leave nothing to is dropped."""
    from statistics import median

    places: dict[str, list[float]] = defaultdict(list)
    for rule in rules:
        alone = RuleFile(id="probe", outlet="probe", path="", rules=(rule,))
        for page in pages:
            first = next(alone.apply(_blocks(page.lines)), None)
            if first:
                places[rule.id].append(first[0] / len(page.lines))
    ordered = sorted((rule for rule in rules if places[rule.id]), key=lambda rule: median(places[rule.id]))
    together = RuleFile(id="probe", outlet="probe", path="", rules=tuple(ordered))
    acted: Counter[str] = Counter()
    removed: dict[str, list[str]] = {}  # on the first page each rule acts on: the example
    for page in pages:
        hits: defaultdict[str, list[str]] = defaultdict(list)
        for position, rule_id in together.apply(_blocks(page.lines)):
            hits[rule_id].append(page.lines[position])
        acted.update(hits.keys())
        for rule_id, lines in hits.items():
            removed.setdefault(rule_id, lines)
    return [LearnedRule(rule.kind, rule.id, tuple(p.pattern for p in rule.patterns), acted[rule.id],
                        _example(rule.kind, removed[rule.id]))
            for rule in ordered if acted[rule.id]]


def _example(kind: str, removed: list[str]) -> str:
    if kind == "drop":
        return removed[0]
    return f"{removed[0]} … {removed[-1]} ({len(removed) - 2} lines between)"


def _signatures(rules: list[LearnedRule], exact_lines: dict[str, Shape], settings: Settings) -> tuple[str, ...]:
    """Patterns of the most widespread long lines the rules remove (names
    left out: many outlets print bylines): they identify the outlet from
    text alone."""
    long_enough = [rule for rule in rules if rule.id in exact_lines
                   and len(rule.example) >= settings.learn_signature_min_chars and _WORD.search(rule.example)]
    chosen = sorted(long_enough, key=lambda rule: (-rule.pages, -len(rule.example)))[:settings.learn_max_signatures]
    return tuple("(?m)" + shape_pattern(exact_lines[rule.id]) for rule in chosen)


class _Ids:
    """Readable, unique rule ids made from the words of a line."""

    def __init__(self, max_words: int) -> None:
        self.max_words = max_words
        self.used: set[str] = set()

    def make(self, prefix: str, shape: Shape) -> str:
        # Variable parts read as their kind ("weekday", "month"); numbers vanish.
        words: list[str] = []
        for kind, text in shape:
            if kind == "number":
                continue
            for word in _WORD.findall(text.lower()) if kind == TEXT else [kind]:
                if not words or words[-1] != word:
                    words.append(word)
        if not words:  # a line of digits or symbols: name it by what it has
            words = regex.findall(r"\w+", "".join(text for _, text in shape)) or ["symbols"]
        base = "-".join([prefix, *words[:self.max_words]])
        candidate, n = base, 1
        while candidate in self.used:
            n += 1
            candidate = f"{base}-{n}"
        self.used.add(candidate)
        return candidate


# -- writing the rule file -------------------------------------------------

_TOML_CONTROL = regex.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def toml_string(value: str) -> str:
    """A TOML string for ``value``: a literal '...' string where it can be
    one (patterns stay readable), else a basic "..." string with escapes."""
    if "'" not in value and not _TOML_CONTROL.search(value):
        return f"'{value}'"
    return _basic_string(value)


def _basic_string(value: str) -> str:
    # JSON string escapes are valid TOML basic-string escapes, except that
    # JSON leaves DEL raw, which TOML forbids.
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def _multiline_string(value: str) -> str:
    if "'''" not in value and not regex.search(r"[\x00-\x08\x0b-\x1f\x7f]", value):
        return f"'''\n{value}'''"  # TOML drops the newline right after '''
    return _basic_string(value)


def _description(rule: LearnedRule, total: int) -> str:
    return f"acts on {rule.pages} of {total} pages, e.g. {rule.example}"


PROPOSED_BY = "# Proposed by `cleaner learn` "
"""How a rule file `cleaner learn` writes begins: what tells it from one written by hand (`cleaner learn -o`
rewrites only such a file)."""


def render_rule_file(learned: Learned, examples: Sequence[tuple[str, str]] = (), domains: Sequence[str] = ()) -> str:
    """The TOML text of a proposed rule file; ``examples`` are (page, its
    cleaned text) pairs."""
    lines = [
        f"{PROPOSED_BY}from {learned.documents} pages of {' '.join(learned.outlet.split())}.",
        "# Review before use: delete rules that remove article text" + ("." if domains else ", add domains."),
        f"outlet = {toml_string(learned.outlet)}",
        *([f"domains = [{', '.join(toml_string(d) for d in domains)}]"] if domains else []),
        f"signatures = [{', '.join(toml_string(s) for s in learned.signatures)}]",
        f"min_signatures = {min(2, len(learned.signatures)) or 1}",
    ]
    for rule in learned.rules:
        lines += ["", f"[[{rule.kind}]]", f"id = {toml_string(rule.id)}"]
        if rule.kind == "drop":
            lines.append(f"pattern = {toml_string(rule.patterns[0])}")
        else:
            lines += [f"start = {toml_string(rule.patterns[0])}", f"end = {toml_string(rule.patterns[1])}"]
        lines.append(f"description = {toml_string(_description(rule, learned.documents))}")
    for page, expected in examples:
        lines += [
            "", "[[example]]",
            "description = 'A page cleaned with the learned rules: check the output is its article.'",
            f"input = {_multiline_string(page)}",
            f"expected = {_multiline_string(expected)}",
        ]
    return "\n".join(lines) + "\n"


def write_rule_file(learned: Learned, documents: Sequence[Sequence[str]], path: Path,
                    domains: Sequence[str] = ()) -> None:
    """Write the proposed rules to ``path`` with examples: the shortest pages
    that together exercise every rule, and what cleaning each with the rules
    (and the detectors) leaves. ``domains`` identify the outlet by URL beside
    its signatures."""
    path = Path(path)
    rules_only = render_rule_file(learned, domains=domains)
    # The loader must accept what we write: check before anything lands.
    rule_file = parse_rule_file(tomllib.loads(rules_only), str(path), path.stem)
    pages = ["\n".join(doc) + "\n" for doc in documents]
    # What the cleaner credits each rule with: a line two rules match is the first rule's.
    acting = [{rule_id for _, rule_id in rule_file.apply(segment(page))} for page in pages]
    with tempfile.TemporaryDirectory() as scratch:
        draft = Path(scratch) / path.name
        draft.write_text(rules_only, encoding="utf-8")
        cleaner = Cleaner([draft])
        examples = [(pages[n], cleaner.explain(pages[n], outlet=path.stem).text)
                    for n in _covering(acting, [len(page) for page in pages])]
    text = render_rule_file(learned, examples, domains)
    parse_rule_file(tomllib.loads(text), str(path), path.stem)
    # A run stopped (or a power cut) while writing leaves the file that was there, not half a new one.
    write_atomic(path, text, durable=True)


def _covering(acting: list[set[str]], sizes: list[int]) -> list[int]:
    """Pages that together have every rule act, chosen greedily: the page
    adding the most rules, the shortest among equals."""
    chosen: list[int] = []
    missing = set().union(*acting)
    while missing:
        best = min(range(len(acting)), key=lambda n: (-len(acting[n] & missing), sizes[n]))
        chosen.append(best)
        missing -= acting[best]
    return chosen
