"""Test set-up: offscreen Qt, the app's URL scheme, and settings kept away from the user's."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from briefing_app.ui.app import prepare_environment

# QtWebEngine reads its flags and URL schemes once, before the first QApplication exists.
prepare_environment()

try:
    from briefing_app.ui.web_scheme import register_scheme
except ImportError:  # Qt not installed: the headless tests still run
    pass
else:
    register_scheme()


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, monkeypatch):
    path = tmp_path_factory.mktemp("settings") / "settings.ini"
    monkeypatch.setenv("BRIEFING_APP_SETTINGS", str(path))
    monkeypatch.setenv("BRIEFING_APP_DATA_DIR", str(path.parent / "user-data"))
    yield path
