"""Parse HTML into an lxml tree as trafilatura's ``load_html`` does, but
without libxml2's usual depth limit: by default its parser drops every
element nested deeper than 255 levels, so a page of 400 nested
``<div><p>`` keeps 252 paragraphs, and one with 300 ``<div>``s before its
article keeps none. Deeper than the raised limit, the page is refused."""

from __future__ import annotations

import re
from itertools import count, islice

from lxml.etree import LxmlError, SubElement
from lxml.html import HtmlElement, HTMLParser, fragment_fromstring, fromstring
from trafilatura.utils import is_dubious_html, repair_faulty_html

from .decode import DecodeError

# Half of a character (a cut emoji in a JSON record): see without_lone_surrogates.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# A numeric reference to a character that XML forbids (a C0 control but tab and line breaks, U+FFFE, U+FFFF:
# a terminal escape pasted into a CMS, a form feed) put it in the tree, where libxml2 drops one written as
# itself, and trafilatura's extraction failed on it: the whole page came out empty, no removal named.
_FORBIDDEN_REFERENCE = re.compile(r"&#(?:[xX]0*+(?:[1-8bBcCeEfF]|1[0-9a-fA-F]|[fF]{3}[eEfF])(?![0-9a-fA-F])"
                                  r"|0*+(?:[1-8]|1[124-9]|2[0-9]|3[01]|6553[45])(?![0-9]));?")
# libxml2's depth limit under huge_tree (XML_PARSE_HUGE), as it reports it.
MAX_DEPTH = 2048
# libxml2 checks each attribute of an element against every one before it: its time grows with their
# square (8,000 attributes: 0.4 s; 200,000, a 3 MB page: an hour, in C, where no signal stops it).
# No page's element holds near this many.
MAX_ATTRIBUTES = 1000
# trafilatura reads each table with every table inside it: its time grows with the square of their nesting
# (1,000 tables one inside another, a 15 kB page: 22 s; 2,000: over a minute). The 1,011 dev pages nest 13 at most.
MAX_TABLE_NESTING = 100
# An attribute as libxml2 reads one: after a space or a slash, or right after a quoted value. Atomic and
# possessive, never read again another way: a backtracking search of "<a<a<a..." took minutes.
_ATTRIBUTE = r"""(?>(?:[\s/]++|(?<=["']))[^\s=>/"'<][^\s=>/"']*+(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>"']*+))?)"""
_CROWDED_ELEMENT = re.compile(rf"<[a-zA-Z][^\s>/<]*+{_ATTRIBUTE}{{{MAX_ATTRIBUTES + 1}}}")
# An XML doctype's internal subset (`<!DOCTYPE html [ <!ENTITY ...> ]>`): libxml2's HTML parser ends the doctype
# at its first ">", so the rest of the subset ("]>") became the page's first text. Quoted values may hold "]".
_INTERNAL_SUBSET = re.compile(r"""(<!DOCTYPE\b[^\[>]*)\[(?:[^\]"']|"[^"]*"|'[^']*')*\]\s*>""", re.IGNORECASE)
# Where a doctype may start: after a byte order mark, an XML declaration, comments.
_DOCTYPE_WITHIN = 1024
# Elements whose content libxml2 2.14 (lxml 6) reads as raw text, as HTML5 does, where 2.13 read markup: one
# never closed ("<title>Story</head><body>...", "<iframe src=...>" and the story), or a fragment's only element,
# held the page as its text, which came out tags and all ("<p>story</p>") or not at all (a title's).
# script and style were raw text in both, and are dropped whole; noscript's content is markup in both.
_RAW_TEXT_ELEMENTS = ("title", "iframe", "noembed", "noframes", "xmp", "plaintext", "textarea")
_MARKUP = re.compile(r"<[a-zA-Z/!]")
# One never closed holds the rest of the page, and each such one inside it the rest again: read that many.
MAX_RAW_TEXT_NESTING = 20
# A noscript holding over this share of the page's text holds the page: an element opened in it and never
# closed there ("<noscript><div></noscript>") kept libxml2 from closing it, where a browser, which runs
# scripts, reads its content as text up to "</noscript>" and shows the page after it.
NOSCRIPT_PAGE_SHARE = 0.5


class MarkupTooDeep(DecodeError):
    """Elements nested deeper than the parser reads: they would be lost."""


class MarkupTooCrowded(DecodeError):
    """An element of more attributes than the parser reads in reasonable time."""


def _parser() -> HTMLParser:
    # trafilatura's options plus huge_tree, which lifts the depth limit to
    # MAX_DEPTH. One parser per page: its error log tells whether the page was cut.
    return HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                      remove_pis=True, huge_tree=True)


def without_internal_subset(html: str) -> str:
    """``html`` with its doctype's internal subset left out (markup, no text)."""
    start = html[:_DOCTYPE_WITHIN].lower().find("<!doctype")
    match = _INTERNAL_SUBSET.match(html, start) if start >= 0 else None
    return html if match is None else f"{html[:start]}{match[1].rstrip()}>{html[match.end():]}"


def without_lone_surrogates(html: str) -> str:
    """``html`` with each half of a character (a cut emoji in a JSON record) read as U+FFFD, what a decoder
    makes of a bad byte: libxml2 stops reading the page there, and its feed parser (BeautifulSoup's) fails."""
    if not html.isascii():
        try:
            html.encode("utf-8")  # in C, some ten times as fast as a scan by pattern
        except UnicodeEncodeError:
            return _LONE_SURROGATE.sub("\ufffd", html)
    return html


def readable_markup(html: str) -> str:
    """``html`` as libxml2 reads it whole: its doctype's internal subset, half characters and references
    to characters XML forbids left out or made U+FFFD (see each)."""
    return _FORBIDDEN_REFERENCE.sub("", without_lone_surrogates(without_internal_subset(html)))


def load_html(html: str) -> HtmlElement | None:
    """The tree of ``html``; None when it does not look like an HTML page
    (no "html" in its first characters and at most one top element) or
    holds no element at all. Raises MarkupTooDeep when the parser had to
    drop elements nested too deep, MarkupTooCrowded (before parsing) for an
    element of over MAX_ATTRIBUTES attributes. A ``<template>``'s content,
    markup that scripts stamp out and no browser shows, is left out (its tail stays)."""
    if _CROWDED_ELEMENT.search(html):
        raise MarkupTooCrowded(f"markup with an element of over {MAX_ATTRIBUTES:,} attributes, which the parser "
                               "takes hours over (its time grows with their square)")
    html = readable_markup(html)
    beginning = html[:50].lower()
    html = repair_faulty_html(html, beginning)
    parser, tree = _parser(), None
    try:
        tree = fromstring(html, parser=parser)
    except ValueError:  # a str with an XML encoding declaration: lxml wants bytes
        pass
    except LxmlError:  # nothing to parse
        return None
    if tree is None or len(tree) < 1:
        parser = _parser()
        try:
            tree = fromstring(html.encode("utf-8"), parser=parser)
        except LxmlError:
            return None
    _check_depth(parser)
    _join_later_roots(tree)
    _read_raw_markup(tree)
    _unwrap_page_in_noscript(tree)
    if any(next(islice(table.iterancestors("table"), MAX_TABLE_NESTING - 1, None), None) is not None
           for table in tree.iter("table")):
        raise MarkupTooDeep(f"tables nested deeper than {MAX_TABLE_NESTING} levels, which the extraction takes "
                            "minutes over (its time grows with their square)")
    if is_dubious_html(beginning) and len(tree) < 2:
        return None
    for template in [element for element in tree.iter("template") if element.getparent() is not None]:
        template.drop_tree()
    return tree


def _check_depth(parser: HTMLParser) -> None:
    """MarkupTooDeep when ``parser`` had to drop elements nested too deep."""
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        raise MarkupTooDeep(f"markup nested deeper than {MAX_DEPTH} levels")


def _join_later_roots(tree: HtmlElement) -> None:
    """Move the content of the roots libxml2 made after ``tree`` into its body: markup after an `</html>`
    (one in the middle of the page, a template's or an included widget's, or content appended after the end)
    went into a second `<html>` beside the first, which nothing reads, where browsers show it in the body."""
    body = tree.find("body")
    target = tree if body is None else body
    for later in list(tree.itersiblings()):
        _move_content(later, target)


def _move_content(source: HtmlElement, target: HtmlElement) -> None:
    """Append ``source``'s text and elements to ``target``, a head's or a body's in it unwrapped."""
    _append_text(target, source.text)
    for child in list(source):
        if child.tag in ("head", "body"):
            _move_content(child, target)
            _append_text(target, child.tail)
        else:
            target.append(child)  # moved, with its tail


def _append_text(element: HtmlElement, text: str | None) -> None:
    if not text:
        return
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


def _read_raw_markup(tree: HtmlElement) -> None:
    """Where an element of raw text (`_RAW_TEXT_ELEMENTS`) holds the rest of the page as text (never
    closed), that text read as markup, as libxml2 before 2.14 read it: its words up to the first tag stay
    the element's (a title's), the elements after them follow it (in the body, after a title in the head);
    a fragment's only element becomes their container. One closed before the page ends is left as it is:
    its text is an iframe's fallback, a form's text, which the extraction leaves out."""
    for nesting in count():
        raw = _raw_markup(tree)
        if raw is None or not _holds_the_rest(raw):
            break
        if nesting == MAX_RAW_TEXT_NESTING:
            raise MarkupTooDeep(f"elements of raw text (title, iframe...) never closed, one inside another, over "
                                f"{MAX_RAW_TEXT_NESTING} deep")
        parser = _parser()
        try:
            holder = fragment_fromstring(raw.text, create_parent="div", parser=parser)
        except LxmlError:  # markup that holds nothing (a comment)
            raw.text = None
            continue
        _check_depth(parser)
        raw.text = holder.text
        if raw is tree:  # a fragment's only element (lxml hands it over as the tree)
            raw.tag = holder.tag
            raw.attrib.clear()
            raw.extend(list(holder))
        elif next(raw.iterancestors("head"), None) is not None:
            _body(tree).extend(list(holder))
        else:
            for element in reversed(holder):
                raw.addnext(element)


def _unwrap_page_in_noscript(tree: HtmlElement) -> None:
    """A noscript that holds the page (NOSCRIPT_PAGE_SHARE) gives its elements to its parent; its own text,
    the fallback a browser never shows, is left out."""
    page_length = None
    for noscript in tree.iter("noscript"):
        if len(noscript) == 0:
            continue
        page_length = page_length or len(tree.text_content())
        if len(noscript.text_content()) > NOSCRIPT_PAGE_SHARE * page_length:
            noscript.text = None
            noscript.drop_tag()
            return


def _body(tree: HtmlElement) -> HtmlElement:
    """The page's body, made when the tree has none."""
    body = next(tree.iter("body"), None)
    return SubElement(tree, "body") if body is None else body


def _raw_markup(tree: HtmlElement) -> HtmlElement | None:
    """The last element of raw text in ``tree`` that holds markup."""
    raws = [element for element in tree.iter(*_RAW_TEXT_ELEMENTS)
            if len(element) == 0 and element.text and _MARKUP.search(element.text)]
    return raws[-1] if raws else None


def _holds_the_rest(element: HtmlElement) -> bool:
    """Whether nothing but white space follows ``element`` in its tree."""
    for node in (element, *element.iterancestors()):
        if (node.tail and not node.tail.isspace()) or node.getnext() is not None:
            return False
    return True
