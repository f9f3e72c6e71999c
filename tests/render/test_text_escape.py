"""User text escaped for reportlab's Paragraph markup as xml.sax.saxutils would, without
importing it (it brings urllib.request, http.client and email: #17)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from hypothesis import given
from hypothesis import strategies as st

from briefing_app.render import text

MARKUP = st.text(alphabet=st.sampled_from("&<>\"'; abc&amp;&lt;ł\n"), max_size=40)


@given(MARKUP)
def test_escaping_is_saxutils(value):
    assert text._xml_escape(value) == escape(value)
    assert text._xml_escape(value, {'"': "&quot;"}) == escape(value, {'"': "&quot;"})
    entities = {"'": "&apos;", "a": "&#97;"}
    assert text._xml_escape(value, entities) == escape(value, entities)


def test_paragraph_markup_and_links_are_unchanged():
    assert text.paragraph_markup('a < b & "c"\nd') == 'a &lt; b &amp; "c"<br/>d'
    link = text.paragraph_link('https://example.org/?a=1&b="2"', "#123456")
    assert "&amp;b=&quot;2&quot;" in link


def test_a_character_the_pdf_font_lacks_is_drawn_as_a_replacement_sign():
    # DejaVu has no emoji and no CJK: the PDF showed a silent gap; now U+FFFD stands there.
    from briefing_app.render.text import drawn_text, xml_text

    assert (
        drawn_text("Warszawa 🇵🇱 Suwałki Калининград") == "Warszawa \ufffd\ufffd Suwałki Калининград"
    )
    assert drawn_text("習近平") == "\ufffd\ufffd\ufffd"
    assert drawn_text("\ud800\udfff") == "\ufffd\ufffd"  # lone surrogates, as before
    # PowerPoint falls back to another font: the deck keeps every character.
    assert xml_text("Warszawa 🇵🇱") == "Warszawa 🇵🇱"
