"""The PyInstaller one-folder build starts and works (slow: builds the app, minutes)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app import __version__

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built_app(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--workpath", str(work / "build"), "--distpath", str(work / "dist"),
                    str(ROOT / "build.spec")], check=True, cwd=work, timeout=1800)
    exe = work / "dist" / "briefing-app" / ("briefing-app.exe" if os.name == "nt"
                                             else "briefing-app")
    assert exe.exists()
    return exe


def test_built_app_reports_version(built_app):
    result = subprocess.run([str(built_app), "--version"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_built_app_exports_and_validates(built_app, tmp_path):
    out = tmp_path / "landscape.briefing"
    result = subprocess.run([str(built_app), "export", "-o", str(out)], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    check = subprocess.run([str(built_app), "validate", str(out)], capture_output=True,
                           text=True, timeout=60)
    assert check.returncode == 0
    assert "European security landscape" in check.stdout


def test_built_app_exports_pdf_and_html(built_app, tmp_path):
    for name in ("handout.pdf", "map.html"):
        out = tmp_path / name
        result = subprocess.run([str(built_app), "export", "-o", str(out)], capture_output=True,
                                text=True, timeout=180,
                                env=dict(os.environ, BRIEFING_APP_DATA_DIR=str(tmp_path)))
        assert result.returncode == 0, result.stderr[-2000:]
        assert out.stat().st_size > 100_000


def test_built_app_draws_the_map_offscreen(built_app, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BRIEFING_APP_EXIT_AFTER_RENDER="1",
               BRIEFING_APP_SETTINGS=str(tmp_path / "settings.ini"))
    result = subprocess.run([str(built_app)], capture_output=True, text=True, timeout=120,
                            env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "rendered countries" in result.stdout
    assert "Traceback" not in result.stderr
