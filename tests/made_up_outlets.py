"""Made-up outlets for `cleaner learn` tests: pages of invented text.

Each outlet has the chrome real pages have: a cookie bar, a masthead with a
date, varied bylines (one or two authors), photo credits that differ by
photographer and agency, an update time, a rotating "Most read" box of other
pages' headlines between a start and an end line, a newsletter line and a
footer. The articles are sentences assembled from invented parts, so every
page's body is its own; two articles may quote the same sentence.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Language:
    subjects: tuple[str, ...]
    verbs: tuple[str, ...]
    objects: tuple[str, ...]
    tails: tuple[str, ...]
    headline_subjects: tuple[str, ...]
    headline_verbs: tuple[str, ...]
    headline_objects: tuple[str, ...]
    quote: str
    """A sentence two articles quote (the same paragraph on two pages)."""


ENGLISH = Language(
    subjects=("The town council", "Local residents", "The regional water board", "A group of teachers",
              "The harbour authority", "Farmers in the valley", "The new mayor", "Several shop owners",
              "The hospital trust", "A coalition of cyclists", "The county archive", "Parents at the primary school"),
    verbs=("agreed on", "argued at length about", "voted against", "called for a review of", "published a report on",
           "raised concerns about", "asked for more money for", "promised to look again at", "welcomed",
           "warned of delays to"),
    objects=("the plan to rebuild the old ferry terminal", "a new cycle lane along the river",
             "rising rents in the centre of the town", "the closure of two village schools",
             "the cost of repairing the sea wall", "a scheme to plant trees on every street",
             "longer opening hours at the library", "the future of the weekly market",
             "a proposal to close the bridge to lorries", "the shortage of nurses on the night shift"),
    tails=("on Tuesday evening", "after months of debate", "in a statement released late last week",
           "at a crowded meeting in the town hall", "before the summer break", "for the second time this year",
           "despite objections from the opposition", "according to documents seen by this newspaper"),
    headline_subjects=("Council", "Residents", "Water board", "Teachers", "Harbour chiefs", "Farmers", "Mayor",
                       "Traders", "Hospital", "Cyclists"),
    headline_verbs=("back", "reject", "question", "demand", "delay", "fund", "defend", "scrap"),
    headline_objects=("ferry terminal plan", "river cycle lane", "rent controls", "school closures", "sea wall repairs",
                      "street trees", "library hours", "market move", "bridge ban", "night shift cuts", "bus timetable",
                      "park cafe"),
    quote="“We cannot keep patching the same holes every winter and calling it a plan,” one engineer told the meeting.",
)

GERMAN = Language(
    subjects=("Der Gemeinderat", "Viele Anwohner", "Der Wasserverband", "Eine Gruppe von Lehrerinnen",
              "Die Hafenbehörde", "Die Landwirte im Tal", "Der neue Bürgermeister", "Mehrere Ladenbesitzer",
              "Die Klinikleitung", "Ein Bündnis von Radfahrern", "Das Kreisarchiv", "Die Eltern an der Grundschule"),
    verbs=("stritten lange über", "stimmten gegen", "forderten eine Prüfung", "veröffentlichten einen Bericht über",
           "äußerten Bedenken gegen", "verlangten mehr Geld für", "begrüßten", "warnten vor Verzögerungen bei"),
    objects=("den Plan für einen neuen Fähranleger", "einen Radweg entlang des Flusses",
             "die steigenden Mieten in der Innenstadt", "die Schließung von zwei Dorfschulen",
             "die Kosten für die Reparatur des Deiches", "das Programm für mehr Bäume in jeder Straße",
             "längere Öffnungszeiten der Bücherei", "die Zukunft des Wochenmarktes",
             "die Sperrung der Brücke für Lastwagen", "den Mangel an Pflegekräften in der Nacht"),
    tails=("am Dienstagabend", "nach monatelanger Debatte", "in einer Mitteilung von Ende letzter Woche",
           "bei einer vollen Sitzung im Rathaus", "noch vor der Sommerpause", "zum zweiten Mal in diesem Jahr",
           "trotz der Einwände der Opposition", "wie aus Unterlagen hervorgeht, die dieser Zeitung vorliegen"),
    headline_subjects=("Gemeinderat", "Anwohner", "Wasserverband", "Lehrer", "Hafenbehörde", "Landwirte",
                       "Bürgermeister", "Händler", "Klinik", "Radfahrer"),
    headline_verbs=("stoppt", "kippt", "prüft", "fordert", "verschiebt", "finanziert", "verteidigt", "kritisiert"),
    headline_objects=("Fähranleger", "Radweg am Fluss", "Mietpreisbremse", "Schulschließungen", "Deichreparatur",
                      "Straßenbäume", "Büchereizeiten", "Marktumzug", "Brückensperrung", "Nachtschicht",
                      "Busfahrplan", "Parkcafé"),
    quote="„Wir können nicht jeden Winter dieselben Löcher flicken und das dann einen Plan nennen“, sagte ein "
          "Ingenieur in der Sitzung.",
)

FIRST_NAMES = ("Maria", "Tomasz", "Ingrid", "Samir", "Lena", "Owen", "Aiko", "Rui", "Fatima", "Jonas", "Chiara",
               "Dmitri", "Nia", "Henrik", "Leila", "Pablo")
LAST_NAMES = ("Okafor", "Weber", "Lindqvist", "Haddad", "Fischer", "Pryce", "Tanaka", "Costa", "Benali", "Brandt",
              "Moretti", "Volkov", "Adeyemi", "Sørensen", "van der Berg", "de la Cruz")
AGENCIES = ("Reuters", "AFP", "dpa", "AP", "Getty Images")


@dataclass
class Outlet:
    """What differs between outlets: their names and chrome phrases."""

    name: str
    language: Language
    cookie: tuple[str, ...]
    nav: tuple[str, ...]
    by: str
    """The byline's frame, {names} for the authors."""
    photo: str
    """The photo credit's frame, {name} for the photographer, {agency}."""
    updated: str
    """The update line's frame, {date} and {time}."""
    box_start: str
    box_end: str
    newsletter: str
    footer: tuple[str, ...]
    joiner: str
    """How two authors are joined: " and "."""
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    date_format: str = "{weekday} {day} {month} {year}"


NEWS = Outlet(
    name="Northfield Courier",
    language=ENGLISH,
    cookie=("We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.",
            "Accept all", "Manage preferences"),
    nav=("Northfield Courier", "Home", "Local", "Business", "Sport", "Opinion"),
    by="By {names}",
    photo="Photo: {name}/{agency}",
    updated="Updated {date}, {time}",
    box_start="Most read",
    box_end="End of most read",
    newsletter="Get the Courier's morning briefing in your inbox every weekday",
    footer=("© {year} Northfield Courier Ltd. All rights reserved.", "Privacy · Terms · Contact us"),
    joiner=" and ",
    months=("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"),
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
)

TALBOTE = Outlet(
    name="Der Talbote",
    language=GERMAN,
    cookie=("Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten. Mit der Nutzung stimmen Sie zu.",
            "Alle akzeptieren", "Einstellungen"),
    nav=("Der Talbote", "Startseite", "Region", "Wirtschaft", "Sport", "Meinung"),
    by="Von {names}",
    photo="Foto: {name}/{agency}",
    updated="Aktualisiert am {date} um {time} Uhr",
    box_start="Meistgelesen",
    box_end="Ende der meistgelesenen Artikel",
    newsletter="Jeden Morgen die wichtigsten Nachrichten aus dem Tal per E-Mail",
    footer=("© {year} Talbote Verlag GmbH", "Impressum · Datenschutz · Kontakt"),
    joiner=" und ",
    months=("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
            "November", "Dezember"),
    weekdays=("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    date_format="{weekday}, {day}. {month} {year}",
)


@dataclass
class Page:
    text: str
    body: list[str]
    """The article's paragraphs: what cleaning must keep."""
    headline: str
    byline: str
    credit: str
    box: list[str] = field(default_factory=list)
    """The rotating headlines in this page's "Most read" box."""


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def headlines(language: Language, count: int, rng: random.Random) -> list[str]:
    """``count`` different headlines."""
    made: list[str] = []
    while len(made) < count:
        line = " ".join([rng.choice(language.headline_subjects), rng.choice(language.headline_verbs),
                         rng.choice(language.headline_objects)])
        line = line[0].upper() + line[1:]
        if line not in made:
            made.append(line)
    return made


def paragraph(language: Language, rng: random.Random) -> str:
    sentences = [f"{rng.choice(language.subjects)} {rng.choice(language.verbs)} {rng.choice(language.objects)} "
                 f"{rng.choice(language.tails)}." for _ in range(rng.randint(2, 4))]
    return " ".join(sentences)


def make_pages(outlet: Outlet, count: int, seed: int, quote_on: tuple[int, ...] = ()) -> list[Page]:
    """``count`` pages of ``outlet``; the pages in ``quote_on`` quote the same sentence."""
    rng = random.Random(seed)
    # More headlines than pages: the box also links to pages not in the set,
    # so some of its lines occur on one page only.
    titles = headlines(outlet.language, count * 2, rng)
    pages = []
    for number in range(count):
        body = [paragraph(outlet.language, rng) for _ in range(rng.randint(3, 5))]
        if number in quote_on:
            body.insert(1, outlet.language.quote)
        authors = [person(rng) for _ in range(1 if rng.random() < 0.8 else 2)]
        year = rng.choice([2023, 2024])
        day, month = rng.randint(1, 28), rng.choice(outlet.months)
        date = outlet.date_format.format(weekday=rng.choice(outlet.weekdays), day=day, month=month, year=year)
        time = f"{rng.randint(6, 22)}:{rng.randint(0, 59):02}"
        box = rng.sample([t for t in titles if t != titles[number]], 5)
        photo = outlet.photo.format(name=person(rng), agency=rng.choice(AGENCIES))
        byline = outlet.by.format(names=outlet.joiner.join(authors))
        lines = [
            *outlet.cookie, *outlet.nav, date,
            titles[number],
            byline,
            outlet.updated.format(date=f"{day}.{rng.randint(1, 12)}.{year}" if outlet.language is GERMAN
                                  else f"{day} {month} {year}", time=time),
            body[0], photo, *body[1:],
            outlet.box_start, *box, outlet.box_end,
            outlet.newsletter,
            *(line.format(year=year) for line in outlet.footer),
        ]
        pages.append(Page("\n\n".join(lines) + "\n", body, titles[number], byline, photo, box))
    return pages
