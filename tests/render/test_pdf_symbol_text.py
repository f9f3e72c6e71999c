"""A symbol's text (milsymbol sets it in Arial) is drawn in the PDF's embedded faces,
whatever fonts the machine has."""

from __future__ import annotations

import urllib.parse

import pytest
from reportlab.graphics.shapes import Group, String

from briefing_app.render.pdf.fonts import BOLD, REGULAR, register_fonts
from briefing_app.render.pdf.symbols import symbol_drawing


def strings(node):
    if isinstance(node, String):
        yield node
    for child in getattr(node, "contents", []) if isinstance(node, Group) else []:
        yield from strings(child)


@pytest.mark.parametrize(("weight", "face"), [("normal", REGULAR), ("bold", BOLD)])
def test_symbol_text_is_set_in_the_embedded_face(weight, face, monkeypatch):
    register_fonts()
    # No fontconfig to ask: the text must not fall back to Helvetica (not embedded).
    monkeypatch.setattr("shutil.which", lambda name: None)
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40">'
        f'<text x="4" y="20" font-family="Arial" font-weight="{weight}" font-size="12">'
        "2 (PL)</text></svg>"
    )
    drawing = symbol_drawing("data:image/svg+xml;utf8," + urllib.parse.quote(svg))
    assert drawing is not None
    found = [s for node in drawing.contents for s in strings(node)]
    assert [s.text for s in found] == ["2 (PL)"]
    assert {s.fontName for s in found} == {face}
