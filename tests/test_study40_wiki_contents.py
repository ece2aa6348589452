"""A wiki's table of contents (lists.table_of_contents, contents_wiki_marks): its subheadings carry the links that
edit their sections ("History [edit | edit source]", "Historie [editovat | editovat zdroj]"), its entries the bare
headings ("1 History"), and the toggle that folds it away stands on its own line under its heading ("[hide]").
Compared as they stood, no entry matched its subheading and the contents stayed. Found on the study set
blind_pages22 (issue 12). Lines invented for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import removals

from cleaner import Cleaner
from cleaner.settings import Settings

WIKIS = {
    "en": ("Contents", "[hide]", "edit | edit source", ["History", "Building", "Today"], [
        "The Hollow Lane smithy is a former village forge on the Marrow Brook, one of the few in the county whose "
        "bellows and hearth still work, and a museum of the trade since 2011.",
        "The forge is first named in a manor roll of 1702, when a smith called Amos Wren paid two shillings a "
        "year for it and shod the horses of the whole parish.",
        "The building is a single storey of rubble stone under a slate roof, with the hearth against the north "
        "wall and a lean-to coal store added in the last century.",
        "The parish council bought the smithy in 2008 and volunteers restored it over three summers; it opens "
        "on Sundays from Easter to October and demonstrations are held monthly.",
    ]),
    "de": ("Inhaltsverzeichnis", "[Verbergen]", "Bearbeiten | Quelltext bearbeiten",
           ["Geschichte", "Gebäude", "Heute"], [
        "Die Schmiede am Hohlweg ist eine ehemalige Dorfschmiede am Marderbach und eine der wenigen im Landkreis, "
        "deren Esse und Blasebalg noch funktionieren; seit 2011 ist sie ein Museum des Handwerks.",
        "Erstmals erwähnt wird die Schmiede in einem Urbar von 1702, als ein Schmied namens Amos Wren zwei Gulden "
        "im Jahr für sie zahlte und die Pferde der ganzen Pfarrei beschlug.",
        "Das Gebäude ist ein eingeschossiger Bruchsteinbau mit Schieferdach, die Esse steht an der Nordwand, und "
        "ein Kohlenschuppen wurde im vorigen Jahrhundert angebaut.",
        "Die Gemeinde kaufte die Schmiede 2008, Freiwillige richteten sie in drei Sommern wieder her; sie ist "
        "sonntags von Ostern bis Oktober geöffnet, und einmal im Monat wird vorgeführt.",
    ]),
    "cs": ("Obsah", "[skrýt]", "editovat | editovat zdroj", ["Historie", "Stavba", "Současnost"], [
        "Kovárna v Úvozu je bývalá vesnická kovárna na Kuním potoce, jedna z mála v okrese, jejíž výheň a měchy "
        "stále fungují, a od roku 2011 muzeum kovářského řemesla.",
        "Poprvé je kovárna zmíněna v urbáři z roku 1702, kdy za ni kovář Amos Wren platil dva zlaté ročně a "
        "koval koně celé farnosti.",
        "Stavba je přízemní budova z lomového kamene s břidlicovou střechou, výheň stojí u severní zdi a kůlna "
        "na uhlí byla přistavěna v minulém století.",
        "Obec kovárnu koupila v roce 2008 a dobrovolníci ji během tří let opravili; otevřeno je o nedělích od "
        "Velikonoc do října a jednou za měsíc se předvádí kování.",
    ]),
}


def wiki_page(language: str) -> tuple[str, list[str], list[str]]:
    """A wiki's entry: its contents under the lead, each section's heading with its edit links; the contents'
    lines and the article's lines."""
    heading, toggle, edit, sections, paragraphs = WIKIS[language]
    contents = [heading, toggle, *(f"{n} {section}" for n, section in enumerate(sections, 1))]
    article = [paragraphs[0]]
    for section, paragraph in zip(sections, paragraphs[1:]):
        article += [f"{section} [{edit}]", paragraph]
    text = "\n\n".join(["Main page\nRandom article\nRecent changes\nHelp\nTools", "Hollow Lane smithy", paragraphs[0],
                        contents[0], contents[1], "\n".join(contents[2:]), *article[1:],
                        "Privacy policy · About · Disclaimers"])
    return text, contents, article


@pytest.mark.parametrize("language", sorted(WIKIS))
def test_a_wiki_s_contents_go_and_its_sections_stay(language: str) -> None:
    text, contents, article = wiki_page(language)
    ids = removals(text)
    assert all(ids[line] == "table-of-contents" for line in contents)
    assert all(ids[line] is None for line in article)
    cleaned = Cleaner().clean(text)
    assert Cleaner().clean(cleaned) == cleaned


def test_the_contents_stay_when_contents_wiki_marks_is_off() -> None:
    text, contents, _ = wiki_page("en")
    ids = removals(text, Cleaner(settings=replace(Settings(), contents_wiki_marks=False)))
    assert all(ids[line] != "table-of-contents" for line in contents)
