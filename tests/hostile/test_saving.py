"""Saving a briefing that survives: the previous version becomes the `.bak` by a link or a
rename (never a copy over it), a save killed at any moment leaves the file and its `.bak`
each a complete version, the next save removes what killed saves left, and a read-only file
is replaced only when the user says so."""

from __future__ import annotations

import os
import random
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from briefing_app.core.atomicfile import backup_path
from briefing_app.model import fileformat
from briefing_app.model.document import Annotation, Briefing

KILLS = 32
pytestmark = pytest.mark.timeout(180)


def _briefing(title: str, padding: int = 0) -> Briefing:
    doc = Briefing(title=title)
    doc.annotations.append(
        Annotation(
            "pad",
            {"type": "Point", "coordinates": [21.0, 54.0]},
            {"kind": "marker", "description": "x" * padding},
        )
    )
    return doc


def test_previous_version_becomes_the_backup_without_a_copy(tmp_path):
    path = tmp_path / "b.briefing"
    fileformat.save(_briefing("one"), path)
    first = path.stat().st_ino
    fileformat.save(_briefing("two"), path)
    assert fileformat.load(backup_path(path)).title == "one"
    assert fileformat.load(path).title == "two"
    # The .bak is the very file that was the briefing (a link renamed into place), so no
    # moment existed when it was half-written.
    assert backup_path(path).stat().st_ino == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.briefing", "b.briefing.bak"]


def _dead_pid() -> str:
    """The id of a process that has ended (a short-lived child's)."""
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return child.stdout.strip()


def test_leftovers_of_killed_saves_are_removed_by_the_next_save(tmp_path):
    path = tmp_path / "b.briefing"
    fileformat.save(_briefing("one"), path)
    dead = _dead_pid()
    leftovers = [
        tmp_path / f".b.briefing.{dead}.k2j4.tmp",
        tmp_path / f".b.briefing.{dead}.0a1b2c3d.bak.tmp",
    ]
    in_progress = tmp_path / f".b.briefing.{os.getppid()}.zz.tmp"  # a running process's
    other = tmp_path / f".other.briefing.{dead}.x.tmp"
    for leftover in (*leftovers, in_progress, other):
        leftover.write_bytes(b"{")
    fileformat.save(_briefing("two"), path)
    assert not any(p.exists() for p in leftovers)
    assert in_progress.exists() and other.exists()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="process start times: Linux")
def test_a_leftover_whose_process_id_was_reused_is_removed(tmp_path):
    # A killed save's id handed to a process that started after the file was written.
    path = tmp_path / "b.briefing"
    fileformat.save(_briefing("one"), path)
    newcomer = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        leftover = tmp_path / f".b.briefing.{newcomer.pid}.0a1b2c3d.bak.tmp"
        leftover.write_bytes(b"{")
        an_hour_ago = time.time() - 3600
        os.utime(leftover, (an_hour_ago, an_hour_ago))
        fileformat.save(_briefing("two"), path)
        assert not leftover.exists()
    finally:
        newcomer.kill()
        newcomer.wait()


def test_read_only_file_is_replaced_only_when_asked(tmp_path):
    path = tmp_path / "b.briefing"
    fileformat.save(_briefing("one"), path)
    path.chmod(0o444)
    with pytest.raises(fileformat.ReadOnlyBriefingError) as caught:
        fileformat.save(_briefing("two"), path)
    assert str(caught.value).startswith(f"{path}: is read-only")
    assert fileformat.load(path).title == "one"
    fileformat.save(_briefing("two"), path, replace_read_only=True)
    assert fileformat.load(path).title == "two"
    assert not path.stat().st_mode & stat.S_IWUSR  # still read-only
    assert fileformat.load(backup_path(path)).title == "one"


def test_window_asks_before_replacing_a_read_only_file(qtbot, tmp_path, monkeypatch):
    from briefing_app.ui.file_actions import FileActions
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.settings import Settings

    path = tmp_path / "b.briefing"
    fileformat.save(_briefing("on disk"), path)
    path.chmod(0o444)
    window = MainWindow(Settings(), _briefing("in the window"))
    qtbot.addWidget(window)
    asked: list[Path] = []
    answers = iter([False, True])
    monkeypatch.setattr(
        FileActions, "ask_replace_read_only", lambda self, p: asked.append(p) or next(answers)
    )
    assert window.files.save_to(path) is False
    assert fileformat.load(path).title == "on disk"
    assert window.files.save_to(path) is True
    assert fileformat.load(path).title == "in the window"
    assert asked == [path, path]


_SAVER = textwrap.dedent("""
    import sys
    from briefing_app.model import fileformat
    from briefing_app.model.document import Annotation, Briefing

    path, start = sys.argv[1], int(sys.argv[2])
    doc = Briefing()
    doc.annotations.append(Annotation("pad", {"type": "Point", "coordinates": [21.0, 54.0]},
                                      {"kind": "marker", "description": "x" * 3_000_000}))
    print("ready", flush=True)
    for n in range(start, start + 10_000):
        doc.title = f"version {n}"
        fileformat.save(doc, path)
""")


def _complete(path: Path) -> int:
    """The version number a file holds, after checking it is a whole, valid briefing."""
    doc = fileformat.load(path)
    assert len(doc.annotations[0].properties["description"]) == 3_000_000
    return int(doc.title.removeprefix("version "))


def test_killed_at_random_moments_the_file_and_its_backup_stay_whole(tmp_path):
    path = tmp_path / "killed.briefing"
    script = tmp_path / "saver.py"
    script.write_text(_SAVER, encoding="utf-8")
    rng = random.Random(20)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    start = 0
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(script), str(path), str(start)], stdout=subprocess.PIPE, env=env
        )
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        child.wait()
        if path.exists():
            version = _complete(path)
            start = version + 1
            if backup_path(path).exists():
                # Killed between the two renames, both hold the same version: still whole.
                assert _complete(backup_path(path)) <= version
    assert start > 0, "no save finished between the kills"
    fileformat.save(_briefing("after"), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "killed.briefing",
        "killed.briefing.bak",
        "saver.py",
    ]


def test_leftovers_in_the_recovery_folder_are_removed_when_recoveries_are_listed(tmp_path):
    from briefing_app.model.recovery import list_recoveries, recovery_dir

    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    dead = _dead_pid()
    leftover = folder / f".{dead}-1.json.{dead}.abcd1234.tmp"
    leftover.write_bytes(b"{")
    assert list_recoveries() == []
    assert not leftover.exists()
