"""A story's tables from HTML (issue 12): a programme's or a results page's tables between the story's
paragraphs are extracted, a row a line ("| 10:00 | Towpath walk | Lock cottage |"), in page order.
Invented pages."""

from __future__ import annotations

import pytest


PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title} | Millbrook Society</title></head>
<body><header><a href="/">Millbrook Society</a><nav><a href="/">Home</a> <a href="/events">Events</a>
<a href="/join">Join</a></nav></header>
<main><h1>{title}</h1><p class="meta">Posted 2 September 2025</p>
<p>{intro}</p>
{tables}
<p>{closing}</p>
</main>
<aside><h2>More events</h2><ul><li><a href="/a">Autumn fair</a></li><li><a href="/b">Carol service</a></li></ul></aside>
<footer>© Millbrook Society · Privacy · Contact</footer></body></html>"""

PROGRAMME = PAGE.format(
    lang="en", title="Heritage weekend programme",
    intro="The society's heritage weekend returns on 13 and 14 September, with walks, talks and open doors "
          "at buildings that are usually closed to the public.",
    tables="<h3>Saturday 13 September</h3><table>"
           "<tr><td>10:00</td><td>Towpath walk</td><td>Lock cottage</td></tr>"
           "<tr><td>14:00</td><td>Open day at the old mill</td><td>Mill Lane</td></tr>"
           "<tr><td>19:30</td><td>Talk on the canal builders</td><td>Village hall</td></tr></table>"
           "<h3>Sunday 14 September</h3><table>"
           "<tr><td>11:00</td><td>Church tower tours</td><td>St Mary's</td></tr>"
           "<tr><td>15:00</td><td>Brass band on the green</td><td>Village green</td></tr></table>",
    closing="All events are free, but places on the walks are limited: please book at the library by 6 September.",
)

RESULTS = PAGE.format(
    lang="de", title="Ergebnisse des Herbstlaufs",
    intro="Bei bestem Laufwetter gingen am Sonntag mehr als dreihundert Läuferinnen und Läufer an den Start, "
          "so viele wie noch nie beim Herbstlauf rund um den Mühlenteich.",
    tables="<h3>Zehn Kilometer</h3><table><thead><tr><th>Platz</th><th>Name</th><th>Zeit</th></tr></thead><tbody>"
           "<tr><td><p>1</p></td><td><p>Jonas Weber</p></td><td><p>34:12</p></td></tr>"
           "<tr><td><p>2</p></td><td><p>Marta Sommer</p></td><td><p>35:40</p></td></tr>"
           "<tr><td><p>3</p></td><td><p>Felix Brandt</p></td><td><p>36:05</p></td></tr></tbody></table>",
    closing="Die vollständige Ergebnisliste mit allen Zwischenzeiten hängt ab Mittwoch im Vereinsheim aus.",
)


@pytest.mark.parametrize(("page", "rows"), [
    (PROGRAMME, ["| 10:00 | Towpath walk | Lock cottage |", "| 14:00 | Open day at the old mill | Mill Lane |",
                 "| 19:30 | Talk on the canal builders | Village hall |", "| 11:00 | Church tower tours | St Mary's |",
                 "| 15:00 | Brass band on the green | Village green |"]),
    (RESULTS, ["| 1 | Jonas Weber | 34:12 |", "| 2 | Marta Sommer | 35:40 |", "| 3 | Felix Brandt | 36:05 |"]),
], ids=["programme", "results"])
def test_a_story_s_tables_are_extracted_between_its_paragraphs(cleaner, page, rows):
    """Every row, in page order, between the story's first and last paragraphs; the page's chrome goes.
    A row is found as the extraction prints it ("| 10:00 | Walk |") or as the rendering does ("10:00 Walk"):
    either reading of the page may be chosen (html_choice)."""
    lines = cleaner.clean_html(page).splitlines()
    cells = [" ".join(line.replace("|", " ").split()) for line in lines]
    found = [cells.index(" ".join(row.replace("|", " ").split())) for row in rows]
    assert found == sorted(found)
    assert lines[0].startswith(("The society's heritage weekend", "Bei bestem Laufwetter"))
    assert lines[-1].startswith(("All events are free", "Die vollständige Ergebnisliste"))
    assert not [line for line in lines if "Autumn fair" in line or "Privacy" in line or "Join" in line]
