"""Paper size, orientation and appendix for a PDF export, remembered between exports."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from briefing_app.render.pdf.layout import LAID_OUT_AS, PAGE_SIZES
from briefing_app.ui.i18n import translate
from briefing_app.ui.settings import PDF_APPENDIX, PDF_ORIENTATION, PDF_PAGE_SIZE, Settings


def paper_label(name: str) -> str:
    """The combo box text, e.g. "A3 (297 × 420 mm, A4 enlarged)": the sheet, and for posters
    that they are the handout drawn larger (the same pages, not more map)."""
    width, height = sorted(PAGE_SIZES[name])
    paper = name  # ISO sizes are named alike everywhere; US Letter has a name in each language
    if name == "Letter":
        paper = translate("PdfOptionsDialog", "Letter")
        size = f"{width / 72:g} × {height / 72:g} in"
    else:
        size = f"{round(width / 72 * 25.4)} × {round(height / 72 * 25.4)} mm"
    base = LAID_OUT_AS.get(name)
    if base:
        return translate("PdfOptionsDialog", "{paper} ({size}, {base} enlarged)").format(
            paper=paper, size=size, base=base
        )
    return f"{paper} ({size})"


class QtPdfOptionsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PdfOptionsDialog", "Export PDF"))
        self._settings = settings
        form = QFormLayout(self)
        self.page_size = QComboBox()
        for name in PAGE_SIZES:
            self.page_size.addItem(paper_label(name), name)
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(settings.get(PDF_PAGE_SIZE))))
        self.orientation = QComboBox()
        self.orientation.addItem(translate("PdfOptionsDialog", "Landscape"), "landscape")
        self.orientation.addItem(translate("PdfOptionsDialog", "Portrait"), "portrait")
        self.orientation.setCurrentIndex(
            max(0, self.orientation.findData(settings.get(PDF_ORIENTATION)))
        )
        self.appendix = QCheckBox(
            translate(
                "PdfOptionsDialog", "Appendix: members, deployments and flashpoints with sources"
            )
        )
        self.appendix.setChecked(settings.get(PDF_APPENDIX) != "no")
        form.addRow(translate("PdfOptionsDialog", "&Paper:"), self.page_size)
        form.addRow(translate("PdfOptionsDialog", "&Orientation:"), self.orientation)
        form.addRow(self.appendix)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _on_accept(self) -> None:
        self._settings.set(PDF_PAGE_SIZE, self.page_size.currentData())
        self._settings.set(PDF_ORIENTATION, self.orientation.currentData())
        self._settings.set(PDF_APPENDIX, "yes" if self.appendix.isChecked() else "no")
        self.accept()

    def options(self) -> dict[str, object]:
        return {
            "page_size": self.page_size.currentData(),
            "orientation": self.orientation.currentData(),
            "appendix": self.appendix.isChecked(),
        }
