from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def _delete_pages_before_profile(qapp):
    # Qt WebEngine wants every page gone before its profile is released at exit.
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    for widget in qapp.topLevelWidgets():
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _never_block_on_save_prompt(monkeypatch):
    # pytest-qt closes windows before fixtures tear down; a window with edits would wait for
    # an answer to "save changes?" forever. Tests that care set their own answer.
    from PySide6.QtWidgets import QMessageBox

    from briefing_app.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "ask_save_changes",
                        lambda self: QMessageBox.StandardButton.Discard)
