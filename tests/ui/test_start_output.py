"""A start from a terminal prints nothing there: Chromium's GPU, Vulkan and D-Bus errors are
not provoked or not printed, and Qt's own messages go to the log file (#21 item 9)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from briefing_app.ui.app import EXIT_AFTER_RENDER_ENV, prepare_environment

# What a start used to print (Xvfb and offscreen, no GPU, no D-Bus).
NOISE = re.compile(
    r"vulkan|GPU vendor|GpuInfo|dbus|Failed to connect to the bus|"
    r"CommandBuffer|QRhi|RHI|propagateSizeHints|ERROR:",
    re.IGNORECASE,
)


def test_starting_the_window_prints_nothing_and_logs_qt(tmp_path):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QTWEBENGINE_CHROMIUM_FLAGS="",
        BRIEFING_APP_DATA_DIR=str(tmp_path / "data"),
        BRIEFING_APP_SETTINGS=str(tmp_path / "settings.ini"),
    )
    env[EXIT_AFTER_RENDER_ENV] = "1"
    env.pop("DISPLAY", None)
    proc = subprocess.run(
        [sys.executable, "-m", "briefing_app"], env=env, capture_output=True, text=True, timeout=180
    )
    assert proc.returncode == 0, proc.stderr
    assert "rendered countries" in proc.stdout  # the map was drawn
    noisy = [line for line in proc.stderr.splitlines() if NOISE.search(line)]
    assert not noisy, proc.stderr
    assert proc.stderr.strip() == ""
    log_text = (tmp_path / "data" / "logs" / "briefing-app.log").read_text(encoding="utf-8")
    # Qt said something while it started (offscreen: no Vulkan, no size hints): in the log.
    assert re.search(r"WARNING +qt \[", log_text), log_text[-2000:]


def test_qt_messages_go_to_the_log_file_not_the_terminal(qapp, tmp_path, monkeypatch, capfd):
    from PySide6.QtCore import qCritical, qInstallMessageHandler, qWarning

    from briefing_app.core import logsetup
    from briefing_app.ui.qt_messages import install_qt_message_handler

    monkeypatch.setenv("BRIEFING_APP_DATA_DIR", str(tmp_path))
    logsetup.shutdown_logging()
    path = logsetup.setup_logging()
    previous = install_qt_message_handler()
    try:
        qWarning("Failed to create platform Vulkan instance (test)")
        qCritical("the map's profile could not be created (test)")
    finally:
        qInstallMessageHandler(previous)
        logsetup.shutdown_logging()
    assert path is not None
    text = path.read_text(encoding="utf-8")
    assert "qt [MainThread] default: Failed to create platform Vulkan instance (test)" in text
    assert "the map's profile could not be created (test)" in text
    err = capfd.readouterr().err
    assert "Vulkan" not in err
    assert "the map's profile could not be created (test)" in err  # errors still show


@pytest.mark.parametrize(
    ("user", "present", "absent"),
    [
        ("", ["--disable-gpu", "--log-level=3", "--js-flags=--max-semi-space-size=1"], []),
        ("--log-level=0", ["--log-level=0", "--disable-gpu"], ["--log-level=3"]),
        ("--enable-logging --v=1", ["--enable-logging", "--v=1"], ["--log-level=3"]),
        ("--use-gl=egl", ["--use-gl=egl", "--log-level=3"], ["--disable-gpu"]),
        # The user's V8 flags replace the app's (Chromium takes one --js-flags).
        (
            "--js-flags=--expose-gc",
            ["--js-flags=--expose-gc"],
            ["--js-flags=--max-semi-space-size=1"],
        ),
    ],
)
def test_chromium_flags_keep_the_users_own(monkeypatch, user, present, absent):
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", user)
    monkeypatch.delenv("QT_QUICK_BACKEND", raising=False)
    prepare_environment()
    prepare_environment()  # twice (tests, benches) changes nothing more
    flags = os.environ["QTWEBENGINE_CHROMIUM_FLAGS"].split()
    assert flags[: len(user.split())] == user.split()  # the user's first, as given
    for flag in present:
        assert flags.count(flag) == 1
    for flag in absent:
        assert flag not in flags
    assert "--disable-background-networking" in flags


def test_qt_draws_without_opengl_unless_the_user_says_otherwise(monkeypatch):
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "")
    monkeypatch.delenv("QT_QUICK_BACKEND", raising=False)
    monkeypatch.delenv("QSG_RHI_BACKEND", raising=False)
    monkeypatch.delenv("QT_XCB_GL_INTEGRATION", raising=False)
    prepare_environment()
    assert os.environ["QT_QUICK_BACKEND"] == "software"
    assert os.environ["QT_XCB_GL_INTEGRATION"] == "none"
    # Who asks for the GPU, or for a way of drawing, gets it.
    monkeypatch.delenv("QT_QUICK_BACKEND")
    monkeypatch.delenv("QT_XCB_GL_INTEGRATION")
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "--ignore-gpu-blocklist")
    prepare_environment()
    assert "QT_QUICK_BACKEND" not in os.environ
    assert "QT_XCB_GL_INTEGRATION" not in os.environ
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "")
    monkeypatch.setenv("QSG_RHI_BACKEND", "opengl")
    prepare_environment()
    assert "QT_QUICK_BACKEND" not in os.environ
