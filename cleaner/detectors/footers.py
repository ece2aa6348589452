"""End matter: copyright and licence lines, machine-translation notices,
disclosures, author bios, privacy notices, press-release boilerplate and
contact blocks."""

from __future__ import annotations

import regex

from ..cache import compiled
from ..model import Page
from .base import Example, Role, cue_detector, detector, pattern_detector
from .patterns import CuePattern, LinePattern, matching_positions

_PLATFORM = r"(wordpress|blogger|ghost|drupal|joomla|squarespace|wix|tumblr|medium)"
copyright_licence = pattern_detector(
    "copyright-licence",
    """Copyright, "all rights reserved" and licence notices: legal footer,
    never the story. Long blocks are spared since stories discuss copyright.

    Also the platform's credit in the footer ("Proudly powered by WordPress",
    "Create a free website or blog at WordPress.com").""",
    roles={Role.CHROME},
    max_words="copyright_max_words",
    branches={
        "th": [r"^(©.{0,40})?สงวนลิขสิทธิ์(ทั้งหมด)?$"],
        "hi": [r"^(©.{0,40})?सर्वाधिकार सुरक्षित\W{0,3}$"],
        "tl": [r"\blahat ng karapatan ay nakalaan\b"],
        "any": [
            r"^(©|\(c\)|copyright\b)",
            # The footer's row of links with the notice among them: "Imprint | Privacy | © 2024 Example".
            r"\s[|•·]\s+(©|\(c\)\s|copyright\b)",
            r"©\s*\d{4}",
            r"\bcc[- ]by(-nc)?(-nd)?(-sa)?[- ]\d",
            # A Creative Commons licence in each language: "lizenziert unter einer Creative Commons ... Lizenz",
            # "sous licence Creative Commons", "bajo una licencia Creative Commons", "licencji Creative Commons",
            # "pod licencí Creative Commons" (Czech), "pod licenciou Creative Commons" (Slovak).
            (r"\b(unter|under|sous|bajo|sotto|sob|onder|na|pod)( (einer|der|a|the|la|una|uma|een|de))?"
             r"( (licen[cs]e|lizenz|licence|licencia|licenza|licença|licentie|licencji|licencí|licenciou))?( de| di)?"
             r" creative[- ]commons\b"),
        ],
        "en": [
            r"\ball rights reserved\b",
            r"\b(licensed|published|available) under (a |the )?(creative commons|cc[- ]by)",
            r"\bfeel free to republish\b",
            r"\bmay not be (re)?published, broadcast, rewritten,? or redistributed\b",
            (r"\b(copying|reproduction|republication|redistribution|retransmission|reuse) .{0,80}(prohibited"
             r"|without (the )?(prior |express )?(written )?(permission|consent))"),
            rf"^(proudly )?powered by {_PLATFORM}\b.{{0,60}}$",
            r"^(blog|website|site) at wordpress\.com\.?$",
            r"^create a (free )?website or blog at wordpress\.com\.?$",
            r"^already have a wordpress\.com account\?.{0,30}$",
        ],
        "de": [rf"^(stolz )?(präsentiert|betrieben|bereitgestellt) (von|mit) {_PLATFORM}\b.{{0,60}}$",
               r"^erstelle (kostenlos )?eine (kostenlose )?website oder (ein|eine|einen) blog (auf|bei) wordpress\.com\.?$",
               r"^du hast bereits ein wordpress\.com-konto\?.{0,30}$",
               r"\balle rechte vorbehalten\b",
               r"\b(nachdruck|vervielfältigung|weiterverbreitung|weiterverwendung)\b.{0,60}\b(nur mit|ohne) .{0,40}(genehmigung|zustimmung|erlaubnis)\b"],
        "fr": [rf"^(fièrement )?propulsé par {_PLATFORM}\b.{{0,60}}$",
               r"^créez (un site|votre site|un site web) ou (un|votre) blog (gratuitement )?sur wordpress\.com\.?$",
               r"\btous droits réservés\b", r"\breproduction (interdite|strictement interdite)\b",
               r"\btoute reproduction\b.{0,80}\b(interdite|sans (l')?autorisation)\b"],
        "es": [rf"^(creado con|funciona con|desarrollado con|(orgullosamente )?impulsado por) {_PLATFORM}\b.{{0,60}}$",
               r"^crea (un sitio web|una web) o (un )?blog gratis en wordpress\.com\.?$",
               r"\btodos los derechos reservados\b", r"\bprohibida (su|la) reproducción\b"],
        "it": [r"\btutti i diritti riservati\b", r"\briproduzione riservata\b", r"\bè vietata la riproduzione\b"],
        "pt": [r"\btodos os direitos reservados\b", r"\bé proibida a reprodução\b"],
        "nl": [r"\balle rechten voorbehouden\b"],
        # ... and "При перепечатке ссылка обязательна", the reprint's link required without naming the material.
        "ru": [r"\bвсе права защищены\b", r"\bпри (полном или частичном )?(копировании|использовании|перепечатке) материалов\b",
               r"^при (перепечатке|цитировании|копировании)\b.{0,40}\bссылка\b.{0,40}\bобязательна\W{0,3}$"],
        # ... and the disclaimer under its bare label: "声明：本文仅供参考，不构成任何投资建议。"
        "zh": [r"^[【\[]?(版权所有|版权声明|免责声明)", r"^[【\[]?声明[】\]]?\s*[:：]\s*本(文|网|站)", r"未经(本网|本站|作者)?(授权|许可|同意)[，,]?\s*(不得|禁止|严禁|请勿)(转载|复制|使用)"],
        "uk": [r"\b(всі|усі) права (захищені|застережено)\b"],
        "cs": [r"\bvšechna práva vyhrazena\b",
               r"\b(kopírování|šíření|přebírání) (obsahu |článků )?.{0,60}\b(bez (předchozího )?(písemného )?souhlasu|je zakázáno)\b"],
        "sk": [r"\bvšetky práva vyhradené\b"],
        "sv": [r"\balla rättigheter förbehållna\b", r"\beftertryck (förbjudes|förbjudet|utan tillstånd)\b"],
        "da": [r"\balle rettigheder (forbeholdes|forbeholdt)\b"],
        "no": [r"\balle rettigheter (reservert|forbeholdt)\b"],
        "fi": [r"\bkaikki oikeudet pidätetään\b"],
        "tr": [r"\btüm haklar[ıi] (sakl[ıi]d[ıi]r|mahfuzdur)\b", r"\bizinsiz (kullan[ıi]lamaz|yay[ıi]nlanamaz|al[ıi]nt[ıi]lanamaz)\b"],
        "ro": [r"\btoate drepturile (sunt )?rezervate\b"],
        "hu": [r"\bminden jog fenntartva\b"],
        "el": [r"\bμε (την )?επιφύλαξη (παντός|κάθε) δικαιώματος\b"],
        "ja": [r"無断(転載|複製|転用)(を)?(禁|禁止|お断り)"],
        "ko": [r"무단 ?(전재|복제|배포)"],
        "pl": [r"\bwszelkie prawa zastrzeżone\b", r"\bmateriał chroniony prawem autorskim\b",
               r"\bnie (może|mogą) być (powielan[ae]|kopiowan[ae]|rozpowszechnian[ae])\b", r"\bzasady przedruków\b"],
        # Scripts without case and the smaller European languages.
        "ar": [r"\b(جميع|كافة) الحقوق محفوظة\b"],
        "he": [r"\bכל הזכויות שמורות\b"],
        "fa": [r"\b(کلیه|تمامی) حقوق .{0,40}(محفوظ|متعلق)"],
        "bg": [r"\bвсички права (са )?запазени\b"],
        "hr": [r"\bsva prava (su )?(pridržana|zadržana|zaštićena)\b", r"\bсва права (су )?задржана\b"],
        "sl": [r"\bvse pravice (so )?pridržane\b"],
        "lt": [r"\bvisos teisės (saugomos|apsaugotos)\b", r"\bbe .{0,30}sutikimo draudžiama\b"],
        "lv": [r"\bvisas tiesības aizsargātas\b"],
        "et": [r"\bkõik õigused kaitstud\b"],
        "vi": [r"\bbản quyền thuộc về\b"],
        "id": [r"\bhak cipta dilindungi\b", r"\bdilarang mengutip\b.{0,60}\btanpa izin\b"],
    },
    examples=[
        # The rights-reserved line in Filipino, Hindi and Thai (lang29's probe); a sentence with the word stays.
        Example("The council met.\nLahat ng karapatan ay nakalaan.\n© 2025 इंदौर समाचार सर्वाधिकार सुरक्षित\n"
                "สงวนลิขสิทธิ์",
                removed=("Lahat ng karapatan ay nakalaan.", "© 2025 इंदौर समाचार सर्वाधिकार सुरक्षित",
                         "สงวนลิขสิทธิ์")),
        Example("ตำรวจสงวนลิขสิทธิ์ในภาพถ่ายทั้งหมดของคดีนี้ไว้ตามกฎหมาย"),
        # The disclaimer under its bare label; a statement quoted in a story stays.
        Example("空调销量上涨。\n声明：本文仅供参考，不构成任何投资建议。\n商场周末营业。",
                removed=("声明：本文仅供参考，不构成任何投资建议。",)),
        Example("公司发表声明：将于下月召回部分产品。"),
        Example("市议会周一批准了预算。\n【免责声明】本网转载的内容仅供参考，不代表本网观点。\n工程将于春季开始。",
                removed=("【免责声明】本网转载的内容仅供参考，不代表本网观点。",)),
        # The notice in languages the tables had none for; a story about rights stays.
        Example("Совет собрался.\nВсі права захищені.\nZábřežské listy, všechna práva vyhrazena\n"
                "Kopírování obsahu bez písemného souhlasu redakce je zakázáno.\nVšetky práva vyhradené\n"
                "Alla rättigheter förbehållna\nEftertryck förbjudet\nAlle rettigheder forbeholdes\nAlle rettigheter reservert\n"
                "Kaikki oikeudet pidätetään\nTüm hakları saklıdır.\nİzinsiz kullanılamaz.\nToate drepturile rezervate\n"
                "Minden jog fenntartva\nΜε την επιφύλαξη παντός δικαιώματος\n無断転載を禁じます。\n무단전재 및 재배포 금지",
                removed=("Всі права захищені.", "Zábřežské listy, všechna práva vyhrazena",
                         "Kopírování obsahu bez písemného souhlasu redakce je zakázáno.", "Všetky práva vyhradené",
                         "Alla rättigheter förbehållna", "Eftertryck förbjudet", "Alle rettigheder forbeholdes",
                         "Alle rettigheter reservert", "Kaikki oikeudet pidätetään", "Tüm hakları saklıdır.",
                         "İzinsiz kullanılamaz.", "Toate drepturile rezervate", "Minden jog fenntartva",
                         "Με την επιφύλαξη παντός δικαιώματος", "無断転載を禁じます。", "무단전재 및 재배포 금지")),
        Example("Der Rat tagte.\nجميع الحقوق محفوظة لأخبار المدينة\nכל הזכויות שמורות לחדשות העמק\n"
                "کلیه حقوق این سایت محفوظ است.\nВсички права запазени.\nSva prava pridržana.\nVse pravice pridržane.\n"
                "Visos teisės saugomos.\nTurinį be raštiško sutikimo draudžiama kopijuoti.\nVisas tiesības aizsargātas.\n"
                "Kõik õigused kaitstud.\nBản quyền thuộc về Báo Địa Phương.\nHak cipta dilindungi undang-undang.",
                removed=("جميع الحقوق محفوظة لأخبار المدينة", "כל הזכויות שמורות לחדשות העמק", "کلیه حقوق این سایت محفوظ است.",
                         "Всички права запазени.", "Sva prava pridržana.", "Vse pravice pridržane.", "Visos teisės saugomos.",
                         "Turinį be raštiško sutikimo draudžiama kopijuoti.", "Visas tiesības aizsargātas.", "Kõik õigused kaitstud.",
                         "Bản quyền thuộc về Báo Địa Phương.", "Hak cipta dilindungi undang-undang.")),
        Example("Teismas nusprendė, kad nuotraukos teisės priklauso agentūrai.\nHak cipta lagu itu dipegang oleh penciptanya.\n"
                "Bản quyền hình ảnh là vấn đề được nhiều người quan tâm."),
        Example("Soud rozhodl, že práva k fotografii patří agentuře.\nRätten till bilden tillhör byrån, slog domstolen fast.\n"
                "Mahkeme, fotoğrafın haklarının ajansa ait olduğuna karar verdi.\n裁判所は写真の権利が通信社にあると判断した。"),
        Example("The vote is on Thursday.\n© 2024 Example Media Ltd. All rights reserved.\n"
                "This material may not be published, broadcast, rewritten or redistributed.",
                removed=("© 2024 Example Media Ltd. All rights reserved.",
                         "This material may not be published, broadcast, rewritten or redistributed.")),
        Example("Our articles are licensed under Creative Commons (CC BY-SA 4.0).\nThe mayor spoke.",
                removed=("Our articles are licensed under Creative Commons (CC BY-SA 4.0).",)),
        Example("The mayor spoke.\nDieser Text steht unter der Lizenz CC-BY-NC-ND-4.0.",
                removed=("Dieser Text steht unter der Lizenz CC-BY-NC-ND-4.0.",)),
        Example("Der Rat tagte.\nBeispiel Verlag, alle Rechte vorbehalten\nExemple Presse, tous droits réservés\n"
                "Todos los derechos reservados\nRiproduzione riservata\nTodos os direitos reservados\n"
                "Alle rechten voorbehouden\nWszelkie prawa zastrzeżone",
                removed=("Beispiel Verlag, alle Rechte vorbehalten", "Exemple Presse, tous droits réservés",
                         "Todos los derechos reservados", "Riproduzione riservata", "Todos os direitos reservados",
                         "Alle rechten voorbehouden", "Wszelkie prawa zastrzeżone")),
        Example("Совет собрался.\nВсе права защищены.\nПри копировании материалов ссылка на сайт обязательна.",
                removed=("Все права защищены.", "При копировании материалов ссылка на сайт обязательна.")),
        Example("Совет собрался.\nПри перепечатке ссылка на «Вести Приозерья» обязательна.",
                removed=("При перепечатке ссылка на «Вести Приозерья» обязательна.",)),
        Example("Совет собрался.\nПри цитировании депутат сослался на закон, и ссылка на него была обязательна, сказал он."),
        Example("施工将于春季开始。\n版权所有 © 示例新闻网\n未经授权，不得转载。",
                removed=("版权所有 © 示例新闻网", "未经授权，不得转载。")),
        Example("The court ruled that the copyright of the photograph belonged to the agency, not the photographer."),
        Example("The vote is on Thursday.\nIMPRINT | PRIVACY | COPYRIGHT JO LEE | A SMALL STUDIO PROJECT\n"
                "Impressum · Datenschutz · © 2024 Beispiel Verlag",
                removed=("IMPRINT | PRIVACY | COPYRIGHT JO LEE | A SMALL STUDIO PROJECT",
                         "Impressum · Datenschutz · © 2024 Beispiel Verlag")),
        Example("Prices | Results | The copyright question: who owns the photo?\nThe band (c) 1975 recorded the album live."),
        Example("The vote is on Thursday.\nThe copying, republication or redistribution of Example News content, including by "
                "framing or similar means, is expressly prohibited without the prior written consent of Example News.",
                removed=("The copying, republication or redistribution of Example News content, including by framing or "
                         "similar means, is expressly prohibited without the prior written consent of Example News.",)),
        Example("The vote is on Thursday.\nProudly powered by WordPress\nCreate a free website or blog at WordPress.com.\n"
                "Erstelle kostenlos eine Website oder einen Blog auf WordPress.com.\nBetrieben von WordPress | Theme: Example\n"
                "Propulsé par WordPress\nCreado con WordPress",
                removed=("Proudly powered by WordPress", "Create a free website or blog at WordPress.com.",
                         "Erstelle kostenlos eine Website oder einen Blog auf WordPress.com.",
                         "Betrieben von WordPress | Theme: Example", "Propulsé par WordPress", "Creado con WordPress")),
        Example("A quarter of the web's sites run on WordPress, powered by volunteers and a few large companies.\n"
                "Die Seite wird seit Jahren mit WordPress betrieben, sagte der Verein."),
        Example("Der Rat tagte.\nNachdruck und Weiterverbreitung nur mit schriftlicher Genehmigung des Verlags.\n"
                "Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.\n"
                "Toute reproduction, même partielle, est interdite sans l'autorisation de l'éditeur.",
                removed=("Nachdruck und Weiterverbreitung nur mit schriftlicher Genehmigung des Verlags.",
                         "Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.",
                         "Toute reproduction, même partielle, est interdite sans l'autorisation de l'éditeur.")),
        # Licence notes in each language.
        Example("Der Rat tagte.\nDieses Werk ist lizenziert unter einer Creative Commons Namensnennung 4.0 International Lizenz.\n"
                "Ce texte est publié sous licence Creative Commons BY-SA.\nEste artículo se publica bajo una licencia Creative Commons.\n"
                "Tekst dostępny na licencji Creative Commons.\n"
                "Erstelle kostenlos eine Website oder ein Blog auf WordPress.com.",
                removed=("Dieses Werk ist lizenziert unter einer Creative Commons Namensnennung 4.0 International Lizenz.",
                         "Ce texte est publié sous licence Creative Commons BY-SA.",
                         "Este artículo se publica bajo una licencia Creative Commons.",
                         "Tekst dostępny na licencji Creative Commons.",
                         "Erstelle kostenlos eine Website oder ein Blog auf WordPress.com.")),
        Example("Creative Commons, a charity, was founded in 2001 in California.\n"
                "Die Organisation Creative Commons wurde 2001 gegründet.\n"
                "Viele Blogs wurden wegen Lizenzverletzungen bei Creative-Commons-Bildern abgemahnt."),
        Example("Das Gericht entschied, dass die Rechte an dem Foto bei der Agentur liegen.\n"
                "Le tribunal a jugé que les droits de la photo appartenaient à l'agence."),
    ],
)

machine_translation = pattern_detector(
    "machine-translation",
    """Notices that the page is an automatic translation: about the page,
    not part of the story.""",
    max_words="machine_translation_max_words",
    branches={
        "en": [
            r"\b(automatically|machine|auto)[- ]?(generated|translated)\b",
            r"\b(generated|translated) (automatically|by (the )?(ai|a machine|machine|google|deepl|artificial intelligence))\b",
            r"\btranslat\w+ .{0,40}\b(may|might|could) (still )?(contain|have|be) .{0,20}(inaccura|error|mistake)",
            r"\bversions? (are|is) .{0,30}(generated|translated)\b",
            r"\bthis (article|text|story|page) (was|has been|is) (machine[- ])?translated\b",
            # The tool named after the verb: "translated with the help of an automated tool", "using machine translation".
            r"\btranslated (with the (help|aid) of|with|using|by means of) (an? )?(automated|automatic|machine|ai)\b",
        ],
        # "This article was written automatically from the police report": made by a machine, each language.
        "de": [(r"^(dieser|der) (artikel|text|beitrag) (wurde|ist) (automatisch|maschinell|mit(hilfe)? (von )?(ki|künstlicher"
                r" intelligenz))\b.{0,80}\b(erstellt|generiert|übersetzt|übernommen|importiert)\b")],
        "fr": [(r"^(cet article|ce texte|cette dépêche) a été (généré|généré|traduit|rédigé|produit|créé)e? (automatiquement|par (une )?"
                r"(ia|intelligence artificielle|traduction automatique))\b")],
        "es": [(r"^(este artículo|este texto|esta noticia) (fue|ha sido) (generad[oa]|traducid[oa]|redactad[oa]|elaborad[oa])"
                r" (automáticamente|por (una )?(ia|inteligencia artificial)|con traducción automática)\b")],
        "it": [(r"^(questo articolo|questo testo|questa notizia) è stat[oa] (generat[oa]|tradott[oa]|redatt[oa]|scritt[oa])"
                r" (automaticamente|dall'ia|con l'intelligenza artificiale)\b")],
        "pt": [(r"^(este artigo|este texto|esta notícia) foi (gerad[oa]|traduzid[oa]|redigid[oa]|escrit[oa])"
                r" (automaticamente|por (uma )?(ia|inteligência artificial))\b")],
        "nl": [(r"^(dit artikel|deze tekst|dit bericht) is automatisch (gegenereerd|vertaald|gemaakt|geschreven|aangemaakt)\b")],
        "pl": [(r"^(ten )?(artykuł|tekst) (został )?(automatycznie )?(wygenerowany|przetłumaczony|utworzony|napisany)"
                r" (automatycznie|maszynowo|przez (sztuczną inteligencję|ai))\b")],
        "cs": [r"^(tento )?(článek|text) (byl )?(automaticky|strojově) (vygenerován|vytvořen|přeložen)\b"],
        "sv": [r"^(artikeln|texten|den här artikeln) (är|har) (automatiskt|maskinellt) (genererad|översatt|skapad|skriven)\b"],
        "da": [r"^(denne |den )?(artikel|artiklen|tekst|teksten) er (automatisk|maskinelt) (oversat|genereret|skrevet)\b"],
        "no": [r"^(denne |den )?(artikkel|artikkelen|tekst|teksten) er (automatisk|maskinelt) (oversatt|generert|skrevet)\b"],
        "fi": [(r"^(tämä )?(artikkeli|teksti|juttu) on (käännetty|tuotettu|luotu|kirjoitettu) (automaattisesti|koneellisesti"
                r"|tekoälyn avulla)\b")],
        "hu": [(r"^(ez a |a )?(cikk|szöveg) (automatikusan|gépi fordítással|mesterséges intelligencia segítségével)"
                r" (készült|generált|lett lefordítva)\b")],
        "ro": [r"^(acest )?(articol|text) (a fost )?(tradus|generat|redactat) (automat|cu ajutorul (ai|ia|inteligenței artificiale))\b"],
        "ru": [(r"^(эта |данная )?(статья|текст|новость) (был[аи]? )?(автоматически )?(переведен[аы]?|переведён|сгенерирован[аы]?"
                r"|создан[аы]?|написан[аы]?) (автоматически|машинным переводом|с помощью (ии|искусственного интеллекта|нейросети))\b")],
        "uk": [(r"^(ця )?(стаття|текст|новина) (була |був )?(автоматично )?(перекладен[аои]|перекладений|згенерован[аои]"
                r"|згенерований|створен[аои]|створений) (автоматично|машинним перекладом|за допомогою (ші|штучного інтелекту))\b")],
        "tr": [(r"^(bu )?(haber|makale|metin|içerik|yazı) (yapay zek[aâ] (ile|tarafından|desteğiyle)|otomatik olarak|makine"
                r" çevirisiyle) (çevrilmiştir|oluşturulmuştur|üretilmiştir|hazırlanmıştır)")],
        "el": [(r"^(αυτό το |το )?(άρθρο|κείμενο) (έχει )?(μεταφραστεί|μεταφράστηκε|δημιουργήθηκε|παράχθηκε) (αυτόματα|μηχανικά"
                r"|με τη βοήθεια (της )?τεχνητής νοημοσύνης)")],
        "id": [(r"^(artikel|teks|berita|konten) ini (diterjemahkan|dibuat|dihasilkan|ditulis) (secara otomatis|oleh (ai|kecerdasan"
                r" buatan|mesin)|dengan (bantuan )?(ai|kecerdasan buatan|mesin penerjemah))\b")],
        "vi": [r"^(bài viết|nội dung|bài báo|bản tin) (này )?(được )?(dịch|tạo|viết) (tự động|bằng máy|bởi ai|bằng ai|bởi trí tuệ nhân tạo)\b"],
        "ar": [r"^(تمت|تم) (ترجمة|إنشاء|كتابة) (هذا|هذه) (المقال|النص|المادة|الخبر) (آليا|آلياً|تلقائيا|تلقائياً|بواسطة الذكاء الاصطناعي)",
               r"^(هذا|هذه) (المقال|النص|المادة) (مترجم|مترجمة) (آليا|آلياً)"],
        "ja": [r"^(この記事|本記事|この文章|このページ)は.{0,30}(機械翻訳|自動翻訳|自動生成|自動で(作成|翻訳))"],
        "ko": [r"^(이 )?(기사|글|콘텐츠)(는|은) .{0,30}(자동 ?번역|기계 ?번역|자동 ?생성|ai가 (작성|생성)|ai로 (작성|생성|번역))"],
        "zh": [r"^(本文|此文|本页|本頁|本文章)\S{0,15}(机器翻译|機器翻譯|自动翻译|自動翻譯|自动生成|自動生成|ai生成|人工智能生成|人工智慧生成)"],
    },
    examples=[
        Example("Rain is expected.\nThis article was machine translated from German. It may contain errors.",
                removed=("This article was machine translated from German. It may contain errors.",)),
        Example("Le texte a été traduit.\nThe Spanish and French versions are automatically generated by AI, so there "
                "may be inaccuracies.",
                removed=(("The Spanish and French versions are automatically generated by AI, so there may be "
                         "inaccuracies."),)),
        Example("Rain is expected.\nThis story first ran in Dutch in our partner paper and was translated with the help of "
                "an automated tool.",
                removed=("This story first ran in Dutch in our partner paper and was translated with the help of an "
                         "automated tool.",)),
        Example("Researchers said machine translation has improved sharply, though human translators remain better at idiom.\n"
                "The letters were translated with the help of a retired teacher from the village."),
        # The notice that a machine wrote or translated the page, in each language.
        Example("Der Unfall ereignete sich am Morgen.\nDieser Text wurde automatisch aus einer Meldung der Polizei erstellt.\n"
                "Cet article a été généré automatiquement à partir d'un communiqué.\n"
                "Este artículo fue redactado automáticamente con datos oficiales.\n"
                "Questo articolo è stato tradotto automaticamente.\nEste texto foi gerado automaticamente.\n"
                "Dit artikel is automatisch vertaald.\nArtykuł został wygenerowany automatycznie.\n"
                "Článek byl automaticky přeložen.\nArtikeln är automatiskt översatt.",
                removed=("Dieser Text wurde automatisch aus einer Meldung der Polizei erstellt.",
                         "Cet article a été généré automatiquement à partir d'un communiqué.",
                         "Este artículo fue redactado automáticamente con datos oficiales.",
                         "Questo articolo è stato tradotto automaticamente.", "Este texto foi gerado automaticamente.",
                         "Dit artikel is automatisch vertaald.", "Artykuł został wygenerowany automatycznie.",
                         "Článek byl automaticky přeložen.", "Artikeln är automatiskt översatt.")),
        Example("Der Artikel wurde automatisch an alle Abonnenten verschickt, sagte der Sprecher.\n"
                "Der Text wurde automatisch aus dem Archiv gelöscht."),
        # The same notice in languages the sets hardly have.
        Example("Совет собрался в четверг.\nЭта статья переведена автоматически.\nТекст створено за допомогою штучного інтелекту.\n"
                "Bu haber yapay zeka ile oluşturulmuştur.\nArtiklen er automatisk oversat fra engelsk.\n"
                "Artikkelen er maskinelt oversatt.\nTämä artikkeli on käännetty koneellisesti.\nA cikk gépi fordítással készült.\n"
                "Acest articol a fost tradus automat.\nΤο άρθρο έχει μεταφραστεί αυτόματα.\n"
                "Artikel ini diterjemahkan secara otomatis.\nBài viết này được dịch tự động.\nتمت ترجمة هذا المقال آليا.\n"
                "この記事は機械翻訳を使用しています。\n이 기사는 AI로 번역되었습니다.\n本文由机器翻译生成。",
                removed=("Эта статья переведена автоматически.", "Текст створено за допомогою штучного інтелекту.",
                         "Bu haber yapay zeka ile oluşturulmuştur.",
                         "Artiklen er automatisk oversat fra engelsk.", "Artikkelen er maskinelt oversatt.",
                         "Tämä artikkeli on käännetty koneellisesti.", "A cikk gépi fordítással készült.",
                         "Acest articol a fost tradus automat.", "Το άρθρο έχει μεταφραστεί αυτόματα.",
                         "Artikel ini diterjemahkan secara otomatis.", "Bài viết này được dịch tự động.",
                         "تمت ترجمة هذا المقال آليا.", "この記事は機械翻訳を使用しています。", "이 기사는 AI로 번역되었습니다.",
                         "本文由机器翻译生成。")),
        # A story's sentence on machine translation stays.
        Example("Статья о машинном переводе вышла в журнале в мае.\nŞirket, makine çevirisi hizmetini genişletti.\n"
                "Artiklen om automatisk oversættelse vakte debat.\nA gépi fordítás minősége sokat javult az elmúlt években.\n"
                "Perusahaan itu meluncurkan layanan penerjemahan otomatis pada hari Senin.\n"
                "Công ty ra mắt dịch vụ dịch tự động vào thứ Hai.\nأطلقت الشركة خدمة للترجمة الآلية يوم الاثنين.\n"
                "同社は機械翻訳の新サービスを発表した。\n该公司周一推出了机器翻译服务。"),
    ],
)

affiliate_disclosure = pattern_detector(
    "affiliate-disclosure",
    """Affiliate and commission disclosures ("we may earn a commission"):
    legal small print about the page, not the story.""",
    roles={Role.CHROME},
    max_words="affiliate_max_words",
    branches={
        "en": [
            (r"\b(may|might|could|will) (earn|get|receive|collect) (a )?(small |share of )?(commission|share of the sale"
            r"|affiliate)"),
            r"\b(may|might|could|will) (earn|get|receive|collect) an affiliate (commission|fee|payment)\b",
            r"\bamazon services llc associates program\b",
            # "We may receive compensation for some of the links in our stories": the site, not a court's award.
            r"\bwe (may|might|could|will|often) (earn|get|receive|collect) (a )?(small )?compensation\b",
            r"\b(affiliate|partner) (links?|commissions?|advertising program)\b.{0,80}\b(earn|commission|compensat|paid)",
            r"\b(if|when) you (buy|purchase|click) (something|a product|through)\b.{0,80}\b(commission|share|earn)",
            # The page saying what it holds, at a line's start: "This post may contain affiliate links."
            (r"^(\W{0,3}(disclosure|note|please note)\s*:\s*)?(this|the|our) (post|article|page|story|guide|review|site)"
             r" (may )?(contains?|includes?|uses?) (affiliate|sponsored|paid) links\b"),
            # A deals post's note on its prices: "Prices correct at the time of publication."
            r"^(all )?prices (were |are )?(correct|accurate|valid|current) (at|as of) (the )?time of (publication|publishing|writing)\b",
            # A mark on some links: "Links marked with an asterisk (*) are affiliate links."
            r"^\W{0,3}(links|products) (marked|labell?ed) with (an? )?(asterisk|\*|star)\b.{0,20}\b(are|is) (affiliate|sponsored)",
        ],
        "de": [r"\b(erhalten|bekommen) wir\b.{0,40}\b(provision|vergütung)\b",
               r"^(alle )?preise (sind )?(stand|zum zeitpunkt der (veröffentlichung|erstellung))\b",
               # A note under a review's shop links: "*Affiliate-Link: Preise können sich seit der letzten
               # Aktualisierung geändert haben."
               r"^\W{0,3}(affiliate|provisions|partner)-?links?\s*:",
               r"^(alle )?preise (können|kann) sich seit (der letzten aktualisierung|dem letzten update)\b",
               r"\b(links|verlinkungen) (auf|in) (dieser seite|diesem artikel|diesem beitrag)\b.{0,60}\b(provision|vergütung)\b",
               r"\b(affiliate|provisions)-?links?\b.{0,80}\b(provision|vergütung)",
               # "Dieser Beitrag enthält Affiliate-Links / Werbung": the mark the law asks of a post.
               (r"^(\W{0,3}(hinweis|transparenz|offenlegung)\s*:\s*)?(dieser|der|unser) (beitrag|artikel|post|text|blogpost)"
                r" (kann |könnte )?(enthält|beinhaltet|enthalten) (unbeauftragte |unbezahlte |bezahlte )?(werbung|werbelinks"
                r"|affiliate-?links|provisionslinks|partnerlinks)\b.{0,80}$"),
               (r"^\W{0,3}(die )?(mit (einem )?(sternchen|\*)\s*(\(\*\)\s*)?(gekennzeichneten?|markierten?) links|links mit"
                r" (einem )?(sternchen|\*)) sind (sogenannte )?(affiliate|provisions|werbe|partner)-?links\b")],
        "fr": [r"\b(percevons|touchons|recevons|pouvons percevoir|pouvons toucher) une (petite )?commission\b",
               r"\bsi vous achetez (via|par|grâce à|en passant par) (ces|nos) liens\b.{0,80}\bcommission\b",
               (r"^(\W{0,3}(note|avertissement|transparence)\s*:\s*)?(cet article|ce billet|cette page|ce guide|cet? \w+)"
                r" (peut contenir|contient) des liens (affiliés|d'affiliation|sponsorisés|commerciaux)\b")],
        # Also the site naming itself as the one paid: "Diario X puede recibir una comisión por las compras...".
        "es": [(r"\b(puede|podría|pueden|podrían) (recibir|obtener|percibir|ganar|cobrar) una (pequeña )?comisión\b"
                r".{0,60}\b(enlaces?|links?|compras)\b"),
               r"\b(los )?(enlaces|links) (de|en) (este|esta) (artículo|página|post|entrada|guía) son (enlaces )?(de )?afiliad",
               r"\b(recibimos|podemos recibir|recibiremos|obtenemos) una (pequeña )?comisión\b",
               # "Si compras a través de estos enlaces, X recibe una comisión": the site's own links, whoever is paid.
               r"\bsi compras? (algo )?(a través de|mediante|desde|con) (estos|nuestros) (enlaces|links)\b.{0,80}\bcomisión\b",
               (r"^(\W{0,3}(nota|aviso)\s*:\s*)?(este artículo|esta entrada|este post|esta página|esta guía)"
                r" (puede contener|contiene|incluye) enlaces (de afiliados?|de afiliación|afiliados|patrocinados)\b")],
        "it": [(r"\b(può|potrebbe|possono|potrebbero) (ricevere|percepire|guadagnare|ottenere) una (piccola )?commissione\b"
                r".{0,60}\b(link|acquisti)\b"),
               r"\b(riceviamo|potremmo ricevere|percepiamo) una (piccola )?commissione\b",
               r"\bse acquist(i|ate) (tramite|attraverso|da) (questi|i nostri) link\b.{0,80}\bcommissione\b",
               (r"^(\W{0,3}(nota|avviso)\s*:\s*)?(questo articolo|questo post|questa pagina|questa guida|quest'articolo)"
                r" (può contenere|contiene|include) (dei )?link (di affiliazione|affiliati|sponsorizzati)\b")],
        "pt": [r"\b(pode|poderá|podem) (receber|ganhar|obter) uma (pequena )?comissão\b.{0,60}\b(links?|ligações|compras)\b",
               r"\b(recebemos|podemos receber|poderemos receber) uma (pequena )?comissão\b",
               (r"^(\W{0,3}(nota|aviso)\s*:\s*)?(este artigo|este post|esta página|este guia|esta publicação)"
                r" (pode conter|contém|inclui) (links|ligações) (de afiliados?|afiliados|patrocinados)\b")],
        "nl": [r"\b(ontvangen|krijgen) (wij|we) (mogelijk )?(een )?(kleine )?(commissie|vergoeding)\b",
               (r"^(\W{0,3}(let op|disclaimer)\s*:\s*)?(dit artikel|deze blog|dit bericht|deze pagina|deze post)"
                r" (kan )?(bevat|bevatten) (affiliate ?links|affiliatelinks|gesponsorde links)\b")],
        "pl": [r"\b(otrzymujemy|możemy otrzymać) (niewielką )?prowizję\b",
               r"^ceny (są )?aktualne (w chwili|w momencie|na dzień) (publikacji|pisania)\b",
               (r"^(\W{0,3}(uwaga|informacja)\s*:\s*)?(ten artykuł|ten wpis|ten tekst|ta strona|ten poradnik)"
                r" (może zawierać|zawiera) linki (afiliacyjne|partnerskie|sponsorowane|reklamowe)\b")],
        "cs": [r"\b(můžeme získat|získáváme|dostáváme|obdržíme) (malou )?provizi\b",
               (r"^(tento článek|tento příspěvek|tato stránka|tento návod) (může obsahovat|obsahuje)"
                r" (affiliate|partnerské|provizní|sponzorované) odkazy\b")],
        "sv": [r"\bvi (kan )?(få|får|erhålla|erhåller|tjäna|tjänar) (en )?(liten )?(provision|ersättning)\b.{0,60}\b(köp|köper|handlar|länk)",
               (r"^(artikeln|inlägget|den här artikeln|det här inlägget|sidan) (kan )?(innehålla|innehåller)"
                r" (affiliatelänkar|affiliate-länkar|annonslänkar|reklamlänkar|sponsrade länkar)\b")],
        # The site's commission, in its own voice ("we may earn", "we receive"): a firm's fee in a story is a third party's.
        "da": [r"\bvi (kan )?(modtage|modtager|tjene|tjener|få|får) (en )?(lille )?(kommission|provision)\b"],
        "no": [r"\bvi (kan )?(motta|mottar|tjene|tjener|få|får) (en )?(liten )?(provisjon|kommisjon)\b"],
        "fi": [r"\b(saatamme|saamme) (pienen )?(komission|palkkion|provision)\b"],
        "hu": [r"\b(kis )?jutalékot (kaphatunk|kapunk)\b"],
        "ro": [r"\b(putem primi|primim|am putea primi) (un )?(mic )?comision\b"],
        "ru": [r"\bмы (можем )?получ(аем|ить|ать) (небольшую )?(комиссию|вознаграждение)\b"],
        "uk": [r"\bми (можемо )?отрим(уємо|ати|увати) (невелику )?(комісію|винагороду)\b"],
        "tr": [r"\b(küçük bir )?komisyon (kazanabiliriz|alabiliriz|kazanıyoruz|alıyoruz)\b"],
        "el": [r"\b(ενδέχεται να|μπορεί να) λάβουμε (μια )?(μικρή )?προμήθεια\b"],
        "id": [r"\bkami (mungkin |dapat )?(mendapat|mendapatkan|menerima) (sedikit |sebagian )?komisi\b"],
        "vi": [r"\bchúng tôi (có thể )?(nhận được|nhận|kiếm được) (một khoản )?(tiền )?hoa hồng\b"],
        "ar": [r"(قد )?(نحصل|نتلقى) على عمولة"],
        # Japan's and Korea's marks of a page's paid links, which the law asks for: "This page uses affiliate
        # advertising", "as part of Coupang Partners' activity, a commission is paid". A note's mark ("※") may open it.
        "ja": [r"(アフィリエイト広告|アフィリエイトプログラム)を(利用|使用)",
               r"^(※\s*)?(本|この)(ページ|記事|サイト)(は|には|では)(広告|プロモーション|アフィリエイト広告)(が|を)(含|利用)"],
        "ko": [r"쿠팡 ?파트너스 활동의 일환으로", r"(일정액의|소정의) 수수료를 (제공받|지급받)"],
        # "本站可能獲得分潤": this site may earn a share (of the sale), simplified or traditional.
        "zh": [r"本站(可能|将|將|会|會)?(获得|獲得|赚取|賺取|收取)(分润|分潤|佣金|回馈|回饋)"],
    },
    examples=[
        Example("The headphones cost $199.\nIf you buy something through this post, we may get a share of the sale.\n"
                "Disclosure: Example Media may earn a commission from products featured on this page.",
                removed=("If you buy something through this post, we may get a share of the sale.",
                         "Disclosure: Example Media may earn a commission from products featured on this page.")),
        Example("Retailers pay affiliate sites a commission on each sale, a model regulators are now studying."),
        Example("The best tents of the year.\nAdvertising disclosure: We may receive compensation for some of the links in our stories.",
                removed=("Advertising disclosure: We may receive compensation for some of the links in our stories.",)),
        Example("Families of the victims may receive compensation from the state, the minister said on Monday."),
        Example("Der Grill kostet 300 Euro.\nFür Links auf dieser Seite erhalten wir ggf. eine Provision vom Händler.\n"
                "Si vous achetez via nos liens, nous percevons une petite commission.\n"
                "Si compras a través de estos enlaces, recibimos una comisión.",
                removed=("Für Links auf dieser Seite erhalten wir ggf. eine Provision vom Händler.",
                         "Si vous achetez via nos liens, nous percevons une petite commission.",
                         "Si compras a través de estos enlaces, recibimos una comisión.")),
        # A deals post's note on its prices; a story's sentence on prices stays.
        Example("The kettle is down to £19.\nPrices correct at the time of publication.\n"
                "Preise Stand 12.03.2024, inkl. MwSt.\nCeny aktualne w chwili publikacji. Linki prowadzą do sklepu.",
                removed=("Prices correct at the time of publication.", "Preise Stand 12.03.2024, inkl. MwSt.",
                         "Ceny aktualne w chwili publikacji. Linki prowadzą do sklepu.")),
        Example("Prices were higher at the time of the last election, the minister said."),
        Example("Der Makler erhält eine Provision von drei Prozent, bestätigte das Gericht."),
        # A review's note under its shop links; a sentence on prices rising stays.
        Example("Der Sauger kostet 349 Euro.\n*Affiliate-Link: Preise können sich seit der letzten Aktualisierung "
                "geändert haben.\nPreise können sich seit der letzten Aktualisierung geändert haben.\n"
                "Die Preise können sich seit der letzten Erhöhung nur wenige leisten, klagen die Mieter.",
                removed=("*Affiliate-Link: Preise können sich seit der letzten Aktualisierung geändert haben.",
                         "Preise können sich seit der letzten Aktualisierung geändert haben.")),
        # The page's own mark of its links, in the languages of the tables; the words in a story's sentence stay.
        Example("The tents were tested in May.\nThis guide may contain affiliate links.\n"
                "Links marked with an asterisk (*) are affiliate links.\nDieser Beitrag enthält Affiliate-Links.\n"
                "Hinweis: Der Artikel enthält Werbung.\nMit Sternchen (*) gekennzeichnete Links sind Affiliate-Links.\n"
                "Cet article peut contenir des liens affiliés.\nEsta guía contiene enlaces de afiliados.\n"
                "Questo articolo contiene link di affiliazione.\nEste artigo pode conter links de afiliados.\n"
                "Deze blog bevat affiliate links.\nTen wpis zawiera linki afiliacyjne.\n"
                "Tento článek obsahuje affiliate odkazy.\nInlägget innehåller affiliatelänkar.\n"
                "Vi kan få provision om du handlar via länkarna.",
                removed=("This guide may contain affiliate links.", "Links marked with an asterisk (*) are affiliate links.",
                         "Dieser Beitrag enthält Affiliate-Links.", "Hinweis: Der Artikel enthält Werbung.",
                         "Mit Sternchen (*) gekennzeichnete Links sind Affiliate-Links.",
                         "Cet article peut contenir des liens affiliés.", "Esta guía contiene enlaces de afiliados.",
                         "Questo articolo contiene link di affiliazione.", "Este artigo pode conter links de afiliados.",
                         "Deze blog bevat affiliate links.", "Ten wpis zawiera linki afiliacyjne.",
                         "Tento článek obsahuje affiliate odkazy.", "Inlägget innehåller affiliatelänkar.",
                         "Vi kan få provision om du handlar via länkarna.")),
        # The site's own links as the condition of the commission, whoever is named as paid; a bank's links stay.
        Example("Los precios bajan.\nSi compras a través de estos enlaces, Librería Norte recibe una pequeña comisión.\n"
                "Si vous achetez via ces liens, la Revue du Livre touche une commission.\n"
                "Se acquisti tramite questi link, Guida Verde riceve una piccola commissione.\n購買連結（本站可能獲得分潤）",
                removed=("Si compras a través de estos enlaces, Librería Norte recibe una pequeña comisión.",
                         "Si vous achetez via ces liens, la Revue du Livre touche une commission.",
                         "Se acquisti tramite questi link, Guida Verde riceve una piccola commissione.",
                         "購買連結（本站可能獲得分潤）")),
        Example("Si compras a través de los enlaces del banco, la comisión es menor, explicó el ministro el lunes."),
        # A site that names itself as the one paid, in Spanish, Italian and Portuguese; a contract's commission stays.
        Example("El precio baja un tercio.\nEl Diario Sur puede recibir una comisión por las compras hechas desde sus enlaces.\n"
                "Algunos de los enlaces de esta guía son de afiliados.\n"
                "Il Corriere Verde potrebbe ricevere una commissione sugli acquisti fatti tramite i link.\n"
                "A Revista Lar pode receber uma comissão pelas compras feitas através dos links.",
                removed=("El Diario Sur puede recibir una comisión por las compras hechas desde sus enlaces.",
                         "Algunos de los enlaces de esta guía son de afiliados.",
                         "Il Corriere Verde potrebbe ricevere una commissione sugli acquisti fatti tramite i link.",
                         "A Revista Lar pode receber uma comissão pelas compras feitas através dos links.")),
        Example("El agente puede recibir una comisión del tres por ciento, según el contrato.\n"
                "L'agente può ricevere una commissione del due per cento, dice il contratto."),
        Example("Many blogs contain affiliate links, and regulators want them marked, the study found.\n"
                "Laut Gutachten enthält der Beitrag Werbung für ein Medikament, die nicht gekennzeichnet war.\n"
                "Selon l'enquête, la moitié des influenceurs publient des liens affiliés sans le dire.\n"
                "Veel websites bevatten affiliate links, zegt de toezichthouder.\n"
                "Mäklaren får provision när huset säljs, sa hon."),
        # The same in languages the sets hardly have; a story's commission (a broker's, a bank's) stays.
        Example("The tents were tested in May.\nVi kan modtage en kommission, hvis du køber via linkene.\n"
                "Vi kan få provisjon når du handler via lenkene våre.\nSaatamme pienen palkkion linkkien kautta tehdyistä ostoksista.\n"
                "Az oldalon található linkek után jutalékot kaphatunk.\nPutem primi un comision pentru achizițiile prin linkuri.\n"
                "Если вы купите товар по ссылке, мы можем получить комиссию.\nЯкщо ви купите товар, ми можемо отримати комісію.\n"
                "Bağlantılar üzerinden yapılan alışverişlerden komisyon kazanabiliriz.\n"
                "Ενδέχεται να λάβουμε προμήθεια από αγορές μέσω συνδέσμων.\nKami mungkin mendapat komisi dari pembelian melalui tautan.\n"
                "Chúng tôi có thể nhận được hoa hồng từ các liên kết.\nقد نحصل على عمولة عند الشراء عبر الروابط.\n"
                "本ページはアフィリエイト広告を利用しています。\n이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.",
                removed=("Vi kan modtage en kommission, hvis du køber via linkene.",
                         "Vi kan få provisjon når du handler via lenkene våre.",
                         "Saatamme pienen palkkion linkkien kautta tehdyistä ostoksista.",
                         "Az oldalon található linkek után jutalékot kaphatunk.",
                         "Putem primi un comision pentru achizițiile prin linkuri.",
                         "Если вы купите товар по ссылке, мы можем получить комиссию.",
                         "Якщо ви купите товар, ми можемо отримати комісію.",
                         "Bağlantılar üzerinden yapılan alışverişlerden komisyon kazanabiliriz.",
                         "Ενδέχεται να λάβουμε προμήθεια από αγορές μέσω συνδέσμων.",
                         "Kami mungkin mendapat komisi dari pembelian melalui tautan.",
                         "Chúng tôi có thể nhận được hoa hồng từ các liên kết.", "قد نحصل على عمولة عند الشراء عبر الروابط.",
                         "本ページはアフィリエイト広告を利用しています。",
                         "이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.")),
        Example("Mægleren får en provision, når huset bliver solgt.\nBanken får provisjon på hvert lån, sier hun.\n"
                "Банки смогут получать комиссию за переводы, сообщил регулятор.\nAracı kurum her işlemden komisyon alıyor.\n"
                "Bank itu menerima komisi dari setiap transaksi, kata regulator.\n"
                "同社はアフィリエイト広告の規制強化を求めた。\n정부는 수수료 인하를 발표했다."),
    ],
)

# A sentence's subject that is no one's name: "This is a far cry from the coach reporters know."
_NOT_A_NAME = r"(?!(this|that|it|he|she|they|there|here|what|which|who|one|each|his|her|their|our|the|an?)\b)"
JOURNALIST = (
    r"(writer|reporter|journalist|editor|correspondent|columnist|contributor|author|critic|curator|producer|blogger)"
)
# One to four capitalised words, the subject of a bio's first sentence.
_NAME = r"(?-i:\p{Lu}[\p{L}.'-]+)( (?-i:\p{Lu}[\p{L}.'-]*)){0,3}"
# A first name and a family name at least: in the Slavic, Baltic and Finno-Ugric languages "X is ..." opens any
# sentence ("Policija je povedala, da je bil moški novinar"), a bio's opens with the writer's full name.
_FULL_NAME = r"(?-i:\p{Lu}[\p{L}.'-]+)( (?-i:\p{Lu}[\p{L}.'-]*)){1,3}"
# A credit closing a Chinese article, a label from ``{}`` and a name, maybe in brackets ("（审核：刘振华）"):
# the editors' and reviewers' labels, and those with the writers' and photographers'.
_ZH_CREDIT = r"\s*[\[【(（]?\s*({})\s*[:：/／]\s*\S{{1,12}}\s*[\]】)）]?"
_ZH_EDITOR_LABELS = "责任编辑|编辑|责编|責任編輯|編輯|責編|责任校对|校对|审核|审校|初审|复审|终审|签发|校對|審核"
_ZH_CREDIT_LABELS = f"{_ZH_EDITOR_LABELS}|撰稿|供稿|撰文|文字|文|摄影|攝影|图片|图"
AUTHOR_BIO = LinePattern(
    {
        "en": [
            # "Jane Doe is a freelance writer living in Leeds", "Ali Khan joined the paper in 2017".
            (rf"^{_NOT_A_NAME}(?-i:\p{{Lu}}[\p{{L}}.'-]+)( (?-i:\p{{Lu}}[\p{{L}}.'-]*)){{0,3}} (is|was|has been) (a|an|the|our)\b"
            rf".{{0,80}}\b{JOURNALIST}s?\b"),
            (rf"^{_NOT_A_NAME}(?-i:\p{{Lu}}[\p{{L}}.'-]+)( (?-i:\p{{Lu}}[\p{{L}}.'-]*)){{0,3}} joined .{{1,60}} in .{{0,120}}"
            rf"\b({JOURNALIST}s?|reporting|writing|covering) (on|about|for)\b"),
            r"^(?-i:\p{Lu}[\p{L}.'-]+)( (?-i:\p{Lu}[\p{L}.'-]*)){0,3},? (contributed|contributed reporting|also contributed)\b",
            r"^(additional reporting|reporting) by (?-i:\p{Lu})",
            # The tagline under a local story, the writer's beat for the outlet, which ends the sentence, and how
            # to reach them: "Dana Lee covers education for The Ledger.", "Reach her at dlee@example.com", "The
            # views expressed are her own." ("Medicare covers the cost for Americans over 65" is no tagline.)
            (rf"^{_NOT_A_NAME}{_FULL_NAME} (covers|writes about|reports on) .{{1,80}}\b(for|at) (the )?"
             r"(?-i:\p{Lu})[\w.'&-]*( (?-i:\p{Lu})[\w.'&-]*){0,3}\.(\s|$)"),
            r"^(reach|contact|e-?mail) (him|her|them) at \S*[@\d]",
            r"\b(the )?(views|opinions) expressed (here |in this (column|article|piece) )?are (his|her|their) own\b",
            # The wire's credits: "(Reporting by Jo Lee; Editing by Ali Khan)", "To contact the reporter on this story: ...",
            # "Associated Press writers ... contributed", "Some information for this report was provided by AFP".
            r"^\((additional )?(reporting|writing|editing) by (?-i:\p{Lu}).{0,150}\)$",
            r"^to contact the (reporters?|writers?|editors?|authors?)( responsible)?( (on|for|of) this (story|article|report))?\s*:",
            (r"^(the )?(associated press|ap|reuters|afp|bloomberg|press association)( staff)? (writers?|reporters?"
             r"|correspondents?)\b.{0,150}\bcontributed( reporting)?( (to|for) this (report|story|article))?\.?$"),
            r"^(some )?(information|material|reporting)( for this (report|story|article))? (was )?(provided|contributed) by\b",
            r"^\(?this (news )?(article|story|report) (was )?(provided|supplied|distributed) by\b.{0,80}$",
            r"^biography\b.{0,60}$",
            # A blog's sidebar introducing its writer: "Hi there! I'm Regan.", "My name is Regan and I live...".
            r"^(hi|hello|hey)( there| everyone)?[!,.]* i'?m (?-i:\p{Lu})",
            r"\bmy name is (?-i:\p{Lu})\w+ and i\b",
            # "Email Jane Doe at jdoe@example.com or follow her @jdoe", "Write to Ali Khan at ...".
            r"^(e-?mail|write to|contact|follow) (?-i:\p{Lu})[\p{L}.'-]*( (?-i:\p{Lu})[\p{L}.'-]*){0,3} (at|on|via) \S*[@.]\w",
            r"^follow (?-i:\p{Lu})[\p{L}.'-]*( (?-i:\p{Lu})[\p{L}.'-]*){0,3} on (bluesky|x|twitter|threads|mastodon|instagram|linkedin)\b",
            # An opinion page's note that the views are the writer's: "The views expressed ... are those of the author".
            r"\b(views|opinions) expressed\b.{0,120}\b(are|is) (those|that) of the (authors?|writers?|contributors?)\b",
            r"\b(views|opinions) expressed\b.{0,120}\bdo(es)? not necessarily (reflect|represent)\b",
        ],
        "any": [r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$"],
        "de": [r"\b(gibt|geben|spiegelt|spiegeln) (nicht|nicht unbedingt|nicht zwingend|nicht notwendigerweise) die (meinung|ansicht|haltung|position) der redaktion\b",
               r"\bmeinung (des autors|der autorin|der autoren)\b.{0,40}\b(muss|müssen) nicht\b.{0,40}\bredaktion\b",
               # "Kommentare geben die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion".
               (r"\bmeinung (des autors|der autorin|der autoren|des verfassers|der verfasserin)\b.{0,20}\bnicht"
                r" (unbedingt |notwendigerweise |zwingend )?die der redaktion\b"),
               r"^zur person\s*:?$",
               # "Jana Beispiel ist Redakteurin im Ressort Politik", "Max Muster schreibt seit 2010 als freier Autor".
               (rf"^{_NAME} (ist|war|arbeitet(e)? (als|seit)|schreibt (als|seit|für|über)) .{{0,60}}\b(redakteur|redakteurin"
                r"|journalist|journalistin|autor|autorin|korrespondent|korrespondentin|kolumnist|kolumnistin|reporter"
                r"|reporterin|volontär|volontärin|chefredakteur|chefredakteurin)\b")],
        "fr": [r"\bn'engagent? que (son|sa|leurs?|ses) (auteure?s?|autrices?|signataires?)\b",
               (rf"^{_NAME} est (un |une |le |la )?.{{0,60}}\b(journaliste|rédacteur|rédactrice|chroniqueur|chroniqueuse"
                r"|correspondant|correspondante|reporter)\b")],
        "es": [r"\b(opiniones|puntos de vista) (expresad[oa]s|vertid[oa]s)\b.{0,120}\b(autor|autora|autores|firmantes)\b",
               (rf"^{_NAME} es .{{0,60}}\b(periodista|redactor|redactora|columnista|corresponsal|reportero|reportera)\b")],
        "it": [r"\b(opinioni|punti di vista) espress[ie]\b.{0,120}\b(autore|autrice|autori)\b",
               rf"^{_NAME} è .{{0,60}}\b(giornalista|redattore|redattrice|editorialista|corrispondente|inviato|inviata)\b"],
        "pt": [r"\b(opiniões|pontos de vista) expressos?\b.{0,120}\b(autor|autora|autores)\b",
               rf"^{_NAME} é .{{0,60}}\b(jornalista|redator|redatora|colunista|correspondente|repórter)\b"],
        "nl": [r"\b(meningen|standpunten|opvattingen)\b.{0,60}\b(zijn die van|komen voor rekening van|geven niet noodzakelijk)\b.{0,40}\b(auteur|schrijver|redactie)\b",
               rf"^{_NAME} is .{{0,60}}\b(journalist|redacteur|redactrice|verslaggever|verslaggeefster|columnist|correspondent)\b"],
        "pl": [r"\bopinie (wyrażone|zawarte) w (tekście|artykule|felietonie|komentarzu)\b.{0,80}\bautor(a|ki|ów)\b",
               (rf"^{_NAME} (jest|był|była) .{{0,60}}\b(dziennikarzem|dziennikarką|redaktorem|redaktorką|publicystą|publicystką"
                r"|korespondentem|korespondentką|reporterem|reporterką)\b")],
        # The editor's credit that closes a Chinese article: "（责任编辑：王小明）".
        # ... and the note that the views are the writer's, as "The views expressed are those of the author".
        # ... and the reporters' credit in brackets under the story: "（本报记者 王晓梅 通讯员 张强）".
        # ... behind the portal's mistake-report link ("【纠错】 【责任编辑：王小明】"), with the proof-reader's and
        # reviewer's credits after it ("编辑：李华 校对：张强"), or in traditional characters ("（編輯：陳怡君）").
        # ... or in another order, the writer's and photographer's credits among them, an editor's or a reviewer's
        # one of them ("（撰稿：陈佳怡 摄影：赵宇航 审核：刘振华）", "文/李华 编辑/张强").
        "zh": [(rf"^([\[【]纠错[\]】]\s*)?({_ZH_CREDIT.format(_ZH_CREDIT_LABELS)}){{0,3}}"
                rf"{_ZH_CREDIT.format(_ZH_EDITOR_LABELS)}({_ZH_CREDIT.format(_ZH_CREDIT_LABELS)}){{0,3}}$"),
               r"(本文|该文|文章)(观点)?仅代表作者(本人|个人)(观点)?",
               r"^[(（]\s*((本报|本台|本刊)?(记者|通讯员|实习生|特约记者)\s*[\p{Han}·]{2,4}\s*){1,4}[)）]$"],
        # The writer's name in brackets under a Japanese story: "（佐藤由美）".
        "ja": [r"^[(（]\s*[\p{Han}\p{Katakana}ー]{1,4}\s?[\p{Han}\p{Hiragana}\p{Katakana}ー]{1,4}\s*[)）]$"],
        "ru": [r"\bмнение редакции (может )?не (всегда )?совпада(ть|ет) с (мнением|точкой зрения) автора\b",
               r"\b(мнение|точка зрения) автора (может )?не (всегда )?совпада(ть|ет) с (мнением|позицией|точкой зрения) редакции\b",
               # "NAME — journalist ...": Russian and Ukrainian set a dash for "is".
               rf"^{_NAME} [—–-] .{{0,40}}\b(журналист|журналистка|корреспондент|обозреватель|редактор)\b"],
        "uk": [r"\bдумка редакції (може )?не (завжди )?збіга(тися|ється) з думкою автора\b",
               rf"^{_NAME} [—–-] .{{0,40}}\b(журналіст|журналістка|кореспондент|кореспондентка|редактор|редакторка|оглядач)\b"],
        # "NAME is a journalist ..." in the smaller European languages.
        "cs": [rf"^{_FULL_NAME} (je|byl|byla) .{{0,60}}\b(novinář|novinářka|redaktor|redaktorka|reportér|reportérka|zpravodaj|zpravodajka)\b"],
        "sk": [rf"^{_FULL_NAME} (je|bol|bola) .{{0,60}}\b(novinár|novinárka|redaktor|redaktorka|reportér|reportérka|spravodajca)\b"],
        "sl": [rf"^{_FULL_NAME} (je|je bil|je bila) .{{0,60}}\b(novinar|novinarka|urednik|urednica|dopisnik|dopisnica|reporter|reporterka)\b"],
        "hr": [rf"^{_FULL_NAME} (je|je bio|je bila) .{{0,60}}\b(novinar|novinarka|urednik|urednica|dopisnik|dopisnica|reporter|reporterka)\b",
               rf"^{_FULL_NAME} (је|је био|је била) .{{0,60}}\b(новинар|новинарка|уредник|уредница|дописник|дописница)\b"],
        "bg": [rf"^{_FULL_NAME} (е|беше) .{{0,60}}\b(журналист|журналистка|репортер|редактор|кореспондент)\b"],
        "lt": [rf"^{_FULL_NAME} (yra|buvo) .{{0,60}}\b(žurnalist(as|ė)|redaktori(us|ė)|korespondent(as|ė)|reporter(is|ė))\b"],
        "lv": [rf"^{_FULL_NAME} (ir|bija) .{{0,60}}\b(žurnālist(s|e)|redaktor(s|e)|korespondent(s|e)|reportier(is|e))\b"],
        "et": [rf"^{_FULL_NAME} (on|oli) .{{0,60}}\b(ajakirjanik|toimetaja|reporter|korrespondent)\b"],
        "hu": [rf"^{_FULL_NAME} .{{0,60}}\b(újságíró|szerkesztő|riporter|tudósító)(ja|nk)?\b.{{0,60}}$"],
        "el": [rf"^(ο |η )?{_FULL_NAME} (είναι|ήταν) .{{0,60}}\b(δημοσιογράφος|συντάκτης|συντάκτρια|ανταποκριτής|ανταποκρίτρια)\b"],
    },
    max_words="author_bio_max_words",
)
# A heading over the writer's bio: "About the author", "Über die Autorin", "O autorze". (Not "Biography" or
# "Zur Person": a section of a page on someone, an interview's box on the one who speaks.)
AUTHOR_BIO_HEADING = LinePattern(
    {
        "en": [r"^about the (author|writer)s?\b.{0,60}$"],
        "de": [(r"^(über (den|die) (autor|autorin|verfasser|verfasserin)(\s*/\s*(den|die) (autor|autorin))?"
                r"|zum (autor|verfasser)|zur (autorin|verfasserin)|autor:innen)\s*:?$")],
        "fr": [r"^[àa] propos (de l['’](auteure?|autrice)|des (auteure?|autrice)s)\s*:?$"],
        "es": [r"^(sobre (el autor|la autora|los autores|las autoras)|acerca (del autor|de la autora|de los autores))\s*:?$"],
        "it": [r"^(sull['’]|l['’]|gli |le )(autore|autrice|autori|autrici)\s*:?$"],
        "pt": [r"^(sobre (o autor|a autora|os autores|as autoras)|acerca (do autor|da autora|dos autores))\s*:?$"],
        "nl": [r"^over de (auteur|auteurs|schrijver|schrijvers|schrijfster)\s*:?$"],
        "pl": [r"^o (autorze|autorce|autorach)\s*:?$"],
        "ru": [r"^об (авторе|авторах)\s*:?$"],
        "zh": [r"^(关于作者|作者简介|作者介绍)\s*[:：]?$"],
        "uk": [r"^про (автора|авторку|авторів)\s*:?$"],
        "cs": [r"^o (autorovi|autorce|autorech)\s*:?$"],
        "sk": [r"^o (autorovi|autorke|autoroch)\s*:?$"],
        "sv": [r"^om (författaren|skribenten|skribenterna)\s*:?$"],
        "da": [r"^om (forfatteren|skribenten|skribenterne)\s*:?$"],
        "no": [r"^om (forfatteren|skribenten|skribentene)\s*:?$"],
        "fi": [r"^kirjoittajasta\s*:?$"],
        "hu": [r"^a szerzőről\s*:?$"],
        "ro": [r"^despre (autor|autoare|autori)\s*:?$"],
        "tr": [r"^yazar hakkında\s*:?$"],
        "el": [r"^σχετικά με (τον|τη|την) (συγγραφέα|αρθρογράφο)\s*:?$"],
        "id": [r"^tentang (penulis|pengarang)\s*:?$"],
        "vi": [r"^về tác giả\s*:?$"],
        # Scripts without case: the heading fills the line ("درباره‌ی نویسنده", with or without its joiner).
        "fa": [r"^درباره[\u200c ]?ی? (نویسنده|نگارنده)\s*:?$"],
        "ar": [r"^((عن|حول) (الكاتب|الكاتبة|المؤلف|المؤلفة)|نبذة عن (الكاتب|الكاتبة|المؤلف|المؤلفة))\s*:?$"],
        "he": [r"^(על|אודות) (הכותב|הכותבת|המחבר|המחברת)\s*:?$"],
        "hi": [r"^(लेखक के बारे में|लेखक परिचय)\s*:?$"],
        "ja": [r"^(著者|筆者|執筆者)(について|プロフィール|紹介)\s*[:：]?$"],
        "ko": [r"^(필자|저자|글쓴이) 소개\s*:?$"],
    },
    max_words="author_bio_max_words",
)
# The particles of a family name: "Sanne de Vries", "Lucía de la Fuente", "Max von Berg".
_NAME_PARTICLE = r"(?-i:(de|van|von|der|den|da|di|del|della|la|le|du|dos|das|ten|ter|zu|y) )"
# Two to four capitalised words: a name alone on its line.
_NAME_WORDS = rf"(?-i:\p{{Lu}}[\p{{L}}.'-]+)( {_NAME_PARTICLE}{{0,2}}(?-i:\p{{Lu}}[\p{{L}}.'-]*)){{1,3}}"
_NAME_LINE = compiled(rf"^{_NAME_WORDS}$")
# An author box's job title under the name: "Senior reporter, Health desk", "Staff Engineer, Payments",
# "Journaliste, service Économie", "Redakteurin Lokales". German and Dutch words of a trade are parts
# of compounds ("Lokalredakteurin"); the others stand as words.
AUTHOR_TITLE = LinePattern(
    {
        "en": [r"\b(reporter|writer|editor|journalist|correspondent|columnist|contributor|critic|producer|engineer"
               r"|developer|designer|manager|director|founder|analyst|researcher|photographer|head of \w+)s?\b"],
        "de": [r"(redakteur|journalist|reporter|korrespondent|kolumnist|autor|volontär|fotograf|ressortleiter"
               r"|entwickler|ingenieur|geschäftsführer)(in)?\b"],
        "fr": [r"\b(journaliste|rédacteur|rédactrice|chroniqueur|chroniqueuse|correspondant|correspondante|reporter"
               r"|envoyé spécial|envoyée spéciale|photographe|ingénieur|ingénieure|directeur|directrice)\b"],
        "es": [r"\b(periodista|redactor|redactora|columnista|corresponsal|reportero|reportera|editor|editora"
               r"|fotógrafo|fotógrafa|ingeniero|ingeniera|director|directora)\b"],
        "it": [r"\b(giornalista|redattore|redattrice|caporedattore|caporedattrice|inviato|inviata|corrispondente"
               r"|editorialista|fotografo|fotografa|ingegnere|direttore|direttrice)\b"],
        "pt": [r"\b(jornalista|redator|redatora|repórter|colunista|correspondente|editor|editora|fotógrafo|fotógrafa"
               r"|engenheiro|engenheira|diretor|diretora)\b"],
        "nl": [r"(redacteur|redactrice|verslaggever|verslaggeefster|journalist|correspondent|columnist|fotograaf"
               r"|ontwikkelaar|directeur)\b"],
        "pl": [r"\b(dziennikarz|dziennikarka|redaktor|redaktorka|reporter|reporterka|publicysta|publicystka"
               r"|korespondent|korespondentka|fotoreporter|fotoreporterka)\b"],
    },
    max_words="author_title_max_words",
)
# A bio that speaks of the writer's work: "Anna writes about health", "Jonas schreibt über Verkehr",
# "Marta pisze o transporcie"; or names the trade ("... als Reporterin"), as a credit's role does
# (headers.signers_at).
WRITING = compiled(
    r"\b(writes|covers|reports on|has reported|has written|reporter|editor|journalist|correspondent|columnist"
    r"|schreibt|berichtet|redakteur(in)?|journalist(in)?|reporter(in)?|korrespondent(in)?|autor(in)?"
    r"|écrit|couvre|journaliste|rédacteur|rédactrice|correspondant(e)?"
    r"|escribe|cubre|periodista|redactor(a)?|corresponsal|columnista"
    r"|scrive|racconta|giornalista|redattore|redattrice|inviato|inviata|corrispondente"
    r"|escreve|cobre|jornalista|redator(a)?|repórter|colunista|correspondente"
    r"|schrijft|verslaggever|redacteur"
    r"|pisze|dziennikarz|dziennikarka|dziennikarką|dziennikarzem|redaktor\w*|reporter\w*|publicyst\w*)\b",
    regex.I,
)
# A quotation's last line: the name under it is the speaker's, not an author box.
_QUOTE_ENDS = ("”", "“", '"', "»", "«", "’")
# "By Jo Lee", "Von Max Muster", "Posted by Jo Lee on May 3 · 4 min read", "Par Léa Roy · 3 mars": the
# byline's name, which the author box at the end may repeat. The letters the byline's words begin with,
# in either case (no other character folds to one of them): a line that begins otherwise is not tried.
_BYLINE_INITIALS = frozenset("bBvVpPdDaAwW")
# Its first two letters (lower case), where the second is ASCII: a line of other ASCII ones is not tried.
_BYLINE_HEADS = frozenset({"po", "wr", "by", "vo", "pa", "di", "do", "pr", "au"})
_BYLINE_NAME = compiled(rf"^((posted|written) )?(by|von|par|por|di|door|przez|autor|autorin|auteur|autore)\s*:?\s+"
                        rf"(?P<name>{_NAME_WORDS})(?P<after>\s*[·|•,–—]\s.*|\s(on|am|le|el|il|op)\s.*)?$", regex.I)


@detector("author-bio", roles={Role.CHROME, Role.BOX}, patterns=[AUTHOR_BIO, AUTHOR_BIO_HEADING, AUTHOR_TITLE],
          examples=[
    Example("The festival ends on Sunday.\nMaria Lopez is a freelance writer based in Madrid who covers food and travel.\n"
            "Tom Reed contributed reporting from Lisbon.\nmaria.lopez@example.com\n"
            "Write to Maria Lopez at maria.lopez@example.com",
            removed=("Maria Lopez is a freelance writer based in Madrid who covers food and travel.",
                     "Tom Reed contributed reporting from Lisbon.", "maria.lopez@example.com",
                     "Write to Maria Lopez at maria.lopez@example.com")),
    # A local story's tagline: the writer's beat for the outlet, how to reach them, whose views a column gives; a
    # story's sentence on what a plan covers, and a quote on views, stay.
    Example("The board will vote in March.\nDana Lee covers education for The Ledger. Reach her at dlee@example.com.\n"
            "Reach him at 555-0142 or jo@example.com\nSam Hill is a former nurse. The views expressed are her own.",
            removed=("Dana Lee covers education for The Ledger. Reach her at dlee@example.com.",
                     "Reach him at 555-0142 or jo@example.com",
                     "Sam Hill is a former nurse. The views expressed are her own.")),
    Example("The board will vote in March.\nMedicare Part B covers the cost for Americans over 65, the agency said.\n"
            "She said the views expressed at the meeting were not the council's."),
    Example("施工将于春季开始。\n（责任编辑：王小明）", removed=("（责任编辑：王小明）",)),
    # The credit behind the portal's mistake-report link, and with the proof-reader's and reviewer's credits after it;
    # the story's sentence on an editor and a correction stays.
    Example("施工将于春季开始。\n【纠错】 【责任编辑：王小明】\n编辑：李华 校对：张强\n[责任编辑:周敏] [审核:刘洋]\n（編輯：陳怡君）",
            removed=("【纠错】 【责任编辑：王小明】", "编辑：李华 校对：张强", "[责任编辑:周敏] [审核:刘洋]", "（編輯：陳怡君）")),
    Example("施工将于春季开始。\n编辑部表示，发现错误后会及时纠错，并向读者致歉。"),
    # The credits in another order, the reviewer's or the writer's first, the whole in one bracket or with slashes, as
    # school and office sites close their news; a credit without an editor's or a reviewer's is no such line.
    Example("施工将于春季开始。\n（审核：刘振华 编辑：黄小雨）\n（撰稿：陈佳怡 摄影：赵宇航 审核：刘振华）\n文/李华 编辑/张强\n摄影：赵宇航",
            removed=("（审核：刘振华 编辑：黄小雨）", "（撰稿：陈佳怡 摄影：赵宇航 审核：刘振华）", "文/李华 编辑/张强")),
    # An opinion page's note, the writer's view first; a story's sentence on a writer's view stays.
    Example("Der Rat tagte.\nKommentare geben die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.",
            removed=("Kommentare geben die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.",)),
    Example("Das Gericht teilte die Meinung des Autors nicht, sagte die Sprecherin am Montag in Berlin."),
    Example("Der Rat tagte.\nÜber den Autor\nSobre la autora\nOver de auteur\nO autorze\nÜber den Autor/ die Autorin",
            removed=("Über den Autor", "Sobre la autora", "Over de auteur", "O autorze", "Über den Autor/ die Autorin")),
    # ... in the languages the table had none for; the words in a sentence stay.
    Example("Der Rat tagte.\nПро автора\nO autorovi\nOm författaren\nKirjoittajasta\nA szerzőről\nDespre autor\n"
            "Yazar hakkında\nTentang penulis\nVề tác giả\nدرباره\u200cی نویسنده\nعن الكاتب\nעל הכותבת\nलेखक के बारे में\n"
            "著者について\n필자 소개",
            removed=("Про автора", "O autorovi", "Om författaren", "Kirjoittajasta", "A szerzőről", "Despre autor",
                     "Yazar hakkında", "Tentang penulis", "Về tác giả", "درباره\u200cی نویسنده", "عن الكاتب", "על הכותבת",
                     "लेखक के बारे में", "著者について", "필자 소개")),
    Example("Om författaren till brevet vet polisen lite.\nYazar hakkında dava açıldı, dedi savcı.\n"
            "Про автора листа поліція нічого не знає."),
    Example("Über den Autor des Briefes ist wenig bekannt, sagte die Polizei am Montag.\n"
            "O autorze listu policja nie chciała nic powiedzieć."),
    Example("This is a far cry from the grumpy coach that players and reporters know.\n"
            "It was a long night for the editors.\nHe is a former reporter, the mayor said."),
    Example("The mayor is a former reporter who joined the council in 2012 after a decade at the local paper.\n"
            "Dee joined the band in 1975 and wrote for them until 1982."),
    # A bio going on under its first sentence, the writer's network and an opinion page's note on whose views they are.
    Example("Ferries should run all night.\nAbout the author\n"
            "Tom Reed is a columnist for the Harbour Post, writing on transport and the sea.\n"
            "He worked on ferries for ten years before he turned to writing about them.\n"
            "He lives on the island with his dog and a small boat.\nFollow Tom Reed on Bluesky\n"
            "The views expressed in this column are those of the author and not of the Harbour Post.\n"
            "Die Kolumne gibt nicht unbedingt die Meinung der Redaktion wieder.\n"
            "Les tribunes n'engagent que leurs auteurs.\n"
            "Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autor.",
            removed=("About the author", "Tom Reed is a columnist for the Harbour Post, writing on transport and the sea.",
                     "He worked on ferries for ten years before he turned to writing about them.",
                     "He lives on the island with his dog and a small boat.", "Follow Tom Reed on Bluesky",
                     "The views expressed in this column are those of the author and not of the Harbour Post.",
                     "Die Kolumne gibt nicht unbedingt die Meinung der Redaktion wieder.",
                     "Les tribunes n'engagent que leurs auteurs.",
                     "Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autor.")),
    Example("The ferry stopped at noon.\nShe said the crossing had been rough all week.\n"
            "He added that the views expressed at the meeting were mostly angry ones."),
    # The note on whose views they are in the languages the tables had none for; a story's sentence stays.
    Example("Паром остановился в полдень.\nМнение редакции может не совпадать с мнением автора.\n"
            "Думка редакції може не збігатися з думкою автора.\nDie Meinung des Autors muss nicht mit der Meinung der Redaktion übereinstimmen.\n"
            "Opinie wyrażone w tekście są opiniami autora i nie muszą odzwierciedlać stanowiska redakcji.\n"
            "声明：该文观点仅代表作者本人，本站仅提供信息存储空间服务。",
            removed=("Мнение редакции может не совпадать с мнением автора.", "Думка редакції може не збігатися з думкою автора.",
                     "Die Meinung des Autors muss nicht mit der Meinung der Redaktion übereinstimmen.",
                     "Opinie wyrażone w tekście są opiniami autora i nie muszą odzwierciedlać stanowiska redakcji.",
                     "声明：该文观点仅代表作者本人，本站仅提供信息存储空间服务。")),
    Example("Паром остановился в полдень.\nМнение экспертов не совпадает с мнением министра, сообщили в думе.\n"
            "该报告的观点引起了作者本人和专家的争论。"),
    # The wire's credits.
    Example("The talks resume in June.\n(Reporting by Jo Lee; Editing by Ali Khan)\n"
            "To contact the reporter on this story: Jo Lee in Oslo at jlee@example.com.\n"
            "Associated Press writers Ann Berg and Tom Reed in Bergen contributed to this report.\n"
            "Some information for this report was provided by AFP and AP.\n"
            "(This news article provided by Example News Network)",
            removed=("(Reporting by Jo Lee; Editing by Ali Khan)",
                     "To contact the reporter on this story: Jo Lee in Oslo at jlee@example.com.",
                     "Associated Press writers Ann Berg and Tom Reed in Bergen contributed to this report.",
                     "Some information for this report was provided by AFP and AP.",
                     "(This news article provided by Example News Network)")),
    Example("Reuters reporters who covered the war said the army had contributed to the chaos in the city.\n"
            "This story was provided to the court by a witness who asked not to be named."),
    # Bios in the other languages.
    Example("Der Rat tagte.\nJana Beispiel ist Redakteurin im Ressort Politik und schreibt über Verkehr.\n"
            "Claire Martin est journaliste indépendante à Lyon.\nLucía Gómez es periodista y vive en Valencia.\n"
            "Marco Rossi è giornalista e scrive di sport.\nAna Costa é jornalista e vive em Lisboa.\n"
            "Pieter Jansen is freelance journalist in Utrecht.\nAnna Nowak jest dziennikarką i mieszka w Gdańsku.",
            removed=("Jana Beispiel ist Redakteurin im Ressort Politik und schreibt über Verkehr.",
                     "Claire Martin est journaliste indépendante à Lyon.", "Lucía Gómez es periodista y vive en Valencia.",
                     "Marco Rossi è giornalista e scrive di sport.", "Ana Costa é jornalista e vive em Lisboa.",
                     "Pieter Jansen is freelance journalist in Utrecht.",
                     "Anna Nowak jest dziennikarką i mieszka w Gdańsku.")),
    Example("Vas je dobila brv.\nMaja Novak je novinarka Občinskih novic, piše o lokalni politiki in prometu.\n"
            "Mari Tamm on Maakonna Lehe ajakirjanik, kes kirjutab hariduse teemadel.\nPeter Kováč je redaktor regionálnej redakcie.\n"
            "Jana Nováková je redaktorka zpravodajství.\nIvana Horvat je novinarka Otočnog lista.\n"
            "Rūta Kazlauskienė yra regiono naujienų žurnalistė.\nAnna Bērziņa ir laikraksta žurnāliste.\n"
            "Мария Иванова е журналист в регионалния вестник.\nАнна Петрова — журналист отдела городских новостей.\n"
            "Kovács Anna a Városi Hírek újságírója.\nΗ Μαρία Παπαδοπούλου είναι δημοσιογράφος της εφημερίδας.",
            removed=("Maja Novak je novinarka Občinskih novic, piše o lokalni politiki in prometu.",
                     "Mari Tamm on Maakonna Lehe ajakirjanik, kes kirjutab hariduse teemadel.",
                     "Peter Kováč je redaktor regionálnej redakcie.", "Jana Nováková je redaktorka zpravodajství.",
                     "Ivana Horvat je novinarka Otočnog lista.", "Rūta Kazlauskienė yra regiono naujienų žurnalistė.",
                     "Anna Bērziņa ir laikraksta žurnāliste.", "Мария Иванова е журналист в регионалния вестник.",
                     "Анна Петрова — журналист отдела городских новостей.", "Kovács Anna a Városi Hírek újságírója.",
                     "Η Μαρία Παπαδοπούλου είναι δημοσιογράφος της εφημερίδας.")),
    Example("市场于本周一重新开业。\n（本报记者 王晓梅 通讯员 张强）\n商店街で子ども食堂が始まった。\n（佐藤由美）",
            removed=("（本报记者 王晓梅 通讯员 张强）", "（佐藤由美）")),
    Example("市场于本周一重新开业（记者从区商务局获悉）。\n（完）\n食堂は週2回開く（予約不要）。"),
    Example("Vas je dobila brv.\nPolicija je povedala, da je bil moški novinar.\nŽupan je dejal, da je njegova žena novinarka."),
    Example("Die Polizei sagte, der Mann sei Journalist gewesen.\nLe maire est un ancien journaliste, a dit sa femme.\n"
            "El acusado trabajaba como periodista en la capital."),
    # The author box: the writer's name, then the bio that begins with it, or the byline's name at the top and
    # the bio that begins with it at the end.
    Example("Das Gerät heizt in zehn Minuten auf.\nIm Test hielt der Akku drei Stunden.\nJana Beispiel\n"
            "Jana Beispiel leitet das Testlabor und probiert am liebsten Küchengeräte aus.",
            removed=("Jana Beispiel", "Jana Beispiel leitet das Testlabor und probiert am liebsten Küchengeräte aus.")),
    # The byline's name, with its date, repeated over the box at the end: the bio need not speak of writing.
    Example("Posted by Lena Marsh on March 4, 2025 · 5 min read\n"
            "The old orchard behind the school has been replanted with forty apple trees of local kinds.\n"
            "Volunteers will prune them twice a year.\nLena Marsh\n"
            "Lena grows beans on an allotment by the river and has kept bees since she was twelve.",
            removed=("Lena Marsh", "Lena grows beans on an allotment by the river and has kept bees since she was twelve.")),
    Example("Par Léa Roy · 3 mars 2025\nLa commune a replanté le verger de l'école avec quarante pommiers anciens.\n"
            "Les premiers fruits sont attendus dans trois ans.\nLéa Roy\n"
            "Léa a longtemps enseigné les sciences naturelles au collège de la ville voisine.",
            removed=("Léa Roy", "Léa a longtemps enseigné les sciences naturelles au collège de la ville voisine.")),
    Example("By Monday Evening the hall was full, and the mayor opened the meeting.\n"
            "The vote on the orchard came last.\nMonday Evening\n"
            "Monday brought rain again, and the volunteers stayed home until the weekend."),
    Example("Von Max Muster\nDie Stadt baut eine neue Brücke über den Fluss, die im Mai eröffnet werden soll.\n"
            "Die Kosten liegen bei zwölf Millionen Euro.\n"
            "Max Muster arbeitete viele Jahre bei einer großen Zeitung und schreibt hier unter eigenem Namen.",
            removed=("Max Muster arbeitete viele Jahre bei einer großen Zeitung und schreibt hier unter eigenem Namen.",)),
    # The box's bio by the first name: under a job title, or speaking of the writer's work.
    Example("The ward reopens in May after two years of building work, the trust said.\nAnna Keller\n"
            "Senior reporter, Health desk\nAnna has covered the county's hospitals since 2015 and lives in Leeds.",
            removed=("Anna Keller", "Senior reporter, Health desk",
                     "Anna has covered the county's hospitals since 2015 and lives in Leeds.")),
    Example("Die Arbeiten sollen bis zum Herbst abgeschlossen sein, teilte die Stadt mit.\nJonas Brandtner\n"
            "Jonas schreibt seit 2019 über Verkehr, Stadtplanung und den Gemeinderat.",
            removed=("Jonas Brandtner", "Jonas schreibt seit 2019 über Verkehr, Stadtplanung und den Gemeinderat.")),
    Example("Plusieurs maires y voient le dernier lieu où les habitants se croisent encore.\nClaire Dumoulin\n"
            "Journaliste, service Économie\nClaire suit l'artisanat et la vie des entreprises de la vallée depuis 2016.",
            removed=("Claire Dumoulin", "Journaliste, service Économie",
                     "Claire suit l'artisanat et la vie des entreprises de la vallée depuis 2016.")),
    Example("En otoño anochece pronto y la temperatura baja deprisa en cuanto se pone el sol.\nLucía de la Fuente\n"
            "Lucía escribe sobre rutas, material y seguridad en la montaña desde hace diez años.",
            removed=("Lucía de la Fuente",
                     "Lucía escribe sobre rutas, material y seguridad en la montaña desde hace diez años.")),
    Example("L'associazione spera ora di ottenere un contributo dalla regione per il canale.\nGiulia Ferraresi\n"
            "Inviata, redazione Cronaca\nGiulia racconta la provincia, i suoi paesi e le persone che li tengono vivi.",
            removed=("Giulia Ferraresi", "Inviata, redazione Cronaca",
                     "Giulia racconta la provincia, i suoi paesi e le persone che li tengono vivi.")),
    Example("A obra deve ficar concluída até ao fim do ano, segundo a câmara municipal.\nAna Costa\n"
            "Ana escreve sobre educação e cidades e trabalha no jornal desde 2017.",
            removed=("Ana Costa", "Ana escreve sobre educação e cidades e trabalha no jornal desde 2017.")),
    Example("Op zaterdag 12 juli houdt het dorpshuis een open dag voor alle bewoners.\nSanne de Vries\n"
            "Sanne schrijft over de dorpen in de gemeente, over landbouw en over energie.",
            removed=("Sanne de Vries", "Sanne schrijft over de dorpen in de gemeente, over landbouw en over energie.")),
    Example("Pierwsze tramwaje mają wyjechać na nowe tory za dwa lata, zapowiada urząd.\nMarta Wiśniewska\n"
            "Marta pisze o transporcie, inwestycjach miejskich i samorządzie od 2018 roku.",
            removed=("Marta Wiśniewska", "Marta pisze o transporcie, inwestycjach miejskich i samorządzie od 2018 roku.")),
    # A bio's heading below the story with the paragraph under it, whatever the bio says; above the page's first
    # paragraph over the bio going on, the heading is an about page's title, and its text stays.
    Example("Die Fähre fährt ab Ostern jede halbe Stunde zwischen Hafen und Insel, teilte die Gemeinde mit.\n"
            "Über die Autorin\nSarah Müller wohnt seit zwanzig Jahren am See und segelt, wann immer der Wind es zulässt.",
            removed=("Über die Autorin",
                     "Sarah Müller wohnt seit zwanzig Jahren am See und segelt, wann immer der Wind es zulässt.")),
    # Above it, the bio goes too when the story follows: a next paragraph not on the writer, as long as the bio or more.
    Example("Zur Autorin\nLena Vogt berichtet seit 2015 über Häfen, Fähren und die Inseln vor der Küste.\n"
            "Die Fähre zur Insel fährt ab Ostern jede halbe Stunde, teilte die Gemeinde am Montag mit. "
            "Der neue Fahrplan gilt bis zum Ende der Herbstferien.",
            removed=("Zur Autorin", "Lena Vogt berichtet seit 2015 über Häfen, Fähren und die Inseln vor der Küste.")),
    Example("Об авторах\nA propos de l'auteur\nAcerca do autor\nOver de auteurs\nO autorach\n作者介绍",
            removed=("Об авторах", "A propos de l'auteur", "Acerca do autor", "Over de auteurs", "O autorach", "作者介绍")),
    Example("About the author\nSarah Miller grew up by the sea and has sailed since she was a child, mostly in small boats.\n"
            "She started this blog in 2015 to write about the coast, its villages and the people who live there.",
            removed=("About the author",)),
    # Not a box: the story's last paragraph on a person under their name (no title, no writing);
    # a quote's speaker under it; an obituary's name and years over its first paragraph.
    Example("The shelter still needs volunteers for the weekend walks, the manager said on Monday.\nJonas Weber\n"
            "Jonas has walked the shelter's dogs every Sunday for twelve years and knows each by name."),
    Example("The hall burned down two winters ago and has been closed to the village ever since.\n"
            "“We will have the hall open again by the summer.”\nAnna Berg\nProject manager, Hall Trust\n"
            "Anna has led the trust's building work since the fire and expects the roof to be on in May."),
    Example("Ruth Baker\n1931 – 2024\nRuth taught at the village school for forty years and wrote two books about the valley.\n"
            "She is survived by her son and two grandchildren, who live in the village."),
    # Several names each heading a paragraph that begins with it: a list of people, the story itself.
    Example("The phone charges in an hour.\nOur Verdict\nOur Verdict on the Example Phone\nIt is the best phone of the year."),
    Example("Three people who shaped the town.\nMaria Lopez\nMaria Lopez opened the first bakery on the square in 1990.\n"
            "Tom Reed\nTom Reed ran the ferry for forty years and never missed a crossing."),
])
def author_bio(page: Page) -> list[int]:
    """The author's biography, contact address and reporting credits that
    close an article ("Jane Doe is a reporter covering...", "Ali Khan
    contributed reporting"): about the writer, not the story. Also the
    author box: the writer's name alone on a line, maybe a job title under
    it ("Senior reporter, Health desk"), then a paragraph that begins with
    that name; or with the first name alone ("Anna writes about...") below
    the story's first paragraph, under no quotation, when a job title stands
    between, the paragraph speaks of writing or reporting, or the name is the
    byline's, repeated ("By Jo Lee · May 3" ... "Jo Lee", "Jo hikes..."). Or a paragraph
    that begins with the name of a byline of the name alone ("By Jo Lee" ... "Jo Lee
    worked for..."). Only when the page has one such box: several names each
    over a paragraph on that name are a list of people, the story itself. And a bio's
    heading ("About the author") with the paragraph right under it: below the story's
    first paragraph whatever the bio says, above it when the story follows the bio."""
    settings = page.settings
    texts, feats = page.texts(), page.features
    first_prose = next((i for i, f in enumerate(feats) if f.terminal and f.words >= settings.section_prose_min_words),
                       len(texts))
    headings = set(matching_positions(page, AUTHOR_BIO_HEADING))
    hits = set(matching_positions(page, AUTHOR_BIO)) | headings | _bio_under_heading(headings, first_prose, page)
    found_bylines = [(i, match) for i, text in enumerate(texts)
                     if feats[i].words <= settings.byline_max_words and text[:1] in _BYLINE_INITIALS
                     and (text[:2].lower() in _BYLINE_HEADS or not text[1:2].isascii())
                     and (match := _BYLINE_NAME.match(text))]
    bylines = {i: match["name"] for i, match in found_bylines}
    # A paragraph that merely begins with the name is a bio under a byline of the name alone; with
    # a date after it, the byline is the story's header, and a name line repeating it is the sign.
    bare_bylines = {i: match["name"] for i, match in found_bylines if match["after"] is None}
    titles = set(matching_positions(page, AUTHOR_TITLE))
    boxes: list[tuple[int, ...]] = []
    for i in range(1, len(texts)):
        # A bio is a sentence or more; a short line after a name is a heading's second line.
        if not feats[i].terminal or not settings.author_bio_min_words <= feats[i].words <= settings.author_bio_max_words:
            continue
        title = (i - 1,) if i - 1 in titles and not feats[i - 1].terminal else ()
        at = i - 1 - len(title)  # the name line's place
        named = texts[at] if at >= 0 and feats[at].words <= settings.author_name_max_words else ""
        if named and _NAME_LINE.match(named) and (
                texts[i].startswith(named + " ")
                or (texts[i].startswith(named.split(" ", 1)[0] + " ") and first_prose < at
                    and not texts[at - 1].rstrip().endswith(_QUOTE_ENDS)
                    and (title or WRITING.search(texts[i]) or any(j < at and name == named
                                                                   for j, name in bylines.items())))):
            boxes.append((at, *title, i))
        elif any(j < i - 1 and texts[i].startswith(name + " ") for j, name in bare_bylines.items()):
            boxes.append((i,))
    if len(boxes) == 1:
        hits.update(boxes[0])
    return sorted(hits | _bio_going_on(hits, page))


def _bio_under_heading(headings: set[int], first_prose: int, page: Page) -> set[int]:
    """The paragraph right under each bio heading: a paragraph of author_bio_min_words to
    bio_under_heading_max_words words that ends like a sentence. Below the story's first
    paragraph, whatever it says; above it (a column that opens with its writer, between its
    header and its first line) only when the story follows it: a next paragraph that is not the
    bio going on (_bio_goes_on) and as many words of prose after it as the bio has. A heading
    over every paragraph, or over the bio going on, is an about page's title, and what it heads
    the page's text. (A name line between the two is left to the author box: taking the bio
    under it too moved a one-paragraph story's region to the teasers below it.)"""
    feats, settings = page.features, page.settings
    bios = {heading + 1 for heading in headings
            if heading + 1 < len(feats) and feats[heading + 1].terminal
            and settings.author_bio_min_words <= feats[heading + 1].words <= settings.bio_under_heading_max_words}
    return {bio for bio in bios if first_prose < bio - 1 or _story_follows(bio, page)}


def _story_follows(bio: int, page: Page) -> bool:
    """Whether the page's text goes on under the bio at ``bio`` with something else than the
    writer: the next block is not the bio going on, and the prose after the bio (paragraphs that
    end like sentences, of section_prose_min_words or more) has at least the bio's words."""
    texts, feats, settings = page.texts(), page.features, page.settings
    if bio + 1 < len(texts) and _bio_goes_on(texts[bio], texts[bio + 1]):
        return False
    story_words = sum(f.words for f in feats[bio + 1:] if f.terminal and f.words >= settings.section_prose_min_words)
    if story_words < feats[bio].words and settings.bio_story_line_min_words:
        # A story of short sentences or of a list's items (a changelog, a how-to's steps, key points) follows
        # as well as one of paragraphs: its lines of bio_story_line_min_words words or more count.
        story_words = sum(f.words for f in feats[bio + 1:] if f.words >= settings.bio_story_line_min_words)
    return story_words >= feats[bio].words


# How a bio's later sentences name the writer: "She lives in Leeds with...", "Er wohnt in Köln".
_BIO_PRONOUNS = ("She ", "He ", "They ", "Sie ", "Er ", "Elle ", "Il ", "Ella ", "Él ", "Lei ", "Lui ", "Ela ",
                 "Ele ", "Zij ", "Hij ", "Ze ")


def _bio_goes_on(bio: str, text: str) -> bool:
    """Whether ``text`` under the bio ``bio`` goes on about the writer: it begins with a pronoun
    (_BIO_PRONOUNS) or with the bio's first word, a capitalised one (the writer's name: "Sarah Miller
    grew up by the sea." ... "Sarah started this blog in 2015.")."""
    first = bio.split(" ", 1)[0]
    return text.startswith(_BIO_PRONOUNS) or (first[:1].isupper() and text.startswith(first + " "))


def _bio_going_on(hits: set[int], page: Page) -> set[int]:
    """The paragraphs right under a bio's paragraph (a hit that is a
    sentence of author_bio_min_words or more) that each begin with a
    pronoun (_BIO_PRONOUNS): the bio going on about the writer."""
    texts, feats, settings = page.texts(), page.features, page.settings
    going_on: set[int] = set()
    for hit in sorted(hits):
        if not (feats[hit].terminal and feats[hit].words >= settings.author_bio_min_words):
            continue
        at = hit + 1
        while (page.adjacent(at) and feats[at].terminal
               and feats[at].words <= settings.author_bio_max_words and texts[at].startswith(_BIO_PRONOUNS)):
            going_on.add(at)
            at += 1
    return going_on


advice_disclaimer = pattern_detector(
    "advice-disclaimer",
    """Disclaimers about the page under or over its story: that it is no
    doctor's, lawyer's or adviser's counsel ("This article is not a substitute
    for medical advice", "Dieser Artikel ersetzt keine ärztliche Beratung",
    "Este conteúdo tem caráter informativo"), that its details come without
    guarantee and may change ("Alle Angaben ohne Gewähr", "Le informazioni
    ... possono subire variazioni"), and that a column is its writer's view,
    not the paper's. Each names the page (this article, this content, the
    information here) at the line's start, maybe under a label ("Hinweis:");
    a story's sentence on advice names someone else's ("The scheme is not a
    substitute for ...").""",
    roles={Role.CHROME},
    max_words="advice_disclaimer_max_words",
    branches={
        "en": [
            (r"^(\W{0,3}(note|disclaimer|important|please note|medical disclaimer|safety note)\s*:\s*)?(this|the|our)"
             r" (article|content|information|post|page|guide|site|website|material)( on this (site|page))? (is|are)"
             r" (provided )?(for (general )?information(al)? purposes only|for (general )?information only"
             r"|not (intended as |meant as |to be taken as )?(a substitute for |professional )?(medical|legal|financial|tax"
             r"|investment|professional) advice)\b"),
            (r"^(\W{0,3}(note|disclaimer|important|please note|medical disclaimer)\s*:\s*)?(this|the|our)"
             r" (article|content|information|post|page|guide) (does|do|should|must|can) not (replace|substitute for"
             r"|constitute|take the place of)\b.{0,40}\b(advice|consultation|diagnosis|treatment|doctor|physician)"),
            r"\b(our|this|the) advice (here )?is (a )?general (guide|guidance|information) only\b",
            (r"^(the )?(views|opinions) expressed (in this|here|on this|by (the )?(authors?|contributors?|columnists?))\b"
             r".{0,60}\b(not necessarily|do not (necessarily )?reflect|are (solely )?(those )?of the (authors?|writers?))"),
        ],
        "de": [
            (r"^(\W{0,3}(hinweis|wichtig|wichtiger hinweis|haftungsausschluss|disclaimer)\s*:\s*)?(dieser|der|unser"
             r"|dieses|das) (artikel|beitrag|text|ratgeber|inhalt|informationsangebot) (ersetzt|kann) (keine?n?|nicht"
             r" (den|die|eine?n?))\b.{0,40}(beratung|untersuchung|behandlung|diagnose|arzt|ärztin|besuch)"),
            (r"^(\W{0,3}(hinweis|wichtig)\s*:\s*)?(dieser|der|unser) (artikel|beitrag|text|ratgeber) stellt keine"
             r" (rechts|anlage|steuer|finanz|medizinische |individuelle )\w*\s?beratung dar\b"),
            (r"^(\W{0,3}(hinweis|wichtig)\s*:\s*)?(die |alle )?(angaben|informationen|daten|termine|preise)( \w+){0,3}"
             r" (sind |erfolgen )?ohne gewähr\b"),
            (r"^(kolumnen|gastbeiträge|kommentare|meinungsbeiträge|gastkommentare|leserbriefe) geben (die|ausschließlich"
             r" die|nur die) meinung (der|des|ihrer|ihres)\b"),
        ],
        "fr": [
            (r"^(\W{0,3}(note|avertissement|important|remarque)\s*:\s*)?(cet article|ce contenu|cette page|ce guide|ces"
             r" informations|les informations de cette page) (ne remplace(nt)?|ne saurai(en)?t remplacer|ne se substitue(nt)?)"
             r" (pas|en aucun cas)\b.{0,40}(avis|consultation|conseil|diagnostic|médecin|professionnel)"),
            (r"^(\W{0,3}(note|avertissement|important|remarque)\s*:\s*)?(cet article|ce contenu|ces informations"
             r"|les informations)( \w+){0,3} (est|sont) (fourni(e)?s? |donnée?s? )?à titre (purement |uniquement"
             r" |strictement )?(informatif|indicatif)"),
            (r"^(les |ces )?(informations|horaires|tarifs|dates)( \w+){0,4} (sont )?(donnée?s? |communiquée?s? )?sous"
             r" réserve (de modifications?|d'erreurs?)\b"),
            r"^(les )?(propos|opinions|tribunes|chroniques)( \w+){0,4} n'engagent que (leurs? auteurs?|leur auteure?)\b",
        ],
        "es": [
            (r"^(\W{0,3}(nota|aviso|importante)\s*:\s*)?(este artículo|este contenido|esta información|esta guía|la"
             r" información de (este|esta) (artículo|página|web)) no (sustituye|reemplaza|constituye)\b.{0,40}(consulta"
             r"|consejo|asesoramiento|diagnóstico|opinión|médic|profesional)"),
            (r"^(\W{0,3}(nota|aviso|importante)\s*:\s*)?(este artículo|este contenido|esta información|la información)"
             r"( \w+){0,3} (tiene|tienen) (un )?(carácter|fin|fines) (meramente |exclusivamente |puramente |únicamente"
             r" )?(informativos?|divulgativos?)\b"),
            r"^(la |esta )?(información|datos|horarios|precios)( \w+){0,4} (está |están )?sujet[oa]s? a (cambios|modificaciones)\b",
            r"^(las )?opiniones( \w+){0,4} (no reflejan necesariamente|son (de )?(exclusiva )?responsabilidad de)\b",
        ],
        "it": [
            (r"^(\W{0,3}(nota|avviso|importante|avvertenza|disclaimer)\s*:\s*)?(questo articolo|questo contenuto|queste"
             r" informazioni|le informazioni (di|in|su) questa pagina) non (sostituisc[oe]n?o?|costituisc[oe]n?o?)\b"
             r".{0,40}(parere|consulenza|consulto|visita|diagnosi|medic|professional)"),
            (r"^(\W{0,3}(nota|avviso|importante|avvertenza)\s*:\s*)?(questo articolo|questo contenuto|le informazioni"
             r"|queste informazioni)( \w+){0,3} (ha|hanno|è|sono) (a )?(carattere|scopo|fine) (puramente |esclusivamente"
             r" |meramente )?(informativo|divulgativo)\b"),
            r"^(le |queste )?informazioni( \w+){0,6} (possono subire variazioni|sono soggette a (variazioni|modifiche))\b",
            r"^(le )?opinioni espresse( \w+){0,4} (sono|non) ",
        ],
        "pt": [
            (r"^(\W{0,3}(nota|aviso|importante|atenção)\s*:\s*)?(este artigo|este conteúdo|esta informação|estas"
             r" informações|este texto) não (substitui|substituem|dispensa|dispensam|constitui)\b.{0,40}(consulta"
             r"|orientação|aconselhamento|diagnóstico|parecer|médic|profissional)"),
            (r"^(\W{0,3}(nota|aviso|importante|atenção)\s*:\s*)?(este artigo|este conteúdo|este texto|as informações"
             r"|estas informações)( \w+){0,3} (tem|têm|possui|possuem|é|são) (de )?(caráter|carácter|cunho|fins?)"
             r" (meramente |exclusivamente |apenas |puramente )?informativ"),
            r"^(as |estas )?(informações|horários|preços)( \w+){0,4} (estão |são )?sujeit[oa]s? a alterações\b",
            (r"^(os )?(artigos|textos) de opinião( \w+){0,4} (não refletem|não reflectem|são de (inteira |exclusiva"
             r" )?responsabilidade)\b"),
        ],
        "nl": [
            (r"^(\W{0,3}(let op|disclaimer|belangrijk|opmerking)\s*:\s*)?(dit artikel|deze informatie|deze tekst|deze"
             r" pagina) (vervangt|is) (geen|niet)\b.{0,40}(advies|consult|arts|huisarts|diagnose)"),
            (r"^(\W{0,3}(let op|disclaimer|belangrijk)\s*:\s*)?(alle |deze |de )?(informatie|gegevens|prijzen)( \w+){0,3}"
             r" (is |zijn |wordt |worden )?(gegeven |verstrekt )?onder voorbehoud\b"),
            (r"^(columns|opiniestukken|ingezonden brieven)( \w+){0,3} (geven|weerspiegelen) (de mening|niet"
             r" (noodzakelijk )?de mening)\b"),
        ],
        "pl": [
            (r"^(\W{0,3}(uwaga|ważne|zastrzeżenie)\s*:\s*)?(ten artykuł|ten tekst|ten poradnik|treść artykułu"
             r"|informacje zawarte w (tym )?artykule)( \w+){0,2} nie (zastępuje|zastępują|stanowi|stanowią)\b.{0,40}(porad"
             r"|konsultacj|wizyt|diagnoz|lekar|specjalist|doradztw|rekomendacj)"),
            (r"^(\W{0,3}(uwaga|ważne|zastrzeżenie)\s*:\s*)?(ten artykuł|ten tekst|artykuł|tekst|treść|informacje)"
             r"( \w+){0,3} (ma|mają) (charakter|cel) (wyłącznie |jedynie |tylko |czysto )?informacyjny\b"),
            (r"^(opinie|felietony|komentarze)( \w+){0,4} (nie (zawsze )?odzwierciedlają|wyrażają (wyłącznie |jedynie )?"
             r"(poglądy|opinie))\b"),
        ],
        "cs": [
            (r"^(\W{0,3}(upozornění|poznámka|důležité)\s*:\s*)?(tento článek|tento text|tyto informace|obsah článku)"
             r" (nenahrazuje|nenahrazují|nepředstavuje|nepředstavují)\b.{0,40}(rad|konzultac|vyšetření|lékař|odborn"
             r"|poradenstv|doporučení)"),
            (r"^(\W{0,3}(upozornění|poznámka|důležité)\s*:\s*)?(tento článek|tento text|informace|článek)( \w+){0,3}"
             r" (má|mají) (pouze |jen |výhradně |čistě )?informativní (charakter|povahu)\b"),
            r"^(\W{0,3}(upozornění|poznámka)\s*:\s*)?(všechny )?(údaje|informace)( \w+){0,3} (jsou )?bez záruky\b",
        ],
    },
    examples=[
        Example("Drink water in the heat.\nThis article is for general information only and is not a substitute for "
                "medical advice.\nDisclaimer: The content on this site is not intended as financial advice.\n"
                "The views expressed by contributors are not necessarily those of the Valley Post.",
                removed=("This article is for general information only and is not a substitute for medical advice.",
                         "Disclaimer: The content on this site is not intended as financial advice.",
                         "The views expressed by contributors are not necessarily those of the Valley Post.")),
        Example("The council said the scheme is not a substitute for a visit to the doctor.\n"
                "The article does not replace the one he wrote in 2019, the editor said."),
        # The same notices in each language of the tables.
        Example("Der Pollenflug beginnt.\nHinweis: Dieser Artikel ersetzt keine ärztliche Beratung.\n"
                "Alle Angaben ohne Gewähr.\nKolumnen geben die Meinung ihrer Autoren wieder, nicht die der Redaktion.\n"
                "Cet article ne remplace en aucun cas une consultation médicale.\n"
                "Les horaires sont donnés sous réserve de modifications.\n"
                "Este artículo no sustituye la consulta con un profesional.\n"
                "Esta información tiene carácter meramente informativo.\n"
                "Questo articolo non sostituisce il parere del medico.\n"
                "Le informazioni sono fornite dagli organizzatori e possono subire variazioni.\n"
                "Nota: este conteúdo tem caráter informativo.\nEste artigo não substitui uma consulta médica.\n"
                "Dit artikel vervangt geen medisch advies.\nAlle informatie onder voorbehoud.\n"
                "Ten artykuł nie zastępuje porady lekarskiej.\nArtykuł ma charakter wyłącznie informacyjny.\n"
                "Tento článek nenahrazuje odbornou lékařskou radu.\nVšechny údaje jsou bez záruky.",
                removed=("Hinweis: Dieser Artikel ersetzt keine ärztliche Beratung.", "Alle Angaben ohne Gewähr.",
                         "Kolumnen geben die Meinung ihrer Autoren wieder, nicht die der Redaktion.",
                         "Cet article ne remplace en aucun cas une consultation médicale.",
                         "Les horaires sont donnés sous réserve de modifications.",
                         "Este artículo no sustituye la consulta con un profesional.",
                         "Esta información tiene carácter meramente informativo.",
                         "Questo articolo non sostituisce il parere del medico.",
                         "Le informazioni sono fornite dagli organizzatori e possono subire variazioni.",
                         "Nota: este conteúdo tem caráter informativo.", "Este artigo não substitui uma consulta médica.",
                         "Dit artikel vervangt geen medisch advies.", "Alle informatie onder voorbehoud.",
                         "Ten artykuł nie zastępuje porady lekarskiej.", "Artykuł ma charakter wyłącznie informacyjny.",
                         "Tento článek nenahrazuje odbornou lékařskou radu.", "Všechny údaje jsou bez záruky.")),
        # A story's own sentences on advice and guarantees, in each language: someone else's, not the page's.
        Example("Die Beratung in der Apotheke ersetzt keinen Arztbesuch, sagte die Sprecherin.\n"
                "Für die Termine übernimmt die Stadt keine Gewähr, hieß es.\n"
                "Le pharmacien ne remplace pas le médecin, rappelle l'ordre.\n"
                "La app no sustituye la consulta médica, advirtió el consejero.\n"
                "Il farmacista non sostituisce il medico di famiglia, ha detto l'assessore.\n"
                "A farmácia não substitui o centro de saúde, disse a ministra.\n"
                "De app vervangt geen huisarts, zegt de minister.\n"
                "Aplikacja nie zastępuje wizyty u lekarza, podkreśla rzecznik.\n"
                "Aplikace nenahrazuje návštěvu lékaře, řekl mluvčí."),
    ],
)

privacy_notice = cue_detector(
    "privacy-notice",
    """Privacy, consent, terms-of-use and comment-rules notices addressed to
    the reader ("your personal data", "our privacy policy", "comments may be
    deleted"): legal small print of the site, in several languages.""",
    roles={Role.CHROME},
    # Each cue is how a site speaks to its reader about their data or its
    # rules; a news story about privacy speaks of third parties ("users' data").
    cues=CuePattern({
        "en": [
            r"(our|this site'?s|the site'?s) (privacy|cookie|data protection) (policy|notice|statement)",
            r"your personal (data|information)", r"your e-?mail address", r"(revoke|withdraw) (this|your) consent",
            r"(our|the) (terms of (use|service)|user agreement|community (rules|guidelines|standards))",
            r"by (submitting|registering|signing up|using this (site|website))", r"delete your account",
            r"comments? (will|may|can) be (deleted|removed|edited|moderated)",
            r"(administration|moderators?) (has|have) the right", r"(users|commenters) are (obliged|required|expected) to",
            # Comment rules: "Comments are limited to 300 words", "Posters are responsible for what they write".
            r"(comments?|comment entries|posts) (are|is|will be) (limited|subject|monitored|reviewed)",
            r"(commenters|posters|comment posters) are( solely)? responsible",
            r"(libelous|libellous|defamatory|obscene|racist) (statements?|language|remarks)",
            r"(these|our|the site'?s) (posting|comment|commenting|community) (guidelines|rules)",
            # The consent box under a sign-up form, in the reader's own voice.
            r"i (agree|consent) to (receive|receiving|the processing|the storage)",
        ],
        "de": [r"datenschutzerklärung", r"(ihre|deine) (personenbezogenen|persönlichen) daten",
               r"(ihre|deine) einwilligung", r"(jederzeit|bis auf) widerruf", r"(unsere|die) nutzungsbedingungen",
               r"mit (dem )?(absenden|abschicken) (meiner|ihrer|deiner|des)",
               r"(ich bin|bin ich) (hiermit )?(damit )?einverstanden,? dass .{0,80}(informationen|newsletter|e-?mails?|daten|angebote|werbung)", r"willige ich (hiermit )?(ausdrücklich )?ein",
               # The comment rules, as English's "comments may be deleted", in each language below too.
               r"kommentare (\w+ )?(werden|können) (ohne \w+ )?(gelöscht|entfernt|moderiert)"],
        "fr": [r"politique de confidentialité", r"vos données (personnelles|à caractère personnel)",
               r"votre consentement", r"(nos|les) conditions (générales )?d'utilisation",
               r"j'accepte (de recevoir|que mes données|le traitement)",
               r"commentaires? (\w+ )?(seront|sera|peuvent être|pourront être) (supprimés?|modérés?|effacés?)"],
        "es": [r"política de privacidad", r"(tus|sus) datos personales", r"(tu|su) consentimiento",
               r"(nuestros|los) términos (y condiciones|de uso)", r"acepto (recibir|que mis datos|el tratamiento)",
               r"comentarios (\w+ )?(serán|podrán ser|pueden ser) (eliminados|borrados|moderados)"],
        "it": [r"informativa (sulla )?privacy", r"(i tuoi|i suoi) dati personali", r"(il tuo|il suo) consenso",
               r"termini (e condizioni|di utilizzo)", r"(acconsento|accetto) (a ricevere|al trattamento)",
               r"commenti (\w+ )?(saranno|verranno|potranno essere) (cancellati|rimossi|moderati)"],
        "pt": [r"política de privacidade", r"(os )?(seus|teus) dados pessoais", r"(o )?(seu|teu) consentimento",
               r"termos (de uso|e condições)", r"(concordo|aceito) (em receber|com o tratamento)",
               r"comentários (\w+ )?(serão|poderão ser|podem ser) (apagados|removidos|moderados)"],
        "nl": [r"privacybeleid", r"privacyverklaring", r"(je|uw) persoonsgegevens", r"(je|uw) toestemming",
               r"ik ga akkoord met (het ontvangen|de verwerking)",
               r"reacties (\w+ )?(worden|kunnen worden) (verwijderd|gemodereerd)"],
        # The reader's data in each case it takes ("twoje dane osobowe", "o przetwarzaniu Twoich danych osobowych").
        "pl": [r"polityk[aię] prywatności", r"(twoje|twoich|twoimi|pana|pani|państwa) dan(e|ych|ymi) osobow(e|ych|ymi)",
               r"(twoją|twoja) zgod[aę]", r"regulamin(ie|u)? (serwisu|strony|forum)", r"wyrażam zgodę na (otrzymywanie|przetwarzanie)",
               r"akceptujesz regulamin", r"komentarze (\w+ )?(będą|mogą (być|zostać)) (usuwane|usunięte|moderowane)"],
        # Languages the sets hardly have: the site's own policy, the reader's data, the reader's consent.
        "ru": [r"(нашей|нашу|наша) политик(а|и|у|ой) конфиденциальности", r"(ваши|ваших|вашим) персональн(ые|ых|ым) данн(ые|ых|ым)",
               r"(даю|даёте|даете) (своё |свое )?согласие на обработку", r"администрация (сайта )?оставляет за собой право"],
        "uk": [r"(нашої|нашу|наша|нашою) політик(а|и|у|ою) конфіденційності", r"(ваші|ваших|вашим) персональн(і|их|им) дан(і|их|им)",
               r"(даю|даєте) згоду на обробку"],
        "tr": [r"gizlilik politikam[ıi]z\w*", r"kişisel verileriniz\w*",
               r"kullan[ıi]m (koşullar|şartlar)[ıi]n[ıi] kabul (ediyorum|etmiş olursunuz|edersiniz)"],
        "cs": [r"souhlasím se zpracováním", r"(vaše|vašich|vašimi) osobní(ch|mi)? údaj(e|ů|i)",
               r"(našich|naše|našimi) zásad(y|ách|ami) (ochrany|zpracování) osobních údajů"],
        "sv": [r"(vår|våra) (integritetspolicy|personuppgiftspolicy)", r"behandlar dina personuppgifter",
               r"jag (godkänner|samtycker till) (att|villkoren|behandlingen)"],
        "da": [r"vores (privatlivspolitik|persondatapolitik)", r"behandler dine personoplysninger",
               r"jeg (accepterer|samtykker til|giver samtykke til) (at|vilkårene|behandlingen)"],
        "no": [r"(vår|våre) (personvernerklæring|personvernregler)", r"behandler (dine )?personopplysning(ene|er)( dine)?",
               r"jeg samtykker (til|i) (at|vilkårene|behandlingen)"],
        "fi": [r"(tietosuojaselosteemme|tietosuojakäytäntömme)", r"henkilötietojesi",
               r"hyväksyn (käyttöehdot|tietosuojaselosteen|henkilötietojeni)"],
        "hu": [r"adatkezelési tájékoztató\w*", r"elfogadom az? (adatkezelési|felhasználási|általános)", r"személyes adataid"],
        "ro": [r"politica noastră de confidențialitate", r"datele (tale|dumneavoastră) (personale|cu caracter personal)",
               r"(sunt de acord|accept|îmi exprim acordul) (cu )?(termenii|prelucrarea|politica)"],
        "el": [r"πολιτική απορρήτου μας", r"προσωπικά σας δεδομένα", r"(συμφωνώ|αποδέχομαι) (με )?(τους όρους|την πολιτική)"],
        "id": [r"kebijakan privasi kami", r"data pribadi (anda|kamu)", r"(saya )?(menyetujui|setuju dengan) (syarat|ketentuan|kebijakan)"],
        "vi": [r"chính sách (bảo mật|quyền riêng tư) của chúng tôi", r"dữ liệu cá nhân của (bạn|quý vị)",
               r"tôi đồng ý với (các )?(điều khoản|chính sách)"],
        "ar": [r"سياسة الخصوصية (الخاصة بنا|لدينا)", r"بياناتك الشخصية", r"(أوافق|اوافق) على (الشروط|شروط|سياسة)"],
        # Scripts without spaces: the run of characters that holds the phrase (see DONATION_CUES).
        "ja": [r"\w*(プライバシーポリシー|個人情報保護方針|利用規約)(に|へ)同意\w*"],
        "ko": [r"\w*(개인정보 ?처리방침|개인정보 ?수집 및 이용|이용약관)에 동의\w*"],
        "zh": [r"\w*(我已阅读并同意|我已閱讀並同意|同意(本站|我们的)(隐私政策|用户协议|服务条款))\w*"],
    }),
    short_words="privacy_short_words", min_cues="privacy_min_cues", max_words="privacy_max_words",
    examples=[
        Example("The council met on Monday.\nBy submitting this form you agree that we store your personal data.\n"
                "You may revoke this consent at any time. Further details are in our privacy policy.\n"
                "Search engines will bring readers to your information.",
                removed=("By submitting this form you agree that we store your personal data.",
                         "You may revoke this consent at any time. Further details are in our privacy policy.")),
        Example("The council met on Monday.\nComments are limited to 300 words and are reviewed before they appear.\n"
                "Posters are responsible for what they write.\nNo defamatory statements or obscene language.\n"
                "Please read our posting guidelines first.",
                removed=("Comments are limited to 300 words and are reviewed before they appear.",
                         "Posters are responsible for what they write.", "No defamatory statements or obscene language.",
                         "Please read our posting guidelines first.")),
        Example("The judge ruled that the posts were defamatory and ordered the paper to pay damages, saying the "
                "comments it had published about the mayor were false and had harmed her reputation."),
        Example("Regulators fined the company after it shared users' personal data with advertisers, "
                "breaking the data protection law it had promised to follow."),
        Example("Der Bus fährt ab Montag.\nMit dem Absenden meiner Anmeldung willige ich ein, dass Ihre Daten gespeichert "
                "werden; die Einwilligung ist jederzeit widerruflich, mehr in unserer Datenschutzerklärung.\n"
                "En validant, vous acceptez nos conditions d'utilisation et le traitement de vos données personnelles.\n"
                "Al enviar aceptas que tratemos tus datos personales según nuestra política de privacidad.",
                removed=("Mit dem Absenden meiner Anmeldung willige ich ein, dass Ihre Daten gespeichert werden; die "
                         "Einwilligung ist jederzeit widerruflich, mehr in unserer Datenschutzerklärung.",
                         "En validant, vous acceptez nos conditions d'utilisation et le traitement de vos données personnelles.",
                         "Al enviar aceptas que tratemos tus datos personales según nuestra política de privacidad.")),
        # The comment rules and the reader's data in the languages the cues had none for, in their cases.
        Example("Le pont rouvre.\nLes commentaires injurieux seront supprimés.\nLos comentarios ofensivos serán eliminados.\n"
                "I commenti offensivi verranno cancellati.\nComentários ofensivos serão removidos.\n"
                "Beledigende reacties worden verwijderd.\nBeleidigende Kommentare werden ohne Vorwarnung gelöscht.\n"
                "Dodając komentarz, akceptujesz regulamin forum. Obraźliwe komentarze będą usuwane.\n"
                "Zanim przejdziesz dalej, zapoznaj się z informacją o przetwarzaniu Twoich danych osobowych.",
                removed=("Les commentaires injurieux seront supprimés.", "Los comentarios ofensivos serán eliminados.",
                         "I commenti offensivi verranno cancellati.", "Comentários ofensivos serão removidos.",
                         "Beledigende reacties worden verwijderd.", "Beleidigende Kommentare werden ohne Vorwarnung gelöscht.",
                         "Dodając komentarz, akceptujesz regulamin forum. Obraźliwe komentarze będą usuwane.",
                         "Zanim przejdziesz dalej, zapoznaj się z informacją o przetwarzaniu Twoich danych osobowych.")),
        Example("Le préfet a annoncé lundi que les commentaires haineux seront supprimés par les plateformes sous vingt-quatre "
                "heures, une mesure saluée par les associations de victimes mais critiquée par plusieurs avocats.\n"
                "Die Plattform kündigte an, dass Kommentare mit Hassrede künftig schneller gelöscht werden, sagte die Ministerin "
                "am Montag in Berlin vor Journalisten, und verwies auf das neue Gesetz zum Schutz der Nutzer."),
        # A sign-up form's consent box, in the reader's voice.
        Example("Der Bus fährt ab Montag.\nJa, ich will den Newsletter.\nHiermit willige ich ausdrücklich ein: Ich bin damit "
                "einverstanden, dass mir der Verein regelmäßig Informationen zu seinen Kursen schickt.\n"
                "I agree to receive emails from Example Books about new titles and offers.\n"
                "J'accepte de recevoir les offres de l'association par courrier électronique.\n"
                "Acepto recibir información sobre los cursos de la escuela por correo.\n"
                "Wyrażam zgodę na otrzymywanie informacji handlowych od wydawcy drogą elektroniczną.",
                removed=("Hiermit willige ich ausdrücklich ein: Ich bin damit einverstanden, dass mir der Verein regelmäßig "
                         "Informationen zu seinen Kursen schickt.",
                         "I agree to receive emails from Example Books about new titles and offers.",
                         "J'accepte de recevoir les offres de l'association par courrier électronique.",
                         "Acepto recibir información sobre los cursos de la escuela por correo.",
                         "Wyrażam zgodę na otrzymywanie informacji handlowych od wydawcy drogą elektroniczną.")),
        Example("\"Ich bin damit einverstanden, dass die Stadt das Grundstück kauft\", sagte der Bauer.\n"
                "\"I agree to the terms, but not to the price,\" the coach said.\nJ'accepte que le club ait changé d'avis."),
        Example("Die Behörde verhängte ein Bußgeld, weil die Firma Daten ihrer Kunden ohne deren Einwilligung weitergab.\n"
                "La justice a condamné l'entreprise pour avoir revendu les données de ses clients sans leur accord.\n"
                "Sąd uznał, że firma przekazała dane osobowe klientów bez ich zgody."),
        # The reader's data and the site's policy in languages the sets hardly have; a story's third party's data stays.
        Example("Совет собрался в четверг.\nНажимая кнопку, вы даёте согласие на обработку ваших персональных данных.\n"
                "Натискаючи кнопку, ви даєте згоду на обробку персональних даних.\n"
                "Kişisel verileriniz gizlilik politikamız kapsamında işlenir.\nSouhlasím se zpracováním osobních údajů.\n"
                "Läs mer om hur vi behandlar dina personuppgifter.\nLæs om, hvordan vi behandler dine personoplysninger.\n"
                "Les mer i vår personvernerklæring.\nHyväksyn käyttöehdot ja tietosuojaselosteen.\n"
                "Elfogadom az adatkezelési tájékoztatót.\nSunt de acord cu termenii și politica noastră de confidențialitate.\n"
                "Διαβάστε την πολιτική απορρήτου μας.\nSaya menyetujui syarat dan kebijakan privasi kami.\n"
                "Tôi đồng ý với các điều khoản và chính sách bảo mật của chúng tôi.\nأوافق على الشروط وسياسة الخصوصية لدينا.\n"
                "プライバシーポリシーに同意の上、送信してください。\n개인정보 처리방침에 동의합니다.\n我已阅读并同意用户协议。",
                removed=("Нажимая кнопку, вы даёте согласие на обработку ваших персональных данных.",
                         "Натискаючи кнопку, ви даєте згоду на обробку персональних даних.",
                         "Kişisel verileriniz gizlilik politikamız kapsamında işlenir.",
                         "Souhlasím se zpracováním osobních údajů.", "Läs mer om hur vi behandlar dina personuppgifter.",
                         "Læs om, hvordan vi behandler dine personoplysninger.", "Les mer i vår personvernerklæring.",
                         "Hyväksyn käyttöehdot ja tietosuojaselosteen.", "Elfogadom az adatkezelési tájékoztatót.",
                         "Sunt de acord cu termenii și politica noastră de confidențialitate.",
                         "Διαβάστε την πολιτική απορρήτου μας.", "Saya menyetujui syarat dan kebijakan privasi kami.",
                         "Tôi đồng ý với các điều khoản và chính sách bảo mật của chúng tôi.",
                         "أوافق على الشروط وسياسة الخصوصية لدينا.", "プライバシーポリシーに同意の上、送信してください。",
                         "개인정보 처리방침에 동의합니다.", "我已阅读并同意用户协议。")),
        Example("Суд оштрафовал компанию за утечку персональных данных клиентов.\n"
                "Şirket, müşterilerin kişisel verilerini izinsiz paylaştığı için para cezasına çarptırıldı.\n"
                "Úřad pokutoval firmu za únik osobních údajů zákazníků.\n"
                "Myndigheten bötfällde bolaget för att ha läckt kundernas personuppgifter.\n"
                "Το δικαστήριο επέβαλε πρόστιμο στην εταιρεία για διαρροή προσωπικών δεδομένων πελατών.\n"
                "Pengadilan mendenda perusahaan itu karena membocorkan data pribadi pelanggan.\n"
                "Tòa án phạt công ty vì làm lộ dữ liệu cá nhân của khách hàng.\n"
                "غرمت المحكمة الشركة بسبب تسريب البيانات الشخصية للعملاء.\n"
                "裁判所は顧客の個人情報を流出させた企業に罰金を科した。\n法院因泄露用户隐私对该公司处以罚款。"),
    ],
)

_COMPANY = r"(?-i:\p{Lu})[\w&.-]*( (?-i:\p{Lu})[\w&.-]*){0,3}"
company_boilerplate = pattern_detector(
    "company-boilerplate",
    """The "About the company" paragraph that closes press releases ("X is a
    leading global provider of...", "X is headquartered in... and employs"),
    the end mark that closes a release ("-ENDS-", "Fin du communiqué"), and
    the publisher's imprint ("A publication of the Harbour Media Group."):
    the same on every release or page, not the news.""",
    roles={Role.CHROME},
    max_words="company_boilerplate_max_words",
    branches={
        # A release's end mark, between dashes or hashes or alone on its line.
        "any": [r"^[-–—#\s]*(ends|end of (press )?release|fin du communiqué|fin de communiqué|ende der pressemitteilung"
                r"|einde persbericht|fin del comunicado|fine del comunicato|fim do comunicado|koniec komunikatu)[-–—#\s]*$"],
        "en": [
            (rf"^{_COMPANY} is (a|an|the) (leading|global|world'?s|international|worldwide|market-leading)\b.{{0,80}}"
            r"\b(provider|supplier|manufacturer|developer|company|group|maker|publisher|leader)\b"),
            rf"^{_COMPANY} is headquartered in\b.{{0,200}}\b(employs|subsidiaries|offices|operations)\b",
            rf"^(about) {_COMPANY}:?$",
            # The publisher's imprint: "A publication of the Harbour Media Group."
            rf"^(a|an) (publication|product|service|member|division|unit) (of|by|from)( the)?( {_COMPANY})?\.?$",
        ],
        "de": [rf"^(über) {_COMPANY}:?$"],
        "fr": [rf"^(à propos (de|des|du|d'|d’)) ?{_COMPANY}:?$"],
        "es": [rf"^(acerca de) {_COMPANY}:?$"],
        "pl": [rf"^(o firmie) {_COMPANY}:?$"],
        "it": [rf"^(informazioni su) {_COMPANY}:?$"],
    },
    examples=[
        Example("The deal closes in May.\nAbout Examplecorp\nExamplecorp is a leading global provider of billing software "
                "for utilities.\nExamplecorp is headquartered in Leeds and employs 900 people in six countries.",
                removed=("About Examplecorp", "Examplecorp is a leading global provider of billing software for utilities.",
                         "Examplecorp is headquartered in Leeds and employs 900 people in six countries.")),
        Example("The firm, a leading supplier of rail parts, said it would cut 200 jobs at its plant in Derby."),
        # The "about" heading with an article before the name.
        Example("The deal closes in May.\nÀ propos des Ateliers Dumont\nÀ propos du Groupe Lemaire",
                removed=("À propos des Ateliers Dumont", "À propos du Groupe Lemaire")),
        Example("À propos des ateliers, le maire a promis une aide."),
        # The end mark that closes a release, by language; a sentence naming it stays.
        Example("The shop opens in May.\n-ENDS-\n– Fin du communiqué –\nEnde der Pressemitteilung\neinde persbericht ---\n"
                "Fin del comunicado\nFine del comunicato",
                removed=("-ENDS-", "– Fin du communiqué –", "Ende der Pressemitteilung", "einde persbericht ---",
                         "Fin del comunicado", "Fine del comunicato")),
        Example("Das Ende der Pressemitteilung nannte keinen Termin, sagte der Sprecher."),
        # The publisher's imprint under the story.
        Example("The deal closes in May.\nA publication of the Harbour Media Group.\nA service of Example News",
                removed=("A publication of the Harbour Media Group.", "A service of Example News")),
        Example("A product of the war years, the bridge was built in six months.\nA member of the board resigned."),
    ],
)

contact_details = cue_detector(
    "contact-details",
    """The site's contact block ("Telephone: ..., Fax: ..., E-mail: ..."):
    how to reach the publisher, not the story.""",
    roles={Role.CHROME},
    # A label and what follows it: "Tel: +44...", "E-mail: help@...".
    cues=CuePattern({
        "en": [r"telephone", r"tel", r"phone", r"fax", r"mobile"],
        "de": [r"telefon"],
        "fr": [r"téléphone"],
        "es": [r"teléfono"],
        "it": [r"telefono"],
        "any": [r"e-?mail"],
    }, after=r"\s*[:.]{1,2}\s*[+*\d(\w]"),
    short_words="contact_short_words", min_cues="contact_min_cues", max_words="contact_max_words",
    examples=[
        Example("The office reopens on Monday.\nCustomer service: Telephone: 0800 123 456, Fax: 0800 123 457, "
                "e-mail: help@example.com\nTel: +44 20 7946 0000",
                removed=("Customer service: Telephone: 0800 123 456, Fax: 0800 123 457, e-mail: help@example.com",
                         "Tel: +44 20 7946 0000")),
        Example("Residents were asked to phone the council or send an e-mail if their bins were not collected by Friday."),
        Example("Die Stelle öffnet am Montag.\nTel.: (030) 12 34 56 78", removed=("Tel.: (030) 12 34 56 78",)),
    ],
)
