"""Causes found on blind_pages13 (session 26), each on a page of its own written here: none of the
set's pages, names or phrases."""

from __future__ import annotations

from dataclasses import replace

from cleaner import Settings
from helpers import grouped_page, kept_lines

# A farm shop's recipe: its intro, the servings line, the ingredients (one with its preparation, longer
# than a run above a story holds), the shop's box with its cart button, then the method's steps.
SOUP_TOP = [["Pea and mint soup | Hollybank Farm Shop"], ["Hollybank Farm Shop", "Shop Recipes Visit us Basket (0)"],
            ["Recipes / Soups"], ["Pea and mint soup"], ["By the Hollybank kitchen team · 12 May 2022"]]
SOUP_INTRO = ("A bright green soup for the first warm days of spring, ready in the time it takes to boil the peas. "
              "Frozen peas work just as well as fresh ones, and the mint from the garden makes it taste of summer.")
SOUP_SERVES = "Serves 4 · Ready in 25 minutes"
SOUP_INGREDIENTS = ["1 tablespoon butter", "1 bunch spring onions, sliced", "2 medium potatoes, peeled and diced",
                    "750 g peas, fresh or frozen", "1 litre chicken or vegetable stock",
                    "1 small bunch of mint, the leaves picked from the stalks and roughly torn by hand",
                    "4 tablespoons crème fraîche", "A squeeze of lemon juice", "Salt and pepper"]
SOUP_SHOP = ["Shop the recipe", "Add to basket"]
SOUP_METHOD = [
    "Melt the butter in a large pan and soften the spring onions for five minutes without letting them brown.",
    "Add the potatoes and stock, bring to the boil and simmer for ten minutes, until the potatoes are tender.",
    "Stir in the peas and mint and cook for three more minutes, then blend until smooth and season to taste.",
    "Serve with a spoonful of crème fraîche on each bowl and a few small mint leaves on top.",
]
SOUP_FOOT = [["Rate this recipe"], ["More soups"], ["Leek and potato soup", "Spiced carrot soup"],
             ["© 2022 Hollybank Farm Shop"]]


def _soup_page() -> str:
    return grouped_page(SOUP_TOP + [[SOUP_INTRO], [SOUP_SERVES], ["Ingredients"], SOUP_INGREDIENTS, SOUP_SHOP[:1],
                                    SOUP_SHOP[1:], ["Method"], SOUP_METHOD] + SOUP_FOOT)


def test_a_recipe_s_ingredients_between_its_intro_and_its_method_are_the_story_s():
    kept = kept_lines(_soup_page())
    assert {SOUP_INTRO, SOUP_SERVES, "Ingredients", *SOUP_INGREDIENTS, "Method", *SOUP_METHOD} <= kept
    assert not set(SOUP_SHOP) & kept
    # An ingredient with its preparation is longer than a structured run above the story may hold.
    assert not set(SOUP_INGREDIENTS) & kept_lines(_soup_page(), replace(Settings(), structured_gap_item_max_words=12))


# A live blog on a storm: its key points under their heading, the blog's sort controls, then the
# entries, each a clock time over its text, the first (the latest) with a title.
STORM_TOP = [["Live: storm closes the coast road | Westbay Evening Star"], ["News Sport Weather Contact"],
             ["Live: storm closes the coast road"], ["Last updated 15:20", "By Ada Penrose"]]
STORM_KEY_POINTS = ["Key points", "Coast Road closed between Westbay and Kilmory Point",
                    "Ferries to the Holm Islands cancelled until Friday", "Schools in Westbay shut early on Thursday"]
STORM_CONTROLS = "Latest first Oldest first Auto-refresh on"
STORM_FIRST_ENTRY = ["15:12", "Gusts ease along the bay",
                     "The strongest gusts have passed, forecasters say, but the road will stay shut until the "
                     "council's engineers have checked the sea wall in daylight."]
STORM_ENTRIES = [
    "14:40",
    "A lorry blown onto its side on the bypass has been cleared, and the bypass is open again in both directions.",
    "13:55",
    "The harbour master has asked owners of small boats to check their moorings before dark and to stay off the "
    "harbour wall.",
    "12:30",
    "Welcome to our live coverage of the storm, which reached the coast this morning with gusts of up to eighty "
    "miles an hour.",
]
STORM_FOOT = [["Load more updates"], ["More on this story"], ["How to prepare your home for a storm"],
              ["© Westbay Evening Star"]]


def _storm_page() -> str:
    return grouped_page(STORM_TOP + [STORM_KEY_POINTS, [STORM_CONTROLS], STORM_FIRST_ENTRY]
                        + [[line] for line in STORM_ENTRIES] + STORM_FOOT)


def test_a_live_blog_s_first_entry_opens_at_its_stamp():
    assert set(STORM_FIRST_ENTRY + STORM_ENTRIES) <= kept_lines(_storm_page())
    assert not set(STORM_FIRST_ENTRY[:2]) & kept_lines(_storm_page(), replace(Settings(),
                                                                               ticker_first_entry_from_stamp=False))


def test_key_points_under_their_heading_above_a_live_blog_s_controls_are_the_story_s():
    kept = kept_lines(_storm_page())
    assert set(STORM_KEY_POINTS) <= kept
    assert STORM_CONTROLS not in kept
    assert not set(STORM_KEY_POINTS) & kept_lines(_storm_page(), replace(Settings(),
                                                                          headed_key_points_past_chrome=False))


# A local paper's story with its photo between two paragraphs, the caption's credit the photographer's initials.
BRIDGE_TOP = [["Footbridge opens over the canal - Lockside Courier"], ["News Sport What's on Contact"],
              ["Footbridge opens over the canal"], ["By Tom Ashby", "6 March 2023"]]
BRIDGE_STORY = [
    "The new footbridge over the canal opened on Saturday morning, two years after the old one was closed because "
    "of rot in its beams, and more than three hundred people walked across it before noon.",
    "The bridge cost the council 1.2 million pounds. Its deck is wide enough for bicycles and prams, and lights "
    "set into the handrail come on at dusk.",
]
BRIDGE_FOOT = [["Share on Facebook Share on X"], ["Most read"], ["Market hall to close for repairs"],
               ["© Lockside Courier 2023"]]


def test_a_caption_s_credit_of_initials_goes():
    caption = "Children cross the new footbridge on its first morning. Photo: K. L. M."
    page = grouped_page(BRIDGE_TOP + [BRIDGE_STORY[:1], [caption], BRIDGE_STORY[1:]] + BRIDGE_FOOT)
    kept = kept_lines(page)
    assert set(BRIDGE_STORY) <= kept
    assert caption not in kept


# A forum thread of a board's software: the question under its stamp in guillemets, then the replies,
# each under its writer's name, rank and post count and its stamp "« Reply #N on: ... »".
KETTLE_TOP = [["Descaling an old copper kettle - Kitchen Gear - Hobcraft Forums"],
              ["Home | Help | Search | Members | Login | Register"],
              ["Hobcraft Forums » Kitchen Gear » Descaling an old copper kettle"],
              ["Descaling an old copper kettle"], ["brasstacks_mo", "Newbie", "Posts: 3"]]
KETTLE_QUESTION = [
    "« on: March 14, 2011, 08:02:11 PM »",
    "I inherited my grandmother's copper kettle and the inside is thick with scale from forty years of hard water. "
    "I have tried vinegar overnight twice and it took off only the loose flakes at the bottom.",
    "Is there anything that works on scale this old without harming the tin lining? I would like to use it again, "
    "not just keep it on a shelf.",
]
KETTLE_REPLIES = [
    "potboiler", "Global Moderator", "Posts: 4,102", "« Reply #1 on: March 14, 2011, 09:15:40 PM »",
    "Citric acid from the chemist, two spoons in hot water, left for an hour, then a soft brush. Repeat as needed.",
    "kettle_kate", "Full Member", "Posts: 310", "« Reply #2 on: March 15, 2011, 07:48:03 AM »",
    "Agree with the citric acid. Never use a scouring pad on the tin, it wears through faster than you think.",
]
KETTLE_FOOT = [["Pages: [1] Go Up Print"], ["Powered by ExampleBoard 2.0 | © 2011 Hobcraft"]]


def test_a_forum_post_s_stamp_in_guillemets_is_a_dateline():
    page = grouped_page(KETTLE_TOP + [KETTLE_QUESTION, KETTLE_REPLIES] + KETTLE_FOOT)
    kept = kept_lines(page)
    assert set(KETTLE_QUESTION[1:]) <= kept
    stamps = {KETTLE_QUESTION[0], KETTLE_REPLIES[3], KETTLE_REPLIES[8]}
    assert stamps == {line for line in stamps if line.startswith("«")}
    assert not stamps & kept
