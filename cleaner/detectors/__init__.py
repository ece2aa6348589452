"""The detector registry: every generic boilerplate detector, in the order
they run on a page.

Each detector declares its id, what it removes and why (its docstring), its
roles for the stages after it, the modes it runs in, what it reads of earlier
stages and its examples (see ``base.Detector``). The id sets the rest of the
pipeline uses (``ids_with_role``, ``ids_not_in``) are derived from here.

Order matters: a stage sees only the blocks earlier stages kept, so a
detector comes after every stage it reads (checked below).
"""

from __future__ import annotations

from .appeals import donation_appeal, newsletter_box, newsletter_pitch, newsletter_prompt
from .base import Detector, Example, Mode, Output, Role, take_roles
from .captions import photo_caption
from .chrome import (
    advertisement,
    comment_prompt,
    comment_thread,
    cookie_notice,
    media_player,
    media_teaser,
    menu_line,
    nav_menu,
    post_navigation,
    recipe_card,
    recipe_facts,
    select_options,
    share_bar,
    shop_pitch,
    site_welcome,
    skip_link,
)
from .copies import duplicate_copy
from .footers import (
    advice_disclaimer,
    affiliate_disclosure,
    author_bio,
    company_boilerplate,
    contact_details,
    copyright_licence,
    machine_translation,
    privacy_notice,
)
from .headers import article_header, byline_dateline, duplicate_headline
from .lists import read_also_link, read_more_teaser, related_list, standings_box, table_of_contents, teaser_list

DETECTORS: tuple[Detector, ...] = (
    skip_link,
    duplicate_copy,
    cookie_notice,
    media_player,
    media_teaser,
    share_bar,
    post_navigation,
    advertisement,
    shop_pitch,
    recipe_card,
    recipe_facts,
    comment_prompt,
    comment_thread,
    newsletter_prompt,
    donation_appeal,
    copyright_licence,
    machine_translation,
    affiliate_disclosure,
    advice_disclaimer,
    privacy_notice,
    newsletter_box,
    newsletter_pitch,
    author_bio,
    company_boilerplate,
    contact_details,
    photo_caption,
    read_also_link,
    read_more_teaser,
    related_list,
    teaser_list,
    standings_box,
    table_of_contents,
    duplicate_headline,
    byline_dateline,
    article_header,
    nav_menu,
    menu_line,
    select_options,
    site_welcome,
)

BY_ID: dict[str, Detector] = {d.id: d for d in DETECTORS}
OUTPUTS: dict[str, Output] = {output.id: output for d in DETECTORS for output in d.outputs}
"""Every id a detector removes blocks with."""


def _check_registry() -> None:
    ids = [output.id for d in DETECTORS for output in d.outputs]
    if len(ids) != len(set(ids)):
        raise ValueError(f"detector ids are not unique: {sorted(i for i in ids if ids.count(i) > 1)}")
    seen: set[str] = set()
    for detector in DETECTORS:
        late = [read for read in detector.reads if read not in seen]
        if late:
            raise ValueError(f"{detector.id} reads {late}, which must run before it")
        seen.update(output.id for output in detector.outputs)


_check_registry()
take_roles(OUTPUTS.values())


def ids_with_role(role: Role) -> frozenset[str]:
    """Ids whose removals play ``role`` for the stages after them."""
    return frozenset(output.id for output in OUTPUTS.values() if role in output.roles)


def ids_not_in(mode: Mode) -> frozenset[str]:
    """Ids of the detectors that do not run in ``mode``."""
    return frozenset(d.id for d in DETECTORS if mode not in d.modes)


def markdown() -> str:
    """The README's list of detector ids, in the order they run."""
    lines = []
    for detector in DETECTORS:
        modes = "" if detector.modes == frozenset(Mode) else f" ({', '.join(sorted(m.value for m in detector.modes))} only)"
        lines.append(f"- `{detector.id}`{modes}: {detector.summary}")
        lines.extend(f"  - `{output.id}`: {output.summary}" for output in detector.also_removes_as)
    return "\n".join(lines) + "\n"


__all__ = ["BY_ID", "DETECTORS", "OUTPUTS", "Detector", "Example", "Mode", "Output", "Role", "ids_not_in",
           "ids_with_role", "markdown"]
