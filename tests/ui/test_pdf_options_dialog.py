"""The PDF options dialog offers every paper size and remembers the one chosen."""

from __future__ import annotations

from briefing_app.render.pdf.layout import PAGE_SIZES
from briefing_app.ui.pdf_options_dialog import QtPdfOptionsDialog
from briefing_app.ui.settings import PDF_PAGE_SIZE, Settings


def test_dialog_offers_a4_to_a0_and_letter_and_remembers_the_choice(qtbot):
    settings = Settings()
    dialog = QtPdfOptionsDialog(settings)
    qtbot.addWidget(dialog)
    combo = dialog.page_size
    assert [combo.itemData(i) for i in range(combo.count())] == list(PAGE_SIZES)
    assert combo.currentData() == "A4"
    assert combo.itemText(combo.findData("A0")) == "A0 (841 × 1189 mm, A4 enlarged)"
    combo.setCurrentIndex(combo.findData("A0"))
    assert dialog.options()["page_size"] == "A0"
    dialog._on_accept()
    assert settings.get(PDF_PAGE_SIZE) == "A0"
    again = QtPdfOptionsDialog(Settings())
    qtbot.addWidget(again)
    assert again.options()["page_size"] == "A0"
