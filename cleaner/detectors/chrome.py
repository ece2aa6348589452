"""Site chrome: skip links, menus, share bars, cookie notices, ads, comments,
media-player debris. Each appears as whole short lines that say nothing."""

from __future__ import annotations

from collections.abc import Iterator

from .base import Example, LinePattern, Page, detector, matching_positions, runs
from .headers import MONTH

SKIP_LINK = LinePattern(r"^(skip|jump|go) to (the )?(main |primary )?(content|navigation|nav|menu|article|search|footer|main)\b", max_words=8)


@detector("skip-link", examples=[
    Example("Skip to content\nThe council met on Tuesday and agreed the budget.", removed=("Skip to content",)),
    Example("Jump to navigation\nSkip to main content\nRain is forecast.", removed=("Jump to navigation", "Skip to main content")),
    Example("Players must skip to the next round if they lose, the referee said."),
])
def skip_link(page: Page) -> list[int]:
    """Accessibility links such as "Skip to main content": page furniture,
    never part of an article."""
    return matching_positions(page, SKIP_LINK)


POST_NAVIGATION_MAX_WORDS = 25
POST_NAVIGATION = LinePattern(
    r"^[«‹<]?\s*(previous|next|prev|older|newer) (post|article|story|entry|posts|articles)\b.{0,120}$",
    r"^post navigation$",
    r"^[«‹<]?\s*(article précédent|article suivant|articolo (precedente|successivo)|(vorheriger|nächster) (artikel|beitrag)"
    r"|(artículo|entrada) (anterior|siguiente)|(poprzedni|następny) (artykuł|wpis)|(предыдущая|следующая) (статья|запись))\b.{0,120}$",
    max_words=POST_NAVIGATION_MAX_WORDS,
)


@detector("post-navigation", examples=[
    Example("The race starts at noon.\nPrevious Post: Ten tips for new riders\nNext post\nArticolo successivo",
            removed=("Previous Post: Ten tips for new riders", "Next post", "Articolo successivo")),
    Example("The next article of the treaty sets out how members may leave the union."),
])
def post_navigation(page: Page) -> list[int]:
    """Blog "Previous post / Next post" links with the titles of other posts."""
    return matching_positions(page, POST_NAVIGATION)


# A menu item is a few words without sentence punctuation.
MENU_ITEM_MAX_WORDS = 4
# Runs shorter than this are left to main-content selection: a story can
# hold a short list, but five bare labels in a row is a menu.
MENU_MIN_RUN = 5


@detector("nav-menu", examples=[
    Example("Home\nNews\nSport\nBusiness\nCulture\nThe minister resigned on Friday after weeks of pressure.",
            removed=("Home", "News", "Sport", "Business", "Culture")),
    Example("The recipe needs:\n2 eggs\n1 cup of flour\nA pinch of salt.\nMix them well and bake for an hour."),
])
def nav_menu(page: Page) -> Iterator[int]:
    """Runs of MENU_MIN_RUN or more short label lines (menus, section lists,
    footer link columns). Labels never end like sentences and hold no digits,
    which spares short in-story lists such as ingredients."""
    is_label = [
        f.words <= MENU_ITEM_MAX_WORDS and not f.terminal and f.digit_share == 0 for f in page.features
    ]
    for run in runs(is_label):
        if len(run) >= MENU_MIN_RUN:
            yield from run


SHARE_WORD = r"(share|share this|share this (article|story|post|page)|share on \w+|tweet|facebook|twitter|x|email|e-mail|print|whatsapp|linkedin|pinterest|reddit|telegram|messenger|copy link|copy url|flipboard|pocket|sms|mail)"
SHARE_BAR = LinePattern(
    rf"^{SHARE_WORD}([\s,|/·•]+{SHARE_WORD})*\s*:?$",
    r"^click to (share|email|print|tweet|pin)\b.{0,60}$",
    r"^(like|enjoy|enjoyed|liked) (this|the) (story|article|post)\?.{0,40}\bshare\b",
    r"^share (your thoughts|this|it) with (your )?(friends|a friend|others)\b.{0,20}$",
    r"^print (this )?(article|story|page)$",
    max_words=12,
)


@detector("share-bar", examples=[
    Example("Share this article\nFacebook Twitter Email\nShares in the firm rose 4% on Monday.",
            removed=("Share this article", "Facebook Twitter Email")),
    Example("Click to share on Twitter (Opens in new window)\nLike this story? Share it with a friend!\nRain fell.\n"
            "Share your thoughts with friends.",
            removed=("Click to share on Twitter (Opens in new window)", "Like this story? Share it with a friend!",
                     "Share your thoughts with friends.")),
    Example("She shared the prize with two colleagues.\nTwitter said it would review the policy."),
])
def share_bar(page: Page) -> list[int]:
    """Social sharing buttons rendered as text: "Share", "Tweet", "Email"..."""
    return matching_positions(page, SHARE_BAR)


COOKIE_MAX_WORDS = 150
COOKIE_NOTICE = LinePattern(
    r"\b(we|this (web)?site|our (web)?site|site) (uses?|use) cookies\b",
    r"\bcookie (policy|preferences|settings|consent)\b",
    r"\baccept (all )?cookies\b",
    r"\bby continuing to (use|browse|visit)\b.*\b(agree|consent|accept)",
    r"\byou agree to our use of cookies\b",
    r"\bthis (web)?site is using cookies\b",
    r"\b(utilizziamo|usiamo) (i )?cookie\b",
    r"\bwir (verwenden|nutzen|setzen) cookies\b",
    r"\b(nous utilisons|ce site utilise) (des )?cookies\b",
    r"\b(utilizamos|usamos|este sitio (web )?utiliza) cookies\b",
    r"\b(używamy|wykorzystujemy) (plików )?cookies?\b",
    max_words=COOKIE_MAX_WORDS,
)


@detector("cookie-notice", examples=[
    Example("We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.\nAccept cookies\nThe bridge will close for repairs.",
            removed=("We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.", "Accept cookies")),
    Example("Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.\nDer Zug fährt um neun Uhr ab.",
            removed=("Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",)),
    Example("The regulator said the company had tracked users with cookies without their consent for years."),
])
def cookie_notice(page: Page) -> list[int]:
    """Cookie and consent banners, recognised by their fixed phrasing (in
    English, German, French, Italian, Spanish and Polish)."""
    return matching_positions(page, COOKIE_NOTICE)


ADVERTISEMENT = LinePattern(
    r"^(advertisement|advertising|ad|ads|sponsored( content)?|paid (content|post|partner content)|promoted( content)?|partner content)$",
    r"^(story|article) continues below( this)? (advertisement|ad)$",
    r"^continue reading( the main story)?( below)?$",
    r"^scroll (down )?to continue( with content| reading)?$",
    r"^advertisement\s*[-–—:]\s*scroll to continue$",
    max_words=8,
)


@detector("advertisement", examples=[
    Example("Prices rose again.\nAdvertisement\nStory continues below advertisement\nWages did not.",
            removed=("Advertisement", "Story continues below advertisement")),
    Example("The advertisement campaign cost the party two million pounds."),
])
def advertisement(page: Page) -> list[int]:
    """Ad slot labels ("Advertisement", "Sponsored", "Story continues below")."""
    return matching_positions(page, ADVERTISEMENT)


# Comment-form small print and comment policies run to a short paragraph.
COMMENT_PROMPT_MAX_WORDS = 70
COMMENT_PROMPT = LinePattern(
    r"^(\d+\s+)?comments?( \(\d+\))?$",
    r"^(leave|post|add|write) a (comment|reply|response)\b",
    r"^join the (conversation|discussion|debate)\b",
    r"^(show|view|hide|load|read) (all )?(\d+ )?comments\b",
    r"^comments (are|have been) closed\b",
    r"^you must be logged in to (post|leave) a comment",
    r"^be the first to comment\b",
    r"^(what do you think|have your say)\?*$",
    r"^conversation$",
    # Comment forms and their small print.
    r"\bsave my name,? e-?mail,? and website\b",
    r"\bnotify me (of|via e-?mail|when)\b.{0,40}\b(comments?|replies|posts?|answers?)\b",
    r"\buses akismet\b|\bpowered by disqus\b",
    r"\bcomments? (are|is) (subject to|moderated|reviewed)\b",
    r"\bplease be respectful\b.{0,60}\bcomment",
    r"^(name|e-?mail|website|comment)\s*(\(required\)|\*)$",
    # Comment widgets: "Show more comments (20)", "Your comment will be reviewed".
    r"^(show|load|view|see) (more|new|all|older|newer) (comments|replies)\b",
    r"\byour comment (will be|has been|contains|is awaiting|was)\b",
    r"^(comment|log in|sign in) (via|with) \w+",
    r"^(all comments|add comment|post comment|reply|replies)$",
    # The same prompts in other languages.
    r"^(lascia|lasciare|scrivi) un commento\b|^devi essere connesso\b",
    r"^(kommentar (schreiben|verfassen|hinterlassen)|schreibe einen kommentar)\b",
    r"^(laisser|ajouter|écrire) un commentaire\b",
    r"^(deja|dejar|añadir|escribe) (un|tu) comentario\b",
    r"^(dodaj|napisz|zostaw) komentarz\b",
    r"^(добавить|оставить|написать) комментарий\b",
    max_words=COMMENT_PROMPT_MAX_WORDS,
)


@detector("comment-prompt", examples=[
    Example("The match ended 2-2.\n12 Comments\nLeave a comment\nJoin the conversation",
            removed=("12 Comments", "Leave a comment", "Join the conversation")),
    Example("Lascia un commento\nSave my name, email, and website in this browser for the next time I comment.\n"
            "The new stadium opens in May.",
            removed=("Lascia un commento", "Save my name, email, and website in this browser for the next time I comment.")),
    Example("Officials declined to comment on the report, which was leaked on Friday."),
])
def comment_prompt(page: Page) -> list[int]:
    """Comment-section furniture: counts, "Leave a reply", "Join the
    conversation", comment forms and their small print, in several languages."""
    return matching_positions(page, COMMENT_PROMPT)


COMMENT_HEADER = LinePattern(
    # "jsmith says:", "Jane Doe on May 2, 2019 at 10:12 am said:", in several languages.
    r"^[^.!?]{1,60}\b(says|said|wrote|writes|sagt|schrieb|dit|a écrit|dice|dijo|escribió|napisał|napisała|написал|написала)\s*:$",
    r"^rating: [+-]?\d+ votes?$",
    r"^\d+ (responses|replies|thoughts|comments|reactions) (to|on) .{1,200}$",
    r"^(reply|report|report abuse|flag|like|upvote|downvote)( \(?\d+\)?)?$",
    r"^\d+ (likes?|points?|upvotes?|replies)$",
    # A comment's time to the minute: "August 8, 2018 at 7:07 pm".
    rf"^{MONTH} \d{{1,2}}(st|nd|rd|th)?,? \d{{4}},? at \d{{1,2}}:\d{{2}}\s*([ap]\.?m\.?)?$",
    max_words=40,
)
# So many comment headers make a thread; fewer may be quoted in a story...
COMMENT_THREAD_MIN_HEADERS = 3
# ...and headers further apart than this belong to different threads (or one
# is the story's own dateline).
COMMENT_MAX_GAP_BLOCKS = 12
# The last comment's text: at most this many blocks after the last header.
LAST_COMMENT_MAX_BLOCKS = 3


@detector("comment-thread", examples=[
    Example("The club fired its coach on Monday.\n3 responses to “Coach fired”\nbluefan says:\nAbout time too.\n"
            "mike_r says:\nHe never had a chance with that squad, in my view.\nanna k says:\nSad day.",
            removed=("3 responses to “Coach fired”", "bluefan says:", "About time too.", "mike_r says:",
                     "He never had a chance with that squad, in my view.", "anna k says:", "Sad day.")),
    Example("The ferry will run again in May.\nAnna Berg\nMay 2, 2019 at 7:07 pm\nGood news for the island.\n"
            "Tom Lee\nMay 2, 2019 at 8:15 pm\nAbout time.\nAnna Berg\nMay 3, 2019 at 9:01 am\nAgreed!",
            removed=("May 2, 2019 at 7:07 pm", "Good news for the island.", "Tom Lee", "May 2, 2019 at 8:15 pm",
                     "About time.", "Anna Berg", "May 3, 2019 at 9:01 am", "Agreed!")),
    Example("The senator said: \"We will vote no.\"\nHer aide says:\nThe vote is on Friday."),
])
def comment_thread(page: Page) -> list[int]:
    """Reader comment threads: COMMENT_THREAD_MIN_HEADERS or more commenter
    lines close together ("jsmith says:", "Rating: 12 Votes", "Reply",
    "May 2, 2019 at 7:07 pm") and the comments between them, through the
    last comment. Readers' posts, not the story."""
    headers = matching_positions(page, COMMENT_HEADER)
    threads: list[list[int]] = []
    for position in headers:
        if threads and position - threads[-1][-1] <= COMMENT_MAX_GAP_BLOCKS:
            threads[-1].append(position)
        else:
            threads.append([position])
    hits: list[int] = []
    for thread in threads:
        if len(thread) < COMMENT_THREAD_MIN_HEADERS:
            continue
        end = thread[-1] + 1
        while (end < len(page.blocks) and end - thread[-1] <= LAST_COMMENT_MAX_BLOCKS
               and page.features[end].terminal):
            end += 1
        hits.extend(range(thread[0], end))
    return hits


MEDIA_PLAYER = LinePattern(
    r"^-?\d{1,2}:\d{2}(:\d{2})?(\s*/\s*-?\d{1,2}:\d{2}(:\d{2})?)?$",
    r"^[×✕✖xX]$",
    r"^(close|play|pause|replay|mute|unmute|fullscreen|full screen|exit full ?screen|play video|watch( video)?|now playing|up next|next video|captions|subtitles|settings|chapters|descriptions|audio track|playback rate|quality|autoplay|skip ad|cancel)$",
    r"^(loaded|progress|current time|duration|remaining time|stream type)\b.{0,20}$",
    r"^(this is a modal window|beginning of dialog window|end of dialog window|video player is loading)\b",
    r"^(no compatible source was found for this media|the media could not be loaded)",
    r"^(caption|captions|subtitles) (settings|off|on)\b",
    r"^(image|photo|picture|slide|video) \d+ (of|/|of /) \d+$",
    r"^thanks for watching\b.{0,30}$",
    max_words=8,
)


@detector("media-player", examples=[
    Example("The storm hit the coast.\n0:00\n0:00 / 2:31\nClose\n×\nPlay Video\nImage 2 of 5",
            removed=("0:00", "0:00 / 2:31", "Close", "×", "Play Video", "Image 2 of 5")),
    Example("Doors close at 9:30 and the show starts promptly.\nPlay resumed after the rain."),
])
def media_player(page: Page) -> list[int]:
    """Video and audio player controls that leak into page text: timestamps,
    "Close", "×", "Play", "Loaded: 0%"."""
    return matching_positions(page, MEDIA_PLAYER)
