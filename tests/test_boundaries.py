"""Qt stays in briefing_app.ui: the rest runs headless (checked by import-linter)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold():
    linter = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(linter), "--no-cache"], cwd=ROOT, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_headless_modules_import_without_qt():
    # A fresh interpreter with PySide6 made unimportable: the model, the data and the CLI's
    # headless commands must still work.
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "from briefing_app.model.builtin import builtin_briefing\n"
        "from briefing_app.scene import build_scene\n"
        "from briefing_app.data.datasets import load_datasets\n"
        "from briefing_app.render.map_page import page_config\n"
        "from briefing_app import cli\n"
        "doc = builtin_briefing(); build_scene(doc, load_datasets(None))\n"
        "sys.exit(cli.main(['validate', str(cli.__file__).replace('cli.py', "
        "'data/builtin/european_security_landscape.briefing')]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
