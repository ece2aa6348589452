"""Site chrome: skip links, menus, share bars, cookie notices, ads, comments,
media-player debris. Each appears as whole short lines that say nothing."""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterable, Iterator

import regex

from ..cache import compiled
from ..features import Features
from ..model import Page
from ..settings import Settings
from .base import (Example, Mode, Output, Role, by_paragraphs_if_wrapped, by_sentences, chrome_found, detector,
                   pattern_detector, runs, table_row, with_wrapped_rest)
from .headers import MONTH, MONTHS, STORY_BYLINE_WORDS, sign_off_at, signers_at, ticker_stamps
from .patterns import LinePattern, matching_positions
from .traditional import with_traditional

skip_link = pattern_detector(
    "skip-link",
    """Accessibility links such as "Skip to main content" or "Skip to next
    paragraph": page furniture, never part of an article.""",
    roles={Role.CHROME},
    max_words="skip_link_max_words",
    branches={
        "en": [
            r"^(skip|jump|go) to (the )?(main |primary )?(content|navigation|nav|menu|article|search|footer|main)\b",
            # A screen reader's link past a picture or a box set in the story: "Skip to next paragraph".
            r"^skip to (the )?next (paragraph|section)\W{0,3}$",
            # A recipe blog's link past the story to its recipe card: "Jump to Recipe".
            r"^(jump|skip|go) to (the )?recipe( card)?\W{0,3}$",
            # The link named by what it skips: "Skip navigation", "Skip main menu".
            r"^skip (the )?(main |primary )?(navigation|nav|menu|links)\W{0,3}$",
        ],
        # Each language: "Skip to content" / "to navigation", as a screen reader's link says it.
        "de": [r"^(direkt )?(zum|zur) (haupt)?(inhalt|navigation|menü|suche)( springen| wechseln)?$",
               r"^(direkt |springe |spring )?zum rezept( springen)?\W{0,3}$",
               r"^(springe|springen|gehe|weiter) (direkt )?(zum|zur) (haupt)?(inhalt|navigation)$",
               r"^(die )?(haupt)?(navigation|menü) überspringen$"],
        "fr": [r"^(aller|passer|accéder) (directement )?(au|à la) (contenu|navigation|menu)( principale?)?$",
               r"^(aller|passer|sauter) (directement )?à la recette\W{0,3}$",
               r"^(passer|sauter|ignorer) (la navigation|le menu)( principale?)?$"],
        "es": [r"^(saltar|ir) (directamente )?al (contenido|menú|navegación)( principal)?$",
               r"^(saltar|ir) (directamente )?a la receta\W{0,3}$",
               r"^(saltar|omitir) (la navegación|el menú)( principal)?$"],
        "it": [r"^(vai|salta|passa) (direttamente )?al (contenuto|menu|navigazione)( principale)?$",
               r"^(vai|salta|passa) (direttamente )?alla ricetta\W{0,3}$",
               r"^(salta|ignora) (la navigazione|il menu)( principale)?$"],
        "pt": [r"^(pular|ir|saltar) (direto |diretamente )?(para o|ao) (conteúdo|menu)( principal)?$",
               r"^(pular|ir|saltar) (direto |diretamente )?para a receita\W{0,3}$",
               r"^(pular|saltar|ignorar) (a navegação|o menu)( principal)?$"],
        "nl": [r"^(ga |spring )?(direct )?naar (de )?(hoofd)?(inhoud|navigatie)( gaan| springen)?$",
               r"^(ga |spring )?(direct )?naar (het )?recept\W{0,3}$",
               r"^(hoofd)?(navigatie|menu) overslaan$"],
        "pl": [r"^(przejdź|przeskocz) (do|bezpośrednio do) (treści|zawartości|menu|nawigacji)( głównej)?$",
               r"^(przejdź|przeskocz) (od razu |bezpośrednio )?do przepisu\W{0,3}$",
               r"^pomiń (nawigację|menu)( główn[ąe])?$"],
        "ru": [r"^(перейти|пропустить|к) (к )?(основному )?(содержани[юе]|содержимому|контенту|навигации|меню)$"],
        "uk": [r"^(перейти|пропустити) до (основного )?(вмісту|змісту|контенту|навігації|меню)$"],
        "cs": [r"^(přejít|přeskočit) (na|k) (hlavní(mu)? )?(obsah(u)?|navigac[ei]|menu)$",
               r"^přeskočit (hlavní )?(navigaci|menu)$"],
        "sk": [r"^(prejsť|preskočiť) (na|k) (hlavnému )?(obsah(u)?|navigáci[ua]|menu)$"],
        "sv": [r"^(hoppa|gå) (direkt )?till (huvud)?(innehållet|innehåll|navigeringen|menyn)$",
               r"^hoppa över (huvud)?(navigeringen|menyn)$"],
        "da": [r"^(spring|gå) (direkte )?til (hoved)?(indholdet|indhold|navigationen|menuen)$"],
        "no": [r"^(hopp|gå) (direkte )?til (hoved)?(innholdet|innhold|navigasjonen|menyen)$"],
        "fi": [r"^(siirry|hyppää) (suoraan )?(sisältöön|pääsisältöön|navigaatioon|valikkoon)$"],
        "tr": [r"^(içeriğe|ana içeriğe|menüye|gezinmeye) (geç|atla|git)$"],
        "ro": [r"^(salt|sari|treci|mergi) la (conținut(ul)?|meniu|navigare)( principal)?$"],
        "hu": [r"^ugrás (a )?(tartalomhoz|fő tartalomra|navigációhoz|menühöz)$"],
        # Scripts without spaces: the whole line.
        "zh": [r"^(跳到|跳至|跳转到|转到)(主要|正文)?(内容|正文|导航)$"],
        "ja": [r"^(メインコンテンツ|本文|コンテンツ|ナビゲーション)(へ|に)(スキップ|移動|ジャンプ)$"],
        "ko": [r"^(본문|주요 콘텐츠|메뉴)(으로|로)? ?(바로가기|건너뛰기)$"],
        # Languages the lists had none for, as the blog software and the sites' templates write it.
        "el": [r"^(μετάβαση|μεταβείτε|παράλειψη) (στο|προς το) (κύριο )?περιεχόμενο$"],
        "id": [r"^(langsung|lompat|loncat) ke (konten|isi|navigasi|menu)( utama)?$"],
        "vi": [r"^(chuyển|bỏ qua|đi) (đến|tới) (nội dung|điều hướng|menu)( chính)?$", r"^bỏ qua nội dung$"],
        "ar": [r"^(انتقل|الانتقال|التخطي|تخطى|تخطي) (إلى|الى) (المحتوى|المحتوى الرئيسي|القائمة)$"],
        # Catalan, Malay, Albanian, Icelandic, Azerbaijani, Bengali, Tamil, Georgian, Armenian, Urdu, Macedonian, Kazakh.
        "ca": [r"^(vés|salta|ves) (al|a la) (contingut|navegació|menú)( principal)?$"],
        "ms": [r"^langkau ke (kandungan|navigasi|menu)( utama)?$"],
        "sq": [r"^(kalo|shko|kapërce) (te|tek|në) (përmbajtja|përmbajtjen|menyja|navigimi)( kryesore)?$"],
        "is": [r"^(fara|hoppa) (beint )?(í|að) (efni|meginmál|valmynd)$"],
        "az": [r"^(əsas )?(məzmuna|menyuya|naviqasiyaya) keç(in)?$"],
        "bn": [r"^(মূল )?(বিষ(য়|য়)বস্তুতে|কনটেন্টে) (যান|চলুন)$"],
        "ta": [r"^(முதன்மை |முக்கிய )?உள்ளடக்கத்திற்குச் (செல்|செல்லவும்)$"],
        "ka": [r"^(მთავარ )?(შინაარსზე|კონტენტზე|მენიუზე) გადასვლა$"],
        "hy": [r"^անցնել (հիմնական )?(բովանդակությանը|նավիգացիային|ընտրացանկին)$"],
        "ur": [r"^(مرکزی )?(مواد|مشمولات|مینو) (پر|تک) (جائیں|جاؤ)$"],
        "mk": [r"^(скокни|премини|оди) (до|на) (содржината|главната содржина|менито|навигацијата)$"],
        "kk": [r"^(негізгі )?(мазмұнға|мәзірге) өту$"],
    },
    examples=[
        # The link in Catalan, Malay, Albanian, Icelandic, Azerbaijani, Bengali, Tamil, Georgian, Armenian, Urdu, Macedonian, Kazakh; the words in a sentence stay.
        Example("Vés al contingut principal\nLangkau ke kandungan utama\nKalo te përmbajtja\nFara í efni\n"
                "Əsas məzmuna keç\nমূল বিষয়বস্তুতে যান\nமுதன்மை உள்ளடக்கத்திற்குச் செல்\nმთავარ შინაარსზე გადასვლა\n"
                "Անցնել հիմնական բովանդակությանը\nمرکزی مواد پر جائیں\nСкокни до содржината\nНегізгі мазмұнға өту\n"
                "The council met on Tuesday and agreed the budget.",
                removed=("Vés al contingut principal", "Langkau ke kandungan utama", "Kalo te përmbajtja",
                         "Fara í efni", "Əsas məzmuna keç", "মূল বিষয়বস্তুতে যান",
                         "முதன்மை உள்ளடக்கத்திற்குச் செல்", "მთავარ შინაარსზე გადასვლა",
                         "Անցնել հիմնական բովանդակությանը", "مرکزی مواد پر جائیں", "Скокни до содржината",
                         "Негізгі мазмұнға өту")),
        Example("Fara í efni málsins tók nefndin tvo daga, sagði formaðurinn.\n"
                "Скокни до содржината на договорот, рече министерот.\n"
                "Vés al contingut del pressupost, va dir l'alcaldessa."),
        Example("Skip to content\nThe council met on Tuesday and agreed the budget.", removed=("Skip to content",)),
        Example("Jump to navigation\nSkip to main content\nRain is forecast.",
                removed=("Jump to navigation", "Skip to main content")),
        Example("Skip to next paragraph\nThe council met on Tuesday and agreed the budget.", removed=("Skip to next paragraph",)),
        Example("Players must skip to the next round if they lose, the referee said."),
        # The link named by what it skips, in each language; a sentence that skips the menu stays.
        Example("Skip navigation\nHauptnavigation überspringen\nPasser la navigation\nSaltar la navegación\n"
                "Salta la navigazione\nPular a navegação\nNavigatie overslaan\nPomiń nawigację\nPřeskočit navigaci\n"
                "Hoppa över menyn\nThe council met on Tuesday and agreed the budget.",
                removed=("Skip navigation", "Hauptnavigation überspringen", "Passer la navigation", "Saltar la navegación",
                         "Salta la navigazione", "Pular a navegação", "Navigatie overslaan", "Pomiń nawigację",
                         "Přeskočit navigaci", "Hoppa över menyn")),
        Example("Skip the menu and order the daily special, the waiter told us.\n"
                "Wer die Navigation überspringen will, drückt die Tabulatortaste."),
        # A recipe blog's jump to its recipe card, in each language.
        Example("Jump to Recipe\nDirekt zum Rezept\nAller à la recette\nSaltar a la receta\nVai alla ricetta\n"
                "Ir para a receita\nNaar het recept\nPrzejdź do przepisu\nThe cake keeps for three days.",
                removed=("Jump to Recipe", "Direkt zum Rezept", "Aller à la recette", "Saltar a la receta",
                         "Vai alla ricetta", "Ir para a receita", "Naar het recept", "Przejdź do przepisu")),
        Example("Go to the recipe section of the old cookbook and you will find it, she said."),
        Example("Zum Inhalt springen\nAller au contenu\nSaltar al contenido\nVai al contenuto\nPular para o conteúdo\n"
                "Naar de inhoud\nPrzejdź do treści\nDer Rat tagte.",
                removed=("Zum Inhalt springen", "Aller au contenu", "Saltar al contenido", "Vai al contenuto",
                         "Pular para o conteúdo", "Naar de inhoud", "Przejdź do treści")),
        # Languages without another table here: the link is the same few words.
        Example("Перейти к содержанию\nПерейти до вмісту\nPřejít k obsahu\nHoppa till innehållet\nSpring til indholdet\n"
                "Hopp til innholdet\nSiirry sisältöön\nİçeriğe geç\nSari la conținut\nUgrás a tartalomhoz\n"
                "跳到主要内容\nメインコンテンツへスキップ\n본문 바로가기\nСовет собрался в четверг.",
                removed=("Перейти к содержанию", "Перейти до вмісту", "Přejít k obsahu", "Hoppa till innehållet",
                         "Spring til indholdet", "Hopp til innholdet", "Siirry sisältöön", "İçeriğe geç", "Sari la conținut",
                         "Ugrás a tartalomhoz", "跳到主要内容", "メインコンテンツへスキップ", "본문 바로가기")),
        Example("Μετάβαση στο περιεχόμενο\nLangsung ke konten\nChuyển đến nội dung\nBỏ qua nội dung\n"
                "التخطي إلى المحتوى\nΤο συμβούλιο συνεδρίασε την Πέμπτη.",
                removed=("Μετάβαση στο περιεχόμενο", "Langsung ke konten", "Chuyển đến nội dung", "Bỏ qua nội dung",
                         "التخطي إلى المحتوى")),
        Example("Η μετάβαση στο περιεχόμενο της συμφωνίας έγινε μετά το μεσημέρι, είπε ο πρόεδρος.\n"
                "Langsung ke konten rapat, kata ketua dewan pada hari Kamis."),
        Example("Мы решили перейти к содержанию доклада только после обеда, сказал председатель.\n"
                "Direkt zum Inhalt des Vertrags äußerte sich der Minister nicht.\nHan gick till innehållet i rapporten direkt."),
    ],
)


POST_NAVIGATION = LinePattern(
    {
        "bg": [r"^(етикети|тагове|ключови думи)\s*:\s*\S.{0,200}$"],
        "th": [r"^(แท็ก|คำค้น|ป้ายกำกับ|หมวดหมู่)\s*:\s*\S.{0,200}$"],
        # Each language: previous/next-post links, then tag and category lines.
        "en": [
            r"^[«‹<]?\s*(previous|next|prev|older|newer) (post|article|story|entry|posts|articles)\b.{0,120}$",
            r"^post navigation$",
            r"^(tags?|tagged|categories|category|labels|filed under|posted in|article tags)\s*:\s*\S.{0,200}$",
            r"^(tagged with|filed under) \S.{0,200}$",
        ],
        "fr": [
            r"^[«‹<]?\s*(article précédent|article suivant)\b.{0,120}$",
            r"^[«‹<]?\s*(article|message|billet) plus (récent|ancien)\b.{0,120}$",
            r"^(tags?|étiquettes?|mots[- ]clés|catégories?)\s*:\s*\S.{0,200}$",
            r"^(classé dans|publié dans) \S.{0,200}$",
        ],
        "it": [
            r"^[«‹<]?\s*(articolo (precedente|successivo))\b.{0,120}$",
            r"^[«‹<]?\s*(post|articolo) più (recente|vecchio)\b.{0,120}$",
            r"^(tag|etichette|parole chiave|categorie|categoria)\s*:\s*\S.{0,200}$",
            r"^archiviato in \S.{0,200}$",
        ],
        "de": [
            r"^[«‹<]?\s*((vorheriger|nächster) (artikel|beitrag))\b.{0,120}$",
            r"^[«‹<]?\s*(neuerer|älterer) (post|beitrag|eintrag)\b.{0,120}$",
            r"^(tags?|schlagw(o|ö)rte?r?|stichw(o|ö)rte?r?|kategorien?|labels)\s*:\s*\S.{0,200}$",
            r"^(getaggt mit|eingeordnet unter|abgelegt unter|veröffentlicht unter) \S.{0,200}$",
        ],
        "es": [
            r"^[«‹<]?\s*((artículo|entrada) (anterior|siguiente))\b.{0,120}$",
            r"^[«‹<]?\s*(entrada|publicación) más (reciente|antigua)\b.{0,120}$",
            r"^(etiquetas?|categorías?)\s*:\s*\S.{0,200}$",
            r"^archivado en \S.{0,200}$",
        ],
        "pl": [
            r"^[«‹<]?\s*((poprzedni|następny) (artykuł|wpis))\b.{0,120}$",
            r"^[«‹<]?\s*(nowszy|starszy) (post|wpis)\b.{0,120}$",
            r"^(tagi|słowa kluczowe|kategorie|kategoria)\s*:\s*\S.{0,200}$",
        ],
        "ru": [
            r"^[«‹<]?\s*((предыдущая|следующая) (статья|запись))\b.{0,120}$",
            r"^(теги|метки|ключевые слова|рубрики?)\s*:\s*\S.{0,200}$",
        ],
        "zh": [r"^(上一篇|下一篇)\s*[:：].{0,60}$", r"^(标签|关键词|关键字|分类)\s*[:：]\s*\S.{0,100}$"],
        # The tag and category lines of languages without more here.
        "uk": [r"^(теги|мітки|ключові слова|рубрики?)\s*:\s*\S.{0,200}$"],
        "cs": [r"^(tagy|štítky|klíčová slova|rubriky?|kategorie)\s*:\s*\S.{0,200}$"],
        "sv": [r"^(taggar|nyckelord|ämnen|kategorier|kategori)\s*:\s*\S.{0,200}$"],
        "da": [r"^(emner|nøgleord|kategorier|kategori)\s*:\s*\S.{0,200}$"],
        "no": [r"^(emneord|nøkkelord|stikkord|emner|kategorier)\s*:\s*\S.{0,200}$"],
        "sk": [r"^(tagy|štítky|kľúčové slová|témy|kategórie)\s*:\s*\S.{0,200}$"],
        "el": [r"^(ετικ[έε]τες|λ[έε]ξεις[- ]κλειδι[άα]|κατηγορ[ίι]ες)\s*:\s*\S.{0,200}$"],
        "ar": [r"^(الكلمات المفتاحية|كلمات مفتاحية|الوسوم|وسوم|التصنيفات)\s*:\s*\S.{0,200}$"],
        "vi": [r"^(từ khóa|từ khoá|chủ đề)\s*:\s*\S.{0,200}$"],
        "id": [r"^(tag|tags|kata kunci|topik)\s*:\s*\S.{0,200}$"],
        "fi": [r"^(avainsanat|aiheet|tunnisteet|kategoriat)\s*:\s*\S.{0,200}$"],
        "tr": [r"^(etiketler|anahtar kelimeler|kategoriler|kategori)\s*:\s*\S.{0,200}$"],
        "ro": [r"^(etichete|cuvinte cheie|categorii|categorie)\s*:\s*\S.{0,200}$"],
        "hu": [r"^(címkék|kulcsszavak|kategóriák|kategória)\s*:\s*\S.{0,200}$"],
        "ca": [r"^(etiquetes|paraules clau|categories)\s*:\s*\S.{0,200}$"],
        "sq": [r"^(etiketa|etiketat|fjalë kyçe)\s*:\s*\S.{0,200}$"],
        "is": [r"^(efnisorð|merki|flokkar)\s*:\s*\S.{0,200}$"],
        "az": [r"^(teqlər|etiketlər|açar sözlər)\s*:\s*\S.{0,200}$"],
        "bn": [r"^(বিষ(য়|য়)|ট্যাগ|ট্যাগস)\s*:\s*\S.{0,200}$"],
        "ta": [r"^(குறிச்சொற்கள்|குறிச்சொல்)\s*:\s*\S.{0,200}$"],
        "ka": [r"^(თეგები|ტეგები|საკვანძო სიტყვები)\s*:\s*\S.{0,200}$"],
        # Armenian sets its own comma (՝) after the label as often as a colon.
        "hy": [r"^(պիտակներ|թեգեր|բանալի բառեր)\s*[:՝]\s*\S.{0,200}$"],
        "ur": [r"^(ٹیگز|ٹیگ|کلیدی الفاظ)\s*:\s*\S.{0,200}$"],
        "mk": [r"^(тагови|ознаки|клучни зборови)\s*:\s*\S.{0,200}$"],
        "kk": [r"^(тегтер|кілт сөздер)\s*:\s*\S.{0,200}$"],
        "ja": [r"^(前の記事|次の記事)\s*[:：].{0,60}$", r"^(タグ|カテゴリー?|キーワード)\s*[:：]\s*\S.{0,100}$"],
        "ko": [r"^(이전 ?글|다음 ?글)\s*[:：].{0,60}$", r"^(태그|키워드|카테고리)\s*[:：]\s*\S.{0,100}$"],
        "pt": [
            r"^[«‹<]?\s*((post|artigo) (anterior|seguinte)|próximo (post|artigo))\b.{0,120}$",
            r"^[«‹<]?\s*(postagem|publicação) mais (recente|antiga)\b.{0,120}$",
            r"^(etiquetas|palavras-chave|categorias?)\s*:\s*\S.{0,200}$",
            r"^arquivado em \S.{0,200}$",
        ],
        "nl": [
            r"^[«‹<]?\s*((vorig|volgend) (bericht|artikel))\b.{0,120}$",
            r"^[«‹<]?\s*(nieuwer|ouder) bericht\b.{0,120}$",
            r"^(trefwoorden|categorieën|categorie)\s*:\s*\S.{0,200}$",
        ],
        # A line of hashtags only: the post's tags, in any language ("#Radsport #Leeds #Tour");
        # a blog's links to the posts on each side of its main page ("« Older... | Main | Newer... »").
        # The blog post's footer: "Posted by Jo Lee at 9:11 PM", "Eingestellt von Jo um 21:11".
        # The story's topics as links ("Themen: Verkehr, Baustellen"): a word that also heads an agenda's
        # sentences, so only over labels, with no sentence's stop among them.
        "any": [r"^(themen|temas|tópicos|argomenti|temi|onderwerpen|tematy|témata|thèmes|topics)\s*:\s*[^.!?:;]{1,160}$",
                r"^#[\p{L}\d_]+([\s,]+#[\p{L}\d_]+)+$",
                (r"^(posted by|eingestellt von|publié par|publicado por|pubblicato da|postado por|gepost door"
                 r"|opublikowane przez) .{1,40} (at|um|à|a las|en|alle|às|om|o) \d{1,2}[:.h]\d{2}( ?[ap]\.? ?m\.?)?$"),
                (r"^[«‹<].{1,120}\|\s*(main|home|home ?page|startseite|accueil|inicio|portada|início"
                 r"|strona główna)\s*\|.{1,120}[»›>]$")],
    },
    max_words="post_navigation_max_words",
)
# A previous/next link's label alone on its line, the linked post's title on
# the next: "Previous" / "Vorheriger Beitrag" / "Article suivant".
_END = r"\s*[»›>:]?$"
POST_LINK_LABEL = LinePattern(
    {
        "en": [rf"^[«‹<]?\s*(previous|prev|older|next|newer)( (post|article|story|entry))?{_END}"],
        "de": [rf"^[«‹<]?\s*(vorherige[rs]?|nächste[rs]?|ältere[rs]?|neuere[rs]?)( (beitrag|artikel|eintrag|post))?{_END}"],
        "fr": [rf"^[«‹<]?\s*((article|billet) )?(précédent|suivant){_END}"],
        "es": [rf"^[«‹<]?\s*((entrada|artículo|noticia) )?(anterior|siguiente){_END}"],
        "it": [rf"^[«‹<]?\s*((articolo|post) )?(precedente|successivo){_END}"],
        "pt": [rf"^[«‹<]?\s*((post|artigo|notícia) )?(anterior|seguinte){_END}", rf"^[«‹<]?\s*próximo( (post|artigo))?{_END}"],
        "nl": [rf"^[«‹<]?\s*(vorige?|volgende?)( (bericht|artikel))?{_END}"],
        "pl": [rf"^[«‹<]?\s*(poprzedni|następny)( (artykuł|wpis))?{_END}"],
        "ru": [rf"^[«‹<]?\s*(предыдущая|следующая|предыдущий|следующий)( (статья|запись|новость|материал|пост))?{_END}"],
        "uk": [rf"^[«‹<]?\s*(попередня|наступна|попередній|наступний)( (стаття|новина|запис))?{_END}"],
        "cs": [rf"^[«‹<]?\s*(předchozí|následující|další)( (článek|příspěvek))?{_END}"],
        "sv": [rf"^[«‹<]?\s*(föregående|nästa)( (artikel|inlägg))?{_END}"],
        "da": [rf"^[«‹<]?\s*(forrige|næste)( (artikel|indlæg))?{_END}"],
        "no": [rf"^[«‹<]?\s*(forrige|neste)( (artikkel|innlegg))?{_END}"],
        "fi": [rf"^[«‹<]?\s*(edellinen|seuraava)( (artikkeli|juttu))?{_END}"],
        "tr": [rf"^[«‹<]?\s*(önceki|sonraki)( (haber|yaz[ıi]|makale))?{_END}"],
        "ro": [rf"^[«‹<]?\s*((articolul )?(anterior|următor)){_END}"],
        "hu": [rf"^[«‹<]?\s*(előző|következő)( (cikk|bejegyzés))?{_END}"],
        "zh": [r"^[«‹<]?\s*(上一篇|下一篇)\s*[:：]?$"],
        "ja": [r"^[«‹<]?\s*(前の記事|次の記事)\s*[:：»›>]?$"],
        "ko": [r"^[«‹<]?\s*(이전 ?글|다음 ?글|이전 기사|다음 기사)\s*[»›>:]?$"],
    },
    max_words="post_navigation_max_words",
)


@detector("post-navigation", roles={Role.CHROME}, patterns=[POST_NAVIGATION, POST_LINK_LABEL], examples=[
        # Thai's and Bulgarian's tag lines (lang29's study set); a sentence with the word stays.
        Example("The council met.\nแท็ก: เชียงใหม่ สวนสาธารณะ สิ่งแวดล้อม\nЕтикети: Пловдив, спорт, басейн",
                removed=("แท็ก: เชียงใหม่ สวนสาธารณะ สิ่งแวดล้อม", "Етикети: Пловдив, спорт, басейн")),
        Example("The council met.\nแท็กซี่ในเมืองจะขึ้นราคาตั้งแต่เดือนหน้า ตามประกาศของกรมการขนส่ง"),
        # Tag lines in Catalan, Albanian, Icelandic, Azerbaijani, Bengali, Tamil, Georgian, Armenian, Urdu, Macedonian, Kazakh; a sentence on labels stays.
        Example("El ple es va reunir dilluns.\nEtiquetes: Medi ambient, Sabadell\nEtiketa: Biblioteka, Shkodër\n"
                "Efnisorð: Sundlaugar, Egilsstaðir\nTeqlər: Gəncə, Park\nবিষয়: রাজশাহী নদী\n"
                "குறிச்சொற்கள்: மதுரை பேருந்து\nთეგები: ქუთაისი ბაზარი\nՊիտակներ՝ Գյումրի Լողավազան\n"
                "ٹیگز: ملتان پارک\nТагови: Битола Градинка\nТегтер: Қарағанды Спорт",
                removed=("Etiquetes: Medi ambient, Sabadell", "Etiketa: Biblioteka, Shkodër",
                         "Efnisorð: Sundlaugar, Egilsstaðir", "Teqlər: Gəncə, Park", "বিষয়: রাজশাহী নদী",
                         "குறிச்சொற்கள்: மதுரை பேருந்து", "თეგები: ქუთაისი ბაზარი", "Պիտակներ՝ Գյումրի Լողավազան",
                         "ٹیگز: ملتان پارک", "Тагови: Битола Градинка", "Тегтер: Қарағанды Спорт")),
        Example("Etiquetes noves per als contenidors, va anunciar l'Ajuntament.\n"
                "Тегтер туралы әңгіме ұзаққа созылды."),
        # Tag lines and previous/next labels over titles in languages the tables had none for.
        Example("Совет собрался.\nТеги: мост, транспорт\nМітки: міст\nŠtítky: most, doprava\nTaggar: bro, trafik\n"
                "Etiketler: köprü, ulaşım\nAvainsanat: silta\nCímkék: híd\nタグ：橋、交通\n태그: 다리",
                removed=("Теги: мост, транспорт", "Мітки: міст", "Štítky: most, doprava", "Taggar: bro, trafik",
                         "Etiketler: köprü, ulaşım", "Avainsanat: silta", "Címkék: híd", "タグ：橋、交通", "태그: 다리")),
        Example("Совет собрался.\nПредыдущая статья\nМост закроют в мае\nСледующая статья\nАвтобусы пойдут в обход\n"
                "Föregående\nBron stängs i maj\nNästa artikel\nBussarna tar en omväg\n"
                "Önceki haber\nKöprü mayısta kapanacak\nSonraki haber\nOtobüsler yol değiştirecek\n"
                "前の記事\n橋は5月に閉鎖\n次の記事\nバスは迂回へ",
                removed=("Предыдущая статья", "Мост закроют в мае", "Следующая статья", "Автобусы пойдут в обход",
                         "Föregående", "Bron stängs i maj", "Nästa artikel", "Bussarna tar en omväg", "Önceki haber",
                         "Köprü mayısta kapanacak", "Sonraki haber", "Otobüsler yol değiştirecek", "前の記事", "橋は5月に閉鎖",
                         "次の記事", "バスは迂回へ")),
        Example("Совет собрался.\nEmner: skole drivhus\nTémy: obec dobrovoľníci\nΕτικέτες: Κόνιτσα εθελοντές\n"
                "الكلمات المفتاحية: مكتبة متطوعون\nTừ khóa: cầu tre\nKata kunci: perpustakaan desa",
                removed=("Emner: skole drivhus", "Témy: obec dobrovoľníci", "Ετικέτες: Κόνιτσα εθελοντές",
                         "الكلمات المفتاحية: مكتبة متطوعون", "Từ khóa: cầu tre", "Kata kunci: perpustakaan desa")),
        Example("Emner som skatt og skole ble diskutert.\nTémy zasadnutia boli rozpočet a škola.\n"
                "Από τις κατηγορίες του διαγωνισμού έλειπε η ποίηση.\nTừ khóa của năm là “chuyển đổi số”."),
        Example("Теги на товарах проверяют каждый год.\nDalší článek zákona upravuje odchod ze svazu.\n"
                "Nästa steg är att bygga en ny bro, sa hon.\nEtiketler ürünlerin kökenini göstermeli."),
        Example("The race starts at noon.\nPrevious Post: Ten tips for new riders\nNext post\nArticolo successivo",
                removed=("Previous Post: Ten tips for new riders", "Next post", "Articolo successivo")),
        Example("Der Rat tagte.\nNeuerer Post Älterer Post Startseite\nArticle plus récent\nEntrada más antigua\nStarszy post",
                removed=("Neuerer Post Älterer Post Startseite", "Article plus récent", "Entrada más antigua", "Starszy post")),
        Example("施工将于春季开始。\n上一篇：旧桥明年翻新\n下一篇：学校周一复课", removed=("上一篇：旧桥明年翻新", "下一篇：学校周一复课")),
        Example("The race starts at noon.\nTags: cycling, Tour, Leeds\nFiled under Sport\nSchlagworte: Radsport, Leeds\n"
                "Getaggt mit Radsport\nMots-clés : cyclisme, Leeds\nEtiquetas: ciclismo\nParole chiave: ciclismo\n"
                "Palavras-chave: ciclismo\nTrefwoorden: wielrennen\nTagi: kolarstwo\n标签：自行车",
                removed=("Tags: cycling, Tour, Leeds", "Filed under Sport", "Schlagworte: Radsport, Leeds", "Getaggt mit Radsport",
                         "Mots-clés : cyclisme, Leeds", "Etiquetas: ciclismo", "Parole chiave: ciclismo",
                         "Palavras-chave: ciclismo", "Trefwoorden: wielrennen", "Tagi: kolarstwo", "标签：自行车")),
        Example("The race starts at noon.\nThemen: Radsport, Leeds, Tour de France\nTemas: ciclismo, Vuelta\n"
                "Argomenti: ciclismo, Giro\nOnderwerpen: wielrennen\nTematy: kolarstwo, Tour\nTémata: cyklistika",
                removed=("Themen: Radsport, Leeds, Tour de France", "Temas: ciclismo, Vuelta", "Argomenti: ciclismo, Giro",
                         "Onderwerpen: wielrennen", "Tematy: kolarstwo, Tour", "Témata: cyklistika")),
        Example("Themen: Der Rat beriet über den Haushalt und die neue Brücke.\nTemas: la vivienda, el empleo y la sanidad.\n"
                "Die Themen der Sitzung waren Haushalt und Schulbau."),
        Example("Die Kategorien der Wertung wurden im Mai geändert, sagte der Verband.\n"
                "Les étiquettes des produits devront indiquer leur origine.\nThe tags on the cattle are checked every year."),
        Example("The next article of the treaty sets out how members may leave the union."),
        Example("Der Rat tagte.\n#Radsport #Leeds #TourDeFrance\n#ciclismo, #vuelta", removed=("#Radsport #Leeds #TourDeFrance", "#ciclismo, #vuelta")),
        Example("#1 in the charts for six weeks\nThe hashtag #MeToo spread in days, the study found.\n#2"),
        # The blog post's footer line, in each language.
        Example("The race starts at noon.\nPosted by Jo Lee at 9:11 PM\nEingestellt von Max um 21:11\n"
                "Publié par Claire à 08:30\nPublicado por Lucía a las 10:05\nGepost door Pieter om 14:20",
                removed=("Posted by Jo Lee at 9:11 PM", "Eingestellt von Max um 21:11", "Publié par Claire à 08:30",
                         "Publicado por Lucía a las 10:05", "Gepost door Pieter om 14:20")),
        Example("Posted by the council at 9:11 on Monday, the notice said the bridge would close for a week."),
        Example("The race starts at noon.\n« Ten tips for new riders | Main | Why the Tour comes to... »\n"
                "‹ Zehn Tipps für neue Fahrer | Startseite | Warum die Tour nach Leeds kommt ›",
                removed=("« Ten tips for new riders | Main | Why the Tour comes to... »",
                         "‹ Zehn Tipps für neue Fahrer | Startseite | Warum die Tour nach Leeds kommt ›")),
        Example("« The main road | home of the team | the stadium » is how the fans sang it, he said.\n"
                "« Home | News | Sport »"),
        # Previous and next links, each label over the linked post's title.
        Example("The race starts at noon.\nPrevious\nTen tips for new riders\nNext\nWhy the Tour comes to Leeds\n"
                "Der Rat tagte.\nVorheriger\nZehn Tipps für neue Fahrer\nNächster Beitrag\nWarum die Tour nach Leeds kommt\n"
                "Le conseil a voté.\nArticle précédent\nDix conseils aux cyclistes\nArticle suivant\nLe Tour passe par Lyon\n"
                "Entrada anterior\nDiez consejos para ciclistas\nSiguiente\nLa Vuelta llega a Bilbao",
                removed=("Previous", "Ten tips for new riders", "Next", "Why the Tour comes to Leeds", "Vorheriger",
                         "Zehn Tipps für neue Fahrer", "Nächster Beitrag", "Warum die Tour nach Leeds kommt",
                         "Article précédent", "Dix conseils aux cyclistes", "Article suivant", "Le Tour passe par Lyon",
                         "Entrada anterior", "Diez consejos para ciclistas", "Siguiente", "La Vuelta llega a Bilbao")),
        # A lone label, or labels over sentences, link no posts.
        Example("Next\nThe council will vote in May\nThe mayor spoke.\nPrevious\nThe old plan failed, she said.\n"
                "Next\nThe new one will not, she added."),
    ],
)
def post_navigation(page: Page) -> list[int]:
    """Blog "Previous post / Next post" links with the titles of other posts.

    A label alone ("Previous", "Nächster Beitrag") counts when a second one
    follows two lines below, each over a title (a line of at most
    post_navigation_max_words words that is no sentence). Also the post's
    tag and category lines ("Tags: ...", "Filed under ...", "Schlagworte:
    ...", "Mots-clés : ..."): links to other posts, not the story; and
    the post's footer line ("Posted by Jo Lee at 9:11 PM", "Eingestellt
    von Jo um 21:11")."""
    hits = set(matching_positions(page, POST_NAVIGATION))
    labels = matching_positions(page, POST_LINK_LABEL)
    feats, blocks = page.features, page.blocks
    titled = {i for i in labels if i + 1 < len(blocks) and not feats[i + 1].terminal
              and feats[i + 1].words <= page.settings.post_navigation_max_words
              and page.adjacent(i + 1) and not POST_LINK_LABEL.matches(blocks[i + 1].text)}
    for i in titled:
        if i + 2 in titled or i - 2 in titled:
            hits.update((i, i + 1))
    return sorted(hits)


# The links of a menu set on one line: "News | Sport | Weather | TV | Radio".
_MENU_SEPARATOR = compiled(r"\s+[|•·]\s+")
_MENU_MARKS = ("|", "•", "·")  # each looked for by `in`: a set of the text's characters cost more
# "— Jane Doe, minister": a quote's attribution, not a menu label.
_ATTRIBUTION_DASHES = ("—", "–", "―")


# The headings of a review's verdict box, its pros over its cons, by language.
_HEADING_END = r"\s*[:：]?$"
PROS_HEADING = LinePattern(
    {
        "en": [rf"^(pros|advantages|strengths|plus points|what we liked?|we liked|likes|reasons to buy|the good)"
               rf"{_HEADING_END}"],
        "de": [rf"^(vorteile|pro|stärken|pluspunkte|plus|das gef(ällt|iel) uns|was uns gef(ällt|iel)){_HEADING_END}"],
        "fr": [rf"^(avantages|points forts|les plus|on aime|on a aimé|ce qu'on aime){_HEADING_END}"],
        "es": [rf"^(ventajas|pros|puntos fuertes|lo mejor|lo que nos gust(a|ó)){_HEADING_END}"],
        "it": [rf"^(vantaggi|pro|pregi|punti di forza){_HEADING_END}"],
        "pt": [rf"^(vantagens|prós|pros|pontos fortes){_HEADING_END}"],
        "nl": [rf"^(voordelen|pluspunten|sterke punten){_HEADING_END}"],
        "pl": [rf"^(zalety|plusy|mocne strony){_HEADING_END}"],
        "ru": [rf"^(плюсы|достоинства|преимущества){_HEADING_END}"],
        "uk": [rf"^(плюси|переваги){_HEADING_END}"],
        "cs": [rf"^(klady|výhody|plusy){_HEADING_END}"],
        "sv": [rf"^(fördelar|plus){_HEADING_END}"],
        "da": [rf"^(fordele){_HEADING_END}"],
        "no": [rf"^(fordeler){_HEADING_END}"],
        "fi": [rf"^(plussat|hyvää){_HEADING_END}"],
        "tr": [rf"^(art[ıi]lar[ıi]|art[ıi]lar|avantajlar|avantajlar[ıi]){_HEADING_END}"],
        "ro": [rf"^(avantaje){_HEADING_END}"],
        "hu": [rf"^(előnyök|pluszok){_HEADING_END}"],
        "zh": [rf"^(优点|优势){_HEADING_END}"],
        "ja": [rf"^(メリット|良い点|よい点|良いところ){_HEADING_END}"],
    },
    max_words="list_heading_max_words",
)
CONS_HEADING = LinePattern(
    {
        "en": [rf"^(cons|disadvantages|weaknesses|minus points|what we (don|didn)'?t like|we didn'?t like|dislikes"
               rf"|what could be better|room for improvement|reasons to avoid|the bad){_HEADING_END}"],
        "de": [rf"^(nachteile|contra|kontra|schwächen|minuspunkte|minus|das gef(ällt|iel) uns nicht"
               rf"|was uns nicht gef(ällt|iel)|was besser sein könnte){_HEADING_END}"],
        "fr": [rf"^(inconvénients|points faibles|les moins|on n'aime pas|on aime moins|on a moins aimé"
               rf"|on n'a pas aimé|ce qu'on aime moins){_HEADING_END}"],
        "es": [rf"^(desventajas|inconvenientes|contras|puntos débiles|lo peor|lo que no nos gust(a|ó)"
               rf"|lo que se puede mejorar){_HEADING_END}"],
        "it": [rf"^(svantaggi|contro|difetti|punti deboli){_HEADING_END}"],
        "pt": [rf"^(desvantagens|contras|pontos fracos){_HEADING_END}"],
        "nl": [rf"^(nadelen|minpunten|zwakke punten){_HEADING_END}"],
        "pl": [rf"^(wady|minusy|słabe strony){_HEADING_END}"],
        "ru": [rf"^(минусы|недостатки){_HEADING_END}"],
        "uk": [rf"^(мінуси|недоліки){_HEADING_END}"],
        "cs": [rf"^(zápory|nevýhody|mínusy){_HEADING_END}"],
        "sv": [rf"^(nackdelar|minus){_HEADING_END}"],
        "da": [rf"^(ulemper){_HEADING_END}"],
        "no": [rf"^(ulemper){_HEADING_END}"],
        "fi": [rf"^(miinukset|huonoa){_HEADING_END}"],
        "tr": [rf"^(eksileri|eksiler|dezavantajlar|dezavantajlar[ıi]){_HEADING_END}"],
        "ro": [rf"^(dezavantaje){_HEADING_END}"],
        "hu": [rf"^(hátrányok|mínuszok){_HEADING_END}"],
        "zh": [rf"^(缺点|不足){_HEADING_END}"],
        "ja": [rf"^(デメリット|悪い点|気になる点|イマイチな点){_HEADING_END}"],
    },
    max_words="list_heading_max_words",
)


@detector("nav-menu", roles={Role.CHROME}, patterns=[PROS_HEADING, CONS_HEADING],
          reads=["share-bar", "advertisement", "comment-prompt", "newsletter-prompt", "related-list", "table-of-contents",
                 "duplicate-headline"],
          examples=[
    # The site's menu, then the story's headline, its contents and its first section: one run of short
    # lines but for the contents (removed) between. The menu goes; the section's heading and first step stay.
    Example("Knots for beginners - Harbour Wiki\nHome\nCourses\nBoats\nKnots\nMembers\nKnots for beginners\nContents\nBowline\nClove hitch\nBowline\n"
            "Make a small loop\npass the end up through the loop from underneath, then round the standing part and back down.\n"
            "Clove hitch\nlay the rope over the rail and bring the end round it once, then cross over the first turn.",
            removed=("Home", "Courses", "Boats", "Knots", "Members")),
    # A review's verdict box in languages the tables had no headings for.
    Example("Хороший пылесос для небольшой квартиры.\nПлюсы\nЛёгкий\nТихий\nНедорогой\nМинусы\nМаленький контейнер"),
    Example("Dobrý vysavač do malého bytu.\nKlady:\nLehký\nTichý\nLevný\nZápory:\nMalá nádoba"),
    Example("Bra dammsugare för en liten lägenhet.\nFördelar\nLätt\nTyst\nBillig\nNackdelar\nLiten behållare"),
    Example("Küçük bir daire için iyi bir süpürge.\nArtıları\nHafif\nSessiz\nUcuz\nEksileri\nKüçük hazne"),
    Example("小户型的好选择。\n优点\n轻巧\n安静\n便宜\n缺点\n集尘盒小"),
    Example("小さな部屋に向いた掃除機。\nメリット\n軽い\n静か\n安い\nデメリット\nゴミ容器が小さい"),
    Example("Home\nNews\nSport\nBusiness\nCulture\nThe minister resigned on Friday after weeks of pressure.",
            removed=("Home", "News", "Sport", "Business", "Culture")),
    Example("The recipe needs:\n2 eggs\n1 cup of flour\nA pinch of salt.\nMix them well and bake for an hour."),
    Example("The league table after Saturday:\nTeam\nPlayed\nWon\nPoints\nRovers\n20\n14\n45\nUnited\n20\n13\n42\n"
            "Rovers now lead the league."),
    # Three labels between two pieces of chrome: the story's tags, between its share bar and its
    # related links; three labels between paragraphs are the story's own list.
    Example("The council met on Monday and voted to keep the old bridge open to buses and bicycles.\n"
            "Share this article\nTransport\nCity council\nBridges\nRelated Articles\nStorm closes schools",
            removed=("Transport", "City council", "Bridges")),
    Example("Der Stadtrat hat am Montag beschlossen, die alte Brücke für Busse und Fahrräder offen zu halten.\n"
            "Artikel teilen\nVerkehr\nStadtrat\nBrücken\nMehr zum Thema\nSchulen bleiben zu",
            removed=("Verkehr", "Stadtrat", "Brücken")),
    Example("The council met on Monday and voted to keep the old bridge open to buses and bicycles.\n"
            "Share this article\nTransport\nCity council\nBridges\n"
            "Work on the new bridge starts in the spring, and the mayor expects it to take two years."),
    # The list a sentence announces with a colon.
    Example("Healthy roses are seldom troubled by pests, but weak plants may fall prey to several, including:\n"
            "Greenfly\nSpider mites\nMealybugs\nLeaf rollers\nSnails\nThe best defence is a plant that is well fed and watered."),
    # A review's verdict box: its pros, then its cons (English, German, French).
    Example("All in all a fine phone for the price, if you can live without a headphone socket.\n"
            "Pros:\nLong battery life\nBright screen\nLight\nCons\nNo headphone socket"),
    Example("Der Grill ist günstig und gut gebaut, aber nur in der Mitte richtig heiß.\n"
            "Vorteile\nNiedriger Preis\nSolide Verarbeitung\nViel Zubehör\nNachteile\nLaut im Betrieb"),
    Example("Un bon aspirateur pour un petit appartement.\nPoints forts\nLéger\nSilencieux\nPrix\nPoints faibles\nBac petit"),
    # A product's features under a short label, lower-case as points are (English, German, French);
    # lower-case labels under no such label are a menu still.
    Example("The tent sleeps two and packs down to the size of a loaf of bread.\nFeatures:\ntwo doors\n"
            "waterproof floor\nlight aluminium poles\nmesh inner tent\neasy to pitch\nIt weighs just over a kilo.\n"
            "Das Zelt bietet Platz für zwei Personen.\nDetails:\nzwei Eingänge\nwasserdichter Boden\n"
            "leichte Stangen aus Aluminium\ninnen mit Moskitonetz\nschnell aufgebaut\nEs wiegt gut ein Kilo.\n"
            "La tente accueille deux personnes.\nCaractéristiques :\ndeux portes\nsol imperméable\n"
            "arceaux en aluminium\nmoustiquaire intérieure\nmontage rapide\nElle pèse un peu plus d'un kilo.\n"
            "Shop\nhome\nabout us\nour tents\nstockists\ncontact\nThe shop ships to every country in Europe.",
            removed=("Shop", "home", "about us", "our tents", "stockists", "contact")),
    # A fact box of "Label: value" lines between two of the story's paragraphs (German, English).
    Example("Fachleute führen die frühe Pollensaison vor allem auf die milderen Winter zurück.\n"
            "Info: Pollen im Jahresverlauf\nHasel: Januar bis März\nErle: Februar bis April\nBirke: März bis Mai\n"
            "Gräser: Mai bis August\nQuelle: Polleninformationsdienst\n"
            "Im Alltag hilft es schon, die Haare vor dem Schlafengehen zu waschen.\n"
            "Hedgehogs have become rare in the countryside since the turn of the century.\n"
            "Key facts\nDiet: beetles, worms\nHabitat: hedgerows\nBreeding: early summer\nStatus: vulnerable\n"
            "The simplest help is a small hole at the bottom of each garden fence."),
    # A notice's signer, the role over the name in a group of their own under its last paragraph, then its
    # downloads and the footer's links: one run of short lines, of which the signer is the story's.
    Example("Die Wasserleitungen im Ortsteil Lindach werden am Montag gespült, das Wasser kann danach trüb sein.\n\n"
            "Die Bürgermeisterin\nMag. Theresia Berg\n\nDownloads\nKundmachung\nLageplan\n\nImpressum\nDatenschutz",
            removed=("Downloads", "Kundmachung", "Lageplan", "Impressum", "Datenschutz")),
    # A short label with a colon is a menu's own; "Pros" alone in a menu is one more link.
    Example("Sections:\nHome\nNews\nSport\nCulture\nTravel\nThe minister resigned on Friday after weeks of pressure.\n"
            "Start\nPros\nShop\nBlog\nContact\nShe had led the department for two years.",
            removed=("Home", "News", "Sport", "Culture", "Travel", "Start", "Pros", "Shop", "Blog", "Contact")),
])
@by_sentences
def nav_menu(page: Page) -> Iterator[int]:
    """Runs of menu_min_run or more short label lines (menus, section lists,
    footer link columns), or of menu_bounded_min_run between two pieces of
    chrome (a story's tags between its share bar and its related links). Labels never end like sentences and hold no digits, which spares
    short in-story lists such as ingredients (and a label starting with a
    dash is a quote's attribution); a run within a table's cells (a table
    rendered a cell a line, its header row and names among numbers) is
    spared too, and so is a run under a sentence that ends in a colon (the
    list it announces) or one that holds a review's pros and cons (a run
    is cut before the pros heading of a verdict box: the menu runs on into
    it across the story's removed header), and a
    run under a label with a colon whose lines mostly start lower-case (a
    product's features, a list of points: menu labels are capitalised), and
    a run of "Label: value" lines between two paragraphs (a fact box), and,
    in a text where no stage has found chrome, a run right between two
    paragraphs (an article's own list: "You will need", "A radiator key");
    a notice's or a letter's signers or a post's sign-off that open a run
    right under its last paragraph are the story's (see _after_signers)."""
    settings = page.settings
    is_label = [f.words <= settings.menu_item_max_words and not f.terminal and f.digit_share == 0
                and not b.text.startswith(_ATTRIBUTION_DASHES) for f, b in zip(page.features, page.blocks)]
    tables: list[range] | None = None  # read once a run is long enough: on half the pages none is
    pros, cons = set(matching_positions(page, PROS_HEADING)), set(matching_positions(page, CONS_HEADING))
    for run in _split_at_verdict(_split_at_contents(_after_signers(runs(is_label), page), page), pros, cons, page):
        min_run = settings.menu_bounded_min_run if _between_chrome(run, page) else settings.menu_min_run
        if len(run) < min_run:
            continue
        tables = cell_tables(page, settings.menu_item_max_words) if tables is None else tables
        # A table's labels (its header row, a row's name) come before its numbers.
        if (not any(run.stop < cells.stop for cells in tables if run.start in cells)
                and not _announced(run.start, page) and not _verdict(run, pros, cons, page)
                and not _lower_case(run, page) and not _fact_box(run, page) and not _between_paragraphs(run, page)):
            yield from run


def _after_signers(label_runs: Iterable[range], page: Page) -> Iterator[range]:
    """Each run without the signers' group (see signers_at) or the writer's
    sign-off (see sign_off_at: "Sportliche Grüße" / "Petra Berg" /
    "Pressewartin"; nav_menu_spares_sign_off) that opens it right under a
    paragraph that ends like a sentence: a notice's role and signer, then
    the box of downloads and the footer's links under them, make one run of
    short lines, and the signers are the story's. A role with a colon after
    it ("Der Bürgermeister:") is no label: the group opens on the line over
    the run."""
    feats = page.features

    def opening(first: int) -> range:
        if not (first > 0 and page.adjacent(first) and feats[first - 1].terminal):
            return range(0)
        return signers_at(first, page) or (
            sign_off_at(first, page) if page.settings.nav_menu_spares_sign_off else range(0))

    for run in label_runs:
        signers = opening(run.start) or (
            opening(run.start - 1) if run.start > 0 and feats[run.start - 1].terminal else range(0))
        if not signers:
            yield run
        elif signers.stop < run.stop:
            yield range(signers.stop, run.stop)


def _split_at_contents(label_runs: Iterable[range], page: Page) -> Iterator[range]:
    """Each run cut where table-of-contents removed lines between two of its
    lines: a menu does not go on under the story's table of contents, where
    the story's own first short lines (a section's heading, a step) stand;
    each part is judged alone. (Cut at the headline or the dateline too, the
    parts were sidebars: gn-dev HTML F1 on folds 0-1 0.9818 -> 0.9813.)"""
    blocks, removed = page.blocks, page.removed
    if "table-of-contents" not in removed.values():  # most pages: no run is read line by line
        yield from label_runs
        return
    for run in label_runs:
        start = run.start
        for position in range(run.start + 1, run.stop):
            if any(removed.get(index) == "table-of-contents" for index in range(blocks[position - 1].index + 1, blocks[position].index)):
                yield range(start, position)
                start = position
        yield range(start, run.stop)


def _split_at_verdict(label_runs: Iterable[range], pros: set[int], cons: set[int], page: Page) -> Iterator[range]:
    """Each run cut before a pros heading that opens a review's verdict box
    (see verdict_box_at): a menu above the story, the story's header
    removed between them, runs on into the box's heading when the box's
    lines are too long for labels; the heading is the box's, judged with it."""
    if not pros:  # most pages: their runs go through whole, not read one by one
        yield from label_runs
        return
    for run in label_runs:
        start = run.start
        for position in sorted(position for position in pros if run.start < position < run.stop):
            if verdict_box_at(position, cons, page):
                yield range(start, position)
                start = position
        yield range(start, run.stop)


def verdict_box_at(heading: int, cons: set[int], page: Page) -> range:
    """The review's verdict box that the pros heading at ``heading`` opens
    (empty when none): the lines under it, a cons heading (one of ``cons``)
    right after them, and the lines under that, each line adjacent to the
    one before and of at most structured_run_item_max_words words. A line
    set apart by a blank line under cons set without one is no more of the
    box: the list has ended (a shop's price buttons below it)."""
    blocks, feats, limit = page.blocks, page.features, page.settings.structured_run_item_max_words
    end, cons_at = heading + 1, None
    while page.adjacent(end) and feats[end].words <= limit:
        if cons_at is not None and end > cons_at + 2 and blocks[end].blank_before and not blocks[end - 1].blank_before:
            break
        if cons_at is None and end > heading + 1 and end in cons:
            cons_at = end
        end += 1
    return range(heading, end) if cons_at is not None and end > cons_at + 1 else range(0)


def cell_tables(page: Page, cell_max_words: float, within: Collection[int] = ()) -> list[range]:
    """The tables rendered a cell a line: runs of short lines (cell_max_words
    words at most, none ending like a sentence) of which at least
    menu_table_min_number_share hold digits (scores, times, prices beside
    the names) or start with a dash. A run goes on across the blocks
    ``within`` (lines set among the cells that are none: not counted)."""
    settings = page.settings
    is_cell = [f.words <= cell_max_words and not f.terminal for f in page.features]
    for i in within:
        is_cell[i] = True
    tables = []
    for run in runs(is_cell):
        cells = [i for i in run if i not in within]
        if sum(page.features[i].digit_share > 0 or page.blocks[i].text.startswith(_ATTRIBUTION_DASHES) for i in cells
               ) >= settings.menu_table_min_number_share * len(cells):
            tables.append(run)
    return tables


def _between_paragraphs(run: range, page: Page) -> bool:
    """Whether the run stands right between two paragraphs (sentences of at
    least menu_intro_min_words words, nothing removed between) in a text
    where no stage has found chrome yet (see keep_bare_articles): an
    article given alone, whose list it is ("You will need" / "A radiator
    key" / ... / "Steps", then the first step). On a web page the run is
    judged as a menu once a pass finds chrome (the next pass removes it)."""
    blocks, feats = page.blocks, page.features
    if run.start == 0 or run.stop >= len(blocks) or not page.settings.keep_bare_articles or chrome_found(page):
        return False
    above, below = run.start - 1, run.stop
    return (page.adjacent(run.start) and page.adjacent(run.stop)
            and all(feats[i].terminal and feats[i].words >= page.settings.menu_intro_min_words for i in (above, below)))


# "Birke: März bis Mai", "Vitesse : 58 km/s": a short label, a colon, then its value.
LABEL_VALUE = compiled(r"^[^:：]{1,40}[:：]\s*\S")


def _fact_box(run: range, page: Page) -> bool:
    """Whether the run stands between two story paragraphs (sentences of at
    least menu_intro_min_words words) and at least menu_fact_box_min_share of
    its lines read "Label: value": a fact box set in the story ("Info: Pollen
    im Jahresverlauf" / "Hasel: Januar bis März" / ...). A menu's labels hold
    no colon, and it stands among other chrome."""
    # The box's own last rows, not labels for their digits or length, may stand under the run:
    # "Quelle: Polleninformationsdienst, Mittelwerte der Jahre 2014 bis 2023".
    after = run.stop
    while (after < len(page.blocks) and not page.features[after].terminal
           and LABEL_VALUE.match(page.blocks[after].text.strip())):
        after += 1
    if run.start == 0 or after >= len(page.blocks):
        return False
    settings = page.settings
    if not all(page.features[i].terminal and page.features[i].words >= settings.menu_intro_min_words
               for i in (run.start - 1, after)):
        return False
    labelled = sum(bool(LABEL_VALUE.match(page.blocks[i].text.strip())) for i in run)
    return labelled >= settings.menu_fact_box_min_share * len(run)


# The chrome that nav-menu looks for on either side of a short run of labels.
_BOUNDING_CHROME = frozenset({"share-bar", "advertisement", "comment-prompt", "newsletter-prompt", "related-list",
                              "repeated-line"})


def _between_chrome(run: range, page: Page) -> bool:
    """Whether earlier stages removed the lines right above and right below
    the run as chrome (_BOUNDING_CHROME): short labels set between two pieces
    of chrome are more of it (a story's tags between its section labels and
    its share bar)."""
    first, last = page.blocks[run.start].index, page.blocks[run.stop - 1].index
    return page.removed.get(first - 1) in _BOUNDING_CHROME and page.removed.get(last + 1) in _BOUNDING_CHROME


def _lower_case(run: range, page: Page) -> bool:
    """Whether the run stands under a line that ends in a colon ("Features:")
    and at least menu_lower_case_share of its lines start with a lower-case
    letter: a list of features or points ("two floors", "easy to clean",
    "zweistöckig", "facile à nettoyer"). A menu's labels are capitalised."""
    if run.start == 0 or not page.blocks[run.start - 1].text.rstrip().endswith((":", "：")):
        return False
    lower = sum(page.blocks[i].text[:1].islower() for i in run)
    return lower >= page.settings.menu_lower_case_share * len(run)


def _verdict(run: range, pros: set[int], cons: set[int], page: Page) -> bool:
    """Whether the run, with the lines on either side, holds a pros heading
    and a cons heading: a review's verdict box ("Pros" ... "Cons"); or
    whether it lies in the verdict box a pros heading above it opens, its
    first pros too long or holding a figure to be labels ("34-hour battery")."""
    around = range(run.start - 1, run.stop + 1)
    return (any(i in pros for i in around) and any(i in cons for i in around)) or any(
        heading < run.start and run.stop <= verdict_box_at(heading, cons, page).stop for heading in pros)


def _announced(start: int, page: Page) -> bool:
    """Whether the line before ``start`` is a sentence that ends in a colon
    ("It may fall prey to pests, including:"): the run is its list."""
    if start == 0:
        return False
    before = page.blocks[start - 1].text.rstrip()
    return before.endswith((":", "：")) and page.features[start - 1].words >= page.settings.menu_intro_min_words


# The networks a story is shared on: a share button's name alone, or in "Dela på Facebook".
_NETWORKS = [r"facebook", r"twitter", r"x", r"whatsapp", r"linkedin", r"pinterest", r"reddit", r"telegram", r"messenger",
             r"flipboard", r"pocket", r"bluesky", r"mastodon", r"tumblr", r"xing", r"vk", r"digg", r"stumbleupon",
             r"del\.icio\.us", r"newsvine", r"technorati", r"viber", r"hacker news", r"lobste\.rs"]
# A network's name as a button after a preposition, its case ending too ("na Facebooku", "Facebook'ta",
# Finnish and Swedish after a colon: "Jaa X:ssä"): "dela på", "sdílet na" before any other word are a
# sentence's ("dela på kostnaden").
_NETWORK = "(" + "|".join(_NETWORKS) + r")(\w{1,4}|['’:]\w{1,4})?"
# Where a button sends the story: a network, or a mail or a text message ("Per E-Mail senden").
_CHANNEL = rf"({_NETWORK}|e-?mail|mail|sms)"
# A share button's label, by language, or a network's name. A button that names where it shares
# comes in either order where the language has both ("Auf Facebook teilen", "Teilen auf Facebook").
SHARE_WORDS = {
    "en": [r"share", r"share this", r"share this (article|story|post|page|update|recipe|video|episode|entry)", r"share on \w+",
           r"tweet", r"email",
           r"e-mail", r"print", r"copy link", r"copy url", r"sms", r"mail",
           r"(e-?mail|print|recommend|save) (this |the )?(story|article|page|recipe)", r"print(able|er-friendly) (view|version)",
           r"e-?mail[- ]a[- ]friend",
           r"recommend( it| this)?", r"(e-?mail|send) (this |it )?to a friend", r"printer[- ]friendly( version| page)?",
           r"easy print", r"permalink", rf"(share|send|post|email|e-mail) (on|via|by|to|with) {_CHANNEL}",
           rf"save (it |this )?(to|on) {_NETWORK}",
           # "Save this for later – Pin it!": the bookmark and the pin.
           r"save (this|it) for later( [–—-] pin it!?)?",
           # The gift link that shares a paid story: "Gift this article", "Artikel verschenken".
           r"gift (this |the )?(article|story)"],
    "de": [r"teilen", r"artikel teilen", r"beitrag teilen", r"drucken", r"(artikel|beitrag) verschenken",
           rf"(auf|bei|über|via|per|mit) {_CHANNEL} (teilen|senden|versenden|verschicken|weiterleiten|posten)",
           rf"(teilen|teile|senden|sende|versenden) (auf|bei|über|via|per) {_CHANNEL}",
           r"link kopieren", r"(artikel )?an (einen|eine) (freund|freundin|bekannten) (senden|schicken|versenden)",
           r"druckversion", r"druckansicht", r"artikel versenden",
           r"(artikel|beitrag|seite|rezept) (drucken|empfehlen|versenden|merken|speichern)", r"auf pinterest merken",
           # The bookmark button beside them.
           r"merken"],
    "fr": [r"partager", r"partager sur \w+", r"partagez", r"imprimer", r"copier le lien", r"courriel",
           r"offrir (l['’]|cet )article",
           r"partager (l['’]|cet )article",
           rf"(partager|partagez|envoyer|envoyez) (sur|via|par) {_CHANNEL}",
           r"envoyer à un ami", r"version imprimable",
           # A recipe's buttons: print it, pin it ("Imprimer la recette", "Enregistrer sur Pinterest"), each language.
           r"imprimer (la |cette )?recette", rf"(enregistrer|épingler) sur {_NETWORK}"],
    "es": [r"compartir", r"compartir en \w+", r"comparte", r"imprimir", r"copiar enlace", r"correo( electrónico)?",
           r"regala(r)? (el |este )?artículo",
           r"compartir (el |este )?artículo",
           rf"(compartir|comparte|enviar|envía|envia) (en|por|vía|via|con) ({_CHANNEL}|correo( electrónico)?)",
           r"enviar a un amigo", r"versión (para imprimir|imprimible)", r"imprimir (la |esta )?receta",
           rf"guardar en {_NETWORK}"],
    "it": [r"condividi", r"condividi su \w+", r"stampa", r"copia link", r"invia a un amico", r"regala (l['’]|questo )\s?articolo",
           r"condividi (l['’]|questo )\s?articolo",
           rf"(condividi|condividere|invia|inviare|manda) (su|via|con|tramite|per|in) {_CHANNEL}",
           r"versione stampabile", r"stampa (la |questa )?ricetta", rf"salva su {_NETWORK}"],
    "pt": [r"compartilhar", r"compartilhe", r"partilhar", r"copiar link", r"enviar (para|a) um amigo",
           r"(presentear|oferecer) (o |este )?(artigo|matéria)",
           rf"(compartilhar|compartilhe|partilhar|partilhe|enviar|envie) (no|na|pelo|pela|por|via|em) {_CHANNEL}",
           r"(compartilhar|compartilhe|partilhar|partilhe) (o |este |esta )?(artigo|notícia|matéria)",
           r"versão para impressão", r"imprimir (a |esta )?receita", rf"(salvar|guardar) no {_NETWORK}"],
    "nl": [r"delen", r"deel", r"deel dit artikel", r"afdrukken", r"printen", r"kopieer link", r"stuur door",
           r"(artikel )?cadeau (geven|doen)",
           rf"(deel|delen|stuur|verstuur|versturen) (op|via|per|met) {_CHANNEL}",
           rf"(op|via|per|met) {_CHANNEL} (delen|sturen|versturen|doorsturen)",
           r"printversie", r"recept (afdrukken|printen)", rf"(bewaar|opslaan) op {_NETWORK}"],
    "pl": [r"udostępnij", r"podziel się", r"drukuj", r"wyślij e-?mailem", r"(s)?kopiuj link", r"wyślij znajomemu",
           rf"(udostępnij|podziel się|wyślij|prześlij) (na|w|przez|via) {_CHANNEL}",
           r"wersja do druku", r"(wy)?drukuj przepis", rf"zapisz na {_NETWORK}"],
    "ru": [r"поделиться", r"поделитесь", rf"поделиться в ({_NETWORK}|соцсетях|телеграме?|вконтакте|одноклассниках)",
           r"отправить", r"распечатать", r"печать", r"версия для печати", r"скопировать ссылку", r"копировать ссылку",
           r"вконтакте", r"одноклассники", r"телеграм"],
    "uk": [r"поділитися", r"поділитись", rf"поділитися в ({_NETWORK}|соцмережах|телеграмі)", r"друкувати", r"надіслати",
           r"версія для друку", r"скопіювати посилання"],
    "cs": [r"sdílet", r"sdílejte", rf"sdílet na {_NETWORK}", r"tisk", r"tisknout", r"vytisknout", r"poslat e-?mailem",
           r"kopírovat odkaz", r"zkopírovat odkaz", r"verze pro tisk", r"(vy)?tisknout článek"],
    "sk": [r"zdieľať", r"zdieľajte", rf"zdieľať na {_NETWORK}", r"tlačiť", r"vytlačiť", r"kopírovať odkaz",
           r"poslať e-?mailom", r"skopírovať odkaz", r"zdieľať článok"],
    "sv": [r"dela", r"dela artikeln", rf"dela på {_NETWORK}", r"skriv ut", r"skicka som e-?post", r"mejla", r"kopiera länk(en)?",
           r"utskriftsvänlig version", r"skriv ut artikeln"],
    "da": [r"del artiklen", rf"del på {_NETWORK}", r"udskriv", r"kopier link", r"send (som |pr\.? )?e-?mail"],
    "no": [r"del artikkelen", rf"del på {_NETWORK}", r"skriv ut", r"kopier lenke(n)?", r"send (som |på )?e-?post"],
    "fi": [r"jaa", r"jaa artikkeli", rf"jaa {_NETWORK}", r"tulosta", r"kopioi linkki", r"(jaa|lähetä) sähköpostilla"],
    "tr": [r"paylaş", r"paylaş[ıi]n", r"haberi paylaş", rf"{_NETWORK} paylaş", r"yazd[ıi]r", r"e-?posta ile gönder",
           r"bağlant[ıi]y[ıi] kopyala", r"linki kopyala", rf"{_NETWORK} ile paylaş", rf"{_NETWORK} ile gönder",
           r"google haberler['’]de takip et"],
    "ro": [r"distribuie", r"distribuiți", rf"distribuie pe {_NETWORK}", rf"trimite pe ({_NETWORK}|e-?mail)", r"printează",
           r"tipărește",
           r"copiază link(ul)?", r"distribuie articolul"],
    "hu": [r"megosztás", r"megosztom", r"oszd meg", r"nyomtatás", r"link másolása", r"nyomtatható (változat|verzió)",
           r"cikk megosztása", r"küldje el (egy )?ismerősének", r"küldd el (egy )?ismerősödnek"],
    "el": [r"κοινοποίηση", r"μοιραστείτε", r"εκτύπωση", r"αντιγραφή συνδέσμου", r"αποστολή (με )?e-?mail",
           r"κοινοποίηση (του )?άρθρου"],
    # The share button alone, in scripts without case and languages the list had none for (every word
    # here widens the gates of every line: the button, not the row's other buttons).
    # ... and the networks as Arabic sites spell them, the copy-link button, print.
    "ar": [r"شارك", r"مشاركة", r"(شارك|مشاركة) (المقال|الخبر)", r"نسخ الرابط", r"طباعة", r"فيسبوك", r"فيس بوك", r"تويتر", r"واتساب", r"تيليجرام", r"تلغرام"],
    "he": [r"שתפו", r"שיתוף"],
    "fa": [r"اشتراک‌گذاری", r"اشتراک گذاری"],
    "hi": [r"शेयर करें"],
    # Zalo: the messenger Vietnam's sites share to; "In bài": print the story.
    "vi": [r"chia sẻ", r"zalo", r"in bài( viết)?", r"sao chép (liên kết|link)", r"gửi email", r"chia sẻ bài (viết|báo)"],
    # Indonesian and Malay.
    "id": [r"bagikan", r"bagikan (artikel|berita)( ini)?", r"salin (tautan|link)", rf"(bagikan|kirim) (ke|via|lewat) {_CHANNEL}"],
    "sw": [r"shiriki"],
    "th": [r"แชร์", r"แชร์ไปยัง", r"ส่งอีเมล", r"คัดลอกลิงก์"],
    # Croatian, Serbian (both scripts), Bosnian; Bulgarian.
    "hr": [r"podijeli", r"podeli", r"подели"],
    "bg": [r"сподели"],
    # Scripts without spaces: the button's word, and the networks of their sites.
    # LINE: the messenger Taiwan's and Japan's sites share to.
    "zh": with_traditional([r"line", r"分享", r"分享到", r"转发", r"轉寄", r"打印", r"打印(本页|此页|本文)", r"复制链接", r"微信", r"微博", r"朋友圈",
                            r"qq空间", r"收藏", r"点赞"]),
    "ja": [r"シェア", r"シェアする", r"この記事をシェア(する)?", r"ツイート", r"ポスト", r"lineで送る", r"lineで共有",
           r"はてなブックマーク", r"はてブ", r"リンクをコピー", r"印刷", r"メールで送る", rf"{_NETWORK}で(シェア|共有|ポスト)(する)?"],
    "ko": [r"공유", r"공유하기", r"기사 공유", r"카카오톡", r"카카오스토리", r"페이스북", r"트위터", r"인쇄", r"인쇄하기", r"링크 복사",
           r"url 복사", r"스크랩"],
    "any": _NETWORKS,
}
# "Post to Digg", "Add to del.icio.us": a bookmarking button.
_BOOKMARK = r"(post|add|save|submit|bookmark) (this |it )?(to|on|with) (" + "|".join(SHARE_WORDS["any"]) + r"|yahoo!?|google)"


def _networks_written_once(words: list[str]) -> str:
    """``words`` as one alternation, those that end with _CHANNEL or _NETWORK, or begin with _NETWORK, each
    kind sharing one copy of it ("(teilen per |partager sur )(facebook|...)"): the same lines match, and
    the 32 copies of the networks' names were half of SHARE_WORD, which share-bar's long branches hold
    seven times (some 70,000 characters of program that each start reads in and each button row tries)."""
    ending_channel = [word.removesuffix(_CHANNEL) for word in words if word.endswith(_CHANNEL)]
    ending_network = [word.removesuffix(_NETWORK) for word in words if word.endswith(_NETWORK)]
    opening_network = [word.removeprefix(_NETWORK) for word in words
                       if word.startswith(_NETWORK) and not word.endswith((_CHANNEL, _NETWORK))]
    alone = [word for word in words if not word.startswith(_NETWORK) and not word.endswith((_CHANNEL, _NETWORK))]
    shared: list[str] = []
    if ending_channel:
        shared.append(f"(?:{'|'.join(ending_channel)}){_CHANNEL}")
    if ending_network:
        shared.append(f"(?:{'|'.join(ending_network)}){_NETWORK}")
    if opening_network:
        shared.append(f"{_NETWORK}(?:{'|'.join(opening_network)})")
    return "(" + "|".join([*alone, *shared]) + ")"


SHARE_WORD = _networks_written_once([word for words in SHARE_WORDS.values() for word in words])
# The text size buttons' label: "Font size", "Schriftgröße", "Taille du texte".
_TEXT_SIZE = (r"(font|font size|text size|(adjust|change) (the )?(text|font) size|schriftgröße|textgröße"
              r"|taille (du texte|des caractères|de (la )?police)|tamaño (de (la )?)?(letra|texto|fuente)"
              r"|dimensione (del )?(testo|carattere)|tamanho (da )?(letra|fonte)|tekstgrootte|lettergrootte"
              r"|rozmiar (czcionki|tekstu)|размер (шрифта|текста))")
# The button that reads the story out, with the reading's length.
_LISTEN_FOR = (r"(listen|anhören|vorlesen|hören|écouter|escuchar|ascolta|ouvir|luister(en)?|lyssna|lyt|lytt|posłuchaj|odsłuchaj"
               r"|слушать|poslechnout)\s*[(:·|-]?\s*\d{1,3}\s*(min|mins|minutes|minuten|minuter|minutter|minutos|minuti"
               r"|minut|мин)\.?\)?")
# The other buttons of a share row ("Top | Back | E-mail to a friend | Print"): only beside two share
# buttons, since alone they are a menu's or a sentence's ("Email newsletter" is a newsletter's prompt).

ROW_WORDS = {
    # The text size buttons' label in any language: "Print | Email | Font size | Comments (3)"; the button that
    # reads the story out ("Merken Teilen Anhören (18 Min.)").
    "any": [_TEXT_SIZE, _LISTEN_FOR],
    # The comment button with its count: "Comments (4)", "Skomentuj (7)"; the letter to the editor
    # ("Artikel drucken | Artikel versenden | Leserbrief schreiben").
    "en": [r"top", r"back", r"respond", r"search", r"newsletter", r"rss", r"comments? \(\d+\)",
           r"(write a |send a )?letter to the editor"],
    "de": [r"nach oben", r"zurück", r"suche", r"(kommentare?|kommentieren) \(\d+\)", r"leserbrief( schreiben| senden)?"],
    "fr": [r"haut de page", r"retour", r"recherche", r"(commentaires?|commenter) \(\d+\)"],
    "es": [r"arriba", r"volver", r"buscar", r"(comentarios?|comentar) \(\d+\)"],
    "it": [r"torna su", r"indietro", r"cerca", r"(comment[io]|commenta) \(\d+\)"],
    "pt": [r"topo", r"voltar", r"pesquisar", r"(comentários?|comentar|comente) \(\d+\)"],
    "nl": [r"naar boven", r"terug", r"zoeken", r"(reacties?|reageer|reageren) \(\d+\)"],
    "pl": [r"do góry", r"powrót", r"szukaj", r"(komentarz(e|y)?|skomentuj|komentuj) \(\d+\)"],
    "ru": [r"наверх", r"назад", r"поиск", r"комментари(и|ев) \(\d+\)"],
    "uk": [r"вгору", r"назад", r"пошук", r"коментарі \(\d+\)"],
    "cs": [r"nahoru", r"zpět", r"hledat", r"komentáře \(\d+\)"],
    "sv": [r"till toppen", r"tillbaka", r"sök", r"kommentarer \(\d+\)"],
    "tr": [r"yukar[ıi] ç[ıi]k", r"geri", r"ara", r"yorumlar \(\d+\)"],
    "hu": [r"az oldal tetejére", r"vissza", r"keresés", r"hozzászólás(ok)? \(\d+\)"],
    # The text size buttons beside them: "字号：大 中 小", "字級", "文字サイズ 小 中 大".
    "zh": with_traditional([r"(字号|字级|字体)(大小)?\s*[:：]?(\s*[大中小])*"]),
    "ja": [r"文字サイズ\s*[:：]?(\s*[大中小])*"],
    "ko": [r"(글씨|글자)\s?(키우기|줄이기|크게|작게|확대|축소)"],
}
_ROW_WORD = "(" + "|".join(word for words in ROW_WORDS.values() for word in words) + ")"

# The buttons of an event's page, set in a row: "Zum Kalender hinzufügen · Tickets kaufen · Merken".
_EVENT_ACTION = (r"(zum kalender hinzufügen|in (den|meinen) kalender( eintragen| übernehmen)?|termin (speichern|merken)"
                 r"|tickets( kaufen| bestellen| sichern)?|merken|teilen|add to (my |google )?calendar|ical|buy tickets"
                 r"|get tickets|tickets|save|share|ajouter (à|au) (mon |votre )?(calendrier|agenda)|réserver|billetterie)")
_EVENT_ACTIONS = rf"^{_EVENT_ACTION}(\s*[·|•/]\s*{_EVENT_ACTION})+$"

share_bar = pattern_detector(
    "share-bar",
    """Social sharing and bookmarking buttons rendered as text: "Share",
    "Tweet", "Email", "Post to Digg"...""",
    roles={Role.CHROME},
    max_words="share_bar_max_words",
    branches={
        "tl": [r"^ibahagi ang (balitang|artikulong) ito\W{0,3}$"],
        "hi": [r"^(इस )?(खबर|लेख) को शेयर करें\W{0,3}$", r"^(हमें|हमसे) (व्हाट्सएप|फेसबुक|ट्विटर|इंस्टाग्राम|टेलीग्राम) पर (फॉलो|जुड़ें)( करें)?\b.{0,30}$"],
        "th": [r"^แชร์(บทความ|ข่าว)(นี้)?$", r"^ติดตาม(เรา|ข่าวสาร)?ทาง (line|facebook|x|tiktok|youtube)\b.{0,20}$"],
        "en": [
            # Labels of every language of SHARE_WORDS, in one branch.
            # ... with the link that explains the buttons: "Share this article What is this?".
            # A label's colon parts it from the buttons after it: "Udostępnij: Facebook E-mail", "分享到：微信".
            rf"^{SHARE_WORD}([\s,|/·•:：]+{SHARE_WORD})*(\s*what (is|are) (this|these)\?)?\s*:?$",
            # The text size buttons' label, alone or with its buttons, as "字号：大 中 小" in Chinese: "Font:",
            # "Text size A+ A-", "Schriftgröße", "Taille du texte".
            rf"^{_TEXT_SIZE}\s*:?(\s*(a|aa|a\+|a-|a−|\+|-|−))*$",
            (rf"^({_ROW_WORD}[\s,|/·•:：]+)*{SHARE_WORD}([\s,|/·•:：]+{_ROW_WORD})*[\s,|/·•:：]+{SHARE_WORD}"
             rf"([\s,|/·•:：]+({SHARE_WORD}|{_ROW_WORD}))*\s*[:：]?$"),
            # A row of the page's controls parted by pipes, one share button among them or none: "Back |
            # Printable version | Comments (2)" (a sentence holds no pipes, and a menu's row is chrome too);
            # or two of them, one a share button: "Drucken | Zurück", "Print | Back" (two controls alone are
            # a menu's: "Back | Top"). One branch, not one for each count (each a long program every start reads
            # in); no control is a share button (tested), so the lookahead rules out two controls alone.
            rf"^(?!{_ROW_WORD}\s*\|\s*{_ROW_WORD}$)({_ROW_WORD}|{SHARE_WORD})(\s*\|\s*({_ROW_WORD}|{SHARE_WORD}))+$",
            r"^click to (share|email|print|tweet|pin)\b.{0,60}$",
            # The buttons after a prompt in the site's own words, which ends as a call or a label does: "Pass it
            # on! Facebook WhatsApp", "Kindly share this story: Facebook X WhatsApp". One that asks the reader
            # whether they liked the story is newsletter-prompt's reader appeal, which anchors a box above it.
            rf"^[^.?？]{{1,60}}[!:！：]\s*{_NETWORK}([\s,|/·•]+{_CHANNEL})+$",
            rf"^{_BOOKMARK}\W{{0,3}}$",
            r"^(bookmark|save|share) (this )?(with|on|to)\s*:$",
            # The form that mails the story to a friend: "To Name:", "Your e-mail:".
            r"^(from|to|your|sender'?s|recipient'?s|friend'?s) (name|e-?mail( address)?)\s*:\s*\*?$",
            r"^(like|enjoy|enjoyed|liked) (this|the) (story|article|post)\?.{0,40}\bshare\b",
            r"^share (your thoughts|this|it) with (your )?(friends|a friend|others)\b.{0,20}$",
            r"^print (this )?(article|story|page)$",
            _EVENT_ACTIONS,
            r"^follow (us|[\w.]+) on (google news|twitter|facebook|instagram|linkedin|telegram|whatsapp)\b.{0,40}$",
        ],
        "de": [
            r"^(auf|bei) (twitter|facebook|instagram|linkedin|mastodon|threads) folgen$",
            r"^(eine )?e-?mail (senden|schreiben)$",
            # "Diesen Beitrag weiterempfehlen", "Den Artikel mit anderen teilen/diskutieren:".
            (r"^(jetzt )?((diesen |den )?(artikel|beitrag)|(diese )?seite)( mit (anderen|freunden))? (teilen|empfehlen"
             r"|weiterempfehlen|weiterleiten|drucken|versenden)((,|/| und| oder) ?(teilen|drucken|kommentieren|diskutieren"
             r"|versenden|merken))*( / merken)?\s*[!.:]?$"),
            r"^(mit freunden|in sozialen netzwerken) teilen[!.]?$",
            r"^(sharen|teilen|teile dies) mit\s*:?$",
            r"^klick(en|e)?,? um (auf|über|in|per|mit) .{1,30} zu (teilen|senden|drucken)\b.{0,40}$",
            r"^klick(en|e)? zum (ausdrucken|teilen)\b.{0,40}$",
            r"^(gefällt mir|liken)( (wird geladen|lade)\s*(…|\.\.\.))?\s*:?$",
            r"^folgen? (sie )?uns (auf|bei) (google news|twitter|facebook|instagram|linkedin|telegram|whatsapp)\b.{0,40}$",
        ],
        "fr": [r"^suivez-nous sur google actualités\b.{0,40}$",
            r"^(partager|partagez|imprimer|envoyer|recommander) (cet article|cette page|sur les réseaux sociaux)\s*[:!]?$",
            r"^cliquez pour (partager|imprimer|envoyer)\b.{0,60}$",
            r"^j'aime (ceci|chargement)\b.{0,10}$",
            r"^suivez-(nous|le|la) sur (google news|twitter|facebook|instagram|linkedin|telegram|whatsapp)\b.{0,40}$",
        ],
        "es": [
            (r"^(comparte|compartir|compartí|imprimir|enviar|recomendar) (esta nota|este artículo|esta noticia"
             r"|en redes sociales)\s*[:!]?$"),
            r"^haz clic para (compartir|imprimir|enviar)\b.{0,60}$",
            r"^(síguenos|seguinos|sígannos) en (google news|twitter|facebook|instagram|linkedin|telegram|whatsapp)\b.{0,40}$",
        ],
        "it": [
            r"^(condividi|stampa|invia|consiglia) (questo articolo|questa pagina|sui social)\s*[:!]?$",
            r"^fai clic (qui )?per (condividere|stampare|inviare)\b.{0,60}$",
            r"^seguici su (google news|twitter|facebook|instagram|linkedin|telegram|whatsapp)\b.{0,40}$",
        ],
        "pt": [r"^siga-nos no google notícias\b.{0,40}$",
            r"^(compartilhe|partilhe|compartilhar|partilhar) (este artigo|esta notícia|esta página|nas redes sociais)\s*[:!]?$",
            r"^clique (aqui )?para (compartilhar|partilhar|imprimir|enviar)\b.{0,60}$",
            r"^siga-nos (no|na|em) (google news|twitter|facebook|instagram|linkedin|telegram|whatsapp)\b.{0,40}$",
        ],
        "nl": [
            r"^(deel|delen) (dit artikel|dit bericht|deze pagina|via social media)\s*[:!]?$",
            r"^klik om (te delen|af te drukken|te e-?mailen)\b.{0,60}$",
            r"^volg (ons|ons nu) op (google news|twitter|facebook|instagram|linkedin|telegram|whatsapp)\b.{0,40}$",
        ],
        "pl": [
            r"^(udostępnij|podziel się) (tym artykułem|ten artykuł|artykuł|tym wpisem|wpis)\s*[:!]?$",
            r"^kliknij,? (aby|by) (udostępnić|wydrukować|wysłać)\b.{0,60}$",
            r"^(obserwuj|śledź) nas (na|w) (google news|twitterze|twitter|facebooku|facebook|instagramie|instagram)\b.{0,40}$",
            r"^subskrybuj\b.{0,40}\bna google news\.?$",
        ],
        "ru": [r"^(поделиться|поделитесь)( (статьей|новостью|в соцсетях|с друзьями)){0,2}\s*[:!]?$",
               (r"^(подписывайтесь на нас|следите за нами|следите за новостями|читайте нас) (в|на) (нашем )?(telegram|телеграм"
                r"|вконтакте|vk|дзен|яндекс\.?дзен|одноклассниках|соцсетях|социальных сетях|twitter|youtube)[\w-]*\b.{0,40}$"),
               r"^мы в (соцсетях|социальных сетях)\W{0,3}$"],
        "uk": [r"^(поділіться|поділитися) (статтею|новиною|з друзями)\s*[:!]?$",
               r"^(стежте за нами|підписуйтеся на нас|читайте нас) (в|у|на) (telegram|телеграмі|facebook|фейсбуці|twitter)\b.{0,40}$"],
        "cs": [r"^(sdílejte|sdílet) (tento |tenhle )?(článek|příspěvek|stránku)\s*[:!]?$",
               r"^sledujte nás (na|v) (facebooku|twitteru|instagramu|google news|x)\b.{0,40}$"],
        "sv": [r"^dela (den här |denna )?(artikel|artikeln|sidan|nyheten)\s*[:!]?$",
               r"^följ oss på (facebook|twitter|instagram|linkedin|x|google news)\b.{0,40}$"],
        "tr": [r"^google news'te bizi takip edin\b.{0,30}$", r"^(bu )?(haberi|yaz[ıi]y[ıi]|içeriği|makaleyi) paylaş([ıi]n)?\s*[:!]?$",
               r"^bizi (google news|twitter|facebook|instagram|x)\S{0,4} (takip edin|üzerinden takip edin)\b.{0,30}$"],
        # "Follow us on ...", in languages whose share button alone SHARE_WORDS holds.
        "da": [r"^følg os på (facebook|twitter|instagram|linkedin|x|google news)\b.{0,40}$"],
        "sk": [r"^sledujte nás (aj |tiež )?(na|v) (facebooku|instagrame|twitteri|google news|x|youtube)\b.{0,40}$"],
        "sl": [r"^deli(te)? (članek|novico)\W{0,3}$", r"^sledite nam (tudi )?na (facebooku|instagramu|twitterju|x|google news|youtubu)\b.{0,40}$"],
        "lv": [r"^(dalies|dalīties|dalieties) ar (rakstu|ziņu)\W{0,3}$", r"^sekojiet mums (arī )?(facebook|instagram|x|twitter|google news|youtube)\S{0,4}\b.{0,40}$"],
        "et": [r"^jälgi (meid|meie uudiseid) (ka )?(facebookis|instagramis|x-is|twitteris|google newsis)\b.{0,40}$"],
        "lt": [r"^(dalintis|dalinkitės|pasidalinkite) (straipsniu|naujiena)\W{0,3}$", r"^sekite (mus|naujienas) (ir )?(facebook|instagram|google news|x|twitter)\S{0,4}\b.{0,40}$"],
        # Croatian and Serbian in both scripts; Bulgarian.
        "hr": [r"^(podijeli|podeli|podijelite|podelite|подели|поделите) (članak|vijest|vest|чланак|вест)\W{0,3}$", r"^pratite nas (i )?na (telegramu|whatsappu|viberu)\b.{0,40}$", r"^пратите нас (и )?на (телеграму|вајберу|telegramu)\b.{0,40}$", r"^pratite nas (i )?na (facebooku|instagramu|twitteru|x|google news|youtubeu)\b.{0,40}$",
               r"^пратите нас (и )?на (фејсбуку|инстаграму|твитеру|facebook|instagram|x)\S{0,3}\b.{0,40}$"],
        "bg": [r"^(сподели|споделете) (статията|новината)\W{0,3}$", r"^последвайте ни (в|във|на) (telegram|телеграм|viber|вайбър)\b.{0,40}$", r"^последвайте ни (в|във|на) (facebook|фейсбук|instagram|инстаграм|google news|x)\b.{0,40}$"],
        # "For all the updates, join our WhatsApp group", "Follow us on Facebook".
        "he": [r"^(שתפו|שתף|שתפי) את (הכתבה|הכתבה הזו|המאמר)\W{0,3}$", r"^(לכל העדכונים\s+)?(הצטרפו|הצטרפי|הצטרף) (לקבוצת|לערוץ) (ה)?(וואטסאפ|טלגרם)\b.{0,30}$",
               r"^עקבו אחרינו ב(פייסבוק|אינסטגרם|טוויטר|טלגרם)\b.{0,30}$"],
        "no": [r"^følg oss på (facebook|twitter|instagram|linkedin|x|google news)\b.{0,40}$"],
        "fi": [r"^seuraa meitä (facebookissa|twitterissä|instagramissa|x:ssä|google newsissa)\b.{0,40}$"],
        "hu": [r"^kövess(en)? minket (a |az )?(facebookon|twitteren|instagramon|google newsban|google news-ban)\b.{0,40}$"],
        "ro": [r"^(urmăriți-ne|urmărește-ne) pe (facebook|twitter|instagram|google news|x)\b.{0,40}$"],
        "el": [r"^ακολουθήστε (μας )?(στο|στα|στην|στον) (facebook|twitter|instagram|google news|x)\b.{0,40}$"],
        "id": [r"^ikuti (kami )?(di|melalui) (facebook|twitter|instagram|google news|x)\b.{0,40}$"],
        "vi": [r"^theo dõi (chúng tôi|báo) trên (facebook|zalo|youtube|google news|tiktok)\b.{0,40}$"],
        "ar": [r"^تابعونا على (فيسبوك|تويتر|إنستغرام|انستغرام|جوجل نيوز|أخبار جوجل|تلغرام|تيليجرام)\b.{0,40}$"],
        "ja": [r"^(この)?(記事|ページ)を(シェア|共有)(する|しよう)?\s*[:：!！]?$", r"^文字サイズ\s*[:：]?(\s*[大中小])+$",
               r"^.{0,20}(twitter|x|facebook|instagram|line)(公式)?(アカウント)?(を|で)フォロー.{0,20}$"],
        "ko": [r"^(이 )?기사(를)? 공유(하기)?$"],
        "zh": [
            r"^(分享到|分享至|分享)\s*[:：]?\s*(微信|微博|朋友圈|QQ空间|QQ|豆瓣|复制链接|\s)*$",
            r"^(扫码|扫描二维码|长按二维码|微信扫一扫|扫一扫)(关注|分享|下载)?.{0,20}$",
            # "Follow us" as the other languages' "follow us on ...": the site's WeChat account, its QR code,
            # "click to follow for more news" (the verb alone is a story's: "关注民生").
            r"^(欢迎)?(点击|长按)?(识别)?(二维码)?关注(我们|本号)?(的)?(微信)?(公众号|官方微博|官微|视频号|抖音号)\W{0,3}.{0,20}$",
            r"^长按(识别)?(图中)?二维码.{0,20}$", r"^点击关注\W{0,2}(获取|了解|第一时间).{0,20}$",
            # A WeChat post's "tap the blue words (the account's name) above to follow us".
            r"^(点击|点|戳)(上方|上面|标题下)?(蓝字|“[^”]{1,20}”|\"[^\"]{1,20}\")\W{0,2}(一键)?关注.{0,10}$",
            # The text size buttons, a page tool as the share buttons are: "字号：大 中 小".
            r"^(字号|字级|字体)(大小)?\s*[:：]?(\s*[大中小])+$",
        ],
    },
    examples=[
        # 'Share the article' and 'follow us on' lines in the languages and networks the lists lacked (lang29's probe);
        # a sentence that goes on stays.
        Example("The council met.\nשתפו את הכתבה\nแชร์บทความนี้\nСподели статията\nPodijeli članak\nПодели вест\n"
                "Podeli vest\nDeli članek\nPratite nas na Telegramu\nПратите нас на Телеграму\n"
                "Последвайте ни в Telegram\nGoogle News'te bizi takip edin\nSiga-nos no Google Notícias\n"
                "Suivez-nous sur Google Actualités\nइस खबर को शेयर करें\nहमें व्हाट्सएप पर फॉलो करें\n"
                "Ibahagi ang balitang ito\nติดตามเราทาง LINE\nแชร์ไปยัง Facebook แชร์ไปยัง LINE ส่งอีเมล คัดลอกลิงก์\n"
                "Dalintis straipsniu\nDalies ar rakstu",
                removed=("שתפו את הכתבה", "แชร์บทความนี้", "Сподели статията", "Podijeli članak", "Подели вест",
                         "Podeli vest", "Deli članek", "Pratite nas na Telegramu", "Пратите нас на Телеграму",
                         "Последвайте ни в Telegram", "Google News'te bizi takip edin", "Siga-nos no Google Notícias",
                         "Suivez-nous sur Google Actualités", "इस खबर को शेयर करें", "हमें व्हाट्सएप पर फॉलो करें",
                         "Ibahagi ang balitang ito", "ติดตามเราทาง LINE",
                         "แชร์ไปยัง Facebook แชร์ไปยัง LINE ส่งอีเมล คัดลอกลิงก์", "Dalintis straipsniu",
                         "Dalies ar rakstu")),
        Example("Podijeli članak o proračunu svima, rekao je gradonačelnik vijećnicima.\n"
                "Ibahagi ang balitang ito sa inyong mga kapitbahay, sabi ng alkalde sa pulong."),
        # Rows of page tools with the text size label, the letter to the editor or the gift link among their
        # buttons; a sentence naming those tools stays.
        Example("The council met.\nPrint | Email | Font size | Comments (2)\nDrucken | Schriftgröße | Leserbrief schreiben\n"
                "Imprimer | Taille du texte | Commentaires (4)\nDrukuj | Rozmiar czcionki | Komentarze (1)\n"
                "Share Gift this article Comments (7)\nTeilen Artikel verschenken\nCompartir Regalar artículo",
                removed=("Print | Email | Font size | Comments (2)", "Drucken | Schriftgröße | Leserbrief schreiben",
                         "Imprimer | Taille du texte | Commentaires (4)", "Drukuj | Rozmiar czcionki | Komentarze (1)",
                         "Share Gift this article Comments (7)", "Teilen Artikel verschenken",
                         "Compartir Regalar artículo")),
        Example("Print the notice, check the font size and send a letter to the editor, she said.\n"
                "Den Leserbrief schreiben viele Leser per Hand."),
        # A Korean story's row of text-size, print and clipping buttons.
        Example("시의회가 예산을 승인했다.\n글씨키우기 글씨줄이기 인쇄하기 스크랩\n공사는 봄에 시작된다.",
                removed=("글씨키우기 글씨줄이기 인쇄하기 스크랩",)),
        # Chinese pages' print button and their calls to follow the site's WeChat account; the verb in a story stays.
        Example("市议会周二批准了预算。\n打印本页\n关注我们的微信公众号\n长按识别二维码关注\n点击关注，获取更多本地资讯\n"
                "施工将于春季开始。",
                removed=("打印本页", "关注我们的微信公众号", "长按识别二维码关注", "点击关注，获取更多本地资讯")),
        Example("市政府表示将持续关注民生问题，并在微信公众号上公布进展。\n关注度最高的议题是交通。"),
        # A WeChat post's call to follow, copied with it: "tap the blue words above to follow us".
        Example("市议会周二批准了预算。\n点击上方蓝字 关注我们\n点击上方“城南发布”关注我们\n戳上方蓝字，关注我们吧\n施工将于春季开始。",
                removed=("点击上方蓝字 关注我们", "点击上方“城南发布”关注我们", "戳上方蓝字，关注我们吧")),
        Example("市议会周二批准了预算。\n点击上方的按钮即可查看投票结果，市民普遍关注交通问题。"),
        # A Romanian row that sends the story to a network ("Trimite pe WhatsApp") beside its share button.
        Example("Spitalul a primit un aparat nou.\nDistribuie pe Facebook Trimite pe WhatsApp Copiază linkul",
                removed=("Distribuie pe Facebook Trimite pe WhatsApp Copiază linkul",)),
        Example("Совет собрался.\nПоделитесь новостью с друзьями\nПодписывайтесь на нас в соцсетях\n"
                "Следите за новостями в нашем Telegram-канале\nМы в соцсетях\nTisknout článek\nSkriv ut artikeln\n"
                "收藏\n点赞\nFacebookでシェア\nXでポスト",
                removed=("Поделитесь новостью с друзьями", "Подписывайтесь на нас в соцсетях",
                         "Следите за новостями в нашем Telegram-канале", "Мы в соцсетях", "Tisknout článek",
                         "Skriv ut artikeln", "收藏", "点赞", "Facebookでシェア", "Xでポスト")),
        Example("Следите за новостями в течение дня, советует мэрия.\nMy v soutěži nebyli, řekl trenér.\n"
                "他收藏了三百多张老照片。"),
        # Rows of the languages whose mail, copy-link and network buttons the lists lacked: the network after a
        # Finnish colon ("X:ssä"), Viber, the networks in Arabic letters.
        Example("Byrådet mødtes.\nDel på Facebook Del på X Send e-post Kopier lenke\n"
                "Del på LinkedIn Send som e-mail Kopier link\nJaa Facebookissa Jaa X:ssä Kopioi linkki\n"
                "Zdieľať na Facebooku Poslať e-mailom Kopírovať odkaz\nПоділитися Facebook Telegram Надіслати\n"
                "Chia sẻ Facebook Zalo Sao chép liên kết\nشارك فيسبوك واتساب نسخ الرابط\n"
                "Κοινοποίηση Facebook Viber Αντιγραφή συνδέσμου\nBagikan Facebook WhatsApp Salin tautan",
                removed=("Del på Facebook Del på X Send e-post Kopier lenke", "Del på LinkedIn Send som e-mail Kopier link",
                         "Jaa Facebookissa Jaa X:ssä Kopioi linkki", "Zdieľať na Facebooku Poslať e-mailom Kopírovať odkaz",
                         "Поділитися Facebook Telegram Надіслати", "Chia sẻ Facebook Zalo Sao chép liên kết",
                         "شارك فيسبوك واتساب نسخ الرابط", "Κοινοποίηση Facebook Viber Αντιγραφή συνδέσμου",
                         "Bagikan Facebook WhatsApp Salin tautan")),
        Example("Le conseil a voté.\nPartager l'article\nCompartir artículo\nCondividi l'articolo\nCompartilhe esta notícia\n"
                "Zdieľať článok\nCikk megosztása\nDistribuie articolul\nΚοινοποίηση άρθρου\nشارك المقال\n"
                "Chia sẻ bài viết\nBagikan artikel ini",
                removed=("Partager l'article", "Compartir artículo", "Condividi l'articolo", "Compartilhe esta notícia",
                         "Zdieľať článok", "Cikk megosztása", "Distribuie articolul", "Κοινοποίηση άρθρου", "شارك المقال",
                         "Chia sẻ bài viết", "Bagikan artikel ini")),
        Example("Han sendte e-post til ordføreren.\nSend som e-mail til kommunen, sagde hun.\n"
                "Poslať e-mailom žiadosť treba do piatku.\nНадіслати заявку можна до п'ятниці.\n"
                "Sao chép liên kết này và gửi cho bạn bè, anh nói.\nطباعة الكتب توقفت بسبب نقص الورق.\n"
                "Salin tautan di bawah ini untuk mendaftar, kata panitia."),
        Example("Meclis toplandı.\nFacebook'ta paylaş WhatsApp ile gönder Google Haberler'de takip et",
                removed=("Facebook'ta paylaş WhatsApp ile gönder Google Haberler'de takip et",)),
        Example("Byrådet mødtes.\nFølg os på Facebook\nFølg oss på Instagram\nSeuraa meitä Facebookissa\n"
                "Kövess minket a Facebookon!\nUrmăriți-ne pe Google News\nΑκολουθήστε μας στο Google News\n"
                "Ikuti kami di Google News\nTheo dõi chúng tôi trên Zalo\nتابعونا على فيسبوك",
                removed=("Følg os på Facebook", "Følg oss på Instagram", "Seuraa meitä Facebookissa",
                         "Kövess minket a Facebookon!", "Urmăriți-ne pe Google News", "Ακολουθήστε μας στο Google News",
                         "Ikuti kami di Google News", "Theo dõi chúng tôi trên Zalo", "تابعونا على فيسبوك")),
        Example("Byrådet mødtes.\nSledujte nás aj na Facebooku a Instagrame\nSledite nam tudi na Facebooku\n"
                "Sekojiet mums Facebook un Instagram\nJälgi meid ka Facebookis\nSekite mus Facebook\nPratite nas na Facebooku\n"
                "Пратите нас и на Фејсбуку и Инстаграму\nПоследвайте ни във Facebook\nלכל העדכונים הצטרפו לקבוצת הוואטסאפ שלנו",
                removed=("Sledujte nás aj na Facebooku a Instagrame", "Sledite nam tudi na Facebooku",
                         "Sekojiet mums Facebook un Instagram", "Jälgi meid ka Facebookis", "Sekite mus Facebook",
                         "Pratite nas na Facebooku", "Пратите нас и на Фејсбуку и Инстаграму", "Последвайте ни във Facebook",
                         "לכל העדכונים הצטרפו לקבוצת הוואטסאפ שלנו")),
        Example("Sledujte nás na ceste, povedal policajt vodičom.\nPratite nas na putu do mora, rekao je vodič.\n"
                "Sekite mus iki miško takais, sakė gidas."),
        Example("Følg os på Facebook-sagen blev et slogan for de unge, der samledes på pladsen hver fredag i flere måneder.\n"
                "Η αστυνομία ακολουθεί τα ίχνη των δραστών στο κέντρο της πόλης."),
        # Languages the tables had no buttons for: the buttons alone, a row of them, "share this article",
        # "follow us on"; the same verbs in a sentence stay.
        Example("Совет собрался.\nПоделиться в Telegram\nВКонтакте\nВерсия для печати\nПодписывайтесь на нас в Дзене\n"
                "Поділитися\nSdílet na Facebooku\nTisk\nSdílejte tento článek\nSledujte nás na Facebooku\nZdieľať\n"
                "Dela på Facebook\nSkriv ut\nDela artikeln\nFölj oss på Instagram\nDel artiklen\nJaa\nJaa Facebookissa\nTulosta\n"
                "Paylaş\nFacebook'ta paylaş\nYazdır\nBu haberi paylaş\nBizi Google News'ten takip edin\nDistribuie\n"
                "Megosztás\nΚοινοποίηση\n分享\n微信 微博\nシェア\nLINEで送る\nこの記事を共有する\n公式Xをフォローする\n"
                "공유하기\n카카오톡\n페이스북",
                removed=("Поделиться в Telegram", "ВКонтакте", "Версия для печати", "Подписывайтесь на нас в Дзене",
                         "Поділитися", "Sdílet na Facebooku", "Tisk", "Sdílejte tento článek", "Sledujte nás na Facebooku",
                         "Zdieľať", "Dela på Facebook", "Skriv ut", "Dela artikeln", "Följ oss på Instagram",
                         "Del artiklen", "Jaa", "Jaa Facebookissa", "Tulosta", "Paylaş", "Facebook'ta paylaş", "Yazdır", "Bu haberi paylaş",
                         "Bizi Google News'ten takip edin", "Distribuie", "Megosztás", "Κοινοποίηση", "分享", "微信 微博",
                         "シェア", "LINEで送る", "この記事を共有する", "公式Xをフォローする", "공유하기", "카카오톡",
                         "페이스북")),
        Example("Совет собрался.\nНаверх | Печать | Поделиться\nZpět | Tisk | Sdílet\nTill toppen | Skriv ut | Dela\n"
                "Geri | Yazdır | Paylaş\nАвтобусы пойдут в обход.",
                removed=("Наверх | Печать | Поделиться", "Zpět | Tisk | Sdílet", "Till toppen | Skriv ut | Dela",
                         "Geri | Yazdır | Paylaş")),
        Example("Наверх | Назад\nZpět na úvod\nTill toppen av listan"),
        # Share rows in scripts without case and languages the tables had none for; the verbs in a sentence stay.
        Example("انعقد المجلس.\nشارك\nשתפו\nاشتراک‌گذاری\nशेयर करें\nChia sẻ\nBagikan\nShiriki\nแชร์\nPodijeli\nСподели\n"
                "The council met again.",
                removed=("شارك", "שתפו", "اشتراک‌گذاری", "शेयर करें", "Chia sẻ", "Bagikan", "Shiriki", "แชร์", "Podijeli",
                         "Сподели")),
        Example("شارك مئات السكان في الاجتماع.\nChia sẻ với báo chí, bà nói cây cầu sẽ đóng cửa.\n"
                "Bagikan makanan kepada warga, kata wali kota.\nShiriki katika mkutano huo walikuwa wakazi mia moja.\n"
                "Podijeli troškove sa susjedima, rekao je načelnik.\nСподели опита си с колегите, каза кметът."),

        Example("Жители хотят поделиться расходами с соседями.\nMusíme sdílet náklady na opravu, řekl starosta.\n"
                "Dela på ansvaret\nПоделиться в ответ\nSdílet na dálku\n"
                "Vi ska dela på kostnaderna, sa hon.\nBelediye maliyeti komşu ilçeyle paylaşacak.\n他在会上分享了经验。\n"
                "彼は会議で経験をシェアした。\nTisk zveřejnil zprávu v pondělí.\n우리는 비용을 공유하기로 했다."),
        Example("Der Rat tagte.\nauf Twitter folgen\neine E-Mail senden\nDie Sitzung endete spät.",
                removed=("auf Twitter folgen", "eine E-Mail senden")),
        Example("The vote passed.\nBookmark with:\nDelicious\nDigg\nSave this with a friend, she said.\nEmail Story\n"
                "Printable View\nRecommend this story\nRecommend it:\nTo Name:\nFriend's e-mail address:",
                removed=("Bookmark with:", "Digg", "Email Story", "Printable View", "Recommend this story", "Recommend it:",
                         "To Name:", "Friend's e-mail address:")),
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
        Example("Der Rat tagte.\nJetzt Artikel teilen!\nKlick, um auf Reddit zu teilen (Wird in neuem Fenster geöffnet)\n"
                "Partager cet article\nComparte esta nota\nCondividi questo articolo\nCompartilhe este artigo\n"
                "Deel dit artikel\nUdostępnij ten artykuł\nCliquez pour imprimer(ouvre dans une nouvelle fenêtre)",
                removed=("Jetzt Artikel teilen!", "Klick, um auf Reddit zu teilen (Wird in neuem Fenster geöffnet)",
                         "Partager cet article", "Comparte esta nota", "Condividi questo articolo", "Compartilhe este artigo",
                         "Deel dit artikel", "Udostępnij ten artykuł", "Cliquez pour imprimer(ouvre dans une nouvelle fenêtre)")),
        # Buttons that name where they share, in either word order, alone or in a row; the same words
        # opening a sentence stay.
        Example("Der Rat tagte.\nBei Facebook teilen · Per E-Mail versenden\nTeilen über WhatsApp\n"
                "Share via WhatsApp Send by email\nPartager via WhatsApp Envoyer par SMS\n"
                "Compartir en Facebook Enviar por WhatsApp\nCondividi su Facebook Invia tramite WhatsApp\n"
                "Compartilhar no Facebook Enviar pelo WhatsApp\nDeel via WhatsApp | Per e-mail versturen\n"
                "Udostępnij na Facebooku Wyślij przez Messengera\nTelegram Correo electrónico Imprimir\nCourriel | Imprimer",
                removed=("Bei Facebook teilen · Per E-Mail versenden", "Teilen über WhatsApp",
                         "Share via WhatsApp Send by email", "Partager via WhatsApp Envoyer par SMS",
                         "Compartir en Facebook Enviar por WhatsApp", "Condividi su Facebook Invia tramite WhatsApp",
                         "Compartilhar no Facebook Enviar pelo WhatsApp", "Deel via WhatsApp | Per e-mail versturen",
                         "Udostępnij na Facebooku Wyślij przez Messengera", "Telegram Correo electrónico Imprimir",
                         "Courriel | Imprimer")),
        Example("Auf Facebook teilen viele Vereine ihre Termine\nPer E-Mail senden Eltern die Entschuldigung an die Schule\n"
                "Share via WhatsApp only what you would show a stranger\n"
                "Partager sur Facebook des photos d'enfants reste risqué\n"
                "Compartir en Facebook datos personales tiene riesgos\nCondividi su Facebook le foto dei bambini? Meglio di no\n"
                "Compartilhar no Facebook fotos de crianças é arriscado\nVia WhatsApp delen ouders de roosters met elkaar\n"
                "Udostępnij na Facebooku tylko to, co pokazałbyś obcym\nCorreo urgente para la alcaldesa\n"
                "Courriel envoyé au maire la veille du vote"),
        Example("Der Rat tagte.\nFolgen Sie uns auf Google News\nSuivez-nous sur Twitter\nSíguenos en Instagram\n"
                "Obserwuj nas na Google News\nFollow us on Google News",
                removed=("Folgen Sie uns auf Google News", "Suivez-nous sur Twitter", "Síguenos en Instagram",
                         "Obserwuj nas na Google News", "Follow us on Google News")),
        Example("市议会周二批准了预算。\n分享到：微信 微博 QQ空间\n扫码关注我们", removed=("分享到：微信 微博 QQ空间", "扫码关注我们")),
        # A label's colon before the buttons, and buttons the tables lacked: a messenger, printing.
        Example("The council met.\nUdostępnij: WhatsApp Drukuj\nWhatsApp ile paylaş Telegram ile paylaş\n"
                "Chia sẻ: Zalo In bài viết\n字号：大 中 小 分享到：微博 QQ空间\nThe bridge opens in May.",
                removed=("Udostępnij: WhatsApp Drukuj", "WhatsApp ile paylaş Telegram ile paylaş",
                         "Chia sẻ: Zalo In bài viết", "字号：大 中 小 分享到：微博 QQ空间")),
        Example("The council met.\nShare this recipe\nBeitrag drucken | Beitrag empfehlen\nAuf Pinterest merken\nThe bridge opens.",
                removed=("Share this recipe", "Beitrag drucken | Beitrag empfehlen", "Auf Pinterest merken")),
        Example("The council met.\nSave this for later – Pin it!\nThe bridge opens.\n"
                "Save this for later, she told the class, and pin it to the board.",
                removed=("Save this for later – Pin it!",)),
        # A recipe's buttons under its method: print it, pin it, in each language; the words in a sentence stay.
        Example("Bake for forty minutes.\nPrint the recipe Save to Pinterest\nImprimir la receta Guardar en Pinterest\n"
                "Stampa la ricetta | Salva su Pinterest\nImprimer la recette\nRecept afdrukken\nDrukuj przepis\n"
                "Imprimir a receita\nServe warm.",
                removed=("Print the recipe Save to Pinterest", "Imprimir la receta Guardar en Pinterest",
                         "Stampa la ricetta | Salva su Pinterest", "Imprimer la recette", "Recept afdrukken",
                         "Drukuj przepis", "Imprimir a receita")),
        Example("Mi abuela quiso imprimir la receta en el libro del pueblo.\nElle a fini par imprimer la recette du gâteau.\n"
                "Salva su Pinterest le foto del viaggio, dice la guida."),
        Example("Share: the council's plan for the bridge\nUdostępnij: ten raport trafi do rady\n"
                "Ông in bài báo và mang đến cuộc họp."),
        # Text size buttons alone or in a row of share buttons, simplified and traditional; the words in a sentence stay.
        Example("市议会周二批准了预算。\n字号： 大 中 小\n字級 分享 Facebook LINE 複製連結\n文字サイズ 小 中 大\n"
                "報紙把字號放大了。",
                removed=("字号： 大 中 小", "字級 分享 Facebook LINE 複製連結", "文字サイズ 小 中 大")),
        # The text size buttons' label in the languages with letters; the words in a sentence stay.
        Example("The vote passed.\nFont:\nText size A+ A-\nSchriftgröße\nTaille du texte\nTamaño de letra\n"
                "Dimensione del testo\nRozmiar czcionki\nРазмер шрифта\nThe font size of the ballot was too small.",
                removed=("Font:", "Text size A+ A-", "Schriftgröße", "Taille du texte", "Tamaño de letra",
                         "Dimensione del testo", "Rozmiar czcionki", "Размер шрифта")),
        Example("The vote passed.\nEmail to a friend Printer friendly\nArtikel an einen Freund senden | Druckversion\n"
                "Envoyer à un ami | Version imprimable\nEnviar a un amigo\nVersione stampabile\nWersja do druku\nRain fell.",
                removed=("Email to a friend Printer friendly", "Artikel an einen Freund senden | Druckversion",
                         "Envoyer à un ami | Version imprimable", "Enviar a un amigo", "Versione stampabile",
                         "Wersja do druku")),
        Example("Der Rat tagte.\nDIESEN BEITRAG WEITEREMPFEHLEN\nDen Artikel mit anderen teilen/diskutieren:\n"
                "Diesen Artikel teilen, drucken oder kommentieren:\nImprimer cet article\nEnviar esta nota\n"
                "Stampa questo articolo",
                removed=("DIESEN BEITRAG WEITEREMPFEHLEN", "Den Artikel mit anderen teilen/diskutieren:",
                         "Diesen Artikel teilen, drucken oder kommentieren:", "Imprimer cet article", "Enviar esta nota",
                         "Stampa questo articolo")),
        Example("Den Artikel drucken wir am Montag, sagte die Redaktion.\nIl a imprimé cet article pour le juge.\n"
                "Stampa e televisione hanno seguito il processo."),
        Example("She sent the letter to a friend in Leeds.\nDie Druckversion des Berichts erscheint im Mai, sagte sie."),
        Example("Совет собрался.\nПоделиться\nОни решили поделиться опытом с коллегами.", removed=("Поделиться",)),
        # An event's buttons in a row; a sentence about tickets stays.
        Example("Die Museen öffnen bis ein Uhr.\nZum Kalender hinzufügen · Tickets kaufen · Merken\n"
                "Add to calendar | Buy tickets\nTickets gibt es im Vorverkauf bei allen Museen.",
                removed=("Zum Kalender hinzufügen · Tickets kaufen · Merken", "Add to calendar | Buy tickets")),
        Example("Die Museen öffnen bis ein Uhr.\nMerken Teilen Anhören (18 Min.)\nSie wollte den Beitrag merken und teilen.",
                removed=("Merken Teilen Anhören (18 Min.)",)),
        Example("She shared the prize with two colleagues.\nTwitter said it would review the policy."),
        Example("The vote passed.\nDigg\nStumbleUpon\nDel.icio.us\nBluesky Mastodon\nPost to Digg\nAdd to del.icio.us\n"
                "Post to Yahoo!\nRain fell.",
                removed=("Digg", "StumbleUpon", "Del.icio.us", "Bluesky Mastodon", "Post to Digg", "Add to del.icio.us",
                         "Post to Yahoo!")),
        Example("The vote passed.\nEmail Story Easy Print Search Newsletter\nPrinter-friendly version Email-a-friend Respond\n"
                "Top | Back | E-mail to a friend | Printable version\nShare this article What is this?\n"
                "Nach oben | Drucken | Teilen\nRetour | Imprimer | Partager\nVolver | Compartir | Imprimir\n"
                "Torna su | Stampa | Condividi\nVoltar | Partilhar | Compartilhar\nTerug | Delen | Printen\n"
                "Powrót | Drukuj | Udostępnij\nDrukuj | Wyślij znajomemu | Skomentuj (3)\nRain fell.",
                removed=("Email Story Easy Print Search Newsletter", "Printer-friendly version Email-a-friend Respond",
                         "Top | Back | E-mail to a friend | Printable version", "Share this article What is this?",
                         "Nach oben | Drucken | Teilen", "Retour | Imprimer | Partager", "Volver | Compartir | Imprimir",
                         "Torna su | Stampa | Condividi", "Voltar | Partilhar | Compartilhar", "Terug | Delen | Printen",
                         "Powrót | Drukuj | Udostępnij", "Drukuj | Wyślij znajomemu | Skomentuj (3)")),
        # The row under a blog post: its comment count, then its buttons.
        Example("The vote passed.\nComments (4) Email this to a friend Permalink\nKommentare (2) | Drucken | Permalink\n"
                "Commentaires (0) Imprimer Partager\nReacties (3) Delen Printen\nRain fell.",
                removed=("Comments (4) Email this to a friend Permalink", "Kommentare (2) | Drucken | Permalink",
                         "Commentaires (0) Imprimer Partager", "Reacties (3) Delen Printen")),
        Example("Comments (4)\nThe permalink to the report was taken down within the hour, the agency said.\nPermalink: see below"),
        # A control alone is no share row (two parted by a pipe, one a share button, are: "Zurück | Drucken").
        Example("Back to top\nSearch Newsletter\nWhat is this?\nZurück zur Suche\nRetour au sommaire\nEmail Newsletter"),
        Example("Der Wertstoffhof hat ab Montag länger geöffnet.\nZurück | Drucken\nThe library reopens on Monday.\n"
                "Print | Back",
                removed=("Zurück | Drucken", "Print | Back")),
        Example("Fans dig in for the final.\nShe decided to post to Tumblr every day, she said, and it paid off."),
        Example("Die Seite teilen sich zwei Familien seit Jahren, sagte der Vermieter.\n"
                "Klicken Sie auf das Bild, um die Karte zu vergrößern, und teilen Sie uns Ihre Meinung mit.\n"
                "Cliquez pour voir: le conseil a voté la loi après trois jours de débat."),
        Example("Die Erben wollen das Haus teilen.\nIls veulent partager les frais.\nQuieren compartir el premio.\n"
                "Delen van de stad liepen onder water."),
    ],
)

# A banner's cookie sentence opens with the site that uses cookies ("This site uses cookies.", "Tento web používá
# soubory cookie"), at its line's start (after an icon) or a sentence's; the same words inside a sentence report what a
# site does ("the regulator found that the site uses cookies", "zjistili, že web používá soubory cookie"), and after a
# quotation mark quote it: a story's sentences, which were removed. "We use cookies" may follow a clause ("Like most
# sites, we use cookies"), not a quotation mark.
_OPENS_SENTENCE = r"(?:^[^\w\"'„“”«»‚‘’]{0,3}|(?<=[.!?:]\s{1,3}))"
_UNQUOTED = r"(?<![\"'„“”«»‚‘’]\s?)"
# The site by its name, opening its banner's sentence: "Omroep Zuid gebruikt cookies en vergelijkbare technieken...".
# Said only of cookies "and similar technologies" or used for the site itself, which a story's company does not say.
_SITE_NAMED = _OPENS_SENTENCE + r"(?-i:\p{Lu})\S*( \S+){0,3} "
# Words that narrow a German banner's cookies to those the site needs ("ausschließlich technisch notwendige").
_NEEDED_COOKIES = r"((ausschließlich|nur) )?((technisch )?(notwendige|erforderliche|essenzielle) )?"
COOKIE_BANNER = LinePattern(
    {
        "en": [
            # A consent layer's site and its partners: "We and our 412 partners store and/or access information on a device",
            # "The Daily Example and our partners use cookies" (the site by its name, in German, Dutch, Swedish too).
            (r"\b((we|\w+) and our (\d+ )?(advertising |trusted )?(partners|vendors)|our (\d+ )?(partners|vendors) and we|we and (selected )?third parties) (may )?"
             r"(use|store|process|collect|access)\b.{0,80}"
             r"\b(cookies?|personal data|(information|data) on (a|your) device|technolog(y|ies) such as|identifiers)\b"),
            # A browser with JavaScript turned off.
            r"^(?!.*\b(video|audio|vídeo|vidéo|player|media)\b)(we have detected that )?(you (currently )?have|your browser has) javascript (disabled|turned off)\b.{0,80}$",
            r"^(?!.*\b(video|audio|vídeo|vidéo|player|media)\b)(please )?(enable|turn on) (your )?javascript( in your browser)?\b.{0,80}$",
            r"^(?!.*\b(video|audio|vídeo|vidéo|player|media)\b)this (web)?site (uses|requires) javascript\b.{0,120}$",
            _UNQUOTED + r"\bwe use cookies\b",
            _OPENS_SENTENCE + r"((this|our|the) )?(web)?site (uses|is using) cookies\b",
            # The banner's own links and buttons ("Cookie policy", "our cookie settings", "Accept all cookies", "click to
            # accept cookies"), not a story's words about one ("changed its cookie policy", "forced to accept cookies").
            r"(?<!\b(its|their|the|a|an|new|his|her)\s|['’]s\s)\bcookie (policy|preferences|settings|consent)\b",
            (r"(" + _OPENS_SENTENCE + r"(please )?|\b(click(ing)?|tap(ping)?|press(ing)?|select(ing)?) (here |on )?(to )?"
             r"[\"“'‘]?)accept (all )?cookies\b"),
            r"\bby continuing to (use|browse|visit)\b.*\byou\b.*\b(agree|consent|accept)",
            r"\byou agree to our use of cookies\b",
            # The layer's consent by its button: "By clicking “Accept”, you agree to ...".
            r"\bby clicking\b.{0,60}\byou (agree|consent|accept)\b",
            # The consent banner's heading: "We value your privacy".
            r"^we (value|respect|care about) your privacy\W{0,3}$",
            # An outdated browser.
            r"^(your|you are using an?) (web )?browser (is )?(out of date|outdated|too old|not supported)\b.{0,80}$",
            r"^(please )?(update|upgrade) your (web )?browser\b.{0,80}$",
            r"^you are using an? (out of date|outdated|old|unsupported) (web )?browser\b.{0,120}$",
            r"\bworks best (with|when) javascript (is )?(enabled|turned on)\b",
            # A consent layer's words for its kinds of cookies and what each does ("Analytical cookies are used to
            # understand how visitors interact with the website"), in each language below too.
            (r"^(strictly )?(necessary|essential|functional|functionality|analytic(al|s)?|performance|statistic(s|al)?"
             r"|advertisement|advertising|marketing|targeting|preferences?|(other )?uncategori[sz]ed) cookies "
             r"(are (used|required|absolutely (necessary|essential)|essential|set|those)|help|enable|allow us)\b"),
            r"^any cookies that may not be particularly necessary\b",
            r"\bplease (read|review|take a moment to read) (the information|our privacy (notice|policy)|how we)\b.{0,60}\b(process|use)\b.{0,30}\bpersonal data\b",
        ],
        "it": [
            (r"\b(noi e i nostri (\d+ )?(partner|fornitori)|i nostri (\d+ )?(partner|fornitori) e noi|noi e (alcune )?terze parti) (utilizziamo|usiamo|archiviamo|trattiamo"
             r"|memorizziamo)\b.{0,80}\b(cookies?|dati personali|informazioni su (un|tuo) dispositivo|tecnologie simili)\b"),
            r"^(?!.*\b(video|audio|vídeo|vidéo|player|media)\b)javascript (è )?disabilitato\b.{0,80}$",
            r"^(?!.*\b(video|audio|vídeo|vidéo|player|media)\b)(per favore,? )?(abilita|attiva) (il )?javascript\b.{0,80}$",
            _UNQUOTED + r"\b(utilizziamo|usiamo) (i )?cookie\b",
            r"\bcliccando (su )?\W?\w.{0,60}\b(acconsenti|accetti)\b",
            _OPENS_SENTENCE + r"(questo sito|il sito|questo sito web|il nostro sito) (utilizza|usa) (i )?cookie\b",
            _SITE_NAMED + r"(utilizza|usa) (i )?cookie (e (altre )?tecnologie simili|per (far funzionare|il funzionamento de)( il| del)? sito)\b",
            r"^(impostazioni|gestisci|preferenze) (dei )?cookie$",
            # An outdated browser.
            r"^il tuo browser (è )?(obsoleto|non è aggiornato|non è più supportato)\b.{0,80}$",
            r"^aggiorna il tuo browser\b.{0,60}$",
            r"^(stai usando|stai utilizzando|utilizzi|usi) un browser (obsoleto|non aggiornato|datato)\b.{0,120}$",
            (r"^i cookie (necessari|funzionali|analitici|statistici|di prestazione|pubblicitari|di marketing|di profilazione) "
             r"(sono|aiutano|vengono utilizzati|consentono)\b"),
        ],
        "de": [
            (r"\b((wir|\w+) und unsere (\d+ )?(partner|werbepartner)|unsere (\d+ )?(partner|werbepartner) und wir|wir und (ausgewählte )?drittanbieter) (verwenden|nutzen|speichern"
             r"|verarbeiten|setzen)\b.{0,80}\b(cookies?|cookie-\w+|personenbezogene daten|informationen auf (ihrem|einem) gerät|technologien wie)\b"),
            r"^(?!.*\b(video|audio|vídeo|vidéo|player|media)\b)(in (ihrem|deinem) browser ist )?javascript (ist )?(deaktiviert|ausgeschaltet)\b.{0,120}$",
            r"^(?!.*\b(video|audio|vídeo|vidéo|player|media)\b)(bitte )?(aktivieren sie|aktiviere) javascript\b.{0,80}$",
            # Only the cookies the site needs: "Wir verwenden nur essenzielle Cookies", "Diese Seite nutzt
            # ausschließlich technisch notwendige Cookies".
            _UNQUOTED + rf"\bwir (verwenden|nutzen|setzen) {_NEEDED_COOKIES}cookies\b",
            r"\b(indem sie|wenn sie) auf\b.{0,60}\bklicken\b.{0,40}\b(stimmen sie|willigen sie|erklären sie sich)\b",
            # "Durch Klicken auf „Zustimmen" willigen Sie ... ein", "Mit dem Klick auf ... stimmen Sie ... zu".
            r"\b(durch (das )?klicken|mit dem klick|durch den klick) auf\b.{0,40}\b(stimmen sie|willigen sie|erklären sie sich)\b",
            # The site's cookies set "on our website": "Wir setzen auf unserer Website Cookies und andere Technologien ein".
            _UNQUOTED + r"\bwir (verwenden|nutzen|setzen) auf (unserer|dieser) (web)?(seite|site) cookies\b",
            _OPENS_SENTENCE + rf"(diese|unsere) (web)?(seite|site) (verwendet|nutzt|benutzt|setzt) {_NEEDED_COOKIES}cookies\b",
            r"^wir (respektieren|schätzen|achten) (ihre|deine) privatsphäre\W{0,3}$",
            r"^cookie\s*-?\s*(einstellungen|richtlinie|hinweis)$",
            r"^(alle )?cookies (zulassen|akzeptieren|ablehnen)$",
            # An outdated browser.
            r"^(dein|ihr) (web)?browser ist (leider )?(veraltet|zu alt|nicht (mehr )?aktuell)\b.{0,80}$",
            r"^(lade|laden sie|aktualisiere|aktualisieren sie) .{0,40}\b(neueren|aktuellen|neuen) browser\b.{0,60}$",
            r"^(du verwendest|du nutzt|sie verwenden|sie nutzen) einen (veralteten|alten|nicht mehr unterstützten) browser\b.{0,120}$",
            r"\bfunktioniert am besten,? wenn javascript aktiviert ist\b",
            (r"^(notwendige|essenzielle|funktionale|analytische|statistik|statistische|marketing|werbe|performance"
             r"|leistungs|präferenz|andere nicht kategorisierte)[- ]cookies (sind|helfen|werden (verwendet|genutzt|eingesetzt))\b"),
            r"^jegliche cookies, die für das funktionieren der website\b",
            r"\bbitte (lesen|beachten) sie (die|unsere) (informationen|hinweise)\b.{0,60}\bverarbeitung (ihrer )?(personenbezogenen )?daten\b",
        ],
        "fr": [
            (r"\b(nous et nos (\d+ )?(partenaires|fournisseurs)|nos (\d+ )?(partenaires|fournisseurs) et nous|nous et des (partenaires )?tiers) (utilisons|stockons|traitons|accédons"
             r"|déposons)\b.{0,80}\b(cookies?|données personnelles|informations sur (un|votre) appareil|traceurs|technologies similaires)\b"),
            r"^(?!.*\b(video|audio|vídeo|vidéo|player|media)\b)javascript (est )?désactivé\b.{0,80}$",
            r"^(?!.*\b(video|audio|vídeo|vidéo|player|media)\b)(veuillez )?(activer|activez) (le )?javascript\b.{0,80}$",
            _UNQUOTED + r"\bnous utilisons (des )?(cookies|traceurs)\b",
            r"\ben cliquant sur\b.{0,60}\bvous (acceptez|consentez)\b",
            _OPENS_SENTENCE + r"(ce site|notre site|ce site web|notre site web) (utilise|emploie|dépose) (des )?cookies\b",
            _SITE_NAMED + r"(utilise|dépose) des cookies (et (des |d['’]autres )?(traceurs|technologies similaires)|(pour|afin de) faire fonctionner (le|son) site)\b",
            r"^nous respectons (votre vie privée|vos données)\W{0,3}$",
            r"^(gérer les|paramétrer les|paramètres des|préférences des) cookies$",
            r"^(refuser|accepter) (les |tous les )?cookies$",
            # An outdated browser.
            r"^votre navigateur (est )?(obsolète|n'est plus (à jour|pris en charge)|est trop ancien)\b.{0,80}$",
            r"^(veuillez )?mettre à jour votre navigateur\b.{0,60}$",
            r"^vous utilisez un navigateur (obsolète|dépassé|ancien|qui n'est plus (à jour|pris en charge))\b.{0,120}$",
            (r"^les cookies (nécessaires|essentiels|fonctionnels|analytiques|statistiques|de performance|publicitaires"
             r"|marketing|de marketing) (sont|aident|permettent|servent)\b"),
        ],
        "es": [
            (r"\b(nosotros y nuestros (\d+ )?(socios|proveedores)|nuestros (\d+ )?(socios|proveedores) y nosotros|nosotros y (algunos )?terceros) (utilizamos|usamos|almacenamos"
             r"|tratamos|accedemos)\b.{0,80}\b(cookies?|datos personales|información en (tu|su|un) dispositivo|tecnologías como)\b"),
            r"^(?!.*\b(video|audio|vídeo|vidéo|player|media)\b)(tienes |tiene )?javascript (está )?desactivado\b.{0,80}$",
            r"^(?!.*\b(video|audio|vídeo|vidéo|player|media)\b)(por favor,? )?(habilita|activa|habilite|active) (el )?javascript\b.{0,80}$",
            _UNQUOTED + r"\b(utilizamos|usamos) cookies\b",
            r"\bal (hacer )?(clic|click|pulsar) en\b.{0,60}\b(aceptas|acepta|consientes|consiente)\b",
            _OPENS_SENTENCE + r"(esta web|nuestra web|esta página|este sitio( web)?|nuestro sitio web) (utiliza|usa) (las )?cookies\b",
            _SITE_NAMED + r"(utiliza|usa) cookies (y (otras )?tecnologías similares|(propias y de terceros )?para (que )?(el|su) (sitio|web|página) funcion)",
            r"^(configuración|configurar|política|ajustes) de cookies$",
            # An outdated browser.
            r"^(tu|su) navegador (está )?(desactualizado|obsoleto|es demasiado antiguo)\b.{0,80}$",
            r"^(actualiza|actualice) (tu|su) navegador\b.{0,60}$",
            r"^(estás usando|está usando|usas|utilizas|está utilizando) un navegador (obsoleto|desactualizado|antiguo)\b.{0,120}$",
            (r"^las cookies (necesarias|esenciales|funcionales|analíticas|estadísticas|de rendimiento|publicitarias"
             r"|de publicidad|de marketing) (son|ayudan|se (utilizan|usan)|permiten)\b"),
        ],
        "pl": [
            (r"\b(my i nasi (\d+ )?(zaufani )?partnerzy|wraz z (naszymi (\d+ )?(zaufanymi )?|(\d+ )?zaufanymi )partnerami) (przetwarzamy"
             r"|wykorzystujemy|używamy|zbieramy|przechowujemy)\b.{0,80}\b(cookies?|cookie|dane osobowe|danych osobowych|informacje na (twoim |twoich )?urządzeni\w*)\b"),
            r"^(?!.*\b(video|audio|vídeo|vidéo|player|media)\b)javascript (jest )?wyłączony\b.{0,80}$",
            r"^(?!.*\b(video|audio|vídeo|vidéo|player|media)\b)(prosimy )?włącz(yć)? (obsługę )?javascript\b.{0,80}$",
            _UNQUOTED + r"\b(używamy|wykorzystujemy) (plików )?cookies?\b", r"^akceptuj(ę)? (wszystkie )?(pliki )?cookies?$",
            _UNQUOTED + r"\bkorzystamy z (plików )?cookies?\b", _OPENS_SENTENCE + r"(\w+ ){1,2}korzysta z (plików )?cookies?\b",
            r"\bklikając\b.{0,60}\b(wyrażasz zgodę|zgadzasz się|akceptujesz)\b",
            # The data-protection notice before the site: "Zanim przejdziesz do serwisu, zapoznaj się z informacjami
            # dotyczącymi przetwarzania Twoich danych osobowych". Not "Administratorem danych jest ...": a
            # newsletter's or a comment form's small print says so too, which selection weighs where it stands.
            r"^zanim (przejdziesz|klikniesz|skorzystasz)\b.{0,80}\b(danych osobowych|plików cookies?|cookies?|prywatności)\b",
            _OPENS_SENTENCE + r"(ta|nasza) strona (używa|wykorzystuje|korzysta z) (plików )?cookies?\b",
            # The service or the site by another word: "Ten serwis wykorzystuje pliki cookies".
            _OPENS_SENTENCE + r"(ten|nasz) (serwis|portal)( internetowy)? (używa|wykorzystuje|korzysta z) (plik(i|ów) )?cookies?\b",
            _OPENS_SENTENCE + r"(ta|nasza) witryna( internetowa)? (używa|wykorzystuje|korzysta z) (plik(i|ów) )?cookies?\b",
            r"^szanujemy (twoją|pani|pana|państwa) prywatność\b",
            # The consent layer's request to read how the site processes the reader's data ("... prosimy o zapoznanie
            # się z informacjami dotyczącymi przetwarzania danych osobowych"): the site's "we ask", no cookie named.
            (r"\bprosimy o zapoznanie się z (informacjami|informacją|klauzulą)( informacyjną)?\b.{0,60}"
             r"\b(przetwarzani[au]|ochron[yie]) (twoich |pani |pana |państwa )?danych\b"),
            # What the site does with the reader's data in its cookies: "przetwarzamy Twoje dane osobowe zapisywane w
            # plikach cookies".
            r"\bprzetwarzamy (twoje |pani |pana |państwa )?dane osobowe\b.{0,80}\b(plik(ach|ów|i) )?cookies?\b",
            r"^(ustawienia|polityka) (plików )?cookies?$",
            # An outdated browser.
            r"^twoja przeglądarka jest (przestarzała|nieaktualna)\b.{0,80}$",
            r"^zaktualizuj (swoją )?przeglądarkę\b.{0,60}$",
            r"^używasz (przestarzałej|nieaktualnej) (wersji )?przeglądarki\b.{0,120}$",
            (r"^(niezbędne|funkcjonalne|analityczne|statystyczne|wydajnościowe|reklamowe|marketingowe) (pliki )?cookies? "
             r"(są|pomagają|służą)\b"),
        ],
        "pt": [
            (r"\b(nós e (os )?nossos (\d+ )?(parceiros|fornecedores)|os nossos (\d+ )?(parceiros|fornecedores) e nós|nós e (alguns )?terceiros) (utilizamos|usamos"
             r"|armazenamos|tratamos)\b.{0,80}\b(cookies?|dados pessoais|informações n[oa] (seu |um )?dispositivo|tecnologias como)\b"),
            r"^(?!.*\b(video|audio|vídeo|vidéo|player|media)\b)(o )?javascript (está )?(desativado|desabilitado)\b.{0,80}$",
            r"^(?!.*\b(video|audio|vídeo|vidéo|player|media)\b)(por favor,? )?(ative|habilite) o javascript\b.{0,80}$",
            _UNQUOTED + r"\b(utilizamos|usamos) cookies\b", _OPENS_SENTENCE + r"este site (utiliza|usa) cookies\b",
            _SITE_NAMED + r"(utiliza|usa) cookies (e (outras )?tecnologias semelhantes|para (que )?o (seu )?site funcion)",
            r"^aceitar (todos os )?cookies$",
            r"\bao clicar em\b.{0,60}\b(concorda|aceita|consente)\b",
            r"^(configurações|definições|política) de cookies$",
            # An outdated browser.
            r"^(o )?(seu|teu) navegador (está )?(desatualizado|obsoleto)\b.{0,80}$",
            r"^(atualize|actualize) o (seu )?navegador\b.{0,60}$",
            r"^(você está usando|está a usar|está usando) um navegador (desatualizado|antigo|obsoleto)\b.{0,120}$",
            (r"^os cookies (necessários|essenciais|funcionais|analíticos|estatísticos|de desempenho|de publicidade"
             r"|publicitários|de marketing) (são|ajudam|permitem|servem)\b"),
        ],
        "ru": [_UNQUOTED + r"\bмы используем (файлы )?(cookies?|куки)\b",
               _OPENS_SENTENCE + r"(этот )?сайт использует (файлы )?(cookies?|куки)\b",
               r"\bпродолжая (использовать|пользоваться|просматривать) (наш |этот )?сайт\w*.{0,60}\b(cookies?|куки)\b",
               r"^(принять|разрешить) (все )?(cookies?|куки|файлы cookie)$", r"^настройки (cookies?|куки|файлов cookie)$"],
        "uk": [_UNQUOTED + r"\bми використовуємо (файли )?(cookies?|куки)\b",
               _OPENS_SENTENCE + r"(цей )?сайт використовує (файли )?(cookies?|куки)\b",
               r"\bпродовжуючи (використовувати|користуватися) (наш |цей )?сайт\w*.{0,60}\b(cookies?|куки)\b",
               r"^(прийняти|дозволити) (всі )?(cookies?|куки|файли cookie)$", r"^налаштування (cookies?|файлів cookie)$"],
        "cs": [_UNQUOTED + r"\bpoužíváme (soubory )?cookies?\b",
               # A consent layer's site and its partners: "my a našich 120 partnerů využíváme cookies".
               (r"\b(my a (naši|našich) (\d+ )?partne(ři|rů)|naši (\d+ )?partneři a my) (používáme|využíváme|ukládáme"
                r"|zpracováváme)\b.{0,80}\b(cookies?|soubory cookie|osobní\w* údaj\w*|technologi\w*)"),
               _OPENS_SENTENCE + r"(tento |tato |naše )?(web|stránka|stránky) (používá|využívá|používají) (soubory )?cookies?\b",
               # Czech sets the object last, after what the cookies are for: "Tento web používá k poskytování služeb,
               # personalizaci reklam a analýze návštěvnosti soubory cookie".
               _OPENS_SENTENCE + r"(tento |tato |naše )?(web|stránka|stránky) (používá|využívá|používají)\b.{0,100}\bsoubory cookie",
               r"^(přijmout|povolit|odmítnout) (vše|všechny( soubory)? cookies?|soubory cookies?|cookies?)$",
               r"^nastavení (souborů )?cookies?$"],
        "sv": [_UNQUOTED + r"\bvi använder (kakor|cookies)\b",
               _OPENS_SENTENCE + r"(den här |denna )?(webbplats(en)?|sajt(en)?) använder (kakor|cookies)\b",
               r"\b(vi|\w+) och (våra (\d+ )?partner(s|na)?|tredje part(er)?) använder\b.{0,80}\b(kakor|cookies)\b",
               # The banner's buttons and settings, in each language below too.
               r"^(godkänn|acceptera|tillåt) (alla )?(kakor|cookies)$", r"^(inställningar för (kakor|cookies)|cookie-?inställningar)$"],
        "da": [_UNQUOTED + r"\bvi bruger cookies\b", _OPENS_SENTENCE + r"(denne )?(hjemmeside|side) bruger cookies\b",
               r"\b(vi|\w+) og (vores (\d+ )?(samarbejds)?partnere|tredjeparter) bruger\b.{0,80}\bcookies\b",
               r"^(accepter|tillad|afvis) (alle )?cookies$",
               r"^cookie-?indstillinger$"],
        "no": [_UNQUOTED + r"\bvi bruker (informasjonskapsler|cookies)\b",
               _OPENS_SENTENCE + r"(dette )?nettstedet bruker (informasjonskapsler|cookies)\b",
               r"\b(vi|\w+) og (våre (\d+ )?partnere|tredjeparter) bruker\b.{0,80}\b(informasjonskapsler|cookies)\b",
               r"^(godta|aksepter|tillat) (alle )?(informasjonskapsler|cookies)$", r"^innstillinger for (informasjonskapsler|cookies)$"],
        "fi": [_UNQUOTED + r"\bkäytämme evästeitä\b", _OPENS_SENTENCE + r"(tämä )?sivusto käyttää evästeitä\b", r"^(hyväksy|salli|hylkää) (kaikki )?evästeet$", r"^evästeasetukset$"],
        "tr": [r"\b(çerez(ler)?|cookie(ler)?) kullan([ıi]yoruz|maktad[ıi]r|[ıi]lmaktad[ıi]r|[ıi]r)\b",
               r"^(tüm )?çerezleri (kabul et|reddet)$", r"^çerez (ayarlar[ıi]|tercihleri|politikas[ıi])$",
               r"\b(sitemizi|web sitemizi) kullanarak\b.{0,80}\bçerez"],
        "ro": [_UNQUOTED + r"\b(folosim|utilizăm) (cookie-uri|cookies)\b",
               _OPENS_SENTENCE + r"acest site (folosește|utilizează) (cookie-uri|cookies)\b",
               r"^(acceptă|accept|acceptați) (toate )?cookie-urile$", r"^setări (pentru )?cookie(-uri)?$"],
        "hu": [r"\b(sütiket|cookie-kat) használ\w*\b", r"^(összes )?(süti|cookie)k? elfogadása$", r"^(süti|cookie)[- ]?beállítások$",
               r"^a (sütik|cookie-k) (segítenek|segítségével|lehetővé teszik)\b"],
        # Scripts without case, and languages the tables had none for: "we use cookies", "this site uses cookies".
        "ar": [r"(نستخدم|يستخدم (هذا )?الموقع|يستخدم موقعنا) (ملفات )?(تعريف الارتباط|الكوكيز|كوكيز|cookies)",
               r"^(قبول|أقبل) (جميع |كل )?(ملفات تعريف الارتباط|الكوكيز)$", r"^إعدادات (ملفات تعريف الارتباط|الكوكيز)$"],
        "he": [r"(אנו משתמשים|אנחנו משתמשים|האתר משתמש) ב(עוגיות|קובצי cookie|קבצי cookie|cookies)"],
        "fa": [r"از (کوکی|کوکی‌ها|کوکی ها|cookie|cookies) استفاده می"],
        "hi": [r"(हम|यह (वेबसाइट|साइट)) (कुकी|कुकीज|कुकीज़|कुकीज़|cookies) का (उपयोग|इस्तेमाल) (करते|करती)"],
        "vi": [_UNQUOTED + r"\bchúng tôi sử dụng (cookie|cookies)\b",
               _OPENS_SENTENCE + r"(trang web|website)( này)? sử dụng (cookie|cookies)\b", r"^chấp nhận (tất cả )?cookie$",
               r"^cài đặt cookie$"],
        "el": [_UNQUOTED + r"χρησιμοποιο[ύυ]με (cookies|μπισκ[όο]τα)",
               _OPENS_SENTENCE + r"ο ιστ[όο]τοπος χρησιμοποιε[ίι] (cookies|μπισκ[όο]τα)", r"^(αποδοχή|αποδέχομαι) (όλων )?(των )?cookies$",
               r"^ρυθμίσεις cookies$"],
        # Indonesian and Malay.
        "id": [_UNQUOTED + r"\bkami (menggunakan|memakai) (cookie|cookies|kuki)\b",
               _OPENS_SENTENCE + r"(situs (web )?ini|situs kami|laman web ini) (menggunakan|memakai) (cookie|cookies|kuki)\b",
               r"^(terima|izinkan) (semua )?(cookie|kuki)$", r"^pengaturan (cookie|kuki)$"],
        "sw": [_UNQUOTED + r"\btunatumia (vidakuzi|cookies|kuki)\b", _OPENS_SENTENCE + r"tovuti hii inatumia (vidakuzi|cookies|kuki)\b"],
        "th": [r"(เว็บไซต์นี้|เว็บไซต์ของเรา|เรา)\s?(มีการ)?ใช้\s?คุกกี้"],
        "ko": [r"(쿠키|cookie)를 (사용|이용)(합니다|하고 있습니다)", r"^(모든 )?쿠키 (허용|수락|거부)$", r"^쿠키 설정$"],
        # Croatian, Serbian (both scripts), Bosnian; Bulgarian; Slovak.
        "hr": [_UNQUOTED + r"\b(koristimo|користимо) (kolačiće|колачиће|cookies)\b",
               _OPENS_SENTENCE + r"((ova |naša )?(web )?stranica|(ovaj |naš )?(web )?sajt) koristi (kolačiće|cookies)\b",
               _OPENS_SENTENCE + r"(овај )?сајт користи (колачиће|cookies)\b"],
        "bg": [_UNQUOTED + r"\bизползваме (бисквитки|cookies)\b", _OPENS_SENTENCE + r"(този )?(уеб)?сайт използва (бисквитки|cookies)\b"],
        "sk": [_UNQUOTED + r"\bpoužívame (súbory )?cookies?\b", _OPENS_SENTENCE + r"(táto |naša )?(stránka|web) používa (súbory )?cookies?\b"],
        "zh": [r"(本网站|本站|我们)(使用|采用)\s?(cookie|cookies|小型文本文件)", r"^(接受|允许|拒绝)(所有|全部)?\s?(cookie|cookies)$",
               r"^(cookie|cookies)\s?设置$"],
        "ja": [r"(クッキー|cookie)を(使用|利用)(して(います|おります)|します)", r"^(すべての)?(cookie|クッキー)を(受け入れる|許可する|拒否する)$",
               r"^(cookie|クッキー)(の)?設定$"],
        "nl": [
            (r"\b((wij|we|\w+) en onze (\d+ )?(partners|leveranciers)|onze (\d+ )?(partners|leveranciers) en (wij|we)|(wij|we) en derde partijen) (gebruiken|plaatsen|slaan|verwerken)\b"
             r".{0,80}\b(cookies?|persoonsgegevens|informatie op (je|uw|een) apparaat|vergelijkbare technieken)\b"),
            r"^(?!.*\b(video|audio|vídeo|vidéo|player|media)\b)javascript (is )?uitgeschakeld\b.{0,80}$",
            r"^(?!.*\b(video|audio|vídeo|vidéo|player|media)\b)schakel javascript in\b.{0,80}$",
            r"\b(wij gebruiken|we gebruiken|deze (web)?site gebruikt) cookies\b", r"^(alle )?cookies accepteren$",
            _SITE_NAMED + r"gebruikt cookies (en (vergelijkbare|soortgelijke) (technieken|technologieën)|om (de|onze|deze) (web)?site)\b",
            r"\bdoor op\b.{0,60}\bte klikken\b.{0,40}\b(ga je|gaat u) akkoord\b",
            r"^(wij|we) (respecteren|waarderen) (je|uw) privacy\W{0,3}$",
            r"^cookie-?(instellingen|beleid)$",
            # An outdated browser.
            r"^(je|uw) browser is (verouderd|te oud|niet (meer )?up-to-date)\b.{0,80}$",
            r"^(update|upgrade) (je|uw) browser\b.{0,60}$",
            r"^(je gebruikt|u gebruikt) een (verouderde|oude) browser\b.{0,120}$",
            (r"^(noodzakelijke|essentiële|functionele|analytische|statistische|prestatie|advertentie|marketing)\s?-?cookies "
             r"(zijn|helpen|worden (gebruikt|ingezet))\b"),
        ],
        "any": [r"^(alle cookies akzeptieren|accepter (les|tous les) cookies|aceptar (todas las )?cookies|accetta (tutti i )?cookie)$",
                # A consent layer's table of cookies: its header ("Cookie Duration Description") and each row, the
                # cookie's name, how long it lasts, and what it does ("_ga 2 years The _ga cookie, installed by ...").
                (r"^cookies?\s+(duration|expiry|dauer|laufzeit|durée|duración|durata|duur|looptijd|czas)\s+"
                 r"(description|beschreibung|descripción|descrizione|beschrijving|omschrijving|opis)$"),
                (r"^\S{1,60} (\d{1,3} (seconds?|minutes?|hours?|days?|weeks?|months?|years?|sekunden|minuten|stunden|tage|wochen"
                 r"|monate|jahre|secondes|heures|jours|semaines|mois|ans|segundos|minutos|horas|días|semanas|meses|años"
                 r"|secondi|minuti|ore|giorni|settimane|mesi|anni|seconden|uur|dagen|weken|maanden|jaar)|session|sitzung"
                 r"|sesión|sessione|sessie|never|persistent) \S.{0,60}\bcookies?\b"),
                ],
    },
    max_words="cookie_max_words",
)
# What stands in a story where a post, video or map from another site would be,
# until the reader consents to load it: "External content", "Accept and load content";
# and the frame of such a post once loaded: "View this post on Instagram", "Ver publicación en X".
CONSENT_PLACEHOLDER = LinePattern(
    {
        "en": [
            # The frame of a post embedded from a social network: "View this post on Instagram".
            r"^view (this )?(post|photo|video|profile|tweet) on (instagram|facebook|tiktok|x|twitter|threads|bluesky)\W{0,3}$",
            r"^view on (x|twitter|threads|bluesky)\W{0,3}$",
            r"^a (post|photo|video) shared by .{1,60}\(@[\w.]+\)",
            r"^(external|third[- ]party|embedded) content\W{0,3}$",
            r"^(accept and |agree and )?(load|show|display|view) (the )?(external |third[- ]party |embedded )?content\W{0,3}$",
            (r"^(to (view|see|display|load|watch) this (content|video|post|tweet|map)|this (content|embed|video|post)"
             r" is (provided|hosted) by (a )?third[- ]part(y|ies))\b.{0,40}\b(consent|cookies|accept|personal data)\b"),
            r"\bby (loading|showing|displaying|viewing) (the |this )?(external |third[- ]party )?content,? you (agree|accept|consent)\b",
            # A player that needs the reader's consent: "This video cannot be played. Please accept the cookies of our video
            # partner.", in each language below too.
            r"^this (video|content|clip) (cannot|can't|could not|can not) be (played|displayed|shown|loaded)\b.{0,120}\b(cookies?|consent)\b",
        ],
        "de": [
            r"^sieh dir diesen (beitrag|post) auf (instagram|facebook|tiktok|x|twitter|threads|bluesky) an\W{0,3}$",
            r"^(beitrag|post|tweet) auf (x|twitter|threads|bluesky) ansehen\W{0,3}$",
            r"^ein (beitrag|post|foto|video) geteilt von .{1,60}\(@[\w.]+\)",
            r"^(externer|eingebetteter|empfohlener) (redaktioneller )?inhalt\W{0,3}$",
            r"^((zustimmen|akzeptieren|einverstanden) und )?(externe )?(inhalte?|video|karte|beitrag) (laden|anzeigen|einblenden)\W{0,3}$",
            r"\bich bin (damit )?einverstanden,? dass (mir |ich )?(externe |diese[nr]? )?inhalte?\b.{0,60}\b(angezeigt|geladen)\b",
            r"\b(haben wir|wurde) das (automatische )?laden (der|von) (externen )?inhalte?\w*\b.{0,60}\bblockiert\b",
            r"\b(an dieser stelle|hier) (finden sie|findest du|befindet sich|steht) (einen|ein) (externen?|eingebetteten?) (inhalt|beitrag|video|tweet)\b",
            # "Hier finden Sie Inhalte von X. Um mit Inhalten von X zu interagieren, benötigen wir Ihre Zustimmung."
            r"\bum mit inhalten von .{1,40} zu interagieren\b",
            r"\bhängt von der einbindung (eines|von) drittanbieter\w*\b",
            # "Dieser Inhalt von X wird erst nach Ihrer Zustimmung angezeigt", "Um diesen Inhalt zu sehen, brauchen wir ...".
            (r"\b(dieser|der) (externe )?(inhalt|beitrag|tweet|post) (von|aus) .{1,40}\b(wird|kann) erst nach (ihrer|deiner)"
             r" (zustimmung|einwilligung) (angezeigt|geladen|eingeblendet)\b"),
            (r"^um (diesen|den) (externen )?(inhalt|beitrag) (anzuzeigen|zu laden|zu sehen),? (benötigen|brauchen) wir (ihre"
             r"|deine) (zustimmung|einwilligung)\b"),
            r"\bmit (der )?bestätigung (des|dieses) dialogs\b.{0,120}\bdaten\b",
            r"^(dieses|das) (video|element) kann nicht (abgespielt|angezeigt|geladen) werden\b.{0,120}\b(cookies?|zustimmung|einwilligung)\b",
        ],
        "fr": [
            r"^voir (cette |la )?publication sur (instagram|facebook|tiktok|x|twitter|threads|bluesky)\W{0,3}$",
            r"^une publication partagée par .{1,60}\(@[\w.]+\)",
            r"^contenu (externe|tiers|intégré)\W{0,3}$",
            r"^(accepter et )?(charger|afficher|voir) (le )?contenu\W{0,3}$",
            r"\b(ce contenu|cette vidéo|ce tweet|cette publication) (est|a été) bloquée? (car|parce que|tant que)\b",
            r"\ben (affichant|chargeant|activant) ce contenu,? vous acceptez\b",
            r"^cette vidéo ne peut (pas )?être (lue|affichée|chargée)\b.{0,120}\b(cookies?|consentement)\b",
        ],
        "es": [
            r"^ver (esta |la )?publicación en (instagram|facebook|tiktok|x|twitter|threads|bluesky)\W{0,3}$",
            r"^una publicación compartida (por|de) .{1,60}\(@[\w.]+\)",
            r"^contenido (externo|de terceros|incrustado)\W{0,3}$",
            r"^(aceptar y )?(cargar|mostrar|ver) (el )?contenido\W{0,3}$",
            r"\bal (cargar|mostrar|activar) este contenido,? (aceptas|acepta|usted acepta)\b",
            r"^este (vídeo|video) no (se )?puede (reproducir|mostrar|cargar)(se)?\b.{0,120}\b(cookies?|consentimiento)\b",
        ],
        "it": [
            r"^visualizza (questo |il )?post su (instagram|facebook|tiktok|x|twitter|threads|bluesky)\W{0,3}$",
            r"^un post condiviso da .{1,60}\(@[\w.]+\)",
            r"^contenuto (esterno|di terze parti|incorporato)\W{0,3}$",
            r"^(accetta e )?(carica|mostra|visualizza) (il )?contenuto\W{0,3}$",
            r"\b(caricando|visualizzando|attivando) (questo|il) contenuto,? (accetti|si accetta|acconsenti)\b",
            r"^questo video non può essere (riprodotto|visualizzato|caricato)\b.{0,120}\b(cookie|consenso)\b",
        ],
        "pt": [
            r"^ver (ess[ae] |a |o )?(publicação|foto|post) no (instagram|facebook|tiktok|x|twitter|threads|bluesky)\W{0,3}$",
            r"^uma publicação compartilhada por .{1,60}\(@[\w.]+\)",
            r"^conteúdo (externo|de terceiros|incorporado)\W{0,3}$",
            r"^(aceitar e )?(carregar|mostrar|exibir|ver) (o )?conteúdo\W{0,3}$",
            r"\bao (carregar|exibir|ativar) este conteúdo,? (você )?(aceita|concorda)\b",
            r"^este vídeo não pode ser (reproduzido|exibido|carregado)\b.{0,120}\b(cookies?|consentimento)\b",
        ],
        "nl": [
            r"^(dit |het )?bericht op (instagram|facebook|tiktok|x|twitter|threads|bluesky) bekijken\W{0,3}$",
            r"^een bericht gedeeld door .{1,60}\(@[\w.]+\)",
            r"^externe (inhoud|content)\W{0,3}$",
            r"^(accepteren en )?(inhoud|content) (laden|tonen|bekijken)\W{0,3}$",
            r"\bdoor (deze|de) (inhoud|content) te (laden|tonen|bekijken),? ga je akkoord\b",
            r"^deze video kan niet (worden )?(afgespeeld|getoond|geladen)( worden)?\b.{0,120}\b(cookies?|toestemming)\b",
        ],
        "pl": [
            r"^wyświetl (ten )?post na (instagramie|facebooku|tiktoku|x|twitterze|threads|bluesky)\W{0,3}$",
            r"^post udostępniony przez .{1,60}\(@[\w.]+\)",
            r"^(treść|zawartość) zewnętrzna\W{0,3}$",
            r"^(akceptuj i )?(załaduj|wczytaj|pokaż) (treść|zawartość)\W{0,3}$",
            r"\b(wczytując|ładując|wyświetlając) (tę|tą) (treść|zawartość),? (akceptujesz|zgadzasz się)\b",
            r"^(ten|to) (film|wideo|nagranie) nie może (zostać|być) (odtworzon[ey]|wyświetlon[ey])\b.{0,120}\b(cookie|zgod[ęy])\w*",
        ],
        # The embedded post's frame as the network words it in other languages ("View this post on Instagram").
        "ru": [r"^посмотреть эту публикацию в (instagram|facebook|x|threads)\W{0,3}$",
               r"^это видео не может быть (воспроизведено|показано|загружено)\b.{0,120}\b(cookies?|куки|согласи\w*)"],
        "uk": [r"^переглянути цю публікацію в (instagram|facebook|x|threads)\W{0,3}$"],
        "tr": [r"^bu gönderiyi (instagram|facebook|x|threads)['’](da|de|ta|te) gör\W{0,3}$"],
        "cs": [r"^zobrazit tento příspěvek na (instagramu|facebooku|x|threads)\W{0,3}$"],
        "sk": [r"^zobraziť tento príspevok na (instagrame|facebooku|x|threads)\W{0,3}$"],
        "sv": [r"^visa det här inlägget på (instagram|facebook|x|threads)\W{0,3}$"],
        "da": [r"^se dette opslag på (instagram|facebook|x|threads)\W{0,3}$"],
        "no": [r"^se dette innlegget på (instagram|facebook|x|threads)\W{0,3}$"],
        "fi": [r"^katso tämä julkaisu (instagramissa|facebookissa|x:ssä|threadsissa)\W{0,3}$"],
        "ro": [r"^vezi această postare pe (instagram|facebook|x|threads)\W{0,3}$"],
        "el": [r"^δείτε αυτή τη δημοσίευση στο (instagram|facebook|x|threads)\W{0,3}$"],
        "id": [r"^lihat (postingan|kiriman) ini di (instagram|facebook|x|threads)\W{0,3}$"],
        "vi": [r"^xem bài viết này trên (instagram|facebook|x|threads)\W{0,3}$"],
        "ar": [r"^عرض هذا المنشور على (instagram|إنستغرام|انستغرام|facebook|فيسبوك)\W{0,3}$"],
        "ja": [r"^この投稿を(instagram|facebook|threads)で見る$"],
        "ko": [r"^(instagram|facebook|threads)에서 이 게시물 보기$"],
    },
    max_words="cookie_max_words",
)

_CONSENT_PLACEHOLDER = Output(
    "consent-placeholder",
    """What stands in a story for a post, video or map from another site
    until the reader consents to load it ("External content", "Accept and
    load content", "Ich bin einverstanden, dass mir externe Inhalte angezeigt
    werden"), and the frame of such a post ("View this post on Instagram", "A
    post shared by ... (@...)"): an interruption of the story, not its end.""",
    roles=frozenset({Role.INTERRUPTION}),
)


_COOKIE_BUTTON = Output(
    "cookie-button",
    """A consent banner's bare buttons on lines of their own right under
    its sentence ("Accept all", "Settings", "Alle akzeptieren", "Принять"):
    the banner's, however it stands. Removed as an interruption: a banner
    set between two of the story's paragraphs parts them no more for its
    buttons going with it.""",
    roles=frozenset({Role.INTERRUPTION}),
)
# The words of a consent banner's buttons, a whole line each, in the languages of the banner's phrases.
_COOKIE_BUTTON_LINE = compiled(
    r"(?i)^\W{0,2}("
    r"(accept|allow|reject|decline|deny)( all)?( cookies)?|i (agree|accept)|agree|ok(ay)?|got it|(cookie )?settings"
    r"|manage (settings|preferences|options)|preferences|customi[sz]e|more (info|information|options)|learn more"
    r"|(alle )?(akzeptieren|ablehnen|zulassen)|zustimmen|einverstanden|einstellungen|anpassen|mehr (infos?|erfahren)"
    r"|verstanden|(tout )?(accepter|refuser)|paramètres|personnaliser|j['’]accepte|d['’]accord|en savoir plus"
    r"|(aceptar|rechazar)( todo| todas)?|configuración|configurar|ajustes|más información"
    r"|(accetta|rifiuta)( tutti| tutto)?|accetto|impostazioni|personalizza|maggiori informazioni"
    r"|(aceitar|rejeitar)( todos| tudo)?|recusar|definições|configurações|saber mais"
    r"|(alles )?(accepteren|weigeren)|akkoord|instellingen|meer informatie"
    r"|akceptuj(ę| wszystkie)?|zgadzam się|odrzuć( wszystkie)?|ustawienia|więcej informacji"
    r"|принять( все)?|согласен|отклонить|настройки|подробнее"
    r"|接受|同意|拒绝|设置|了解更多|すべて許可|同意する|拒否|設定|모두 허용|동의|거부|설정"
    r")\W{0,2}$")


# The layer's salutation of the reader over its first sentence: "Szanowni Państwo,", "Dear reader,".
_READER_SALUTATION = compiled(
    r"(?i)^(szanown[yia] (państwo|użytkowniku|użytkowniczko|czytelniku|czytelniczko)|dear (readers?|users?|visitors?)"
    r"|liebe (leserin(, lieber leser)?|leser(innen und leser)?|nutzerin(, lieber nutzer)?|nutzer(innen und nutzer)?)"
    r"|lieber (leser|nutzer)|(cher|chère) (lecteur|lectrice|internaute)|(querid|estimad)[oa]s? (lector|lectora|usuari[oa])s?"
    r"|(car[oa]|gentile) (lettore|lettrice|utente)|beste (lezer|bezoeker)|prezad[oa] (leitor|leitora|usuário))\W{0,2}$")
_COOKIE_SALUTATION = Output("cookie-salutation", """The consent layer's salutation of the reader ("Szanowni
    Państwo,", "Dear reader,") right over its first sentence.""", frozenset({Role.CHROME}))


def _banner_salutations(banners: list[int], page: Page) -> list[int]:
    """The line right over each banner line that only salutes the reader."""
    return [banner - 1 for banner in banners
            if page.adjacent(banner - 1) and _READER_SALUTATION.match(page.blocks[banner - 1].text)]


def _banner_buttons(banners: list[int], page: Page) -> list[int]:
    """The lines right under each banner line, cookie_button_max_lines at
    most, each a button's words alone (see _COOKIE_BUTTON_LINE)."""
    blocks, found = page.blocks, []
    for banner in banners:
        at = banner + 1
        while (page.adjacent(at) and at - banner <= page.settings.cookie_button_max_lines
               and _COOKIE_BUTTON_LINE.match(blocks[at].text)):
            found.append(at)
            at += 1
    return found


@detector("cookie-notice", roles={Role.CHROME}, patterns=[COOKIE_BANNER, CONSENT_PLACEHOLDER],
          also_removes_as=[_CONSENT_PLACEHOLDER, _COOKIE_BUTTON, _COOKIE_SALUTATION], examples=[
        # The site's cookies set "on our website", consent given by clicking, the partners by a compound word, and
        # the data-protection notice before a Polish site; the same words in a story's sentence stay.
        Example("Der Verein lädt zum Sommerfest.\n"
                "Wir setzen auf unserer Website Cookies ein, um die Nutzung zu messen.\n"
                "Durch Klicken auf „Alle akzeptieren“ willigen Sie in die Verarbeitung Ihrer Daten ein.\n"
                "Vi og vores samarbejdspartnere bruger cookies til at måle trafikken på siden.\n"
                "Zanim przejdziesz do serwisu, zapoznaj się z zasadami przetwarzania danych osobowych.\n"
                "Das Fest beginnt um 14 Uhr.",
                removed=("Wir setzen auf unserer Website Cookies ein, um die Nutzung zu messen.",
                         "Durch Klicken auf „Alle akzeptieren“ willigen Sie in die Verarbeitung Ihrer Daten ein.",
                         "Vi og vores samarbejdspartnere bruger cookies til at måle trafikken på siden.",
                         "Zanim przejdziesz do serwisu, zapoznaj się z zasadami przetwarzania danych osobowych.")),
        Example("Zanim przejdziesz na emeryturę, sprawdź stan konta, radzi doradca.\n"
                "Durch Klicken auf den Link gelangen die Leser zum Archiv der Zeitung."),
        # A banner on using only the cookies the site needs; a sentence on a site that does stays.
        Example("Diese Seite nutzt ausschließlich technisch notwendige Cookies.\nWir verwenden nur essenzielle Cookies.\n"
                "Der Datenschützer lobte, dass die Seite der Stadt nur notwendige Cookies nutzt.",
                removed=("Diese Seite nutzt ausschließlich technisch notwendige Cookies.",
                         "Wir verwenden nur essenzielle Cookies.")),
        # A consent layer's kinds of cookies, each with what it does, and its table of cookies; the browser notices
        # ("You are using an out of date browser", "X works best with JavaScript enabled").
        Example("Die Brücke bleibt zwei Monate gesperrt.\n"
                "Analytical cookies are used to understand how visitors interact with the website.\n"
                "Funktionale Cookies helfen dabei, bestimmte Funktionen auszuführen, etwa das Teilen von Inhalten.\n"
                "Les cookies publicitaires sont utilisés pour vous proposer des annonces pertinentes.\n"
                "Las cookies analíticas se utilizan para entender cómo interactúan los visitantes con el sitio.\n"
                "I cookie funzionali aiutano a eseguire alcune funzioni, come la condivisione dei contenuti.\n"
                "Os cookies de desempenho ajudam a entender o uso do site.\n"
                "Functionele cookies helpen bij het delen van inhoud op sociale media.\n"
                "Analityczne pliki cookie służą do zrozumienia, jak odwiedzający korzystają ze strony.\n"
                "Cookie Dauer Beschreibung\n_ga 2 years The _ga cookie, installed by Google Analytics, counts visits.\n"
                "sessid Sitzung Dieses Cookie speichert die Sitzung des Besuchers.\n"
                "You are using an out of date browser. It may not display this or other websites correctly.\n"
                "Du verwendest einen veralteten Browser. Es ist möglich, dass diese Website nicht korrekt angezeigt wird.\n"
                "Vous utilisez un navigateur obsolète.\nEstás usando un navegador obsoleto.\n"
                "The forum works best with JavaScript enabled.\nTurn on your JavaScript to view content",
                removed=("Analytical cookies are used to understand how visitors interact with the website.",
                         "Funktionale Cookies helfen dabei, bestimmte Funktionen auszuführen, etwa das Teilen von Inhalten.",
                         "Les cookies publicitaires sont utilisés pour vous proposer des annonces pertinentes.",
                         "Las cookies analíticas se utilizan para entender cómo interactúan los visitantes con el sitio.",
                         "I cookie funzionali aiutano a eseguire alcune funzioni, come la condivisione dei contenuti.",
                         "Os cookies de desempenho ajudam a entender o uso do site.",
                         "Functionele cookies helpen bij het delen van inhoud op sociale media.",
                         "Analityczne pliki cookie służą do zrozumienia, jak odwiedzający korzystają ze strony.",
                         "Cookie Dauer Beschreibung",
                         "_ga 2 years The _ga cookie, installed by Google Analytics, counts visits.",
                         "sessid Sitzung Dieses Cookie speichert die Sitzung des Besuchers.",
                         "You are using an out of date browser. It may not display this or other websites correctly.",
                         "Du verwendest einen veralteten Browser. Es ist möglich, dass diese Website nicht korrekt "
                         "angezeigt wird.",
                         "Vous utilisez un navigateur obsolète.", "Estás usando un navegador obsoleto.",
                         "The forum works best with JavaScript enabled.", "Turn on your JavaScript to view content")),
        # A story's words on cookies and browsers: no layer's sentence opening with a kind of cookies and what it does.
        Example("Die Behörde prüft, ob Marketing-Cookies ohne Einwilligung gesetzt werden.\n"
                "Marketing cookies were banned under the new law, the minister said.\n"
                "Les cookies sont au cœur de l'enquête.\nShe spent 2 years baking cookies for the fair.\n"
                "Many readers are using an old browser, the survey found."),
        # A Hungarian banner's sentence that says what cookies do for the site.
        Example("A híd két hónapra lezár.\nA sütik segítenek a weboldal működésében és a látogatottság mérésében.\n"
                "A sütik története a kilencvenes évekig nyúlik vissza, mondta az előadó.",
                removed=("A sütik segítenek a weboldal működésében és a látogatottság mérésében.",)),
        # The banner's sentence, buttons and settings in languages the sets hardly have; a story's cookies stay.
        Example("Совет собрался.\nПродолжая пользоваться сайтом, вы соглашаетесь на использование файлов cookie.\n"
                "Принять все cookies\nПродовжуючи користуватися сайтом, ви погоджуєтеся з використанням cookies.\n"
                "Tento web používá k poskytování služeb a analýze návštěvnosti soubory cookie.\nPřijmout vše\n"
                "Godkänn alla kakor\nAccepter alle cookies\nGodta alle informasjonskapsler\nHyväksy kaikki evästeet\n"
                "Sitemizi kullanarak çerez politikamızı kabul etmiş olursunuz.\nTümünü kabul et\nÇerez ayarları\n"
                "Acceptă toate cookie-urile\nÖsszes süti elfogadása\nΑποδοχή όλων των cookies\nTerima semua cookie\n"
                "Chấp nhận tất cả cookie\nقبول جميع ملفات تعريف الارتباط\n当サイトはクッキーを使用します。\nクッキーの設定\n"
                "모든 쿠키 허용\n我们使用 Cookie 来改善您的体验。\n接受所有Cookie",
                removed=("Продолжая пользоваться сайтом, вы соглашаетесь на использование файлов cookie.",
                         "Принять все cookies", "Продовжуючи користуватися сайтом, ви погоджуєтеся з використанням cookies.",
                         "Tento web používá k poskytování služeb a analýze návštěvnosti soubory cookie.", "Přijmout vše",
                         "Godkänn alla kakor", "Accepter alle cookies", "Godta alle informasjonskapsler",
                         "Hyväksy kaikki evästeet", "Sitemizi kullanarak çerez politikamızı kabul etmiş olursunuz.",
                         "Çerez ayarları", "Acceptă toate cookie-urile", "Összes süti elfogadása", "Αποδοχή όλων των cookies",
                         "Terima semua cookie", "Chấp nhận tất cả cookie", "قبول جميع ملفات تعريف الارتباط",
                         "当サイトはクッキーを使用します。", "クッキーの設定", "모든 쿠키 허용", "我们使用 Cookie 来改善您的体验。",
                         "接受所有Cookie")),
        # A consent layer's sentence on what the site and its partners do with the reader's data (Polish, Czech); a
        # story's sentence on a site that did so stays.
        Example("Most otwarto w piątek.\nZanim skorzystasz z portalu, informujemy, że przetwarzamy Twoje dane osobowe "
                "zapisane w plikach cookies w celach analitycznych.\nS vaším souhlasem my a našich 95 partnerů "
                "využíváme cookies k měření návštěvnosti.\nUrząd ustalił, że sklep przetwarzał dane osobowe klientów "
                "zapisane w plikach cookies bez zgody.\nSoud řekl, že firma a její partneři využívali cookies bez souhlasu.",
                removed=("Zanim skorzystasz z portalu, informujemy, że przetwarzamy Twoje dane osobowe zapisane w plikach "
                         "cookies w celach analitycznych.",
                         "S vaším souhlasem my a našich 95 partnerů využíváme cookies k měření návštěvnosti.")),
        Example("Регулятор оштрафовал сайт за файлы cookie без согласия пользователей.\n"
                "Úřad zjistil, že e-shop ukládal soubory cookie bez souhlasu zákazníků.\nBakery sells cookies; Sitemizi kullanarak sipariş verin.\n"
                "Le conseil a voté.\nTümünü kabul etmek zorunda değiliz, dedi bakan."),
        # A story's sentence that reports what a site does, or quotes its banner, stays; the banner's own sentence goes.
        # The site by its name opening the banner's sentence, cookies "and similar technologies" or for the site's
        # working; Czech's object after what the cookies are for.
        Example("De brug gaat dicht.\nStadsblad Noord gebruikt cookies en vergelijkbare technieken om de site te laten werken.\n"
                "Wijkkrant gebruikt cookies om de website goed te laten werken en het gebruik te meten.\n"
                "Le Petit Riverain utilise des cookies et d’autres traceurs pour mesurer l’audience.\n"
                "Diario del Valle utiliza cookies propias y de terceros para que el sitio funcione correctamente.\n"
                "La Gazzetta di Valverde utilizza cookie e tecnologie simili per misurare il traffico.\n"
                "Jornal do Vale usa cookies e outras tecnologias semelhantes para medir as visitas.\n"
                "Tento web používá k zajištění funkčnosti, přizpůsobení obsahu a měření návštěvnosti soubory cookie.\n"
                "De brug blijft tot juni dicht.",
                removed=("Stadsblad Noord gebruikt cookies en vergelijkbare technieken om de site te laten werken.",
                         "Wijkkrant gebruikt cookies om de website goed te laten werken en het gebruik te meten.",
                         "Le Petit Riverain utilise des cookies et d’autres traceurs pour mesurer l’audience.",
                         "Diario del Valle utiliza cookies propias y de terceros para que el sitio funcione correctamente.",
                         "La Gazzetta di Valverde utilizza cookie e tecnologie simili per misurare il traffico.",
                         "Jornal do Vale usa cookies e outras tecnologias semelhantes para medir as visitas.",
                         "Tento web používá k zajištění funkčnosti, přizpůsobení obsahu a měření návštěvnosti soubory cookie.")),
        # A story's company that uses cookies, said otherwise, stays.
        Example("De rechter oordeelde.\nVolgens de toezichthouder gebruikt de webwinkel cookies zonder toestemming.\n"
                "Google gebruikt cookies om advertenties te tonen, zei de onderzoeker.\n"
                "L’autorité estime que Meta utilise des cookies sans le consentement des internautes.\n"
                "La empresa usa cookies para rastrear a los usuarios, según la denuncia."),
        Example("Soud jednal.\nInspektoři zjistili, že web používá soubory cookie bez souhlasu návštěvníků.\n"
                "„Tento web používá soubory cookie,“ stálo v okně, které podle žalobce nešlo zavřít.\n"
                "The regulator found that the site uses cookies without asking its visitors.\n"
                "“This website uses cookies,” read the notice, which could not be closed, the court heard.\n"
                "“We use cookies to sell your data,” the leaked memo said.\n"
                "Инспекция выяснила, что сайт использует файлы cookie без согласия.\n"
                "Tilsynet fandt, at webbplatsen använder kakor uden samtykke, og at sivusto käyttää evästeitä.\n"
                "Il garante ha scoperto che il sito usa i cookie senza consenso.\n"
                "Cookies: Tento web používá soubory cookie.",
                removed=("Cookies: Tento web používá soubory cookie.",)),
        Example("The council met.\nThe regulator said the company changed its cookie policy in May without telling users.\n"
                "Users were forced to accept cookies before they could read the news, the court heard.\n"
                "By continuing to use the old bridge, drivers agree to pay the toll, the mayor said.\n"
                "Accept all cookies\nPrivacy · Cookie policy · Contact\nBy continuing to browse, you agree to our terms.",
                removed=("Accept all cookies", "Privacy · Cookie policy · Contact",
                         "By continuing to browse, you agree to our terms.")),
        # An embed's consent notice that names the network: "Um mit Inhalten von X zu interagieren ...".
        Example("Der Pegel steigt.\nHier finden Sie Inhalte von X. Um mit Inhalten von X zu interagieren oder diese darzustellen, "
                "benötigen wir Ihre Zustimmung.\nDie Feuerwehr ist im Einsatz.",
                removed=("Hier finden Sie Inhalte von X. Um mit Inhalten von X zu interagieren oder diese darzustellen, "
                         "benötigen wir Ihre Zustimmung.",)),
        # A consent layer that names the site's partners beside it, in each language; the same words about
        # partners in a story's sentence stay.
        Example("The council met.\nWe and our 160 partners store and access information on a device, such as cookies.\n"
                "Wir und unsere Partner verarbeiten Daten wie Cookie-Kennungen für Werbung.\n"
                "Nos partenaires et nous déposons des cookies pour mesurer l'audience.\n"
                "Nosotros y nuestros socios usamos tecnologías como las cookies.\n"
                "Noi e i nostri partner trattiamo dati personali come gli identificativi dei cookie.\n"
                "Nós e os nossos parceiros armazenamos informações no seu dispositivo.\n"
                "Wij en onze partners verwerken gegevens zoals cookies voor advertenties.\n"
                "Wraz z zaufanymi partnerami przetwarzamy dane osobowe zapisane w plikach cookie.\nThe bridge reopens.",
                removed=("We and our 160 partners store and access information on a device, such as cookies.",
                         "Wir und unsere Partner verarbeiten Daten wie Cookie-Kennungen für Werbung.",
                         "Nos partenaires et nous déposons des cookies pour mesurer l'audience.",
                         "Nosotros y nuestros socios usamos tecnologías como las cookies.",
                         "Noi e i nostri partner trattiamo dati personali come gli identificativi dei cookie.",
                         "Nós e os nossos parceiros armazenamos informações no seu dispositivo.",
                         "Wij en onze partners verwerken gegevens zoals cookies voor advertenties.",
                         "Wraz z zaufanymi partnerami przetwarzamy dane osobowe zapisane w plikach cookie.")),
        # The same layer naming third parties, or asking for consent by its button, in each language.
        Example("The council met.\nWe and third parties use cookies to measure the audience and show ads.\n"
                "Wij en derde partijen gebruiken cookies om advertenties af te stemmen.\n"
                "Wir und ausgewählte Drittanbieter setzen Cookies für Statistiken ein.\n"
                "Nosotros y terceros utilizamos cookies para mostrar publicidad.\n"
                "By clicking “Continue”, you agree to the processing of your data for advertising.\n"
                "Klikając „Zgadzam się”, wyrażasz zgodę na przetwarzanie danych.\nThe bridge reopens.",
                removed=("We and third parties use cookies to measure the audience and show ads.",
                         "Wij en derde partijen gebruiken cookies om advertenties af te stemmen.",
                         "Wir und ausgewählte Drittanbieter setzen Cookies für Statistiken ein.",
                         "Nosotros y terceros utilizamos cookies para mostrar publicidad.",
                         "By clicking “Continue”, you agree to the processing of your data for advertising.",
                         "Klikając „Zgadzam się”, wyrażasz zgodę na przetwarzanie danych.")),
        Example("The council met.\nBy clicking through the old files, the clerk found the deed, she said.\n"
                "We and third parties met at the town hall to plan the fair.\n"),
        Example("The council met.\nWe and our partners use the old quay every summer for the regatta, the club said.\n"
                "\"We and our partners use data from satellites to track the floods,\" the director said.\n"
                "Our partners and customers trust us with their data, the chief executive said.\n"
                "Unsere Partner verwenden seit Jahren dieselben Daten, sagte die Sprecherin.\nThe bridge reopens."),
        # The banner in languages the tables had no phrasing for; the same verbs about other things stay.
        Example("Совет собрался.\nМы используем файлы куки, чтобы сайт работал лучше.\n"
                "Ми використовуємо cookies для аналізу відвідуваності.\nTento web používá soubory cookies.\n"
                "Vi använder kakor för att förbättra webbplatsen.\nVi bruger cookies til statistik.\n"
                "Vi bruker informasjonskapsler på nettstedet.\nKäytämme evästeitä sivuston toiminnan varmistamiseksi.\n"
                "Bu sitede çerezler kullanılmaktadır.\nFolosim cookie-uri pentru a îmbunătăți site-ul.\n"
                "Az oldal sütiket használ.\n本网站使用cookie以改善您的体验。\n当サイトではクッキーを使用しています。",
                removed=("Мы используем файлы куки, чтобы сайт работал лучше.", "Ми використовуємо cookies для аналізу відвідуваності.",
                         "Tento web používá soubory cookies.", "Vi använder kakor för att förbättra webbplatsen.",
                         "Vi bruger cookies til statistik.", "Vi bruker informasjonskapsler på nettstedet.",
                         "Käytämme evästeitä sivuston toiminnan varmistamiseksi.", "Bu sitede çerezler kullanılmaktadır.",
                         "Folosim cookie-uri pentru a îmbunătăți site-ul.", "Az oldal sütiket használ.",
                         "本网站使用cookie以改善您的体验。", "当サイトではクッキーを使用しています。")),
        # A site and its partners (as in Swedish): "Fjordposten og våre partnere bruker informasjonskapsler ...".
        Example("Kommunestyret møttes.\nFjordposten og våre partnere bruker informasjonskapsler til annonser og statistikk.\n"
                "Vestbladet og vores 80 partnere bruger cookies til at måle trafikken.\n"
                "Vi og våre partnere bruker data om trafikken for å forbedre tjenesten, sa redaktøren.\n"
                "Rådmannen og våre partnere i regionen bruker mye tid på saken.",
                removed=("Fjordposten og våre partnere bruker informasjonskapsler til annonser og statistikk.",
                         "Vestbladet og vores 80 partnere bruger cookies til at måle trafikken.")),
        Example("انعقد المجلس.\nنستخدم ملفات تعريف الارتباط لتحسين تجربتك.\nאנו משתמשים בעוגיות כדי לשפר את האתר.\n"
                "این سایت از کوکی‌ها استفاده می‌کند.\nहम कुकीज़ का उपयोग करते हैं।\nChúng tôi sử dụng cookie để cải thiện trải nghiệm.\n"
                "Χρησιμοποιούμε cookies για τη λειτουργία του ιστότοπου.\nSitus ini menggunakan cookie.\n"
                "Tunatumia vidakuzi kuboresha tovuti.\nเว็บไซต์นี้ใช้คุกกี้\n이 사이트는 쿠키를 사용합니다.\n"
                "Ova stranica koristi kolačiće.\nТози сайт използва бисквитки.\nTáto stránka používa cookies.",
                removed=("نستخدم ملفات تعريف الارتباط لتحسين تجربتك.", "אנו משתמשים בעוגיות כדי לשפר את האתר.",
                         "این سایت از کوکی‌ها استفاده می‌کند.", "हम कुकीज़ का उपयोग करते हैं।",
                         "Chúng tôi sử dụng cookie để cải thiện trải nghiệm.",
                         "Χρησιμοποιούμε cookies για τη λειτουργία του ιστότοπου.", "Situs ini menggunakan cookie.",
                         "Tunatumia vidakuzi kuboresha tovuti.", "เว็บไซต์นี้ใช้คุกกี้", "이 사이트는 쿠키를 사용합니다.",
                         "Ova stranica koristi kolačiće.", "Този сайт използва бисквитки.", "Táto stránka používa cookies.")),
        Example("نستخدم الحافلات كل يوم، قال السائق.\nChúng tôi sử dụng cây cầu này mỗi ngày, bà nói.\n"
                "Kami menggunakan jembatan itu setiap hari, kata warga.\nTunatumia daraja hili kila siku.\n"
                "Koristimo most svaki dan, rekao je vozač.\nИзползваме моста всеки ден, каза шофьорът."),
        Example("Мы используем этот мост каждый день, сказал водитель.\nVi använder bron varje dag, sa hon.\n"
                "Çerez üreticileri fiyatları artırdı.\n我们使用新的方法测量噪音。"),
        Example("The council met on Monday.\nWe have detected that you currently have Javascript disabled.\n"
                "This site uses Javascript extensively. Please consult your browser's help to turn it on.\n"
                "JavaScript ist deaktiviert.\nVeuillez activer JavaScript.\nJavaScript está desactivado.\n"
                "Abilita JavaScript nel browser.\nAtive o JavaScript.\nSchakel JavaScript in.\nWłącz JavaScript.",
                removed=("We have detected that you currently have Javascript disabled.",
                         "This site uses Javascript extensively. Please consult your browser's help to turn it on.",
                         "JavaScript ist deaktiviert.", "Veuillez activer JavaScript.", "JavaScript está desactivado.",
                         "Abilita JavaScript nel browser.", "Ative o JavaScript.", "Schakel JavaScript in.",
                         "Włącz JavaScript.")),
        Example("The site uses JavaScript to draw its maps, the developer said.\nJavaScript ist eine Programmiersprache.\n"
                "Aktivieren Sie JavaScript um das Video zu sehen."),
        # The banner that the browser is out of date, in each language.
        Example("Your browser is out of date.\nPlease update your browser for a better experience.\n"
                "Dein Browser ist leider veraltet.\nLade dir kostenlos einen neueren Browser herunter.\n"
                "Votre navigateur est obsolète.\nTu navegador está desactualizado.\nIl tuo browser è obsoleto.\n"
                "O seu navegador está desatualizado.\nJe browser is verouderd.\nTwoja przeglądarka jest przestarzała.\n"
                "The council met on Monday.",
                removed=("Your browser is out of date.", "Please update your browser for a better experience.",
                         "Dein Browser ist leider veraltet.", "Lade dir kostenlos einen neueren Browser herunter.",
                         "Votre navigateur est obsolète.", "Tu navegador está desactualizado.", "Il tuo browser è obsoleto.",
                         "O seu navegador está desatualizado.", "Je browser is verouderd.",
                         "Twoja przeglądarka jest przestarzała.")),
        Example("Der Browser des Ministeriums ist veraltet, sagte der Prüfer.\nOld browsers are a risk, the agency warned."),
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
        Example("Der Rat tagte.\nUnsere Website verwendet Cookies, damit wir sie für Sie verbessern können.\n"
                "Notre site utilise des cookies pour mesurer son audience.\nEsta web utiliza cookies propias y de terceros.\n"
                "Questo sito utilizza cookie tecnici.\nInformujemy, że korzystamy z plików cookies.\nCookie-Einstellungen",
                removed=("Unsere Website verwendet Cookies, damit wir sie für Sie verbessern können.",
                         "Notre site utilise des cookies pour mesurer son audience.",
                         "Esta web utiliza cookies propias y de terceros.", "Questo sito utilizza cookie tecnici.",
                         "Informujemy, że korzystamy z plików cookies.", "Cookie-Einstellungen")),
        Example("Die Behörde prüft, ob die Seite des Händlers Cookies ohne Zustimmung setzte.\n"
                "La CNIL a sanctionné le site pour des cookies déposés sans accord."),
        Example("De toezichthouder zei dat het bedrijf bezoekers jarenlang met cookies had gevolgd.\n"
                "O regulador disse que a empresa seguiu os utilizadores com cookies durante anos."),
        # The site and its partners, and the site by another word ("serwis", "witryna").
        Example("The council met.\nWe and our partners use cookies to store and access information on your device.\n"
                "Wir und unsere Partner verwenden Cookies und ähnliche Technologien.\n"
                "Nous et nos partenaires utilisons des cookies pour mesurer l'audience.\n"
                "We en onze partners plaatsen cookies voor statistiek en advertenties.\n"
                "Vi och våra partner använder cookies för att anpassa innehållet.\n"
                "Nasz serwis korzysta z plików cookie, aby działać poprawnie.\nNasza witryna używa plików cookie.",
                removed=("We and our partners use cookies to store and access information on your device.",
                         "Wir und unsere Partner verwenden Cookies und ähnliche Technologien.",
                         "Nous et nos partenaires utilisons des cookies pour mesurer l'audience.",
                         "We en onze partners plaatsen cookies voor statistiek en advertenties.",
                         "Vi och våra partner använder cookies för att anpassa innehållet.",
                         "Nasz serwis korzysta z plików cookie, aby działać poprawnie.", "Nasza witryna używa plików cookie.")),
        # The banner's heading, in each language.
        Example("The council met.\nWe value your privacy\nWir respektieren Ihre Privatsphäre\nNous respectons votre vie privée\n"
                "Szanujemy Twoją prywatność. Razem z partnerami przetwarzamy dane.\nWe respecteren uw privacy",
                removed=("We value your privacy", "Wir respektieren Ihre Privatsphäre", "Nous respectons votre vie privée",
                         "Szanujemy Twoją prywatność. Razem z partnerami przetwarzamy dane.", "We respecteren uw privacy")),
        # The layer's request to read how the reader's data are processed; under a salutation of the reader, which
        # goes with it. A story's salutation and its sentence on the law stay.
        Example("The council met.\nSzanowni Państwo,\nw związku z RODO prosimy o zapoznanie się z informacjami dotyczącymi "
                "przetwarzania danych osobowych przez nasz portal.\nDear reader,\nBefore you continue, please read the "
                "information on how we process your personal data.\nBitte lesen Sie die Hinweise zur Verarbeitung Ihrer "
                "personenbezogenen Daten.\nThe bridge opens in May.",
                removed=("Szanowni Państwo,", "w związku z RODO prosimy o zapoznanie się z informacjami dotyczącymi "
                         "przetwarzania danych osobowych przez nasz portal.", "Dear reader,",
                         "Before you continue, please read the information on how we process your personal data.",
                         "Bitte lesen Sie die Hinweise zur Verarbeitung Ihrer personenbezogenen Daten."),
                ids=("cookie-salutation", "cookie-notice") * 2 + ("cookie-notice",)),
        Example("Szanowni Państwo,\nod jutra urząd prosi mieszkańców o zapoznanie się z planem.\n"
                "Dear reader,\nThis is my last column, and I want to thank you.\n"
                "Urzędnicy prosili o zapoznanie się z informacjami o przetwarzaniu danych, podał sąd."),
        Example("We respect your privacy, the minister told the victims, but the inquiry must go on.\n"
                "Wir respektieren ihre Privatsphäre und haben die Familie nicht besucht, sagte der Bürgermeister."),
        Example("We and our partners use the bridge every day, the drivers said.\n"
                "Wir und unsere Partner verwenden nur Holz aus der Region, sagte die Schreinerin.\n"
                "Ten serwis informacyjny wykorzystuje dane z GUS, podał urząd."),
        # The banner's bare buttons right under its sentence, in each language; under no banner they stay.
        Example("The striker scored twice.\nWe use cookies to improve your experience on our site.\nAccept all\nSettings\n"
                "Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten.\nAlle akzeptieren\n"
                "Einstellungen\nThe game ended two to one.",
                removed=("We use cookies to improve your experience on our site.", "Accept all", "Settings",
                         "Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten.", "Alle akzeptieren",
                         "Einstellungen"),
                ids=("cookie-notice", "cookie-button", "cookie-button") * 2),
        Example("Readers were asked whether the hall should be sold.\nAgree\nReject\nThe vote closes on Friday."),
        # The placeholder of an embedded post, in each language, between two paragraphs of the story.
        Example("Der Stürmer traf zweimal.\nExterner Inhalt\nUm Ihre Daten zu schützen, haben wir das automatische Laden "
                "der Inhalte von example.social blockiert.\nIch bin damit einverstanden, dass mir externe Inhalte angezeigt "
                "werden.\nZustimmen und Inhalt laden\nDas Spiel endete zwei zu eins.",
                removed=("Externer Inhalt", "Um Ihre Daten zu schützen, haben wir das automatische Laden der Inhalte von "
                         "example.social blockiert.",
                         "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.", "Zustimmen und Inhalt laden"),
                ids=("consent-placeholder",) * 4),
        # A player that cannot play until the reader accepts its cookies, in each language; a story's sentence stays.
        Example("The striker scored twice.\nThis video cannot be played. Please accept the cookies of our video partner.\n"
                "Dieses Video kann nicht abgespielt werden. Bitte stimmen Sie den Cookies unseres Partners zu.\n"
                "Cette vidéo ne peut pas être lue. Veuillez accepter les cookies de notre partenaire vidéo.\n"
                "Este vídeo no se puede reproducir. Acepta las cookies de nuestro socio.\n"
                "Questo video non può essere riprodotto. Accetta i cookie del nostro partner.\n"
                "Este vídeo não pode ser reproduzido. Aceite os cookies do nosso parceiro.\n"
                "Deze video kan niet worden afgespeeld. Accepteer de cookies van onze partner.\n"
                "Ten film nie może zostać odtworzony. Zaakceptuj pliki cookie naszego partnera.\n"
                "Это видео не может быть воспроизведено. Примите файлы cookie нашего партнёра.\nThe match ended 2-1.",
                removed=("This video cannot be played. Please accept the cookies of our video partner.",
                         "Dieses Video kann nicht abgespielt werden. Bitte stimmen Sie den Cookies unseres Partners zu.",
                         "Cette vidéo ne peut pas être lue. Veuillez accepter les cookies de notre partenaire vidéo.",
                         "Este vídeo no se puede reproducir. Acepta las cookies de nuestro socio.",
                         "Questo video non può essere riprodotto. Accetta i cookie del nostro partner.",
                         "Este vídeo não pode ser reproduzido. Aceite os cookies do nosso parceiro.",
                         "Deze video kan niet worden afgespeeld. Accepteer de cookies van onze partner.",
                         "Ten film nie może zostać odtworzony. Zaakceptuj pliki cookie naszego partnera.",
                         "Это видео не может быть воспроизведено. Примите файлы cookie нашего партнёра."),
                ids=("consent-placeholder",) * 9),
        Example("The striker scored twice.\nThe video cannot be played in court, the judge ruled, because the cookies it "
                "set were never disclosed to the defence, and the trial will go on without it.\nThe match ended 2-1."),
        # The notice that the post loads only once the reader consents; the same words in a sentence stay.
        Example("Der Stürmer traf zweimal.\nDieser Inhalt von Example Social wird erst nach Ihrer Zustimmung angezeigt.\n"
                "Um diesen Inhalt zu sehen, benötigen wir Ihre Zustimmung.\n"
                "Der Vertrag wird erst nach Ihrer Zustimmung wirksam, sagte der Anwalt.\nDas Spiel endete zwei zu eins.",
                removed=("Dieser Inhalt von Example Social wird erst nach Ihrer Zustimmung angezeigt.",
                         "Um diesen Inhalt zu sehen, benötigen wir Ihre Zustimmung."),
                ids=("consent-placeholder",) * 2),
        Example("The striker scored twice.\nExternal content\nBy loading this content, you agree to the provider's terms.\n"
                "Load content\nContenu externe\nAfficher le contenu\nContenido externo\nCargar contenido\n"
                "Contenuto esterno\nConteúdo externo\nExterne inhoud\nInhoud laden\nTreść zewnętrzna\nThe match ended 2-1.",
                removed=("External content", "By loading this content, you agree to the provider's terms.", "Load content",
                         "Contenu externe", "Afficher le contenu", "Contenido externo", "Cargar contenido",
                         "Contenuto esterno", "Conteúdo externo", "Externe inhoud", "Inhoud laden", "Treść zewnętrzna")),
        # The frame of a post embedded from a social network, in each language, between two paragraphs of
        # the story; the same words in a sentence stay.
        Example("The club signed a new coach.\nView this post on Instagram\nA post shared by Example Rovers (@examplerovers)\n"
                "Sieh dir diesen Beitrag auf Instagram an\nEin Beitrag geteilt von Beispiel Handball (@beispielhandball)\n"
                "Voir cette publication sur Instagram\nVer esta publicación en Instagram\nVisualizza questo post su Instagram\n"
                "Dit bericht op Instagram bekijken\nWyświetl ten post na Instagramie\nHe starts on Monday.",
                removed=("View this post on Instagram", "A post shared by Example Rovers (@examplerovers)",
                         "Sieh dir diesen Beitrag auf Instagram an",
                         "Ein Beitrag geteilt von Beispiel Handball (@beispielhandball)",
                         "Voir cette publication sur Instagram", "Ver esta publicación en Instagram",
                         "Visualizza questo post su Instagram", "Dit bericht op Instagram bekijken",
                         "Wyświetl ten post na Instagramie"),
                ids=("consent-placeholder",) * 9),
        Example("Клуб подписал тренера.\nПосмотреть эту публикацию в Instagram\nBu gönderiyi Instagram'da gör\n"
                "Zobrazit tento příspěvek na Instagramu\nZobraziť tento príspevok na Instagrame\n"
                "Visa det här inlägget på Instagram\nSe dette opslag på Instagram\n"
                "Katso tämä julkaisu Instagramissa\nVezi această postare pe Instagram\nLihat postingan ini di Instagram\n"
                "Xem bài viết này trên Instagram\nこの投稿をInstagramで見る\nInstagram에서 이 게시물 보기\nHe starts on Monday.",
                removed=("Посмотреть эту публикацию в Instagram", "Bu gönderiyi Instagram'da gör",
                         "Zobrazit tento příspěvek na Instagramu", "Zobraziť tento príspevok na Instagrame",
                         "Visa det här inlägget på Instagram",
                         "Se dette opslag på Instagram", "Katso tämä julkaisu Instagramissa", "Vezi această postare pe Instagram",
                         "Lihat postingan ini di Instagram", "Xem bài viết này trên Instagram", "この投稿をInstagramで見る",
                         "Instagram에서 이 게시물 보기"),
                ids=("consent-placeholder",) * 12),
        Example("Тренер попросил посмотреть эту публикацию в Instagram всех игроков до пятницы.\n"
                "Se dette opslag på Instagram, sagde træneren til spillerne, og døm selv."),
        Example("The coach said a post shared by a fan had upset the players.\nView this post on Instagram, the club told "
                "its fans, and judge for yourselves."),
        Example("Der Händler muss externe Inhalte prüfen, bevor er sie lädt, sagte das Gericht.\n"
                "The agency said external content on the site had not been checked.\n"
                "Le contenu externe du rapport a été publié lundi."),
    ],
)
def cookie_notice(page: Page) -> dict[int, str]:
    """Cookie and consent banners, recognised by their fixed phrasing (in
    the languages of the phrase tables: European ones, Russian, Ukrainian,
    Turkish, Chinese, Japanese, Korean), a site's "uses cookies" opening its sentence; and the banners
    that the reader's browser is out of date or has JavaScript turned off."""
    found = dict.fromkeys(matching_positions(page, CONSENT_PLACEHOLDER), _CONSENT_PLACEHOLDER.id)
    banners = with_wrapped_rest(page, matching_positions(page, COOKIE_BANNER), page.settings.cookie_max_words)
    found.update(dict.fromkeys(banners, "cookie-notice"))
    found.update((i, _COOKIE_BUTTON.id) for i in _banner_buttons(banners, page) if i not in found)
    found.update((i, _COOKIE_SALUTATION.id) for i in _banner_salutations(banners, page) if i not in found)
    return found

# An ad's button: an arrow, then its call ("» Zum Angebot", "→ Shop now").
_CALL = r"^(»|>>?|→|►|▶)\s+"
# A price as a shop's button gives it, before or after the call: "$3.99", "2,95 €", "149 zł".
_PRICE = r"([$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(€|\$|£|eur|euros?|zł|kr|kč|₽|руб\.?|tl|₺|円|원|元))"
# A shop's cart button under a product set in a guide or a recipe, in each language, a price beside it or not.
_CART_BUTTON = (r"(add to (cart|basket|bag|trolley)|in den warenkorb( legen)?|ajouter au panier"
                r"|añadir (a la cesta|al carrito)|aggiungi al carrello|adicionar ao carrinho|in (de )?winkelwagen"
                r"|(dodaj )?do koszyka|(добавить )?в корзину|sepete ekle|(přidat )?do košíku|カートに入れる"
                r"|장바구니 담기|加入购物车)")
advertisement = pattern_detector(
    "advertisement",
    """Ad slot labels and the headings of ad boxes ("Advertisement", "Sponsored
    links", "Ads by Google", "Story continues below"); an ad's button, an arrow
    then its call ("» Zum Angebot", "→ Shop now"), a shop's button ("View it
    on Amazon", "Bei Amazon ansehen", "Jetzt kaufen", "... – check price"),
    its cart button ("Add to cart", "2,95 € Añadir a la cesta") and the
    heading of its box in a recipe or a guide ("Shop this recipe", "Unser
    Tipp aus dem Shop", "Na nossa loja").""",
    roles={Role.INTERRUPTION},
    max_words="advertisement_max_words",
    branches={
        "tl": [r"^patalastas\s*:?$", r"^magbasa pa\W{0,3}$"],
        "et": [r"^loe edasi\W{0,3}$"],
        "lv": [r"^(reklāma|sponsorēts saturs)\s*:?$", r"^lasīt vairāk\W{0,3}$"],
        "lt": [r"^skaityti daugiau\W{0,3}$"],
        "sl": [r"^preberi(te)? več\W{0,3}$"],
        "en": [
            (r"^(advertisements?|advertising|ad|ads|sponsored( content| links?)?|paid (content|post|partner content)"
            r"|promoted( content)?|partner content|ads by \w+)\s*:?$"),
            (r"^(story|article) continues( below( this)? (advertisement|ad|gallery|video)| below| after (the |this )?"
             r"(advertisement|ad|gallery|video))?$"),
            r"^advertise (with us|on [\w.]+|here)\W{0,3}$",
            # The ad slot's own buttons under its label: "Hide Ad", "Report this ad".
            r"^(hide|close|report|skip) (this )?ads?\W{0,3}$",
            r"^\W*buy a link( now| here)?\W*$",
            r"^continue reading( the main story)?( below)?$",
            r"^scroll (down )?to continue( with content| reading)?$",
            r"^advertisement\s*[-–—:]\s*scroll to continue$",
            (rf"{_CALL}(click here|shop now|buy now|order now|book now|register now|sign up now|get (it|the deal|yours)"
             r"|see the deal|view (the )?deal|check (the )?price)\b"),
            r"^(view|buy|shop|check (the )?price|see (the )?price|see it)( \S+){0,4} (on|at) (amazon|ebay|walmart)\b.{0,10}$",
            # The button under a product a page lists, whatever the shop: "Check price at Kitchenly", "View deal".
            r"^(check|see|view|compare) (the )?(latest )?(prices?|deals?|offers?)( (on|at) \w.{0,40})?$",
            # The heading of a shop's box set in a recipe or a guide: its products in the cart at one click.
            r"^shop (this|the) (recipe|look|story|post|article|list|project|guide)\W{0,3}$",
            # The shop's bare button, and a product's line ending in its price button ("Brass washers – check price").
            r"^(buy|buy (it )?now|shop now)\W{0,3}$", r"\s[-–—]\s*check (the )?(latest )?prices?\W{0,3}$",
        ],
        "de": [r"^(jetzt )?weiterlesen\W{0,3}$", r"^weiter nach der (anzeige|werbung)$", r"^(anzeigen?|werbung|gesponsert|advertorial|gesponserte links)\s*:?$",
               r"^((unbezahlte |enthält )?werbung|anzeige)\s*(für|wegen|durch|\||-|:)\s*.{1,60}$",
               # A story's access label, over its first paragraph: "Exklusiv für Abonnenten".
               r"^(exklusiv|nur) für (abonnenten|abonnentinnen|abonnent:innen|abonnierende|plus-kunden)$", r"^(weiterlesen|lesen sie) nach der (anzeige|werbung)( weiter)?$",
               r"^(der )?(artikel|text|beitrag) (geht|wird) (unter|nach) der (anzeige|werbung) (weiter|fortgesetzt)$",
               rf"{_CALL}(jetzt|hier|zum angebot|zur aktion|zum shop|zum deal|mehr erfahren)\b",
               r"\b(bei|auf) (amazon|ebay|otto)(\.de)? (ansehen|kaufen|bestellen|anschauen)\*?$",
               # A row of shop buttons, an affiliate link's star after each: "Bei Amazon ansehen* Bei OBI ansehen*".
               r"^((bei|auf) [\w.-]+ (ansehen|kaufen|bestellen|anschauen)\*?\s*){2,}$",
               r"^zum angebot( (bei|auf) \w.{0,40})?$", r"^(preis|preise) (prüfen|vergleichen|ansehen)( (bei|auf) \w.{0,40})?$",
               # The heading of a shop's box and its bare button: "Unser Tipp aus dem Shop", "Jetzt kaufen".
               r"^((unser|mein) (tipp|tip|empfehlung) )?aus (dem|unserem) (shop|onlineshop|online-shop)\W{0,3}$",
               r"^(jetzt )?kaufen\W{0,3}$"],
        "fr": [r"^lire la suite\W{0,3}$", r"^(article|contenu) réservé aux abonnés$", r"^(publicité|contenu sponsorisé|sponsorisé|liens sponsorisés|annonces)\s*:?$", r"^la suite (de l'article )?après (cette |la )?publicité$",
               r"^l'article (continue|se poursuit) (ci-dessous|après (cette |la )?publicité)$",
               rf"{_CALL}(j'en profite|je m'inscris|voir l'offre|découvrir l'offre|acheter|commander|cliquez ici)\b",
               r"^(voir|acheter)( \S+){0,4} sur (amazon|ebay)\b.{0,10}$", r"^voir (l'offre|le prix|les prix)( (sur|chez) \w.{0,40})?$",
               r"^(dans|sur) notre boutique( en ligne)?\W{0,3}$", r"^acheter( maintenant)?\W{0,3}$"],
        "es": [r"^(sigue|seguir|continúa|continuar) leyendo\W{0,3}$", r"^(publicidad|anuncios?|contenido patrocinado|patrocinado|enlaces patrocinados)\s*:?$", r"^sigue leyendo (debajo|después) del anuncio$",
               r"^(la noticia|el artículo) (continúa|sigue) (debajo|abajo|tras la publicidad|después del anuncio)$",
               rf"{_CALL}(ver oferta|comprar|cómpralo|haz clic aquí|regístrate)\b",
               r"^(ver|comprar)( \S+){0,4} en (amazon|ebay)\b.{0,10}$",
               r"^(ver|consultar|comprobar) (la |el )?(oferta|ofertas|precio|precios)( (en|de) \w.{0,40})?$",
               r"^en nuestra tienda( online| en línea)?\W{0,3}$", r"^comprar( ahora| ya)?\W{0,3}$"],
        "it": [r"^continua a leggere\W{0,3}$",
               r"^(pubblicità|annuncio|contenuto sponsorizzato|sponsorizzato|link sponsorizzati)\s*:?$",
               r"^continua a leggere dopo la pubblicità$",
               r"^l'articolo continua (sotto|qui sotto|dopo la pubblicità)$",
               rf"{_CALL}(vedi offerta|acquista|clicca qui|iscriviti)\b",
               r"^(vedi|acquista|compra)( \S+){0,4} su (amazon|ebay)\b.{0,10}$",
               r"^(vedi|verifica|controlla|scopri) (il |l')?(prezzo|prezzi|offerta|offerte)( (su|da|in) \w.{0,40})?$",
               r"^(nel|dal) nostro (negozio|shop)( online)?\W{0,3}$", r"^(acquista|compra)( ora| subito)?\W{0,3}$"],
        "pt": [r"^continua (depois|após) (da|a) publicidade$", r"^(continue|continuar) (lendo|a ler)\W{0,3}$", r"^(publicidade|anúncios?|conteúdo patrocinado|patrocinado|links patrocinados)\s*:?$", r"^continua (depois|após) da publicidade$",
               r"^(a reportagem|a matéria|o artigo|a notícia) continua (abaixo|após a publicidade|depois da publicidade)$",
               rf"{_CALL}(ver oferta|comprar|clique aqui|inscreva-se)\b",
               r"^(ver|comprar)( \S+){0,4} na (amazon|ebay)\b.{0,10}$", r"^ver (o |a )?(preço|preços|oferta|ofertas)( (na|no|em) \w.{0,40})?$",
               r"^na nossa loja( online)?\W{0,3}$", r"^comprar( agora| já)?\W{0,3}$"],
        "nl": [r"^lees verder\W{0,3}$", r"^(advertenties?|gesponsord|gesponsorde (inhoud|links))\s*:?$", r"^lees verder na de advertentie$",
               r"^het (artikel|verhaal) gaat verder (onder|na) de advertentie$",
               rf"{_CALL}(bekijk (de )?aanbieding|bestel nu|klik hier|schrijf je in)\b",
               r"^(bekijk|bestel|koop)( \S+){0,4} bij (amazon|bol\.com|coolblue)\b.{0,10}$",
               r"^bekijk (de )?(prijs|prijzen|aanbieding|deal)( (bij|op) \w.{0,40})?$",
               r"^(in|uit) onze (web)?(winkel|shop)\W{0,3}$", r"^(nu )?kopen\W{0,3}$"],
        # Simplified and traditional; "請繼續往下閱讀..." where the story breaks for an ad.
        "zh": [r"^(广告|推广|赞助内容)$", r"^请?继续(往下)?阅读\s*(\.{2,}|…+)?$"],
        "ja": [r"^(記事の)?続きは(広告の)?(後|あと)で\W{0,3}$", r"^(広告|スポンサーリンク|スポンサーコンテンツ)$", r"^記事の続きは(広告の)?(下|後)(へ|に)(続きます)?$"],
        "ko": [r"^(기사 )?(계속 읽기|더 ?보기)\W{0,3}$", r"^(광고|스폰서)$"],
        # Scripts without case, and languages the tables had none for: the label alone on its line.
        "ar": [r"^(تابع|أكمل|اكمل) القراءة\W{0,3}$", r"^(إعلان|اعلان|إعلانات|محتوى ممول|محتوى مدفوع|مادة إعلانية)\s*:?$"],
        "he": [r"^(להמשך|המשך) (ה)?קריאה\W{0,3}$", r"^(פרסומת|פרסומות|תוכן ממומן|תוכן שיווקי)\s*:?$"],
        "fa": [r"^ادامه (مطلب|خبر)\W{0,3}$", r"^(تبلیغات|آگهی|رپرتاژ آگهی|محتوای حمایت‌شده)\s*:?$"],
        "hi": [r"^(और|आगे) पढ़ें\W{0,3}$", r"^(विज्ञापन|प्रायोजित|प्रायोजित सामग्री)\s*:?$"],
        "vi": [r"^đọc tiếp\W{0,3}$", r"^(quảng cáo|nội dung tài trợ|tài trợ)\s*:?$"],
        "el": [r"^(συνέχεια ανάγνωσης|συνεχίστε την ανάγνωση|συνέχεια)\W{0,3}$", r"^(διαφ[ήη]μιση|διαφημ[ίι]σεις|χορηγο[ύυ]μενο|χορηγο[ύυ]μενο περιεχ[όο]μενο)\s*:?$"],
        # Indonesian and Malay.
        "id": [r"^(lanjutkan membaca|lanjut baca)\W{0,3}$", r"^(iklan|kandungan tajaan|ditaja)\s*:?$",
               r"^(gulir|scroll) (ke bawah )?untuk (melanjutkan|lanjut)( membaca)?$"],
        "sw": [r"^(tangazo|matangazo)\s*:?$"],
        "th": [r"^อ่านต่อ\W{0,3}$", r"^(โฆษณา|ผู้สนับสนุน|เนื้อหาได้รับการสนับสนุน)$"],
        # Croatian, Serbian (both scripts), Bosnian; Bulgarian.
        "hr": [r"^(opširnije|pročitajte više|pročitaj više|опширније|прочитајте више)\W{0,3}$", r"^(oglas|oglasi|sponzorirano|sponzorisano|sponzorirani sadržaj|оглас|спонзорисано)\s*:?$",
               r"^(članak|tekst) se nastavlja (ispod|nakon) oglasa$"],
        "bg": [r"^(прочети|прочетете) още\W{0,3}$", r"^(реклама|платена публикация|спонсорирано)\s*:?$"],
        # Catalan, Albanian, Icelandic, Bengali, Tamil, Georgian, Armenian, Urdu, Kazakh (Azerbaijani's is Turkish's word,
        # Macedonian's Bulgarian's, Malay's Indonesian's).
        "ca": [r"^(publicitat|contingut patrocinat)\s*:?$"],
        "sq": [r"^(reklamë|reklama)\s*:?$"],
        "is": [r"^(auglýsing|auglýsingar)\s*:?$"],
        "bn": [r"^(বিজ্ঞাপন|স্পনসরড)\s*:?$"],
        "ta": [r"^(விளம்பரம்|விளம்பரங்கள்)\s*:?$"],
        "ka": [r"^რეკლამა\s*:?$"],
        "hy": [r"^գովազդ\s*:?$"],
        "ur": [r"^(اشتہار|اشتہارات)\s*:?$"],
        "kk": [r"^жарнама\s*:?$"],
        "sk": [r"^pokračovať v čítaní\W{0,3}$", r"^(reklama|inzercia|komerčná správa)\s*:?$", r"^(pokračovanie článku|článok pokračuje) pod reklamou$"],
        "cs": [r"^pokračovat ve čtení\W{0,3}$", r"^(reklama|inzerce|komerční sdělení)\s*:?$", r"^(pokračování článku|článek pokračuje) pod reklamou$"],
        "sv": [r"^(läs vidare|fortsätt läsa)\W{0,3}$", r"^(annons|annonser|sponsrat innehåll)\s*:?$", r"^artikeln fortsätter (under|efter) annonsen$"],
        "da": [r"^(læs videre|fortsæt læsningen)\W{0,3}$", r"^(annonce|annoncer|reklame|sponsoreret indhold)\s*:?$"],
        "no": [r"^(les videre|fortsett å lese)\W{0,3}$", r"^(annonse|annonser|reklame|sponset innhold)\s*:?$"],
        "fi": [r"^jatka lukemista\W{0,3}$", r"^(mainos|mainoksia|kaupallinen yhteistyö)\s*:?$"],
        "tr": [r"^(haberin )?devamını oku\W{0,3}$", r"^okumaya devam et\W{0,3}$", r"^(reklam|reklamlar|sponsorlu içerik)\s*:?$", r"^haberin devam[ıi] reklamdan sonra$"],
        "ro": [r"^(continuă lectura|continuă să citești|citește în continuare)\W{0,3}$", r"^(publicitate|reclamă|conținut sponsorizat)\s*:?$", r"^articolul continuă după reclamă$"],
        "hu": [r"^(olvasson tovább|tovább olvasom|olvass tovább)\W{0,3}$", r"^(hirdetés|reklám|szponzorált|szponzorált tartalom)\s*:?$", r"^a cikk a hirdetés után folytatódik$"],
        "uk": [r"^читати (далі|повністю)\W{0,3}$", r"^(реклама|партнерський матеріал|на правах реклами)$", r"^(продовження|стаття продовжується) (нижче|після реклами)$"],
        # ... with an age mark ("Реклама 16+"), run into the ad's words after a dot or a bar, or the marking the law
        # puts on an ad: the advertiser and its tax number or the ad's token ("Реклама. ООО «…». ИНН …. erid: …").
        "ru": [r"^(реклама|партнерский материал|на правах рекламы)$", r"^(продолжение|статья продолжается) (ниже|после рекламы)$",
               r"^реклама\s*\d{1,2}\+$", r"^реклама\s*[·•|]\s*\S.{0,150}$",
               r"^реклама\.?\s+.{0,150}\b(инн|erid)\b\s*[:：]?\s*\w{6,}.{0,40}$"],
        # ... and a shop's button in a test or a guide: "Sprawdź ceny w sklepach", "Zobacz ofertę".
        "pl": [r"^(w naszym sklepie|z naszego sklepu)( internetowym| internetowego)?\W{0,3}$", r"^kup( teraz)?\W{0,3}$",
               r"^czytaj dalej\W{0,3}$", r"^(sprawdź|zobacz|porównaj) (aktualn[ea] )?(cen[ęy]|ofert[ęy])( w sklepach| w sklepie| na \S+)?\W{0,3}$",
               # ... the shop by its name: "Sprawdź w sklepie Kuchnia24".
               r"^(sprawdź|zobacz|kup) w sklepie \w[^.!?]{0,40}$",
               r"^(reklama|materiał sponsorowany|artykuł sponsorowany|linki sponsorowane)\s*:?$", r"^(dalsza część|dalszy ciąg) (artykułu|tekstu) (pod|poniżej) reklam(ą|y)$",
               r"^poniżej (dalsza część|dalszy ciąg) (artykułu|tekstu)$",
               rf"{_CALL}(zobacz ofertę|kup teraz|kliknij tutaj|zapisz się)\b",
               r"^(zobacz|kup)( \S+){0,4} na (amazon|allegro|ebay)\b.{0,10}$"],
        # A shop's button with the price: "Buy for $49.99", "Comprar por 49,99 €".
        "any": [(r"^(buy|comprar|acheter|kaufen|acquista|kopen|kup) (now |ahora |jetzt |ora |nu |teraz )?(for|por|pour|für|per|a|voor|za) "
                 r"([$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(€|\$|£|euros?|zł|kr))$"),
                rf"^({_PRICE}\s*)?{_CART_BUTTON}(\s*{_PRICE})?$"],
    },
    examples=[
        # 'Continue reading' buttons, 'continues after the ad' and access labels in the languages the lists lacked
        # (lang29's probe); the words in a story's sentence stay.
        Example("The council met.\nContinua após a publicidade\nLire la suite\nArticle réservé aux abonnés\n"
                "Weiterlesen\nWeiter nach der Anzeige\nCzytaj dalej\nDevamını oku\n記事の続きは広告の後で\nלהמשך קריאה\n"
                "ادامه مطلب\nอ่านต่อ\nПрочети още\nOpširnije\nПрочитајте више\nPreberi več\nSkaityti daugiau\n"
                "Lasīt vairāk\nLoe edasi\nMagbasa pa\nऔर पढ़ें\nPatalastas\nReklāma",
                removed=("Continua após a publicidade", "Lire la suite", "Article réservé aux abonnés", "Weiterlesen",
                         "Weiter nach der Anzeige", "Czytaj dalej", "Devamını oku", "記事の続きは広告の後で", "להמשך קריאה",
                         "ادامه مطلب", "อ่านต่อ", "Прочети още", "Opširnije", "Прочитајте више", "Preberi več",
                         "Skaityti daugiau", "Lasīt vairāk", "Loe edasi", "Magbasa pa", "और पढ़ें", "Patalastas",
                         "Reklāma")),
        Example("Pour lire la suite du rapport, il faut attendre juin, a dit le maire.\n"
                "Sie wollte weiterlesen, doch das Licht ging aus.\n"
                "Czytaj dalej o budżecie w piątkowym wydaniu, napisał burmistrz.\n"
                "הוא המליץ להמשיך בקריאה של הדוח כולו.\nOpširnije o planu govorio je gradonačelnik u ponedjeljak."),
        # Ad labels in Catalan, Albanian, Icelandic, Bengali, Tamil, Georgian, Armenian, Urdu, Kazakh; the word in a
        # sentence stays.
        Example("El ple es va reunir dilluns.\nPublicitat\nReklamë\nAuglýsing\nবিজ্ঞাপন\nவிளம்பரம்\nრეკლამა\nԳովազդ\n"
                "اشتہار\nЖарнама\nL'alcalde va parlar després.",
                removed=("Publicitat", "Reklamë", "Auglýsing", "বিজ্ঞাপন", "விளம்பரம்", "რეკლამა", "Գովազդ",
                         "اشتہار", "Жарнама")),
        Example("La publicitat institucional va costar tres milions d'euros.\n"
                "Գովազդը տեղադրվել է քաղաքի կենտրոնում։\nЖарнама тақталары алынып тасталды."),
        # The story's "continue reading" link alone on its line, in each language; the words opening a sentence stay.
        Example("El pleno se reunió.\nSigue leyendo\nContinua a leggere\nContinue lendo\nLees verder\nLäs vidare\n"
                "Læs videre\nLes videre\nJatka lukemista\nPokračovať v čítaní\nOlvasson tovább\nContinuă lectura\n"
                "Συνέχεια ανάγνωσης\nLanjutkan membaca\nĐọc tiếp\nتابع القراءة\nЧитати далі\n기사 더보기\n"
                "Okumaya devam et\nEl alcalde habló después.",
                removed=("Sigue leyendo", "Continua a leggere", "Continue lendo", "Lees verder", "Läs vidare", "Læs videre",
                         "Les videre", "Jatka lukemista", "Pokračovať v čítaní", "Olvasson tovább", "Continuă lectura",
                         "Συνέχεια ανάγνωσης", "Lanjutkan membaca", "Đọc tiếp", "تابع القراءة", "Читати далі",
                         "기사 더보기", "Okumaya devam et")),
        Example("Sigue leyendo la prensa cada mañana, dijo.\nLees verder in het rapport van de gemeente.\n"
                "Đọc tiếp phần hai của báo cáo vào tuần sau.\nЧитати далі лист вона не змогла."),
        Example("Совет собрался.\nПродолжение ниже\nČlánek pokračuje pod reklamou\nАвтобусы пойдут в обход.",
                removed=("Продолжение ниже", "Článek pokračuje pod reklamou")),
        # Ad labels in languages the tables had none for; the words in a sentence stay.
        Example("Совет собрался.\nРеклама\nInzerce\nPokračování článku pod reklamou\nAnnons\nAnnonce\nAnnonse\nMainos\n"
                "Reklam\nHaberin devamı reklamdan sonra\nPublicitate\nHirdetés\n広告\nスポンサーリンク\n광고\nРеклама\n"
                "Партнерський матеріал",
                removed=("Реклама", "Inzerce", "Pokračování článku pod reklamou", "Annons", "Annonce", "Annonse", "Mainos",
                         "Reklam", "Haberin devamı reklamdan sonra", "Publicitate", "Hirdetés", "広告", "スポンサーリンク",
                         "광고", "Реклама", "Партнерський матеріал")),
        Example("Annonsen publicerades i tre tidningar.\nReklam harcamaları yüzde on arttı.\n広告費は昨年より増えた。\n"
                "Inzerce v novinách stojí stále víc."),
        # The marking Russian law puts on an ad (the advertiser, its tax number, the ad's token "erid"), the label
        # with an age mark, and the label run into the ad's words after a dot or a bar; a story's sentence on ads stays.
        Example("Совет собрался.\nРеклама. ООО «Ромашка». ИНН 7701234567. erid: 2VtzqvXYZab\nРеклама 16+\n"
                "Реклама · Забронируйте отель со скидкой до 15% Подробнее\nРеклама | Кредит наличными без справок\n"
                "Автобусы пойдут в обход.",
                removed=("Реклама. ООО «Ромашка». ИНН 7701234567. erid: 2VtzqvXYZab", "Реклама 16+",
                         "Реклама · Забронируйте отель со скидкой до 15% Подробнее",
                         "Реклама | Кредит наличными без справок")),
        Example("Совет собрался.\nРеклама на остановках подорожала на 16%, сообщили в мэрии.\nРеклама: что изменится в законе"),
        Example("انعقد المجلس.\nإعلان\nפרסומת\nتبلیغات\nविज्ञापन\nQuảng cáo\nΔΙΑΦΗΜΙΣΗ\nΧορηγούμενο\nIklan\n"
                "Scroll untuk melanjutkan\nTangazo\nโฆษณา\nOglas\nПлатена публикация\nInzercia\n"
                "Pokračovanie článku pod reklamou\nReklame\nSzponzorált\nСтаття продовжується нижче\nThe council met again.",
                removed=("إعلان", "פרסומת", "تبلیغات", "विज्ञापन", "Quảng cáo", "ΔΙΑΦΗΜΙΣΗ", "Χορηγούμενο", "Iklan",
                         "Scroll untuk melanjutkan", "Tangazo", "โฆษณา", "Oglas", "Платена публикация", "Inzercia",
                         "Pokračovanie článku pod reklamou", "Reklame", "Szponzorált", "Стаття продовжується нижче")),
        Example("أعلن المجلس عن إعلان جديد للمشروع.\nהפרסומת עלתה לעירייה מיליון שקל.\nQuảng cáo trên báo tăng mạnh năm nay.\n"
                "Iklan itu dipasang di tiga koran lokal.\nTangazo hilo lilitolewa na halmashauri jana.\n"
                "Η διαφήμιση κόστισε δύο εκατομμύρια.\nविज्ञापन पर नगर निगम ने दो लाख खर्च किए।\nOglas je objavljen u tri novine."),
        Example("Die Preise stiegen.\nWERBUNG für Beispiel Shampoo\nAnzeige | Beispiel Verlag\nExklusiv für Abonnenten\n"
                "Die Löhne nicht.",
                removed=("WERBUNG für Beispiel Shampoo", "Anzeige | Beispiel Verlag", "Exklusiv für Abonnenten")),
        # A review's shop buttons, each with an affiliate link's star; the words in a sentence stay.
        Example("Zestaw ma 94 elementy.\nSprawdź ceny w sklepach\nZobacz ofertę\nSprawdź w sklepie Kuchnia24\n"
                "Walizka jest solidna.",
                removed=("Sprawdź ceny w sklepach", "Zobacz ofertę", "Sprawdź w sklepie Kuchnia24")),
        Example("Zobacz ofertę, którą rada przygotowała dla seniorów, mówi burmistrz.\n"
                "Sprawdź w sklepie datę ważności, zanim zapłacisz."),
        # The buttons under the products a page lists, whatever the shop, in each language; the words in a sentence stay.
        Example("The kettle boils a litre in two minutes.\nCheck price at Kitchenly\nView deal\nBuy for $39.99\n"
                "Preis prüfen bei Küchenwelt\nZum Angebot\nVoir l'offre sur Maisonnette\nVer oferta en Cocinalia\n"
                "Comprar por 29,95 €\nVedi il prezzo su Casalinghi Rossi\nVer preço na Cozinha Já\n"
                "Bekijk prijs bij Keukenhuis\nIt comes in three colours.",
                removed=("Check price at Kitchenly", "View deal", "Buy for $39.99", "Preis prüfen bei Küchenwelt",
                         "Zum Angebot", "Voir l'offre sur Maisonnette", "Ver oferta en Cocinalia", "Comprar por 29,95 €",
                         "Vedi il prezzo su Casalinghi Rossi", "Ver preço na Cozinha Já", "Bekijk prijs bij Keukenhuis")),
        Example("Check the price on the label before you pay, the inspectors said.\n"
                "Shoppers compared prices at three markets and found the same brand cheaper by a third.\n"
                "Ver ofertas así en el mercado es raro, dice el vendedor.\nThey buy for 3 € and sell for 5 €."),
        Example("Der Mäher ist leise.\nBei Amazon ansehen*\nBei Amazon ansehen* Bei Gartenmarkt ansehen*\n"
                "Man kann ihn bei Amazon kaufen, sagt sie.",
                removed=("Bei Amazon ansehen*", "Bei Amazon ansehen* Bei Gartenmarkt ansehen*")),
        # A shop's box set in a recipe or a guide: its heading and its cart buttons, a price beside them or not,
        # in each language; the words in a sentence stay.
        Example("Heat the oil in a large pan.\nShop this recipe\nAdd to cart\n$3.49 Add to basket\nIn den Warenkorb\n"
                "2,95 € Añadir a la cesta\nAjouter au panier\nAggiungi al carrello 12,90 €\nDodaj do koszyka\n"
                "В корзину\nカートに入れる\nAdd the onion and cook it for eight minutes.",
                removed=("Shop this recipe", "Add to cart", "$3.49 Add to basket", "In den Warenkorb",
                         "2,95 € Añadir a la cesta", "Ajouter au panier", "Aggiungi al carrello 12,90 €",
                         "Dodaj do koszyka", "В корзину", "カートに入れる")),
        Example("Add to cart only what you will cook this week, the chef says.\n"
                "We shop the recipe's vegetables at the market on Saturdays."),
        # A shop's box in a guide: its heading and its bare buy button, by language, and a product's line ending in
        # its price button; a sentence about buying stays.
        Example("Turn off the water first.\nShop this project\nBrass washer set, 20 pieces – check price\nBuy now\n"
                "Unser Tipp aus dem Shop\nJetzt kaufen\nDans notre boutique\nAcheter\nEn nuestra tienda\nComprar\n"
                "Nel nostro negozio\nAcquista ora\nNa nossa loja\nUit onze webshop\nKopen\nZ naszego sklepu\nKup teraz",
                removed=("Shop this project", "Brass washer set, 20 pieces – check price", "Buy now", "Unser Tipp aus dem Shop",
                         "Jetzt kaufen", "Dans notre boutique", "Acheter", "En nuestra tienda", "Comprar", "Nel nostro negozio",
                         "Acquista ora", "Na nossa loja", "Uit onze webshop", "Kopen", "Z naszego sklepu", "Kup teraz")),
        Example("Buy now, pay later schemes have grown, the regulator said.\n"
                "Comprar una casa es cada vez más difícil para los jóvenes."),
        Example("Prices rose again.\nAdvertisement\nStory continues below advertisement\nWages did not.",
                removed=("Advertisement", "Story continues below advertisement")),
        Example("Die Preise stiegen.\nAnzeige\nPublicité\nPublicidad\nPubblicità\nAnnuncio\nPublicidade\nAdvertentie\nReklama\n"
                "Lesen Sie nach der Anzeige weiter",
                removed=("Anzeige", "Publicité", "Publicidad", "Pubblicità", "Annuncio", "Publicidade", "Advertentie", "Reklama",
                         "Lesen Sie nach der Anzeige weiter")),
        Example("价格再次上涨。\n广告\n工资没有上涨。", removed=("广告",)),
        Example("價格再次上漲。\n廣告\n請繼續往下閱讀...\n继续阅读\n工資沒有上漲，他說會繼續閱讀相關報告。",
                removed=("廣告", "請繼續往下閱讀...", "继续阅读")),
        # Ad slots and the ad boxes' headings, and the label left where an ad was cut out.
        Example("Prices rose again.\nAdvertisements\nSponsored links\nAds by Google\nAdvertisement:\nStory continues below\n"
                "Story continues below gallery\n"
                "Advertise with us\nGesponserte Links\nLiens sponsorisés\nEnlaces patrocinados\nLink sponsorizzati\n"
                "Links patrocinados\nGesponsorde links\nLinki sponsorowane\nWages did not.",
                removed=("Advertisements", "Sponsored links", "Ads by Google", "Advertisement:", "Story continues below",
                         "Story continues below gallery",
                         "Advertise with us", "Gesponserte Links", "Liens sponsorisés", "Enlaces patrocinados",
                         "Link sponsorizzati", "Links patrocinados", "Gesponsorde links", "Linki sponsorowane")),
        Example("The story continues below the bridge, where the river turns east.\nSponsored links to gambling sites were "
                "removed by the search engine.\nLes liens sponsorisés coûtent cher aux annonceurs."),
        Example("The advertisement campaign cost the party two million pounds."),
        Example("Prices rose again.\n» Buy a link now\nWages did not.", removed=("» Buy a link now",)),
        # The label where the story breaks for an ad, in other word orders.
        Example("Die Preise stiegen.\nDer Artikel geht unter der Anzeige weiter\nL'article continue ci-dessous\n"
                "La noticia continúa debajo\nL'articolo continua sotto\nA reportagem continua abaixo\n"
                "Het artikel gaat verder onder de advertentie\nPoniżej dalsza część artykułu\nDie Löhne nicht.",
                removed=("Der Artikel geht unter der Anzeige weiter", "L'article continue ci-dessous", "La noticia continúa debajo",
                         "L'articolo continua sotto", "A reportagem continua abaixo",
                         "Het artikel gaat verder onder de advertentie", "Poniżej dalsza część artykułu")),
        Example("La noticia continúa siendo la misma para los vecinos del barrio.\nHet artikel gaat verder in op de kosten.\n"
                "Poniżej dalsza część raportu komisji, który opublikowano w maju."),
        # An ad's buttons: an arrow and its call, a shop's link.
        Example("Der Grill heizt schnell auf.\n» Zum Angebot: Drei Monate für 9,99 Euro\n» Jetzt registrieren und Aufzeichnung ansehen.\n"
                "Den Grill bei Amazon ansehen\n→ Shop now and save 20%\nView it on Amazon\n» Voir l'offre\n"
                "Ver precio en Amazon\n» Vedi offerta\nComprar na Amazon\nBekijk bij bol.com\nZobacz na Allegro\n"
                "Im Test hielt er drei Stunden.",
                removed=("» Zum Angebot: Drei Monate für 9,99 Euro", "» Jetzt registrieren und Aufzeichnung ansehen.",
                         "Den Grill bei Amazon ansehen", "→ Shop now and save 20%", "View it on Amazon", "» Voir l'offre",
                         "Ver precio en Amazon", "» Vedi offerta", "Comprar na Amazon", "Bekijk bij bol.com",
                         "Zobacz na Allegro")),
        Example("Jetzt registrieren sich mehr Menschen für die Wahl als je zuvor.\nShe shopped at Amazon for years before the "
                "strike.\nMehr erfahren die Eltern erst im Mai.\n»Jetzt oder nie«, sagte der Trainer."),
        Example("Die Anzeige erschien am Montag in drei Zeitungen.\nLa publicité a coûté deux millions.\n"
                "Reklama kosztowała partię dwa miliony złotych."),
    ],
)

# A question to the reader that opens an advertiser's pitch: "Szukasz lokalu?", "Looking for a new kettle?".
_READER_QUESTION = r"^[^?.!]{3,100}\?\s+"
# The call to compare offers "now", a product's name and a colon before it or not ("Firmenwagen leasen: Jetzt
# Angebote ... vergleichen"), and what it saves after it, no clause of a sentence.
_LEAD_IN = r"^([^:.!?]{1,40}: )?"
_CALL_TAIL = r"[^,;]{0,60}$"
# The pitch's sentence with the offers' button run into it: "... y ahorra hasta un 15 %. Ver ofertas".
_PITCH_THEN = r"^[^,]{5,100}[.!]\s+"
shop_pitch = pattern_detector(
    "shop-pitch",
    """An advertiser's pitch set in a story on a line of its own: a question
    to the reader, then the call to see a shop's offers or prices ("Looking
    for a new kettle? Check out the latest deals at Kitchenly", "Szukasz
    lokalu? Zobacz oferty na Przykład.pl"). The call is the shop's button
    (advertisement) run into the question over it; alone it is no pitch,
    but for the call to compare offers "now" ("Jetzt Wärmepumpen-Angebote
    vergleichen und bis zu 30 % sparen") and the pitch's sentence with the
    offers' button run into it ("Reserva tu ferry con antelación y ahorra
    hasta un 15 %. Ver ofertas"): an ad's own text under its label.""",
    roles={Role.INTERRUPTION},
    max_words="shop_pitch_max_words",
    branches={
        "en": [_READER_QUESTION + r"(check out|see|view|compare|browse|shop) (the |our |all )?(latest |best |current )?"
               r"(deals|offers|prices|bargains)\b.{0,60}$",
               _LEAD_IN + r"compare (the )?(latest |best )?(deals|offers|quotes) now\b" + _CALL_TAIL,
               _PITCH_THEN + r"(see|view|compare) (all |the )?(deals|offers)$"],
        "de": [_READER_QUESTION + r"(hier |jetzt )?(die )?(aktuellen |besten )?(angebote|preise|deals) "
               r"(ansehen|vergleichen|entdecken|prüfen|sichern)\b.{0,60}$",
               _READER_QUESTION + r"hier geht('s| es) zu(m| den) (aktuellen |besten )?(angebot|angeboten|deals|shop)\b.{0,60}$",
               _LEAD_IN + r"jetzt ([\w-]+-)?angebote( für [\w -]{1,30})? (vergleichen|ansehen|entdecken|sichern)\b" + _CALL_TAIL,
               _PITCH_THEN + r"(zu den )?angebote( ansehen| vergleichen)?$"],
        "fr": [_READER_QUESTION + r"(découvrez|voyez|consultez|comparez) (nos |les |toutes les )?(meilleures )?"
               r"(offres|prix|promos|promotions|bons plans)\b.{0,60}$",
               _LEAD_IN + r"comparez (dès )?maintenant (les |nos )?offres\b" + _CALL_TAIL,
               _PITCH_THEN + r"(voir|comparer) (les )?offres$"],
        "es": [_READER_QUESTION + r"(consulta|mira|descubre|compara) (nuestras |las |todas las )?(mejores )?"
               r"(ofertas|precios|promociones)\b.{0,60}$",
               _LEAD_IN + r"compara (ahora|ya) (las )?ofertas\b" + _CALL_TAIL,
               _PITCH_THEN + r"(ver|consultar|comparar) (las )?ofertas$"],
        "it": [_READER_QUESTION + r"(scopri|guarda|confronta) (le |tutte le |i )?(migliori )?(offerte|prezzi|promozioni)\b.{0,60}$",
               _LEAD_IN + r"confronta (ora|subito) (le )?offerte\b" + _CALL_TAIL,
               _PITCH_THEN + r"(vedi|confronta) (le )?offerte$"],
        "pt": [_READER_QUESTION + r"(confira|veja|descubra|compare) (as |os |nossas )?(melhores )?(ofertas|preços|promoções)\b.{0,60}$",
               _PITCH_THEN + r"(ver|veja|comparar) (as )?ofertas$"],
        "nl": [_READER_QUESTION + r"(bekijk|vergelijk|ontdek) (de |alle |onze )?(beste )?(aanbiedingen|prijzen|deals)\b.{0,60}$",
               _LEAD_IN + r"vergelijk nu (de |alle )?(aanbiedingen|prijzen)\b" + _CALL_TAIL,
               _PITCH_THEN + r"(bekijk|vergelijk) (de |alle )?aanbiedingen$"],
        "pl": [_READER_QUESTION + r"(sprawdź|zobacz|porównaj) (aktualne |najnowsze |najlepsze )?(oferty|ofertę|ceny|promocje)\b.{0,60}$",
               _PITCH_THEN + r"(zobacz|sprawdź|porównaj) oferty$"],
    },
    examples=[
        Example("Der Akku hielt im Test neun Stunden durch.\n"
                "Sie suchen ein neues Lastenrad? Jetzt Angebote vergleichen bei Radhaus Beispiel\n"
                "Looking for a new kettle? Check out the latest deals at Kitchenly\n"
                "Vous cherchez un vélo ? Découvrez nos offres chez Cyclo Exemple\n"
                "¿Buscas una bicicleta? Consulta las ofertas de Bici Ejemplo\n"
                "Szukasz lokalu handlowego do wynajęcia? Zobacz oferty na Przyklad.pl\n"
                "Szukasz dobrego zestawu kluczy? Sprawdź aktualne promocje w sklepie partnerskim.\n"
                "Im Winter lädt er langsamer, und bei Frost sollte man ihn über Nacht in der Wohnung lassen, rät der "
                "Hersteller in seiner Anleitung.",
                removed=("Sie suchen ein neues Lastenrad? Jetzt Angebote vergleichen bei Radhaus Beispiel",
                         "Looking for a new kettle? Check out the latest deals at Kitchenly",
                         "Vous cherchez un vélo ? Découvrez nos offres chez Cyclo Exemple",
                         "¿Buscas una bicicleta? Consulta las ofertas de Bici Ejemplo",
                         "Szukasz lokalu handlowego do wynajęcia? Zobacz oferty na Przyklad.pl",
                         "Szukasz dobrego zestawu kluczy? Sprawdź aktualne promocje w sklepie partnerskim.")),
        # The call to compare offers now, and the pitch with the offers' button run into it: an ad's own text.
        Example("Die Kommunen müssen bis 2028 planen.\nJetzt Wärmepumpen-Angebote vergleichen und bis zu 30 % sparen\n"
                "Firmenwagen leasen: Jetzt Angebote für Gewerbekunden vergleichen\n"
                "Reserva tu ferry con antelación y ahorra hasta un 15 %. Ver ofertas\n"
                "Prenota il tuo traghetto in anticipo e risparmia. Vedi le offerte\n"
                "Book your ferry early and save up to 15%. See all deals\n"
                "Die Förderung deckt bis zu 70 Prozent der Kosten, sagt das Ministerium.",
                removed=("Jetzt Wärmepumpen-Angebote vergleichen und bis zu 30 % sparen",
                         "Firmenwagen leasen: Jetzt Angebote für Gewerbekunden vergleichen",
                         "Reserva tu ferry con antelación y ahorra hasta un 15 %. Ver ofertas",
                         "Prenota il tuo traghetto in anticipo e risparmia. Vedi le offerte",
                         "Book your ferry early and save up to 15%. See all deals")),
        # A consumer story's advice to compare offers, with its clause, stays.
        Example("Jetzt Angebote vergleichen, rät die Verbraucherzentrale, denn die Preise schwanken stark.\n"
                "Confronta le offerte di più operatori prima di firmare il contratto.\n"
                "Compare the offers from three installers before you sign anything."),
        # A story's question and its answer on prices, and the call without the question, stay.
        Example("Wie teuer wird das Ticket? Die Preise steigen im Januar um zwölf Prozent, sagt der Verbund.\n"
                "Why did the shop close? Prices rose faster than its sales did, the owner said.\n"
                "Zobacz oferty, które przygotował urząd dla seniorów."),
    ],
)


# What sets a row's controls apart: spaces, or a mark between them ("Print · Save", "Zurück | Weiter").
_CONTROL_MARK = r"\s*[·|/•]?\s*"


def _recipe_controls(own: str, generic: str) -> str:
    """A recipe card's row of controls: ``own`` ones (naming the recipe, its shopping list, its pin) and
    ``generic`` ones ("Print", "Save"), at least one of its own, set apart by spaces or marks."""
    one = f"({own}|{generic})"
    return rf"^({one}{_CONTROL_MARK})*({own})({_CONTROL_MARK}{one})*$"


recipe_card = pattern_detector(
    "recipe-card",
    """A recipe card's furniture set in the recipe: its row of controls
    ("Print Recipe Pin Recipe", "Drucken Auf Pinterest merken Zur
    Einkaufsliste", "Imprimir receta Guardar") and its readers' rating, the
    stars with the score and the count of votes ("★★★★★ 4,8 (96 votes)",
    "5 from 7 votes"). A critic's score has no count of votes: it stays.""",
    roles={Role.INTERRUPTION},
    max_words="recipe_card_max_words",
    branches={
        "any": [r"^(?!.*[.!?]$)[^★☆⭐]{0,40}[★☆⭐]{3,5}\s*\(?\d+([.,]\d+)?\b.{0,30}\(?\d+\s+\w+\)?$"],
        "en": [_recipe_controls(r"(print|pin|save|rate|email) (this )?recipe|add to (my )?(shopping list|favou?rites|meal plan)"
                                r"|(jump|skip|go) to (the )?recipe( card)?",
                                r"print|pin( it)?|save|share|email"),
               r"^\d([.,]\d)? from \d+ votes?$",
               r"^\d([.,]\d)? out of 5( stars)? \(\d+ (reviews|ratings|votes)\)$"],
        "de": [_recipe_controls(r"rezept (drucken|speichern|merken)|auf pinterest merken|(direkt |springe )?zum rezept( springen)?"
                                r"|auf die merkliste"
                                r"|(zur|auf die) einkaufsliste( setzen| hinzufügen)?|zu (den |meinen )?favoriten( hinzufügen)?",
                                r"drucken|merken|speichern|teilen")],
        "fr": [_recipe_controls(r"(imprimer|enregistrer) (la |cette )?recette|ajouter à (mes favoris|ma liste de courses)"
                                r"|(aller|passer|sauter) (directement )?à la recette"
                                r"|épingler sur pinterest", r"imprimer|enregistrer|partager")],
        "es": [_recipe_controls(r"(imprimir|guardar) (la |esta )?receta|añadir a (mis )?favoritos|(saltar|ir) (directamente )?a la receta"
                                r"|añadir a la lista de la compra", r"imprimir|guardar|compartir")],
        "it": [_recipe_controls(r"(stampa|salva) (la )?ricetta|aggiungi ai preferiti|aggiungi alla lista della spesa"
                                r"|(vai|salta|passa) (direttamente )?alla ricetta",
                                r"stampa|salva|condividi")],
        "pt": [_recipe_controls(r"(imprimir|guardar|salvar) (a )?receita|adicionar aos favoritos|(ir|saltar|pular) (direto )?para a receita"
                                r"|adicionar à lista de compras", r"imprimir|guardar|salvar|partilhar|compartilhar")],
        "nl": [_recipe_controls(r"recept (printen|afdrukken|opslaan|bewaren)|print recept|(ga |spring )?(direct )?naar (het )?recept"
                                r"|toevoegen aan (favorieten|boodschappenlijst(je)?)", r"printen|afdrukken|opslaan|bewaren|delen")],
        "pl": [_recipe_controls(r"(drukuj|zapisz) przepis|dodaj do (ulubionych|listy zakupów)|(przejdź|przeskocz) do przepisu", r"drukuj|zapisz|udostępnij")],
        "id": [_recipe_controls(r"(cetak|simpan) resep", r"cetak|simpan|bagikan")],
    },
    examples=[
        Example("Heat the oil in a large pan.\nPrint Recipe Pin Recipe\n5 from 7 votes\nJump to Recipe Print Recipe\n"
                "Direkt zum Rezept Rezept drucken\nAller à la recette Imprimer\n"
                "Drucken Auf Pinterest merken Zur Einkaufsliste\nImprimir receta Guardar\n★★★★☆ 4,2 (57 Bewertungen)\n"
                "Add the onion and cook it for eight minutes.",
                removed=("Print Recipe Pin Recipe", "5 from 7 votes", "Jump to Recipe Print Recipe", "Direkt zum Rezept Rezept drucken",
                         "Aller à la recette Imprimer", "Drucken Auf Pinterest merken Zur Einkaufsliste",
                         "Imprimir receta Guardar", "★★★★☆ 4,2 (57 Bewertungen)")),
        # A critic's stars, a story's sentence with the words, a score without a count of votes stay.
        Example("The film earned ★★★★ from every critic, and 5 of 7 judges voted for it.\n"
                "Guardar la receta de la abuela fue su primera tarea.\nScore 4.5 out of 5"),
    ],
)


def _facts_row(strong: str, weak: str) -> str:
    """A row of two or more facts of a recipe's or a how-to's card ("Label: value", the value short and
    without a colon), parted by spaces or marks, at least one of its labels a ``strong`` one (servings,
    cooking time, difficulty) and the others ``weak`` ones too (a bare "time" or "cost"); a line ending like a
    sentence, but for a short unit ("30 Min."), or holding a semicolon or a clause after a comma, is none."""
    label = rf"({strong}|{weak})"
    fact = rf"{label}\s*:\s*[^:;]{{1,40}}?"
    return (rf"^(?=(.*[\s·|•/])?({strong})\s*:)(?!.*(\w{{4}}[.!?]|[!?])$)(?!.*,\s*[^\W\d_]+\s+[^\W\d_]+)"
            rf"{fact}(\s*[·|•/,]?\s*{fact})+$")


recipe_facts = pattern_detector(
    "recipe-facts",
    """A recipe's or a how-to's facts set on one line as a row of labels
    and values ("Raciones: 4 · Tiempo: 45 minutos · Dificultad: fácil",
    "Difficoltà: Facile Preparazione: 30 minuti Cottura: 40 minuti"): the
    card's header, no sentence of the story. Two facts at least, one of them
    the servings, a cooking time or the difficulty; a fact on a line of its
    own ("Temps de préparation : 25 min") is the recipe's and stays.""",
    roles={Role.INTERRUPTION},
    max_words="recipe_facts_max_words",
    branches={
        "en": [_facts_row(r"servings|serves|yields?|prep(aration)?( time)?|cook(ing)? time|bak(e|ing) time|total time"
                          r"|active time|difficulty|skill level",
                          r"time|cost|level|makes")],
        "de": [_facts_row(r"portionen|zubereitung(szeit)?|arbeitszeit|backzeit|kochzeit|garzeit|gesamtzeit|ruhezeit"
                          r"|schwierigkeit(sgrad)?",
                          r"zeit|dauer|kosten|für")],
        "fr": [_facts_row(r"portions|temps de (préparation|cuisson|repos)|préparation|cuisson|difficulté|niveau",
                          r"temps( total)?|coût|budget|pour")],
        "es": [_facts_row(r"raciones|porciones|comensales|tiempo de (preparación|cocción)|preparación|cocción|dificultad",
                          r"tiempo( total)?|coste|costo|para")],
        "it": [_facts_row(r"dosi( per)?|porzioni|(tempo di )?(preparazione|cottura)|difficoltà",
                          r"tempo( totale)?|costo|riposo")],
        "pt": [_facts_row(r"porções|rendimento|tempo de (preparo|preparação|forno|cozedura|cozimento)|preparo|dificuldade",
                          r"tempo( total)?|custo")],
        "nl": [_facts_row(r"porties|personen|bereiding(stijd)?|kooktijd|oventijd|moeilijkheid(sgraad)?",
                          r"(totale )?tijd|kosten")],
        "pl": [_facts_row(r"porcje|liczba porcji|czas (przygotowania|pieczenia|gotowania)|przygotowanie|(poziom )?trudności|trudność",
                          r"czas|koszt")],
        "id": [_facts_row(r"porsi|persiapan|memasak|waktu (memasak|persiapan)|(tingkat )?kesulitan", r"waktu|biaya")],
    },
    examples=[
        Example("Das Rezept stammt von meiner Tante.\nPortionen: 4 · Backzeit: 50 Min. · Schwierigkeit: mittel\n"
                "Raciones: 6 · Tiempo: 1 hora · Dificultad: media\nDosi per: 6 persone Cottura: 25 minuti Costo: medio\n"
                "Servings: 4 · Prep time: 10 min · Cook time: 30 min\nPorsi: 4 orang · Memasak: 30 menit\n"
                "Arbeitszeit: 20 Min. · Backzeit: 40 Min.\nZutaten\n500 g Mehl",
                removed=("Portionen: 4 · Backzeit: 50 Min. · Schwierigkeit: mittel", "Raciones: 6 · Tiempo: 1 hora · Dificultad: media",
                         "Dosi per: 6 persone Cottura: 25 minuti Costo: medio", "Servings: 4 · Prep time: 10 min · Cook time: 30 min",
                         "Porsi: 4 orang · Memasak: 30 menit", "Arbeitszeit: 20 Min. · Backzeit: 40 Min.")),
        # One fact a line is the recipe's; labels no card uses, and a sentence, stay.
        Example("Zubereitungszeit: 15 Min.\nPortionen: 4\nOrt: Rathaus · Zeit: 19 Uhr\n"
                "Tiempo: 30 minutos. Dificultad: fácil, dijo el cocinero."),
    ],
)


comment_prompt = pattern_detector(
    "comment-prompt",
    """Comment-section furniture: counts, "Leave a reply", "Join the
    conversation", comment forms and their small print, in several languages;
    and the prompts to tell the newsroom of a mistake ("Spotted an error?
    Let us know").""",
    roles={Role.CHROME},
    max_words="comment_prompt_max_words",
    branches={
        "tl": [r"^mag-iwan ng (komento|puna)\W{0,3}$"],
        "en": [
            # An obituary's condolence book and its prompts: "Sign the guest book", "Leave a condolence".
            r"^(online )?(condolence book|book of condolences|guest ?book)\W{0,3}$",
            r"^(sign|view) (the|our) (online )?(guest ?book|condolence book|book of condolences)\W{0,3}$",
            r"^(leave|send|offer|post) (a |your )?(condolences?|messages? of condolence)( (for|to) [\w .'-]{0,40})?\W{0,3}$",
            # A recipe's call for a rating: "Made this recipe? Leave a rating!".
            r"^(made|tried|did you (make|try)|have you (made|tried)) (this|the|our) recipe\?",
            r"^(did you )?(like|enjoy|love) (this|the|our) recipe\?",
            r"^(\d+\s+)?comments?( \(\d+\))?\s*:?$",
            r"^(leave|post|add|write) a (comment|reply|response)\b",
            r"^join the (conversation|discussion|debate)\b",
            r"^(show|view|hide|load|read) (all )?(\d+ )?comments\b",
            r"^comments (are|have been) closed\b",
            r"^you must be logged in to (post|leave) a comment",
            r"^be the first to (post a |leave a |write a |add a )?comment\b",
            r"^(what do you think|have your say)\?*\s*(\.\.\.|…)?$",
            r"^rate this (article|story|post|page|recipe)\W{0,3}$",
            # The ask that closes a post: "Let us know in the comments below!".
            r"^(so,? )?(let us know|tell us|let me know|share your (thoughts|views|experiences?))\b.{0,60}\bin the comments( section| below)?\W{0,3}$",
            r"^(average( rating)?|rating|your rating)\s*:?\s*\(?not (yet )?rated\)?$",
            # A rating's average with its count, and the thanks for a vote: "4.6 out of 5 (212 votes)".
            r"^(rating:? \d([.,]\d{1,2})? ?/ ?5|\d([.,]\d{1,2})? out of 5( stars)?)( \(?\d[\d,.]* (votes?|ratings?)\)?)?$",
            r"^(you have|you've) already (voted|rated)( (this|for this) (article|story|recipe|post))?\W{0,3}$",
            r"^conversation$",
            # Comment forms and their small print.
            r"\bsave my name,? e-?mail,? and website\b",
            r"\bnotify me (of|via e-?mail|when)\b.{0,40}\b(comments?|replies|posts?|answers?)\b",
            r"\buses akismet\b",
            r"\bpowered by disqus\b",
            r"\bcomments? (are|is) (subject to|moderated|reviewed)\b",
            r"\bplease be respectful\b.{0,60}\bcomment",
            r"^(name|e-?mail|website|comment)\s*(\(required\)|\*)$",
            # A comment form's fields set on one line ("Name * Email ID *") and its limits.
            (r"^(name|e-?mail( id| address)?|website|message|subject|country|city)\s*\*\s+(name|e-?mail( id| address)?|website"
             r"|message|subject|country|city)\s*\*"),
            r"^(message|subject)\s*\*$",
            r"^(maximum|max\.?) (\d+ )?(characters|words)( allowed)?\b.{0,20}$",
            r"^post (your )?comments?\W{0,3}$",
            # Comment widgets: "Show more comments (20)", "Your comment will be reviewed".
            r"^(show|load|view|see) (more|new|all|older|newer) (comments|replies)\b",
            r"\byour comment (will be|has been|contains|is awaiting|was)\b",
            r"^(comment|log in|sign in) (via|with) \w+",
            r"^(all comments|add comment|post comment|reply|replies)$",
            # Comment forms: "Post your comment:", "Log in or register to comment", "You have 500 characters left".
            r"^((what do you think|have your say)\?\s*)?(post|add|leave|share|submit|write) your (comments?|thoughts|views|opinions?)\b",
            r"\b(log ?in|sign ?in) or register to (comment|post|reply)\b",
            r"\byou have (\d+ )?characters? (left|remaining)\b",
            r"^(your )?(name|e-?mail( address)?|comments?|location|town and country|image verification|security code"
            r"|(current )?word count)\s*:\s*\*?$",
            # Comment rules: "All comments subject to approval", "Comment posters are responsible for...".
            r"\bcomments? (are |is )?(subject to|limited to)\b",
            r"^comment (rules|guidelines|policy)\b",
            # The rules themselves: "Comments should not stray from the story", "We reserve the right to delete comments".
            r"^comments (on this (site|page|story) )?(are (to be used|intended|meant) for|should( not)?|must( not)?)\b",
            r"\b(we )?reserve the right to (delete|remove|edit|moderate) (any )?(comments|posts)\b",
            r"\bcomments are the (sole )?responsibility of\b",
            r"^if you believe (that )?a (comment|commenter|post)\b.{0,40}\b(guidelines|rules|terms)\b",
            r"\b(expressed|posted) in .{0,40}\bcomments (represent|are) (the|those of)\b",
            r"^report abuse$",
            r"^(comment posters|commenters|readers) are (solely )?responsible for\b",
            r"\b(conversation|discussion) is (semi-|pre-|post-)?moderated\b",
            r"^what (is|does) moderation( mean)?\?$",
            # Reader feedback under the story: "Was this article helpful?", "Did you find this guide useful?".
            r"^(was|is) (this|the) (article|story|page|post|guide|answer) (helpful|useful)\?",
            r"^did you (find|think) (this|the) (article|story|page|post|guide) (was )?(helpful|useful|interesting)\?",
            r"^(did you )?(like|enjoy) (this|the) (article|story|post)\?$",
            r"^thank(s| you) for your comments?\W*$",
            # Notes around the readers' comments: "The comments below are from readers...", "Tell us what you think".
            r"^(the )?(following|comments? (above|below)) (are|is) (comments? )?(from|by) (the |our )?readers\b",
            r"\bin no way do(es)? (they|it|these comments) represent the views?\b",
            r"\breport (offensive|inappropriate|abusive)( or (offensive|inappropriate|abusive))? (comments?|posts?)\b",
            r"\bwe will not (post|publish) (reader |readers' )?comments\b",
            # "If you post offensive comments, we will delete them", "...and add some feedback of your own!".
            (r"\b(offensive|obscene|abusive|inappropriate|hateful|racist) (comments|posts)\b.{0,60}\bwe (will|may|reserve the"
             r" right to) (delete|remove)\b"),
            # Only as the prompt says it ("of your own", "!"): "Residents have until Friday to add comments." is news.
            r"\badd (some |your )?(feedback|comments?|thoughts)( of your own\W{0,3}|\s*!)$",
            r"^tell us what you think\W{0,4}$",
            r"^comments?\s*(»|›|>>)$",
            r"^(readers?'?|your) (views|comments)( \(\d+\))?:?$",
            # Comment widgets still loading, or empty: "Loading comments...", "No comments yet".
            r"^loading (facebook |disqus )?comments\b.{0,10}$",
            r"^please enable javascript to view the comments\b",
            r"^(there are )?no comments( yet)?\W{0,3}$",
            # The comment section's heading, as blog software prints it: "3 thoughts on “Title”",
            # "One response to “Title”", "20 comments on this story".
            (r"^(one|\d+) (thoughts?|responses?|comments?|replies|reactions?) (on|to) "
             r"([“\"'‘„«‚»]|(this|the) (story|article|post|entry)\W{0,3}$)"),
            # Mistake reports.
            r"^(have you |did you )?(spot|spotted|find|found|notice|noticed|see|seen) (an? )?(error|mistake|typo|inaccuracy)\b.{0,80}$",
            r"^(report|flag) (an? )?(error|mistake|typo|correction)\W{0,3}$",
            # The newsroom's two prompts set in a row: "Report a typo Send us a news tip".
            r"^(report|flag) (an? )?(error|mistake|typo)\s*[|·•]?\s*(send|submit|share) (us )?a (news )?tip\W{0,3}$",
            r"^(write to|e-?mail|contact) us (at|on|via)\b.{0,40}@",
        ],
        # Each language: comment prompts and buttons, the comment form's small
        # print, and reader-feedback widgets ("Was this article helpful?").
        "it": [
            r"^(libro|registro) (delle|di) condoglianze\W{0,3}$",
            r"^(lascia|lasciate|invia|inviate|esprimi) (un messaggio di |le tue |il tuo )?(cordoglio|condoglianze)\b.{0,80}$",
            r"^(hai|avete) (provato|fatto|preparato) (questa|la|la nostra) ricetta\?",
            r"^(lascia|lasciare|scrivi|aggiungi) un commento\b", r"^devi essere connesso\b",
            r"^(rispondi|annulla risposta|commenta)$",
            r"\bil tuo indirizzo e-?mail non sarà pubblicato\b",
            r"\bi campi obbligatori sono (contrassegnati|indicati)\b",
            r"^\W*(vedi|mostra|leggi) (i |tutti i )?commenti( \(\d+\))?$",
            r"^(avvisami|notificami) (via e-?mail )?(in caso di|di|dei) (nuovi |ulteriori )?(commenti|risposte|articoli)\b",
            r"^(questo articolo|questa pagina) (ti )?è stat[oa] utile\?",
            r"^(ti|vi) è piaciut[oa] (questo articolo|questa storia|questo post|quest'articolo)\?",
            r"^(tutti )?i commenti (sono|saranno|vengono) (soggetti a moderazione|moderati)\b.{0,60}$",
            r"^(vota|valuta) questo (articolo|post)\W{0,3}$",
            r"^(non ancora votato|nessun voto)\W{0,3}$",
            r"^\d([.,]\d{1,2})? su 5( stelle)?( \(?\d[\d.]* (voti|valutazioni)\)?)?$",
            r"^(hai|ha) già (votato|valutato)\W{0,3}$",
            r"^(il tuo|il suo) commento\s*\*?$",
            r"^(sii il primo|commenta per primo|scrivi per primo)\b.{0,20}$",
            r"^(nessun|ancora nessun) commento\W{0,3}$",
            r"^(una?|\d+) (commenti|commento|risposte?|pensieri|pensiero) (su|a) [“\"'‘„«‚»]",
            r"^(i )?commenti (sono|sono stati) (chiusi|disattivati|disabilitati)\b.{0,40}$",
            r"^grazie per il (tuo )?commento\W{0,3}$",
            r"\bci riserviamo (il diritto )?di (cancellare|rimuovere|moderare|modificare) i commenti\b",
            # Mistake reports.
            r"^(hai|avete|ha) (trovato|notato|visto) un (errore|refuso)\b.{0,80}$",
            r"^segnala (un )?errore\W{0,3}$",
            r"^(\w+,? ){0,2}(fatecelo|fatemelo|fateci|diteci|ditemi|raccontateci|scriveteci)\b.{0,60}\bnei commenti\b",
        ],
        "de": [r"^jetzt kommentieren\W{0,3}$",
            r"^(online-?)?kondolenzbuch\W{0,3}$", r"^(jetzt )?kondolieren$",
            r"^(hinterlassen sie|hinterlasse|schreiben sie|schreibe) (eine|ihre|deine) (kondolenz|beileidsbekundung|anteilnahme)\b.{0,80}$",
            r"^(drücken sie|drücke) (ihre|deine) anteilnahme aus\b.{0,100}$",
            r"^(hast du|haben sie) (das|dieses|unser) rezept (ausprobiert|nachgekocht|nachgebacken|gemacht)\?",
            r"^(kommentar (schreiben|verfassen|hinterlassen|hinzufügen|posten|absenden|abschicken)|schreibe einen kommentar)\b",
            r"^(hinterlasse|hinterlassen sie) (einen|ihren|deinen) kommentar\b",
            r"^(gib|geben sie) hier (deinen|ihren) kommentar ein\b",
            r"^(antworten|antwort abbrechen|antworten abbrechen|antworten löschen|zu den kommentaren|kommentieren)$",
            r"\b(dein|ihr) kommentar (wird|wurde|muss|erscheint)\b",
            r"^\W*(alle )?kommentare (anzeigen|lesen|ansehen|einblenden)( \(\d+\))?$",
            r"^(hier klicken|klicke hier),? um das antworten abzubrechen\b",
            r"^(keine|noch keine) kommentare( vorhanden)?\s*:?$",
            r"^(\d+|ein) kommentare?\s*:$",
            r"^(aktuelle|neueste|letzte) kommentare\s*:?$",
            r"\b(deine|ihre) e-?mail-?adresse wird nicht veröffentlicht\b",
            r"\berforderliche felder sind mit \S+ markiert\b",
            r"^e-?mail \(wird nicht veröffentlicht\)",
            r"^(benachrichtige|informiere) mich (über|bei) .{0,40}\b(kommentare|kommentaren|beiträge|beiträgen|antworten)\b",
            r"^benachrichtigung bei (weiteren|neuen) (kommentaren|beiträgen)\b",
            r"^du kommentierst mit (deinem|ihrem)\b",
            r"^(gefällt|gefiel) (ihnen|dir) (dieser|dieses|diese) (artikel|beitrag|seite|rezept|text)\?",
            r"^(hat|haben) (dir|ihnen|euch) (das|dieses|unser) rezept (gefallen|geschmeckt)\?",
            r"^(war|ist) (dieser|dieses|diese) (artikel|beitrag|seite|text|rezept) hilfreich\?",
            r"^(hat|haben) (ihnen|dir|euch) (dieser|der|unser) (artikel|beitrag|text) gefallen\?",
            r"^(alle )?(kommentare|leserkommentare) werden (vor (der|ihrer) (veröffentlichung|freischaltung) )?(moderiert|geprüft)\b.{0,60}$",
            r"^(bewerten sie |bewerte )?(diesen|den) (artikel|beitrag)( bewerten)?\W{0,3}$",
            r"^(noch nicht bewertet|noch keine bewertungen?)\W{0,3}$",
            r"^\d([.,]\d{1,2})? (bei|aus|von) [\d.]+ (bewertungen|stimmen)$",
            r"^(mit )?(\d )?von 5 sternen( bewerten)?$",
            r"^(sie haben|du hast) (bereits|schon) (abgestimmt|bewertet)\W{0,3}$",
            r"^wie hat (ihnen|dir) (dieser|dieses|diese) (artikel|beitrag|rezept|text|seite) gefallen\?",
            r"^feedback zu (dieser|der) seite( geben)?$",
            r"^(ihr|dein) kommentar\s*\*?$",
            r"^(bisher |noch )+(keine|kein) kommentare?( vorhanden)?\W{0,3}$",
            r"^sei (der|die) erste,? (der|die) (kommentiert|einen kommentar (schreibt|verfasst))\W{0,3}$",
            r"^(netiquette|kommentarregeln)( für (kommentare|die kommentare))?$",
            r"^kommentare werden geladen\b.{0,10}$",
            r"^(ein|einen|\d+) (gedanken?|kommentare?|antworten?|reaktionen?) (zu|auf) [“\"'‘„«‚»]",
            r"^(die )?(kommentare|kommentarfunktion) (sind|ist|wurden?) .{0,40}\b(deaktiviert|geschlossen)\W{0,3}$",
            r"^(vielen )?dank für (ihren|deinen) kommentar\W{0,3}$",
            r"\bwir behalten uns (das recht )?vor,? (kommentare|beiträge) .{0,40}\b(löschen|entfernen|kürzen|bearbeiten)\b",
            r"\b(die redaktion|wir) (behält|behalten) sich (das recht )?vor,? (kommentare|beiträge)\b",
            r"^ich möchte (bei|über) .{0,40}\b(kommentar\w*|antworten)\b.{0,20}\bbenachrichtigt werden\b",
            # Mistake reports.
            r"^(sie müssen|du musst) (angemeldet|eingeloggt|registriert) sein,? um (einen kommentar|kommentare|zu kommentieren)\b.{0,40}$",
            r"^(sie haben|du hast|haben sie|hast du|habt ihr) einen( inhaltlichen)? fehler (entdeckt|gefunden|bemerkt)\b.{0,80}$",
            r"^fehler (entdeckt|gefunden|gesehen)\?.{0,80}$",
            r"^(einen )?fehler melden\W{0,3}$",
            r"^(schreiben sie|schreib|schreibt) uns\b.{0,60}@",
            # "Verraten Sie uns in den Kommentaren: ...", "Schreibt es mir gern in die Kommentare!"
            (r"^(und (sie|du|ihr)\?\s*)?((verraten|schreiben|sagen|erzählen) sie( (es|uns|mir|gerne?|doch))*|(verrate|verratet"
             r"|schreib|schreibe|schreibt|sag|sagt|erzähl|erzählt)( (es|uns|mir|gerne?|doch))+) (unten )?(in den kommentaren"
             r"|in die kommentare|in der kommentarspalte|im kommentarbereich)\b"),
        ],
        "fr": [
            r"^(livre|registre) de(s)? condoléances\W{0,3}$",
            r"^(laissez|laisser|déposez|déposer|présentez|présenter|adressez|envoyez) (un message de |vos |des )?condoléances\b.{0,80}$",
            r"^(vous avez|tu as) (testé|essayé|réalisé|fait) (cette|la|notre) recette\s?\?",
            r"^(laisser|ajouter|écrire|poster) un commentaire\b",
            r"^(laisser|écrire) une réponse\b",
            r"^(répondre|annuler la réponse|commenter|signaler un abus)$",
            r"\bvotre commentaire (sera|doit|apparaîtra|est en attente)\b",
            r"^\W*(voir|afficher|lire) (les |tous les )?commentaires( \(\d+\))?$",
            r"\bvotre adresse (e-?mail|de messagerie|courriel) ne sera pas publiée\b",
            r"\bles champs obligatoires sont indiqués\b",
            r"^(prévenez-moi|avertissez-moi|informez-moi) (de tous les nouveaux|des nouveaux|par e-?mail)\b",
            r"^(cet article|cette page) vous a-t-(il|elle) (été utile|plu)\s*\?",
            r"^(cet article|cette page|ce contenu) vous a (intéressée?s?|plu|été utile)\s*\?",
            r"^(tous )?les commentaires (sont|seront) (modérés|soumis à (une )?modération)\b.{0,60}$",
            r"^(notez|évaluez|noter|évaluer) cet article\W{0,3}$",
            r"^(pas encore noté|aucune note)\W{0,3}$",
            r"^\d([.,]\d{1,2})? sur 5( étoiles)?( \(?\d[\d.]* (votes?|avis|notes?)\)?)?$",
            r"^(vous avez|tu as) déjà (voté|noté)\W{0,3}$",
            r"^(votre|ton) commentaire\s*\*?$",
            r"^soyez (le premier|la première) à (commenter|réagir)\W{0,3}$",
            r"^(aucun commentaire|pas (encore )?de commentaires?)( pour (le moment|l'instant))?\W{0,3}$",
            r"^(une?|\d+) (réflexions?|commentaires?|réponses?) (sur|à) [“\"'‘„«‚»]",
            r"^(les )?commentaires (sont|ont été) (fermés|désactivés|clos)\b.{0,40}$",
            r"^merci pour votre commentaire\W{0,3}$",
            r"\bnous nous réservons le droit de (supprimer|modérer|retirer|modifier) (les |tout |tous les )?commentaires?\b",
            # Mistake reports.
            r"^(vous avez|tu as|avez-vous) (repéré|trouvé|remarqué|vu) une (erreur|faute|coquille)\b.{0,80}$",
            r"^signaler une (erreur|faute|coquille)\W{0,3}$",
            r"^(\w+,? ){0,2}(dites|dis|racontez|raconte|partagez|partage)[- ](le[- ])?(nous|moi)( tout)?\b.{0,40}\b(en|dans les) commentaires?\b",
            # The reactions, as French sites name their comments ("Réactions (2)", "Réagir à cet article"), and the
            # login they ask for first, as English's "You must be logged in to post a comment".
            # "Réactions" alone only with its count: without one, it is a story's subheading over the reactions.
            r"^(réagir|réactions? \(\d+\))$", r"^réagir à (cet article|l['’]article)\W{0,3}$",
            (r"^(vous devez|il faut) être (connectée?|inscrite?|abonnée?)s? pour (publier|poster|laisser|écrire|ajouter) un"
             r" commentaire\b.{0,40}$"),
            r"^pour (réagir|commenter),? (connectez-vous|identifiez-vous|abonnez-vous)\b.{0,40}$",
        ],
        "es": [
            r"^libro de (condolencias|pésame)\W{0,3}$",
            r"^(deja|deje|dejar|envía|envíe|enviar|expresa|exprese) (tus|sus|un mensaje de) (condolencias|pésame)\b.{0,80}$",
            r"^¿(has|habéis|ha) (hecho|preparado|probado) (esta|la|nuestra) receta\?",
            r"^(deja|dejar|añadir|escribe|escribir) (un|tu|una) (comentario|respuesta)\b",
            r"^(responder|cancelar respuesta|comentar)$",
            r"\b(tu|su) comentario (será|debe|aparecerá|está pendiente)\b",
            r"^\W*(ver|mostrar|leer) (los |todos los )?comentarios( \(\d+\))?$",
            r"\btu (dirección de )?(correo electrónico|e-?mail) no (será|se) publicad[oa]\b",
            r"\blos campos obligatorios están marcados\b",
            r"^(notificarme|avísame|recibir un aviso) (de|por e-?mail de|cuando haya) (los )?(nuevos|nuevas) (comentarios|entradas|respuestas)\b",
            r"^¿(te|le) (resultó|ha resultado|fue) útil (este artículo|esta nota|esta página|esta información)\?",
            r"^¿(te|le|os) ha(n)? gustado (este artículo|esta nota|esta noticia|este post|esta historia)\?",
            r"^(todos )?los comentarios (están sujetos a|son sometidos a|serán sometidos a) (la )?moderación\b.{0,60}$",
            r"^(valora|califica|vota) (este artículo|esta noticia|esta nota)\W{0,3}$",
            r"^(sin valorar|sin votos|aún sin votos)\W{0,3}$",
            r"^\d([.,]\d{1,2})? de 5( estrellas)?( \(?\d[\d.]* (votos?|valoraciones)\)?)?$",
            r"^(ya has|ya ha|usted ya ha) (votado|valorado)\W{0,3}$",
            r"^(tu|su) comentario\s*\*?$",
            r"^sé (el primero|la primera) en (comentar|opinar)\W{0,3}$",
            r"^(no hay|sin|aún no hay|todavía no hay) comentarios( todavía| aún)?\W{0,3}$",
            r"^(una?|\d+) (comentarios?|respuestas?|pensamientos?) (en|a|sobre) [“\"'‘„«‚»]",
            r"^(los )?comentarios (están|han sido) (cerrados|desactivados)\b.{0,40}$",
            r"^gracias por (tu|su) comentario\W{0,3}$",
            r"\bnos reservamos el derecho (a|de) (eliminar|borrar|moderar|editar) (los )?comentarios\b",
            # Mistake reports.
            r"^¿?(has|ha|han) (encontrado|visto|detectado) (un|algún) (error|errata)\b.{0,80}$",
            r"^(notificar|reportar|informar de|avisar de) (un )?error\W{0,3}$",
            r"^([¿¡]?\w+[,?!]? ){0,2}[¿¡]?(cuéntanos|cuéntame|dinos|contanos|contame|déjanos|dejanos)\b.{0,60}\ben (los )?comentarios\b",
            r"^(debes|tienes que|necesitas|es necesario) (iniciar sesión|estar registrad[oa]|registrarte|identificarte) para (comentar|dejar un comentario|publicar un comentario)\b.{0,40}$",
        ],
        "pl": [
            r"^księga kondolencyjna\W{0,3}$",
            r"^(złóż|złóżcie|wpisz|przekaż) kondolencje\b.{0,80}$",
            r"^(zrobiłeś|zrobiłaś|wypróbowałeś|wypróbowałaś|upiekłeś|upiekłaś) (ten|nasz) przepis\?",
            r"^(dodaj|napisz|zostaw) (komentarz|odpowiedź)\b",
            r"^(odpowiedz|anuluj pisanie odpowiedzi|anuluj odpowiedź|skomentuj|wyślij komentarz)$",
            r"^pokaż (odpowiedzi|więcej komentarzy|wszystkie komentarze)( \(\d+\))?$",
            r"^\W*(zobacz|czytaj) (komentarze|wszystkie komentarze)( \(\d+\))?$",
            r"\btwój komentarz (może|zostanie|pojawi)\b",
            r"\btwój adres e-?mail nie zostanie opublikowany\b",
            r"\bwymagane pola (są )?oznaczone\b",
            r"^(powiadom mnie|powiadamiaj mnie) o (nowych|kolejnych) (komentarzach|wpisach|odpowiedziach)\b",
            r"^czy (ten artykuł|ta strona|ten tekst) (był|była) (pomocny|pomocna|przydatny|przydatna)\?",
            r"^czy (ten artykuł|ten tekst|ten poradnik) (był|okazał się) (dla (ciebie|pana|pani|was) )?(pomocny|przydatny|ciekawy|interesujący)\?",
            r"^(wszystkie )?komentarze (są|będą) (moderowane|sprawdzane przed publikacją)\b.{0,60}$",
            r"^oceń (ten artykuł|ten tekst|ten wpis)\W{0,3}$",
            r"^(brak ocen|jeszcze nie oceniono)\W{0,3}$",
            r"^ocena:? \d([.,]\d{1,2})? ?/ ?5( \(?\d[\d.]* (głos(y|ów)?|ocen[ay]?)\)?)?$",
            r"^(już (głosowałeś|głosowałaś|oceniłeś|oceniłaś)|oddałeś już głos)\W{0,3}$",
            r"^(twój )?komentarz\s*\*$",
            r"^skomentuj( lub udostępnij)?$",
            r"^bądź pierwsz(y|a),? (który|która|kto) (skomentuje|doda komentarz)\W{0,3}$",
            r"^(brak|nie ma jeszcze) komentarzy\W{0,3}$",
            r"^(jedna|jeden|\d+) (komentarz[ey]?|komentarzy|odpowiedzi|odpowiedź|myśli|myśl) (do|na temat) [“\"'‘„«‚»]",
            r"^(komentarze|możliwość komentowania) (są |jest |została )?(wyłączon[ae]|zamknięt[ae])\b.{0,40}$",
            r"^dziękujemy za (twój )?komentarz\W{0,3}$",
            r"\bzastrzegamy sobie prawo do (usuwania|moderowania|edytowania) komentarzy\b",
            # Mistake reports.
            r"^(zauważyłeś|zauważyłaś|zauważyłeś/aś|znalazłeś|znalazłaś) (błąd|literówkę)\b.{0,80}$",
            r"^zgłoś błąd\W{0,3}$",
            r"^(\w+,? ){0,2}(dajcie|daj|napiszcie|napisz)( (nam|mi))?\b.{0,60}\bw komentarzach\b",
            r"^(musisz|należy) (się zalogować|być zalogowan[ya]),? (aby|by|żeby) (dodać|napisać|opublikować) komentarz\b.{0,40}$",
        ],
        "uk": [r"^(додати|залишити|написати) коментар\b", r"^(відповісти|коментарі)( \(\d+\))?$",
               r"^(знайшли|помітили) (помилку|друкарську помилку)\b.{0,80}$",
               r"^оцініть (цю )?(статтю|матеріал|публікацію|новину|допис|рецепт)\W{0,3}$",
               r"^(щоб|для того щоб) (залишити|написати|додати) коментар\b.{0,60}$",
               r"^залишити відповідь\W{0,3}$", r"\bваша адреса (e-?mail|електронної пошти) не (буде опублікована|оприлюднюватиметься)\b"],
        "cs": [r"^(přidat|napsat|vložit) (komentář|příspěvek)\b",
               # "Diskuse (12)", "Diskuse k článku (16 příspěvků)": the thread's heading with its count.
               (r"^(diskuse|diskuze|komentáře|odpovědět)( k článku)?"
                r"( \(\d+( (příspěvků|příspěvky|příspěvek|komentářů|komentáře|komentář))?\))?$"),
               r"^(pro (přidání|vložení|napsání) komentáře|(komentovat|diskutovat) mohou jen)\b.{0,60}$",
               r"^(zatím )?(žádné komentáře|bez komentářů)\W{0,3}$", r"^(našli jste|našel jste|vidíte) chybu\b.{0,80}$",
               r"^ohodnoťte (tento |tenhle )?(článek|příspěvek|recept)\W{0,3}$",
               r"^(zobrazit|vstoupit do|přejít do) (diskus[ei]|diskuz[ei]|komentář[eů])( \(\d+\))?$",
               r"^(byl|byla|bylo) (pro vás|vám) (tento |tato |toto )?(článek|návod|stránka|text) (užitečný|užitečná|užitečné|přínosný)\?",
               r"^(byl|byla) (tento článek|tento návod|tato stránka) (pro vás )?(užitečný|užitečná|přínosný)\?",
               r"^(všechny )?komentáře (podléhají moderaci|jsou moderovány|procházejí moderací)\b.{0,60}$",
               r"\bvaše e-?mailová adresa nebude zveřejněna\b"],
        "sv": [r"^(skriv|lämna) (en )?kommentar\b", r"^(kommentarer|kommentera|svara)( \(\d+\))?$",
               r"^du måste (vara inloggad|logga in) för att (kommentera|skriva)\b.{0,40}$",
               r"^inga kommentarer( än| ännu)?\W{0,3}$", r"^(visa|läs) (alla )?kommentarer( \(\d+\))?$",
               r"^(har du )?hittat (ett )?(fel|stavfel)\b.{0,80}$",
               r"^(var|är) (artikeln|den här artikeln|sidan|texten) (till hjälp|användbar|intressant)\?",
               r"^(alla )?kommentarer(na)? (modereras|granskas)( innan de publiceras)?\b.{0,60}$",
               r"^lämna ett svar\W{0,3}$", r"\bdin e-?postadress kommer inte (att )?publiceras\b"],
        "da": [r"^(skriv|tilføj) en kommentar\b", r"^(\d+ )?kommentarer( \(\d+\))?$", r"^(skriv et svar|efterlad en kommentar)\W{0,3}$",
               r"^(ingen kommentarer( endnu)?|vis (alle )?kommentarer)\W{0,3}$",
               r"\bdin e-?mailadresse (vil ikke blive|bliver ikke) (publiceret|offentliggjort)\b",
               r"^(du skal (være logget ind|logge ind)|log ind) for at (kommentere|skrive en kommentar|kunne kommentere)\b.{0,40}$"],
        "no": [r"^(skriv|legg igjen) en kommentar\b", r"^(\d+ )?kommentarer( \(\d+\))?$", r"^(legg igjen et svar|skriv et svar)\W{0,3}$",
               r"^(ingen kommentarer( ennå)?|vis (alle )?kommentarer)\W{0,3}$",
               r"\b(din e-?postadresse|e-?postadressen din) vil ikke bli publisert\b",
               r"^(du må (være logget inn|logge inn)|logg inn) for å (kommentere|publisere en kommentar|skrive en kommentar)\b.{0,40}$"],
        "fi": [r"^(kirjoita|jätä) (uusi )?kommentti\b", r"^kommentit( \(\d+\))?$", r"^(kommentoi|ei kommentteja|näytä kommentit)\W{0,3}$",
               r"\bsähköpostiosoitettasi ei julkaista\b",
               r"^(kirjaudu( sisään)?|sinun (täytyy|pitää) (olla kirjautuneena|kirjautua( sisään)?)) kommentoidaksesi\b.{0,40}$"],
        "tr": [r"^(yorum (yaz|yap|ekle)|yorumunuzu (yaz[ıi]n|b[ıi]rak[ıi]n)|bir yorum (yaz[ıi]n|b[ıi]rak[ıi]n|yap[ıi]n))\b",
               r"^(bu )?(tarifi|yaz[ıi]y[ıi]|haberi|makaleyi) (puanlay[ıi]n|değerlendirin|oylay[ıi]n)\W{0,3}$",
               r"^(yorumlar|yorum yap|yan[ıi]tla)( \(\d+\))?$",
               r"^yorum (yapabilmek|yapmak|yazabilmek) için .{0,40}\b(giriş|üye)\b.{0,30}$",
               r"^(henüz )?(hiç )?yorum (yok|yap[ıi]lmam[ıi]ş)\W{0,3}$", r"^bir yan[ıi]t (yaz[ıi]n|b[ıi]rak[ıi]n)\W{0,3}$",
               r"^(bu habere )?(henüz )?(hiç )?yorum yap[ıi]lmam[ıi]ş\b.{0,60}$",
               (r"\b(içeren|içerikli) yorumlar (onaylanmaz|onaylanmamaktad[ıi]r|yay[ıi]nlanmaz|yay[ıi]nlanmamaktad[ıi]r|silinir"
                r"|silinecektir)\b"),
               r"\be-?posta adresiniz (yay[ıi]mlanmayacak|yay[ıi]nlanmayacak)\b"],
        "ro": [r"^(lasă|adaugă|scrie) un comentariu\b", r"^comentarii( \(\d+\))?$", r"^(lasă un răspuns|niciun comentariu)\W{0,3}$",
               r"\badresa ta de e-?mail nu va fi publicată\b",
               r"^trebuie să fii (autentificat|conectat) (pentru a|ca să) (publica|posta|scrie|lăsa) un comentariu\b.{0,20}$"],
        # Scripts without case, and languages the tables had none for: the form's call, the section's heading.
        "ar": [r"^(أضف|اترك|اكتب|أرسل) (تعليقا|تعليقاً|تعليقك|تعليق)\b", r"^(التعليقات|تعليقات)( \(\d+\))?$",
               r"^(سجل|سجّل) (الدخول|دخولك) (لإضافة|لكتابة|للتعليق|لتتمكن من التعليق)\b.{0,30}$",
               r"^(اترك ردا|اترك رداً|لا توجد تعليقات)\W{0,3}$", r"لن يتم نشر عنوان بريدك الإلكتروني"],
        # ... and the count before the word: "6 תגובות", "12 komentarjev".
        "he": [r"^(הוסיפו|הוסף|כתבו|השאירו|הוספת) תגובה\b", r"^(\d+ )?(תגובות|הגב|הגיבו)( \(\d+\))?$"],
        "fa": [r"^نظر (خود|خودتان) را (بنویسید|ثبت کنید)\W{0,3}$", r"^(ارسال|ثبت) (نظر|دیدگاه)\b", r"^(نظرات|دیدگاه‌ها|دیدگاه ها)( \(\d+\))?$"],
        "hi": [r"^(अपनी )?टिप्पणी (लिखें|करें)\W{0,3}$", r"^(कमेंट|टिप्पणी) (करें|लिखें)\b", r"^(टिप्पणियां|टिप्पणियाँ|कमेंट्स)( \(\d+\))?$"],
        "vi": [r"^(viết|gửi) bình luận\b", r"^(bình luận|ý kiến bạn đọc)( \(\d+\))?$",
               r"^bạn (phải|cần) đăng nhập (để|mới có thể) (gửi |viết )?bình luận\b.{0,30}$",
               r"^(để lại một bình luận|chưa có bình luận( nào)?)\W{0,3}$", r"\bemail của bạn sẽ không được hiển thị công khai\b"],
        # ... "Γράψτε το σχόλιό σας" (the clitic's second accent), and the sign-in line.
        "el": [r"^(γρ[άα]ψτε|αφ[ήη]στε|προσθ[έε]στε) (ένα |ενα |το )?σχ[όο]λι[οό]\b", r"^σχ[όο]λια( \(\d+\))?$",
               r"^πρέπει να (συνδεθείτε|είστε συνδεδεμένος|είστε συνδεδεμένοι) για να (αναρτήσετε|γράψετε|αφήσετε|σχολιάσετε)\b.{0,40}$",
               r"^(αφήστε μια απάντηση|δεν υπάρχουν σχόλια)\W{0,3}$",
               r"\bη διεύθυνση (email|ηλεκτρονικού ταχυδρομείου) σας δεν (θα δημοσιευθεί|δημοσιεύεται)\b"],
        # Indonesian and Malay.
        "id": [r"^(tulis|kirim|beri|tinggalkan) (komentar|komen)\b", r"^(komentar|komen|balas)( \(\d+\))?$",
               r"^(tinggalkan balasan|belum ada komentar)\W{0,3}$", r"\balamat email anda tidak akan (dipublikasikan|ditampilkan)\b",
               r"^(anda harus|silakan) (masuk|login|log in) (untuk|agar bisa|untuk dapat) (mengirim|menulis|memberi|berkomentar)\b.{0,30}$"],
        "sw": [r"^(andika|toa|acha) maoni\b", r"^maoni( \(\d+\))?$"],
        # The comments' heading with its count, and the form's sign-in line ("Inicia la sessió per comentar").
        "ca": [r"^(comentaris|deixa un comentari)( \(\d+\))?$", r"^inicia (la )?sessió per (comentar|deixar un comentari)\b.{0,30}$"],
        "ms": [r"^(sila )?log masuk untuk (memberi|menulis|meninggalkan) komen\b.{0,30}$"],
        "sq": [r"^(komente|lini një koment|shkruani një koment)( \(\d+\))?$", r"^(hyni|identifikohuni) për të komentuar\b.{0,30}$"],
        "is": [r"^(athugasemdir|skrifa athugasemd)( \(\d+\))?$", r"^skráðu þig inn til að (skrifa|gera) athugasemd\b.{0,30}$"],
        "az": [r"^(şərhlər|şərh yazın)( \(\d+\))?$", r"^şərh yazmaq üçün (daxil olun|qeydiyyatdan keçin)\b.{0,30}$"],
        "bn": [r"^মন্তব্য( \([\d০-৯]+\))?$", r"^মন্তব্য করতে (লগইন|লগ ইন) করুন.{0,30}$"],
        "ta": [r"^(கருத்துகள்|கருத்துக்கள்)( \(\d+\))?$", r"^கருத்து (தெரிவிக்க|பதிவிட) உள்நுழை.{0,30}$"],
        "ka": [r"^კომენტარები( \(\d+\))?$", r"^კომენტარის (დასატოვებლად|დასაწერად) (გაიარეთ ავტორიზაცია|შედით).{0,30}$"],
        "hy": [r"^մեկնաբանություններ( \(\d+\))?$", r"^մեկնաբանելու համար (մուտք գործեք|գրանցվեք).{0,30}$"],
        "ur": [r"^(تبصرے|تبصرہ کریں)( \(\d+\))?$", r"^تبصرہ کرنے کے لیے (لاگ ان|سائن ان) کریں.{0,30}$"],
        "mk": [r"^(најавете се|најави се) за да (коментирате|коментираш|оставите коментар).{0,30}$"],
        "kk": [r"^пікірлер( \(\d+\))?$", r"^пікір (қалдыру|жазу) үшін (жүйеге кіріңіз|тіркеліңіз).{0,30}$"],
        "th": [r"^(แสดงความคิดเห็น|ความคิดเห็น)\s*(\(\d+\))?$"],
        # Croatian, Serbian (both scripts), Bosnian; Bulgarian; Slovak.
        "hr": [r"^(napišite|ostavite|dodajte|напишите|оставите) (komentar|коментар)\b",
               r"^(\d+ )?(komentari|komentara|коментари|коментара)( \(\d+\))?$"],
        "bg": [r"^(напишете|оставете|добавете) коментар\b", r"^(\d+ )?(коментари|коментара|отговори)( \(\d+\))?$"],
        "sk": [r"^(pridať|napísať) komentár\b", r"^(\d+ )?(diskusia|komentáre|komentárov)( \(\d+\))?$",
               r"^pre (pridanie|pridávanie|napísanie|vloženie) komentár(a|ov)\b.{0,60}$"],
        "sl": [r"^(dodaj|napiši|oddaj) komentar\b", r"^(\d+ )?(komentarji|komentarjev|komentarja)( \(\d+\))?$"],
        "lt": [r"^(rašyti|parašyti|palikti) komentarą\b", r"^(\d+ )?(komentarai|komentarų)( \(\d+\))?$"],
        "lv": [r"^(komentēt|pievienot komentāru|raksti komentāru)\W{0,3}$", r"^(rakstīt|pievienot) komentāru\b", r"^(\d+ )?(komentāri|komentāru)( \(\d+\))?$"],
        "et": [r"^(kirjuta|lisa) kommentaar\b", r"^(\d+ )?(kommentaarid|kommentaari)( \(\d+\))?$"],
        "hu": [r"^(szólj hozzá|írj hozzászólást|hozzászólások|hozzászólás írása)( \(\d+\))?\W{0,3}$",
               r"^(értékelje|értékeld) (a|ezt a) (cikket|receptet|bejegyzést)\W{0,3}$",
               r"^vélemény, hozzászólás\?$", r"\baz e-?mail[- ]?címet nem tesszük közzé\b",
               r"^hozzászólás(hoz| küldéséhez| írásához) (be kell jelentkezni|be kell jelentkeznie|be kell jelentkezned|jelentkezz be|jelentkezzen be)\b.{0,20}$"],
        # ... its count in brackets, with its counter word or without: "コメント（5件）".
        "ja": [r"^(コメント|コメントを(書く|する|投稿する|見る|表示)|コメント一覧)\s*[(（]?\d*件?[)）]?$",
               r"^コメント(する|を投稿する|を書く)(には|ためには).{0,10}ログイン.{0,20}$", r"^(コメントを残す|返信する)$",
               r"メールアドレスが公開されることはありません"],
        # ... and the sign-in line: "로그인 후 댓글을 작성할 수 있습니다", "댓글을 작성하려면 로그인하세요".
        "ko": [r"^(댓글|댓글 (쓰기|달기|보기))( \d+)?$", r"^답글( 달기| 남기기)?$", r"^로그인 ?(후|하시면|하셔야|하면) 댓글.{0,30}$",
               r"^댓글을 (작성|입력|남기)(하|시)?려면 로그인.{0,30}$"],
        "ru": [r"^оставьте (свой )?комментарий\W{0,3}$", r"^(добавить|оставить|написать) комментарий\b", r"^(ответить|комментарии|отменить ответ)( \(\d+\))?$",
               r"^(чтобы|для того чтобы) (оставить|написать|добавить) комментарий\b.{0,60}$",
               r"^(войдите|авторизуйтесь),? чтобы (оставить|написать|прокомментировать)\b.{0,40}$",
               r"^(нет комментариев|комментариев (пока |еще |ещё )?нет)\W{0,3}$",
               r"^(показать|смотреть|читать) (все )?комментарии( \(\d+\))?$", r"^(обсуждение|обсудить)( \(\d+\))?$",
               # Mistake reports: "Нашли ошибку? Выделите её и нажмите Ctrl+Enter".
               r"^(нашли|заметили) (ошибку|опечатку)\b.{0,80}$",
               # The call to rate the article, as English's "Rate this article": "Оцените статью".
               r"^оцените (эту )?(статью|материал|публикацию|новость|запись|рецепт)\W{0,3}$",
               r"\bваш (адрес )?e-?mail не будет опубликован\b", r"\bобязательные поля помечены\b"],
        "zh": [r"^(发表评论|我要评论|网友评论|查看(全部|更多)评论|回复)\s*[:：]?$", r"^(评论|留言)\s*[(（]?\d*[)）]?$",
               r"^已有\d+(人|条)(参与|评论)", r"^请?(先)?登录(后)?(再)?(发表|参与)?(评论|留言).{0,10}$",
               r"^(暂无评论|还没有评论|暂无留言).{0,10}$", r"^(热门评论|最新评论|全部评论)\s*[(（]?\d*[)）]?$",
               r"^(发现错误|我要纠错|纠错)\s*[:：?？]?.{0,40}$"],
        "pt": [
            r"^livro de (condolências|pêsames)\W{0,3}$",
            r"^(deixe|deixa|envie|envia|expresse) (as suas |suas |uma mensagem de )?(condolências|pêsames)\b.{0,80}$",
            r"^(fez|fizeram|experimentou|testou|preparou) (essa|esta|a|nossa) receita\?",
            r"^(deixe|escreva|adicione|deixar) (um|o seu|seu|uma) (comentário|resposta)\b",
            # The form's sign-in line: "Você precisa fazer login para comentar", "Tem de iniciar sessão para comentar".
            (r"^(você precisa|é necessário|tem de|precisa) (fazer login|estar logad[oa]|iniciar sessão|entrar) (para|pra) "
             r"(comentar|publicar um comentário)\b.{0,40}$"),
            r"^(responder|cancelar resposta|comentar)$",
            r"\b(o )?seu (endereço de )?e-?mail não será publicado\b",
            r"\bcampos obrigatórios (são|estão) marcados\b",
            r"^\W*(ver|mostrar|ler) (os |todos os )?comentários( \(\d+\))?$",
            r"^(notifique-me|avise-me) (de|sobre|por e-?mail sobre) (novos|novas) (comentários|publicações|posts|respostas)\b",
            r"^(este artigo|esta página|esta notícia) (foi|lhe foi) útil\?",
            r"^(gostou|gostaste) (deste artigo|desta notícia|deste texto|deste post)\?",
            r"^(todos )?os comentários (estão sujeitos a|são sujeitos a|são) (moderação|moderados)\b.{0,60}$",
            r"^(avalie|classifique) (este artigo|esta matéria|esta notícia)\W{0,3}$",
            r"^(sem avaliações|ainda sem avaliações)\W{0,3}$",
            r"^(seu|o seu|teu|o teu) comentário\s*\*?$",
            r"^seja o primeiro a comentar\W{0,3}$",
            r"^(nenhum comentário|sem comentários|ainda sem comentários)\W{0,3}$",
            r"^(uma?|\d+) (comentários?|respostas?|pensamentos?) (em|para|sobre) [“\"'‘„«‚»]",
            r"^(os )?comentários (estão|foram) (fechados|encerrados|desativados)\b.{0,40}$",
            r"^obrigad[oa] pelo (seu )?comentário\W{0,3}$",
            r"\breservamo-nos o direito de (apagar|remover|moderar|editar) (os )?comentários\b",
            # Mistake reports.
            r"^(encontrou|viu|detectou|notou) (um|algum) (erro|gralha)\b.{0,80}$",
            r"^(reportar|comunicar|assinalar) (um )?erro\W{0,3}$",
            r"^(\w+,? ){0,2}(conte|conta|diga|digam|contem|deixe|deixem)[- ]?(nos|me|pra gente|para nós)?\b.{0,60}\bnos comentários\b",
        ],
        "nl": [
            r"^(online )?condoleanceregister\W{0,3}$",
            r"^(laat|plaats|schrijf) (een|uw|je) condoleance\b.{0,80}$", r"^(condoleer|condoleren)$",
            r"^(laat|plaats|schrijf) (een|je|uw) (reactie|commentaar)( achter)?\b",
            r"^(reageer|reageren|beantwoorden|annuleer reactie|antwoord annuleren)$",
            r"\b(je|uw) e-?mailadres wordt niet gepubliceerd\b",
            r"^(je moet|u moet) (ingelogd zijn|inloggen) om (een reactie te plaatsen|te reageren)\b.{0,40}$",
            r"\bvereiste velden zijn gemarkeerd\b",
            r"^\W*(bekijk|toon|lees) (alle )?reacties( \(\d+\))?$",
            r"^(stuur mij een e-?mail|houd mij op de hoogte|breng me op de hoogte) (bij|als|van) (nieuwe|vervolg)\w* (reacties|berichten)\b",
            r"^(was dit artikel|was deze pagina|vond je dit artikel) (nuttig|handig)\?",
            r"^(vond je|vond u|vonden jullie) dit (artikel|bericht|verhaal) (interessant|leuk|nuttig)\?",
            r"^(alle )?reacties worden (eerst )?(gemodereerd|gecontroleerd)\b.{0,60}$",
            r"^beoordeel (dit artikel|dit bericht)\W{0,3}$",
            r"^(nog niet beoordeeld|nog geen beoordelingen)\W{0,3}$",
            r"^(je|uw) reactie\s*\*?$",
            r"^(wees de eerste|reageer als eerste)( om te reageren)?\W{0,3}$",
            r"^(nog )?geen reacties( geplaatst)?\W{0,3}$",
            r"^(een|één|\d+) (gedachten?|reacties?) (over|op) [“\"'‘„«‚»]",
            r"^(de )?reacties (zijn|werden) (gesloten|uitgeschakeld)\b.{0,40}$",
            r"^bedankt voor (je|uw) reactie\W{0,3}$",
            r"\bwij behouden ons het recht voor (om )?reacties .{0,30}\b(verwijderen|aan te passen|in te korten)\b",
            # Mistake reports.
            r"^(een )?(fout|typfout|foutje) (gezien|gevonden|ontdekt)\?.{0,80}$",
            r"^(heb je|hebt u|heeft u) een fout (gezien|gevonden|ontdekt)\b.{0,80}$",
            r"^(meld|rapporteer) een fout\W{0,3}$",
            r"^(\w+,? ){0,2}(laat (het )?(ons|me|mij) (het )?weten|vertel (het )?(ons|me|mij))\b.{0,60}\bin de (reacties|comments)\b",
        ],
        # ... with blog software's colon after the count: "11 comments:", "3 comentarios:".
        "any": [r"^(\d+\s+)?(kommentare?|commentaires?|comentarios?|commenti|comentários?|reacties?|komentarz[ey]?|komentarzy)( \(\d+\))?\s*:?$"],
    },
    examples=[
        # A recipe's question whether the reader liked it, and the newsroom's prompts in a row; a story's stay.
        Example("Serve it warm.\nHat dir das Rezept gefallen? Dann bewerte es mit Sternen!\nDid you like this recipe?\n"
                "Report a typo Send us a news tip",
                removed=("Hat dir das Rezept gefallen? Dann bewerte es mit Sternen!", "Did you like this recipe?",
                         "Report a typo Send us a news tip")),
        Example("Hat dir das Rezept deiner Oma nie gefallen, fragte der Koch.\nDid you like the recipe for the old bread, "
                "she asked her grandmother, who laughed."),
        # An obituary's condolence book and its prompts, in each language; a story's condolences stay.
        Example("Er starb am Montag im Alter von 84 Jahren.\nKondolenzbuch\n"
                "Hinterlassen Sie eine Kondolenz oder zünden Sie eine Kerze an.\nJetzt kondolieren\n"
                "Drücken Sie Ihre Anteilnahme aus und schreiben Sie einen Eintrag.\nSign the guest book\n"
                "Leave a condolence for the family\nLivre de condoléances\nLaissez un message de condoléances\n"
                "Libro de condolencias\nDeja tus condolencias a la familia\nLibro delle condoglianze\n"
                "Lascia un messaggio di cordoglio\nLivro de condolências\nDeixe as suas condolências\n"
                "Condoleanceregister\nLaat een condoleance achter\nKsięga kondolencyjna\nZłóż kondolencje rodzinie",
                removed=("Kondolenzbuch", "Hinterlassen Sie eine Kondolenz oder zünden Sie eine Kerze an.",
                         "Jetzt kondolieren", "Drücken Sie Ihre Anteilnahme aus und schreiben Sie einen Eintrag.",
                         "Sign the guest book", "Leave a condolence for the family", "Livre de condoléances",
                         "Laissez un message de condoléances", "Libro de condolencias", "Deja tus condolencias a la familia",
                         "Libro delle condoglianze", "Lascia un messaggio di cordoglio", "Livro de condolências",
                         "Deixe as suas condolências", "Condoleanceregister", "Laat een condoleance achter",
                         "Księga kondolencyjna", "Złóż kondolencje rodzinie")),
        Example("Hunderte drückten ihre Anteilnahme aus, sagte der Pfarrer.\nThe mayor offered his condolences to the family.\n"
                "Le maire a présenté ses condoléances à la famille.\nEl alcalde envió sus condolencias por carta.\n"
                "Der Bürgermeister schrieb eine Kondolenz an die Witwe."),
        # Blog software's count of the comments over them, with its colon, in each language; a count in a sentence stays.
        Example("Thanks for reading!\n11 comments:\n3 comentarios:\n2 commentaires :\n5 commenti:\n4 comentários:\n"
                "6 reacties:\n7 komentarzy:",
                removed=("11 comments:", "3 comentarios:", "2 commentaires :", "5 commenti:", "4 comentários:", "6 reacties:",
                         "7 komentarzy:")),
        Example("The council read 11 comments: most were against the plan.\nEl pleno recibió 3 comentarios: todos a favor."),
        # Comment prompts in the wordings the lists lacked (lang29's probe); the same words opening a sentence stay.
        Example("The council met.\nОставьте комментарий\nJetzt kommentieren\nنظر خود را بنویسید\nअपनी टिप्पणी लिखें\n"
                "Mag-iwan ng komento\nKomentēt",
                removed=("Оставьте комментарий", "Jetzt kommentieren", "نظر خود را بنویسید", "अपनी टिप्पणी लिखें",
                         "Mag-iwan ng komento", "Komentēt")),
        Example("Оставьте комментарий к проекту до пятницы, попросили в мэрии.\n"
                "Jetzt kommentieren will der Bürgermeister den Plan nicht."),
        # The comments' heading with its count and the form's sign-in line in Catalan, Malay, Albanian, Icelandic, Azerbaijani, Bengali, Tamil, Georgian, Armenian, Urdu, Macedonian, Kazakh; the words in a sentence stay.
        Example("El ple es va reunir dilluns.\nComentaris (3)\nInicia la sessió per comentar\n"
                "Log masuk untuk memberi komen\nKomente (2)\nLini një koment\nAthugasemdir (3)\n"
                "Skráðu þig inn til að skrifa athugasemd\nŞərhlər (5)\nŞərh yazmaq üçün daxil olun\nমন্তব্য (৩)\n"
                "মন্তব্য করতে লগইন করুন\nகருத்துகள் (2)\nகருத்து தெரிவிக்க உள்நுழையவும்\nკომენტარები (4)\n"
                "კომენტარის დასატოვებლად გაიარეთ ავტორიზაცია\nՄեկնաբանություններ (3)\n"
                "Մեկնաբանելու համար մուտք գործեք\nتبصرے (6)\nتبصرہ کرنے کے لیے لاگ ان کریں\n"
                "Најавете се за да коментирате\nПікірлер (3)\nПікір қалдыру үшін жүйеге кіріңіз",
                removed=("Comentaris (3)", "Inicia la sessió per comentar", "Log masuk untuk memberi komen",
                         "Komente (2)", "Lini një koment", "Athugasemdir (3)",
                         "Skráðu þig inn til að skrifa athugasemd", "Şərhlər (5)", "Şərh yazmaq üçün daxil olun",
                         "মন্তব্য (৩)", "মন্তব্য করতে লগইন করুন", "கருத்துகள் (2)", "கருத்து தெரிவிக்க உள்நுழையவும்",
                         "კომენტარები (4)", "კომენტარის დასატოვებლად გაიარეთ ავტორიზაცია", "Մեկնաբանություններ (3)",
                         "Մեկնաբանելու համար մուտք գործեք", "تبصرے (6)", "تبصرہ کرنے کے لیے لاگ ان کریں",
                         "Најавете се за да коментирате", "Пікірлер (3)", "Пікір қалдыру үшін жүйеге кіріңіз")),
        Example("Els comentaris de l'alcalde van arribar dilluns.\nПікірлер әртүрлі болды, деді әкім.\n"
                "Athugasemdir bárust frá íbúum í allan vetur."),
        # A comment count with the count before the word or in brackets after it, in the languages the tables had
        # only the word for; a sentence with the words stays.
        Example("Vas je dobila brv.\n12 komentarjev\nKomentāri (3)\nKommentaarid (5)\n7 kommentarer\nコメント（5件）\n6 תגובות\n"
                "Komentarai (9)\n4 коментара\n15 komentárov\nKomentari (4)",
                removed=("12 komentarjev", "Komentāri (3)", "Kommentaarid (5)", "7 kommentarer", "コメント（5件）", "6 תגובות",
                         "Komentarai (9)", "4 коментара", "15 komentárov", "Komentari (4)")),
        Example("Vas je dobila brv, o kateri je bilo 12 komentarjev na seji.\nKomentāri par tiltu bija dažādi, sacīja mērs."),
        # The comment form's sign-in line, in the wording of the papers and of the blog software's translations;
        # the words in a story's sentence stay.
        Example("Bystyret møttes.\nDu må være logget inn for å kommentere.\nLog ind for at kommentere\n"
                "Sinun täytyy olla kirjautuneena kommentoidaksesi.\nPre pridanie komentára sa musíte prihlásiť.\n"
                "Trebuie să fii autentificat pentru a publica un comentariu.\nHozzászóláshoz be kell jelentkeznie.\n"
                "Γράψτε το σχόλιό σας\nΠρέπει να συνδεθείτε για να αναρτήσετε σχόλιο.\n"
                "Anda harus masuk untuk mengirim komentar.\nBạn phải đăng nhập để gửi bình luận.\n"
                "로그인 후 댓글을 작성할 수 있습니다.\nسجل الدخول لإضافة تعليق",
                removed=("Du må være logget inn for å kommentere.", "Log ind for at kommentere",
                         "Sinun täytyy olla kirjautuneena kommentoidaksesi.", "Pre pridanie komentára sa musíte prihlásiť.",
                         "Trebuie să fii autentificat pentru a publica un comentariu.", "Hozzászóláshoz be kell jelentkeznie.",
                         "Γράψτε το σχόλιό σας", "Πρέπει να συνδεθείτε για να αναρτήσετε σχόλιο.",
                         "Anda harus masuk untuk mengirim komentar.", "Bạn phải đăng nhập để gửi bình luận.",
                         "로그인 후 댓글을 작성할 수 있습니다.", "سجل الدخول لإضافة تعليق")),
        Example("A câmara reuniu-se.\nVocê precisa fazer login para comentar.\n"
                "Je moet ingelogd zijn om een reactie te plaatsen.",
                removed=("Você precisa fazer login para comentar.", "Je moet ingelogd zijn om een reactie te plaatsen.")),
        Example("Você precisa fazer login para comentar no fórum da prefeitura, que abre às nove, explicou ela aos moradores.\n"
                "Je moet inloggen om te reageren op de enquête van de gemeente, zei de wethouder."),
        Example("Du må være logget inn i appen for å betale parkering, sa han.\n"
                "Trebuie să fii autentificat în aplicație ca să plătești parcarea.\n"
                "Pre pridanie nového autobusového spoja hlasovalo deväť poslancov.\n"
                "Πρέπει να συνδεθείτε με την πλατφόρμα για να υποβάλετε αίτηση.\n로그인 기록을 조사한 결과 유출은 없었다."),
        # The reactions, as French sites name their comments, and the login asked for before one, in each language;
        # the same words in a sentence stay.
        Example("Le pont rouvre en mai.\nRéactions (2)\nRéagir à cet article\n"
                "Vous devez être connecté pour publier un commentaire.\nPour réagir, connectez-vous ou abonnez-vous.\n"
                "Debes iniciar sesión para comentar.\nMusisz się zalogować, aby dodać komentarz.\n"
                "Sie müssen angemeldet sein, um einen Kommentar abzugeben.",
                removed=("Réactions (2)", "Réagir à cet article", "Vous devez être connecté pour publier un commentaire.",
                         "Pour réagir, connectez-vous ou abonnez-vous.", "Debes iniciar sesión para comentar.",
                         "Musisz się zalogować, aby dodać komentarz.",
                         "Sie müssen angemeldet sein, um einen Kommentar abzugeben.")),
        # ... and a story's section of the reactions to the news, under its subheading "Réactions" (no count).
        Example("Le pont rouvre en mai.\nRéagir vite à la crue était la priorité, a dit le maire.\nRéactions\n"
                "Pour réagir, la mairie a ouvert un gymnase aux sinistrés.\n"
                "Sie müssen angemeldet sein, um das Schwimmbad zu nutzen, sagte die Leiterin."),
        # The blog form's "Leave a reply" and "Your email address will not be published", as the blogs of each
        # language word them; a story's reply and a source's address stay.
        Example("Byrådet mødtes.\nЗалишити відповідь\nVaše e-mailová adresa nebude zveřejněna.\n"
                "Lämna ett svar\nSkriv et svar\nDin e-mailadresse vil ikke blive publiceret.\nLegg igjen et svar\n"
                "E-postadressen din vil ikke bli publisert.\nKommentoi\nSähköpostiosoitettasi ei julkaista.\n"
                "Bir yanıt yazın\nE-posta adresiniz yayınlanmayacak.\nLasă un răspuns\nAdresa ta de email nu va fi publicată.\n"
                "اترك رداً\nلن يتم نشر عنوان بريدك الإلكتروني.\nĐể lại một bình luận\n"
                "Email của bạn sẽ không được hiển thị công khai.\nΑφήστε μια απάντηση\nTinggalkan Balasan\n"
                "Alamat email Anda tidak akan dipublikasikan.\nVélemény, hozzászólás?\nAz e-mail címet nem tesszük közzé.\n"
                "コメントを残す\nメールアドレスが公開されることはありません。\n답글 달기\n"
                "Bu habere henüz yorum yapılmamış. İlk yorumu siz yazın.\nHakaret içeren yorumlar yayınlanmaz.",
                removed=("Залишити відповідь", "Vaše e-mailová adresa nebude zveřejněna.", "Lämna ett svar", "Skriv et svar",
                         "Din e-mailadresse vil ikke blive publiceret.", "Legg igjen et svar",
                         "E-postadressen din vil ikke bli publisert.", "Kommentoi", "Sähköpostiosoitettasi ei julkaista.",
                         "Bir yanıt yazın", "E-posta adresiniz yayınlanmayacak.", "Lasă un răspuns",
                         "Adresa ta de email nu va fi publicată.", "اترك رداً", "لن يتم نشر عنوان بريدك الإلكتروني.",
                         "Để lại một bình luận", "Email của bạn sẽ không được hiển thị công khai.", "Αφήστε μια απάντηση",
                         "Tinggalkan Balasan", "Alamat email Anda tidak akan dipublikasikan.", "Vélemény, hozzászólás?",
                         "Az e-mail címet nem tesszük közzé.", "コメントを残す", "メールアドレスが公開されることはありません。",
                         "답글 달기", "Bu habere henüz yorum yapılmamış. İlk yorumu siz yazın.",
                         "Hakaret içeren yorumlar yayınlanmaz.")),
        Example("Ministeren vil skrive et svar til udvalget i næste uge.\nHun ville legge igjen et svar på døren.\n"
                "Bakan, soruya bir yanıt yazın diye cevap verdi ve salonu terk etti.\n"
                "Hakaret içeren yorumlar nedeniyle dava açan vekil, mahkemeye başvurdu.\n"
                "Adresa ta de domiciliu nu va fi publicată, a promis primăria.\n"
                "Τα σχόλια του υπουργού προκάλεσαν αντιδράσεις στη Βουλή."),
        # A recipe's call for a rating, in each language; the same words in a sentence stay.
        Example("Bake for fifty minutes.\nMade this recipe? Leave a rating!\nHast du das Rezept ausprobiert? Bewerte es!\n"
                "Vous avez testé cette recette ? Laissez une note !\n¿Has hecho esta receta? ¡Déjanos tu valoración!\n"
                "Hai provato questa ricetta? Lascia un voto!\nFez essa receita? Deixe sua avaliação!\n"
                "Zrobiłeś ten przepis? Oceń go!\nServe warm.",
                removed=("Made this recipe? Leave a rating!", "Hast du das Rezept ausprobiert? Bewerte es!",
                         "Vous avez testé cette recette ? Laissez une note !", "¿Has hecho esta receta? ¡Déjanos tu valoración!",
                         "Hai provato questa ricetta? Lascia un voto!", "Fez essa receita? Deixe sua avaliação!",
                         "Zrobiłeś ten przepis? Oceń go!")),
        Example("She made this recipe for her mother every Sunday, she said.\nThe film earned ★★★★ from every critic."),
        # Mistake reports and discussion headings in languages the tables had none for.
        Example("Совет собрался.\nНашли ошибку? Выделите её и нажмите Ctrl+Enter\nОбсуждение (4)\n"
                "Знайшли помилку? Виділіть її та натисніть Ctrl+Enter\nNašli jste chybu? Napište nám.\n"
                "Hittat ett fel? Hör av dig.\n热门评论\n我要纠错",
                removed=("Нашли ошибку? Выделите её и нажмите Ctrl+Enter", "Обсуждение (4)",
                         "Знайшли помилку? Виділіть її та натисніть Ctrl+Enter", "Našli jste chybu? Napište nám.",
                         "Hittat ett fel? Hör av dig.", "热门评论", "我要纠错")),
        Example("Обсуждение бюджета продлится до пятницы, сообщили депутаты.\n"
                "Inspektoren hittade fel i två av bromsarna och stoppade tåget."),
        # Comment prompts in languages the tables had none for; the words in a sentence stay.
        Example("Совет собрался.\nЧтобы оставить комментарий, войдите на сайт.\nКомментариев пока нет\n"
                "Залишити коментар\nPřidat komentář\nDiskuse (12)\nPro přidání komentáře se musíte přihlásit.\n"
                "Skriv en kommentar\nDu måste vara inloggad för att kommentera.\nInga kommentarer än\n"
                "Skriv en kommentar til artiklen\nKirjoita kommentti\nYorum yaz\nYorumlar (4)\n"
                "Yorum yapabilmek için giriş yapmalısınız.\nHenüz yorum yok\nLasă un comentariu\nSzólj hozzá!\n"
                "请登录后发表评论\n暂无评论\nコメントを書く\nコメントするにはログインしてください\n댓글 쓰기",
                removed=("Чтобы оставить комментарий, войдите на сайт.", "Комментариев пока нет", "Залишити коментар",
                         "Přidat komentář", "Diskuse (12)", "Pro přidání komentáře se musíte přihlásit.", "Skriv en kommentar",
                         "Du måste vara inloggad för att kommentera.", "Inga kommentarer än",
                         "Skriv en kommentar til artiklen", "Kirjoita kommentti", "Yorum yaz", "Yorumlar (4)",
                         "Yorum yapabilmek için giriş yapmalısınız.", "Henüz yorum yok", "Lasă un comentariu",
                         "Szólj hozzá!", "请登录后发表评论", "暂无评论", "コメントを書く", "コメントするにはログインしてください",
                         "댓글 쓰기")),
        Example("Министр отказался дать комментарий журналистам.\nMinistern ville inte lämna en kommentar.\n"
                "Bakan yorum yapmaktan kaçındı.\n大臣はコメントを控えた。\nDiskuse o mostě trvala do noci."),
        # The Czech thread's heading with its count of posts; a sentence about a discussion stays.
        Example("Zastupitelé schválili rozpočet.\nDiskuse k článku (16 příspěvků)\nKomentáře (3 komentáře)\n"
                "Diskuse k článku o rozpočtu trvala na radnici do noci.",
                removed=("Diskuse k článku (16 příspěvků)", "Komentáře (3 komentáře)")),
        # The rating widget under a story.
        Example("The bridge reopens in May.\nRate this article\nAverage (Not Rated)\nDiesen Artikel bewerten\n"
                "Noch nicht bewertet\nNotez cet article\nValora esta noticia\nVota questo articolo\nAvalie este artigo\n"
                "Beoordeel dit artikel\nOceń ten artykuł",
                removed=("Rate this article", "Average (Not Rated)", "Diesen Artikel bewerten", "Noch nicht bewertet",
                         "Notez cet article", "Valora esta noticia", "Vota questo articolo", "Avalie este artigo",
                         "Beoordeel dit artikel", "Oceń ten artykuł")),
        Example("Critics rate this article of faith highly, the bishop said.\nDen Artikel bewerten die Richter anders."),
        # The call to rate the article in Russian, Ukrainian, Czech, Hungarian, Turkish; a sentence that goes on stays.
        Example("Совет собрался.\nОцените статью\nОцініть матеріал:\nOhodnoťte článek\nÉrtékelje a cikket!\nBu tarifi puanlayın",
                removed=("Оцените статью", "Оцініть матеріал:", "Ohodnoťte článek", "Értékelje a cikket!",
                         "Bu tarifi puanlayın")),
        Example("Оцените статью расходов бюджета на дороги, предложил депутат коллегам."),
        # Its average with the count of votes, and the note that the reader has voted, in each language.
        Example("The ferry runs again from May.\n4.6 out of 5 (212 votes)\nYou have already voted.\n3,9 von 57 Bewertungen\n"
                "Mit von 5 Sternen bewerten\nSie haben bereits abgestimmt.\n4,2 sur 5 (35 votes)\nVous avez déjà voté\n"
                "4,5 de 5 estrellas\nYa has votado\n4,3 su 5 (18 voti)\nHai già votato.\nOcena: 4,5/5 (12 głosów)\n"
                "Już głosowałeś",
                removed=("4.6 out of 5 (212 votes)", "You have already voted.", "3,9 von 57 Bewertungen",
                         "Mit von 5 Sternen bewerten", "Sie haben bereits abgestimmt.", "4,2 sur 5 (35 votes)",
                         "Vous avez déjà voté", "4,5 de 5 estrellas", "Ya has votado", "4,3 su 5 (18 voti)",
                         "Hai già votato.", "Ocena: 4,5/5 (12 głosów)", "Już głosowałeś")),
        Example("Four out of 5 residents voted for the plan.\nSie haben bereits abgestimmt, sagte der Wahlleiter am Abend.\n"
                "Vous avez déjà voté deux fois cette année, a rappelé le maire.\nYa has votado por correo, dijo la jueza.\n"
                "Der Film bekam 4,5 von 5 Sternen in der Kritik der Zeitung."),
        # The ask that closes a post, to answer in the comments, in each language.
        Example("The bridge reopens in May.\nLet us know in the comments below!\nVerraten Sie uns in den Kommentaren: "
                "Wie kommen Sie zur Arbeit?\nSchreibt es mir gern in die Kommentare!\nDites-nous en commentaire ce que vous en "
                "pensez.\n¿Y tú? Cuéntanos en los comentarios.\nFatecelo sapere nei commenti!\nConte pra gente nos comentários.\n"
                "Laat het ons weten in de reacties.\nDajcie znać w komentarzach!",
                removed=("Let us know in the comments below!", "Verraten Sie uns in den Kommentaren: Wie kommen Sie zur Arbeit?",
                         "Schreibt es mir gern in die Kommentare!", "Dites-nous en commentaire ce que vous en pensez.",
                         "¿Y tú? Cuéntanos en los comentarios.", "Fatecelo sapere nei commenti!",
                         "Conte pra gente nos comentários.", "Laat het ons weten in de reacties.", "Dajcie znać w komentarzach!")),
        Example("The minister told us in the comments she sent on Friday that the plan was dead.\n"
                "Die Nutzer schreiben in den Kommentaren, dass die App oft abstürzt, sagte der Entwickler.\n"
                "Les lecteurs disent en commentaire que le prix est trop élevé."),
        # Prompts to report a mistake in the story, in each language.
        Example("The bridge reopens in May.\nPost Comments\nMessage *\nMaximum characters allowed 1200\n"
                "Name * Email ID *\nSubject * Country *",
                removed=("Post Comments", "Message *", "Maximum characters allowed 1200", "Name * Email ID *",
                         "Subject * Country *")),
        Example("The bridge reopens in May.\nSpotted an error? Let us know.\nWrite to us at desk@example.com\n"
                "Sie haben einen Fehler entdeckt? Schreiben Sie uns.\nSchreiben Sie uns eine E-Mail an desk@example.de!\n"
                "Fehler melden\nVous avez repéré une erreur ? Signalez-la-nous.\n¿Has encontrado un error? Escríbenos.\n"
                "Hai trovato un errore? Segnalacelo.\nEncontrou um erro? Avise-nos.\nFout gezien? Mail de redactie.\n"
                "Zauważyłeś błąd? Napisz do nas.",
                removed=("Spotted an error? Let us know.", "Write to us at desk@example.com",
                         "Sie haben einen Fehler entdeckt? Schreiben Sie uns.",
                         "Schreiben Sie uns eine E-Mail an desk@example.de!", "Fehler melden",
                         "Vous avez repéré une erreur ? Signalez-la-nous.", "¿Has encontrado un error? Escríbenos.",
                         "Hai trovato un errore? Segnalacelo.", "Encontrou um erro? Avise-nos.",
                         "Fout gezien? Mail de redactie.", "Zauważyłeś błąd? Napisz do nas.")),
        Example("The referee made a mistake in the final minute, the coach said.\n"
                "Der Schiedsrichter hat einen Fehler gemacht, sagte der Trainer.\n"
                "Les enquêteurs ont trouvé une erreur dans le rapport du ministère."),
        Example("The bridge reopens in May.\nNo comments yet\nLoading comments...\nIhr Kommentar *\nNoch keine Kommentare vorhanden.\n"
                "Sei der Erste, der kommentiert!\nNetiquette für Kommentare\nSoyez le premier à commenter\nVotre commentaire\n"
                "Sé el primero en comentar\nNo hay comentarios\nIl tuo commento\nNessun commento\nSeja o primeiro a comentar\n"
                "Geen reacties\nSkomentuj lub udostępnij\nBrak komentarzy",
                removed=("No comments yet", "Loading comments...", "Ihr Kommentar *", "Noch keine Kommentare vorhanden.",
                         "Sei der Erste, der kommentiert!", "Netiquette für Kommentare", "Soyez le premier à commenter",
                         "Votre commentaire", "Sé el primero en comentar", "No hay comentarios", "Il tuo commento",
                         "Nessun commento", "Seja o primeiro a comentar", "Geen reacties", "Skomentuj lub udostępnij",
                         "Brak komentarzy")),
        Example("No comments yet from the minister, who is travelling.\nIhr Kommentar zur Reform kam spät.\n"
                "Sé el primero en llegar, le dijo su madre.\nNessun commento dal ministero fino a sera."),
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
        Example("Der Rat tagte.\nAntworten\nDeine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.\n"
                "Benachrichtige mich über neue Beiträge per E-Mail.\nWar dieser Artikel hilfreich?\n"
                "Votre adresse e-mail ne sera pas publiée.\nRépondre\nTu correo electrónico no será publicado.\n"
                "Il tuo indirizzo email non sarà pubblicato.\nO seu endereço de e-mail não será publicado.\n"
                "Je e-mailadres wordt niet gepubliceerd.\nTwój adres e-mail nie zostanie opublikowany.\nOdpowiedz",
                removed=("Antworten", "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.",
                         "Benachrichtige mich über neue Beiträge per E-Mail.", "War dieser Artikel hilfreich?",
                         "Votre adresse e-mail ne sera pas publiée.", "Répondre", "Tu correo electrónico no será publicado.",
                         "Il tuo indirizzo email non sarà pubblicato.", "O seu endereço de e-mail não será publicado.",
                         "Je e-mailadres wordt niet gepubliceerd.", "Twój adres e-mail nie zostanie opublikowany.",
                         "Odpowiedz")),
        Example("The match ended 2-2.\nReader views (4)\nWhat do you think? Post your comment:\n"
                "Log in or register to comment.\n(Maximum 1000 characters) You have 1000 characters left.\nName:\n"
                "Comments:\nAll comments subject to approval.\nComment rules\nHAVE YOUR SAY…\n"
                "Commenters are responsible for what they write and for checking their facts.\n"
                "This discussion is pre-moderated.\nThank you for your comments!\nTell us what you think...\nComments »\n"
                "The following are comments from readers. In no way do they represent the view of this paper.\n"
                "Click here to report offensive or inappropriate comments.",
                removed=("Reader views (4)", "What do you think? Post your comment:", "Log in or register to comment.",
                         "(Maximum 1000 characters) You have 1000 characters left.", "Name:", "Comments:",
                         "All comments subject to approval.", "Comment rules", "HAVE YOUR SAY…",
                         "Commenters are responsible for what they write and for checking their facts.",
                         "This discussion is pre-moderated.", "Thank you for your comments!", "Tell us what you think...",
                         "Comments »",
                         "The following are comments from readers. In no way do they represent the view of this paper.",
                         "Click here to report offensive or inappropriate comments.")),
        Example("The vote passed.\nWe welcome your thoughts. If you post abusive comments, we will delete them at once.\n"
                "Read on for more on this story, and add your feedback!",
                removed=("We welcome your thoughts. If you post abusive comments, we will delete them at once.",
                         "Read on for more on this story, and add your feedback!")),
        Example("The court heard that offensive comments were posted for months before anyone removed them.\n"
                "The mayor asked residents to add their comments to the plan by Friday.\n"
                "Residents have until Friday to add comments."),
        Example("Readers will have their views heard, the editor said, and you have my word on it.\n"
                "Fans can share your thoughts on the match at the club's annual meeting in May, the chairman wrote."),
        Example("Officials declined to comment on the report, which was leaked on Friday."),
        # Reader feedback under the story and the comments' moderation notice, in each language; the
        # same words in a story's sentence stay.
        Example("The ferry runs again.\nWas this article helpful?\nHat Ihnen dieser Artikel gefallen?\n"
                "Cette page vous a plu ?\n¿Te ha gustado este artículo?\nTi è piaciuto questo articolo?\n"
                "Gostou deste artigo?\nVond je dit artikel interessant?\nCzy ten artykuł był dla Ciebie przydatny?\n"
                "Byla pro vás tato stránka užitečná?\nVar artikeln till hjälp?\n"
                "Kommentare werden vor der Veröffentlichung moderiert.\nLes commentaires sont modérés.\n"
                "Todos los comentarios son sometidos a moderación.\nI commenti sono soggetti a moderazione.\n"
                "Os comentários estão sujeitos a moderação.\nReacties worden gemodereerd.\nKomentarze są moderowane.\n"
                "Komentáře podléhají moderaci.\nKommentarerna modereras.",
                removed=("Was this article helpful?", "Hat Ihnen dieser Artikel gefallen?", "Cette page vous a plu ?",
                         "¿Te ha gustado este artículo?", "Ti è piaciuto questo articolo?", "Gostou deste artigo?",
                         "Vond je dit artikel interessant?", "Czy ten artykuł był dla Ciebie przydatny?",
                         "Byla pro vás tato stránka užitečná?", "Var artikeln till hjälp?",
                         "Kommentare werden vor der Veröffentlichung moderiert.", "Les commentaires sont modérés.",
                         "Todos los comentarios son sometidos a moderación.", "I commenti sono soggetti a moderazione.",
                         "Os comentários estão sujeitos a moderação.", "Reacties worden gemodereerd.",
                         "Komentarze są moderowane.", "Komentáře podléhají moderaci.", "Kommentarerna modereras.")),
        Example("Was this article helpful to the defence? The judge thought not.\n"
                "Die Kommentare werden von der Redaktion gelesen, doch viele bleiben anonym, sagte sie.\n"
                "Selon l'étude, les commentaires sont modérés par des salariés sous-payés à Nairobi.\n"
                "En la red social los comentarios son moderados por algoritmos, denunció la ONG."),
        # The comment section's heading with its count, closed threads, thanks for a comment.
        Example("The ferry runs again.\n3 thoughts on “The ferry runs again”\nOne Response to \"Ferry back\"\n"
                "20 Comments on this story\nEin Gedanke zu „Die Fähre fährt wieder“\n2 Gedanken zu \"Fähre\"\n"
                "Une réflexion sur « Le ferry reprend »\n3 comentarios en «El ferry vuelve»\nUn commento su “Il traghetto”\n"
                "2 comentários em “A balsa volta”\n4 reacties op “De veerboot”\n2 komentarze do „Prom wraca”\n"
                "Kommentare sind für diesen Artikel deaktiviert.\nLes commentaires sont fermés.\n"
                "Los comentarios están cerrados.\nI commenti sono chiusi.\nOs comentários estão fechados.\n"
                "Reacties zijn gesloten.\nKomentarze są wyłączone.\nBisher noch kein Kommentar.\n"
                "Vielen Dank für Ihren Kommentar.\nMerci pour votre commentaire !\nGracias por tu comentario.\n"
                "Bedankt voor je reactie!",
                removed=("3 thoughts on “The ferry runs again”", "One Response to \"Ferry back\"", "20 Comments on this story",
                         "Ein Gedanke zu „Die Fähre fährt wieder“", "2 Gedanken zu \"Fähre\"",
                         "Une réflexion sur « Le ferry reprend »", "3 comentarios en «El ferry vuelve»",
                         "Un commento su “Il traghetto”", "2 comentários em “A balsa volta”", "4 reacties op “De veerboot”",
                         "2 komentarze do „Prom wraca”", "Kommentare sind für diesen Artikel deaktiviert.",
                         "Les commentaires sont fermés.", "Los comentarios están cerrados.", "I commenti sono chiusi.",
                         "Os comentários estão fechados.", "Reacties zijn gesloten.", "Komentarze są wyłączone.",
                         "Bisher noch kein Kommentar.", "Vielen Dank für Ihren Kommentar.", "Merci pour votre commentaire !",
                         "Gracias por tu comentario.", "Bedankt voor je reactie!")),
        Example("One response to the flood was a new dam, the council said.\n"
                "Ein Gedanke zu dem Plan kam vom Bürgermeister selbst.\n"
                "Une réflexion sur l'avenir du port a été lancée lundi.\n"
                "Die Kommentare des Ministers sind nach der Wahl deutlich vorsichtiger geworden, weil die Koalition wackelt.\n"
                "Les commentaires du ministre ont été fermés à toute critique, selon l'opposition."),
        Example("Rada obradowała.\nwyślij komentarz\nUwaga, Twój komentarz może pojawić się z opóźnieniem.\npokaż odpowiedzi (2)\n"
            "Ihr Kommentar wird vor der Veröffentlichung geprüft.\nVotre commentaire sera publié après modération.",
            removed=("wyślij komentarz", "Uwaga, Twój komentarz może pojawić się z opóźnieniem.", "pokaż odpowiedzi (2)",
                     "Ihr Kommentar wird vor der Veröffentlichung geprüft.",
                     "Votre commentaire sera publié après modération.")),
    Example("施工将于春季开始。\n发表评论\n评论（12）\n已有12人参与", removed=("发表评论", "评论（12）", "已有12人参与")),
    Example("Совет собрался.\nОтветить\nВаш адрес email не будет опубликован. Обязательные поля помечены *",
            removed=("Ответить", "Ваш адрес email не будет опубликован. Обязательные поля помечены *")),
    Example("Министр отказался ответить на вопросы журналистов о мосте."),
    # The form's call and the section's heading in scripts without case and languages the tables had none for.
    Example("انعقد المجلس.\nأضف تعليقا\nالتعليقات (3)\nהוסיפו תגובה\nתגובות\nارسال نظر\nटिप्पणियां\nViết bình luận\n"
            "Γράψτε ένα σχόλιο\nTinggalkan komentar\nMaoni (2)\nแสดงความคิดเห็น\nNapišite komentar\nКоментари\nKomentáre (5)",
            removed=("أضف تعليقا", "التعليقات (3)", "הוסיפו תגובה", "תגובות", "ارسال نظر", "टिप्पणियां", "Viết bình luận",
                     "Γράψτε ένα σχόλιο", "Tinggalkan komentar", "Maoni (2)", "แสดงความคิดเห็น", "Napišite komentar",
                     "Коментари", "Komentáre (5)")),
    Example("التعليقات التي نشرها الوزير أثارت جدلا.\nBình luận của bộ trưởng gây tranh cãi.\n"
            "Komentar menteri itu memicu perdebatan.\nMaoni ya waziri yalizua mjadala mkubwa.\n"
            "Komentari ministra izazvali su raspravu."),

    Example("El juicio sigue.\n💬 Ver comentarios\nKommentare anzeigen (12)\nVoir les commentaires\nVedi i commenti\n"
            "Ver comentários\nBekijk reacties\nZobacz komentarze",
            removed=("💬 Ver comentarios", "Kommentare anzeigen (12)", "Voir les commentaires", "Vedi i commenti",
                     "Ver comentários", "Bekijk reacties", "Zobacz komentarze")),
    Example("Die Antworten der Ministerin auf die Fragen der Opposition blieben vage.\n"
                "Le maire n'a pas voulu répondre aux questions des journalistes.\n"
                "El ministro se negó a responder a las preguntas sobre el contrato.\n"
                "Minister nie chciał odpowiedzieć na pytania posłów o umowę."),
        # Comment rules under the thread.
        Example("The bridge reopens in May.\nBe the first to post a comment on this story.\n"
                "Comments should not stray from the subject of the story.\n"
                "Comments on this site are to be used for debate of the issues in our stories.\n"
                "We reserve the right to delete comments that break these rules.\n"
                "Comments are the sole responsibility of the person posting them.\n"
                "If you believe that a commenter has not followed these guidelines, tell us.\n"
                "Opinions expressed in Example News story comments represent the views of the readers who post them.\n"
                "Report Abuse\nWir behalten uns vor, Kommentare ohne Angabe von Gründen zu löschen.\n"
                "Nous nous réservons le droit de supprimer les commentaires injurieux.\n"
                "Nos reservamos el derecho de eliminar comentarios ofensivos.\n"
                "Ci riserviamo il diritto di cancellare i commenti offensivi.\n"
                "Reservamo-nos o direito de apagar comentários ofensivos.\n"
                "Wij behouden ons het recht voor om reacties zonder opgaaf van reden te verwijderen.\n"
                "Zastrzegamy sobie prawo do usuwania komentarzy.",
                removed=("Be the first to post a comment on this story.", "Comments should not stray from the subject of the story.",
                         "Comments on this site are to be used for debate of the issues in our stories.",
                         "We reserve the right to delete comments that break these rules.",
                         "Comments are the sole responsibility of the person posting them.",
                         "If you believe that a commenter has not followed these guidelines, tell us.",
                         "Opinions expressed in Example News story comments represent the views of the readers who post them.",
                         "Report Abuse", "Wir behalten uns vor, Kommentare ohne Angabe von Gründen zu löschen.",
                         "Nous nous réservons le droit de supprimer les commentaires injurieux.",
                         "Nos reservamos el derecho de eliminar comentarios ofensivos.",
                         "Ci riserviamo il diritto di cancellare i commenti offensivi.",
                         "Reservamo-nos o direito de apagar comentários ofensivos.",
                         "Wij behouden ons het recht voor om reacties zonder opgaaf van reden te verwijderen.",
                         "Zastrzegamy sobie prawo do usuwania komentarzy.")),
        Example("Comments by the minister were cut from the report.\nThe court will reserve the right to remove the judge.\n"
                "Die Zeitung behält sich vor, den Bericht zu kürzen.\nLe club se réserve le droit de supprimer le match."),
        Example("Der Minister wollte den Bericht nicht kommentieren.\nLe ministre n'a pas voulu commenter.\n"
                "O ministro não quis deixar um comentário sobre o relatório.\nDe minister gaf geen reactie."),
    ],
)

_MONTHS = {language: "|".join(names) for language, names in MONTHS.items()}
# What a commenter's line says before its colon ("jsmith says:"), by language.
SAYS_WORDS = {
    "en": ["says", "said", "wrote", "writes"],
    "de": ["sagt", "schrieb", "meint"],
    "fr": ["dit", "a écrit"],
    "es": ["dice", "dijo", "escribió"],
    "it": ["dice", "ha detto", "ha scritto", "scrive"],
    "pt": ["diz", "disse", "escreveu"],
    "nl": ["zegt", "schreef", "schrijft"],
    "pl": ["napisał", "napisała", "pisze"],
    "ru": ["написал", "написала"],
    "uk": ["написав", "написала"],
    "cs": ["napsal", "napsala", "píše"],
    "sv": ["skriver", "skrev"],
    "tr": ["yazdı", "dedi"],
    # The blog software's and the forums' words in languages the lists had none for ("Anna siger:", "Anna írta:").
    "da": ["siger", "skrev"],
    "no": ["sier", "skrev"],
    "fi": ["sanoo", "kirjoitti"],
    "sk": ["napísal", "napísala"],
    "hu": ["írta"],
    "ro": ["spune", "a scris"],
    "el": ["λέει", "έγραψε"],
    "id": ["berkata", "menulis"],
    "vi": ["viết", "nói"],
}
_SAYS = "|".join(word for words in SAYS_WORDS.values() for word in words)
# A comment's date written with a month name and its time to the minute:
# "12. Mai 2019 um 19:07 Uhr", "le 3 mars 2020 à 10h15", "5 de mayo de 2022 a las 9:30".
_MONTH_NAMES = "|".join(sorted({name for names in MONTHS.values() for name in names}, key=lambda name: (-len(name), name)))
_COMMENT_TIME = (rf"^(am |le )?\d{{1,2}}(\.|er)? (de )?({_MONTH_NAMES})( de)?(,? \d{{4}})?,? "
                 r"(um |à |a las |alle |ore |às |om |o |godz\. )*\d{1,2}\s*[:.h]\s*\d{2}( uhr| h| min| uur)?"
                 # ...and its writer: "Am 3. Mai 2019 um 14:38 von Jo".
                 r"( (von|by|par|por|da|di|door|przez) [^!?\d]{1,40})?$")
# A comment's links after its time, by language: "Reply", "Quote",
# "Permalink", "Log in to reply" ("17.10.2019, 14:14 Zum Antworten anmelden Zitieren #").
COMMENT_LINK_WORDS = {
    "en": ["reply", "quote", "permalink", "link to this", "log in to reply", "respond"],
    "de": ["antworten", "zitieren", "zum antworten anmelden", "permalink"],
    "fr": ["répondre", "citer", "lien permanent", "connectez-vous pour répondre"],
    "es": ["responder", "citar", "enlace permanente"],
    "it": ["rispondi", "cita", "link permanente"],
    "pt": ["responder", "citar", "link permanente"],
    "nl": ["beantwoorden", "reageer", "reageren", "citeer", "citeren"],
    "pl": ["odpowiedz", "cytuj", "zaloguj się, aby odpowiedzieć"],
    "ru": ["ответить", "цитировать"],
    "uk": ["відповісти", "цитувати"],
    "cs": ["odpovědět", "citovat"],
    "sv": ["svara", "citera"],
    "tr": ["yanıtla", "cevapla", "alıntıla"],
    "da": ["svar", "citér"],
    "no": ["svar", "siter"],
    "fi": ["vastaa", "lainaa"],
    "sk": ["odpovedať", "citovať"],
    "hu": ["válasz", "idézet"],
    "ro": ["răspunde", "citează"],
    "el": ["απάντηση"],
    "id": ["balas"],
    "vi": ["trả lời"],
    "ar": ["رد"],
    "ko": ["답글"],
    "ja": ["返信"],
    "zh": ["回复"],
}
_COMMENT_LINKS = "|".join(sorted({w for words in COMMENT_LINK_WORDS.values() for w in words}, key=lambda w: (-len(w), w)))
# A comment's other buttons, by language: "Report", "Like" ("Antworten Melden", "Reply · Like · 12").
COMMENT_ACTION_WORDS = {
    "en": ["report", "like", "flag"],
    "de": ["melden", "gefällt mir"],
    "fr": ["signaler", "j'aime"],
    "es": ["denunciar", "reportar", "me gusta"],
    "it": ["segnala", "mi piace"],
    "pt": ["denunciar", "curtir", "gosto"],
    "nl": ["melden", "rapporteren", "vind ik leuk"],
    "pl": ["zgłoś", "lubię to"],
    "ru": ["пожаловаться", "нравится"],
    "uk": ["поскаржитися", "подобається"],
    "cs": ["nahlásit", "líbí se mi"],
    "sv": ["anmäl", "gilla"],
    "tr": ["şikayet et", "beğen"],
    "da": ["anmeld"],
    "no": ["rapporter"],
    "fi": ["ilmoita asiattomasta", "tykkää"],
    "sk": ["nahlásiť", "páči sa mi"],
    "hu": ["jelentés", "tetszik"],
    "ro": ["raportează", "îmi place"],
    "el": ["αναφορά", "μου αρέσει"],
    "id": ["laporkan"],
    "vi": ["báo cáo vi phạm"],
    "ar": ["إبلاغ"],
    "ko": ["신고", "공감"],
    "ja": ["通報", "いいね"],
    "zh": ["举报", "点赞"],
}
_COMMENT_ACTIONS = "|".join(sorted({w for words in [*COMMENT_LINK_WORDS.values(), *COMMENT_ACTION_WORDS.values()]
                                    for w in words}, key=lambda w: (-len(w), w)))
# A comment's votes: "▲ 12", "👍 3".
_COMMENT_VOTE = r"[▲▼△▽↑↓⬆⬇👍👎]\s?\d{1,5}"
COMMENT_HEADER = LinePattern(
    {
        "en": [
            # "jsmith says:", "Jane Doe on May 2, 2019 at 10:12 am said:" (the verbs of every language).
            # (The lookahead rejects at once the many lines that do not end with a colon.)
            rf"^(?=[^.!?]{{1,70}}:$)[^.!?]{{1,60}}\b({_SAYS})\s*:$",
            r"^rating: [+-]?\d+ votes?$",
            r"^\d+ (responses|replies|thoughts|comments|reactions) (to|on) .{1,200}$",
            r"^(reply|report|report abuse|flag|like|upvote|downvote)( \(?\d+\)?)?$",
            r"^\d+ (likes?|points?|upvotes?|replies)$",
            # A comment's time to the minute: "August 8, 2018 at 7:07 pm".
            # "Dec 30, 2007 7:06 PM | Link to this".
            rf"^{MONTH} \d{{1,2}}(st|nd|rd|th)?,? \d{{4}},?( at)? \d{{1,2}}:\d{{2}}\s*([ap]\.?m\.?)?( \| [\w ]{{1,20}})?$",
            # "#3 — May 2, 2019 @ 7:06PM — Jo Lee": a numbered comment with its time.
            r"^#\d{1,4}\s*[—–-]\s*[^.!?]{0,60}\b\d{1,2}:\d{2}",
            r"^(quote|reply)( \| (report( this)? (post|comment)|reply|quote))+$",
            r"^report this (post|comment)$",
            r"^comment (by|from) [^.!?]{1,60}$",
            # A signature with the time to the minute: "Posted by jo_k on May 2, 2019 5:29 PM",
            # "Posted By: jo_k | May 2 2019 at 03:06 PM", "Posted by jo_k at 17:31, 9 April 2008" (one such
            # line is a byline; a run, a thread).
            (r"^(posted|submitted|written) by\b:?[^.!?]{1,80}\b\d{1,2}:\d{2}\s*([ap]\.?m\.?)?"
             r"(,? (\p{L}{3,9},? )?\d{1,2} \p{L}{3,9},? \d{2,4})?$"),
        ],
        "any": [
            # The same in the other languages, with their month names.
            _COMMENT_TIME,
            # A name of a word to three, a verb, then the comment's time to the minute and maybe its date, which
            # has a digit, and nothing after: "jo_k posted at 7:14 am on Wed, Oct 12, 2011.", "Jo L. wrote on
            # May 3 at 9:41", "anna_k schrieb am 3. Mai 2012 um 9:41" (a story's sentence goes on after them).
            (rf"^(?=.{{0,100}}$)[\w.@'’-]{{1,30}}( [\w.@'’-]{{1,30}}){{0,2}} ({_SAYS}|posted|commented|replied)"
             r" (at |on |am |le |el |il |op |em )?[\w ,./-]{0,40}?\b\d{1,2}\s?[:h]\s?\d{2}(\s*(uhr|h|[ap]\.?m\.?))?"
             r"( on [\w ,./-]{0,30}\d[\w ,./-]{0,10})?\.?$"),
            # A newsletter platform's commenter, a capitalised name and the day: "Jenna P. · Mar 19", "Lena W.
            # (author) · 21. März".
            (rf"^(?-i:\p{{Lu}})[\p{{L}}.'’-]*( (?-i:\p{{Lu}})[\p{{L}}.'’-]*){{0,2}}( \([\p{{L}} ]{{1,20}}\))? · "
             rf"(({MONTH}|{_MONTH_NAMES}) \d{{1,2}}(, \d{{4}})?|\d{{1,2}}\.? ({MONTH}|{_MONTH_NAMES})( \d{{4}})?)$"),
            # A name, then the comment's numeric date and time to the minute:
            # "Jo Lee — 17.07.2011 @ 13:04", "anna 3/5/2019 um 9:12", "jana_k | 3. 5. 2016 10:12" (a space
            # after each dot, as Czech and Slovak write a date).
            (r"^(?=.{0,100}\d:\d\d\D{0,6}$)\p{L}[^!?\d]{0,60}\b\d{1,2}(\.\s?|[/-])\d{1,2}([./-]|,)\s?\d{2,4},?\s*(@|at|um|à|a las|alle|om|o|às)?\s*"
             r"\d{1,2}:\d{2}(\s*(uhr|h|[ap]\.?m\.?))?$"),
            # A comment's time to the minute, then its links: "March 3, 2008 at 9:14 pm Reply",
            # "Jo, Do 9 Apr 2020 / 08:34 Antworten", "17.10.2019, 14:14 Zum Antworten anmelden Zitieren #".
            (rf"^(?=.{{0,100}}$).{{0,70}}\b\d{{1,2}}\s?[:h]\s?\d{{2}}(\s*(uhr|h|[ap]\.?m\.?))?[\s|·•#()-]*"
             rf"(({_COMMENT_LINKS})[\s|·•#()-]*){{1,3}}$"),
            # A forum reply's date and time with its number in the thread, from the second on ("03.03.2026 um
            # 20:05 Uhr · #2"): the first post, numbered 1, is the thread's opening story.
            (r"^(?=.{0,60}$)\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s*(@|at|um|à|a las|alle|om|o|às)?\s*\d{1,2}:\d{2}"
             r"(\s*(uhr|h|[ap]\.?m\.?))?\s*[·|•,-]?\s*#([2-9]|[1-9]\d{1,4})$"),
            # A comment's row of buttons and votes, two or more: "Reply · Like · 12", "Antworten Melden",
            # "Odpowiedz ▲ 12 ▼ 3", "▲ 12 ▼ 3".
            (rf"^(?=.{{0,60}}$)({_COMMENT_ACTIONS}|{_COMMENT_VOTE})([\s|·•/()-]*({_COMMENT_ACTIONS}|{_COMMENT_VOTE}"
             rf"|\d{{1,5}})){{1,4}}[\s|·•/()-]*$"),
        ],
        # Each language: a comment's reply button, and the thread's heading with its count
        # ("2 Kommentare zu Die Brücke wird teurer").
        "de": [r"^(antworten|antwort)$", r"^\d+ (kommentare?|antworten|gedanken|reaktionen) (zu|auf) .{1,200}$"],
        "fr": [
            r"^répondre$", r"^\d+ (commentaires?|réponses?|réactions?) (sur|à|pour) .{1,200}$",
            # "marie Le 9 mars à 10:06": a name, then the date.
            rf"^(?=.{{0,80}} à \d)[^.!?]{{1,40}} le \d{{1,2}}(er)? ({_MONTHS['fr']})( \d{{4}})? à \d{{1,2}}(:|h)\d{{2}}$",
        ],
        "es": [r"^responder$", r"^\d+ (comentarios?|respuestas?) (a|en|sobre|para) .{1,200}$"],
        "it": [r"^rispondi$", r"^\d+ (commenti|risposte) (a|su|per) .{1,200}$"],
        "pt": [r"^\d+ (comentários?|respostas?) (em|para|sobre|a) .{1,200}$"],
        "nl": [r"^(beantwoorden|reageer)$", r"^\d+ (reacties?|gedachten) (op|over) .{1,200}$"],
        "pl": [r"^odpowiedz$", r"^\d+ (komentarz(e|y)?|odpowiedzi) (do|pod) .{1,200}$"],
        "ru": [r"^ответить$", r"^\d+ (комментари(ев|я|й)|ответ(ов|а)?) (к|на) .{1,200}$"],
        "cs": [r"^odpovědět$", r"^\d+ (komentářů|komentáře|komentář|odpovědí) (k|ke|na) .{1,200}$"],
        "sv": [r"^svara$", r"^\d+ (kommentarer|svar|tankar) (på|om|till) .{1,200}$"],
        "tr": [r"^(yan[ıi]tla|cevapla)$"],
        "zh": [r"^回复$"],
        "ja": [r"^返信$"],
        "da": [r"^svar$"], "no": [r"^svar$"], "fi": [r"^vastaa$"], "sk": [r"^odpovedať$"], "hu": [r"^válasz$"],
        "ro": [r"^răspunde$"], "el": [r"^απάντηση$"], "id": [r"^balas$"], "vi": [r"^trả lời$"], "uk": [r"^відповісти$"],
    },
    max_words="comment_header_max_words",
)
# The votes for and against written with their signs alone: "+56 / -4" (a phone number has no minus). A
# commenter's line only right under a comment's text, a sentence: under a day's name, a forecast's high and low.
COMMENT_VOTES = LinePattern({"any": [r"^\+\d{1,5}\s?/\s?[-−–]\d{1,5}$"]}, max_words="comment_header_max_words")


# A commenter's signature below the comment: a name, then a place or two
# ("- Jo Lee, Leeds, UK", "anna k., Lyon"). A quote's source looks the same, so
# signatures count only under a comment heading.
_NAME_PART = r"\p{L}[\p{L}.'’-]*( [\p{L}.'’-]+){0,2}"
COMMENT_SIGNATURE = LinePattern(
    {"any": [rf"^[-–—]?\s*{_NAME_PART}(, ?{_NAME_PART}){{1,2}},?$"]},
    max_words="comment_signature_max_words",
)


@detector("comment-thread", roles={Role.CHROME}, patterns=[COMMENT_HEADER, COMMENT_VOTES, COMMENT_SIGNATURE],
          reads=["comment-prompt", "share-bar"],
          examples=[
    # A forum thread: the replies, each under its date and its number from 2 on, one quoting the post it
    # answers; the opening post (number 1) is the story.
    Example("Home Forums New posts\n"
            "Built a rain barrel stand\n"
            "12.04.2026 at 18:20 · #1\n"
            "Hello all,\n"
            "after reading so many tips here I want to give something back. Last autumn my neighbour and I built a stand for two rain barrels from old pallets and a few bolts, and it has held up through the winter without a wobble.\n"
            "The stand cost us under forty pounds, most of it for the bolts and a tin of wood oil.\n"
            "Questions welcome!\n"
            "GreenThumb_Ann Member\n"
            "12.04.2026 at 19:02 · #2\n"
            "Great write-up, thanks! Did you oil the wood before or after you built the stand?\n"
            "Pallet_Pete Member\n"
            "12.04.2026 at 19:40 · #3\n"
            "Did you oil the wood before or after you built the stand?\n"
            "After, with two coats. The bolts need a dab of grease too, or they rust within a year.\n"
            "OldDigger New member\n"
            "13.04.2026 at 08:15 · #4\n"
            "Just what I was looking for. We plan to build one in May and I will post how it goes.",
            removed=("12.04.2026 at 19:02 · #2",
                     "Great write-up, thanks! Did you oil the wood before or after you built the stand?",
                     "Pallet_Pete Member",
                     "12.04.2026 at 19:40 · #3",
                     "Did you oil the wood before or after you built the stand?",
                     "After, with two coats. The bolts need a dab of grease too, or they rust within a year.",
                     "OldDigger New member",
                     "13.04.2026 at 08:15 · #4",
                     "Just what I was looking for. We plan to build one in May and I will post how it goes.")),
    # Comment threads in languages the tables had no words for: the writer's line, the time and the reply link.
    Example("Паром снова пойдёт в мае.\nАнна написала:\n12 мая 2019, 19:07 Ответить\nХорошая новость для острова.\n"
            "Пётр написал:\n12 мая 2019, 20:15 Ответить\nНаконец-то.",
            removed=("Анна написала:", "12 мая 2019, 19:07 Ответить", "Хорошая новость для острова.", "Пётр написал:",
                     "12 мая 2019, 20:15 Ответить", "Наконец-то.")),
    Example("Färjan går igen i maj.\nAnna skriver:\n12 maj 2019 kl. 19:07 Svara\nBra nyheter för ön.\n"
            "Per skrev:\n12 maj 2019 kl. 20:15 Svara\nÄntligen.",
            removed=("Anna skriver:", "12 maj 2019 kl. 19:07 Svara", "Bra nyheter för ön.", "Per skrev:",
                     "12 maj 2019 kl. 20:15 Svara", "Äntligen.")),
    # Threads in languages whose commenters' verbs and reply buttons the lists lacked: a verb's line over a
    # comment's time and its button, or the button alone under each comment.
    Example("Færgen sejler igen i maj.\nAnna siger:\n12. maj 2019 kl. 19:07 Svar\nGode nyheder for øen.\n"
            "Per skrev:\n12. maj 2019 kl. 20:15 Svar\nEndelig.",
            removed=("Anna siger:", "12. maj 2019 kl. 19:07 Svar", "Gode nyheder for øen.", "Per skrev:",
                     "12. maj 2019 kl. 20:15 Svar", "Endelig.")),
    Example("A komp májusban újra jár.\nAnna írta:\n2019.05.12. 19:07 Válasz\nJó hír a szigetnek.\n"
            "Péter írta:\n2019.05.12. 20:15 Válasz\nVégre.",
            removed=("Anna írta:", "2019.05.12. 19:07 Válasz", "Jó hír a szigetnek.", "Péter írta:",
                     "2019.05.12. 20:15 Válasz", "Végre.")),
    Example("Feribotul circulă din nou în mai.\nAna spune:\nVeste bună pentru insulă.\nRăspunde\nPetru spune:\n"
            "În sfârșit.\nRăspunde",
            removed=("Ana spune:", "Veste bună pentru insulă.", "Răspunde", "Petru spune:", "În sfârșit.", "Răspunde")),
    Example("Borgmesteren siger:\nVi bygger broen.\nOppositionen vil stemme i maj.\n"
            "A polgármester szerint:\nA híd elkészül.\nAz ellenzék májusban szavaz."),
    Example("Ministr napsal:\nVláda zákon podpoří.\nOpozice chce hlasovat v květnu."),
    Example("The club fired its coach on Monday.\n3 responses to “Coach fired”\nbluefan says:\nAbout time too.\n"
            "mike_r says:\nHe never had a chance with that squad, in my view.\nanna k says:\nSad day.",
            removed=("bluefan says:", "About time too.", "mike_r says:",
                     "He never had a chance with that squad, in my view.", "anna k says:", "Sad day.")),
    Example("The ferry will run again in May.\nAnna Berg\nMay 2, 2019 at 7:07 pm\nGood news for the island.\n"
            "Tom Lee\nMay 2, 2019 at 8:15 pm\nAbout time.\nAnna Berg\nMay 3, 2019 at 9:01 am\nAgreed!",
            removed=("May 2, 2019 at 7:07 pm", "Good news for the island.", "Tom Lee", "May 2, 2019 at 8:15 pm",
                     "About time.", "Anna Berg", "May 3, 2019 at 9:01 am", "Agreed!")),
    Example("Die Fähre fährt ab Mai.\nAnna Berg sagt:\n12. Mai 2019 um 19:07 Uhr\nGute Nachricht für die Insel.\nAntworten\n"
            "Tom Lee sagt:\n12. Mai 2019 um 20:15 Uhr\nEndlich.\nAntworten",
            removed=("Anna Berg sagt:", "12. Mai 2019 um 19:07 Uhr", "Gute Nachricht für die Insel.",
                     "Tom Lee sagt:", "12. Mai 2019 um 20:15 Uhr", "Endlich.")),
    # Headers of a name, a verb and the time with its date, and a newsletter platform's name and day; a story's
    # sentences that tell when someone wrote stay.
    Example("The ferry will run again in May.\nanna_b posted at 7:07 pm on Thu, May 2, 2019.\nGood news at last.\n"
            "tom_k schrieb am 2. Mai 2019 um 20:15\nEndlich.\nJo L. · May 3\nAbout time.",
            removed=("anna_b posted at 7:07 pm on Thu, May 2, 2019.", "Good news at last.", "tom_k schrieb am 2. Mai 2019 um 20:15",
                     "Endlich.", "Jo L. · May 3", "About time.")),
    Example("The ferry will run again in May.\nThe mayor wrote on Monday at 9:15 that the pier is safe.\n"
            "Residents posted at 7:07 pm on Thursday that the road was flooded again.\n"
            "Anna Berg wrote on 3 May at 9:41 to the council about the timetable."),
    # The header that names its writer after the time, under the thread's counted heading.
    Example("Die Fähre fährt ab Mai, und der Hafen ist bereit.\n12 Mai, 2019 um 19:07\nGute Nachricht für die Insel.\n"
            "12 Mai, 2019 um 20:15\nEndlich.\n13 Mai, 2019 um 08:01\nUnd die Preise?",
            removed=("12 Mai, 2019 um 19:07", "Gute Nachricht für die Insel.", "12 Mai, 2019 um 20:15", "Endlich.",
                     "13 Mai, 2019 um 08:01", "Und die Preise?")),
    Example("Die Fähre fährt ab Mai.\n2 Kommentare zu Die Fähre fährt wieder\nAm 12. Mai 2019 um 19:07 von Anna\n"
            "Gute Nachricht für die Insel.\nAm 12. Mai 2019 um 20:15 von Tom B.\nEndlich, und keinen Tag zu früh.",
            removed=("2 Kommentare zu Die Fähre fährt wieder", "Am 12. Mai 2019 um 19:07 von Anna",
                     "Gute Nachricht für die Insel.", "Am 12. Mai 2019 um 20:15 von Tom B.",
                     "Endlich, und keinen Tag zu früh.")),
    Example("Le ferry reprend en mai.\nMarie dit :\nBonne nouvelle.\nRépondre\nPaul dit :\nEnfin.\nRépondre\n"
            "Luc dit :\nBravo.",
            removed=("Marie dit :", "Bonne nouvelle.", "Paul dit :", "Enfin.", "Luc dit :", "Bravo.")),
    Example("Le port rouvre.\nmarie Le 9 mars à 10:06\nEnfin une bonne nouvelle.\npaul Le 9 mars à 11:15\nTrop tard.\n"
            "Comment by Jo Lee — 17.03.2019 @ 13:04\nAbout time.",
            removed=("marie Le 9 mars à 10:06", "Enfin une bonne nouvelle.", "paul Le 9 mars à 11:15", "Trop tard.",
                     "Comment by Jo Lee — 17.03.2019 @ 13:04", "About time.")),
    Example("The ferry will run again in May.\nComments\nGood news for the island at last.\n"
            "Posted by: anna_b | May 2, 2019 at 7:07 PM\nAbout time, too.\nPosted by tom on May 2, 2019 8:15 PM\n"
            "Agreed, and not a day too soon.\nPosted By: kay | May 3 2019 at 09:01 AM\nQuote | Report this post\n"
            "Posted by: Lin, Dover on 9:35am Fri 3 May 19\nThe old boat was better.\n"
            "May 4, 2019 7:06 PM | Link to this\nNo, it was not.\n#7 — May 4, 2019 @ 21:15PM — Sam [ URL ]\nIt was.",
            removed=("Good news for the island at last.", "Posted by: anna_b | May 2, 2019 at 7:07 PM", "About time, too.",
                     "Posted by tom on May 2, 2019 8:15 PM", "Agreed, and not a day too soon.",
                     "Posted By: kay | May 3 2019 at 09:01 AM", "Quote | Report this post",
                     "Posted by: Lin, Dover on 9:35am Fri 3 May 19", "The old boat was better.",
                     "May 4, 2019 7:06 PM | Link to this", "No, it was not.", "#7 — May 4, 2019 @ 21:15PM — Sam [ URL ]",
                     "It was.")),
    Example("The ferry will run again in May.\nAdd a comment\nPosted by: kay on 9:12am Fri 3 May 19\nAbout time.",
            removed=("Posted by: kay on 9:12am Fri 3 May 19", "About time.")),
    Example("Posted by Jane Doe on May 2, 2019 5:29 PM\nThe ferry will run again in May.\nThe council voted for it."),
    Example("The senator said: \"We will vote no.\"\nHer aide says:\nThe vote is on Friday."),
    Example("Der Minister sagt:\nWir bleiben bei unserem Plan.\nAntworten\nDie Opposition will im Mai abstimmen."),
    # Comments headed by their time and links, a short story above them.
    Example("The pier opens in May.\nMarch 3, 2019 at 9:14 pm Reply\nGood news for the island at last.\n"
            "March 3, 2019 at 10:02 pm Reply\nToo little, too late if you ask me.\nMarch 4, 2019 at 8:15 am Reply\nAgreed.",
            removed=("March 3, 2019 at 9:14 pm Reply", "Good news for the island at last.", "March 3, 2019 at 10:02 pm Reply",
                     "Too little, too late if you ask me.", "March 4, 2019 at 8:15 am Reply", "Agreed.")),
    Example("Der Steg öffnet im Mai.\n03.05.2019, 14:14 Zum Antworten anmelden Zitieren #\nEndlich eine gute Nachricht.\n"
            "Jo, Fr 3 Mai 2019 / 14:25 Antworten\nViel zu spät.\nLe 3 mai 2019 à 15h02 Répondre | Citer\nTrès bien.",
            removed=("03.05.2019, 14:14 Zum Antworten anmelden Zitieren #", "Endlich eine gute Nachricht.",
                     "Jo, Fr 3 Mai 2019 / 14:25 Antworten", "Viel zu spät.", "Le 3 mai 2019 à 15h02 Répondre | Citer",
                     "Très bien.")),
    # Fixtures with their kick-off times are no thread.
    Example("Fixtures\nSat 3 May 15:00 Leeds v Hull\nSat 3 May 17:30 Kiel v Lyon\nSun 4 May 14:00 Porto v Ajax\n"
            "The league resumes after the break."),
    Example("Liveticker\n12.03.2021, 10:15\nDer Zug steht still.\n12.03.2021, 10:40\nDie Bahn schickt Busse.\n"
            "12.03.2021, 11:05\nDer Verkehr rollt wieder."),
    # Comments signed below their text, under the comment heading.
    Example("The ferry will run again in May.\nHave your say\nGood news for the island at last.\n- Jo Lee, Leeds, UK\n"
            "Too little, too late if you ask me.\nanna k., Lyon\nEndlich wieder eine Fähre.\n— Hans, Kiel",
            removed=("Good news for the island at last.", "- Jo Lee, Leeds, UK", "Too little, too late if you ask me.",
                     "anna k., Lyon", "Endlich wieder eine Fähre.", "— Hans, Kiel")),
    # Comments under their heading with a row of buttons and votes under each ("Odpowiedz ▲ 12 ▼ 3",
    # "Antworten Melden", "Reply · Like · 12"): the first commenter's name and time join the thread.
    Example("Most na Warcie otwarto w piątek w południe.\nKomentarze (3)\nania_k\nŚwietna sprawa, czekaliśmy długo.\n"
            "Odpowiedz ▲ 12 ▼ 3\nKierowca77\nA ile to kosztowało?\nOdpowiedz ▲ 8 ▼ 1\nobserwator\n"
            "Nareszcie coś się dzieje.\nOdpowiedz ▲ 2 ▼ 0",
            removed=("ania_k", "Świetna sprawa, czekaliśmy długo.", "Odpowiedz ▲ 12 ▼ 3", "Kierowca77",
                     "A ile to kosztowało?", "Odpowiedz ▲ 8 ▼ 1", "obserwator", "Nareszcie coś się dzieje.",
                     "Odpowiedz ▲ 2 ▼ 0")),
    Example("Das Freibad öffnet erst im Juli.\nKommentare (3)\nHanne_K\nJedes Jahr dasselbe.\nAntworten Melden\nRolf\n"
            "Das glaube ich nicht.\nAntworten Melden\nsonne84\nGut, dass das Hallenbad offen bleibt.\nAntworten Melden",
            removed=("Hanne_K", "Jedes Jahr dasselbe.", "Antworten Melden", "Rolf", "Das glaube ich nicht.",
                     "Antworten Melden", "sonne84", "Gut, dass das Hallenbad offen bleibt.", "Antworten Melden")),
    Example("The pier reopens in May.\n14 Comments\nSort by Best\nMegan Holt\n2 years ago\nExactly what happened to me!\n"
            "Reply · Like · 12\nDave R.\n2 years ago\nHow much rye do you use?\nReply · Like · 3\nPriya\n1 year ago\n"
            "Worth a try.\nReply · Like · 9",
            removed=("Sort by Best", "Megan Holt", "2 years ago", "Exactly what happened to me!", "Reply · Like · 12",
                     "Dave R.", "2 years ago", "How much rye do you use?", "Reply · Like · 3", "Priya", "1 year ago",
                     "Worth a try.", "Reply · Like · 9")),
    # The story's byline with its time, above the comment heading, is no comment: the story stays.
    Example("Marek Nowak 12.05.2024, 14:35\nMost na Warcie otwarto w piątek w południe.\n"
            "Budowa kosztowała 84 miliony złotych.\nStary most zostanie zamknięty na rok.\nRemont potrwa do wiosny.\n"
            "Komentarze (3)\nania_k\n12.05.2024, 15:02\nŚwietna sprawa, czekaliśmy długo.\n▲ 12 ▼ 3\nKierowca77\n"
            "12.05.2024, 15:10\nA ile to kosztowało?\n▲ 8 ▼ 1\nobserwator\n12.05.2024, 16:10\n"
            "Nareszcie coś się dzieje.\n▲ 2 ▼ 0",
            removed=("ania_k", "12.05.2024, 15:02", "Świetna sprawa, czekaliśmy długo.", "▲ 12 ▼ 3", "Kierowca77",
                     "12.05.2024, 15:10", "A ile to kosztowało?", "▲ 8 ▼ 1", "obserwator", "12.05.2024, 16:10",
                     "Nareszcie coś się dzieje.", "▲ 2 ▼ 0")),
    # The story's byline with its time over a short story, then the comments under a heading the
    # detectors do not know: the byline is no commenter's line, and the story stays.
    Example("Von Jan Roth | 04.03.2024, 08:15 Uhr\nDie Fähre über den See fährt ab Mai wieder stündlich.\n"
            "Der Kreistag muss den Fahrplan noch billigen.\nStimmen der Leser (3)\nUte schrieb am 04.03.2024 um 09:02 Uhr\n"
            "Gut so.\nHeinz K. schrieb am 04.03.2024 um 09:40 Uhr\nViel zu spät.\nmia_s schrieb am 04.03.2024 um 10:11 Uhr\n"
            "Endlich.",
            removed=("Ute schrieb am 04.03.2024 um 09:02 Uhr", "Gut so.", "Heinz K. schrieb am 04.03.2024 um 09:40 Uhr",
                     "Viel zu spät.", "mia_s schrieb am 04.03.2024 um 10:11 Uhr", "Endlich.")),
    Example("Por Ana Gil | 04/03/2024, 08:15\nEl ferry del lago vuelve a salir cada hora desde mayo.\n"
            "El consejo aún debe aprobar el horario.\nOpiniones (3)\nLuis escribió el 04/03/2024 a las 09:02\n"
            "Por fin.\nmarta_r escribió el 04/03/2024 a las 09:40\nDemasiado tarde.\nPepe escribió el 04/03/2024 a las 10:11\n"
            "Bien hecho.",
            removed=("Luis escribió el 04/03/2024 a las 09:02", "Por fin.", "marta_r escribió el 04/03/2024 a las 09:40",
                     "Demasiado tarde.", "Pepe escribió el 04/03/2024 a las 10:11", "Bien hecho.")),
    Example("Par Paul Morel | 04/03/2024 à 08:15\nLe bac du lac reprend toutes les heures en mai.\n"
            "Door Piet de Vries | 04-03-2024 om 09:02\nDe veerboot vaart vanaf mei weer elk uur."),
    # The story's dateline with a share bar under it, over a story as short as a comment: no comment.
    Example("Ferry returns in May\nMay 2, 2024, 06:29\nShare on Facebook\nShare on Twitter\n"
            "The ferry will run again in May, the council said.\nIt voted for the new timetable on Monday evening.\n"
            "3 comments\nAnna\nMay 2, 2024 at 10:15\nGood news for the island.\nReply\nTom\nMay 2, 2024 at 11:02\n"
            "About time.\nReply\nKay\nMay 3, 2024 at 08:40\nAnd the fares?\nReply",
            removed=("Anna", "May 2, 2024 at 10:15", "Good news for the island.", "Tom", "May 2, 2024 at 11:02",
                     "About time.", "Kay", "May 3, 2024 at 08:40", "And the fares?")),
    # The votes written with their signs under each comment, its writer and its time over it.
    Example("Most na Warcie otwarto w piątek.\nKomentarze (3)\nania_k\n12.05.2024 15:02\nŚwietna sprawa, czekaliśmy długo.\n"
            "+12 / -3\nKierowca77\n12.05.2024 15:10\nA ile to kosztowało?\n+8 / -1\nobserwator\n12.05.2024 16:10\n"
            "Nareszcie coś się dzieje.\n+2 / -0",
            removed=("ania_k", "12.05.2024 15:02", "Świetna sprawa, czekaliśmy długo.", "+12 / -3", "Kierowca77",
                     "12.05.2024 15:10", "A ile to kosztowało?", "+8 / -1", "obserwator", "12.05.2024 16:10",
                     "Nareszcie coś się dzieje.", "+2 / -0")),
    Example("Wyniki\nTemperatura: +12 / -3 stopnie.\nBilans bramek +8 / -1 w trzech meczach.\nKoniec sezonu."),
    # A forecast's highs and lows, each under its day: no comment's text above them.
    Example("Das Wetter wird in der kommenden Woche deutlich kälter, sagt der Wetterdienst voraus.\n"
            "Die Aussichten für die nächsten Tage:\nMontag\n+12 / -3\nDienstag\n+10 / -1\nMittwoch\n+8 / -4\n"
            "Donnerstag\n+6 / -5\nAm Wochenende soll es wieder milder werden, mit etwas Regen im Norden."),
    Example("Kontakt\nBestattungsinstitut\n+49 221 / 50 80 00\nReisebüro\n+49 221 / 86 99 797\nGemeindehaus\n"
            "+49 221 / 29 23 560"),
    # One row of votes is no thread.
    Example("Wyniki głosowania\n▲ 12 ▼ 3\nUchwała przeszła."),
    # Quotes with their sources are no comments: no comment heading above them.
    Example("What they said\n'We will rebuild the pier.'\n- Ana Ruiz, Mayor, Leeds\n'Nous reconstruirons le port.'\n"
            "— Marie Dupont, Brest"),
])
def comment_thread(page: Page) -> list[int]:
    """Reader comment threads: comment_thread_min_headers or more commenter
    lines close together (one under a comment heading) ("jsmith says:", "Rating: 12 Votes", "Reply",
    "May 2, 2019 at 7:07 pm", "Posted by jo on May 2, 2019 5:29 PM") and the
    comments between them, through the last comment; from the comment heading
    on when the comments sign off below their text, with a signature ("- Jo
    Lee, Leeds, UK") or a header. Readers' posts, not the story."""
    settings = page.settings
    hits: list[int] = []
    # Signatures below their comments ("- Jo, Leeds"): from the comment heading to the last one.
    for thread in _threads(matching_positions(page, COMMENT_SIGNATURE), settings.comment_max_gap_blocks):
        start = _first_comment(thread[0], page, signed=True)
        if start < thread[0]:
            hits.extend(range(start, thread[-1] + 1))
    votes = [i for i in matching_positions(page, COMMENT_VOTES) if i and page.features[i - 1].terminal]
    headers = sorted({*matching_positions(page, COMMENT_HEADER), *votes})
    for thread in _threads(headers, settings.comment_max_gap_blocks):
        thread = _after_story_byline(_under_comment_heading(thread, page), page)
        # Under a comment heading ("Add comment"), one commenter line is enough; two when the first
        # stands under its commenter's name (comment_names_under_heading).
        headed = page.removed.get(page.blocks[thread[0]].index - 1) == comment_prompt.id or (
            settings.comment_names_under_heading and len(thread) > 1 and _under_heading(thread[0], page) is not None)
        if len(thread) < settings.comment_thread_min_headers and not headed:
            continue
        end = thread[-1] + 1
        while (end < len(page.blocks) and end - thread[-1] <= settings.last_comment_max_blocks
               and (page.features[end].terminal or _over_comment_button(end, page))):
            end += 1
        hits.extend(range(_first_comment(thread[0], page), end))
    return hits


def _over_comment_button(position: int, page: Page) -> bool:
    """Whether block ``position`` stands right over a line comment-prompt removed (the comment's "Reply"),
    with last_comment_over_button: the last comment's text runs to its button, ended like a sentence or not."""
    return (page.settings.last_comment_over_button
            and page.removed.get(page.blocks[position].index + 1) == comment_prompt.id)


def _threads(positions: list[int], max_gap: int) -> list[list[int]]:
    """The positions grouped where no two neighbours are more than max_gap apart."""
    threads: list[list[int]] = []
    for position in positions:
        if threads and position - threads[-1][-1] <= max_gap:
            threads[-1].append(position)
        else:
            threads.append([position])
    return threads


def _under_comment_heading(thread: list[int], page: Page) -> list[int]:
    """The thread's headers from the comment heading (a line removed by
    comment-prompt) on, when fewer than comment_thread_min_headers stand
    above it with a story between them and the heading, more sentences than
    a comment holds after its header (last_comment_max_blocks): those are
    the story's (its byline with the time, "Jo Lee 12.05.2024, 14:35"), not
    a comment's. So is a header with a share bar under it, above the
    heading: a comment has none (a short story under its dateline, of no
    more sentences than a comment); and one over a sentence whose shape is
    not that of the two headers under it, which share one: a thread's
    headers come from one template, the story's dateline from another
    (comment_header_shape_parts_story). A reply button under a comment
    splits nothing."""
    settings, texts = page.settings, page.texts()
    for k in range(1, min(len(thread), settings.comment_thread_min_headers)):
        prompts = [i for i in range(page.blocks[thread[k - 1]].index + 1, page.blocks[thread[k]].index)
                   if page.removed.get(i) == comment_prompt.id]
        if not prompts:
            continue
        sentences = sum(1 for position in range(thread[k - 1] + 1, thread[k])
                        if page.blocks[position].index < prompts[0] and page.features[position].terminal)
        shared = any(page.removed.get(i) == share_bar.id for i in range(page.blocks[thread[k - 1]].index + 1, prompts[0]))
        if sentences > settings.last_comment_max_blocks or (shared and sentences and settings.comment_share_bar_is_story):
            return thread[k:]
        if (sentences and settings.comment_header_shape_parts_story and k + 1 < len(thread)
                and _header_shape(texts[thread[k]]) == _header_shape(texts[thread[k + 1]])
                != _header_shape(texts[thread[k - 1]])):
            return thread[k:]
    return thread


_SHAPE_NUMBER = compiled(r"\d+")
_SHAPE_WORDS = compiled(r"\p{L}+(?:[\s'’-]+\p{L}+)*")


def _header_shape(text: str) -> str:
    """A commenter's line with each number a "0" and each run of words an "a" ("June 4, 2025 at 9:12 am" is
    "a 0, 0 a 0:0 a"): the shape its template gives every header of a thread, whatever the name or the time."""
    return str(_SHAPE_WORDS.sub("a", _SHAPE_NUMBER.sub("0", text)))


# A story's byline word, then a capitalised name: "Von Karin Lehner | 22.02.2024, 09:10 Uhr",
# "Por Ana Ruiz, 12/03/2024 10:15". Commenters' lines name them without it ("Ana schrieb am ...").
_STORY_BYLINE = compiled(rf"^(?i:{'|'.join(dict.fromkeys(STORY_BYLINE_WORDS.values()))})\s+\p{{Lu}}")


def _after_story_byline(thread: list[int], page: Page) -> list[int]:
    """The thread without its first header when that is the story's byline
    with its time ("Von Karin Lehner | 22.02.2024, 09:10 Uhr") and the next
    header is no byline: the story under it is not the first comment."""
    texts = [page.blocks[i].text for i in thread[:2]]
    if len(texts) == 2 and _STORY_BYLINE.match(texts[0]) and not _STORY_BYLINE.match(texts[1]):
        return thread[1:]
    return thread


def _first_comment(header: int, page: Page, *, signed: bool = False) -> int:
    """Where the thread begins: at its first header, or earlier when the
    comments sign off below their text and a comment heading ("Comments",
    removed by comment-prompt) stands above the first of them, with at most
    comment_heading_max_gap removed blocks ("Show all") or commenter's
    names between. Above a header the comment is sentences; above a
    signature (``signed``) it may be anything readers type. A header under
    its comment's reply button ("Odpowiedz", then "▲ 12 ▼ 3") has its
    comment above that button, when a comment heading stands over it."""
    if not signed:
        start = _comment_above(header, page, signed, buttons=True)
        if start < header and (first := _under_heading(start, page)) is not None:
            return first
    first = _under_heading(_comment_above(header, page, signed, buttons=False), page)
    return header if first is None else first


def _comment_above(header: int, page: Page, signed: bool, *, buttons: bool) -> int:
    """The first line of the comment above ``header``: at most
    last_comment_max_blocks adjacent lines, sentences unless ``signed``;
    with ``buttons``, lines removed as comment prompts may stand between."""
    start = header
    while start > 0 and header - start < page.settings.last_comment_max_blocks and (
            signed or page.features[start - 1].terminal):
        between = range(page.blocks[start - 1].index + 1, page.blocks[start].index)
        if between and not (buttons and all(page.removed.get(i) == comment_prompt.id for i in between)):
            break
        start -= 1
    return start


def _under_heading(start: int, page: Page) -> int | None:
    """Where the comment starting at ``start`` begins under a comment heading
    above it, with at most comment_heading_max_gap removed lines between (its
    date, "Show all") and at most first_commenter_max_lines short lines kept
    that are no sentence (its commenter's name and time, "Sort by Best"),
    which join the thread; None without one."""
    settings, position, skipped = page.settings, start, 0
    i = page.blocks[start].index - 1
    while i >= 0:
        stage = page.removed.get(i)
        if stage == comment_prompt.id:
            return position
        if stage is not None:
            skipped += 1
            if skipped > settings.comment_heading_max_gap:
                return None
        elif (start - position >= settings.first_commenter_max_lines or position == 0
              or page.blocks[position - 1].index != i or page.features[position - 1].terminal
              or page.features[position - 1].words > settings.comment_signature_max_words):
            return None
        else:
            position -= 1
        i -= 1
    return None


# A clip's length or the player's position in it: "2:45", "0:00 / 2:31".
_CLIP_TIME = r"^-?\d{1,2}:\d{2}(:\d{2})?(\s*/\s*-?\d{1,2}:\d{2}(:\d{2})?)?$"
_CLIP_TIME_LINE = compiled(_CLIP_TIME)


def _controls(*controls: str) -> str:
    """A line of a live ticker's controls, one or more of ``controls`` (patterns) set apart by spaces or marks."""
    one = "(" + "|".join(controls) + ")"
    return rf"^{one}({_CONTROL_MARK}{one})*$"


# A browser that cannot play the clip: a sentence of its own, longer than the player's buttons.
BROWSER_NOTICE = LinePattern(
    {
        "en": [r"^your browser does not support (the |this )?(html5 )?(audio|video)\b.{0,40}$"],
        "de": [r"^(ihr|dein) browser unterstützt (kein|keine|das|dieses|den) .{0,20}\b(audio|video)\w*\b.{0,40}$"],
        "fr": [r"^votre navigateur ne (supporte|prend) pas\b.{0,40}\b(audio|vidéo)\b.{0,20}$"],
        "es": [r"^(tu|su) navegador no (soporta|admite|es compatible con)\b.{0,30}\b(audio|video|vídeo)\b.{0,20}$"],
        "it": [r"^il tuo browser non supporta\b.{0,30}\b(audio|video)\b.{0,20}$"],
        "pt": [r"^(o )?(seu|teu) navegador não (suporta|é compatível com)\b.{0,30}\b(áudio|vídeo|audio|video)\b.{0,20}$"],
        "nl": [r"^(je|uw) browser ondersteunt\b.{0,30}\b(audio|video)\b.{0,20}$"],
        "pl": [r"^twoja przeglądarka nie obsługuje\b.{0,30}\b(audio|wideo|video)\b.{0,20}$"],
    },
    max_words="media_player_notice_max_words",
)


def _pager(previous: str, following: str, full_screen: str) -> str:
    """A gallery's pager with its full-screen button: "‹ Précédente Suivante › Plein écran" (the button tells it
    from a blog's links to its other posts)."""
    return (rf"^[‹«<←]?\s*({previous})\s*[›»>→]?{_CONTROL_MARK}[‹«<←]?\s*({following})\s*[›»>→]?{_CONTROL_MARK}"
            rf"({full_screen})$")


MEDIA_PLAYER = LinePattern(
    {
        "any": [
            _CLIP_TIME,
            _pager(r"previous|prev", r"next", r"full ?screen"),
            _pager(r"zurück|vorheriges?", r"weiter|nächstes?", r"vollbild"),
            _pager(r"précédente?", r"suivante?", r"plein écran"),
            _pager(r"anterior", r"siguiente", r"pantalla completa"),
            _pager(r"precedente", r"successiv[ao]", r"schermo intero"),
            _pager(r"anterior", r"seguinte|próxim[ao]", r"ecrã inteiro|tela cheia"),
            _pager(r"vorige", r"volgende", r"volledig scherm"),
            _pager(r"poprzedni[ae]?", r"następn[eya]", r"pełny ekran"),
            # A live ticker's controls over its entries, in each language: "Newest first Oldest first Auto-refresh".
            _controls(r"(show )?(newest|latest|oldest|earliest) first", r"auto-?(refresh|update)( (on|off))?",
                      r"load (more|new|newer|earlier|older) (updates|posts|entries)"),
            _controls(r"(neueste|älteste) (zuerst|oben)", r"automatisch aktualisieren", r"auto-?aktualisierung",
                      r"(neue|neuere|ältere|weitere) (einträge|beiträge|meldungen) laden"),
            _controls(r"(les )?plus (récents|anciens)( d['’]abord| en premier)", r"actualisation automatique"),
            _controls(r"(los )?más (recientes|antiguos) primero", r"actualización automática"),
            r"^[×✕✖xX]$",
            # The play button with its mark, or with the clip's length, in each language: "▶ Lire la vidéo",
            # "▶ Play video", "Lecture 01:24", "Reproducir 2:05" (the words alone are each language's list below).
            (r"^[▶►⏵]\s*(play|watch|lire|regarder|reproducir|ver|riproduci|guarda|reproduzir|assistir|afspelen|bekijk|abspielen"
             r"|ansehen|odtwórz|obejrzyj|смотреть|воспроизвести)( (the |la |le |el |il |o |a |het |das |den )?(video|vidéo|vídeo|wideo"
             r"|видео|clip))?\W{0,3}$"),
            (r"^(play|lecture|lire|reproducir|riproduci|reproduzir|afspelen|abspielen|odtwórz|смотреть)\s+\d{1,2}:\d{2}"
             r"(:\d{2})?$"),
            # The player's notice that the clip starts after its ad, in each language: "Your video will begin after
            # this ad", "Reklam bitiminde video başlayacaktır".
            (r"^((the |your )?video (will )?(start|begin|play)s? (after|once) (the|this) (ad|advert|advertisement)"
             r"|das video (startet|beginnt) nach der (werbung|anzeige)|(la )?vidéo (commencera|démarrera) après (la|cette) publicité"
             r"|el (vídeo|video) (comenzará|empezará) (después del|tras el) anuncio|il video (inizierà|partirà) dopo (la pubblicità|l['’]annuncio)"
             r"|o vídeo (começará|vai começar) (depois|após) (do|o) anúncio|de video (start|begint) na de advertentie"
             r"|(film|wideo) (rozpocznie|zacznie) się po reklamie|reklam(ın)? (bitiminde|sonras[ıi]nda) video başlayacak(t[ıi]r)?)\W{0,3}$"),
            # A gallery's counter alone: "16 von 17", "3 of 12".
            r"^\d{1,3} (of|von|sur|de|di|van|z) \d{1,3}$",
            # The story read out, its button with the reading's length, in each language: "Listen 4 min",
            # "Anhören (18 Min.)", "Lyssna 3 min", "Écouter · 5 min".
            rf"^{_LISTEN_FOR}$",
            # A download link's file size alone: "123 KB", "(PDF, 1.2 MB)".
            r"^\(?((pdf|docx?|xlsx?|pptx?|zip|mp3|epub)\s*[,|]?\s*)?\d+([.,]\d+)?\s?(kb|mb|gb|kib|mib)\)?$",
            # A download link's name with its file's type and size: "Annual report 2025 (PDF, 4.2 MB)",
            # "Agenda as PDF (180 KB)", "site_plan.jpg (312 KB, 12 downloads)"; "Mo", "Ko": French sizes.
            (r"\((pdf|docx?|xlsx?|pptx?|od[tsp]|zip|mp3|mp4|epub|jpe?g|png|csv)\s*[,|·;]\s*\d+([.,]\d+)?\s?"
             r"(kb|mb|gb|kib|mib|ko|mo|go)\)$"),
            (r"\b(pdf|docx?|xlsx?|pptx?|od[tsp]|zip|mp3|mp4|epub|jpe?g|png|csv)\s*\(\s*\d+([.,]\d+)?\s?(kb|mb|gb|kib|mib|ko|mo|go)\b"
             r"[^()]{0,40}\)$"),
        ],
        "en": [
            (r"^(close|play|pause|replay|mute|unmute|fullscreen|full screen|exit full ?screen|play video|watch( video)?"
            r"|now playing|up next|next video|captions|subtitles|settings|chapters|descriptions|audio track"
            r"|playback rate|quality|autoplay|skip ad|cancel)$"),
            r"^(loaded|progress|current time|duration|remaining time|stream type)\b.{0,20}$",
            r"^(start (the )?slideshow|view slideshow)$",
            r"^download (the |this )?(transcript|script|pdf|document|file|episode)( as (a )?pdf)?\W{0,3}$",
            r"^(this is a modal window|beginning of dialog window|end of dialog window|video player is loading)\b",
            r"^(no compatible source was found for this media|the media could not be loaded)",
            r"^(caption|captions|subtitles) (settings|off|on)\b",
            r"^(image|photo|picture|slide|video) \d+ (of|/|of /) \d+$",
            r"^(show|close|open|view) (the )?(image|photo|picture)$",
            # Links to the story's pictures: "View gallery", "View Photo Gallery (24 photos)", "Buy a copy of this picture".
            (r"^(view|see|open|launch) (the )?(photo |image |picture )?(gallery|slideshow)( (in )?full ?screen)?"
             r"( \(\d+ (photos|pictures|images|slides)\))?\W{0,3}$"),
            r"^(buy|order|purchase) (a )?(copy|print) of this (photo|picture|image)\W{0,3}$",
            r"^(click (here |the )?(photo |image |picture )?to )?enlarge( this| the)?( photo| image| picture)?\W{0,3}$",
            r"^thanks for watching\b.{0,30}$",
            r"^media playback is (unsupported|not supported) on your device\b",
            r"^loading\s*(\.\.\.|…)?$",
            r"^(please )?enable javascript to (view|watch|play) (this|the) (video|audio|media)\b.{0,20}$",
        ],
        # "Loading..." in languages without more here.
        "ru": [r"^(загрузка|загружается)\s*(\.\.\.|…)?$"],
        "uk": [r"^(завантаження|завантажується)\s*(\.\.\.|…)?$"],
        "cs": [r"^(načítání|načítám)\s*(\.\.\.|…)?$"],
        "sv": [r"^(laddar|laddar in)\s*(\.\.\.|…)?$"],
        "tr": [r"^(yükleniyor)\s*(\.\.\.|…)?$"],
        # ... and "click to enlarge": "点击查看大图".
        "zh": [r"^(加载中|正在加载)\s*(\.\.\.|…)?$", r"^(点击|点此)(查看)?(大图|原图|放大)$"],
        "ja": [r"^(読み込み中|ロード中)\s*(\.\.\.|…)?$", r"^(写真|画像)(を)?拡大$", r"^この記事の(写真|画像)(を見る)?$"],
        "da": [r"^indlæser\s*(\.\.\.|…)?$"],
        "no": [r"^laster( inn)?\s*(\.\.\.|…)?$"],
        "fi": [r"^ladataan\s*(\.\.\.|…)?$"],
        "hu": [r"^(betöltés|töltődik)\s*(\.\.\.|…)?$"],
        "ro": [r"^se încarcă\s*(\.\.\.|…)?$"],
        "el": [r"^(φόρτωση|φορτώνει)\s*(\.\.\.|…)?$"],
        "ko": [r"^(로딩 ?중|불러오는 ?중)\s*(\.\.\.|…)?$"],
        "id": [r"^memuat\s*(\.\.\.|…)?$"],
        "vi": [r"^đang tải\s*(\.\.\.|…)?$"],
        "ar": [r"^(جار|جاري|جارٍ) التحميل\s*(\.\.\.|…)?$"],
        # Each language: the player's buttons, "Loading...", "Photo 2 of 5", the
        # notice that the player needs JavaScript.
        "de": [
            (r"^(schließen|abspielen|video abspielen|video ansehen|jetzt ansehen|stummschalten|ton an|ton aus"
             r"|vollbild|vollbildmodus( beenden)?|nächstes video|untertitel( an| aus)?)$"),
            r"^(wird geladen\s*(\.\.\.|…)?|(lädt|laden)\s*(\.\.\.|…))$",
            (r"^((dieses|das|den) )?(skript|manuskript|transkript|dokument|pdf|datei|folge|beitrag)( als (pdf|mp3))?"
             r" (herunterladen|downloaden)\W{0,3}$"),
            r"^(bild|foto|video) \d+ (von|/) \d+$",
            r"^(bild|foto) (anzeigen|schließen|öffnen)$",
            # ... its count of pictures after it: "Bildergalerie ansehen (14 Bilder)".
            (r"^(zur (bildergalerie|fotostrecke|galerie)|(bildergalerie|fotostrecke)( ansehen| öffnen)?|galerie (ansehen|öffnen))"
             r"( \(\d{1,3} (bilder|fotos)\))?$"),
            # The story read out, a gallery's start, an embedded post's button: interruptions of the story.
            r"^((artikel|beitrag|text) (anhören|vorlesen( lassen)?)|diashow (starten|ansehen)|(tweet|beitrag auf x) anzeigen)$",
            r"^(dieses )?(foto|bild) kaufen$",
            r"^((zum )?vergrößern( klicken)?|(bild|foto) vergrößern)$",
            r"^(bitte )?aktivieren sie javascript,? um (das|dieses) (video|audio) (zu sehen|abzuspielen|anzusehen)\b.{0,20}$",
        ],
        "fr": [
            r"^(fermer|lire la vidéo|regarder la vidéo|plein écran|quitter le plein écran|sous-titres|couper le son)$",
            r"^(chargement|chargement en cours)\s*(\.\.\.|…)?$",
            r"^télécharger (le |la |ce |cette |l')?(transcription|script|pdf|document|fichier|épisode)( en pdf)?\W{0,3}$",
            r"^(photo|image|vidéo|diapositive) \d+ (sur|/) \d+$",
            r"^(afficher|fermer|voir|ouvrir) (l'image|la photo)$",
            r"^(voir|ouvrir) (la )?(galerie|diaporama)( photos?)?( en plein écran)?$",
            r"^(écouter (cet |l')article|lancer le diaporama)$",
            r"^acheter cette (photo|image)$",
            r"^((cliquez )?pour agrandir|agrandir (la photo|l'image))$",
            r"^la lecture de (ce|cette) (contenu|vidéo|média) (n'est pas|est) .{0,40}\b(prise? en charge|impossible)\b",
        ],
        "es": [
            r"^(cerrar|reproducir|reproducir video|ver video|ver vídeo|pantalla completa|subtítulos|silenciar)$",
            r"^cargando\s*(\.\.\.|…)?$",
            r"^descargar (el |la |este |esta )?(transcripción|guion|guión|pdf|documento|archivo|episodio)( en pdf)?\W{0,3}$",
            r"^(foto|imagen|video|vídeo) \d+ (de|/) \d+$",
            r"^(ver|mostrar|cerrar|abrir) (la )?(imagen|foto)$",
            r"^(ver|abrir) (la )?(galería|fotogalería)( de fotos)?( en pantalla completa)?$",
            r"^comprar esta (foto|imagen)$",
            r"^((haz clic )?para ampliar|ampliar (la )?(foto|imagen))$",
        ],
        "it": [
            r"^(chiudi|riproduci|guarda il video|schermo intero|sottotitoli|disattiva audio)$",
            r"^(caricamento|caricamento in corso)\s*(\.\.\.|…)?$",
            r"^scarica (il |la |lo |questo |questa |l')?(trascrizione|testo|pdf|documento|file|episodio)( in pdf)?\W{0,3}$",
            r"^(foto|immagine|video) \d+ (di|/) \d+$",
            r"^(mostra|chiudi|vedi|apri) (l'immagine|la foto|immagine|foto)$",
            r"^(vedi|apri) (la )?(galleria|gallery|fotogallery)( fotografica)?( a schermo intero)?$",
            r"^acquista questa (foto|immagine)$",
        ],
        "pt": [
            r"^(fechar|reproduzir|assistir ao vídeo|ver vídeo|ecrã inteiro|tela cheia|legendas|silenciar)$",
            r"^(carregando|a carregar)\s*(\.\.\.|…)?$",
            (r"^(baixar|descarregar) (o |a |este |esta )?(transcrição|roteiro|pdf|documento|arquivo|ficheiro|episódio)"
             r"( em pdf)?\W{0,3}$"),
            r"^(foto|imagem|vídeo) \d+ (de|/) \d+$",
            r"^(ver|mostrar|fechar|abrir) (a )?(imagem|foto)$",
            r"^(ver|abrir) (a )?(galeria|fotogaleria)( de fotos)?( em ecrã inteiro| em tela cheia)?$",
            r"^comprar esta (foto|imagem)$",
        ],
        "nl": [
            r"^(sluiten|afspelen|video afspelen|bekijk de video|volledig scherm|ondertiteling|geluid uit)$",
            r"^(bezig met laden\s*(\.\.\.|…)?|laden\s*(\.\.\.|…))$",
            r"^(download )?(het |de |dit |deze )?(transcript|script|pdf|document|bestand|aflevering)( als pdf)? (downloaden|download)\W{0,3}$",
            r"^download (het |de |dit |deze )?(transcript|script|pdf|document|bestand|aflevering)( als pdf)?\W{0,3}$",
            r"^(foto|afbeelding|video) \d+ (van|/) \d+$",
            r"^(toon|sluit|bekijk|open) (de )?(afbeelding|foto)$",
            r"^(bekijk|open) (de )?(fotoserie|galerij|fotogalerij)( op volledig scherm)?$",
            r"^koop deze foto$",
        ],
        "pl": [
            r"^(zamknij|odtwórz|odtwórz wideo|zobacz wideo|pełny ekran|napisy|wycisz)$",
            r"^(ładowanie|wczytywanie)\s*(\.\.\.|…)?$",
            r"^pobierz (ten |tę )?(transkrypcję|skrypt|pdf|dokument|plik|odcinek)( w pdf| jako pdf)?\W{0,3}$",
            r"^(zdjęcie|foto|wideo) \d+ (z|/) \d+$",
            r"^(pokaż|zamknij|zobacz|otwórz) (zdjęcie|obraz)$",
            r"^(zobacz|otwórz) (galerię|fotogalerię)( zdjęć)?( na pełnym ekranie)?$",
            r"^kup to zdjęcie$",
        ],
    },
    max_words="media_player_max_words",
)


def _teaser(labels: str, separated: str = r"\s*[:.|–—-]\s+") -> str:
    """A clip's or a gallery's link run into its title: one of ``labels``, ``separated`` from a title that ends
    without a full stop (a headline's shape; a story's sentence about a clip ends with one)."""
    return rf"^({labels}){separated}\S.*(?<!\.)$"


MEDIA_TEASER = LinePattern(
    {
        "en": [_teaser(r"video|watch|gallery|photo gallery|photos|in pictures")],
        "de": [_teaser(r"video|bildergalerie|bilderstrecke|fotostrecke|fotogalerie|galerie")],
        "fr": [_teaser(r"vidéo|video|diaporama|galerie photos?|en images|photos")],
        "es": [_teaser(r"vídeo|video|galería|fotogalería|galería de fotos|en imágenes|fotos")],
        "it": [_teaser(r"video|fotogallery|gallery|galleria fotografica|fotogalleria|foto")],
        "pt": [_teaser(r"vídeo|video|galeria|fotogaleria|galeria de fotos|fotos")],
        "nl": [_teaser(r"video|fotoserie|fotogalerij|foto's")],
        # ... and the call to see them before the title, with no mark between: "ZOBACZ WIDEO Burmistrz o promie".
        "pl": [_teaser(r"wideo|video|galeria|fotogaleria|zdjęcia"),
               _teaser(r"(zobacz|obejrzyj) (galerię|fotogalerię|zdjęcia|wideo|film|nagranie)", r"\b\s*")],
    },
    max_words="media_teaser_max_words",
)


@detector("media-teaser", roles={Role.INTERRUPTION}, patterns=[MEDIA_TEASER], examples=[
    Example("The storm hit the coast.\nVideo: Divers at the pier (2:14)\nBildergalerie: Das Hafenfest (18 Fotos)\n"
            "VIDÉO. Le port vu du ciel\nZobacz galerię zdjęć z meczu (46 zdjęć)\nThe council met on Monday.",
            removed=("Video: Divers at the pier (2:14)", "Bildergalerie: Das Hafenfest (18 Fotos)",
                     "VIDÉO. Le port vu du ciel", "Zobacz galerię zdjęć z meczu (46 zdjęć)")),
    # A story's sentence about a clip stays.
    Example("The storm hit the coast.\nVideo: a neighbour filmed the ferry as it drifted towards the weir, police said.\n"
            "Video footage shows the ferry drifting."),
])
def media_teaser(page: Page) -> list[int]:
    """A clip's or a gallery's link run into its title, set in the story or
    under it: "Video: Divers at the pier (2:14)", "VIDÉO. Le port vu du ciel",
    "Bildergalerie: Das Hafenfest (18 Fotos)", "Zobacz galerię zdjęć z
    meczu". The title ends without a full stop (a headline's shape); a
    story's sentence about a clip ends with one. The story goes on across
    it, as across a player: as an end of the story, it cut a live blog's
    entries and a gallery's last caption under it (study sets).
    Not the page's first line: the page's title, duplicate-headline's
    ("EN IMAGES – <headline> | <site>")."""
    return [i for i in matching_positions(page, MEDIA_TEASER) if page.blocks[i].index > 0]


# A gallery's label or its count of pictures alone on a line: "Galerie", "Bildergalerie", "14 Bilder".
_GALLERY_LABEL = compiled(
    r"^((bilder|foto|photo )?(galerie|gallery)|fotostrecke|fotogalerie|diaporama|galería|galería de fotos|galleria"
    r"|fotogallery|galeria|galeria zdjęć|fotogalerij|galerij|\d{1,3} (bilder|fotos|photos|images|pictures|immagini|foto"
    r"|imágenes|zdjęć|zdjęcia))$", regex.I)


# The letters a gallery's label begins with, in either case (no other character folds to one of them): a
# line that begins otherwise is not tried, but for a count of pictures, whose digits digit_share counts.
_GALLERY_INITIALS = frozenset("bBdDfFgGpP")
# The longest line the label's pattern matches ("galería de fotos" and a final line break, case ignored a
# character for a character): a longer line is not tried.
_GALLERY_LABEL_MAX_CHARS = 17


def _gallery_titles(page: Page) -> list[int]:
    """A gallery's label or picture count alone on its line and the gallery's title right over it: a
    short line without a sentence's stop. The label under a sentence stays."""
    texts, features = page.texts(), page.features
    found = []
    for i in range(1, len(texts)):
        title = features[i - 1]
        # The title's features first: most lines follow a sentence, and the label's pattern costs more
        # (a call of it some thousands of instructions, where the first character's test is a few dozen).
        if (not title.terminal and title.words <= page.settings.gallery_title_max_words
                and (texts[i][:1] in _GALLERY_INITIALS or features[i].digit_share)
                and len(texts[i]) <= _GALLERY_LABEL_MAX_CHARS and _GALLERY_LABEL.match(texts[i])):
            found += [i - 1, i]
    return found


@detector("media-player", roles={Role.INTERRUPTION}, patterns=[MEDIA_PLAYER, BROWSER_NOTICE], examples=[
        # The player's notice that the clip starts after its ad; a story's sentence on ads before videos stays.
        Example("The lights went on at dusk.\nYour video will begin after this ad\nDas Video startet nach der Werbung\n"
                "Reklam bitiminde video başlayacaktır\nThe council met on Monday.\n"
                "The video will start after the ad break, the broadcaster said, and run for ten minutes.",
                removed=("Your video will begin after this ad", "Das Video startet nach der Werbung",
                         "Reklam bitiminde video başlayacaktır")),
        # The button that reads the story out, with the reading's length, alone or in the share row; a story's
        # sentence on listening stays.
        Example("The lights went on at dusk.\nListen 4 min\nLyssna 3 min\nÉcouter · 5 min\nThe council met on Monday.\n"
                "Listen to the council for 10 minutes, she said.",
                removed=("Listen 4 min", "Lyssna 3 min", "Écouter · 5 min")),
        # A gallery's pager with its full-screen button, a browser's notice in a sentence; a story's sentences stay.
        Example("The lights went on at dusk.\n‹ Précédente Suivante › Plein écran\n"
                "Votre navigateur ne prend pas en charge la lecture de cette vidéo.\nThe council met on Monday.",
                removed=("‹ Précédente Suivante › Plein écran",
                         "Votre navigateur ne prend pas en charge la lecture de cette vidéo.")),
        Example("The lights went on at dusk.\nPrevious organisers said the next festival would need a bigger budget.\n"
                "Votre navigateur ne sait pas tout : la vidéo a été vue dix mille fois en une journée, dit-elle."),
        # A live ticker's controls over its entries, in each language; the words in a sentence stay.
        Example("The river rose again.\nNewest first Oldest first Auto-refresh\nLatest first · Auto-update off\n"
                "Neueste zuerst Älteste zuerst\nNeue Einträge laden Automatisch aktualisieren\nLes plus récents d'abord\n"
                "Más recientes primero Actualización automática\nLoad earlier updates",
                removed=("Newest first Oldest first Auto-refresh", "Latest first · Auto-update off",
                         "Neueste zuerst Älteste zuerst", "Neue Einträge laden Automatisch aktualisieren",
                         "Les plus récents d'abord", "Más recientes primero Actualización automática",
                         "Load earlier updates")),
        Example("The newest first-aid kits were handed out on Monday.\nOldest first, the nurse said, and the queue moved."),
        Example("Совет собрался.\nЗагрузка...\nNačítání…\nLaddar\nYükleniyor...\n加载中...\n読み込み中\n写真拡大\nこの記事の写真",
                removed=("Загрузка...", "Načítání…", "Laddar", "Yükleniyor...", "加载中...", "読み込み中", "写真拡大",
                         "この記事の写真")),
        Example("Загрузка зерна в порту заняла три дня.\nLaddar du bilen hemma blir det billigare, sa hon."),
        Example("市议会周二批准了预算。\n点击查看大图\n点击放大\n施工将于春季开始。", removed=("点击查看大图", "点击放大")),
        Example("Byrådet mødtes.\nIndlæser...\nLaster inn …\nLadataan\nBetöltés...\nSe încarcă...\nΦόρτωση...\n로딩 중\n"
                "Memuat...\nĐang tải...\nجاري التحميل...",
                removed=("Indlæser...", "Laster inn …", "Ladataan", "Betöltés...", "Se încarcă...", "Φόρτωση...", "로딩 중",
                         "Memuat...", "Đang tải...", "جاري التحميل...")),
        Example("Ladataan auto kotona yöllä, se on halvempaa, hän sanoi.\nĐang tải hàng lên tàu thì trời đổ mưa."),
        # The play button with its mark or with the clip's length, in each language; the words in a sentence stay.
        Example("The storm hit the coast.\n▶ Lire la vidéo\n▶ Play video\n► Reproducir vídeo\nLecture 01:24\n"
                "Reproducir 2:05\nAbspielen 0:48\nThe council met on Monday.",
                removed=("▶ Lire la vidéo", "▶ Play video", "► Reproducir vídeo", "Lecture 01:24", "Reproducir 2:05",
                         "Abspielen 0:48")),
        Example("The storm hit the coast.\nLecture publique à 18:30 à la médiathèque.\n▶ Lire la suite de l'enquête sur la digue\n"
                "The council met on Monday."),
        # The story read out, a gallery's start, an embedded post's button; the words in a sentence stay.
        Example("The storm hit the coast.\nStart slideshow\nArtikel anhören\nDiashow starten\nTweet anzeigen\n"
                "Écouter cet article\nLancer le diaporama\nSie wollte den Artikel anhören, bevor sie entschied.",
                removed=("Start slideshow", "Artikel anhören", "Diashow starten", "Tweet anzeigen", "Écouter cet article",
                         "Lancer le diaporama")),
        Example("Listen to this story\nYour browser does not support the audio element.\n"
                "Ihr Browser unterstützt kein HTML5-Audio.\nTu navegador no soporta este elemento de audio.\n"
                "Votre navigateur ne supporte pas la vidéo.\nTwoja przeglądarka nie obsługuje odtwarzania wideo.\n"
                "The council met on Monday.",
                removed=("Your browser does not support the audio element.", "Ihr Browser unterstützt kein HTML5-Audio.",
                         "Tu navegador no soporta este elemento de audio.", "Votre navigateur ne supporte pas la vidéo.",
                         "Twoja przeglądarka nie obsługuje odtwarzania wideo.")),
        Example("The storm hit the coast.\n0:00\n0:00 / 2:31\nClose\n×\nPlay Video\nImage 2 of 5\n"
                "Media playback is unsupported on your device",
                removed=("0:00", "0:00 / 2:31", "Close", "×", "Play Video", "Image 2 of 5",
                         "Media playback is unsupported on your device")),
        Example("Doors close at 9:30 and the show starts promptly.\nPlay resumed after the rain."),
        # A gallery's own buttons and counter, in each language.
        Example("The storm hit the coast.\n3 of 12\nShow image\nBild anzeigen\nBild schließen\n16 von 17\n"
                "Afficher l'image\nVer imagen\nMostra foto\nFechar imagem\nSluit afbeelding\nPokaż zdjęcie\nThe sea wall held.",
                removed=("3 of 12", "Show image", "Bild anzeigen", "Bild schließen", "16 von 17", "Afficher l'image",
                         "Ver imagen", "Mostra foto", "Fechar imagem", "Sluit afbeelding", "Pokaż zdjęcie")),
        Example("The storm hit the coast.\nView Gallery\nBuy a copy of this picture.\nZur Bildergalerie\nVoir la galerie photos\n"
                "Ver galería\nVedi la galleria\nVer galeria\nBekijk de fotoserie\nZobacz galerię\nFoto kaufen\n"
                "Acheter cette photo\nKup to zdjęcie",
                removed=("View Gallery", "Buy a copy of this picture.", "Zur Bildergalerie", "Voir la galerie photos",
                         "Ver galería", "Vedi la galleria", "Ver galeria", "Bekijk de fotoserie", "Zobacz galerię",
                         "Foto kaufen", "Acheter cette photo", "Kup to zdjęcie")),
        # The gallery's link that opens it full screen.
        Example("The storm hit the coast.\nView gallery full screen\nVoir la galerie en plein écran\n"
                "Ver galería en pantalla completa\nVedi la galleria a schermo intero\nVer galeria em ecrã inteiro\n"
                "Bekijk de fotoserie op volledig scherm\nZobacz galerię na pełnym ekranie\nThe sea wall held.",
                removed=("View gallery full screen", "Voir la galerie en plein écran", "Ver galería en pantalla completa",
                         "Vedi la galleria a schermo intero", "Ver galeria em ecrã inteiro",
                         "Bekijk de fotoserie op volledig scherm", "Zobacz galerię na pełnym ekranie")),
        # A German gallery's link with its count of pictures; a sentence on a gallery stays.
        Example("Der Verein ehrte drei Mitglieder.\nBildergalerie ansehen (14 Bilder)\nZur Bildergalerie (36 Bilder)\n"
                "Die Bildergalerie zeigt 14 Bilder vom Fest.",
                removed=("Bildergalerie ansehen (14 Bilder)", "Zur Bildergalerie (36 Bilder)")),
        # The link to a larger picture.
        Example("The storm hit the coast.\nEnlarge This Image\nClick photo to enlarge\nZum Vergrößern klicken\n"
                "Cliquez pour agrandir\nAmpliar imagen",
                removed=("Enlarge This Image", "Click photo to enlarge", "Zum Vergrößern klicken", "Cliquez pour agrandir",
                         "Ampliar imagen")),
        Example("The council will enlarge the park.\nVergrößern will die Stadt den Hafen."),
        # The link that downloads the story's file, and its size alone, in each language.
        Example("The minister answered our questions.\nDownload the transcript\n123 KB\nDieses Skript als PDF herunterladen\n"
                "(PDF, 1,2 MB)\nTélécharger la transcription\nDescargar el documento en PDF\nScarica il PDF\n"
                "Baixar o arquivo\nDownload het transcript\nPobierz plik\nPDF | 38 KB\nThe interview was recorded on Monday.",
                removed=("Download the transcript", "123 KB", "Dieses Skript als PDF herunterladen", "(PDF, 1,2 MB)",
                         "Télécharger la transcription", "Descargar el documento en PDF", "Scarica il PDF",
                         "Baixar o arquivo", "Download het transcript", "Pobierz plik", "PDF | 38 KB")),
        Example("The file was 123 KB larger than the limit, the court heard.\nDownload the app to read the transcript of "
                "every session.\nDas Dokument herunterladen konnten die Bürger erst am Montag, sagte die Stadt.\n"
                "Pobierz plik z sądu, powiedział adwokat, i przeczytaj go."),
        # A download link's name with its file's type and size, in any language; a sentence about a file stays.
        Example("The council adopted the plan.\nPlayground plan 2030 (PDF, 3.1 MB)\nTagesordnung als PDF (95 KB)\n"
                "Plan du quartier (JPG, 2,4 Mo)\nPlano del barrio (PDF | 1,2 MB)\nharbour_map.png (740 KB, 31 descargas)\n"
                "Die Stadt stellt den Plan als PDF (2 MB) bereit.\nThe report (PDF, 3 MB) is online.\n"
                "The phone has 8 GB of memory (LPDDR5, 6400 MT/s).\nThe plan will be put to a vote in May.",
                removed=("Playground plan 2030 (PDF, 3.1 MB)", "Tagesordnung als PDF (95 KB)",
                         "Plan du quartier (JPG, 2,4 Mo)", "Plano del barrio (PDF | 1,2 MB)",
                         "harbour_map.png (740 KB, 31 descargas)")),
        # A gallery's title over its label or its count of pictures, in each language.
        Example("Der Rat tagte am Montag.\nDie neue Brücke im Bau\nGalerie\nBildergalerie: Das Hafenfest 2024\n12 Bilder\n"
                "The old pier before the storm\nPhoto Gallery\nLe marché de Noël en images\nDiaporama\n"
                "El puente nuevo, paso a paso\nGalería\nIl nuovo ponte sul fiume\n8 foto\nNowy most w budowie\n"
                "Galeria zdjęć\nDie Brücke öffnet im Mai.",
                removed=("Die neue Brücke im Bau", "Galerie", "Bildergalerie: Das Hafenfest 2024", "12 Bilder",
                         "The old pier before the storm", "Photo Gallery", "Le marché de Noël en images", "Diaporama",
                         "El puente nuevo, paso a paso", "Galería", "Il nuovo ponte sul fiume", "8 foto",
                         "Nowy most w budowie", "Galeria zdjęć")),
        # A gallery's word under a sentence, or inside one, stays; so does a title over a count of more.
        Example("Das Museum zeigt alte Karten.\nGalerie\nDie Galerie zeigt 14 Bilder aus Kiel.\n"
                "Die Zahl der Teilnehmer stieg 2023 auf\n1400 Bilder\nThe museum opened in May."),
        Example("Visitors can view the gallery of old maps until May.\nDie Galerie zeigt Bilder aus Kiel.\nGalerie\n"
                "She decided to buy a copy of the photo for her mother."),
        Example("Der Rat tagte.\nVideo abspielen\nWird geladen ...\nBild 3 von 12\n"
                "Aktivieren Sie JavaScript, um das Video zu sehen.\nChargement…\nPhoto 2 sur 8\nPlein écran\n"
                "Cargando...\nFoto 4 de 9\nCaricamento in corso...\nImmagine 1 di 6\nA carregar...\nFoto 5 van 7\n"
                "Bezig met laden...\nŁadowanie...\nZdjęcie 3 z 10\nLoading...",
                removed=("Video abspielen", "Wird geladen ...", "Bild 3 von 12", "Aktivieren Sie JavaScript, um das Video zu sehen.",
                         "Chargement…", "Photo 2 sur 8", "Plein écran", "Cargando...", "Foto 4 de 9", "Caricamento in corso...",
                         "Immagine 1 di 6", "A carregar...", "Foto 5 van 7", "Bezig met laden...", "Ładowanie...",
                         "Zdjęcie 3 z 10", "Loading...")),
        Example("Die Wiedergabe des Konzerts im Radio beginnt um acht.\nLa lecture du rapport a duré deux heures.\n"
                "Cargando el camión tardaron toda la noche.\nHet laden van de schepen begint om zes uur."),
        # A programme's or a race's table, a cell a line: its times are no clip's (German, English).
        Example("Gespielt wird in der Dreifachhalle am Schulzentrum.\nSamstag, 7. Juni\n9:00\nSchüler\nHalle 1\n"
                "11:30\nDamen\nHalle 2\n14:00\nHerren\nHalle 1\nDer Eintritt ist an allen Tagen frei.\n"
                "The first finishers in each race.\n1\nOwen Price\n31:42\n2\nSam Okafor\n32:05\n3\nLuke Barnes\n32:51\n"
                "Full results will be posted on Wednesday."),
        # A live ticker's stamps, clock times in order each over its entry, are no clip lengths; times out of
        # order over sentences (a list of clips) are.
        Example("Паводок продолжается.\n18:40\nУровень воды в реке поднялся ещё на двадцать сантиметров.\n17:55\n"
                "Из затопленных домов эвакуированы триста сорок человек.\n17:10\nГубернатор объявил режим "
                "чрезвычайной ситуации в четырёх округах."),
        Example("The storm hit the coast.\n2:31\nThe mayor explains the plans for the new sea wall in the town.\n4:05\n"
                "Fishermen count the cost of the storm in the harbour on Monday.\n1:12\n"
                "The coastguard describes the rescue of two sailors off the point.",
                removed=("2:31", "4:05", "1:12")),
        # A player's times among its controls stay clip lengths, a table's cells about them or not.
        Example("The storm hit the coast.\nPlay\nMute\nCurrent Time\n0:00\n/\nDuration\n2:45\nLoaded: 0%\n"
                "Remaining Time\n-2:45\nThe sea wall held.",
                removed=("Play", "Mute", "Current Time", "0:00", "Duration", "2:45", "Loaded: 0%", "Remaining Time",
                         "-2:45")),
])
def media_player(page: Page) -> list[int]:
    """Video and audio player controls that leak into page text: timestamps,
    "Close", "×", "Play", "Loaded: 0%", the notice that the browser cannot
    play the clip (a sentence of media_player_notice_max_words words at
    most); a live ticker's ("Newest first
    Oldest first Auto-refresh"): between its key points and its entries, no
    end of the story; the gallery's links ("View
    gallery", "Buy a copy of this picture", "Enlarge this image"), its pager
    with its full-screen button ("‹ Précédente Suivante › Plein écran"), a
    gallery's label or count of pictures alone ("Galerie", "14 Bilder") with
    the gallery's title right over it (an unended line of
    gallery_title_max_words words at most); and the
    link that downloads the story as a file, with its size ("Download the
    transcript", "123 KB"), and any download link named with its file's type
    and size ("Plan 2030 (PDF, 3.1 MB)"). Not the times in a table rendered a cell a line
    (a programme's start times, a race's finishing times): a run of table
    cells (of table_cell_max_words words at most) holding
    media_player_table_min_times bare times or more and no other control of
    a player, counted across media_player_table_across_lines lines set
    among its cells (a box's sentence) between two runs of as many cells
    as those times or more; nor a live ticker's stamps, as many clock times in clock order,
    each over its entry (see headers.ticker_stamps)."""
    hits = matching_positions(page, MEDIA_PLAYER)
    hits = sorted(set(hits).union(matching_positions(page, BROWSER_NOTICE), _gallery_titles(page)))
    texts = page.texts()
    times = [i for i in hits if _CLIP_TIME_LINE.match(texts[i])]
    if len(times) < page.settings.media_player_table_min_times:
        return hits
    spared = ticker_stamps(times, page)
    for table in _joined_runs(cell_tables(page, page.settings.table_cell_max_words),
                              page.settings.media_player_table_across_lines, page.settings.media_player_table_min_times):
        # The hits are sorted: a table's are a slice of them (a scan of them all for each table grew as the square).
        inside = hits[bisect.bisect_left(hits, table.start):bisect.bisect_left(hits, table.stop)]
        if (len(inside) >= page.settings.media_player_table_min_times
                and all(_CLIP_TIME_LINE.match(texts[i]) for i in inside)):
            spared.update(inside)
    return [i for i in hits if i not in spared]


def _joined_runs(spans: list[range], gap_max_lines: int, min_lines: int) -> list[range]:
    """The runs ``spans`` (in page order), those of min_lines lines or more
    at most gap_max_lines blocks apart joined into one, the blocks between
    them too (a list of clips, each length over its caption, is no table)."""
    joined: list[range] = []
    for span in spans:
        if (joined and span.start - joined[-1].stop <= gap_max_lines
                and min(len(span), len(joined[-1])) >= min_lines):
            joined[-1] = range(joined[-1].start, span.stop)
        else:
            joined.append(span)
    return joined


# The prompt a drop-down list opens with, by language; its options follow on the same line.
SELECT_PROMPT = LinePattern(
    {
        "en": [r"^[-–—\s]*(please )?(select|choose|pick)\b", r"^all (?-i:\p{Lu})"],
        "de": [r"^[-–—\s]*(bitte )?(wählen|auswählen)\b", r"^alle (?-i:\p{Lu})"],
        "fr": [r"^[-–—\s]*(choisir|choisissez|sélectionner|sélectionnez)\b", r"^(tous|toutes) (les )?(?-i:\p{Lu})"],
        "es": [r"^[-–—\s]*(seleccione|selecciona|elige|elija)\b", r"^(todos|todas) (los |las )?(?-i:\p{Lu})"],
        "it": [r"^[-–—\s]*(seleziona|scegli)\b", r"^(tutti|tutte) (i |le |gli )?(?-i:\p{Lu})"],
        "pt": [r"^[-–—\s]*(selecione|escolha)\b", r"^(todos|todas) (os |as )?(?-i:\p{Lu})"],
        "nl": [r"^[-–—\s]*(kies|selecteer)\b", r"^alle (?-i:\p{Lu})"],
        "pl": [r"^[-–—\s]*wybierz\b", r"^wszystkie (?-i:\p{Lu})"],
    },
    max_words="select_options_max_words",
)


@detector("select-options", roles={Role.CHROME}, patterns=[SELECT_PROMPT], examples=[
    Example("Choose a team Arlington Bayside Cedar Falls Dover Eastport Fairview Glenwood Harbor City Kingston Lakeside "
            "Milford Northgate Oakdale Preston Redhill\nThe minister resigned on Friday after weeks of pressure.",
            removed=("Choose a team Arlington Bayside Cedar Falls Dover Eastport Fairview Glenwood Harbor City Kingston "
                     "Lakeside Milford Northgate Oakdale Preston Redhill",)),
    Example("All Sections News Sport Business Money Travel Culture Books Music Film Television Radio Food Gardens Homes "
            "Motoring Weather Puzzles Obituaries\n-- please select -- Anvers Brill Corwen Delft Ely Fenwick Goole Hove "
            "Ilkley Jarrow Keswick Leek Louth Malton Nairn Oban Penrith Ripon\nRain is forecast.",
            removed=("All Sections News Sport Business Money Travel Culture Books Music Film Television Radio Food "
                     "Gardens Homes Motoring Weather Puzzles Obituaries",
                     "-- please select -- Anvers Brill Corwen Delft Ely Fenwick Goole Hove Ilkley Jarrow Keswick Leek "
                     "Louth Malton Nairn Oban Penrith Ripon")),
    Example("Bitte wählen Sie Ihre Stadt Aachen Bamberg Celle Dessau Erfurt Fulda Gera Hameln Jena Kassel Lübeck Mainz "
            "Neuss Passau Rostock Siegen Trier Ulm Wismar\nWybierz miasto Białystok Bytom Chełm Elbląg Gniezno Kalisz "
            "Legnica Opole Płock Radom Siedlce Tarnów Toruń Wałbrzych Zamość Żory Sopot Olsztyn Kielce\nDer Rat tagte.",
            removed=("Bitte wählen Sie Ihre Stadt Aachen Bamberg Celle Dessau Erfurt Fulda Gera Hameln Jena Kassel "
                     "Lübeck Mainz Neuss Passau Rostock Siegen Trier Ulm Wismar",
                     "Wybierz miasto Białystok Bytom Chełm Elbląg Gniezno Kalisz Legnica Opole Płock Radom Siedlce "
                     "Tarnów Toruń Wałbrzych Zamość Żory Sopot Olsztyn Kielce")),
    # Sentences that open like a prompt, and a short prompt with few options.
    Example("All the players who were picked for the squad on Monday will travel to the camp in the mountains on Friday "
            "morning, the coach said.\nChoose wisely, she told the graduates, because the first job you take will shape "
            "the next ten years of your working life.\nAlle Teilnehmer müssen sich bis Freitag anmelden, teilte der "
            "Verein am Montag in einer Mitteilung an die Mitglieder mit.\nChoose a country France Spain Italy"),
])
def select_options(page: Page) -> list[int]:
    """A drop-down list as a page's text shows it: its prompt ("Select a
    category", "-- please select --", "All Sections", "Bitte wählen") and
    then its options on the same line, select_options_min_words words or
    more, nearly all capitalised (select_options_min_title_case): towns,
    teams, sections, months. Never prose; main-content selection would
    otherwise take a long one for text."""
    settings = page.settings
    return [i for i in matching_positions(page, SELECT_PROMPT)
            if page.features[i].words >= settings.select_options_min_words
            and page.features[i].title_case_share >= settings.select_options_min_title_case]


# Not on extracted HTML: trafilatura renders a table's rows so ("a | b | c"),
# measured to cost aeb-dev's HTML F1.
@detector("menu-line", roles={Role.CHROME}, modes={Mode.TEXT}, examples=[
    Example("News | Sport | Weather | TV guide | Contact us\nThe minister resigned on Friday after weeks of pressure.",
            removed=("News | Sport | Weather | TV guide | Contact us",)),
    Example("Rovers | United | City\nThe minister resigned on Friday after weeks of pressure."),
    # A table's rows, as extracted HTML renders them, are the article's.
    Example("The standings after the last race of the season:\n| Pos. | Driver | Points | Wins | Poles |\n"
            "| 1 | Ann Example | 5040 | 5 | 1 |\n| 2 | Bo Sample | 5035 | 7 | 0 |"),
])
def menu_line(page: Page) -> Iterator[int]:
    """A menu set on one line: menu_min_run or more short labels set apart
    by "|" or "•" ("News | Sport | Weather | TV guide | Contact us"), but
    for a table's row set between pipes (see table_row)."""
    settings, feats = page.settings, page.features
    for i, block in enumerate(page.blocks):
        # A sentence first (a field read): most lines are, and the marks are looked for in the whole line.
        if feats[i].terminal or not any(map(block.text.__contains__, _MENU_MARKS)) or table_row(block.text):
            continue
        items = _MENU_SEPARATOR.split(block.text)
        if (len(items) >= settings.menu_min_run
                and all(0 < len(item.split()) <= settings.menu_item_max_words for item in items)):
            yield i


# A site's greeting that opens a paragraph: "Welcome to the website of ...", "Witamy na stronie ...".
_SITE_GREETING = LinePattern(
    {
        "en": [r"^welcome to (the |our )?(official )?(web ?site|homepage|home page|site|web pages?) of\b",
               r"^welcome to our (web ?site|homepage|home page|site|web pages?)\b"],
        "de": [(r"^(herzlich )?willkommen auf (unserer|der|den|unseren) (website|webseite|homepage|internetseite|seite"
                r"|seiten|internetseiten|internetpräsenz)\b")],
        "fr": [r"^bienvenue sur (notre|le|les) (site|pages?|portail)\b"],
        "es": [r"^bienvenid[oa]s? a (nuestra|la) (web|página|página web)\b", r"^bienvenid[oa]s? a (nuestro|el) (sitio|portal)\b"],
        "it": [r"^benvenut[oi] (sul|nel) (nostro )?(sito|portale)\b"],
        "pt": [r"^(sejam? )?bem-vind[oa]s? ao (nosso )?(site|sítio|portal)\b", r"^(sejam? )?bem-vind[oa]s? à nossa página\b"],
        "nl": [r"^(hartelijk )?welkom op (onze|de) (website|site|pagina's|homepage)\b"],
        "pl": [r"^witamy (na|w) (naszej |oficjalnej )?(stronie|witrynie|serwisie|portalu)\b"],
        "cs": [r"^vítejte na (našich |oficiálních )?(stránkách|webu|webových stránkách)\b"],
    },
    max_words="site_welcome_max_words",
)

# A welcome box's heading: "Herzlich willkommen", "Willkommen in unserer Pfarrei", "Welkom bij De Meeuwen".
_WELCOME_HEADING = LinePattern(
    {
        "en": [r"^welcome\b"],
        "de": [r"^(herzlich )?willkommen\b"],
        "fr": [r"^bienvenue\b"],
        "es": [r"^bienvenid[oa]s?\b"],
        "it": [r"^benvenut[oi]\b"],
        "pt": [r"^(sejam? )?bem-vind[oa]s?\b"],
        "nl": [r"^(hartelijk )?welkom\b"],
        "pl": [r"^witamy\b"],
        "cs": [r"^vítejte\b"],
    },
    max_words="welcome_heading_max_words",
)


def _is_prose(feats: Features, settings: Settings) -> bool:
    return feats.words >= settings.good_min_words and (feats.terminal
                                                       or feats.stopword_density >= settings.stopword_min_density)


@detector("site-welcome", roles={Role.CHROME}, reads=[share_bar.id, nav_menu.id],
          patterns=[_SITE_GREETING, _WELCOME_HEADING], examples=[
    # The club's welcome box over its post, the share bar between: the box goes, the post stays.
    Example("Start Club Teams Contact\nWelcome\n"
            "Harbour Rowing Club was founded in 1921 and has some three hundred members who row on the estuary all year.\n"
            "New members are always welcome: come down to the boathouse on a Saturday morning.\n"
            "Share on Facebook Share on X\nBoathouse roof repaired\n"
            "The boathouse roof was repaired last week.\nThe work took three days.",
            removed=("Welcome", "Harbour Rowing Club was founded in 1921 and has some three hundred members who row on "
                     "the estuary all year.", "New members are always welcome: come down to the boathouse on a Saturday "
                     "morning.")),
    # A site's greeting opening a paragraph, in each language of the tables.
    Example("Welcome to the website of the Valley Ramblers. We walk every Sunday.\n"
            "Herzlich willkommen auf unserer Homepage! Wir sind ein Chor aus dem Allgäu.\n"
            "Bienvenue sur le site de l'association des amis du canal.\nBienvenidos a la web del club de remo.\n"
            "Benvenuti sul sito della Pro Loco.\nBem-vindos ao site da associação.\nWelkom op de website van de harmonie.\n"
            "Witamy na stronie parafii świętego Marcina.\nVítejte na stránkách obce Lhota.\n"
            "The walk starts at the church and takes three hours, with a stop at the mill for lunch.",
            removed=("Welcome to the website of the Valley Ramblers. We walk every Sunday.",
                     "Herzlich willkommen auf unserer Homepage! Wir sind ein Chor aus dem Allgäu.",
                     "Bienvenue sur le site de l'association des amis du canal.", "Bienvenidos a la web del club de remo.",
                     "Benvenuti sul sito della Pro Loco.", "Bem-vindos ao site da associação.",
                     "Welkom op de website van de harmonie.", "Witamy na stronie parafii świętego Marcina.",
                     "Vítejte na stránkách obce Lhota.")),
    # A story under a welcome headline, and a story's welcome, stay: the story's prose is the box's or above it.
    Example("Welcome to the new library\nThe library opened its new building on Monday after two years of work.\n"
            "Share on Facebook\nMore news"),
    Example("The new nursery opened on Monday with places for sixty children.\nWelcome\n"
            "That was the word on the banner at the gate.\nShare on Facebook\nNursery fees to rise\n"
            "Fees go up in May."),
    Example("Welcome to my blog! Today I will show you how I repaired the old bench in the garden.\n"
            "Witamy w naszej kuchni: dziś pieczemy chleb na zakwasie."),
])
@by_paragraphs_if_wrapped  # a box's paragraphs, not the lines a fixed width wraps them into
def site_welcome(page: Page) -> list[int]:
    """A site's welcome over the page's post: a paragraph opening with the
    site's greeting ("Welcome to the website of ...", "Witamy na stronie
    ..."), and a welcome box, its heading ("Herzlich willkommen", "Welkom bij
    De Meeuwen") over at most welcome_box_max_lines lines of the site's
    introduction, when no prose stands above it (a line of good_min_words
    words or more, a sentence or rich in stopwords: a paragraph's first line
    wrapped at a width) and a removed line (a share
    bar, a menu) parts it from the post under it: a headline over a
    sentence, or the post's first sentence. A club's or a parish's front
    matter, the same over every post. A story under a welcome headline has
    its prose in the box or no removed line under it; a story's welcome
    heading has the story's prose above it."""
    blocks, feats = page.blocks, page.features
    settings = page.settings
    found = set(matching_positions(page, _SITE_GREETING))
    for heading in matching_positions(page, _WELCOME_HEADING):
        if feats[heading].terminal or any(_is_prose(f, settings) for f in feats[:heading]):
            continue
        end = heading
        while page.adjacent(end + 1) and end - heading < settings.welcome_box_max_lines:
            end += 1
        post = end + 1
        if post >= len(blocks) or page.adjacent(post) or not any(f.terminal for f in feats[heading + 1:post]):
            continue
        if feats[post].terminal or (post + 1 < len(blocks) and feats[post + 1].terminal):
            found.update(range(heading, post))
    return sorted(found)
