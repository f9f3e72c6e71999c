"""Every hostile file of the corpus through `briefing-app validate` (a real subprocess) and
through the window's open/import path: a message naming the file and the problem, exit
status 1 (0 for the oddities that are repaired and said), no traceback, bounded time, nothing
written anywhere, the app up and the open document unchanged. tests/HOSTILE_INPUT.md is the
table of these cases and answers."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from corpus import CASES, FIXTURES

CLI_SECONDS = 30
RENDER_TIMEOUT_S = 30

pytestmark = pytest.mark.timeout(300)


def _listing(*folders: Path) -> set[str]:
    found = set()
    for folder in folders:
        for root, dirs, files in os.walk(folder):
            found.update(os.path.join(root, name) for name in dirs + files)
    return found


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    """Where the big cases (sparse files, folders) are made, once for the module."""
    return tmp_path_factory.mktemp("hostile-scratch")


@pytest.fixture
def sandbox(tmp_path) -> dict[str, Path]:
    folders = {name: tmp_path / name for name in ("home", "data", "tmp", "cwd")}
    for folder in folders.values():
        folder.mkdir()
    return folders


def run_validate(path: Path, sandbox: dict[str, Path]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "BRIEFING_APP_"))}
    env.update(
        HOME=str(sandbox["home"]),
        BRIEFING_APP_DATA_DIR=str(sandbox["data"]),
        BRIEFING_APP_SETTINGS=str(sandbox["home"] / "settings.ini"),
        TMPDIR=str(sandbox["tmp"]),
        XDG_CACHE_HOME=str(sandbox["home"] / ".cache"),
        XDG_CONFIG_HOME=str(sandbox["home"] / ".config"),
        XDG_DATA_HOME=str(sandbox["home"] / ".local" / "share"),
    )
    return subprocess.run(
        [sys.executable, "-m", "briefing_app", "validate", str(path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=sandbox["cwd"],
        timeout=CLI_SECONDS,
    )


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_validate_answers_without_traceback_or_files(case, scratch, sandbox):
    path = case.path(scratch)
    watched = (*sandbox.values(), FIXTURES, scratch)
    before = _listing(*watched)
    started = time.monotonic()
    result = run_validate(path, sandbox)
    assert time.monotonic() - started < CLI_SECONDS
    assert "Traceback" not in result.stderr, result.stderr
    assert _listing(*watched) == before, "validate wrote a file"
    if case.usable:
        assert result.returncode == 0, result.stderr
        assert case.expect in result.stdout
        return
    assert result.returncode == 1
    assert result.stdout == ""
    message = result.stderr.strip()
    assert message.startswith(f"briefing-app: {path}"), message
    assert len(message.splitlines()) == 1
    if case.reader != "override":
        assert case.expect in message, message


def test_validate_checks_data_corrections_as_the_window_does(scratch, sandbox):
    case = next(c for c in CASES if c.filename == "latitude/deployments.json")
    result = run_validate(case.path(scratch), sandbox)
    assert case.expect in result.stderr


# ---------------------------------------------------------------- the window


@pytest.fixture(scope="module")
def window(qapp):
    from briefing_app.model.builtin import builtin_briefing
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.settings import Settings

    win = MainWindow(Settings(), builtin_briefing(), builtin=True)
    win.show()
    _wait_until(lambda: "countries" in win.map.rendered_layers)
    win.errors = []
    win.error_shown.connect(win.errors.append)
    yield win
    win.undo_stack.setClean()
    win.close()


def _wait_until(condition, timeout: float = RENDER_TIMEOUT_S) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _close_message_boxes(qapp) -> None:
    from PySide6.QtWidgets import QMessageBox

    for widget in qapp.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.close()


def _check_refused(window, qapp, case, path, opened: bool, before) -> None:
    assert opened is False
    assert len(window.errors) == 1, window.errors
    message = window.errors[0]
    assert message.startswith(str(path)), message
    fragment = ".mbtiles" if path.suffix == ".mbtiles" else case.expect
    assert fragment in message, message
    assert window.doc == before
    assert window.isVisible() and window.map.is_ready
    _close_message_boxes(qapp)


@pytest.mark.parametrize("case", [c for c in CASES if c.reader == "briefing"], ids=lambda c: c.id)
def test_window_open_file(case, window, qapp, scratch, monkeypatch):
    path = case.path(scratch)
    before, before_path = copy.deepcopy(window.doc), window.session.path
    window.errors.clear()
    opened = window.files.open_file(path)
    if case.usable:
        assert opened and window.errors == []
        assert any(a.id == "hostile" for a in window.doc.annotations)
        window.set_document(before, before_path, builtin=True)
        return
    _check_refused(window, qapp, case, path, opened, before)
    assert window.session.path == before_path


GEO_CASES = [c for c in CASES if c.reader not in ("briefing", "override")]


@pytest.mark.parametrize("case", GEO_CASES, ids=lambda c: c.id)
def test_window_import_file(case, window, qapp, scratch):
    path = case.path(scratch)
    before = copy.deepcopy(window.doc)
    window.errors.clear()
    started = time.monotonic()
    imported = window.import_export.import_file(path)
    assert time.monotonic() - started < CLI_SECONDS
    if case.usable:
        assert imported and window.errors == []
        assert len(window.doc.imported) == len(before.imported) + 1
        window.undo_stack.undo()
        assert window.doc == before
        return
    _check_refused(window, qapp, case, path, imported, before)


def test_window_with_broken_data_correction_starts_and_says_why(qtbot, tmp_path, monkeypatch):
    from briefing_app.core.userdirs import DATA_DIR_ENV
    from briefing_app.model.builtin import builtin_briefing
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.settings import Settings

    case = next(c for c in CASES if c.filename == "nan/deployments.json")
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    (tmp_path / "geodata").mkdir()
    target = tmp_path / "geodata" / "deployments.json"
    target.write_bytes(case.path(tmp_path).read_bytes())
    errors: list[str] = []
    win = MainWindow(Settings(), builtin_briefing(), builtin=True)
    qtbot.addWidget(win)
    win.error_shown.connect(errors.append)
    win.show()
    qtbot.waitUntil(
        lambda: bool(errors) and "countries" in win.map.rendered_layers,
        timeout=RENDER_TIMEOUT_S * 1000,
    )
    assert errors[0].startswith(str(target))
    assert case.expect in errors[0] and "built-in data is used instead" in errors[0]
    from pagejs import page_state

    qtbot.waitUntil(
        lambda: page_state(qtbot, win)["counts"].get("deployments", 0) > 0,
        timeout=RENDER_TIMEOUT_S * 1000,
    )  # the built-in deployments


def test_table_lists_every_case():
    table = (Path(__file__).resolve().parent.parent / "HOSTILE_INPUT.md").read_text(
        encoding="utf-8"
    )
    missing = [c.id for c in CASES if f"| {c.reader} | {c.name} | `{c.filename}` |" not in table]
    assert missing == []
