"""Whole-article losses in text mode's selection (issue 12): a story written in another language
than its page's chrome, right under its header (selection.foreign_story_lines, the setting
foreign_prose_min_words), and a short post above its comments, which the comment-thread detector
removed, outscored by a box of deals under them: the comment prompt between them no longer forbids
keeping both (selection._comment_prompt_between). Invented texts; each lost its whole story before."""

from __future__ import annotations

from dataclasses import replace


from cleaner import Cleaner, Settings


# A German film blog's chrome (its menu, its "about me" box and category names, all longer lines
# than most of the story's) around a review written in English, one long paragraph ending in its
# credits, under its headline and date: the page reads as German, and the review as no German prose.
REVIEW = ("A quiet harbour town wakes up to find that its lighthouse has stopped turning. The keeper, an old man "
          "who has not spoken to anyone in years, walks down to the pier and waits for a boat that never comes. The "
          "film follows him through one long day, from the grey light of the morning to the storm that breaks over "
          "the bay at night, and barely a word is said in all that time · Director: Mara Lind · Stars: Tom Ashby")
ABOUT = "Hier schreibe ich seit vielen Jahren über die Filme, die mich nicht mehr loslassen, und über Bücher."
FILM_BLOG = "\n".join([
    "Der Leuchtturm · Mara Lind | Nachtkino", "Startseite", "Über mich", "Filmtagebuch", "Archiv", "Kontakt",
    "Der Leuchtturm · Mara Lind", "12. März 2015", REVIEW, "Teilen", "Facebook", "Twitter",
    "Hinterlasse einen Kommentar", "Über mich", ABOUT,
    "Wer mir schreiben möchte, findet meine Adresse unter Kontakt, und ich antworte meistens in ein paar Tagen.",
    "Kategorien", "Filme, die man gesehen haben muss, auch wenn man sie nicht mag",
    "Bücher, die ich im Urlaub gelesen und dann verschenkt habe",
])


def test_a_story_in_another_language_than_the_page_s_chrome_is_kept(cleaner):
    result = cleaner.explain(FILM_BLOG)
    assert result.language == "de"  # the chrome's: the story's lines are measured by its stoplist
    assert REVIEW in result.text
    assert "Kategorien" not in result.text
    assert cleaner.clean(result.text) == result.text


def test_without_the_setting_the_foreign_story_was_lost():
    off = Cleaner(settings=replace(Settings(), foreign_prose_min_words=0))
    body = off.clean(FILM_BLOG)
    assert REVIEW not in body
    assert ABOUT in body  # the blog's "about me" box was taken for the story


BRIDGE_STORY = [
    "Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke über die Lauter im Frühjahr abzureißen.",
    "Eine neue Brücke aus Holz soll bis zum Herbst fertig sein, sagte der Bürgermeister nach der Sitzung.",
]
BRIDGE_MORE = [
    "Die alte Brücke ist seit dem Hochwasser vor drei Jahren gesperrt, weil die Pfeiler im Fluss unterspült "
    "worden sind und ein Gutachter vor dem Einsturz gewarnt hat.",
    "Bis die neue Brücke steht, müssen Fußgänger und Radfahrer den Umweg über den Steg am Sägewerk nehmen, "
    "der dafür eigens verbreitert und mit einer Beleuchtung versehen wird.",
]
COOKIES = [f"{name} {time} This cookie is set by the payment provider to remember the visitor and to help the "
           f"site prevent fraud, and it is used for no other purpose at all." for name, time in
           [("_pay_mid", "1 year"), ("_pay_sid", "30 minutes"), ("_pay_uid", "2 years")]]


def bridge_page(story: list[str]) -> str:
    """A local paper's story under its headline and byline, its share bar, then a table of its
    cookies whose descriptions are English sentences."""
    return "\n".join(["Brücke wird abgerissen | Lautertaler Bote", "Startseite", "Lokales", "Sport", "Kontakt",
                      "Brücke wird abgerissen", "Von Eva Kern | 12.05.2024, 14:35 Uhr", *story, "Teilen",
                      "Facebook", "WhatsApp", "Cookie-Einstellungen", "Cookie Dauer Beschreibung", *COOKIES,
                      "Impressum"])


def test_prose_in_another_language_away_from_the_header_stays_out(cleaner):
    """On the page read as German, the cookie table's English sentences,
    far under the story's header, are no paragraphs of a story in English:
    read so, they outweighed the story."""
    result = cleaner.explain(bridge_page(BRIDGE_STORY + BRIDGE_MORE))
    assert result.language == "de"
    assert all(line in result.text for line in BRIDGE_STORY + BRIDGE_MORE)
    assert not any(line in result.text for line in COOKIES)


MENU = ["Zum Inhalt springen", "Startseite", "Top Deals", "Gutscheine", "Gratis", "Anmelden"]
POST = [
    "Beim Produkttest der nächsten Woche könnt ihr mit etwas Glück die neuen Haferkekse gratis in eurem Markt abholen!",
    "Einfach ab Montag bewerben, und wenn ihr zu den 5000 Gewinnern gehört, kommt der Coupon später per Mail.",
]
COMMENTS = [line for name, time, text in [
    ("Kekskrümel", "14:14", "Die hab ich letzte Woche schon gewonnen, sehr lecker."),
    ("Birgit70", "14:25", "Bei uns im Markt waren sie leider schon weg."),
    ("Sparfuchs", "14:38", "Danke für den Tipp, gleich beworben!"),
    ("Tina_S", "15:02", "Schon wieder Kekse, ich nehme sie trotzdem gern.")]
    for line in (name, f"17.10.2019, {time} Zum Antworten anmelden Zitieren #", text)]
DEALS = [
    "Goldener Oktober im Elektromarkt: der kleine Beamer für 189 Euro statt 238 Euro, solange der Vorrat reicht.",
    "Handytarif mit 4 GB Datenvolumen für 7,99 Euro im Monat, dazu 50 Euro Bonus bei einem Wechsel des Anbieters.",
    "Fünf Kinogutscheine für 30 Euro, gültig für alle Platzkategorien und in allen Kinos bis Ende des Jahres.",
    "Kostenloses Girokonto mit 100 Euro Prämie für die ersten 20.000 Kunden, die bis Monatsende ein Konto eröffnen.",
]


def deals_page(comments: list[str]) -> str:
    """A deals blog's short post (its first lines a view count, a vote count, a picture's file name
    and a quote under the byline), its comments, the comment form, then the sidebar's top deals."""
    return "\n".join([
        "Gratis Haferkekse beim Produkttest | Schnäppchenblog", *MENU, "Gratis Haferkekse beim Produkttest",
        "Von Hans Ehrlich | 17.10.2019, 13:56 Uhr", "503", "26", "haferkekse-packung-190g",
        "„Außen knusprig, innen weich“", "So beschreibt der Hersteller seine neuen Kekse.", "Das Beste kommt jetzt:",
        *POST, "Viel Glück!", "Teilen", "Twittern", "Mailen", "4 Kommentare", *comments, "Kommentar verfassen",
        "Du musst angemeldet sein, um einen Kommentar abzugeben.", "Top Deals", *DEALS, "Alle Top Deals »",
        "Impressum", "Datenschutz",
    ])


def test_a_short_post_above_its_removed_comments_stays_beside_the_deals_under_them(cleaner):
    result = cleaner.explain(deals_page(COMMENTS))
    assert "comment-thread" in result.removed_counts  # the comments are gone before selection
    assert all(line in result.text for line in POST)
    assert "Impressum" not in result.text

