"""The offline tests can fail: a remote load on any path a page can take is caught, whether
the page's Content-Security-Policy or the app's request guard stops it."""

from __future__ import annotations

import pytest
from offline_watch import RemoteWatch
from pagejs import shown_window

from briefing_app.model.builtin import builtin_briefing

pytestmark = pytest.mark.timeout(180)

# One attempt per way a page loads something; each names its path in the URL's host, because
# Chromium reports some violations (frames) by origin only. A cross-origin Worker is not here:
# the browser refuses to construct it before any load or policy check.
ATTEMPTS = {
    "img": "new Image().src = '{u}';",
    "fetch": "fetch('{u}').catch(() => {{}});",
    "xhr": "{{ const r = new XMLHttpRequest(); r.open('GET', '{u}'); "
    "try {{ r.send(); }} catch (e) {{}} }}",
    "script": "{{ const s = document.createElement('script'); s.src = '{u}'; "
    "document.head.appendChild(s); }}",
    "stylesheet": "{{ const l = document.createElement('link'); l.rel = 'stylesheet'; "
    "l.href = '{u}'; document.head.appendChild(l); }}",
    "css-url": "{{ const d = document.createElement('div'); "
    "d.style.backgroundImage = 'url({u})'; d.style.width = '4px'; "
    "d.style.height = '4px'; document.body.appendChild(d); }}",
    "font": "new FontFace('watch', 'url({u})').load().catch(() => {{}});",
    "websocket": "try {{ new WebSocket('{w}'); }} catch (e) {{}}",
    "eventsource": "try {{ new EventSource('{u}'); }} catch (e) {{}}",
    "iframe": "{{ const f = document.createElement('iframe'); f.src = '{u}'; "
    "document.body.appendChild(f); }}",
    "beacon": "try {{ navigator.sendBeacon('{u}', 'x'); }} catch (e) {{}}",
    "media": "{{ const v = document.createElement('video'); v.src = '{u}'; "
    "document.body.appendChild(v); }}",
    "import": "import('{u}').catch(() => {{}});",
    "tile": "{{ const d = document.createElement('div'); d.style.width = '64px'; "
    "d.style.height = '64px'; document.body.appendChild(d); "
    "L.map(d).setView([50, 10], 3).addLayer(L.tileLayer('{u}/{{z}}/{{x}}/{{y}}.png')); }}",
}


def _remote(path: str) -> str:
    return f"https://{path}.offline-watch.invalid/{path}"


def _script(path: str, template: str) -> str:
    url = _remote(path)
    return template.format(u=url, w=url.replace("https:", "wss:"))


def test_a_remote_load_on_every_path_is_caught(qtbot):
    watch = RemoteWatch()
    try:
        window = shown_window(qtbot, builtin_briefing(), builtin=True)
        page = window.map.page()
        assert watch.collect(qtbot, page) == []  # the app's own page asks for nothing remote
        for path, template in ATTEMPTS.items():
            page.runJavaScript(_script(path, template))

        def caught() -> set[str]:
            watch.collect(qtbot, page)
            return {p for p in ATTEMPTS if any(f"//{p}." in u for u in watch.attempts())}

        try:
            qtbot.waitUntil(lambda: caught() == set(ATTEMPTS), timeout=20_000)
        except qtbot.TimeoutError:
            pytest.fail(f"not caught: {sorted(set(ATTEMPTS) - caught())}; seen: {watch.attempts()}")

        # The page itself refuses to navigate away, before any request is made.
        page.runJavaScript(f"window.location.href = '{_remote('navigate')}';")
        qtbot.waitUntil(
            lambda: any("//navigate." in u for u in page.refused_navigations), timeout=10_000
        )
        assert page.url().scheme() == "briefing"
    finally:
        watch.remove()
