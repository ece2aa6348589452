"""Generic boilerplate detectors, run in this order on every page.

Each detector is a small unit with an id, a docstring saying what it removes
and why, and examples that the tests run (see ``base.Detector``).
"""

from __future__ import annotations

from .appeals import donation_appeal, newsletter_prompt
from .base import Detector, Example, Page
from .captions import photo_caption
from .copies import duplicate_copy
from .chrome import (
    advertisement, comment_prompt, comment_thread, cookie_notice, media_player, nav_menu, post_navigation, share_bar,
    skip_link,
)
from .footers import (
    affiliate_disclosure, author_bio, company_boilerplate, contact_details, copyright_licence, machine_translation,
    privacy_notice,
)
from .headers import article_header, byline_dateline, duplicate_headline, standfirst
from .lists import read_also_link, related_list, teaser_list

DETECTORS: tuple[Detector, ...] = (
    skip_link,
    duplicate_copy,
    cookie_notice,
    media_player,
    share_bar,
    post_navigation,
    advertisement,
    comment_prompt,
    comment_thread,
    newsletter_prompt,
    donation_appeal,
    copyright_licence,
    machine_translation,
    affiliate_disclosure,
    privacy_notice,
    author_bio,
    company_boilerplate,
    contact_details,
    photo_caption,
    read_also_link,
    related_list,
    teaser_list,
    duplicate_headline,
    byline_dateline,
    article_header,
    standfirst,
    nav_menu,
)

__all__ = ["DETECTORS", "Detector", "Example", "Page"]
