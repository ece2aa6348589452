"""The article's own header: headline, standfirst, byline and date lines.

These are metadata, not body; the pipeline reports the headline separately.
"""

from __future__ import annotations

import functools
from collections import defaultdict

import regex

from ..features import LINE_CACHE_SIZE, Features
from .base import Example, LinePattern, Page, detector, matching_positions

# Headlines and page titles are short; a repeated longer block is content.
HEADLINE_MAX_WORDS = 30
_TITLE_SEPARATORS = regex.compile(r"\s+[-|–—:·•»]+\s+")
_NON_WORD = regex.compile(r"[\W_]+")


# A part of a "Story - Site" title this long is a headline of its own.
TITLE_PART_MIN_WORDS = 3


@functools.lru_cache(maxsize=LINE_CACHE_SIZE)
def title_key(text: str) -> str:
    """``text`` as headlines are compared: casefolded words only."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


@functools.lru_cache(maxsize=LINE_CACHE_SIZE)
def title_keys(text: str) -> frozenset[str]:
    """The block, and each part of it between title separators ("Story - Site")."""
    keys = {title_key(text)}
    keys.update(title_key(part) for part in _TITLE_SEPARATORS.split(text) if len(part.split()) >= TITLE_PART_MIN_WORDS)
    return frozenset(keys - {""})


# A repeated line this long that ends with a full stop is a paragraph shown
# twice (a summary, a caption), not a headline: duplicate-copy decides.
SENTENCE_MIN_WORDS = 12


def _is_sentence(text: str, feats: Features) -> bool:
    return feats.words >= SENTENCE_MIN_WORDS and text.endswith((".", "。"))


@detector("duplicate-headline", examples=[
    Example("Floods close 40 schools - The Daily Example\nFloods close 40 schools\nForty schools shut on Monday as rivers rose across the region.",
            removed=("Floods close 40 schools - The Daily Example", "Floods close 40 schools")),
    Example("'We will rebuild': mayor vows after fire\n'We will rebuild': mayor vows after fire\nThe fire began at dawn.",
            removed=("'We will rebuild': mayor vows after fire", "'We will rebuild': mayor vows after fire")),
    Example("The council met.\nThe vote was close.\nThe council met again a week later and voted once more."),
])
def duplicate_headline(page: Page) -> list[int]:
    """Headline lines that a page shows more than once (as the page title
    "Story - Site", as the heading, in breadcrumbs). Repeated, short and so
    not body; the headline is metadata."""
    full_keys: dict[str, list[int]] = defaultdict(list)
    candidates = [
        i for i, (block, f) in enumerate(zip(page.blocks, page.features))
        if 0 < f.words <= HEADLINE_MAX_WORDS and not _is_sentence(block.text, f)
    ]
    candidates = [i for i in candidates if not EMBED_ATTRIBUTION.search(page.blocks[i].text)]
    for i in candidates:
        full_keys[title_key(page.blocks[i].text)].append(i)
    hits: set[int] = set()
    for positions in full_keys.values():
        if len(positions) > 1:
            hits.update(positions)
    for i in candidates:
        for key in title_keys(page.blocks[i].text):
            others = [j for j in full_keys.get(key, ()) if j != i]
            if others:
                hits.add(i)
                hits.update(others)
    return sorted(hits)


MONTH = r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?"
DATE = rf"(\b{MONTH} \d{{1,2}}(st|nd|rd|th)?,? \d{{4}}\b|\b\d{{1,2}}(st|nd|rd|th)? {MONTH},? \d{{4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}(T\d{{2}}:\d{{2}}|\b)|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b)"
BYLINE_MAX_WORDS = 20
BYLINE = LinePattern(
    r"^(by|written by|words by|story by|reporting by|posted by|author:?|reporter:?)\s+(?-i:[\p{Lu}@])",
    r"^(published|updated|posted|last updated|first published|modified)\b.{0,80}$",
    r"^\d+\s*(min(ute)?s?|hours?|days?|weeks?)\s*(read|ago)\b",
    r"^\d+\s*min(ute)?s? read$",
    r"^(reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura"
    r"|czas czytania|время чтения)\s*:?\s*\d+",
    max_words=BYLINE_MAX_WORDS,
)
_DATE = regex.compile(DATE, regex.I)
# "— Jane Doe (@janedoe) November 18, 2019": the signature of a post embedded
# in the story, which belongs to the story as a quote's attribution does.
EMBED_ATTRIBUTION = regex.compile(r"^[—–-]\s*.{1,80}\(@\w{1,40}\)")


@detector("byline-dateline", examples=[
    Example("By Jane Smith and Ali Khan\nPublished: 12 March 2023, 10:15 GMT\n4 min read\nThe strike began at dawn.",
            removed=("By Jane Smith and Ali Khan", "Published: 12 March 2023, 10:15 GMT", "4 min read")),
    Example("Associated Press November 19, 2019, 9:02 AM\nThe match lasted six hours.",
            removed=("Associated Press November 19, 2019, 9:02 AM",)),
    Example("Lesezeit: 3 Minuten\nDer Rat tagte am Montag.", removed=("Lesezeit: 3 Minuten",)),
    Example("The club confirmed the signing.\n— Example FC (@examplefc) November 20, 2019\nHe starts on Monday."),
    Example("By the end of March 2023, prices had doubled.\nThe hearing is set for November 19, 2019."),
])
def byline_dateline(page: Page) -> list[int]:
    """Byline and date lines ("By Jane Smith", "Published 12 March 2023",
    "4 min read", "Agency November 19, 2019, 9:02 AM"). A short line that
    carries a date and does not end like a sentence is a dateline."""
    hits = set(matching_positions(page, BYLINE))
    for i, (block, feats) in enumerate(zip(page.blocks, page.features)):
        if feats.words <= BYLINE_MAX_WORDS and not feats.terminal and _DATE.search(block.text):
            hits.add(i)
    return sorted(i for i in hits if not EMBED_ATTRIBUTION.search(page.blocks[i].text))


# A headline: mostly capitalised words, no sentence-final full stop.
HEADLINE_MIN_WORDS = 4
HEADLINE_TITLE_CASE_SHARE = 0.6
# A bare-name byline: two to four capitalised words.
_NAME_LINE = regex.compile(r"^[\p{Lu}][\p{Ll}'’.-]+( [\p{Lu}][\p{L}'’.-]*){1,3}$")
# Blocks allowed between the headline and the byline (a standfirst).
MAX_STANDFIRST_BLOCKS = 2
# The story's first paragraph, right after the byline, is at least this long.
BODY_START_MIN_WORDS = 25


@detector("article-header", examples=[
    Example("Council Approves New Budget After Long Debate\nThe vote ends months of wrangling.\nMaria Gomez\n"
            "The city council approved a budget of 4.2 billion dollars on Tuesday night, ending a debate that had "
            "lasted since the spring and that split the governing coalition.",
            removed=("Council Approves New Budget After Long Debate", "The vote ends months of wrangling.", "Maria Gomez")),
    Example("Amnesty International\n'The pursuit of this man is an assault on the freedom of expression.'\nJane Doe, Deputy Director\nReporters Without Borders"),
])
def article_header(page: Page) -> list[int]:
    """The headline, standfirst and bare-name byline that open an article:
    a title-case headline, up to MAX_STANDFIRST_BLOCKS blocks, then a line
    that is only a person's name, then a long first paragraph. Only before
    the first paragraph of prose: later on, such lines are content."""
    feats = page.features
    texts = page.texts()
    first_prose = next(
        (i for i, f in enumerate(feats) if f.words >= BODY_START_MIN_WORDS and f.terminal), len(texts)
    )
    for name in range(1, min(first_prose, len(texts) - 1)):
        if not _NAME_LINE.match(texts[name]) or feats[name + 1].words < BODY_START_MIN_WORDS:
            continue
        for head in range(max(0, name - 1 - MAX_STANDFIRST_BLOCKS), name):
            f = feats[head]
            if (HEADLINE_MIN_WORDS <= f.words <= HEADLINE_MAX_WORDS and not texts[head].endswith(".")
                    and f.title_case_share >= HEADLINE_TITLE_CASE_SHARE):
                return list(range(head, name + 1))
    return []


_HEADER_STAGES = frozenset({"duplicate-headline", "article-header", "byline-dateline"})
# A standfirst is a sentence or a short paragraph (shorter lines there are
# the headlines of teaser lists, each with its own byline)...
STANDFIRST_MIN_WORDS = 12
STANDFIRST_MAX_WORDS = 60
# ...between the headline and the byline, with at most these lines between
# it and the byline that are neither (a lone "By", a kicker).
STANDFIRST_MAX_GAP_BLOCKS = 1
STANDFIRST_GAP_MAX_WORDS = 2


@detector("standfirst", examples=[
    Example("Floods close 40 schools - The Daily Example\nFloods close 40 schools\n"
            "Rivers rose across the region overnight, and more rain is forecast for the weekend.\n"
            "By\nPublished: 12 March 2023\nForty schools shut on Monday as rivers rose across the region, "
            "and the council opened three shelters.",
            removed=("Rivers rose across the region overnight, and more rain is forecast for the weekend.", "By")),
    Example("Floods close 40 schools - The Daily Example\nFloods close 40 schools\n"
            "Forty schools shut on Monday as rivers rose across the region, and the council opened three shelters.\n"
            "The council said the schools would reopen when the water had gone down."),
])
def standfirst(page: Page) -> list[int]:
    """The standfirst (dek): the summary sentence set between the headline
    and the byline. It sums up the story for the page, it is not part of it;
    like the headline and byline around it, it is metadata. Headline and
    byline may already be removed by their detectors."""
    roles = {index: stage for index, stage in page.removed.items() if stage in _HEADER_STAGES}
    roles.update((page.blocks[i].index, "duplicate-headline") for i in duplicate_headline.detect(page))
    roles.update((page.blocks[i].index, "byline-dateline") for i in byline_dateline.detect(page))
    position = {block.index: i for i, block in enumerate(page.blocks)}
    hits = []
    for i, (block, feats) in enumerate(zip(page.blocks, page.features)):
        if block.index in roles or not STANDFIRST_MIN_WORDS <= feats.words <= STANDFIRST_MAX_WORDS:
            continue
        if roles.get(block.index - 1) not in ("duplicate-headline", "article-header"):
            continue
        gap: list[int] = []
        after = block.index + 1
        while after in position and after not in roles and len(gap) < STANDFIRST_MAX_GAP_BLOCKS \
                and page.features[position[after]].words <= STANDFIRST_GAP_MAX_WORDS:
            gap.append(position[after])
            after += 1
        if roles.get(after) == "byline-dateline":
            hits += [i, *gap]
    return hits
