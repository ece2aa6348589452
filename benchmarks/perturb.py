"""Perturbation probe: does the cleaner keep a page's article when the chrome around it changes?

Each choosing-fold page (folds 0-2 only; held-out pages are never read) of the sets given is
cleaned as text, then changed in ways that leave its article alone, and cleaned again:
chrome the cleaner itself removes before or after the article is dropped, shuffled, duplicated
or joined; a cookie banner, a newsletter box, a related list or a comment thread (generic
templates, in the page's language) is inserted outside the article; the headline goes; blank
lines change. Since session 31 also what unseen pages do that the rest does not: a long comment thread
(long-thread), other stories' teasers with summaries above the headline (teasers-above), a box in
another language than the story's (foreign-newsletter-mid), no blank line between the article's
paragraphs while the chrome keeps its own (paragraphs-unparted). Since session 32 an author's bio (a
heading over a paragraph about the writer) under the article (insert-bio) or between its header and its
first line (bio-above), and other stories' teasers with summaries under it (teasers-below).
For each perturbation: on how many pages it applies, how many lose article text (scored against
truth with the metric quality.py uses, through its loaders: a `with` snippet found before and lost,
or a shingle recall down by over LOSS), how many lose the article whole (quality.py's "article
lost", which the unperturbed page was not), how many gain, and on how
many the inserted or duplicated lines stay in the output (chrome kept).

    python benchmarks/perturb.py /work/shared/bench/{aeb,gn,traf}-dev
    python benchmarks/perturb.py /work/shared/bench/traf-dev --only drop-headline,insert-related --list 20
    python benchmarks/perturb.py /work/shared/bench --sample 150 --seed 3 --by-set

--list N names the first N (set, page, perturbation) cases that lose text, for study with
`cleaner explain` on the page changed the same way (`--write DIR` saves each such page);
--lost names every case that loses the article whole (saved too with `--write DIR`).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from folds import choosing_folds
from quality import BenchSet, Page, load_sets

LOSS = 0.05  # a shingle recall lower by more than this than the unperturbed page's lost article text
SHORT_WORDS = 4  # a chrome line of at most this many words is a menu item (reordered, joined)
LEAD_WORDS = 20  # a paragraph of at least this many words is copied as a teaser or comment
JOIN_RUN = 5  # join-chrome joins runs of this many short chrome lines into one line

# --- the page as lines ----------------------------------------------------------


@dataclass(frozen=True)
class Line:
    text: str
    blank_before: bool
    removed_by: str | None  # what removed it in the unperturbed page (None: kept)
    added: bool = False  # inserted or duplicated by the perturbation


Lines = list[Line]


def render(lines: Lines) -> str:
    parts: list[str] = []
    for line in lines:
        if line.blank_before and parts:
            parts.append("")
        parts.append(line.text)
    return "\n".join(parts) + "\n"


def article_span(lines: Lines) -> tuple[int, int] | None:
    """(first, last) index of the lines kept in the unperturbed page; None when none is."""
    kept = [at for at, line in enumerate(lines) if line.removed_by is None]
    return (kept[0], kept[-1]) if kept else None


def chrome_groups(lines: Lines, start: int, stop: int) -> list[tuple[int, int]]:
    """Runs of lines[start:stop] removed by one detector with no blank line inside: (start, stop) each."""
    groups: list[tuple[int, int]] = []
    at = start
    while at < stop:
        end = at + 1
        while end < stop and lines[end].removed_by == lines[at].removed_by and not lines[end].blank_before:
            end += 1
        groups.append((at, end))
        at = end
    return groups


def _added(texts: list[str]) -> Lines:
    return [Line(text, at == 0, None, True) for at, text in enumerate(texts)]


def _under_article(lines: Lines, span: tuple[int, int], block: Lines) -> Lines:
    """``block`` set under the article, the line after it starting a group of its own."""
    after = lines[span[1] + 1:]
    if after:
        after = [Line(after[0].text, True, after[0].removed_by)] + after[1:]
    return lines[:span[1] + 1] + block + after


def _above_line(lines: Lines, at: int, block: Lines) -> Lines:
    """``block`` set above line ``at``, which then starts a group of its own."""
    return lines[:at] + block + [Line(lines[at].text, True, lines[at].removed_by)] + lines[at + 1:]


def _article_paragraphs(lines: Lines, span: tuple[int, int]) -> list[str]:
    """The article's kept lines of LEAD_WORDS words or more: what invented comments and teasers are made of."""
    return [line.text for line in lines[span[0]:span[1] + 1]
            if line.removed_by is None and len(line.text.split()) >= LEAD_WORDS]


def _teaser_summary(paragraph: str, rng: random.Random) -> str:
    """A teaser's one-sentence summary of a paragraph's words, begun with a capital as a sentence is: in lower
    case it read as its headline's wrapped line (fragments.continuations), joined to it as one paragraph."""
    summary = _sentence_of(" ".join(_shuffled_words(paragraph, rng).split()[:LEAD_WORDS + 5]))
    return summary[:1].upper() + summary[1:]


# --- invented chrome, by language (generic wording, none from the sets) -----------------

TEMPLATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "bio": ["About the author",
                "Sarah Miller has written about politics, business and everyday life in the region for more than "
                "twenty years. Before she joined the newsroom she worked as a teacher and as a press officer for a "
                "charity. She lives with her family in a small town by the coast, and in her free time she sails, "
                "reads crime novels and looks after a garden that is never quite finished."],
        "cookie": ["We use cookies to improve your experience on our site. By continuing to browse, you agree "
                   "to our use of cookies.", "Accept all", "Settings"],
        "newsletter": ["Get our newsletter", "The best stories of the day, delivered to your inbox every morning.",
                       "Your email address", "Subscribe"],
        "related": ["Related articles", "City council approves new budget after long debate",
                    "Local school celebrates its hundredth anniversary",
                    "Storm expected to bring heavy rain this weekend",
                    "How small businesses are coping with rising costs"],
        "comments": ["3 comments", "Mark", "12 March 2023 at 10:15", "Thanks for this, very interesting read.", "Reply",
                     "Anna", "12 March 2023 at 11:02",
                     "I do not agree with everything here, but the points about costs are fair.", "Reply",
                     "Leave a comment"],
    },
    "de": {
        "bio": ["Über die Autorin",
                "Sarah Müller schreibt seit mehr als zwanzig Jahren über Politik, Wirtschaft und den Alltag in der "
                "Region. Bevor sie in die Redaktion kam, arbeitete sie als Lehrerin und als Pressesprecherin eines "
                "Vereins. Sie lebt mit ihrer Familie in einer kleinen Stadt am See, und in ihrer freien Zeit segelt "
                "sie, liest Kriminalromane und kümmert sich um einen Garten, der nie ganz fertig wird."],
        "cookie": ["Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten. Mit der weiteren "
                   "Nutzung stimmen Sie dem zu.", "Alle akzeptieren", "Einstellungen"],
        "newsletter": ["Unser Newsletter", "Die wichtigsten Nachrichten des Tages jeden Morgen in Ihrem Postfach.",
                       "Ihre E-Mail-Adresse", "Abonnieren"],
        "related": ["Das könnte Sie auch interessieren", "Stadtrat beschließt neuen Haushalt nach langer Debatte",
                    "Grundschule feiert ihr hundertjähriges Bestehen", "Unwetter bringt am Wochenende starken Regen",
                    "Wie kleine Betriebe mit steigenden Kosten umgehen"],
        "comments": ["3 Kommentare", "Markus", "12. März 2023 um 10:15", "Danke für den Beitrag, sehr interessant.",
                     "Antworten", "Anna", "12. März 2023 um 11:02",
                     "Ich sehe das nicht in allen Punkten so, aber das mit den Kosten stimmt.", "Antworten",
                     "Kommentar schreiben"],
    },
    "fr": {
        "bio": ["À propos de l'auteure",
                "Sophie Martin écrit depuis plus de vingt ans sur la politique, l'économie et la vie quotidienne de "
                "la région. Avant de rejoindre la rédaction, elle a été enseignante puis chargée de presse pour une "
                "association. Elle vit avec sa famille dans une petite ville au bord de la mer, et pendant son temps "
                "libre elle fait de la voile, lit des romans policiers et s'occupe d'un jardin qui n'est jamais fini."],
        "cookie": ["Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, "
                   "vous acceptez leur utilisation.", "Tout accepter", "Paramètres"],
        "newsletter": ["Notre newsletter", "Les meilleurs articles du jour, chaque matin dans votre boîte mail.",
                       "Votre adresse e-mail", "S'inscrire"],
        "related": ["À lire aussi", "Le conseil municipal adopte le nouveau budget après un long débat",
                    "L'école du quartier fête ses cent ans", "Un orage devrait apporter de fortes pluies ce week-end",
                    "Comment les petites entreprises font face à la hausse des coûts"],
        "comments": ["3 commentaires", "Marc", "12 mars 2023 à 10 h 15", "Merci pour cet article, très intéressant.",
                     "Répondre", "Anne", "12 mars 2023 à 11 h 02",
                     "Je ne suis pas d'accord sur tout, mais les remarques sur les coûts sont justes.", "Répondre",
                     "Laisser un commentaire"],
    },
    "es": {
        "bio": ["Sobre la autora",
                "Laura García escribe desde hace más de veinte años sobre política, economía y la vida diaria de la "
                "región. Antes de llegar a la redacción trabajó como maestra y como responsable de prensa de una "
                "asociación. Vive con su familia en un pueblo pequeño junto al mar, y en su tiempo libre navega, lee "
                "novelas policiacas y cuida de un jardín que nunca termina del todo."],
        "cookie": ["Utilizamos cookies para mejorar su experiencia. Si continúa navegando, acepta su uso.",
                   "Aceptar todo", "Configuración"],
        "newsletter": ["Nuestro boletín", "Las mejores noticias del día, cada mañana en su correo.",
                       "Su correo electrónico", "Suscribirse"],
        "related": ["Noticias relacionadas", "El ayuntamiento aprueba el nuevo presupuesto tras un largo debate",
                    "La escuela del barrio celebra su centenario", "Se esperan fuertes lluvias este fin de semana",
                    "Cómo afrontan las pequeñas empresas la subida de los costes"],
        "comments": ["3 comentarios", "Marcos", "12 de marzo de 2023 a las 10:15",
                     "Gracias por el artículo, muy interesante.", "Responder", "Ana", "12 de marzo de 2023 a las 11:02",
                     "No estoy de acuerdo en todo, pero lo de los costes es cierto.", "Responder",
                     "Deja un comentario"],
    },
    "it": {
        "bio": ["L'autrice",
                "Giulia Rossi scrive da più di vent'anni di politica, economia e vita quotidiana della regione. Prima "
                "di entrare in redazione ha lavorato come insegnante e come addetta stampa di un'associazione. Vive "
                "con la sua famiglia in una piccola città sul mare, e nel tempo libero va in barca a vela, legge "
                "romanzi gialli e si prende cura di un giardino che non è mai del tutto finito."],
        "cookie": ["Utilizziamo i cookie per migliorare la tua esperienza. Continuando la navigazione accetti il "
                   "loro utilizzo.", "Accetta tutti", "Impostazioni"],
        "newsletter": ["La nostra newsletter", "Le notizie più importanti del giorno, ogni mattina nella tua casella.",
                       "Il tuo indirizzo email", "Iscriviti"],
        "related": ["Articoli correlati", "Il consiglio comunale approva il nuovo bilancio dopo un lungo dibattito",
                    "La scuola del quartiere festeggia cento anni", "Forti piogge attese nel fine settimana",
                    "Come le piccole imprese affrontano l'aumento dei costi"],
        "comments": ["3 commenti", "Marco", "12 marzo 2023 alle 10:15", "Grazie per l'articolo, molto interessante.",
                     "Rispondi", "Anna", "12 marzo 2023 alle 11:02",
                     "Non sono d'accordo su tutto, ma sui costi ha ragione.", "Rispondi", "Lascia un commento"],
    },
    "pt": {
        "bio": ["Sobre a autora",
                "Ana Costa escreve há mais de vinte anos sobre política, economia e a vida quotidiana da região. "
                "Antes de chegar à redação trabalhou como professora e como assessora de imprensa de uma associação. "
                "Vive com a família numa pequena cidade junto ao mar, e nos tempos livres faz vela, lê romances "
                "policiais e cuida de um jardim que nunca fica terminado."],
        "cookie": ["Utilizamos cookies para melhorar a sua experiência. Ao continuar a navegar, concorda com a sua "
                   "utilização.", "Aceitar todos", "Definições"],
        "newsletter": ["A nossa newsletter", "As principais notícias do dia, todas as manhãs no seu email.",
                       "O seu endereço de email", "Subscrever"],
        "related": ["Artigos relacionados", "Câmara municipal aprova novo orçamento após longo debate",
                    "Escola do bairro celebra cem anos", "Chuva forte esperada para o fim de semana",
                    "Como as pequenas empresas enfrentam a subida dos custos"],
        "comments": ["3 comentários", "Marcos", "12 de março de 2023 às 10:15",
                     "Obrigado pelo artigo, muito interessante.",
                     "Responder", "Ana", "12 de março de 2023 às 11:02",
                     "Não concordo com tudo, mas a parte dos custos é verdade.", "Responder", "Deixe um comentário"],
    },
    "nl": {
        "bio": ["Over de auteur",
                "Sanne de Vries schrijft al meer dan twintig jaar over politiek, economie en het dagelijks leven in "
                "de regio. Voordat ze bij de redactie kwam, werkte ze als lerares en als woordvoerder van een "
                "vereniging. Ze woont met haar gezin in een klein stadje aan de kust, en in haar vrije tijd zeilt ze, "
                "leest ze detectives en werkt ze in een tuin die nooit helemaal af is."],
        "cookie": ["Wij gebruiken cookies om uw ervaring te verbeteren. Door verder te surfen gaat u akkoord met het "
                   "gebruik ervan.", "Alles accepteren", "Instellingen"],
        "newsletter": ["Onze nieuwsbrief", "Het belangrijkste nieuws van de dag, elke ochtend in uw mailbox.",
                       "Uw e-mailadres", "Aanmelden"],
        "related": ["Gerelateerde artikelen", "Gemeenteraad keurt nieuwe begroting goed na lang debat",
                    "Basisschool viert honderdjarig bestaan", "Zware regen verwacht dit weekend",
                    "Hoe kleine bedrijven omgaan met stijgende kosten"],
        "comments": ["3 reacties", "Mark", "12 maart 2023 om 10:15", "Bedankt voor dit stuk, erg interessant.",
                     "Reageren", "Anna", "12 maart 2023 om 11:02",
                     "Ik ben het niet met alles eens, maar over de kosten klopt het wel.", "Reageren",
                     "Laat een reactie achter"],
    },
    "pl": {
        "bio": ["O autorce",
                "Anna Kowalska od ponad dwudziestu lat pisze o polityce, gospodarce i codziennym życiu w regionie. "
                "Zanim trafiła do redakcji, pracowała jako nauczycielka i rzeczniczka prasowa stowarzyszenia. Mieszka "
                "z rodziną w małym mieście nad morzem, a w wolnym czasie żegluje, czyta kryminały i dba o ogród, "
                "który nigdy nie jest całkiem skończony."],
        "cookie": ["Używamy plików cookie, aby poprawić jakość korzystania z serwisu. Dalsze korzystanie oznacza "
                   "zgodę na ich użycie.", "Akceptuję", "Ustawienia"],
        "newsletter": ["Nasz newsletter", "Najważniejsze wiadomości dnia co rano w Twojej skrzynce.",
                       "Twój adres e-mail", "Zapisz się"],
        "related": ["Zobacz także", "Rada miasta przyjęła nowy budżet po długiej debacie",
                    "Szkoła podstawowa świętuje stulecie istnienia",
                    "W weekend spodziewane są intensywne opady deszczu",
                    "Jak małe firmy radzą sobie z rosnącymi kosztami"],
        "comments": ["3 komentarze", "Marek", "12 marca 2023 o 10:15", "Dziękuję za artykuł, bardzo ciekawy.",
                     "Odpowiedz", "Anna", "12 marca 2023 o 11:02",
                     "Nie ze wszystkim się zgadzam, ale co do kosztów to prawda.", "Odpowiedz", "Dodaj komentarz"],
    },
    "ru": {
        "bio": ["Об авторе",
                "Анна Смирнова больше двадцати лет пишет о политике, экономике и повседневной жизни региона. До "
                "прихода в редакцию она работала учительницей и пресс-секретарём общественной организации. Она живёт "
                "с семьёй в небольшом городе у моря, а в свободное время ходит под парусом, читает детективы и "
                "ухаживает за садом, работа в котором никогда не заканчивается."],
        "cookie": ["Мы используем файлы cookie, чтобы сделать сайт удобнее. Продолжая просмотр, вы соглашаетесь с "
                   "их использованием.", "Принять", "Настройки"],
        "newsletter": ["Наша рассылка", "Главные новости дня каждое утро в вашем почтовом ящике.",
                       "Ваш адрес электронной почты", "Подписаться"],
        "related": ["Читайте также", "Городской совет утвердил новый бюджет после долгих споров",
                    "Школа отмечает столетний юбилей", "В выходные ожидаются сильные дожди",
                    "Как малый бизнес справляется с ростом расходов"],
        "comments": ["3 комментария", "Марк", "12 марта 2023 в 10:15", "Спасибо за статью, очень интересно.",
                     "Ответить", "Анна", "12 марта 2023 в 11:02", "Не со всем согласна, но про расходы всё верно.",
                     "Ответить", "Оставить комментарий"],
    },
    "zh": {
        "bio": ["关于作者",
                "王丽从事新闻工作已有二十多年，长期报道本地的政治、经济和日常生活。加入编辑部之前，她曾当过"
                "教师，也曾在一家公益组织负责新闻宣传。她和家人住在海边的一座小城，业余时间喜欢航海、读侦探"
                "小说，还打理着一个永远也收拾不完的花园。"],
        "cookie": ["本网站使用Cookie以改善您的浏览体验。继续浏览即表示您同意我们使用Cookie。", "接受", "设置"],
        "newsletter": ["订阅我们的新闻简报", "每天早上将当天最重要的新闻发送到您的邮箱。", "您的电子邮件地址", "订阅"],
        "related": ["相关文章", "市议会经过长时间辩论通过新预算", "社区学校庆祝建校一百周年", "本周末预计将有强降雨",
                    "小企业如何应对成本上涨"],
        "comments": ["3条评论", "小明", "2023年3月12日 10:15", "谢谢分享，非常有意思的文章。", "回复", "小红",
                     "2023年3月12日 11:02", "我不完全同意，但关于成本的观点很有道理。", "回复", "发表评论"],
    },
}


# --- the perturbations: (lines, span, language, rng) -> new lines, or None where it does not apply ---

Perturbation = Callable[[Lines, tuple[int, int], str, random.Random], Lines | None]


def _drop_group(before: bool) -> Perturbation:
    def perturb(lines: Lines, span: tuple[int, int], language: str, rng: random.Random) -> Lines | None:
        groups = chrome_groups(lines, 0, span[0]) if before else chrome_groups(lines, span[1] + 1, len(lines))
        if not groups:
            return None
        start, stop = rng.choice(groups)
        return lines[:start] + lines[stop:]
    return perturb


def _drop_all(before: bool) -> Perturbation:
    def perturb(lines: Lines, span: tuple[int, int], language: str, rng: random.Random) -> Lines | None:
        if before:
            return lines[span[0]:] if span[0] else None
        return lines[:span[1] + 1] if span[1] + 1 < len(lines) else None
    return perturb


def _shuffle_groups(before: bool) -> Perturbation:
    def perturb(lines: Lines, span: tuple[int, int], language: str, rng: random.Random) -> Lines | None:
        start, stop = (0, span[0]) if before else (span[1] + 1, len(lines))
        groups = chrome_groups(lines, start, stop)
        if len(groups) < 2:
            return None
        order = groups[:]
        while order == groups:
            rng.shuffle(order)
        moved = [line for a, b in order for line in lines[a:b]]
        return lines[:start] + moved + lines[stop:]
    return perturb


def duplicate_footer(lines: Lines, span: tuple[int, int], language: str, rng: random.Random) -> Lines | None:
    """The chrome after the article printed twice (a page whose footer repeats)."""
    tail = lines[span[1] + 1:]
    if not tail:
        return None
    return lines + [Line(line.text, line.blank_before or at == 0, line.removed_by, True)
                    for at, line in enumerate(tail)]


def duplicate_menu(lines: Lines, span: tuple[int, int], language: str, rng: random.Random) -> Lines | None:
    """The longest chrome run before the article printed again right after it (a menu repeated below)."""
    groups = [g for g in chrome_groups(lines, 0, span[0]) if g[1] - g[0] >= 2]
    if not groups:
        return None
    start, stop = max(groups, key=lambda g: (g[1] - g[0], -g[0]))
    copy = [Line(line.text, at == 0, line.removed_by, True) for at, line in enumerate(lines[start:stop])]
    return lines[:span[1] + 1] + copy + lines[span[1] + 1:]


def _insert(kind: str, at_top: bool) -> Perturbation:
    def perturb(lines: Lines, span: tuple[int, int], language: str, rng: random.Random) -> Lines | None:
        block = _added(TEMPLATES.get(language, TEMPLATES["en"])[kind])
        if at_top:
            return block + [Line(lines[0].text, True, lines[0].removed_by)] + lines[1:]
        return _under_article(lines, span, block)
    return perturb


def _insert_mid(kind: str) -> Perturbation:
    """The block set between two paragraphs of the article, near its middle (an inline box)."""
    def perturb(lines: Lines, span: tuple[int, int], language: str, rng: random.Random) -> Lines | None:
        kept = [at for at in range(span[0] + 1, span[1] + 1) if lines[at].removed_by is None]
        if len(kept) < 4:
            return None
        at = kept[len(kept) // 2]
        block = _added(TEMPLATES.get(language, TEMPLATES["en"])[kind])
        return _above_line(lines, at, block)
    return perturb


def lead_copy_top(lines: Lines, span: tuple[int, int], language: str, rng: random.Random) -> Lines | None:
    """The article's first paragraph printed again at the top of the page (a summary or teaser box)."""
    first = lines[span[0]]
    if len(first.text.split()) < LEAD_WORDS:
        return None
    return [Line(first.text, False, None, True), Line(lines[0].text, True, lines[0].removed_by)] + lines[1:]


def long_comments(lines: Lines, span: tuple[int, int], language: str, rng: random.Random) -> Lines | None:
    """A comment thread after the article whose comments are paragraphs of the article's own length:
    its longest paragraphs, each under a name, a date and above a reply link (as readers quote a story)."""
    template = TEMPLATES.get(language, TEMPLATES["en"])["comments"]
    paragraphs = sorted((line.text for line in lines[span[0]:span[1] + 1] if line.removed_by is None),
                        key=len, reverse=True)[:2]
    if len(paragraphs) < 2 or len(paragraphs[1].split()) < LEAD_WORDS:
        return None
    texts = [template[0], *template[1:3], _shuffled_words(paragraphs[0], rng),
             template[4], *template[5:7], _shuffled_words(paragraphs[1], rng), *template[8:]]
    block = _added(texts)
    return _under_article(lines, span, block)


def long_thread(lines: Lines, span: tuple[int, int], language: str, rng: random.Random) -> Lines | None:
    """A thread of THREAD_COMMENTS comments after the article (a forum's or a popular blog's), each a name, a
    date, a paragraph of the article's words and a reply link: a thread longer than many stories."""
    template = TEMPLATES.get(language, TEMPLATES["en"])["comments"]
    paragraphs = _article_paragraphs(lines, span)
    if not paragraphs:
        return None
    texts = [template[0]]
    for at in range(THREAD_COMMENTS):
        head = template[1:3] if at % 2 == 0 else template[5:7]
        texts += [*head, _sentence_of(_shuffled_words(paragraphs[at % len(paragraphs)], rng)), template[4]]
    texts.append(template[-1])
    return _under_article(lines, span, _added(texts))


THREAD_COMMENTS = 8  # long-thread's comments


def teasers_above(lines: Lines, span: tuple[int, int], language: str, rng: random.Random) -> Lines | None:
    """A block of other stories' teasers right above the article's headline (a portal's "top stories"):
    the related list's headlines, each over a summary of the article's words (a story on the same topic)."""
    headlines = TEMPLATES.get(language, TEMPLATES["en"])["related"][1:]
    paragraphs = _article_paragraphs(lines, span)
    if not paragraphs:
        return None
    texts: list[str] = []
    for at, headline in enumerate(headlines[:TEASERS]):
        texts += [headline, _teaser_summary(paragraphs[at % len(paragraphs)], rng)]
    block = [Line(text, at % 2 == 0, None, True) for at, text in enumerate(texts)]
    # Not above the first line: the page's title, which a text rendering prints first.
    headers = [at for at in range(1, span[0]) if lines[at].removed_by in HEADLINE_IDS]
    at = headers[-1] if headers else span[0]
    return _above_line(lines, at, block)


TEASERS = 3  # teasers-above's teasers


def _foreign_insert_mid(kind: str) -> Perturbation:
    """The box set inside the article in another language than the page's (English, or German on an
    English page): a site whose chrome is in one language and its stories in another."""
    inner = _insert_mid(kind)

    def perturb(lines: Lines, span: tuple[int, int], language: str, rng: random.Random) -> Lines | None:
        return inner(lines, span, "de" if language == "en" else "en", rng)
    return perturb


def bio_above(lines: Lines, span: tuple[int, int], language: str, rng: random.Random) -> Lines | None:
    """An author's bio (a heading over a paragraph of prose as long as many stories' paragraphs) right above
    the article's first line, under its header: a blog or column that opens with its writer."""
    block = _added(TEMPLATES.get(language, TEMPLATES["en"])["bio"])
    at = span[0]
    return _above_line(lines, at, block)


def teasers_below(lines: Lines, span: tuple[int, int], language: str, rng: random.Random) -> Lines | None:
    """Other stories' teasers under the article, each a headline over a summary of the article's words (a
    portal's "more stories" under a short story): as long as many stories, and of their shape."""
    template = TEMPLATES.get(language, TEMPLATES["en"])["related"]
    paragraphs = _article_paragraphs(lines, span)
    if not paragraphs:
        return None
    texts = [template[0]]
    for at, headline in enumerate(template[1:]):
        texts += [headline, _teaser_summary(paragraphs[at % len(paragraphs)], rng)]
    block = [Line(text, at % 2 == 1 or at == 0, None, True) for at, text in enumerate(texts)]
    return _under_article(lines, span, block)


def paragraphs_unparted(lines: Lines, span: tuple[int, int], language: str, rng: random.Random) -> Lines | None:
    """No blank line between the article's lines, the chrome's left as they are (paragraphs rendered
    from line breaks, the page's boxes still set apart)."""
    inside = range(span[0] + 1, span[1] + 1)
    if not any(lines[at].blank_before for at in inside):
        return None
    return [Line(line.text, line.blank_before and at not in inside, line.removed_by) for at, line in enumerate(lines)]


def _shuffled_words(text: str, rng: random.Random) -> str:
    """The words of ``text`` in another order: prose of the page's words, no copy of its shingles."""
    words = text.split()
    rng.shuffle(words)
    return " ".join(words)


def _sentence_of(words: str) -> str:
    """Shuffled words ending like a sentence, as a comment or a teaser's summary does."""
    return words.rstrip(".,;:!?") + "."


def drop_headline(lines: Lines, span: tuple[int, int], language: str, rng: random.Random) -> Lines | None:
    """The headline (the page's metadata title line, else a header detector's line before the
    article) left out."""
    headers = [at for at in range(span[0]) if lines[at].removed_by in HEADLINE_IDS]
    if not headers:
        return None
    return lines[:headers[-1]] + lines[headers[-1] + 1:]


HEADLINE_IDS = frozenset({"article-header", "duplicate-headline", "before-header"})


def reverse_menus(lines: Lines, span: tuple[int, int], language: str, rng: random.Random) -> Lines | None:
    """Each run of 3 or more short chrome lines outside the article in reverse order."""
    changed = False
    out = lines[:]
    for start, stop in chrome_groups(lines, 0, span[0]) + chrome_groups(lines, span[1] + 1, len(lines)):
        if stop - start >= 3 and all(len(line.text.split()) <= SHORT_WORDS for line in lines[start:stop]):
            run = lines[start:stop]
            texts = [line.text for line in reversed(run)]
            out[start:stop] = [Line(text, line.blank_before, line.removed_by) for text, line in zip(texts, run)]
            changed = changed or texts != [line.text for line in run]
    return out if changed else None


def join_chrome(lines: Lines, span: tuple[int, int], language: str, rng: random.Random) -> Lines | None:
    """Runs of short chrome lines outside the article joined, JOIN_RUN to a line (an inline menu)."""
    out: Lines = []
    changed = False
    outside = set(range(span[0])) | set(range(span[1] + 1, len(lines)))
    at = 0
    while at < len(lines):
        end = at
        while (end < len(lines) and end in outside and end - at < JOIN_RUN
               and len(lines[end].text.split()) <= SHORT_WORDS and (end == at or not lines[end].blank_before)):
            end += 1
        if end - at >= 2:
            joined = " ".join(line.text for line in lines[at:end])
            out.append(Line(joined, lines[at].blank_before, lines[at].removed_by))
            changed = True
            at = end
        else:
            out.append(lines[at])
            at += 1
    return out if changed else None


def no_blank_lines(lines: Lines, span: tuple[int, int], language: str, rng: random.Random) -> Lines | None:
    if not any(line.blank_before for line in lines):
        return None
    return [Line(line.text, False, line.removed_by) for line in lines]


def blank_between_all(lines: Lines, span: tuple[int, int], language: str, rng: random.Random) -> Lines | None:
    if all(line.blank_before for line in lines[1:]):
        return None
    return [Line(line.text, at > 0, line.removed_by) for at, line in enumerate(lines)]


PERTURBATIONS: dict[str, Perturbation] = {
    "drop-chrome-before": _drop_group(before=True),
    "drop-chrome-after": _drop_group(before=False),
    "drop-all-before": _drop_all(before=True),
    "drop-all-after": _drop_all(before=False),
    "shuffle-before": _shuffle_groups(before=True),
    "shuffle-after": _shuffle_groups(before=False),
    "duplicate-footer": duplicate_footer,
    "duplicate-menu": duplicate_menu,
    "insert-cookie-top": _insert("cookie", at_top=True),
    "insert-newsletter": _insert("newsletter", at_top=False),
    "insert-related": _insert("related", at_top=False),
    "insert-comments": _insert("comments", at_top=False),
    "insert-newsletter-mid": _insert_mid("newsletter"),
    "insert-related-mid": _insert_mid("related"),
    "insert-cookie-mid": _insert_mid("cookie"),
    "lead-copy-top": lead_copy_top,
    "long-comments": long_comments,
    "drop-headline": drop_headline,
    "reverse-menus": reverse_menus,
    "join-chrome": join_chrome,
    "no-blank-lines": no_blank_lines,
    "blank-between-all": blank_between_all,
    "long-thread": long_thread,
    "teasers-above": teasers_above,
    "foreign-newsletter-mid": _foreign_insert_mid("newsletter"),
    "paragraphs-unparted": paragraphs_unparted,
    "bio-above": bio_above,
    "insert-bio": _insert("bio", at_top=False),
    "teasers-below": teasers_below,
}


# --- running, in worker processes (no truth here: outputs only) ----------------------------

_cleaner: Any = None


def _clean(text: str) -> Any:
    global _cleaner
    if _cleaner is None:
        from cleaner import Cleaner

        _cleaner = Cleaner()
    return _cleaner.explain(text)


def _added_kept(output: str, added: Lines, baseline: str) -> bool:
    """Whether more copies of an added line are in ``output`` than in the unperturbed output."""
    lines, before = output.splitlines(), baseline.splitlines()
    return any(lines.count(text) > before.count(text) for text in {line.text for line in added})


@dataclass(frozen=True)
class Task:
    set_name: str
    page_id: str
    path: Path
    names: tuple[str, ...]
    seed: int
    keep_pages: bool  # send each perturbed page back (to write it)


def _flipped(baseline: Any, perturbed: Any) -> Counter[str]:
    """What removed, on the perturbed page, the lines the unperturbed page kept (by text): the stages
    whose decisions flipped."""
    kept = Counter(d.block.text for d in baseline.decisions if d.kept)
    stages: Counter[str] = Counter()
    for decision in perturbed.decisions:
        if decision.removed_by and kept[decision.block.text] > 0:
            kept[decision.block.text] -= 1
            stages[decision.removed_by] += 1
    return stages


Result = tuple[str, bool, Counter[str]]  # output, chrome kept, stages that removed lines kept before


def run_page(task: Task) -> tuple[str, str, str, dict[str, Result], dict[str, str]]:
    """(set, page, unperturbed output, {perturbation: result}, {perturbation: page text})."""
    from cleaner.language import identify

    explanation = _clean(task.path.read_text(encoding="utf-8"))
    lines = [Line(d.block.text, d.block.blank_before, d.removed_by) for d in explanation.decisions]
    text = render(lines)
    unperturbed = _clean(text)  # the page as rendered here, so only the perturbation differs
    baseline = unperturbed.text
    span = article_span(lines)
    results: dict[str, Result] = {}
    pages: dict[str, str] = {}
    if span is None:
        return task.set_name, task.page_id, baseline, results, pages
    language = identify([line.text for line in lines[span[0]:span[1] + 1]]) or "en"
    for name in task.names:
        rng = random.Random(f"{task.seed}:{task.set_name}:{task.page_id}:{name}")
        changed = PERTURBATIONS[name](lines, span, language, rng)
        if changed is None:
            continue
        perturbed = render(changed)
        explanation = _clean(perturbed)
        output = explanation.text
        results[name] = (output, _added_kept(output, [line for line in changed if line.added], baseline),
                         _flipped(unperturbed, explanation))
        if task.keep_pages:
            pages[name] = perturbed
    return task.set_name, task.page_id, baseline, results, pages


# --- scoring, in the main process (truth through quality.py's BenchSet only) ----------------


def _recall(bench: BenchSet, score: Any) -> float:
    if bench.metric == "shingles":
        return score[1] if score[1] is not None else 1.0
    return score[0] / (score[0] + score[1]) if score[0] + score[1] else 1.0


def _lost_text(bench: BenchSet, before: Any, after: Any) -> bool:
    if bench.metric == "snippets":
        return bool(after[0] < before[0])
    return _recall(bench, after) < _recall(bench, before) - LOSS


def _gained_text(bench: BenchSet, before: Any, after: Any) -> bool:
    if bench.metric == "snippets":
        return bool(after[0] > before[0])
    return _recall(bench, after) > _recall(bench, before) + LOSS


COUNTS = ("pages", "lose text", "lost whole", "gain text", "chrome kept")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, nargs="+", help="set folders, or folders of set folders")
    parser.add_argument("--folds", type=choosing_folds, default="0,1,2",
                        help="the choosing folds whose pages are perturbed (default 0,1,2; never 3-4)")
    parser.add_argument("--only", help=f"comma-separated perturbations (default all): {', '.join(PERTURBATIONS)}")
    parser.add_argument("--sample", type=int, default=0, metavar="N", help="N pages of each set at random (0: all)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the sample and of the perturbations' choices")
    parser.add_argument("--by-set", action="store_true", help="each set's counts too")
    parser.add_argument("--list", type=int, default=0, metavar="N", help="name N cases that lose text (choosing pages)")
    parser.add_argument("--lost", action="store_true", help="name every case that loses the article whole")
    parser.add_argument("--write", type=Path, metavar="DIR",
                        help="with --list or --lost: write each listed perturbed page there")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="worker processes (1: none)")
    args = parser.parse_args()

    names = tuple(args.only.split(",")) if args.only else tuple(PERTURBATIONS)
    unknown = [name for name in names if name not in PERTURBATIONS]
    if unknown:
        parser.error(f"unknown perturbations: {', '.join(unknown)}; known: {', '.join(PERTURBATIONS)}")
    sets = {bench.name: bench for bench in load_sets(args.data)}
    pages: dict[tuple[str, str], Page] = {}
    tasks = []
    for bench in sets.values():
        chosen = [page for page in bench.pages if page.fold in args.folds]
        if args.sample and args.sample < len(chosen):
            chosen = sorted(random.Random(f"{args.seed}:{bench.name}").sample(chosen, args.sample), key=lambda p: p.id)
        for page in chosen:
            pages[bench.name, page.id] = page
            tasks.append(Task(bench.name, page.id, bench.text_path(page), names, args.seed, args.write is not None))

    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0] * len(COUNTS))
    listed: list[tuple[str, str, str, str]] = []
    stages: dict[str, Counter[str]] = defaultdict(Counter)  # perturbation -> pages that lose text, by stage
    pool = ProcessPoolExecutor(args.jobs) if args.jobs > 1 else None
    try:
        done = pool.map(run_page, tasks, chunksize=2) if pool else map(run_page, tasks)
        for set_name, page_id, baseline, results, texts in done:
            bench, page = sets[set_name], pages[set_name, page_id]
            before = bench.score(page, baseline)
            for name, (output, chrome_kept, flipped) in results.items():
                after = bench.score(page, output)
                row = (int(True), int(_lost_text(bench, before, after)),
                       int(bench.article_lost(after) and not bench.article_lost(before)),
                       int(_gained_text(bench, before, after)), int(chrome_kept))
                for key in ((set_name, name), ("all", name)):
                    counts[key] = [a + b for a, b in zip(counts[key], row)]
                if row[1]:
                    stages[name].update(flipped.keys())
                if (row[1] and len(listed) < args.list) or (row[2] and args.lost):
                    listed.append((set_name, page_id, name, "lost whole" if row[2] else "lost text"))
                    if args.write:
                        args.write.mkdir(parents=True, exist_ok=True)
                        (args.write / f"{set_name}--{page_id}--{name}.txt").write_text(texts[name], encoding="utf-8")
    finally:
        if pool:
            pool.shutdown()

    scopes = ["all", *sets] if args.by_set else ["all"]
    folds = ",".join(map(str, sorted(args.folds)))
    print(f"pages of folds {folds}: {len(tasks)}" + (f" (sample of {args.sample} a set, seed {args.seed})"
                                                      if args.sample else ""))
    for scope in scopes:
        print(f"\n{scope}\n{'perturbation':22}" + "".join(f"{column:>13}" for column in COUNTS))
        totals = [0] * len(COUNTS)
        for name in names:
            row = counts[scope, name]
            totals = [a + b for a, b in zip(totals, row)]
            print(f"{name:22}" + "".join(f"{value:13}" for value in row))
        print(f"{'total':22}" + "".join(f"{value:13}" for value in totals))
    print("\nwhat removes the lines kept before, on the pages that lose text (pages a stage flipped):")
    for name in names:
        if stages[name]:
            print(f"{name:22} " + ", ".join(f"{stage} {count}" for stage, count in stages[name].most_common()))
    for set_name, page_id, name, loss in listed:
        print(f"{loss}: {set_name} {page_id} (fold {pages[set_name, page_id].fold}) {name}")


if __name__ == "__main__":
    main()
