"""Photo captions and credits, including a caption rendered twice."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..cache import compiled
from ..model import Page
from .base import Example, Mode, Role, chrome_found, detector, wrapped_on
from .patterns import LinePattern, matching_positions

CREDIT = LinePattern(
    {
        "en": [
            r"\((photo|image|picture|video|credit|photograph|illustration|graphic)s?( credit)?\s*(:|by)\s*[^()]{2,120}\)?\s*$",
            r"^(photo|image|picture|credit|photograph|illustration|graphic)s?( credit)?\s*(:|by)\s",
            (r"\b(getty images|shutterstock|istock(photo)?|alamy|ap photo|afp photo|reuters/|/reuters|/afp|/ap\b|epa-efe"
            r"|via getty)\b"),
            r"\((file|stock|archive) (photo|image)\)\s*$",
            # A news photo's caption names the day with its full date: "... in Indianapolis, Tuesday, Nov. 19, 2019.".
            (r", (monday|tuesday|wednesday|thursday|friday|saturday|sunday),? (jan|feb|march|april|may|june|july|aug|sept?"
             r"|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\b"),
            r"\bvia (ap|afp|reuters|getty images|epa)$",
            r"^this .{0,40}\bfile (photo|image)\b",
            # "Submitted photo", "Photo illustration by ...".
            r"\b(submitted|handout|courtesy|file|contributed) (photo|image|picture)\.?$",
            r"^(photo|image|picture)( illustration)? (by|courtesy of)\b",
            r"\bin this .{0,40}\b(file )?(photo|image|picture)\b",
            r"\(ap( photo)?\)\s*$",
            # The credit after the caption's sentence: "... outside the mill. Picture: Jo Lee / Example News"
            # (alone, "The big picture: what the budget means" is a subheading).
            r"[.!?]\s+pictures?\s*:\s*[^.]{2,80}$",
            # ... or "by" the photographer: "... on the new ramp. Picture by Jo Lee".
            r"[.!?]\s+(picture|photo|photograph|image)s?\s+by\s+(?-i:\p{Lu})[^.!?]{1,60}$",
            # Where people stand in the picture: "Jane Doe, left, and Ali Khan, second from right, ...".
            r", (left|right|center|centre|second from (left|right)|in the (foreground|background))( [\w-]+){0,3}, ",
            # Captions that say what the picture is: "An artist's illustration of...", "X took this image of...".
            r"^an? (artist'?s|artistic) (illustration|impression|concept|rendering)\b",
            r"\b(took|captured|snapped) this (image|photo|picture)\b",
            r"^this\b.{0,60}\b(image|photo|picture|illustration|rendering|graphic) (shows|depicts|illustrates)\b",
            r"^a (cross-section|close-up|screenshot|still|view) (of|through|from)\b",
            # "Image caption The crowd at dawn", "Image copyright Example Press": labels the page reads out.
            r"^(image|photo|media) (caption|copyright|source)\b",
        ],
        "any": [
            # "... troops on patrol [AFP]", "[Reuters/Jane Doe]": an agency in square brackets at a caption's end.
            (r"\[\s*(ap|afp|reuters|epa|efe|dpa|ansa|xinhua|anadolu|getty( images)?|gallo/getty|ap photo|afp photo)"
             r"(\s*/\s*[\p{L} .'-]{1,40})?\s*\]\s*$"),
            # "(JANE DOE, Example Media)": the photographer's name in capitals, then the outlet.
            r"\((?-i:\p{Lu}[\p{Lu}.'’-]+( \p{Lu}[\p{Lu}.'’-]+){1,3}),\s*(?-i:\p{Lu})[\p{L} .&'-]{1,40}\)\s*$",
            # "(Manu Fernandez/AP)", "(Getty Images)" at the end of a caption.
            r"\(\s*(?-i:\p{Lu})[^()]{0,60}/\s*(?-i:\p{Lu})[^()]{0,40}\)\s*$",
            # "... on Tuesday. Credit: Jane Doe/Example News", "Foto: ...", "Фото: ...", "Photograph: Jo Lee/PA";
            # no full stop in the credit but an initial's ("Photo: J. Doe", "FOTO: R. I. C.").
            r"\b(credit|photo|photograph|image|foto|bild|фото)s?\s*(:|\.\.\.|…)\s*([^.]|(?<=\b(?-i:\p{Lu}))\.){2,80}$",
            # The credit word in brackets at the caption's end ("(foto Rossi)"); credits after the
            # caption's sentence are _CREDIT_AFTER_SENTENCE's.
            r"\((foto|photo|photograph|bild|immagine|imagen|zdjęcie)s?\s+(?-i:\p{Lu})[^():]{1,60}\)\s*$",
            # ... or with its colon, the source any words, a web address too: "(Foto: beispiel-verein.de)",
            # "(Image: © Example Agency)".
            r"\((foto|photo|photograph|bild|image|immagine|imagen|beeld|zdjęcie|fotografia|fotografía)s?\s*:\s*[^()]{2,60}\)\s*$",
            # The owner after "(c)" for "©", after the caption's sentence: "... im Herbst? (c) Tourismusverband | Jo Lee".
            r"[.!?]\s+\(c\)\s+(?-i:\p{Lu})[^()]{1,80}(?<![.!?])$",
            # A credit's label opening a short line, whatever follows it: "Foto: dpa/M. Schulz",
            # "Bild: www.example.de", "Photo : J.-P. Martin", "Zdjęcie: Fotolia.com".
            r"^(foto|fotos|bild|bilder|photo|photos|imagen|immagine|beeld|afbeelding|zdjęcie|zdjęcia|fotografia|fotografía)\s*:\s*\S",
            # "... in her shop. Photo Example Gazette / J. D.": the credit word (or a bar: "... | Example Gazette /
            # J. D."), then the outlet and the photographer.
            r"[.!?]\s+(photo|foto|bild|fotó|φωτ\.|\|)\s+(?-i:\p{Lu})[^/.!?]{1,50}/\s*(?-i:\p{Lu})[\p{L}. '-]{0,30}$",
            # The illustration's credit, as English's "Illustration: Jane Doe".
            r"^(illustration|ilustración|illustrazione|ilustração|ilustracja|illustratie|иллюстрация|ілюстрація|ilustrace)\s*:\s*\S.{0,60}$",
            # "Foto © Jane Doe", "Photo © Example Press".
            r"\b(photo|foto|bild|image|imagen|immagine|beeld|zdjęcie|fot\.)s?\s*©\s*[^.©]{2,80}$",
            # "... mardi matin. © La Gazette – J.-P. M.": the sign and a source after the caption's sentence, the
            # source's initials with their full stops (which keep _CREDIT_AFTER_SENTENCE from reading it).
            r"\p{Ll}[.!?]\s+©\s*(?-i:\p{Lu})[^©]{1,60}$",
            # "... in Paris. © AFP / Jane Doe": an agency and a name after the sign.
            r"©\s*(?-i:\p{Lu})[^.©/]{1,40}/\s*(?-i:\p{Lu})[^.©/]{1,40}$",
            # A caption's last words, the agency and the photographer: "... after the vote. Example Press / Jo Lee".
            (r"[.!?]\s+(?-i:\p{Lu})[\p{L}.'&-]*( (?-i:\p{Lu})[\p{L}.'&-]*){0,2}\s+/\s+(?-i:\p{Lu})[\p{L}.'&-]*"
             r"( (?-i:\p{Lu})[\p{L}.'&-]*){0,2}$"),
            # A credit line on its own: "Jane Doe/Example Media".
            r"^(?-i:\p{Lu})[\p{L}.'-]+( [\p{L}.'-]+){1,3}\s*/\s*(?-i:\p{Lu})[\p{L} .&-]{1,30}$",
            # "Jane Doe, AP", "Example TV, Associated Press": a name, then a news agency.
            (r"^(?-i:\p{Lu})[\p{L}.'-]+( (?-i:\p{Lu})[\p{L}.'-]+){0,3},\s*(ap|afp|reuters|dpa|epa|efe|ansa|anp|pap|apa|keystone"
             r"|getty images|associated press)$"),
        ],
        # ... or, as English's "(file photo)", an archive's picture in brackets at the caption's end: "(Archivbild)",
        # "(foto d'archivio)", "(photo d'archives)"; or the writer's own picture after the caption's sentence:
        # "... in February. Foto dell'autrice".
        # ... and the credit's compound labels, after the caption or alone: "... wieder öffnen. Bildrechte: dpa",
        # "... stehen ... Archivfoto: Jo Lee".
        # ... and a rendering's or a chart's credit after the caption's sentence: "... aussehen. Visualisierung:
        # Beispielbahnen", "... Grafik: Stadtwerke / K. Huber" (initials' full stops in the name).
        "de": [r"[.!?]\s+(visualisierung|grafik)\s*:\s*([^.!?]|(?<=\b(?-i:\p{Lu}))\.){2,80}$",
               r"^(pressefoto)\b.{0,60}$", r"\b(bildquelle|fotograf(in)?)\s*:\s*[^.]{2,80}$", r"\((archivbild|archivfoto)\)\s*$",
               r"\b(bildrechte|bildnachweis|archivfoto|archivbild|symbolfoto|symbolbild)\s*:\s*[^.!?]{2,80}$"],
        "it": [r"^(foto di)\b.{0,60}$", r"\b(immagine|fonte immagine)\s*:\s*[^.]{2,80}$",
               r"\((foto|immagine) d['’]archivio\)\s*$", r"[.!?]\s+foto dell['’](autrice|autore)\.?$"],
        # ... or the photographer's initials, or the agency in capitals, after a slash that follows the caption's
        # sentence: "... del barrio. / L. B.", "... tras la granizada. / AGENCIA NORTE".
        "es": [r"\b(imagen|fotografía)\s*:\s*[^.]{2,80}$", r"\((foto|imagen) de archivo\)\s*$",
               r"[.!?]\s+foto (del autor|de la autora)\.?$",
               r"\p{Ll}[.!?]\s+/\s+((?-i:\p{Lu})\.\s?){1,3}$", r"\p{Ll}[.!?]\s+/\s+(?-i:\p{Lu}[\p{Lu}'’-]+( \p{Lu}[\p{Lu}'’-]+){0,3})$",
               # ... or the photographer's name in the title's case: "... antes de la puja. / Nacho Ferrán".
               r"\p{Ll}[.!?]\s+/\s+(?-i:\p{Lu}\p{Ll}+( (de |del |de la )?\p{Lu}\p{Ll}+){1,2})$"],
        "fr": [r"\b(crédits? photos?|photo)\s*:\s*[^.]{2,80}$", r"\((photo|image) d['’]archives?\)\s*$",
               r"[.!?]\s+photo de l['’](autrice|auteure?)\.?$"],
        "pt": [r"\((foto|imagem) de arquivo\)\s*$", r"[.!?]\s+foto d[oa] (autor|autora)\.?$"],
        # "Fot. własna", "zdj. archiwum prywatne": the writer's own photo, the family's archive.
        "pl": [r"\b(zdjęcie|fot\.|źródło zdjęcia)\s*:?\s*(?-i:\p{Lu})[^.]{2,80}$",
               r"\b(fot\.|zdj\.|zdjęcie)\s*:?\s*(własne|własna|archiwum( prywatne| własne| rodzinne)?|nadesłane)\s*$"],
        "nl": [r"\b(beeld|foto)\s*:\s*[^.]{2,80}$", r"\((archieffoto|archiefbeeld)\)\s*$"],
        # ... and the picture told apart as an illustration, a file photo or one found on the web, alone or after
        # the caption's sentence: "Иллюстративное фото", "... přes řeku. Archivní snímek", "Temsili fotoğraf".
        "ru": [r"^(личный архив|архив)\b.{0,60}$", r"\((архивное фото|фото из архива)\)\s*$",
               r"(^|[.!?]\s+)(иллюстративное фото|фото иллюстративное|архивное фото|фото из (открытых источников|соцсетей))\.?$"],
        "uk": [r"(^|[.!?]\s+)(ілюстративне фото|фото ілюстративне|архівне фото|фото з (відкритих джерел|соцмереж))\.?$"],
        "cs": [r"\b(zdroj|autor fotografie)\s*:\s*[^.]{2,80}$",
               r"(^|[.!?]\s+)\(?(ilustrační|archivní) (foto|snímek|fotografie|obrázek)\)?\.?$"],
        "sk": [r"(^|[.!?]\s+)\(?(ilustračné|archívne) (foto|snímka|fotografia)\)?\.?$"],
        "tr": [r"\b(fotoğraf|görsel)\s*:\s*[^.]{2,80}$", r"(^|[.!?]\s+)\(?(temsili (fotoğraf|görsel|resim)|arşiv (fotoğrafı|görseli))\)?\.?$"],
        "fi": [r"\bkuva\s*:\s*[^.]{2,80}$"],
        "hu": [r"\b(fotó|kép|illusztráció)\s*:\s*[^.]{2,80}$",
               r"(^|[.!?]\s+)\(?(illusztráció|illusztrációs (fotó|kép)|archív (fotó|kép|felvétel))\)?\.?$"],
        # Scripts without spaces: the label, at the line's start or in brackets, and its colon or
        # slash, then the name ("（摄影：王丽）"; "见下图：" ends a sentence of the story).
        # ... or the photographer's credit in brackets at its end: "（本报记者 王强 摄）", "（記者林志明攝）".
        # ... or unbracketed, the reporter's name and "摄" ending the caption: "图为...。记者 李明 摄".
        # ... or the file picture's or the web's picture's mark, alone or in brackets after the caption: "资料图",
        # "...候车。（资料图片）".
        "zh": [r"(^|[（(])(图|图片|摄影|供图|图片来源)\s*[:：/／]\s*\S.{0,40}$", r"[（(][^（）()]{1,30}摄[）)]$",
               r"(^|[。！？]\s*[（(]|[（(])(资料图|资料图片|资料照片|網路圖片|网络图片|图片来自网络|图片来源于网络)[）)]$",
               r"^(资料图|资料图片|资料照片)$",
               r"(^|[。\s])(本报)?(记者|通讯员)\s*[\p{Han}·\s]{1,15}\s摄$"],
        # ... or, in Japanese papers, the day and the place the picture was taken, in brackets at the
        # caption's end: "...店主・田中さん（5月30日、港北区で）".
        # ... or who provided the picture, in brackets at its end: "...の様子（観光協会提供）".
        # ... the label and the name joined by a middle dot too: "（撮影・佐藤由美）".
        # ... the month left out, "で" too, or the day and place after "＝" ("...住民ら＝3月1日午前、青葉市").
        # ... or the note that the picture only illustrates ("※写真はイメージです").
        "ja": [r"(^|[（(])(写真|撮影|画像)\s*[:：=＝・]\s*\S.{0,40}$", r"[（(][^（）()]{1,30}提供[）)]$",
               r"^[※＊*]?\s*[（(]?(写真|画像)はイメージ(です)?[）)]?。?$",
               r"[（(]([0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(午前|午後|朝|夜)?、[^（）()。]{1,20}[）)]$",
               r"[^\s＝=]＝([0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(午前|午後|朝|夜)?、[^＝=。]{1,30}$"],
        # ... or the picture's source after the caption's sentence: "...노선도. 시청 제공" (provided by the city hall).
        # ... or the agency after a slash that follows the caption's sentence: "... 옛 철로. /연합뉴스".
        # ... or the label after the caption's sentence: "...정리하고 있다. 사진=박준호 기자".
        # ... the label in square or angle brackets too: "... 용접하고 있다. [사진=연합뉴스]", "<사진=시청 제공>".
        "ko": [r"(^|[（(\[<]|[.。]\s+[\[<(（]?)(사진|사진 제공)\s*[:=]\s*\S.{0,40}$", r"[.。]\s+[^.。\s]{1,20}( [^.。\s]{1,20})? 제공$",
               r"[.。]\s*/\s*\p{Hangul}[\p{Hangul}\d]{1,11}$",
               # ... or the outlet's file photo after it: "... 장을 보고 있다. 한빛일보 자료사진", "... /연합뉴스 자료사진".
               r"[.。]\s+(/\s*)?[^.。\s]{1,20}\s?자료사진$",
               # ... or the stock agency's name alone, in brackets or after it: "게티이미지뱅크", "... (게티이미지뱅크)".
               r"(^|[.。]\s+)[\[(（<]?(게티이미지뱅크|게티이미지|클립아트코리아|아이클릭아트)[\])）>]?$"],
        # Scripts without case, and languages the tables had none for: the credit's label opening the
        # line, its colon, the name ("تصوير: ...", "צילום: ...", "Ảnh: ...").
        # ... or, but for the source, after the caption's sentence, bare or in brackets: "... داخل الحافلة. (تصوير: ...)".
        # ... or the file or illustrative picture's mark, alone or in brackets at its end: "(صورة أرشيفية)".
        "ar": [r"^(صورة|الصورة|تصوير|المصدر)\s*:\s*\S.{0,60}$", r"([.!؟]\s+\(?|\()(تصوير|الصورة)\s*:\s*[^.()]{2,60}\)?$",
               r"(^|[.!؟]\s+|\()(صورة أرشيفية|صورة تعبيرية|صورة من الأرشيف)\)?$"],
        "he": [r"^(צילום|צלם|קרדיט)\s*:\s*\S.{0,60}$", r"([.!?]\s+\(?|\()(צילום|צלם|קרדיט)\s*:\s*[^.()]{2,60}\)?$"],
        "fa": [r"^(عکس|عکاس|منبع عکس)\s*:\s*\S.{0,60}$", r"([.!؟]\s+\(?|\()(عکس|عکاس)\s*:\s*[^.()]{2,60}\)?$"],
        "hi": [r"[।.!?]\s+(फोटो|फ़ोटो|तस्वीर)\s*:\s*[^।.()]{2,60}$", r"^(फोटो|फ़ोटो|फ़ोटो|तस्वीर|चित्र)\s*:\s*\S.{0,60}$"],
        "vi": [r"^(ảnh|ảnh minh họa)\s*:\s*\S.{0,60}$", r"([.!?]\s+\(?|\()(ảnh|ảnh minh họa)\s*:\s*[^.()]{2,60}\)?$",
               r"(^|[.!?]\s+\(?|\()(ảnh minh (họa|hoạ)|ảnh tư liệu)\)?\.?$"],
        "bg": [r"(^|[.!?]\s+\(?|\()(снимка|снимки|фотограф)\s*:\s*[^.()]{2,60}\)?$"],
        # ... and Icelandic, Georgian, Armenian (its own comma after the label), Bengali, Tamil, Urdu after the sentence.
        "is": [r"\bmynd\s*:\s*[^.]{2,80}$"],
        "ka": [r"(^|[.!?]\s+)ფოტო\s*:\s*[^.()]{2,60}$"],
        "hy": [r"(^|[.!?։]\s+)լուսանկարը?\s*[:՝]\s*[^.։()]{2,60}$"],
        "bn": [r"(^|[।.!?]\s+)(ছবি|ফটো)\s*:\s*[^।.()]{2,60}$"],
        "ta": [r"(^|[.!?]\s+)(படம்|புகைப்படம்)\s*:\s*[^()]{2,60}$"],
        "ur": [r"(^|[۔.!؟]\s+)(فوٹو|تصویر)\s*:\s*[^۔.()]{2,60}$"],
        # "Nuotr. Jono Petraičio", "Nuotr. iš asmeninio archyvo": the abbreviated label, then the name or the source.
        "lt": [r"(^|[.!?]\s+\(?|\()(nuotr\.|nuotrauka\s*:)\s*\S[^.()]{1,60}\)?$"],
        # ... opening the line, or after the caption's sentence: "... με δυνατό αέρα. Φωτ.: Εφημερίδα".
        # ... or in brackets at its end, the label in capitals: "... του κέντρου. (ΦΩΤΟ: Eurokinissi)".
        # ... or a file photo: "Φωτογραφία αρχείου", "(Φωτ. αρχείου)".
        "el": [r"(^|[.!;]\s+)(φωτογραφ[ίι]α|φωτ\.|πηγ[ήη] φωτογραφ[ίι]ας)\s*:\s*\S.{0,60}$", r"(^|[.!;]\s+)\(?(φωτογραφ[ίι]α|φωτ\.) αρχε[ίι]ου\)?$", r"[.!;]\s+\((φωτογραφ[ίι]α|φωτ\.|φωτο)\s*:\s*[^.()]{2,60}\)$"],
        "id": [r"^(gambar|sumber foto)\s*:\s*\S.{0,60}$"],
        "sw": [r"^(picha)\s*:\s*\S.{0,60}$"],
        "th": [r"\s(ภาพ|ภาพจาก|ที่มาภาพ)\s*:\s*\S[^:]{1,40}$", r"^(ภาพ|ภาพจาก|ที่มาภาพ)\s*:\s*\S.{0,60}$"],
        "hr": [r"^(фото|izvor fotografije)\s*:\s*\S.{0,60}$"],
    },
    max_words="caption_max_words",
)


# The credit after the caption's sentence, in the shapes a credit takes whatever its language: the
# photographer or the owner in capitals ("... from a lamp post. JO LEE", "... CITY OF EXAMPLE"), a name
# for the outlet ("... Jo Lee for Example Weekly", "Photo Léa Roy pour L'Exemple", "© Max Berg für
# Beispiel"), a copyright sign and a name ("... © Max Berg"). Nothing after the sentence's mark is one
# of ".!?", so only the line's last one can start it: one fullmatch there, where a search of CREDIT
# tried every position of every line (a fifth more instructions in clean()).
_CREDIT_AFTER_SENTENCE = compiled(
    r"\p{Ll}[.!?]\s+((?-i:\p{Lu}[\p{Lu}'’-]+( \p{Lu}[\p{Lu}'’-]+){1,4})"
    r"|((photo|foto|bild|©)\s*)?(?-i:\p{Lu})[\p{L}'’-]+( (?-i:\p{Lu})[\p{L}'’-]+){1,2}"
    r" (for|pour|für|per|para|voor|dla) (?-i:\p{Lu})[^.!?]{1,40}"
    r"|©\s*(?-i:\p{Lu})[^.!?©]{1,60})", regex.I)


def _credited_after_sentence(text: str) -> bool:
    """Whether ``text`` ends with a credit after its sentence (see _CREDIT_AFTER_SENTENCE)."""
    stop = max(text.rfind("."), text.rfind("!"), text.rfind("?"))
    # Most lines end at their mark, where no credit follows it.
    return 1 <= stop < len(text) - 1 and _CREDIT_AFTER_SENTENCE.fullmatch(text, stop - 1) is not None


# A photographer's name alone after the caption's sentence, bare or in brackets: "... is not
# allowed! Jo Lee", "... of the party. (Ana Ruiz Gil)": two or three capitalised words. The
# sentence ends in a word of four lower-case letters or more, no abbreviation ("Dr. Jo Lee").
_NAME_AFTER_SENTENCE = compiled(r"\p{Ll}{4}[.!?]\s+(\((?P<bracketed>[^()]+)\)|(?P<bare>[^()]+))")
_NAME_WORDS = compiled(r"\p{Lu}\p{Ll}[\p{Ll}'’-]*( \p{Lu}\p{Ll}[\p{Ll}'’-]*){1,2}")
_NAME_END_MARKS = frozenset("'-)")


def _may_end_with_name(text: str) -> bool:
    """False where ``text`` surely does not end with a name as _credited_by_name reads one: a name ends in
    a lower-case letter, an apostrophe or a hyphen, a bracketed one in its bracket; a line ending in another
    ASCII character (a full stop, most) is ruled out without the two patterns' calls."""
    last = text[-1:]
    return not last.isascii() or last.islower() or last in _NAME_END_MARKS


def _credited_by_name(text: str, stopwords: frozenset[str]) -> bool:
    """Whether ``text`` is a caption that ends with its photographer's name
    alone after its sentence; none of the name's words is a stopword of the
    page's language (a link's words are: "Click To Tweet", "Read More")."""
    if not _may_end_with_name(text):
        return False
    stop = max(text.rfind(". "), text.rfind("! "), text.rfind("? "))
    if stop < 4:
        return False
    found = _NAME_AFTER_SENTENCE.fullmatch(text, stop - 4)
    name = found and (found["bracketed"] or found["bare"])
    return bool(name) and _NAME_WORDS.fullmatch(name) is not None and not any(
        word.lower() in stopwords for word in name.split())


# A gallery's slide caption opens with its counter and a dash or a colon: "3/8 – The crowd at dusk";
# or the counter stands alone on its line, the caption on the line under it ("3/8", "The crowd at dusk").
_SLIDE_COUNTER = compiled(r"^(\d{1,3})\s?/\s?(\d{1,3})(\s*[–—:|-]\s*\S|\s*$)")


def _slide_captions(texts: Sequence[str], words: list[float], min_lines: int, max_words: float) -> list[int]:
    """The lines that open with a slide's counter ("3/8 – ...", see
    _SLIDE_COUNTER), each counting up to one total, when min_lines or more
    of that total do, each its own slide: a gallery's captions. A counter
    alone on its line takes a short caption under it (of at most max_words
    words, no counter itself) with it: a gallery set in a story; a longer
    one tells the story of a photo gallery's page."""
    slides: dict[int, dict[int, list[int]]] = {}  # total -> slide -> its lines
    for i, text in enumerate(texts):
        if "/" not in text[1:5]:  # the counter's slash stands second to fifth: most lines ruled out without a call
            continue
        found = _SLIDE_COUNTER.match(text)
        if found and 0 < int(found[1]) <= int(found[2]):
            lines = slides.setdefault(int(found[2]), {}).setdefault(int(found[1]), [])
            lines.append(i)
            if not found[3].strip() and i + 1 < len(texts) and words[i + 1] <= max_words and not (
                    "/" in texts[i + 1][1:5] and _SLIDE_COUNTER.match(texts[i + 1])):
                lines.append(i + 1)
    return sorted(i for by_slide in slides.values() if len(by_slide) >= min_lines
                  for lines in by_slide.values() for i in lines)


def _split_credits(page: Page) -> list[int]:
    """A credit's label alone on its line ("Foto:", "Bild:", "Фото:") and the
    name under it, both: the two read as one credit (CREDIT), the name's line
    short (split_credit_max_words) and no sentence. A renderer sets the
    label's element and the name's on lines of their own."""
    texts, feats, settings = page.texts(), page.features, page.settings
    label_words, limit = settings.split_credit_label_max_words, settings.split_credit_max_words
    found: list[int] = []
    for i, text in enumerate(texts[:-1]):
        # Most lines end otherwise: ruled out before a word is counted.
        if (text.endswith(":") and len(text.split()) <= label_words and feats[i + 1].words <= limit
                and not feats[i + 1].terminal and CREDIT.matches(f"{text} {texts[i + 1]}")):
            found += [i, i + 1]
    return found


def _repeated_by(hits: set[int], texts: Sequence[str], min_chars: int) -> list[int]:
    """Blocks right over one of ``hits`` that it repeats: identical, or cut
    off mid-way. Only the lines over a hit are read, not every line with the
    next: few lines are captions."""
    return [i - 1 for i in hits if i > 0 and len(head := texts[i - 1].rstrip(" (")) >= min_chars
            and texts[i].startswith(head)]


# Not on extracted HTML: captions go with <figure>, <figcaption> and caption
# classes before extraction, and run anyway it cost a little F1 there.
@detector("photo-caption", roles={Role.INTERRUPTION}, modes={Mode.TEXT}, patterns=[CREDIT], examples=[
    # Credits at the caption's end: the compound label ("Bildrechte:", "Archivfoto:"), the bracketed label with a
    # web address or a copyright sign, and "(c)"; the same words in a story's sentence stay.
    Example("Der Stadtrat beschloss am Montag den Neubau der Brücke über den Kanal.\n"
            "Die alte Brücke im Winter. (Symbolfoto) Bildrechte: Beispiel Rundfunk\n"
            "Der Bürgermeister bei der Sitzung ... Archivfoto: Jo Lee\n"
            "Das Festgelände am Abend (Foto: beispiel-verein.de)\n"
            "The old bridge in winter. (Image: © Example Agency)\n"
            "Wer sagt, dass Radfahren nur im Sommer Spaß macht? (c) Tourismusverband Beispieltal | Jo Lee\n"
            "Die Arbeiten beginnen im Mai.",
            removed=("Die alte Brücke im Winter. (Symbolfoto) Bildrechte: Beispiel Rundfunk",
                     "Der Bürgermeister bei der Sitzung ... Archivfoto: Jo Lee",
                     "Das Festgelände am Abend (Foto: beispiel-verein.de)",
                     "The old bridge in winter. (Image: © Example Agency)",
                     "Wer sagt, dass Radfahren nur im Sommer Spaß macht? (c) Tourismusverband Beispieltal | Jo Lee")),
    # The photographer after "by" past the caption's sentence; the outlet and the photographer past a bar.
    Example("The skate park opened on Saturday.\nTwo riders try the new ramp. Picture by Jo Lee\n"
            "Le marché couvert rouvre lundi.\nUne maraîchère installe son étal. | La Gazette du Val / J. D.\n"
            "The ramp cost $40,000.",
            removed=("Two riders try the new ramp. Picture by Jo Lee",
                     "Une maraîchère installe son étal. | La Gazette du Val / J. D.")),
    Example("She compared the two prints. Picture by picture, the gap grew.\n"
            "Les élus ont voté. | Le budget passe à 3 millions / an."),
    Example("Der Stadtrat stritt über die Bildrechte: Wem gehören die alten Fotos des Archivs?\n"
            "Die Frist ist abgelaufen. (c) Die Klage wurde abgewiesen.\n"
            "Der Rat beschloss drei Punkte (a) den Bau, (b) die Kosten und (c) den Zeitplan."),
    # The credit after the caption in Thai (no sentence's mark before it) and Hindi (after the danda), lang29's set;
    # the word in a story's sentence stays.
    Example("ชาวบ้านเดินเล่นในสวนแห่งใหม่ริมแม่น้ำ ภาพ: วิชัย สุขสันต์\n"
            "अस्पताल के उद्घाटन के दिन मरीज़ और डॉक्टर। फोटो: अमित वर्मा\nThe park opened on Saturday.",
            removed=("ชาวบ้านเดินเล่นในสวนแห่งใหม่ริมแม่น้ำ ภาพ: วิชัย สุขสันต์",
                     "अस्पताल के उद्घाटन के दिन मरीज़ और डॉक्टर। फोटो: अमित वर्मा")),
    Example("The park opened.\nนักท่องเที่ยวถ่ายภาพ ริมแม่น้ำในตอนเย็นกันเป็นจำนวนมากทุกวันหยุด\n"
            "उन्होंने कहा कि फोटो खींचने पर कोई रोक नहीं है।"),
    # The credit after the caption's sentence in Icelandic, Georgian, Armenian, Bengali, Tamil, Urdu; a sentence on
    # a picture stays.
    Example("Ný sundlaug var opnuð á laugardag.\nBörn prófa nýju rennibrautina. Mynd: Sigurður Björnsson\n"
            "მოვაჭრეები ბაზრის ახალ დახლებთან. ფოტო: გიორგი კაპანაძე\n"
            "Երեխաները լողում են լողավազանում։ Լուսանկարը՝ Արամ Պետրոսյանի\n"
            "নতুন পথে হাঁটছেন বাসিন্দারা। ছবি: সংগৃহীত\n"
            "புதிய பேருந்து நிலையத்தில் பயணிகள். படம்: ஆர். முருகன்\n"
            "بچے نئے پارک میں کھیل رہے ہیں۔ فوٹو: عمران احمد\nAðgangur verður ókeypis fyrstu vikuna.",
            removed=("Börn prófa nýju rennibrautina. Mynd: Sigurður Björnsson",
                     "მოვაჭრეები ბაზრის ახალ დახლებთან. ფოტო: გიორგი კაპანაძე",
                     "Երեխաները լողում են լողավազանում։ Լուսանկարը՝ Արամ Պետրոսյանի",
                     "নতুন পথে হাঁটছেন বাসিন্দারা। ছবি: সংগৃহীত",
                     "புதிய பேருந்து நிலையத்தில் பயணிகள். படம்: ஆர். முருகன்",
                     "بچے نئے پارک میں کھیل رہے ہیں۔ فوٹو: عمران احمد")),
    Example("Myndin sýnir gamla brú yfir ána, sagði hún.\nფოტოგრაფმა ბაზარი დილით გადაიღო."),
    # A Korean credit after the caption's sentence; the word for photo in a story's sentence stays.
    Example("시의회가 열렸다.\n주민들이 새로 꾸민 도서관에서 책을 정리하고 있다. 사진=박준호 기자\n공사는 봄에 시작된다.",
            removed=("주민들이 새로 꾸민 도서관에서 책을 정리하고 있다. 사진=박준호 기자",)),
    Example("시의회가 열렸다. 사진 촬영은 금지됐다고 시 관계자가 말했다."),
    # The Korean credit in square or angle brackets, after the caption's sentence or alone ("[사진=연합뉴스]"); the
    # Japanese caption's day (and month) and place in brackets or after "＝" ("（27日、福岡市）", "＝27日午後、東京都");
    # the Greek file photo ("Φωτογραφία αρχείου"). A story's sentences with the same words stay.
    Example("시의회가 열렸다.\n작업자들이 선박 블록을 용접하고 있다. [사진=바다경제 DB]\n<사진=연합뉴스>\n"
            "記者会見で握手する3行の頭取（27日、福岡市）\n開通した新しい橋を渡る住民ら＝3月1日午前、青葉市\n"
            "Το προαύλιο του σχολείου. Φωτογραφία αρχείου\nΦωτ. αρχείου\n공사는 봄에 시작된다.",
            removed=("작업자들이 선박 블록을 용접하고 있다. [사진=바다경제 DB]", "<사진=연합뉴스>",
                     "記者会見で握手する3行の頭取（27日、福岡市）", "開通した新しい橋を渡る住民ら＝3月1日午前、青葉市",
                     "Το προαύλιο του σχολείου. Φωτογραφία αρχείου", "Φωτ. αρχείου")),
    Example("시의회가 열렸다. [사진] 촬영은 금지됐다고 관계자가 말했다.\n会見は27日、福岡市内で開かれた（27日、福岡市）。\n"
            "Η φωτογραφία αρχείου δημοσιεύθηκε χθες από τον δήμο."),
    # The picture told apart as an illustration or a file photo, alone, after the caption's sentence or in brackets at
    # its end, as sites in these languages mark a stock or archive picture; the words in a story's sentence stay.
    Example("Совет собрался.\nИллюстративное фото\nФото из открытых источников\nІлюстративне фото\nIlustrační foto\n"
            "Most přes řeku. Archivní snímek\nIllusztráció\nIllusztráció: Pixabay\nTemsili fotoğraf\n"
            "Πηγή φωτογραφίας: Pixabay\n资料图\n市民在公交站候车。（资料图片）\n※写真はイメージです\n게티이미지뱅크\n"
            "시민들이 버스를 기다리고 있다. (게티이미지뱅크)\nمواطنون ينتظرون الحافلة (صورة أرشيفية)\n"
            "Người dân chờ xe buýt. Ảnh minh họa\nАвтобусы пойдут в обход.",
            removed=("Иллюстративное фото", "Фото из открытых источников", "Ілюстративне фото", "Ilustrační foto",
                     "Most přes řeku. Archivní snímek", "Illusztráció", "Illusztráció: Pixabay", "Temsili fotoğraf",
                     "Πηγή φωτογραφίας: Pixabay", "资料图", "市民在公交站候车。（资料图片）", "※写真はイメージです",
                     "게티이미지뱅크", "시민들이 버스를 기다리고 있다. (게티이미지뱅크)",
                     "مواطنون ينتظرون الحافلة (صورة أرشيفية)", "Người dân chờ xe buýt. Ảnh minh họa")),
    Example("Иллюстративное фото из архива редакции показали на выставке в мэрии.\n"
            "Ilustrační foto pořídil fotograf už v roce 1990, řekla kurátorka.\n资料图片显示，这座桥建于1950年代。\n"
            "게티이미지뱅크에서 구입한 사진을 썼다고 밝혔다."),
    # The writer's own photo or the family's archive as the credit, in Polish.
    Example("Biegam trzy razy w tygodniu.\nMoja trasa nad stawem. Fot. własna\nDziadek w 1962 roku. Zdj. archiwum rodzinne\n"
            "Po roku przebiegłam półmaraton.",
            removed=("Moja trasa nad stawem. Fot. własna", "Dziadek w 1962 roku. Zdj. archiwum rodzinne")),
    Example("Zdjęcia robię zawsze sama, bo fot. własna jest najtańsza, śmieje się biegaczka."),
    # Credits in languages the tables had none for; a sentence of the story that ends on the same words stays.
    # A credit of initials after the caption's sentence; an initial in a story's sentence stays.
    Example("The bridge opened.\nChildren cross the new bridge. Photo: K. L. M.\nLa maestra prepara el aula. FOTO: R. I. C.",
            removed=("Children cross the new bridge. Photo: K. L. M.", "La maestra prepara el aula. FOTO: R. I. C.")),
    Example("The photo: J. Smith took it from the tower, the council said on Tuesday."),
    Example("Совет собрался.\nНовый мост на рассвете. Фото: Ирина Соколова\nMost za úsvitu. Zdroj: Zábřežské listy\n"
            "Köprü şafakta. Fotoğraf: Ayşe Yılmaz\nSilta aamulla. Kuva: Anna Virtanen\nA híd hajnalban. Fotó: Kiss Anna\n"
            "清晨的新桥。（摄影：王丽）\n夜明けの新しい橋（写真：山田花子）\n새벽의 새 다리 (사진=김민지)",
            removed=("Новый мост на рассвете. Фото: Ирина Соколова", "Most za úsvitu. Zdroj: Zábřežské listy",
                     "Köprü şafakta. Fotoğraf: Ayşe Yılmaz", "Silta aamulla. Kuva: Anna Virtanen",
                     "A híd hajnalban. Fotó: Kiss Anna", "清晨的新桥。（摄影：王丽）", "夜明けの新しい橋（写真：山田花子）",
                     "새벽의 새 다리 (사진=김민지)")),
    # An archive's picture in brackets, the writer's own picture, the photographer's initials or the agency after a
    # slash, who provided the picture, in the languages the tables had none for; a story's sentences stay.
    Example("Der Rat tagte.\nDer Eingang des Rathauses (Archivbild)\nL'ingresso del municipio (foto d'archivio)\n"
            "L’entrée de la mairie (photo d’archives)\nLa entrada del ayuntamiento (foto de archivo)\n"
            "A entrada da câmara (foto de arquivo)\nDe ingang van het stadhuis (archieffoto)\nВход в мэрию (архивное фото)\n"
            "Il mio orto a marzo. Foto dell’autrice\nMon balcon en avril. Photo de l’autrice\n"
            "Un tramo del canal a su paso por el barrio. / M. R.\nAsí quedaron los viñedos tras la tormenta. / AGENCIA NORTE\n"
            "La barca, en el muelle, antes de la subasta. / Lucía del Olmo\n"
            "昨年の祭りの様子（町観光協会提供）\nDie Sitzung geht am Montag weiter.",
            removed=("Der Eingang des Rathauses (Archivbild)", "L'ingresso del municipio (foto d'archivio)",
                     "L’entrée de la mairie (photo d’archives)", "La entrada del ayuntamiento (foto de archivo)",
                     "A entrada da câmara (foto de arquivo)", "De ingang van het stadhuis (archieffoto)",
                     "Вход в мэрию (архивное фото)", "Il mio orto a marzo. Foto dell’autrice",
                     "Mon balcon en avril. Photo de l’autrice", "Un tramo del canal a su paso por el barrio. / M. R.",
                     "Así quedaron los viñedos tras la tormenta. / AGENCIA NORTE",
                     "La barca, en el muelle, antes de la subasta. / Lucía del Olmo", "昨年の祭りの様子（町観光協会提供）")),
    Example("Der Rat tagte.\nDas Archivbild zeigt den Platz im Jahr 1950, sagte die Historikerin.\n"
            "La foto d'archivio mostra la piazza nel 1950, ha detto la storica.\n"
            "El precio sube un 5% / año, según el informe.\n市は費用の一部を提供した。"),
    # A Korean caption's source after its sentence; the story's sentence that ends on the word stays.
    Example("시의회는 화요일 예산안을 통과시켰다.\n새로 지은 다리의 야경. 시청 제공\n시는 공사 기간에 셔틀버스를 무료로 제공\n"
            "다리는 내년 봄에 개통한다.",
            removed=("새로 지은 다리의 야경. 시청 제공",)),
    # A Korean caption whose credit is the outlet's file photo ("자료사진"), bare or after the agency's slash; a story's
    # sentence on file photos stays.
    Example("시의회가 열렸다.\n시민들이 전통시장에서 장을 보고 있다. 한빛일보 자료사진\n서울의 한 대형마트 매장. /연합뉴스 자료사진\n"
            "공사는 봄에 시작된다.",
            removed=("시민들이 전통시장에서 장을 보고 있다. 한빛일보 자료사진", "서울의 한 대형마트 매장. /연합뉴스 자료사진")),
    Example("시의회가 열렸다.\n시는 옛 거리의 자료사진을 모아 전시회를 연다. 전시는 다음 달까지 이어진다."),
    # The credit's label in scripts without case and languages the tables had none for; the words in a sentence stay.
    Example("انعقد المجلس.\nتصوير: أحمد سالم\nצילום: דנה לוי\nعکس: مریم احمدی\nफोटो: राजेश कुमार\nẢnh: Nguyễn Văn An\n"
            "Φωτογραφία: Μαρία Παππά\nPicha: Amina Juma\nภาพ: สมชาย ใจดี\nSumber foto: Humas Pemkot\nThe council met again.",
            removed=("تصوير: أحمد سالم", "צילום: דנה לוי", "عکس: مریم احمدی", "फोटो: राजेश कुमार", "Ảnh: Nguyễn Văn An",
                     "Φωτογραφία: Μαρία Παππά", "Picha: Amina Juma", "ภาพ: สมชาย ใจดี", "Sumber foto: Humas Pemkot")),
    Example("Совет собрался.\nИллюстрация: Анна Смирнова\nIlustración: Marta Ruiz\nIllustration : Léa Roy\nIlustracja: Jan Nowak\n"
            "Мост откроют в мае.",
            removed=("Иллюстрация: Анна Смирнова", "Ilustración: Marta Ruiz", "Illustration : Léa Roy", "Ilustracja: Jan Nowak")),
    Example("الصورة التي نشرها المجلس أظهرت الجسر.\nẢnh chụp cây cầu được đăng hôm thứ Hai.\n"
            "Picha za daraja zilipigwa Jumatatu na wakazi."),
    Example("市议会周二批准了预算。\n图为新建成的大桥。（本报记者 王强 摄）\n颱風外圍環流影響，街頭下起大雨。（記者林志明攝）\n"
            "大桥将于明年通车。",
            removed=("图为新建成的大桥。（本报记者 王强 摄）", "颱風外圍環流影響，街頭下起大雨。（記者林志明攝）")),
    Example("市议会周二批准了预算。\n图为市民在新建的大桥上散步。记者 王强 摄\n游客在江边拍照。本报记者 张伟 通讯员 刘洋 摄\n"
            "大桥将于明年通车，记者从市交通局获悉此事。",
            removed=("图为市民在新建的大桥上散步。记者 王强 摄", "游客在江边拍照。本报记者 张伟 通讯员 刘洋 摄")),
    Example("市議会は予算案を可決した。\n新しい橋を渡る市民（4月2日、中区で）\n式典で挨拶する山田市長（１２月１日、市役所で）\n"
            "橋は来年開通する（市によると）。",
            removed=("新しい橋を渡る市民（4月2日、中区で）", "式典で挨拶する山田市長（１２月１日、市役所で）")),
    Example("详细路线见下图：\n施工将于春季开始，市政府表示费用全部由财政承担，不会向市民收取通行费。\n"
            "他说：“我们会继续拍摄（包括夜景）。”"),
    Example(
        "A firefighter walks past a burning house in Paradise, California, on Nov. 9. (\n"
        "A firefighter walks past a burning house in Paradise, California, on Nov. 9. (Photo: Justin Sullivan/Getty Images)\n"
        "The fire destroyed more than 18,000 buildings in two weeks.",
        removed=(
            "A firefighter walks past a burning house in Paradise, California, on Nov. 9. (",
            "A firefighter walks past a burning house in Paradise, California, on Nov. 9. (Photo: Justin Sullivan/Getty Images)",
        ),
    ),
    Example("Volunteers fill sandbags in Lyon, France, on Tuesday. (Claire Dubois/AFP)\nThe river crested overnight.",
            removed=("Volunteers fill sandbags in Lyon, France, on Tuesday. (Claire Dubois/AFP)",)),
    Example("Firefighters at the scene on Monday. Credit: Jane Doe/Example News\nMaria Lopez Submitted photo\n"
            "In this May 2, 2019, file photo, the mayor speaks in the square.\nThe bridge reopened.\n"
            "An artist's illustration of the new station.\nJane Doe/Example Media\nThe old pier in 1950. Credit... Ali Khan\n"
            "Mayor Ana Ruiz, center, opens the bridge in Leeds on Monday.",
            removed=("Firefighters at the scene on Monday. Credit: Jane Doe/Example News", "Maria Lopez Submitted photo",
                     "In this May 2, 2019, file photo, the mayor speaks in the square.",
                     "An artist's illustration of the new station.", "Jane Doe/Example Media",
                     "The old pier in 1950. Credit... Ali Khan", "Mayor Ana Ruiz, center, opens the bridge in Leeds on Monday.")),
    Example("Der Rat tagte.\nFoto © Anna Berg\nDie Läuferin im Ziel. © AFP / Jan Novak\nEl puente, al amanecer. Imagen: Agencia Ejemplo\n"
            "Crédit photo : Marie Dupont\nMost o świcie. Fot. Jan Kowalski",
            removed=("Foto © Anna Berg", "Die Läuferin im Ziel. © AFP / Jan Novak",
                     "El puente, al amanecer. Imagen: Agencia Ejemplo", "Crédit photo : Marie Dupont",
                     "Most o świcie. Fot. Jan Kowalski")),
    Example("Der Rat tagte.\nDie Präsidentin nach der Wahl mit ihrem Stellvertreter. EPK / Anna Berg\n"
            "The mayor at the opening of the bridge. Example Press / Jo Lee",
            removed=("Die Präsidentin nach der Wahl mit ihrem Stellvertreter. EPK / Anna Berg",
                     "The mayor at the opening of the bridge. Example Press / Jo Lee")),
    Example("The route runs from Leeds to York. Trains / Buses both run hourly.\nDer Zug fährt nach Berlin/Brandenburg."),
    # The photographer's name alone after the caption's sentence, in each language; not a name after an
    # abbreviation, nor a link's words, nor a sentence that names someone and ends with its stop.
    Example("Der Rat tagte am Montag.\nDüngen ist auf gefrorenem Boden verboten! Anna Berg\n"
            "El alcalde inaugura el puente nuevo. (Lucía Prieto Sanz)\nLe maire inaugure le nouveau pont. Marie Dupont\n"
            "Il sindaco inaugura il nuovo ponte. (Paolo Conti)\nBurmistrz otwiera nowy most. Ewa Nowak\n"
            "The mayor opens the new bridge on Monday. Jo Lee\nDie Brücke ist wieder offen.",
            removed=("Düngen ist auf gefrorenem Boden verboten! Anna Berg",
                     "El alcalde inaugura el puente nuevo. (Lucía Prieto Sanz)",
                     "Le maire inaugure le nouveau pont. Marie Dupont", "Il sindaco inaugura il nuovo ponte. (Paolo Conti)",
                     "Burmistrz otwiera nowy most. Ewa Nowak", "The mayor opens the new bridge on Monday. Jo Lee")),
    Example("The council met.\nThe talk was led by Prof. Tom Lambert\n2 Pck. Dr. Oetker Backpulver\n"
            "Growth is a habit, not a hack. Click To Tweet\nThe bridge was opened by the mayor, Jo Lee.\n"
            "Die Brücke wurde von der Bürgermeisterin eröffnet. Anna Berg sprach als Erste."),
    # A news photo's caption with the day and its full date; the story names the day alone.
    Example("The union held its biggest rally yet.\nTeachers in red fill the steps of the Statehouse in Springfield, "
            "Tuesday, Nov. 19, 2019, calling for higher pay.\nThe rally ended at noon.",
            removed=("Teachers in red fill the steps of the Statehouse in Springfield, Tuesday, Nov. 19, 2019, calling for "
                     "higher pay.",)),
    Example("The union held its biggest rally yet.\nTeachers rallied on Tuesday, Nov. 19, and will strike in December.\n"
            "The hearing is set for Monday, Jan. 6."),
    Example("The crowd gathered at dawn.\nJane Doe, AP\nExample TV, Associated Press\nJan Novak, dpa\n"
            "Image caption Marchers reached the square at noon\nThe march ended peacefully.",
            removed=("Jane Doe, AP", "Example TV, Associated Press", "Jan Novak, dpa",
                     "Image caption Marchers reached the square at noon")),
    Example("The crowd gathered at dawn.\nSoldiers guard the bridge outside the capital on Sunday [AFP]\n"
            "Die Läuferin im Ziel [dpa / Jan Novak]\nThe mayor opens the new station in Leeds. (JANE DOE, Example Media)",
            removed=("Soldiers guard the bridge outside the capital on Sunday [AFP]", "Die Läuferin im Ziel [dpa / Jan Novak]",
                     "The mayor opens the new station in Leeds. (JANE DOE, Example Media)")),
    Example("The report was issued in Geneva (WHO, Geneva)\nThe film is out now on disc [HD DVD]\n"
            "Die Kosten steigen weiter [ANALYSE]"),
    Example("Talks with Reuters, AP\nImages of the march spread online within minutes."),
    Example("The agency said it had licensed the photo to several newspapers.\nThe picture shows the ruined bridge."),
    # A credit's label opening the line, the credit holding dots (a web address, an initial).
    Example("Der Rat tagte.\nFoto: dpa/M. Schulz\nBild: www.beispiel-stadt.de\nPhoto : J.-P. Martin / Mairie d'Exemple\n"
            "Imagen: A. Ruiz / archivo.es\nImmagine: Comune di Esempio, s.d.\nBeeld: P. de Vries / ANP\n"
            "Zdjęcie: J. Kowalski / Fotolia.com\nFotografia: R. Costa / Lusa\nDie Brücke ist wieder offen.",
            removed=("Foto: dpa/M. Schulz", "Bild: www.beispiel-stadt.de", "Photo : J.-P. Martin / Mairie d'Exemple",
                     "Imagen: A. Ruiz / archivo.es", "Immagine: Comune di Esempio, s.d.", "Beeld: P. de Vries / ANP",
                     "Zdjęcie: J. Kowalski / Fotolia.com", "Fotografia: R. Costa / Lusa")),
    # Credits in the shapes every language gives them, after the caption's sentence; a story's sentence
    # that ends on an acronym, a name or a year stays.
    Example("Der Rat tagte.\nA heron waits by the weir at dawn. MARA LINDQVIST\n"
            "La nueva pasarela sobre el río, en obras. CONCELLO DE EXEMPLO\n"
            "The ferry leaves the harbour in the evening. Tom Reyes for Example Weekly\n"
            "Le marché couvert, un samedi matin. Photo Léa Roy pour L'Exemple\n"
            "Die Fähre legt am Abend ab. © Max Berg für Beispielblatt\nDie Brücke im Nebel. © Anna Hollmann\n"
            "Il ponte vecchio illuminato di notte (foto Ferraris)\nThe harbour wall after the storm. Photograph: Jo Lee/PA\n"
            "Die Brücke ist wieder offen.",
            removed=("A heron waits by the weir at dawn. MARA LINDQVIST", "La nueva pasarela sobre el río, en obras. CONCELLO DE EXEMPLO",
                     "The ferry leaves the harbour in the evening. Tom Reyes for Example Weekly",
                     "Le marché couvert, un samedi matin. Photo Léa Roy pour L'Exemple",
                     "Die Fähre legt am Abend ab. © Max Berg für Beispielblatt", "Die Brücke im Nebel. © Anna Hollmann",
                     "Il ponte vecchio illuminato di notte (foto Ferraris)",
                     "The harbour wall after the storm. Photograph: Jo Lee/PA")),
    Example("The council met.\nThe grant was confirmed by the agency. NASA\nShe moved to the capital in 1998. Jo Lee\n"
            "The deal was signed by the ministers. Ana Ruiz for the government and Tom Reyes for the union\n"
            "Die Sitzung dauerte bis Mitternacht. Frank Berg für die SPD sprach als Letzter\n"
            "Il sindaco ha parlato (foto della piazza in allegato)"),
    Example("Der Rat tagte.\nDas Foto zeigt: Die Brücke ist wieder offen.\nEn la imagen: el puente reabierto al tráfico.\n"
            "Le bilan des photos : trois expositions en un an."),
    Example("Die Fotografin zeigte ihre Bilder im Museum, das Foto der Brücke wurde prämiert.\n"
            "La imagen del puente se publicó el lunes en varios periódicos."),
    # A credit's label alone on its line, the name under it, in several languages; a paragraph under a lone
    # label, and a label with a sentence under it, stay.
    Example("Der Rat tagte.\nFoto:\nMarta Kühn\nA híd hajnalban.\nFotó:\nKiss Anna / Példa Hírek\n"
            "Le pont à l'aube.\nPhoto :\nJ.-P. Martin | Mairie d'Exemple\nНовый мост.\nФото:\nИрина Соколова\n"
            "Die Brücke ist wieder offen.",
            removed=("Foto:", "Marta Kühn", "Fotó:", "Kiss Anna / Példa Hírek", "Photo :", "J.-P. Martin | Mairie d'Exemple",
                     "Фото:", "Ирина Соколова")),
    Example("Der Rat tagte.\nBild:\nDie Stadt hat am Montag beschlossen, die Brücke zu sanieren, sagte der Bürgermeister.\n"
            "Photo:\nThe bridge reopened on Monday.\nQuelle:\nStatistisches Landesamt"),
    # A gallery's slides under the story, each caption opening with its counter; two numbered lines are no gallery.
    Example("The carnival drew record crowds.\n1/4 – Dancers lead the parade down the high street.\n"
            "2/4: The brass band in the square\n3/4 – Ein Wagen mit Riesenfiguren zieht durch die Altstadt.\n"
            "4/4 — Le feu d'artifice au-dessus du port, vers minuit.\nThe council said it would run again next year.",
            removed=("1/4 – Dancers lead the parade down the high street.", "2/4: The brass band in the square",
                     "3/4 – Ein Wagen mit Riesenfiguren zieht durch die Altstadt.",
                     "4/4 — Le feu d'artifice au-dessus du port, vers minuit.")),
    Example("The carnival drew record crowds.\n1/3 – the share of visitors who came by train.\n"
            "2/3 – the share who stayed overnight.\nThe rest came by car. Opening hours: 9/10 – 18/19 in summer."),
    # The counter alone on its line over its caption, in a story's middle; fractions alone over their items stay.
    Example("Körfezspor sahasında 2-1 kazandı.\n1/8\nTaraftarlar maç öncesi tribünde.\n2/8\nİlk golün ardından sevinç.\n"
            "3/8\nKaptan kupayı kaldırıyor.\nMaçın son anları nefes kesti.",
            removed=("1/8", "Taraftarlar maç öncesi tribünde.", "2/8", "İlk golün ardından sevinç.", "3/8",
                     "Kaptan kupayı kaldırıyor.")),
    Example("Das Rezept braucht wenig.\n1/2\nTasse Mehl\n3/4\nTasse Milch\n1/3\nTasse Zucker\nAlles verrühren."),
    # A credit after the caption's sentence or in brackets at its end, in languages whose tables had the label only
    # opening a line; a story's sentences with the words stay.
    Example("Der Rat tagte.\nأطفال يقرؤون داخل الحافلة. (تصوير: سامي حسن)\nראש המועצה בטקס הפתיחה (צילום: דוברות המועצה)\n"
            "زنان روستایی کنار غرفه. عکاس: علی رضایی\nCầu treo nhìn từ trên cao. Ảnh: Lê Minh\n"
            "Кметът на откриването. Снимка: БТА\nSkaityklos žaidimų kampelis. Nuotr. iš asmeninio archyvo\n"
            "Η αίθουσα αναμονής. (ΦΩΤΟ: Eurokinissi)\n食材を寄付する八百屋＝4日、港北区（撮影・佐藤由美）\n"
            "숲길 중간에 남겨진 옛 철로. /연합뉴스\nDie Sitzung geht weiter.",
            removed=("أطفال يقرؤون داخل الحافلة. (تصوير: سامي حسن)", "ראש המועצה בטקס הפתיחה (צילום: דוברות המועצה)",
                     "زنان روستایی کنار غرفه. عکاس: علی رضایی", "Cầu treo nhìn từ trên cao. Ảnh: Lê Minh",
                     "Кметът на откриването. Снимка: БТА", "Skaityklos žaidimų kampelis. Nuotr. iš asmeninio archyvo",
                     "Η αίθουσα αναμονής. (ΦΩΤΟ: Eurokinissi)", "食材を寄付する八百屋＝4日、港北区（撮影・佐藤由美）",
                     "숲길 중간에 남겨진 옛 철로. /연합뉴스")),
    Example("Der Rat tagte.\nСнимката на моста беше направена в понеделник от жител на селото.\n"
            "Ảnh chụp cây cầu được đăng hôm thứ Hai trên trang của xã.\nNuotrauka buvo padaryta pirmadienį.\n"
            "הצילום נעשה ביום שני, אמר הצלם.\n시는 2030년까지 공원 10곳을 만든다. 총사업비는 500억 원/년이다."),
])
def photo_caption(page: Page) -> list[int]:
    """Photo captions and credits ("(Photo: X/Getty Images)", "(Name/AP)",
    a label alone on its line over the name),
    a gallery's slide captions by their counters ("3/8 – ..."), and the truncated or identical first copy of a caption that pages often
    render twice.

    Not in a text where no stage has found chrome yet (see
    keep_bare_articles): an article given alone keeps the captions it was
    given with; once a pass finds chrome, the next removes them."""
    if page.settings.keep_bare_articles and not chrome_found(page):
        return []
    texts = page.texts()
    hits = set(matching_positions(page, CREDIT))
    credited = [i for i, (text, f) in enumerate(zip(texts, page.features))
                if f.words <= page.settings.caption_max_words
                # Both credits follow a sentence's mark: a line without one is not read by two calls.
                and ("." in text or "!" in text or "?" in text)
                and (_credited_after_sentence(text) or _credited_by_name(text, page.stopwords))]
    if credited:  # but a line a paragraph goes on from, wrapped at a fixed width: its end is no caption's end
        goes_on = wrapped_on(page)
        hits.update(i for i in credited if i == len(goes_on) or not goes_on[i])
    hits.update(_slide_captions(texts, [f.words for f in page.features], page.settings.slide_caption_min_lines,
                                page.settings.slide_caption_under_max_words))
    hits.update(_split_credits(page))
    hits.update(_repeated_by(hits, texts, page.settings.repeated_caption_min_chars))
    return sorted(hits)
