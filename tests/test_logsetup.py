"""What the log says about the machine it runs on, without a subprocess for it (#17)."""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest

from briefing_app.core.logsetup import describe_runtime, platform_text


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uname -p is asked on Linux")
def test_the_platform_is_named_without_asking_uname(monkeypatch):
    def no_subprocess(*args, **kwargs):
        raise AssertionError(f"a subprocess for the log line: {args}")

    with monkeypatch.context() as patched:
        patched.setattr(subprocess, "Popen", no_subprocess)
        text = platform_text()
        assert f"platform {text}" in describe_runtime()
    # The processor that Python's own name would add is empty or the machine on Linux.
    if platform.processor() in ("", platform.machine()):
        assert text == platform.platform()
    assert text.startswith(f"Linux-{platform.release()}-{platform.machine()}-with")
