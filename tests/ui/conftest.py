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
