"""Main-content selection: keep the article's region, drop what lies outside.

Four steps, in the shape of jusText, each named in ``cleaner explain``:

1. Context-free classification of each block as GOOD (prose paragraph),
   NEAR (a short sentence), SHORT (a few words) or BAD (long but not prose:
   headline lists, menus of phrases). Right under the story's header, lines
   of prose in another language than the page's are paragraphs when they
   hold most of the page's prose: the page's language was guessed from its
   chrome (a German blog around a review in English).
2. ``main-content``: the maximum-scoring contiguous run of blocks, where prose
   scores its word count and everything else costs (the body-text-extraction
   idea), but for a short line that opens what follows ("Among them:").
   Chrome that detectors removed costs a region that crosses it, so the
   region ends where the page's chrome begins. A region before the best
   one that scores nearly as much is the story, and the best one is kept
   beside it when it holds a run of paragraphs (the story's second half, or
   a story under a site's welcome text) or one paragraph under a headline,
   and no comment prompt parts them (unless the comments under it were
   removed: then the best region is what follows them, a sidebar's deals):
   reviews and comments under the story go. A run of paragraphs right under
   the story's header (headline, byline) is kept beside the best region
   when that lies below the header, or above it with no header of its own:
   a short story is not gambled away for a longer stretch of prose set apart
   by chrome. A story above a comment prompt is the story when the best
   region lies in the comments under the prompt or carries a brief into
   them (``comment-shape``: readers' comments the detectors left, each
   under a name and a date or "Reply"). A region of a few words (a site's
   tagline) outside the wordiest stretch between two pieces of chrome gives
   way to that stretch: there the story is a list or a program that scores nothing as prose.
   A run of paragraphs under the page's chrome, before a best region that
   holds one too and scoring a good share of it, stays beside it: a short
   story whose headline went with the menu, above a blog's "about me" box.
   Where selection keeps little of the page's prose, the region that scores
   every prose block its words (short sentences, unpunctuated steps) is kept
   beside it: a story of one-line steps is not lost to a wordier blurb. And
   the page's last text, a heading under chrome over a run of sentences, is
   kept beside a region above that chrome: a club's one news item under the
   site's welcome text.
3. ``teaser-tail``: prose blocks after the story's last run of paragraphs,
   each alone under a headline or a name, are teasers or comments: dropped,
   but for the story's last sections opening that tail, each a subheading
   over a paragraph.
   ``before-header``: prose before the story's headline and byline is a
   summary or another story's teaser: dropped, but for a line that reads
   as the story's lead.
4. Inside what is left, GOOD and NEAR blocks stay, and SHORT or BAD blocks
   stay only when prose surrounds them (revision by neighbours); a subheading
   right before a paragraph and a quote's attribution right after it stay too.
5. A structured list right after the story (tour dates, results) stays, and
   so does a table rendered a cell a line (mostly numbers) or announced by
   the story's last line ("His record stands thus:"), and a table a row a
   line (rows of numbers, a scorecard) with the story's text under it: the list
   detectors have removed the lists of other articles by then; last, a match
   report's "Label: value" lines (venue, goals) when a team's line-up is among them. A run of
   short structured lines right above the story, under its header or the
   page's chrome (ingredients, specifications), stays too.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from enum import Enum

from .cache import compiled
from .detectors import Role, ids_with_role
from .detectors.base import chrome_found, table_row
from .detectors.copies import copy_key, duplicate_copy
from .detectors.chrome import (CONS_HEADING, PROS_HEADING, cell_tables, comment_prompt, comment_thread, cookie_notice,
                               nav_menu, verdict_box_at)
from .detectors.appeals import donation_appeal, newsletter_box, newsletter_prompt
from .detectors.footers import author_bio, copyright_licence, privacy_notice
from .detectors.headers import (ANY_DATE, KEY_POINTS_HEADING, clock_time_lines, closing_lines, duplicate_headline,
                               embed_attribution, event_facts_under, issuer_closing, key_points, key_points_shaped,
                               lead_above_header, lead_shaped, life_dates, quote_or_contact, sign_off_at, signers_at,
                               ticker_stamps)
from .detectors.lists import STORY_END_STAGES, story_bullet, table_of_contents
from .features import BIDI_CONTROLS, LINE_CACHE_SIZE, Features, measure, without_link_marks
from .fragments import goes_on_under_box, joined
from .language import identify, stopwords_for
from .model import Block, Page
from .settings import Settings

SELECTION_ID = "main-content"
TEASER_TAIL_ID = "teaser-tail"
BEFORE_HEADER_ID = "before-header"
CHROME_TAIL_ID = "chrome-tail"
FOOTER_NOTICE_ID = "past-footer-notice"
COMMENT_SHAPE_ID = "comment-shape"
# Every id main-content selection removes a block with.
SELECTION_STAGES = frozenset({SELECTION_ID, TEASER_TAIL_ID, BEFORE_HEADER_ID, CHROME_TAIL_ID, FOOTER_NOTICE_ID,
                              COMMENT_SHAPE_ID})

_CLOSING_QUOTES = ("'", '"', "”", "’", "»", "」", "』")
# How a quote of its own opens: a quotation mark of any language (German
# »…« too), or the dash of a dialogue's line.
_OPENING_QUOTES = ("'", '"', "“", "„", "‘", "‚", "«", "»", "‹", "›", "「", "『", "—", "–")


def quote_of_its_own(text: str) -> bool:
    """Whether a paragraph is one quote from its first character to its
    last: the line under it may name the speaker. A paragraph that only ends
    on a quote, or holds two with the speaker between them ("…," she said.
    "…"), names the speaker itself."""
    if not (text.startswith(_OPENING_QUOTES) and text.endswith(_CLOSING_QUOTES)):
        return False
    return not compiled(_QUOTE_CLOSED_INSIDE.format(mark=re.escape(text[-1]))).search(text, 0, len(text) - 1)


def _speaker_or_sentence(quote: int, line: int, page: Page) -> bool:
    """Whether block ``line``, right under block ``quote`` that ends on a
    quote, belongs to it: the speaker's name under a quote of its own, or a
    line that reads as a sentence (it ends like one, or is more than a
    label's short_max_words words with the stopwords of prose: the story's
    closing line, a sign-off). Under a paragraph that names its speaker
    itself, a row of tags is neither."""
    text, feats, settings = page.blocks[quote].text, page.features[line], page.settings
    return text.endswith(_CLOSING_QUOTES) and (quote_of_its_own(text) or feats.terminal or (
        feats.words > settings.short_max_words and feats.stopword_density >= settings.stopword_min_density))


# The paragraph's closing mark inside it, before a space or a clause's mark:
# a quote closed before the end.
_QUOTE_CLOSED_INSIDE = r"{mark}[\s,.;:]"


class Kind(Enum):
    GOOD = "good"
    NEAR = "near"
    SHORT = "short"
    BAD = "bad"


def classify(features: Features, stoplist_known: bool, settings: Settings) -> Kind:
    """Context-free class of one block."""
    # A long line without a comma or full stop is a tag cloud, an archive of
    # months or a list of names, whatever words it is made of.
    if features.words >= settings.unpunctuated_list_min_words and not features.clause_marks:
        return Kind.BAD
    prose_words = not stoplist_known or features.stopword_density >= settings.stopword_min_density
    if features.words >= settings.good_any_end_min_words and prose_words:
        return Kind.GOOD
    # Thai and Lao end a sentence with a space and the paragraph with the
    # line: a line of theirs that holds a sentence's end ends its last one too.
    if features.words >= settings.good_min_words and prose_words and (
            features.terminal or (features.unmarked_end and features.clause_marks)):
        return Kind.GOOD
    if features.words <= settings.short_max_words:
        return Kind.SHORT
    # One of theirs that holds none may be a sentence as well as a headline:
    # it costs the region what a headline does (see score), but inside the
    # region it is a line of the story's body, as a short sentence is.
    if features.terminal or features.unmarked_end or (
        stoplist_known and features.words >= settings.good_min_words
        and features.stopword_density >= settings.list_item_stopword_density
    ):
        return Kind.NEAR
    return Kind.BAD


# How a line that opens what follows ends: "Among them:", "The best part
# comes now:" (and the full-width colon of Chinese and Japanese, Khmer's ៖,
# Thai's "ดังนี้", "as follows", where Thai sets no colon).
_LEAD_IN_ENDS = (":", "：", "៖", "ดังนี้")


def lead_in(text: str) -> bool:
    """Whether a line ends in a colon: it opens the sentence, list or quote
    that follows, and belongs with it (direction marks after it aside)."""
    return text.rstrip(BIDI_CONTROLS).endswith(_LEAD_IN_ENDS)


# The bullets text renderers set before a list's items (w3m "•", "◦", "▪"; lynx and html2text "*", "+"):
# not "o" (lynx's, a word too) nor a dash (a line of its own in verse and dialogue).
_LIST_MARKS = frozenset("•◦▪‣·*+")


def score(kind: Kind, features: Features, settings: Settings, text: str) -> float:
    """What block ``text`` adds to a region that holds it."""
    if kind is Kind.GOOD:
        return features.words
    if kind is Kind.NEAR and not features.unmarked_end:
        # An unpunctuated one costs nothing inside a story but does not
        # extend one either: at a story's edge it is as likely a headline.
        # (A line of Thai or Lao costs what a BAD one does: a list of their
        # headlines is as many such lines.)
        return settings.near_score if features.terminal else 0.0
    if kind is Kind.SHORT and lead_in(text):
        # A short lead-in ("The best part comes now:") costs nothing either:
        # the story does not stop short of the sentence that opens a paragraph.
        return 0.0
    if kind is Kind.SHORT and settings.bare_list_mark_costs_nothing and text in _LIST_MARKS:
        # Nor does a list's mark alone on its line (w3m and lynx set it so over an item that opens
        # with a paragraph): it is the item's, as the renderers that leave it out show.
        return 0.0
    return -min(settings.bad_max_cost, max(settings.bad_min_cost, features.words * settings.bad_cost_per_word))


def best_region(scores: list[float]) -> range:
    """The contiguous run with the largest total score (Kadane)."""
    best_total, best = 0.0, range(0)
    total, start = 0.0, 0
    for i, value in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += value
        if total > best_total:
            best_total, best = total, range(start, i + 1)
    return best


# Blocks removed by a chrome detector cost a region that crosses them: share
# bars, list headings and comment prompts are where an article ends. Ad
# labels, captions and outlet rules remove things inside articles.
CHROME_STAGES = ids_with_role(Role.CHROME)


def gap_costs(page: Page) -> list[float]:
    """For each block, the cost of the chrome removed just before it; none
    for a box of at most box_in_sentence_max_lines lines set inside a
    sentence or a list (see goes_on_under_box): no story ends there (a
    list's next items under a box of links or a newsletter pitch)."""
    costs, previous = [], -1
    removed, cost = page.removed, page.settings.removed_block_cost
    box_lines = page.settings.box_in_sentence_max_lines
    for k, block in enumerate(page.blocks):
        if previous < 0:
            costs.append(0.0)
        elif block.index == previous + 1:  # most blocks: nothing removed just before, nothing counted
            costs.append(0 * cost)
        else:
            chrome = sum(1 for index in range(previous + 1, block.index) if removed.get(index) in CHROME_STAGES)
            if (chrome and block.index - previous - 1 <= box_lines
                    and goes_on_under_box(page.blocks[k - 1].text, block.text,
                                          page.settings.box_under_sentence_piece)):
                chrome = 0
            costs.append(chrome * cost)
        previous = block.index
    return costs


# What detectors remove from between two paragraphs of one story: lines
# there do not break the run of paragraphs (repeated lines include section
# separators such as "___" and the attributions of embedded posts).
STORY_INTERRUPTIONS = ids_with_role(Role.INTERRUPTION)


def _story_continues(a: int, b: int, page: Page) -> bool:
    """Whether nothing lies between page blocks a < b but story
    interruptions (removed) and the signatures of embedded posts (kept)."""
    if b == a + 1 and page.adjacent(b):  # most asks: nothing between
        return True
    between = range(a + 1, b)
    if not all(embed_attribution(page.blocks[j].text) or newsletter_pitch(j, page) for j in between):
        return False
    kept = {page.blocks[j].index for j in between}
    return all(
        page.removed.get(i) in STORY_INTERRUPTIONS or _newsletter_form_consent(i, page)
        for i in range(page.blocks[a].index + 1, page.blocks[b].index) if i not in kept
    )


def _list_continues(a: int, b: int, page: Page) -> bool:
    """Whether the story's list or table goes on from block a to block b > a:
    nothing lies between them but story interruptions (see _story_continues)
    or a box set inside the story (see _box_in_story)."""
    return _story_continues(a, b, page) or _box_in_story(a, b, page)


def _box_in_story(a: int, b: int, page: Page) -> bool:
    """Whether only a box set inside the story (a cookie banner, a
    newsletter box, a related list) stands between page blocks a < b: at
    most list_across_box_max_lines lines, all removed (a newsletter's pitch
    left between its prompt and button aside), none a comment prompt or
    thread, a header line, a footer notice, the page's menu or a mark under
    the story's end (its tags, its share bar: the page's own results and
    fixtures stand under those); and it stands among the list's lines: the
    list_under_box_min_items blocks right above it and right under it, each
    one right under the other, are list items or short lines that end no
    sentence (see _item_or_short_line_kind; teasers under the story's last
    paragraph stand under no item). A list's items score nothing, so
    selection's region stops at such a box, and the rows under it, no
    paragraphs, are no half of the story."""
    least = page.settings.list_under_box_min_items
    above, under = range(a + 1 - least, a + 1), range(b, b + least)
    if above.start < 0 or under.stop > len(page.blocks) or any(
            _item_or_short_line_kind(i, page) is None or (i > side.start and not page.adjacent(i))
            for side in (above, under) for i in side):
        return False
    return _only_box_between(a, b, page)


def _only_box_between(a: int, b: int, page: Page) -> bool:
    """Whether only a box that may stand inside a story's list stands
    between page blocks a < b (see _box_in_story), whatever their lines."""
    top, bottom = page.blocks[a].index, page.blocks[b].index
    if not 0 < bottom - top - 1 <= page.settings.list_across_box_max_lines:
        return False
    if not all(newsletter_pitch(j, page) for j in range(a + 1, b)):
        return False
    kept = {page.blocks[j].index for j in range(a + 1, b)}
    return all(i in page.removed and page.removed[i] not in _NOT_IN_LIST_BOX
               for i in range(top + 1, bottom) if i not in kept)


# What removes a newsletter box's lines: its prompts and buttons, its heading and pitch.
NEWSLETTER_STAGES = frozenset({newsletter_prompt.id, newsletter_box.id})


def _newsletter_form_field(line: int, page: Page) -> bool:
    """Whether page line ``line`` is the consent or e-mail field of a
    newsletter form: privacy-notice removed it, right next to a line of the
    box's ("Your email address" between the prompt and its button)."""
    return (page.removed.get(line) == privacy_notice.id
            and any(page.removed.get(near) in NEWSLETTER_STAGES for near in (line - 1, line + 1)))


def _newsletter_form_consent(line: int, page: Page) -> bool:
    """Whether page line ``line`` is a newsletter form's field (see
    _newsletter_form_field) that interrupts the story as the box's prompt
    does: part of a box set between two of the story's paragraphs, where a
    privacy notice on its own is the page's footer
    (newsletter_form_consent_interrupts)."""
    return page.settings.newsletter_form_consent_interrupts and _newsletter_form_field(line, page)


def _newsletter_line(line: int, page: Page) -> bool:
    return page.removed.get(line) in NEWSLETTER_STAGES or _newsletter_form_field(line, page)


def _newsletter_box_line(line: int, page: Page) -> bool:
    """Whether page line ``line`` is a newsletter box's: a prompt, a button,
    the box's heading or pitch, the form's field (see _newsletter_line), or
    the pitch the detectors left between those (see newsletter_pitch)."""
    if _newsletter_line(line, page):
        return True
    if line in page.removed:
        return False
    block = bisect_left(page.indices, line)
    return block < len(page.blocks) and page.blocks[block].index == line and newsletter_pitch(block, page)


def newsletter_pitch(block: int, page: Page) -> bool:
    """Whether block ``block`` is a newsletter box's pitch that the box
    detectors left (its heading was the prompt): a line of at most
    newsletter_box_pitch_max_words words with a line of the box (a prompt, a
    button, the form's consent) right above it and right under it. Not the
    story's: selection keeps it as no paragraph, and the story goes on
    across it as across the box (newsletter_pitch_is_box)."""
    settings = page.settings
    line = page.blocks[block].index
    return (settings.newsletter_pitch_is_box and page.features[block].words <= settings.newsletter_box_pitch_max_words
            and _newsletter_line(line - 1, page) and _newsletter_line(line + 1, page))


def adjacent_pairs(prose: list[int], page: Page) -> list[int]:
    """Each k where prose[k] and prose[k + 1] are consecutive paragraphs of
    one run: both end like sentences (an unpunctuated line may be a
    headline; a line of Thai or Lao that holds a sentence's end ends its
    last one too, see classify), and the story continues between them."""
    # Read of the prose's blocks alone (by their place in ``prose``), not of every block of the page.
    long_enough = page.settings.good_any_end_min_words
    sentence = [f.terminal or (f.unmarked_end and f.clause_marks > 0) or f.words >= long_enough
                for f in map(page.features.__getitem__, prose)]
    return [
        k for k, (a, b) in enumerate(zip(prose, prose[1:]))
        if sentence[k] and sentence[k + 1] and _story_continues(a, b, page)
    ]


def trim_teaser_tail(prose: list[int], page: Page, items: Collection[int] = (),
                     stamps: Collection[int] = ()) -> list[int]:
    """Drop the region's tail after its last two adjacent prose blocks when
    that tail is teaser_tail_min_blocks or more prose blocks, each set apart
    by other lines (kept or removed). A story's paragraphs come in runs;
    teasers under headlines, and comments under names, alternate with labels.
    Short sections, each a subheading and a paragraph, stay, and so do those
    that open the tail when the rest goes (teaser_tail_keeps_sections). The
    paragraphs right under a list the story holds (``items``, see
    story_list_items) go on from the body: the list sets them apart. A box
    of prose a detector removed in the tail counts as one of its blocks
    (_removed_boxes). A tail whose blocks each stand under a clock time of
    a live ticker (``stamps``: the page's clock times, where
    headers.ticker_stamps finds it a ticker) is the ticker's entries, each
    under its stamp (an embedded post between the two, removed, or not)."""
    settings = page.settings
    pairs = adjacent_pairs(prose, page)
    if not pairs:
        return prose
    body, tail = prose[:pairs[-1] + 2], prose[pairs[-1] + 2:]
    while tail and _goes_on_under_story_list(body[-1], tail[0], items, page):
        body, tail = [*body, tail[0]], tail[1:]
    tail = _above_comment_prompt(body[-1], tail, page)
    if not tail or len(tail) + _removed_boxes(body[-1], tail, page) < settings.teaser_tail_min_blocks:
        return body + tail
    if stamps and all(any(a < stamp < b for stamp in stamps) for a, b in zip([body[-1], *tail], tail)):
        return body + tail
    words = [f.words for f in page.features]
    if sum(words[i] for i in tail) > settings.teaser_tail_max_share * sum(words[i] for i in body):
        return body + tail
    if all(_under_subheading(i, page) for i in tail):
        return body + tail
    sections = _sections_opening(body, tail, items, page)
    return body + tail[:sections] if settings.teaser_tail_keeps_sections else body


def _above_comment_prompt(last: int, tail: list[int], page: Page) -> list[int]:
    """The blocks of ``tail`` above the first comment prompt ("3 comments",
    "Leave a comment") that stands between block ``last`` and the tail's
    end (comment_prompt_ends_teaser_tail): what lies under it is the
    comments, however long, and the story's last sections above it are
    weighed as a teaser tail on their own, not with them. Only where no
    line a detector removed parts those blocks from the story: past an
    advertisement or the comment form's fields they are the page's, and
    the whole tail is weighed as before (a form's consent text)."""
    if not page.settings.comment_prompt_ends_teaser_tail or not tail:
        return tail
    removed, index = page.removed, page.blocks[last].index
    prompt = next((i for i in range(index + 1, page.blocks[tail[-1]].index) if removed.get(i) == comment_prompt.id),
                  None)
    if prompt is None:
        return tail
    above = [i for i in tail if page.blocks[i].index < prompt]
    if above and any(i in removed for i in range(index + 1, page.blocks[above[0]].index)):
        return tail
    return above


# Stages that remove a box's prose (an author's bio, a newsletter's pitch).
BOX_STAGES = ids_with_role(Role.BOX)


def line_above(index: int, page: Page) -> int:
    """The input line above line ``index``, past the boxes of prose (BOX_STAGES) removed right above it
    with lead_past_boxes: an author's bio between a story's header and its lead does not part them."""
    above = index - 1
    while page.settings.lead_past_boxes and page.removed.get(above) in BOX_STAGES:
        above -= 1
    return above


def _box_lines(top: int, bottom: int, page: Page) -> int:
    """How many input lines between lines ``top`` and ``bottom`` boxes of prose (BOX_STAGES) took, with
    lead_past_boxes: lines that do not set a lead apart from its headline."""
    return sum(page.settings.lead_past_boxes and page.removed.get(i) in BOX_STAGES for i in range(top + 1, bottom))


def _removed_boxes(last: int, tail: list[int], page: Page) -> int:
    """How many boxes of prose (runs of BOX_STAGES' removals) detectors took
    from the tail that runs from past block ``last`` to its last block
    and on to the next block kept: teaser_tail_counts_removed_boxes. None
    under a tail of one block right under ``last``, nothing between: the
    story's end (teaser_tail_box_under_story_end)."""
    settings = page.settings
    if not settings.teaser_tail_counts_removed_boxes or (
            settings.teaser_tail_box_under_story_end and tail == [last + 1] and page.adjacent(last + 1)):
        return 0
    tail_end = tail[-1]
    stop = page.blocks[tail_end + 1].index if tail_end + 1 < len(page.blocks) else max(page.removed, default=-1) + 1
    boxes, previous = 0, False
    for i in range(page.blocks[last].index + 1, stop):
        box = page.removed.get(i) in BOX_STAGES
        boxes += box and not previous
        previous = box
    return boxes


def _goes_on_under_story_list(last: int, paragraph: int, items: Collection[int], page: Page) -> bool:
    """Whether prose block ``paragraph`` goes on from block ``last`` across
    a list the story holds (``items``) or as one of its items
    (story_goes_on_under_its_list)."""
    return page.settings.story_goes_on_under_its_list and (
        _under_story_list(last, paragraph, items, page) or _in_story_list(last, paragraph, items))


def _under_story_list(last: int, paragraph: int, items: Collection[int], page: Page) -> bool:
    """Whether all that stands between prose blocks ``last`` and
    ``paragraph`` is a list the story holds (``items``), under an optional
    heading, and over the paragraph's own subheading, no item of the list
    (sections_go_on_under_story_lists): the paragraph goes on from ``last``
    under the list."""
    start = _past_heading(last + 1, page)
    end = paragraph
    if (page.settings.sections_go_on_under_story_lists and paragraph - 1 not in items
            and _under_subheading(paragraph, page)):
        end = paragraph - 1
    return start < end and all(i in items for i in range(start, end))


def _in_story_list(last: int, item: int, items: Collection[int]) -> bool:
    """Whether prose block ``item`` is an item of a list the story holds
    (``items``) that goes on right under block ``last``, nothing but its
    items between: a list item long enough to read as prose ("closing one
    breeding ground for three months a year") is the list's, not a teaser."""
    return item in items and all(i in items for i in range(last + 1, item))


def _sections_opening(body: list[int], tail: list[int], items: Collection[int], page: Page) -> int:
    """How many prose blocks at the start of the tail go on from the body's
    last one as sections: each right under a short subheading (see
    _under_subheading) set right under the prose block before it, nothing
    else between (but the story's interruptions above the subheading, with
    tail_sections_past_interruptions: an advertisement's label), and ending
    as a paragraph does, a blank line under it (a line right under it
    without one is a box's button: "mehr erfahren" under an advertisement's
    blurb). The story's last section ("Should you
    buy it?", "Fazit"), above what stands apart from it (an author's box, a
    comment, a shop's button over a prompt). Past a list the story holds
    (``items``) too, as the body goes on past one
    (sections_go_on_under_story_lists)."""
    blocks = page.blocks
    index = [b.index for b in blocks]

    def ends_apart(i: int) -> bool:
        return i + 1 == len(blocks) or index[i + 1] > index[i] + 1 or blocks[i + 1].blank_before

    def section(i: int, previous: int) -> bool:
        between = (_only_interruptions_between(previous, i - 1, page) if past_interruptions
                   else index[i - 1] == index[previous] + 1)
        return i == previous + 2 and between and _under_subheading(i, page, section_words) and ends_apart(i)

    past_lists = page.settings.sections_go_on_under_story_lists
    past_interruptions = page.settings.tail_sections_past_interruptions
    section_words = _story_subheading_words(body, page)
    count, previous = 0, body[-1]
    while count < len(tail) and (section(tail[count], previous) or (
            past_lists and _goes_on_under_story_list(previous, tail[count], items, page))):
        previous = tail[count]
        count += 1
    return count


def _under_subheading(i: int, page: Page, max_words: float = 0.0) -> bool:
    """Whether block i follows right after a short subheading line: one
    that does not end like a sentence, or asks a question ("Should you buy
    it?", "Was heißt das?"), of subheading_max_words or ``max_words``
    words, whichever is more."""
    before = i - 1
    return (page.adjacent(i)
            and page.features[before].words <= max(page.settings.subheading_max_words, max_words)
            and (not page.features[before].terminal or ends_in_question(page.blocks[before].text)))


# A story item's heading: its label (a place, a topic: up to three words, the first a capital's), a colon and
# what happened ("Rottenburg: Einbrecher stehlen Wechselgeld", "Bad Urach: Auto überschlägt sich").
_ITEM_HEADING = compiled(r"^(?-i:\p{Lu})[\p{L}.'’-]*( [\p{L}.'’-]+){0,2}: \S")


def _labelled_items(body: list[int], page: Page) -> bool:
    """Whether the story is a run of items, sectioned_story_min_subheadings
    or more of its paragraphs each right under a subheading (see
    _under_subheading) that opens with its label (_ITEM_HEADING): a police
    report's or a round-up's, each item under its place."""
    texts = page.texts()
    limit = page.settings.story_subheading_max_words
    items = sum(1 for i in body if _under_subheading(i, page, limit) and _ITEM_HEADING.match(texts[i - 1]))
    return items >= page.settings.sectioned_story_min_subheadings


def _story_subheading_words(body: list[int], page: Page) -> float:
    """story_subheading_max_words when the story is cut into sections, with
    sectioned_story_min_subheadings or more subheadings of that length over
    its paragraphs, else 0: its last section goes on past its last run of
    paragraphs under a subheading of their kind ("Tipp 3: Mal etwas anderes
    ausprobieren"), where a teaser's headline stands under a story of one
    run."""
    settings = page.settings
    limit = settings.story_subheading_max_words
    sections = sum(1 for i in body if _under_subheading(i, page, limit))
    return limit if sections >= settings.sectioned_story_min_subheadings else 0.0


def _region_score(region: range, scores: list[float], gaps: list[float]) -> float:
    return sum(scores[i] for i in region) - sum(gaps[i] for i in region[1:])


def best_region_across_gaps(scores: list[float], gaps: list[float]) -> range:
    """The best region when the gap before each block costs only a region
    that crosses it: a story may start right after a removed list."""
    sequence: list[float] = []
    block_at: list[int] = []
    for i, (value, gap) in enumerate(zip(scores, gaps)):
        if gap:
            sequence.append(-gap)
            block_at.append(-1)
        sequence.append(value)
        block_at.append(i)
    inside = [block_at[k] for k in best_region(sequence) if block_at[k] >= 0]
    return range(inside[0], inside[-1] + 1) if inside else range(0)


# Stages that remove a story's header: its headline, byline and dateline.
HEADER_STAGES = ids_with_role(Role.HEADER)
# What a story's lead follows: the headline of its header.
HEADLINE_STAGES = HEADER_STAGES & ids_with_role(Role.HEADLINE)
# What removes a story's byline and dateline: the header's stages but its headline's.
BYLINE_STAGES = HEADER_STAGES - HEADLINE_STAGES


# What selection notes for the later passes over a document: the headings of its dated sections.
DATED_SECTIONS_NOTE = f"{SELECTION_ID}:dated-sections"


def dated_sections(page: Page) -> list[tuple[range, list[int]]]:
    """The runs of dated_sections_min or more dated sections, one right under
    another: each a heading (at most story_list_heading_max_words words, not
    ending like a sentence), a date line under it that a byline stage
    removed, then story_list_section_min_items or more lines of at most
    story_list_item_max_words words right under that. A changelog's
    versions, a programme's days: the dates are the sections', not a story
    header's, and each section's short lines score too little to carry its
    heading into the region. Each run as the blocks from its first heading
    to its last line, and its headings. A later pass over the document,
    the dates gone, knows the sections by their headings' texts, noted by
    the pass that found them: it keeps what that pass kept."""
    settings, feats, blocks = page.settings, page.features, page.blocks
    least = settings.dated_sections_min
    if least <= 0:
        return []
    noted = page.earlier_findings.get(DATED_SECTIONS_NOTE)
    earlier_headings: frozenset[str] = (
        noted[1] if page.removed_earlier and isinstance(noted, tuple) and noted[0] is settings else frozenset())

    def dated(heading: int) -> bool:  # one line, a byline stage's, between the heading and the block under it
        if (heading + 1 >= len(blocks) or feats[heading].words > settings.story_list_heading_max_words
                or feats[heading].terminal):
            return False
        if blocks[heading].text in earlier_headings and page.adjacent(heading + 1):
            return True
        return (blocks[heading + 1].index == blocks[heading].index + 2
                and page.removed.get(blocks[heading].index + 1) in BYLINE_STAGES)

    def section_end(heading: int) -> int:  # past the section's last line; heading + 1 when it has too few
        end = heading + 1
        while (end < len(blocks) and (end == heading + 1 or page.adjacent(end) and not blocks[end].blank_before)
               and not dated(end) and feats[end].words <= settings.story_list_item_max_words):
            end += 1
        return end if end - heading - 1 >= settings.story_list_section_min_items else heading + 1

    runs: list[tuple[range, list[int]]] = []
    heading = 0
    while heading < len(blocks):
        start, headings = heading, []
        while heading < len(blocks) and dated(heading) and (end := section_end(heading)) > heading + 1:
            headings.append(heading)
            heading = end
            if not page.adjacent(heading):
                break
        if len(headings) >= least:
            runs.append((range(start, heading), headings))
        heading = max(heading, start + 1)
    if runs:
        texts = {blocks[i].text for _, headings in runs for i in headings}
        page.earlier_findings[DATED_SECTIONS_NOTE] = (settings, earlier_headings | texts)
    return runs


def dated_sections_around(keep: Collection[int], page: Page) -> list[int]:
    """The runs of dated sections (see dated_sections) that hold a block
    the story keeps (``keep``), all of each: the versions under the one
    the region ends in, and that one's heading over its date; and a run
    right under the story's last kept block, nothing removed between, when
    its headings share a numbered shape (see item_shape: "Version 3.8",
    "Day 2: Sintra") or its other lines share one (a programme's times
    under its days: "18:00 Opening"). Comments under a story stand as such
    a run does, each a name over its date and a few short lines, but names
    share no shape, nor do a comment's lines."""
    last = max(keep)

    def one_shape(blocks: Iterable[int]) -> bool:
        shapes = {item_shape(page.blocks[i].text) for i in blocks}
        return len(shapes) == 1 and None not in shapes

    def under_story(run: range, headings: list[int]) -> bool:
        return (run.start == last + 1 and page.adjacent(run.start)
                and (one_shape(headings) or one_shape(i for i in run if i not in headings)))

    return [i for run, headings in dated_sections(page) if any(i in keep for i in run) or under_story(run, headings)
            for i in run]


def trim_before_header(prose: list[int], page: Page) -> list[int]:
    """Drop prose the region holds before the story's header (headline,
    byline, dateline) when the header precedes the story's first two
    adjacent paragraphs: a story starts after its byline, and what comes
    before it is a summary or another story's teaser. Unless that prose
    outweighs what follows (before_header_max_share): then the "header" is
    a line repeated inside the content (an attribution under two quotes).
    Teasers over the header go first (teasers_over_header)."""
    prose = prose[teasers_over_header(prose, page):]
    pairs = adjacent_pairs(prose, page)
    if not pairs:
        return prose
    index = page.indices
    start = index[prose[pairs[0]]]
    # A dated section's date is no story header (see dated_sections): the lines removed inside its run.
    section_dates = {i for run, _ in dated_sections(page) for i in range(index[run.start], index[run.stop - 1])}
    header = [i for i, stage in page.removed.items()
              if stage in HEADER_STAGES and index[prose[0]] < i < start and i not in section_dates]
    if not header:
        return prose
    after = [p for p in prose if index[p] > max(header)]
    words = [f.words for f in page.features]
    dropped = sum(words[p] for p in prose if index[p] < max(header))
    return prose if dropped > page.settings.before_header_max_share * sum(words[p] for p in after) else after


_SEPARATORS = compiled(r"[–—:@|()]| - |\d+")
_FIRST_TOKEN = compiled(r"\w+")


@functools.lru_cache(maxsize=LINE_CACHE_SIZE)
def item_shape(text: str) -> tuple[str, str] | None:
    """The shape of a structured list item: the kind of its first word and
    its first separator or number ("June 9 – Tampa @ Arena": upper, number);
    None for a line without structure. Each line once: a clean's three
    selections ask it of the same short lines."""
    mark = _SEPARATORS.search(text)  # the first: the rest of the line is not read
    first = _FIRST_TOKEN.search(text)
    if mark is None or first is None:
        return None
    word = first.group()
    kind = "digit" if word[0].isdigit() else "upper" if word[0].isupper() else "lower"
    return kind, "0" if mark[0].isdigit() else mark[0]


def _list_item_kind(i: int, page: Page) -> object:
    """What makes block i a list item: its shape, or being a line of prose
    without a full stop ("Dozens of questions to ask each other"); None
    for a line that is no list item."""
    feats, settings = page.features[i], page.settings
    if feats.words > settings.story_list_item_max_words:
        return None
    if (not feats.terminal and feats.words >= settings.good_min_words and page.stopwords
            and feats.stopword_density >= settings.list_item_stopword_density):
        return "prose item"
    return item_shape(page.blocks[i].text)


def _past_heading(start: int, page: Page) -> int:
    """``start``, or the block after it when block ``start`` is a list's
    heading: a short line that does not end like a sentence, or ends with a colon."""
    if (start < len(page.blocks) and page.features[start].words <= page.settings.story_list_heading_max_words
            and (not page.features[start].terminal or page.blocks[start].text.endswith(":"))):
        return start + 1
    return start


def story_list_after(last: int, page: Page) -> list[int]:
    """The list that continues the story after its last kept block
    ``last``: an optional heading (and under it a second one that ends
    in a colon: "Results", "Home team:"), then story_list_min_items or more
    short lines of one kind (see _list_item_kind). Lists of other articles are
    gone by now (the list detectors ran); what is left after a story is
    its own list, except a run of "Label: value" lines: the page's box of
    contacts, filing and credits ("Telephone: ...", "Filed under: ...").
    Such lines set as a bulleted list ("- Weight: 2 kg") are the story's own
    specifications: a page's boxes carry no bullets; and so are those set
    one under another under a heading set apart by blank lines right under
    the story, with nothing removed between but story interruptions (see
    set_apart_heading): a travel guide's practical information, a film's
    credits under the critic's verdict."""
    texts, settings = page.texts(), page.settings
    start = _past_heading(last + 1, page)
    headed = (start == last + 2 and settings.labelled_list_under_heading and set_apart_heading(last + 1, page)
              and _story_continues(last, last + 1, page))
    if start < len(texts) and page.blocks[start].text.endswith(":") and _story_continues(start - 1, start, page):
        start = _past_heading(start, page)  # a section's heading, then a team's or a day's ("Results", "Day 1:")
    kind = _list_item_kind(start, page) if start < len(texts) else None
    bulleted = start < len(texts) and bool(_BULLET.search(texts[start]))
    labelled = headed and kind is not None and _labelled(texts[start])
    if isinstance(kind, tuple) and kind[1] == ":" and not (bulleted or labelled):
        return []

    def item(i: int) -> bool:
        # Under its heading a labelled list's lines are of one kind by their labels, whatever their values,
        # and stand one under another as a list's items do (links set apart each are a box's).
        if labelled:
            return (_list_item_kind(i, page) is not None and _labelled(texts[i])
                    and (i == start or not page.blocks[i].blank_before))
        return _list_item_kind(i, page) == kind

    end = start
    while (end < len(texts) and kind is not None and item(end)
           and bool(_BULLET.search(texts[end])) == bulleted and _list_continues(end - 1, end, page)):
        end += 1
    return list(range(last + 1, end)) if end - start >= settings.story_list_min_items else []


def _item_or_short_line_kind(i: int, page: Page) -> object:
    """A structured item's kind (see _list_item_kind), or a short line's
    that ends no sentence (structured_run_item_max_words words at most: a
    product's features); None for a paragraph."""
    feats = page.features[i]
    short = feats.words <= page.settings.structured_run_item_max_words and not feats.terminal
    return _list_item_kind(i, page) or ("short line" if short else None)


def list_under_box(last: int, page: Page) -> list[int]:
    """The story's list going on under a box set among its items (a
    newsletter's prompt and pitch, a cookie banner): the story's last kept
    block ``last`` and the list_under_box_min_items - 1 blocks right above it
    are items of one kind (see _list_item_kind; or lines of at most
    structured_run_item_max_words words that end no sentence, a product's
    features), one right under the other;
    at most story_halves_max_box_lines lines stand between ``last`` and the
    next block but a newsletter's pitch (see newsletter_pitch), removed by
    detectors, none of them a comment prompt or thread, a header line, a
    footer notice or the page's menu (what a box set in the story holds
    none of); and list_under_box_min_items or more items of the same kind
    stand under the box, one right under the other. The box cuts the
    region, and the items under it, no paragraphs, were lost."""
    least = page.settings.list_under_box_min_items
    if least <= 0 or last + 1 - least < 0:
        return []
    kind = _item_or_short_line_kind(last, page)
    above = range(last + 1 - least, last + 1)
    if kind is None or any(_item_or_short_line_kind(i, page) != kind or (i > above.start and not page.adjacent(i))
                           for i in above):
        return []
    start = last + 1
    while start < len(page.blocks) and newsletter_pitch(start, page):
        start += 1
    if start >= len(page.blocks):
        return []
    top, bottom = page.blocks[last].index, page.blocks[start].index
    kept_between = {page.blocks[j].index for j in range(last + 1, start)}
    box = [i for i in range(top + 1, bottom) if i not in kept_between]
    if not box or bottom - top - 1 > page.settings.story_halves_max_box_lines or any(
            page.removed.get(i) in _NOT_IN_STORY_BOX for i in box):
        return []
    end = start
    while (end < len(page.blocks) and _item_or_short_line_kind(end, page) == kind
           and (end == start or page.adjacent(end))):
        end += 1
    return list(range(start, end)) if end - start >= least else []


def line_up_after(last: int, page: Page) -> list[int]:
    """A match report's data after the story's last kept block ``last``,
    under a heading maybe ("Line-ups"): story_list_min_items "Label: value"
    lines or more in a row (venue, referees, goals), each of at most
    story_list_item_max_words words but for a team's line-up (see
    _LINE_UP), which one of them is. A box of contacts or credits after a
    story lists no team."""
    texts, feats, settings = page.texts(), page.features, page.settings
    start = last + 1
    if start < len(texts) and not _labelled(texts[start]):
        start = _past_heading(start, page)
    end = start
    line_up = compiled(_LINE_UP.format(more=settings.line_up_min_names - 1))
    while (end < len(texts) and _labelled(texts[end]) and _story_continues(end - 1, end, page)
           and (feats[end].words <= settings.story_list_item_max_words or line_up.search(texts[end]))):
        end += 1
    if end - start < settings.story_list_min_items or not any(line_up.search(texts[i]) for i in range(start, end)):
        return []
    return list(range(last + 1, end))


def fact_box_after(last: int, page: Page) -> list[int]:
    """The box of facts right under the story's last kept block ``last``, a
    paragraph that ends like a sentence, nothing removed between: its
    heading (of at most story_list_heading_max_words words, no label, no
    sentence: "Auf einen Blick", "The bridge in figures"), then fact_box_min_lines or more lines right under
    it, each a label and its value (see _labelled) of at most
    fact_box_item_max_words words that ends in no full stop, at least
    fact_box_after_min_number_share of them holding a figure, none an
    address to write to (an e-mail, a link, a telephone number: a contacts
    box's), the group ending under them. Tags and sources ("Themen: ...",
    "Quelle: ...") hold no figures."""
    settings, feats, texts = page.settings, page.features, page.texts()
    heading = last + 1
    if not (settings.fact_box_after_min_number_share and page.adjacent(heading) and feats[last].terminal
            and feats[heading].words <= settings.story_list_heading_max_words and not feats[heading].terminal
            and not _labelled(texts[heading])):
        return []
    end = heading + 1
    while (page.adjacent(end) and not page.blocks[end].blank_before
           and feats[end].words <= settings.fact_box_item_max_words
           and not texts[end].rstrip().endswith(_FULL_STOPS) and _labelled(texts[end])):
        end += 1
    facts = range(heading + 1, end)
    if (len(facts) < settings.fact_box_min_lines or page.adjacent(end) and not page.blocks[end].blank_before
            or any(_ADDRESS.search(texts[i]) for i in facts)
            or sum(feats[i].digit_share > 0 for i in facts) < settings.fact_box_after_min_number_share * len(facts)):
        return []
    return [heading, *facts]


# Where to write or call: an e-mail, a link, a telephone number (a plus or a nought, then six digits or more
# among spaces, slashes, dots and dashes: "0664 5128 447", "+33 2 47 98 40 11"; "555-123-4567"), not a sum
# ("480 000 euros").
_ADDRESS = compiled(r"@|https?://|\bwww\.|(?:\+|\b0)\d(?:[\d /.-]*\d){5,}|\b\d{3}[-.]\d{3}[-.]\d{4}\b")

# A team's line-up: a label, then line_up_min_names names or more, each capitalised, set apart by commas or
# dashes ("Körfezspor: Taner, Hakan, Oğuz, ...", "SV Eichenau: Krämer – Polat, Weißgerber, ..."). A contact
# box or a row of tags lists no such run of names.
_LINE_UP = r":\s+(\p{{Lu}}[^,–:;]{{0,40}}[,–]\s*){{{more},}}\p{{Lu}}"


def _labelled(text: str) -> bool:
    """Whether a line opens with a label: a few words and a colon
    ("Hours: 9 to 5"), or a name whose first separator is one ("Museum
    of Clocks and Bells: closed on Mondays")."""
    shape = item_shape(text)
    return bool(_LABEL.search(text)) or (shape is not None and shape[1] == ":")


def announced_list_after(last: int, page: Page) -> list[int]:
    """The lines the story announces after its last kept block ``last``: a
    line right under it that ends in a colon (see lead_in: "His record
    stands thus:"), then the short lines (of at most short_max_words words)
    right under that, story_list_min_items or more, with nothing removed
    between: a table rendered a cell a line, a list of values, whatever
    their shapes. The run ends at the first longer line (a headline of
    other articles) or removed line."""
    blocks, settings = page.blocks, page.settings
    start = last + 1
    if not page.adjacent(start) or not lead_in(blocks[start].text):
        return []
    end = start + 1
    while page.adjacent(end) and page.features[end].words <= settings.short_max_words:
        end += 1
    return list(range(start, end)) if end - start > settings.story_list_min_items else []


def _item_run_from(start: int, page: Page) -> range:
    """The adjacent lines from block ``start`` on that are list items of
    one kind (see _list_item_kind), across a box set among them (see
    _box_in_story), the pitch a newsletter box's detectors left between its
    lines too (list_across_box_pitch: the run holds it); empty when block
    ``start`` is none."""
    kind = _list_item_kind(start, page) if start < len(page.blocks) else None
    end = start
    while kind is not None and end < len(page.blocks):
        after = end
        if page.settings.list_across_box_pitch and end > start:
            while after < len(page.blocks) and newsletter_pitch(after, page):
                after += 1
        if after >= len(page.blocks) or _list_item_kind(after, page) != kind or not (
                end == start or page.adjacent(after) and after == end or _box_in_story(end - 1, after, page)):
            break
        end = after + 1
    return range(start, end)


def list_sections_after(last: int, page: Page) -> list[int]:
    """The list in sections that continues the story after its last kept
    block ``last``: list_sections_min or more sections, the first right
    under it, each a heading over story_list_section_min_items or more
    list items, all of one kind (see _list_item_kind, _next_section): a
    programme's days, a timetable's routes. Ending the story, no paragraph
    follows them (story_list_items wants one), and each section is too
    short for story_list_after."""
    settings = page.settings
    start = _past_heading(last + 1, page)
    if start == last + 1 or start >= len(page.blocks) or not all(
            _story_continues(i - 1, i, page) for i in range(last + 1, start + 1)):
        return []
    sections: list[range] = []
    while (len(run := _item_run_from(start, page)) >= settings.story_list_section_min_items
           and (not sections or (_next_section(sections[-1].stop, run, page)
                                 and _list_item_kind(run.start, page) == _list_item_kind(sections[0].start, page)))):
        sections.append(run)
        start = _past_heading(run.stop, page)
    if settings.list_sections_min <= 0 or len(sections) < settings.list_sections_min:
        return []
    return [i for i in range(last + 1, sections[-1].stop) if not newsletter_pitch(i, page)]


def step_sections_after(last: int, page: Page) -> list[int]:
    """The sections that continue the story after its last kept block
    ``last``: step_sections_min or more, each a heading (a line of at most
    short_max_words words without a full stop) over
    story_list_section_min_items or more lines without a full stop (longer
    than a heading, at most story_list_item_max_words words: "Schnellspanner
    öffnen und das Rad herausziehen"), all adjacent, with nothing removed
    between but story interruptions, the steps together of prose words
    (step_sections_min_density: a list of headlines under section names has
    fewer). A how-to's steps under its intro: unfinished lines score nothing
    and its short ones cost, so the region stops at the intro."""
    settings, feats = page.settings, page.features
    if settings.step_sections_min <= 0:
        return []

    def heading(i: int) -> bool:
        return feats[i].words <= settings.short_max_words and not feats[i].terminal

    def step(i: int) -> bool:
        return settings.short_max_words < feats[i].words <= settings.story_list_item_max_words and not feats[i].terminal

    sections, end, i = 0, last + 1, last + 1
    steps: list[int] = []
    while i < len(feats) and heading(i) and _story_continues(i - 1, i, page):
        j = i + 1
        while j < len(feats) and step(j) and _story_continues(j - 1, j, page):
            j += 1
        if j - i - 1 < settings.story_list_section_min_items:
            break
        steps.extend(range(i + 1, j))
        sections, end, i = sections + 1, j, j
    if sections < settings.step_sections_min or not _stopword_share(steps, page, settings.step_sections_min_density):
        return []
    return list(range(last + 1, end))


# A label, then a score as its whole value: a number out of a number ("8.5/10", "4 von 5", "7 z 10":
# a slash or a short word between them) or stars, and at most a bracket after it ("(4/5)").
_SCORE_LINE = compiled(r"^\W*\w+(?:[ \t]+\w+){0,2}[ \t]*[:：][ \t]*"
                       r"(?:\d+(?:[.,]\d+)?[ \t]*(?:/|\p{L}{1,3})[ \t]*\d+(?:[.,]\d+)?|[★☆✩✪⭐]+)"
                       r"[ \t]*(?:\([^()]*\))?[ \t]*$")
_CLOCK_TIME = compiled(r"\d[:.h]\d\d\b")


def sign_off_after(last: int, page: Page) -> list[int]:
    """The writer's greeting right under the story's last kept block
    ``last``, a paragraph that ends like a sentence, nothing removed
    between (see headers.sign_off_at): it scores as no prose and the region
    ends above it."""
    line = last + 1
    return list(sign_off_at(line, page)) if page.adjacent(line) and page.features[last].terminal else []


# A salutation that opens a notice, a letter or a post: its formula addressing the readers, then whom it addresses.
_SALUTATION = compiled(r"(?i)^(?:liebe[rs]?|sehr geehrte[rs]?|hallo|dear|hi|hello|ch[eè]re?s?|bonjour|querid[oa]s|"
                       r"estimad[oa]s|hola|car[ei]|gentili|beste|geachte|drodzy|drogie|szanown[iya]|kära|hej|"
                       r"prezad[oa]s|car[oa]s|olá|vážen[íé]|mil[íé]|уважаемые|дорогие)\s")
# What ends a salutation: an exclamation mark, a comma or a colon, never a sentence's full stop.
_SALUTATION_ENDS = ("!", ",", ":", "！", "，", "：")


def salutation_above(first: int, page: Page) -> list[int]:
    """The salutation right above the story's first kept block ``first``,
    nothing removed between: a line of at most salutation_max_words words
    that opens with a salutation's formula (_SALUTATION: "Liebe Mitglieder!",
    "Dear members,", "Drodzy Państwo!") and ends with an exclamation mark, a
    comma or a colon. A notice's, a letter's or a post's first line, addressed
    to its readers; short and unended as a sentence, it scores as no prose."""
    line = first - 1
    if not page.adjacent(first) or page.features[line].words > page.settings.salutation_max_words:
        return []
    text = page.blocks[line].text.strip()
    return [line] if _SALUTATION.match(text) and text.endswith(_SALUTATION_ENDS) else []


def signers_after(last: int, page: Page, ended: bool = False) -> list[int]:
    """The signers (see signers_at) right under the story's last kept block
    ``last``, a paragraph that ends like a sentence (or ``ended``: a line
    that closes the story's last item, see recurring_label_after), nothing
    removed between. They score as no prose, and the region ends above them."""
    start = last + 1
    return list(signers_at(start, page)) if page.adjacent(start) and (ended or page.features[last].terminal) else []


def recurring_label_after(last: int, keep: Collection[int], page: Page) -> list[int]:
    """The line right under the story's last kept block ``last``, nothing
    removed between, that opens with the label (see _LABEL) of
    recurring_label_min_lines or more of the lines kept between the story's
    blocks, of at most byline_max_words words and no sentence's end: the
    line each of the story's items carries under it ("Abstimmung: 9 dafür,
    2 dagegen", "Vote: 5 for, 2 against", "Lieu : salle des fêtes"), kept
    between two items as a label, after the last with nothing under it."""
    settings, feats, blocks = page.settings, page.features, page.blocks
    line = last + 1
    if (not settings.recurring_label_min_lines or line >= len(blocks) or not page.adjacent(line)
            or feats[line].terminal or feats[line].words > settings.byline_max_words):
        return []
    label = _LABEL.match(blocks[line].text)
    if label is None:
        return []
    name = label[0].casefold()
    same = sum(1 for i in keep if i < last and blocks[i].text.casefold().startswith(name))
    return [line] if same >= settings.recurring_label_min_lines else []


def issuer_after(last: int, page: Page) -> list[int]:
    """A Chinese notice's closing lines (see issuer_closing) right under the
    story's last kept block ``last``, nothing removed between."""
    for date in range(last + 2, last + 3 + page.settings.issuer_contact_max_lines):
        lines = issuer_closing(date, page)
        if lines:
            return lines if lines[0] == last + 1 else []
    return []


def score_line_after(last: int, page: Page) -> list[int]:
    """The reviewer's score right under the story's last kept block
    ``last`` (the next line, nothing removed between but story
    interruptions): a label and a score as its whole value (see
    _SCORE_LINE) in at most score_line_max_words words, no date or clock
    time in it (an "Updated: 3/5/2026 18:40" line is the page's). A
    review's verdict under its last paragraph; one line only, as a
    second rating under it is the readers'."""
    line = last + 1
    if line >= len(page.blocks) or not _story_continues(last, line, page):
        return []
    text = page.blocks[line].text
    if (page.features[line].words > page.settings.score_line_max_words or not _SCORE_LINE.search(text)
            or ANY_DATE.search(text) or _CLOCK_TIME.search(text)):
        return []
    return [line]


def _stopword_share(blocks: list[int], page: Page, least: float) -> bool:
    """Whether the blocks' stopwords together make at least ``least`` of
    their words (each line alone varies: a terse step has none), or the
    page's language has no stoplist."""
    feats = page.features
    stopwords = sum(feats[i].words * feats[i].stopword_density for i in blocks)
    return not page.stopwords or stopwords >= least * sum(feats[i].words for i in blocks)


_WORD_CHARACTER = compiled(r"\w")


def ends_in_question(text: str) -> bool:
    r"""Whether ``text`` ends in a question mark, then non-word characters
    only (``[?？]\W*$``), read from its end: a search of that pattern tried
    each position of a paragraph from its start."""
    for character in reversed(text):
        if character in "?？":
            return True
        if _WORD_CHARACTER.match(character):
            return False
    return False


def questions_after(last: int, page: Page) -> list[int]:
    """The questions and answers that continue the story after its last kept
    block ``last``: questions_min_pairs or more in a row, each a line that
    ends in a question mark over one to questions_answer_max_lines lines that
    do not (each after the first ending like a sentence: an unended line
    under an answer is the page's footer or a box's label), all adjacent,
    each of at most story_list_item_max_words words.
    A quick-fire interview ("Lieblingsessen?" / "Kässpatzen.") is short
    lines that each cost the region; no menu or list of links asks. The
    pairs that end the kept text at ``last`` count too: an FAQ's run goes on
    past the region's end (questions_count_kept_pairs)."""
    settings, texts = page.settings, page.texts()
    if settings.questions_min_pairs <= 0:
        return []

    def line(i: int) -> bool:
        return (0 < i < len(texts) and page.features[i].words <= settings.story_list_item_max_words
                and _story_continues(i - 1, i, page))

    pairs, end = _headed_runs(
        last + 1, lambda i: line(i) and ends_in_question(texts[i]),
        lambda i, j: (line(j) and not ends_in_question(texts[j]) and (j == i + 1 or page.features[j].terminal)),
        page)
    if pairs and settings.questions_count_kept_pairs:
        pairs += _questions_ending_at(last, line, page)
    return list(range(last + 1, end)) if pairs >= settings.questions_min_pairs else []


# A work cited, bulleted or not: its first author's surname and initials ("Lund, S.", or two authors
# "Lund S, Moe K." as medical journals set them) and its year in brackets or before a stop ("(2026)", "2026;").
_CITED_AUTHOR = compiled(r"^([-–•*·]\s)?\p{Lu}[\p{L}'’-]+"
                         r"(,\s?\p{Lu}\.|\s\p{Lu}{1,2},\s\p{Lu}[\p{L}'’-]+\s\p{Lu}{1,2}[,.])")
_CITED_YEAR = compiled(r"\((1[5-9]|20)\d\d[a-z]?\)|\b(1[5-9]|20)\d\d[a-z]?[.;]")


def references_after(last: int, page: Page) -> list[int]:
    """The works the story cites, after its last kept block ``last``: an
    optional heading ("References", "Literatur"), then references_min_lines
    or more lines one under another, each a work cited (its authors'
    surnames with initials, its year: "Lund, S. & Moe, K. (2026). Title.
    Journal, 9, 55-68."), with nothing between but story interruptions. A
    science story's references list; no menu, teaser or box of other
    articles holds such lines."""
    settings, texts = page.settings, page.texts()
    if settings.references_min_lines <= 0:
        return []
    start = _past_heading(last + 1, page)
    end = start
    while (end < len(texts) and _CITED_AUTHOR.search(texts[end]) and _CITED_YEAR.search(texts[end])
           and _story_continues(end - 1, end, page)):
        end += 1
    return list(range(last + 1, end)) if end - start >= settings.references_min_lines else []


def short_sections_after(last: int, page: Page) -> list[int]:
    """The short sections that continue the story after its last kept block
    ``last``: short_sections_min or more in a row, each a subheading (at
    most short_max_words words, not ending like a sentence) over one to
    questions_answer_max_lines sentences (lines that end like one, of at
    most story_list_item_max_words words), all adjacent. A round-up of what
    changes ("Pensions" / "Pensions rise by 3.7 percent."): each sentence
    scores too little to carry its subheading; a menu's or a link list's
    lines end like no sentence."""
    settings, feats = page.settings, page.features
    if settings.short_sections_min <= 0:
        return []

    def adjacent(i: int) -> bool:
        return 0 < i < len(feats) and _story_continues(i - 1, i, page)

    sections, end = _headed_runs(
        last + 1, lambda i: adjacent(i) and feats[i].words <= settings.short_max_words and not feats[i].terminal,
        lambda i, j: (adjacent(j) and feats[j].terminal
                      and settings.short_max_words < feats[j].words <= settings.story_list_item_max_words),
        page)
    return list(range(last + 1, end)) if sections >= settings.short_sections_min else []


def _headed_runs(start: int, heading: Callable[[int], bool], under: Callable[[int, int], bool],
                 page: Page) -> tuple[int, int]:
    """(how many, where they end) of the runs from block ``start`` on, one
    right after another, each a ``heading`` line (a question, a subheading)
    over one to questions_answer_max_lines lines that are ``under`` it
    (``under(heading, line)``: its answer, its sentences)."""
    most = page.settings.questions_answer_max_lines
    count, end, i = 0, start, start
    while heading(i):
        j = i + 1
        while j - i <= most and under(i, j):
            j += 1
        if j == i + 1:
            break
        count, end, i = count + 1, j, j
    return count, end


def _questions_ending_at(last: int, line: Callable[[int], bool], page: Page) -> int:
    """How many question-and-answer pairs (as questions_after reads them,
    ``line`` telling a line that may belong to one) run up to block ``last``
    and end there: a question, then one to questions_answer_max_lines lines
    that are none."""
    texts, most = page.texts(), page.settings.questions_answer_max_lines
    pairs, end = 0, last
    while True:
        question = end  # back over the answer's lines to its question
        while end - question < most and line(question) and not ends_in_question(texts[question]):
            question -= 1
        if question == end or not ends_in_question(texts[question]) or not line(question):
            return pairs
        pairs, end = pairs + 1, question - 1


def verdict_box(page: Page) -> list[int]:
    """A review's verdict box, wherever it stands (see chrome.verdict_box_at):
    a heading of pros ("Pro", "Vorteile", "优点"), the lines under it, a
    heading of cons right after them, and the lines under that. Set apart
    from the story by shop buttons or a table of contents, it scores as
    little as a menu; its headings say it is the story's."""
    texts, heading_words = page.texts(), page.settings.list_heading_max_words
    headings = [i for i, feats in enumerate(page.features) if feats.words <= heading_words]
    pros = [i for i in headings if PROS_HEADING.matches(texts[i])]
    if not pros:  # most pages: no cons heading to look for
        return []
    cons = {i for i in headings if CONS_HEADING.matches(texts[i])}
    return [i for start in pros for i in verdict_box_at(start, cons, page)]


# What shows a page around an article: chrome, or its header. Repeated short
# lines do not: an article's own tables repeat their cells (scores, units).
PAGE_SIGN_STAGES = CHROME_STAGES | (HEADER_STAGES - {"repeated-line"})


def bare_article(page: Page, kinds: list[Kind]) -> bool:
    """Whether the text is an article with nothing of a web page around it:
    no chrome found (see chrome_found), no headline shown twice (the page's
    title over the story's heading), a paragraph of prose, and the header
    lines found in this pass above it (see _header_on_top). What selection
    would cut from it is the article's own tables, lists and short lines,
    and the lines of its header the header detectors left (a second author,
    the agency)."""
    return (not chrome_found(page) and duplicate_headline.id not in page.removed_earlier
            and duplicate_headline.id not in page.removed.values() and Kind.GOOD in kinds
            and _header_on_top(page, kinds))


def _header_on_top(page: Page, kinds: list[Kind]) -> bool:
    """Whether every header line (headline, byline, dateline) removed in
    this pass lies above the text's first paragraph of prose: an article
    given alone opens with its header, and one set under prose is a web
    page's, under a summary or another story's teaser."""
    first_prose = page.blocks[kinds.index(Kind.GOOD)].index
    return all(i < first_prose for i, stage in page.removed.items() if stage in HEADER_STAGES)


def story_table_after(last: int, page: Page) -> list[int]:
    """The table that continues the story after its last kept block
    ``last``, rendered a cell a line: an optional heading, then
    story_table_min_cells or more adjacent cells, a table's as chrome.py
    finds them (cell_tables) with cells of table_cell_max_words
    words at most (a film's title is longer than a menu's label). The pitch
    of a newsletter box set among the cells (see newsletter_pitch) parts
    no table and stays out (story_table_across_pitch)."""
    settings = page.settings
    start = _past_heading(last + 1, page)
    pitches = [i for i in range(start, len(page.blocks)) if newsletter_pitch(i, page)] \
        if settings.story_table_across_pitch else []
    table = next((cells for cells in cell_tables(page, settings.table_cell_max_words, pitches) if start in cells),
                 range(start, start))
    cells: list[int] = []
    for i in range(start, table.stop):
        if i in pitches:  # a box's, no cell: the table goes on across its box (see _box_in_story)
            continue
        if cells and not _list_continues(cells[-1], i, page):
            break
        cells.append(i)
    return [*range(last + 1, start), *cells] if len(cells) >= settings.story_table_min_cells else []


_NUMBER = compiled(r"\d+")
# A row that opens with a clock time, then a space: "9h30 Market", "10:30 Puppets", "14.00 Uhr Konzert"
# ("14.06. Sommerfest" opens with a date: a clock time with a full stop is one only before its "Uhr").
_TIMED_ROW = compiled(r"(?i)^\d{1,2}(:\d{2}|h\d{2}|\.\d{2}\s?uhr)\s")


def story_rows_after(last: int, kinds: list[Kind], page: Page) -> list[int]:
    """The table that continues the story after its last kept block
    ``last``, rendered a row a line ("Harrowfield 214-8 45 T Beckwith 78"):
    an optional heading, an optional header row (column names: a line
    of fewer numbers than a row's, a caption's "10 km men" run into it, and
    without a full stop unless its words are abbreviated, see
    column_names), then story_rows_min or more adjacent rows, each of at
    most story_row_max_words words besides its numbers (a timetable's row
    of departures is as short as a scorecard's) and at least
    story_row_min_numbers numbers; then the story's paragraphs right under
    the table, or a section of them under a short subheading ("Other
    results"). Each row scores as little as a headline; a list of other
    articles holds no row of numbers, and a "Label: value" line is a box's
    (a contact's "Telefon: 07131 994-0"), no table's row. Under a header
    row, a row that opens with a clock time is one however few its numbers
    (a programme's "9h30 Market opens Town square", timed_rows_under_header):
    a news feed's timed headlines stand under no column names."""
    settings, feats, texts = page.settings, page.features, page.texts()
    timed = False

    def numbers(i: int) -> int:
        return len(_NUMBER.findall(texts[i]))

    def row(i: int) -> bool:
        if i >= len(texts):
            return False
        count = numbers(i)
        return feats[i].words - count <= settings.story_row_max_words and (
            count >= settings.story_row_min_numbers and not _LABEL.search(texts[i])
            # After its time an event's title may have a subtitle ("10h30 Dyeing: woad and madder").
            or timed and _TIMED_ROW.match(texts[i]) is not None)

    start = _past_heading(last + 1, page)
    if (start < len(texts) and not row(start) and numbers(start) < settings.story_row_min_numbers
            and (not feats[start].terminal or column_names(texts[start], settings.column_name_max_chars))
            and feats[start].words <= settings.story_row_max_words):
        start += 1  # the header row
        timed = settings.timed_rows_under_header
    end = start
    while row(end):
        end += 1
    if end - start < settings.story_rows_min or not all(_list_continues(i - 1, i, page) for i in range(last + 1, end)):
        return []
    return list(range(last + 1, end)) + story_under(end - 1, kinds, page)


def story_under(last: int, kinds: list[Kind], page: Page) -> list[int]:
    """Where the story goes on right under its table or list ending at
    block ``last``: its paragraphs (see prose_after), or a section of them
    under a short subheading ("Other results", "Verdict"), a question too
    ("Should you buy it?", under a review's pros and cons)."""
    if prose := prose_after(last, kinds, page):
        return prose
    below = last + 1
    subheading = (_past_heading(below, page) > below or _question_heading(below, page)) and _story_continues(
        last, below, page)
    if subheading and (prose := prose_after(below, kinds, page)):
        return [below, *prose]
    return []


def _question_heading(line: int, page: Page) -> bool:
    """Whether block ``line`` is a section's question (story_list_heading_max_words words at most, a
    question mark at its end), when question_heads_section_under_list."""
    settings = page.settings
    return (settings.question_heads_section_under_list and line < len(page.blocks)
            and page.features[line].words <= settings.story_list_heading_max_words
            and ends_in_question(page.blocks[line].text))


def column_names(text: str, max_chars: int) -> bool:
    """Whether every word of ``text`` is of at most ``max_chars`` characters:
    a table's header row of abbreviated column names, whose last may end in
    an abbreviation's full stop ("Pl. Team Pts Diff."), not a sentence."""
    return all(len(word) <= max_chars for word in text.split())


def prose_after(last: int, kinds: list[Kind], page: Page) -> list[int]:
    """The paragraphs of prose (GOOD) right after block ``last``, with
    nothing between them but story interruptions: where the story goes on
    under its table (a closing note: "Full results will be posted on
    Wednesday."). The table's cells score as little as a menu, so the
    region stops above them."""
    end = last + 1
    while end < len(kinds) and kinds[end] is Kind.GOOD and _story_continues(end - 1, end, page):
        end += 1
    return list(range(last + 1, end))


def all_content(page: Page) -> bool:
    """Whether nothing on the page is chrome: no chrome stage removed a
    block, and every block left is of prose words (a menu's or a headline
    list's lines are not). Without a stoplist nothing tells them apart."""
    return (bool(page.stopwords) and CHROME_STAGES.isdisjoint(page.removed.values())
            and all(f.stopword_density >= page.settings.stopword_min_density for f in page.features))


def select(page: Page) -> dict[int, str]:
    """Positions of the page's blocks that lie outside the main content,
    each with the id of the stage that put it outside; none on a bare
    article (see bare_article), nor on a page that is all content and of
    which selection would keep little. A paragraph
    split over several lines is judged as one block (see fragments.py)."""
    whole, groups = joined(page)
    return {i: stage for position, stage in _select(whole).items() for i in groups[position]}


def select_as_first_pass(page: Page) -> dict[int, str]:
    """``select`` of the page as a first pass over its text asks it: with no
    stage of an earlier pass known to have removed anything. The page's
    joined page is reused with that alone changed (joining reads nothing
    of earlier passes), not joined again for a copy of the page."""
    whole, groups = joined(page)
    first_pass = replace(whole, removed_earlier=frozenset())
    return {i: stage for position, stage in _select(first_pass).items() for i in groups[position]}


def _with_prose_span(region: range, kinds: list[Kind], page: Page) -> range:
    """In a later pass over a document (``removed_earlier`` is set), the
    region widened back to the first prose paragraph (GOOD block) left: an
    earlier pass chose where the story starts with the page's header and
    chrome in view; a later pass sees only what it kept, and text wrapped
    at a fixed width scores little a line, so without this a later pass
    would cut a story's first paragraphs. Its end is left as chosen (a
    later pass still drops a tail of teasers the first one kept), unless an
    earlier pass ended the story at its footer notice (past-footer-notice):
    then what is left ends where the story does, and its last lines (a
    list's items, a book's details under a review) stay."""
    if not region or not page.removed_earlier or not page.settings.later_pass_keeps_prose:
        return region
    first = next((i for i, kind in enumerate(kinds) if kind is Kind.GOOD), region.start)
    stop = len(kinds) if FOOTER_NOTICE_ID in page.removed_earlier else region.stop
    return range(min(first, region.start), stop)


def _with_unfinished_edges(region: range, kinds: list[Kind], page: Page) -> range:
    """The region with the sentence right before or after it that lacks
    only its full stop: an unpunctuated line of prose words (NEAR) of
    unfinished_edge_min_words or more, adjacent to the region's edge. Such
    a line scores nothing, so the region stops short of it, but it is
    longer than a headline. Above the region, in a later pass, a
    standfirst (see standfirst_shaped) that is the first line left: an
    earlier pass removed the headline above it, or the byline under it,
    and kept it (story_lead, standfirst_above_byline)."""
    if not region:
        return region
    start, stop = region.start, region.stop
    settings = page.settings

    def unfinished(i: int, neighbour: int) -> bool:
        return (0 <= i < len(kinds) and kinds[i] is Kind.NEAR and not page.features[i].terminal
                and page.features[i].words >= settings.unfinished_edge_min_words
                and abs(page.blocks[i].index - page.blocks[neighbour].index) == 1)

    def standfirst(i: int) -> bool:
        return (0 <= i < len(kinds) and standfirst_shaped(i, kinds, page)
                and page.blocks[start].index - page.blocks[i].index == 1
                and page.blocks[i].index == 0 and not page.removed_earlier.isdisjoint(HEADER_STAGES))

    if unfinished(start - 1, start) or standfirst(start - 1):
        start -= 1
    if unfinished(stop, stop - 1):
        stop += 1
    return range(start, stop)


def ticker_entry_above(first: int, stamps: Collection[int], page: Page) -> list[int]:
    """The stamp of a live ticker's entry (see headers.ticker_stamps) that
    the story's first kept block ``first`` belongs to, right above it or
    above the entry's title, with that title: the region starts at the
    entry's paragraph, and the entry opens at its stamp as each later one
    does. With ticker_first_entry_from_stamp."""
    if not page.settings.ticker_first_entry_from_stamp:
        return []
    # A stamp is right over its entry's sentence, or over a title right over it (ticker_stamps).
    stamp = next((i for i in (first - 1, first - 2) if i in stamps), None)
    return [] if stamp is None else list(range(stamp, first))


def later_pass_key_points(start: int, page: Page) -> bool:
    """Whether, in a later pass, the lines above the story's first kept
    block ``start`` are the first lines left and read as the story's key points
    (headers.key_points_shaped): an earlier pass removed the headline above
    them and kept them (story_lead)."""
    return (0 < start < len(page.blocks) and page.blocks[start].index == start
            and not page.removed_earlier.isdisjoint(HEADLINE_STAGES) and key_points_shaped(range(start), page))


def _comment_prompt_between(earlier: range, later: range, page: Page) -> bool:
    """Whether a comment prompt ("Comments", "Leave a reply") was removed
    between two regions and the comments were not: the later one is the
    comments under the story. Where the comment-thread detector removed
    comments between them, the later region is what follows the comments (a
    sidebar's box of deals under a short post), no comment of theirs."""
    start, stop = page.blocks[earlier.stop - 1].index, page.blocks[later.start].index
    between = [stage for i, stage in page.removed.items() if start < i < stop]
    return comment_prompt.id in between and comment_thread.id not in between


def _region_under_header(region: range, scores: list[float], gaps: list[float], kinds: list[Kind],
                         page: Page) -> range:
    """The run of paragraphs right under the story's header (the last line a
    header stage removed above ``region``: the headline, or a byline or
    dateline where the page's title does not repeat the headline) and above
    ``region`` (see _run_under), or a single paragraph there that scores at
    least header_paragraph_min_share of ``region``; empty when there is none.
    A short story right under its header scores less than a longer stretch
    of prose set apart from it by a share bar or a box of links (teasers
    with their summaries, another section of the page, a club's "about us"
    box beside an event's one paragraph): both are kept rather than the
    story gambled away."""
    if not region:
        return range(0)
    start = page.blocks[region.start].index
    header = max((i for i, stage in page.removed.items() if stage in HEADER_STAGES and i < start), default=None)
    if header is None:
        return range(0)
    share = page.settings.header_paragraph_min_share
    least = share * _region_score(region, scores, gaps) if share else None
    return _run_under(header, region.start, scores, gaps, kinds, page, least)


# What removes a consent banner's lines: its sentence, its buttons.
_CONSENT_BANNER = frozenset(output.id for output in cookie_notice.outputs)


def _full_headers(page: Page) -> list[int]:
    """The lines a headline stage removed with a byline or dateline removed
    at most two lines under them: a story's header, where a headline alone
    may be the page's title repeated in a share box or a list. Also the
    lines below the page's first that repeat its title (duplicate-headline:
    the first line is the title itself): the page says they are its story's
    headline, dated or not (a town's notice under its site's welcome text).
    The title is the page's first line, or the first of those copies when
    only a consent banner stands above it (title_under_consent_banner)."""
    bylines = {i for i, stage in page.removed.items() if stage in HEADER_STAGES - HEADLINE_STAGES}
    copies = sorted(i for i, stage in page.removed.items() if stage == duplicate_headline.id)
    title = 0
    if (page.settings.title_under_consent_banner and len(copies) > 1
            and all(page.removed.get(i) in _CONSENT_BANNER for i in range(copies[0]))):
        title = copies[0]
    return sorted(i for i, stage in page.removed.items()
                  if (stage in HEADLINE_STAGES and not bylines.isdisjoint((i + 1, i + 2)))
                  or (stage == duplicate_headline.id and i > title))


def _story_below_region(region: range, scores: list[float], gaps: list[float], kinds: list[Kind],
                        items: AbstractSet[int], page: Page) -> range:
    """The run of paragraphs right under the story's header (see
    _full_headers, _run_under, _halves_under_header), or a single paragraph
    there that scores at least header_paragraph_min_share of ``region``
    (story_below_one_paragraph), when that lies below ``region`` and none
    lies above it, unless a comment prompt parts them;
    empty when there is none. A site's welcome text or an organisation's
    introduction above the page's only story outscores a short story: both
    are kept."""
    if not region:
        return range(0)
    headers = _full_headers(page)
    below = [i for i in headers if i > page.blocks[region.stop - 1].index]
    if not below or any(i < page.blocks[region.start].index for i in headers):
        return range(0)
    share = page.settings.header_paragraph_min_share if page.settings.story_below_one_paragraph else 0.0
    least = share * _region_score(region, scores, gaps) if share else None
    story = (_run_under(below[0], len(kinds), scores, gaps, kinds, page, least)
             or _halves_under_header(below[0], scores, gaps, kinds, items, page))
    return range(0) if story and _comment_prompt_between(region, story, page) else story


def _halves_under_header(header: int, scores: list[float], gaps: list[float], kinds: list[Kind],
                         items: AbstractSet[int], page: Page) -> range:
    """The story under page line ``header`` from its first block to the end
    of its lower half, when a box set under its first paragraph parts the
    two (see _halves_of_one_story: the upper half is the blocks from the
    first under the header, at most header_region_max_lines lines under it,
    to the next chrome, the lower one the best region under those);
    empty otherwise, or with story_below_across_box off. The box costs the
    region, and neither half alone is a run of paragraphs under the
    header: a short story under a site's welcome text went whole."""
    settings = page.settings
    if not settings.story_below_across_box or settings.header_region_max_lines <= 0:
        return range(0)
    index = page.indices
    first = bisect_right(index, header)
    if first >= len(kinds) or _lines_under_header(header, index[first], page) > settings.header_region_max_lines:
        return range(0)
    cut = next((i for i in range(first + 1, len(kinds)) if gaps[i]), len(kinds))
    upper = range(first, cut)
    found = best_region_across_gaps(scores[cut:], [0.0, *gaps[cut + 1:]])
    lower = range(cut + found.start, cut + found.stop) if found else range(0)
    if _halves_of_one_story(upper, lower, scores, gaps, kinds, items, page):
        return range(upper.start, lower.stop)
    return range(0)


def _sentence_run_at_end(region: range, gaps: list[float], kinds: list[Kind], page: Page) -> range:
    """The page's last text below ``region`` when it reads as a short story
    of its own: a heading right under chrome the detectors removed (see
    gap_costs), then sentence_run_min_sentences or more adjacent sentences
    (prose that ends like one), then nothing but short lines (a sign-off)
    to the end of the page. Each sentence scores little, and a site's
    welcome text above the chrome outscores them: both are kept rather than
    the page's one news item lost. The heading is the last line under chrome
    with the run under it (sentence_run_heading_past_sign_off): a box under
    the item (comments, a bio) or the footer leaves the sign-off under
    chrome too. A box set between the heading and the first sentence (a
    consent banner, a newsletter form) leaves that sentence under chrome:
    the heading is then the line over the box (see _heading_over_box).
    Empty when there is none."""
    settings, feats = page.settings, page.features
    if settings.sentence_run_min_sentences <= 0 or not region:
        return range(0)

    def opening(i: int) -> tuple[int, int, bool]:
        """The heading and the first sentence of a run whose first line under chrome is block i, and whether a
        box stands between the two: the heading over the box reads as words (a SHORT line; a text browser's
        numbered links under their References, each a link under the box of the page's, are BAD)."""
        top = _heading_over_box(i, region.stop, gaps, page) if feats[i].terminal else None
        return (i, i + 1, False) if top is None or kinds[top] is not Kind.SHORT else (top, i, True)

    def run_end(first: int, under_box: bool) -> int:
        end = first
        while (end < len(kinds) and kinds[end] in (Kind.GOOD, Kind.NEAR) and feats[end].terminal
               and (page.adjacent(end) or under_box and end == first)):
            end += 1
        return end

    openings = [opening(i) for i in range(region.stop, len(kinds)) if gaps[i]]
    if settings.sentence_run_heading_past_sign_off:
        openings = [(heading, first, under_box) for heading, first, under_box in openings
                    if run_end(first, under_box) - first >= settings.sentence_run_min_sentences]
    if not openings:
        return range(0)
    heading, first, under_box = max(openings, key=lambda found: found[1])
    if feats[heading].terminal or feats[heading].words > settings.heading_max_words:
        return range(0)
    end = run_end(first, under_box)
    if end - first < settings.sentence_run_min_sentences or any(
            kinds[i] is not Kind.SHORT for i in range(end, len(kinds))):
        return range(0)
    return range(heading, end)


def _heading_over_box(first: int, floor: int, gaps: list[float], page: Page) -> int | None:
    """The block over a box set right above block ``first`` when it stands
    under chrome too, at block ``floor`` or below: at most
    story_halves_max_box_lines lines between them, all removed (a
    newsletter's pitch left between the box's lines aside), none what a box
    set in a story holds none of (a comment prompt, a header line, the menu,
    a footer notice). None otherwise, or with sentence_run_heading_over_box
    off."""
    settings = page.settings
    if not settings.sentence_run_heading_over_box:
        return None
    top = first - 1
    while top >= floor and newsletter_pitch(top, page):
        top -= 1
    if top < floor or not gaps[top]:
        return None
    kept = {page.blocks[j].index for j in range(top + 1, first)}
    lines = range(page.blocks[top].index + 1, page.blocks[first].index)
    if not 0 < len(lines) <= settings.story_halves_max_box_lines:
        return None
    if all(i in page.removed and page.removed[i] not in _NOT_IN_STORY_BOX for i in lines if i not in kept):
        return top
    return None


def _run_under(header: int, stop: int, scores: list[float], gaps: list[float], kinds: list[Kind],
               page: Page, least: float | None = None) -> range:
    """The best region among the blocks after page line ``header`` and
    before block ``stop`` when it starts at most header_region_max_lines
    lines under the header, the header's own lines not counted (those a
    header stage removed: the headline's copies, a byline, a date; a
    renderer that sets each span on a line of its own parts a date from
    its label and a sentence from its first words), and holds a run of
    paragraphs (see _story_run), or, when ``least`` is given, a paragraph
    and scores at least ``least``; empty otherwise."""
    settings = page.settings
    if settings.header_region_max_lines <= 0:
        return range(0)
    index = page.indices
    first = bisect_right(index, header)
    # The gap before the first block is crossed by no region found here.
    found = best_region_across_gaps(scores[first:stop], [0.0, *gaps[first + 1:stop]])
    if not found:
        return range(0)
    if _lines_under_header(header, index[first + found.start], page) > settings.header_region_max_lines:
        return range(0)
    story = range(first + found.start, first + found.stop)
    if least is not None and any(kinds[i] is Kind.GOOD for i in story) and _region_score(story, scores, gaps) >= least:
        return story  # one paragraph that scores ``least``: a short story, not a teaser's line
    return story if _story_run(story, kinds, page) else range(0)


def _lines_under_header(header: int, line: int, page: Page) -> int:
    """How many lines page line ``line`` stands under page line ``header``,
    the lines a header stage removed not counted (the headline's copies, a
    byline, a date: a renderer that sets each span on a line of its own
    parts a date from its label)."""
    lines = range(header + 1, line)
    stages = [page.removed.get(i) for i in lines]
    if page.settings.header_newsletter_box_counts_once:
        # A newsletter box's prompt, pitch, field and button are one box too, though several detectors remove them.
        stages = [newsletter_box.id if _newsletter_box_line(i, page) else stage for i, stage in zip(lines, stages)]
    # A box one detector removed whole (a related list, a share bar) is one thing set between, however long.
    once = page.settings.header_box_counts_once
    return 1 + sum(stage not in HEADER_STAGES and not (once and stage and at and stage == stages[at - 1])
                   for at, stage in enumerate(stages))


def _earlier_scores_beside(earlier: range, region: range, scores: list[float], gaps: list[float], page: Page) -> bool:
    """Whether the region before the best one (``earlier``, not empty) scores at least earlier_story_min_share of
    the best (``region``): enough to be kept beside it (0: never)."""
    least = page.settings.earlier_story_min_share
    return bool(least and earlier
                and _region_score(earlier, scores, gaps) >= least * _region_score(region, scores, gaps))


def _story_beside_story(earlier: range, region: range, scores: list[float], gaps: list[float], kinds: list[Kind],
                        page: Page) -> bool:
    """Whether the region before the best one (``earlier``) is kept beside
    it: both hold a run of paragraphs (see _story_run), no comment prompt
    parts them, the earlier one scores at least earlier_story_min_share of
    the best, and chrome the detectors removed lies above it (it stands
    under the page's menu, not in a notice set above the whole page). A
    short story under a menu that took its headline, above a longer text set
    apart by chrome (a blog's "about me" box, the next article's text), is
    not gambled away: which of the two is the story, nothing on the page
    says."""
    if not _earlier_scores_beside(earlier, region, scores, gaps, page):
        return False
    if not (_story_run(earlier, kinds, page) and _story_run(region, kinds, page)):
        return False
    start = page.blocks[earlier.start].index
    return (not _comment_prompt_between(earlier, region, page)
            and any(stage in CHROME_STAGES and i < start for i, stage in page.removed.items()))


def _story_over_end_marks_beside(earlier: range, region: range, scores: list[float], gaps: list[float],
                                 kinds: list[Kind], page: Page) -> bool:
    """Whether the region before the best one (``earlier``) is kept beside
    it as a story that ends over its end marks (story_beside_story_at_end):
    it holds a paragraph, right under its last block (past at most
    story_end_marks_lower_lines kept lines that are no prose: "Back to the
    overview") stands what a page sets under a story's end (see
    _ends_at_story_end: its tags, its share bar), the best region holds a
    run of paragraphs and scores at most 1 / earlier_story_min_share times
    as much, and no comment prompt parts them. Where nothing removed stands
    above a short story (the page starts with it, or its menu's lines were
    kept), its marks say it ends there; the longer text under them (a
    blog's "about me" box, a club's "about us") is kept beside it rather
    than the story lost."""
    settings = page.settings
    if not (settings.story_beside_story_at_end and earlier.stop <= region.start
            and _earlier_scores_beside(earlier, region, scores, gaps, page)):
        return False
    if not (any(kinds[i] is Kind.GOOD for i in earlier) and _story_run(region, kinds, page)):
        return False
    end = earlier.stop
    while (end < region.start and end - earlier.stop < settings.story_end_marks_lower_lines and page.adjacent(end)
           and kinds[end] in (Kind.SHORT, Kind.BAD)):
        end += 1
    return _ends_at_story_end(range(earlier.start, end), page) and not _comment_prompt_between(earlier, region, page)


def _story_above_comments(earlier: range, region: range, scores: list[float], gaps: list[float], kinds: list[Kind],
                          page: Page) -> bool:
    """Whether the region before the best one (``earlier``) is the story and
    the best one the comments: a comment prompt lies between them (see
    _comment_prompt_between), and the earlier one holds a run of paragraphs
    (see _story_run) and scores at least story_above_comments_min_share of
    the best. Readers' comments, under the story or in a box of the latest
    comments on other stories, outscore a short story above them."""
    least = page.settings.story_above_comments_min_share
    if not (least and earlier):
        return False
    return (_region_score(earlier, scores, gaps) >= least * _region_score(region, scores, gaps)
            and _story_run(earlier, kinds, page) and _comment_prompt_between(earlier, region, page))


# What a box set inside a story holds none of: a comment prompt or thread
# (the comments under the story), a header line (the next story's headline
# or byline), a footer notice (the page's end), the page's menu (a notice
# above the whole page stands over it).
_NOT_IN_STORY_BOX = (frozenset({comment_prompt.id, comment_thread.id, nav_menu.id}) | HEADER_STAGES
                     | {copyright_licence.id})


def _halves_of_one_story(upper: range, lower: range, scores: list[float], gaps: list[float], kinds: list[Kind],
                         items: AbstractSet[int], page: Page) -> bool:
    """Whether regions ``upper`` above ``lower`` are two halves of one story
    that a box set between two of its paragraphs cut apart (a related list,
    a newsletter pitch, an advertisement): each holds a run of paragraphs
    (see _story_run) or a list of the story's ``items`` over a paragraph
    (a lead-in and its list over the closing paragraph: see
    _list_over_paragraph), the one that scores less scores at least
    story_halves_min_share of the other, and at most
    story_halves_max_box_lines lines stand between them, the first and the
    last removed by a detector, none of them a comment prompt or thread,
    a header line, a footer notice or the page's menu. The box costs the region that crosses
    it more than the smaller half scores, and which half is the story
    nothing on the page says: both are kept rather than one lost. Where
    the lower half ends right over the story's end marks (see
    _ends_at_story_end), the smaller needs only
    story_halves_at_end_min_share: a sidebar's text stands under them, not
    over them."""
    least, most_lines = page.settings.story_halves_min_share, page.settings.story_halves_max_box_lines
    if not (least and upper and lower and upper.stop <= lower.start):
        return False
    top, bottom = page.blocks[upper.stop - 1].index, page.blocks[lower.start].index
    if not 0 < bottom - top - 1 <= most_lines or top + 1 not in page.removed or bottom - 1 not in page.removed:
        return False
    if any(page.removed.get(i) in _NOT_IN_STORY_BOX for i in range(top + 1, bottom)):
        return False
    at_end = _ends_at_story_end(lower, page)
    upper_score, lower_score = _region_score(upper, scores, gaps), _region_score(lower, scores, gaps)
    # Right under the story's header (its byline or date), a smaller upper half is the story's lead, however
    # short: the story's body goes on under the box (a sidebar's text under a short story scores less).
    at_top = (page.settings.story_half_at_top_one_paragraph and upper_score < lower_score
              and page.removed.get(page.blocks[upper.start].index - 1) in HEADER_STAGES)
    if at_end or at_top:
        least = min(least, page.settings.story_halves_at_end_min_share)
    # Over the story's end marks, the lower half may be the story's last paragraph alone; under its header,
    # the upper half its first.
    last_paragraph = (at_end and page.settings.story_half_at_end_one_paragraph
                      and any(kinds[i] is Kind.GOOD for i in lower))
    first_paragraph = at_top and any(kinds[i] is Kind.GOOD for i in upper)
    if at_top and not first_paragraph and page.settings.story_half_at_top_sentence and any(
            kinds[i] is Kind.NEAR for i in upper):
        # A sentence scores a point however long: its words weigh it against the lower half's.
        first_paragraph = True
        upper_score, lower_score = (sum(page.features[i].words for i in half) for half in (upper, lower))
    return (min(upper_score, lower_score) >= least * max(upper_score, lower_score)
            and (first_paragraph or _story_run(upper, kinds, page) or _list_over_paragraph(upper, kinds, items))
            and (last_paragraph or _story_run(lower, kinds, page) or _list_over_paragraph(lower, kinds, items)))


def _list_over_paragraph(region: range, kinds: list[Kind], items: AbstractSet[int]) -> bool:
    """Whether the region holds items of a list of the story (``items``,
    which stand between two of its paragraphs: see story_list_items) with a
    paragraph of the region under them: a story's part, as a run of
    paragraphs is, where a lead-in and its list stand over its last
    paragraph."""
    listed = [i for i in region if i in items]
    return bool(listed) and any(kinds[i] is Kind.GOOD for i in range(listed[-1] + 1, region.stop))


def _with_items_above(region: range, floor: int, items: AbstractSet[int]) -> range:
    """``region`` with the story's list items (``items``) right above it,
    down to position ``floor``: they score nothing (see story_list_items),
    so the best region starts under them, at the paragraph that closes the
    list."""
    start = region.start
    while start > floor and start - 1 in items:
        start -= 1
    return range(start, region.stop)


# What a page sets right under a story's last paragraph: its tags, its share bar, the comment prompt.
_UNDER_STORY_END = STORY_END_STAGES | {comment_prompt.id}
# What a box set among a list's lines holds none of (see _box_in_story): what a box set in the story holds
# none of, nor the marks under its end (tags, a share bar): the page's own lists and tables stand under those.
_NOT_IN_LIST_BOX = _NOT_IN_STORY_BOX | _UNDER_STORY_END
# ... and what it may set between the paragraph and those: the writer's bio, the app's plug, a plea to subscribe.
_OVER_STORY_END_MARKS = frozenset({author_bio.id, newsletter_prompt.id, donation_appeal.id})


def _ends_at_story_end(region: range, page: Page) -> bool:
    """Whether the page line right under ``region``'s last block was removed
    as what a page sets under a story's end (tags, a share bar, the comment
    prompt), or stands under at most story_end_marks_lower_lines lines
    removed as a writer's bio, an app's plug or a plea to subscribe: the
    story's last paragraphs, however short beside the rest."""
    under = page.blocks[region.stop - 1].index + 1
    for line in range(under, under + page.settings.story_end_marks_lower_lines + 1):
        stage = page.removed.get(line)
        if stage in _UNDER_STORY_END:
            return True
        if stage not in _OVER_STORY_END_MARKS:
            return False
    return False


def _paragraph_under_headline(region: range, earlier: range, kinds: list[Kind], page: Page) -> bool:
    """Whether ``region`` holds a paragraph and starts at most
    header_region_max_lines lines under a line a headline stage removed
    below ``earlier``, or right under a kept line shaped as a headline
    (headline_min_words words or more, no digit, no sentence's end) that
    stands right under chrome removed (paragraph_under_kept_headline): a
    story of one paragraph under its headline, which a site's welcome text
    above it scores nearly as much as. A review or a comment under the story
    stands under a name or a date, no headline."""
    if not any(kinds[i] is Kind.GOOD for i in region):
        return False
    top, start = page.blocks[earlier.stop - 1].index, page.blocks[region.start].index
    if any(top < i < start and start - i <= page.settings.header_region_max_lines
           for i, stage in page.removed.items() if stage in HEADLINE_STAGES):
        return True
    # A headline no stage knew (the page's title that repeats it is gone): a kept line shaped as one right over
    # the paragraph, set apart under chrome removed above it.
    heading = region.start - 1
    return (page.settings.paragraph_under_kept_headline and heading >= earlier.stop and page.adjacent(region.start)
            and not page.adjacent(heading) and _headline_shaped(heading, page)
            and page.features[heading].digit_share == 0 and page.blocks[heading].index - 1 in page.removed)


def _story_run(region: range, kinds: list[Kind], page: Page) -> bool:
    """Whether the region holds a run of paragraphs (two adjacent ones): a
    story's, where reviews and teasers are each set apart under a name or a
    headline, and a standfirst stands alone."""
    return bool(adjacent_pairs([i for i in region if kinds[i] in (Kind.GOOD, Kind.NEAR)], page))


def foreign_prose_language(i: int, page: Page) -> str | None:
    """The language in which block i, no paragraph by the page's stoplist
    (too few of its stopwords), is one: a line of foreign_prose_min_words
    words or more, with clause marks, whose own language (identified from
    the line alone) differs from the page's and has a stoplist by which the
    line classifies as a paragraph (GOOD); None for any other line."""
    features, settings = page.features[i], page.settings
    least = settings.foreign_prose_min_words
    if (not page.stopwords or least <= 0 or features.words < least or not features.clause_marks
            or features.stopword_density >= settings.stopword_min_density):
        return None
    text = page.blocks[i].text
    language = identify([text], settings)
    stopwords = stopwords_for(language) if language != page.language else frozenset()
    if not stopwords:
        return None
    own = measure(without_link_marks(text), stopwords, settings.cjk_chars_per_word,
                  settings.spaceless_stopword_density, settings.southeast_asian_chars_per_word)
    return language if classify(own, True, settings) is Kind.GOOD else None


def foreign_story_lines(page: Page, kinds: list[Kind]) -> set[int]:
    """The story's paragraphs in another language than the page's (see
    foreign_prose_language): the first such line at most
    header_region_max_lines lines under a line a header stage removed (the
    header's own lines not counted), and the lines right after it that are
    paragraphs in that language too, short lines (subheadings) between them.
    The page's language is guessed from its longest lines; where its chrome
    is in another language than its story (a German blog's menus and boxes
    around a review written in English), the story's lines read as lists of
    names. Under the story's header only: chrome in another language than
    the story (a cookie table, references, a site's notice) stands apart
    from it. And only where these lines hold at least
    foreign_story_min_share of the words of the page's paragraphs (GOOD
    blocks): then the page's prose is theirs and its language the chrome's;
    a quotation in another language inside a story, or a reply's in a forum,
    is a small part of the prose around it. Empty when there are none."""
    settings = page.settings
    if not page.stopwords or settings.foreign_prose_min_words <= 0 or settings.header_region_max_lines <= 0:
        return set()
    index = page.indices
    # Each line's language asked once: a header's lines (headline, byline, date) look under each, and a run
    # past a subheading asks of the line after it; each answer identifies a line's language.
    language_of = functools.cache(lambda i: foreign_prose_language(i, page))
    found: set[int] = set()
    for header in sorted(i for i, stage in page.removed.items() if stage in HEADER_STAGES):
        j = bisect_right(index, header)
        while (j < len(index) and kinds[j] is not Kind.GOOD
               and _lines_under_header(header, index[j], page) <= settings.header_region_max_lines):
            if language := language_of(j):
                found.update(_foreign_run(j, language, language_of, page))
                break
            j += 1
    words = [f.words for f in page.features]
    paragraphs = sum(w for w, kind in zip(words, kinds) if kind is Kind.GOOD)
    return found if sum(words[i] for i in found) >= settings.foreign_story_min_share * paragraphs else set()


def _foreign_run(start: int, language: str, language_of: Callable[[int], str | None], page: Page) -> list[int]:
    """Block ``start`` and the blocks right after it that are paragraphs in
    ``language`` too (``language_of``: see foreign_prose_language), past
    short lines between them (subheadings, which are left as they are)."""
    short, count = page.settings.short_max_words, len(page.blocks)
    run, j = [], start
    while j < count:
        if language_of(j) == language:
            run.append(j)
        elif not (page.features[j].words <= short and j + 1 < count and language_of(j + 1) == language):
            break
        j += 1
    return run


def headline_row(text: str, settings: Settings) -> bool:
    """Whether a line is a row of headlines or links set apart by pipes
    ("Storm hits the coast | Council approves budget | ..."): of
    headline_row_min_items items or more, each of at most
    headline_row_item_max_words words, and no table's row (set between
    pipes). A list on one line, however many words it holds."""
    least = settings.headline_row_min_items
    if not least or " | " not in text or table_row(text) or text.count(" | ") + 1 < least:
        return False
    return all(len(item.split()) <= settings.headline_row_item_max_words for item in text.split(" | "))


# A name's initial and its full stop ("E. T. A. Hoffmann", "Th. W. Adorno"): no clause mark.
_INITIAL = compiled(r"(?<!\w)\p{Lu}\p{Ll}?\.(?=\s|\p{Lu}|$)")


def sparse_marks_list(text: str, features: Features, settings: Settings) -> bool:
    """Whether a long line of names holds no sentence: of
    unpunctuated_list_min_words words or more, at least
    sparse_marks_list_min_title_case_share of them capitalised, not ending
    as a sentence does, and with at most one clause mark in
    sparse_marks_list_min_words_per_mark words, the full stops of initials
    ("E. T. A.", "Th. W.") not counted: a tag cloud or a drop-down's options
    on one line, where classify's unpunctuated list asks for no mark at all."""
    per_mark = settings.sparse_marks_list_min_words_per_mark
    if (not per_mark or features.terminal or features.words < settings.unpunctuated_list_min_words
            or features.title_case_share < settings.sparse_marks_list_min_title_case_share):
        return False
    if features.words >= per_mark * features.clause_marks:
        return True
    return features.words >= per_mark * (features.clause_marks - len(_INITIAL.findall(text)))


def _select(page: Page) -> dict[int, str]:
    settings = page.settings
    kinds = [classify(f, bool(page.stopwords), settings) for f in page.features]
    # A tag cloud is no paragraph, nor a share of the page's prose that a story in another language is weighed against.
    kinds = [Kind.BAD if kind is Kind.GOOD and sparse_marks_list(page.blocks[i].text, page.features[i], settings)
             else kind for i, kind in enumerate(kinds)]
    foreign = foreign_story_lines(page, kinds)
    kinds = [Kind.GOOD if i in foreign else kind for i, kind in enumerate(kinds)]
    kinds = [Kind.BAD if kind is Kind.GOOD and headline_row(page.blocks[i].text, settings) else kind
             for i, kind in enumerate(kinds)]
    if settings.keep_bare_articles and bare_article(page, kinds):
        return {}
    threads = comment_threads(page, kinds)
    removed = _outside_main_content(page, kinds, threads)
    words = [f.words for f in page.features]
    kept = sum(w for i, w in enumerate(words) if i not in removed)
    if (removed and settings.short_max_words < sum(words) and kept < settings.all_content_min_kept_share * sum(words)
            and all_content(page)):
        return {}
    if removed and kept < settings.selection_min_kept_words:
        # The comments under a story hold no story of their own.
        in_threads = thread_blocks(threads)
        story_words = [0.0 if i in in_threads else w for i, w in enumerate(words)]
        stretch = _wordiest_stretch(page, story_words)
        # Unless the region lies in that stretch: then selection only narrowed it.
        if (sum(story_words[i] for i in stretch) >= settings.selection_min_kept_words
                and all(i in removed for i in stretch)):
            return {i: SELECTION_ID for i in range(len(words)) if i not in stretch}
    return _with_prose_reading(removed, kinds, threads, page)


def _with_prose_reading(removed: dict[int, str], kinds: list[Kind], threads: list[tuple[int, range]],
                        page: Page) -> dict[int, str]:
    """``removed`` without the blocks of the prose reading of the page when
    selection keeps less than prose_reading_min_kept_share of the words of
    its prose blocks (GOOD and NEAR): the best region where every prose block
    scores its words (see best_region_across_gaps), short sentences and
    unpunctuated lines of prose words as much as paragraphs. Such a page's
    story is one-line steps, sentences or list items that each score little,
    and a region of a few paragraphs beside them (a recipe's tip, a site's
    blurb) outscores them; both are kept rather than the story lost. The
    comments of a thread under a comment prompt (see comment_threads) are no
    prose of the story's."""
    settings = page.settings
    if not removed or settings.prose_reading_min_kept_share <= 0:
        return removed
    in_threads = thread_blocks(threads)
    prose = [kind in (Kind.GOOD, Kind.NEAR) and i not in in_threads for i, kind in enumerate(kinds)]
    words = [f.words for f in page.features]
    kept = sum(w for i, w in enumerate(words) if prose[i] and i not in removed)
    if kept >= settings.prose_reading_min_kept_share * sum(w for i, w in enumerate(words) if prose[i]):
        return removed
    scores = [words[i] if prose[i] else score(kinds[i], page.features[i], settings, page.blocks[i].text)
              for i in range(len(kinds))]
    reading = best_region_across_gaps(scores, gap_costs(page))
    return {i: stage for i, stage in removed.items() if i not in reading}


def _wordiest_stretch(page: Page, words: list[float]) -> range:
    """The run of blocks between two pieces of chrome (see gap_costs) that
    holds the most words: the page's content, when its story is no prose."""
    starts = [i for i, cost in enumerate(gap_costs(page)) if cost or i == 0]
    stretches = [range(start, stop) for start, stop in zip(starts, [*starts[1:], len(words)])]
    return max(stretches, key=lambda stretch: sum(words[i] for i in stretch))


def story_list_items(page: Page, kinds: list[Kind]) -> set[int]:
    """Blocks in a run of story_list_min_items or more adjacent short lines
    of one item kind (see _list_item_kind) with a paragraph of prose close
    before and after it (at most story_list_gap_max_blocks lines away, such
    as its heading): a list (ingredients, results, offers) that a story
    holds between its paragraphs; and a list in sections, two runs or more
    each under its own heading, with a paragraph close after its last: a
    recipe card's ingredients above its steps, a programme's days (a
    section of story_list_section_min_items or more). Also such lists of
    unfinished lines (see unfinished_item_lists)."""

    # A paragraph scores already: the cheap test first.
    item_kinds = [None if kind is Kind.GOOD else _list_item_kind(i, page) for i, kind in enumerate(kinds)]
    items = _list_items(_item_runs(item_kinds, page), kinds, page, headed=False)
    return items | announced_items(page, kinds) | unfinished_item_lists(page, kinds) | sectioned_lists(page, kinds)


def set_apart_heading(i: int, page: Page, over_box: bool = False) -> bool:
    """Whether block ``i`` is a heading set apart by blank lines: of at
    most story_list_heading_max_words words, not ending like a sentence,
    with a blank line above it and one under it (the text a page's markup
    renders a heading as; a list's items stand one under another). With
    ``over_box``, a box set in the story under it (see _under_box_in_story)
    stands for the blank line: its lines, removed, hold it."""
    blocks, feats = page.blocks, page.features
    return (i < len(blocks) and blocks[i].blank_before and not feats[i].terminal
            and feats[i].words <= page.settings.story_list_heading_max_words
            and (i + 1 == len(blocks) or blocks[i + 1].blank_before
                 or over_box and _under_box_in_story(i + 1, page) is not None))


def sectioned_lists(page: Page, kinds: list[Kind]) -> set[int]:
    """The story's lists in sections between two of its paragraphs,
    whatever the shapes of their lines (a pros list of phrases, a
    specifications table of rows, show notes under time stamps): right
    under a paragraph, sectioned_list_min_sections or more sections, each
    one or two headings (a line of at most story_list_heading_max_words
    words set apart by blank lines, not ending like a sentence) over a
    list (story_list_section_min_items or more lines of at most
    story_list_item_max_words words, set one under another without a blank
    line), then the story's next paragraph, under a heading of its own or
    not ("Verdict"), with nothing removed between but, above the first
    heading, the story's interruptions (an inline "read also" link, an ad:
    they part no story from its lists), and a box set in the story between
    a heading and its list (see _under_box_in_story). The blank lines tell a
    heading from an item; a box of other articles carries one heading, and
    chrome that the detectors removed parts it from the story."""
    settings, blocks, feats = page.settings, page.blocks, page.features
    if settings.sectioned_list_min_sections <= 0:
        return set()

    def heading(i: int, first: bool) -> bool:
        if not (0 < i < len(blocks) and kinds[i] is not Kind.GOOD
                and set_apart_heading(i, page, settings.sectioned_list_across_box)):
            return False  # most lines under a paragraph: asked before what lies between them
        return _story_continues(i - 1, i, page) if first else page.adjacent(i)

    def item(i: int) -> bool:
        return page.adjacent(i) and feats[i].words <= settings.story_list_item_max_words

    items: set[int] = set()
    for paragraph in (i for i, kind in enumerate(kinds) if kind is Kind.GOOD and i not in items):
        sections, i = 0, paragraph + 1
        while True:
            headings = 0
            while headings < 2 and i < len(blocks) and heading(i, first=i == paragraph + 1):
                headings, i = headings + 1, i + 1
            if sections >= settings.sectioned_list_min_sections and page.adjacent(i) and (
                    kinds[i] is Kind.GOOD and blocks[i].blank_before):
                items.update(range(paragraph + 1, i))
                break
            under_box = _under_box_in_story(i, page) if headings and settings.sectioned_list_across_box else None
            first = i if under_box is None else under_box
            end = first + 1 if first < len(blocks) and (under_box is not None or item(first)) else first
            while end < len(blocks) and item(end) and not blocks[end].blank_before:
                end += 1
            if not headings or end - first < settings.story_list_section_min_items:
                break
            sections, i = sections + 1, end
    return items


def _under_box_in_story(i: int, page: Page) -> int | None:
    """The first line under a box that may stand in a story's list (see
    _only_box_between) right above block ``i``: ``i``, or the line under the
    pitch the detectors left between the box's lines (see newsletter_pitch);
    None when no such box stands there."""
    if i <= 0 or page.adjacent(i):
        return None
    under = i
    while under < len(page.blocks) and newsletter_pitch(under, page):
        under += 1
    return under if under < len(page.blocks) and _only_box_between(i - 1, under, page) else None


def unfinished_item_lists(page: Page, kinds: list[Kind]) -> set[int]:
    """The story's lists of unfinished lines between its paragraphs, as
    story_list_items finds lists of one shape: lines without a full stop,
    longer than a label (more than short_max_words words) and at most
    story_list_item_max_words, without figures, whatever their shapes
    ("Plan weekly routes to eleven rural stops", "Spanish skills are
    strongly preferred"), each
    list under its heading right under a paragraph, with a paragraph close
    after it (unfinished_lists_in_story): a job posting's duties and
    requirements, a guide's what-goes and what-does-not. Without the
    heading, such a run right under a paragraph is as likely a box of
    headlines or links set in the page."""
    settings = page.settings
    if not settings.unfinished_lists_in_story:
        return set()

    shortest, longest = settings.short_max_words, settings.story_list_item_max_words
    # A line with figures is a table's row (prices, results): a list of one shape, or a table's.
    # Most lines are too short or too long for it: that test first.
    item_kinds = ["unfinished" if shortest < f.words <= longest and not f.terminal and not f.digit_share
                  and kind is not Kind.GOOD else None for kind, f in zip(kinds, page.features)]
    return _list_items(_item_runs(item_kinds, page), kinds, page, headed=True)


def _item_runs(item_kinds: Sequence[object], page: Page) -> list[range]:
    """Each run of adjacent blocks of one kind (``item_kinds``, one per
    block; None for a block that is no item)."""
    runs: list[range] = []
    for i in [i for i, kind in enumerate(item_kinds) if kind is not None]:
        # The block before, of the same kind, is the last run's last.
        if page.adjacent(i) and item_kinds[i - 1] == item_kinds[i]:
            runs[-1] = range(runs[-1].start, i + 1)
        else:
            runs.append(range(i, i + 1))
    return runs


def _list_items(runs: list[range], kinds: list[Kind], page: Page, headed: bool) -> set[int]:
    """The blocks of the ``runs`` (see _item_runs) that a story holds: a run
    of story_list_min_items or more with a paragraph close before and after
    it, or a list in sections with a paragraph close after its last. With
    ``headed``, the paragraph before stands right above the run's heading
    (see _heading_under_paragraph), or close above the first section's."""

    def prose_near(positions: range) -> bool:
        for i in positions:
            if not 0 <= i < len(kinds):
                return False
            if kinds[i] is Kind.GOOD:
                return True
        return False

    def prose_before(start: int) -> bool:
        if headed:
            return _heading_under_paragraph(start, kinds, page)
        return prose_near(range(start - 1, start - 2 - gap, -1))

    settings = page.settings
    gap = settings.story_list_gap_max_blocks
    items: set[int] = set()
    for run in runs:
        if (len(run) >= settings.story_list_min_items and prose_before(run.start)
                and prose_near(range(run.stop, run.stop + gap + 1))):
            items.update(run)
    # A list in sections, each under its heading ("For the dough", "For the
    # topping"), with the story going on right after its last section: the
    # sections stand for the prose a single list would have above it.
    chain: list[range] = []
    for run in [*(run for run in runs if len(run) >= settings.story_list_section_min_items), range(0)]:
        if chain and run and _next_section(chain[-1].stop, run, page):
            chain.append(run)
            continue
        if (len(chain) >= 2 and prose_near(range(chain[-1].stop, chain[-1].stop + gap + 1))
                and (not headed or prose_near(range(chain[0].start - 2, chain[0].start - 3 - gap, -1)))):
            items.update(range(chain[0].start, chain[-1].stop))
        chain = [run]
    return items


def _heading_under_paragraph(start: int, kinds: list[Kind], page: Page) -> bool:
    """Whether block ``start`` stands right under a list's heading (see
    _past_heading: "What you'll do", "Requirements:") that stands right
    under a paragraph: the story's next section opens there."""
    heading, paragraph = start - 1, start - 2
    return (paragraph >= 0 and kinds[paragraph] is Kind.GOOD and _past_heading(heading, page) == start
            and page.adjacent(heading) and page.adjacent(start))


def _next_section(stop: int, run: range, page: Page) -> bool:
    """Whether ``run`` is the next section of a list in sections whose
    last run ends at ``stop``: one heading line between them ("Sunday 20
    April"), or two (a table's header row under it: "Time Event Venue"),
    with only story interruptions removed between (a header row the page
    repeats is a repeated-line)."""
    start = _past_heading(stop, page)
    if start != run.start and start > stop:
        start = _past_heading(start, page)
    return start == run.start > stop and all(_list_continues(i - 1, i, page) for i in range(stop, run.start + 1))


def announced_items(page: Page, kinds: list[Kind]) -> set[int]:
    """The lines a story announces between its paragraphs: a line that ends
    in a colon (see lead_in: "Key facts:", "Die Eintrittspreise:", or a
    paragraph's last sentence: "The council set these rules:") with a
    paragraph of prose at most story_list_gap_max_blocks lines above it,
    then announced_list_min_lines or more adjacent lines that are no
    paragraph, each of at most story_list_item_max_words words, whatever
    their shapes (opening hours, a table's rows, a second announced list),
    with a paragraph right under the last, or under the story's
    interruptions a detector removed there (an ad's label, "Story continues
    below"): the story goes on after them (announced_lower_case_min_lines
    or more when each opens in lower case).
    They cost the region nothing; lists of items of one shape are
    story_list_items."""
    settings, texts = page.settings, page.texts()
    gap = settings.story_list_gap_max_blocks
    items: set[int] = set()
    for i, text in enumerate(texts):
        if not lead_in(text) or i in items:
            continue
        if not any(kinds[j] is Kind.GOOD for j in range(max(0, i - gap - 1), i)):
            continue
        end = _announced_run_end(i, kinds, page)
        # Lines that open in lower case go on with the lead-in's sentence (its items: "poured it off",
        # "fed it twice"): no teaser or headline opens so, and two of them are a list.
        least = (settings.announced_lower_case_min_lines if all(texts[j][:1].islower() for j in range(i + 1, end))
                 else settings.announced_list_min_lines)
        if (end - i - 1 >= least and end < len(texts) and kinds[end] is Kind.GOOD
                and _story_continues(end - 1, end, page)):
            # A lead-in that is a paragraph itself keeps its score: only the lines it announces cost nothing.
            items.update(range(i + 1 if kinds[i] is Kind.GOOD else i, end))
    return items


def _announced_run_end(lead: int, kinds: list[Kind], page: Page) -> int:
    """Where the lines that block ``lead`` (a lead-in) announces end: the
    adjacent lines under it that are no paragraph (or, with
    announced_lower_case_paragraphs, open in lower case), each of at most
    story_list_item_max_words words."""
    settings, texts = page.settings, page.texts()
    end = lead + 1
    while (end < len(kinds) and (kinds[end] is not Kind.GOOD
                                 or settings.announced_lower_case_paragraphs and texts[end][:1].islower())
           and page.features[end].words <= settings.story_list_item_max_words and page.adjacent(end)):
        end += 1
    return end


def list_announced_at_end(last: int, kinds: list[Kind], page: Page) -> list[int]:
    """The list that ends the story when its last kept block ``last`` is a
    paragraph that ends in a colon (see lead_in: "so I will sum them up:"),
    or a paragraph with a short lead-in right under it ("What changes:", of
    at most story_list_heading_max_words words, with
    short_lead_in_announces_end_list; then the items must be bulleted or
    open in lower case): the lines it announces (see
    _announced_run_end), announced_list_min_lines or more, up to the first
    removed line or the page's end. A story does not end on a sentence that
    promises more; announced_items keeps such lines between two paragraphs,
    this the ones after the last."""
    if last + 1 >= len(kinds) or kinds[last] is not Kind.GOOD:
        return []
    texts, lead = page.texts(), last
    if (page.settings.short_lead_in_announces_end_list and not lead_in(texts[last])
            and page.adjacent(last + 1) and kinds[last + 1] is not Kind.GOOD
            and page.features[last + 1].words <= page.settings.story_list_heading_max_words):
        lead = last + 1
    if not lead_in(texts[lead]):
        return []
    end = _announced_run_end(lead, kinds, page)
    # Under a short lead-in, only a list's items: bulleted, or going on with its sentence in lower case (a
    # contact's name and numbers under "Contact:" are no part of the story).
    if lead > last and not all(_BULLET.search(texts[i]) or texts[i][:1].islower() for i in range(lead + 1, end)):
        return []
    closed = not page.adjacent(end)
    return list(range(last + 1, end)) if closed and end - lead - 1 >= page.settings.announced_list_min_lines else []


def _outside_main_content(page: Page, kinds: list[Kind], threads: list[tuple[int, range]]) -> dict[int, str]:
    settings = page.settings
    items = story_list_items(page, kinds)
    scores = [score(k, f, settings, b.text) for k, f, b in zip(kinds, page.features, page.blocks)]
    # A live ticker's stamps are the story's as its list's items are: they part its entries, not it.
    clocks = clock_time_lines(page.texts())
    stamps = ticker_stamps(clocks, page)
    scores = [0.0 if i in items or i in stamps else value for i, value in enumerate(scores)]
    gaps = gap_costs(page)
    if settings.sectioned_list_across_box:  # a box set inside the story's list (see sectioned_lists) parts no story
        gaps = [0.0 if i in items and i - 1 in items else cost for i, cost in enumerate(gaps)]
    region = best_region_across_gaps(scores, gaps)
    earlier = best_region_across_gaps(scores[:region.start], gaps[:region.start])
    best_score = _region_score(region, scores, gaps)
    second = range(0)
    if earlier and _region_score(earlier, scores, gaps) >= settings.earlier_region_min_share * best_score:
        if settings.earlier_region_keeps_best and (
                _story_run(region, kinds, page) or _paragraph_under_headline(region, earlier, kinds, page)
        ) and not _comment_prompt_between(earlier, region, page):
            second = region
        region = earlier
    elif under_header := _region_under_header(region, scores, gaps, kinds, page):
        region, second = under_header, region
    elif _story_above_comments(earlier, region, scores, gaps, kinds, page):
        region = earlier
    elif (settings.earlier_run_beside_lone_paragraphs and earlier and _story_run(earlier, kinds, page)
          and not _story_run(region, kinds, page) and not _comment_prompt_between(earlier, region, page)):
        # A run of short paragraphs scores little beside one long paragraph
        # or a box of teasers with summaries, each apart under its headline.
        region, second = earlier, region
    elif (_story_beside_story(earlier, region, scores, gaps, kinds, page)
          or _story_over_end_marks_beside(earlier, region, scores, gaps, kinds, page)):
        region, second = earlier, region
    elif below := _story_below_region(region, scores, gaps, kinds, items, page):
        second = below
    else:
        second = _sentence_run_at_end(region, gaps, kinds, page)
    region, comments = _before_comments(region, scores, gaps, kinds, threads, page)
    if comments:
        second = range(0)
    elif not second:  # a box set between two of the story's paragraphs may have cut it in two
        found = best_region_across_gaps(scores[region.stop:], [0.0, *gaps[region.stop + 1:]])
        below = range(region.stop + found.start, region.stop + found.stop) if found else range(0)
        below = _with_items_above(below, region.stop, items) if below else below
        if _halves_of_one_story(region, below, scores, gaps, kinds, items, page):
            second = below
        elif _halves_of_one_story(earlier, region, scores, gaps, kinds, items, page):
            region, second = earlier, region
    region = _with_prose_span(region, kinds, page)
    region = _with_unfinished_edges(region, kinds, page)
    region, tail = _without_chrome_tail(region, gaps, page)
    region, past_notice = _before_footer_notice(region, kinds, page)
    pitches = {i for i in (*region, *second) if newsletter_pitch(i, page)}
    candidates = [i for i in region if kinds[i] in (Kind.GOOD, Kind.NEAR) and i not in pitches]
    if past_notice:  # nothing past the story's footer notice is its own
        second = range(0)
    # What lies between the region and the second one kept beside it is neither's, but for a
    # table or list that parts them (see structured_gap).
    apart = candidates[-1] if candidates and second else None
    beside = [i for i in second if kinds[i] in (Kind.GOOD, Kind.NEAR) and i > region.stop - 1 and i not in pitches]
    if apart is not None and beside and structured_gap(apart, beside[0], page):
        apart = None
    candidates += beside
    body = trim_teaser_tail(candidates, page, items, clocks if stamps else ())
    prose = trim_before_header(body, page)
    keep = set(prose)
    # The body's first paragraph: the second when the first stands above the header's metadata.
    leads = {prose[0], prose[1]} if len(prose) > 1 and header_gap(prose[0], prose[1], items, page) else set(prose[:1])
    # Revision by neighbours: labels between two kept blocks belong to them.
    for before, after in zip(prose, prose[1:]):
        if before != apart and after not in leads:
            # A ticker's stamp opens its entry: what stands above it (the ticker's controls) labels neither.
            keep.update(i for i in range(min((i for i in stamps if before < i < after), default=before + 1), after)
                        if i not in pitches)
    texts = page.texts()
    labelled_items = _labelled_items(body, page)
    for i in prose:
        # A short line right above a paragraph is its subheading; above the
        # first, one with a digit is the story's metadata ("6 min read",
        # "Map: Perth 6000", a time stamp), not a section's name. Nor is a
        # line of pipes: a breadcrumb or a menu ("World | Europe"), nor one
        # right under the byline or its date: the desk's or the writer's name;
        # above the first, nor one with a slash: the credit under the story's
        # top photo ("Agency/Name") or a breadcrumb ("News / World").
        # A question is a section's name there too (an explainer's first question under its byline), and
        # so is the heading of the story's key points ("Key takeaways", "L'essentiel"), and under the byline
        # the first of a story's items each headed by its label (a police report's: "Rottenburg: Einbruch ...").
        heading = i - 1
        limit = settings.lead_heading_max_words if i == prose[0] else settings.heading_max_words
        # A named heading stays; another unless it ends like a sentence or stands under the header's
        # lines over the lead. The name is asked last, of the lines the rest does not decide.
        if (heading >= 0 and heading not in keep
                and page.features[heading].words <= limit
                and page.adjacent(i)
                and not (i in leads and page.features[heading].digit_share > 0)
                and "|" not in texts[heading]
                and not (i in leads and "/" in texts[heading])
                and (not page.features[heading].terminal
                     and not (i in leads and page.removed.get(page.blocks[heading].index - 1) in HEADER_STAGES
                              and not (labelled_items and _ITEM_HEADING.match(texts[heading])))
                     or settings.question_heads_story and ends_in_question(texts[heading])
                     or KEY_POINTS_HEADING.matches(texts[heading]))):
            keep.add(heading)
        after = i + 1
        if (after < len(texts) and after not in keep
                and page.features[after].words <= settings.attribution_max_words
                and page.adjacent(after)
                and (_speaker_or_sentence(i, after, page) or embed_attribution(texts[after]))):
            keep.add(after)
    if prose:
        # A list or table after the story does not continue it past a footer notice.
        stop = past_notice.start if past_notice else len(kinds)
        last = max(keep)
        keep.update(i for i in story_list_after(last, page) if i < stop)
        table = [i for i in story_table_after(max(keep), page) if i < stop]
        keep.update(table)
        if table:
            keep.update(i for i in prose_after(table[-1], kinds, page) if i < stop)
        # A programme's days: each its table of rows under its heading and header row.
        while rows := [i for i in story_rows_after(max(keep), kinds, page) if i < stop]:
            keep.update(rows)
        keep.update(i for i in announced_list_after(max(keep), page) if i < stop)
        keep.update(i for i in list_announced_at_end(max(keep), kinds, page) if i < stop)
        keep.update(i for i in list_under_box(max(keep), page) if i < stop)
        keep.update(i for i in step_sections_after(max(keep), page) if i < stop)
        keep.update(i for i in list_sections_after(max(keep), page) if i < stop)
        keep.update(i for i in questions_after(max(keep), page) if i < stop)
        keep.update(i for i in short_sections_after(max(keep), page) if i < stop)
        keep.update(i for i in references_after(max(keep), page) if i < stop)
        keep.update(ticker_entry_above(prose[0], stamps, page))
        keep.update(story_lead(prose[0], page, kinds))
        keep.update(lead_under_byline(prose[0], kinds, page))
        keep.update(subtitle_under_dated_headline(prose[0], page))
        keep.update(standfirst_above_byline(prose[0], kinds, page))
        keep.update(later_pass_standfirst(prose[0], kinds, page))
        keep.update(headline_deck(prose[0], page))
        keep.update(lead_before_header(body, prose, page))
        keep.update(key_points_before(min(keep), page))
        keep.update(headed_key_points_before(min(keep), page))
        keep.update(structured_run_before(min(keep), page))
        keep.update(fact_box_before(min(keep), page))
        keep.update(life_dates_beside(min(keep), max(keep), page))
        if settings.lead_over_structured_run:
            keep.update(lead_over_structured_run(min(keep), kinds, page))
        # After the key points and runs above the body: they stand between this standfirst and the body.
        keep.update(sentence_standfirst_over_byline(prose[0], kinds, page))
        keep.update(verdict_box(page))
        keep.update(salutation_above(min(keep), page))
        if settings.story_goes_on_under_its_list and max(keep) > last:
            # A list or table the steps above kept past the region's end: the story may go on under it.
            keep.update(i for i in story_under(max(keep), kinds, page) if i < stop)
        # A notice's place, date and signer under its last line.
        keep.update(i for i in closing_lines(max(keep) + 1, page) if i < stop)
        # A Chinese notice's issuer and date (落款), a contact line maybe over them.
        keep.update(i for i in issuer_after(max(keep), page) if i < stop)
        # A greeting under the story's last paragraph, the writer's name with it.
        keep.update(i for i in sign_off_after(max(keep), page) if i < stop)
        # The line each of the story's items carries under it, under the last item ("Vote: 5 for, 2 against").
        labelled = [i for i in recurring_label_after(max(keep), keep, page) if i < stop]
        keep.update(labelled)
        # An open letter's signatories, a notice's signer under its role.
        keep.update(i for i in signers_after(max(keep), page, ended=bool(labelled)) if i < stop)
        # A box of the story's facts under its heading ("Auf einen Blick", "Key facts").
        keep.update(i for i in fact_box_after(max(keep), page) if i < stop)
        # Last: a score under the story ends it, and no step above reads on from it; nor from a match
        # report's line-ups (the standings and the round's other results stand under them).
        keep.update(i for i in score_line_after(max(keep), page) if i < stop)
        keep.update(i for i in line_up_after(max(keep), page) if i < stop)
        keep.update(i for i in dated_sections_around(keep, page) if i < stop)
    removed = {i: SELECTION_ID for i in range(len(kinds)) if i not in keep}
    if body != candidates:
        removed.update((i, TEASER_TAIL_ID) for i in range(body[-1] + 1, region.stop) if i in removed)
    if prose != body:
        removed.update((i, BEFORE_HEADER_ID) for i in range(region.start, prose[0]) if i in removed)
    removed.update((i, CHROME_TAIL_ID) for i in tail if i in removed)
    removed.update((i, FOOTER_NOTICE_ID) for i in past_notice if i in removed)
    removed.update((i, COMMENT_SHAPE_ID) for i in comments if i in removed)
    return removed


# How detectors remove the lines a comment stands under: its date (a
# dateline), a name the page shows more than once (repeated-line), its
# "Reply" button (comment-prompt).
COMMENTER_STAGES = HEADER_STAGES | ids_with_role(Role.HEADLINE) | {comment_prompt.id}


def comment_threads(page: Page, kinds: list[Kind]) -> list[tuple[int, range]]:
    """Each comment prompt's line with the comment thread right under it
    (see comment_shape_after), for the prompts that have one; a prompt
    inside a thread found ("Reply") starts none of its own."""
    prompts = sorted(i for i, stage in page.removed.items() if stage == comment_prompt.id)
    if not prompts:  # most pages: no positions listed for nothing
        return []
    index = page.indices
    threads: list[tuple[int, range]] = []
    for prompt in prompts:
        if threads and prompt < index[threads[-1][1].stop - 1]:
            continue
        if thread := comment_shape_after(prompt, page, kinds):
            threads.append((prompt, thread))
    return threads


def thread_blocks(threads: list[tuple[int, range]]) -> set[int]:
    """The blocks of the comment threads (see comment_threads)."""
    return {i for _, thread in threads for i in thread}


def _before_comments(region: range, scores: list[float], gaps: list[float], kinds: list[Kind],
                     threads: list[tuple[int, range]], page: Page) -> tuple[range, range]:
    """The region, or, when it starts in a comment thread the detectors
    left (see comment_threads), or carries a brief (no two adjacent
    paragraphs, or at most comment_shape_brief_max_words words of prose)
    into one, the best region above that thread's prompt if
    that holds a paragraph of prose under the last header line above the
    prompt: the story, however short, that the comments follow. A count of
    comments under a headline ("12 comments") stands over the story
    itself, and no prose lies between them. The comments that follow a
    longer run of paragraphs are left to trim_teaser_tail. Also the thread given way
    to (empty when none is)."""
    if not threads:
        return region, range(0)
    index = page.indices
    for prompt, thread in threads:
        above = [i for i in range(region.start, thread.start) if kinds[i] in (Kind.GOOD, Kind.NEAR)]
        short = (sum(page.features[i].words for i in above) <= page.settings.comment_shape_brief_max_words
                 or not adjacent_pairs(above, page))
        brief = region.start < thread.start < region.stop and short
        if not (thread.start <= region.start < thread.stop or brief):
            continue
        story = best_region_across_gaps(scores[:thread.start], gaps[:thread.start])
        header = max((i for i, stage in page.removed.items() if stage in HEADER_STAGES and i < prompt), default=-1)
        if any(kinds[i] is Kind.GOOD and index[i] > header for i in story):
            return story, thread
    return region, range(0)


def comment_shape_after(prompt: int, page: Page, kinds: list[Kind]) -> range:
    """The comments right under the comment prompt at line ``prompt``, as
    positions of the page's blocks, empty when there are
    fewer than comment_shape_min_comments: comments in a row, each one or
    more adjacent lines of text (prose, or sentences of more than a few
    words) under comment_shape_min_lines to comment_shape_max_lines lines
    that are none, kept (of at most comment_shape_name_max_words words) or
    removed, with a sign of a commenter among them: a line removed as a
    commenter's (COMMENTER_STAGES), or comment_shape_min_lines kept ones (a
    name and a date). A story's
    section stands under one subheading, a live report's entry under its
    time."""
    settings, feats, index = page.settings, page.features, page.indices

    def text(i: int) -> bool:
        # A few words with a full stop are a name as often ("Jo K.").
        return kinds[i] is Kind.GOOD or (feats[i].terminal and kinds[i] is not Kind.SHORT)

    start = bisect_right(index, prompt)
    i, above, comments, end = start, prompt, 0, start
    while i < len(index):
        names = []
        while (i < len(index) and index[i] - above <= settings.comment_shape_max_lines and not text(i)
               and feats[i].words <= settings.comment_shape_name_max_words):
            names.append(i)
            i += 1
        if i == len(index) or not text(i):
            break
        if not settings.comment_shape_min_lines <= index[i] - above - 1 <= settings.comment_shape_max_lines:
            break
        stages = {page.removed.get(j) for j in range(above + 1, index[i])}
        if len(names) < settings.comment_shape_min_lines and COMMENTER_STAGES.isdisjoint(stages):
            break
        i += 1
        while i < len(index) and text(i) and index[i] == index[i - 1] + 1:
            i += 1
        comments, end, above = comments + 1, i, index[i - 1]
    return range(start, end) if comments >= settings.comment_shape_min_comments else range(0)


# What removes a line that may be a section's heading as well as a page's headline.
HEADING_STAGES = ids_with_role(Role.HEADLINE)
# What removes no header's metadata from between the story's first two paragraphs (see header_gap).
_NO_HEADER_STAGES = HEADING_STAGES | {table_of_contents.id}


def header_gap(first: int, second: int, items: set[int], page: Page) -> bool:
    """Whether the lines between the story's first two paragraphs (blocks
    ``first`` and ``second``) are its header's metadata: header_gap_min_lines
    lines or more between them (one line, a time, parts a live blog's
    entries), at most header_gap_max_lines page lines apart, one of them
    removed by a detector as chrome, a byline or a caption (not by a
    headline stage: that line may be a section's heading, the second
    paragraph opening a section; nor as a table of contents: the story's
    intro stands over its contents, its first section under them), the
    first paragraph no lead-in ("Among them:") and none of the lines a
    story's list. A standfirst over its byline, date, share bar and caption
    credit, where the revision by neighbours would keep them all as the
    story's labels."""
    start, stop = page.blocks[first].index, page.blocks[second].index
    settings = page.settings
    if (not settings.header_gap_min_lines < stop - start <= settings.header_gap_max_lines
            or lead_in(page.blocks[first].text)):
        return False
    if any(i in items for i in range(first + 1, second)):
        return False
    return any(start < i < stop and stage not in _NO_HEADER_STAGES for i, stage in page.removed.items())


def lead_before_header(body: list[int], prose: list[int], page: Page) -> list[int]:
    """The story's lead among the prose blocks of the region (``body``) that
    trim_before_header dropped above the story's header (``prose`` is what
    it kept): those that read as a lead (headers.lead_above_header), a
    summary of the story set between its headline and its byline."""
    if not prose or body == prose:
        return []
    above = [p for p in body if p < prose[0]]
    if teasers_above_header(above, page):
        return []
    texts = page.texts()
    return [p for p in above if lead_above_header(texts[p], page.settings) or standfirst_over_byline(p, page)]


def teasers_above_header(above: list[int], page: Page) -> bool:
    """Whether lead_teasers_min_items or more of the prose blocks ``above``
    the story's header stand each right under a headline of their own: a
    short line kept by the detectors that does not end like a sentence.
    Other stories' teasers (a portal's "top stories" over the story); the
    story's lead stands alone, under its headline (a header stage's line)."""
    least = page.settings.lead_teasers_min_items
    return bool(least) and sum(_under_own_headline(p, page) for p in above) >= least


def teasers_over_header(prose: list[int], page: Page) -> int:
    """How many of the region's first ``prose`` blocks are other stories'
    teasers right over the story's header: lead_teasers_min_items or more
    blocks, each under a headline of its own, then a header stage's line
    (the story's headline, byline or date) before the next block; 0 when
    the blocks above the header are not all such, or outweigh the prose
    under it (before_header_max_share). trim_before_header's pairs miss
    them where the header's one line is the story's headline, which
    interrupts no story (duplicate-headline): the last teaser and the
    story's first paragraph read as one run across it."""
    least = page.settings.lead_teasers_min_items
    if not least or len(prose) <= least:
        return 0
    index = page.indices
    count = 0
    while count < len(prose) - 1 and _under_own_headline(prose[count], page):
        count += 1
        if count >= least and any(page.removed.get(i) in HEADER_STAGES
                                  for i in range(index[prose[count - 1]] + 1, index[prose[count]])):
            words = [f.words for f in page.features]
            above = sum(words[p] for p in prose[:count])
            return count if above <= page.settings.before_header_max_share * sum(words[p] for p in prose[count:]) else 0
    return 0


def _under_own_headline(i: int, page: Page) -> bool:
    feats = page.features[i - 1] if i > 0 else None
    return (feats is not None and page.adjacent(i) and not feats.terminal
            and 0 < feats.words <= page.settings.headline_item_max_words)


def standfirst_over_byline(i: int, page: Page) -> bool:
    """Whether block i is the standfirst set right between the story's
    headline and its byline or dateline (a headline stage removed the line
    above it, a header stage the line below, or the line after that when
    another stage removed the one between: a dateline the page repeats
    goes as repeated-line): prose of
    byline_standfirst_min_words or more whose stopwords make at least
    byline_standfirst_min_stopword_share of its words, ended or not, a date
    in it or not (a dateline run into its last line), but no pull quote or
    contact note. A caption there is shorter."""
    index = page.blocks[i].index
    settings = page.settings
    below = page.removed.get(index + 1) in HEADER_STAGES or (
        index + 1 in page.removed and page.removed.get(index + 2) in HEADER_STAGES)
    return (page.removed.get(line_above(index, page)) in HEADLINE_STAGES and below
            and page.features[i].words >= settings.byline_standfirst_min_words
            and _stopword_share([i], page, settings.byline_standfirst_min_stopword_share)
            and not quote_or_contact(page.blocks[i].text))


def standfirst_above_byline(first: int, kinds: list[Kind], page: Page) -> list[int]:
    """The standfirst set between the story's headline and its byline, at
    most lead_max_lines lines between the headline and the body's first kept
    block ``first``, counted as the detectors left them (as story_lead's,
    but for the byline's lines; any number under a standfirst of prose
    words without a full stop, see standfirst_shaped, as story_lead keeps
    one right under a headline stage's line), when the body starts under the byline
    past lines of no prose (a share bar, a caption) and the region starts
    there: the line right above the byline's lines (those a byline stage
    removed, one right under the other, no paragraph of the page between
    them and ``first``) that reads as a standfirst (see
    byline_standfirst_shaped), right under a line a headline stage removed
    or a line of a headline's shape (see _headline_shaped). A headline that
    repeats no title (the page's title worded for search, the heading for
    readers) is no headline stage's, so story_lead and standfirst_over_byline
    miss the standfirst under it."""
    settings = page.settings
    index = page.indices
    start = index[first]
    # The lines between are counted as the detectors left them: a share bar, a player, a caption or a
    # disclosure they removed puts the body no farther from its byline and standfirst.
    byline = max((i for i, stage in page.removed.items() if stage in BYLINE_STAGES and i < start
                  and first - bisect_right(index, i) <= settings.lead_max_lines), default=None)
    if byline is None:
        return []
    while page.removed.get(byline - 1) in BYLINE_STAGES:
        byline -= 1
    lead = bisect_right(index, byline) - 1
    above = line_above(byline - 1, page)  # the headline's line
    if (lead < 0 or index[lead] != byline - 1
            or (first - lead > settings.lead_max_lines and not standfirst_shaped(lead, kinds, page))
            or any(kinds[i] is Kind.GOOD for i in range(lead + 1, first))
            or not byline_standfirst_shaped(lead, kinds, page)):
        return []
    headline_over = lead > 0 and index[lead - 1] == above and _headline_shaped(lead - 1, page)
    return [lead] if headline_over or page.removed.get(above) in HEADLINE_STAGES else []


def later_pass_standfirst(first: int, kinds: list[Kind], page: Page) -> list[int]:
    """In a later pass, the first line left above the body's first kept
    block ``first``, with at most lead_max_lines lines to it and no
    paragraph between (a caption that pass kept under the byline; but not
    the first of the story's key points over the others), where an
    earlier pass removed the story's header
    and byline: the standfirst that pass kept between them (see
    standfirst_above_byline), which scores nothing as prose when it has no
    full stop (a long line without a comma is no paragraph: see classify).
    Or, with subtitle_under_dated_headline, a subtitle (see _subtitle_shaped)
    that subtitle_under_dated_headline kept under its headline and dateline.
    Not a line of title-case words (headline_title_case_share or more): the
    story's headline the first pass left over its byline; nor without a
    stoplist, where no line reads as prose words (a blog's menu in Japanese).
    Empty with later_pass_standfirst_stays off."""
    settings, feats = page.settings, page.features
    if (not settings.later_pass_standfirst_stays or not page.stopwords or not 1 <= first <= settings.lead_max_lines
            or page.blocks[0].index != 0 or not all(page.adjacent(i) for i in range(1, first + 1))
            or any(kinds[i] is Kind.GOOD for i in range(1, first))
            or (first > 1 and key_points_shaped(range(first), page)) or page.removed_earlier.isdisjoint(BYLINE_STAGES)
            or feats[0].terminal or feats[0].title_case_share >= settings.headline_title_case_share):
        return []
    subtitle = settings.subtitle_under_dated_headline and _subtitle_shaped(0, page)
    return [0] if subtitle or byline_standfirst_shaped(0, kinds, page) else []


def sentence_standfirst_over_byline(first: int, kinds: list[Kind], page: Page) -> list[int]:
    """The standfirst set right between the story's headline (a line a
    headline stage removed right above it) and its byline (a byline stage's,
    right under it), at most sentence_standfirst_max_lines lines above the
    body's first kept block ``first``, with no paragraph between it and
    ``first`` (a share bar, a caption, a comment count may stand there): a
    line of good_min_words or more that ends like a sentence, of prose (see
    byline_standfirst_min_stopword_share), no date in it (a caption's), no
    pull quote or contact note. Framed so, a sentence too short for a lead
    (lead_min_chars) is the story's summary: a teaser has no byline under it."""
    settings = page.settings
    if not (settings.lead_max_lines and settings.before_header_keeps_leads):
        return []  # no lead kept, or none above the byline
    start = page.blocks[first].index
    for i in range(first - 1, -1, -1):
        index = page.blocks[i].index
        if start - index > settings.sentence_standfirst_max_lines or kinds[i] is Kind.GOOD:
            # The nearest paragraph above the body is the only candidate.
            text, feats = page.blocks[i].text, page.features[i]
            framed = (page.removed.get(line_above(index, page)) in HEADLINE_STAGES
                      and page.removed.get(index + 1) in BYLINE_STAGES)
            shaped = (kinds[i] is Kind.GOOD and feats.terminal and feats.words >= settings.good_min_words
                      and _stopword_share([i], page, settings.byline_standfirst_min_stopword_share)
                      and not quote_or_contact(text) and not ANY_DATE.search(text))
            return [i] if start - index <= settings.sentence_standfirst_max_lines and framed and shaped else []
    return []


def byline_standfirst_shaped(i: int, kinds: list[Kind], page: Page) -> bool:
    """Whether block i reads as a standfirst as the text's other leads do,
    no pull quote or contact note: a lead (headers.lead_above_header), prose
    (stopwords making byline_standfirst_min_stopword_share of its words) of
    byline_standfirst_min_words (see standfirst_over_byline), or, without a
    full stop or a date (a caption's), a line of standfirst_edge_min_words
    of prose words (see standfirst_shaped) or of prose with a comma or a
    stop inside (a menu's words have none; a sentence's full stop inside
    and a name or two may leave too few stopwords for prose words), or
    without one, of byline_standfirst_unpunctuated_min_stopword_share."""
    text, feats, settings = page.blocks[i].text, page.features[i], page.settings
    if lead_above_header(text, settings):
        return True
    if quote_or_contact(text):
        return False
    prose = _stopword_share([i], page, settings.byline_standfirst_min_stopword_share)
    if prose and feats.words >= settings.byline_standfirst_min_words:
        return True
    unended = (not feats.terminal and feats.words >= settings.standfirst_edge_min_words
               and not ANY_DATE.search(text))
    # Without a comma, more of its words are stopwords: a menu's line has a few ("Letters to the Editor"); without
    # a stoplist, nothing tells them apart (a blog's menu in Japanese).
    least = settings.byline_standfirst_unpunctuated_min_stopword_share
    uncomma = bool(page.stopwords) and _stopword_share([i], page, least)
    return unended and (kinds[i] is Kind.NEAR or (prose and (feats.clause_marks > 0 or uncomma)))


def _headline_shaped(i: int, page: Page) -> bool:
    """Whether block i is shaped as a headline: headline_min_words to
    headline_max_words words, no sentence's end."""
    feats, settings = page.features[i], page.settings
    return settings.headline_min_words <= feats.words <= settings.headline_max_words and not feats.terminal


def story_lead(first: int, page: Page, kinds: list[Kind]) -> list[int]:
    """The story's lead (standfirst) above its first kept paragraph
    ``first``, as html-lead finds it in a page's lines: the lines of prose
    (see headers.lead_shaped) after the story's headline (the last line a
    headline stage removed before ``first``), with at most lead_max_lines
    lines between the headline and ``first``, and the standfirst right under
    the headline (see standfirst_shaped) however far below it the body
    starts: a byline, a share bar, a caption or a paywall's notice stand
    between them, and the standfirst's words alone do not outweigh their
    costs; and the story's key points between the headline and ``first``
    (see headers.key_points). None without a headline: prose farther above
    the body is a teaser as often as a lead; but in a later pass, the key
    points an earlier one kept under the headline it removed (see
    later_pass_key_points)."""
    start = page.blocks[first].index
    headline = max((i for i, stage in page.removed.items() if stage in HEADLINE_STAGES and i < start), default=None)
    if headline is None:
        return list(range(first)) if later_pass_key_points(first, page) else []
    lines = range(bisect_right(page.indices, headline), first)
    lead = [i for i in lines
            if line_above(page.blocks[i].index, page) == headline and standfirst_shaped(i, kinds, page)]
    if start - headline - 1 - _box_lines(headline, start, page) <= page.settings.lead_max_lines:
        lead += [i for i in lines if lead_shaped(page.blocks[i].text, page.settings)]
    return sorted({*lead, *key_points(headline, lines, first, page)})


def lead_under_byline(first: int, kinds: list[Kind], page: Page) -> list[int]:
    """The story's lead right under its byline or dateline (a byline stage
    removed the line right above it), at most lead_under_byline_max_lines
    lines above the body's first kept block ``first`` with no paragraph
    between (a share bar, a caption, a reading time stand there): a
    standfirst (see standfirst_shaped) with no sentence's end inside (a
    caption's sentence over its credit) or a lead (headers.lead_shaped), no
    header line between it and ``first`` (the byline above a headline). What
    story_lead keeps under the headline, where the page gives no headline
    line above the byline (a headline run into the dateline, or none in the
    text at all). Empty when there is none."""
    most = page.settings.lead_under_byline_max_lines
    start = page.blocks[first].index
    for lead in range(first - 1, -1, -1):
        index = page.blocks[lead].index
        if start - index - 1 > most or kinds[lead] is Kind.GOOD:
            break
        if page.removed.get(line_above(index, page)) in BYLINE_STAGES:
            text = page.blocks[lead].text
            header_below = any(page.removed.get(i) in HEADER_STAGES for i in range(index + 1, start))
            standfirst = standfirst_shaped(lead, kinds, page) and not _SENTENCE_INSIDE.search(text)
            return [lead] if not header_below and (standfirst or lead_shaped(text, page.settings)) else []
    return []


def subtitle_under_dated_headline(first: int, page: Page) -> list[int]:
    """The subtitle right between the story's headline and the body's first
    kept block ``first``, where the headline stands right under a byline
    stage's line (a press release's dateline: "Northfield, 12 March 2025")
    and no headline stage removed it (the page's title worded apart: "Press
    release: ..." before it), so story_lead found no headline to look under:
    a line of standfirst_edge_min_words or more without a sentence's end or a
    date, no pull quote or contact note, under a line of a headline's shape
    (see _headline_shaped), the three lines one right under the other.
    Empty when there is none or with subtitle_under_dated_headline off."""
    if not page.settings.subtitle_under_dated_headline or first < 2:
        return []
    headline, subtitle = first - 2, first - 1
    index = page.blocks[headline].index
    framed = (page.blocks[subtitle].index == index + 1 and page.blocks[first].index == index + 2
              and page.removed.get(index - 1) in BYLINE_STAGES and _headline_shaped(headline, page))
    return [subtitle] if framed and _subtitle_shaped(subtitle, page) else []


def _subtitle_shaped(i: int, page: Page) -> bool:
    """Whether block i reads as a subtitle: standfirst_edge_min_words words
    or more without a sentence's end or a date (a caption's sentence over its
    credit ends one inside), no pull quote or contact note."""
    text, feats = page.blocks[i].text, page.features[i]
    return (not feats.terminal and feats.words >= page.settings.standfirst_edge_min_words
            and not _SENTENCE_INSIDE.search(text) and not ANY_DATE.search(text) and not quote_or_contact(text))


# A sentence's end inside a line: a caption's sentence over its credit, a notice's two sentences.
_SENTENCE_INSIDE = compiled(r"[.!?…](?=\s+\w)")


def headline_deck(first: int, page: Page) -> list[int]:
    """The line between the story's headline and its first kept block
    ``first``, right under the one and right above the other, when it reads
    as the headline's deck: headline_deck_min_words words or more of prose
    (stopwords making at least stopword_min_density of them), without a
    full stop or a digit (no caption, byline or date), no pull quote or
    contact note. The first paragraph's heading may be no longer than
    lead_heading_max_words, and a line right under the header is taken for
    the desk's or the writer's name; under the headline itself, right above
    the story, it is the story's subtitle, which html-lead keeps from HTML.
    In a later pass, the first line left, under the headline an earlier
    pass removed. Empty when there is none."""
    settings = page.settings
    if settings.headline_deck_min_words <= 0 or first == 0:
        return []
    deck = first - 1
    above = line_above(page.blocks[deck].index, page)
    if page.blocks[first].index != page.blocks[deck].index + 1 or not (
            page.removed.get(above) in HEADLINE_STAGES
            or (above == -1 and not page.removed_earlier.isdisjoint(HEADLINE_STAGES))):
        return []
    feats = page.features[deck]
    return [deck] if (feats.words >= settings.headline_deck_min_words and not feats.terminal
                      and feats.digit_share == 0 and feats.stopword_density >= settings.stopword_min_density
                      and not quote_or_contact(page.blocks[deck].text)) else []


def standfirst_shaped(i: int, kinds: list[Kind], page: Page) -> bool:
    """Whether block i reads as a standfirst: a line of prose words (NEAR)
    without a full stop, of standfirst_edge_min_words or more (a headline's
    summary: "Next squad meets in March for two friendlies against the
    Dutch"). A short sentence with a full stop under a headline is a
    caption or a summary a site's body leaves out as often."""
    feats = page.features[i]
    return kinds[i] is Kind.NEAR and not feats.terminal and feats.words >= page.settings.standfirst_edge_min_words


_BULLET = compiled(r"^\s*[-–•*·▪►✓✔]\s")
_LABEL = compiled(r"^\W*\w+(?:[ \t]+\w+){0,2}[ \t]*:(?:\s|$)")
_DIGIT = compiled(r"\d")


def structure_kind(text: str) -> str | None:
    """What makes a short line an item of a structured run: a number ("250 g
    flour", "3rd 1:02.4"), a label ("Weight: 2 kg", "Method:") or a bullet;
    None for a line without them."""
    if _BULLET.search(text):
        return "bullet"
    if _LABEL.search(text):
        return "label"
    return "number" if _DIGIT.search(text) else None


def structured_run_before(first: int, page: Page) -> list[int]:
    """The run of short structured lines right above the story's first kept
    block ``first``: a recipe's ingredients, a product's specifications, a
    dictionary entry's fields. The lines are adjacent to one another and to
    the story (only story interruptions, never a header line, removed
    between), at least structured_run_min_lines of them, each of at most
    structured_run_item_max_words words, structured_run_min_share of them
    of one structure_kind, under a line a detector removed (see
    _removed_above). Menus and link lists are gone by now: the detectors
    removed them, and a removed line ends the run."""
    run = _structured_run_above(first, page)
    if run and _removed_above(run.start, page):
        return list(run)
    return list(_headed_list_above(first, page)) if page.settings.headed_list_above_section else []


def _headed_list_above(first: int, page: Page) -> range:
    """The story's section right above its first kept block ``first``, a
    section heading (see _section_heading) opening a group of lines (a
    blank line above it): a heading over a group of at least
    structured_run_min_lines short lines of one structure (see
    _of_one_structure), the heading the group's first line or set apart
    right above it. A recipe's "Ingredients" above its "Method", a
    product's "Specifications" above its "Setup": a story of lists only,
    where nothing above the list was removed (no byline, a menu the
    detectors left) and the run of short lines climbs into the page's top."""
    settings, blocks = page.settings, page.blocks

    def opens_group(i: int) -> bool:  # a blank line above it, or the page's top
        return i == 0 or blocks[i].blank_before

    def next_line(i: int) -> bool:  # block i right under block i - 1, nothing removed between, no blank line
        return page.adjacent(i) and not blocks[i].blank_before

    if not (page.adjacent(first) and _section_heading(first, page)):
        return range(0)
    if settings.headed_list_without_groups and not _blank_lines_part_groups(page):
        return _headed_structured_run_above(first, page)
    if not opens_group(first):
        return range(0)
    start = first - 1
    if page.features[start].words > settings.structured_run_item_max_words:
        return range(0)
    while start > 0 and next_line(start) and page.features[start - 1].words <= settings.structured_run_item_max_words:
        start -= 1
    if _section_heading(start, page) and opens_group(start):
        items = range(start + 1, first)
    elif page.adjacent(start) and _section_heading(start - 1, page) and opens_group(start - 1):
        items, start = range(start, first), start - 1
    else:
        return range(0)
    if len(items) < settings.structured_run_min_lines or not _of_one_structure(items, page):
        return range(0)
    return range(start, first)


def _blank_lines_part_groups(page: Page) -> bool:
    """Whether the page's blank lines set groups of lines apart: some line
    stands under one and some not (a rendering may set none, or one under
    every line)."""
    return len({block.blank_before for block in page.blocks[1:]}) > 1


def _headed_structured_run_above(first: int, page: Page) -> range:
    """A section heading (see _section_heading) over a run of at least
    structured_run_min_lines short lines right above block ``first``, each
    of a structure (see structure_kind) and of one structure mostly (see
    _of_one_structure), nothing removed between: _headed_list_above's
    section where no blank line tells where its group starts, its items'
    structure does."""
    settings = page.settings
    start = first
    while (start > 0 and page.adjacent(start) and structure_kind(page.blocks[start - 1].text) is not None
           and page.features[start - 1].words <= settings.structured_run_item_max_words):
        start -= 1
    items = range(start, first)
    if (len(items) < settings.structured_run_min_lines or start == 0 or not page.adjacent(start)
            or not _section_heading(start - 1, page) or not _of_one_structure(items, page)):
        return range(0)
    return range(start - 1, first)


def _section_heading(i: int, page: Page) -> bool:
    """Whether block ``i`` reads as a section's heading: at most
    heading_max_words words, no digit, no sentence's end."""
    feats = page.features[i]
    return (feats.words <= page.settings.heading_max_words and not feats.terminal
            and not _DIGIT.search(page.blocks[i].text))


def _structured_run_above(first: int, page: Page) -> range:
    """The run of short lines right above block ``first`` (see
    structured_run_before), empty unless it is long and structured enough."""
    settings = page.settings
    start = first
    while (start > 0 and page.features[start - 1].words <= settings.structured_run_item_max_words
           and _only_interruptions_between(start - 1, start, page)):
        start -= 1
    run = range(start, first)
    if len(run) < settings.structured_run_min_lines:
        return range(0)
    return run if _of_one_structure(run, page) else range(0)


_FULL_STOPS = (".", "!", "?", "…", "。", "！", "？")


def fact_box_before(first: int, page: Page) -> list[int]:
    """The box of facts right above the story's first kept block ``first``:
    fact_box_min_lines or more lines, each a label and its value (see
    _labelled) of at most fact_box_item_max_words words that ends in no
    full stop (a bracket or a quote may end a value), one under another
    with only story interruptions removed between them (a header's line
    among them ends the box: "Author:" and "Date:" lines are the
    byline's), under a line a detector removed (see
    _removed_above) or opening with its date (dated_fact_row_min_rows),
    and past at most one row of buttons right above
    ``first`` (a short line, no label, no full stop: "Add to calendar",
    "Buy at ...") with the chrome removed round it. The row stays out: it
    is the page's. An event's, a book's or a product's facts under the
    header: too long for a structured run, and each costs the region as a
    line without a full stop."""
    settings, feats, texts = page.settings, page.features, page.texts()
    if settings.fact_box_min_lines <= 0 or first == 0:
        return []

    def fact(i: int) -> bool:  # a value may end in a bracket or a quote, never a full stop
        return (feats[i].words <= settings.fact_box_item_max_words
                and not texts[i].rstrip().endswith(_FULL_STOPS) and _labelled(texts[i]))

    def apart(a: int, b: int) -> bool:  # nothing but chrome removed between blocks a < b, no header line
        return all(page.removed.get(i) not in HEADER_STAGES
                   for i in range(page.blocks[a].index + 1, page.blocks[b].index))

    end = first
    row = first - 1
    if (not fact(row) and feats[row].words <= settings.fact_box_row_max_words and not feats[row].terminal
            and apart(row, first)):
        end = row
    if end == 0 or not apart(end - 1, end):
        return []
    start = end
    while start > 0 and fact(start - 1) and (start == end or _only_interruptions_between(start - 1, start, page)):
        start -= 1
    # An event's date over its place and its labelled facts (unlabelled lines among them).
    event = _event_date_above(end, page)
    if event is not None:
        start = min(start, event)
    # The box's last line may be kept already: the first paragraph's heading (a later pass reads no row).
    kept_last = end == first and fact(first)
    # A box that opens with its date ("When: Saturday 14 September") is the event's header, whatever
    # stands above it: byline-dateline leaves that date to the box (headers.dated_fact_rows).
    dated = settings.dated_fact_row_min_rows > 0 and bool(ANY_DATE.search(texts[start]))
    if end - start + kept_last < settings.fact_box_min_lines or not (dated or _removed_above(start, page)):
        return []
    return list(range(start, end))


def _event_date_above(end: int, page: Page) -> int | None:
    """The event's date over the facts right above block ``end`` (see
    headers.event_facts_under: a date, the place without a label, then
    labelled facts), or None: its facts, the lines between, run down to
    ``end`` or past it."""
    line = end - 1
    while line >= 0:
        if ANY_DATE.search(page.blocks[line].text) and event_facts_under(line, page).stop >= end:
            return line
        if not page.adjacent(line) or page.features[line].words > page.settings.fact_box_item_max_words:
            return None
        line -= 1
    return None


def life_dates_beside(first: int, last: int, page: Page) -> list[int]:
    """The line right above the story's first kept block ``first`` or right
    under its last ``last``, only story interruptions removed between, that
    holds a life's dates (headers.life_dates: "Born 3 May 1926; died 6
    February 2011"): an obituary's, over its text or under it."""
    return [i for i, kept in ((first - 1, first), (last + 1, last)) if 0 <= i < len(page.blocks)
            and _only_interruptions_between(min(i, kept), max(i, kept), page)
            and life_dates(page.blocks[i].text, page.settings)]


def _of_one_structure(lines: range, page: Page) -> bool:
    """Whether at least structured_run_min_share of the ``lines`` are of
    one structure_kind (numbers, labels or bullets)."""
    kinds = Counter(structure_kind(page.blocks[i].text) for i in lines)
    kinds.pop(None, None)
    return max(kinds.values(), default=0) >= page.settings.structured_run_min_share * len(lines)


def lead_over_structured_run(first: int, kinds: list[Kind], page: Page) -> list[int]:
    """The story's first paragraph right above the run of short structured
    lines right above its first kept block ``first`` (see
    structured_run_before), with the run: a recipe's intro over its
    ingredients, above its steps. The run costs more than the intro scores,
    so the region starts under it. The paragraph (GOOD) is the page's first:
    a paragraph of other prose above it would make it none of the story's
    lead."""
    run = _structured_run_above(first, page)
    lead = run.start - 1 if run else -1
    if (lead < 0 or kinds[lead] is not Kind.GOOD or not _only_interruptions_between(lead, run.start, page)
            or Kind.GOOD in kinds[:lead]):
        return []
    return [lead, *run]


def key_points_before(first: int, page: Page) -> list[int]:
    """The story's key points right above its first kept block ``first``, a
    paragraph (a sentence of body_start_min_words words or more): a run of
    adjacent lines without a full stop, each story_bullet_min_words to
    headline_item_max_words words, at least story_bullet_min_lines of them
    starting in lower case (see lists.story_bullet: fragments of prose, no
    headlines), under a line a detector removed (see _removed_above). A
    press release's summary bullets under the page's header and sidebar
    cost the region as lines without a full stop each. Above a line that
    is no paragraph, such lines are the steps of a list the region cut."""
    settings, feats = page.settings, page.features
    if not (feats[first].terminal and feats[first].words >= settings.body_start_min_words):
        return []
    start = first
    while (start > 0 and not feats[start - 1].terminal
           and settings.story_bullet_min_words <= feats[start - 1].words <= settings.headline_item_max_words
           and _only_interruptions_between(start - 1, start, page)):
        start -= 1
    run = range(start, first)
    if sum(story_bullet(i, page) for i in run) < settings.story_bullet_min_lines or not _removed_above(start, page):
        return []
    return list(run)


def headed_key_points_before(first: int, page: Page) -> list[int]:
    """The story's key points under their heading (KEY_POINTS_HEADING: "Key
    points", "Das Wichtigste") above its first kept block ``first``, with
    the heading: key_points_min_lines to key_points_max_lines lines one
    right under the other, each key_point_min_words to key_point_max_words
    words and no label (no colon at its end), with only chrome the
    detectors removed between the last and ``first`` (no header line: a
    live blog's controls), under a line a detector removed (see
    _removed_above). The heading names them, so their capitals do not
    matter (places' names); the region starts under them, each a line
    without a paragraph's length. With headed_key_points_past_chrome."""
    settings, feats, blocks = page.settings, page.features, page.blocks
    if not settings.headed_key_points_past_chrome or first == 0:
        return []
    if any(page.removed.get(i) in HEADER_STAGES for i in range(blocks[first - 1].index + 1, blocks[first].index)):
        return []
    start = first
    while (start > 0 and settings.key_point_min_words <= feats[start - 1].words <= settings.key_point_max_words
           and not blocks[start - 1].text.rstrip().endswith(":")
           and (start == first or page.adjacent(start))):
        start -= 1
    heading = start - 1
    if (heading < 0 or not settings.key_points_min_lines <= first - start <= settings.key_points_max_lines
            or not page.adjacent(start) or not KEY_POINTS_HEADING.matches(blocks[heading].text)
            or not _removed_above(heading, page)):
        return []
    return list(range(heading, first))


# What may stand removed inside a structured run or above it: a story's
# interruptions, but no line of its header.
_RUN_INTERRUPTIONS = STORY_INTERRUPTIONS - HEADER_STAGES


def _removed_above(start: int, page: Page) -> bool:
    """Whether a line a detector removed (past any story interruptions)
    lies right above page block ``start``, or, at the top of the text, an
    earlier pass removed the page's chrome or header: the run starts under
    the page's chrome or the story's header, not amid kept lines or at the
    top of a page nothing was found on."""
    line = page.blocks[start].index - 1
    while line >= 0 and page.removed.get(line) in _RUN_INTERRUPTIONS:
        line -= 1
    if line < 0:
        return not page.removed_earlier.isdisjoint(PAGE_SIGN_STAGES)
    return line in page.removed


def structured_gap(a: int, b: int, page: Page) -> bool:
    """Whether the lines between the story's kept blocks a < b, the two
    regions kept side by side, are a table or a list of the story: with
    structured_gaps_join_regions, a run of structured_run_min_lines or more
    short structured lines (see _structured_run_above: a table's rows, a
    calendar's dates), with nothing but story interruptions removed among
    them. Each row scores as little as a menu's line, so the region stops
    above the table and the story goes on under it; a box of other
    articles' headlines holds no run of numbers or labels."""
    settings = page.settings
    gap = range(a + 1, b)
    if not settings.structured_gaps_join_regions or len(gap) < settings.structured_run_min_lines:
        return False
    if not all(page.features[i].words <= settings.structured_gap_item_max_words for i in gap):
        return False
    return all(_only_interruptions_between(i, i + 1, page) for i in range(a, b)) and _of_one_structure(gap, page)


def _only_interruptions_between(a: int, b: int, page: Page) -> bool:
    """Whether only story interruptions that are no header line were
    removed between adjacent page blocks a < b."""
    return all(page.removed.get(i) in _RUN_INTERRUPTIONS for i in range(page.blocks[a].index + 1, page.blocks[b].index))


def _without_chrome_tail(region: range, gaps: list[float], page: Page) -> tuple[range, range]:
    """The region without what follows the last chrome it crosses, and that
    tail (empty when it stays). The tail goes when it is no run of the
    story's paragraphs (no two adjacent ones) and holds at most
    chrome_tail_max_share of the words before the chrome: a paragraph under
    a newsletter box's or an author bio's heading, a comment policy under
    "Comments", is the box's text, not the story's last paragraph; but
    for a tail right over the story's end marks (see _ends_at_story_end),
    with story_half_at_end_one_paragraph: that is. Only on a web page (see
    _page_around): in an article given alone, the text under an "About the
    company" heading is the article's own end."""
    crossings = [i for i in region[1:] if gaps[i]]
    if not crossings or not _page_around(region, page):
        return region, range(0)
    cut = crossings[-1]
    tail = range(cut, region.stop)
    words = [f.words for f in page.features]
    most = page.settings.chrome_tail_max_share * sum(words[i] for i in range(region.start, cut))
    if adjacent_pairs(list(tail), page) or sum(words[i] for i in tail) > most:
        return region, range(0)
    if page.settings.story_half_at_end_one_paragraph and _ends_at_story_end(tail, page):
        return region, range(0)
    return range(region.start, cut), tail


def _page_around(region: range, page: Page) -> bool:
    """Whether the text shows a web page around the region: a header
    (headline, byline, dateline) somewhere, or chrome before the region."""
    if HEADER_STAGES.intersection(page.removed.values()):
        return True
    start = page.blocks[region.start].index
    return any(stage in CHROME_STAGES for i, stage in page.removed.items() if i < start)


# The stages whose lines are a page's legal footer ("© 2024 Example Media",
# "Copyright 2008 The Wire. All rights reserved."): where the story ends.
FOOTER_NOTICE_STAGES = frozenset({copyright_licence.id})


def _story_above(start: int, after: int, stop: int, kinds: list[Kind], page: Page) -> bool:
    """Whether the story lies above a footer notice that blocks ``after`` to
    ``stop`` follow and blocks ``start`` to ``after`` precede: the paragraphs
    (GOOD blocks) before it hold words, at least footer_notice_story_min_share
    of those of the paragraphs past it. A credit in a site's menu ("© Jane
    Doe" under a box of teasers) stands above the story, not under it."""
    def paragraph_words(blocks: range) -> float:
        return sum(page.features[i].words for i in blocks if kinds[i] is Kind.GOOD)

    before = paragraph_words(range(start, after))
    return before > 0 and before >= page.settings.footer_notice_story_min_share * paragraph_words(range(after, stop))


def _before_footer_notice(region: range, kinds: list[Kind], page: Page) -> tuple[range, range]:
    """The region up to the footer notice (see FOOTER_NOTICE_STAGES) it
    crosses that the story does not continue after, and what the region held
    after that notice (empty when nothing is cut). The story continues when
    a prose paragraph follows at most footer_notice_max_gap lines below the
    notice, with only kept lines and story interruptions between: a photo's
    credit ("© Jane Doe") and its caption stand between two paragraphs.
    What lies past a wire story's or a site's copyright line is another
    page's text: a box of links, a second article's popup. Only the region's
    last notice (or run of adjacent ones) ends it: notices set apart all
    through a page are the credits of its photos, each over the text of an
    item of a list. And only when the story lies above it (see _story_above)."""
    settings = page.settings
    if not region or settings.footer_notice_max_gap < 0:
        return region, range(0)
    first, last = page.blocks[region.start].index, page.blocks[region.stop - 1].index
    notices = sorted(i for i, stage in page.removed.items() if stage in FOOTER_NOTICE_STAGES and first < i < last)
    if not notices:  # most pages: no block positions listed for them
        return region, range(0)
    index = page.indices
    for k, notice in enumerate(notices):
        after = next(i for i in region if index[i] > notice)
        prose = next((i for i in range(after, region.stop) if kinds[i] is Kind.GOOD), None)
        if (prose is not None and index[prose] - notice - 1 <= settings.footer_notice_max_gap
                and all(page.removed.get(j) in STORY_INTERRUPTIONS for j in range(notice + 1, index[prose])
                        if j in page.removed)):
            continue
        apart = notices[-1] - notice >= len(notices) - k  # a later notice, not adjacent to this one
        if apart or not _story_above(region.start, after, region.stop, kinds, page):
            return region, range(0)
        return range(region.start, after), range(after, region.stop)
    return region, range(0)


def story_copies(removed: dict[int, str], blocks: Sequence[Block], settings: Settings) -> list[int]:
    """The blocks duplicate-copy removed (of one pass's ``blocks``, ``removed``
    by position) that are the story's own copy of a passage printed again
    above it: a line of prose that ends like a sentence (see lead_shaped),
    standing between the first and the last block kept, or above the first
    with at most lead_max_lines lines between them, the header's lines not
    counted (a byline, a date), whose every other copy stands above the
    first block kept and was removed by selection. duplicate-copy keeps the
    copy among most words, which a summary or teaser box printed above the
    page's menu may be, while the story's lead stands alone between its
    headline, its byline and a photo's credit; selection then removes that
    summary with the chrome around it, and the story loses its lead. A copy
    below the story (a teaser of it in a sidebar) or a headline's copy is
    left as duplicate-copy removed it. Empty when copy_kept_in_story is off."""
    copies = [i for i, stage in removed.items() if stage == duplicate_copy.id]
    kept = [i for i in range(len(blocks)) if i not in removed] if copies and settings.copy_kept_in_story else []
    if not kept:  # most pages: no copy found
        return []
    first, last = kept[0], kept[-1]

    def in_story(i: int) -> bool:
        between = range(i + 1, first)
        return first < i < last or (
            i < first and len(between) - sum(removed[j] in HEADER_STAGES for j in between) <= settings.lead_max_lines)

    own = [i for i in copies if in_story(i) and lead_shaped(blocks[i].text, settings)]
    if not own:
        return []
    # The other blocks of the story's lines' keys, gathered once: looked up for each of its lines, not scanned.
    # Only those keys' blocks are held (a page of near copies held a key and a list for each of its lines).
    own_keys = {i: copy_key(blocks[i].text) for i in own}
    keys = set(own_keys.values())
    blocks_of: dict[bytes, list[int]] = {}
    for i, block in enumerate(blocks):
        if i not in own_keys and (key := copy_key(block.text)) in keys:
            blocks_of.setdefault(key, []).append(i)
    found = []
    for i in own:
        others = blocks_of.get(own_keys[i], [])
        if others and all(j < first and removed.get(j) in SELECTION_STAGES for j in others):
            found.append(i)
    return found
