"""Site chrome: skip links, menus, share bars, cookie notices, ads, comments,
media-player debris. Each appears as whole short lines that say nothing."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Page
from .base import Example, Role, by_sentences, detector, pattern_detector, runs
from .headers import MONTH
from .patterns import LinePattern, matching_positions

skip_link = pattern_detector(
    "skip-link",
    """Accessibility links such as "Skip to main content": page furniture,
    never part of an article.""",
    roles={Role.CHROME},
    max_words="skip_link_max_words",
    branches={
        "en": [
            r"^(skip|jump|go) to (the )?(main |primary )?(content|navigation|nav|menu|article|search|footer|main)\b",
        ],
    },
    examples=[
        Example("Skip to content\nThe council met on Tuesday and agreed the budget.", removed=("Skip to content",)),
        Example("Jump to navigation\nSkip to main content\nRain is forecast.",
                removed=("Jump to navigation", "Skip to main content")),
        Example("Players must skip to the next round if they lose, the referee said."),
    ],
)

post_navigation = pattern_detector(
    "post-navigation",
    """Blog "Previous post / Next post" links with the titles of other posts.""",
    roles={Role.CHROME},
    max_words="post_navigation_max_words",
    branches={
        "en": [
            r"^[«‹<]?\s*(previous|next|prev|older|newer) (post|article|story|entry|posts|articles)\b.{0,120}$",
            r"^post navigation$",
        ],
        "fr": [r"^[«‹<]?\s*(article précédent|article suivant)\b.{0,120}$"],
        "it": [r"^[«‹<]?\s*(articolo (precedente|successivo))\b.{0,120}$"],
        "de": [r"^[«‹<]?\s*((vorheriger|nächster) (artikel|beitrag))\b.{0,120}$"],
        "es": [r"^[«‹<]?\s*((artículo|entrada) (anterior|siguiente))\b.{0,120}$"],
        "pl": [r"^[«‹<]?\s*((poprzedni|następny) (artykuł|wpis))\b.{0,120}$"],
        "ru": [r"^[«‹<]?\s*((предыдущая|следующая) (статья|запись))\b.{0,120}$"],
        "pt": [r"^[«‹<]?\s*((post|artigo) (anterior|seguinte)|próximo (post|artigo))\b.{0,120}$"],
        "nl": [r"^[«‹<]?\s*((vorig|volgend) (bericht|artikel))\b.{0,120}$"],
    },
    examples=[
        Example("The race starts at noon.\nPrevious Post: Ten tips for new riders\nNext post\nArticolo successivo",
                removed=("Previous Post: Ten tips for new riders", "Next post", "Articolo successivo")),
        Example("The next article of the treaty sets out how members may leave the union."),
    ],
)


@detector("nav-menu", roles={Role.CHROME}, examples=[
    Example("Home\nNews\nSport\nBusiness\nCulture\nThe minister resigned on Friday after weeks of pressure.",
            removed=("Home", "News", "Sport", "Business", "Culture")),
    Example("The recipe needs:\n2 eggs\n1 cup of flour\nA pinch of salt.\nMix them well and bake for an hour."),
])
@by_sentences
def nav_menu(page: Page) -> Iterator[int]:
    """Runs of menu_min_run or more short label lines (menus, section lists,
    footer link columns). Labels never end like sentences and hold no digits,
    which spares short in-story lists such as ingredients."""
    settings = page.settings
    is_label = [
        f.words <= settings.menu_item_max_words and not f.terminal and f.digit_share == 0 for f in page.features
    ]
    for run in runs(is_label):
        if len(run) >= settings.menu_min_run:
            yield from run


# A share button's label, by language, or a network's name.
SHARE_WORDS = {
    "en": [r"share", r"share this", r"share this (article|story|post|page)", r"share on \w+", r"tweet", r"email",
           r"e-mail", r"print", r"copy link", r"copy url", r"sms", r"mail"],
    "de": [r"teilen", r"artikel teilen", r"beitrag teilen", r"drucken", r"per e-mail (teilen|versenden)",
           r"link kopieren"],
    "fr": [r"partager", r"partager sur \w+", r"partagez", r"imprimer", r"envoyer par e-?mail", r"copier le lien"],
    "es": [r"compartir", r"compartir en \w+", r"comparte", r"imprimir", r"enviar por e-?mail", r"copiar enlace"],
    "it": [r"condividi", r"condividi su \w+", r"stampa", r"invia per e-?mail", r"copia link"],
    "pt": [r"compartilhar", r"compartilhe", r"partilhar", r"copiar link"],
    "nl": [r"delen", r"deel", r"deel dit artikel", r"afdrukken", r"printen", r"kopieer link"],
    "pl": [r"udostępnij", r"podziel się", r"drukuj", r"wyślij e-?mailem", r"kopiuj link"],
    "any": [r"facebook", r"twitter", r"x", r"whatsapp", r"linkedin", r"pinterest", r"reddit", r"telegram",
            r"messenger", r"flipboard", r"pocket"],
}
SHARE_WORD = "(" + "|".join(word for words in SHARE_WORDS.values() for word in words) + ")"

share_bar = pattern_detector(
    "share-bar",
    """Social sharing buttons rendered as text: "Share", "Tweet", "Email"...""",
    roles={Role.CHROME},
    max_words="share_bar_max_words",
    branches={
        "en": [
            # Labels of every language of SHARE_WORDS, in one branch.
            rf"^{SHARE_WORD}([\s,|/·•]+{SHARE_WORD})*\s*:?$",
            r"^click to (share|email|print|tweet|pin)\b.{0,60}$",
            r"^(like|enjoy|enjoyed|liked) (this|the) (story|article|post)\?.{0,40}\bshare\b",
            r"^share (your thoughts|this|it) with (your )?(friends|a friend|others)\b.{0,20}$",
            r"^print (this )?(article|story|page)$",
        ],
    },
    examples=[
        Example("Share this article\nFacebook Twitter Email\nShares in the firm rose 4% on Monday.",
                removed=("Share this article", "Facebook Twitter Email")),
        Example("Click to share on Twitter (Opens in new window)\nLike this story? Share it with a friend!\nRain fell.\n"
                "Share your thoughts with friends.",
                removed=("Click to share on Twitter (Opens in new window)", "Like this story? Share it with a friend!",
                         "Share your thoughts with friends.")),
        Example("Der Rat tagte.\nArtikel teilen\nPartager Facebook Twitter\nCompartir\nCondividi\nCompartilhar\nDelen\n"
                "Udostępnij",
                removed=("Artikel teilen", "Partager Facebook Twitter", "Compartir", "Condividi", "Compartilhar", "Delen",
                         "Udostępnij")),
        Example("She shared the prize with two colleagues.\nTwitter said it would review the policy."),
        Example("Die Erben wollen das Haus teilen.\nIls veulent partager les frais.\nQuieren compartir el premio.\n"
                "Delen van de stad liepen onder water."),
    ],
)

cookie_notice = pattern_detector(
    "cookie-notice",
    """Cookie and consent banners, recognised by their fixed phrasing (in
    English, German, French, Italian, Spanish, Portuguese, Dutch and Polish).""",
    roles={Role.CHROME},
    max_words="cookie_max_words",
    branches={
        "en": [
            r"\b(we|this (web)?site|our (web)?site|site) (uses?|use) cookies\b",
            r"\bcookie (policy|preferences|settings|consent)\b",
            r"\baccept (all )?cookies\b",
            r"\bby continuing to (use|browse|visit)\b.*\b(agree|consent|accept)",
            r"\byou agree to our use of cookies\b",
            r"\bthis (web)?site is using cookies\b",
        ],
        "it": [r"\b(utilizziamo|usiamo) (i )?cookie\b"],
        "de": [r"\bwir (verwenden|nutzen|setzen) cookies\b"],
        "fr": [r"\b(nous utilisons|ce site utilise) (des )?cookies\b"],
        "es": [r"\b(utilizamos|usamos|este sitio (web )?utiliza) cookies\b"],
        "pl": [r"\b(używamy|wykorzystujemy) (plików )?cookies?\b", r"^akceptuj(ę)? (wszystkie )?(pliki )?cookies?$"],
        "pt": [r"\b(utilizamos|usamos|este site utiliza|este site usa) cookies\b", r"^aceitar (todos os )?cookies$"],
        "nl": [r"\b(wij gebruiken|we gebruiken|deze (web)?site gebruikt) cookies\b", r"^(alle )?cookies accepteren$"],
        "any": [r"^(alle cookies akzeptieren|accepter (les|tous les) cookies|aceptar (todas las )?cookies|accetta (tutti i )?cookie)$"],
    },
    examples=[
        Example("We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.\n"
                "Accept cookies\nThe bridge will close for repairs.",
                removed=(("We use cookies to improve your experience. By continuing to browse, you agree to our use of "
                         "cookies."), "Accept cookies")),
        Example("Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.\nDer Zug fährt um neun Uhr ab.",
                removed=("Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",)),
        Example("O tribunal decidiu.\nEste site utiliza cookies para melhorar a sua experiência.\n"
                "Deze website gebruikt cookies.\nAlle Cookies akzeptieren\nAkceptuję wszystkie cookies",
                removed=("Este site utiliza cookies para melhorar a sua experiência.", "Deze website gebruikt cookies.",
                         "Alle Cookies akzeptieren", "Akceptuję wszystkie cookies")),
        Example("The regulator said the company had tracked users with cookies without their consent for years."),
        Example("De toezichthouder zei dat het bedrijf bezoekers jarenlang met cookies had gevolgd.\n"
                "O regulador disse que a empresa seguiu os utilizadores com cookies durante anos."),
    ],
)

advertisement = pattern_detector(
    "advertisement",
    """Ad slot labels ("Advertisement", "Sponsored", "Story continues below").""",
    roles={Role.INTERRUPTION},
    max_words="advertisement_max_words",
    branches={
        "en": [
            (r"^(advertisement|advertising|ad|ads|sponsored( content)?|paid (content|post|partner content)"
            r"|promoted( content)?|partner content)$"),
            r"^(story|article) continues below( this)? (advertisement|ad)$",
            r"^continue reading( the main story)?( below)?$",
            r"^scroll (down )?to continue( with content| reading)?$",
            r"^advertisement\s*[-–—:]\s*scroll to continue$",
        ],
        "de": [r"^(anzeige|werbung|gesponsert|advertorial)$", r"^(weiterlesen|lesen sie) nach der (anzeige|werbung)( weiter)?$"],
        "fr": [r"^(publicité|contenu sponsorisé|sponsorisé)$", r"^la suite (de l'article )?après (cette |la )?publicité$"],
        "es": [r"^(publicidad|anuncio|contenido patrocinado|patrocinado)$", r"^sigue leyendo (debajo|después) del anuncio$"],
        "it": [r"^(pubblicità|contenuto sponsorizzato|sponsorizzato)$", r"^continua a leggere dopo la pubblicità$"],
        "pt": [r"^(publicidade|anúncio|conteúdo patrocinado|patrocinado)$", r"^continua (depois|após) da publicidade$"],
        "nl": [r"^(advertentie|gesponsord|gesponsorde inhoud)$", r"^lees verder na de advertentie$"],
        "pl": [r"^(reklama|materiał sponsorowany|artykuł sponsorowany)$", r"^(dalsza część|dalszy ciąg) (artykułu|tekstu) (pod|poniżej) reklam(ą|y)$"],
    },
    examples=[
        Example("Prices rose again.\nAdvertisement\nStory continues below advertisement\nWages did not.",
                removed=("Advertisement", "Story continues below advertisement")),
        Example("Die Preise stiegen.\nAnzeige\nPublicité\nPublicidad\nPubblicità\nPublicidade\nAdvertentie\nReklama\n"
                "Lesen Sie nach der Anzeige weiter",
                removed=("Anzeige", "Publicité", "Publicidad", "Pubblicità", "Publicidade", "Advertentie", "Reklama",
                         "Lesen Sie nach der Anzeige weiter")),
        Example("The advertisement campaign cost the party two million pounds."),
        Example("Die Anzeige erschien am Montag in drei Zeitungen.\nLa publicité a coûté deux millions.\n"
                "Reklama kosztowała partię dwa miliony złotych."),
    ],
)

comment_prompt = pattern_detector(
    "comment-prompt",
    """Comment-section furniture: counts, "Leave a reply", "Join the
    conversation", comment forms and their small print, in several languages.""",
    roles={Role.CHROME},
    max_words="comment_prompt_max_words",
    branches={
        "en": [
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
            r"\buses akismet\b",
            r"\bpowered by disqus\b",
            r"\bcomments? (are|is) (subject to|moderated|reviewed)\b",
            r"\bplease be respectful\b.{0,60}\bcomment",
            r"^(name|e-?mail|website|comment)\s*(\(required\)|\*)$",
            # Comment widgets: "Show more comments (20)", "Your comment will be reviewed".
            r"^(show|load|view|see) (more|new|all|older|newer) (comments|replies)\b",
            r"\byour comment (will be|has been|contains|is awaiting|was)\b",
            r"^(comment|log in|sign in) (via|with) \w+",
            r"^(all comments|add comment|post comment|reply|replies)$",
        ],
        "it": [r"^(lascia|lasciare|scrivi) un commento\b", r"^devi essere connesso\b"],
        "de": [r"^(kommentar (schreiben|verfassen|hinterlassen)|schreibe einen kommentar)\b"],
        "fr": [r"^(laisser|ajouter|écrire) un commentaire\b"],
        "es": [r"^(deja|dejar|añadir|escribe) (un|tu) comentario\b"],
        "pl": [r"^(dodaj|napisz|zostaw) komentarz\b"],
        "ru": [r"^(добавить|оставить|написать) комментарий\b"],
        "pt": [r"^(deixe|escreva|adicione) (um|o seu|seu) comentário\b"],
        "nl": [r"^(laat|plaats|schrijf) (een|je) (reactie|commentaar)( achter)?\b"],
        "any": [r"^(\d+\s+)?(kommentare?|commentaires?|comentarios?|commenti|comentários?|reacties?|komentarz[ey]?|komentarzy)( \(\d+\))?$"],
    },
    examples=[
        Example("The match ended 2-2.\n12 Comments\nLeave a comment\nJoin the conversation",
                removed=("12 Comments", "Leave a comment", "Join the conversation")),
        Example("Lascia un commento\nSave my name, email, and website in this browser for the next time I comment.\n"
                "The new stadium opens in May.",
                removed=("Lascia un commento",
                         "Save my name, email, and website in this browser for the next time I comment.")),
        Example("Der Rat tagte.\n12 Kommentare\nKommentar schreiben\nLaisser un commentaire\nDeja un comentario\n"
                "Lascia un commento\nDeixe um comentário\nLaat een reactie achter\nDodaj komentarz",
                removed=("12 Kommentare", "Kommentar schreiben", "Laisser un commentaire", "Deja un comentario",
                         "Lascia un commento", "Deixe um comentário", "Laat een reactie achter", "Dodaj komentarz")),
        Example("Officials declined to comment on the report, which was leaked on Friday."),
        Example("Der Minister wollte den Bericht nicht kommentieren.\nLe ministre n'a pas voulu commenter.\n"
                "O ministro não quis deixar um comentário sobre o relatório.\nDe minister gaf geen reactie."),
    ],
)

COMMENT_HEADER = LinePattern(
    {
        "en": [
            # "jsmith says:", "Jane Doe on May 2, 2019 at 10:12 am said:".
            r"^[^.!?]{1,60}\b(says|said|wrote|writes)\s*:$",
            r"^rating: [+-]?\d+ votes?$",
            r"^\d+ (responses|replies|thoughts|comments|reactions) (to|on) .{1,200}$",
            r"^(reply|report|report abuse|flag|like|upvote|downvote)( \(?\d+\)?)?$",
            r"^\d+ (likes?|points?|upvotes?|replies)$",
            # A comment's time to the minute: "August 8, 2018 at 7:07 pm".
            rf"^{MONTH} \d{{1,2}}(st|nd|rd|th)?,? \d{{4}},? at \d{{1,2}}:\d{{2}}\s*([ap]\.?m\.?)?$",
        ],
        "de": [r"^[^.!?]{1,60}\b(sagt|schrieb)\s*:$"],
        "fr": [r"^[^.!?]{1,60}\b(dit|a écrit)\s*:$"],
        "es": [r"^[^.!?]{1,60}\b(dice|dijo|escribió)\s*:$"],
        "pl": [r"^[^.!?]{1,60}\b(napisał|napisała)\s*:$"],
        "ru": [r"^[^.!?]{1,60}\b(написал|написала)\s*:$"],
    },
    max_words="comment_header_max_words",
)


@detector("comment-thread", roles={Role.CHROME}, patterns=[COMMENT_HEADER], examples=[
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
    """Reader comment threads: comment_thread_min_headers or more commenter
    lines close together ("jsmith says:", "Rating: 12 Votes", "Reply",
    "May 2, 2019 at 7:07 pm") and the comments between them, through the
    last comment. Readers' posts, not the story."""
    settings = page.settings
    headers = matching_positions(page, COMMENT_HEADER)
    threads: list[list[int]] = []
    for position in headers:
        if threads and position - threads[-1][-1] <= settings.comment_max_gap_blocks:
            threads[-1].append(position)
        else:
            threads.append([position])
    hits: list[int] = []
    for thread in threads:
        if len(thread) < settings.comment_thread_min_headers:
            continue
        end = thread[-1] + 1
        while (end < len(page.blocks) and end - thread[-1] <= settings.last_comment_max_blocks
               and page.features[end].terminal):
            end += 1
        hits.extend(range(thread[0], end))
    return hits


media_player = pattern_detector(
    "media-player",
    """Video and audio player controls that leak into page text: timestamps,
    "Close", "×", "Play", "Loaded: 0%".""",
    roles={Role.INTERRUPTION},
    max_words="media_player_max_words",
    branches={
        "any": [
            r"^-?\d{1,2}:\d{2}(:\d{2})?(\s*/\s*-?\d{1,2}:\d{2}(:\d{2})?)?$",
            r"^[×✕✖xX]$",
        ],
        "en": [
            (r"^(close|play|pause|replay|mute|unmute|fullscreen|full screen|exit full ?screen|play video|watch( video)?"
            r"|now playing|up next|next video|captions|subtitles|settings|chapters|descriptions|audio track"
            r"|playback rate|quality|autoplay|skip ad|cancel)$"),
            r"^(loaded|progress|current time|duration|remaining time|stream type)\b.{0,20}$",
            r"^(this is a modal window|beginning of dialog window|end of dialog window|video player is loading)\b",
            r"^(no compatible source was found for this media|the media could not be loaded)",
            r"^(caption|captions|subtitles) (settings|off|on)\b",
            r"^(image|photo|picture|slide|video) \d+ (of|/|of /) \d+$",
            r"^thanks for watching\b.{0,30}$",
        ],
    },
    examples=[
        Example("The storm hit the coast.\n0:00\n0:00 / 2:31\nClose\n×\nPlay Video\nImage 2 of 5",
                removed=("0:00", "0:00 / 2:31", "Close", "×", "Play Video", "Image 2 of 5")),
        Example("Doors close at 9:30 and the show starts promptly.\nPlay resumed after the rain."),
    ],
)
