"""Test set-up: offscreen Qt, the app's URL scheme, and settings kept away from the user's."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read the app's English: a tester's own locale (de_DE) would make the CLI, the
# exports and a started window speak German (the app follows the system's language). The
# tests of other languages ask for them by name.
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"

from stand_in_home import RUN_DATA_DIR, STAND_IN_HOME, touched_user_files

from briefing_app.ui.app import prepare_environment

# Speed is measured by bench/, not by tests: on a loaded 2-core machine Hypothesis's 200 ms
# deadline per example failed tests whose behaviour was right.
hypothesis_settings.register_profile("briefing", deadline=None)
hypothesis_settings.load_profile("briefing")

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


# The full tier only: windows, hostile files through every reader and window, output fuzzing,
# and modules that export whole briefings or run the command line (each takes seconds).
# What is left, `scripts/test --fast`, checks model, scene, data, geo and readers in a minute.
HEAVY = (
    "ui/",
    "hostile/",
    "security/",
    "render/test_pdf",
    "render/test_pptx_export.py",
    "render/test_replay.py",
    "render/test_html_export.py",
    "test_cli.py",
    "test_slides_own_content.py",
    "test_template_payloads.py",
    "test_user_text.py",
    "test_gazetteer.py",
    "geofiles/test_validate_cli.py",
)
TESTS = Path(__file__).parent


def pytest_collection_modifyitems(config, items):
    for item in items:
        where = Path(str(item.path)).relative_to(TESTS).as_posix()
        if where.startswith(HEAVY):
            item.add_marker(pytest.mark.heavy)


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
