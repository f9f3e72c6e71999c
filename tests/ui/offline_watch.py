"""Catch every attempt of a web page to reach beyond the machine, whoever stops it.

The app's pages carry a Content-Security-Policy, so Chromium refuses most remote loads before
the request interceptor (`OfflineGuard`) ever sees them; a test that only read the guard's list
could not fail. This watch records both: the guard's blocked URLs and every CSP violation, the
latter through a script Chromium runs in every page and frame before the page's own scripts.
"""

from __future__ import annotations

import json

from PySide6.QtWebEngineCore import QWebEngineScript

from briefing_app.ui.web_scheme import WebProfile

SCRIPT_NAME = "briefing-test-offline-watch"
_SOURCE = """
(() => {
  if (window.__remoteAttempts) return;
  window.__remoteAttempts = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__remoteAttempts.push(String(event.blockedURI));
  }, true);
})();
"""


class RemoteWatch:
    def __init__(self) -> None:
        self.web = WebProfile.instance()
        self._blocked_before = len(self.web.guard.blocked_urls)
        scripts = self.web.profile.scripts()
        for old in scripts.find(SCRIPT_NAME):
            scripts.remove(old)
        script = QWebEngineScript()
        script.setName(SCRIPT_NAME)
        script.setSourceCode(_SOURCE)
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
        script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
        script.setRunsOnSubFrames(True)
        scripts.insert(script)
        self.violations: list[str] = []

    def collect(self, qtbot, page) -> list[str]:
        """Add the CSP violations `page` has seen so far (read it before the page goes)."""
        result: list[str] = []
        page.runJavaScript("JSON.stringify(window.__remoteAttempts || [])", 0, result.append)
        qtbot.waitUntil(lambda: bool(result), timeout=30_000)
        found = json.loads(result[0])
        self.violations.extend(u for u in found if u not in self.violations)
        return found

    @property
    def blocked(self) -> list[str]:
        return self.web.guard.blocked_urls[self._blocked_before :]

    def attempts(self) -> list[str]:
        return list(self.blocked) + [u for u in self.violations if u not in self.blocked]

    def remove(self) -> None:
        scripts = self.web.profile.scripts()
        for old in scripts.find(SCRIPT_NAME):
            scripts.remove(old)
