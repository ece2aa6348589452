"""Session 19's study of blind_pages6's failures, each mended on invented pages."""

from __future__ import annotations

from helpers import removals

# The page's title worded for search, its heading for readers: the heading
# repeats no title, so no headline stage removes it.
NEWS_EN = [
    "Harbour ferry fares rise 12% from May: what commuters need to know | The Bayside Courier",
    "The Bayside Courier",
    "News Sport Business Opinion Weather",
    "Subscribe Sign in",
    "Transport",
    "Ferry operator raises fares for the first time in six years",
    "Commuters will pay $4.80 a trip from May, the operator says, while a monthly pass goes up by $15 "
    "and concession fares stay as they are",
    "By Tom Reyes March 3, 2026",
    "Share on Facebook Share on X Email",
    "The ferry leaving the north terminal on Monday morning. Photo: Courier staff",
    "The company that runs the harbour ferries will raise its fares by about 12 percent from the first of May, "
    "its chief executive told the council's transport committee on Monday evening.",
    "It is the first increase since 2020. The company blamed the price of fuel and the cost of two new "
    "vessels, which it bought last year to replace boats more than forty years old.",
    "Council members asked the company to delay the rise until the autumn, but the contract allows it to set "
    "fares within limits that the new prices do not break, a spokesman for the council said.",
    "Related stories",
    "Council approves new bus lanes on the coast road",
    "© 2026 The Bayside Courier",
]
STANDFIRST_EN = NEWS_EN[6]

NEWS_ES = [
    "Suben las tarifas del ferri un 12%: lo que deben saber los usuarios | El Correo de la Bahía",
    "El Correo de la Bahía",
    "Noticias Deportes Economía Opinión",
    "Transporte",
    "La naviera sube las tarifas del ferri por primera vez en seis años",
    "Los usuarios pagarán 4,80 euros por trayecto desde mayo, según la empresa, mientras que el abono mensual "
    "sube 15 euros y las tarifas reducidas se mantienen.",
    "Por Marta Ríos Gil 3 de marzo de 2026",
    "Compartir en Facebook Compartir en X",
    "La empresa que gestiona los ferris de la bahía subirá sus tarifas un 12 por ciento a partir del uno de "
    "mayo, según explicó su consejero delegado ante la comisión de transporte del ayuntamiento.",
    "Es la primera subida desde 2020. La empresa la atribuye al precio del combustible y al coste de dos "
    "barcos nuevos, que compró el año pasado para sustituir a otros de más de cuarenta años.",
    "Los concejales pidieron a la empresa que retrasara la subida hasta el otoño, pero el contrato le permite "
    "fijar las tarifas dentro de unos límites que los nuevos precios no superan.",
    "Noticias relacionadas",
    "El ayuntamiento aprueba nuevos carriles bus en la carretera de la costa",
    "© 2026 El Correo de la Bahía",
]
STANDFIRST_ES = NEWS_ES[5]


def _removed_by(lines: list[str]) -> dict[str, str | None]:
    return removals("\n".join(lines) + "\n")


def test_standfirst_over_the_byline_under_a_heading_that_repeats_no_title():
    # Fails before standfirst_above_byline: the region starts under the share bar and caption, and the
    # standfirst, between a heading no headline stage knows and the byline, went with the page's header;
    # unended (English) or a lead ending like a sentence (Spanish).
    for lines, standfirst, byline in [(NEWS_EN, STANDFIRST_EN, NEWS_EN[7]), (NEWS_ES, STANDFIRST_ES, NEWS_ES[6])]:
        removed_by = _removed_by(lines)
        assert removed_by[standfirst] is None, standfirst
        assert removed_by[byline] == "byline-dateline"
        assert removed_by[lines[-3]] is not None  # the related list's heading still goes


def test_no_standfirst_without_a_heading_over_it():
    # A sentence under a paragraph of the page (a teaser's end, the site's blurb) is no standfirst.
    blurb = ("The Bayside Courier has covered the harbour towns since 1921 and is owned by a trust, which keeps "
             "it independent of any company or party.")
    lines = [*NEWS_EN[:5], blurb, *NEWS_EN[6:]]
    assert _removed_by(lines)[STANDFIRST_EN] is not None


def test_a_menu_over_the_byline_is_no_standfirst():
    # Words without a comma or a stop, however many, are a menu's.
    menu = "Home Local News Transport Ferries Buses Trains Roads Parking Cycling Walking Airport"
    lines = [*NEWS_EN[:6], menu, *NEWS_EN[7:]]
    assert _removed_by(lines)[menu] is not None


def _html_page(header: str, head_title: str = "Ferry fares rise 12% from May: what commuters need to know") -> str:
    body = "".join(f"<p>{line}</p>" for line in NEWS_EN[10:13])
    menu = "".join(f"<li><a href='/{n}'>Section {n}</a></li>" for n in range(12))
    related = "".join(f"<li><a href='/story/{n}'>Another story about the harbour, number {n}</a></li>"
                      for n in range(5))
    return (f"<html><head><title>{head_title} | The Bayside Courier</title></head><body>"
            f"<nav><ul>{menu}</ul></nav><article>{header}<div class='story-body'>{body}</div></article>"
            f"<div class='related'><h3>Related stories</h3><ul>{related}</ul></div>"
            "<footer><p>© 2026 The Bayside Courier</p></footer></body></html>")


def test_the_headline_schema_org_marks_leads_to_the_standfirst_under_it():
    # Fails before: the headline (an <h3>, worded unlike the page's title) was none of headline_keys, so
    # html_lead found no headline over the standfirst, which the extractor leaves out (it is outside the body).
    from cleaner import clean_html
    from cleaner import html as html_input
    from cleaner import html_markup
    from cleaner.detectors.headers import title_key
    headline = "Operator puts ferry fares up for the first time since 2020"
    standfirst = ("Commuters will pay $4.80 a trip from May, the operator told the council on Monday, and a "
                  "monthly pass goes up by $15.")
    header = (f"<div class='head'><h3 itemprop='headline'>{headline}</h3></div>"
              f"<div class='meta'><span>3 March 2026</span> <span>Transport</span></div>"
              f"<div class='intro' itemprop='description'><p>{standfirst}</p></div>")
    page = _html_page(header, head_title="Ferry fares: what changes in May")
    assert title_key(headline) in html_markup.headline_keys(html_input.parse(page))
    lines = clean_html(page).splitlines()
    assert standfirst in lines and headline not in lines
    # Only the first marked headline: a teaser's marked headline further down names nothing.
    teaser = "<div class='teaser'><h4 itemprop='headline'>Bus lanes approved on the coast road</h4></div>"
    keys = html_markup.headline_keys(html_input.parse(page.replace("</article>", f"</article>{teaser}")))
    assert title_key("Bus lanes approved on the coast road") not in keys
    # Only a heading: a page that marks its standfirst's box as the headline keeps the standfirst.
    boxed = page.replace("<h3 itemprop='headline'>", "<h3>").replace(
        "<div class='intro' itemprop='description'>", "<section class='intro' itemprop='headline'>")
    boxed = boxed.replace(f"{standfirst}</p></div>", f"{standfirst}</p></section>")
    assert title_key(standfirst) not in html_markup.headline_keys(html_input.parse(boxed))
