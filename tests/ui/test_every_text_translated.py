"""Every text the window shows goes through translation: with a pseudo translation of all
the app's texts loaded (each becomes «text»: the window's through Qt's translator, the
scene's and the data's through briefing_app.i18n), no label, button, panel title, tab,
list entry, placeholder or tip of the main window shows a bare English text. What is not
the app's own (the briefing's texts, the data's names, country names) is exempt by name.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from briefing_app.data.country_names import country_names_in
from briefing_app.data.datasets import load_datasets
from briefing_app.i18n import catalogue, set_language
from briefing_app.model.builtin import builtin_briefing
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.settings import Settings

TRANSLATIONS = Path(__file__).resolve().parents[2] / "briefing_app" / "i18n" / "translations"
BIN = Path(sys.executable).parent
LETTERS = re.compile(r"[^\W\d_]{2,}")


def _pseudo(text: str) -> str:
    return f"«{text}»"


@pytest.fixture(scope="module")
def pseudo_folder(tmp_path_factory) -> Path:
    """The committed German file with every text made «text»: its .ts for the headless
    reader, its .qm for Qt."""
    folder = tmp_path_factory.mktemp("pseudo")
    tree = ET.parse(TRANSLATIONS / "briefing_app_de.ts")
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            for form in translation.iter("numerusform"):
                form.text = _pseudo(source)
        else:
            translation.text = _pseudo(source)
    ts = folder / "briefing_app_de.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = shutil.which("pyside6-lrelease", path=str(BIN)) or shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    qm = folder / "briefing_app_de.qm"
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return folder


@pytest.fixture
def window(qtbot, pseudo_folder, monkeypatch):
    monkeypatch.setattr(catalogue, "translations_dir", lambda: pseudo_folder)
    catalogue._catalogue.cache_clear()
    translator = QTranslator()
    assert translator.load(str(pseudo_folder / "briefing_app_de.qm"))
    QCoreApplication.installTranslator(translator)
    set_language("de")
    try:
        win = MainWindow(Settings(), builtin_briefing(), builtin=True)
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        qtbot.waitExposed(win)
        yield win
        win.undo_stack.setClean()
    finally:
        set_language("en")
        QCoreApplication.removeTranslator(translator)
        catalogue._catalogue.cache_clear()


def _not_the_apps(doc) -> set[str]:
    """Texts that are not the app's own: the briefing's, the data's names, countries."""
    data = load_datasets()
    names = {doc.title, doc.subtitle, doc.author, doc.organisation, doc.classification}
    names |= {s.title for s in doc.slides} | {s.notes for s in doc.slides}
    names |= {g.name for g in data.groupings.values()}
    names |= set(country_names_in("de").values())
    return {n for n in names if n}


def _shown_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) of what the window's widgets show, their tips included."""
    out: list[tuple[str, str]] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.objectName().startswith("qt_"):
            continue  # hidden, or Qt's own part (a dock's Close button: Qt's translation)
        kind = type(widget).__name__
        texts: list[str] = []
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QDockWidget):
            texts.append(widget.windowTitle())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        texts += [widget.toolTip(), widget.accessibleName()]
        out += [(kind, t) for t in texts if t]
    return out


def test_no_text_of_the_window_skips_translation(window, qtbot):
    qtbot.waitUntil(lambda: "countries" in window.map.rendered_layers, timeout=30_000)
    exempt = _not_the_apps(window.doc)
    bare = sorted(
        {
            (where, text)
            for where, text in _shown_texts(window)
            if "«" not in text
            and LETTERS.search(text)
            and not any(part.strip() in exempt for part in re.split(r"\n|·", text))
        }
    )
    assert bare == []
