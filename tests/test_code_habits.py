"""The habits the code is held to, checked like behaviour: ESLint's recommended rules on the
page scripts, ruff on the Python, mypy on the Qt-free packages."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_page_scripts_pass_eslint():
    eslint = ROOT / "node_modules" / ".bin" / "eslint"
    assert eslint.exists(), "run scripts/setup test (it installs ESLint with npm ci)"
    assert shutil.which("node"), "ESLint needs Node.js"
    result = _run([str(eslint), "--max-warnings=0", "assets/map"])
    assert result.returncode == 0, result.stdout + result.stderr


def test_python_passes_ruff_check():
    result = _run(
        [sys.executable, "-m", "ruff", "check", "briefing_app", "tests", "bench", "scripts"]
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.heavy  # a cold run takes most of a minute
def test_qt_free_packages_pass_mypy():
    # pyproject.toml [tool.mypy]: every package but ui/, the strict rules on model/ and scene.
    result = _run([sys.executable, "-m", "mypy", "--cache-dir", str(ROOT / ".mypy_cache")])
    assert result.returncode == 0, result.stdout + result.stderr


def test_python_is_ruff_formatted():
    result = _run([sys.executable, "-m", "ruff", "format", "--check", "."])
    assert result.returncode == 0, result.stdout + result.stderr
