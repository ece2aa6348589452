"""What only the markup tells: boilerplate elements named as such, the page's
own header, lists and blocks made of links, the headline, tables that lay out
the page, and an article body split into several containers.

These act on the lxml tree before the extractor sees it. Each removal is
returned with the id of what removed it, like the text detectors' removals.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import regex
from lxml.html import HtmlElement
from trafilatura.settings import MANUALLY_CLEANED
from trafilatura.xpaths import BODY_XPATH

from .blocks import normalise_line
from .detectors.headers import lead_length, title_key, title_keys
from .settings import DEFAULT_SETTINGS, Settings

BOILERPLATE_CLASS_ID = "html-boilerplate-class"
PAGE_HEADER_ID = "html-page-header"
CAPTION_ID = "html-caption"
HEADLINE_ID = "html-headline"
KICKER_ID = "html-kicker"
LINK_LIST_ID = "html-link-list"
LINK_BLOCK_ID = "html-link-block"
DROP_DOWN_ID = "html-drop-down"
FORM_CONTROL_ID = "html-form-control"
HIDDEN_ID = "html-hidden"

# The boxes a page sets inside its article, named as the site's language names them as often as in
# English: HTML mode runs no main-content selection, so such a box in <article> stays unless its name
# says what it is. Comment threads in the plural (the singular is also an opinion column's kind:
# "Kommentar", "commentaire"; English "comment" cost story text, above; "responses", "reactions"),
# the author's box, a video player, subscription offers and appeals, ads and affiliate offers, and
# contact boxes. On the study sets: HTML chrome kept 562 -> 451 lines of 18,083, article lines lost
# 121 -> 119.
LOCAL_FURNITURE_WORDS = (
    "kommentare", "comentarios", "komentarze", "komentare", "commentaires", "commenti", "yorumlar",
    "comentarii", "reacties", "responses", "reactions",
    "autor", "autora", "autorin", "auteur", "autore", "autorbox",
    "video",
    "abo", "abonnement", "abbonamento", "assinatura", "predplatne", "prenumeration", "suscripcion", "appeal",
    "optin",
    "reklama", "publicidad", "werbung", "anzeige", "affiliate",
    "kontakt", "contact", "contacto",
)

# Words that, inside a class or id name, mark page furniture rather than the
# story: widgets, appeals, related and popular lists, share bars, pop-ups,
# captions, elements hidden from the reader, paywall boxes, menus and the
# author's box. The last seven words, measured on folds 0-2 one group at a
# time then together: traf-dev snippet F1 +0.002 (precision 0.944 -> 0.947),
# gn-dev +0.001, aeb-dev unchanged, 6 pages better, none worse; "comment",
# "advert"/"ads"/"banner" and "gallery"/"slider" cost story text on some pages.
# Not "print": it says how an element prints, not what it is ("no-print" on a
# share bar, "print-full" on a recipe's steps, "print-content" on a story);
# without it, traf-dev folds 0-1 F1 0.9465 -> 0.9475, fold 2 and aeb-dev and
# gn-dev unchanged.
BOILERPLATE_WORDS = frozenset({
    "related", "recommend", "recommended", "popular", "trending",
    "newsletter", "subscribe", "signup", "donate", "donation", "promo", "sponsor", "sponsored",
    "share", "sharing", "social", "breadcrumb", "breadcrumbs", "sidebar", "widget", "tags",
    "modal", "overlay", "popup", "cookie", "consent", "hidden", "hide",
    "caption", "figcaption", "credit", "header",
    "paywall", "linklist", "nav", "navigation", "menu", "author", "byline",
    *LOCAL_FURNITURE_WORDS,
})
# Names of an ad's box, whole: as a word of a longer name "ad" and "ads" name much else ("ad-free",
# "load-ads-after-story" round a story), and "advert" cost story text (above).
_AD_NAMES = frozenset({"ad", "ads", "advert", "advertisement"})
_HEADER_WORD = frozenset({"header"})
_HIDING_WORDS = frozenset({"hidden", "hide"})
# Words that, beside a hiding word in one class name, say the element is hidden only on some screens or
# that its overflow is: screen sizes and devices (Bootstrap's "hidden-xs", "hide-on-mobile"), "overflow".
_SCREEN_WORDS = frozenset({"xs", "sm", "md", "lg", "xl", "xxl", "mobile", "tablet", "desktop", "phone",
                           "small", "medium", "large", "print", "overflow"})
# A class name for some screen sizes only (Tailwind's "md:hidden", "lg:block").
_SCREEN_VARIANT = re.compile(r"(?:max-)?(?:xs|sm|md|lg|xl|xxl|\dxl):")
# A heading is never a photo's caption or credit: these words in its class name a type style
# ("caption-s5" in a hero's standfirst), not what it is.
_CAPTION_WORDS = frozenset({"caption", "figcaption", "credit"})
# A player's box is also the frame sites set around any embed ("video-container"): one holding an
# embedded post (a tweet's <blockquote>) shows a quote of the story, not a player's furniture.
_PLAYER_WORDS = frozenset({"video"})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A picture's box without <figure>: the link or <picture> wrapped round the image, and the elements its caption is.
_PICTURE_WRAPPERS = frozenset({"a", "picture"})
_CAPTION_TAGS = frozenset({"p", "span", "div", "small", "em", "i"})
# How a sentence ends (a standfirst above the headline is no label).
_SENTENCE_ENDS = frozenset(".!?…。！？")
# Never removed by name: they are the page or its article.
PROTECTED_TAGS = frozenset({"html", "body", "article", "main"})
_INVISIBLE_TAGS = frozenset({"script", "style", "noscript", "template"})
# Elements whose content lxml 6 (libxml2 2.14) reads as raw text, as HTML5 does, and a reader never sees as
# the page's: an iframe shows another page (its content is the fallback of browsers without frames), noembed
# and noframes are for browsers without embeds or frames, a textarea holds what the reader types. Their text is
# markup, tags and all ('<a href="http://ads...">'). Not xmp: a browser shows its text, tags and all.
HIDDEN_RAW_TEXT_TAGS = ("iframe", "noembed", "noframes", "textarea")
_NAME_WORD = regex.compile(r"[a-z]+")
_SPACES = (" ", "\n", "\t", "\r", "\xa0")
# Most names hold none of the words: this rules them out before they are split
# (the standard library's engine: quicker than `regex` on this plain alternation).
_ANY_BOILERPLATE_WORD = re.compile("|".join(sorted(BOILERPLATE_WORDS)))
# Elements a furniture rule may name: by tag, by class or id, or custom
# elements (web components), whose tags hold a hyphen.
_NAMED_ELEMENTS = "//header | //figcaption | //*[@class or @id or @hidden or contains(local-name(), '-')]"
_CAMEL_CASE = regex.compile(r"(?<=[a-z])(?=[A-Z])")
LINK_BLOCK_TAGS = ("p", "h2", "h3", "h4", "h5", "h6")
# Blocks the extractor takes as an article's body.
_BODY_TAGS = frozenset({"article", "div", "main", "section"})
# Elements the extractor deletes, with all they hold, before it looks for the body.
_EXTRACTOR_DELETES = frozenset(MANUALLY_CLEANED)
# The class names the extractor's first body expression takes, whole, as an article's body.
_ENTRY_CLASSES = frozenset({"entry", "post"})
_TABLE_PARTS = ("tbody", "thead", "tfoot", "tr", "td", "th", "caption")


def _furniture_words(element: HtmlElement) -> frozenset[str]:
    """The boilerplate words among the words of the class or id names (split
    at -, _, digits and camelCase): "related-posts", "PopularPosts1", not
    "unrelated"; and of a custom element's tag, which names it as a class
    would ("site-header", "share-bar"); and the names of _AD_NAMES, whole. A
    hiding word counts only where it hides the element on every screen (see
    _hidden_somewhere)."""
    names = f"{element.get('class', '')} {element.get('id', '')}"
    if "-" in element.tag:
        names = f"{names} {element.tag}"
    ad_names = _AD_NAMES.intersection(names.lower().split())
    if not _ANY_BOILERPLATE_WORD.search(names.lower()):
        return frozenset(ad_names)
    words = BOILERPLATE_WORDS.intersection(_NAME_WORD.findall(_CAMEL_CASE.sub(" ", names).lower())) | ad_names
    if words & _HIDING_WORDS and _hidden_somewhere(names):
        words -= _HIDING_WORDS
    return words


def _hidden_somewhere(names: str) -> bool:
    """Whether the class names hide the element only on some screens or clip its overflow, leaving it
    shown: utility classes ("overflow-hidden", "hidden-xs", "hide-mobile", "md:hidden", or "hidden" beside
    "lg:block") name how a box is laid out, not that it is furniture."""
    tokens = names.lower().split()
    if any(_SCREEN_VARIANT.match(token) for token in tokens):
        return True
    return any(_HIDING_WORDS.intersection(words) and _SCREEN_WORDS.intersection(words)
               for words in (_NAME_WORD.findall(token) for token in tokens))


def _unlinked_length(element: HtmlElement) -> int:
    """Visible characters of ``element`` outside its links."""
    return visible_length(element) - _linked_length(element)


def _linked_length(element: HtmlElement) -> int:
    """Visible characters of ``element`` inside links: ``<a>`` elements with an
    href that leads away (_leads_away). An ``<a name="...">`` is a place in the page to jump to,
    not a link: a podcast's transcript marks its questions so."""
    return sum(_printed_length(link) for link in element.iter("a") if _leads_away(link))


def _leads_away(link: HtmlElement) -> bool:
    """Whether ``link`` (an ``<a>``) has an href that leads away from where it stands: not a
    permalink to its own heading (``<h2 id="x"><a href="#x">``), which blogs and documentation
    put on every section's heading."""
    href = link.get("href")
    if href is None:
        return False
    if not href.startswith("#"):
        return True
    place = href[1:]
    return not any(node.get("id") == place or node.get("name") == place for node in (link, *link.iterancestors()))


def visible_length(element: HtmlElement) -> int:
    """Non-space characters a reader sees in ``element`` (no scripts or styles):
    pages indent with runs of whitespace that would blur shares of text."""
    hidden = sum(_printed_length(node) for node in element.iter(*_INVISIBLE_TAGS))
    return _printed_length(element) - hidden


def _printed_length(element: HtmlElement) -> int:
    text: str = element.text_content()
    return len(text) - sum(text.count(space) for space in _SPACES)


def _story_length(element: HtmlElement, settings: Settings) -> int:
    """Characters in the story-length paragraphs inside ``element``."""
    lengths = (len(paragraph.text_content()) for paragraph in element.iter("p"))
    return sum(length for length in lengths if length >= settings.html_body_paragraph_min_chars)


def _prose_paragraphs(element: HtmlElement, settings: Settings) -> int:
    return sum(len(p.text_content().strip()) >= settings.html_prose_paragraph_min_chars for p in element.iter("p"))


def _element_text(element: HtmlElement) -> str:
    return normalise_line(" ".join(element.itertext()))


def remove_boilerplate(tree: HtmlElement, settings: Settings = DEFAULT_SETTINGS) -> list[tuple[str, str]]:
    """Drop ``<header>`` elements, photo captions (``<figcaption>``: the
    extractor keeps some), elements the page hides (a login box, a menu, an
    ad slot's script: the ``hidden`` attribute) and elements whose
    class or id names them as furniture (BOILERPLATE_WORDS), unless they hold
    the story's prose (a page that hides its body until a script shows it);
    return (id, text) of each removed one."""
    body = tree.find("body")
    limit = settings.html_max_removed_share * visible_length(body if body is not None else tree)
    story_limit = settings.html_max_story_share * _story_length(tree, settings)
    doomed: dict[HtmlElement, str] = {}
    for element in tree.xpath(_NAMED_ELEMENTS):  # document order
        if element.tag in PROTECTED_TAGS or any(a in doomed for a in element.iterancestors()):
            continue  # a descendant goes with its ancestor
        furniture_words = _furniture_words(element)
        if element.tag in _HEADING_TAGS:
            furniture_words -= _CAPTION_WORDS
        if furniture_words & _PLAYER_WORDS and element.find(".//blockquote") is not None:
            furniture_words -= _PLAYER_WORDS
        # The hidden attribute, not an inline display:none or visibility:hidden:
        # scripts toggle those to show the story's own tabs and slides (with
        # them, traf-dev HTML folds 0-1 0.9659 -> 0.9650, fold 2 0.9605 -> 0.9585;
        # the attribute alone changes no figure).
        if element.get("hidden") is not None:
            remover = HIDDEN_ID
        elif element.tag == "header":
            remover = PAGE_HEADER_ID
        elif element.tag == "figcaption":
            remover = CAPTION_ID
        elif furniture_words:
            remover = BOILERPLATE_CLASS_ID
        else:
            continue
        # A header, by tag or by its only furniture word ("article-header"), is
        # held to the header's limits: a page header is links (menus, logo,
        # search), so prose or much text outside links in it is the story's.
        header = element.tag == "header" or furniture_words == _HEADER_WORD
        if header and _unlinked_length(element) >= settings.html_header_max_unlinked_chars:
            continue
        max_prose = settings.html_header_max_prose_paragraphs if header else settings.html_named_max_prose_paragraphs
        # The raw length bounds the visible one: most elements pass on it alone.
        small = len(element.text_content()) <= limit or visible_length(element) <= limit
        if (small and _story_length(element, settings) <= story_limit
                and _prose_paragraphs(element, settings) <= max_prose):  # last: it reads every paragraph
            doomed[element] = remover
    return _drop(doomed)


def remove_picture_captions(tree: HtmlElement, settings: Settings = DEFAULT_SETTINGS) -> list[tuple[str, str]]:
    """Drop the caption a page sets under a picture without ``<figure>``: the
    one short element of text (at most html_picture_caption_max_chars
    visible characters, no heading) after a picture (``<img>``, or a link or
    ``<picture>`` around one only) in a box that holds nothing else
    (``<div class="photo"><img><p>Фото: ...</p></div>``)."""
    doomed: dict[HtmlElement, str] = {}
    for image in tree.iter("img"):
        picture = image
        while (wrapper := picture.getparent()) is not None and wrapper.tag in _PICTURE_WRAPPERS:
            if not _only_child(picture):
                break
            picture = wrapper
        box = picture.getparent()
        if box is None or box.tag in PROTECTED_TAGS or (box.text or "").strip():
            continue
        children = [child for child in box if isinstance(child.tag, str)]
        if len(children) != 2 or children[0] is not picture or any((child.tail or "").strip() for child in children):
            continue
        caption = children[1]
        if (caption.tag in _CAPTION_TAGS and next(caption.iter("img", *_HEADING_TAGS), None) is None
                and 0 < visible_length(caption) <= settings.html_picture_caption_max_chars):
            doomed[caption] = CAPTION_ID
    return _drop(doomed)


def _only_child(element: HtmlElement) -> bool:
    """Whether ``element`` is all its parent holds: no other element, no text around it."""
    parent = element.getparent()
    return (parent is not None and len(parent) == 1 and not (parent.text or "").strip()
            and not (element.tail or "").strip())


def remove_drop_downs(tree: HtmlElement) -> list[tuple[str, str]]:
    """Drop the controls of forms: drop-down lists (``<select>``, a text box's
    ``<datalist>`` of suggestions, which no browser shows), buttons and text
    boxes (``<textarea>``). Their labels and options are choices and actions,
    never the story, and the extractor ran them together into words of no
    input ("red", "blue": "redblue"; "Play", "Pause": "PlayPause"). Not an
    accordion's toggle, the button that is a heading's whole text (an FAQ's
    question over its answer, WAI-ARIA's and Bootstrap's accordion): the
    heading stays, its button's tag left out."""
    for toggle in [button for button in tree.iter("button") if _heading_toggle(button)]:
        toggle.drop_tag()
    doomed = {element: DROP_DOWN_ID if element.tag in ("select", "datalist") else FORM_CONTROL_ID
              for element in tree.iter("select", "datalist", "button", "textarea")}
    return _drop({element: remover for element, remover in doomed.items()
                  if not any(ancestor in doomed for ancestor in element.iterancestors())})


def _heading_toggle(button: HtmlElement) -> bool:
    """Whether ``button`` is the whole text of the heading it stands in (``<h3><button>Question</button></h3>``)."""
    heading = button.getparent()
    return (heading is not None and heading.tag in _HEADING_TAGS
            and normalise_line(heading.text_content()) == normalise_line(button.text_content()) != "")


def clear_hidden_raw_text(tree: HtmlElement) -> None:
    """Leave out the text of each element of HIDDEN_RAW_TEXT_TAGS in ``tree`` (the text after it stays):
    the renderer and the extractor read it as the page's text, tags and all."""
    for element in tree.iter(*HIDDEN_RAW_TEXT_TAGS):
        element.text = None


def _drop(doomed: dict[HtmlElement, str]) -> list[tuple[str, str]]:
    """Remove each element from the tree; return (remover, text) of each."""
    removed = []
    for element, remover in doomed.items():
        text = _element_text(element)
        if text:
            removed.append((remover, text))
        element.drop_tree()  # keeps the text that follows the element
    return removed


def remove_link_blocks(tree: HtmlElement, settings: Settings = DEFAULT_SETTINGS) -> list[tuple[str, str]]:
    """Drop lists whose items are links or mostly links (LINK_LIST_ID) and short paragraphs
    and headings that are links (LINK_BLOCK_ID: teasers, "Also read: ..."):
    text mostly inside links is the way to other pages, not this story."""
    doomed: dict[HtmlElement, str] = {}
    for element in tree.iter("ul", "ol", *LINK_BLOCK_TAGS):  # document order
        if element.tag in ("ul", "ol"):
            items = element.findall("li")
            links = len(items) >= settings.html_link_list_min_items and (
                _link_density(element) >= settings.html_min_link_density or _teaser_items(items, settings))
            remover = LINK_LIST_ID
        else:
            links = (len(element.text_content()) <= settings.html_link_block_max_chars
                     and _link_density(element) >= settings.html_min_link_density)
            remover = LINK_BLOCK_ID
        if links and not any(ancestor in doomed for ancestor in element.iterancestors()):
            doomed[element] = remover
    return _drop(doomed)


def _teaser_items(items: list[HtmlElement], settings: Settings) -> bool:
    """Whether every item is mostly a link, with a few words beside it (a
    date, a section, a count): a list of teasers, not of points."""
    return all(_link_density(item) >= settings.html_teaser_item_min_link_density for item in items)


def _link_density(element: HtmlElement) -> float:
    """Share of the visible characters of ``element`` inside its links
    (visible: the runs of whitespace of a list's markup would dilute it)."""
    visible = visible_length(element)
    return _linked_length(element) / visible if visible else 0.0


# The first heading that schema.org's markup names the headline.
_MARKED_HEADLINE = ("(//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
                    "[@itemprop='headline'])[1]")


def headline_keys(tree: HtmlElement) -> set[str]:
    """The page's headline as <title>, the first <h1>, the first heading
    schema.org's markup names the headline (``<h3 itemprop="headline">`` on
    a club's or a shop's template, worded unlike the title) and og/twitter
    titles say it, and each long part of a "Story - Site" title: lines equal
    to one of them are the headline, which is metadata, not body."""
    # The first <h1> only: a page with several heads its sections with the others, which are the story's;
    # the first marked heading only: a list of teasers may mark each of theirs. A heading: some pages mark
    # their standfirst's box as the headline.
    first_h1 = next(tree.iter("h1"), None)
    marked = tree.xpath(_MARKED_HEADLINE)
    titles = [element.text_content() for element in tree.iter("title")]
    titles += [first_h1.text_content()] if first_h1 is not None else []
    titles += [element.text_content() for element in marked if isinstance(element, HtmlElement)]
    titles += tree.xpath('//meta[@property="og:title" or @name="twitter:title"]/@content')
    return set().union(*map(title_keys, titles))


def kicker_key(tree: HtmlElement, settings: Settings = DEFAULT_SETTINGS) -> str | None:
    """The label set right above the page's headline, as headlines are
    compared (title_key): the element right before its first <h1>, of at
    most html_kicker_max_words words and without a sentence's end ("Meteo",
    "Sport · Football", "Nachruf"): the section or the kind of the story,
    which the extractor keeps as the body's first line. None when there is
    no such element."""
    first_h1 = next(tree.iter("h1"), None)
    before = first_h1.getprevious() if first_h1 is not None else None
    if before is None or not isinstance(before.tag, str) or before.tag in _HEADING_TAGS:
        return None
    text = normalise_line(before.text_content())
    if not text or text[-1] in _SENTENCE_ENDS or len(text.split()) > settings.html_kicker_max_words:
        return None
    return title_key(text) or None


def merge_split_body(tree: HtmlElement, settings: Settings = DEFAULT_SETTINGS) -> bool:
    """Join an article body that the page splits into several containers of
    the same class (between them: an ad rail, a newsletter box), so that the
    extractor, which takes one container, takes the whole story. The class
    is the one that holds the most story paragraphs. A part is a container of
    at least html_body_part_min_paragraphs of them; a container of the class
    between two parts is a part too, whatever it holds (the story's one
    paragraph between two embeds): merged around, it would be left out of the
    body. Returns whether it merged."""
    paragraphs_by_class: dict[tuple[str, str], list[HtmlElement]] = defaultdict(list)
    for paragraph in tree.iter("p"):
        parent = paragraph.getparent()
        if (parent is not None and parent.get("class")
                and len(paragraph.text_content()) >= settings.html_body_paragraph_min_chars):
            paragraphs_by_class[(parent.tag, parent.get("class"))].append(parent)
    if not paragraphs_by_class:
        return False
    parents = max(paragraphs_by_class.values(), key=len)
    tag, name = parents[0].tag, parents[0].get("class")
    candidates = [element for element in tree.iter(tag) if element.get("class") == name]  # document order
    parts = [i for i, c in enumerate(candidates) if parents.count(c) >= settings.html_body_part_min_paragraphs]
    if len(parts) < 2:
        return False
    containers = candidates[parts[0]:parts[-1] + 1]
    first, merged = containers[0], False
    for other in containers[1:]:
        if not _nested(first, other):
            first.extend(list(other))
            merged = True
    return merged


def name_story_body(tree: HtmlElement, settings: Settings = DEFAULT_SETTINGS) -> HtmlElement | None:
    """Name the container of the story's paragraphs as the article's body (schema.org's
    ``itemprop="articleBody"``) on a page where the extractor knows no container.

    The extractor finds the body by tag (``<article>``, ``<main>``) or by English class names
    ("entry-content", "article-body"); finding none on a page whose classes are in another language
    ("tresc-wpisu", "corpo-ricetta"), none it knows ("guide-copy") or only hashes ("css-1x2y3z", on
    a site built with CSS-in-JS, all in ``<div>``s), it gathers the page's loose paragraphs and
    leaves out every heading and list between them. The container is the block holding the most
    characters of story paragraphs (_story_paragraphs) as its own children, at least
    ``html_body_part_min_paragraphs`` of them (not a box of one paragraph), widened to its parent
    while the parent holds that many more outside it: a body split in parts (around an ad, in
    sections) is taken whole. A story paragraph is one of ``html_body_paragraph_min_chars``; on a page
    of fewer such paragraphs than a container needs, written in shorter ones (an FAQ's answers, a
    how-to's steps, a forum post), one of ``html_prose_paragraph_min_chars``, in a block that holds
    the page's story-length paragraph if it has one (a news brief of one paragraph is not the footer's
    shorter paragraphs round it). A page of enough
    story-length paragraphs that no block holds together spreads its story over boxes (a step a box):
    the block of its shorter paragraphs is something else (the comments, a contact box). Returns it, or
    None where the extractor knows a container or no block qualifies."""
    if _extractor_finds_body(tree):
        return None
    story = _story_paragraphs(tree, settings.html_body_paragraph_min_chars, settings)
    body = _story_container(story, settings)
    if body is None and len(story) < settings.html_body_part_min_paragraphs:
        body = _story_container(_story_paragraphs(tree, settings.html_prose_paragraph_min_chars, settings), settings)
        if body is not None and any(body not in paragraph.iterancestors() for paragraph in story):
            body = None  # it leaves out the page's story-length paragraph: a footer's, a contact box's lines
    if body is not None:
        body.set("itemprop", "articleBody")
    return body


def name_entries_body(tree: HtmlElement, settings: Settings = DEFAULT_SETTINGS) -> HtmlElement | None:
    """Name the ``<article>`` (else the ``<main>``, else the box) around a live blog's entries as the
    article's body (``itemprop="articleBody"``).

    The extractor's first body expression names a block of class exactly "entry" or "post" an article's
    body and takes the first it finds: on a live blog, whose entries are such blocks side by side, the
    first entry, then loose paragraphs, leaving out the key points above the entries and the entries'
    headlines; on a forum thread, the first reply, when the opening post and the answer carry more class
    names ("post question", "post answer"). Entries: two or more blocks in one box whose class opens with
    such a name, one of them that name alone (the extractor's pick), the first holding less than
    ``html_entries_first_max_share`` of their text (a forum thread's opening post, which holds most of it,
    is the story above its replies). Returns the element named, or None."""
    for box in tree.iter(*_BODY_TAGS):
        entries = [child for child in box if child.tag in _BODY_TAGS and _first_class(child) in _ENTRY_CLASSES]
        if len(entries) < 2 or not any(entry.get("class") in _ENTRY_CLASSES for entry in entries):
            continue
        lengths = [visible_length(entry) for entry in entries]
        if lengths[0] >= settings.html_entries_first_max_share * sum(lengths):
            continue
        around = [box, *box.iterancestors()]
        body = next((e for e in around if e.tag == "article"), next((e for e in around if e.tag == "main"), box))
        body.set("itemprop", "articleBody")
        return body
    return None


def _first_class(element: HtmlElement) -> str:
    """The first name of ``element``'s class ("post" of "post answer"), or ""."""
    return next(iter((element.get("class") or "").split()), "")


def _story_container(story: list[HtmlElement], settings: Settings) -> HtmlElement | None:
    """The block holding the most characters of the ``story`` paragraphs (see name_story_body)."""
    chars: dict[HtmlElement, list[int]] = defaultdict(list)
    for paragraph in story:
        parent = paragraph.getparent()
        if parent is not None and parent.tag in _BODY_TAGS:
            chars[parent].append(len(normalise_line(paragraph.text_content())))
    enough = settings.html_body_part_min_paragraphs
    containers = {parent: sum(lengths) for parent, lengths in chars.items() if len(lengths) >= enough}
    if not containers:
        return None
    body = max(containers, key=containers.__getitem__)
    held = Counter(ancestor for paragraph in story for ancestor in paragraph.iterancestors())  # paragraphs under each
    while ((parent := body.getparent()) is not None and parent.tag in _BODY_TAGS
           and held[parent] - held[body] >= enough):
        body = parent
    return body


def _extractor_finds_body(tree: HtmlElement) -> bool:
    """Whether one of the extractor's body expressions matches in ``tree`` outside the elements
    it deletes before it looks (``<aside>``, ``<footer>``, ``<nav>``...: a sidebar's teasers in
    ``<article>`` elements are none of its). An ``<article>`` or a ``<main>`` is one of them, and
    quicker to look for than the class names."""
    if any(not _deleted_by_extractor(element) for element in tree.iter("article", "main")):
        return True
    return any((found := next(iter(expr(tree)), None)) is not None and not _deleted_by_extractor(found)
               for expr in BODY_XPATH)


def _deleted_by_extractor(element: HtmlElement) -> bool:
    return any(ancestor.tag in _EXTRACTOR_DELETES for ancestor in element.iterancestors())


def _story_paragraphs(tree: HtmlElement, min_chars: int, settings: Settings) -> list[HtmlElement]:
    """The paragraphs of ``min_chars`` or more, after the page's first ``<h1>`` where it has one: the
    story follows its headline (a site's welcome text above it is not the story). A paragraph of a
    spaceless script (Chinese, Japanese) is as long as its words make it (headers.lead_length): one
    of 60 characters says what one of 200 does in a spaced script."""
    paragraphs = []
    below_headline = next(tree.iter("h1"), None) is None
    for element in tree.iter():
        if element.tag == "h1":
            below_headline = True
        elif below_headline and element.tag == "p" and lead_length(
                normalise_line(element.text_content()), settings) >= min_chars:
            paragraphs.append(element)
    return paragraphs


def flatten_layout_tables(tree: HtmlElement, settings: Settings = DEFAULT_SETTINGS) -> int:
    """Turn tables that lay out the page (a table inside, or a cell holding
    a paragraph's worth of text) into plain containers, so that the extractor
    reads their cells as the page's blocks instead of one table of the whole
    page, menus and all; tables of data stay tables. Returns how many."""
    layout = [table for table in tree.iter("table") if _layout_table(table, settings)]
    for table in layout:
        for element in _own_table_parts(table):
            element.tag = "div"
    return len(layout)


def _layout_table(table: HtmlElement, settings: Settings) -> bool:
    if table.find(".//table") is not None:
        return True
    return any(len(normalise_line(cell.text_content())) >= settings.html_layout_cell_min_chars
               for cell in table.iter("td", "th"))


def _own_table_parts(table: HtmlElement) -> list[HtmlElement]:
    """The table and its rows and cells, not those of tables nested in it."""
    parts = [table]
    for element in table.iter(*_TABLE_PARTS):
        owner = next(element.iterancestors("table"), None)
        if owner is table:
            parts.append(element)
    return parts


def _nested(a: HtmlElement, b: HtmlElement) -> bool:
    return any(x is a for x in b.iterancestors()) or any(x is b for x in a.iterancestors())

