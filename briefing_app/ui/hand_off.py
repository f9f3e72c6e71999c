"""Handing the briefing on from the window: Copy Map, slide images, PowerPoint, print, and the
map's own context menu (the web view's Back / Reload / View Source menu never shows).

Every picture is drawn by render/slide_image from the same scene as the PDF, so what leaves
the app carries its legend, scale bar and classification marking; nothing is grabbed off
the screen."""

from __future__ import annotations

import copy
import logging
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QProgressDialog

from briefing_app.core.atomicfile import write_atomically
from briefing_app.model.document import Briefing, Slide
from briefing_app.ui.file_actions import file_stem
from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from briefing_app.ui.settings import IMAGE_SIZE

if TYPE_CHECKING:
    from PIL.Image import Image

    from briefing_app.render.replay import ReplaySpec
    from briefing_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# Picture sizes offered for a slide image: the projector's and a 4K screen's.
IMAGE_SIZES = {"1920x1080": (1920, 1080), "3840x2160": (3840, 2160)}
# The file dialog's choices for a slide image: (words, pattern) -> size; the words are
# translated where the dialog is made (image_filters).
IMAGE_FILTERS = {
    (QT_TRANSLATE_NOOP("HandOff", "PNG image, 1920 × 1080"), "*.png"): "1920x1080",
    (QT_TRANSLATE_NOOP("HandOff", "PNG image, 3840 × 2160"), "*.png"): "3840x2160",
    (QT_TRANSLATE_NOOP("HandOff", "PDF, vector"), "*.pdf"): "pdf",
}
# The printer's paper, as the PDF export names it; anything else prints on A4.
PRINT_PAPER = {"A4": "A4", "A3": "A3", "A2": "A2", "A1": "A1", "A0": "A0", "Letter": "Letter"}
# A page is handed to the printer as a picture of at most this many pixels (an A0 sheet at
# 300 dpi would be 140 million); the paper's own resolution wins below it.
MAX_PRINT_PIXELS = 40_000_000


def file_filter(words: str, pattern: str) -> str:
    """A file dialog filter, "PDF files (*.pdf)": the words translated, the pattern kept."""
    return f"{translate('HandOff', words)} ({pattern})"


def image_filters() -> dict[str, str]:
    """The slide image filters as the file dialog shows them -> the size each stands for."""
    return {file_filter(words, pattern): size for (words, pattern), size in IMAGE_FILTERS.items()}


def pil_to_qimage(image: Image) -> QImage:
    rgba = image.convert("RGBA")
    data = rgba.tobytes("raw", "RGBA")
    return QImage(
        data, rgba.width, rgba.height, rgba.width * 4, QImage.Format.Format_RGBA8888
    ).copy()


class HandOff:
    """The window's hand-off actions; the window builds their menu entries."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        window.map.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.map.customContextMenuRequested.connect(self.show_map_menu)

    # ------------------------------------------ PDF and HTML, and how every export runs

    def ask_export_path(
        self,
        title: str,
        suffix: str,
        file_filter: str,
        stem: str | None = None,
        selected_filter: str = "",
    ) -> tuple[Path | None, str]:
        """Where to write an export (None: cancelled), and the file type picked."""
        name = file_stem(stem if stem is not None else self.window.doc.title)
        suggested = Path(self.window.files.start_folder()) / f"{name}{suffix}"
        name, picked = QFileDialog.getSaveFileName(
            self.window, title, str(suggested), file_filter, selected_filter
        )
        if not name:
            return None, picked
        path = Path(name)
        return (path if path.suffix else path.with_suffix(suffix)), picked

    def export_html(self, path: Path | None = None) -> bool:
        from briefing_app.render.html_export import export_html

        path = (
            path
            or self.ask_export_path(
                translate("HandOff", "Export HTML"),
                ".html",
                file_filter(QT_TRANSLATE_NOOP("HandOff", "HTML files"), "*.html"),
            )[0]
        )
        if path is None:
            return False
        return self.run_export(
            path,
            "HTML",
            lambda progress: export_html(self.doc_with_current_view(), self.window.data, path),
        )

    def export_pdf(self, path: Path | None = None, options: dict | None = None) -> bool:
        # Here, not at the top: the dialog's paper sizes come from reportlab, which the
        # window's start does without.
        from briefing_app.render.pdf import export_pdf
        from briefing_app.ui.pdf_options_dialog import QtPdfOptionsDialog

        if options is None:
            dialog = QtPdfOptionsDialog(self.window.settings, self.window)
            if not dialog.exec():
                return False
            options = dialog.options()
        path = (
            path
            or self.ask_export_path(
                translate("HandOff", "Export PDF"),
                ".pdf",
                file_filter(QT_TRANSLATE_NOOP("HandOff", "PDF files"), "*.pdf"),
            )[0]
        )
        if path is None:
            return False
        return self.run_export(
            path,
            "PDF",
            lambda progress: export_pdf(
                self.doc_with_current_view(), self.window.data, path, progress=progress, **options
            ),
        )

    def doc_with_current_view(self) -> Briefing:
        doc = copy.deepcopy(self.window.doc)
        doc.view = self.window.map.current_view
        return doc

    def run_export(self, path: Path, kind: str, work) -> bool:
        """Run an export with a progress dialog the user can cancel; errors are shown, and a
        cancelled or failed export leaves no file. `kind` names what is exported, in
        English (the log's word), marked for translation in context "HandOff" where it is a
        word rather than a name ("slide image"; "PDF" stays)."""
        from briefing_app.core.jsonreader import DataFileError
        from briefing_app.render.errors import ExportCancelled

        shown = translate("HandOff", kind)
        dialog = QProgressDialog(
            translate("HandOff", "Exporting {kind}…").format(kind=shown),
            translate("HandOff", "Cancel"),
            0,
            1,
            self.window,
        )
        dialog.setWindowTitle(translate("HandOff", "Export {kind}").format(kind=shown))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)

        def progress(done: int, total: int, message: str) -> bool:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)
            dialog.setLabelText(message)
            QCoreApplication.processEvents()
            return not dialog.wasCanceled()

        try:
            work(progress)
        except ExportCancelled:
            dialog.close()
            self.window.statusBar().showMessage(
                translate("HandOff", "{kind} export cancelled; no file written").format(kind=shown),
                5000,
            )
            return False
        except DataFileError as exc:
            dialog.close()
            self.window.show_error(
                translate("HandOff", "Cannot export {kind}").format(kind=shown), str(exc)
            )
            return False
        except Exception as exc:  # a bug must not take the briefing down with it
            dialog.close()
            log.exception("%s export failed", kind)
            self.window.show_error(
                translate("HandOff", "Cannot export {kind}").format(kind=shown), f"{path}: {exc}"
            )
            return False
        dialog.close()
        self.window.files.remember_folder(path)
        self.window.statusBar().showMessage(
            translate("HandOff", "Exported {path}").format(path=path), 8000
        )
        return True

    # ---------------------------------------------------------------- what is shown

    def _shown(self) -> tuple[Briefing, Slide | None]:
        """The briefing and slide the map shows, at the view the user looks at."""
        return self.window.doc, self.window.shown_slide()

    def map_png(self, width: int, height: int) -> bytes:
        from briefing_app.render.slide_image import slide_png

        doc, slide = self._shown()
        return slide_png(
            doc,
            self.window.data,
            slide,
            width_px=width,
            height_px=height,
            view=self.window.map.current_view,
        )

    def map_pdf(self) -> bytes:
        from briefing_app.render.slide_image import slide_pdf

        doc, slide = self._shown()
        return slide_pdf(doc, self.window.data, slide, view=self.window.map.current_view)

    # ---------------------------------------------------------------- actions

    def show_map_menu(self, position: QPoint) -> None:
        menu = QMenu(self.window.map)
        # The same actions as the menus' (ui/actions.py): their keys and tips.
        actions = self.window.actions
        menu.addActions([actions["edit.copy_map"], actions["file.export_image"]])
        menu.addSeparator()
        menu.addActions([actions["file.export_pptx"], actions["file.print"]])
        menu.popup(self.window.map.mapToGlobal(position))

    def copy_map(self) -> bool:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            png = self.map_png(*IMAGE_SIZES["1920x1080"])
        except Exception as exc:  # a bug must not take the briefing down with it
            log.exception("Copy Map failed")
            self.window.show_error(translate("HandOff", "Cannot copy the map"), str(exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        image = QImage.fromData(png, "PNG")
        QGuiApplication.clipboard().setImage(image)
        self.window.statusBar().showMessage(
            translate("HandOff", "Map copied with its legend, scale bar and marking (1920 × 1080)"),
            5000,
        )
        return True

    def export_image(self, path: Path | None = None, size: str | None = None) -> bool:
        """Write the map as shown: PNG at `size` ("1920x1080", "3840x2160") or, for a .pdf
        path, a one-page vector PDF. Without a path the user is asked for both."""
        window = self.window
        if path is None:
            chosen = window.settings.get(IMAGE_SIZE)
            sizes = image_filters()
            filters = list(sizes)
            first = next((f for f, s in sizes.items() if s == chosen), filters[0])
            path, picked = self.ask_export_path(
                translate("HandOff", "Export Slide Image"),
                ".pdf" if chosen == "pdf" else ".png",
                ";;".join(filters),
                stem=self._stem(),
                selected_filter=first,
            )
            if path is None:
                return False
            size = sizes.get(picked, chosen)
        # The file's suffix decides between vector and picture; a PNG has the size picked.
        kind = (
            "pdf"
            if path.suffix.lower() == ".pdf"
            else (size if size in IMAGE_SIZES else "1920x1080")
        )
        window.settings.set(IMAGE_SIZE, kind)

        def work(_progress) -> None:
            data = self.map_pdf() if kind == "pdf" else self.map_png(*IMAGE_SIZES[kind])
            write_atomically(path, lambda out: out.write(data))

        return self.run_export(path, QT_TRANSLATE_NOOP("HandOff", "slide image"), work)

    def export_pptx(self, path: Path | None = None) -> bool:
        from briefing_app.render.pptx_export import export_pptx

        window = self.window
        path = (
            path
            or self.ask_export_path(
                translate("HandOff", "Export PowerPoint"),
                ".pptx",
                file_filter(QT_TRANSLATE_NOOP("HandOff", "PowerPoint decks"), "*.pptx"),
            )[0]
        )
        if path is None:
            return False
        return self.run_export(
            path,
            "PowerPoint",
            lambda progress: export_pptx(
                self.doc_with_current_view(), window.data, path, progress=progress
            ),
        )

    def export_replay(
        self,
        path: Path | None = None,
        spec: ReplaySpec | None = None,
        size: tuple[int, int] = (1280, 720),
    ) -> bool:
        from briefing_app.render.replay import export_replay, ffmpeg_path
        from briefing_app.ui.replay_dialog import QtReplayDialog

        window = self.window
        doc, slide = self._shown()
        if spec is None:
            shown = doc.as_shown_on(slide) if slide is not None else doc
            membership = shown.layer("membership")
            grouping = str(membership.options.get("grouping", "nato")) if membership else "nato"
            dialog = QtReplayDialog(doc, window.data, grouping, window)
            if not dialog.exec():
                return False
            spec, size = dialog.spec(), dialog.size_px()
        if path is None:
            filters = file_filter(QT_TRANSLATE_NOOP("HandOff", "Animated GIF"), "*.gif")
            if ffmpeg_path() is not None:
                filters += ";;" + file_filter(QT_TRANSLATE_NOOP("HandOff", "MP4 video"), "*.mp4")
            # A file name the user may keep: the word in their language.
            stem = translate("HandOff", "{title} replay").format(title=self._stem())
            path = self.ask_export_path(
                translate("HandOff", "Export Replay"), ".gif", filters, stem=stem
            )[0]
            if path is None:
                return False
        return self.run_export(
            path,
            QT_TRANSLATE_NOOP("HandOff", "replay"),
            lambda progress: export_replay(
                doc, window.data, path, spec, slide=slide, size=size, progress=progress
            ),
        )

    def _stem(self) -> str:
        slide = self.window.shown_slide()
        return slide.title if slide is not None else self.window.doc.title

    # ---------------------------------------------------------------- print

    def print_briefing(self, printer: QPrinter | None = None, preview: bool = True) -> bool:
        """File → Print…: the PDF handout's pages on the printer's paper, after a preview in
        which paper and orientation can be changed."""
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # the pages carry their own margins and marking bands
        printer.setDocName(self.window.doc.title or translate("HandOff", "Briefing"))
        if printer.pageLayout().orientation() != QPageLayout.Orientation.Landscape:
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        job = _PrintJob(self.window)
        if preview:
            dialog = QPrintPreviewDialog(printer, self.window)
            dialog.setWindowTitle(translate("HandOff", "Print Preview"))
            dialog.paintRequested.connect(job.paint)
            accepted = bool(dialog.exec())
        else:
            dialog = QPrintDialog(printer, self.window)
            accepted = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat or bool(
                dialog.exec()
            )
            if accepted:
                job.paint(printer)
        if job.error:
            self.window.show_error(translate("HandOff", "Cannot print"), job.error)
            return False
        return accepted


class _PrintJob:
    """Draws the handout on a printer: the PDF is made once per paper and orientation (the
    preview repaints often), and each page goes to the printer as a picture at the printer's
    resolution."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._pdfs: dict[tuple[str, str], bytes] = {}
        self.error = ""
        self.pages_painted = 0

    def pdf_for(self, printer: QPrinter) -> bytes:
        from briefing_app.render.pdf import export_pdf

        layout = printer.pageLayout()
        paper = PRINT_PAPER.get(layout.pageSize().key(), "A4")
        orientation = (
            "portrait" if layout.orientation() == QPageLayout.Orientation.Portrait else "landscape"
        )
        key = (paper, orientation)
        if key not in self._pdfs:
            window = self.window
            with tempfile.TemporaryDirectory(prefix="briefing-print-") as folder:
                target = Path(folder) / "print.pdf"
                export_pdf(
                    self.window.hand_off.doc_with_current_view(),
                    window.data,
                    target,
                    page_size=paper,
                    orientation=orientation,
                )
                self._pdfs[key] = target.read_bytes()
        return self._pdfs[key]

    def paint(self, printer: QPrinter) -> None:
        from briefing_app.render.slide_image import page_count, rasterise_pdf

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        painter = QPainter()
        try:
            pdf = self.pdf_for(printer)
            if not painter.begin(printer):
                self.error = translate("HandOff", "The printer could not be opened.")
                return
            target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            dpi = max(72, min(printer.resolution(), 300))
            width = int(target.width() * dpi / max(printer.resolution(), 1))
            height = int(target.height() * dpi / max(printer.resolution(), 1))
            if width * height > MAX_PRINT_PIXELS:
                scale = (MAX_PRINT_PIXELS / (width * height)) ** 0.5
                width = int(width * scale)
            self.pages_painted = 0
            for index in range(page_count(pdf)):
                if index:
                    printer.newPage()
                (page,) = rasterise_pdf(pdf, width, pages=[index])
                painter.drawImage(target, pil_to_qimage(page))
                self.pages_painted += 1
        except Exception as exc:  # shown to the user; the briefing stays as it was
            log.exception("printing failed")
            self.error = str(exc)
        finally:
            if painter.isActive():
                painter.end()
            QApplication.restoreOverrideCursor()
