"""Causes found on blind_pages10 (session 23), each on a page of its own written here: none of the
set's pages, names or phrases."""

from __future__ import annotations

from dataclasses import replace

from cleaner import Cleaner, Settings
from helpers import grouped_page, kept_lines




FERRY_TOP = [["We use cookies to improve your experience and to show you relevant advertising.",
              "Accept all Settings", "Harbourside Weekly", "News Sport Business Opinion Events"],
             ["The last ferryman of Gullwick Sound"],
             ["By Ada Example · 3 June 2026"]]
FERRY_STORY = [
    "For forty-one years Tom Example has rowed the small ferry across Gullwick Sound, six crossings a day in "
    "summer and four in winter, for anyone who rings the bell on the jetty.",
    "The crossing takes eleven minutes when the tide is slack and nearly half an hour when it runs hard, and "
    "he has never once, he says, turned a passenger away because of the weather.",
    "The parish council pays him a small fee each year, and the rest comes from the fares: two pounds for an "
    "adult, nothing for children, and a pint at the harbour inn for the vicar.",
]
FERRY_END = [  # each section's subheading (if any) and its paragraph
    ("Who rows next?",
     "Nobody has yet asked to take the oars. The council has advertised the post twice this spring, and both "
     "times the only reply came from a boatyard offering to sell it an outboard motor."),
    ("", "Tom Example says he will keep rowing until someone does. His knees, he admits, are less sure of it "
         "than he is, and the doctor has asked him twice to think about the winter crossings."),
    ("A bridge was never built",
     "Plans for a footbridge were drawn up in 1974 and again in 1998, but each time the cost of piling the "
     "soft mud of the sound sank them, and the rowing boat stayed."),
]
FERRY_FOOT = [["Share on Facebook Share on X Copy link", "© 2026 Harbourside Weekly. All rights reserved."]]


def _ferry_page(box: list[str]) -> str:
    groups = [*FERRY_TOP, *[[p] for p in FERRY_STORY], *[[line] for line in box]]
    for subheading, paragraph in FERRY_END:
        groups += [[line] for line in (subheading, paragraph) if line]
    return grouped_page(groups + FERRY_FOOT)


def _story_lines() -> set[str]:
    return {*FERRY_STORY, *(line for section in FERRY_END for line in section if line)}


def test_a_box_set_in_the_story_ends_above_a_short_subheading_that_asks():
    # Every line set apart: the short question under the box's two headlines was read as a third, and the
    # story lost its subheading. A headline of another article is longer than "Who rows next?".
    box = ["Related stories", "Harbour inn reopens after a winter of repairs to its flooded cellar",
           "Ferry timetables for the islands change from the first of July this year"]
    page = _ferry_page(box)
    kept = kept_lines(page)
    assert _story_lines() <= kept
    assert not kept & set(box)
    assert "Who rows next?" not in kept_lines(page, replace(Settings(), box_short_subheading_may_ask=False))


def test_a_box_the_site_recommends_in_the_story_is_set_in_it_as_a_related_one():
    # "You may also like" heads the same box as "Related stories": read as a list under the story, it ran on
    # over the story's next subheading (a line without a full stop, set apart over a paragraph).
    box = ["You may also like", "Harbour inn reopens after a winter of repairs to its flooded cellar"]
    groups = [*FERRY_TOP, *[[p] for p in FERRY_STORY], *[[line] for line in box]]
    for subheading, paragraph in (FERRY_END[2], FERRY_END[0], FERRY_END[1]):
        groups += [[line] for line in (subheading, paragraph) if line]
    kept = kept_lines(grouped_page(groups + FERRY_FOOT))
    assert _story_lines() <= kept
    assert not kept & set(box)


QUOTED_SPEECH = ("«Nobody else on the sound knows the currents the way he does, and when he stops we lose more "
                 "than a ferry», the harbourmaster said.")


def test_a_box_set_in_the_story_ends_at_the_quoted_speech_under_its_one_headline():
    # A paragraph that opens with a quotation under the box's one headline was read as that headline's
    # teaser, and its subheading below as the box's next item: a teaser opens with its own words.
    box = ["Read also:", "Harbour inn reopens after a winter of repairs to its flooded cellar"]
    groups = [*FERRY_TOP, *[[p] for p in FERRY_STORY], *[[line] for line in box], [QUOTED_SPEECH]]
    for subheading, paragraph in FERRY_END:
        groups += [[line] for line in (subheading, paragraph) if line]
    page = grouped_page(groups + FERRY_FOOT)
    kept = kept_lines(page)
    assert {QUOTED_SPEECH, *_story_lines()} <= kept
    assert not kept & set(box)
    assert QUOTED_SPEECH not in kept_lines(page, replace(Settings(), box_ends_at_quoted_paragraph=False))


def test_a_phrase_set_with_a_typographic_apostrophe_is_found_as_one_typed():
    # The patterns are written with "'"; pages set "’" as often: the op-ed's note that the views are its
    # writer's ("n’engagent") and a French share button went unfound, set the page's way.
    story = ["Le conseil municipal a voté lundi la fermeture du vieux pont, après des mois de débats entre les "
             "élus et les riverains du quartier des Tanneries.",
             "Les travaux commenceront au printemps et dureront deux ans, selon la mairie, qui promet des navettes "
             "gratuites pendant toute la durée du chantier."]
    for apostrophe in ("'", "’"):
        notes = [f"Les chroniques de cette rubrique n{apostrophe}engagent que leurs signataires.",
                 f"J{apostrophe}aime chargement…"]
        decisions = Cleaner().explain(grouped_page([[line] for line in [*story, *notes]])).decisions
        removed = {d.block.text: d.removed_by for d in decisions if not d.kept}
        assert removed == {notes[0]: "author-bio", notes[1]: "share-bar"}, apostrophe


def test_the_contents_heading_goes_with_entries_whose_first_is_worded_unlike_its_section():
    # The contents' first entry is shorter than its section's subheading: the entries under it were found,
    # the heading and that first entry, no longer right above them, stayed in the story.
    contents = ["Inhalt", "1. Was Schimmel braucht", "2. Richtig lüften", "3. Unser Fazit"]
    sections = [
        ("Wann Schimmel im Bad wächst",
         "Schimmel braucht Wärme, Feuchtigkeit und etwas Nahrung, und im Badezimmer findet er alle drei, vor "
         "allem in den Fugen zwischen den Fliesen und hinter dem Duschvorhang."),
        ("Richtig lüften",
         "Nach dem Duschen sollte das Fenster mindestens zehn Minuten weit offen stehen, im Winter lieber kurz "
         "und kräftig als den ganzen Tag gekippt."),
        ("Unser Fazit",
         "Wer nach jedem Duschen die Wände abzieht und gut lüftet, muss nur selten zu scharfen Mitteln greifen, "
         "und die Fugen bleiben jahrelang hell."),
    ]
    lead = ("Im Frühjahr wird es in vielen Badezimmern feucht, und schon nach wenigen Wochen zeigen sich die "
            "ersten dunklen Flecken in den Ecken.")
    groups = [["Wir verwenden Cookies, um die Nutzung unserer Seite zu analysieren.", "Alle akzeptieren",
               "Haushalt Heute", "Putzen Waschen Kochen Sparen"], ["So beugen Sie Schimmel im Bad vor"],
              ["Von Eva Beispiel · 12. April 2026"], [lead], *[[line] for line in contents]]
    for subheading, paragraph in sections:
        groups += [[subheading], [paragraph]]
    groups.append(["© 2026 Haushalt Heute. Alle Rechte vorbehalten."])
    page = grouped_page(groups)
    kept = kept_lines(page)
    assert {lead, *(line for section in sections for line in section)} <= kept
    assert not kept & set(contents)
    assert "Inhalt" in kept_lines(page, replace(Settings(), contents_unmatched_entries=0))


def test_a_row_of_share_buttons_worded_with_where_they_send_is_a_share_bar():
    # Four buttons that each name their network or channel run past 12 words in French; a Russian row
    # names Telegram in Cyrillic, as it names VKontakte.
    story = ["Le conseil municipal a voté lundi la fermeture du vieux pont, après des mois de débats entre les "
             "élus et les riverains du quartier des Tanneries.",
             "Les travaux commenceront au printemps et dureront deux ans, selon la mairie, qui promet des navettes "
             "gratuites pendant toute la durée du chantier."]
    rows = ["Partager sur Facebook Partager sur LinkedIn Envoyer par e-mail Copier le lien",
            "ВКонтакте Телеграм Скопировать ссылку"]
    decisions = Cleaner().explain(grouped_page([[line] for line in [*story, *rows]])).decisions
    assert {d.block.text: d.removed_by for d in decisions if not d.kept} == dict.fromkeys(rows, "share-bar")


def test_a_consent_banner_that_names_the_site_or_says_trackers_is_a_cookie_notice():
    # The consent layer's sentence unfound, the region began at it and kept the menus under it.
    banners = ["Dalbygdens Nyheter och våra partner använder cookies för att mäta trafiken och visa annonser.",
               "The Valley Courier and our partners use cookies to measure traffic and show you relevant ads.",
               "Der Talbote und unsere Partner verwenden Cookies, um die Nutzung zu messen.",
               "Nous utilisons des traceurs pour mesurer la fréquentation et vous proposer des offres adaptées."]
    story = ["Kommunen vill stänga gatan utanför skolan på morgnarna, och föräldrarna är delade i frågan om "
             "hur barnen ska ta sig dit när det är mörkt.",
             "Ett beslut väntas i maj, efter att förvaltningen har räknat på vad avstängningen skulle kosta och "
             "hur bussarna ska köra i stället."]
    for banner in banners:
        decisions = Cleaner().explain(grouped_page([[banner], *[[p] for p in story]])).decisions
        assert {d.block.text: d.removed_by for d in decisions if not d.kept} == {banner: "cookie-notice"}


def test_a_japanese_affiliate_note_behind_its_note_mark_is_found():
    # "※" opens a note in Japanese; the disclosure behind it stayed in the story.
    note = "※この記事にはプロモーションが含まれます"
    story = ["梅雨の時期は窓の結露が増え、放っておくとサッシの周りに黒いカビが出やすくなる。毎朝の拭き取りが効果的だ。",
             "結露取りワイパーを使えば、一枚の窓を一分ほどで拭き終えることができる。水は受け皿にたまる仕組みだ。"]
    decisions = Cleaner().explain(grouped_page([[story[0]], [note], [story[1]]])).decisions
    assert [d.block.text for d in decisions if not d.kept] == [note]


def test_a_hungarian_box_headed_by_related_alone_is_set_in_the_story():
    # "Kapcsolódó" alone heads the box as "Related" alone does: its headline stayed in the interview.
    story = ["– Mikor nyitott újra a könyvtár a faluban?",
             "– Tavaly tavasszal, miután az önkormányzat felújíttatta a régi iskola épületét, és a megyei könyvtár "
             "háromezer kötetet adott kölcsön.",
             "– Sokan járnak be?",
             "– Hetente negyven-ötven olvasó, főleg nyugdíjasok és iskolások, akik délután itt írják meg a házi "
             "feladatukat is."]
    box = ["Kapcsolódó", "Egyre több kistelepülésen nyílik újra a közösségi ház"]
    kept = kept_lines(grouped_page([[line] for line in [*story[:2], *box, *story[2:]]]))
    assert set(story) <= kept
    assert not kept & set(box)


def test_a_box_set_in_the_story_ends_at_a_paragraph_of_two_sentences_under_its_one_headline():
    # The story's last paragraph, right under the box's one headline, was read as its teaser: a teaser
    # says its story in one sentence.
    box = ["Read also:", "Harbour inn reopens after a winter of repairs to its flooded cellar"]
    last = ("The ferry will run again from Easter. Tom Example has already tarred the hull and painted the "
            "bell on the jetty.")
    page = grouped_page([*FERRY_TOP, *[[p] for p in FERRY_STORY], *[[line] for line in box], [last], *FERRY_FOOT])
    kept = kept_lines(page)
    assert {last, *FERRY_STORY} <= kept
    assert not kept & set(box)
    assert last not in kept_lines(page, replace(Settings(), box_ends_at_sentences=False))


def test_a_russian_appeal_to_follow_the_site_s_channel_is_a_newsletter_prompt():
    story = ["Городской совет в понедельник решил закрыть старый мост на ремонт, который продлится до конца лета.",
             "Автобусы на это время пойдут в обход через новый мост, интервал движения увеличится до двадцати минут."]
    appeals = ["Подписывайтесь на «Городские вести» в Телеграме — все новости района в одном канале.",
               "Подписывайтесь, чтобы первыми узнавать о перекрытиях дорог.",
               "Самое главное — в нашем Telegram"]
    decisions = Cleaner().explain(grouped_page([[line] for line in [*story, *appeals]])).decisions
    assert {d.block.text: d.removed_by for d in decisions if not d.kept} == dict.fromkeys(appeals, "newsletter-prompt")
