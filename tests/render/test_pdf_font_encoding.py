"""The PDF's fonts encode a string drawn again in a document as reportlab does the first time."""

from __future__ import annotations

from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.ttfonts import TTFont

from briefing_app.paths import assets_dir
from briefing_app.render.pdf.fonts import SubsetFont

FONT = str(assets_dir() / "fonts" / "DejaVuSans.ttf")
TEXTS = (
    [
        "As of 2026-03-01",
        "Suwałki gap",
        "As of 2026-03-01",
        "Калининград\xa0oblast",
        "Suwałki gap",
        "\U0001f600 not in the font",
        "Калининград\xa0oblast",
        b"bytes, as reportlab may pass",
        "bytes, as reportlab may pass",
    ]
    + [chr(c) for c in range(0x400, 0x500)]
    + ["As of 2026-03-01", "Ѐ ӿ"]
)


def test_each_string_is_encoded_as_reportlab_encodes_it_in_every_document() -> None:
    ours, theirs = SubsetFont("Ours", FONT), TTFont("Theirs", FONT)
    for _ in range(2):  # a second document has codes of its own
        doc_ours, doc_theirs = PDFDocument(), PDFDocument()
        for text in TEXTS:
            got = ours.splitString(text, doc_ours)
            assert got == theirs.splitString(text, doc_theirs), text
            got.append((9, b"caller's own list"))
        assert ours.splitString(TEXTS[0], doc_ours) == theirs.splitString(TEXTS[0], doc_theirs)
        state_ours, state_theirs = ours.state[doc_ours], theirs.state[doc_theirs]
        assert state_ours.assignments == state_theirs.assignments
        assert state_ours.subsets == state_theirs.subsets
