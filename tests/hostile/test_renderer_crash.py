"""The map's renderer process is killed: the page comes back by itself on the same view, with
the countries, the layers and the annotations, and the document is not touched."""

from __future__ import annotations

import copy
import os
import signal
import sys

import pytest
from pagejs import page_eval, page_state, shown_window

from briefing_app.model import commands
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import Annotation, MapView
from briefing_app.ui import map_view

pytestmark = [
    pytest.mark.timeout(180),
    pytest.mark.skipif(
        not sys.platform.startswith("linux"), reason="kills the renderer with a POSIX signal"
    ),
]

RENDER_TIMEOUT_MS = 30_000


@pytest.fixture
def window(qtbot):
    win = shown_window(qtbot, builtin_briefing(), builtin=True)
    yield win
    win.undo_stack.setClean()


def kill_renderer(qtbot, win) -> None:
    pid = win.map.page().renderProcessPid()
    assert pid > 0 and pid != os.getpid()
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: not win.map.is_ready, timeout=10_000)


def test_killed_renderer_comes_back_with_view_layers_and_annotations(window, qtbot):
    marker = Annotation(
        "crash-marker",
        {"type": "Point", "coordinates": [21.0, 54.0]},
        {"kind": "marker", "label": "Survives the crash"},
        {},
    )
    window.run(commands.AddAnnotations([marker]))
    window.run(commands.SetLayerVisible("deployments", False))
    window.map.set_view(MapView(52.2, 21.0, 6))
    qtbot.waitUntil(lambda: abs(page_state(qtbot, window)["zoom"] - 6) < 0.01)
    before = page_state(qtbot, window)
    doc_before = copy.deepcopy(window.doc)
    old_pid = window.map.page().renderProcessPid()

    with qtbot.waitSignal(window.map.renderer_restored, timeout=RENDER_TIMEOUT_MS):
        kill_renderer(qtbot, window)
    qtbot.waitUntil(
        lambda: window.map.rendered_layers.get("countries", 0) > 200, timeout=RENDER_TIMEOUT_MS
    )
    assert window.map.page().renderProcessPid() not in (0, old_pid)
    assert window.map.renderer_crashes == 1

    after = page_state(qtbot, window)
    assert sorted(after["shown"]) == sorted(before["shown"])
    assert "deployments" not in after["shown"]
    assert after["zoom"] == pytest.approx(6, abs=0.01)
    assert after["center"][0] == pytest.approx(52.2, abs=0.05)
    assert after["center"][1] == pytest.approx(21.0, abs=0.05)
    assert after["counts"]["annotations"] == before["counts"]["annotations"] >= 1
    assert after["counts"]["countries"] == before["counts"]["countries"]
    assert "Survives the crash" in page_eval(qtbot, window, "document.body.innerHTML")
    assert window.doc == doc_before
    assert window.undo_stack.count() == 2  # the two edits, still undoable
    # The editor works on the new page: the marker is selectable and selected again.
    window.editor.select(["crash-marker"])
    qtbot.waitUntil(
        lambda: page_eval(qtbot, window, "BriefingEditor.state().editable") == ["crash-marker"],
        timeout=10_000,
    )


def test_renderer_that_keeps_dying_is_given_up_with_a_message(window, qtbot, monkeypatch):
    monkeypatch.setattr(map_view, "MAX_RENDERER_RESTARTS", 1)
    doc_before = copy.deepcopy(window.doc)
    with qtbot.waitSignal(window.map.renderer_restored, timeout=RENDER_TIMEOUT_MS):
        kill_renderer(qtbot, window)
    with qtbot.waitSignal(window.map.renderer_failed, timeout=RENDER_TIMEOUT_MS) as failed:
        kill_renderer(qtbot, window)
    assert "not restarted again" in failed.args[0]
    assert window.doc == doc_before
