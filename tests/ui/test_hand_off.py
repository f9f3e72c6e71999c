"""Handing the briefing on from the window: Copy Map puts a marked picture on the clipboard,
the map's context menu is the app's own, slide images, the deck, the replay and print come
out of the window as an official would use them."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from pagejs import shown_window
from PIL import Image
from pptx import Presentation
from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMenu

from briefing_app.model.builtin import builtin_briefing
from briefing_app.render.replay import ReplaySpec, change_days
from briefing_app.render.slide_image import page_count
from briefing_app.style.map_style import marking_colours

pytestmark = pytest.mark.timeout(300)


@pytest.fixture
def window(qtbot):
    return shown_window(qtbot, builtin_briefing(), builtin=True)


def _band_colour(image) -> tuple[int, int, int]:
    """The colour across the top marking band of a picture (QImage)."""
    colour = image.pixelColor(image.width() // 5, round(image.height() * 0.03))  # off the text
    return colour.red(), colour.green(), colour.blue()


def _hex(rgb: str) -> tuple[int, int, int]:
    rgb = rgb.lstrip("#")
    return int(rgb[0:2], 16), int(rgb[2:4], 16), int(rgb[4:6], 16)


def _close(a, b, tolerance=24) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


def test_copy_map_puts_the_marked_map_on_the_clipboard(window):
    window.slides_dock.list.setCurrentRow(5)  # Kaliningrad, the Suwałki Gap and Belarus
    QGuiApplication.clipboard().clear()
    assert window.hand_off.copy_map()
    image = QGuiApplication.clipboard().image()
    assert (image.width(), image.height()) == (1920, 1080)
    band = marking_colours(window.doc.classification)
    assert _close(_band_colour(image), _hex(band.background))
    # Not a blank picture: the map has many colours.
    sample = {image.pixel(x, y) for x in range(0, 1920, 37) for y in range(150, 900, 29)}
    assert len(sample) > 100


def test_the_maps_context_menu_is_the_apps_own(window, qtbot):
    window.map.customContextMenuRequested.emit(QPoint(200, 200))
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    menu.close()
    assert texts == ["Copy Map", "Export Slide Image…", "Export PowerPoint…", "Print…"]
    assert not any(word in " ".join(texts) for word in ("Reload", "Back", "View", "Save page"))


def test_slide_image_as_png_and_vector_pdf(window, tmp_path):
    png = tmp_path / "map.png"
    assert window.hand_off.export_image(png, "3840x2160")
    assert Image.open(png).size == (3840, 2160)
    pdf = tmp_path / "map.pdf"
    assert window.hand_off.export_image(pdf)
    data = pdf.read_bytes()
    assert page_count(data) == 1
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = [line for line in text.splitlines() if line.strip()]
    marking = window.doc.classification.upper()
    assert marking in lines[0].upper() and marking in lines[-1].upper()


def test_powerpoint_from_the_window(window, tmp_path):
    path = tmp_path / "deck.pptx"
    assert window.hand_off.export_pptx(path)
    deck = Presentation(str(path))
    assert len(deck.slides) == len(window.doc.slides) + 1


def test_replay_of_nato_as_a_gif_from_the_window(window, tmp_path):
    path = tmp_path / "nato.gif"
    spec = ReplaySpec("nato", dt.date(1949, 4, 4), dt.date(2024, 3, 7))
    assert window.hand_off.export_replay(path, spec, size=(640, 360))
    film = Image.open(path)
    days = change_days(window.doc, window.data, "nato", spec.start, spec.end)
    assert film.n_frames == len(days) >= 10
    assert film.size == (640, 360)


def test_print_gives_the_pdfs_pages(window, tmp_path):
    from briefing_app.render.pdf import export_pdf

    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert window.hand_off.print_briefing(printer, preview=False)
    handout = tmp_path / "handout.pdf"
    export_pdf(window.hand_off.doc_with_current_view(), window.data, handout)
    assert page_count(printed.read_bytes()) == page_count(handout.read_bytes())
