"""Recovery files and the log, without Qt."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app import __version__
from briefing_app.core import logsetup
from briefing_app.model import fileformat, recovery
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.recovery import FileState, RecoveryError


def _edited():
    doc = builtin_briefing()
    doc.title = "Eastern flank — draft"
    doc.classification = "RESTRICTED"
    return doc


def _write(doc, source=None, **kwargs) -> Path:
    target = recovery.new_recovery_path()
    recovery.write_recovery(doc, source, target, **kwargs)
    recovery.release(target)  # as if its window had gone: listable
    return target


def test_round_trip_restores_exactly(tmp_path):
    doc = _edited()
    source = tmp_path / "flank.briefing"
    target = _write(doc, source)
    assert target.parent == recovery.recovery_dir()
    assert not list(target.parent.glob("*.tmp"))  # written atomically, nothing left over
    [found] = recovery.list_recoveries()
    assert found.error is None
    assert found.title == "Eastern flank — draft"
    assert found.source_path == source
    assert abs(found.saved_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
    restored, restored_source = recovery.load_recovery(found)
    assert fileformat.to_json(restored) == fileformat.to_json(doc)
    assert restored_source == source


def test_wrapper_is_plain_json_with_what_and_when(tmp_path):
    target = _write(_edited(), None, builtin=True)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == recovery.RECOVERY_FORMAT
    assert data["title"] == "Eastern flank — draft"
    assert data["source_path"] is None and data["builtin"] is True
    assert data["briefing"]["format"] == "briefing-app"
    assert dt.datetime.fromisoformat(data["saved_at"]).tzinfo is not None


def test_rewrite_replaces_the_same_file():
    target = recovery.new_recovery_path()
    doc = _edited()
    recovery.write_recovery(doc, None, target)
    doc.title = "Second draft"
    recovery.write_recovery(doc, None, target)
    recovery.release(target)
    assert [r.title for r in recovery.list_recoveries()] == ["Second draft"]


def test_own_open_windows_files_are_not_offered():
    target = recovery.new_recovery_path()
    recovery.write_recovery(_edited(), None, target)
    assert recovery.list_recoveries() == []
    recovery.release(target)
    assert len(recovery.list_recoveries()) == 1


def test_files_of_a_running_instance_are_not_offered_but_a_dead_ones_are(tmp_path):
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        folder = recovery.recovery_dir()
        folder.mkdir(parents=True)
        source = _write(_edited())
        running = folder / f"{child.pid}-1.json"
        running.write_bytes(source.read_bytes())
        assert [r.path for r in recovery.list_recoveries()] == [source]
    finally:
        child.kill()
        child.wait()
    assert sorted(r.path for r in recovery.list_recoveries()) == sorted([source, running])


def test_corrupt_recovery_file_is_reported_not_fatal(caplog):
    good = _write(_edited())
    folder = recovery.recovery_dir()
    (folder / "999999991-1.json").write_text(
        '{"format": "briefing-app-recovery", "brie', encoding="utf-8"
    )
    (folder / "999999992-1.json").write_text(
        json.dumps({"format": "briefing-app-recovery", "briefing": {"format_version": 1}}),
        encoding="utf-8",
    )
    (folder / "999999993-1.json").write_text("[]", encoding="utf-8")
    found = {r.path.name: r for r in recovery.list_recoveries()}
    assert found[good.name].error is None
    for name in ("999999991-1.json", "999999992-1.json", "999999993-1.json"):
        assert found[name].error, name
        with pytest.raises(RecoveryError):
            recovery.load_recovery(found[name])
    assert "unusable recovery file" in caplog.text
    recovery.discard(found["999999991-1.json"])
    assert not (folder / "999999991-1.json").exists()


def test_discard_removes_the_file_and_tolerates_a_missing_one():
    target = _write(_edited())
    [found] = recovery.list_recoveries()
    recovery.discard(found)
    assert not target.exists()
    recovery.discard(found)
    assert recovery.list_recoveries() == []


def test_unwritable_recovery_folder_raises_a_clear_error(tmp_path, monkeypatch):
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    monkeypatch.setenv("BRIEFING_APP_DATA_DIR", str(blocker))
    with pytest.raises(RecoveryError, match="cannot be created"):
        recovery.write_recovery(_edited(), None, recovery.recovery_dir() / "1-1.json")


def test_file_state_sees_changed_content_not_a_touch(tmp_path):
    path = tmp_path / "a.briefing"
    path.write_text("one", encoding="utf-8")
    state = FileState.of(path)
    assert not state.differs_from_disk(path)
    os.utime(path, ns=(state.mtime_ns + 5_000_000_000, state.mtime_ns + 5_000_000_000))
    assert not state.differs_from_disk(path)  # touched, same bytes
    path.write_text("two", encoding="utf-8")  # same size, other bytes
    assert state.differs_from_disk(path)
    path.unlink()
    assert not state.differs_from_disk(path)  # nothing on disk to lose
    assert FileState.of(path) is None
    assert FileState.from_json(state.to_json()) == state


# ---------------------------------------------------------------- the log


@pytest.fixture
def app_log():
    logsetup.shutdown_logging()  # an earlier test's export may have set the log up elsewhere
    yield logsetup.setup_logging()
    logsetup.shutdown_logging()


def test_log_file_in_data_dir_with_version_and_runtime(app_log):
    assert app_log == Path(os.environ["BRIEFING_APP_DATA_DIR"]) / "logs" / logsetup.LOG_FILE
    assert logsetup.setup_logging() == app_log  # a second call changes nothing
    logging.getLogger("briefing_app.test").warning("something to diagnose")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = app_log.read_text(encoding="utf-8")
    assert f"Briefing App {__version__} started" in text
    assert "Python 3." in text and "platform " in text
    assert "WARNING briefing_app.test [MainThread] something to diagnose" in text


def test_log_rotates_at_about_a_megabyte(app_log):
    handler = next(
        h for h in logging.getLogger().handlers if getattr(h, "baseFilename", None) == str(app_log)
    )
    assert handler.maxBytes == 1_000_000 and handler.backupCount == 4


def test_uncaught_exception_is_logged_and_still_reported(app_log, monkeypatch):
    seen = []
    logsetup.shutdown_logging()
    monkeypatch.setattr(sys, "excepthook", lambda *exc: seen.append(exc[0]))
    logsetup.setup_logging()
    try:
        raise ValueError("boom in a slot")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = app_log.read_text(encoding="utf-8")
    assert "CRITICAL briefing_app [MainThread] uncaught exception" in text
    assert "ValueError: boom in a slot" in text
    assert seen == [ValueError]  # the previous hook still runs: nothing swallowed
