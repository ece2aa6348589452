"""Lists of other articles: related, recommended, most-read, headlines."""

from __future__ import annotations

import functools
import operator
from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import compress

import regex

from ..cache import compiled, compiled_at_end
from ..features import LINE_CACHE_SIZE, Features
from ..fragments import continuations, goes_on_under_box, starts_mid_sentence
from ..model import Block, Page
from ..settings import Settings
from .base import (Example, Output, Role, by_paragraphs_if_wrapped, by_sentences, detector, is_chrome, pattern_detector,
                   runs, table_row)
from .chrome import LABEL_VALUE, cell_tables
from .headers import (ANY_DATE, CLOCK_TIME, DATE, clock_time_lines, key_may_fit, may_be_dateline, may_hold_date,
                      ticker_stamps, title_key, title_keys)
from .patterns import LinePattern, matching_positions

# A list's heading in each language; "you may also like" in both registers (formal and familiar) where they differ.
LIST_HEADING = LinePattern(
    {
        "tl": [r"^(pinakabinasa|pinakabagong balita|kaugnay na (balita|artikulo))\s*:?$"],
        "en": [
            # An event page's other events: "More events nearby", "Ook leuk in de buurt".
            r"^((more|other) )?(events|things to do) (nearby|near you|in the area)\s*:?$", r"^also nearby\s*:?$",
            r"^(related|related (articles?|stories|posts|content|coverage|news|links|topics|reading|videos?))\s*:?$",
            # "Related coverage from Money Matters:": a section's own list.
            r"^related (articles?|stories|posts|content|coverage|news|links|reading) (from|on|in|about) .{1,50}:$",
            r"^(read|see|watch) (more|next|also|this next)( on| about| from)?\b.{0,40}:?$",
            r"^more (from|on|in|about|stories|news|articles|coverage|like this|to read|top stories|from our network)\b.{0,40}$",
            (r"^(recommended|recommended (for you|stories|articles|reading|videos)|you (may|might) (also )?(like|enjoy"
            r"|be interested in)|we recommend)\s*:?$"),
            (r"^(most|the most) (read|popular|viewed|shared|commented|emailed|watched|listened( to)?)( (stories|articles|now|this week"
            r"|today))?( (in|on|from) [\w' -]{1,30})?\s*:?$"),
            (r"^(trending|trending (now|stories|articles|news|topics)|popular (now|stories|today|posts|articles)"
            r"|top (stories|news|headlines|picks))\s*:?$"),
            r"^(today'?s|latest|breaking|top|more) (headlines|news|stories|posts|articles)\s*:?$",
            # "You'll love these too!", "You might also like this:" (not WordPress's "Like this:" button).
            r"^you('ll| will| might| may| could)? (also )?(like|love|enjoy) (these|this|them)( too| as well)?\s*[:!]?$",
            (r"^(also read|don'?t miss|editor'?s picks?|what to read next|up next|in case you missed it|around the web"
            r"|from around the web|elsewhere on \w+|keep reading|continue reading)\s*:?$"),
            r"^(latest|more) (in|from) [\w' -]{1,30}$",
            # "More World", "More Example Times": a section's other stories.
            r"^more( (?-i:\p{Lu})[\w.'&-]*){1,3}$",
            r"^(other|more) (news|stories|articles|posts)( (in|from|on) [\w' -]{1,30})?\s*:?$",
            r"^(other|more) (articles|stories|posts|columns|reports) by [\p{L} .'’-]{2,40}:?$",
            # "Recent posts", "Other recent articles...", "Previous stories".
            r"^((other|more) )?(recent|previous|older|earlier) (headlines|news|stories|posts|articles|entries)\s*(:|\.\.\.|…)?$",
            r"^(more|also|see also|read also)\s*:$",
            # "On this topic", "More on this story": the links boxed beside the story.
            r"^(more |also )?on (this|the same) (topic|subject|story|issue)\s*:?$",
            r"^more (on|about) (this|the) (topic|subject|story) (at|on|from) [\w.' -]{1,40}:$",
            # "Tags" alone over the post's tag links (with their counts: "Audio" / "1673 news, 299 reviews").
            r"^(tags|tagged( with)?|topics|related (tags|topics)|more tags)\s*:?$",
        ],
        "de": [
            r"^(weitere |andere )?(veranstaltungen|termine|ausflugsziele) in der (nähe|umgebung)\s*:?$",
            r"^auch (schön|interessant) in der (nähe|umgebung)\s*:?$",
            r"^(das|dies) könnte (sie|dich) auch interessieren\s*:?$",
            r"^(das thema|diese themen|diese artikel|folgende artikel) (könnte|könnten) (sie|dich) auch interessieren\s*:?$",
            r"^(dir|ihnen|euch) (könnte|könnten) auch gefallen\s*:?$",
            r"^(das|dies|diese (artikel|beiträge|rezepte|themen)) (wird|werden|könnte|könnten|dürfte|dürften) (dir|ihnen|euch|sie|dich) (auch|ebenfalls|bestimmt auch|sicher auch) (gefallen|interessieren)\s*[:!.]?$",
            r"^(das|dies) gefällt (dir|ihnen|euch) (vielleicht|bestimmt|sicher) auch\s*[:!.]?$",
            r"^(mehr|weiteres|neues) zum thema\s*:?$",
            # "Mehr zum Thema auf example.de:": the site's other pages on it.
            r"^(mehr|weiteres|neues) zum thema (auf|bei|unter) [\w.' -]{1,40}:$",
            r"^(weitere|ähnliche|verwandte|neueste|aktuelle|beliebte|populäre|empfohlene) (artikel|beiträge|nachrichten|news|themen|meldungen|links|videos|rezepte)\s*:?$",
            r"^weiterführende (links|artikel|informationen|beiträge)\s*:?$",
            r"^(populäre|beliebte|meistgelesene) (artikel|beiträge) der letzten \d+ tage\s*:?$",
            r"^(meistgelesen|meistgelesene artikel|am meisten gelesen|am meisten kommentiert|meistkommentiert|meist geklickt"
            r"|meistgehört|meistgesehen|am meisten gehört)\s*:?$",
            r"^(auch interessant|weitere empfehlungen|empfehlungen der redaktion|unsere empfehlungen|top-themen|topthemen)\s*:?$",
            r"^weitere (pressemitteilungen|artikel|beiträge|meldungen) (von|aus|zu|zum|zur) .{1,40}$",
            r"^(aktuell|aktuelles|neuigkeiten)( (auf|bei|von|aus) [\w.' -]{1,30})?\s*:?$",
            # "Weitere Informationen zum Hochwasser:" over the links to them.
            r"^(weitere|mehr) (informationen|infos|artikel|beiträge) (zum|zur|zu|über) [\w.' -]{1,40}:$",
            r"^(lesen sie (auch|außerdem|ebenfalls)|siehe auch|mehr dazu)\s*:?$",
            # "Lesetipp": the newsroom's word for its box of another story to read.
            r"^(unser |unsere |mein |weitere )?(lesetipps?|leseempfehlung(en)?)( der redaktion| für (sie|dich))?\s*:?$",
            r"^(schlagwörter|schlagworte|stichwörter|stichworte|tags)\s*:?$",
            r"^(newsticker|nachrichtenticker|news-ticker|alle meldungen|neueste meldungen|letzte meldungen)\s*:?$",
        ],
        "fr": [
            r"^(autres |d['’]autres )?(événements|évènements|sorties|activités) (à proximité|près de chez vous|dans le coin|dans les environs)\s*:?$",
            r"^(à lire aussi|lire aussi|à lire également|à voir aussi|à découvrir aussi|à découvrir également)\s*:?$",
            r"^(sur le même sujet|sur le même thème|dans la même rubrique|dans la même catégorie)\s*:?$",
            r"^(plus|en savoir plus) sur (ce|le même) (sujet|thème) (sur|chez) [\w.' -]{1,40}\s?:$",
            r"^(articles|billets|publications|actualités) (similaires|liés|associés|récents|recommandés)\s*:?$",
            r"^(derniers|nos derniers) (articles|billets|actualités)\s*:?$",
            # A radio's or a video site's most-read list: the most listened to, the most watched.
            r"^(les plus lus|les plus populaires|les plus commentés|les plus partagés|les plus consultés|les plus écoutés"
            r"|les plus vus|les plus regardés)\s*:?$",
            r"^(vous aimerez aussi|vous aimerez aussi lire|vous pourriez aussi aimer|ces articles pourraient vous intéresser)\s*:?$",
            r"^(en ce moment|à la une|les plus récents|dernières actualités|(les )?dernières (infos|nouvelles))\s*:?$",
            r"^(ça|cela|ceci|ces articles|ces recettes) (pourrait|pourraient|va|vont|devrait|devraient) (aussi |également )?(vous|te) (plaire|intéresser)( aussi| également)?\s*[:!.]?$",
            r"^vous (aimerez|allez aimer|pourriez aimer) (aussi|également|sûrement|certainement)( ces articles| lire)?\s*[:!.]?$",
            r"^(vous pourriez|tu pourrais|tu vas|tu aimeras) (aussi |également )?(aimer|adorer)( aussi| également| ces articles)?\s*[:!.]?$",
            r"^(mots[- ]clés|étiquettes|tags)\s*:?$",
            r"^(le )?fil (info|infos|d'actualités?|d'actu)\s*:?$",
            # "Voir aussi" alone, as English's "See also"; a section's other stories: "Dans la rubrique Opinions".
            r"^(voir aussi|voir également)\s*:?$", r"^dans la rubrique( (?-i:\p{Lu})[\w'’-]*){1,3}$",
        ],
        "es": [
            r"^(otros |más )?(eventos|planes|actividades) (cercanos|cerca( de ti)?|en la zona)\s*:?$",
            r"^(noticias|artículos|notas|entradas|temas) relacionad[ao]s\s*:?$",
            r"^((noticia|nota) relacionada|artículo relacionado)\s*:?$",
            r"^(relacionados|relacionadas|mirá también|mira también|leé también|te puede interesar|también te puede interesar|te recomendamos)\s*:?$",
            r"^(lo más leído|lo más visto|las más leídas|más leídas|más leídos|lo más comentado|lo más escuchado)\s*:?$",
            r"^(más noticias|últimas noticias|otras noticias|últimos videos|últimas entradas|entradas recientes)\s*:?$",
            r"^temas que aparecen en esta (nota|noticia)\s*:?$",
            r"^(esto |estos artículos |estas recetas )?(también )?(te|le|les) (puede|pueden|podría|podrían|va a|van a) (gustar|interesar)( también)?\s*[:!.]?$",
            r"^(también )?te (gustará|encantará)( también)?\s*[:!.]?$",
            r"^(más )?sobre (este|el mismo) tema\s*:?$",
            r"^más sobre (este|el mismo) tema en [\w.' -]{1,40}:$",
            r"^(lea|lee|vea|ver|leer) (también|además)\s*:?$",
            r"^(etiquetas|palabras clave|tags)\s*:?$",
        ],
        "it": [
            r"^(altri )?(eventi|appuntamenti) (vicini|nelle vicinanze|in zona)\s*:?$",
            r"^(articoli|post|notizie) (correlati|correlate|simili|recenti)\s*:?$",
            r"^(articolo correlato|notizia correlata)\s*:?$",
            r"^(potrebbe interessarti|potrebbe interessarti anche|ti potrebbe interessare|ti potrebbero interessare)\s*:?$",
            r"^(i più letti|più letti|i più commentati|più commentati|ultime notizie|altre notizie|ultimi articoli)\s*:?$",
            r"^(altro |di più )?(sullo stesso (argomento|tema)|su questo (argomento|tema))\s*:?$",
            r"^(leggi|vedi|guarda) anche\s*:?$",
            r"^(ti|vi|le) (potrebbe|potrebbero) (anche )?(piacere|interessare)( anche)?\s*[:!.]?$",
            r"^(potrebbe|potrebbero) (anche )?(piacerti|interessarti)( anche)?\s*[:!.]?$",
            r"^(tag|parole chiave|etichette)\s*:?$",
        ],
        "pt": [
            r"^(outros |mais )?(eventos|programas|atividades) (próximos|perto( de si| de você)?|na zona|na região)\s*:?$",
            r"^(notícias|artigos|posts|matérias) (relacionad[ao]s|recentes)\s*:?$",
            r"^(notícia relacionada|artigo relacionado|matéria relacionada)\s*:?$",
            r"^(mais lidas|as mais lidas|mais lidos|os mais lidos|mais comentadas|últimas notícias)\s*:?$",
            r"^(veja também|leia também|leia mais|você também pode gostar|você pode gostar|recomendados para você)\s*:?$",
            r"^(mais )?sobre (o mesmo|este) (assunto|tema)\s*:?$",
            r"^(você|voce) (também )?(vai|pode|poderá|irá) (gostar|se interessar)( também| disto| disso)?\s*[:!.]?$",
            r"^(isto|isso|estes artigos) (também )?(pode|podem|vai|vão) (te |lhe )?(interessar|agradar)\s*[:!.]?$",
            r"^(também )?(pode|poderá) (te |lhe |vos )?(interessar|agradar|gostar)( também)?\s*[:!.]?$",
            r"^(etiquetas|palavras-chave|tags)\s*:?$",
        ],
        "nl": [
            r"^ook leuk( in de buurt| in de regio)?\s*:?$", r"^(meer |andere )?(evenementen|uitjes|activiteiten) in de (buurt|regio)\s*:?$",
            r"^(gerelateerde|recente|populaire|verwante) (artikelen|berichten|nieuwsberichten|posts)\s*:?$",
            r"^(meest gelezen|lees ook|ook interessant|meer nieuws|laatste nieuws|ander nieuws)\s*:?$",
            r"^(onze )?leestips?\s*:?$",
            r"^(meer )?over (dit|hetzelfde) onderwerp\s*:?$",
            r"^(dit|deze artikelen) (vind je|vindt u) (misschien|vast|zeker|ongetwijfeld) ook (leuk|interessant)\s*[:!.]?$",
            r"^misschien (vind je|vindt u) (dit|deze artikelen) ook (leuk|interessant)\s*[:!.]?$",
            r"^(dit vind je misschien ook leuk|misschien ook interessant|dit vindt u misschien ook interessant)\s*:?$",
            r"^(trefwoorden|tags)\s*:?$",
        ],
        "pl": [
            r"^(inne |więcej )?(wydarzenia|imprezy) w (okolicy|pobliżu)\s*:?$",
            r"^(czytaj|przeczytaj|zobacz) (też|także|również)\s*:?$",
            r"^(najczęściej|najchętniej) (czytane|komentowane|oglądane)\s*:?$",
            r"^(najnowsze|powiązane|podobne|polecane|popularne|inne) (artykuły|wpisy|wiadomości|teksty)\s*:?$",
            r"^(najpopularniejsze|polecamy|więcej artykułów|więcej wiadomości)\s*:?$",
            r"^(więcej |także |również )?na (ten|podobny) temat\s*:?$",
            r"^(to |te artykuły )?(też |również |także )?(może|mogą) (cię|ci|pana|panią|was) (też |również |także )?(zainteresować|się spodobać)\s*[:!.]?$",
            r"^(to )?(też |również |także )?(spodoba|spodobają) (ci|wam) się( też| również| także)?\s*[:!.]?$",
            r"^(tagi|słowa kluczowe)\s*:?$",
            # Alone, as English's "Recommended", "Latest news" ("najnowsze" alone is a menu's link as often); a section's
            # other stories: "Więcej z kategorii Kraj".
            r"^(polecane|ostatnie wiadomości|najnowsze wiadomości|najważniejsze wiadomości)\s*:?$",
            r"^więcej z (kategorii|działu)( (?-i:\p{Lu})[\w'’-]*){1,3}$",
        ],
        "ru": [
            r"^(похожие|популярные|последние|другие|рекомендуемые|свежие) (статьи|новости|материалы|записи|публикации)\s*:?$",
            r"^(новости по теме|материалы по теме|самое читаемое|самое популярное|популярное|читайте также|смотрите также)\s*:?$",
            r"^(читайте|смотрите) (ещё|еще)\s*:?$", r"^((ещё|еще) )?по теме\s*:?$", r"^(выбор редакции|самое обсуждаемое)\s*:?$",
            r"^(читать (далее|дальше|полностью)|все новости|главные новости|новости партн[её]ров)\s*:?$",
            r"^(вам|тебе) (также |тоже )?(может|могут|будет) (также |тоже )?(понравиться|быть интересно|интересно)\s*[:!.]?$",
            r"^(вас|тебя) (также |тоже )?(может|могут) (также |тоже )?(заинтересовать)\s*[:!.]?$",
            # The site's feed of its latest headlines, each under its time, beside the story.
            r"^(лента новостей|новостная лента|последние новости)\s*:?$",
            # The day's top stories: "Главное за сутки", "Главное за неделю".
            r"^главное (за (сутки|день|неделю|месяц)|сегодня|на сегодня)\s*:?$",
        ],
        "uk": [
            r"^(схожі|популярні|останні|інші|рекомендовані) (статті|новини|матеріали|публікації)\s*:?$",
            r"^(новини|матеріали) за темою\s*:?$", r"^(читайте|дивіться) також\s*:?$", r"^(найпопулярніше|найчитаніше|по темі)\s*:?$",
            r"^(стрічка новин|останні новини)\s*:?$",
            r"^(вам|тобі) (також )?(може|можуть) (також )?(сподобатися|сподобатись|бути цікаво)\s*[:!.]?$",
            r"^(вас|тебе) (також )?(може|можуть) (також )?зацікавити\s*[:!.]?$",
        ],
        "cs": [
            r"^(související|podobné|nejnovější|další|doporučené|nejčtenější) (články|zprávy|příspěvky|témata)\s*:?$",
            r"^(čtěte také|čtěte též|přečtěte si také|mohlo by vás zajímat|nejčtenější|další z rubriky|k tématu|související)\s*:?$",
            r"^(číst dál|celý článek|všechny zprávy)\s*:?$",
            r"^(mohlo|mohly) by (tě|vás) (také |též )?(zajímat|zaujmout)\s*[:!.]?$",
            r"^(mohlo|mohly) by se (ti|vám) (také |též )?líbit\s*[:!.]?$",
        ],
        "sk": [
            r"^(súvisiace|podobné|najnovšie|ďalšie|najčítanejšie) (články|správy)\s*:?$",
            r"^(čítajte aj|čítajte tiež|najčítanejšie|mohlo by vás zaujímať|čítajte viac|súvisiace)\s*:?$",
            r"^(mohlo|mohli|mohla) by (ťa|vás) (tiež |aj )?zaujímať\s*[:!.]?$",
            r"^(mohlo|mohli) by sa (ti|vám) (tiež |aj )?páčiť\s*[:!.]?$",
        ],
        "sv": [
            r"^(relaterade|liknande|senaste|populära|fler|mest lästa) (artiklar|nyheter|inlägg)\s*:?$",
            r"^(du|ni) (kanske|skulle kanske) (också |även )?(gillar|gilla|vill läsa|är intresserad av)\s*[:!.]?$",
            r"^(läs också|läs även|mest läst|mest lästa|du kanske också gillar|mer om ämnet|mer i ämnet)\s*:?$",
            r"^(våra )?lästips\s*:?$",
            r"^(läs mer|läs hela artikeln|senaste nytt|fler artiklar|relaterat)\s*:?$",
        ],
        "da": [
            r"^(relaterede|lignende|seneste|populære|flere|mest læste) (artikler|nyheder|historier)\s*:?$",
            r"^(læs også|mest læste|mest læst|se også|seneste nyt|læs mere)\s*:?$",
            r"^læsetips?\s*:?$",
            r"^(du|i) (vil|kan) (måske |sikkert )?(også )?(kunne lide|synes om|være interesseret i)\s*[:!.]?$",
            r"^(måske|det) (kan du|vil du) (også )?(lide|synes om)\s*[:!.]?$",
        ],
        "no": [
            r"^(relaterte|lignende|siste|populære|flere|mest leste) (artikler|nyheter|saker)\s*:?$",
            r"^(les også|mest lest|mest leste|se også|siste nytt|les mer)\s*:?$",
            r"^lesetips?\s*:?$",
            r"^(du|dere) (vil|kan) (kanskje |sikkert )?(også )?(like|synes om|være interessert i)\s*[:!.]?$",
            r"^kanskje (du|dere) (også )?(liker|vil like)\s*[:!.]?$",
        ],
        "fi": [
            r"^(aiheeseen liittyvät|liittyvät|uusimmat|luetuimmat|suosituimmat) (artikkelit|uutiset|jutut)\s*:?$",
            r"^(lue myös|katso myös|luetuimmat|suosituimmat|lisää aiheesta|uusimmat|lue lisää|aiheeseen liittyvät)\s*:?$",
            r"^(saatat|saattaisit|voisit) (myös )?(pitää|tykätä) (myös )?(näistä|tästä)\s*[:!.]?$",
            r"^(sinua|teitä) (voisi|saattaisi|voivat) (myös )?kiinnostaa( myös)?\s*[:!.]?$",
        ],
        "tr": [
            r"^(ilgili|benzer|son|popüler|diğer) (haberler|yaz[ıi]lar|makaleler|içerikler)\s*:?$",
            # The singular over one headline, as Spanish "Noticia relacionada".
            r"^ilgili haber\s*:?$",
            r"^(bunlar da ilginizi çekebilir|ilginizi çekebilir|en çok okunanlar|çok okunanlar|en çok okunan haberler)\s*:?$",
            r"^(devam[ıi]n[ıi] oku|haberin devam[ıi]|tüm haberler|son dakika( haberleri)?)\s*:?$",
            r"^(bunlar da |bu da )?ilgini(zi)? çekebilir\s*[:!.]?$",
        ],
        "ro": [
            r"^(articole|știri) (similare|asemănătoare|recente|populare|recomandate)\s*:?$",
            r"^(citește și|vezi și|cele mai citite|ultimele știri|s-ar putea să te intereseze|citește mai mult)\s*:?$",
            r"^(v-ar|ți-ar|ti-ar) (mai )?putea (interesa|plăcea)( și)?\s*[:!.]?$",
            r"^s-ar putea să (vă|îți|iti) (placă|intereseze)( și)?\s*[:!.]?$",
        ],
        "hu": [
            r"^(kapcsolódó|hasonló|legfrissebb|népszerű|ajánlott) (cikkek|hírek|cikk)\s*:?$",
            # "Kapcsolódó" alone, as "Related" alone.
            r"^kapcsolódó\s*:?$",
            # Formal and informal: "Ezek is érdekelhetik", "Ez is érdekelhet", "Ezek is érdekelhetnek".
            r"^(ezek? is érdekelhet(i|ik|nek)?|legolvasottabb|legolvasottabb (cikkek|hírek)|olvasd el ezt is"
            r"|olvassa el ezt is|friss hírek|ezt is ajánljuk)\s*:?$",
        ],
        # Greek capitals drop the accents ("ΣΧΕΤΙΚΑ ΑΡΘΡΑ").
        "el": [r"^(σχετικ[άα] [άα]ρθρα|σχετικ[έε]ς ειδ[ήη]σεις|δε[ίι]τε επ[ίι]σης|διαβ[άα]στε επ[ίι]σης|δημοφιλ[ήη]|πιο δημοφιλ[ήη]"
               r"|τελευτα[ίι]ες ειδ[ήη]σεις|πιο διαβασμ[έε]να|διαβ[άα]στε περισσ[όο]τερα)\s*:?$",
               # The site's feed of its latest headlines, each under its time, as Russian "Лента новостей".
               r"^(ρο[ήη] ειδ[ήη]σεων|ειδ[ήη]σεις τ[ώω]ρα)\s*:?$",
               r"^(μπορε[ίι] να|[ίι]σως) (σας|σε) (ενδιαφ[έε]ρει|ενδιαφ[έε]ρουν|αρ[έε]σει|αρ[έε]σουν)( επ[ίι]σης)?\s*[:!.]?$"],
        # Japanese and Korean headings fill their line as Chinese ones do.
        "ja": [
            # In brackets too: "【関連記事】".
            r"^[\[【]?(関連|おすすめ|人気|最新|注目|話題)(記事|ニュース|のニュース)[\]】]?\s*[:：]?$",
            r"^[\[【]?(こちらもおすすめ|あわせて読みたい|合わせて読みたい|よく読まれている記事|アクセスランキング|人気ランキング)[\]】]?\s*[:：]?$",
            r"^(続きを読む|記事を読む|全文を読む|ランキング)\s*[:：>»]?$",
        ],
        "ko": [r"^(관련 ?기사|관련 ?뉴스|(가장 )?많이 본 (뉴스|기사)|인기 ?기사|추천 ?기사|최신 ?(기사|뉴스)|주요 ?뉴스|함께 보면 좋은 기사)\s*:?$"],
        # Scripts without case, and languages the tables had none for: the heading alone on its line.
        "ar": [r"^(الأكثر (قراءة|مشاهدة|تداولا)|(أخبار|مقالات|مواضيع) ذات صلة|ذات صلة|آخر الأخبار|(اقرأ|إقرأ) (أيضا|أيضاً|أيضًا|المزيد))\s*:?$"],
        "he": [r"^(הנקראים ביותר|הכי נקראים|כתבות (נוספות|קשורות)|עוד (בנושא|באותו נושא|על הנושא)|קראו גם|מומלצים|חדשות אחרונות)\s*:?$"],
        "fa": [r"^(پربازدیدترین|پربازدیدترین‌ها|پربیننده‌ترین|پربحث‌ترین|(اخبار|مطالب) (مرتبط|پربازدید)|آخرین اخبار|بیشتر بخوانید)\s*:?$"],
        # Hindi, its nukta letters precomposed or not (ढ़, ज़, ख़).
        "hi": [r"^((सबसे )?(ज्यादा|ज़्यादा|ज़्यादा|अधिक) प(ढ़|ढ़)ी (गई|गयी)( (खबरें|ख़बरें|ख़बरें))?|संबंधित (खबरें|ख़बरें|ख़बरें)|(यह|ये) भी प(ढ़|ढ़)ें|ताजा (खबरें|ख़बरें|ख़बरें))\s*:?$"],
        "vi": [r"^(tin|bài (viết )?) liên quan\s*:?$", r"^(đọc nhiều( nhất)?|xem nhiều( nhất)?|tin (đọc|xem) nhiều|tin mới( nhất)?|tin cùng chuyên mục|xem thêm)\s*:?$"],
        # Indonesian and Malay.
        "id": [r"^((berita|artikel) (terkait|terpopuler|terbaru|berkaitan|lainnya)|baca juga|terpopuler|terbaru|paling banyak dibaca|pilihan redaksi|paling popular|terkini)\s*:?$",
               r"^baca selengkapnya\s*:?$"],
        "sw": [r"^(habari (zinazohusiana|zaidi|nyingine|mpya|zilizosomwa zaidi)|zilizosomwa zaidi|soma pia)\s*:?$"],
        "th": [r"^(ข่าวที่เกี่ยวข้อง|บทความที่เกี่ยวข้อง|ข่าวยอดนิยม|อ่านมากที่สุด|ข่าวล่าสุด|อ่านเพิ่มเติม)\s*:?$"],
        # Croatian, Serbian (both scripts), Bosnian; Bulgarian.
        "hr": [r"^((povezane|vezane|srodne) (vijesti|vesti)|povezani članci|najčitanije( (vijesti|vesti))?|najnovije( (vijesti|vesti))?|pročitajte (i|još))\s*:?$",
               r"^(повезане вести|најчитаније|најновије( вести)?|прочитајте (и|још))\s*:?$",
               r"^(moglo|mogli|mogle) bi (vas|te) (također |takođe |isto )?(zanimati|zanimaju)\s*[:!.]?$",
               r"^(možda )?(vas|te) (također |isto )?(zanima|zanimaju|će zanimati)\s*[:!.]?$"],
        "bg": [r"^(свързани (новини|статии)|най-четени( новини)?|най-четено|последни новини|още по темата|прочетете още)\s*:?$",
               r"^(може|могат) (също )?да (ви|те) (хареса|харесат|заинтересува|интересува)\s*[:!.]?$"],
        # Lithuanian, Latvian, Estonian, Slovenian.
        "lt": [r"^(susiję straipsniai|susijusios naujienos|skaitomiausi|skaitomiausios naujienos|naujausi straipsniai|populiariausi)\s*:?$"],
        "lv": [r"^(saistītie raksti|saistītās ziņas|lasītākie( raksti)?|lasītākās( ziņas)?|jaunākās ziņas)\s*:?$"],
        "et": [r"^(seotud lood|seotud uudised|loetumad|loetuimad|viimased uudised)\s*:?$"],
        "sl": [r"^(sorodne novice|sorodni članki|najbolj brano|najbolj brane novice|najnovejše novice)\s*:?$"],
        # Catalan, Albanian, Icelandic, Azerbaijani, Bengali, Tamil, Georgian, Armenian, Urdu, Macedonian, Kazakh.
        "ca": [r"^((notícies|articles) relacionad(es|ats)|el més llegit|les més llegides|últimes notícies)\s*:?$"],
        "sq": [r"^(lajme të ngjashme|lajme të lidhura|më të lexuarat|të fundit)\s*:?$"],
        "is": [r"^(tengdar fréttir|mest lesið|nýjustu fréttir|fleiri fréttir)\s*:?$"],
        "az": [r"^(oxşar xəbərlər|digər xəbərlər|ən çox oxunanlar|son xəbərlər)\s*:?$"],
        "bn": [r"^(সম্পর্কিত খবর|আরও খবর|সর্বাধিক পঠিত|সর্বশেষ খবর)\s*:?$"],
        "ta": [r"^(தொடர்புடைய செய்திகள்|அதிகம் படிக்கப்பட்டவை|சமீபத்திய செய்திகள்)\s*:?$"],
        "ka": [r"^(მსგავსი სიახლეები|ყველაზე კითხვადი|ბოლო სიახლეები)\s*:?$"],
        "hy": [r"^(առնչվող լուրեր|ամենաընթերցվածը|ամենաընթերցված|վերջին լուրեր)\s*:?$"],
        "ur": [r"^(متعلقہ خبریں|مزید خبریں|سب سے زیادہ پڑھی (گئی|جانے والی)( خبریں)?|تازہ ترین( خبریں)?)\s*:?$"],
        "mk": [r"^(поврзани вести|најчитани|најнови вести)\s*:?$"],
        "kk": [r"^(тақырыпқа қатысты|ұқсас жаңалықтар|көп оқылғандар|соңғы жаңалықтар)\s*:?$"],
        # Chinese: no spaces, so no word boundaries; whole-line headings.
        "zh": [
            r"^[\[【]?(相关|推荐|热门|最新|更多|精彩|热点)(文章|新闻|阅读|推荐|报道|资讯|内容|排行)[\]】]?\s*[:：]?$",
            r"^[\[【]?(延伸阅读|推荐阅读|猜你喜欢|你可能(还)?(喜欢|感兴趣)|阅读排行|点击排行|今日热点)[\]】]?\s*[:：]?$",
            r"^(阅读全文|展开全文|点击查看全文|查看全文|最新新闻|最新消息)\s*[:：>»]?$",
        ],
    },
    max_words="list_heading_max_words",
)
# A line cut off with an ellipsis ("...", "…", "[…]", "[...]") ends with one of these.
_CUT_OFF_ENDS = ("...", "…", "[…]", "[...]")


def cut_off(text: str) -> bool:
    """Whether ``text`` ends with an ellipsis (before a final line break, as a pattern's ``$`` reads it):
    told by ``str.endswith``, where a regex call cost some 12 k instructions on each line asked."""
    return text.endswith(_CUT_OFF_ENDS) or (text[-1:] == "\n" and text[:-1].endswith(_CUT_OFF_ENDS))


# "Author Name ·" lines that follow each item of a related-articles list.
BYLINE_DOT = compiled(r"^[\p{Lu}][\p{L}'.-]+( [\p{Lu}][\p{L}'.-]+){0,3}( and [\p{Lu}][\p{L}'.-]+( [\p{Lu}][\p{L}'.-]+){0,3})? ?[·•|]$")


# A label, then a headline: "Read more: ...", "Lesen Sie auch: ...". A line
# that ends in a colon ("Mehr zum Thema auf example.de:") is no link but the
# heading of the links under it: related-list's. A question that goes on
# in lower case after the label, no colon in it, is an interview's, the
# label the words of its verb ("Lesen Sie auch in Ihrer Heimatstadt?",
# "Leggi anche i gialli?"); a headline after the label starts with a
# capital or a mark ("À lire aussi » Quel est votre profil ?").
_LABEL_END = r"(?!\s+(?-i:\p{Ll})[^:：]*[?？]$)\s*:?\s*\S.*(?<![:：])$"
_COLON_END = r"\s*:\s*\S"
# A label run into its link's headline with no colon between ("Noticia relacionada Los regantes piden agua",
# English's "Related Lakes are warming"): the headline's capital after the label, no sentence's mark in it.
# Only where a sentence goes on in lower case after those words (not German, whose nouns take capitals).
_RUN_IN = r"\s+(?-i:\p{Lu})[^.!?:]{10,120}$"
# ... a headline that may hold its own colon ("Wildbienen im Garten: Sieben Pflanzen, die helfen").
_RUN_IN_COLON = r"\s+(?-i:\p{Lu})[^.!?]{10,120}$"
# What may stand before a link's label: a bracket, or a pointing hand or an arrow ("👉 Leggi anche: ...").
_LINK_MARK = r"[\[(👉▶►➡→]?"
read_also_link = pattern_detector(
    "read-also-link",
    """Single links to other articles set in the story ("Read more: ...",
    "Related: ...", "Also on example.com", "Lesen Sie auch: ...", "Leggi
    anche: ..."): a label and a headline, in several languages.""",
    roles={Role.INTERRUPTION},
    max_words="read_also_max_words",
    branches={
        "tl": [r"^(basahin din|basahin rin)\s*:\s*\S.{0,200}$"],
        # ">> Storm hits coast <<": a link's title set between arrows, in any language.
        "any": [r"^(>>|»)\s.{3,}\s(<<|«)$"],
        "en": [
            rf"^{_LINK_MARK}\s*(read|see|watch|listen)( (more|also|next|this))?\s*[:|]\s*\S",
            rf"^{_LINK_MARK}\s*(related|also|more|also on|also read|recommended|further reading)( on [\w.-]+)?\s*[:|]\s*\S",
            rf"^{_LINK_MARK}\s*(learn more|find out more)\s*:\s*\S",
            # A link to an older story of the site's own: "From the archive: The last ferrymen".
            rf"^{_LINK_MARK}\s*from (the|our) archives?\s*:\s*\S",
            # The label run into its link's headline, no colon between: "Related Lakes are warming faster",
            # "Read More Harbour car park to charge".
            r"^(related|read more) (?-i:\p{Lu})[^.!?:]{10,120}$",
            rf"^{_LINK_MARK}\s*on [\w-]+\.(com|org|net|co\.uk)\s*:\s*\S",
            r"^also on [\w-]+\.(com|org|net|co\.uk|ru)\b",
        ],
        # The labels that also begin sentences ("Passend dazu hat die Stadt...") need their colon.
        "de": [rf"^{_LINK_MARK}\s*(lesen sie (auch|mehr)|mehr zum thema|weiterlesen){_LABEL_END}",
               rf"^{_LINK_MARK}\s*(auch interessant|mehr dazu|siehe auch|zum thema|passend dazu"
               rf"|(das|dies) könnte (sie|dich|euch) auch interessieren"
               rf"|lesen sie (hier|dazu|außerdem|ebenfalls|weiter)|mehr erfahren|erfahren sie mehr"
               rf"|(auch|ebenfalls) lesenswert){_COLON_END}",
               # The label run into its headline ("Auch interessant Warum Torf nicht in die Erde gehört"): German's
               # nouns take capitals, but a sentence goes on after these words with its verb, in lower case.
               rf"^{_LINK_MARK}\s*(auch interessant|ebenfalls interessant){_RUN_IN_COLON}"],
        "fr": [rf"^{_LINK_MARK}\s*(lire aussi|à lire aussi|voir aussi){_LABEL_END}",
               rf"^{_LINK_MARK}\s*(à voir aussi|à voir également|à lire également|lire également|voir également|en savoir plus){_COLON_END}",
               rf"^{_LINK_MARK}\s*(à voir aussi|à lire également|sur le même sujet|en savoir plus){_RUN_IN}"],
        # And the River Plate's voseo ("Leé también", "Mirá también").
        "es": [rf"^{_LINK_MARK}\s*(lee también|leé (también|más)|leer más|ver también){_LABEL_END}",
               rf"^{_LINK_MARK}\s*(te puede interesar|también te puede interesar|lea también|mira también|relacionad[oa]|saber más"
               rf"|noticias? relacionadas?|artículos? relacionados?){_COLON_END}",
               rf"^{_LINK_MARK}\s*(te puede interesar|también te puede interesar|más información|lea también|mira también"
               rf"|noticias? relacionadas?|artículos? relacionados?){_RUN_IN}"],
        "it": [rf"^{_LINK_MARK}\s*(leggi anche( su)?){_LABEL_END}",
               rf"^{_LINK_MARK}\s*(potrebbe interessarti|vedi anche|approfondisci|correlat[oi]|scopri di più|per saperne di più){_COLON_END}",
               rf"^{_LINK_MARK}\s*(potrebbe interessarti|approfondisci|articoli? correlat[oi]){_RUN_IN}"],
        "pl": [rf"^{_LINK_MARK}\s*(czytaj (też|także|więcej)|zobacz (też|także)){_LABEL_END}",
               rf"^{_LINK_MARK}\s*(przeczytaj (też|także|również)|czytaj również|zobacz również|polecamy|dowiedz się więcej){_COLON_END}",
               rf"^{_LINK_MARK}\s*(przeczytaj (też|także|również)|czytaj również|zobacz również){_RUN_IN}"],
        "ru": [rf"^{_LINK_MARK}\s*(читайте также|см\. также|читайте (ещё|еще)){_LABEL_END}",
               rf"^{_LINK_MARK}\s*(((ещё|еще) )?по теме|смотрите также){_COLON_END}"],
        "uk": [rf"^{_LINK_MARK}\s*(читайте також|дивіться також){_LABEL_END}", rf"^{_LINK_MARK}\s*(по темі|більше за темою|за темою){_COLON_END}"],
        "cs": [rf"^{_LINK_MARK}\s*(čtěte také|čtěte též|přečtěte si také){_LABEL_END}",
               rf"^{_LINK_MARK}\s*(související|k tématu|mohlo by vás zajímat){_COLON_END}"],
        "sk": [rf"^{_LINK_MARK}\s*(čítajte aj|čítajte tiež|prečítajte si aj){_LABEL_END}", rf"^{_LINK_MARK}\s*(súvisiace|mohlo by vás zaujímať){_COLON_END}"],
        "sv": [rf"^{_LINK_MARK}\s*(läs också|läs även){_LABEL_END}", rf"^{_LINK_MARK}\s*(läs mer|relaterat|se även|se också){_COLON_END}"],
        "da": [rf"^{_LINK_MARK}\s*(læs også){_LABEL_END}", rf"^{_LINK_MARK}\s*(læs mere|relateret|se også){_COLON_END}"],
        "no": [rf"^{_LINK_MARK}\s*(les også){_LABEL_END}", rf"^{_LINK_MARK}\s*(les mer|relatert|se også){_COLON_END}"],
        "fi": [rf"^{_LINK_MARK}\s*(lue myös){_LABEL_END}", rf"^{_LINK_MARK}\s*(katso myös|lue lisää){_COLON_END}"],
        "tr": [rf"^{_LINK_MARK}\s*(ayr[ıi]ca okuyun|bunu da okuyun){_LABEL_END}", rf"^{_LINK_MARK}\s*(ilgili haber|ilgili|ayr[ıi]ca|(bunlar da )?ilginizi çekebilir){_COLON_END}",
               # The label run into its link's headline, as in English: "İlgili haber Köprü mayısta açılıyor".
               r"^(ilgili haber|(bunlar da )?ilginizi çekebilir) (?-i:\p{Lu})[^.!?:]{10,120}$"],
        "ro": [rf"^{_LINK_MARK}\s*(citește și|citiți și){_LABEL_END}", rf"^{_LINK_MARK}\s*(vezi și|citește mai mult|citește mai multe){_COLON_END}"],
        "hu": [rf"^{_LINK_MARK}\s*(olvasd el ezt is|ezt is olvasd el|olvassa el ezt is|ezt is olvassa el){_LABEL_END}",
               rf"^{_LINK_MARK}\s*(kapcsolódó|kapcsolódó cikk|kapcsolódó cikkek|olvasd el|olvassa el|ez is érdekelheti|ajánlott cikk"
               rf"|ezt is ajánljuk){_COLON_END}"],
        # A label with a colon and nothing after it heads the links under it: related-list's, no link.
        "ja": [r"^[\[【(（]?\s*(関連記事|関連ニュース|あわせて読みたい|合わせて読みたい|こちらもおすすめ)\s*[\]】)）]?\s*[:：]?\s*[^\s\]】)）:：]",
               # "関連" alone begins sentences ("関連する…"): only in brackets or before a colon.
               r"^[\[【(（]?\s*関連\s*[\]】)）:：]\s*\S"],
        # Korean sites set an arrow before the label ("▶ 관련기사").
        "ko": [r"^[\[【(（▶▷☞]?\s*(관련 ?기사|추천 ?기사|함께 (보면|읽으면) 좋은 (기사|뉴스)|이 기사도 (함께 )?읽어 ?보세요)\s*[\]】)）]?\s*[:：]?\s*[^\s:：]",
               r"^[\[【(（▶▷☞]?\s*(관련 ?뉴스|더 보기|함께 읽기)\s*[\]】)）]?\s*[:：]\s*\S"],
        "zh": [r"^[\[【(（]?\s*(相关阅读|延伸阅读|推荐阅读|相关新闻|相关链接)\s*[\]】)）]?\s*[:：]?\s*[^\s\]】)）:：]"],
        "pt": [rf"^{_LINK_MARK}\s*(leia (também|mais)|veja também){_LABEL_END}",
               rf"^{_LINK_MARK}\s*(saiba mais|veja mais|relacionad[oa]){_COLON_END}",
               rf"^{_LINK_MARK}\s*(saiba mais|veja mais|notícias? relacionadas?){_RUN_IN}"],
        "nl": [rf"^{_LINK_MARK}\s*(lees ook|lees meer|zie ook){_LABEL_END}",
               rf"^{_LINK_MARK}\s*(ook interessant|meer over dit onderwerp|gerelateerd|bekijk ook|meer weten){_COLON_END}",
               rf"^{_LINK_MARK}\s*(ook interessant|gerelateerd|bekijk ook){_RUN_IN}"],
        # Scripts without case; Arabic writes "also" with or without its tanween (أيضا, أيضاً, أيضًا).
        "ar": [rf"^{_LINK_MARK}\s*((اقرأ|إقرأ|اقرا) (أيضا|أيضاً|أيضًا|ايضا|المزيد)|شاهد أيضا|طالع أيضا){_LABEL_END}",
               rf"^{_LINK_MARK}\s*(ذات صلة|مواضيع ذات صلة|أخبار ذات صلة|اقرأ){_COLON_END}"],
        "he": [rf"^{_LINK_MARK}\s*(קראו גם|קרא גם|ראו גם){_LABEL_END}", rf"^{_LINK_MARK}\s*(עוד בנושא|קראו עוד|קרא עוד|כתבות נוספות){_COLON_END}"],
        "fa": [rf"^{_LINK_MARK}\s*(بیشتر بخوانید|همچنین بخوانید|بخوانید){_COLON_END}"],
        # Hindi: "पढ़ें" with the nukta letter precomposed (ढ़) or not (ढ़).
        "hi": [rf"^{_LINK_MARK}\s*((यह|ये|इसे) भी (पढ़ें|पढ़ें)|और (पढ़ें|पढ़ें)){_LABEL_END}"],
        "vi": [rf"^{_LINK_MARK}\s*(xem thêm|đọc thêm){_COLON_END}", rf"^{_LINK_MARK}\s*(tin liên quan|bài liên quan){_COLON_END}"],
        # Greek capitals drop the accents ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ").
        "el": [rf"^{_LINK_MARK}\s*(διαβ[άα]στε|δε[ίι]τε) (επ[ίι]σης|ακ[όο]μη|ακ[όο]μα){_LABEL_END}",
               rf"^{_LINK_MARK}\s*(σχετικ[άα]|σχετικ[όο] [άα]ρθρο){_COLON_END}"],
        # Indonesian and Malay.
        "id": [rf"^{_LINK_MARK}\s*(baca juga|simak juga|lihat juga){_LABEL_END}",
               rf"^{_LINK_MARK}\s*(berita terkait|artikel terkait|baca selengkapnya|berita berkaitan|artikel berkaitan){_COLON_END}"],
        "sw": [rf"^{_LINK_MARK}\s*(soma pia){_LABEL_END}", rf"^{_LINK_MARK}\s*(soma zaidi|tazama pia|habari zinazohusiana){_COLON_END}"],
        "th": [rf"^{_LINK_MARK}\s*(อ่านเพิ่มเติม|อ่านข่าวเพิ่มเติม|อ่านต่อ|ข่าวที่เกี่ยวข้อง|อ่านข่าวที่เกี่ยวข้อง)\s*[:：]\s*\S"],
        # Croatian, Serbian (both scripts), Bosnian; Bulgarian.
        "hr": [rf"^{_LINK_MARK}\s*(pročitajte (i|još|također|takođe)|čitajte (i|još)|прочитајте (и|још)){_LABEL_END}",
               rf"^{_LINK_MARK}\s*(vezano|povezano|povezane vijesti|povezane vesti|pogledajte i|погледајте и|повезане вести){_COLON_END}"],
        "bg": [rf"^{_LINK_MARK}\s*(прочетете (още|също)|прочети още|вижте (още|също)){_LABEL_END}",
               rf"^{_LINK_MARK}\s*(още по темата|свързани (новини|статии)){_COLON_END}"],
        # Lithuanian, Latvian, Estonian, Slovenian.
        "lt": [rf"^{_LINK_MARK}\s*(skaitykite (taip pat|daugiau)|taip pat skaitykite){_LABEL_END}",
               rf"^{_LINK_MARK}\s*(susiję|susijusios naujienos|susiję straipsniai){_COLON_END}"],
        "lv": [rf"^{_LINK_MARK}\s*(lasiet arī|lasi arī){_LABEL_END}", rf"^{_LINK_MARK}\s*(saistītie raksti|saistītās ziņas){_COLON_END}"],
        "et": [rf"^{_LINK_MARK}\s*(loe ka|loe lisaks|vaata ka|seotud lood|seotud uudised){_COLON_END}"],
        "sl": [rf"^{_LINK_MARK}\s*(preberite (še|tudi)){_LABEL_END}", rf"^{_LINK_MARK}\s*(povezano|sorodne novice|več o tem){_COLON_END}"],
        # Catalan, Albanian, Icelandic, Azerbaijani, Bengali, Tamil, Georgian, Armenian (its own comma after the label),
        # Urdu, Kazakh.
        "ca": [rf"^{_LINK_MARK}\s*(llegiu també|llegeix també){_LABEL_END}"],
        "sq": [rf"^{_LINK_MARK}\s*(lexo (edhe|gjithashtu)|lexoni (edhe|gjithashtu)){_LABEL_END}"],
        "is": [rf"^{_LINK_MARK}\s*(lestu einnig|lestu líka){_LABEL_END}"],
        "az": [rf"^{_LINK_MARK}\s*(həmçinin oxuyun|həmçinin oxu|oxu həmçinin){_LABEL_END}"],
        "bn": [rf"^{_LINK_MARK}\s*(আরও|আরো) প(ড়|ড়)ুন{_LABEL_END}"],
        "ta": [rf"^{_LINK_MARK}\s*(இதையும் படிக்க|இதையும் படிங்க|இதையும் படியுங்கள்){_LABEL_END}"],
        "ka": [rf"^{_LINK_MARK}\s*(ასევე წაიკითხეთ|ასევე იხილეთ){_LABEL_END}"],
        "hy": [rf"^{_LINK_MARK}\s*(կարդացեք նաև|կարդացեք նաեւ)\s*[:՝]?\s*\S.*(?<![:：])$"],
        "ur": [rf"^{_LINK_MARK}\s*(یہ بھی پڑھیں){_LABEL_END}"],
        "kk": [rf"^{_LINK_MARK}\s*(сондай-ақ оқыңыз|оқи отырыңыз){_LABEL_END}"],
    },
    examples=[
        # An interview's question that opens with a label's words, going on in lower case (German's, Italian's
        # and Dutch's imperative is their question's verb too), stays; a headline after the label goes.
        Example("Sie schreiben Krimis, die in Ihrer Heimatstadt spielen.\nLesen Sie auch in Ihrer Heimatstadt?\n"
                "Nie, das wäre mir zu nah.\nLeggi anche i gialli degli altri?\nSolo in vacanza.\nLees ook uw recensies?\nNooit.\n"
                "Lesen Sie auch: Wie sicher sind Lesungen?\nÀ lire aussi » Quel est votre profil de lecteur ?",
                removed=("Lesen Sie auch: Wie sicher sind Lesungen?", "À lire aussi » Quel est votre profil de lecteur ?")),
        # Filipino's read-also label (lang29's probe); the words in a sentence stay.
        Example("Nagpulong ang konseho.\nBasahin din: Isasara ang tulay nang dalawang linggo",
                removed=("Basahin din: Isasara ang tulay nang dalawang linggo",)),
        Example("Basahin din ninyo ang ulat ng konseho bago ang pulong, sabi ng alkalde."),
        # German's "might interest you" label before a link's headline, with its colon (the same words alone head
        # a box of links: related-list's).
        Example("Der Rat tagte am Montag.\nDas könnte Sie auch interessieren: Mieterhöhung: Wann sie erlaubt ist",
                removed=("Das könnte Sie auch interessieren: Mieterhöhung: Wann sie erlaubt ist",)),
        # The label and its headline in Catalan, Albanian, Icelandic, Azerbaijani, Bengali, Tamil, Georgian, Armenian,
        # Urdu, Kazakh; the words inside a sentence stay.
        Example("El ple es va reunir dilluns.\nLlegiu també: El carril bici s'obrirà al maig\n"
                "Lexo edhe: Rruga drejt liqenit do të riparohet\nLestu einnig: Vegurinn lokaður vegna veðurs\n"
                "Həmçinin oxuyun: Şəhər kitabxanası gec saatlara qədər işləyəcək\n"
                "আরও পড়ুন: শহরের প্রধান সড়কে সংস্কারকাজ\nஇதையும் படிக்க: வைகை ஆற்றங்கரையில் நடைபாதை\n"
                "ასევე წაიკითხეთ: რიონის სანაპიროზე ველობილიკი\nԿարդացեք նաև՝ Քաղաքում նոր հեծանվային արահետ\n"
                "یہ بھی پڑھیں: مرکزی سڑک پر مرمت کا کام\nСондай-ақ оқыңыз: Орталық көшеде жөндеу\n"
                "L'alcalde va parlar després.",
                removed=("Llegiu també: El carril bici s'obrirà al maig",
                         "Lexo edhe: Rruga drejt liqenit do të riparohet",
                         "Lestu einnig: Vegurinn lokaður vegna veðurs",
                         "Həmçinin oxuyun: Şəhər kitabxanası gec saatlara qədər işləyəcək",
                         "আরও পড়ুন: শহরের প্রধান সড়কে সংস্কারকাজ", "இதையும் படிக்க: வைகை ஆற்றங்கரையில் நடைபாதை",
                         "ასევე წაიკითხეთ: რიონის სანაპიროზე ველობილიკი",
                         "Կարդացեք նաև՝ Քաղաքում նոր հեծանվային արահետ", "یہ بھی پڑھیں: مرکزی سڑک پر مرمت کا کام",
                         "Сондай-ақ оқыңыз: Орталық көшеде жөндеу")),
        Example("L'alcalde va demanar: llegiu també l'informe de la comissió.\nÞau sögðu: lestu einnig skýrsluna."),
        # Russian's "see also" and Czech's "might interest you" with their colon; the words in a sentence stay.
        Example("Совет собрался.\nСмотрите также: В городе откроют новый парк\nMohlo by vás zajímat: Most se uzavře\n"
                "Смотрите также фильм о мосте, советует мэр.",
                removed=("Смотрите также: В городе откроют новый парк", "Mohlo by vás zajímat: Most se uzavře")),
        # The label run into its headline in capitals ("İLGİNİZİ ÇEKEBİLİR ..."), and German "Auch lesenswert:";
        # the words in a sentence stay.
        Example("Meclis toplandı.\nİLGİNİZİ ÇEKEBİLİR Belediye yeni otobüs hatlarını tanıttı\n"
                "Auch lesenswert: Die Fähre fährt wieder nach Fahrplan\n"
                "İlginizi çekebilir diye bu raporu da paylaştık, dedi başkan.\n"
                "Auch lesenswert fand die Jury den Bericht über die alte Mühle.",
                removed=("İLGİNİZİ ÇEKEBİLİR Belediye yeni otobüs hatlarını tanıttı",
                         "Auch lesenswert: Die Fähre fährt wieder nach Fahrplan")),
        # Turkish sites' "might interest you" over a single link, with its colon; the words in a sentence stay.
        Example("Meclis toplandı.\nİlginizi çekebilir: Zeytin hasadında verim düştü\n"
                "Bunlar da ilginizi çekebilir: Köprü mayısta kapanacak\nBu rapor ilginizi çekebilir, dedi başkan.",
                removed=("İlginizi çekebilir: Zeytin hasadında verim düştü",
                         "Bunlar da ilginizi çekebilir: Köprü mayısta kapanacak")),
        # The label and its headline in languages the tables had none for; the label opening a sentence stays.
        Example("Совет собрался.\nЧитайте ещё: Мост закроют в мае\nПо теме: Автобусы пойдут в обход\n"
                "Читайте також: Міст закриють у травні\nČtěte také: Most se uzavře v květnu\nČítajte aj: Most sa zatvorí\n"
                "Läs också: Bron stängs i maj\nLæs også: Broen lukker i maj\nLes også: Brua stenger i mai\n"
                "Lue myös: Silta suljetaan\nAyrıca okuyun: Köprü mayısta kapanacak\nİlgili haber: Otobüsler yol değiştirecek\n"
                "Citește și: Podul se închide\nKapcsolódó: A híd bezár\n関連記事：橋は5月に閉鎖\n관련기사: 다리 5월 폐쇄\n"
                "Совет соберётся снова в июне.",
                removed=("Читайте ещё: Мост закроют в мае", "По теме: Автобусы пойдут в обход",
                         "Читайте також: Міст закриють у травні", "Čtěte také: Most se uzavře v květnu",
                         "Čítajte aj: Most sa zatvorí", "Läs också: Bron stängs i maj", "Læs også: Broen lukker i maj",
                         "Les også: Brua stenger i mai", "Lue myös: Silta suljetaan", "Ayrıca okuyun: Köprü mayısta kapanacak",
                         "İlgili haber: Otobüsler yol değiştirecek", "Citește și: Podul se închide", "Kapcsolódó: A híd bezár",
                         "関連記事：橋は5月に閉鎖", "관련기사: 다리 5월 폐쇄")),
        Example("El pleno se reunió.\nNoticia relacionada: Los regantes piden más agua\nArtículos relacionados: El puente cierra en mayo\n"
                "El alcalde habló después.",
                removed=("Noticia relacionada: Los regantes piden más agua", "Artículos relacionados: El puente cierra en mayo")),
        Example("Noticias relacionadas con el puente llegaron al pleno, dijo el alcalde."),
        # The label run into its headline, no colon between, in the languages whose sentences go on in lower case.
        Example("El pleno se reunió.\nMás información Los alquileres suben un 9% en la provincia\n"
                "Te puede interesar Cinco rutas por la sierra en otoño\nÀ voir aussi Le pont de la Vesle rouvre en mai\n"
                "Potrebbe interessarti Il ponte riapre a maggio\nSaiba mais A ponte reabre em maio\n"
                "Ook interessant De brug gaat in mei weer open\nPrzeczytaj też Most zostanie otwarty w maju\n"
                "El alcalde habló después.",
                removed=("Más información Los alquileres suben un 9% en la provincia",
                         "Te puede interesar Cinco rutas por la sierra en otoño", "À voir aussi Le pont de la Vesle rouvre en mai",
                         "Potrebbe interessarti Il ponte riapre a maggio", "Saiba mais A ponte reabre em maio",
                         "Ook interessant De brug gaat in mei weer open", "Przeczytaj też Most zostanie otwarty w maju")),
        # The same words opening a sentence: lower case after them, or a sentence's mark in the line.
        Example("Más información sobre el plan estará en la web municipal.\nTe puede interesar Madrid, dijo.\n"
                "Más información Europa Press no ha confirmado.\nEn savoir plus sur le budget sera possible en juin.\n"
                "Saiba mais Lisboa em setembro: o festival volta.\nOok interessant is de prijs van de brug."),
        Example("По теме доклада выступили три министра.\nLäs mer om planen på kommunens webbplats, sa hon.\n"
                "Ayrıca belediye yeni bir plan hazırladı.\nSouvisející náklady zaplatí kraj."),
        # Scripts without case and languages the tables had none for; the words in a sentence stay.
        Example("انعقد المجلس.\nاقرأ أيضاً: الجسر يغلق في مايو\nذات صلة: الحافلات تغير مسارها\n"
                "קראו גם: הגשר ייסגר במאי\nעוד בנושא: האוטובוסים ישנו מסלול\nبیشتر بخوانید: پل در اردیبهشت بسته می‌شود\n"
                "यह भी पढ़ें: पुल मई में बंद होगा\nयह भी पढ़ें- बसें रास्ता बदलेंगी\nXem thêm: Cầu sẽ đóng cửa vào tháng Năm\n"
                "Tin liên quan: Xe buýt đổi tuyến\nΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Κλείνει η γέφυρα τον Μάιο\nΔείτε ακόμη: Αλλάζουν δρομολόγια τα λεωφορεία\n"
                "Baca juga: Jembatan ditutup bulan Mei\nBerita terkait: Bus berganti rute\nSoma pia: Daraja kufungwa Mei\n"
                "อ่านเพิ่มเติม : สะพานปิดเดือนพฤษภาคม\nPročitajte i: Most se zatvara u svibnju\nПрочетете още: Мостът затваря през май\n"
                "▶ 관련기사 다리 5월 폐쇄\n함께 보면 좋은 기사: 버스 노선 변경\nEzt is olvassa el: Bezár a híd\n【関連】橋は5月に閉鎖\n"
                "Se også: Broen lukker i maj\nLue lisää: Silta suljetaan\nVezi și: Podul se închide\nПо темі: Міст закриють\n"
                "Prečítajte si aj: Most sa zatvorí\nSkaitykite taip pat: Tiltas bus uždarytas gegužę\n"
                "Lasiet arī: Tilts maijā tiks slēgts\nLoe ka: Sild suletakse mais\nPreberite še: Most bodo zaprli maja\n"
                "The council meets again in June.",
                removed=("اقرأ أيضاً: الجسر يغلق في مايو", "ذات صلة: الحافلات تغير مسارها", "קראו גם: הגשר ייסגר במאי",
                         "עוד בנושא: האוטובוסים ישנו מסלול", "بیشتر بخوانید: پل در اردیبهشت بسته می‌شود",
                         "यह भी पढ़ें: पुल मई में बंद होगा", "यह भी पढ़ें- बसें रास्ता बदलेंगी",
                         "Xem thêm: Cầu sẽ đóng cửa vào tháng Năm", "Tin liên quan: Xe buýt đổi tuyến",
                         "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Κλείνει η γέφυρα τον Μάιο", "Δείτε ακόμη: Αλλάζουν δρομολόγια τα λεωφορεία",
                         "Baca juga: Jembatan ditutup bulan Mei", "Berita terkait: Bus berganti rute", "Soma pia: Daraja kufungwa Mei",
                         "อ่านเพิ่มเติม : สะพานปิดเดือนพฤษภาคม", "Pročitajte i: Most se zatvara u svibnju",
                         "Прочетете още: Мостът затваря през май", "▶ 관련기사 다리 5월 폐쇄", "함께 보면 좋은 기사: 버스 노선 변경",
                         "Ezt is olvassa el: Bezár a híd", "【関連】橋は5月に閉鎖", "Se også: Broen lukker i maj",
                         "Lue lisää: Silta suljetaan", "Vezi și: Podul se închide", "По темі: Міст закриють",
                         "Prečítajte si aj: Most sa zatvorí", "Skaitykite taip pat: Tiltas bus uždarytas gegužę",
                         "Lasiet arī: Tilts maijā tiks slēgts", "Loe ka: Sild suletakse mais", "Preberite še: Most bodo zaprli maja")),
        # Hungarian's "we recommend this too": with its colon only, since it also opens sentences.
        Example("A testület ülésezett.\nEzt is ajánljuk: Májusban átadják az új kerékpárutat\n"
                "Ezt is ajánljuk a figyelmükbe, mondta a polgármester.",
                removed=("Ezt is ajánljuk: Májusban átadják az új kerékpárutat",)),
        Example("Taryba susirinko.\nSusiję su tiltu darbai prasidės gegužę.\nLoe ka seda lugu, ütles linnapea.\n"
                "Povezano s tem je tudi nov most."),
        Example("ذات صلة بالمشروع كانت ثلاث دراسات سابقة.\nעוד בנושא הגשר דיברה ראש העיר ביום שני.\n"
                "Xem thêm thông tin tại trụ sở ủy ban, bà nói.\nBerita terkait banjir itu dimuat di koran lokal.\n"
                "Soma zaidi kuhusu mpango huo ulianza mwezi uliopita.\nΣχετικά με τη γέφυρα μίλησε ο δήμαρχος.\n"
                "関連する工事は来月始まる。\nVezi și tu cât costă podul, a spus primarul.\nSe også på prisen, sagde hun."),
        Example("The bank raised rates again.\nRead more: Inflation hits a ten-year high\n"
                "[Related: Five charts on the housing market]\n"
                "Lesen Sie auch: Die Zinsen steigen weiter\nMortgage holders will pay more from June.",
                removed=("Read more: Inflation hits a ten-year high", "[Related: Five charts on the housing market]",
                         "Lesen Sie auch: Die Zinsen steigen weiter")),
        Example("市议会周二批准了预算。\n【相关阅读】旧桥明年翻新\n延伸阅读：学校周一复课\n施工将于春季开始。",
                removed=("【相关阅读】旧桥明年翻新", "延伸阅读：学校周一复课")),
        Example("Read more about the scheme on the council's website before applying, the mayor said."),
        # A label with a colon and nothing after it is the heading of a box (related-list's), no link.
        Example("市议会周二批准了预算。\n相关阅读：\n関連記事：\n관련기사:\n施工将于春季开始。"),
        Example("The bridge reopens in May.\nFrom the archive: The last ferrymen of the estuary\nTolls stay the same.",
                removed=("From the archive: The last ferrymen of the estuary",)),
        Example("From the archive of the parish, three letters survive that name the first ferryman."),
        Example("Der Rat tagte.\nAuch interessant: Die Brücke wird teurer\nPassend dazu: Zwölf Millionen für den Bau\n"
                "À voir aussi : Le pont ferme en mai\nTe puede interesar: El puente cierra\nVedi anche: Il ponte chiude\n"
                "Saiba mais: A ponte fecha\nOok interessant: De brug sluit\nPrzeczytaj też: Most zostanie zamknięty",
                removed=("Auch interessant: Die Brücke wird teurer", "Passend dazu: Zwölf Millionen für den Bau",
                         "À voir aussi : Le pont ferme en mai", "Te puede interesar: El puente cierra",
                         "Vedi anche: Il ponte chiude", "Saiba mais: A ponte fecha", "Ook interessant: De brug sluit",
                         "Przeczytaj też: Most zostanie zamknięty")),
        # A pointing hand or an arrow before the label; "Related" run into the headline.
        Example("The lake will close to motorboats.\n👉 Leggi anche: Cosa mettere nello zaino\n▶ Lesen Sie auch: Der See wird wärmer\n"
                "Related Alpine lakes are warming faster than expected\nFishermen welcomed the ban.",
                removed=("👉 Leggi anche: Cosa mettere nello zaino", "▶ Lesen Sie auch: Der See wird wärmer",
                         "Related Alpine lakes are warming faster than expected")),
        Example("Related research shows the lakes are warming.\nRelated to the ban, the council also cut the speed limit."),
        # "Read more" run into the headline as "Related" is; a sentence that opens with the words ends with its mark.
        Example("The lake will close to motorboats.\nRead More Harbour car park to charge from June\n"
                "Read more Dickens, the teacher told the class.\nFishermen welcomed the ban.",
                removed=("Read More Harbour car park to charge from June",)),
        # "Learn more:" before a link's title, in each language; the same words opening a sentence stay.
        Example("The council met.\nLearn more: How the new bridge will be paid for\nMehr erfahren: Was die Brücke kostet\n"
                "En savoir plus : Le pont coûtera plus cher\nSaber más: El puente costará más\n"
                "Scopri di più: Il ponte costerà di più\nDowiedz się więcej: Ile kosztuje nowy most\n"
                "Meer weten: Wat de brug kost\nThe work starts in March.",
                removed=("Learn more: How the new bridge will be paid for", "Mehr erfahren: Was die Brücke kostet",
                         "En savoir plus : Le pont coûtera plus cher", "Saber más: El puente costará más",
                         "Scopri di più: Il ponte costerà di più", "Dowiedz się więcej: Ile kosztuje nowy most",
                         "Meer weten: Wat de brug kost")),
        Example("Learn more about the plan at the town hall on Monday, the mayor said.\n"
                "Mehr erfahren die Anwohner erst im Mai.\nEn savoir plus sur le budget sera possible en juin.\n"
                "Dowiedz się więcej o planie w urzędzie miasta, powiedział burmistrz."),
        # German's label run into its headline, no colon between; a sentence going on after the words stays.
        Example("Der Rat tagte.\nAuch interessant Warum die Brücke teurer wird\n"
                "Auch interessant Igel im Garten: Fünf Tipps für den Winter\nDie Brücke öffnet im Mai.",
                removed=("Auch interessant Warum die Brücke teurer wird", "Auch interessant Igel im Garten: Fünf Tipps für den Winter")),
        Example("Auch interessant fand der Rat den Plan der Stadtwerke.\nAuch interessant Ende Mai: Der Markt öffnet.\n"
                "Auch interessant, sagte sie, sei der Preis."),
        Example("Passend dazu hat die Stadt einen zweiten Plan vorgelegt.\nAuch interessant ist der Preis der neuen Brücke.\n"
                "Saiba mais sobre o projeto no site da prefeitura, disse o prefeito."),
        Example("Der Rat tagte bis spät.\nLesen Sie hier: Warum die Brücke teurer wird\n>> Stadt plant neue Buslinie <<\n"
                "» Le pont rouvre en mai «\nDie Sitzung geht am Montag weiter.",
                removed=("Lesen Sie hier: Warum die Brücke teurer wird", ">> Stadt plant neue Buslinie <<",
                         "» Le pont rouvre en mai «")),
        # A label that ends in a colon heads the links under it (related-list), in each language.
        Example("Der Rat tagte.\nMehr zum Thema auf stadt-beispiel.de:\nRead more on example.org:\n"
                "Lire aussi sur exemple.fr :\nLeggi anche su esempio.it:"),
        Example("Lesen Sie hier, was der Rat beschlossen hat, und warum die Brücke teurer wird.\n"
                "»Das ist kein Plan«, sagte die Bürgermeisterin.\n« Nous verrons », a dit le maire."),
    ],
)


# "... on Tuesday. | mehr", "... what you need to do. More", "... Lire la suite":
# a sentence, then the link to the rest of it on another page.
_READ_MORE_LINKS = ("read more", "more", "continue reading", "full story", "mehr", "weiterlesen", "mehr lesen",
                    "lire la suite", "en savoir plus", "leer más", "ver más", "seguir leyendo", "leggi tutto",
                    "leggi di più", "czytaj dalej", "więcej", "lees meer", "lees verder", "leia mais", "saiba mais",
                    "подробнее", "читать далее")
_READ_MORE_END = compiled(
    r"([.!?…\"“”»)]\s*\|?|\s\|)\s*(" + "|".join(_READ_MORE_LINKS) + r")\s*(»|›|>+|→|\.\.\.|…)?$", regex.I)


_READ_MORE_TAIL = 40
# A line's last word, tested before the pattern: most lines end with none of these.
_READ_MORE_LAST_WORDS = frozenset(link.split()[-1] for link in _READ_MORE_LINKS)


@detector("read-more-teaser", roles={Role.INTERRUPTION}, examples=[
    Example("The court sat until late on Monday, and the verdict is expected this week.\n"
            "Arms exports\nNew charges against the shipyard\nThe shipyard faces new charges over its exports. | more\n"
            "The judge said she would rule on Friday.\n"
            "Rüstungsexporte\nNeue Vorwürfe gegen die Werft\nDie Werft gerät wegen ihrer Exporte unter Druck. Mehr\n"
            "Le chantier naval est accusé de nouvelles fautes. Lire la suite",
            removed=("Arms exports", "New charges against the shipyard",
                     "The shipyard faces new charges over its exports. | more", "Rüstungsexporte",
                     "Neue Vorwürfe gegen die Werft", "Die Werft gerät wegen ihrer Exporte unter Druck. Mehr",
                     "Le chantier naval est accusé de nouvelles fautes. Lire la suite")),
    # A headline may ask a question; a story's question is no headline.
    Example("The bridge reopens in May.\nThinking Of Selling Your House?\n"
            "Find out what buyers in your street paid this year, free and in a minute. More\n"
            "Why does it matter?\nThe bridge carries most of the town's traffic, and shops lost trade. Read more",
            removed=("Thinking Of Selling Your House?",
                     "Find out what buyers in your street paid this year, free and in a minute. More",
                     "The bridge carries most of the town's traffic, and shops lost trade. Read more")),
    Example("The council wants more.\nWe asked for more information, and more\nSie wollen nicht mehr.\n"
            "\"I need more,\" she said, and the room laughed. More than a hundred people had come."),
])
def read_more_teaser(page: Page) -> list[int]:
    """A teaser of another article set in or around the story: a sentence
    that ends with its link ("... | more", "... Read more", "... Weiterlesen",
    "... Lire la suite"), with its headline and kicker, the short lines right
    above it (at most max_item_labels). A story's own sentence ends with its
    full stop, not with a link to the rest of it."""
    settings = page.settings
    texts, feats = page.texts(), page.features
    hits: set[int] = set()
    for i, text in enumerate(texts):
        # The link's words are at the end: the line's last word is one of them.
        if (feats[i].words > settings.teaser_max_words
                or text.rsplit(None, 1)[-1].strip("»›>→.…").casefold() not in _READ_MORE_LAST_WORDS
                or not _READ_MORE_END.search(text[-_READ_MORE_TAIL:])):
            continue
        hits.add(i)
        j = i - 1
        while (j >= 0 and i - j <= settings.max_item_labels and j not in hits
               and feats[j].words <= settings.menu_item_max_words * 3
               and (not feats[j].terminal or _headline_question(texts[j], feats[j], settings))):
            hits.add(j)
            j -= 1
    return sorted(hits)


def _headline_question(text: str, feats: Features, settings: Settings) -> bool:
    """A headline that asks ("Thinking Of Selling Your House?"): capitalised
    as headlines are (headline_title_case_share), not a sentence of the story."""
    return text.endswith("?") and feats.title_case_share >= settings.headline_title_case_share


def _headed_lists(page: Page) -> Iterator[tuple[range, bool]]:
    """Each list under a heading (the heading's position and its items'),
    and whether it is a box set in the story (see _set_in_story)."""
    for i in matching_positions(page, LIST_HEADING):
        if _in_menu(i, page.blocks[i].text, page.features, page.settings):
            continue
        if _box_heading_over_story(i, page):
            if (page.settings.box_heading_alone_in_story and page.adjacent(i + 1)
                    and _no_teaser(i + 1, page)):
                # The box's links gone (an extraction drops links' lines), the story goes on right under its heading.
                yield range(i, i + 1), True
                continue
            cards = _teaser_cards_end(i, page)
            if cards:
                yield range(i, cards), False  # the list under the story's last paragraph, no box set in it
                continue
            box = range(i, _list_end(i, page, box=True))
            if _set_in_story(box, page):
                yield _without_subheading_at_end(box, page), True
                continue
        yield range(i, _list_end(i, page, box=False)), False


def _teaser_cards_end(heading: int, page: Page) -> int:
    """Where the list under a box's ``heading`` ends when it is other
    articles' teaser cards under the story's last paragraph (0 when it is
    not): box_teaser_cards_min items or more right under the heading (see
    _teaser_card_end), and no paragraph of the story right under the last
    (only interruptions removed between: the box was set in the story).
    Under a box's one headline a paragraph of two sentences reads as the
    story going on (see _no_teaser); under it here the same shape goes on,
    item after item."""
    least = page.settings.box_teaser_cards_min
    if not least:
        return 0
    at, items = heading + 1, 0
    while card := _teaser_card_end(at, at == heading + 1, page):
        at, items = card, items + 1
    if items < least or (_paragraph_at(at, page) and _interruptions_between(at - 1, at, page)):
        return 0
    return at


def _teaser_card_end(start: int, first: bool, page: Page) -> int:
    """Where the teaser card from block ``start`` ends (0: none starts
    there): one to max_item_labels short lines without a sentence's end
    (up to headline_item_max_words words: its headline, see
    _headline_shaped, a date, a byline, a kicker), then one paragraph of
    teaser_min_words to teaser_max_words words, the card a group of its own
    (a blank line above it unless ``first``, under the box's heading; none
    inside it, nothing removed inside it). A story's sections stand apart
    from their subheadings."""
    blocks, feats, settings = page.blocks, page.features, page.settings
    if not page.adjacent(start) or not (first or blocks[start].blank_before):
        return 0
    at = start
    while (at < len(blocks) and at - start < settings.max_item_labels
           and (at == start or page.adjacent(at) and not blocks[at].blank_before)
           and not feats[at].terminal and feats[at].words <= settings.headline_item_max_words):
        at += 1
    if (at == start or at == len(blocks) or not page.adjacent(at) or blocks[at].blank_before
            or not any(_headline_shaped(i, page) for i in range(start, at))
            or not _whole_sentence(blocks[at].text, feats[at], settings.teaser_min_words)
            or feats[at].words > settings.teaser_max_words):
        return 0
    return at + 1


def _list_end(heading: int, page: Page, box: bool) -> int:
    """Where the items under ``heading`` end. Items follow until a real
    paragraph: long, or two whole sentences, or a long sentence after
    headlines (a teaser follows one headline: after several, the story has
    begun or resumed); in a ``box`` set in the story, the story's next
    paragraph after headlines (see _paragraph_at), however short, or after
    one headline when it reads as no teaser (see _no_teaser), or a short
    one under two headlines or more or a "read also" link (see
    _short_paragraph); and at
    the story's own headline (a part of the page's title), after long
    teasers or (list_ends_at_own_headline) after any items: what follows
    it is the story's header, which selection reads."""
    settings = page.settings
    blocks, feats = page.blocks, page.features
    # A list ends at the story's own headline (see list_ends_at_own_headline).
    title = _title_parts(page)
    long_teasers = False
    j = heading + 1
    headlines = 0
    while j < len(blocks) and (feats[j].words <= settings.headline_item_max_words
                               or headlines and _teaser_between_headlines(j, title, page)) and not (
        j + 1 < len(blocks) and _whole_sentence(blocks[j].text, feats[j], settings.list_end_sentence_words)
        and _whole_sentence(blocks[j + 1].text, feats[j + 1], settings.list_end_sentence_words)
    ) and not (headlines >= settings.list_end_after_headlines
               and (_whole_sentence(blocks[j].text, feats[j], settings.list_end_paragraph_words)
                    or box and (_paragraph_at(j, page) or _short_paragraph(j, page)))) and not (
        box and (j > heading + 1 and _read_also_line(j - 1, page) or _links_went_between(heading, j, page))
        and _short_paragraph(j, page)) and not (
        box and headlines and _no_teaser(j, page)) and not (
        (long_teasers or settings.list_ends_at_own_headline) and title and title_key(blocks[j].text) in title) and not (
        _story_table_at(j, page)):
        long_teasers = long_teasers or feats[j].words > settings.headline_item_max_words
        headlines = 0 if _whole_sentence(blocks[j].text, feats[j], settings.list_end_sentence_words) else headlines + 1
        j += 1
    if heading + 1 < j < len(blocks):
        j = _sentence_start(heading, j, page)
    # A box set in the story has its own end (see _set_in_story); a list read as no such box ends at its block.
    end = j if box else _end_of_item_block(heading, j, page)
    return _before_set_apart_subheading(heading, _before_story_bullets(heading, end, page), page)


# A table's cell that is a figure: "3200", "-1.5", "12,5%", "35:58".
_FIGURE_CELL = compiled(r"^[-+−]?\d[\d.,:]*%?$")
# How a line that announces what follows ends: "How the villages compare:", "情况如下：".
_ANNOUNCING_ENDS = (":", "：")


def _figure_row(text: str, settings: Settings) -> bool:
    """Whether a line is a row of a table of figures as text renders it:
    a cell of words, then story_table_row_figures cells or more that are
    figures ("Ryle 3200 24")."""
    cells = text.split()
    figures = 0
    while figures < len(cells) and _FIGURE_CELL.match(cells[-1 - figures]):
        figures += 1
    return settings.story_table_row_figures <= figures < len(cells)


def _story_table_at(j: int, page: Page) -> bool:
    """Whether block ``j`` opens the story's table: a line that announces
    it (ending in a colon) and a header row, either or both, over
    list_ends_at_story_table_rows rows or more one under another, each a
    row of figures (see _figure_row) or set between pipes (see table_row:
    HTML's table as extracted)."""
    least = page.settings.list_ends_at_story_table_rows
    texts, settings = page.texts(), page.settings
    if least <= 0 or j + least > len(texts):
        return False

    def row(i: int) -> bool:
        return table_row(texts[i]) or _figure_row(texts[i], settings)

    start = j
    if texts[start].endswith(_ANNOUNCING_ENDS):
        start += 1
    if start < len(texts) and not row(start):
        start += 1  # the header row
    rows = start
    while rows < len(texts) and (rows == start or page.adjacent(rows)) and row(rows):
        rows += 1
    return rows - start >= least


def _story_line_above(heading: int, end: int, page: Page) -> bool:
    """Whether the line right above ``heading`` is the story's: a paragraph
    (see _paragraph_at), or, with box_in_sentence_max_lines set, a line that
    the line right under the heading's group of items goes on from (see
    fragments.goes_on_under_box: an item of the story's list that ends with
    a comma, the next item under the box), or, with box_story_shape_lines
    set, one of the lines above it whose shape the lines under that group
    take up again (see _shape_goes_on_under_box), or, with
    box_under_section_heading, a section's heading over no line of its own
    (see _section_heading_over_box): its lines stand under the box."""
    if _paragraph_at(heading - 1, page):
        return True
    if heading == 0:
        return False
    if page.settings.box_under_section_heading and _section_heading_over_box(heading, page):
        return True
    stop = _group_end(heading + 1, page)
    if (page.settings.box_in_sentence_max_lines > 0 and stop < end
            and goes_on_under_box(page.blocks[heading - 1].text, page.blocks[stop].text)):
        return True
    return _shape_goes_on_under_box(heading, stop, end, page)


def _section_heading_over_box(heading: int, page: Page) -> bool:
    """Whether the line right above the box's ``heading`` is a section's
    heading set apart by blank lines (story_list_heading_max_words words at
    most, no sentence's end, a blank line above it and one under it) right
    under a group of lines set one under another (the story's previous
    section, a list or a table): the section holds no line above the box."""
    above, feats, blocks = heading - 1, page.features, page.blocks
    return (above > 0 and page.adjacent(heading) and page.adjacent(above)
            and blocks[above].blank_before and blocks[heading].blank_before
            and not feats[above].terminal and feats[above].words <= page.settings.story_list_heading_max_words
            and not blocks[above - 1].blank_before)


# A short label and its colon opening a line: an interview's "Q:" and "A:", a script's speaker.
_LINE_LABEL = compiled(r"^\w{1,3}:\s")


def _line_shape(text: str) -> tuple[bool, ...]:
    """What a line of a story's list is known by: whether it opens with a
    quotation mark, a short label and colon or a digit, and whether it ends
    with a sentence's stop or a closing bracket. A headline has none of these."""
    return (text.startswith(_OPENING_QUOTES), _LINE_LABEL.match(text) is not None, text[:1].isdigit(),
            _SENTENCE_STOP.search(text) is not None, text.endswith(")"))


def _shape_goes_on_under_box(heading: int, stop: int, end: int, page: Page) -> bool:
    """Whether one of the first box_story_shape_lines lines under the
    heading's group of items (which ends at ``stop``; the items run on to
    ``end``) has the shape (see _line_shape) of one of as many lines right
    above the heading, a shape none of the items has: the story's list
    (testimonials and their sources, questions and answers, an agenda's
    times) goes on under a box of headlines set in it."""
    count = page.settings.box_story_shape_lines
    if count <= 0 or stop >= end:
        return False
    texts = page.texts()
    above = {_line_shape(texts[i]) for i in range(max(0, heading - count), heading)}
    items = {_line_shape(texts[i]) for i in range(heading + 1, stop)}
    return any(shape in above and shape not in items and any(shape)
               for shape in map(_line_shape, texts[stop:min(stop + count, end)]))


def _table_goes_on_under_box(heading: int, stop: int, end: int, page: Page) -> bool:
    """Whether a table rendered a cell a line (see chrome.cell_tables) runs
    right above the heading and goes on right under the heading's group of
    items (which ends at ``stop``; the items run on to ``end``), each part
    of box_in_table_min_cells cells or more: the story's table (a
    programme's times, films and rooms; fuel prices by station) goes on under
    a box of headlines set in it."""
    least = page.settings.box_in_table_min_cells
    if least <= 0 or stop >= end or heading == 0:
        return False
    tables = cell_tables(page, page.settings.table_cell_max_words)
    above = next((table for table in tables if heading - 1 in table), None)
    under = next((table for table in tables if stop in table), None)
    return (above is not None and under is not None and above != under
            and heading - above.start >= least and under.stop - stop >= least)


def _group_end(start: int, page: Page) -> int:
    """Where the group of lines from block ``start`` ends: at the next line with a blank line before it."""
    end = start + 1
    while end < len(page.blocks) and not page.blocks[end].blank_before:
        end += 1
    return end


def _end_of_item_block(heading: int, end: int, page: Page) -> int:
    """Where the items under ``heading`` (up to ``end``) end when the heading stands right under a
    paragraph, the items one a line in one group (list_block_min_lines lines or more, no blank line
    between them), and a sentence resumes at ``end``: at the blank line under that group, unless the
    next group holds as many lines (each group one item of several lines). The box of headlines was
    set in the story, and what lies between is the story's, a list or a table its sentences go on under.
    With list_group_ends_at_story_shape, no sentence need resume where the lines under the group take up
    the shape of the lines above the heading (see _shape_goes_on_under_box) or the table above it (see
    _table_goes_on_under_box): the story's list goes on under the box to the page's end."""
    settings = page.settings
    least = settings.list_block_min_lines
    first = heading + 1
    if not least or first >= end or not page.adjacent(heading):
        return end
    stop = _group_end(first, page)
    shaped = settings.list_group_ends_at_story_shape and (_shape_goes_on_under_box(heading, stop, end, page)
                                                          or _table_goes_on_under_box(heading, stop, end, page))
    if not shaped and (end == len(page.blocks) or not _story_line_above(heading, end, page) or not _whole_sentence(
            page.blocks[end].text, page.features[end], settings.list_end_sentence_words)):
        return end
    if stop >= end or stop - first < least or _group_end(stop, page) - stop == stop - first:
        return end
    return stop


def _sentence_start(heading: int, end: int, page: Page) -> int:
    """Where the sentence that ends the items under ``heading`` at ``end``
    begins, when that line starts as a sentence's rest does (punctuation, lower
    case): the lines above that it goes on from (see fragments.continuations)
    are its start, no items. A renderer that sets each link's text on a line
    of its own (BeautifulSoup's get_text) splits the story's sentence after
    the box ("Authorities in western" / "Mongolia" / ", which is close to
    ..."), and its first pieces read as short headlines. (A capitalised line
    after a headline ending in a word that never ends a sentence starts a
    sentence of its own: "Schulen bleiben zu" is a German headline.)"""
    if not starts_mid_sentence(page.blocks[end].text):
        return end
    follows = continuations(page)
    while end > heading + 1 and follows[end]:
        end -= 1
    return end


# A list's bullet mark before an item's first letter.
_BULLET_MARKS = "-–•*·▪● "


def story_bullet(i: int, page: Page) -> bool:
    """Whether page block ``i`` is a fragment of prose, not a headline: it
    starts in lower case and is story_bullet_min_words words or longer (the
    story's key point in a bullet list)."""
    return (page.features[i].words >= page.settings.story_bullet_min_words
            and page.blocks[i].text.lstrip(_BULLET_MARKS)[:1].islower())


def _before_story_bullets(heading: int, end: int, page: Page) -> int:
    """Where the items under ``heading`` (up to ``end``) end when a group of
    lines among them (a blank line before it, none inside it) holds
    story_bullet_min_lines fragments of prose (see story_bullet): the
    story's key points set right under a sidebar's list. The list ends at
    that group, or at its first fragment where no blank line parts the
    group from the list's first item."""
    blocks = page.blocks
    group = heading + 1
    for i in range(heading + 1, end + 1):
        if i == end or blocks[i].blank_before:
            bullets = [k for k in range(group, i) if story_bullet(k, page)]
            if len(bullets) >= page.settings.story_bullet_min_lines:
                return group if group > heading + 1 else bullets[0]
            group = i
    return end


def _before_set_apart_subheading(heading: int, end: int, page: Page) -> int:
    """Where the items under ``heading`` (up to ``end``) end when, after two
    or more of them set together (no blank line between), a line stands
    apart (a blank line before it, its own group) with the story's paragraph
    right under it (list_ends_at_set_apart_subheading): the story's next
    subheading. A list's items are set line under line; a subheading and
    its paragraph stand apart, in any language's rendering of a page."""
    blocks, settings = page.blocks, page.settings
    if not settings.list_ends_at_set_apart_subheading:
        return end
    first = heading + 1
    apart = next((k for k in range(first + 1, end) if blocks[k].blank_before), None)
    if apart is None or apart - first < 2 or not page.adjacent(apart):
        return end
    return apart if _subheading_over_paragraph(apart, page) else end


def _subheading_over_paragraph(i: int, page: Page, questions: bool = False) -> bool:
    """Whether block ``i`` is a line without a full stop (or, with
    ``questions``, a question) set apart (blank lines before and under it)
    right over a paragraph of the story's (see _paragraph_at), with nothing
    removed between: a subheading."""
    blocks = page.blocks
    return (i + 1 < len(blocks) and blocks[i].blank_before and blocks[i + 1].blank_before
            and (not page.features[i].terminal or questions and _QUESTION_END.search(blocks[i].text) is not None)
            and _paragraph_at(i + 1, page) and page.adjacent(i + 1))


def _teaser_between_headlines(i: int, title: frozenset[str], page: Page) -> bool:
    """Whether the line at ``i``, under a headline, is its teaser however
    long (up to teaser_max_words): the next item's headline follows it (a
    short line that is no sentence), and then that item's teaser (a
    sentence of teaser_min_words to teaser_max_words words), or the
    headline is the story's own (``title``: where the list ends)."""
    settings, feats = page.settings, page.features
    if not (feats[i].words <= settings.teaser_max_words and i + 2 < len(feats)
            and not feats[i + 1].terminal and feats[i + 1].words <= settings.list_heading_max_words):
        return False
    return (title_key(page.blocks[i + 1].text) in title
            or feats[i + 2].terminal and settings.teaser_min_words <= feats[i + 2].words <= settings.teaser_max_words)


def _title_parts(page: Page, whole: bool = False) -> frozenset[str]:
    """The parts of the page's title, its first line when a title separator
    splits it ("Story - Site"): the story's headline, where a list above
    the story ends. With ``whole``, a title of one part of
    title_part_min_words words or more is the headline itself
    (title_alone_is_headline)."""
    if not page.blocks or page.blocks[0].index != 0:
        return frozenset()
    settings = page.settings
    keys = title_keys(page.blocks[0].text, settings.title_part_min_words, settings.cjk_chars_per_word,
                      settings.southeast_asian_chars_per_word)
    if (whole and settings.title_alone_is_headline and len(keys) == 1
            and page.features[0].words >= settings.title_part_min_words):
        return frozenset(keys)
    return frozenset(keys[1:])


def title_headline_key(page: Page) -> str | None:
    """The key (see title_key) of the headline the page's title names: its
    longest part of title_part_min_words words or more (the site's name is
    a shorter one; see _title_parts), or the title itself when it is of one
    part; None when the page's first line is gone (a later pass)."""
    parts = _title_parts(page, whole=True)
    return max(sorted(parts), key=lambda key: len(key.split()), default=None)


# The headings of a box that a story sets between its paragraphs: the other
# articles on its topic ("Mehr zum Thema", "Related stories") or those the
# site recommends beside it ("Te puede interesar", "You may also like": the
# same box, set in the story as often), not the page's tags, most-read or
# latest lists.
_BOX_HEADINGS = {
    "en": r"related( (articles?|stories|posts|content|coverage|news|links|reading))?|see also|read also|also read"
          r"|(more )?on (this|the same) (topic|subject|story|issue)|you (may|might) also (like|be interested in)",
    "de": r"(mehr|weiteres) zum thema|lesen sie (auch|außerdem|ebenfalls)|siehe auch|mehr dazu"
          r"|(das|dies) könnte (sie|dich) auch interessieren|auch interessant"
          r"|(unser |unsere |mein |weitere )?(lesetipps?|leseempfehlung(en)?)( der redaktion| für (sie|dich))?",
    "fr": r"(à )?lire aussi|à lire également|(à )?voir aussi|sur le même (sujet|thème)|vous (aimerez|pourriez aimer) aussi",
    "es": r"(noticias?|artículos?) relacionad[ao]s?|relacionad[ao]s|(lea|lee|leer|vea|ver) también|(más )?sobre (este|el mismo) tema"
          r"|(también )?te puede interesar|te recomendamos",
    "it": r"leggi anche|vedi anche|articol[oi] correlat[oi]|(altro )?su(llo stesso| questo) (argomento|tema)"
          r"|potrebbe interessarti( anche)?|ti potrebbe interessare",
    "pt": r"(leia|veja) também|notícias? relacionadas?|(mais )?sobre (o mesmo|este) (assunto|tema)|(você )?também (pode|vai) gostar",
    "nl": r"lees ook|gerelateerde artikelen|(meer )?over (dit|hetzelfde) onderwerp|ook interessant|(onze )?leestips?",
    "pl": r"(czytaj|przeczytaj|zobacz) (też|także|również)|(więcej |także |również )?na (ten|podobny) temat|powiązane artykuły"
          r"|może cię (też |również |także )?zainteresować",
    # ... and the box of the day's top stories: "Главное за сутки".
    "ru": r"читайте также|смотрите также|(новости|материалы) по теме|((ещё|еще) )?по теме|главное за (сутки|день|неделю)",
    "cs": r"související( články)?|čtěte (také|též)|přečtěte si také|k tématu",
    "sk": r"súvisiace( články)?|čítajte (aj|tiež)",
    "uk": r"читайте також|дивіться також|(новини|матеріали) за темою",
    "sv": r"läs (också|även)|se (också|även)|mer (om|i) ämnet|(våra )?lästips",
    "da": r"læs også|se også|læsetips?",
    "no": r"les også|se også|lesetips?",
    "fi": r"lue myös|katso myös|lisää aiheesta",
    "ro": r"citește și|vezi și",
    "hu": r"olvassa el ezt is|olvasd el ezt is|kapcsolódó( cikkek?)?",
    "el": r"διαβ[άα]στε επ[ίι]σης|δε[ίι]τε επ[ίι]σης|σχετικ[άα] [άα]ρθρα",
    "tr": r"ilgili haber(ler)?",
    "id": r"baca juga|berita terkait",
    # ... and the scripts and smaller languages the sets hardly hold.
    "bg": r"още по темата|свързани (новини|статии)|прочетете (още|също)",
    "hr": r"povezane (vijesti|vesti)|pročitajte (i|još|također)|povezano|повезане вести|прочитајте (и|још)",
    "lt": r"skaitykite (taip pat|daugiau)|susiję straipsniai|susijusios naujienos",
    "ar": r"(اقرأ|إقرأ) (أيضا|أيضاً|أيضًا|ايضا)|(أخبار|مواضيع) ذات صلة",
    "he": r"קראו גם|קרא גם|עוד בנושא|כתבות נוספות",
    "fa": r"بیشتر بخوانید|(اخبار|مطالب) مرتبط",
    "vi": r"(tin|bài( viết)?) liên quan|xem thêm",
    # Scripts without case, the heading often in brackets ("【相关阅读】", "相关阅读："): see _BOX_HEADING.
    "zh": r"相关(阅读|新闻|报道|文章|链接)|延伸阅读|推荐阅读",
    "ja": r"関連(記事|ニュース)|あわせて読みたい|合わせて読みたい",
    "ko": r"관련 ?(기사|뉴스)|함께 (보면|읽으면) 좋은 (기사|뉴스)",
    # Catalan, Malay ("berkaitan" where Indonesian writes "terkait"), Albanian, Icelandic, Azerbaijani, Bengali,
    # Tamil, Georgian, Armenian, Urdu, Macedonian, Kazakh.
    "ca": r"llegiu també|notícies relacionades",
    "ms": r"berita berkaitan",
    "sq": r"lexo (edhe|gjithashtu)|lajme të ngjashme",
    "is": r"lestu einnig|tengdar fréttir",
    "az": r"həmçinin oxuyun|oxşar xəbərlər",
    "bn": r"আরও প(ড়|ড়)ুন|সম্পর্কিত খবর",
    "ta": r"இதையும் படிக்க|தொடர்புடைய செய்திகள்",
    "ka": r"ასევე წაიკითხეთ|მსგავსი სიახლეები",
    "hy": r"կարդացեք նաև|առնչվող լուրեր",
    "ur": r"یہ بھی پڑھیں|متعلقہ خبریں",
    "mk": r"прочитајте и|поврзани вести",
    "kk": r"сондай-ақ оқыңыз|тақырыпқа қатысты",
}
# A line that asks: it ends in a question mark (full-width, Greek), a closing quote or bracket after it at most.
_QUESTION_END = compiled_at_end(r"[?？\u037e](\s?[\"'”’»«“‘)])*$")
_BOX_HEADING = compiled(rf"^[\[【]?({'|'.join(_BOX_HEADINGS.values())})[\]】]?\s*[:：]?$", regex.I)


def _set_in_story(run: range, page: Page) -> bool:
    """Whether the list under a box's heading right under a paragraph (see
    _box_heading_over_story) is a box set between two paragraphs of the
    story: one to inline_related_max_items items, a paragraph right under
    them, nothing removed between, and that paragraph no teaser of the
    box's (the story goes on under it, or it opens with a quotation: see
    _no_teaser); or the story's subheading over its paragraph right
    under them (see _subheading_over_paragraph); or the story's short
    paragraph under two headlines or more or a "read also" link, the link
    removed between maybe (see _short_paragraph_under_headlines); or, the
    box's links gone as interruptions, that paragraph right under its heading."""
    if len(run) == 1 and run.stop < len(page.blocks):  # the box's links went as interruptions, its heading stayed
        return _links_went_between(run.start, run.stop, page) and _short_paragraph(run.stop, page)
    if not 1 <= len(run) - 1 <= page.settings.inline_related_max_items:
        return False
    if _subheading_over_paragraph(run.stop, page) and page.settings.list_ends_at_set_apart_subheading:
        return page.adjacent(run.stop)  # the story goes on under its subheading
    if run.stop >= len(page.blocks):
        return False
    if not page.adjacent(run.stop):
        # A link set under the box ("Read also: ...") stands between its headlines and the story's short paragraph.
        return _short_paragraph_under_headlines(run, page) and _interruptions_between(run.stop - 1, run.stop, page)
    return (_paragraph_at(run.stop, page) and (_story_goes_on(run.stop, page) or _no_teaser(run.stop, page))
            or _short_paragraph_under_headlines(run, page))


def _short_paragraph_under_headlines(run: range, page: Page) -> bool:
    """Whether the box under the heading of ``run`` holds list_end_after_headlines headlines or more, or ends
    with a link's label and headline ("Read also: ..."), none ending like a sentence, and the story's short
    paragraph stands under them (see _short_paragraph)."""
    return ((len(run) - 1 >= page.settings.list_end_after_headlines or _read_also_line(run.stop - 1, page))
            and _short_paragraph(run.stop, page) and not any(page.features[i].terminal for i in run))


def _read_also_line(i: int, page: Page) -> bool:
    """Whether block ``i`` is a link's label and its headline ("Read also: ..."): no teaser goes under it."""
    return read_also_link.patterns[0].matches(page.blocks[i].text)


def _links_went_between(heading: int, line: int, page: Page) -> bool:
    """Whether the box's heading stands right over ``line`` with only interruptions removed between: its
    links went ("Read also: ..."), or an extraction dropped them."""
    return line == heading + 1 and not page.adjacent(line) and _interruptions_between(heading, line, page)


def _interruptions_between(a: int, b: int, page: Page) -> bool:
    """Whether every line removed between the page's blocks a and b went as an interruption of the story, no chrome."""
    return all(j in page.removed and not is_chrome(page.removed[j])
               for j in range(page.blocks[a].index + 1, page.blocks[b].index))


def _short_paragraph(i: int, page: Page) -> bool:
    """Whether block ``i`` is a short paragraph of the story under a box's
    headlines: a whole sentence shorter than a paragraph (see _paragraph_at),
    of box_short_paragraph_min_words words or more, with the story's
    paragraph right under it. A teaser stands under each of a box's
    headlines, not under the last alone ("Pedagang menyambut gembira.").
    A short question there is a subheading's (box_short_subheading_may_ask)."""
    blocks, settings = page.blocks, page.settings
    return (0 <= i < len(blocks) - 1 and _story_sentence(i, page) and _QUESTION_END.search(blocks[i].text) is None
            and _whole_sentence(blocks[i].text, page.features[i], settings.box_short_paragraph_min_words)
            and _paragraph_at(i + 1, page) and page.adjacent(i + 1))


def _no_teaser(i: int, page: Page) -> bool:
    """Whether block ``i`` is a paragraph (see _paragraph_at) that no teaser
    of a box's headline reads like: one that opens with a quotation ("«...»,
    — said the director.": a speaker's words the story reports; a teaser
    opens with its own, box_ends_at_quoted_paragraph), or one of two
    sentences or more (a teaser says its story in one,
    box_ends_at_sentences)."""
    settings, text = page.settings, page.blocks[i].text
    return _paragraph_at(i, page) and (
        settings.box_ends_at_quoted_paragraph and text.startswith(_OPENING_QUOTES)
        or settings.box_ends_at_sentences and _NEXT_SENTENCE.search(text) is not None)


# A sentence's stop, then the next sentence's first (capital) letter: a line of two sentences or more.
_NEXT_SENTENCE = compiled(r"[.!?…](\s?[\"'”’»«“‘)])*\s+[\"'„“«‹»]?\p{Lu}")


def _without_subheading_at_end(box: range, page: Page) -> range:
    """The box set in the story (its heading and items, see _set_in_story)
    without its last line when that is the story's subheading
    (box_ends_at_short_subheading): a line of at most subheading_max_words
    words over the story's paragraph (see _subheading_over_paragraph),
    under the box's items that are all longer (headlines of other
    articles), a short question too (box_short_subheading_may_ask: "What
    now?"); or a question of any length in a story of questions (see
    _explainer_question). Every line set apart, nothing else tells a box's
    last headline from the next section's heading; but under a box whose
    heading and items stand in one group, a line set apart of up to
    story_subheading_max_words words over the story's paragraph is the
    story's subheading (box_ends_at_its_group)."""
    settings, feats = page.settings, page.features
    last = box.stop - 1
    if not settings.box_ends_at_short_subheading or last - box.start < 2:
        return box
    if (settings.box_ends_at_its_group and _group_end(box.start, page) == last
            and feats[last].words <= settings.story_subheading_max_words
            and _subheading_over_paragraph(last, page, questions=True)):
        return range(box.start, last)  # the box's group ended at its blank line, the story's subheading under it
    short = feats[last].words <= settings.subheading_max_words
    question = _explainer_question(last, page)  # a scan of the page's questions: only for a box that may end so
    if ((not short and not question)
            or not _subheading_over_paragraph(last, page, question or short and settings.box_short_subheading_may_ask)):
        return box
    if all(feats[i].words > settings.subheading_max_words for i in range(box.start + 1, last)):
        return range(box.start, last)
    return box


def _explainer_question(i: int, page: Page) -> bool:
    """Whether block ``i`` asks a question in a story whose sections open
    with questions: box_question_subheadings_min or more other questions
    stand set apart over its paragraphs (see _subheading_over_paragraph),
    as an explainer's do ("Who can apply?", "What does it cost?")."""
    least, blocks = page.settings.box_question_subheadings_min, page.blocks
    if not least or not _QUESTION_END.search(blocks[i].text):
        return False
    others = (j for j in range(len(blocks)) if j != i and _QUESTION_END.search(blocks[j].text))
    return sum(_subheading_over_paragraph(j, page, questions=True) for j in others) >= least


# A headline's first character: a capital (any script with case) or a digit; a bracket or a
# quotation mark opens a story's aside or a speaker's words, a lower-case letter a sentence's rest.
_HEADLINE_START = compiled(r"^[\p{Lu}\d]")
# A line that ends with a sentence's or a clause's mark, an announced item's colon or a
# bracket (a credit, a count): never a headline, which may end with its quote.
_ENDS_WITH_MARK = compiled(r"[.!?…:;,。！？：；，、)\]]$")


def _unheaded_boxes(page: Page) -> Iterator[int]:
    """A box of headlines set between two paragraphs of the story without a
    heading: a group of unheaded_box_min_items to inline_related_max_items
    lines (no blank line between them, a blank line above and under), each
    of a headline's shape (see unheaded_box_item_min_words) and not mostly
    rows of facts (see _fact_rows) nor a record's rows (_record_rows), with a whole
    sentence of the story (unheaded_box_prose_min_words) right above the
    group and right under it, nothing removed between."""
    settings, blocks = page.settings, page.blocks
    least = settings.unheaded_box_min_items
    if not least:
        return
    start = 1
    while start < len(blocks):
        end = _group_end(start, page)
        if (blocks[start].blank_before and least <= end - start <= settings.inline_related_max_items
                and end < len(blocks) and all(_headline_shaped(i, page) for i in range(start, end))
                and not _fact_rows(range(start, end), page) and not _record_rows(range(start, end), page)
                and _long_paragraph_at(start - 1, page) and page.adjacent(start)
                and _long_paragraph_at(end, page) and page.adjacent(end)):
            yield from range(start, end)
        start = end


def _fact_rows(run: range, page: Page) -> bool:
    """Whether the lines of ``run`` are mostly "Label: value" rows (menu_fact_box_min_share, as
    nav-menu spares them): the story's box of facts ("Investment: 38 million"), no headlines."""
    labelled = sum(bool(LABEL_VALUE.match(page.blocks[i].text)) for i in run)
    return labelled >= page.settings.menu_fact_box_min_share * len(run)


# What parts a record's fields on a line: a comma before a space (not a decimal comma), an ideographic comma.
_FIELD_COMMA = compiled(r",\s|，")


def _record_rows(run: range, page: Page) -> bool:
    """Whether every line of ``run`` holds the same number of comma-parted fields, record_row_min_fields or more:
    rows of the story's table written as lines ("Anna Berg, joiner, grade 5.3"). Other articles' headlines
    differ in shape."""
    fields = {len(_FIELD_COMMA.split(page.blocks[i].text)) for i in run}
    return len(fields) == 1 and fields.pop() >= page.settings.record_row_min_fields


def _long_paragraph_at(i: int, page: Page) -> bool:
    return _paragraph_at(i, page) and page.features[i].words >= page.settings.unheaded_box_prose_min_words


def _headline_shaped(i: int, page: Page) -> bool:
    """Whether block ``i`` reads as another article's headline (see _unheaded_boxes)."""
    settings, text, feats = page.settings, page.blocks[i].text, page.features[i]
    return (settings.unheaded_box_item_min_words <= feats.words <= settings.headline_item_max_words
            and not feats.terminal and _HEADLINE_START.match(text) is not None
            and _ENDS_WITH_MARK.search(text) is None)


def _box_heading_over_story(i: int, page: Page) -> bool:
    """Whether the heading at ``i`` is a box's, right under a paragraph."""
    return (_BOX_HEADING.match(page.blocks[i].text) is not None
            and _paragraph_at(i - 1, page) and page.adjacent(i))


def _story_goes_on(i: int, page: Page) -> bool:
    """Whether the paragraph at ``i`` is the story's, not the teaser of a
    list's item: the next line ends like a sentence too, or chrome stands
    between them (the story's end), or nothing follows. A teaser has the
    next item's headline under it."""
    following = i + 1
    if following == len(page.blocks):
        return True
    between = range(page.blocks[i].index + 1, page.blocks[following].index)
    return _story_sentence(following, page) or any(is_chrome(page.removed[j]) for j in between)


# A story's sentence ends with its stop, a closing quote or bracket after it
# at most (French sets a space before "»": "... manquent. »"): a line ending
# in ")" or "»" alone is a link's or a credit's. The stops of other scripts
# too: the danda (Bengali, Hindi), the Urdu, Armenian, Ethiopic, Myanmar and
# Khmer full stops, the Arabic question mark.
_SENTENCE_STOP = compiled_at_end(r"[.!?…。！？।॥۔؟։።။។](\s?[\"'”’»«“‘)])*$")


def _paragraph_at(i: int, page: Page) -> bool:
    return 0 <= i < len(page.blocks) and _story_sentence(i, page) and _whole_sentence(
        page.blocks[i].text, page.features[i], page.settings.inline_related_prose_min_words)


def _story_sentence(i: int, page: Page) -> bool:
    return _SENTENCE_STOP.search(page.blocks[i].text) is not None


# "Mayor: “We will rebuild”": a headline that ends with its quote, no full
# stop inside or after it; a story's sentence puts one there ("... rebuild.”",
# "« Nous verrons. »", "„So war es.“").
_QUOTE_WITHOUT_STOP = compiled_at_end(r"[^\s.!?…。！？]\s?[\"'”’»«“‘]+$")


def _in_menu(i: int, text: str, feats: list[Features], settings: Settings) -> bool:
    """Whether the heading at ``i``, a word or so without a colon
    ("Aktuelles", "Tags"), stands between menu labels ("Startseite",
    "Termine"): a menu's entry, not the heading of a list (which would run
    on over the menu into the story's own heading)."""
    return (0 < i < len(feats) - 1 and feats[i].words <= settings.list_heading_menu_max_words
            and not text.endswith((":", "：")) and all(
                not f.terminal and f.words <= settings.menu_item_max_words for f in (feats[i - 1], feats[i + 1])))


def _whole_sentence(text: str, feats: Features, min_words: float) -> bool:
    """A sentence not cut off with an ellipsis, as teasers are, nor a
    headline ending with its quote."""
    return (feats.words >= min_words and feats.terminal and not cut_off(text)
            and not _QUOTE_WITHOUT_STOP.search(text))


# "Story headline (142)": a headline with its comment or share count, or
# with its date ("Storm hits coast (Monday March 3 2008)").
COUNTED_ITEM = compiled_at_end(rf"\s\((\d[\d,.]*|(\w+,? )?{DATE})\)$", regex.I)
# "3. Jane Doe (ITA) +1:21.5 (4)": a ranked row of results, a time and then a
# count (of misses, of goals) in brackets, is a table's, no headline's.
_RANKED_RESULT = compiled(r"^\d{1,3}\.\s.*\d[.,:]\d+\s\(\d{1,3}\)$")


def _counted_runs(page: Page) -> Iterator[int]:
    settings = page.settings
    flags = [f.words <= settings.headline_item_max_words and b.text.endswith(")") and bool(COUNTED_ITEM.search(b.text))
             and not _RANKED_RESULT.match(b.text) for b, f in zip(page.blocks, page.features)]
    for run in runs(flags):
        if len(run) >= settings.counted_run_min:
            yield from run


# ">> Storm hits coast", "» Bridge to reopen": a link's arrow, then its title.
# ("»Zitat«" is a quotation in German: no space after the mark, and it closes.)
_ARROW_MARKS = (">>", "»", "›", "→")
_ARROW_ITEM = compiled(rf"^({'|'.join(_ARROW_MARKS)})\s+[^«‹]+$")


def _arrow_runs(page: Page) -> Iterator[int]:
    settings = page.settings
    flags = [f.words <= settings.headline_item_max_words and b.text.startswith(_ARROW_MARKS)
             and bool(_ARROW_ITEM.match(b.text))
             for b, f in zip(page.blocks, page.features)]
    for run in runs(flags):
        if len(run) >= settings.arrow_run_min:
            yield from run


# "Party system — A party system is a concept in… … Encyclopedia": an excerpt cut off, then the
# name of the work or site it comes from (a capitalised word or four). A story's sentence ends
# with its stop, not with a source after an ellipsis.
_SOURCED_EXCERPT = compiled_at_end(r"(…|\.\.\.)\s+(?-i:\p{Lu})[\p{L}\d.'’&-]*( [\p{L}\d.'’&-]+){0,3}$")


def _sourced_runs(page: Page) -> Iterator[int]:
    # The ellipsis tested first: the pattern is searched only in the few lines that hold one.
    flags = [("…" in b.text or "..." in b.text) and bool(_SOURCED_EXCERPT.search(b.text)) for b in page.blocks]
    for run in runs(flags):
        if len(run) >= page.settings.sourced_run_min:
            yield from run


# "12. https://site.example/news/", "13. javascript:void(0);": a numbered address alone, as a text
# browser lists every link of the page under it (lynx -dump's "References"): no story's line, which a
# browser-like renderer shows without its list's numbers.
_FIRST_CHARACTER = operator.itemgetter(0)  # of a block's text, never empty
_NUMBERED_ADDRESS = compiled(r"^\d{1,4}\.\s+[a-z][a-z0-9+.-]*:\S*$")


def _address_runs(page: Page) -> Iterator[int]:
    # The lines that start with a digit told in C, on every page of every pass: the pattern is tried on those alone.
    texts = page.texts()
    flags = [False] * len(texts)
    for i in compress(range(len(texts)), map(str.isdigit, map(_FIRST_CHARACTER, texts))):
        flags[i] = bool(_NUMBERED_ADDRESS.match(texts[i]))
    for run in runs(flags):
        if len(run) >= page.settings.address_run_min:
            yield from run


def _byline_runs(page: Page) -> Iterator[int]:
    marks = [i for i, b in enumerate(page.blocks) if b.text.endswith(("·", "•", "|")) and BYLINE_DOT.match(b.text)]
    if len(marks) < page.settings.byline_run_min:
        return
    gaps = {b - a for a, b in zip(marks, marks[1:])}
    if len(gaps) != 1 or not 1 <= (period := gaps.pop()) <= page.settings.max_item_blocks:
        return
    # Each item is the `period` blocks ending at its byline.
    yield from range(max(0, marks[0] - period + 1), marks[-1] + 1)


INLINE_RELATED = Output(
    "inline-related",
    """A box of links to other articles set between two paragraphs of the
    story ("Mehr zum Thema", "Related stories", "Zobacz również" and a few
    headlines): a paragraph right above its heading and one right under its
    items. An interruption of the story, not its end; a list under the
    story's last paragraph is related-list's.""",
    roles=frozenset({Role.INTERRUPTION}),
)


@detector("related-list", roles={Role.CHROME}, patterns=[LIST_HEADING], also_removes_as=[INLINE_RELATED], examples=[
    # The list's heading in Hebrew and Filipino (lang29's probe), over the headlines it links to; the words in a
    # sentence stay.
    Example("Nagpulong ang konseho noong Lunes.\nעוד באותו נושא\nמחיר המים יעלה במאי\nהקבוצה העפילה לגמר\n"
            "Pinakabinasa\nTataas ang singil sa tubig sa Mayo\nPasok sa finals ang koponan\n"
            "Lasītākās\nŪdens tarifi pieaug no maija\nKomanda iekļūst finālā\n"
            "The council will meet again in June to discuss the next steps, and the mayor said residents would be consulted before any decision on the old bridge is taken by the full council.",
            removed=("עוד באותו נושא", "מחיר המים יעלה במאי", "הקבוצה העפילה לגמר", "Pinakabinasa",
                     "Tataas ang singil sa tubig sa Mayo", "Pasok sa finals ang koponan", "Lasītākās",
                     "Ūdens tarifi pieaug no maija", "Komanda iekļūst finālā")),
    Example("Pinakabinasa ang ulat ng konseho noong nakaraang linggo, ayon sa aklatan.\n"
            "עוד באותו נושא דיברה ראש העירייה בישיבה של יום שני."),
    # The list's heading in Catalan, Albanian, Icelandic, Azerbaijani, Bengali, Tamil, Georgian, Armenian, Urdu,
    # Macedonian, Kazakh, over the headlines it links to; the words in a sentence stay.
    Example("El ple es va reunir dilluns.\nEl més llegit\nLes tarifes de l'aigua pugen al maig\n"
            "L'equip, a punt per a la final\nMë të lexuarat\nÇmimi i ujit rritet nga maji\n"
            "Skuadra gati për finalen\nTengdar fréttir\nBókasafnið lengir opnunartímann\n"
            "Markaður á torginu á sunnudag\nƏn çox oxunanlar\nSu tarifləri maydan artır\n"
            "Komanda finala yüksəldi\nসর্বাধিক পঠিত\nমে থেকে পানির দাম বাড়ছে\nফাইনালে উঠল স্থানীয় দল\n"
            "தொடர்புடைய செய்திகள்\nநூலக நேரத்தில் மாற்றம்\nவார இறுதி வானிலை\nყველაზე კითხვადი\n"
            "მაისიდან წყლის ტარიფი იზრდება\nგუნდი ფინალში გავიდა\nԱմենաընթերցվածը\n"
            "Մայիսից ջրի սակագինը բարձրանում է\nԹիմը դուրս եկավ եզրափակիչ\nسب سے زیادہ پڑھی گئی\n"
            "مئی سے پانی کے نرخ بڑھ جائیں گے\nمقامی ٹیم فائنل میں پہنچ گئی\nПоврзани вести\n"
            "Библиотеката го менува работното време\nТимот се пласираше во финале\nКөп оқылғандар\n"
            "Мамырдан бастап су тарифі өседі\nКоманда финалға шықты\n"
            "The council will meet again in June to discuss the next steps, and the mayor said residents would be consulted before any decision on the old bridge is taken by the full council.",
            removed=("El més llegit", "Les tarifes de l'aigua pugen al maig", "L'equip, a punt per a la final",
                     "Më të lexuarat", "Çmimi i ujit rritet nga maji", "Skuadra gati për finalen", "Tengdar fréttir",
                     "Bókasafnið lengir opnunartímann", "Markaður á torginu á sunnudag", "Ən çox oxunanlar",
                     "Su tarifləri maydan artır", "Komanda finala yüksəldi", "সর্বাধিক পঠিত",
                     "মে থেকে পানির দাম বাড়ছে", "ফাইনালে উঠল স্থানীয় দল", "தொடர்புடைய செய்திகள்",
                     "நூலக நேரத்தில் மாற்றம்", "வார இறுதி வானிலை", "ყველაზე კითხვადი",
                     "მაისიდან წყლის ტარიფი იზრდება", "გუნდი ფინალში გავიდა", "Ամենաընթերցվածը",
                     "Մայիսից ջրի սակագինը բարձրանում է", "Թիմը դուրս եկավ եզրափակիչ", "سب سے زیادہ پڑھی گئی",
                     "مئی سے پانی کے نرخ بڑھ جائیں گے", "مقامی ٹیم فائنل میں پہنچ گئی", "Поврзани вести",
                     "Библиотеката го менува работното време", "Тимот се пласираше во финале", "Көп оқылғандар",
                     "Мамырдан бастап су тарифі өседі", "Команда финалға шықты")),
    Example("Notícies relacionades amb el pont van arribar al ple, va dir l'alcalde.\n"
            "Поврзани вести за мостот нема, рече уредникот."),
    # A box between two paragraphs of the story in Malay and Catalan; and in Bengali, Armenian and Urdu, whose
    # short sentence under the box ends with the script's own stop (।, ։, ۔): a sentence, no headline.
    Example("Pasar tani baharu mula beroperasi di Ipoh pada Sabtu lalu.\nBerita berkaitan\n"
            "Perpustakaan awam lanjutkan waktu operasi\nPesta buku kanak-kanak di dewan bandaran\n"
            "Kebanyakan gerai habis dijual sebelum tengah hari.\n"
            "Pasar itu menawarkan sayur-sayuran dan buah-buahan tempatan.",
            removed=("Berita berkaitan", "Perpustakaan awam lanjutkan waktu operasi",
                     "Pesta buku kanak-kanak di dewan bandaran"),
            ids=("inline-related",) * 3),
    Example("Una seixantena de veïns es van aplegar dissabte al pont de la riera per recollir les deixalles.\n"
            "Notícies relacionades\nLa biblioteca canvia l'horari d'obertura\n"
            "Mercat d'intercanvi a la plaça diumenge\nEn total van recollir dos-cents quilos de brossa.\n"
            "L'Ajuntament va retirar els residus dilluns al matí i posarà més papereres.",
            removed=("Notícies relacionades", "La biblioteca canvia l'horari d'obertura",
                     "Mercat d'intercanvi a la plaça diumenge"),
            ids=("inline-related",) * 3),
    Example("পদ্মা নদীর পাড়ে নতুন হাঁটার পথ শনিবার খুলে দেওয়া হয়েছে।\nসম্পর্কিত খবর\n"
            "গ্রন্থাগারের সময়সূচিতে পরিবর্তন\nরবিবার শহরে বইমেলা শুরু\nপথটি সারা দিন খোলা থাকবে।\n"
            "প্রকল্পটিতে ব্যয় হয়েছে প্রায় বারো কোটি টাকা, জানিয়েছে সিটি করপোরেশন।",
            removed=("সম্পর্কিত খবর", "গ্রন্থাগারের সময়সূচিতে পরিবর্তন", "রবিবার শহরে বইমেলা শুরু"),
            ids=("inline-related",) * 3),
    Example("Գյումրու քաղաքային լողավազանը երկու տարվա վերանորոգումից հետո շաբաթ օրը կրկին բացեց իր դռները։\n"
            "Առնչվող լուրեր\nԳրադարանը փոխում է աշխատանքային ժամերը\nԿիրակի հրապարակում գրքի տոնավաճառ\n"
            "Առաջին շաբաթը մուտքն անվճար է։\n"
            "Վերանորոգումը ֆինանսավորվել է համայնքի բյուջեից և բարերարների նվիրատվություններից, ասաց տնօրենը։",
            removed=("Առնչվող լուրեր", "Գրադարանը փոխում է աշխատանքային ժամերը", "Կիրակի հրապարակում գրքի տոնավաճառ"),
            ids=("inline-related",) * 3),
    Example("ملتان میں نیا پارک ہفتے کے روز شہریوں کے لیے کھول دیا گیا۔\nمتعلقہ خبریں\n"
            "لائبریری کے اوقات کار میں تبدیلی\nاتوار کو کتاب میلہ شروع ہوگا\nپارک میں داخلہ مفت ہوگا۔\n"
            "منصوبے پر تقریباً پندرہ کروڑ روپے لاگت آئی ہے۔",
            removed=("متعلقہ خبریں", "لائبریری کے اوقات کار میں تبدیلی", "اتوار کو کتاب میلہ شروع ہوگا"),
            ids=("inline-related",) * 3),
    # "Read more" and "related" headings over the links under the story, in languages the lists lacked them for.
    Example("Bystyret møttes i går.\nLes mer\nBrua stenger i mai\nBussene kjører om\n\nLæs mere\nBroen lukker i maj\n"
            "Busserne kører udenom\n\nAiheeseen liittyvät\nSilta suljetaan\nBussit kiertävät\n\nاقرأ المزيد\n"
            "الجسر يغلق في مايو\nالحافلات تغير مسارها\n\nBaca selengkapnya\nJembatan ditutup bulan Mei\nBus berganti rute",
            removed=("Les mer", "Brua stenger i mai", "Bussene kjører om", "Læs mere", "Broen lukker i maj",
                     "Busserne kører udenom", "Aiheeseen liittyvät", "Silta suljetaan", "Bussit kiertävät", "اقرأ المزيد",
                     "الجسر يغلق في مايو", "الحافلات تغير مسارها", "Baca selengkapnya", "Jembatan ditutup bulan Mei",
                     "Bus berganti rute")),
    Example("Les mer om saken i kommunens plan, sa hun.\nAiheeseen liittyvät päätökset tehdään toukokuussa.\n"
            "Baca selengkapnya laporan itu di situs pemerintah, katanya."),
    # A box of headlines between two paragraphs of the story: an interruption, in each language; the
    # story's next sentence ends it, however short, after two headlines.
    Example("Seit Wochen hat es in der Region kaum geregnet, die Felder sind trocken.\nMehr zum Thema\n"
            "Waldbrandgefahr steigt im ganzen Land\nStadt ruft zum Wassersparen auf\n"
            "Das Amt prüft, ob die Betriebe Hilfen aus dem Fonds beantragen können.\nEine Entscheidung fällt im August.",
            removed=("Mehr zum Thema", "Waldbrandgefahr steigt im ganzen Land", "Stadt ruft zum Wassersparen auf"),
            ids=("inline-related",) * 3),
    Example("The council voted on Monday to close the old bridge to all traffic.\nRelated stories\n"
            "Bridge repairs to cost millions\nBuses to take the long way round\n"
            "Engineers will inspect the piers again in the spring, the mayor said.\n"
            "Le conseil municipal a voté lundi la fermeture du vieux pont.\nÀ lire aussi\nLe pont coûtera douze millions\n"
            "Les travaux commenceront au printemps et dureront deux ans, selon la mairie.\n"
            "El pleno votó el lunes el cierre del puente viejo al tráfico.\nNoticias relacionadas\n"
            "Las obras costarán doce millones\nLos autobuses darán un rodeo\n"
            "Las obras empezarán en primavera y durarán dos años, según el ayuntamiento.\n"
            "Rada miasta zdecydowała w poniedziałek o zamknięciu starego mostu.\nZobacz również\n"
            "Remont mostu pochłonie miliony\nAutobusy pojadą objazdem\n"
            "Prace ruszą wiosną i potrwają dwa lata, poinformował ratusz.",
            removed=("Related stories", "Bridge repairs to cost millions", "Buses to take the long way round",
                     "À lire aussi", "Le pont coûtera douze millions", "Noticias relacionadas",
                     "Las obras costarán doce millones", "Los autobuses darán un rodeo", "Zobacz również",
                     "Remont mostu pochłonie miliony", "Autobusy pojadą objazdem"),
            ids=("inline-related",) * 11),
    # The same box without a heading: a group of headlines between two paragraphs, each with a blank line.
    Example("Seit Wochen hat es in der Region kaum geregnet, die Felder sind trocken und die Bauern rechnen mit Ausfällen.\n\n"
            "Waldbrandgefahr steigt im ganzen Land\nStadt ruft alle Haushalte zum Wassersparen auf\n\n"
            "Das Amt prüft nun, ob die betroffenen Betriebe Hilfen aus dem Fonds des Landes beantragen können.",
            removed=("Waldbrandgefahr steigt im ganzen Land", "Stadt ruft alle Haushalte zum Wassersparen auf"),
            ids=("inline-related",) * 2),
    Example("Seit Wochen hat es in der Region kaum geregnet, die Felder sind trocken und die Bauern rechnen mit Ausfällen.\n\n"
            "Das Amt prüft drei Wege:\nHilfen aus dem Fonds des Landes\nStundung der Pacht für die Betriebe\n\n"
            "Eine Entscheidung über die Hilfen fällt nach Angaben des Amtes frühestens im August dieses Jahres."),
    # A box set between two paragraphs, in the scripts and languages the tables had none for.
    Example("Строительство обошлось городскому бюджету в 480 миллионов рублей, сообщили в мэрии.\nГлавное за сутки\n"
            "Мост на Садовой откроют в июне\nВ городе подорожает проезд\n"
            "«Раньше детям приходилось ездить на тренировки через весь город», — рассказала директор комплекса.\n"
            "ثم افتتحت البلدية الحافلة الثانية في الحي القديم بعد أسبوع من الأولى.\nاقرأ أيضا\nالبلدية تعلن عن ترميم السوق\n"
            "وقالت مديرة المشروع إن الفكرة جاءت لأن الأزقة الضيقة تمنع بناء مكتبات جديدة في الحي.\n"
            "Sau hơn ba tháng thi công, cây cầu treo đã chính thức được đưa vào sử dụng.\nTin liên quan\n"
            "Khánh thành đường bê tông liên xã\nTrạm y tế xã được nâng cấp\n"
            "Ông Lò Văn Thắng, trưởng bản, cho biết việc đi lại thuận tiện hơn nhiều. Bà con rất vui mừng.",
            removed=("Главное за сутки", "Мост на Садовой откроют в июне", "В городе подорожает проезд", "اقرأ أيضا",
                     "البلدية تعلن عن ترميم السوق", "Tin liên quan", "Khánh thành đường bê tông liên xã",
                     "Trạm y tế xã được nâng cấp"),
            ids=("inline-related",) * 8),
    # The story's one-sentence paragraph right under a box's two headlines, the story's paragraph under it: no teaser.
    Example("Pemerintah kota membangun dermaga baru sepanjang 120 meter dan menambah lampu di sepanjang sungai.\nBaca Juga\n"
            "Wali Kota Tinjau Dermaga Baru\nHarga Beras Stabil di Pasar Tradisional\nPedagang menyambut gembira pembukaan ini.\n"
            "Selama pasar tutup, saya berjualan keliling kampung dan hasilnya sedikit sekali, kata Ibu Aminah.",
            removed=("Baca Juga", "Wali Kota Tinjau Dermaga Baru", "Harga Beras Stabil di Pasar Tradisional"),
            ids=("inline-related",) * 3),
    Example("Pemerintah kota membangun dermaga baru sepanjang 120 meter dan menambah lampu di sepanjang sungai.\nBaca Juga\n"
            "Wali Kota Tinjau Dermaga Baru\nHarga Beras Stabil di Pasar Tradisional\nBaca juga: Festival Sungai Digelar Bulan Depan\n"
            "Pedagang menyambut gembira pembukaan ini.\n"
            "Selama pasar tutup, saya berjualan keliling kampung dan hasilnya sedikit sekali, kata Ibu Aminah.",
            removed=("Baca Juga", "Wali Kota Tinjau Dermaga Baru", "Harga Beras Stabil di Pasar Tradisional",
                     "Baca juga: Festival Sungai Digelar Bulan Depan"),
            ids=("inline-related",) * 4),
    # The box's heading in brackets, in Japanese and Chinese: "【関連記事】" over a headline.
    Example("町議会は月曜日、旧校舎を宿泊施設に改修する計画を承認した。工事は春に始まり、秋に開業する予定だ。\n【関連記事】\n"
            "旧校舎の活用策を町が公募\n改修費は約3億円で、国の補助金を充てる。町は年間4千人の利用を見込んでいる。\n"
            "運営は町内の観光協会が担い、林業体験や星空観察などのプログラムを用意する。",
            removed=("【関連記事】", "旧校舎の活用策を町が公募")),
    Example("市议会周一批准了旧桥翻新计划，工程将于春季开始，预计秋季完工。\n【相关新闻】\n旧桥明年翻新\n"
            "翻新费用约为三亿元，由市财政和省级补助共同承担。市政府预计每年有四千人次使用这座桥。\n"
            "施工期间，公交车将绕行东侧的新桥，市民可以在市政府网站上查询具体路线。",
            removed=("【相关新闻】", "旧桥明年翻新")),
    # The heading with its colon and nothing after it ("相关阅读：") heads the box, and the Turkish singular over
    # one headline: the story goes on under them.
    Example("县政府周三宣布，老城区的三座旧桥将在明年春天开始翻新，工程预计持续一年。\n相关阅读：\n旧桥明年翻新\n"
            "学校周一复课\n施工期间，市民可以通过东侧的临时便桥过河，公交线路也将相应调整。",
            removed=("相关阅读：", "旧桥明年翻新", "学校周一复课"), ids=("inline-related",) * 3),
    Example("Belediye meclisi eski köprünün yenilenmesi için gereken bütçeyi salı günü oy birliğiyle onayladı.\n"
            "İlgili haber\nKöprü trafiğe kapanıyor\nÇalışmalar nisan ayında başlayacak. Köprünün bir yıl boyunca kapalı kalması bekleniyor.\n"
            "Köprünün yenilenmesi için toplam on iki milyon lira harcanacak.",
            removed=("İlgili haber", "Köprü trafiğe kapanıyor"), ids=("inline-related",) * 2),
    # The box's heading alone between two paragraphs (an extraction dropped its links): the heading goes,
    # not the story's next paragraph, which reads as no teaser (two sentences); a teaser of one goes with it.
    Example("Le conseil municipal a voté lundi la fermeture du vieux pont à la circulation.\nÀ lire aussi\n"
            "Les travaux commenceront au printemps. Ils dureront deux ans, selon la mairie.",
            removed=("À lire aussi",), ids=("inline-related",)),
    Example("Der Gemeinderat hat am Montag die Sperrung der alten Brücke beschlossen.\nMehr zum Thema\n"
            "Warum die alte Brücke nicht mehr zu retten ist, erklärt der Statiker.",
            removed=("Mehr zum Thema", "Warum die alte Brücke nicht mehr zu retten ist, erklärt der Statiker.")),
    # The site's feed of its latest headlines under the story, each under its time.
    Example("Совет собрался в понедельник и решил закрыть старый мост.\nЛента новостей\n"
            "16:10 Мост закроют в мае\n15:55 Автобусы пойдут в обход",
            removed=("Лента новостей", "16:10 Мост закроют в мае", "15:55 Автобусы пойдут в обход")),
    Example("Лента новостей в приложении обновляется каждые пять минут, сообщил разработчик."),
    Example("Το δημοτικό συμβούλιο αποφάσισε να κλείσει την παλιά γέφυρα.\nΡοή ειδήσεων\n"
            "16:10 Κλειστή η γέφυρα από τον Μάιο\n15:55 Νέα δρομολόγια για τα λεωφορεία",
            removed=("Ροή ειδήσεων", "16:10 Κλειστή η γέφυρα από τον Μάιο", "15:55 Νέα δρομολόγια για τα λεωφορεία")),
    # The day's top stories, and the related and most-read headings of the smaller European languages.
    Example("Совет собрался в понедельник и решил закрыть старый мост.\nГлавное за сутки\n"
            "Мост закроют в мае\nАвтобусы пойдут в обход\nSkaitomiausi\nTiltas bus uždarytas\nAutobusai važiuos aplinkui\n"
            "Lasītākie\nTilts tiks slēgts\nLoetumad\nSild suletakse\nNajbolj brano\nMost bodo zaprli",
            removed=("Главное за сутки", "Мост закроют в мае", "Автобусы пойдут в обход", "Skaitomiausi", "Tiltas bus uždarytas",
                     "Autobusai važiuos aplinkui", "Lasītākie", "Tilts tiks slēgts", "Loetumad", "Sild suletakse", "Najbolj brano",
                     "Most bodo zaprli")),
    Example("Совет собрался в понедельник.\nГлавное за сутки событие — закрытие моста, сказал мэр."),
    # "You may also like" in the familiar and the formal register, in the languages that had one of them.
    Example("Совет собрался в понедельник и решил закрыть старый мост.\nВам также может понравиться\n"
            "Мост закроют в мае\nАвтобусы пойдут в обход\nMohlo by tě zajímat\nNový most za tři roky\nAutobusy jezdí objížďkou\n"
            "Ezek is érdekelhetnek\nÚj híd három év múlva\nA buszok kerülőúton járnak\nV-ar putea interesa\n"
            "Podul nou în trei ani\nAutobuzele ocolesc orașul",
            removed=("Вам также может понравиться", "Мост закроют в мае", "Автобусы пойдут в обход", "Mohlo by tě zajímat",
                     "Nový most za tři roky", "Autobusy jezdí objížďkou", "Ezek is érdekelhetnek", "Új híd három év múlva",
                     "A buszok kerülőúton járnak", "V-ar putea interesa", "Podul nou în trei ani",
                     "Autobuzele ocolesc orașul")),
    Example("Вам также может понравиться новый парк у реки, сказал мэр.\nMohlo by tě zajímat, proč most zavřeli.\n"
            "Tu pourrais aussi aimer ce quartier si tu aimes le calme, dit-elle.\nDu vil kanskje også like byen om sommeren."),
    # Under the story's last paragraph the list ends the story: no paragraph under it, or one
    # after more items than a box holds (a list of other articles, then another story).
    Example("The council voted on Monday to close the old bridge to all traffic.\nRelated stories\n"
            "Bridge repairs to cost millions\nBuses to take the long way round",
            removed=("Related stories", "Bridge repairs to cost millions", "Buses to take the long way round"),
            ids=("related-list",) * 3),
    Example("Rada miasta zdecydowała w poniedziałek o zamknięciu starego mostu.\nZobacz również\n"
            "Remont mostu pochłonie miliony\nAutobusy pojadą objazdem\nSzkoły zamknięte do piątku\n"
            "Nowy park w centrum\nPociągi znów jeżdżą\nRatusz szuka dyrektora\n"
            "Prace ruszą wiosną i potrwają dwa lata, poinformował ratusz w komunikacie wydanym po poniedziałkowej sesji rady.",
            removed=("Zobacz również", "Remont mostu pochłonie miliony", "Autobusy pojadą objazdem",
                     "Szkoły zamknięte do piątku", "Nowy park w centrum", "Pociągi znów jeżdżą", "Ratusz szuka dyrektora"),
            ids=("related-list",) * 7),
    # Headings alone as English's "See also", "Recommended", and a section's other stories, under the story.
    Example("Le conseil municipal a voté lundi la fermeture du vieux pont.\nDans la rubrique Opinions\n"
            "Le pont coûtera douze millions\nLes bus feront un détour",
            removed=("Dans la rubrique Opinions", "Le pont coûtera douze millions", "Les bus feront un détour")),
    Example("Le conseil municipal a voté lundi la fermeture du vieux pont.\nVoir aussi\n"
            "Le pont coûtera douze millions\nLes bus feront un détour",
            removed=("Voir aussi", "Le pont coûtera douze millions", "Les bus feront un détour")),
    Example("Rada miasta zdecydowała w poniedziałek o zamknięciu starego mostu.\nPolecane\n"
            "Remont mostu pochłonie miliony\nAutobusy pojadą objazdem\nWięcej z kategorii Kraj\nSzkoły zamknięte do piątku\n"
            "Nowy park w centrum",
            removed=("Polecane", "Remont mostu pochłonie miliony", "Autobusy pojadą objazdem", "Więcej z kategorii Kraj",
                     "Szkoły zamknięte do piątku", "Nowy park w centrum")),
    Example("Voir aussi la carte des travaux publiée par la mairie lundi.\nDans la rubrique des faits divers, rien de neuf.\n"
            "Polecane przez lekarzy leki zdrożały o połowę, podał urząd."),
    # A teaser cut off under the headlines is the list's, not the story going on.
    Example("Seit Wochen hat es in der Region kaum geregnet, die Felder sind trocken.\nMehr zum Thema\n"
            "Waldbrandgefahr steigt im ganzen Land\nStadt ruft zum Wassersparen auf\n"
            "Die Stadtwerke bitten alle Haushalte, auf das Bewässern von Rasenflächen zu verzichten...",
            removed=("Mehr zum Thema", "Waldbrandgefahr steigt im ganzen Land", "Stadt ruft zum Wassersparen auf",
                     "Die Stadtwerke bitten alle Haushalte, auf das Bewässern von Rasenflächen zu verzichten..."),
            ids=("related-list",) * 4),
    # The story's key points right under a sidebar's list (a blank line between): fragments of prose that
    # start in lower case, no headlines, so the list ends above their group.
    Example("Related content\n\nBus fare cap extended\nNew ferry timetable published\n\n"
            "£12 million for councils to restore routes cut since 2010\n"
            "funding prioritised for villages with no regular service\n"
            "new powers to let councils run services where operators withdraw\n\n"
            "Councils across the country will share the money from April, the minister said on Monday.",
            removed=("Related content", "Bus fare cap extended", "New ferry timetable published")),
    # "Read more" and "all the news" headings over links, in the same languages.
    Example("Совет собрался.\nНовости партнёров\nМост закроют в мае\nАвтобусы пойдут в обход\nLäs mer\nBron stängs i maj\n"
            "Tüm haberler\nKöprü mayısta kapanacak\nVšechny zprávy\nMost se uzavře v květnu\n阅读全文\n続きを読む\n"
            "The council will meet again in June to discuss the next steps, and the mayor said residents would be "
            "consulted before any decision on the old bridge is taken by the full council.",
            removed=("Новости партнёров", "Мост закроют в мае", "Автобусы пойдут в обход", "Läs mer", "Bron stängs i maj",
                     "Tüm haberler", "Köprü mayısta kapanacak", "Všechny zprávy", "Most se uzavře v květnu", "阅读全文",
                     "続きを読む")),
    # The list's heading in languages the tables had none for, over the headlines it links to.
    Example("Совет собрался.\nЧитайте ещё\nМост закроют в мае\nАвтобусы пойдут в обход\nСхожі новини\nМіст закриють у травні\n"
            "Автобуси підуть в обхід\nSouvisející články\nMost se uzavře v květnu\nAutobusy pojedou objížďkou\n"
            "Relaterade artiklar\nBron stängs i maj\nBussarna tar en omväg\nLæs også\nBroen lukker i maj\n"
            "Mest leste\nBrua stenger i mai\nLue myös\nSilta suljetaan toukokuussa\nİlgili Haberler\nKöprü mayısta kapanacak\n"
            "Otobüsler yol değiştirecek\nArticole similare\nPodul se închide în mai\nKapcsolódó cikkek\nA híd májusban bezár\n"
            "関連記事\n橋は5月に閉鎖\nバスは迂回へ\n관련 기사\n다리 5월 폐쇄\n"
            "The council will meet again in June to discuss the next steps, and the mayor said residents would be "
            "consulted before any decision on the old bridge is taken by the full council.",
            removed=("Читайте ещё", "Мост закроют в мае", "Автобусы пойдут в обход", "Схожі новини", "Міст закриють у травні",
                     "Автобуси підуть в обхід", "Související články", "Most se uzavře v květnu", "Autobusy pojedou objížďkou",
                     "Relaterade artiklar", "Bron stängs i maj", "Bussarna tar en omväg", "Læs også", "Broen lukker i maj",
                     "Mest leste", "Brua stenger i mai", "Lue myös", "Silta suljetaan toukokuussa", "İlgili Haberler",
                     "Köprü mayısta kapanacak", "Otobüsler yol değiştirecek", "Articole similare", "Podul se închide în mai",
                     "Kapcsolódó cikkek", "A híd májusban bezár", "関連記事", "橋は5月に閉鎖", "バスは迂回へ", "관련 기사",
                     "다리 5월 폐쇄")),
    Example("انعقد المجلس.\nالأكثر قراءة\nالجسر يغلق في مايو\nהנקראים ביותר\nהגשר ייסגר במאי\nاخبار مرتبط\nپل بسته می‌شود\n"
            "संबंधित खबरें\nपुल मई में बंद होगा\nTin liên quan\nCầu sẽ đóng cửa\nΣΧΕΤΙΚΑ ΑΡΘΡΑ\nΚλείνει η γέφυρα\n"
            "Berita terkait\nJembatan ditutup bulan Mei\nHabari zinazohusiana\nDaraja kufungwa Mei\nข่าวที่เกี่ยวข้อง\nสะพานปิด\n"
            "Najčitanije\nMost se zatvara\nНай-четени\nМостът затваря\n많이 본 뉴스\n다리 5월 폐쇄\n"
            "The council will meet again in June to discuss the next steps, and the mayor said residents would be "
            "consulted before any decision on the old bridge is taken by the full council.",
            removed=("الأكثر قراءة", "الجسر يغلق في مايو", "הנקראים ביותר", "הגשר ייסגר במאי", "اخبار مرتبط", "پل بسته می‌شود",
                     "संबंधित खबरें", "पुल मई में बंद होगा", "Tin liên quan", "Cầu sẽ đóng cửa", "ΣΧΕΤΙΚΑ ΑΡΘΡΑ",
                     "Κλείνει η γέφυρα", "Berita terkait", "Jembatan ditutup bulan Mei", "Habari zinazohusiana",
                     "Daraja kufungwa Mei", "ข่าวที่เกี่ยวข้อง", "สะพานปิด", "Najčitanije", "Most se zatvara", "Най-четени",
                     "Мостът затваря", "많이 본 뉴스", "다리 5월 폐쇄")),
    Example("الأكثر قراءة بين الطلاب كانت روايات الخيال.\nTin liên quan đến cây cầu được đăng hôm thứ Hai.\n"
            "Berita terkait banjir dimuat di koran lokal pada hari Senin.\nHabari zinazohusiana na daraja zilichapishwa Jumatatu.\n"
            "Najčitanije knjige u knjižnici su romani.\nΣχετικά άρθρα δημοσιεύτηκαν τη Δευτέρα στον τοπικό τύπο."),
    Example("Související články o mostě vyšly v pondělí a v úterý, uvedla radnice.\n"
            "Relaterade artiklar om bron publicerades på måndagen.\nİlgili haberler pazartesi günü yayımlandı.\n"
            "関連記事は月曜日に掲載された。"),
    Example("The vote passed.\nRelated Articles\nMinister quits over expenses\nStorm closes schools in the north\n"
            "Long paragraph of a new story begins here and it clearly runs for far longer than any headline would, "
            "with many clauses, details, names and numbers that make it a real paragraph of prose for the reader.",
            removed=("Related Articles", "Minister quits over expenses", "Storm closes schools in the north")),
    Example("Budget Deal Reached After Late-Night Talks\n\"We got there,\" said the chair.\nMaria Lopez ·\n"
            "Rail Strike Called Off\nUnions welcomed the offer.\nTom Reed ·",
            removed=("Budget Deal Reached After Late-Night Talks", "\"We got there,\" said the chair.", "Maria Lopez ·",
                     "Rail Strike Called Off", "Unions welcomed the offer.", "Tom Reed ·")),
    Example("Leaders met in Rome.\nSee also\nSummit ends without a deal\nThe talks, which began on Monday, "
            "ended without agreement on the budget or on the new rules.\nBoth sides blamed each other for the failure of the talks.",
            removed=("See also", "Summit ends without a deal")),
    Example("The vote passed.\nCoach fired after loss (185)\nStorm closes schools (148)\nMayor resigns (97)\nRain fell.",
            removed=("Coach fired after loss (185)", "Storm closes schools (148)", "Mayor resigns (97)")),
    # Ranked results with a time, then misses or goals in brackets: the story's table.
    Example("Berg won the sprint in heavy snow.\nResults:\n1. Anna Berg (GER) 35:58.7 (2)\n2. Marta Novak (CZE) +3.7 (1)\n"
            "3. Julie Martin (FRA) +11.6 (1)\nErgebnisse:\n1. Eva Kral (AUT) 28.41,3 (0)\n2. Lena Vogt (SUI) +12,5 (1)\n"
            "3. Zofia Nowak (POL) +1.02,8 (3)\nClassement :\n1. Claire Roux (FRA) 1:12:04 (0)\n2. Inès Dubois (BEL) +0:41 (2)\n"
            "3. Marie Petit (FRA) +1:15 (1)"),
    Example("The vote passed.\nCoach Fired After Loss (Monday March 3 2008)\nStorm Closes Schools (Sunday, March 2, 2008)\n"
            "Mayor Resigns (1 March 2008)\nOther recent articles...\nBridge Reopens\nMore stories by Jo Lee:\nFerry Returns\n"
            "Rain fell all week in the hills, and the river rose by a metre.\nThe council closed the old bridge to all traffic late on Friday night.",
            removed=("Coach Fired After Loss (Monday March 3 2008)", "Storm Closes Schools (Sunday, March 2, 2008)",
                     "Mayor Resigns (1 March 2008)", "Other recent articles...", "Bridge Reopens", "More stories by Jo Lee:",
                     "Ferry Returns")),
    # A box of headlines set in the story: the story's next paragraph ends it.
    Example("The hospital said it had enough masks for its own staff.\nRelated stories\nMask prices soar amid virus fears\n"
            "Shops ration hand gel\nThe theft comes at a time when the whole country is short of masks, and hospitals "
            "have been asked to keep them locked away.\nMehr zum Thema\nMaskenpreise steigen weiter\nApotheken rationieren Gel\n"
            "Der Diebstahl fällt in eine Zeit, in der im ganzen Land Masken knapp sind und alle Kliniken sie nun "
            "wegschließen sollen.",
            removed=("Related stories", "Mask prices soar amid virus fears", "Shops ration hand gel", "Mehr zum Thema",
                     "Maskenpreise steigen weiter", "Apotheken rationieren Gel")),
    Example("Rates rose again.\nRelated coverage from Money Matters:\nHow to plan for retirement\nWhen to sell a house\n"
            "The bank meets again in June, and most economists expect it to hold rates where they are until the autumn.\n"
            "Traders had priced in a pause for weeks.",
            removed=("Related coverage from Money Matters:", "How to plan for retirement", "When to sell a house")),
    Example("The court heard from three witnesses (Monday, March 3, 2008).\nRecent articles on the case are listed below."),
    Example("The vote passed.\n>> News - Minister quits over expenses\n>> News - Storm closes schools\nRain fell.\n"
            "» Neue Brücke kostet zwölf Millionen\n» Schulen bleiben geschlossen\nLe conseil a voté.\n"
            ">> Le pont rouvre en mai\n>> La grève continue",
            removed=(">> News - Minister quits over expenses", ">> News - Storm closes schools",
                     "» Neue Brücke kostet zwölf Millionen", "» Schulen bleiben geschlossen", ">> Le pont rouvre en mai",
                     ">> La grève continue")),
    # Excerpts of other works or sites, each cut off and followed by its source, in any language.
    Example("Micropolitics is the study of power within groups.\nSee other dictionaries:\n"
            "Party system — A party system is a concept in comparative political science… … Example Encyclopedia\n"
            "Mikropolitik — Der Begriff bezeichnet die Machtprozesse in Organisationen… … Beispiel-Lexikon\n"
            "Politique — La politique désigne l'ensemble des… … Dictionnaire exemple\n"
            "The entry was last revised in 2010.",
            removed=("Party system — A party system is a concept in comparative political science… … Example Encyclopedia",
                     "Mikropolitik — Der Begriff bezeichnet die Machtprozesse in Organisationen… … Beispiel-Lexikon",
                     "Politique — La politique désigne l'ensemble des… … Dictionnaire exemple")),
    Example("The minister paused... Then he spoke.\nShe waited… Nothing came.\nThe crowd shouted... Resign!\n"
            "Der Saal schwieg… Dann Applaus."),
    # Quotations in German quotation marks, and one arrowed line, are no list of links.
    Example("Der Rat tagte.\n»Wir bauen die Brücke neu«\n»Das dauert Jahre«\n» Ein Zitat mit Leerzeichen «\n"
            "» Noch ein Zitat «\nRain fell.\n>> Read the full report"),
    Example("Der Rat tagte.\nMehr zum Thema\nNeue Brücke kostet zwölf Millionen\nSchulen bleiben geschlossen\n"
            "Der Bau beginnt im Frühjahr, und der Verkehr wird über eine Behelfsbrücke geleitet, sagte der Bürgermeister.\n"
            "Die Anwohner wurden am Montag informiert und können ihre Fragen bei einer Versammlung stellen.",
            removed=("Mehr zum Thema", "Neue Brücke kostet zwölf Millionen", "Schulen bleiben geschlossen")),
    Example("Les plus lus\nLa grève continue\nNoticias relacionadas\nEl puente cierra\nMeest gelezen\nDe brug gaat dicht\n"
            "Najczęściej czytane\nMost zostanie zamknięty\nA greve continua no porto, e os agricultores dizem que perdem "
            "dinheiro todos os dias.\nO governo nomeou um mediador para as conversações de quarta-feira.",
            removed=("Les plus lus", "La grève continue", "Noticias relacionadas", "El puente cierra", "Meest gelezen",
                     "De brug gaat dicht", "Najczęściej czytane", "Most zostanie zamknięty")),
    # A radio's or a video site's most-read list (the most listened to, watched) and the latest news, by name.
    Example("Les plus écoutés\nLe marché du samedi déménage\nDernières infos\nLa piscine ferme pour travaux\n"
            "Most listened to\nThe harbour gets a new crane\nMeistgehört\nDer Bäcker schließt im Mai\n"
            "Lo más escuchado\nEl mercado cambia de sitio\nLe maire a promis une réponse avant la fin du mois, et les "
            "commerçants attendent.\nLa réunion publique aura lieu mardi soir à la salle des fêtes.",
            removed=("Les plus écoutés", "Le marché du samedi déménage", "Dernières infos", "La piscine ferme pour travaux",
                     "Most listened to", "The harbour gets a new crane", "Meistgehört", "Der Bäcker schließt im Mai",
                     "Lo más escuchado", "El mercado cambia de sitio")),
    Example("Les plus écoutés de la soirée furent les deux violonistes venus de Brest, selon les organisateurs."),
    # The site's other pages on the topic: the label, then a headline and its teaser.
    Example("Quelle: Pressestelle der Stadt\nMehr zum Thema auf stadt-beispiel.de:\nWie teuer wird die neue Brücke?\n"
            "Was der Neubau kostet und wer ihn bezahlt.\nMore on this topic at example.org:\nHow the bridge was built\n"
            "Plus sur ce sujet sur exemple.fr :\nLe pont en chiffres\nMás sobre este tema en ejemplo.es:\nEl puente en cifras",
            removed=("Mehr zum Thema auf stadt-beispiel.de:", "Wie teuer wird die neue Brücke?",
                     "Was der Neubau kostet und wer ihn bezahlt.", "More on this topic at example.org:",
                     "How the bridge was built", "Plus sur ce sujet sur exemple.fr :", "Le pont en chiffres",
                     "Más sobre este tema en ejemplo.es:", "El puente en cifras")),
    # A heading's word between menu labels is the menu's entry: the menu is no list of articles, and
    # the story's heading after it is the story's; a longer heading there still heads its list.
    Example("Startseite\nAktuelles\nTermine\nKontakt\nUnser Chor seit 1968\n"
            "Der Chor wurde 1968 gegründet und singt seitdem jeden Sonntag in der Kirche am Markt, im Sommer auch im Freien.\n"
            "Heute zählt er vierzig Sänger zwischen acht und achtzehn Jahren, die zweimal in der Woche proben."),
    Example("Home\nMost read\nStorm hits coast\nBridge reopens\n"
            "The council met on Monday night and voted to keep the old bridge open to buses and bicycles.\n"
            "Work on the new bridge starts in the spring, and the mayor expects it to take two years.",
            removed=("Most read", "Storm hits coast", "Bridge reopens")),
    # Headlines that end with their quote are no sentences of a story: the list runs on over them...
    Example("El pleno votó el lunes.\nRelacionados:\nLa alcaldesa, sobre el puente viejo del río: “Lo reconstruiremos este año”\n"
            "El concejal de obras responde a los vecinos del barrio: “No habrá más cortes de agua”\n"
            "Le maire sur la grève des transports du mois dernier : « Nous ne céderons sur rien »\n"
            "Las obras empiezan en marzo y durarán dos años, según el plan que aprobó el pleno por mayoría.\n"
            "El coste total supera los doce millones de euros, y la mitad llega de fondos europeos.",
            removed=("Relacionados:", "La alcaldesa, sobre el puente viejo del río: “Lo reconstruiremos este año”",
                     "El concejal de obras responde a los vecinos del barrio: “No habrá más cortes de agua”",
                     "Le maire sur la grève des transports du mois dernier : « Nous ne céderons sur rien »")),
    # ...and a story's quoted sentences, with their full stops, end it.
    Example("The council met.\nRelated\nBridge to close for a year\n“We will rebuild the old bridge before the end of "
            "the summer, whatever it costs.”\n« Nous rouvrirons le pont avant la fin de l'été, quoi qu'il en coûte. »\n"
            "„Wir bauen die alte Brücke noch vor dem Ende des Sommers wieder auf, was es auch kostet.“",
            removed=("Related", "Bridge to close for a year")),
    Example("Der Rat tagte.\nWeiterführende Links\nNeue Brücke kostet zwölf Millionen\nDir könnte auch gefallen:\n"
            "Zehn Tipps für den Garten\nWeitere Informationen zum Hochwasser:\nPegelstände am Rhein\nÀ découvrir aussi\n"
            "La grève continue\nLas más leídas\nEl puente cierra\n"
            "Articoli recenti\nIl ponte chiude\nÚltimas notícias\nA ponte fecha\nRecente berichten\nDe brug sluit\n"
            "Czytaj również\nMost zostanie zamknięty\nA greve continua no porto, e os agricultores dizem que perdem "
            "dinheiro todos os dias.\nO governo nomeou um mediador para as conversações de quarta-feira.",
            removed=("Weiterführende Links", "Neue Brücke kostet zwölf Millionen", "Dir könnte auch gefallen:",
                     "Zehn Tipps für den Garten", "Weitere Informationen zum Hochwasser:", "Pegelstände am Rhein",
                     "À découvrir aussi", "La grève continue", "Las más leídas",
                     "El puente cierra", "Articoli recenti", "Il ponte chiude", "Últimas notícias", "A ponte fecha",
                     "Recente berichten", "De brug sluit", "Czytaj również", "Most zostanie zamknięty")),
    Example("The vote passed.\nOn this topic\nMinister quits over expenses\nStorm closes schools\nMás sobre este tema\n"
            "El puente cierra\nSullo stesso argomento\nIl ponte chiude\nSobre o mesmo assunto\nA ponte fecha\n"
            "Meer over dit onderwerp\nDe brug sluit\nWięcej na ten temat\nMost zostanie zamknięty\n"
            "Rain fell all week in the hills, and the river rose by a metre before the council closed the old bridge.\n"
            "Traffic went round by the ring road, which was jammed until late in the evening.",
            removed=("On this topic", "Minister quits over expenses", "Storm closes schools", "Más sobre este tema",
                     "El puente cierra", "Sullo stesso argomento", "Il ponte chiude", "Sobre o mesmo assunto", "A ponte fecha",
                     "Meer over dit onderwerp", "De brug sluit", "Więcej na ten temat", "Most zostanie zamknięty")),
    # "Tags" over the post's tag links, in each language.
    Example("The phone charges in an hour.\nTags\nPhones\n1204 news, 311 reviews\nBatteries\n88 news\nSchlagwörter\n"
            "Akkus\nMots-clés\nBatteries\nEtiquetas\nMóviles\nTagi\nTelefony\nThe battery lasts two days, which is "
            "longer than any other phone we have tested this year, and it charges fully in under an hour.\n"
            "The screen is bright enough to read in direct sunlight, though it scratches easily.",
            removed=("Tags", "Phones", "1204 news, 311 reviews", "Batteries", "88 news", "Schlagwörter", "Akkus", "Mots-clés",
                     "Batteries", "Etiquetas", "Móviles", "Tagi", "Telefony")),
    Example("Tags on the bags showed they had come from Lagos.\nTopics for the summit include trade and the climate.\n"
            "Schlagwörter wie Freiheit prägten die Rede des Kanzlers."),
    Example("On this topic the minister has said nothing for a year.\nSobre este tema no hay acuerdo entre los partidos.\n"
            "Na ten temat rozmawiano w sejmie przez trzy dni."),
    # "Read also" alone over its link, and the French sites' "trending" boxes.
    Example("The vote passed.\nLesen Sie auch\nDie Brücke wird teurer\nLea también\nEl puente cierra en mayo\n"
            "Leggi anche\nIl ponte chiude\nEn ce moment\nLe pont rouvre en mai\n"
            "Rain fell all week in the hills, and the river rose by a metre before the council closed the old bridge.\n"
            "Traffic went round by the ring road, which was jammed until late in the evening.",
            removed=("Lesen Sie auch", "Die Brücke wird teurer", "Lea también", "El puente cierra en mayo", "Leggi anche",
                     "Il ponte chiude", "En ce moment", "Le pont rouvre en mai")),
    Example("En ce moment, la ville compte trois ponts fermés.\nLea también el informe del consejo, que se publicó ayer.\n"
            "Lesen Sie auch, was der Bürgermeister dazu sagt."),
    Example("市议会周二批准了预算。\n相关新闻\n旧桥明年翻新\n学校周一复课\n猜你喜欢\n地铁三号线开通",
            removed=("相关新闻", "旧桥明年翻新", "学校周一复课", "猜你喜欢", "地铁三号线开通")),
    Example("记者在相关新闻发布会上了解到，这座旧桥将在明年全面翻新，预计耗资一千二百万元。"),
    Example("Совет собрался в понедельник.\nПохожие статьи\nМост закроют на ремонт\nНовости по теме\nШколы откроются в мае",
            removed=("Похожие статьи", "Мост закроют на ремонт", "Новости по теме", "Школы откроются в мае")),
    Example("The committee read more than 400 submissions before it related its findings to the minister."),
    Example("Der Rat tagte.\nAktuelles auf example.de\nNeue Brücke kostet zwölf Millionen\nSchulen bleiben zu\n"
            "Der Bau beginnt im Frühjahr, und der Verkehr wird über eine Behelfsbrücke geleitet, sagte der Bürgermeister.\n"
            "Die Anwohner wurden am Montag informiert und können ihre Fragen bei einer Versammlung stellen.",
            removed=("Aktuelles auf example.de", "Neue Brücke kostet zwölf Millionen", "Schulen bleiben zu")),
    Example("Aktuell sind zwölf Brücken in der Stadt gesperrt, teilte das Bauamt mit.\n"
            "Weitere Informationen zum Projekt gibt die Stadt am Montag bekannt.\n"
            "Weiterführende Links zu Studien fehlen in dem Bericht, kritisierte der Verband.\n"
            "Las más leídas de la semana fueron las noticias sobre el puente, dijo el diario.\n"
            "Najczęściej czytane książki roku to kryminały, podała biblioteka."),
    # A box of headlines with teasers of a paragraph's length above the story, in each language: it
    # ends at the story's own headline (the page's title repeats it).
    Example("Pier reopens after storm repairs | Harbour Weekly\nLatest news\nLibrary extends its opening hours\n"
            "From next month the library on Quay Street will stay open until eight on weekday evenings, so that students "
            "and workers can use the reading rooms after school and after work.\nFerry timetable changes in June\n"
            "The summer timetable brings two extra crossings on Saturdays and an earlier first boat.\n"
            "Pier reopens after storm repairs\nThe pier reopened on Friday.",
            removed=("Latest news", "Library extends its opening hours",
                     "From next month the library on Quay Street will stay open until eight on weekday evenings, so that "
                     "students and workers can use the reading rooms after school and after work.",
                     "Ferry timetable changes in June",
                     "The summer timetable brings two extra crossings on Saturdays and an earlier first boat.")),
    Example("Neuer Steg am Badesee eröffnet | Dorfbote Kirchberg\nAktuelles aus dem Verein\nSommerfest verschoben\n"
            "Wegen der Bauarbeiten am Sportplatz feiert der Verein sein Sommerfest in diesem Jahr erst Ende August, "
            "dafür mit einem Turnier der Jugend und einem Konzert der Blaskapelle am Abend auf dem großen Festplatz.\nNeue Trikots für die Jugend\n"
            "Ein Autohaus aus dem Ort hat der Jugend zwei Sätze neuer Trikots geschenkt.\n"
            "Neuer Steg am Badesee eröffnet\nDer Steg ist seit Samstag offen.",
            removed=("Aktuelles aus dem Verein", "Sommerfest verschoben",
                     "Wegen der Bauarbeiten am Sportplatz feiert der Verein sein Sommerfest in diesem Jahr erst Ende August, "
                     "dafür mit einem Turnier der Jugend und einem Konzert der Blaskapelle am Abend auf dem großen Festplatz.",
                     "Neue Trikots für die Jugend",
                     "Ein Autohaus aus dem Ort hat der Jugend zwei Sätze neuer Trikots geschenkt.")),
    # A paragraph of that length under a headline, with no second teaser under the next line, is the story's.
    Example("Latest news\nCouncil approves the new harbour plan\nThe council approved the plan for the new harbour on "
            "Tuesday night, after a debate of four hours in which the opposition asked twice for a delay of the final vote.\n"
            "What happens next\nThe works start in May.",
            removed=("Latest news", "Council approves the new harbour plan")),
    # "You will like these too" over the links under the story, in each language, with an exclamation mark.
    Example("Der Teig muss über Nacht im Kühlschrank ruhen.\nDas wird dir auch gefallen!\nApfelkuchen vom Blech\n"
            "Ça pourrait aussi vous plaire !\nLa tarte aux prunes\nEsto también te puede gustar:\nBizcocho de limón\n"
            "Ti potrebbe piacere anche\nCrostata di mele\nVocê também vai gostar!\nBolo de laranja\n"
            "Dit vind je vast ook leuk!\nAppeltaart met kaneel\nTo też może ci się spodobać\nSernik na zimno\n"
            "You'll love these too!\nLemon drizzle cake",
            removed=("Das wird dir auch gefallen!", "Apfelkuchen vom Blech", "Ça pourrait aussi vous plaire !",
                     "La tarte aux prunes", "Esto también te puede gustar:", "Bizcocho de limón",
                     "Ti potrebbe piacere anche", "Crostata di mele", "Você também vai gostar!", "Bolo de laranja",
                     "Dit vind je vast ook leuk!", "Appeltaart met kaneel", "To też może ci się spodobać",
                     "Sernik na zimno", "You'll love these too!", "Lemon drizzle cake")),
    Example("Das wird dir auch gefallen, wenn du gern backst: ein Teig, der über Nacht ruht.\n"
            "Ça pourrait aussi vous plaire de savoir que la tarte se congèle très bien.\n"
            "Esto también te puede gustar si prefieres los postres con menos azúcar y más fruta.\n"
            "Você também vai gostar de saber que o bolo dura uma semana na geladeira.\n"
            "You'll love these too, the baker said, handing round the lemon cakes."),
    Example("Die meistgelesenen Bücher des Jahres waren Krimis, sagte die Bibliothek.\n"
            "Os artigos relacionados com a greve foram publicados na segunda-feira."),
    # Teaser cards under the story's last paragraph (each a headline over its teaser, a group of its own): the
    # list under the story, the first teaser's two sentences no story going on under a box's one headline.
    Example("Il consiglio comunale ha approvato martedì il restauro del vecchio molo, chiuso da due anni dopo una "
            "mareggiata che ne aveva distrutto un terzo.\n\nArticoli correlati\n\nRiapre il mercato del pesce "
            "sul porto\nDopo sei mesi di lavori i banchi tornano sotto la tettoia. Il sindaco era presente.\n\n"
            "Nuova linea di autobus tra i paesi della baia\nDa giugno una corsa ogni ora collegherà il porto con i "
            "tre paesi della costa.\n\nIl festival estivo presenta il suo programma\nConcerti, una regata e un "
            "mercato notturno sono previsti per l'ultimo fine settimana di luglio.",
            removed=("Articoli correlati", "Riapre il mercato del pesce sul porto",
                     "Dopo sei mesi di lavori i banchi tornano sotto la tettoia. Il sindaco era presente.",
                     "Nuova linea di autobus tra i paesi della baia",
                     "Da giugno una corsa ogni ora collegherà il porto con i tre paesi della costa.",
                     "Il festival estivo presenta il suo programma",
                     "Concerti, una regata e un mercato notturno sono previsti per l'ultimo fine settimana di luglio."),
            ids=("related-list",) * 7),
])
@by_paragraphs_if_wrapped
def related_list(page: Page) -> dict[int, str]:
    """Lists of other articles: a heading such as "Related Articles", "Most
    read", "Today's headlines" or "Tags" and the items under it; runs of
    teaser items that each end with an "Author Name ·" byline; and runs of
    headlines with their comment counts or dates ("Storm hits coast (142)",
    "Storm hits coast (Monday March 3 2008)"), but not ranked results with a
    time and a count ("1. Anna Berg (GER) 35:58.7 (2)"): the story's table;
    and runs of arrowed links (">> Storm hits coast", "» Brücke gesperrt");
    and runs of excerpts each cut off and followed by its source ("... a
    concept in… … Encyclopedia"): entries from other works or sites; and
    runs of numbered addresses ("12. https://site.example/news/"): a text
    browser's list of the page's links (lynx's "References")."""
    headed = list(_headed_lists(page))
    found = {i: INLINE_RELATED.id for run, in_story in headed if in_story for i in run}
    found.update(dict.fromkeys(_unheaded_boxes(page), INLINE_RELATED.id))
    # What another list holds too is chrome.
    found.update(dict.fromkeys([*_byline_runs(page), *_counted_runs(page), *_arrow_runs(page), *_sourced_runs(page),
                                *_address_runs(page), *(i for run, in_story in headed if not in_story for i in run)],
                               "related-list"))
    return dict(sorted(found.items()))


# A teaser is not a quotation: a run of quotes with their speakers is content.
_OPENING_QUOTES = tuple("\"'“‘„«‹「『")
# A line a dash opens right under a sentence is that sentence's source ("— Jane Doe, gardener"): a
# quote's attribution, no headline of the next item (a collection of quotes is content).
_ATTRIBUTION_DASHES = ("—", "–", "―")
# "Rovers 3 United 1", "Rovers 2-1 United (OT)": a game's result heads the
# story's paragraph on it (a round-up of results), not another article.
_RESULT = compiled(r"^(\p{L}[\p{L}.'’ -]*\s\d{1,3},?\s\p{L}[\p{L}.'’ -]*\s\d{1,3}"
                   r"|\p{L}[\p{L}.'’ -]*\s\d{1,3}\s?[-–:]\s?\d{1,3}\s\p{L}[\p{L}.'’ -]*)(\s\(\w+\))?$")

_TIMELINE_ENTRY = compiled(r"^\d.{0,30}[:：]$")
# How a timeline's entry ends ($ matches before a final newline too): other lines are not tried.
_TIMELINE_ENDS = (":", "：", ":\n", "：\n")


def _item_starts(is_teaser: list[bool], is_label: list[bool], max_labels: int,
                 blocks: list[Block]) -> Iterator[tuple[int, int]]:
    """(start, end) of each item: 1..max_labels labels, then one teaser
    that is not followed by more prose. An item's lines stand together
    (each of ``blocks`` right after the one before it on the page): a line
    that earlier stages removed inside it parts it (a box's prompt above a
    removed newsletter appeal, the next list's first teaser below), and
    only the lines after that line are the item's: a run chained through
    removed chrome swept a story's last section into the comments under it."""
    n = len(is_teaser)
    for end in range(n):
        if not is_teaser[end] or (end + 1 < n and is_teaser[end + 1]):
            continue
        start = end
        while (start > 0 and end - start < max_labels and is_label[start - 1]
               and blocks[start].index == blocks[start - 1].index + 1):
            start -= 1
        if start < end:
            yield start, end


# What a page sets under a story's last line and above what follows it: its tags, its share bar.
STORY_END_STAGES = frozenset({"post-navigation", "share-bar"})


@detector("teaser-list", roles={Role.CHROME}, reads=sorted(STORY_END_STAGES), examples=[
    # Teasers right over a short story whose headline the page prints twice (over its top box and over
    # the story): the run ends at the story's own item (headline, date, first paragraph).
    Example("Harbour town reopens its old ferry pier | Coast Courier\nHome\nHarbour town reopens its old ferry pier\n"
            "Share on Facebook\nCouncil approves new budget after long debate\n"
            "The vote came late on Tuesday after councillors argued for six hours over the cost of new housing.\n"
            "School choir wins national title\n"
            "Forty pupils travelled to the capital and came home with the trophy for the first time.\n"
            "Storm expected to bring heavy rain this weekend\n"
            "Forecasters warn that rivers in the valley could burst their banks by Sunday evening.\n"
            "Harbour town reopens its old ferry pier\n12 March 2024\n"
            "The old ferry pier in the harbour reopened on Saturday after eighteen months of repairs.\n"
            "Engineers replaced most of the timber piles, which had rotted below the waterline, and laid a new deck "
            "of hardwood from the yard that built the pier in 1911, the harbour master said on Saturday morning, "
            "standing on the new deck while the crew of the first ferry of the season threw their ropes ashore.\n"
            "The work cost more than twice the first estimate, the harbour master said, because the divers found "
            "damage that no survey had shown when the work was planned three years ago.",
            removed=("Council approves new budget after long debate",
                     "The vote came late on Tuesday after councillors argued for six hours over the cost of new housing.",
                     "School choir wins national title",
                     "Forty pupils travelled to the capital and came home with the trophy for the first time.",
                     "Storm expected to bring heavy rain this weekend",
                     "Forecasters warn that rivers in the valley could burst their banks by Sunday evening.")),
    # Teasers right over a story with no byline between: the story's headline over its lead, two paragraphs
    # under them, is the story's top, not the list's last item.
    Example("Deals\nCoupons\nCouncil approves new budget after long debate\n"
            "The vote came late on Tuesday after councillors argued for six hours over the cost of new housing.\n"
            "School choir wins national title\n"
            "Forty pupils travelled to the capital and came home with the trophy for the first time.\n"
            "Storm expected to bring heavy rain this weekend\n"
            "Forecasters warn that rivers in the valley could burst their banks by Sunday evening.\n"
            "\"Crunchy outside, creamy inside\"\n"
            "That is how the bakery describes its new biscuit with a cream filling.\n"
            "The best part comes now:\n"
            "In next week's product test at the supermarket you can, with a little luck, pick up a free pack of the "
            "new biscuits at your local store, and the chain says that it has set aside ten thousand packs for the "
            "test, more than in any of its product tests so far this year, so the odds are better than usual!\n"
            "Just apply on the chain's website from Monday morning, and if you are one of the winners you will get a "
            "coupon for the free pack by mail on the Monday after, which you show at the till of any of the chain's "
            "stores before the end of the month to take your pack home.",
            removed=("Deals", "Coupons", "Council approves new budget after long debate",
                     "The vote came late on Tuesday after councillors argued for six hours over the cost of new housing.",
                     "School choir wins national title",
                     "Forty pupils travelled to the capital and came home with the trophy for the first time.",
                     "Storm expected to bring heavy rain this weekend",
                     "Forecasters warn that rivers in the valley could burst their banks by Sunday evening.")),
    # A collection of quotes under theme headings, each quote over its source's dashed line: content.
    Example("The long nights are here and the boats are laid up. Until the season opens, here are the lines about "
            "the sea that our readers sent in over the years.\nOn waiting\nThe tide comes back for those who stay.\n"
            "— Ellen Marsh, harbour master\nA calm sea never made a sailor of anyone.\n— Anonymous\n"
            "Every knot you tie is a promise to the weather.\n— Tom Ward, rigger\nOn home\n"
            "The lighthouse is only lonely from the land.\n— a reader from Cork\n"
            "Send us your favourite line about the sea, the coast or the people who work on the water, with "
            "your name and where you live, and we may add it to the collection next winter, when the boats are "
            "laid up again and the harbour is quiet; every year a few of the best arrive from readers far inland."),
    Example("The storm moved east overnight, and the clean-up began at first light in the worst-hit towns, where "
            "roofs lay in the streets and the power was still out in thousands of homes.\n"
            "Most residents had left before it arrived, and shelters in the county stayed open until noon.\n"
            "Minister Quits Over Expenses\nThe minister resigned on Friday after weeks of pressure from her party.\n"
            "Rail Strike Called Off\nUnions welcomed the new pay offer, which runs for three years.\n"
            "2h ago\nCity Wins Title After a Late Goal in the Final...\nA late goal settled the league in the final minute of the season.",
            removed=("Minister Quits Over Expenses", "The minister resigned on Friday after weeks of pressure from her party.",
                     "Rail Strike Called Off", "Unions welcomed the new pay offer, which runs for three years.",
                     "2h ago", "City Wins Title After a Late Goal in the Final...", "A late goal settled the league in the final minute of the season.")),
    Example("Why it matters\nThe bridge carries a third of the city's traffic every working day.\n"
            "What comes next\nEngineers will inspect the piers before the council votes in May.\n"
            "Who pays\nThe state has promised half of the cost, and the city will borrow the rest."),
    Example("The strike at the port entered its third week on Monday, and neither side showed any sign of giving way, "
            "while ships queued in the bay and the farmers who send their grain through the port counted their losses.\n"
            "Both sides met on Friday for the first time in ten days, but the talks broke up after an hour, and each "
            "blamed the other for the failure in statements released within minutes of each other late that evening.\n"
            "\"We have offered more than any other port in the country,\" the chief executive said.\n"
            "The union said the offer did not cover the rise in the cost of living this year.\n"
            "\"Every day the port stays shut costs the farmers money they will never get back.\"\n"
            "That warning came from the head of the farmers' association on Monday.\n"
            "\"We are ready to talk at any hour of the day or night,\" the union said.\n"
            "Talks are expected to resume on Wednesday with a mediator from the government."),
    Example("The league finished its season on Sunday with three close games and a record crowd in the capital.\n"
            "Rovers 3 United 2\nAt home, Rovers came from behind with two goals in the last ten minutes of the game.\n"
            "City 1 Athletic 0\nAt the coast, City held on after their goalkeeper was sent off before half-time.\n"
            "Wanderers 2-2 Albion (OT)\nAt the old ground, both sides scored twice in a game that went to extra time."),
    Example("The flood began after three days of rain, when the river rose faster than the county had ever "
            "measured, and by evening the water stood a metre deep in the lower streets of the old town.\n"
            "Engineers had warned for years that the dam was too old for storms of this size, and the state had "
            "promised money for repairs that never came, a report published last spring by the county shows.\n"
            "7 p.m.:\nThe first call reaches the fire station from a farmer below the dam, who reports water on the road.\n"
            "8:40 p.m.:\nThe sheriff orders the valley towns cleared and opens the school gym as a shelter for the night.\n"
            "9:15 p.m.:\nThe spillway gives way, and the water reaches the first houses twenty minutes later.\n"
            "11 p.m.:\nThe last families are brought out by boat, and the sheriff says no one is missing."),
    Example("The council votes next month on three plans that would change the city more than anything since the "
            "ring road, and every one of them has split the neighbourhoods it touches down the middle.\n"
            "We asked the planners, the people who object and our own reporters to set out the case for each, and "
            "what follows is our reading of where the arguments stand a month before the vote.\n"
            "The bridge\nThe plan\nA new bridge by 2030, paid for with a toll on each crossing of the river.\n"
            "The objections\nShop owners fear the toll will keep customers away from the old town for good.\n"
            "Our view\nA toll is fair if the bridge is built, but the cost has doubled since the first estimate.\n"
            "The buses\nThe plan\nThe council will cut three routes and add one express line to the airport.\n"
            "The objections\nRiders in the north say they will need two buses where one does today.\n"
            "Our view\nThe express line is welcome, but the cuts fall on the people with the fewest choices.\n"
            "Both plans go to a public hearing on the first of the month, where anyone who lives in the city may "
            "speak for three minutes, and the council has promised to publish every written comment it receives "
            "before the vote, along with the answers of the planners to the questions raised at the hearing."),
    Example("The storm moved east overnight, and the clean-up began at first light in the worst-hit towns, where "
            "roofs lay in the streets and the power was still out in thousands of homes.\n"
            "Most residents had left before it arrived, and shelters in the county stayed open until noon.\n"
            "Opinion\nWhy the Tax Plan Will Fail\nThe numbers do not add up, and the minister knows it well.\n"
            "Opinion\nIn Praise of Slow Trains\nA night on a sleeper beats an hour in an airport queue.\n"
            "Opinion\nOur Schools Need Fewer Tests\nTeachers spend a month a year preparing pupils for exams.",
            removed=("Opinion", "Why the Tax Plan Will Fail", "The numbers do not add up, and the minister knows it well.",
                     "Opinion", "In Praise of Slow Trains", "A night on a sleeper beats an hour in an airport queue.",
                     "Opinion", "Our Schools Need Fewer Tests",
                     "Teachers spend a month a year preparing pupils for exams.")),
    Example("The storm moved east overnight, and the clean-up began at first light in the worst-hit towns, where "
            "roofs lay in the streets and the power was still out in thousands of homes.\n"
            "Most residents had left before it arrived, and shelters in the county stayed open until noon.\n"
            "Harbour Festival 2023\nThe tall ships came in on Saturday morning under a clear sky.\n"
            "Harbour Festival 2023\nA brass band played on the quay until the fireworks began.\n"
            "Harbour Festival 2023\nChildren lined the pier to watch the rowing race at noon.",
            removed=("Harbour Festival 2023", "The tall ships came in on Saturday morning under a clear sky.",
                     "Harbour Festival 2023", "A brass band played on the quay until the fireworks began.",
                     "Harbour Festival 2023", "Children lined the pier to watch the rowing race at noon.")),
    # Numbered steps: a recipe's method, a how-to (English, German, French).
    Example("These muffins are the ones my grandmother baked every Sunday morning in the small kitchen of her farm, "
            "and the recipe has not changed in sixty years, apart from the oven, which is electric now and a good deal "
            "more reliable than the old wood stove she swore by until the day she sold the farm to her neighbour.\n"
            "Step 1\nSift the flour with the baking powder and a pinch of salt into a large bowl.\n"
            "Step 2\nBeat the eggs with the sugar until pale, then stir in the melted butter.\n"
            "Step 3\nFold the two together, fill the cups and bake for twenty minutes until golden."),
    Example("Diese Muffins hat meine Großmutter jeden Sonntagmorgen in der kleinen Küche ihres Hofes gebacken, und das "
            "Rezept hat sich in sechzig Jahren nicht verändert, abgesehen vom Ofen, der heute elektrisch ist und um "
            "einiges zuverlässiger als der alte Holzofen, auf den sie schwor, bis sie den Hof an den Nachbarn verkaufte.\n"
            "Schritt 1\nDas Mehl mit dem Backpulver und einer Prise Salz in eine große Schüssel sieben.\n"
            "Schritt 2\nDie Eier mit dem Zucker schaumig schlagen und danach die Butter unterrühren.\n"
            "Schritt 3\nBeides vermengen, in die Förmchen füllen und zwanzig Minuten goldbraun backen."),
    Example("Ces muffins sont ceux que ma grand-mère préparait chaque dimanche matin dans la petite cuisine de sa ferme, "
            "et la recette n'a pas changé en soixante ans, sauf le four, qui est électrique aujourd'hui et bien plus "
            "fiable que la vieille cuisinière à bois qu'elle défendait jusqu'au jour où elle vendit la ferme au voisin.\n"
            "1\nTamisez la farine avec la levure et une pincée de sel dans un grand saladier.\n"
            "2\nFouettez les œufs avec le sucre, puis ajoutez le beurre fondu en un mince filet.\n"
            "3\nMélangez le tout, remplissez les moules et enfournez pour vingt minutes environ."),
    # A story's top, its paragraphs set between a byline, links and a caption: the story follows.
    Example("By Jo Lee and agencies\nUpdated: 10:12am\nThe mayor has denied reports that she will stand for parliament next year.\n"
            "City homepage\nCouncil news | Elections\nShe had been tipped to replace the retiring member, who quit on Monday.\n"
            "Staying put: the mayor in her office\nHowever, she said she was happy in her job and had no plans to leave.\n"
            "\"I have not spoken to anyone in the party about it at all,\" she said on Tuesday.\n"
            "\"When I heard the news my first thought was for his family and friends.\n"
            "\"My work in this town is not done, and I want to see it through to the end.\"\n"
            "Her party has yet to name a candidate for the seat, which it has held since the war, and its leaders in the "
            "region said on Tuesday that they would meet next month to draw up a short list, after talking to members in "
            "every ward and to the unions that fund the local campaign and pay for its office in the high street."),
    # A story's sections of one short paragraph each, the story going on
    # before them and after them under a subheading.
    Example("The city has argued for ten years about what to do with the old harbour, and the plan the council "
            "adopted on Tuesday is the first that every party on it has backed, after a long summer of hearings in "
            "which the people who live and work by the water had their say on every part of it.\n"
            "The plan sets out five changes, and the council says work on the first of them will begin in the spring, "
            "once the last of the fishing boats has moved to the new quay on the far side of the bay.\n"
            "Cheaper moorings\nBoat owners will pay a third less for a berth from next year, the council said.\n"
            "A new footbridge\nA bridge for walkers and cyclists will link the two quays by the end of 2026.\n"
            "More trees\nThe car park by the fish market will become a small park with benches and shade.\n"
            "Who pays\nThe state will pay half of the cost of the bridge and the park, and the city will borrow "
            "the rest over twenty years, which the treasurer said would add a little to the rates of every household "
            "in the city, though far less than the opponents of the plan had claimed during the hearings in the summer, "
            "when the figures they quoted were based on an older and much larger design.\n"
            "The opposition said it would watch the cost of the bridge closely as the work goes on.\n"
            "Work on the moorings is due to start in March, weather permitting, the harbour master said."),
    # A story in sections all through, the short ones looking like teasers: the story goes on after
    # them, each paragraph under its subheading (a question too).
    Example("Der Winterschlaf ist für viele Tiere die einzige Möglichkeit, die kalten Monate zu überstehen, in denen "
            "sie kaum Nahrung finden, und die Forschung hat in den letzten Jahren viel darüber gelernt, wie er abläuft.\n"
            "Der Körper fährt herunter\nDas Herz schlägt nur noch wenige Male in der Minute, und der Atem wird flach.\n"
            "Fettreserven\nIm Herbst fressen sich die Tiere ein Polster an, von dem sie monatelang zehren können.\n"
            "Die Temperatur\nBei manchen Arten sinkt die Körpertemperatur bis knapp über den Gefrierpunkt ab.\n"
            "Wie wachen sie auf?\nSteigen die Temperaturen im Frühjahr, erwärmt ein braunes Fettgewebe den Körper von innen.\n"
            "Ein gefährlicher Moment\nDas Aufwachen kostet die Tiere einen großen Teil der Energie, die sie noch haben.\n"
            "Störungen im Winter\nWer ein schlafendes Tier weckt, bringt es deshalb in ernste Gefahr, warnen die Forscher."),
    # Other articles between a story and readers' comments, each comment under its author and date.
    Example("Der Winterschlaf ist für viele Tiere die einzige Möglichkeit, die kalten Monate zu überstehen, in denen "
            "sie kaum Nahrung finden, und die Forschung hat in den letzten Jahren viel darüber gelernt, wie er abläuft.\n"
            "Neue Brücke über den Fluss eröffnet\nNach drei Jahren Bauzeit rollt der Verkehr wieder über den Fluss.\n"
            "Stadtrat beschließt den Haushalt\nDie Stadt will im kommenden Jahr mehr Geld für die Schulen ausgeben.\n"
            "Museum zeigt alte Landkarten\nDie Ausstellung ist bis zum Ende des Monats täglich geöffnet.\n"
            "Anna K.\n12. März 2024 um 10:15\nEin sehr schöner Artikel, den ich mit großem Interesse gelesen habe, "
            "weil wir in unserem Garten jedes Jahr Igel sehen, die unter der Hecke im Laub überwintern und im Frühjahr "
            "ganz mager wieder herauskommen, und ich mich immer gefragt habe, wovon sie die ganze Zeit leben.\n"
            "Peter M.\n12. März 2024 um 11:02\nIch habe im letzten Winter einen Igel im Keller gefunden, der dort "
            "offenbar schon wochenlang geschlafen hatte, und ihn liegen lassen, bis er im April von selbst wach wurde "
            "und durch das offene Fenster in den Garten hinausgelaufen ist, wo er seitdem jeden Abend zu sehen ist.\n"
            "Jonas B.\n13. März 2024 um 08:40\nKann man den Tieren im Winter mit etwas Futter helfen, oder schadet "
            "das eher, weil sie dann zu früh aufwachen und ihre Reserven verbrauchen, bevor es draußen genug für sie "
            "zu fressen gibt, und wäre es nicht besser, sie einfach in Ruhe zu lassen, bis der Frühling kommt?",
            removed=("Neue Brücke über den Fluss eröffnet", "Nach drei Jahren Bauzeit rollt der Verkehr wieder über den Fluss.",
                     "Stadtrat beschließt den Haushalt",
                     "Die Stadt will im kommenden Jahr mehr Geld für die Schulen ausgeben.",
                     "Museum zeigt alte Landkarten", "Die Ausstellung ist bis zum Ende des Monats täglich geöffnet.")),
    # Questions and answers, each answer ending with its footnote's number, not a full stop.
    Example("How much land it takes to feed us depends far more on what we eat than on how many of us there are, "
            "and the figures below, gathered from the statistics of several agencies, show where most of it goes.\n"
            "Farmers in the region have argued for years that the numbers are misread, and the ministry has promised "
            "a study of its own, due to be published before the end of next year at the latest.\n"
            "How much farmland grows feed for animals rather than food for people?\n"
            "About a third of all arable land in the world is used for animal feed.¹\n"
            "How much land is left for each person on the planet to eat from?\n"
            "Roughly two thousand square metres each, and the share shrinks every year.²\n"
            "Why does meat need so much more land than grain or vegetables do?\n"
            "An animal turns only a small part of its feed into meat, milk or eggs.³\n"
            "How much of the land we use for our food lies in other countries?\n"
            "Nearly half of it, most of that for soya grown to feed pigs and chickens.⁴"),
    # Dated teasers under a story are other articles however long they run (more words than the story);
    # dated entries with no story above them are the page (an archive), kept.
    Example("The ferry returns to the island route on Monday after a winter in dry dock.\n"
            "Tickets for the first week are already sold out, the operator said.\nMore news\n"
            "Council delays vote on the swimming pool\nAfter a long debate about the cost of repairing the roof, the "
            "council put off its vote on the pool until April, when a second survey of the structure is due.\n3 March 2024\n"
            "Fire crew trains with new ladder\nThe volunteer fire crew practised with its new turntable ladder at the weekend, "
            "which the county bought in winter and which will also serve the neighbouring villages.\n2 March 2024\n"
            "School raises money for playground\nWith a sponsored run the pupils raised more than three thousand pounds for "
            "the new playground that parents and the council hope to build by the summer.\n1 March 2024",
            removed=("More news", "Council delays vote on the swimming pool",
                     "After a long debate about the cost of repairing the roof, the council put off its vote on the pool "
                     "until April, when a second survey of the structure is due.", "3 March 2024",
                     "Fire crew trains with new ladder",
                     "The volunteer fire crew practised with its new turntable ladder at the weekend, which the county "
                     "bought in winter and which will also serve the neighbouring villages.", "2 March 2024",
                     "School raises money for playground",
                     "With a sponsored run the pupils raised more than three thousand pounds for the new playground that "
                     "parents and the council hope to build by the summer.")),
    Example("Spring cleaning\nThe club tidied the boathouse and painted the jetty before the season, with twenty members.\n"
            "3 March 2024\nNew boat named\nThe new four was named after our oldest member, who rowed for sixty years here.\n"
            "2 March 2024\nWinter dinner\nOver eighty members and guests came to the winter dinner at the town hall.\n1 March 2024"),
    # Teasers of other stories, one of them asking a question.
    Example("The storm moved east overnight, and the clean-up began at first light in the worst-hit towns, where "
            "roofs lay in the streets and the power was still out in thousands of homes.\n"
            "Most residents had left before it arrived, and shelters in the county stayed open until noon.\n"
            "New Timetable\nWill the new rail timetable end the delays at last, or make them worse?\n"
            "Rail Strike Called Off\nUnions welcomed the new pay offer, which runs for three years.\n"
            "City Wins the Title\nA late goal settled the league in the final minute of the season.",
            removed=("New Timetable", "Will the new rail timetable end the delays at last, or make them worse?",
                     "Rail Strike Called Off", "Unions welcomed the new pay offer, which runs for three years.",
                     "City Wins the Title", "A late goal settled the league in the final minute of the season.")),
    # A blog post's header (its tagline, menu, category, headline and byline) and its first sections: the
    # story's own headline (the title repeats it) is no other article's, so no list runs through it.
    Example("Why I took up rowing at fifty (and why I kept at it) – The Slow Oar\n"
            "The Slow Oar\n"
            "a blog for rowers who never won anything\n"
            "Home Training Gear Races About\n"
            "Motivation\n"
            "Why I took up rowing at fifty (and why I kept at it)\n"
            "Posted on 3 May 2026 by Ann Cole\n"
            "Two years ago I could not lift a boat off its rack, and last Sunday I rowed my first long race on the river.\n"
            "The first week was awful\n"
            "I started with ten minutes on the machine at the club, and my back ached for three days after each session.\n"
            "What helped me\n"
            "Rowing with a friend.\n"
            "Fixed days in the week.\n"
            "A notebook for every outing.\n"
            "Speed does not matter\n"
            "I am slow, really slow, and I finished the race in the last ten boats of the day without minding it at all. At first I was ashamed when the juniors passed me, but now I wave to them and enjoy being out on the water at all.\n"
            "Why I kept going\n"
            "Because rowing became my own time, with no phone, no mail and no shopping list, three mornings a week on the river while the town is still asleep and nobody wants anything from me.\n"
            "If you are in two minds, go to one session. You do not have to row far. It is enough to turn up."),
    # A story's last lines above its tags and share bar, then the comments under it: the story ends between.
    Example("Walking the Mill Way: three days along the river\n"
            "The Mill Way follows the river for fifty-eight kilometres from its spring to the old town, past a dozen mills that volunteers have restored over the last twenty years, and anyone with decent boots and a little patience can walk it in three easy days.\n"
            "The first day is almost all downhill, on forest paths and gravel roads, and the finest part of it is the gorge, where the water falls over three ledges and the path clings to the rock above it for almost a kilometre before it drops to the valley.\n"
            "The second day is the longest and the hardest, with two steep climbs, but it passes the best kept of the mills, and the miller's widow still sells bread from the window of the one at the bridge on most mornings of the summer.\n"
            "The boots I wore: Trailmaster GTX\n"
            "If you have questions, ask me in the comments and I will answer them all!\n"
            "Tags: walking river mills\n"
            "Share on Facebook Pinterest WhatsApp\n"
            "Luke M. 2 March 2026 at 10:14\n"
            "Lovely story, I am saving it for the spring when the days are longer.\n"
            "Sara B. 2 March 2026 at 12:30\n"
            "Yes, there are several fountains, above all in the first stage of the walk.\n"
            "Clare 3 March 2026 at 19:02\n"
            "Did it last year and I can confirm everything she says about the mills!",
            removed=("Luke M. 2 March 2026 at 10:14", "Lovely story, I am saving it for the spring when the days are longer.",
                     "Sara B. 2 March 2026 at 12:30",
                     "Yes, there are several fountains, above all in the first stage of the walk.",
                     "Clare 3 March 2026 at 19:02",
                     "Did it last year and I can confirm everything she says about the mills!")),
    # A list of other stories over an article's title: no story before it.
    Example("Minister Quits Over Expenses\nThe minister resigned on Friday after weeks of pressure from her party.\n"
            "Rail Strike Called Off\nUnions welcomed the new pay offer, which runs for three years.\n"
            "City Wins the Title\nA late goal settled the league in the final minute of the season.\n"
            "Harbour plan wins the council's backing\n"
            "The city has argued for ten years about what to do with the old harbour, and the plan the council "
            "adopted on Tuesday is the first that every party on it has backed.\n"
            "The plan sets out five changes, and the council says work on the first of them will begin in the spring.\n"
            "The opposition said it would watch the cost of the bridge closely as the work goes on.\n"
            "Work on the moorings is due to start in March, weather permitting, the harbour master said.",
            removed=("Minister Quits Over Expenses", "The minister resigned on Friday after weeks of pressure from her party.",
                     "Rail Strike Called Off", "Unions welcomed the new pay offer, which runs for three years.",
                     "City Wins the Title", "A late goal settled the league in the final minute of the season.")),
    # A review's last sections, one paragraph each, under a section of two paragraphs: the story's.
    Example("Most bread makers promise a loaf in an hour, and this one takes four, which we think is worth the wait.\n"
            "How it bakes\nThe machine kneads twice and rests the dough in a warm chamber before it bakes the loaf.\n"
            "A window in the lid lets you watch the dough rise without opening anything at all.\n"
            "Noise\nThe kneading is quieter than in any machine we have tested, a soft thump every few seconds.\n"
            "Cleaning up\nThe pan and the paddle are non-stick and came clean with warm water and a soft brush.\n"
            "Our verdict\nIt is slow and not cheap, but it bakes the best crust we have had from a machine."),
    Example("Q: Where did you grow up?\nA: In a small town by the sea, where my father mended boats.\n"
            "Q: Your first job?\nA: Washing dishes in a hotel kitchen for two summers in a row.\n"
            "Q: What do you read?\nA: History, mostly, and the occasional detective novel on trains."),
])
@by_sentences
def teaser_list(page: Page) -> list[int]:
    """Lists of other articles shown as headline-and-teaser pairs ("Most
    popular", "More in World", comment threads of name-and-comment): at least
    teaser_run_min items in a row, each a headline line or two and a single
    short paragraph. A story's paragraphs come in runs; these alternate. Spared
    when the run is most of the page's prose: then it is the content. A
    game's result ("Rovers 3 United 1") is no headline: a round-up of results;
    nor is a time that leads into its paragraph ("8 p.m.:"): a timeline. Spared
    too when most items stand under the same few subheadings, each recurring
    ("The plan", "Our view"): one article's parts; and when half the items'
    paragraphs are questions: questions and answers."""
    settings = page.settings
    feats = page.features
    texts = page.texts()
    prose = [
        f.terminal and settings.teaser_min_words <= f.words <= settings.teaser_max_words and not text.startswith(_OPENING_QUOTES)
        for text, f in zip(texts, feats)
    ]
    # A headline cut off with an ellipsis ends like a sentence; the longer
    # teaser right after it shows what it is.
    is_teaser = [
        p and not (cut_off(texts[i]) and i + 1 < len(prose) and prose[i + 1]
                   and feats[i + 1].words > feats[i].words)
        for i, p in enumerate(prose)
    ]
    # A question is not a headline (question-and-answer interviews are
    # content), nor is a whole sentence (a run of quotes with their speakers),
    # nor a time or date that leads into the paragraph after it ("8 p.m.:",
    # "1998:"): the entries of a timeline.
    # A clock time right over a paragraph is a live ticker's stamp over its
    # entry (a list of other articles puts its headline between them).
    # Nor is an item of a sentence's enumeration ("...;"), the last one under them too.
    enumerated = enumeration_items(texts, settings.enumeration_min_items)
    # A live ticker's stamps (over an entry's title too, see ticker_stamps) part its entries, no teaser's label.
    stamps = ticker_stamps(clock_time_lines(texts), page)
    is_label = [
        not t and f.words <= settings.headline_item_max_words and not b.text.endswith(("?", "？"))
        and i not in enumerated and i not in stamps
        and not (f.terminal and f.words >= settings.teaser_min_words and not cut_off(b.text))
        and not (i > 0 and feats[i - 1].terminal and b.text.startswith(_ATTRIBUTION_DASHES))
        # Results and timeline entries have digits (the ones digit_share counts): lines without are not tried.
        and not (f.digit_share and (_RESULT.match(b.text)
                                    or b.text.endswith(_TIMELINE_ENDS) and _TIMELINE_ENTRY.match(b.text)
                                    or _stamp_over_entry(i, texts, is_teaser, settings)))
        for i, (b, t, f) in enumerate(zip(page.blocks, is_teaser, feats))
    ]
    prose_words = sum(f.words for f, t in zip(feats, is_teaser) if t or f.words > settings.teaser_max_words)
    items = list(_item_starts(is_teaser, is_label, settings.max_item_labels, page.blocks))
    # How many items on the page stand under each label.
    under = Counter(key for start, end in items for key in {title_key(texts[i]) for i in range(start, end)})
    own = _own_headlines(page) if items else []  # where no item stands (a third of pages), none is its
    hits: list[int] = []
    run: list[tuple[int, int]] = []
    for item in [*items, (-1, -1)]:
        if any(item[0] <= at <= item[1] for at in own):
            # The story's own headline is no other article's: its item is the story's header and first
            # lines, which end the run above it, however close under it, and start none.
            item = (-1, -1)
        elif run and item[0] == run[-1][1] + 1 and not _story_ends_between(run[-1][1], item[0], page):
            run.append(item)
            continue
        teaser_words = sum(feats[end].words for _, end in run)
        if (len(run) >= settings.teaser_run_min
                and (teaser_words <= settings.teaser_max_prose_share * prose_words or _dated_below_story(run, texts, feats, settings))
                and not _sectioned(run, texts, under, settings) and not _steps(run, texts, settings)
                and not _questions(run, texts, settings)
                and not _story_follows(run[0][0], run[-1][1], texts, feats, settings)
                and not _last_sections(run, page)):
            lead = _story_lead_item(run, texts, feats, settings)
            hits.extend(range(run[0][0], run[-1][0] if lead else run[-1][1] + 1))
        run = [item]
    return hits


def _story_lead_item(run: list[tuple[int, int]], texts: Sequence[str], feats: list[Features], settings: Settings) -> bool:
    """Whether the run's last item is the story's headline over its lead: no
    paragraph stands right above the run (it is no story's sections) and
    teaser_lead_story_paragraphs paragraphs follow right under the item, a
    line announcing the first ("The best part comes now:") allowed above
    them. Teasers right over a story with no byline between end with the
    story's own headline and lead, a headline over a sentence as each of
    theirs; under a list of other articles the next item follows, or chrome."""
    least = settings.teaser_lead_story_paragraphs
    first, at = run[0][0], run[-1][1] + 1
    if not least or first > 0 and _is_paragraph(feats[first - 1], settings):
        return False
    if at < len(texts) and texts[at].endswith(_ANNOUNCING_ENDS) and not _is_paragraph(feats[at], settings):
        at += 1
    return all(_is_paragraph(f, settings) for f in feats[at:at + least]) and at + least <= len(feats)


# How an enumeration's items end, but its last: a semicolon (full-width in Chinese and Japanese).
_ENUMERATED_ITEM_ENDS = (";", "；")


def enumeration_items(texts: Sequence[str], least: int) -> set[int]:
    """The positions of the lines of each enumeration a sentence runs
    through: ``least`` or more lines one under another, each ending in a
    semicolon, and the line under them, its last item (none when ``least``
    is 0)."""
    found: set[int] = set()
    if least:
        for run in runs(text.endswith(_ENUMERATED_ITEM_ENDS) for text in texts):
            if len(run) >= least:
                found.update(range(run.start, min(run.stop + 1, len(texts))))
    return found


def _own_headlines(page: Page) -> list[int]:
    """The positions of the story's own headline: the lines after the
    page's title that repeat the longest part of it that a line repeats
    (see _title_parts; the site's name is a shorter part). Each: a page may
    print the headline over its top box as well as over the story."""
    title = _title_parts(page, whole=True)
    if not title:  # most pages: no line's key is needed
        return []
    # A paragraph's key is longer than any part's: not worked out (see key_may_fit).
    longest = max(map(len, title))
    repeats = [(len(key), i) for i in range(1, len(page.blocks))
               if key_may_fit(text := page.blocks[i].text, longest) and (key := title_key(text)) in title]
    most = max((length for length, _ in repeats), default=0)
    return [i for length, i in repeats if length == most]


def _story_ends_between(above: int, below: int, page: Page) -> bool:
    """Whether a line removed between page blocks ``above`` and ``below``
    (an item's last line and the next item's first) is one a story ends with
    (STORY_END_STAGES): the item above is the story's last lines, the items
    below the comments or the list under it, however alike their shapes."""
    removed = page.removed
    return any(removed.get(index) in STORY_END_STAGES
               for index in range(page.blocks[above].index + 1, page.blocks[below].index))


def _stamp_over_entry(i: int, texts: Sequence[str], is_teaser: list[bool], settings: Settings) -> bool:
    """Whether line i is a clock time alone ("15:42 Uhr", "3:42 p.m.") right
    over a paragraph: a live ticker's or a timeline's entry under its time
    stamp, which the story holds (ticker_stamps_are_entries)."""
    return (settings.ticker_stamps_are_entries and i + 1 < len(texts) and is_teaser[i + 1]
            and bool(CLOCK_TIME.match(texts[i])))


def _dated_below_story(run: list[tuple[int, int]], texts: Sequence[str], feats: list[Features], settings: Settings) -> bool:
    """Whether a date line stands under each of the run's paragraphs and a
    paragraph of prose above the run: other articles, each with its date,
    listed under a story, however long their teasers. One article's
    sections carry no date each; a page of dated entries and nothing else
    (an archive) has no story above them and keeps the prose-share spare."""
    first = run[0][0]
    if not any(_is_paragraph(f, settings) for f in feats[:first]):
        return False
    return all(end + 1 < len(feats) and _is_date_line(texts[end + 1], feats[end + 1], settings) for _, end in run)


def _is_date_line(text: str, feats: Features, settings: Settings) -> bool:
    return may_be_dateline(feats, settings) and may_hold_date(text) and bool(ANY_DATE.search(text))


def _questions(run: list[tuple[int, int]], texts: Sequence[str], settings: Settings) -> bool:
    """Whether at least teaser_question_share of the run's paragraphs are
    questions: a page of questions and answers whose answers do not end like
    sentences (a figure, a source), not teasers of other articles."""
    asked = sum(texts[end].endswith(("?", "？")) for _, end in run)
    return asked >= settings.teaser_question_share * len(run)


def _story_follows(first: int, end: int, texts: Sequence[str], feats: list[Features], settings: Settings) -> bool:
    """Whether teaser_story_paragraphs paragraphs (quotes too) follow right
    after ``end``; or, when a paragraph stands right before ``first`` too,
    follow each under at most one subheading (a short question too): the run
    was the story's own sections, with the story on both sides going on in
    sections (a list above an article's title has none before it)."""
    sectioned = first > 0 and _is_paragraph(feats[first - 1], settings)
    found, at = 0, end + 1
    while found < settings.teaser_story_paragraphs and at < len(feats):
        if (sectioned and at + 1 < len(feats) and not _is_paragraph(feats[at], settings)
                and _section_heading(texts[at], feats[at], settings)):
            at += 1
        if not _is_paragraph(feats[at], settings):
            return False
        found, at = found + 1, at + 1
    return found == settings.teaser_story_paragraphs


def _last_sections(run: list[tuple[int, int]], page: Page) -> bool:
    """Whether the run is the story's last sections: each item one
    subheading over its paragraph (see _section_heading), the first right
    under a paragraph with only the story's interruptions removed between
    (an advertisement's label), and that paragraph the last of a run of
    teaser_sections_above_min_paragraphs or more under a subheading of that
    shape set right under a paragraph: the story in sections goes on into
    the run. A story's paragraphs come in runs; a comment thread's
    alternate with the commenters' names, and a list of other articles
    under a story has its own heading, or chrome removed above it."""
    settings, feats, blocks = page.settings, page.features, page.blocks

    def heading_at(i: int) -> bool:
        return _section_heading(blocks[i].text, feats[i], settings)

    first = run[0][0]
    least = settings.teaser_sections_above_min_paragraphs
    if (not least or first == 0
            or not all(end == start + 1 and heading_at(start) for start, end in run)
            or not _is_paragraph(feats[first - 1], settings) or not _interruptions_between(first - 1, first, page)):
        return False
    top = first - 1
    while page.adjacent(top) and _is_paragraph(feats[top - 1], settings):
        top -= 1
    heading = top - 1
    return (first - top >= least and page.adjacent(top) and heading_at(heading)
            and page.adjacent(heading) and _is_paragraph(feats[heading - 1], settings))


def _section_heading(text: str, feats: Features, settings: Settings) -> bool:
    """Whether a line reads as a story's subheading: at most
    teaser_subheading_max_words words, no sentence's end but a question's."""
    return feats.words <= settings.teaser_subheading_max_words and (not feats.terminal or text.endswith(("?", "？")))


def _is_paragraph(feats: Features, settings: Settings) -> bool:
    return feats.terminal and feats.words >= settings.teaser_min_words


# "Table of contents", "Inhaltsverzeichnis": the heading over a list of the
# article's own sections.
CONTENTS_HEADING = LinePattern(
    {
        "en": [r"^(table of )?contents( \[?(hide|show)\]?)?\s*:?$", r"^(jump|skip) to( section)?\s*:?$",
               r"^(in this (article|story|guide|post)|on this page)\s*:?$"],
        "de": [r"^(inhaltsverzeichnis|inhaltsübersicht|inhalt|inhalte dieses artikels)( \[?(verbergen|anzeigen)\]?)?\s*:?$",
               r"^auf dieser seite\s*:?$"],
        "fr": [r"^(table des matières|sommaire|dans cet article|sur cette page)\s*:?$"],
        # ... with its plugin's toggle ("Índice de contenidos [ocultar]").
        "es": [r"^(índice( de contenidos?| del artículo)?|tabla de contenidos?|contenidos?|en este artículo|en esta página)( \[?(ocultar|mostrar)\]?)?\s*:?$"],
        "it": [r"^(indice( dei contenuti| dell['’]articolo)?|sommario|in questo articolo|in questa pagina)( \[?(nascondi|mostra)\]?)?\s*:?$"],
        "pt": [r"^(índice( de conteúdos?| do artigo)?|sumário|conteúdo|neste artigo|nesta página)( \[?(ocultar|esconder|mostrar)\]?)?\s*:?$"],
        "nl": [r"^(inhoud|inhoudsopgave|in dit artikel|op deze pagina)\s*:?$"],
        "pl": [r"^(spis treści|w tym artykule|na tej stronie)\s*:?$"],
        "ru": [r"^(содержание|оглавление)\s*:?$"],
        "zh": [r"^(目录|本文目录|文章目录)\s*[:：]?$"],
        "ja": [r"^(目次|この記事の目次)\s*[:：]?$"],
        "ko": [r"^목차\s*:?$"],
        "uk": [r"^зміст\s*:?$"],
        "cs": [r"^obsah( článku)?\s*:?$"],
        "sv": [r"^(innehåll|innehållsförteckning)\s*:?$"],
        "tr": [r"^içindekiler\s*:?$"],
    },
    max_words="list_heading_max_words",
)
# "1.", "2.1", "3)", "IV.": a section's number, which the heading may lack.
_SECTION_NUMBER = compiled(r"^(\d{1,2}(\.\d{1,2})*\.?|[ivx]{1,5}\.|\d{1,2}\))\s+", regex.I)
# The ASCII characters no match of it begins with: all but the digits and i, v, x in either case.
_NO_SECTION_NUMBER_STARTS = frozenset(chr(c) for c in range(128)) - frozenset("0123456789ivxIVX")


# A wiki's links that edit a section, in brackets after its heading: "Historie [editovat | editovat zdroj]",
# "History [edit]", "Geschichte [Bearbeiten | Quelltext bearbeiten]".
_EDIT_LINKS = compiled_at_end(r"\s*\[[^\[\]]{1,60}\]$")


@functools.lru_cache(maxsize=LINE_CACHE_SIZE)
def _entry_key(text: str, without_edit_links: bool = False) -> str:
    """The line as a heading it lists, without its section number; none for
    a line that ends with a number (a table's row: a name and a score, a date).
    ``without_edit_links``: without a wiki's links in brackets after it too
    (see _EDIT_LINKS; contents_wiki_marks)."""
    # Only a line that may begin with a number is read by the pattern (each call some 11 k instructions).
    entry = text if text[:1] in _NO_SECTION_NUMBER_STARTS else _SECTION_NUMBER.sub("", text)
    if without_edit_links and entry.endswith("]"):
        entry = _EDIT_LINKS.sub("", entry)
    return "" if entry[-1:].isdigit() else title_key(entry)


# A standings box's link to the league's full table, in the languages of the tables.
_FULL_TABLE_LINK = LinePattern(
    {
        "en": [r"^(see |view |show )?(the )?(full|complete) (league )?(table|standings)\W{0,3}$"],
        "de": [r"^(zur |die )?(kompletten?|ganzen?|vollständigen?|gesamten?) tabelle\W{0,3}$",
               r"^(alle tabellen|tabelle komplett)\W{0,3}$"],
        "fr": [r"^(voir (le |tout le )?)?classement (complet|intégral)\W{0,3}$"],
        "es": [r"^(ver (la )?)?clasificación (completa|general)\W{0,3}$"],
        "it": [r"^(vedi |guarda )?(la )?classifica (completa|integrale)\W{0,3}$"],
        "pt": [r"^(ver (a )?)?classificação (completa|geral)\W{0,3}$"],
        "nl": [r"^(bekijk |naar )?(de )?(volledige|hele|complete) (stand|ranglijst)\W{0,3}$"],
        "pl": [r"^(zobacz )?(pełn[aą]|cał[aą]) tabel[aęi]\W{0,3}$"],
        "cs": [r"^((zobrazit )?(celou|kompletní) tabulku|celá tabulka|kompletní tabulka|celé pořadí)\W{0,3}$"],
    },
    max_words="standings_link_max_words",
)

# The box's heading, naming the table: "Tabelle Kreisliga", "Tabela – klasa okręgowa", "Clasificación".
_STANDINGS_HEADING = LinePattern(
    {
        "en": [r"^(the )?(league )?(table|standings)\b", r"\b(league|division|conference) (table|standings)\W{0,3}$"],
        "de": [r"^(tabelle|tabellenstand)\b"],
        "fr": [r"^classement\b"],
        "es": [r"^clasificación\b"],
        "it": [r"^classifica\b"],
        "pt": [r"^classificação\b"],
        "nl": [r"^(stand|ranglijst|klassement)\b"],
        "pl": [r"^tabela\b"],
        "cs": [r"^(tabulka|pořadí)\b"],
    },
    max_words="standings_heading_max_words",
)

# A row of the box: maybe a rank, a team's name, then its points (maybe games and goals before them, a unit after).
_STANDINGS_ROW = compiled(r"^(\d{1,2}[.)]?\s+)?[^\d\s][^.!?]{0,40}?(\s+[-+]?\d{1,3}(:\d{1,3})?){1,9}"
                          r"(\s?(pkt|pts|pt|pkte|punkte|points|punti|pontos|puntos|pnt|bodů|b|p)\.?)?$", regex.I)


# What sets a standings box apart from the story over it on the study sets' sites: a share bar, a clip's teaser.
_BOX_APART_STAGES = frozenset({"share-bar", "media-teaser"})


@detector("standings-box", roles={Role.CHROME}, reads=sorted(_BOX_APART_STAGES),
          patterns=[_FULL_TABLE_LINK, _STANDINGS_HEADING], examples=[
    # Under a share bar: the heading, the rows and the link go.
    Example("The Rovers won 2-1 on Saturday with a late goal from their captain, who scored from outside the box.\n"
            "Share on Facebook Share on X\nLeague table\n1. Rovers 31\n2. Athletic 29\n3. Town 26\nFull table",
            removed=("League table", "1. Rovers 31", "2. Athletic 29", "3. Town 26", "Full table")),
    # In each language of the tables, a box under a removed line.
    Example("Der TSV gewann am Sonntag mit 2:1, das Siegtor fiel in der letzten Minute nach einer Ecke.\n"
            "Teilen auf Facebook\nTabelle Kreisliga\n1. TSV Au 28\n2. SV Berg 25\n3. FC Tal 22\nZur kompletten Tabelle\n"
            "Udostępnij na Facebooku\nTabela – klasa A\nOrzeł 43 pkt\nWisła 40 pkt\nSokół 37 pkt\nPełna tabela\n"
            "Compartir en Facebook Compartir en X\nClasificación\n1 Racing 44\n2 Real 43\n3 Club 42\nVer clasificación completa",
            removed=("Tabelle Kreisliga", "1. TSV Au 28", "2. SV Berg 25", "3. FC Tal 22", "Zur kompletten Tabelle",
                     "Tabela – klasa A", "Orzeł 43 pkt", "Wisła 40 pkt", "Sokół 37 pkt", "Pełna tabela",
                     "Clasificación", "1 Racing 44", "2 Real 43", "3 Club 42", "Ver clasificación completa")),
    # A results story's table right under its paragraph, its link too: the story's own.
    Example("Le club reste en tête après la cinquième journée, avec deux points d'avance sur son voisin.\n"
            "Classement\n1. Étoile 30\n2. Stade 28\n3. Union 25\nClassement complet"),
    # Two rows are no table.
    Example("Het team won zaterdag met 3-2 van de nummer twee, na een doelpunt in de laatste minuut.\n"
            "Delen op Facebook\nStand\nRijnwijk 30\nHoogeveld 28\nVolledige stand"),
])
def standings_box(page: Page) -> list[int]:
    """A league's standings box set apart from the story over it by a share
    bar or a clip's teaser (share-bar's, media-teaser's): its link to the full table ("Full table",
    "Zur kompletten Tabelle", "Pełna tabela", "Ver clasificación completa"),
    standings_min_rows rows or more right above it, each a team and its
    points ("1. FC Holzhausen 28", "Orzeł 43 pkt"), and the heading naming
    the table over them ("Tabelle Kreisliga", "Clasificación"). A sidebar's
    box, not the story: a results story's own table follows its paragraph
    (no removed line over it), and a table with no link under it stays."""
    blocks, feats = page.blocks, page.features
    settings = page.settings
    headings = set(matching_positions(page, _STANDINGS_HEADING))
    found: list[int] = []
    for link in matching_positions(page, _FULL_TABLE_LINK):
        top = link
        while (top > 0 and not feats[top - 1].terminal and feats[top - 1].words <= settings.standings_row_max_words
               and page.adjacent(top) and _STANDINGS_ROW.match(blocks[top - 1].text)):
            top -= 1
        if link - top < settings.standings_min_rows:
            continue
        if top - 1 in headings and page.adjacent(top):
            top -= 1
        if page.removed.get(blocks[top].index - 1) in _BOX_APART_STAGES:
            found.extend(range(top, link + 1))
    return found


@detector("table-of-contents", roles={Role.INTERRUPTION}, patterns=[CONTENTS_HEADING], examples=[
    Example("Как вырастить томаты\nСодержание\nВыбор сорта\nПосев\nПолив\n"
            "Выбор сорта\nЧерри созревают первыми и подходят для балкона или солнечного окна.\n"
            "Посев\nСейте в марте на глубину в сантиметр, в ящики с влажной землёй.\n"
            "Полив\nПоливайте под корень, а не по листьям, понемногу, но часто.",
            removed=("Содержание", "Выбор сорта", "Посев", "Полив")),
    Example("Så odlar du tomater\nInnehåll\nVälj sort\nSådd\nVattning\n"
            "Välj sort\nKörsbärstomater mognar först och passar på en liten balkong eller i ett soligt fönster.\n"
            "Sådd\nSå dem inomhus i mars, en centimeter djupt, i lådor med fuktig jord.\n"
            "Vattning\nVattna vid roten, inte på bladen, lite men ofta.",
            removed=("Innehåll", "Välj sort", "Sådd", "Vattning")),
    Example("トマトの育て方\n目次\n品種の選び方\n種まき\n水やり\n"
            "品種の選び方\nミニトマトは早く実り、小さなベランダや日当たりのよい窓辺に向いている。\n"
            "種まき\n3月に室内で、湿った土に1センチの深さでまく。\n"
            "水やり\n葉ではなく根元に、少しずつこまめに水をやる。",
            removed=("目次", "品種の選び方", "種まき", "水やり")),
    # The Spanish plugin's heading, "Índice de contenidos", with its toggle or without.
    Example("Cómo cultivar tomates\nÍndice de contenidos [ocultar]\nElegir la variedad\nLa siembra\nEl riego\n"
            "Elegir la variedad\nLos tomates cherry maduran antes y van bien en un balcón pequeño o junto a una ventana.\n"
            "La siembra\nSiémbralos en marzo, bajo techo, a un centímetro de profundidad y en tierra húmeda.\n"
            "El riego\nRiega la raíz y no las hojas, poco pero a menudo, sobre todo cuando cuaja el fruto.",
            removed=("Índice de contenidos [ocultar]", "Elegir la variedad", "La siembra", "El riego")),
    # A heading that says "contents" over no list of the sections below is the story's own.
    Example("Obsah\nZpráva o stavu mostu vyšla v pondělí a radnice ji zveřejnila na svém webu.\n"
            "İçindekiler\nRaporun içindekiler bölümü üç sayfa sürüyor ve belediye bunu pazartesi açıkladı."),
    Example("How to Grow Tomatoes\nContents\n1. Choosing a variety\n2. Sowing the seeds\n3. Watering\n"
            "Choosing a variety\nCherry tomatoes ripen first and suit a small balcony or a sunny window.\n"
            "Sowing the seeds\nSow them indoors in March, a centimetre deep, in trays of damp compost.\n"
            "Watering\nWater the roots, not the leaves, and little but often once the fruit sets.",
            removed=("Contents", "1. Choosing a variety", "2. Sowing the seeds", "3. Watering")),
    Example("Inhaltsverzeichnis\nDie Geschichte des Festes\nDer Umzug heute\nDas Festessen\n"
            "Die Geschichte des Festes\nSeit dem Mittelalter feiert die Stadt im Dezember ihr Fest am Markt.\n"
            "Der Umzug heute\nHeute ziehen jedes Jahr über hundert Gruppen mit Musik durch die Altstadt.\n"
            "Das Festessen\nAm Abend essen die Gäste an langen Tischen auf dem Platz vor dem Rathaus.",
            removed=("Inhaltsverzeichnis", "Die Geschichte des Festes", "Der Umzug heute", "Das Festessen")),
    Example("Sommaire\n1) Les origines\n2) La recette\n3) Les variantes\nLes origines\n"
            "La tarte vient d'un village de montagne où on la cuisait le dimanche dans le four commun.\n"
            "La recette\nIl faut de la farine, du beurre, des pommes et une heure de repos pour la pâte.\n"
            "Les variantes\nCertains ajoutent des noix ou remplacent les pommes par des poires bien mûres.",
            removed=("Sommaire", "1) Les origines", "2) La recette", "3) Les variantes")),
    # A menu in the header and again in the footer: its entries stand together both times.
    Example("Home\nNews\nSport\nContact\nThe council met on Monday and voted to close the old bridge to all traffic.\n"
            "Home\nNews\nSport\nContact"),
    # Records that repeat their labels, rows that repeat in a later table: no contents.
    Example("Zweck: Statistik der Besuche\nSpeicherdauer: ein Jahr\nAnbieter: Beispiel GmbH aus Berlin, die die Daten "
            "für uns auswertet.\nZweck: Statistik der Besuche\nSpeicherdauer: ein Jahr\nAnbieter: Muster AG aus Hamburg, "
            "die die Daten ebenfalls für uns auswertet.\nZweck: Statistik der Besuche\nSpeicherdauer: ein Jahr"),
    Example("Anna Berg 3\nJan Novak 2\nLea Kim 1\nThe first heat was run in the rain, and the track was slow all evening.\n"
            "Anna Berg 3\nThe second heat was faster, and the crowd had grown by the time it started.\nJan Novak 2\n"
            "The third heat ended the meeting just before the floodlights failed.\nLea Kim 1"),
    # Footer columns under the header menu's names hold links, not a section's text.
    Example("News\nSport\nCulture\nThe council met on Monday and voted to close the old bridge to all traffic.\n"
            "News\nWorld\nUK\nSport\nFootball\nTennis\nCulture\nFilm\nBooks"),
])
def table_of_contents(page: Page) -> list[int]:
    """A table of contents: contents_min_entries short lines or more in a
    row that come back later on the page, in the same order, each over a
    section of its own text (the article's subheadings), with the heading
    over them ("Contents", "Inhaltsverzeichnis", "Sommaire", "Spis
    treści"); a wiki's subheadings compared without the links that edit
    their sections ("History [edit]"), its toggle ("[hide]") taken with the
    heading. Links to the page's own sections, not body; removed here,
    before repeated-line sees the subheadings twice and takes both copies."""
    settings = page.settings
    texts, feats = page.texts(), page.features
    edits = settings.contents_wiki_marks
    keys = [_entry_key(text, edits) if 0 < f.words <= settings.contents_entry_max_words else ""
            for text, f in zip(texts, feats)]
    positions: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if key:
            positions.setdefault(key, []).append(i)
    # A heading stands once over its section and once in the contents: what
    # comes back more often is a record's label ("Purpose:", "Expires:") or a
    # repeated row, and what stands once is no entry.
    keys = [key if key and len(positions[key]) == 2 else "" for key in keys]
    headings = set(matching_positions(page, CONTENTS_HEADING))
    hits = _contents_tables(keys, positions, headings, page)
    if settings.contents_by_heading_and_sections:
        found = set(hits)
        for heading in sorted(headings - found):
            hits.extend(_contents_under_heading(heading, page))
    return sorted(set(hits))


def _contents_tables(keys: list[str], positions: dict[str, list[int]], headings: set[int], page: Page) -> list[int]:
    """The lines of each table of contents found by its entries' ``keys``
    (see _contents_entries), top to bottom, with the contents heading over
    it (one of ``headings``: see _contents_start)."""
    feats, settings = page.features, page.settings
    hits: list[int] = []
    # A table starts at a key's first copy: those alone are tried (a few on a page of hundreds of
    # lines), each past the last table found.
    past = 0
    for i in [i for i, key in enumerate(keys) if key and positions[key][0] == i]:
        if i < past:
            continue
        entries = _contents_entries(i, keys, positions, feats, settings)
        if not entries or len(entries) < settings.contents_min_entries:
            continue
        start = _contents_start(i, headings, page)
        if start is not None:
            hits.extend(range(start, i))
        hits.extend(entries)
        past = entries[-1] + 1
    return hits


def _contents_start(first: int, headings: set[int], page: Page) -> int | None:
    """The contents heading over the entries found from ``first`` on: right
    above them, or above at most contents_unmatched_entries lines of the
    contents that no subheading repeats (the first entries worded unlike
    their sections: "1. Where mould starts" over "When mould grows"), each
    like an entry (see _entry_like), nothing removed between. None where no
    heading stands so."""
    least = max(first - 1 - page.settings.contents_unmatched_entries, 0)
    heading = next((k for k in range(first - 1, least - 1, -1) if k in headings), None)
    if heading is None or not all((_entry_like(k, page) or _toggle(k, page)) and page.adjacent(k)
                                  for k in range(heading + 1, first)):
        return None
    return heading


# The button that folds a wiki's contents away, in brackets on its own line under their heading ("[hide]", "[skrýt]").
_TOGGLE = compiled(r"^\[\s*[\p{L}-]+\s*\]$")


def _toggle(i: int, page: Page) -> bool:
    """Whether block ``i`` is a contents' toggle alone on its line (see _TOGGLE; contents_wiki_marks)."""
    return page.settings.contents_wiki_marks and _TOGGLE.match(page.blocks[i].text.strip()) is not None


def _entry_like(i: int, page: Page) -> bool:
    """Whether block ``i`` may be an entry of a table of contents: at most
    contents_entry_max_words words, no sentence (a question may be one)."""
    feats, text = page.features[i], page.blocks[i].text
    return (0 < feats.words <= page.settings.contents_entry_max_words
            and not (feats.terminal and not text.endswith(("?", "？"))))


def _contents_under_heading(heading: int, page: Page) -> list[int]:
    """A table of contents worded unlike the subheadings it leads to (see
    contents_by_heading_and_sections): the contents heading at ``heading``,
    then contents_min_entries or more lines set one under another (no blank
    line between), each of at most contents_entry_max_words words and no
    sentence, a blank line under the last, and at least as many of the
    story's subheadings below them as they are lines: short lines, no
    sentence, each right over a line of contents_section_min_words words or
    more; and a sentence of that many words above the heading: the contents
    stand in the story, under its lead (a skip link "Content" over "Main
    menu", "Search" heads the page). Empty when there is none."""
    settings, blocks, feats = page.settings, page.blocks, page.features
    if not any(f.terminal and f.words >= settings.contents_section_min_words for f in feats[:heading]):
        return []

    end = heading + 1
    while (end < len(blocks) and _entry_like(end, page) and page.adjacent(end)
           and (end == heading + 1 or not blocks[end].blank_before)):
        end += 1
    entries = end - heading - 1
    if entries < settings.contents_min_entries or end == len(blocks) or not blocks[end].blank_before:
        return []
    sections = sum(1 for i in range(end, len(blocks) - 1)
                   if _entry_like(i, page) and feats[i + 1].words >= settings.contents_section_min_words
                   and feats[i].words < feats[i + 1].words)
    return list(range(heading, end)) if sections >= entries else []


def _contents_entries(start: int, keys: list[str], positions: dict[str, list[int]], feats: list[Features],
                      settings: Settings) -> list[int]:
    """The entries of a table of contents that starts at ``start``: the
    longest run of distinct keys, each on the page twice, whose later copies follow in the same order,
    none right after the one before, each with a line of
    contents_section_min_words words or more before the next (a section's
    text: the columns of a footer menu hold short links)."""
    run: list[int] = []
    seen: set[str] = set()
    j = start
    while j < len(keys) and keys[j] and keys[j] not in seen:
        seen.add(keys[j])
        run.append(j)
        j += 1
    entries: list[int] = []
    previous = j - 1
    for entry in run:
        later = next((p for p in positions[keys[entry]] if p > previous), None)
        if later is None or (entries and later == previous + 1):
            break
        if entries and not _has_text(previous + 1, later, feats, settings):
            break
        entries.append(entry)
        previous = later
    if entries and not _has_text(previous + 1, min(previous + 1 + settings.max_item_blocks, len(feats)), feats, settings):
        entries.pop()
    return entries


def _has_text(start: int, end: int, feats: list[Features], settings: Settings) -> bool:
    return any(f.words >= settings.contents_section_min_words for f in feats[start:end])


# "3", "Step 2:", "Schritt 4", "Étape 1.": the number of a step over its instructions.
_STEP_LABEL = compiled(r"^(\p{L}[\p{L}.]*\s)?(\d{1,2})\s*[.:)]?$")
# "1. Wash the bike", "2) Check the tyres": a numbered subheading over its section.
_NUMBERED_HEADING = compiled(r"^()(\d{1,2})[.)]\s+\p{L}")


def _steps(run: list[tuple[int, int]], texts: Sequence[str], settings: Settings) -> bool:
    """Whether at least teaser_step_share of the run's items stand under
    numbers that count up one by one ("1", "2", "3"; "Stufe 1", "Stufe 2";
    with teaser_numbered_headings_are_steps, numbered subheadings too: "1.
    Wash the bike", "2. Check the tyres"): the steps of a recipe or a
    how-to, a listicle's sections, one article's parts, not other articles."""
    numbers = []
    numbered = settings.teaser_numbered_headings_are_steps
    for start, end in run:
        found = [int(m.group(2)) for i in range(start, end)
                 if (m := _STEP_LABEL.match(texts[i]) or (numbered and _NUMBERED_HEADING.match(texts[i])))]
        if found:
            numbers.append(found[0])
    return (len(numbers) >= max(2, settings.teaser_step_share * len(run))
            and all(b == a + 1 for a, b in zip(numbers, numbers[1:])))


def _sectioned(run: list[tuple[int, int]], texts: Sequence[str], under: Counter[str], settings: Settings) -> bool:
    """Whether at least teaser_recurring_label_share of the run's items stand
    under labels that all stand over other items of the page too, and these
    are teaser_recurring_labels_min labels or more: the same subheadings over
    each part of one article ("The claim", "The evidence", "Our verdict"). A
    list of other articles has a headline of its own over each item (one
    that a menu may repeat), and a gallery or a thread one label over all
    ("Photos", "Reply")."""
    labels = [[title_key(texts[i]) for i in range(start, end)] for start, end in run]
    sectioned = [item for item in labels if all(under[key] > 1 for key in item)]
    return (len(sectioned) >= settings.teaser_recurring_label_share * len(run)
            and len({key for item in sectioned for key in item}) >= settings.teaser_recurring_labels_min)
