"""News pages in languages the benchmark sets hardly have (issue 12, items 5
and 6): Russian, Chinese, Japanese, Czech, Swedish, Turkish, Ukrainian,
Finnish, Korean, Hungarian. Each page is as
html-text renders one: skip link, menu, headline, byline and date, the story
with a related link, an ad marker and a newsletter box set between its
paragraphs, then the share bar, a donation appeal, related articles, the
comment prompt and the footer. The story's paragraphs come back whole; the
chrome goes, each line by the detector that names it. Invented pages."""

from __future__ import annotations

import pytest
from helpers import kept_and_language, removed_by


def page(*, skip, menu, header, paragraphs, read_also, ad, newsletter, share, donation, related, comments, footer):
    """The page's lines, its story's paragraphs, and the detector each piece of chrome must be removed by."""
    first, second, third, *rest = paragraphs
    lines = [skip, *menu, *header, first, second, read_also, ad, third, *newsletter, *rest, *share, *donation,
             *related, *comments, *footer]
    removers = {skip: "skip-link", read_also: "read-also-link", ad: "advertisement",
                **dict.fromkeys(newsletter, "newsletter-prompt"), **dict.fromkeys(share, "share-bar"),
                **dict.fromkeys(donation, "donation-appeal"), related[0]: "related-list",
                comments[0]: "comment-prompt", footer[0]: "copyright-licence"}
    return lines, paragraphs, removers


PAGES = {
    "ru": page(
        skip="Перейти к содержанию",
        menu=["Главная", "Новости", "Политика", "Экономика", "Спорт", "Культура", "Наука"],
        header=["В Заречном открыли новый мост через реку Быструю", "Ирина Соколова", "12 марта 2024, 14:35"],
        paragraphs=[
            "Новый мост через реку Быструю открыли в четверг утром, и уже к обеду по нему проехали первые рейсовые "
            "автобусы. Строительство заняло почти три года и обошлось городскому бюджету в 1,2 миллиарда рублей.",
            "По словам главы города Андрея Морозова, мост сократит путь из северных районов в центр примерно на "
            "двадцать минут. «Раньше людям приходилось стоять в пробках на старом переезде, теперь эта проблема "
            "решена», — сказал он на церемонии открытия.",
            "Старый мост, построенный в 1968 году, закроют на ремонт в мае. Инженеры обследовали его прошлой осенью "
            "и нашли трещины в двух опорах, поэтому грузовикам проезд по нему уже запрещён.",
            "Жители прибрежных улиц, однако, жалуются на шум. Они собрали около трёхсот подписей под обращением к "
            "администрации с просьбой установить шумозащитные экраны вдоль съезда.",
            "В мэрии обещали рассмотреть обращение до конца месяца и провести замеры уровня шума весной, когда "
            "движение по мосту станет полным.",
        ],
        read_also="Читайте также: Весной в городе отремонтируют сорок улиц",
        ad="Реклама",
        newsletter=["Подпишитесь на рассылку", "Получайте главные новости дня на почту каждое утро."],
        share=["Поделиться", "ВКонтакте", "Одноклассники", "Telegram"],
        donation=["Поддержите независимую журналистику",
                  "Ваше пожертвование помогает нам работать. Поддержать редакцию можно по ссылке."],
        related=["Читайте также", "Автобусный маршрут № 12 продлят до нового микрорайона",
                 "На набережной появится велодорожка"],
        comments=["Оставить комментарий", "Чтобы оставить комментарий, войдите или зарегистрируйтесь."],
        footer=["© 2024 Заречные вести. Все права защищены.", "О нас", "Контакты", "Политика конфиденциальности"],
    ),
    "zh": page(
        skip="跳到主要内容",
        menu=["首页", "新闻", "国内", "国际", "财经", "体育", "文化"],
        header=["滨江新桥正式通车 北区到市中心缩短二十分钟", "记者 王丽", "2024年3月12日 14:35", "来源：滨江日报"],
        paragraphs=[
            "滨江新桥于周四上午正式通车，当天中午第一批公交车已从桥上驶过。大桥建设历时近三年，总投资约十二亿元，全部由市财政承担。",
            "市长李强在通车仪式上表示，新桥将使北部城区到市中心的车程缩短约二十分钟。“过去市民要在老路口排很长的队，现在这个问题解决了。”他说。",
            "建于一九六八年的老桥将于五月封闭维修。工程师去年秋天对其进行了检测，发现两个桥墩出现裂缝，目前货车已被禁止通行。",
            "不过，沿江街道的居民抱怨噪音太大。他们已经收集了约三百个签名，请求政府在匝道两侧安装隔音屏障。",
            "市政府表示将在月底前答复居民的请求，并计划在春季大桥全面通车后测量噪音水平。",
        ],
        read_also="相关阅读：春季全市将改造四十条道路",
        ad="广告",
        newsletter=["订阅我们的新闻简报", "每天早上把最重要的新闻发送到您的邮箱。"],
        share=["分享到：", "微信", "微博", "QQ空间"],
        donation=["支持我们", "您的捐助让独立新闻报道得以继续。"],
        related=["相关文章", "12路公交线路将延伸至新小区", "滨江大道将新建自行车道"],
        comments=["发表评论", "请登录后发表评论"],
        footer=["版权所有 © 2024 滨江日报 保留所有权利", "关于我们", "联系我们", "隐私政策"],
    ),
    "ja": page(
        skip="メインコンテンツへスキップ",
        menu=["ホーム", "ニュース", "政治", "経済", "スポーツ", "文化"],
        header=["川辺市に新しい橋が開通 北部から中心部まで20分短縮", "山田花子", "2024年3月12日 14時35分"],
        paragraphs=[
            "川辺市の新しい橋が木曜日の朝に開通し、昼までには最初の路線バスが橋を渡った。建設には約3年かかり、総工費はおよそ12億円で、すべて市の予算から支出された。",
            "市長の佐藤健一氏は開通式で、新しい橋によって北部地区から市の中心部までの所要時間が約20分短くなると述べた。「これまで市民は古い交差点で長い渋滞に巻き込まれていたが、その問題は解決した」と話した。",
            "1968年に建設された古い橋は、5月から改修のため閉鎖される。技術者が昨年秋に点検したところ、2本の橋脚にひびが見つかり、すでにトラックの通行は禁止されている。",
            "一方、川沿いの住民からは騒音への苦情が出ている。住民らは約300人分の署名を集め、取り付け道路沿いに防音壁を設置するよう市に求めた。",
            "市は月末までに要望に回答し、橋の交通量が本格的に増える春に騒音の測定を行う予定だという。",
        ],
        read_also="関連記事：春に市内40本の道路を改修へ",
        ad="広告",
        newsletter=["ニュースレターに登録", "毎朝、主要ニュースをメールでお届けします。"],
        share=["この記事をシェアする", "ツイート", "LINEで送る", "はてなブックマーク"],
        donation=["ご支援のお願い", "ご寄付は取材活動に使わせていただきます。"],
        related=["関連記事", "12番バス路線、新しい住宅地まで延長", "川沿いに自転車道を整備"],
        comments=["コメントを書く", "コメントするにはログインしてください"],
        footer=["無断転載を禁じます。", "会社概要", "お問い合わせ", "プライバシーポリシー"],
    ),
    "cs": page(
        skip="Přejít k obsahu",
        menu=["Domů", "Zprávy", "Domácí", "Zahraničí", "Ekonomika", "Sport", "Kultura"],
        header=["V Zábřehu otevřeli nový most přes řeku", "Jana Nováková", "12. března 2024 14:35"],
        paragraphs=[
            "Nový most přes řeku otevřeli ve čtvrtek ráno a už kolem poledne po něm projely první linkové autobusy. "
            "Stavba trvala téměř tři roky a stála městský rozpočet zhruba 480 milionů korun.",
            "Podle starosty Petra Dvořáka most zkrátí cestu ze severních čtvrtí do centra asi o dvacet minut. „Lidé "
            "dříve stáli v kolonách na starém přejezdu, teď je ten problém vyřešen,“ řekl při slavnostním otevření.",
            "Starý most z roku 1968 se v květnu uzavře kvůli opravě. Inženýři ho loni na podzim prohlédli a na dvou "
            "pilířích našli trhliny, nákladní auta proto už po něm jezdit nesmějí.",
            "Obyvatelé ulic u řeky si však stěžují na hluk. Sebrali asi tři sta podpisů pod žádost, aby radnice "
            "podél sjezdu postavila protihlukové stěny.",
            "Radnice slíbila, že žádost posoudí do konce měsíce a hluk změří na jaře, až bude provoz na mostě plný.",
        ],
        read_also="Čtěte také: Na jaře se opraví čtyřicet ulic",
        ad="Reklama",
        newsletter=["Odebírejte náš newsletter", "Nejdůležitější zprávy dne každé ráno do vaší schránky."],
        share=["Sdílet", "Sdílet na Facebooku", "Tisk"],
        donation=["Podpořte nezávislou žurnalistiku",
                  "Váš dar nám pomáhá psát dál. Přispět můžete jednorázově nebo pravidelně."],
        related=["Související články", "Autobusová linka 12 se prodlouží", "Na nábřeží vznikne cyklostezka"],
        comments=["Přidat komentář", "Pro přidání komentáře se musíte přihlásit."],
        footer=["© 2024 Zábřežské listy. Všechna práva vyhrazena.", "O nás", "Kontakt", "Ochrana osobních údajů"],
    ),
    "sv": page(
        skip="Hoppa till innehållet",
        menu=["Start", "Nyheter", "Inrikes", "Utrikes", "Ekonomi", "Sport", "Kultur"],
        header=["Ny bro över älven invigd i Åby", "Anna Lindqvist", "12 mars 2024 kl. 14.35"],
        paragraphs=[
            "Den nya bron över älven invigdes på torsdagsmorgonen, och redan vid lunch körde de första "
            "linjebussarna över den. Bygget tog nästan tre år och kostade kommunen omkring 450 miljoner kronor.",
            "Enligt kommunstyrelsens ordförande Erik Johansson förkortar bron resan från de norra stadsdelarna till "
            "centrum med ungefär tjugo minuter. ”Förut fick folk stå i kö vid den gamla övergången, nu är det "
            "problemet löst”, sa han vid invigningen.",
            "Den gamla bron från 1968 stängs för renovering i maj. Ingenjörer undersökte den i höstas och hittade "
            "sprickor i två av pelarna, och lastbilar får redan inte köra över den.",
            "Boende längs älven klagar dock på buller. De har samlat in omkring trehundra namnunderskrifter och "
            "vill att kommunen bygger bullerplank längs avfarten.",
            "Kommunen lovar att svara före månadens slut och att mäta bullret i vår, när trafiken över bron är i "
            "full gång.",
        ],
        read_also="Läs också: Fyrtio gator ska rustas upp i vår",
        ad="Annons",
        newsletter=["Prenumerera på vårt nyhetsbrev", "Dagens viktigaste nyheter i din inkorg varje morgon."],
        share=["Dela", "Dela på Facebook", "Skriv ut"],
        donation=["Stöd oberoende journalistik",
                  "Ditt bidrag hjälper oss att fortsätta granska makten. Swisha eller ge ett månatligt stöd."],
        related=["Relaterade artiklar", "Busslinje 12 förlängs till nya bostadsområdet", "Cykelbana byggs längs kajen"],
        comments=["Skriv en kommentar", "Du måste vara inloggad för att kommentera."],
        footer=["© 2024 Åby Tidning. Alla rättigheter förbehållna.", "Om oss", "Kontakt", "Integritetspolicy"],
    ),
    "tr": page(
        skip="İçeriğe geç",
        menu=["Ana Sayfa", "Gündem", "Dünya", "Ekonomi", "Spor", "Kültür"],
        header=["Irmak üzerindeki yeni köprü trafiğe açıldı", "Ayşe Yılmaz", "12 Mart 2024 14:35"],
        paragraphs=[
            "Irmak üzerindeki yeni köprü perşembe sabahı trafiğe açıldı ve öğle saatlerinde ilk belediye otobüsleri "
            "köprüden geçti. Yaklaşık üç yıl süren inşaat, belediye bütçesine 400 milyon liraya mal oldu.",
            "Belediye Başkanı Mehmet Demir, yeni köprünün kuzey mahallelerinden şehir merkezine yolculuğu yaklaşık "
            "yirmi dakika kısaltacağını söyledi. Açılış töreninde konuşan Demir, \"Eskiden vatandaşlar eski geçitte "
            "uzun kuyruklarda bekliyordu, artık bu sorun çözüldü\" dedi.",
            "1968 yılında yapılan eski köprü mayıs ayında onarım için kapatılacak. Mühendisler geçen sonbaharda "
            "yaptıkları incelemede iki ayakta çatlak buldu ve kamyonların köprüden geçişi şimdiden yasaklandı.",
            "Ancak nehir kıyısındaki sokaklarda yaşayanlar gürültüden şikâyetçi. Mahalle sakinleri, bağlantı yolu "
            "boyunca ses bariyeri kurulması için yaklaşık üç yüz imza topladı.",
            "Belediye, talebi ay sonuna kadar yanıtlayacağını ve köprüdeki trafik tam kapasiteye ulaştığında "
            "ilkbaharda gürültü ölçümü yapacağını açıkladı.",
        ],
        read_also="Ayrıca okuyun: İlkbaharda kırk sokak yenilenecek",
        ad="Reklam",
        newsletter=["Bültenimize abone olun", "Günün en önemli haberleri her sabah e-posta kutunuzda."],
        share=["Paylaş", "Facebook'ta paylaş", "Yazdır"],
        donation=["Bağımsız gazeteciliği destekleyin", "Bağışınız çalışmamızı sürdürmemize yardımcı oluyor."],
        related=["İlgili Haberler", "12 numaralı otobüs hattı uzatılıyor", "Sahil boyunca bisiklet yolu yapılacak"],
        comments=["Yorum yaz", "Yorum yapabilmek için giriş yapmalısınız."],
        footer=["© 2024 Irmak Gazetesi. Tüm hakları saklıdır.", "Hakkımızda", "İletişim", "Gizlilik Politikası"],
    ),
    "uk": page(
        skip="Перейти до вмісту",
        menu=["Головна", "Новини", "Політика", "Економіка", "Спорт", "Культура"],
        header=["У Заріччі відкрили новий міст через річку", "Олена Коваль", "12 березня 2024, 14:35"],
        paragraphs=[
            "Новий міст через річку відкрили в четвер уранці, і вже до обіду ним проїхали перші рейсові автобуси. "
            "Будівництво тривало майже три роки й коштувало міському бюджету близько мільярда гривень.",
            "За словами міського голови Андрія Мороза, міст скоротить дорогу з північних районів до центру "
            "приблизно на двадцять хвилин. «Раніше люди стояли в заторах на старому переїзді, тепер цю проблему "
            "розв'язано», — сказав він.",
            "Старий міст, збудований у 1968 році, закриють на ремонт у травні. Інженери оглянули його минулої осені "
            "й знайшли тріщини у двох опорах, тому вантажівкам їздити ним уже заборонено.",
            "Мешканці прибережних вулиць, однак, скаржаться на шум. Вони зібрали близько трьохсот підписів під "
            "зверненням до міської ради з проханням встановити шумозахисні екрани вздовж з'їзду.",
            "У раді пообіцяли розглянути звернення до кінця місяця і навесні виміряти рівень шуму, коли рух мостом "
            "стане повним.",
        ],
        read_also="Читайте також: Навесні в місті відремонтують сорок вулиць",
        ad="Реклама",
        newsletter=["Підпишіться на нашу розсилку", "Отримуйте головні новини дня на пошту щоранку."],
        share=["Поділитися", "Facebook", "Telegram"],
        donation=["Підтримайте незалежну журналістику", "Ваша пожертва допомагає нам працювати далі."],
        related=["Схожі новини", "Автобусний маршрут № 12 подовжать", "На набережній з'явиться велодоріжка"],
        comments=["Залишити коментар", "Щоб залишити коментар, увійдіть на сайт."],
        footer=["© 2024 Зарічні вісті. Усі права захищені.", "Про нас", "Контакти", "Політика конфіденційності"],
    ),
    "fi": page(
        skip="Siirry sisältöön",
        menu=["Etusivu", "Uutiset", "Kotimaa", "Ulkomaat", "Talous", "Urheilu"],
        header=["Uusi silta avattiin liikenteelle Joensuussa", "Anna Virtanen", "12. maaliskuuta 2024 klo 14.35"],
        paragraphs=[
            "Uusi silta joen yli avattiin torstaiaamuna, ja jo puoleenpäivään mennessä ensimmäiset linja-autot "
            "ajoivat sen yli. Rakentaminen kesti lähes kolme vuotta ja maksoi kaupungille noin 45 miljoonaa euroa.",
            "Kaupunginjohtaja Mikko Laine sanoi avajaisissa, että silta lyhentää matkaa pohjoisista kaupunginosista "
            "keskustaan noin kahdellakymmenellä minuutilla. ”Ennen ihmiset seisoivat jonossa vanhalla "
            "ylityspaikalla, nyt ongelma on ratkaistu”, hän sanoi.",
            "Vuonna 1968 rakennettu vanha silta suljetaan korjausten ajaksi toukokuussa. Insinöörit tarkastivat sen "
            "viime syksynä ja löysivät halkeamia kahdesta pilarista, joten rekat eivät saa enää ajaa sen yli.",
            "Joenrannan asukkaat kuitenkin valittavat melusta. He keräsivät noin kolmesataa nimeä adressiin, jossa "
            "kaupunkia pyydetään rakentamaan meluaidat liittymän varrelle.",
            "Kaupunki lupaa vastata kuun loppuun mennessä ja mitata melun keväällä, kun liikenne sillalla on "
            "täydessä vauhdissa.",
        ],
        read_also="Lue myös: Keväällä korjataan neljäkymmentä katua",
        ad="Mainos",
        newsletter=["Tilaa uutiskirjeemme", "Päivän tärkeimmät uutiset sähköpostiisi joka aamu."],
        share=["Jaa", "Jaa Facebookissa", "Tulosta"],
        donation=["Tue riippumatonta journalismia", "Lahjoita ja auta meitä jatkamaan työtämme."],
        related=["Luetuimmat", "Bussilinja 12 jatkuu uudelle asuinalueelle", "Rantaan rakennetaan pyörätie"],
        comments=["Kirjoita kommentti", "Kommentit (3)"],
        footer=["© 2024 Joensuun Sanomat. Kaikki oikeudet pidätetään.", "Tietoa meistä", "Yhteystiedot", "Tietosuoja"],
    ),
    "ko": page(
        skip="본문 바로가기",
        menu=["홈", "뉴스", "정치", "경제", "스포츠", "문화"],
        header=["강변시 새 다리 개통… 북부에서 도심까지 20분 단축", "김민지 기자", "2024년 3월 12일 14:35"],
        paragraphs=[
            "강변시의 새 다리가 목요일 아침 개통됐고, 점심 무렵에는 첫 시내버스가 다리를 건넜다. 공사는 약 3년이 "
            "걸렸으며 총 공사비는 약 1200억 원으로 모두 시 예산에서 나왔다.",
            "박준호 시장은 개통식에서 새 다리가 북부 지역에서 도심까지 이동 시간을 약 20분 줄일 것이라고 말했다. "
            "\"그동안 시민들이 옛 교차로에서 긴 정체를 겪었지만 이제 그 문제가 해결됐다\"고 그는 말했다.",
            "1968년에 지어진 옛 다리는 5월부터 보수를 위해 폐쇄된다. 기술자들이 지난가을 점검에서 교각 두 곳에 "
            "균열을 발견했고, 화물차 통행은 이미 금지됐다.",
            "그러나 강가 주민들은 소음 피해를 호소하고 있다. 주민들은 진입로를 따라 방음벽을 설치해 달라는 요청서에 "
            "약 300명의 서명을 모았다.",
            "시는 이달 말까지 요청에 답하고, 다리 교통량이 본격적으로 늘어나는 봄에 소음을 측정할 계획이라고 밝혔다.",
        ],
        read_also="관련기사: 봄에 시내 도로 40곳 정비",
        ad="광고",
        newsletter=["뉴스레터 구독하기"],
        share=["공유하기", "카카오톡", "페이스북"],
        donation=["후원하기"],
        related=["관련 기사", "12번 버스 노선 신도시까지 연장", "강변 자전거길 조성"],
        comments=["댓글 쓰기", "댓글 0"],
        footer=["무단전재 및 재배포 금지", "회사소개", "고객센터", "개인정보처리방침"],
    ),
    "hu": page(
        skip="Ugrás a tartalomhoz",
        menu=["Címlap", "Belföld", "Külföld", "Gazdaság", "Sport", "Kultúra"],
        header=["Átadták az új hidat Szentesen", "Kiss Anna", "2024. március 12. 14:35"],
        paragraphs=[
            "Az új hidat csütörtök reggel adták át a forgalomnak, és délre már az első menetrend szerinti buszok is "
            "áthaladtak rajta. Az építkezés közel három évig tartott, és mintegy 18 milliárd forintba került.",
            "Nagy Péter polgármester az átadáson azt mondta, hogy a híd mintegy húsz perccel rövidíti le az utat az "
            "északi városrészekből a belvárosba. „Korábban az emberek sorban álltak a régi átkelőnél, most ez a "
            "gond megoldódott” – mondta.",
            "Az 1968-ban épült régi hidat májusban felújítás miatt lezárják. A mérnökök tavaly ősszel "
            "megvizsgálták, és két pillérén repedéseket találtak, ezért a teherautók már nem hajthatnak fel rá.",
            "A folyóparti utcák lakói azonban a zajra panaszkodnak. Mintegy háromszáz aláírást gyűjtöttek, hogy a "
            "város építsen zajvédő falat a lehajtó mentén.",
            "A város a hónap végéig válaszol, és tavasszal megméri a zajt, amikor a hídon már teljes a forgalom.",
        ],
        read_also="Olvasd el ezt is: Negyven utcát újítanak fel tavasszal",
        ad="Hirdetés",
        newsletter=["Iratkozzon fel hírlevelünkre"],
        share=["Megosztás", "Facebook", "Nyomtatás"],
        donation=["Támogasson minket!", "Adományozzon, hogy a független sajtó megmaradjon."],
        related=["Kapcsolódó cikkek", "Meghosszabbítják a 12-es buszt", "Kerékpárút épül a rakparton"],
        comments=["Szólj hozzá!", "Hozzászólások (2)"],
        footer=["© 2024 Szentesi Hírek. Minden jog fenntartva.", "Impresszum", "Kapcsolat", "Adatvédelem"],
    ),
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_the_story_comes_back_whole(cleaner, language):
    lines, paragraphs, _ = PAGES[language]
    assert kept_and_language(cleaner, lines) == (paragraphs, language)


@pytest.mark.parametrize("language", sorted(PAGES))
def test_the_chrome_goes_named_by_its_detector(cleaner, language):
    lines, _, removers = PAGES[language]
    assert removed_by(cleaner, lines, removers) == removers
