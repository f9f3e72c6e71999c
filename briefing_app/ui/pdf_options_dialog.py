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

from briefing_app.ui.settings import PDF_APPENDIX, PDF_ORIENTATION, PDF_PAGE_SIZE, Settings


class QtPdfOptionsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export PDF")
        self._settings = settings
        form = QFormLayout(self)
        self.page_size = QComboBox()
        self.page_size.addItems(["A4", "Letter"])
        self.page_size.setCurrentText(settings.get(PDF_PAGE_SIZE))
        self.orientation = QComboBox()
        self.orientation.addItem("Landscape", "landscape")
        self.orientation.addItem("Portrait", "portrait")
        self.orientation.setCurrentIndex(
            max(0, self.orientation.findData(settings.get(PDF_ORIENTATION))))
        self.appendix = QCheckBox("Appendix: members, deployments and flashpoints with sources")
        self.appendix.setChecked(settings.get(PDF_APPENDIX) != "no")
        form.addRow("&Paper:", self.page_size)
        form.addRow("&Orientation:", self.orientation)
        form.addRow(self.appendix)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _on_accept(self) -> None:
        self._settings.set(PDF_PAGE_SIZE, self.page_size.currentText())
        self._settings.set(PDF_ORIENTATION, self.orientation.currentData())
        self._settings.set(PDF_APPENDIX, "yes" if self.appendix.isChecked() else "no")
        self.accept()

    def options(self) -> dict[str, object]:
        return {"page_size": self.page_size.currentText(),
                "orientation": self.orientation.currentData(),
                "appendix": self.appendix.isChecked()}
