"""The tagline under a local story (issue 12, session 34): the writer's beat for the outlet and how to reach
them ("Dana Lee covers education for The Ledger. Reach her at ..."), or a column's note that the views are the
writer's own. Text mode kept it as the story's last paragraph, and the support box under it with it; HTML mode
drops both. An invented page in English, the language whose local papers close so; the story stays whole."""

from __future__ import annotations

from cleaner import clean, explain

STORY = """School board backs later start times

By Nora Quist Staff writer Mar 3, 2026

The Millbrook school board voted 5-2 on Monday night to push back the start of the high school day by forty
minutes from next August, after two years of debate and a survey of more than a thousand families.

Students who spoke at the meeting said the change would let them sleep longer, and several parents said it would
make mornings easier for families with younger children as well.

The district will hold meetings for families in April and May, and the new schedule takes effect Aug. 25.

{tagline}

Local news matters.

Support reporting on your schools and your town hall. Subscribe today.
"""

TAGLINE = "Nora Quist covers education for The Millbrook Ledger. Reach her at nquist@ledger.example or 555-0199."


def test_the_tagline_and_the_box_under_it_go() -> None:
    page = STORY.format(tagline=TAGLINE)
    removed = {d.block.text: d.removed_by for d in explain(page).decisions}
    assert removed[TAGLINE] == "author-bio"
    kept = clean(page)
    assert "Local news matters." not in kept
    assert "The district will hold meetings for families in April and May" in kept
    assert "The Millbrook school board voted 5-2 on Monday night" in kept


def test_a_column_note_that_the_views_are_the_writers_own_goes() -> None:
    note = "Nora Quist is a former teacher and chairs the parents' council. The views expressed are her own."
    removed = {d.block.text: d.removed_by for d in explain(STORY.format(tagline=note)).decisions}
    assert removed[note] == "author-bio"


def test_a_closing_sentence_on_what_a_plan_covers_stays() -> None:
    line = "The state grant covers the cost of two extra buses for Millbrook and Alder Creek."
    assert line in clean(STORY.format(tagline=line))
