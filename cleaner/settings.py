"""Every threshold of the text pass, as data: ``Cleaner(settings=...)``.

    from dataclasses import replace
    from cleaner import Cleaner, Settings
    cleaner = Cleaner(settings=replace(Settings(), menu_min_run=6))

Words are counted as ``features.measure`` counts them (characters of
spaceless scripts count 1/cjk_chars_per_word each, of Thai, Lao, Khmer and
Myanmar 1/southeast_asian_chars_per_word). Each default says why it
has its value; the values were set while measuring on aeb-dev (see README).
"""

# Annotations evaluated, not postponed (no `from __future__ import annotations`):
# dataclass reads a string annotation with a regex, 139 times a start.
import math
from dataclasses import FrozenInstanceError, dataclass, fields
from typing import Any


# The methods dataclass writes naming each field are compiled from source
# at each start: for some 200 fields, __init__, __eq__, __hash__ and the
# frozen __setattr__ and __delattr__ took 17 ms, a tenth of `cleaner clean`
# on a small file. They are written below once, for every field: an
# instance's values are its __dict__, in field order.
@dataclass(init=False, repr=False, eq=False)
class Settings:
    """Every threshold of the text pass (see the module's docstring)."""

    # -- features: how a line is measured (cleaner/features.py) --
    # Average characters per word in Chinese/Japanese running text, so that
    # length thresholds written in words apply to spaceless scripts too.
    cjk_chars_per_word: float = 1.7
    # The same for Thai, Lao, Khmer and Myanmar, whose words are longer: a
    # syllable is a consonant with its vowel, tone and subscript marks, each a
    # character. Invented news text segmented by hand gave 4.7 (Thai), 5.1
    # (Khmer), 5.2 (Myanmar), 5.4 (Lao) characters a word; counted at the CJK
    # figure, a one-word menu item of Thai read as four words (a label's
    # limit, short_max_words) and a one-line sentence as a paragraph.
    southeast_asian_chars_per_word: float = 4.5
    # Spaceless scripts have no stoplist tokens: their lines count as having
    # this stopword density, neutral prose (above stopword_min_density).
    spaceless_stopword_density: float = 0.3

    # -- language identification (cleaner/language.py) --
    # Characters of the page's longest lines the identifier reads: on the
    # choosing folds 1,000 named the language as often as the whole page did,
    # at a tenth of the cost.
    language_sample_chars: int = 1000
    # No line gives the sample more than this, so that one quotation in
    # another language does not decide it.
    language_sample_line_chars: int = 300
    # Lines the sample may hold: those that end like sentences, and those of
    # this many words whatever their end (choosing folds: traf-dev F1 +0.003,
    # 3 pages named differently, the same for 5 to 20; aeb-dev and gn-dev
    # unchanged).
    language_sample_min_words: int = 8
    # The identifier's best candidates the stoplists then weigh...
    language_stoplist_candidates: int = 5
    # ...and how much a stoplist's evidence counts beside the identifier's
    # (log-likelihood units; 0.3 to 3 gave the same pages, 0.3 the best lines).
    language_stoplist_weight: float = 0.3
    # The stoplist as a unigram model: its words take this share of a text's
    # tokens, spread evenly, and other tokens share the rest over this many
    # words; a hit then counts less in a long stoplist than in a short one.
    language_stopword_share: float = 0.4
    language_vocabulary_size: int = 100_000

    # -- line patterns: a pattern marks only lines of at most so many words --
    skip_link_max_words: float = 8
    post_navigation_max_words: float = 25
    # A row of share buttons each worded with where it sends ("Partager sur Facebook Partager
    # sur X Envoyer par e-mail Copier le lien") runs past 12 words (blind_pages10, issue 12).
    share_bar_max_words: float = 16
    cookie_max_words: float = 150
    # A consent banner's bare buttons ("Accept all", "Settings") on this many lines at most right under
    # its sentence go with it (cookie-button; 0: none).
    cookie_button_max_lines: int = 3
    advertisement_max_words: float = 8
    # An advertiser's pitch, a question to the reader and the call to see a shop's offers, is one short line.
    shop_pitch_max_words: float = 20
    # A recipe card's row of controls or its readers' rating ("Imprimer Ajouter à mes favoris Ajouter à ma liste de
    # courses", 11 words), one short line.
    recipe_card_max_words: float = 16
    # A recipe's facts row ("Porsi: 6 orang · Persiapan: 20 menit · Memasak: 60 menit · Tingkat kesulitan: Mudah", 14
    # words), one line of a few labels and values.
    recipe_facts_max_words: float = 24
    # Comment-form small print and comment policies run to a short paragraph.
    comment_prompt_max_words: float = 70
    comment_header_max_words: float = 40
    # A commenter's signature below the comment ("- Jo, Leeds, UK") is a name
    # and a place or two: a few words.
    comment_signature_max_words: float = 7
    media_player_max_words: float = 8
    # The notice that the browser cannot play the clip is a sentence ("Votre navigateur ne prend pas en charge la
    # lecture de cette vidéo.", 12 words), longer than the player's buttons.
    media_player_notice_max_words: float = 14
    # A run of a table's cells, a cell a line (menu_table_min_number_share), that holds this many
    # bare times ("9:00", "31:42") and no other player control is a programme or a race's results:
    # its times are no clip lengths. Found on invented pages (tests/fixtures/cms_pages 45, 67-69).
    media_player_table_min_times: int = 3
    # ...counted across this many lines set among the table's cells that are
    # none (a newsletter box's pitch, a sentence) between two runs of cells
    # each at least media_player_table_min_times long (a list of clips, a
    # length over each caption, stays clip lengths): a box inserted into a
    # programme left too few times under it, taken for clip lengths, and the
    # programme too short for selection (issue 12: perturb_pages.py's
    # newsletter boxes inserted into a club's fixtures, session 38). 0 turns
    # it off.
    media_player_table_across_lines: int = 1
    # A live ticker's entry under its clock time ("18:40" / "Schools in the north will stay closed."): a
    # sentence of at least this many words (headers.ticker_stamps, which media-player and selection ask, with
    # media_player_table_min_times such stamps in clock order). Found on an invented clean article
    # (tests/fixtures/clean_articles).
    ticker_entry_min_words: float = 5
    # A cell of a table rendered a cell a line (a programme's film, "Les Vacances de M. Hulot") may be
    # longer than a menu's label: media-player's tables and story_table_after's. Found on invented pages
    # (tests/fixtures/cms_pages 67-69).
    table_cell_max_words: float = 8
    # A gallery's title over its label or picture count ("Die Brücke im Bau" then "Galerie", "14 Bilder"):
    # a headline's length. Found on choosing pages of traf-dev (folds 0-1).
    gallery_title_max_words: float = 15
    # A clip's or a gallery's link run into its title ("Video: Divers at the pier (2:14)"): a label and a headline,
    # some of them long ("Video: <a 16-word headline> (Outlet)"). Found on study sets and choosing pages of
    # traf-dev and gn-dev (folds 0-2).
    media_teaser_max_words: float = 25
    newsletter_max_words: float = 45
    # A newsletter box over the line newsletter-prompt (or the consent under the form) removed: its
    # heading, a few words without a full stop ("The Weekly Dispatch"), ...
    newsletter_box_heading_max_words: float = 8
    # ... one pitch of a sentence or two under it ("Our best stories, every Thursday.") ...
    newsletter_box_pitch_max_words: float = 25
    # ... and the form's buttons, kept as short lines between the pitch and the prompt ("Sign me up").
    newsletter_box_button_max_words: float = 4
    # A date line is none of a newsletter box's buttons: a story's byline and date over its first paragraph,
    # a box right under it, were read as the box's heading, button and pitch, and the story's lead went with
    # them (detectors.appeals.newsletter_box). A byline alone stays a heading: a post's closing byline over a
    # box's pitch. False turns it off.
    newsletter_box_dateless: bool = True
    # Nor is a byline right under a line that does not end as a sentence (the headline) any of a box's lines:
    # a story's byline alone over its lead, a box under it, was the box's heading and the lead its pitch.
    # Under a paragraph it may head a box (a post's closing byline over a box's pitch). False turns it off.
    newsletter_box_closing_byline_only: bool = True
    # Nor is the line that repeats the headline the page's title names (its longest part: the site's name is a
    # shorter one) a box's heading: a box whose heading is its prompt, set under the story's short first
    # paragraph, took the headline and that paragraph for its heading and pitch, and the story its region went
    # with them (perturb_pages.py, issue 12). False turns it off.
    newsletter_box_not_title: bool = True
    caption_max_words: float = 70
    copyright_max_words: float = 60
    machine_translation_max_words: float = 80
    affiliate_max_words: float = 80
    # A standings box (standings-box): its link to the full table, a few words ("Zur kompletten Tabelle"); its
    # heading ("Tabelle Bezirksliga Süd"); a row, a team and its figures ("1. FC Holzhausen 20 56:12 56 Pkt."); and
    # the rows it needs: two are a result, not a table.
    standings_link_max_words: float = 5
    standings_heading_max_words: float = 6
    standings_row_max_words: float = 12
    standings_min_rows: int = 3
    # A site's welcome (site-welcome): a paragraph opening with the site's greeting, of a few sentences; a welcome
    # box's heading, a few words ("Willkommen in unserer Pfarrei"); the box's lines under it, the site's
    # introduction in a paragraph or three and its quick links ("Snel naar" / "Wedstrijdschema Uitslagen Agenda");
    # 0 leaves the box to selection.
    site_welcome_max_words: float = 80
    welcome_heading_max_words: float = 6
    welcome_box_max_lines: int = 5
    # A disclaimer is a sentence or two ("... ersetzt keine ärztliche Beratung. Bei Beschwerden ..."); a story's
    # paragraph that opens so runs on.
    advice_disclaimer_max_words: float = 50
    author_bio_max_words: float = 70
    # An author box's name line: a name of a few words, alone.
    author_name_max_words: float = 4
    # The bio after it is a sentence of at least this many words.
    author_bio_min_words: float = 8
    # A job title between the name and the bio ("Senior reporter, Health desk"): a few words.
    author_title_max_words: float = 6
    # The paragraph under a bio's heading ("About the author") is the bio up to this many words.
    bio_under_heading_max_words: float = 150
    # Above the story's first paragraph that bio goes when the story follows it with as many words as it has:
    # counted in paragraphs (section_prose_min_words), or, where those fall short, in every line of this many
    # words or more under it (a story of short sentences, a changelog's or a how-to's items without full stops,
    # key points). Counted in paragraphs alone, the bio set over such a story stayed as the page's only
    # paragraph and the story went whole (perturb_pages.py's bio-above, issue 12). 0 turns it off.
    bio_story_line_min_words: float = 3
    company_boilerplate_max_words: float = 120
    byline_max_words: float = 20
    # A Chinese row of labelled facts over the story, the date's first (headers.META_ROW), is a byline up to this
    # many words: its writer's, photographer's and office's names make it longer than a byline (22 words for
    # "发布时间：2025-08-21 文章来源：能源与动力工程学院 作者：陈佳怡 摄影：赵宇航 浏览次数：862").
    meta_row_max_words: float = 40
    list_heading_max_words: float = 8
    # A read-also line is one headline after its label.
    read_also_max_words: float = 30

    # -- select-options --
    # A drop-down's options rendered on one line after its prompt ("Select a
    # team Atlanta Boston ..."): at least this many words, nearly all of them
    # capitalised (names and labels, not a sentence that starts "All the").
    select_options_min_words: float = 20
    select_options_min_title_case: float = 0.8
    select_options_max_words: float = 10_000

    # -- nav-menu --
    # A menu item is a few words without sentence punctuation.
    menu_item_max_words: float = 4
    # Runs shorter than this are left to main-content selection: a story can
    # hold a short list, but five bare labels in a row is a menu.
    menu_min_run: int = 5
    # ...or this many, where lines a detector removed stand right above and right below the run:
    # labels between two pieces of chrome (a story's tags between its share bar and its related links).
    menu_bounded_min_run: int = 3
    # A run of short lines of which at least this share hold digits is a
    # table rendered a cell a line (scores, prices, results): its label cells
    # are no menu. A menu's labels hold no digits; a date beside one is a few.
    menu_table_min_number_share: float = 0.3
    # A sentence of at least this many words that ends in a colon announces
    # the run of labels under it ("... pests, including:"): its list, no menu.
    menu_intro_min_words: float = 8
    # A run whose lines mostly start lower-case is a list of features or
    # points, not a menu: at least this share of its lines.
    menu_lower_case_share: float = 0.6
    # A run between two story paragraphs (sentences of at least menu_intro_min_words words) whose lines
    # are at least this share "Label: value" ("Birke: März bis Mai") is a fact box in the story, no menu.
    menu_fact_box_min_share: float = 0.6

    # -- comment-thread --
    # So many comment headers make a thread; fewer may be quoted in a story...
    comment_thread_min_headers: int = 3
    # ...and headers further apart than this belong to different threads (or
    # one is the story's own dateline).
    comment_max_gap_blocks: int = 12
    # The last comment's text: at most this many blocks after the last header.
    last_comment_max_blocks: int = 3
    # ...ending like sentences, or, right over the comment's button ("Reply",
    # a line comment-prompt removed), however it ends: readers leave off the
    # full stop. Left to selection, an unended last comment stood as a lone
    # paragraph under the story (issue 12, session 35: a club's news item
    # lost whole under perturb_pages.py's long-comments, once two comments
    # under a heading made a thread, comment_names_under_heading).
    last_comment_over_button: bool = True
    # A commenter's header (a date and time) above the comment heading with a
    # share bar under it, and a sentence, is the story's dateline over a short
    # story, not the first comment (comment-thread's _under_comment_heading):
    # a comment has no share bar. Issue 12: a two-paragraph story under its
    # dated byline went with the comments below it (perturb probe, 2 cases).
    comment_share_bar_is_story: bool = True
    # A thread's headers come from one template: a header above the comment
    # heading, over a sentence, in another shape than the two next headers,
    # which share one, is the story's dateline over a short story (a brief
    # above "3 comments"), not the first comment (digits and words are the
    # shape's parts: "Publié le 26 août à 10h10" against "12 mars 2023 à 10 h 15").
    # Issue 12: dated briefs of one to three paragraphs lost whole under an
    # inserted comment thread (study sets' pages under perturb.py's comment
    # perturbations, session 35).
    comment_header_shape_parts_story: bool = True
    # Comments that sign off below their text count as a thread only under a
    # comment heading: within this many removed blocks above the first comment.
    comment_heading_max_gap: int = 3
    # The first comment under a comment heading may stand under this many
    # short lines kept between them, no sentences: its commenter's name, a
    # time the detectors left ("vor 3 Tagen"), a sort box ("Sort by Best").
    first_commenter_max_lines: int = 3
    # Two commenter's lines or more make a thread under a comment heading
    # when the first stands under such short lines (the commenter's name over
    # the time, "Dave" / "June 4, 2025 at 9:12 am"), not only right under the
    # heading: two comments under "2 comments" were left to selection, and
    # under a club's news item they broke the item's run of sentences
    # (selection._sentence_run_at_end). Issue 12: invented page 99 lost whole
    # under perturb_pages.py's insert-comments (session 35).
    comment_names_under_heading: bool = True

    # -- counted cues: a block this short needs one cue, longer blocks need
    # *_min_cues, so that a story mentioning one cue in passing is spared --
    donation_short_words: float = 15
    donation_min_cues: int = 2
    donation_max_words: float = 150
    privacy_short_words: float = 25
    privacy_min_cues: int = 2
    privacy_max_words: float = 150
    contact_short_words: float = 12
    contact_min_cues: int = 2
    contact_max_words: float = 150

    # -- photo-caption --
    # A truncated first copy of a caption must be at least this long, so that
    # a short line that happens to open the next paragraph is not taken for one.
    repeated_caption_min_chars: int = 40
    # A gallery's slides, each caption opening with its counter ("3/8 – The crowd at dusk"): this many
    # lines of one count (8) are its slides; a single "1/2 – ..." may be a thread's post or a list's.
    slide_caption_min_lines: int = 3
    # A counter alone on its line ("3/8") takes the caption under it when
    # that holds at most this many words: a gallery's short captions set in
    # a story; a photo gallery's page tells its story in longer ones under
    # its counters. Not tuned: written for invented pages.
    slide_caption_under_max_words: float = 10
    # A credit whose label stands alone on its line ("Foto:"), the name on the next ("Anna Berg",
    # "picture alliance / dpa | Jo Lee"): the name's line has at most this many words and no
    # sentence's end; a paragraph under a lone "Bild:" is no credit.
    split_credit_max_words: float = 10
    # ... and the label's line at most this many pieces between spaces: the label alone ("Foto:",
    # "Photo :"), not a sentence that ends in a colon over a list.
    split_credit_label_max_words: float = 2

    # -- duplicate-copy --
    # Word n-grams compared between blocks: long enough that shared phrases
    # ("the president said on") rarely make two blocks look alike.
    shingle_words: int = 4
    # Blocks shorter than this are labels; repeating them is the business of
    # other detectors (menus, headlines).
    copy_min_words: float = 10
    # A block is a copy when this share of its n-grams occurs in other blocks...
    copy_covered_share: float = 0.8
    # ...spread over several of them, none covering more than this share: a
    # line that strings paragraphs together. One paragraph inside a long copy
    # stays (it is the original), and so do near-identical paragraphs.
    copy_max_single_source_share: float = 0.7
    # ...and holding at least this many of them whole (copy_covered_share of
    # their n-grams): a sentence that says again pieces of two paragraphs is
    # the story's own (a summary line), not the story strung on one line.
    copy_min_strung_blocks: int = 2
    # Blocks on each side whose words (copies aside) measure how much of the
    # page's text surrounds a copy.
    copy_context_blocks: int = 2
    # Copies of consecutive paragraphs this many blocks apart or fewer are one
    # copy of a passage, kept or removed whole.
    copy_run_max_gap: int = 2
    # A paragraph whose every copy stands between the same two lines of at
    # most this many words is a box the page shows twice (a newsletter's
    # prompt over its pitch over a share link): every copy goes
    # (copies._boxed_alike). 0 turns it off...
    copy_box_line_max_words: float = 15
    # ...when each copy stands at most this many blocks under the one before
    # (the box twice in a row): a story's standfirst between its headline and
    # byline, and again in a teaser of the story further down, stays.
    copy_box_max_blocks_apart: int = 6
    # Up to this many words in long blocks, a page is first told from sets of
    # its n-grams whether any block may be a copy (most pages: none); beyond,
    # straight to the hashed index, which keeps far less per n-gram.
    copy_sets_max_words: float = 20_000
    # On a text where no stage has found chrome yet (a bare article, see
    # keep_bare_articles), copies that hold this share of its words or more
    # stay: the text is the story printed twice, all of it article, and
    # dropping half of an input is for a deduplicating step to decide. Once a
    # pass finds chrome, the next one removes them.
    copy_bare_kept_min_share: float = 0.3
    # Of a passage duplicate-copy found twice, the copy it kept among more
    # words may be the one selection then removes (the story's lead printed
    # again above the page's menu, as a summary or a teaser box), while the
    # story's own copy, between its headline and its byline, went as the
    # copy: then the story's own copy stays instead, when it stands inside the
    # text kept or above its first line with at most lead_max_lines lines
    # between them, the header's lines not counted (selection.story_copies).
    # Issue 12: the perturbation probe's lead-copy-top. False: off.
    copy_kept_in_story: bool = True

    # -- duplicate-headline, byline-dateline, article-header --
    # Headlines and page titles are short; a repeated longer block is content.
    headline_max_words: float = 30
    # A part of a "Story - Site" title this long is a headline of its own.
    title_part_min_words: int = 3
    # A repeated line this long that ends with a full stop is a paragraph
    # shown twice (a summary, a caption), not a headline: duplicate-copy decides.
    repeated_sentence_min_words: float = 12
    # A headline: mostly capitalised words, no sentence-final full stop.
    headline_min_words: float = 4
    # A repeated short line directly above a paragraph this long, one of
    # labels that recur in turn, is a section's subheading, kept.
    section_prose_min_words: float = 12
    # A passage of at least this many short lines shown again whole, in the same order, at least
    # refrain_min_lower_lines of them starting in lower case (lines that run on: verse), is a song's chorus
    # or a poem's refrain, kept (headers._refrains). Found on an invented clean article (tests/fixtures/
    # clean_articles, lyrics-en).
    refrain_min_lines: int = 3
    refrain_min_lower_lines: int = 2
    headline_title_case_share: float = 0.6
    # A run of at least this many adjacent dated lines right under a line
    # ending in a colon is the story's list of dates (school holidays,
    # deadlines), no dateline (headers.announced_dates). Found on the study
    # set structured_pages (issue 12).
    announced_dates_min_lines: int = 3
    # A dated line opening with a label ("When:", "Datum:", "Quando:") right over this many labelled
    # lines or more, one under the other, none a byline's ("Where:", "Tickets:"), is one of an event's
    # facts, no dateline (headers.dated_fact_rows). Found on the study sets cms_pages, blind_pages6 and
    # blind_pages9 while studying blind_pages15 (issue 12). 0 turns it off.
    dated_fact_row_min_rows: int = 2
    # A date alone on its line (no label) right over an event's facts, the place named without a label,
    # then a line that opens with one ("Friday 12 June, 7.30pm" / "The Old Boathouse, Riverside Walk" /
    # "Tickets: £12"): the event's date, no dateline, and with its facts the story's, above the text or a
    # row of buttons over it (headers.event_facts_under, selection.fact_box_before). A dateline stands over
    # a byline or labelled metadata, not over a place. Found on the study sets blind_pages15, blind_pages16
    # and traf-dev's choosing pages (an exhibition's dates and place; issue 12, session 37). False turns it off.
    unlabelled_event_dates: bool = True
    # A line holding two dates this many years apart or more is a life's dates ("Born 3 May 1926; died
    # 6 February 2011": an obituary's), no dateline (headers.life_dates). Found on the study sets
    # shapes_pages and blind_pages15 (issue 12). 0 turns it off.
    life_dates_min_years: int = 10
    # A place and a date alone ("Oberwilzing, 31.10.2016") right under a sentence's end, over one line to
    # this many in its group, each of at most byline_max_words words, no sentence's end (the signer: "gez.
    # Anna Berg, Bürgermeisterin"), close a notice or a letter: no dateline, and selection keeps them under
    # the story's last line (headers.closing_lines). Found on the study sets blind_pages12 and blind_pages15
    # (issue 12). 0 turns it off.
    closing_date_max_signer_lines: int = 2
    # A Chinese notice's issuer (落款), a name of at most this many characters, no digit, no mark, over the
    # notice's date alone ("松原区医疗保障局" / "2024年10月8日"), under the story's last line or up to
    # issuer_contact_max_lines short lines under it (a contact: "咨询电话：0438-5210000"): no dateline, and
    # selection keeps them (headers.issuer_closing). Found on the study set languages_pages5 (issue 12).
    # 0 turns it off.
    issuer_max_chars: int = 30
    issuer_contact_max_lines: int = 1
    # ...and so is such a run right under a heading (a line of at most
    # story_list_heading_max_words words, no sentence's end) set below the
    # story's first paragraph, with a paragraph right under the run: the
    # story's timetable under "Key dates" (a dateline stands above the
    # story, alone). Found on blind_pages11 (issue 12).
    headed_dates_in_story: bool = True
    # ...and the story may go on under the run with its next section rather than a paragraph: a short
    # heading over a line that ends like a sentence (a school's admissions notice: its timetable, then
    # "Documents required" and their list). Found on blind_pages12 (issue 12). No choosing figure moves (folds 0-1, 2).
    dates_before_next_section: bool = True
    # A run of at least this many adjacent lines that open with ranks counting up by one ("1. Tove
    # Ekström, Mora IK 4.12.35", "2. ...") is a table of results, whose times may read as dates: no
    # dateline (headers.ranked_rows). Found on an invented clean article (tests/fixtures/clean_articles).
    ranked_rows_min_lines: int = 3
    # Blocks allowed between the headline and a bare-name byline (a standfirst).
    max_standfirst_blocks: int = 2
    # The story's first paragraph, right after the byline, is at least this long.
    body_start_min_words: float = 25
    # A news agency's name alone is a byline only above the story's first
    # line of at least this many words; below it, a line of the story.
    agency_line_prose_words: float = 10

    # -- related-list, teaser-list --
    # The items of a list of other articles are headlines: they rarely run
    # past this many words.
    headline_item_max_words: float = 30
    # A list under a heading ends at the story's own headline (a line that
    # repeats a part of the page's title) whatever its items' length, not
    # only after a teaser of a paragraph's length (detectors.lists._list_end):
    # a site's list of section labels ran on over the story's caption,
    # headline, dateline and byline, which so hid the story's header from
    # selection's rules that keep what stands under it. Folds 0-1, text F1:
    # traf-dev 0.9564 -> 0.9573 (one page, recall +0.0017), gn-dev 0.9855
    # -> 0.9854 (a dateline's first line kept), aeb-dev unchanged; HTML
    # gn-dev -0.0002, the others unchanged; fold 2: gn-dev text -0.0002,
    # HTML -0.0001, the others unchanged; clean bodies unchanged.
    list_ends_at_own_headline: bool = True
    # A page's title of one part (no separator: "Harbour town reopens its pier"), title_part_min_words
    # long, is the story's headline: a teaser list above the story ends at its repeat as at a part's
    # (detectors.lists._own_headlines); the story's headline and standfirst, a headline over a sentence,
    # went as the list's last item. Not for a related list's end (_list_end): a list run on over the
    # story's header took the sponsored links under it too (gn-dev, text and HTML).
    title_alone_is_headline: bool = True
    # Two complete sentences in a row this long end a list: the story resumes
    # (or starts). A teaser under a list heading is one sentence after a headline.
    list_end_sentence_words: float = 10
    # A whole sentence this long after this many headlines in a row ends a
    # list too: the story's paragraph after a box of headlines set in it
    # (chosen on folds 0-2 from 12, 15, 20, 25 words and 1, 2, 3 headlines:
    # 12 cost aeb-dev and gn-dev; one headline gained traf-dev a page more,
    # but would end a list of headline-and-teaser items at its first teaser).
    list_end_paragraph_words: float = 15
    # A list's items stand line under line: after two or more of them, a line set apart by blank lines
    # with a paragraph right under it is the story's next subheading, and the list ends above it.
    list_ends_at_set_apart_subheading: bool = True
    # A list ends where the story's table of figures opens: at least this many rows in a row, each
    # ending with story_table_row_figures or more cells that are figures after a cell of words ("Ryle
    # 3200 24"), with the line that announces it (ending in a colon) and its header row above them (a
    # headline ends in a word or a single year). A box of links set in the story ran on over the table under
    # it (lists._story_table_at). Found on the study set blind_pages16 (issue 12). 0 turns it off.
    list_ends_at_story_table_rows: int = 3
    story_table_row_figures: int = 2
    # A box set in the story ("Read also" and its headlines) whose last line,
    # every line set apart, is at most subheading_max_words words over the
    # story's paragraph, under items all longer, ends above it: that line is
    # the story's next subheading, not a headline (lists._without_subheading_at_end).
    # Found on the study set blind_pages4 (issue 12). False turns it off.
    box_ends_at_short_subheading: bool = True
    # ...and so does such a short line that asks ("¿Y ahora qué?", "Who pays?"): the
    # box's longer headlines above it, the story's paragraph under it. Found on the
    # study set blind_pages10 (issue 12). False: a short line that asks stays the box's.
    box_short_subheading_may_ask: bool = True
    # ...and so does one whose heading and items stand in one group of lines
    # (no blank line between them) with that last line set apart under the
    # group, a line of up to story_subheading_max_words words without a full
    # stop (or a question) over the story's paragraph: the box ended at its
    # blank line ("Lesetipp" over one headline, then the story's subheading
    # "Hilft das wirklich?"). Issue 12 (session 25), a choosing page's box of
    # one headline: no choosing figure moves. False turns it off.
    box_ends_at_its_group: bool = True
    # A box set in the story ends, after its first headline, at a paragraph that opens
    # with a quotation: the story's reported speech, no teaser of that headline (a teaser
    # opens with its own words); and the box is set in the story when one stands under it.
    # Found on the study set blind_pages10 (issue 12). False: such a paragraph may be a teaser.
    box_ends_at_quoted_paragraph: bool = True
    # ...and so at a paragraph of two sentences or more: a teaser says its story in one.
    # Found on the study sets blind_pages10 and blind_pages3 (issue 12). False turns it off.
    box_ends_at_sentences: bool = True
    # ...and so does such a line that asks a question, of any length, when at
    # least this many other questions stand set apart over the story's
    # paragraphs: an explainer's next question (lists._explainer_question).
    # Found on the study set blind_pages9 (issue 12). 0 turns it off.
    box_question_subheadings_min: int = 2
    list_end_after_headlines: int = 2
    # A list whose items stand one a line, at least this many lines together right under its heading
    # with no blank line between them, and whose lines run on to a sentence of the story, ends at the
    # blank line under that group unless the group after it holds as many lines (items of several
    # lines each, a group an item): the lines further down, above the story's sentence, are the
    # story's list or table under a box of headlines set in it, which the list ran on over (found by
    # benchmarks/perturb.py, insert-related-mid). 0 turns it off.
    list_block_min_lines: int = 3
    # ...and so does a list whose heading stands under no paragraph when one
    # of the first this many lines under that group has the shape of one of
    # as many lines right above the heading (lists._line_shape: opening with
    # a quotation mark, a short label and colon such as "Q:", or a digit;
    # ending with a sentence's stop or a closing bracket), a shape none of
    # the items has: the story's list (testimonials and their sources,
    # questions and answers) goes on under a box of headlines set in it, and
    # the related list ran on over it (issue 12, perturbation probe,
    # insert-related-mid: 14 of 29 related-mid cases that lose text lost
    # lines to the list). No choosing page's text or HTML output changes;
    # ending the items there under any line kept changed 8 choosing pages'
    # text (an advertisement, photo credits, an archive's months kept). 0
    # turns it off.
    box_story_shape_lines: int = 2
    # ...and so does one whose heading stands right under a section's heading
    # set apart by blank lines over no line of its own, under the group of
    # lines of the section before (lists._section_heading_over_box): the box
    # was set between a section's heading and its lines, and the related
    # list ran on over them (issue 12: perturb_pages.py's insert-related-mid
    # on a strike's timetable by mode of transport, session 38). False
    # turns it off.
    box_under_section_heading: bool = True
    # ...and so does one set in a table rendered a cell a line
    # (chrome.cell_tables) that holds this many cells or more above its
    # heading and as many right under the items' group
    # (lists._table_goes_on_under_box): the related list ran on over the
    # table's rest, and a programme's or a fuel price table's second half
    # went (issue 12: perturb_pages.py's insert-related-mid, session 38;
    # a row is three or four cells). 0 turns it off.
    box_in_table_min_cells: int = 4
    # ...and that list's items end at the group's blank line when the lines
    # under the group take up that shape, though no sentence of the story
    # follows them: a programme's times or a news item's short sentences run
    # on to the page's end under the box, and the list ran on over them
    # (issue 12: invented pages 27 and 99 lost whole under perturb_pages.py's
    # insert-related-mid, session 37). False turns it off.
    list_group_ends_at_story_shape: bool = True
    # A line of at least this many words that starts in lower case is no
    # headline but a fragment of prose: the story's key points in a bullet
    # list ("funding prioritised for villages with no service"). A list under
    # a heading ends before the group of lines (up to a blank line) that holds
    # at least story_bullet_min_lines of them: a sidebar's related list set
    # right above the story's own bullets took them as more headlines. Not
    # tuned: headlines start in capitals, and a tag of one or two words is
    # shorter.
    story_bullet_min_words: float = 6
    story_bullet_min_lines: int = 2
    # A box of headlines set in the story ("Mehr zum Thema", "Related
    # stories"): a whole sentence of at least this many words right above its
    # heading and right under its items, and at most this many items. The
    # sentence under it ends the box after list_end_after_headlines headlines.
    # Not tuned: the boxes the choosing folds hold stand between longer
    # sentences; a box of one to three headlines is what sites set there.
    inline_related_prose_min_words: float = 8
    # A shorter whole sentence of at least this many words under two
    # headlines or more of such a box, with the story's paragraph right under
    # it, is the story's one-sentence paragraph, not the last headline's
    # teaser (teasers stand under each headline). Not tuned: written for
    # invented pages (tests/fixtures/scripts_pages), checked on the choosing folds.
    box_short_paragraph_min_words: float = 3
    inline_related_max_items: int = 5
    # The same box without a heading (lists._unheaded_boxes): a group of at
    # least this many lines (no blank line between them, as a renderer sets a
    # list's links) up to inline_related_max_items, each of this many words
    # up to headline_item_max_words, opening with a capital and ending with
    # no mark (a headline's shape: a sentence, a clause or a list's item
    # announced with a colon ends with one), with a blank line and a whole
    # sentence of the story of unheaded_box_prose_min_words words or more
    # right above and right under it, and the lines not mostly "Label:
    # value" rows (menu_fact_box_min_share: a story's figures, "Cost: 38
    # million"). Issue 12 (session 25): on the choosing folds this shape
    # stands between two paragraphs on 7 pages of 5 sites of the three sets,
    # each time the site's other headlines (3 of them labelled "Video:",
    # "In pics:", spared as rows); a single line is a subheading, and
    # shorter lines are a subheading's kicker or an address.
    # Without a heading to say it is a box, only a real paragraph on each
    # side: under shorter lines, a programme's entry (a speaker's name and
    # role over the talk's title, then the next speaker's) took the shape.
    unheaded_box_min_items: int = 2
    unheaded_box_item_min_words: float = 4
    unheaded_box_prose_min_words: float = 15
    # Lines that each part this many fields or more with commas, the same number on every line ("Anna Berg,
    # joiner, grade 5.3"), are rows of the story's table, no box of headlines: other articles' headlines
    # differ in shape, and few part three fields. Found on blind_pages18 (a firm's list of its apprentices).
    record_row_min_fields: int = 3
    # A box's heading right between two of the story's paragraphs, the one under it no teaser (two
    # sentences or more, or a quotation: see lists._no_teaser), is a box whose links the extraction
    # dropped: the heading alone goes, as the box's (an interruption), not the paragraph as its
    # teaser. Found on blind_pages12's HTML (issue 12). No choosing figure moves (folds 0-1, 2).
    box_heading_alone_in_story: bool = True
    # A box's heading right under the story's last paragraph over this many items or more, each a headline
    # (a date, a byline or a kicker with it maybe) over one paragraph of a teaser's length set with it, each
    # item a group of its own, no paragraph of the story under them (lists._teaser_cards_end), heads the
    # list of other articles under the story, whatever its first paragraph reads like (two sentences read
    # as the story going on under a box's one headline). Found with perturb.py's teasers-below (session
    # 33); no choosing page's output moves. 0 turns it off.
    box_teaser_cards_min: int = 3
    # A list heading of at most this many words without a colon ("Aktuelles",
    # "Tags") between two menu labels is a menu's entry, not a list's heading
    # (chosen on folds 0-1: any length cost gn-dev, where "Most Popular" sits
    # in menus over real lists; one word gained traf-dev 0.9302 -> 0.9311).
    list_heading_menu_max_words: float = 1
    # A run needs this many "Author ·" lines to count as a list...
    byline_run_min: int = 2
    # ...whose items are at most this many blocks (title, teaser, byline...).
    max_item_blocks: int = 4
    # "Story headline (142)": this many headlines with counts in a row.
    counted_run_min: int = 3
    # ">> Storm hits coast", "» Bridge to reopen": this many link lines in a row.
    arrow_run_min: int = 2
    # "Party system — A party system is a concept in… … Encyclopedia": this many excerpts in a row,
    # each cut off and followed by its source (a box of entries from other works or sites).
    sourced_run_min: int = 3
    # "12. https://site.example/news/": this many numbered addresses in a row (a text browser's list
    # of the page's links under the page, lynx's "References").
    address_run_min: int = 3
    # A teaser is one sentence or two: prose of this many words at most (the
    # items of a listicle, which are content, run longer)...
    teaser_min_words: float = 8
    teaser_max_words: float = 45
    # ...under a headline line (or a headline and a kicker, time or author label).
    max_item_labels: int = 3
    # This many headline-and-teaser items in a row make a list of other articles.
    teaser_run_min: int = 3
    # A clock time alone on its line right over a paragraph ("15:42 Uhr",
    # "3:42 p.m.") is no teaser's headline: a live ticker's entry under its stamp.
    ticker_stamps_are_entries: bool = True
    # The ticker's entry the story's first kept paragraph belongs to is the
    # story's from its stamp: the stamp and the entry's title right above
    # that paragraph ("16:41" / "Rain to ease overnight" / its text), which
    # the region, starting at the first paragraph, leaves out; the later
    # entries' stamps stand between kept paragraphs (selection.ticker_entry_above).
    # Found on the study set blind_pages13 (issue 12). False turns it off.
    ticker_first_entry_from_stamp: bool = True
    # A run of items that flows straight into this many paragraphs is the
    # story's top, its paragraphs set between captions, bylines and links.
    teaser_story_paragraphs: int = 3
    # A run of items with no paragraph right above it, whose last item has this many paragraphs right under
    # it (fewer than teaser_story_paragraphs), ends above that item: the story's headline over its lead,
    # under other stories' teasers with no byline between (detectors.lists._story_lead_item). 0 turns it off.
    teaser_lead_story_paragraphs: int = 2
    # A run where this share of the items' paragraphs are questions is a page
    # of questions and answers.
    teaser_question_share: float = 0.5
    # A run of at least this many lines one under another, each ending in a
    # semicolon, and the line under them are the items of one sentence's
    # enumeration (a question's list of what was tried, a release's list of
    # features: "...;" then "... ."), no headline of another article's
    # teaser (0: no such run spares its lines). Found on blind_pages11 (issue 12).
    enumeration_min_items: int = 2
    # ... also under one subheading of at most this many words: the story's
    # next section after sections the run took for teasers.
    teaser_subheading_max_words: float = 8
    # A run holding more than this share of the page's prose is the page's own
    # content (a list of quotes, a listicle), not a list beside it.
    teaser_max_prose_share: float = 0.5
    # A run where this share of the items stand under labels that recur in
    # other items is one article's parts under the same subheadings.
    teaser_recurring_label_share: float = 0.5
    # ...under at least this many different recurring labels (one label over
    # every item is a gallery's or a thread's).
    teaser_recurring_labels_min: int = 2
    # A run where this share of the items stand under step numbers counting
    # up one by one ("Step 1", "Step 2") is a recipe's or a how-to's steps.
    teaser_step_share: float = 0.5
    # ...and so does one under numbered subheadings counting up one by one
    # ("1. Wash the bike", "2. Check the tyres"): a how-to's or a listicle's
    # sections, each one paragraph long, not a list of other articles.
    teaser_numbered_headings_are_steps: bool = True
    # A run of items of one short subheading each (teaser_subheading_max_words), right under a run of this
    # many paragraphs or more under such a subheading between paragraphs (only the story's interruptions
    # removed between: an advertisement's label), is the story's last sections: a review's "Materials" and
    # "Verdict" before its author's box. A comment over one paragraph under each name is no section
    # above them. Found on the study set blind_pages15 (issue 12). 0 turns it off.
    teaser_sections_above_min_paragraphs: int = 2

    # -- table-of-contents --
    # A table of contents lists this many of the article's subheadings or
    # more (chosen on folds 0-2 from 2, 3, 4: 2 gained traf-dev a page)...
    contents_min_entries: int = 2
    # ...each a line of at most this many words...
    contents_entry_max_words: float = 20
    # ...over a section holding a line of this many words: a footer's columns
    # of links under the header menu's names hold shorter ones (5 lost a
    # traf-dev page on folds 0-2; 8 and 12 did the same).
    contents_section_min_words: float = 8
    # A table of contents worded unlike the subheadings it leads to ("Day one"
    # over "Day 1: the old town"): under a contents heading ("Contents",
    # "Sommaire"), lines set one under another, with as many of the story's
    # subheadings below them (lists._contents_under_heading). Found on the
    # study set blind_pages4 (issue 12). False turns it off.
    contents_by_heading_and_sections: bool = True
    # The contents heading goes with the entries found under it when at most this many
    # lines of the contents stand between, entries worded unlike their sections ("1. Where
    # mould starts" over "When mould grows": a contents' first entry is often the shorter).
    # Found on the study set blind_pages10 (issue 12). 0: only a heading right above them.
    contents_unmatched_entries: int = 2
    # A wiki's subheadings carry the links that edit their sections ("Historie
    # [editovat | editovat zdroj]", "History [edit]"), its contents the bare
    # headings ("1 Historie"): entries and subheadings compared without the
    # links in brackets at their end (lists._EDIT_LINKS), and the contents
    # found; the toggle that folds them away, in brackets on its own line
    # between their heading and the entries ("[hide]", "[skrýt]"), goes with
    # the heading (lists._toggle). Found on the study set blind_pages22
    # (issue 12). False: compared as they stand, no toggle known.
    contents_wiki_marks: bool = True

    # -- fragments: a paragraph split over lines (see fragments.py) --
    # A line in lower case continues the line before it when that line is no
    # longer than a link's text (a name, a title): after a longer line, a
    # line in lower case is as likely a comment written without capitals.
    fragment_link_max_words: float = 6
    # Text wrapped at a fixed width (lynx and w3m dumps, html2text, mail):
    # of a page's lines of wrap_line_min_words words or more (wrap_min_lines
    # or more), wrap_near_edge_min_share end within wrap_edge_chars
    # characters of one right edge, between wrap_min_width and wrap_max_width
    # (renderers and mail wrap at 72 to 80 columns; verse, whose lines end where
    # the poet broke them, unpunctuated and of about one length, is shorter), wrap_within_min_share
    # break before it (all but a last word that could not be broken), and of
    # those at the edge wrap_unfinished_min_share stop mid-sentence (sentences
    # a line each, of about one length, are no wrapped text). A page renderer's lines are paragraphs of every length,
    # most running far past any edge: of the dev sets' texts (html-text's
    # renderings), 2 pages of 583 on folds 0-2 are read as wrapped; of their
    # lynx, w3m and html2text renderings, 80% to 100% (benchmarks/renderings.py).
    # wrap_min_lines is low so that a short story a first pass kept is still
    # read as wrapped when its text is cleaned again (at 8 its first line, a
    # sentence's start with a date, went as a dateline then), but the edge
    # must hold wrap_edge_min_lines of them (two long lines of about one
    # length among a few are no wrapping); the html-text renderings read as
    # wrapped stay the same 2 of 583 either way.
    wrap_line_min_words: float = 8
    wrap_min_lines: int = 4
    wrap_edge_min_lines: int = 3
    wrap_edge_chars: int = 15
    wrap_min_width: int = 60
    wrap_max_width: int = 160
    wrap_near_edge_min_share: float = 0.4
    wrap_within_min_share: float = 0.9
    wrap_unfinished_min_share: float = 0.5
    # On such a page a line of a list's item goes on from the one above when
    # the next line's first word would not have fitted on it, were it indented
    # by this many characters: lynx and w3m indent an item's wrapped lines
    # (3 to 6 columns), which a block's text is read without.
    wrap_indent_chars: int = 6

    # -- main-content selection --
    # A paragraph of prose: this many words, ending like a sentence...
    good_min_words: float = 10
    # ...or this many words whatever its end (long quotes, lists of clauses).
    good_any_end_min_words: float = 30
    # Below this share of stopwords a line is a list of names, not prose
    # (jusText's STOPWORDS_LOW is 0.30 on its tokenisation; ours counts more tokens).
    stopword_min_density: float = 0.2
    # An unpunctuated line this rich in stopwords reads as a sentence (a list
    # item of prose) rather than a headline, whose words are mostly names.
    list_item_stopword_density: float = 0.45
    # A line of this many words without a single clause mark (comma, full
    # stop, colon...) is a list (tags, an archive of months, names), not prose
    # (traf-dev's choosing folds: 15 to 45 gave the same pages; aeb-dev and
    # gn-dev and their clean bodies unchanged).
    unpunctuated_list_min_words: float = 30
    # A line of this many words or more right under the story's header (at
    # most header_region_max_lines lines under a headline, byline or
    # dateline), with clause marks but too few of the page's stopwords to be
    # prose, is measured again with the stoplist of its own language
    # (identified from the line alone) when that differs from the page's, and
    # is a paragraph when it reads as one there; so are the lines right after
    # it that read as prose in that language (selection.foreign_story_lines).
    # The page's language is guessed from its longest lines, and where the
    # chrome is in another language than the story (a German blog's menus and
    # boxes around a review in English), the story's lines read as lists of
    # names and the story was lost whole. Under the header only: anywhere,
    # English cookie tables, references and site notices on German pages
    # became paragraphs (folds 0-1 traf-dev text 0.9592 -> 0.9583, 10 of 278
    # choosing pages changed, a story lost to a cookie table). 0 turns it off.
    foreign_prose_min_words: float = 10
    # ...when those lines hold at least this share of the words of the page's
    # paragraphs in its language: the page's prose is theirs, its language
    # guessed from the chrome. A quotation in English inside a German forum
    # post, right under the post's date, is a small part of the prose around
    # it (without this, lynx's rendering of a traf-dev choosing forum page
    # lost its posts to a quoted reply).
    foreign_story_min_share: float = 1.0
    # Fewer words than this is a label, not a sentence.
    short_max_words: float = 4
    # A page whose blocks all read as prose (a lone paragraph without a full
    # stop, a post ending in emoji or hashtags, a poem), with more words than a
    # label and no chrome found by the detectors, is all content: when selection
    # would keep less than this share of its words, its shape rules misread it
    # and the page is kept whole.
    all_content_min_kept_share: float = 0.5
    # When the region selection chose holds fewer words than this (a site's
    # tagline above its menu, where the story is a list or a program of short
    # lines that scores nothing as prose), it gives way to the stretch of the
    # blocks the detectors left, between two pieces of chrome, that holds the
    # most words, if that holds this many. Chosen on folds 0-1 (traf-dev text 0.9405 -> 0.9423, the
    # same from 20 to 40 words; aeb-dev, gn-dev unchanged).
    selection_min_kept_words: float = 30
    # A text in which no detector found chrome, nor a header under its first
    # paragraph (a bare article, as a clean article given as input is: it may
    # open with its byline), is kept whole by selection: what its shape rules
    # would cut there is the article's own tables and lists.
    # On the choosing folds this kept 0.993 / 0.985 of the aeb-dev / gn-dev
    # clean bodies against 0.982 / 0.979 (F1 of the pages: see README).
    keep_bare_articles: bool = True
    # Score of a non-prose block per word, and its floor and ceiling.
    bad_cost_per_word: float = 1.0
    bad_min_cost: float = 2.0
    bad_max_cost: float = 12.0
    # A list's mark alone on its line (w3m, lynx: "•" over an item that opens with a
    # paragraph) costs a region nothing: a short line each, a story's list of quotes
    # under such marks scored below the lines around it and was lost whole
    # (benchmarks/renderings.py, issue 12). False: it costs bad_min_cost.
    bare_list_mark_costs_nothing: bool = True
    # What a NEAR block adds: a little, so short sentences join paragraphs.
    near_score: float = 1.0
    # An unpunctuated line of prose words this long right at the region's
    # edge is the story's sentence that lost its full stop: longer than the
    # headlines and teasers written in sentence case that stand there.
    unfinished_edge_min_words: float = 20
    # ...and one of this many right under the story's headline is its
    # standfirst ("Next squad meets in March for two friendlies against the
    # Dutch"), kept as html-lead keeps a lead. Chosen on folds 0-1 (6 and 10
    # the same): traf-dev text 0.9352 -> 0.9361 (one page), aeb-dev, gn-dev,
    # HTML mode and clean bodies unchanged; fold 2 unchanged everywhere.
    # Kept however far below it the body starts (selection.story_lead: a
    # byline, a share bar, a paywall's notice between): folds 0-1 traf-dev
    # text 0.9423 -> 0.9432, fold 2 0.9392 -> 0.9412 (3 pages better, none
    # worse); aeb-dev, gn-dev, HTML mode and clean bodies unchanged.
    standfirst_edge_min_words: float = 10
    # A subheading kept before a paragraph is at most this long...
    heading_max_words: float = 12
    # ...except before the first paragraph, where a line of headline length is
    # the headline (metadata) and only a short section heading is content.
    lead_heading_max_words: float = 4
    # ...but a line right between the story's headline and its first
    # paragraph, of this many words or more of prose, unended and without a
    # digit, is the headline's deck and kept (selection.headline_deck; 0:
    # never). One page of folds 0-2 changes in text mode (a deck of 8 words):
    # folds 0-1 traf-dev text 0.9574 -> 0.9583 (recall 0.9615 -> 0.9633),
    # every other figure, fold 2 and clean bodies unchanged. Any line of prose
    # words right under the headline, ended or not, however far below it the
    # body starts (6 or 8 words): folds 0-1 text traf-dev +0.0019, aeb-dev
    # -0.0064, gn-dev -0.0006 (their truths leave standfirsts out).
    headline_deck_min_words: float = 5
    # The page's last text below the region, a heading right under chrome
    # the detectors removed over this many adjacent sentences or more and
    # then only short lines (a sign-off), is kept beside the region
    # (selection._sentence_run_at_end): a club's or a parish's one news item
    # of short sentences, each scoring little, under the site's longer welcome
    # text and a share bar. 0: never. Folds 0-2 unchanged at 3, 4 and 5 (every
    # set, text and HTML, clean bodies: it fires on no dev page's scored text);
    # invented page 99 mended (cms_pages text: 18 -> 15 of 582 lines lost,
    # chrome kept 36 of 785 either way).
    sentence_run_min_sentences: int = 3
    # That heading is the last line under chrome with the run under it, not
    # the page's last line under chrome: a box under the news item (comments,
    # an author's bio, a newsletter form) or the footer set above the item's
    # sign-off ("The committee") leaves the sign-off under chrome, where it
    # was taken for the heading and the item lost whole. Issue 12: invented
    # page 99 lost under 9 of perturb.py's changes applied to the study sets
    # (session 35).
    sentence_run_heading_past_sign_off: bool = True
    # A box set between that heading and the item's first sentence (a consent
    # banner, a newsletter form, at most story_halves_max_box_lines lines, all
    # removed, none a comment prompt, header line, menu or footer notice)
    # leaves the sentence under chrome, where it was taken for the heading:
    # the heading is the line over the box when it reads as words (a SHORT
    # line; a text browser's numbered link is none: gn-dev's lynx rendering
    # kept a References list) (selection._heading_over_box).
    # Issue 12: invented page 99 lost whole under perturb_pages.py's
    # insert-cookie-mid, insert-newsletter-mid and foreign-newsletter-mid
    # (session 37). False turns it off.
    sentence_run_heading_over_box: bool = True
    # The short lines between the story's first paragraph (its standfirst)
    # and its second are the header's metadata (a byline, a date, a share
    # bar's labels, a caption's credit: "Por Ana Ruiz", "Data: 28-04-2021",
    # "Foto:") rather than labels of the story, when the two are at most this
    # many page lines apart and a detector other than a headline's removed a
    # line between; only a subheading without a digit right above the second
    # stays (selection.header_gap). 0 keeps them all. Folds 0-1: traf-dev
    # text 0.9506 -> 0.9514 (P 0.9432 -> 0.9448, R unchanged); fold 2: aeb-dev
    # text P 0.9796 -> 0.9797, the rest, HTML and clean bodies unchanged.
    # Counting a line with a digit as the header's too cut a recipe's oven
    # settings between its numbered steps (traf-dev R 0.9580 -> 0.9563).
    header_gap_max_lines: int = 8
    # ...and at least this many lines between them: one line (a time) parts a
    # live blog's entries, one line above the second is its subheading.
    header_gap_min_lines: int = 2
    # An attribution line after a quote is at most this long.
    attribution_max_words: float = 14
    # What each block removed by a chrome detector costs a region that
    # crosses it. One chrome line weighs as much as a one-sentence paragraph,
    # so only more prose than that per line of chrome pulls the region across.
    removed_block_cost: float = 15.0
    # ...but for a box of at most this many removed lines set right under a
    # line that stops mid-sentence (after a comma, an opening bracket or a
    # word such as "and") when the line under the box starts in lower case
    # (fragments.goes_on_under_box): no story ends there, so the box (a
    # related list or newsletter pitch set inside the story's list) costs
    # nothing and the story's two parts stay one region; a list heading
    # there ends its items at their group's blank line as one under a
    # paragraph does (list_block_min_lines). Issue 12 (perturbation probe,
    # insert-related-mid: an article's list of changes cut at the box, both
    # halves lost to a portal's teasers). Without the lower-case test,
    # html2text's wrapped teaser links (each line stops anywhere) crossed
    # boxes (a renderings probe page). 0 turns it off.
    box_in_sentence_max_lines: int = 8
    # ...and so under a sentence's piece (a line that starts in lower case
    # and ends like no sentence: fragments.sentence_piece), a list item over
    # items of its own ("rising rates" / box / "from 1 January for cigars,").
    # Issue 12 (perturbation probe, insert-related-mid: the box set under
    # such an item cut the law's list of changes, and the story went with
    # the half under it). False: off.
    box_under_sentence_piece: bool = True
    # What the region holds after the last chrome it crosses (a newsletter
    # box's text, an author bio under its heading, a comment policy) is
    # dropped (chrome-tail) when it is no run of paragraphs and holds at most
    # this share of the words before that chrome. Chosen on folds 0-1 from
    # 0.1, 0.2 and 0.35 (F1 there: aeb-dev +0.0004/+0.0021/+0.0021, gn-dev
    # +0.0007/+0.0005/+0.0005, traf-dev +0.0008/+0.0008/-0.0021), confirmed
    # on fold 2 (aeb-dev unchanged, gn-dev +0.0009, traf-dev +0.0034; 0.25
    # gave the same pages); clean bodies unchanged. 0 turns it off.
    chrome_tail_max_share: float = 0.2
    # A region before the best one that scores at least this share of it is
    # the story: an article comes before the comments and reviews under it
    # (choosing folds: 0.75 to 0.9 gave traf-dev F1 +0.002 to +0.004, gn-dev
    # +0.004 at 0.75 and 0.8 only, aeb-dev unchanged; 0.5 to 0.7 less).
    earlier_region_min_share: float = 0.8
    # ...and the best region is kept beside it when it holds a run of
    # paragraphs (two adjacent ones; reviews and teasers each stand apart
    # under a name or a headline) and no comment prompt lies between them
    # (then it is the comments): which of two regions that score alike is
    # the story is a gamble, and a story's halves either side of a box of
    # links, or a story under a site's welcome text, score alike (issue 12).
    # Folds 0-1: traf-dev text 0.9487 -> 0.9506 (2 pages better, none worse);
    # aeb-dev, gn-dev, HTML, clean bodies and fold 2 unchanged. Without the
    # comment prompt's test it kept a gn-dev page's comments (gn-dev text
    # 0.9848 -> 0.9831). So is a best region of one paragraph at most
    # header_region_max_lines lines under a headline (selection.
    # _paragraph_under_headline: a town's one-paragraph story below the site's
    # welcome text; reviews and comments stand under names and dates): no dev
    # page changes (text and HTML); invented page 104.
    earlier_region_keeps_best: bool = True
    # ...and so is such a paragraph right under a kept line shaped as a headline (headline_min_words words or
    # more, no digit, no sentence's end) that stands right under chrome removed: the headline no stage knew once
    # the page's title that repeats it is gone (perturb_pages.py's drop-headline, drop-chrome-before and
    # drop-all-before on invented page 104, issue 12; selection._paragraph_under_headline). False turns it off.
    paragraph_under_kept_headline: bool = True
    # A region before the best one that holds a run of paragraphs is kept
    # beside it, however little it scores, when the best region holds none
    # (each of its paragraphs apart: teasers with their summaries, or one long
    # paragraph) and no comment prompt lies between them: a press release of
    # one-line sentences scores one a line (selection._outside_main_content).
    earlier_run_beside_lone_paragraphs: bool = True
    # ...and, when the best region holds a run of paragraphs too, a region
    # before it that holds one, lies under chrome the detectors removed and
    # scores at least this share of it (selection._story_beside_story): a
    # short story under a menu that took its headline, above a blog's
    # "about me" box or the next article's text (issue 12: keep both readings
    # rather than lose the article). 0 turns it off. Chosen on folds 0-1:
    # 0.3 to 0.5 change no choosing page (0.1 and 0.2 kept sidebars, recent
    # comments and a product's delivery notes: traf-dev text 0.9564 -> 0.9548
    # at 0.1); without the chrome above it also kept a cookie notice and an
    # old-browser notice at the top of two pages. Invented pages 100, 101.
    earlier_story_min_share: float = 0.3
    # ...and so is that region, holding a paragraph (no run of two needed), without chrome removed above it when
    # its last block stands right over the story's end marks (its tags, its share bar; past at most
    # story_end_marks_lower_lines kept lines that are no prose, "Back to the overview"): a blog post or an
    # event's paragraph at the top of a page whose menu was dropped or kept went whole under a longer "about
    # me" box (perturb_pages.py's drop-all-before and shuffle-before, issue 12;
    # selection._story_over_end_marks_beside). A notice set above the whole page stands over no share bar.
    # False turns it off.
    story_beside_story_at_end: bool = True
    # A region before the best one that holds a run of paragraphs and scores
    # at least this share of it is the story, alone, when a comment prompt
    # was removed between them and the comments were not (selection.
    # _story_above_comments): the best region is the comments under the
    # story, or a box of readers' comments on other stories, which outscore
    # a short story (earlier_region_min_share asks more of a region with no
    # prompt below it). 0 turns it off. Issue 12: 4 of the 21 articles the
    # perturbation probe lost whole, and 2 of a text browser's renderings.
    story_above_comments_min_share: float = 0.5
    # A line cut by " | " into this many items or more, no table's row
    # ("| a | b |"), is a row of headlines or links (a site's ticker of its
    # latest stories), not a paragraph, however many words it holds
    # (selection.headline_row): it outscored a story cut in two by a box.
    # 0 turns it off. Issue 12: 2 of the 21 articles the perturbation probe
    # lost whole.
    headline_row_min_items: int = 8
    # ...each item of at most this many words, a headline's: a layout table's
    # row that html2text sets on one line holds a whole story in one cell.
    headline_row_item_max_words: int = 15
    # A line of unpunctuated_list_min_words words or more with at most one
    # clause mark in this many words (the full stops of initials, "E. T. A.",
    # not counted) holds no sentence: a tag cloud or a category drop-down's
    # options set on one line, its few marks those of a name ("Oh Boy!") or
    # an abbreviation ("& Co."), not prose, however many stopwords its names
    # hold (selection.sparse_marks_list). Prose marks a clause every 10 to 20
    # words. 0 turns it off. Issue 12 (perturbation probe, duplicate-footer:
    # a blog's sidebar tag clouds outscored its one-paragraph post).
    sparse_marks_list_min_words_per_mark: float = 40
    # ...and of which at least this share of the words start with a capital
    # (names, titles: a tag cloud's 0.75 to 0.8; German prose, its nouns
    # capitalised, some 0.3 to 0.4): a script without case (Thai, whose
    # paragraph ends with no mark) never reads as such a list.
    sparse_marks_list_min_title_case_share: float = 0.5
    # When selection keeps less than this share of the words of the page's
    # prose blocks (paragraphs, short sentences, unpunctuated lines of prose
    # words), the region that scores each of them its words is kept beside
    # what it keeps (selection._with_prose_reading): a story of one-line steps
    # or sentences, each scoring little, lost to a few paragraphs beside it
    # (issue 12: keep both readings rather than lose the article). 0 turns it
    # off. Folds 0-1: traf-dev text 0.9514 -> 0.9523 (a recipe's intro and
    # ingredients, one page), the rest unchanged; 0.25 the same; 0.35 also kept
    # a forum's posts on a gn-dev page (text 0.9850 -> 0.9845, HTML 0.9820 ->
    # 0.9799). Fold 2: traf-dev text 0.9432 -> 0.9434 (recall 0.9432 -> 0.9470,
    # a wiki's unpunctuated steps: articles lost whole 2 -> 1 of 88), the rest
    # and clean bodies unchanged.
    prose_reading_min_kept_share: float = 0.3
    # A run of paragraphs (two adjacent ones) that starts at most this many
    # lines under the story's header (its headline, or a byline or dateline
    # where the page's title does not repeat the headline; a share bar
    # between) is kept beside the best region when that lies farther down: a
    # short story above a longer stretch of prose set apart from it by chrome
    # (a box of teasers with their summaries, a page's other section). Which
    # of the two is the article is a gamble; keeping both never loses the
    # whole story (issue 12). Folds 0-1: traf-dev text 0.9460 -> 0.9487 (one
    # page that lost its whole article, now whole), every other figure and
    # fold 2 unchanged; 3 and 8 lines gave the same, and so did the headline
    # alone as the header. Also a run of paragraphs under the story's header
    # (a headline with a byline or dateline under it) that lies below the best
    # region, when no such header lies above it: a site's welcome text above
    # the page's only story (no dev page changes; invented page 73). 0 turns
    # both off.
    header_region_max_lines: int = 4
    # ...and so is a single paragraph there (no run of two) that scores at
    # least this share of the best region (selection._region_under_header):
    # an event's one paragraph under its title and date, beside a club's
    # longer "about us" box. 0 turns it off. Folds 0-1 and 2: no choosing page
    # changes at 0.1, 0.3 or 0.5 (text and HTML); any share at all changed 7
    # (aeb-dev text 0.9841 -> 0.9830: teasers' summaries under their dates).
    # 0.3 as earlier_story_min_share. Invented page 102.
    header_paragraph_min_share: float = 0.3
    # The page's title, which duplicate-headline removes with the headline it
    # repeats, is no story header below the page's first line either when
    # only a consent banner stands above it: taken for one, it stood above
    # the welcome text and hid the headline under it from
    # selection._full_headers (issue 12: invented pages 73 and 103 lost whole
    # under perturb_pages.py's insert-cookie-top, session 36). Any removed
    # lines above it (the menu too) took a story's own headline for the title
    # on 2 choosing pages (traf-dev: a breadcrumb's copy of it under the story
    # then headed a newsletter's lines, kept).
    title_under_consent_banner: bool = True
    # A story under its header below the best region (see
    # header_region_max_lines) whose first paragraph a box (a newsletter
    # form, a related list) parts from the rest is kept from its first
    # paragraph to its lower half, when the two are halves of one story
    # (selection._halves_under_header, weighed as with
    # story_half_at_top_one_paragraph): neither half alone is a run of
    # paragraphs, and the story under a site's welcome text went whole (issue
    # 12: invented page 71 under perturb_pages.py's insert-newsletter-mid and
    # foreign-newsletter-mid, session 36). False turns it off.
    story_below_across_box: bool = True
    # ...and so is a single paragraph under that header that scores at least
    # header_paragraph_min_share of the best region, as above the region: a
    # brief of one paragraph under a longer box (a bio set over the page's
    # header) went whole (issue 12: invented pages under perturb_pages.py's
    # bio-above, session 36). False turns it off.
    story_below_one_paragraph: bool = True
    # Whether a run of lines one detector removed counts as one line under
    # the header in header_region_max_lines (a related list or a share bar
    # set between the headline and the story): a box, however long, is one
    # thing between them. No choosing page's text or HTML output changes
    # (folds 0-2); perturb.py's teasers-above loses gn e255c4b2 no more (the
    # story 13 related lines under its headline). Invented page 73 with a box.
    header_box_counts_once: bool = True
    # ...and so does a newsletter box's run of lines (its prompt, the pitch the
    # detectors left between its lines, its e-mail field, its button), which
    # several detectors remove: counted line by line it put a notice under its
    # header and date four lines down, the welcome text above was kept alone
    # (issue 12: invented page 73 lost whole under perturb_pages.py's
    # foreign-newsletter-mid, session 37). With header_box_counts_once; False
    # turns it off.
    header_newsletter_box_counts_once: bool = True
    # Two regions either side of a box set between two of the story's
    # paragraphs (a related list, a newsletter pitch) are both kept when each
    # holds a run of paragraphs, the one that scores less scores at least
    # this share of the other, and at most story_halves_max_box_lines lines
    # stand between them, the first and last removed by a detector and none
    # a comment prompt or thread, a header line, a footer notice or the
    # page's menu (selection._halves_of_one_story): the box costs a region that crosses
    # it more than the smaller half scores, and which half is the story the
    # page does not say (issue 12: 4 of the perturbation probe's cases that
    # lose text, boxes set in the story; no choosing page's text or HTML
    # output changes). 0.3 as earlier_story_min_share; at 0.2 it kept a
    # column of sidebar teasers (long lines in a run) under a teaser list on
    # a perturbed page, at 0.1 it changed 3 choosing pages' text. 0 turns
    # it off.
    story_halves_min_share: float = 0.3
    # ...and the share the smaller half needs when the line right under the
    # lower one is the story's end (its tags, share bar or comment prompt):
    # the story's last paragraphs under a newsletter box or a related list,
    # short beside the rest (issue 12's open "half under 0.3 of the other").
    # A sidebar's text stands under those marks, not over them. Folds 0-1:
    # gn-dev text 0.9854 -> 0.9856 (one page keeps its first two paragraphs
    # above a blog's box); fold 2 and HTML unchanged. 0.3 turns it off.
    story_halves_at_end_min_share: float = 0.1
    # ...and the end marks may stand this many lines lower, under the writer's bio, the app's plug or a
    # plea to subscribe that a page sets between the story's last paragraph and its tags (languages_pages4,
    # session 29: a story's lower half under a newsletter box in it, a bio and an app's plug over its
    # tags). 0 turns it off.
    story_end_marks_lower_lines: int = 2
    # ...and there the lower half may hold one paragraph, not a run of two: the story's last paragraph
    # under a subscription box, right over its share bar; nor is such a paragraph the box's text when the
    # region crosses the box (selection._without_chrome_tail). Found on the study set blind_pages14
    # (issue 12). False turns both off.
    story_half_at_end_one_paragraph: bool = True
    # ...and so may the upper half hold one paragraph, needing story_halves_at_end_min_share, when the line right
    # above it is the story's header (a byline or date a header stage removed) and it scores less than the lower:
    # the story's lead over a box set under its first paragraph, which scored under 0.3 of the rest and went
    # (invented pages, session 33). A short story over a box scores more than a sidebar's text under it (study
    # set blind_pages15: a competition's line and the station's address kept without that test). False turns it
    # off.
    story_half_at_top_one_paragraph: bool = True
    # ...and so may a sentence (Kind.NEAR: a line of a sentence or two that scores a point, however long),
    # weighed by its words against the lower half's words, not by its score: a town notice's first sentence under
    # its headline, a newsletter box under it, scored 1 against the 13 of the two sentences under the box, and the
    # notice went whole under the welcome text above it (perturb_pages.py, issue 12). False turns it off.
    story_half_at_top_sentence: bool = True
    # ...and the most lines between the two halves. 30 changed 3 choosing
    # pages' text (a box of teasers among them); 12 misses a story cut by
    # two boxes, a paragraph between them.
    story_halves_max_box_lines: int = 20
    # The story's list goes on under a box set among its items (a newsletter's prompt, a cookie banner) of
    # at most story_halves_max_box_lines lines: this many items of one kind (structured, or short lines that
    # end no sentence: structured_run_item_max_words) right above the box, the
    # story's last kept lines, and as many or more of that kind under it (selection.list_under_box; 0: off).
    # The perturbation probe's boxes inserted between two of the story's lines.
    list_under_box_min_items: int = 2
    # A story's list, table or list in sections goes on across a box set among its items (a cookie banner, a
    # newsletter box) of at most this many lines, all removed, none a comment prompt or thread, a header line,
    # a footer notice, the page's menu or a mark under the story's end (tags, share bar), with
    # list_under_box_min_items items or short lines right above it and right under it
    # (selection._box_in_story): its items score nothing, so the region stops at the box and the rows under
    # it, no paragraphs, went (issue 12: perturb_pages.py's boxes inserted into timetables, programmes,
    # schedules: lost whole 51 -> 44; no choosing page's text or HTML output changes). As
    # story_halves_max_box_lines. 0 turns it off.
    list_across_box_max_lines: int = 20
    # ...and a list in sections goes on across such a box when the pitch of a
    # newsletter box, which the detectors left between its lines (one they
    # do not know: in another language), stands among them: no item, it ended
    # the day's run of items at the box, the days were too few for the list
    # and all went (issue 12: invented page 27 lost whole under
    # perturb_pages.py's foreign-newsletter-mid, session 37). The pitch stays
    # out. False turns it off.
    list_across_box_pitch: bool = True
    # Comments the detectors left under a comment prompt ("Leave a reply",
    # "3 Kommentare") are no story: this many comments in a row right under
    # it, each its text under lines that are no sentences (from
    # comment_shape_min_lines to comment_shape_max_lines, removed ones
    # included, each of at most comment_shape_name_max_words words: a name,
    # a date, "Reply"), make a region that lies in them, or carries a brief
    # into them (no two adjacent paragraphs, or at most
    # comment_shape_brief_max_words words of prose), give way to the story
    # above the prompt (issue 12, item 7). No decision on the dev sets
    # changes (text and HTML, all three sets, at 5 or 8 lines, at 50 or 150
    # words); also cutting the comments under any run of paragraphs cost
    # traf-dev fold 2 text 0.9392 -> 0.9351 (its truth counts one blog's
    # comments as content): teaser-tail decides those.
    comment_shape_min_comments: int = 3
    comment_shape_min_lines: int = 2
    comment_shape_max_lines: int = 8
    comment_shape_name_max_words: float = 8
    comment_shape_brief_max_words: float = 50
    # The region ends at the last footer notice it crosses (a copyright line,
    # past-footer-notice) unless a prose paragraph follows at most this many
    # lines below it (a photo's credit and caption in the story); negative
    # turns it off. Folds 0-1 (F1 text, aeb-dev / gn-dev / traf-dev): off
    # 0.9816 / 0.9825 / 0.9303; 0: 0.9816 / 0.9841 / 0.9291; 2: 0.9816 /
    # 0.9841 / 0.9302; 4: 0.9816 / 0.9841 / 0.9294 (gn-dev HTML 0.9718 ->
    # 0.9735 at 2). Fold 2 at 2: gn-dev text 0.9858 -> 0.9865, HTML 0.9852 ->
    # 0.9859, the rest unchanged.
    footer_notice_max_gap: int = 2
    # A footer notice ends the region only when the region's paragraphs before
    # it hold at least this share of the words of its paragraphs past it: a
    # credit in a menu of teasers above the story is no footer of the story's
    # (the region ran from the menu to the story, and the story went). 0: any
    # paragraph before it (the rule before). Invented page: test_selection.
    footer_notice_story_min_share: float = 1.0
    # In a later pass over a document, selection's region starts no later
    # than the first prose paragraph the earlier passes kept (a story wrapped
    # at a fixed width kept its first paragraphs). Folds 0-1: traf-dev text
    # 0.9294 -> 0.9303 (one page), aeb-dev, gn-dev and HTML unchanged; fold 2
    # unchanged. Widening the region's end too gained a forum's comments and
    # kept teaser lists (folds 0-1 0.9312 from 4 pages, 2 of them worse): not taken.
    # Only after an earlier pass ended the story at its footer notice does a
    # later one keep the region's end too (folds 0-1 traf-dev 0.9302 ->
    # 0.9311, 2 pages; the rest and fold 2 unchanged); everywhere, it cost
    # aeb-dev 0.9816 -> 0.9812 (a list of headlines under a story).
    later_pass_keeps_prose: bool = True
    # Prose before the story's header is dropped (before-header) only when it
    # has at most this share of the words of the prose after the header: more
    # is the content, and the "header" a line it repeats. Chosen on folds 0-2
    # (folds 0-1 unchanged by 0.5, 1 and 2; fold 2: 1 and 2 gained a traf-dev
    # page of testimonials, 0.5 also cost a gn-dev page).
    before_header_max_share: float = 1.0
    # The story's lead (standfirst), kept above the body as html-lead keeps it
    # from HTML: prose lines after the headline when at most this many lines
    # stand between the headline and the body's first line (0: no lead kept)...
    lead_max_lines: int = 4
    # ...of at least this many characters, ending like a sentence (shorter
    # standfirsts go: before-header drops prose above the byline). Chosen on
    # folds 0-1 (F1 change on folds 0-1, aeb-dev / gn-dev / traf-dev): 4 lines and 120 or 160
    # characters 0 / 0 / +0.0029; 4 and 80: -0.0021 / 0 / +0.0029; 8 and 120:
    # -0.0010 / +0.0002 / +0.0029; 16 and 80: -0.0068 / +0.0001 / +0.0038; 2: none
    # (the other lengths measured with the standfirst detector off).
    # Fold 2 at 4 and 120: 0 / 0 / +0.0020.
    lead_min_chars: int = 120
    # A line of a spaceless script (Chinese, Japanese, Thai...) is as long,
    # for lead_min_chars, as its words (see cjk_chars_per_word and
    # southeast_asian_chars_per_word) at this many characters a word, a word
    # and its space in a spaced script: a Chinese lead of 49 characters holds
    # what an English one of 170 does.
    spaceless_lead_chars_per_word: float = 6.0
    # The story's key points under its headline, kept as its lead (headers.key_points; in a later
    # pass, where the headline is gone, selection.later_pass_key_points): this many lines, one right
    # under the other, between the headline and the body... Folds 0-1 unchanged; fold 2: aeb-dev text
    # F1 +0.0001 (P -0.0005, R +0.0006), the rest unchanged.
    key_points_min_lines: int = 2
    key_points_max_lines: int = 5
    # ...each of this many words (a photo's credit is shorter, a paragraph longer)...
    key_point_min_words: float = 5
    key_point_max_words: float = 20
    # ...and at most this share of them capitalised (a menu's labels, a list of names).
    key_point_max_title_case: float = 0.5
    # Key points under their heading ("Key points", "Das Wichtigste") above the story's first kept
    # line, past the chrome the detectors removed between (a live blog's controls), are the story's
    # whatever their capitals: key_points_min_lines to key_points_max_lines lines of key_point_min_words
    # to key_point_max_words words (selection.headed_key_points_before). Found on the study set
    # blind_pages13 (issue 12). False turns it off.
    headed_key_points_past_chrome: bool = True
    # Prose dropped before the story's header (before-header) that reads as
    # its lead is kept all the same (selection.lead_before_header): a line of
    # lead_min_chars or more ending like a sentence, not a pull quote, a
    # caption with a date or a contact note (headers.lead_above_header).
    # Chosen on folds 0-1 (F1, aeb-dev / gn-dev / traf-dev): 0.9825 -> 0.9816
    # (one page's standfirst, which aeb-dev's truth leaves out) / 0.9740 ->
    # 0.9740 / 0.9232 -> 0.9260 (3 pages, none worse); 100 characters cost
    # aeb-dev more, 170 lost a traf-dev page; without the quote, date and "@"
    # tests: aeb-dev 0.9805 (a pull quote), gn-dev 0.9738 (captions, a
    # reader's call with an address). Fold 2: aeb-dev 0.9726 -> 0.9726, gn-dev
    # 0.9861 -> 0.9858 (a caption), traf-dev 0.9313 -> 0.9354 (2 pages, none
    # worse); HTML mode and the clean bodies of folds 0-2 unchanged or better.
    # Held out (folds 3-4, one run): text F1 aeb-dev 0.9570 unchanged, gn-dev
    # 0.9491 -> 0.9484, traf-dev 0.8717 -> 0.8755; HTML 0.9780 / 0.9518 / 0.9444.
    before_header_keeps_leads: bool = True
    # Not when this many or more of that dropped prose stand each under a headline of their own (a short
    # line without a sentence's end, no header stage's): other stories' teasers over the story, a
    # portal's "top stories"; a story has one lead (selection.teasers_above_header). And a run of this many
    # or more such blocks right over a header stage's line goes before-header even where the last of them
    # reads on into the story across its headline (selection.teasers_over_header). Found with perturb.py's
    # teasers-above (session 32, issue 12): no choosing page's figure moves (folds 0-1, 2; text, HTML, clean
    # bodies), nor a study set's totals. 0 turns both off.
    lead_teasers_min_items: int = 2
    # Prose dropped before the header that stands right between the story's
    # headline and its byline or dateline is its standfirst, ended or not
    # (selection.standfirst_over_byline): of this many words or more...
    byline_standfirst_min_words: float = 30
    # ...whose stopwords make at least this share of its words. A caption
    # there is shorter, a line of credits has fewer. Chosen with
    # byline-dateline's bylines in seven more languages ("Por Ana Gil"), which
    # made such a standfirst (unended, a date line run into it) go as
    # before-header: folds 0-1 traf-dev text 0.9514 -> 0.9523 (main's figure),
    # aeb-dev, gn-dev, HTML mode and clean bodies unchanged; fold 2 unchanged;
    # it keeps a line on one page of all the sets' pages.
    byline_standfirst_min_stopword_share: float = 0.3
    # ...and one without a full stop or a comma when its stopwords make at least this share of its words
    # (selection.byline_standfirst_shaped): "Volunteers who saved the mill say the doors could open by
    # autumn"; a menu's line between headline and byline makes less. Found on the study set blind_pages14
    # (issue 12). Over 1 turns it off.
    byline_standfirst_unpunctuated_min_stopword_share: float = 0.4
    # In a later pass, the first line left, right above the body, stays when it reads as such a standfirst
    # and an earlier pass removed a byline (selection.later_pass_standfirst): that pass kept it between the
    # headline and the byline, and an unended line without a comma scores nothing as prose. Found on the
    # study set blind_pages14 (issue 12). False turns it off.
    later_pass_standfirst_stays: bool = True
    # A sentence of good_min_words or more framed by the story's headline above and its byline
    # below is its standfirst, however short, when at most this many lines above the body
    # (selection.sentence_standfirst_over_byline; a share bar may stand between). Folds 0-1:
    # traf-dev text 0.9600 -> 0.9609 (R +0.0018), the rest unchanged; fold 2: traf-dev text
    # 0.9490 -> 0.9509 (R +0.0037), aeb-dev text 0.974086 -> 0.973591 (a standfirst its truth
    # leaves out: P -0.0010), the rest unchanged. The lead's trade again (see lead_min_chars).
    # Pages written apart: article lines lost, text, blind_pages10 20 -> 18 of 261, blind_pages2 2 -> 1,
    # blind_pages6 14 -> 13, structured_pages 11 -> 10, cms_pages 13 -> 12; no chrome line more anywhere.
    # Off with lead_max_lines 0 or before_header_keeps_leads False.
    sentence_standfirst_max_lines: int = 16
    # A box of prose a detector removed between the story's header and its lead (an author's bio under the
    # byline, BOX role) does not part them: story_lead, lead_under_byline and headline_deck look past it
    # (selection.line_above). The perturbation probe's bio-above, once the bio at the story's top went.
    lead_past_boxes: bool = True
    # The story's lead right under its byline or dateline, with no headline line above the byline (a
    # headline run into the dateline, or none in the text), is kept as story_lead keeps one under the
    # headline, when at most this many lines stand between it and the body's first kept line, none a
    # paragraph (selection.lead_under_byline; 0: off). The perturbation probe's drop-headline cases.
    lead_under_byline_max_lines: int = 8
    # The subtitle between a headline that stands right under its dateline and the body, the three lines
    # one under the other, stays where no headline stage found the headline
    # (selection.subtitle_under_dated_headline): a press release's title worded apart from its heading
    # ("Press release: ..."), so story_lead saw no headline to keep a standfirst under. Found on the study
    # sets blind_pages4, blind_pages13 and structured_pages (issue 12, lines HTML mode keeps from markup).
    # False turns it off.
    subtitle_under_dated_headline: bool = True
    # Isolated prose blocks after the story's last run of paragraphs: this
    # many make a list of teasers (or comments), each under its own headline...
    teaser_tail_min_blocks: int = 2
    # ...counting each box of prose a detector removed among or right after
    # them (an author's bio, a newsletter's pitch: Role.BOX) as one: it stood
    # there as one such block, and the blurb over it is no less a teaser for
    # the detector having found the box first.
    teaser_tail_counts_removed_boxes: bool = True
    # ...but not under a tail of one block right under the story's last paragraph, nothing between: however
    # it ends (an agency's credit "... school. – AFP", a quote's attribution with no stop), it is the
    # story's end, and the box under it (an author's bio) the page's; a teaser stands apart under its
    # headline (the perturbation probe's insert-bio). False turns it off.
    teaser_tail_box_under_story_end: bool = True
    # ...and ending at a comment prompt ("3 comments", "Leave a comment")
    # between them: the blocks under it are the comments, dropped however
    # long, and the story's last sections above it are weighed alone (a
    # thread of two long comments under a story's last short sections made
    # them a teaser tail; the perturbation probe's long-comments).
    comment_prompt_ends_teaser_tail: bool = True
    # ...unless they outweigh the story before them: then the alternating
    # blocks are the content (quotes with their speakers, questions and answers)...
    teaser_tail_max_share: float = 1.0
    # ...or each sits right under a subheading this short: the story's last
    # sections ("Advantages", "What next"); a teaser sits under its headline.
    subheading_max_words: float = 5
    # ...or, for the tail's first sections (below), of story_subheading_max_words
    # when the story has this many subheadings of that length over its
    # paragraphs: a story cut into sections ends in one, under a subheading
    # of their kind ("Tipp 3: Mal etwas anderes ausprobieren"). Chosen with
    # the HTML outputs of the choosing pages (benchmarks/TEXT_VS_HTML.md): no
    # figure moves, three fold-2 traf-dev texts keep their last section...
    sectioned_story_min_subheadings: int = 2
    # ...of this many words at most (a longer unended line over a paragraph is
    # a paragraph cut by the page's markup).
    story_subheading_max_words: float = 12
    # ...and the tail's first blocks that each sit under such a subheading stay
    # when the rest goes: a review's last section ("Should you buy it?") over
    # its author's box. Found on the study sets (blind_pages, blind_pages2).
    teaser_tail_keeps_sections: bool = True
    # ...past the story's interruptions removed above a section's subheading (an advertisement's label
    # between the body's last paragraph and the review's "Materials"). Found on the study set
    # blind_pages15 (issue 12).
    tail_sections_past_interruptions: bool = True
    # A newsletter form's consent or e-mail field (privacy-notice) right next
    # to the box's prompt or pitch interrupts the story as the prompt does
    # (selection._story_continues): a box set between two paragraphs, not the
    # page's end, which a privacy notice alone is. Off, the story's last
    # paragraph under such a box was a teaser tail (issue 12, perturbation
    # probe's inline newsletter boxes).
    newsletter_form_consent_interrupts: bool = True
    # A short line (newsletter_box_pitch_max_words) with a newsletter box's
    # line right above and right under it (its prompt and its button, the
    # form's consent) is the box's pitch the box detectors left: selection
    # keeps it as no paragraph, and the story goes on across it as across the
    # box (selection.newsletter_pitch). Kept as a paragraph, it joined the
    # story's last run, and the teaser tail under it, shorter, was dropped
    # with the story's sections in it (issue 12, perturbation probe).
    newsletter_pitch_is_box: bool = True
    # A list that belongs to the story (tour dates, results, a schedule): this
    # many items in a row, all of one shape...
    story_list_min_items: int = 3
    # ...each at most this many words (as long as the headlines of a list of
    # other articles at most, headline_item_max_words: those lists are gone by
    # then; a story's list items are dates, results, names, short entries).
    # Chosen on folds 0-2 (benchmarks/ablation.py): 20 -> 25, 30 or 40 gave
    # the same, gn-dev text and HTML F1 folds 0-1 +0.0003 (recall +0.0005,
    # one page better, none worse), aeb-dev, traf-dev, fold 2 and clean
    # bodies unchanged; the middle of that flat stretch taken.
    story_list_item_max_words: float = 30
    # ...under a heading of at most this many words, or right after the story.
    story_list_heading_max_words: float = 8
    # A match report's "Label: value" lines under the story (venue, referees,
    # goals) are the story's when one of them lists a team: a label, then at
    # least this many capitalised names set apart by commas or dashes (a side
    # fields eleven; a contact box or a row of tags lists no such run). Not
    # tuned: written for invented pages (tests/fixtures/scripts_pages).
    line_up_min_names: int = 7
    # A list between two paragraphs of a story costs the region nothing when
    # a paragraph lies at most this many lines before and after it (its
    # heading, a last item of another shape): a recipe's ingredients.
    story_list_gap_max_blocks: int = 2
    # In a list in sections (two or more runs of one shape, each under its own heading, the story going
    # on after the last: a programme's days, a recipe's parts) a section may hold as few as this many
    # items: a day of two fixtures.
    story_list_section_min_items: int = 2
    # Such a list in sections right after the story, the story ending with
    # it, is the story's from this many sections on (selection.list_sections_after:
    # a festival's programme, day by day). Found on the study set
    # structured_pages (issue 12); 2 cost gn-dev's choosing text F1 (folds
    # 0-1) 0.0003, precision 0.0006, 3 moves no figure. 0 turns it off.
    list_sections_min: int = 3
    # A run of this many sections or more, each a heading, a date line under
    # it (removed by byline-dateline) and story_list_section_min_items or more
    # short lines (selection.dated_sections: a changelog's versions, a
    # programme's days), is the story's: the dates are no story header that
    # what stands above them goes before (trim_before_header), and the run
    # is kept whole when the story keeps a block of it, or when it starts
    # right under the story with headings or lines of one shape (selection.
    # dated_sections_around). Issue 12 (study set structured_pages: a
    # changelog kept only its first version's lines). 0 turns it off.
    dated_sections_min: int = 3
    # A list in sections between two paragraphs, whatever its lines' shapes, costs the region nothing
    # from this many sections on: each a heading set apart by blank lines over a list of
    # story_list_section_min_items or more lines set one under another (selection.sectioned_lists:
    # a review's pros, cons and specifications over its verdict, a podcast's show notes and links
    # over its transcript). Found on the study set shapes_pages. 0 turns it off.
    sectioned_list_min_sections: int = 2
    # ...and such a section's list goes on under a box set in the story
    # between its heading and its lines (selection._under_box_in_story: a
    # cookie banner, a newsletter box, its pitch left between its lines):
    # the list was cut there and the story's sections all went (issue 12:
    # perturb_pages.py's boxes inserted into a strike's timetable by mode of
    # transport, session 38). False turns it off.
    sectioned_list_across_box: bool = True
    # A run of "Label: value" lines right after the story is the story's own list (selection.story_list_after)
    # when a heading set apart by blank lines stands over it right under the story and its lines stand one
    # under another: a travel guide's practical information; without the heading, the page's box of
    # credits or filing; set apart each, a box of links (a traf-dev choosing page's competition entries:
    # folds 0-1 text F1 -0.0008 when they counted). Found on the study set shapes_pages.
    labelled_list_under_heading: bool = True
    # A short question right above a paragraph of the story is its subheading, also right under the byline
    # (where a short line is the desk's or the writer's name): an explainer's first question. Found on
    # the study set shapes_pages.
    question_heads_story: bool = True
    # A short question right under the story's list or table, over a paragraph, opens the story's next
    # section (selection.story_under): a review's "Should you buy it?" under its pros and cons. Found on
    # the study set blind_pages14 (issue 12). False turns it off.
    question_heads_section_under_list: bool = True
    # Lists of unfinished lines (no full stop, no figures, longer than a label: duties, steps) under
    # their heading (story_list_heading_max_words) right under a paragraph, with a paragraph close
    # after them, cost the region nothing, as lists of one shape do (without the heading, a run right
    # under a paragraph is as likely a box of headlines or links).
    unfinished_lists_in_story: bool = True
    # Lines a story announces between its paragraphs (a line ending in a
    # colon above them, a paragraph right under them) cost the region nothing
    # whatever their shapes when at least this many: opening hours, a table's
    # rows, key facts (selection.announced_items). Found on invented pages
    # (tests/fixtures/cms_pages: a press release's opening hours and prices,
    # a release's key facts); folds 0-1 traf-dev text 0.9432 -> 0.9442
    # (recall +0.0017), every other set, mode, fold 2 and clean bodies unchanged.
    # A lead-in that is a paragraph itself announces too (Vietnamese, Greek
    # invented pages, issue 12: no choosing figure moves). So many lines
    # announced by the story's last paragraph, up to the first removed line, end
    # the story (selection.list_announced_at_end): folds 0-1 unchanged; fold 2
    # traf-dev text 0.9470 -> 0.9490 (R +0.0038), every other figure unchanged.
    announced_list_min_lines: int = 3
    # ...and so do the lines a short lead-in line right under the story's last paragraph announces ("What
    # changes from November:" over "four crossings a day instead of six", ...): a story ending on its list
    # lost the lead-in and the list (invented pages, issue 12). Only items bulleted or opening in lower case:
    # under "Contact:", a name, a phone and an e-mail line are the page's (blind_pages10). False turns it off.
    short_lead_in_announces_end_list: bool = True
    # ...or this many when each opens in lower case, going on with the lead-in's sentence ("What I
    # tried:" / "fed it twice" / "kept it warm"): no teaser's or headline's line opens so. Found on
    # blind_pages12 (issue 12). No choosing figure moves (folds 0-1, 2).
    announced_lower_case_min_lines: int = 2
    # ...and such a line that opens in lower case is one of the announced lines even when it reads as a
    # paragraph (its words, a bracket at its end: "whether the seedlings took (check the labels)"): the
    # lead-in's sentence goes on in it, and no paragraph opens so (selection._announced_run_end). Found on
    # the study set blind_pages16 (issue 12). False: such a line ends the announced lines.
    announced_lower_case_paragraphs: bool = True
    # A how-to's steps after its intro continue the story: this many sections
    # or more, each a heading of at most short_max_words words over
    # story_list_section_min_items or more lines of prose words without a full
    # stop (selection.step_sections_after). 0 turns it off.
    step_sections_min: int = 2
    # ...whose steps' stopwords together make at least this share of their
    # words: a how-to's steps ("Rad auf den Sattel stellen"; an invented
    # page's 0.46) against a list of other stories' headlines under section
    # names ("Toskala gets first shootout win": a gn-dev choosing page's
    # 0.27, kept at 0.2).
    step_sections_min_density: float = 0.35
    # A quick-fire interview after the story's intro continues it: this many
    # questions or more in a row (a line ending in "?"), each over one to
    # questions_answer_max_lines answer lines (selection.questions_after).
    # 0 turns it off.
    questions_min_pairs: int = 3
    questions_answer_max_lines: int = 3
    # The pairs that end the kept text count toward questions_min_pairs: an
    # FAQ whose short answers each cost the region goes on past its end.
    # Found on an invented page (tests/fixtures/cms_pages 126).
    questions_count_kept_pairs: bool = True
    # Short sections after the story's intro continue it: this many or more
    # in a row, each a subheading of at most short_max_words words over one to
    # questions_answer_max_lines sentences (selection.short_sections_after:
    # "what changes in July", a rule a section). Found on the study set
    # structured_pages (issue 12). 0 turns it off.
    short_sections_min: int = 3
    # A table right after the story, a cell a line, has at least this many
    # cells (three rows of four; 8 cut aeb-dev's choosing F1 by 0.001), at
    # least menu_table_min_number_share of them numbers.
    story_table_min_cells: int = 12
    # ...and such a table goes on across a newsletter box set among its
    # cells whose pitch the detectors left between its lines (a sentence, no
    # cell): it cut the table in two runs too short for it, and a
    # programme's days all went (issue 12: perturb_pages.py's newsletter
    # boxes inserted into a schedule or a cinema's programme, session 38).
    # The pitch stays out. False turns it off.
    story_table_across_pitch: bool = True
    # A table rendered a row a line after the story (a scorecard, election
    # results): this many rows or more, adjacent, under an optional heading
    # and header row of column names...
    story_rows_min: int = 2
    # ...each a line of at most story_row_max_words words besides its numbers
    # (a timetable's row of 17 departures is as short as a scorecard's),
    # holding at least story_row_min_numbers separate numbers: a teaser's
    # headline holds one or two, and so may a header row ("10 km men Place
    # Runner Time"). Found on the study set blind_pages2; the rows of
    # departures and the header rows with a distance on blind_pages17.
    story_row_min_numbers: int = 3
    story_row_max_words: float = 20
    # Under a header row (column names), a row that opens with a clock time is a table's row
    # whatever its numbers ("9h30 Market opens Town square": an event's programme, a timetable).
    # Found on blind_pages12 (issue 12). No choosing figure moves (folds 0-1, 2).
    timed_rows_under_header: bool = True
    # ...and its header row may end in a full stop when each of its words is
    # of at most this many characters: abbreviated column names ("Pl. Équipe
    # Pts Diff.", "Sp. Tore Pkt."), no sentence (selection.column_names).
    # Found on the study set structured_pages (issue 12).
    column_name_max_chars: int = 6
    # The story goes on under the list or table that selection keeps past the
    # region's end (a list, a table's rows, a how-to's sections, a verdict
    # box): its paragraphs right under it, or a section of them under a short
    # subheading, are the story's (selection.story_under: a closing note under
    # a table of prices, a verdict under pros and cons). The run scores below
    # zero, so the region stops above it. Found on the study set
    # structured_pages (issue 12). So do the paragraphs right under a list
    # the story holds inside the region (selection.story_list_items): no
    # teaser tail (selection.trim_teaser_tail), and so do that list's items
    # long enough to read as prose (an invented Swahili page, issue 12:
    # folds 0-1 traf-dev text 0.9583 -> 0.9592, every other figure, fold 2
    # and clean bodies unchanged). False turns all three off.
    story_goes_on_under_its_list: bool = True
    # With it, the story's last sections that open a teaser tail go on past
    # such a list, and a paragraph under a short subheading right under the
    # list goes on from it as well (a review's specifications, then its
    # verdict under "Should you buy it?"; the tail took both). Found on
    # blind_pages11 (issue 12).
    sections_go_on_under_story_lists: bool = True
    # The works a story cites, right after its last kept line (under a
    # heading or not), are the story's from this many lines on, each with
    # its authors' initials and its year ("Lund, S. (2026). Title. Journal.")
    # (selection.references_after). Found on the study set blind_pages9
    # (issue 12). 0 turns it off.
    references_min_lines: int = 1
    # A run of short structured lines right above the story (a recipe's
    # ingredients, a product's specifications, a word's dictionary fields):
    # at least this many lines, with nothing but story interruptions between
    # them and the story (no chrome, no header)...
    structured_run_min_lines: int = 5
    # ...each at most this many words...
    structured_run_item_max_words: float = 12
    # ...and at least this share of them of one structure: numbers, "label:
    # value" lines or bullets (see selection.structure_kind). Chosen on folds
    # 0-1 (traf-dev F1 0.912 -> 0.917; aeb-dev, gn-dev unchanged): 4 lines
    # took a page's metadata (counters, a byline box), 6 lost a dictionary
    # entry's fields; a share of 0.4 took a header's lines, 0.6 lost a
    # recipe's ingredients a cell a line; 8 words lost ingredients.
    structured_run_min_share: float = 0.5
    # Such a run under the page's first paragraph (no removed line right above
    # the run) is the story's too, with that paragraph: a recipe's intro over
    # its ingredients, above its steps (selection.lead_over_structured_run).
    # Found on the study set structured_pages (issue 12). False turns it off.
    lead_over_structured_run: bool = True
    # Where the story's first kept line is a section's heading set apart
    # (a recipe's "Method"), the section right above it, a heading over a
    # group of structured_run_min_lines short lines of one structure (its
    # "Ingredients"), is the story's too, wherever the run of short lines
    # climbs to (selection._headed_list_above): a story of lists only, no
    # byline or removed menu above it (issue 12's open "lists-only
    # article"). False turns it off.
    headed_list_above_section: bool = True
    # ...and where the page's blank lines set no group apart (none, or one
    # under every line: a rendering's), the section is the run of structured
    # lines right above that heading (each a number, a label or a bullet)
    # under a heading of its own (selection._headed_structured_run_above).
    # False: such a page's list above its first section is not looked for.
    headed_list_without_groups: bool = True
    # Such a run between the two regions selection keeps side by side (the
    # story under its header and the best region below it) is the story's
    # table or list that parts them, kept with both (selection.structured_gap):
    # a calendar's dates between a story's first paragraph and the rest.
    # Found on the study set blind_pages4 (issue 12). False turns it off.
    structured_gaps_join_regions: bool = True
    # Each line of such a gap is at most this many words: a recipe's
    # ingredient with its preparation ("1 small squash (about 2 lb), peeled
    # and cut into 1-inch cubes", 14 words) between its intro and its method
    # is longer than a run above the story may hold. Found on the study set
    # blind_pages13 (issue 12).
    structured_gap_item_max_words: float = 20
    # A box of facts right above the story, each line a label and its value
    # without a full stop ("Where: Town Hall", "Pages: 312", "Rating: 4/5"):
    # an event's or a book's or a product's facts under the header, too few
    # and too long for a structured run; at least this many lines, one under
    # another with nothing but story interruptions between them, under a
    # line a detector removed, and past at most one row of buttons over the
    # story ("Add to calendar", "Buy at ...") and the chrome removed round
    # it (selection.fact_box_before). Two are a header's metadata as often
    # ("Category: ...", "Reading time: ..."). Found on the study sets
    # blind_pages6 and blind_pages9 (issue 12); 0 turns it off.
    fact_box_min_lines: int = 3
    # ...each at most this many words (a place's or an opening time's
    # value runs longer than a specification's)...
    fact_box_item_max_words: float = 20
    # ...and the row of buttons between the box and the story at most this
    # many words, no label, no full stop.
    fact_box_row_max_words: float = 8
    # A box of the story's facts right under its last paragraph: a heading
    # of at most story_list_heading_max_words words ("Auf einen Blick", "En
    # bref", "The bridge in figures"), then fact_box_min_lines or more "Label: value"
    # lines of at most fact_box_item_max_words words, of which at least this
    # share hold a figure ("Seiten: 384", "Coût : 480 000 euros"), none an
    # e-mail, a link or a telephone number: a contacts box's; tags and
    # sources under a story hold no figures (selection.fact_box_after).
    # Found on invented pages (issue 12, session 32); 0 turns it off.
    fact_box_after_min_number_share: float = 0.5

    # The reviewer's score right under the story's last kept line, a label
    # and a score as its whole value ("Our score: 8.5/10", "Note : 3/5",
    # "Ocena: 7 z 10", "Rating: ★★★★☆"), no date or time in the line: the
    # verdict a review ends on, in a line of at most this many words
    # (selection.score_line_after). Only the first line under the story: a
    # second rating there is the readers'. Found on the study sets
    # blind_pages, blind_pages9 and shapes_pages (issue 12); 0 turns it off.
    score_line_max_words: float = 8
    # A writer's greeting right under the story's last paragraph, a line of
    # at most this many words that opens with a closing formula ("Viele
    # Grüße", "Thanks in advance!", "x Franzi", "Gruß, Schorsch", a wish:
    # "Viel Glück!"), with the name under it ("Ute", "Euer Jonas"), or any
    # line ending in a comma over the name ("Happy baking," / "Jo"): the blog
    # post's or forum post's
    # end, kept (selection.sign_off_after, detectors.headers.sign_off_at). A
    # short line there is as often a box's heading, so the formula or the
    # comma and the name decide. Found on traf-dev's choosing pages and the
    # study sets blind_pages12, 13, 15, 16 and 19 (issue 12); 0 turns it off.
    # The formula takes any adjective ("Sportliche Grüße", "Warmest
    # regards") and, ended with a comma over the name, any words after it
    # ("Pozdrawiam zielono," / "Ola"): found on blind_pages22 (issue 12).
    sign_off_max_words: float = 4
    # The signer's role under the greeting's name, a line of at most this
    # many words in their group that ends it, no digit, no sentence's end
    # ("Sportliche Grüße" / "Petra Berg" / "Pressewartin", "With thanks," /
    # "Jo Lee" / "Chairperson"; a notice's office over its signer: "Mit
    # freundlichen Grüßen" / "Der Bürgermeister" / "Ing. Anton Berg"), kept
    # with them (detectors.headers._under_signer). Found on the study set
    # blind_pages22 (issue 12); 0 turns it off.
    sign_off_role_max_words: float = 4
    # Or a team, a service, a board or a family signing there, a line of two
    # to this many words ("Ihr Team vom Hofladen", "Le service des sports",
    # "Familie Lenzinger und das ganze Hofladen-Team"; headers._SIGNING_BODY):
    # a firm's, a town's, a club's post. The body's noun after an article or a
    # possessive of the reader's, not "our" or "meet": a box about the team.
    # Found on the study set blind_pages20 (issue 12); 0 turns it off. A
    # town's service signs with its whole name ("Le Service des loisirs, de
    # la culture et de la vie communautaire": 11 words): 8 -> 12 on the study
    # set blind_pages22 (issue 12).
    signing_body_max_words: float = 12
    # Whether nav-menu spares such a sign-off (detectors.headers.sign_off_at)
    # right under the story's last paragraph when it opens a run of short
    # lines, the page's menu or tags under it ("Sportliche Grüße" / "Petra
    # Berg" / "Pressewartin" / "Beitrags-Navigation" / "Suchen"...), as it
    # spares a notice's signers (chrome._after_signers): the run's first lines
    # are the post's close. Found on the study set blind_pages22 (issue 12).
    nav_menu_spares_sign_off: bool = True
    # A salutation right above the story's first paragraph, a line of at most
    # this many words that opens with a salutation's formula and ends with
    # "!", "," or ":" ("Liebe Gemeindebürger!", "Dear members,", "Drodzy
    # Państwo!"): a notice's, a letter's or a post's first line, kept
    # (selection.salutation_above). Short, it scored as no prose and the
    # region began under it; the longer ones passed as a lead. Found on the
    # study set blind_pages20 (issue 12); 0 turns it off.
    salutation_max_words: float = 8
    # The signers right under the story's last paragraph, a group of their
    # own: an open letter's or a statement's signatories, a line each
    # ("Malin Berg, förälder Björkängsskolan"), two to this many; or a
    # notice's signer, a role of at most signer_role_max_words words over a
    # name ("Die Bürgermeisterin" / "Mag. Theresia Berg", "L'Assessore
    # all'Ambiente" / "Gianfranco Rossi"); or one signer alone, "Name, role"
    # with a role of at most signer_role_max_words words, not a newsroom's
    # trade (a club's, a firm's, a charity's post signed by who wrote it).
    # Kept (detectors.headers.signers_at: selection keeps them, nav-menu
    # spares them). Found on the study sets blind_pages10 and blind_pages17,
    # the one signer on blind_pages18, 19 and 20 (issue 12); 0 turns it off.
    signers_max_lines: float = 8
    # The line under the story's last item that opens with the label of this
    # many or more of the lines kept between its items ("Abstimmung: 3
    # dafür, 8 dagegen" under a council's last resolution, "Lieu : ..."
    # under a programme's last event): each item's, kept as the others are
    # (selection.recurring_label_after), the signers under it then too.
    # Found on the study set blind_pages21 (issue 12); 0 turns it off.
    recurring_label_min_lines: float = 2
    signer_role_max_words: float = 4
    # Or a letter's closing line ended with a comma, of at most this many words, over its signer ("On behalf
    # of the committee," / "Anna Berg, chair"; detectors.headers._closing_over_signer): a closing names its
    # signers' body in a few more words than an office does. Found on blind_pages18 (issue 12).
    signer_closing_max_words: float = 6

    # -- limits: what one document may cost --
    # Seconds all outlet rule patterns together may spend on one document
    # (every line, every pass): sane patterns take milliseconds on a long
    # page; a backtracking blow-up fails the document (RuleTimeout) instead
    # of each of its lines taking its turn.
    rule_seconds_per_document: float = 5.0
    # Characters of text (after HTML extraction or decoding) a document may
    # hold: ten times a long book chapter. Cleaning holds some 20-60x the text
    # in memory; a larger document is refused by name (DocumentTooLarge) rather
    # than pushing the machine into swap.
    max_document_chars: int = 10_000_000
    # Lines a text may hold: each costs some 400 bytes while it is cleaned,
    # so 4 MB of one-letter lines took 800 MB and a minute. Half a million is
    # some fifty times a long page's and holds within about 200 MB.
    max_document_lines: int = 500_000

    # -- HTML: markup rules (cleaner/html_markup.py) --
    # Elements whose text exceeds this share of the page's visible text are the
    # page's layout (a "has-sidebar" body wrapper, a "widget" that holds the
    # post), never furniture: they stay whatever their names say...
    html_max_removed_share: float = 0.3
    # ...nor are elements that hold more than this share of the page's story
    # paragraphs (a short article on a page heavy with menus and comments).
    html_max_story_share: float = 0.5
    # A paragraph this long is prose: the story's, when furniture rules would
    # remove it...
    html_prose_paragraph_min_chars: int = 80
    # ...so a <header> holding more paragraphs of prose than this is the
    # story's intro, not the page's header...
    html_header_max_prose_paragraphs: int = 0
    # ...and an element named as furniture holding more than this is story
    # text under a misleading name ("field-label-hidden", "print-content").
    # Chosen on folds 0-2: traf-dev snippet F1 +0.007 (recall 0.925 -> 0.937),
    # aeb-dev and gn-dev unchanged; 50 or 120 characters, or 0 paragraphs for
    # named elements, gave the same.
    html_named_max_prose_paragraphs: int = 1
    # A <header>, or an element whose only furniture word is "header", holding
    # this many visible characters outside links is not the page's header: a
    # page header is links (menus, logo, search); that much plain text is the
    # story's intro, or the story itself when a stray tag made the parser nest
    # a post inside its header. Such an element named "header" is also held to
    # html_header_max_prose_paragraphs, not html_named_max_prose_paragraphs.
    # Chosen on folds 0-2: traf-dev snippet F1 0.939 -> 0.941 (recall 0.935 ->
    # 0.940; 600: less), aeb-dev and gn-dev unchanged. Held out, traf-dev
    # 0.938 -> 0.935 (recall 0.919 -> 0.914), aeb-dev and gn-dev unchanged.
    html_header_max_unlinked_chars: int = 300
    # Share of an element's visible text (no runs of whitespace) inside links
    # from which it is a list of links (menus, related and most-read lists,
    # teaser headlines), not prose. Counted on visible characters rather than
    # the markup's text with its indentation: on folds 0-2 aeb-dev and gn-dev
    # precision +0.001 each (4 pages better, none worse), traf-dev unchanged.
    html_min_link_density: float = 0.8
    # A list of links has at least this many items...
    html_link_list_min_items: int = 3
    # ...or each of its items has at least this share of its visible text in
    # links (a teaser's headline beside its date or section: the list as a whole
    # may fall under html_min_link_density). On folds 0-2 traf-dev F1 +0.001
    # (precision 0.942 -> 0.944), gn-dev one page better, none worse.
    html_teaser_item_min_link_density: float = 0.5
    # ...and a paragraph or heading of links at most this many characters.
    html_link_block_max_chars: int = 300
    # A picture's caption set without <figure>, the one element of text after the picture in its box, is at
    # most this many visible characters: a longer one is the story's paragraph beside its photo.
    html_picture_caption_max_chars: int = 200
    # A paragraph this long is story text when it comes to finding the body's containers.
    html_body_paragraph_min_chars: int = 150
    # A container with fewer story paragraphs than this is not a part of the body.
    html_body_part_min_paragraphs: int = 2
    # Blocks named as the extractor's first body expression names an article ("entry", "post") side by side:
    # the entries of a live blog when the first holds less than this share of their text (the extractor took
    # it for the whole body), a forum thread's opening post over its replies when it holds more.
    html_entries_first_max_share: float = 0.5
    # A table cell holding this many characters is a column of the page's layout.
    html_layout_cell_min_chars: int = 400

    # -- HTML: extraction (cleaner/html.py) --
    # Extracted text shorter than this may mean the markup rules removed the
    # article itself (a story inside a "widget" on a page of menus)...
    html_short_text_chars: int = 200
    # ...and it did when extracting the page without them gives this many times more.
    html_fallback_min_gain: float = 2
    # The lead put back before the extracted body (cleaner/html_lead.py): prose
    # lines at most this many page lines before the body's first line, after
    # the headline (a press release's date, publisher and contact lines, a
    # byline box and share buttons may stand between). Chosen on folds 0-1:
    # traf-dev F1 0.957 (8 lines; 12: 0.957) -> 0.960 (16; 24: 0.960); fold 2
    # 0.955 -> 0.955; aeb-dev and gn-dev folds 0-2 unchanged...
    html_lead_max_lines: int = 16
    # ...of at least this many characters (a byline, a date or a caption is shorter).
    html_lead_min_chars: int = 80
    # ...ending like a sentence, or of at least this many words (a standfirst
    # printed without a full stop). Chosen on folds 0-1: traf-dev HTML F1
    # 0.9668 -> 0.9695, aeb-dev 0.9849 -> 0.9838 (its truth leaves
    # standfirsts out), gn-dev unchanged; fold 2: traf-dev 0.9606 -> 0.9607,
    # aeb-dev and gn-dev unchanged.
    html_lead_unended_min_words: int = 10

    # The label right above the page's <h1> (the story's section or kind: "Meteo",
    # "Sport · Football") is no body when it holds at most this many words and no
    # sentence's end; the extractor keeps it next to the headline (html_markup.kicker_key).
    # Found on the study set blind_pages9 (issue 12). 0 turns it off.
    html_kicker_max_words: int = 5
    # -- HTML: holes in the extraction (cleaner/html_holes.py) --
    # The page's lines between two lines the extraction kept are put back
    # when there are at most this many of them...
    html_hole_max_lines: int = 3
    # ...each of at least this many characters (a subheading, a label, a
    # button's word is shorter than a list's point).
    html_hole_min_chars: int = 40
    # ...and at most this share of each inside links (a teaser, a menu).
    html_hole_max_link_share: float = 0.0

    # -- HTML: the reading kept (cleaner/html_choice.py) --
    # Word runs this long compare two readings: shorter ones match across
    # unrelated sentences ("of the new"), longer ones miss a paragraph cut differently.
    html_reading_shingle_words: int = 4
    # The page's rendering, read as text mode reads it, replaces the
    # extraction when the extraction holds this share of its word runs
    # (all of them: any text of its own means the readings disagree)...
    html_rendering_min_inside: float = 1.0
    # ...and it is at most this share of the extraction's length (shorter:
    # the extraction kept furniture around the story)...
    html_rendering_max_length: float = 0.98
    # ...and holds at least this share of the extraction: a rendering's
    # reading that keeps only a fragment of it read a different region.
    html_rendering_min_overlap: float = 0.3
    # Only on pages in these languages: on the choosing folds the rendering's
    # reading chosen so gained on English pages (aeb-dev and gn-dev, F1 +0.004
    # and +0.011) and lost on German ones (traf-dev's 19 pages of 200, F1 -0.08
    # each on average: text mode cut story paragraphs); other languages had
    # too few pages to say.
    html_rendering_languages: tuple[str, ...] = ("en",)
    # On a page with this many tables laying it out (nested tables, or cells
    # of a paragraph's length), the rendering's reading is kept whatever the
    # extraction holds: on the choosing folds (gn-dev's 2008 pages, most laid
    # out so) F1 +0.015 on gn-dev, 0 on aeb-dev and traf-dev, where few pages
    # are; 1 table gained 0.014, 3 0.016, 5 0.011.
    html_rendering_layout_tables: int = 2

    # -- cleaner learn: proposing an outlet's rules (cleaner/learn.py) --
    # Share of the documents a line must lie outside the article in to be
    # chrome (the --min-share default)...
    learn_min_share: float = 0.3
    # ...and documents it must recur in at least, whatever the share.
    learn_min_documents: int = 2
    # A line inside the main content on some pages counts there only when it is
    # on this share of all pages and this many at least: a sentence two articles
    # quote is no chrome, a line on most pages is the outlet's own.
    learn_in_article_min_share: float = 0.5
    learn_in_article_min_documents: int = 3
    # Recurring sentences that are more than this share of a page's main
    # content are its article written from a template, not chrome inside it.
    learn_article_max_recurring_share: float = 0.5
    # Lines between the two ends of a learned box, at most: chrome boxes are
    # short, and a longer run between two recurring lines is likely an article.
    learn_max_box_lines: int = 30
    # Varying lines a box encloses on a typical page, at least: one varying line
    # between two chrome lines is a page's own headline, not a box of links.
    learn_min_box_varying_lines: float = 2
    # Signatures: the most widespread recurring lines at least this long...
    learn_signature_min_chars: int = 12
    # ...and at most this many of them.
    learn_max_signatures: int = 3
    # Words of a line that make a rule id readable without making it long.
    learn_id_words: int = 6

    def __init__(self, **changes: Any) -> None:
        """The defaults, with ``changes`` by name: ``Settings(menu_min_run=6)``."""
        unknown = changes.keys() - _DEFAULTS.keys()
        if unknown:
            raise TypeError(f"unknown setting(s) {', '.join(sorted(unknown))}")
        values = self.__dict__  # past __setattr__, which refuses them
        values.update(_DEFAULTS)
        values.update(changes)
        self.__post_init__()

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash(tuple(self.__dict__.values()))

    def __repr__(self) -> str:
        """The settings that differ from the defaults, as they are made:
        ``Settings(menu_min_run=6)``."""
        changed = (f"{field.name}={getattr(self, field.name)!r}" for field in fields(self)
                   if getattr(self, field.name) != field.default)
        return f"Settings({', '.join(changed)})"

    def __post_init__(self) -> None:
        # A threshold of the wrong type or NaN would not fail: every
        # comparison with it is false, and decisions change in silence.
        for field in fields(self):
            value = getattr(self, field.name)
            if field.type is bool:
                if not isinstance(value, bool):
                    raise TypeError(f"setting {field.name} must be true or false, not {value!r}")
            elif field.type in (int, float):
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise TypeError(f"setting {field.name} must be a number, not {value!r}")
                if math.isnan(value):
                    raise ValueError(f"setting {field.name} must be a number, not NaN")
                if value < 0 and field.name not in _MAY_BE_NEGATIVE:
                    raise ValueError(f"setting {field.name} must be 0 or more, not {value!r}")
                if value <= 0 and field.name in _POSITIVE:
                    raise ValueError(f"setting {field.name} must be more than 0, not {value!r}: "
                                     f"{_POSITIVE[field.name]}")
                if value >= 1 and field.name in _BELOW_ONE:
                    raise ValueError(f"setting {field.name} must be below 1, not {value!r}: "
                                     f"{_BELOW_ONE[field.name]}")
            elif not (isinstance(value, tuple) and all(isinstance(item, str) for item in value)):
                raise TypeError(f"setting {field.name} must be a tuple of strings, not {value!r}")


# A count, share or length below 0 means nothing (a run of -1 lines: every run qualifies, in silence);
# only these say what a negative value does, in their comments.
_MAY_BE_NEGATIVE = frozenset({"footer_notice_max_gap"})
# Settings that 0 does not turn off: each failed every document, or divided by it.
_POSITIVE = {
    "cjk_chars_per_word": "words are counted by it (0 divided by zero)",
    "southeast_asian_chars_per_word": "words are counted by it (0 divided by zero)",
    "language_stoplist_candidates": "the stoplists weigh that many candidates (0 failed every document)",
    "language_stopword_share": "a share of a text's tokens (0 failed every document)",
    "language_vocabulary_size": "words are counted by it (0 divided by zero)",
    "rule_seconds_per_document": "0 stops every document's rules at once (math.inf: no limit)",
    "max_document_chars": "0 refuses every document",
    "max_document_lines": "0 refuses every document",
}
_BELOW_ONE = {"language_stopword_share": "the other tokens' share is what it leaves (1 failed every document)"}


_DEFAULTS = {field.name: field.default for field in fields(Settings)}
DEFAULT_SETTINGS = Settings()
