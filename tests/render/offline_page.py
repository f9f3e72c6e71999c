"""Test helper: open an exported HTML file in a fresh web profile that records every
request and blocks any that is not file: or data:, and read the page with JavaScript."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


class OfflinePage:
    def __init__(self, qtbot, path: Path) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtWebEngineCore import (
            QWebEnginePage,
            QWebEngineProfile,
            QWebEngineUrlRequestInterceptor,
        )

        class Recorder(QWebEngineUrlRequestInterceptor):
            def __init__(self) -> None:
                super().__init__()
                self.urls: list[str] = []

            def interceptRequest(self, info) -> None:  # noqa: N802 (Qt API)
                self.urls.append(info.requestUrl().toString())
                if info.requestUrl().scheme() not in ("file", "data"):
                    info.block(True)

        self._qtbot = qtbot
        self.profile = QWebEngineProfile()
        self.recorder = Recorder()
        self.profile.setUrlRequestInterceptor(self.recorder)
        self.page = QWebEnginePage(self.profile)
        with qtbot.waitSignal(self.page.loadFinished, timeout=30_000):
            self.page.load(QUrl.fromLocalFile(str(path)))

    @property
    def urls(self) -> list[str]:
        """Every address the page asked for."""
        return self.recorder.urls

    def eval_json(self, expression: str) -> Any:
        """The value of a JavaScript expression, passed through JSON."""
        result: list[str] = []
        self.page.runJavaScript(f"JSON.stringify({expression})", 0, result.append)
        self._qtbot.waitUntil(lambda: bool(result), timeout=10_000)
        return json.loads(result[0])
