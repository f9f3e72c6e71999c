"""Qt stays in briefing_app.ui: the rest runs headless (import-linter for the layers, and a
deny-by-default walk of every module outside ui/ for Qt)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold():
    linter = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(linter), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_headless_modules_import_without_qt():
    # A fresh interpreter with PySide6 made unimportable: the model, the data and the CLI's
    # headless commands must still work.
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "from briefing_app.model.builtin import builtin_briefing\n"
        "from briefing_app.scene.build import build_scene\n"
        "from briefing_app.data.datasets import load_datasets\n"
        "from briefing_app.render.map_page import page_config\n"
        "from briefing_app import cli\n"
        "doc = builtin_briefing(); build_scene(doc, load_datasets(None))\n"
        "sys.exit(cli.main(['validate', str(cli.__file__).replace('cli.py', "
        "'data/builtin/european_security_landscape.briefing')]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


PACKAGE = ROOT / "briefing_app"
QT_MODULES = ("PySide6", "shiboken6")


def _imports(path: Path) -> list[tuple[int, str]]:
    """Every module `path` imports, at any depth of its code (lazy imports too)."""
    import ast

    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.append((node.lineno, node.module))
    return found


def _outside_ui() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py")) if "ui" not in p.relative_to(PACKAGE).parts]


def test_no_module_outside_ui_imports_qt():
    # Deny by default: every module but those in briefing_app/ui, whatever its name or age.
    offenders = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in _outside_ui()
        for line, name in _imports(path)
        if name.split(".")[0] in QT_MODULES
    ]
    assert offenders == []


def test_only_the_command_line_starts_the_window():
    # The rest may not reach Qt through the window's modules either.
    offenders = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in _outside_ui()
        if path.name != "cli.py"
        for line, name in _imports(path)
        if name == "briefing_app.ui" or name.startswith("briefing_app.ui.")
    ]
    assert offenders == []
    assert len(_outside_ui()) > 50  # the walk found the package


def _contract(name: str) -> dict:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    return next(c for c in contracts if c["name"] == name)


def _top_level() -> set[str]:
    """The packages and modules directly under briefing_app, but its entry points."""
    found = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    found |= {p.stem for p in PACKAGE.glob("*.py")} - {"__init__", "__main__"}
    return found


def test_every_module_is_in_a_layer():
    # A new module at the top, or a new package, must take its place in the layer picture:
    # import-linter checks only the modules a contract names.
    layers = _contract("Layers point downward")["layers"]
    named = {
        part.strip().removeprefix("briefing_app.") for layer in layers for part in layer.split("|")
    }
    assert _top_level() - named == set()
    assert named - _top_level() == set()  # nor a layer that no longer exists


def test_every_package_but_ui_is_denied_qt():
    sources = _contract("Only briefing_app.ui imports Qt")["source_modules"]
    named = {name.removeprefix("briefing_app.") for name in sources}
    # cli starts the window (its own imports are walked above); ui is where Qt lives.
    assert _top_level() - named == {"cli", "ui"}
