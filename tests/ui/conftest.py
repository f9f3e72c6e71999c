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


@pytest.fixture(scope="session", autouse=True)
def _collect_garbage_on_the_gui_thread(qapp):
    # As the app does (ui/main_thread_gc.py): a collection in a worker thread could free a
    # closed window's web page there, and Chromium stops the process.
    from briefing_app.ui.main_thread_gc import collect_on_gui_thread

    collect_on_gui_thread(qapp)
    yield


@pytest.fixture(autouse=True)
def _never_block_on_save_prompt(monkeypatch):
    # pytest-qt closes windows before fixtures tear down; a window with edits would wait for
    # an answer to "save changes?" forever. Tests that care set their own answer.
    from PySide6.QtWidgets import QMessageBox

    from briefing_app.ui.file_actions import FileActions

    monkeypatch.setattr(
        FileActions, "ask_save_changes", lambda self: QMessageBox.StandardButton.Discard
    )
