"""The HTML path: decoding, outlet selectors, markup boilerplate, extraction,
metadata. Fixtures are small hand-written pages in tests/fixtures/html/."""

from __future__ import annotations

import json

import pytest
from helpers import ROOT, run_cli

from cleaner import Cleaner, RuleError
from cleaner import html as html_input
from cleaner import html_choice, html_markup
from cleaner.decode import decode_bytes
from cleaner.detectors.headers import title_key
from cleaner.settings import Settings

FIXTURES = ROOT / "tests" / "fixtures" / "html"
FURNITURE = (FIXTURES / "furniture.html").read_bytes()
STORY = "The town council voted on Tuesday night to rebuild the flood wall"
LAST_PARAGRAPH = "Work is due to start in the autumn"


def _rule_dir(tmp_path, css: str):
    (tmp_path / "ledger.toml").write_text(
        f'outlet = "Valley Ledger"\ndomains = ["ledger.example"]\n'
        f'[[selector]]\nid = "closing-paragraph"\ncss = "{css}"\n'
        f'[[selector]]\nid = "nothing-here"\ncss = "div.no-such-widget, #absent"\n',
        encoding="utf-8",
    )
    return tmp_path


def test_article_body_without_markup_furniture(cleaner):
    explanation = cleaner.explain_html(FURNITURE)
    text = explanation.text
    assert STORY in text and LAST_PARAGRAPH in text
    for furniture in ("Sign up for our free newsletter", "Share on Facebook", "Related stories",
                      "Market square traders", "Photo: Ledger staff", "By Maria Gomez", "Home"):
        assert furniture not in text, furniture
    assert not text.startswith("River Town Votes")  # the headline is metadata
    counts = explanation.removed_counts
    assert counts[html_markup.PAGE_HEADER_ID] == 1
    assert counts[html_markup.BOILERPLATE_CLASS_ID] >= 4


def test_every_removal_is_named_and_listed_before_the_kept_text(cleaner):
    decisions = cleaner.explain_html(FURNITURE).decisions
    removed_first = [d for d in decisions if d.block.index < 0]
    assert removed_first and all(d.removed_by for d in removed_first)
    assert decisions[: len(removed_first)] == tuple(removed_first)
    assert any("Related stories" in d.block.text for d in removed_first)


def test_layout_wrapper_named_like_furniture_stays():
    # "no-sidebar" and "has-sidebar" wrap the whole story: far above the share of text a furniture element may hold.
    tree = html_input.parse(FURNITURE.decode())
    removed = html_markup.remove_boilerplate(tree)
    assert all(STORY not in text for _, text in removed)
    assert STORY in tree.text_content()


def test_short_story_in_a_furniture_named_container_stays():
    # The story is a small share of this page's text, but it is the page's story paragraphs.
    menu = "".join(f"<li><a href='/{n}'>Section number {n} of the site menu</a></li>" for n in range(200))
    story = "".join(f"<p>{STORY} and the vote was recorded in paragraph {n} of the minutes, which the clerk "
                    f"read aloud at the end.</p>" for n in range(3))
    tree = html_input.parse(
        f"<html><body><ul>{menu}</ul><div class='entry-content share-enabled'>{story}</div></body></html>")
    assert html_markup.remove_boilerplate(tree) == []


def test_furniture_rules_back_off_from_the_stories_prose():
    # A <header> holding a paragraph of prose is the story's intro, and a container named like
    # furniture ("field-label-hidden") holding two is the story: both stay. The page's own header,
    # links only, and a "related" box with one teaser paragraph go.
    intro = f"<p>{STORY}, and the work will start before the next winter comes.</p>"
    body = "".join(f"<p>{text}</p>" for text in STORY_PARAGRAPHS[:2])
    teaser = f"<p>{STORY_PARAGRAPHS[3]}</p>"
    page = ("<html><body><header><a href='/'>Home</a> <a href='/news'>News</a></header>"
            f"<article><header><h1>Flood wall</h1>{intro}</header><div class='field-label-hidden'>{body}</div>"
            f"</article><div class='related'>{teaser}</div>" + "<p>More text of the page.</p>" * 20 + "</body></html>")
    tree = html_input.parse(page)
    removed = html_markup.remove_boilerplate(tree)
    assert removed == [(html_markup.PAGE_HEADER_ID, "Home News"),
                       (html_markup.BOILERPLATE_CLASS_ID, STORY_PARAGRAPHS[3])]
    assert all(paragraph in tree.text_content() for paragraph in STORY_PARAGRAPHS[:2])
    # Allowed a paragraph of prose, a page header takes the intro too.
    tolerant = Settings(html_header_max_prose_paragraphs=1)
    assert (html_markup.PAGE_HEADER_ID, f"Flood wall {intro[3:-4]}") in html_markup.remove_boilerplate(
        html_input.parse(page), tolerant)


def test_headers_back_off_from_the_stories_intro_and_text():
    # An element named as a header ("article-header") holding the story's intro is held to a
    # <header>'s limit (no paragraph of prose), not to a furniture name's (one); a <header> holding
    # much text outside links (a forum post that a stray tag made the parser nest in its header,
    # lines without <p>) is no page header either. The page's own header, links only, goes.
    intro = f"<p>{STORY}, and the work will start before the next winter comes.</p>"
    post = "<br>".join(STORY_PARAGRAPHS)
    page = ("<html><body><header class='site-header'><a href='/'>Home</a> <a href='/news'>News</a></header>"
            f"<div class='article-header'><h1>Flood wall</h1>{intro}</div>"
            f"<div class='post'><header><a href='/post/1'>1 May</a><div>{post}</div></header></div>"
            + "<p>More text of the page.</p>" * 80 + "</body></html>")
    removed = html_markup.remove_boilerplate(html_input.parse(page))
    assert removed == [(html_markup.PAGE_HEADER_ID, "Home News")]
    # Allowed more text outside links, the post's header goes with the post.
    tolerant = Settings(html_header_max_unlinked_chars=10_000)
    assert [text[:6] for _, text in html_markup.remove_boilerplate(html_input.parse(page), tolerant)] == [
        "Home N", "1 May "]


def test_article_removed_by_markup_rules_comes_back(cleaner):
    # Short paragraphs (no story-length ones) in a "widget", on a page with a long menu:
    # the guards let it go, and the extraction without the markup rules brings it back.
    menu = "".join(f"<li><a href='/{n}'>Section {n} of the site, with a long name</a></li>" for n in range(120))
    story = "".join(f"<p>The council voted on the wall in session {n}, the minutes say.</p>" for n in range(8))
    page = f"<html><body><nav><ul>{menu}</ul></nav><div class='post-widget'>{story}</div></body></html>"
    assert html_markup.remove_boilerplate(html_input.parse(page))  # the story goes with the markup rules
    assert "The council voted on the wall in session 3" in cleaner.clean_html(page)


def test_class_words_are_whole_words():
    tree = html_input.parse(
        "<html><body><div class='unrelated-note'><p>Kept.</p></div><div class='PopularPosts1'><p>Gone.</p></div>"
        "<div class='shareholders'><p>Kept too.</p></div>" + "<p>Story text goes on here.</p>" * 20 + "</body></html>"
    )
    removed = html_markup.remove_boilerplate(tree)
    assert [text for _, text in removed] == ["Gone."]


def test_custom_elements_are_named_by_their_tags():
    # Web components name what they are in the tag, as a class would: "site-navigation", not "ui-panel".
    tree = html_input.parse(
        "<html><body><site-navigation><span>World</span> <span>Sport</span></site-navigation>"
        "<ui-panel><p>Kept.</p></ui-panel>" + "<p>Story text goes on here.</p>" * 20 + "</body></html>"
    )
    removed = html_markup.remove_boilerplate(tree)
    assert removed == [(html_markup.BOILERPLATE_CLASS_ID, "World Sport")]


def test_an_ad_box_is_named_by_a_whole_class_name_not_a_part_of_one():
    # An ad set among a live blog's entries as one of them ("entry ad"); "ad" inside a longer name is
    # no ad's box ("load-ads-after" round the story's paragraphs, "ad-free" over a subscriber's story).
    tree = html_input.parse(
        f"<html><body><div class='entry'><p>{STORY}, the minutes say.</p></div>"
        "<div class='entry ad'><span>Advertisement</span><p>Try the scooter pass free for 30 days.</p></div>"
        f"<div class='load-ads-after'><p>{STORY} again.</p></div><div class='ad-free'><p>{STORY} once more.</p></div>"
        "</body></html>"
    )
    removed = html_markup.remove_boilerplate(tree)
    assert removed == [(html_markup.BOILERPLATE_CLASS_ID, "Advertisement Try the scooter pass free for 30 days.")]


def test_live_blog_entries_are_the_body_a_forum_threads_opening_post_is_the_story(cleaner):
    # The extractor takes the first block of class "entry" for the whole body: the key points above the
    # entries and the entries' headlines were lost. A forum thread's opening post holds most of the
    # thread's text: it is the story, its replies stay out of the body.
    points = ["The river burst its banks before seven", "Two hundred homes evacuated",
              "The ring road is closed at the bridge"]
    entries = "".join(
        f"<div class='entry'><p class='time'>1{n}:05</p><h3>Update number {n} from the river</h3>"
        f"<p>{STORY}, and crews worked through the afternoon on section {n} of the bank.</p></div>"
        for n in range(5))
    key_points = "<div class='summary'><h2>Key points</h2><ul>" + "".join(f"<li>{p}</li>" for p in points)
    page = (f"<html><body><article><h1>Floods: live</h1>{key_points}</ul></div>"
            f"<div class='entries'>{entries}</div></article></body></html>")
    tree = html_input.parse(page)
    assert html_markup.name_entries_body(tree) is tree.find(".//article")
    lines = cleaner.clean_html(page).splitlines()
    assert "Update number 3 from the river" in lines
    assert any(points[2] in line for line in lines)
    opening = "".join(f"<p>{STORY}, and here is what we paid in year {n}, item by item.</p>" for n in range(6))
    replies = "".join(f"<div class='post'><p>Thanks for sharing, reply {n}.</p></div>" for n in range(3))
    forum = html_input.parse(f"<html><body><main><h1>Our heat pump</h1><div class='post'>{opening}</div>"
                             f"{replies}</main></body></html>")
    assert html_markup.name_entries_body(forum) is None


def test_how_an_element_prints_does_not_make_it_furniture():
    # Short steps, each under a paragraph of prose, in a box named for printing.
    steps = "".join(f"<li>Step {n}: stir the batter for two minutes.</li>" for n in range(6))
    tree = html_input.parse(
        f"<html><body>{f'<p>{STORY}, the minutes say.</p>' * 20}<div class='recipe-steps print-full'><ol>{steps}</ol>"
        "</div><div class='no-print share-bar'><span>Share this recipe</span></div></body></html>"
    )
    removed = html_markup.remove_boilerplate(tree)
    assert [text for _, text in removed] == ["Share this recipe"]
    assert "Step 5: stir" in tree.text_content()


def test_what_the_page_hides_from_the_reader_goes_unless_it_is_the_story():
    # Before: a login box and a menu under the hidden attribute came through as article text. A body
    # hidden until a script shows it stays, and so does what an inline style hides (a story's tabs).
    story = "".join(f"<p>{STORY}, part {n} of the minutes says.</p>" for n in range(12))
    tree = html_input.parse(
        f"<html><body>{story}<div hidden>Log in with your email</div><ul hidden='hidden'><li>Home</li>"
        "<li>Sport</li></ul><p style='display:none'>Part two of the story, in a tab.</p></body></html>"
    )
    removed = html_markup.remove_boilerplate(tree)
    assert removed == [(html_markup.HIDDEN_ID, "Log in with your email"), (html_markup.HIDDEN_ID, "Home Sport")]
    assert f"{STORY}, part 11" in tree.text_content() and "Part two of the story" in tree.text_content()
    shown_later = html_input.parse(f"<html><body><div hidden>{story}</div></body></html>")
    assert html_markup.remove_boilerplate(shown_later) == []


def test_photo_captions_go_by_their_tag(cleaner):
    story = "".join(f"<p>{STORY}, part {n} of the minutes says, after a long debate in the hall.</p>"
                    for n in range(8))
    caption = "The old flood wall below the market square, photographed in May"
    page = (f"<html><body><article><h1>River Town Votes</h1>{story[:400]}<figure><img src='wall.jpg'>"
            f"<figcaption>{caption}</figcaption></figure>{story[400:]}</article></body></html>")
    explanation = cleaner.explain_html(page)
    assert caption not in explanation.text and f"{STORY}, part 7" in explanation.text
    assert explanation.removed_counts[html_markup.CAPTION_ID] == 1


def test_a_caption_under_a_picture_in_a_box_of_its_own_goes_without_figure(cleaner):
    # Russian and Chinese sites set the photo and its credit in a plain box: <div class="photo"><img><p>...</p></div>.
    story = [f"<p>{STORY}, part {n} of the minutes says, after a long debate in the hall.</p>" for n in range(8)]
    credit, caption = "Фото: администрация Кедровского района", "改造后的槐荫巷干净整洁。记者 邵雨晴 摄"
    side = f"{STORY}, and the mayor said the works would start in spring. " * 3  # a paragraph beside its photo
    page = (f"<html><body><article><h1>River Town Votes</h1>{''.join(story[:3])}"
            f"<div class='photo'><img src='wall.jpg'><p>{credit}</p></div>{''.join(story[3:6])}"
            f"<div class='fig'><a href='/big.jpg'><img src='lane.jpg'></a><span>{caption}</span></div>"
            f"<div><img src='map.png'><p>{side}</p></div>"
            f"<div><img src='a.jpg'><p>Part one of two short lines.</p><p>Part two of them.</p></div>"
            f"{''.join(story[6:])}</article></body></html>")
    explanation = cleaner.explain_html(page)
    assert credit not in explanation.text and caption not in explanation.text
    assert side.strip() in explanation.text and "Part two of them." in explanation.text
    assert explanation.removed_counts[html_markup.CAPTION_ID] == 2


def test_paywall_menu_and_author_boxes_go():
    story = "".join(f"<p>{STORY}, part {n} of the minutes says.</p>" for n in range(12))
    tree = html_input.parse(
        f"<html><body><div class='main-menu'><span>Home</span><span>Local</span></div>{story}"
        "<div class='content-paywall'><p>Read on: subscribe for one euro a month.</p></div>"
        "<section class='TestReport__AuthorBox'><p>Ann Reed writes about the valley's rivers.</p></section>"
        "</body></html>"
    )
    removed = html_markup.remove_boilerplate(tree)
    assert [text for _, text in removed] == [
        "Home Local", "Read on: subscribe for one euro a month.", "Ann Reed writes about the valley's rivers."
    ]
    assert f"{STORY}, part 11" in tree.text_content()


def test_lists_paragraphs_and_headings_of_links_go_prose_with_links_stays():
    prose = f"<p>{STORY}, the <a href='/minutes'>minutes</a> of the meeting show, after a long debate.</p>"
    tree = html_input.parse(
        "<html><body>" + prose
        + "<ul><li><a href='/1'>Council delays vote</a></li><li><a href='/2'>Traders fear closures</a></li>"
          "<li><a href='/3'>Fund doubles</a></li></ul>"
        + "<p>Read also: <a href='/4'>How the old flood wall failed twice in five years</a></p>"
        + "<h3><a href='/5'>Ten photos of the spring floods</a></h3>"
        + "<ul><li>Two metres higher</li><li>Forty million euros</li><li>Two years of work</li></ul></body></html>"
    )
    removed = html_markup.remove_link_blocks(tree)
    assert [remover for remover, _ in removed] == [
        html_markup.LINK_LIST_ID, html_markup.LINK_BLOCK_ID, html_markup.LINK_BLOCK_ID
    ]
    assert STORY in tree.text_content() and "Forty million euros" in tree.text_content()


def test_anchors_named_as_places_to_jump_to_are_not_links():
    # A transcript's questions marked as places to jump to (<a name>), and a
    # list of them to jump from (<a href="#...">): only the list is links.
    questions = ["Why did the flood wall fail twice in five years?", "Who pays for the new wall?",
                 "When will the work be done?"]
    contents = "".join(f"<li><a href='#q{n}'>{question}</a></li>" for n, question in enumerate(questions))
    answers = "".join(f"<p><a name='q{n}'>{question}</a></p><p>{STORY}, the engineer said.</p>"
                      for n, question in enumerate(questions))
    tree = html_input.parse(f"<html><body><ul>{contents}</ul>{answers}</body></html>")
    removed = html_markup.remove_link_blocks(tree)
    assert [remover for remover, _ in removed] == [html_markup.LINK_LIST_ID]
    assert all(question in tree.text_content() for question in questions)


def test_list_of_teasers_goes_list_of_points_with_links_stays():
    # Teasers: each item a linked headline with its date beside it (under the
    # list's share of links taken as a whole), laid out with the indentation
    # pages use, which is not text; points of the story with a link in each stay.
    teaser = ("\n        <li>\n          <a href='/{n}'><h4>Council delays the vote {n}</h4></a>\n"
              "          <div class='date'>{n} November 2021</div>\n        </li>")
    points = "".join(f"<li>The wall rises two metres in part {n}, as the <a href='/plan'>plan</a> says</li>"
                     for n in range(3))
    tree = html_input.parse(f"<html><body><p>{STORY}.</p><ul>{''.join(teaser.format(n=n) for n in range(3))}"
                            f"</ul><ul>{points}</ul></body></html>")
    removed = html_markup.remove_link_blocks(tree)
    assert [remover for remover, _ in removed] == [html_markup.LINK_LIST_ID]
    assert "Council delays" not in tree.text_content() and "in part 2" in tree.text_content()


def test_split_article_body_is_joined_before_extraction(cleaner):
    page = (FIXTURES / "split_body.html").read_text(encoding="utf-8")
    tree = html_input.parse(page)
    assert html_markup.merge_split_body(tree)
    first = tree.xpath("//div[@class='article-body part']")[0]
    assert len(first.findall("p")) == 6
    text = cleaner.clean_html(page)
    assert "A new kind of bank has arrived" in text and "Regulators have begun to look" in text


def test_split_body_part_of_one_paragraph_between_two_parts_is_joined_too(cleaner):
    # A block-built story: each block its own <article>, its text in the same "rich-text" box; the middle
    # block holds one story paragraph (and a short quote) between two embeds. Joining only the parts of
    # two story paragraphs moved the last part up past the middle one, which the extractor then left out.
    def block(*paragraphs: str) -> str:
        texts = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
        return f"<article class='image-text'><div class='rich-text'>{texts}</div></article>"

    first = [f"{STORY} in part {n}, after residents of the lower streets had asked for it for a decade "
             "and the engineers had shown the council the cracks that the last winter's storms had opened."
             for n in range(3)]
    middle = ("The mayor returns to the riverside on Friday, where the old wall gave way in the spring and "
              "the water reached the doors of forty houses, to open the works with the engineers who drew them.")
    last = [f"The second phase of the works, number {n}, starts in the autumn and the council expects it to "
            "take two years, with the road along the river closed to traffic for the first six months of it."
            for n in range(3)]
    embed = "<div class='embed'><p>External content</p><a href='https://example.org/post'>Load it</a></div>"
    page = (f"<html><body><h1>Council rebuilds the wall</h1>{block(*first)}{embed}"
            f"{block(middle, 'It is about time, she said.')}{embed}{block(*last)}</body></html>")
    lines = cleaner.clean_html(page).splitlines()
    assert middle in lines
    assert lines.index(first[-1]) < lines.index(middle) < lines.index(last[0])


def test_layout_table_is_read_as_blocks_data_table_stays_a_table(cleaner):
    # An old page laid out in a table: a menu column and a story column, a table nested
    # for the masthead. Read as a table, each row would come out as one line of cells
    # joined by "|", the menu with the story; read as blocks, each paragraph is a line.
    paragraphs = [f"{STORY} and the clerk read the minutes of session {n} aloud, line by line, "
                  "while the members of the public who had come to listen took notes." for n in range(4)]
    story = "<br><br>".join(paragraphs)
    menu = "".join(f"<a href='/{n}'>Section {n}</a><br>" for n in range(8))
    data = "<table><tr><th>Year</th><th>Height</th></tr><tr><td>1990</td><td>2 m</td></tr></table>"
    page = (f"<html><body><table><tr><td><table><tr><td>Valley Ledger</td></tr></table></td></tr>"
            f"<tr><td>{menu}</td><td>{story}{data}</td></tr></table></body></html>")
    tree = html_input.parse(page)
    assert html_markup.flatten_layout_tables(tree) == 1
    assert len(tree.findall(".//table")) == 2  # the masthead's and the data table stay tables
    lines = cleaner.clean_html(page).splitlines()
    assert paragraphs[0] in lines and paragraphs[3] in lines
    assert not any("|" in line and STORY in line for line in lines)


def test_headline_lines_match_page_titles():
    tree = html_input.parse("<html><head><title>Floods Close Forty Schools | Daily Example</title></head>"
                            "<body><h1>Floods close forty schools</h1></body></html>")
    keys = html_markup.headline_keys(tree)
    assert title_key("Floods close forty schools!") in keys
    assert title_key("Daily Example") not in keys  # too short to be a headline part


def test_outlet_selectors_remove_elements_before_extraction(tmp_path):
    cleaner = Cleaner([_rule_dir(tmp_path, "div.story-body > p:last-child")])
    explanation = cleaner.explain_html(FURNITURE, url="https://ledger.example/news/flood-wall")
    assert explanation.outlet == "ledger"
    assert STORY in explanation.text and LAST_PARAGRAPH not in explanation.text
    assert explanation.removed_counts["ledger/closing-paragraph"] == 1
    assert "ledger/nothing-here" not in explanation.removed_counts  # matches nothing: harmless


def test_selector_that_matches_nothing_changes_nothing(tmp_path, cleaner):
    with_rules = Cleaner([_rule_dir(tmp_path, "p.no-such-class")])
    url = "https://ledger.example/news/flood-wall"
    assert with_rules.clean_html(FURNITURE, url=url) == cleaner.clean_html(FURNITURE, url=url)


def test_no_selectors_no_beautifulsoup():
    html = "<html><body><p>x</p></body></html>"
    assert html_input.remove_selectors(html, ()) == (html, [])


def test_invalid_selector_is_refused_when_the_rule_file_loads(tmp_path):
    with pytest.raises(RuleError,
                       match=r"ledger.toml: \[\[selector\]\] #1 \(closing-paragraph\): invalid CSS selector"):
        Cleaner([_rule_dir(tmp_path, "div[[")])


def test_metadata_from_the_markup(cleaner):
    metadata = cleaner.explain_html(FURNITURE).metadata
    assert metadata.title == "River Town Votes to Rebuild Its Flood Wall"
    assert metadata.author == "Maria Gomez"
    assert metadata.date == "2024-03-12"
    assert metadata.sitename == "The Valley Ledger"
    assert metadata.url == "https://ledger.example/news/flood-wall"


def test_clean_html_is_explain_html_text(cleaner):
    assert cleaner.clean_html(FURNITURE) == cleaner.explain_html(FURNITURE).text


@pytest.mark.parametrize("page", ["", "   ", "<p></p>", "<html><body><p> </p></body></html>"])
def test_pages_without_article_give_empty_text(cleaner, page):
    assert cleaner.clean_html(page) == ""


def test_bare_fragment_is_read_as_a_body(cleaner):
    paragraphs = "".join(f"<p>{STORY} and said so in paragraph number {n} of this fragment.</p>" for n in range(5))
    assert STORY in cleaner.clean_html(f"<div>{paragraphs}</div>")


def test_cli_json_carries_body_metadata_and_counts(tmp_path):
    source = tmp_path / "in" / "story.html"
    source.parent.mkdir()
    source.write_bytes(FURNITURE)
    result = run_cli("clean", str(source.parent), "-o", str(tmp_path / "out"), "--format", "json")
    assert result.returncode == 0, result.stderr
    record = json.loads((tmp_path / "out" / "story.json").read_text(encoding="utf-8"))
    assert STORY in record["text"] and "Related stories" not in record["text"]
    assert record["metadata"] == {
        "title": "River Town Votes to Rebuild Its Flood Wall", "author": "Maria Gomez", "date": "2024-03-12",
        "sitename": "The Valley Ledger", "url": "https://ledger.example/news/flood-wall",
    }
    assert record["removed"][html_markup.PAGE_HEADER_ID] == 1
    assert record["reading"].startswith(html_choice.EXTRACTION + " (")
    assert run_cli("clean", str(source.parent), "-o", str(tmp_path / "text")).returncode == 0
    assert (tmp_path / "text" / "story.txt").read_text(encoding="utf-8").startswith(STORY)


# -- decoding ---------------------------------------------------------------
CYRILLIC = "Городской совет проголосовал за восстановление дамбы"
PAGE = "<html><head>{meta}</head><body><p>{text}</p></body></html>"


@pytest.mark.parametrize(("data", "expected"), [
    (PAGE.format(meta='<meta charset="windows-1251">', text=CYRILLIC).encode("cp1251"), CYRILLIC),
    (PAGE.format(meta='<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">',
                 text=CYRILLIC).encode("koi8-r"), CYRILLIC),
    (b'<?xml version="1.0" encoding="iso-8859-7"?>' + PAGE.format(meta="", text="Δήμος").encode("iso-8859-7"),
     "Δήμος"),
    # gb2312 pages use GBK characters (here 镕): read as the superset, as browsers do.
    (PAGE.format(meta='<meta charset="gb2312">', text="朱镕基说").encode("gb18030"), "朱镕基说"),
    (b"\xef\xbb\xbf" + PAGE.format(meta='<meta charset="windows-1251">', text="Café").encode("utf-8"), "Café"),
    # Lies: the bytes win over the declaration.
    (PAGE.format(meta='<meta charset="iso-8859-1">', text="Café déjà vu").encode("utf-8"), "Café déjà vu"),
    (PAGE.format(meta='<meta charset="utf-8">', text="Café déjà vu").encode("cp1252"), "Café déjà vu"),
    (PAGE.format(meta="", text="Café crème").encode("cp1252"), "Café crème"),
])
def test_decoding_whatever_the_page_declares(data, expected):
    assert expected in decode_bytes(data)


def test_utf8_page_with_one_broken_byte_stays_utf8():
    text = "Zürich, São Paulo, Kraków, Ελλάδα — " * 5
    data = PAGE.format(meta='<meta charset="utf-8">', text=text).encode("utf-8").replace(b"</p>", b"\xff</p>")
    decoded = decode_bytes(data)
    assert text in decoded and "\ufffd" in decoded


def test_html_bytes_decoded_by_their_meta_charset(cleaner):
    paragraphs = "".join(f"<p>{CYRILLIC}, сообщил мэр города в интервью номер {n}.</p>" for n in range(6))
    page = PAGE.format(meta='<meta charset="windows-1251">', text="").replace("<p></p>", paragraphs)
    assert CYRILLIC in cleaner.clean_html(page.encode("cp1251"))


def test_xhtml_with_xml_declaration(cleaner):
    paragraphs = "".join(f"<p>{STORY} in session {n}, after a long and heated debate.</p>" for n in range(6))
    page = ('<?xml version="1.0" encoding="iso-8859-7"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">'
            f"<head><title>Δήμος</title></head><body><article>{paragraphs}<p>Ο Δήμος ψήφισε σήμερα.</p></article>"
            "</body></html>")
    for data in (page, page.encode("iso-8859-7")):
        text = cleaner.clean_html(data)
        assert STORY in text and "Ο Δήμος ψήφισε σήμερα." in text


# -- the reading kept: the extraction, or the page's rendering read as text mode reads it --

STORY_PARAGRAPHS = [
    "The town council voted on Tuesday night to rebuild the flood wall along the river, after two winters "
    "of damage to the houses on the lower bank.",
    "The new wall will be two metres higher than the old one, and the council expects the work to take two "
    "years, paid for by a regional fund and a small rise in local taxes.",
    "Residents who spoke at the meeting were mostly in favour, though several asked why the work could not "
    "start before next winter, when the river usually rises again.",
    "The mayor said the contracts would be signed in the spring and that the road along the river would "
    "stay open for most of the time the builders are there.",
]
TEASERS = ["Markets rally as rates hold", "New bridge opens to traffic", "Schools close for the holiday week"]
NEVER_RENDERING = Settings(html_rendering_min_inside=1.1)


# The site's footer that makes a web page of the story's page (a page that shows an article and nothing
# else is read as the article given alone, see html_alone).
SITE_FOOTER = "<footer><p>© 2024 Example Media. All rights reserved.</p></footer>"


def _page(*, after_story: list[str], outside: str = "") -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in STORY_PARAGRAPHS + after_story)
    return (f"<html><head><title>Council votes to rebuild flood wall</title></head><body>{outside}"
            f"<div class='story'>{paragraphs}</div>{SITE_FOOTER}</body></html>")


def test_extraction_that_kept_teasers_gives_way_to_the_rendering(cleaner):
    # The extractor takes the teaser headlines in the story's container for paragraphs; text
    # mode, reading the whole page, drops them, and keeps nothing the extraction lacks.
    page = _page(after_story=TEASERS)
    assert all(t in Cleaner(settings=NEVER_RENDERING).clean_html(page) for t in TEASERS)
    explanation = cleaner.explain_html(page)
    assert explanation.reading.startswith(html_choice.RENDERING)
    assert explanation.text.strip() == "\n\n".join(STORY_PARAGRAPHS)
    assert {d.removed_by for d in explanation.decisions if d.block.text in TEASERS} == {"main-content"}


def test_extraction_kept_when_the_rendering_keeps_text_it_lacks(cleaner):
    # A paragraph of prose outside the story's container: text mode keeps it, the extractor does
    # not. The readings disagree, and the extraction, with its markup removals, is the answer.
    aside = ("<div class='note'><p>" + " ".join(STORY_PARAGRAPHS[0].split()[::-1]) + " and so on.</p></div>")
    page = _page(after_story=TEASERS, outside=aside)
    explanation = cleaner.explain_html(page)
    assert explanation.reading.startswith(html_choice.EXTRACTION)
    assert "the readings keep different text" in explanation.reading
    assert explanation.decisions == Cleaner(settings=NEVER_RENDERING).explain_html(page).decisions


def test_rendering_not_read_when_selection_finds_nothing_to_cut(cleaner):
    # The extraction is the story alone: nothing around it for the rendering's reading to drop.
    explanation = cleaner.explain_html(_page(after_story=[]))
    assert explanation.reading == (f"{html_choice.EXTRACTION} "
                                   "(main-content selection finds nothing around the story to cut)")
    assert explanation.text.split() == " ".join(STORY_PARAGRAPHS).split()


def test_rendering_not_read_on_pages_in_other_languages(cleaner):
    # Measured on German pages, text mode's reading cut story paragraphs: a page in a
    # language outside html_rendering_languages keeps the extraction, teasers and all.
    story = ["Der Gemeinderat hat am Dienstagabend beschlossen, die Hochwassermauer am Fluss neu zu bauen, "
             "nachdem zwei Winter die Häuser am unteren Ufer beschädigt hatten.",
             "Die neue Mauer wird zwei Meter höher sein als die alte, und die Arbeiten sollen zwei Jahre dauern, "
             "bezahlt von einem regionalen Fonds und einer kleinen Steuererhöhung.",
             "Die meisten Anwohner, die bei der Sitzung sprachen, waren dafür, auch wenn einige fragten, warum die "
             "Arbeiten nicht vor dem nächsten Winter beginnen können, wenn der Fluss wieder steigt."]
    teasers = ["Börse legt zu", "Neue Brücke eröffnet", "Schulen schließen für eine Woche"]
    paragraphs = "".join(f"<p>{t}</p>" for t in story + teasers)
    page = f"<html><body><div class='story'>{paragraphs}</div>{SITE_FOOTER}</body></html>"
    explanation = cleaner.explain_html(page)
    assert explanation.reading == f"{html_choice.EXTRACTION} (the rendering is not read on pages in language de)"
    assert explanation.decisions == Cleaner(settings=NEVER_RENDERING).explain_html(page).decisions
    german_too = Settings(html_rendering_languages=("en", "de"))
    assert Cleaner(settings=german_too).explain_html(page).reading.startswith(html_choice.RENDERING)


def _table_page(*, nested: bool) -> str:
    """The story in a cell of a page laid out in a table (nested in another
    one, or not), with a menu cell beside it and teaser headlines after it."""
    menu = "".join(f"<a href='/{n}'>Section {n}</a><br>" for n in range(6))
    story = "".join(f"<p>{text}</p>" for text in STORY_PARAGRAPHS) + "".join(f"<p>{t}</p>" for t in TEASERS)
    layout = f"<table><tr><td>{menu}</td><td>{story}</td></tr></table>"
    if nested:
        layout = f"<table><tr><td>Valley Ledger</td></tr><tr><td>{layout}</td></tr></table>"
    return f"<html><head><title>Council votes to rebuild flood wall</title></head><body>{layout}</body></html>"


def test_rendering_kept_on_pages_laid_out_in_tables(cleaner):
    # On a page laid out in tables the extractor reads cells as blocks and may take a cell of
    # furniture with the story: the rendering's reading is kept without comparing the two.
    explanation = cleaner.explain_html(_table_page(nested=True))
    assert explanation.reading == f"{html_choice.RENDERING} (the page is laid out in 2 tables)"
    assert all(p in explanation.text for p in STORY_PARAGRAPHS)
    assert not any(t in explanation.text for t in TEASERS)
    # One layout table is too few to say: the readings are compared as on any page.
    assert "laid out" not in cleaner.explain_html(_table_page(nested=False)).reading
    fewer = Settings(html_rendering_layout_tables=1)
    assert "laid out in 1 tables" in Cleaner(settings=fewer).explain_html(_table_page(nested=False)).reading


@pytest.mark.parametrize(("extraction", "rendering", "kept", "why"), [
    ("one two three four five six", "one two three four five", html_choice.RENDERING, "the same story"),
    ("one two three four five six", "one two three four five six", html_choice.EXTRACTION, "keeps no more"),
    ("one two three four five six", "two three four five six seven", html_choice.EXTRACTION, "different text"),
    ("a b c d e f g h i j k l m n o p", "a b c d e", html_choice.EXTRACTION, "too little of the extraction"),
    ("one two three four five six", "", html_choice.EXTRACTION, "empty"),
])
def test_reading_choice_by_agreement_and_length(extraction, rendering, kept, why):
    choice = html_choice.choose(html_choice.features(extraction, rendering), Settings())
    assert choice.reading == kept and why in choice.reason


def test_explain_shows_the_reading_kept_and_why(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(_page(after_story=TEASERS), encoding="utf-8")
    ran = run_cli("explain", str(page), "--no-kept")
    assert ran.returncode == 0
    assert f"{html_choice.CHOICE_ID}: kept the rendering (100% of the rendering's reading" in ran.stderr.decode()


def test_byline_and_dateline_of_the_extraction_go_as_text_mode_would_drop_them():
    # The extractor keeps a byline and a date line that sit inside the story's container; text
    # mode drops them, so keeping them would leave an output that changes when cleaned again.
    header = "<p>By Anna Berg</p><p>Tuesday, 14 March 2023</p>"
    page = _page(after_story=[]).replace("<div class='story'>", "<div class='story'>" + header)
    extraction_only = Cleaner(settings=NEVER_RENDERING)
    explanation = extraction_only.explain_html(page)
    assert explanation.reading.startswith(html_choice.EXTRACTION)
    removed = {d.block.text: d.removed_by for d in explanation.decisions}
    assert removed["By Anna Berg"] == removed["Tuesday, 14 March 2023"] == "byline-dateline"
    assert explanation.text.split() == " ".join(STORY_PARAGRAPHS).split()
    assert extraction_only.clean(explanation.text) == explanation.text
