"""User text on its way into an output: always data, never markup or template source.

Every renderer that puts text from a briefing, an imported file or a data correction file
into a format with markup goes through here, so that the rules are written once:
- reportlab's Paragraph reads a small XML dialect: `paragraph_markup` escapes it;
- a lone surrogate (legal as an escape in JSON, not encodable in UTF-8) is shown as U+FFFD
  in visible text and kept as an escape inside JSON data;
- a library that writes XML itself (python-pptx) gets `xml_text`: no character XML 1.0
  cannot hold;
- links from data may only be web addresses: no `javascript:`, `file:` or PDF actions.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 controls (but tab and line feed), DEL and the C1 controls: no font draws them, and
# some PDF viewers and terminals act on them.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
LINK_SCHEMES = ("http", "https")


def shown_text(text: str) -> str:
    """`text` as it can be shown and encoded: lone surrogates become U+FFFD."""
    return LONE_SURROGATE.sub("\ufffd", text)


def printable_text(text: str) -> str:
    """shown_text without control characters (carriage returns and tabs become spaces)."""
    return _CONTROL.sub(lambda m: " " if m.group() in "\r\t" else "", shown_text(text))


def drawn_text(text: str) -> str:
    """Text for a line drawn on a page in the app's font (DejaVu Sans): printable_text, and
    a character the font has no glyph for (an emoji, a script it lacks) drawn as U+FFFD: a
    visible sign that something stands there, where the PDF would leave a silent gap."""
    text = printable_text(text)
    if text.isascii():  # the font has every printable ASCII character
        return text
    covered = _font_covers()
    return "".join(c if ord(c) in covered or c in "\n " else "\ufffd" for c in text)


@lru_cache(maxsize=1)
def _font_covers() -> frozenset[int]:
    from briefing_app.render.text_metrics import faces

    regular, bold = faces()[False].widths, faces()[True].widths
    return frozenset(regular.keys() & bold.keys())


# Not characters in XML 1.0 (the controls and surrogates drawn_text already replaces).
_NOT_XML = re.compile("[\ufffe\uffff]")


def xml_text(text: str) -> str:
    """User text for a document whose library writes XML and escapes it (python-pptx): the
    characters XML 1.0 cannot hold removed (lxml refuses them and the save would stop),
    lone surrogates shown as U+FFFD, line breaks kept as line feeds."""
    # PowerPoint and LibreOffice fall back to other fonts: every character stays.
    return _NOT_XML.sub("", printable_text(text.replace("\r\n", "\n")))


def _xml_escape(text: str, entities: dict[str, str] | None = None) -> str:
    """xml.sax.saxutils.escape, which is these replacements: importing it brings
    urllib.request, http.client, email and ssl (7-10 ms of a one-page PDF export)."""
    text = text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    for key, value in (entities or {}).items():
        text = text.replace(key, value)
    return text


def paragraph_markup(text: str) -> str:
    """User text for a reportlab Paragraph: every character literal, line breaks kept."""
    clean = drawn_text(text.replace("\r\n", "\n"))
    return _xml_escape(clean).replace("\n", "<br/>")


def link_target(url: str) -> str | None:
    """`url` if it is a plain web address a reader may follow, else None."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in LINK_SCHEMES or not parts.netloc:
        return None
    if LONE_SURROGATE.search(url) or _CONTROL.search(url) or any(c.isspace() for c in url.strip()):
        return None
    return url.strip()


def paragraph_link(url: str, color: str) -> str:
    """A Paragraph link to `url` when it is a web address, else the address as plain text."""
    shown = paragraph_markup(url)
    target = link_target(url)
    if target is None:
        return shown
    href = _xml_escape(target, {'"': "&quot;"})
    return f'<a href="{href}" color="{color}">{shown}</a>'
