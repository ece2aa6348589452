"""Learn an outlet's boilerplate from a folder of its pages.

Pages of one outlet share their chrome: the same nav lines, appeals and
footers recur across documents while the articles differ. A line is
*recurring* when its shape (whitespace, numbers, dates and time units
generalised, so "4,213 readers chipped in" and "977 readers chipped in" are
one line) occurs in at least ``min_share`` of the documents, and never in
fewer than two. Each recurring line becomes a ``[[drop]]`` rule.

A multi-line block whose inner lines vary (a "Most read" list of rotating
headlines) becomes a ``[[drop_between]]`` rule from its first to its last
recurring line, but only when that rule, applied to every page as the
cleaner applies it, removes nothing but lines that occur in some other
document too: a line that belongs to one article never ends up in a rule.

The result is a proposed rule file: readable ids, patterns escaped and
anchored, each rule described with the number of documents it was seen in
and one example line, text signatures, and an ``[[example]]`` made from the
shortest page the rules act on, so ``cleaner rules check`` can guard later
edits.
"""

from __future__ import annotations

import json
import math
import tempfile
import tomllib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from statistics import median

import regex

from .batch import explain_bytes, find_inputs
from .decode import DecodeError
from .model import Block
from .outlets import Rule, RuleFile, parse_rule_file
from .pipeline import Cleaner

DEFAULT_MIN_SHARE = 0.3
# A line must recur in at least this many documents, whatever the share.
MIN_DOCUMENTS = 2
# Lines between the two ends of a learned block, at most: chrome boxes are
# short, and a longer run between two recurring lines is likely an article.
MAX_BLOCK_LINES = 30
# Signatures: the most widespread recurring lines at least this long.
SIGNATURE_MIN_CHARS = 12
MAX_SIGNATURES = 3
# Words of a line that make a rule id readable without making it long.
ID_WORDS = 6

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December"
           "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun"
_UNITS = "seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?"
# What varies between pages in otherwise identical chrome lines, and the
# pattern that matches every variant.
VARIABLE_PARTS: dict[str, str] = {
    "number": r"\d+(?:[,.:/-]\d+)*(?:st|nd|rd|th)?",
    "month": rf"(?i:{_MONTHS})\.?",
    "weekday": rf"(?i:{_WEEKDAYS})\.?",
    "unit": rf"(?i:{_UNITS})",
}
_VARIABLE = regex.compile(
    r"(?P<number>\d+(?:[,.:/-]\d+)*(?:st|nd|rd|th)?\b)"
    rf"|\b(?P<month>(?:{_MONTHS})\b\.?)"
    rf"|\b(?P<weekday>(?:{_WEEKDAYS})\b\.?)"
    rf"|(?<=\d )(?P<unit>(?:{_UNITS})\b)",
    regex.IGNORECASE,
)
_WORD = regex.compile(r"[^\W\d_]+")


class LearnError(ValueError):
    """The folder cannot be learned from; the message says why."""


TEXT = "text"
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
    for match in _VARIABLE.finditer(line):
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
    documents: int
    example: str


@dataclass(frozen=True)
class Learned:
    outlet: str
    documents: int
    rules: tuple[LearnedRule, ...]
    signatures: tuple[str, ...]


def read_documents(folder: Path) -> list[tuple[str, list[str]]]:
    """(file name, lines) of every readable page under ``folder``, as the
    cleaner sees them: HTML pages go through extraction first."""
    if not folder.is_dir():
        raise LearnError("not a folder")
    bare = Cleaner(shipped_rules=False, detectors=())
    documents = []
    for job in find_inputs([folder]):
        try:
            explanation = explain_bytes(bare, job.source.read_bytes(), name=job.source.name)
        except (OSError, DecodeError):
            continue  # binary, empty or unreadable: nothing to learn from
        # Every block, kept or removed: the decisions hold the whole page.
        documents.append((str(job.relative), [d.block.text for d in explanation.decisions]))
    return documents


def learn(documents: Sequence[Sequence[str]], outlet: str, min_share: float = DEFAULT_MIN_SHARE) -> Learned:
    """Propose rules for the chrome that recurs across ``documents`` (each a
    list of whitespace-normalised lines)."""
    if not 0 < min_share <= 1:
        raise LearnError(f"--min-share must be in (0, 1], not {min_share}")
    if len(documents) < MIN_DOCUMENTS:
        raise LearnError(f"need at least {MIN_DOCUMENTS} documents to tell chrome from articles, "
                         f"found {len(documents)}")
    threshold = max(MIN_DOCUMENTS, math.ceil(min_share * len(documents)))
    shapes = [[shape_of(line) for line in doc] for doc in documents]
    seen_in: Counter[Shape] = Counter(shape for doc in shapes for shape in set(doc))
    example: dict[Shape, str] = {}
    # Where a shape sits in its pages (0 top, 1 bottom): rules are listed in
    # page order, so the file reads like the page it was learned from.
    places: defaultdict[Shape, list[float]] = defaultdict(list)
    for doc, doc_shapes in zip(documents, shapes):
        for number, (line, shape) in enumerate(zip(doc, doc_shapes)):
            example.setdefault(shape, line)
            places[shape].append(number / len(doc))

    recurring = sorted((s for s, n in seen_in.items() if n >= threshold), key=lambda s: median(places[s]))
    if not recurring:
        raise LearnError(f"no line recurs in {threshold} or more of the {len(documents)} documents: "
                         f"nothing to learn (a lower --min-share?)")
    ids = _Ids()
    rules = [LearnedRule("drop", ids.make("line", s), (shape_pattern(s),), seen_in[s], example[s])
             for s in recurring]
    blocks = sorted(_varying_blocks(documents, shapes, seen_in, threshold).items(), key=lambda item: median(places[item[0][0]]))
    for (start, end), count in blocks:
        rules.append(LearnedRule(
            "drop_between", ids.make("block", start), (shape_pattern(start), shape_pattern(end)),
            count, f"{example[start]} … {example[end]}",
        ))
    return Learned(outlet, len(documents), tuple(rules), _signatures(recurring, seen_in, example))


def _varying_blocks(documents: Sequence[Sequence[str]], shapes: list[list[Shape]], seen_in: Counter[Shape],
                    threshold: int) -> dict[tuple[Shape, Shape], int]:
    """Pairs of consecutive recurring lines that, in at least ``threshold``
    documents, enclose a short run of lines each seen in two documents or
    more; kept only if the block rule, applied as the cleaner applies it,
    removes no line seen in one document only, on any page."""
    candidates: Counter[tuple[Shape, Shape]] = Counter()
    for doc in shapes:
        marks = [i for i, shape in enumerate(doc) if seen_in[shape] >= threshold]
        pairs = set()
        for i, j in zip(marks, marks[1:]):
            inner = doc[i + 1:j]
            if 0 < len(inner) <= MAX_BLOCK_LINES and all(seen_in[s] >= MIN_DOCUMENTS for s in inner):
                pairs.add((doc[i], doc[j]))
        candidates.update(pairs)
    pages = [[Block(n, line, n + 1, False) for n, line in enumerate(doc)] for doc in documents]
    return {
        pair: count for pair, count in candidates.most_common()
        if count >= threshold and _removes_only_shared_lines(pair, pages, shapes, seen_in)
    }


def _removes_only_shared_lines(pair: tuple[Shape, Shape], pages: list[list[Block]], shapes: list[list[Shape]],
                               seen_in: Counter[Shape]) -> bool:
    start, end = (regex.compile(shape_pattern(shape), regex.V1) for shape in pair)
    probe = RuleFile(id="probe", outlet="probe", path="", rules=(Rule("drop_between", "probe", (start, end)),))
    for page, page_shapes in zip(pages, shapes):
        removed = [position for position, _ in probe.apply(page)]
        # One short box per page: a longer span may be a duplicated article.
        if len(removed) > MAX_BLOCK_LINES + 2 or any(seen_in[page_shapes[p]] < MIN_DOCUMENTS for p in removed):
            return False
    return True


def _signatures(recurring: list[Shape], seen_in: Counter[Shape], example: dict[Shape, str]) -> tuple[str, ...]:
    """Patterns of the most widespread long recurring lines: they identify the
    outlet from text alone."""
    long_enough = [s for s in recurring if len(example[s]) >= SIGNATURE_MIN_CHARS and _WORD.search(example[s])]
    chosen = sorted(long_enough, key=lambda s: (-seen_in[s], -len(example[s])))[:MAX_SIGNATURES]
    return tuple("(?m)" + shape_pattern(s) for s in chosen)


class _Ids:
    """Readable, unique rule ids made from the words of a line."""

    def __init__(self) -> None:
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
        base = "-".join([prefix, *words[:ID_WORDS]])
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
    return f"seen in {rule.documents} of {total} documents, e.g. {rule.example}"


def render_rule_file(learned: Learned, example: tuple[str, str] | None = None, domains: Sequence[str] = ()) -> str:
    """The TOML text of a proposed rule file."""
    lines = [
        f"# Proposed by `cleaner learn` from {learned.documents} pages of {' '.join(learned.outlet.split())}.",
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
    if example:
        page, expected = example
        lines += [
            "", "[[example]]",
            "description = 'The shortest page, cleaned with the learned rules: check the output is its article.'",
            f"input = {_multiline_string(page)}",
            f"expected = {_multiline_string(expected)}",
        ]
    return "\n".join(lines) + "\n"


def write_rule_file(learned: Learned, documents: Sequence[Sequence[str]], path: Path,
                    domains: Sequence[str] = ()) -> None:
    """Write the proposed rules to ``path`` with an example: the shortest
    page they act on and what cleaning it with them (and the detectors)
    leaves. ``domains`` identify the outlet by URL beside its signatures."""
    path = Path(path)
    rules_only = render_rule_file(learned, domains=domains)
    # The loader must accept what we write: check before anything lands.
    parse_rule_file(tomllib.loads(rules_only), str(path), path.stem)
    with tempfile.TemporaryDirectory() as scratch:
        draft = Path(scratch) / path.name
        draft.write_text(rules_only, encoding="utf-8")
        cleaner = Cleaner([draft])
        for doc in sorted(documents, key=lambda doc: sum(map(len, doc))):
            page = "\n".join(doc) + "\n"
            explanation = cleaner.explain(page, outlet=path.stem)
            # An example in which the rules remove nothing would test nothing.
            if any(rule.startswith(path.stem + "/") for rule in explanation.removed_counts):
                break
    text = render_rule_file(learned, (page, explanation.text), domains)
    parse_rule_file(tomllib.loads(text), str(path), path.stem)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
