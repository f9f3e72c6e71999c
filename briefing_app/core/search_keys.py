"""Text as a search key: the one accent folding of the place search and the symbol search, so
that "Suwałki", "suwalki" and "SUWAŁKI" find the same place and "GEBIRGSJÄGER" the same unit."""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode decomposition leaves alone, spelled in plain Latin letters.
_LETTERS = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "ħ": "h",
        "ŧ": "t",
        "ŀ": "l",
        "ŋ": "ng",
        "ĸ": "k",
        # apostrophes vanish, so "L'viv" is "lviv"
        "'": None,
        "’": None,
        "‘": None,
        "ʼ": None,
        "ʹ": None,
        "`": None,
        "´": None,
    }
)
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_SEPARATORS = re.compile(r"[\W_]+")
# Combining marks left by decomposition ("ó" -> "o" + U+0301).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def fold(text: str, *, german: bool = False) -> str:
    """`text` as a search key: lower case, no accents, words separated by single spaces.

    "Suwałki" -> "suwalki", "L'viv" -> "lviv", "Brest-Litovsk" -> "brest litovsk"; with
    `german`, umlauts become two letters ("Königsberg" -> "koenigsberg").
    """
    if text.isascii():  # most names: no need to decompose
        return _SEPARATORS.sub(" ", text.lower().translate(_LETTERS)).strip()
    text = unicodedata.normalize("NFC", text).casefold()
    if german:
        text = text.translate(_GERMAN)
    text = _COMBINING.sub("", unicodedata.normalize("NFKD", text)).translate(_LETTERS)
    return _SEPARATORS.sub(" ", text).strip()
