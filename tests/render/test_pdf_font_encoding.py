"""The PDF's fonts encode a string drawn again in a document as reportlab does the first time."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.ttfonts import TTFont

from briefing_app.core.paths import assets_dir
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
    ours, theirs = SubsetFont("Ours", Path(FONT)), TTFont("Theirs", FONT)
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


def _without(attributes: dict[str, object], *names: str) -> dict[str, object]:
    return {k: v for k, v in attributes.items() if k not in names}


def test_a_face_from_the_cache_is_the_face_reportlab_reads(tmp_path, monkeypatch) -> None:
    from reportlab.pdfbase.ttfonts import TTFontFace

    from briefing_app.render.pdf import font_faces

    monkeypatch.setattr("briefing_app.render.pdf.diskcache.user_cache_dir", lambda: tmp_path)
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        path = assets_dir() / "fonts" / name
        for _ in range(2):  # made and kept, then read from the cache
            fresh = TTFontFace(str(path))
            face = font_faces.load_face(path)
            assert _without(face.__dict__, "_pdfScale") == _without(fresh.__dict__, "_pdfScale")
            assert face.name.ustr == fresh.name.ustr
            assert face._pdfScale(1234) == fresh._pdfScale(1234)
            assert face.makeSubset([0, *range(32, 127)]) == fresh.makeSubset([0, *range(32, 127)])
        assert list((tmp_path / "pdf-fonts").iterdir())


def test_a_damaged_cache_entry_is_not_used(tmp_path, monkeypatch) -> None:
    from reportlab.pdfbase.ttfonts import TTFontFace

    from briefing_app.render.pdf import font_faces

    monkeypatch.setattr("briefing_app.render.pdf.diskcache.user_cache_dir", lambda: tmp_path)
    path = assets_dir() / "fonts" / "DejaVuSans.ttf"
    font_faces.load_face(path)
    (entry,) = (tmp_path / "pdf-fonts").iterdir()
    kept = entry.read_bytes()
    at = kept.index(b"unitsPerEm") + 20  # a byte of the marshalled state changed
    entry.write_bytes(kept[:at] + bytes([kept[at] ^ 0xFF]) + kept[at + 1 :])
    face = font_faces.load_face(path)
    assert face.unitsPerEm == 2048
    assert face.charWidths == TTFontFace(str(path)).charWidths
    entry.write_bytes(kept[:-100])  # cut short
    assert font_faces.load_face(path).charWidths == TTFontFace(str(path)).charWidths
    entry.write_bytes(b"")  # empty
    assert font_faces.load_face(path).charWidths == TTFontFace(str(path)).charWidths


def test_a_cache_entry_of_a_wrong_state_is_not_used() -> None:
    # A well-formed entry whose state is wrong (written by a broken version) is refused.
    import hashlib
    import marshal

    from reportlab.pdfbase.ttfonts import TTFontFace

    from briefing_app.render.pdf import font_faces

    path = assets_dir() / "fonts" / "DejaVuSans.ttf"
    kept = font_faces.face_bytes(TTFontFace(str(path)))
    widths, rest = font_faces._kept(kept)
    body = marshal.loads(rest)
    body["state"]["unitsPerEm"] = -1
    head = marshal.dumps(widths)
    raw = len(head).to_bytes(4, "little") + head + marshal.dumps(body)
    bad = font_faces._MAGIC + hashlib.sha256(raw).digest() + raw
    with pytest.raises(ValueError, match="unitsPerEm"):
        font_faces.face_from_bytes(bad, path.read_bytes())


def test_the_pdf_font_is_the_font_reportlab_makes() -> None:
    ours, theirs = SubsetFont("Same", Path(FONT)), TTFont("Same", FONT)
    assert _without(ours.__dict__, "face", "state", "_encoded", "encoding") == _without(
        theirs.__dict__, "face", "state", "encoding"
    )
    assert type(ours.encoding) is type(theirs.encoding)
    assert ours.encoding.__dict__ == theirs.encoding.__dict__
    assert ours.shapable == theirs.shapable
    assert ours.stringWidth("Suwałki", 11) == theirs.stringWidth("Suwałki", 11)
