"""Test set-up: offscreen Qt, the app's URL scheme, and settings kept away from the user's."""

from __future__ import annotations

import os
import shutil

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from stand_in_home import RUN_DATA_DIR, STAND_IN_HOME, touched_user_files

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


def pytest_sessionfinish(session, exitstatus):
    touched = touched_user_files()
    if touched:
        session.exitstatus = 1
        print(f"\nTests wrote into the user's own folders (stand-in {STAND_IN_HOME}):")
        for name in touched[:20]:
            print(f"  {name}")
    else:
        shutil.rmtree(STAND_IN_HOME, ignore_errors=True)
    shutil.rmtree(RUN_DATA_DIR, ignore_errors=True)
