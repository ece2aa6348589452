"""Language codes as the rest of a data pipeline writes them.

The page language is named after a jusText stoplist ("English",
"Norwegian_Bokmal"); outputs give its ISO 639-1 code (`en`, `nb`), or the
ISO 639-3 code for a language that has no two-letter one (`ceb`, Cebuano),
as BCP 47 language tags do.
"""

from __future__ import annotations

_CODES = {
    "Afrikaans": "af", "Albanian": "sq", "Arabic": "ar", "Aragonese": "an", "Armenian": "hy",
    "Aromanian": "rup", "Asturian": "ast", "Azerbaijani": "az", "Basque": "eu", "Belarusian": "be",
    "Belarusian_Taraskievica": "be", "Bengali": "bn", "Bishnupriya_Manipuri": "bpy", "Bosnian": "bs",
    "Breton": "br", "Bulgarian": "bg", "Catalan": "ca", "Cebuano": "ceb", "Chuvash": "cv", "Croatian": "hr",
    "Czech": "cs", "Danish": "da", "Dutch": "nl", "English": "en", "Esperanto": "eo", "Estonian": "et",
    "Finnish": "fi", "French": "fr", "Galician": "gl", "Georgian": "ka", "German": "de", "Greek": "el",
    "Gujarati": "gu", "Haitian": "ht", "Hebrew": "he", "Hindi": "hi", "Hungarian": "hu", "Icelandic": "is",
    "Ido": "io", "Igbo": "ig", "Indonesian": "id", "Irish": "ga", "Italian": "it", "Javanese": "jv",
    "Kannada": "kn", "Kazakh": "kk", "Korean": "ko", "Kurdish": "ku", "Kyrgyz": "ky", "Latin": "la",
    "Latvian": "lv", "Lithuanian": "lt", "Lombard": "lmo", "Low_Saxon": "nds", "Luxembourgish": "lb",
    "Macedonian": "mk", "Malay": "ms", "Malayalam": "ml", "Maltese": "mt", "Marathi": "mr",
    "Neapolitan": "nap", "Nepali": "ne", "Newar": "new", "Norwegian_Bokmal": "nb", "Norwegian_Nynorsk": "nn",
    "Occitan": "oc", "Persian": "fa", "Piedmontese": "pms", "Polish": "pl", "Portuguese": "pt",
    "Quechua": "qu", "Romanian": "ro", "Russian": "ru", "Samogitian": "sgs", "Serbian": "sr",
    "Serbo_Croatian": "sh", "Sicilian": "scn", "Simple_English": "en", "Slovak": "sk", "Slovenian": "sl",
    "Spanish": "es", "Sundanese": "su", "Swahili": "sw", "Swedish": "sv", "Tagalog": "tl", "Tamil": "ta",
    "Telugu": "te", "Turkish": "tr", "Turkmen": "tk", "Ukrainian": "uk", "Urdu": "ur", "Uzbek": "uz",
    "Vietnamese": "vi", "Volapuk": "vo", "Walloon": "wa", "Waray_Waray": "war", "Welsh": "cy",
    "West_Frisian": "fy", "Western_Panjabi": "pnb", "Yoruba": "yo",
}


def language_code(language: str | None) -> str | None:
    """The ISO code of a page language (a stoplist name, or already a code);
    None when the language is unknown."""
    if language is None or language in _CODES:
        return _CODES.get(language or "")
    # A language detector that already gives codes (`en`, `yue`) is passed through.
    is_code = 2 <= len(language) <= 3 and language.isascii() and language.isalpha() and language.islower()
    return language if is_code else None
