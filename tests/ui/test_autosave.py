"""Never lose a briefing: autosave to a recovery file, restore after a crash (a real SIGKILL
of the real app), the warning before saving over a file changed on disk, the log."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from briefing_app import __version__
from briefing_app.i18n import format_date
from briefing_app.model import fileformat, recovery
from briefing_app.model.builtin import builtin_briefing
from briefing_app.ui import autosave
from briefing_app.ui.autosave import (
    CANCEL,
    DISCARD,
    LATER,
    OVERWRITE,
    RESTORE,
    SAVE_AS,
    QtRecoveryDialog,
    check_before_save,
    install_autosave,
    offer_recovery,
    remember_file_state,
)
from briefing_app.ui.file_actions import FileActions
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.settings import Settings

# The edits made before the crash: run in the app (as source) and here (for the expected
# document), so both sides make the very same change.
EDITS = """
from briefing_app.model import commands
from briefing_app.model.document import Annotation

def make_edits():
    return [
        commands.SetProperties({"title": "Eastern flank — before the crash",
                                "classification": "SECRET"}),
        commands.AddAnnotations([Annotation(
            "crash-marker", {"type": "Point", "coordinates": [21.01, 52.23]},
            {"kind": "marker", "label": "Warsaw HQ"}, {"color": "#c00000"})]),
    ]
"""

# Starts the real app (briefing_app.cli.main, as `python -m briefing_app FILE` does) and,
# once its window is shown, makes the edits through the window's undo stack.
DRIVER = (
    EDITS
    + """
import sys
from PySide6.QtCore import QTimer
from briefing_app.ui import main_window

_show = main_window.MainWindow.show

def show(self):
    _show(self)
    def edit():
        for command in make_edits():
            self.run(command)
        print("edited", flush=True)
    QTimer.singleShot(0, self, edit)

main_window.MainWindow.show = show
from briefing_app.cli import main
sys.exit(main(sys.argv[1:]))
"""
)


def expected_after_edits(path: Path):
    namespace: dict = {}
    exec(EDITS, namespace)
    doc = fileformat.load(path)
    for command in namespace["make_edits"]():
        command.do(doc)
    return doc


@pytest.fixture
def fast_autosave(monkeypatch):
    monkeypatch.setenv(autosave.AUTOSAVE_SECONDS_ENV, "0.3")


def make_window(qtbot, doc=None, path=None) -> MainWindow:
    window = MainWindow(Settings(), doc or builtin_briefing(), path, builtin=path is None)
    qtbot.addWidget(window)
    return window


def own_recovery_files() -> list[Path]:
    return sorted(recovery.recovery_dir().glob("*.json"))


def edit(window: MainWindow, title: str = "Draft") -> None:
    from briefing_app.model import commands

    window.run(commands.SetProperties({"title": title}))


# ---------------------------------------------------------------- autosave in the window


def test_edit_writes_recovery_file_within_interval_and_save_removes_it(
    qtbot, tmp_path, fast_autosave
):
    window = make_window(qtbot)
    saver = install_autosave(window)
    assert install_autosave(window) is saver  # one per window
    assert saver.timer.interval() == 300
    started = time.monotonic()
    edit(window, "First draft")
    qtbot.waitUntil(saver.path.exists, timeout=5000)
    elapsed = time.monotonic() - started
    assert 0.25 < elapsed < 3.0, elapsed
    found = recovery.read_recovery(saver.path)
    assert found.title == "First draft" and found.builtin
    assert window.files.save_to(tmp_path / "draft.briefing")
    assert not saver.path.exists()


def test_busy_editing_does_not_postpone_the_recovery_file(qtbot, fast_autosave):
    window = make_window(qtbot)
    saver = install_autosave(window)
    started = time.monotonic()
    while not saver.path.exists() and time.monotonic() - started < 5:
        edit(window, f"Draft {time.monotonic()}")  # an edit every 50 ms
        qtbot.wait(50)
    assert saver.path.exists() and time.monotonic() - started < 2.0


def test_undo_to_saved_state_removes_recovery_file(qtbot, fast_autosave):
    window = make_window(qtbot)
    saver = install_autosave(window)
    edit(window)
    qtbot.waitUntil(saver.path.exists, timeout=5000)
    window.undo_stack.undo()
    assert not saver.path.exists()


def test_closing_after_discard_removes_it_and_cancel_keeps_it(qtbot, fast_autosave, monkeypatch):
    window = make_window(qtbot)
    window.show()
    saver = install_autosave(window)
    edit(window)
    qtbot.waitUntil(saver.path.exists, timeout=5000)
    monkeypatch.setattr(
        FileActions, "ask_save_changes", lambda self: QMessageBox.StandardButton.Cancel
    )
    assert not window.close()
    assert saver.path.exists()
    monkeypatch.setattr(
        FileActions, "ask_save_changes", lambda self: QMessageBox.StandardButton.Discard
    )
    assert window.close()
    assert not saver.path.exists()


def test_opening_another_briefing_drops_the_old_recovery_file(qtbot, tmp_path, fast_autosave):
    path = tmp_path / "other.briefing"
    fileformat.save(builtin_briefing(), path)
    window = make_window(qtbot)
    saver = install_autosave(window)
    edit(window)
    qtbot.waitUntil(saver.path.exists, timeout=5000)
    assert window.files.open_file(path)  # "save changes?" answered Discard (tests/ui/conftest.py)
    assert not saver.path.exists()


# ---------------------------------------------------------------- a real crash


def test_sigkill_then_restore_exactly(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "flank.briefing"
    fileformat.save(builtin_briefing(), path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BRIEFING_APP_AUTOSAVE_SECONDS="1")
    started = time.monotonic()
    app = subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = started + 120
        while not own_recovery_files() and app.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        written = time.monotonic()
        files = own_recovery_files()
        assert files, (app.poll(), app.stdout.read() if app.poll() is not None else "")
        # The log line follows the file by a moment (under load, more): the crash comes after
        # it, as a crash a while after an edit does.
        log_path = Path(os.environ["BRIEFING_APP_DATA_DIR"]) / "logs" / "briefing-app.log"
        while time.monotonic() < written + 20 and "recovery file" not in (
            log_path.read_text(encoding="utf-8") if log_path.exists() else ""
        ):
            time.sleep(0.1)
        os.kill(app.pid, signal.SIGKILL)
        assert app.wait(timeout=30) == -signal.SIGKILL
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(app.pid, signal.SIGKILL)  # the crashed app's Qt WebEngine helpers
    print(f"\nstart to recovery file: {written - started:.1f} s")
    assert files[0].name.startswith(f"{app.pid}-")
    assert fileformat.load(path).title == builtin_briefing().title  # never saved

    log_text = (Path(os.environ["BRIEFING_APP_DATA_DIR"]) / "logs" / "briefing-app.log").read_text(
        encoding="utf-8"
    )
    assert f"Briefing App {__version__} started (pid {app.pid})" in log_text
    assert "Qt 6." in log_text and "recovery file" in log_text

    # The next start: a fresh window with the built-in briefing, and the offer.
    window = make_window(qtbot)
    offered = []

    def answer(parent, items):
        offered.extend(items)
        return RESTORE, items[0]

    monkeypatch.setattr(autosave, "choose_recovery", answer)
    assert offer_recovery(window)
    [item] = offered
    assert item.title == "Eastern flank — before the crash" and item.source_path == path
    expected = expected_after_edits(path)
    assert fileformat.to_json(window.doc) == fileformat.to_json(expected)
    assert window.session.path == path and not window.session.builtin
    assert window.isWindowModified() and not window.undo_stack.isClean()
    assert not item.path.exists()  # replaced by this window's own recovery file
    saver = install_autosave(window)
    assert saver.path.exists()
    assert recovery.list_recoveries() == []  # nothing offered twice

    assert window.files.save()  # Save writes the original file
    assert (
        fileformat.to_json(fileformat.load(path))["annotations"]
        == fileformat.to_json(expected)["annotations"]
    )
    assert fileformat.load(path).title == "Eastern flank — before the crash"
    assert not saver.path.exists() and not window.isWindowModified()


# ---------------------------------------------------------------- the offer


def _leftover(title: str, source: Path | None = None) -> Path:
    doc = builtin_briefing()
    doc.title = title
    target = recovery.recovery_dir() / f"999999990-{abs(hash(title)) % 1000}.json"
    recovery.write_recovery(doc, source, target)
    recovery.release(target)
    return target


def test_later_keeps_the_file_and_discard_removes_it(qtbot, monkeypatch):
    kept = _leftover("Kept for later")
    window = make_window(qtbot)
    monkeypatch.setattr(autosave, "choose_recovery", lambda parent, items: (LATER, None))
    assert not offer_recovery(window)
    assert kept.exists() and window.doc.title == builtin_briefing().title
    assert window.undo_stack.isClean()
    asked = []

    def discard(parent, items):
        asked.append(list(items))
        return DISCARD, items[0]

    monkeypatch.setattr(autosave, "choose_recovery", discard)
    assert not offer_recovery(window)
    assert not kept.exists()
    assert len(asked) == 1  # the list emptied: no second question


def test_dialog_lists_what_and_when_and_offers_restore_discard_later(qtbot, tmp_path, monkeypatch):
    _leftover("Never saved draft")
    _leftover("Saved draft", tmp_path / "saved.briefing")
    corrupt = recovery.recovery_dir() / "999999990-999.json"
    corrupt.write_text("{", encoding="utf-8")
    items = recovery.list_recoveries()
    dialog = QtRecoveryDialog(items)
    qtbot.addWidget(dialog)
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any("Never saved draft" in r and "never saved" in r for r in rows)
    assert any("Saved draft" in r and str(tmp_path / "saved.briefing") in r for r in rows)
    assert any("cannot be restored" in r for r in rows)
    saved = items[0].saved_at.astimezone()
    when = f"{format_date(saved.date(), None, 'medium')} {saved:%H:%M}"  # "7 Dec 2026 14:05"
    assert any(when in r for r in rows)
    assert [
        b.text() for b in (dialog.restore_button, dialog.discard_button, dialog.later_button)
    ] == ["&Restore", "&Discard…", "&Later"]
    dialog.list.setCurrentRow(next(i for i, it in enumerate(items) if it.error))
    assert not dialog.restore_button.isEnabled() and dialog.discard_button.isEnabled()
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard
    )
    dialog.discard_button.click()
    assert dialog.action == DISCARD and dialog.chosen.error
    dialog.later_button.click()
    assert dialog.action == LATER


# ---------------------------------------------------------------- changed on disk


@pytest.fixture
def opened(qtbot, tmp_path):
    path = tmp_path / "shared.briefing"
    fileformat.save(builtin_briefing(), path)
    window = make_window(qtbot, fileformat.load(path), path)
    install_autosave(window)  # remembers the file as opened
    edit(window, "My version")
    other = builtin_briefing()
    other.title = "A colleague's version"
    fileformat.save(other, path)
    return window, path


def _answer(monkeypatch, answer):
    asked = []
    monkeypatch.setattr(
        autosave, "ask_file_changed", lambda parent, path: asked.append(path) or answer
    )
    return asked


def test_changed_on_disk_cancel_leaves_the_file(opened, monkeypatch):
    window, path = opened
    before = path.read_bytes()
    asked = _answer(monkeypatch, CANCEL)
    assert check_before_save(window, path) is None
    assert asked == [path] and path.read_bytes() == before


def test_changed_on_disk_overwrite_writes(opened, monkeypatch):
    window, path = opened
    _answer(monkeypatch, OVERWRITE)
    assert check_before_save(window, path) == path
    assert window.files.save_to(path)
    remember_file_state(window, path)  # what MainWindow.save_to does after saving
    assert fileformat.load(path).title == "My version"
    assert fileformat.load(path.with_name(path.name + ".bak")).title == "A colleague's version"
    asked = _answer(monkeypatch, CANCEL)
    assert check_before_save(window, path) == path and asked == []  # ours now: no question


def test_changed_on_disk_save_as_asks_for_another_file(opened, monkeypatch, tmp_path):
    window, path = opened
    _answer(monkeypatch, SAVE_AS)
    monkeypatch.setattr(autosave, "ask_save_as_path", lambda parent, p: tmp_path / "mine.briefing")
    assert check_before_save(window, path) == tmp_path / "mine.briefing"


def test_unchanged_or_other_file_saves_without_asking(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "mine.briefing"
    fileformat.save(builtin_briefing(), path)
    window = make_window(qtbot, fileformat.load(path), path)
    install_autosave(window)
    asked = _answer(monkeypatch, CANCEL)
    os.utime(path)  # touched, same bytes
    assert check_before_save(window, path) == path
    assert (
        check_before_save(window, tmp_path / "elsewhere.briefing")
        == tmp_path / "elsewhere.briefing"
    )
    assert asked == []


def test_save_in_the_window_warns(opened, monkeypatch):
    window, path = opened
    before = path.read_bytes()
    _answer(monkeypatch, CANCEL)
    assert not window.files.save()
    assert path.read_bytes() == before and window.isWindowModified()
    _answer(monkeypatch, OVERWRITE)
    assert window.files.save()
    assert fileformat.load(path).title == "My version"


# ---------------------------------------------------------------- Help → Open Log Folder


def test_help_menu_opens_the_log_folder(qtbot, monkeypatch):
    window = make_window(qtbot)
    action = window.actions["help.log_folder"]
    texts = [a.text() for a in window.help_menu.actions()]
    assert texts.count("Open &Log Folder") == 1
    assert texts.index("Open &Log Folder") < texts.index("&About Briefing App")
    opened = []
    monkeypatch.setattr(
        "briefing_app.ui.log_actions.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()),
    )
    action.trigger()
    assert opened == [str(Path(os.environ["BRIEFING_APP_DATA_DIR"]) / "logs")]


def test_each_entry_reads_in_full_at_the_dialogs_default_size(qtbot, tmp_path):
    from PySide6.QtCore import QRect, Qt

    deep = tmp_path / ("a-long-folder-name-of-a-shared-drive-" * 3) / "Eastern flank.briefing"
    _leftover("Eastern flank, morning brief for the Political and Security Committee", deep)
    _leftover("Never saved draft")
    items = recovery.list_recoveries()
    dialog = QtRecoveryDialog(items)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    view = dialog.list
    assert not view.horizontalScrollBar().isVisible()
    width = view.viewport().width()
    metrics = view.fontMetrics()
    flags = int(Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere)
    for row, item in enumerate(items):
        entry = view.item(row)
        text = entry.text()
        saved = item.saved_at.astimezone()
        when = f"{format_date(saved.date(), None, 'medium')} {saved:%H:%M}"
        assert text.startswith(f"Changes of {when}")  # the date and time come first
        rect = view.visualItemRect(entry)
        assert rect.right() <= width
        # Room for every wrapped line of the text (nothing elided), icon-less rows.
        needed = metrics.boundingRect(QRect(0, 0, rect.width() - 8, 10_000), flags, text)
        assert rect.height() >= needed.height(), (text, rect, needed)
    dialog.grab().save(str(tmp_path / "recovery.png"))
