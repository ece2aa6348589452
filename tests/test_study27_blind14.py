"""Causes found on blind_pages14 (session 27), each on a page of its own written here: none of the
set's pages, names or phrases."""

from __future__ import annotations

from dataclasses import replace

from cleaner import Settings
from helpers import grouped_page, kept_lines

# A camping stove's review: its sections, then the verdict box under headings no table had ("What we liked",
# "Room for improvement"), its first point holding a figure (so no label), then the review's last section.
STOVE_TOP = [["Brantley Flare 3 review: a fast stove with a fussy igniter | Trailkit"],
             ["Trailkit", "Reviews Guides Deals Newsletter"], ["Outdoor › Cooking › Reviews"],
             ["Brantley Flare 3 review"],
             ["By Moira Kettleby, 3 June 2024"]]
STOVE_STORY = [
    "A pocket stove for walkers who count every gram, with one flaw that shows itself on wet mornings.",
    "Setting it up",
    "The Flare 3 screws onto any standard gas canister and its three pot supports fold out with a reassuring snap. "
    "It weighs little more than a pack of cards, so it disappears into the pan it comes with.",
    "On the hill",
    "On a windy ridge it brought half a litre of water to the boil in a little over three minutes, which is quicker "
    "than most stoves of its size. The flame can be turned down low enough to simmer porridge without scorching it.",
]
STOVE_PROS = ["What we liked", "Boils 0.5 l in about 3 minutes", "Simmers without scorching", "Folds down very small"]
STOVE_CONS = ["Room for improvement", "Igniter fails when damp", "Pot supports are narrow", "No carry case"]
STOVE_END = ["Should you buy it?",
             "If you want a small stove that boils water fast, yes. Carry a lighter for wet mornings and you will not "
             "notice its one real weakness."]
STOVE_FOOT = [["More stove reviews"], ["Best backpacking stoves 2024", "Kettlewick Mini review"],
              ["© 2024 Trailkit Media"]]


def test_a_verdict_box_under_its_own_headings_ends_a_review():
    page = grouped_page(STOVE_TOP + [[line] for line in STOVE_STORY] + [STOVE_PROS[:1], STOVE_PROS[1:],
                        STOVE_CONS[:1], STOVE_CONS[1:]] + [[line] for line in STOVE_END] + STOVE_FOOT)
    kept = kept_lines(page)
    assert {*STOVE_STORY, *STOVE_PROS, *STOVE_CONS, *STOVE_END} <= kept
    assert not {"Best backpacking stoves 2024", "Kettlewick Mini review"} & kept
    # The question over the last section opens it only under the list.
    assert not set(STOVE_END) & kept_lines(page, replace(Settings(), question_heads_section_under_list=False))


# A town paper's story: four paragraphs, the paper's subscription box, the story's last short paragraph
# alone, then its share bar.
KILN_TOP = [["Pottery kiln fired again after 40 years | Brackmoor Gazette"], ["Brackmoor Gazette"],
            ["News Sport What's on Subscribe"], ["Pottery kiln fired again after 40 years"],
            ["Harriet Olusanya, 14 March 2024"]]
KILN_STORY = [
    "The old bottle kiln behind Station Street was fired on Saturday for the first time since the pottery closed in "
    "1984, watched by more than two hundred people who stood in the drizzle until the chimney began to smoke.",
    "A group of retired potters spent three winters relining the firebox with bricks saved from the demolished "
    "works at Cold Ashby. They loaded it with more than six hundred pots made by children from the town's schools.",
    "The firing lasts two days and two nights, and volunteers will take turns feeding the fire with coal and "
    "wood every twenty minutes. The pots will be unpacked next weekend, when the kiln has cooled enough to enter.",
    "The trust that owns the kiln hopes to fire it twice a year and to open a small museum in the former packing "
    "shed, if the council agrees to lease it for a peppercorn rent when the current tenants leave in the summer.",
]
KILN_BOX = [["Subscribe to the Brackmoor Gazette"], ["All our local news, every day, for £4.99 a month."],
            ["Subscribe now"]]
KILN_LAST = ("Unpacking starts at ten on Saturday morning, and the trust says that every child will be able to take "
             "home the pot they made.")
KILN_FOOT = [["Share Facebook X Email"], ["Most read"], ["Bypass closed overnight for resurfacing",
             "Market hall traders fear rent rise"], ["© 2024 Brackmoor Gazette"]]


def test_a_story_s_last_paragraph_alone_under_a_subscription_box_stays():
    page = grouped_page(KILN_TOP + [[line] for line in KILN_STORY] + KILN_BOX + [[KILN_LAST]] + KILN_FOOT)
    kept = kept_lines(page)
    assert {*KILN_STORY, KILN_LAST} <= kept
    assert not {line for group in KILN_BOX + KILN_FOOT for line in group} & kept
    assert KILN_LAST not in kept_lines(page, replace(Settings(), story_half_at_end_one_paragraph=False))


def test_a_dateline_ending_in_a_clock_time_s_abbreviated_unit_is_a_byline():
    # "h." (horas) reads as a sentence's end; the line is the byline all the same.
    byline = "Marta Olaizola Sariñena 12/03/2023 - 09:15 h. Actualizada 12/03/2023 - 11:40 h."
    body = ["El pleno aprobó el martes la reforma del mercado de abastos, que cerrará sus puertas durante ocho meses a "
            "partir de septiembre para renovar la cubierta y las instalaciones eléctricas.",
            "Los puestos se trasladarán de forma provisional a la plaza de la Estación, donde el Ayuntamiento "
            "instalará una carpa con agua corriente y cámaras frigoríficas para los comerciantes."]
    kept = kept_lines(grouped_page([["La reforma del mercado de abastos obligará a cerrarlo ocho meses"], [byline],
                                    *[[line] for line in body]]))
    assert set(body) <= kept
    assert byline not in kept


# A county paper's story: its headline, an unended standfirst, the byline, the photo's caption, then the story.
def _ferry_page(standfirst: str) -> str:
    return grouped_page([["Ferry crews vote to strike over new rosters - Kelmouth Post"], ["Kelmouth Post"],
                         ["News Sport Business Farming Letters"], ["Ferry crews vote to strike over new rosters"],
                         [standfirst], ["Rhodri Penhallow Mon 4 Mar 2024 3 min read"],
                         ["The Kelmouth ferry at its winter berth. (Photo: Kelmouth Post/Ann Trebilcock)"],
                         *[[line] for line in FERRY_STORY], ["Share this article Facebook X Email"],
                         ["© 2024 Kelmouth Post"]])


FERRY_STORY = [
    "Crews on the Kelmouth ferry have voted to strike for two days at the end of the month, after talks with the "
    "operator over new winter rosters broke down last week.",
    "The union says the rosters would leave a single engineer on board for the early crossings, which it calls unsafe. "
    "The operator says the change follows the rules and saves money the route badly needs.",
    "Passengers have been told to check the operator's website before travelling, and the council has asked both sides "
    "to return to talks before the strike begins.",
]


def test_an_unended_standfirst_without_a_comma_between_headline_and_byline_stays():
    standfirst = "Hauliers who depend on the early crossing fear the 48-hour strike will strand lorries at the pier"
    assert {standfirst, *FERRY_STORY} <= kept_lines(_ferry_page(standfirst))
    no_comma = replace(Settings(), byline_standfirst_unpunctuated_min_stopword_share=1.1)
    assert standfirst not in kept_lines(_ferry_page(standfirst), no_comma)


def test_a_standfirst_the_first_pass_kept_stays_in_the_later_ones():
    # A comma, but too few stopwords to be a line of prose words, and a figure (so no headline's deck): the first
    # pass keeps it between headline and byline, the later ones, which see it first over the story, kept it no more.
    standfirst = "Union leaders blame new rosters, single engineers and 5am crossings for the walkout"
    assert {standfirst, *FERRY_STORY} <= kept_lines(_ferry_page(standfirst))
    assert standfirst not in kept_lines(_ferry_page(standfirst), replace(Settings(), later_pass_standfirst_stays=False))
    # A line of title-case words there is the story's headline, which the later passes remove.
    headline = "Union Leaders Blame New Rosters, Single Engineers And 5am Crossings For The Walkout"
    assert headline not in kept_lines(_ferry_page(headline))


def test_without_a_stoplist_an_unended_line_over_the_byline_is_no_standfirst():
    # A Japanese blog: its headline, the blog's menu (no comma, no stoplist to read it as prose), the date.
    menu = "ホーム 山歩き 温泉 お弁当 プロフィール お問い合わせ"
    story = ["先週の土曜日、友人と二人で近くの山に登りました。朝六時に駅で待ち合わせ、バスで登山口まで向かいました。",
             "山頂からは海まで見渡せて、持ってきたおにぎりがとてもおいしく感じられました。帰りは温泉に寄りました。",
             "次は紅葉の季節にもう一度登りたいと思います。みなさんのおすすめの山もぜひ教えてください。"]
    page = grouped_page([["はじめての山歩き日記 | やまのぼりブログ"], ["やまのぼりブログ"], ["はじめての山歩き日記"],
                         [menu], ["2024-10-12"], *[[line] for line in story], ["コメントを書く"],
                         ["© やまのぼりブログ"]])
    kept = kept_lines(page)
    assert set(story) <= kept
    assert menu not in kept
