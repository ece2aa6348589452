"""Traditional Chinese forms of the simplified Chinese phrases the detectors
look for: Taiwan's and Hong Kong's sites write "相關新聞" where mainland ones
write "相关新闻", and a phrase table in one script misses the other's lines.

The table maps the simplified characters of the detectors' Chinese phrases
(and the words whose characters map otherwise) to their traditional forms;
characters written alike in both stay. A phrase's traditional form is added
beside it, not put in its place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

# Words whose characters take other traditional forms than they do alone.
_WORDS = {"复制": "複製", "标签": "標籤", "点赞": "點讚", "链接": "連結", "打印": "列印", "登录": "登入"}
_CHARACTERS = str.maketrans(
    "与严们优体关兴击内制势参发号后图声复导广开录户扫报摄无时暂权条来标欢没点热现电码签简类纠级经继续维编网荐订讯记许论评词误请读责费资赏赞转载辑还邮采链错键长门间闻阅题",
    "與嚴們優體關興擊內製勢參發號後圖聲覆導廣開錄戶掃報攝無時暫權條來標歡沒點熱現電碼簽簡類糾級經繼續維編網薦訂訊記許論評詞誤請讀責費資賞贊轉載輯還郵採鏈錯鍵長門間聞閱題",
)


def traditional(text: str) -> str:
    """``text`` (a phrase or a pattern) with its simplified characters in their traditional forms."""
    for simplified, form in _WORDS.items():
        text = text.replace(simplified, form)
    return text.translate(_CHARACTERS)


def with_traditional(phrases: Iterable[str]) -> list[str]:
    """``phrases``, each followed by its traditional form where that differs."""
    return list(dict.fromkeys(form for phrase in phrases for form in (phrase, traditional(phrase))))


def with_traditional_branches(branches: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """``branches`` by language, the Chinese ones with their traditional forms (see with_traditional)."""
    return {language: with_traditional(group) if language == "zh" else list(group)
            for language, group in branches.items()}
