"""The wheel installs anywhere: built from a clean `git archive` of HEAD, installed into a fresh
venv (slow: pip resolves the dependencies, about a minute with a warm pip cache), it exports the
built-in briefing as a PDF with its basemap and starts the GUI offscreen. The fast checks make
sure setup.py and build.spec ship the same data folders."""

from __future__ import annotations

import ast
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
slow = pytest.mark.slow

# Measured 14.6 MiB (the 1:10m countries 8.6 MiB, the relief tiles 5.5 MiB, compressed little:
# they are GeoPackage and JPEG); the budget fails if build scripts' caches or the like get in.
WHEEL_BUDGET_MIB = 20


def _bin(venv: Path, name: str) -> Path:
    return (
        venv
        / ("Scripts" if os.name == "nt" else "bin")
        / (f"{name}.exe" if os.name == "nt" else name)
    )


def _clean_env(tmp: Path) -> dict[str, str]:
    """No PYTHONPATH (the checkout must not be importable) and the user folders in `tmp`."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP")
    }
    env.update(
        BRIEFING_APP_SETTINGS=str(tmp / "settings.ini"),
        BRIEFING_APP_DATA_DIR=str(tmp / "user-data"),
        XDG_CACHE_HOME=str(tmp / "cache"),
        XDG_CONFIG_HOME=str(tmp / "config"),
        XDG_DATA_HOME=str(tmp / "data"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel of the committed HEAD, from a clean archive (no untracked files, no egg-info)."""
    work = tmp_path_factory.mktemp("wheel")
    archive = subprocess.run(
        ["git", "archive", "--format=tar", "HEAD"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    ).stdout
    source = work / "source"
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        # extraction filters came with 3.11.4; git's own archive needs none
        if hasattr(tarfile, "data_filter"):
            tar.extractall(source, filter="data")
        else:
            tar.extractall(source)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(work / "dist"),
            str(source),
        ],
        check=True,
        cwd=work,
        timeout=600,
        env=_clean_env(work),
    )
    (built,) = (work / "dist").glob("briefing_app-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory) -> Path:
    """A fresh venv holding the wheel and its dependencies (from the package index)."""
    venv = tmp_path_factory.mktemp("venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    subprocess.run(
        [
            str(_bin(venv, "python")),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            str(wheel),
        ],
        check=True,
        cwd=venv.parent,
        timeout=1200,
        env=_clean_env(venv.parent),
    )
    return venv


@slow
def test_wheel_holds_the_run_time_data_and_nothing_that_builds_it(wheel):
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
    shipped = "briefing_app/shipped/"
    for needed in (
        "geodata/basemap/relief_tiles.zip",
        "geodata/basemap/relief_master.jpg",
        "geodata/basemap/places.csv",
        "geodata/countries/countries_10m.gpkg",
        "geodata/countries/countries_50m.geojson",
        "geodata/countries/countries_50m.page.bin",
        "geodata/countries/names.json",
        "geodata/countries/LICENSE-CLDR.txt",
        "geodata/places/names.json",
        "geodata/places/LICENSE-CLDR.txt",
        "geodata/capitals/capitals.csv",
        "geodata/security/groupings.json",
        "assets/fonts/DejaVuSans.ttf",
        "assets/map/briefing_map.js",
        "assets/vendor/leaflet/leaflet.js",
    ):
        assert shipped + needed in names
    assert "briefing_app/data/builtin/european_security_landscape.briefing" in names
    assert "briefing_app/data/facts/historical_names.json" in names
    assert "briefing_app/data/facts/licences.json" in names
    for language in ("fr", "de", "pl"):
        assert f"briefing_app/i18n/translations/briefing_app_{language}.ts" in names
        assert f"briefing_app/i18n/translations/briefing_app_{language}.qm" in names
    data = [n for n in names if n.startswith(shipped)]
    assert not [n for n in data if n.endswith((".py", ".pyc"))], "build scripts in the wheel"
    # Every data file is a committed one: no leftovers of a data build.
    tracked = set(
        subprocess.run(
            ["git", "ls-files", "assets", "geodata"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
    )
    assert {n.removeprefix(shipped) for n in data} <= tracked
    assert wheel.stat().st_size < WHEEL_BUDGET_MIB * 2**20, (
        f"{wheel.name} is {wheel.stat().st_size / 2**20:.1f} MiB"
    )


@slow
def test_installed_wheel_reads_its_own_package_data(installed, tmp_path):
    probe = (
        "import briefing_app, briefing_app.core.paths as p; "
        "print(briefing_app.__file__); print(p.app_root()); print(p.installed_data_root())"
    )
    result = subprocess.run(
        [str(_bin(installed, "python")), "-c", probe],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_clean_env(tmp_path),
        timeout=60,
        check=True,
    )
    module, root, data = (Path(line) for line in result.stdout.splitlines())
    venv = installed.resolve()
    assert module.resolve().is_relative_to(venv), "the checkout was imported, not the wheel"
    assert root.resolve() == module.resolve().parent / "shipped" == data.resolve()


@slow
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_installed_wheel_exports_a_pdf_with_its_basemap(installed, tmp_path):
    out = tmp_path / "x.pdf"
    result = subprocess.run(
        [str(_bin(installed, "briefing-app")), "export", "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_clean_env(tmp_path),
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert out.stat().st_size > 100_000
    # The relief is an image; the basemap's places are text.
    assert b"/Subtype /Image" in out.read_bytes()
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert "European security landscape" in text
    assert "Vilnius" in text and "Minsk" in text


@slow
def test_installed_wheel_draws_the_map_offscreen(installed, tmp_path):
    env = dict(_clean_env(tmp_path), BRIEFING_APP_EXIT_AFTER_RENDER="1")
    result = subprocess.run(
        [str(_bin(installed, "briefing-app"))],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    # The page loaded Leaflet, the map script and the country layer from the package data.
    assert "rendered countries" in result.stdout
    assert "Traceback" not in result.stderr
    log = (tmp_path / "user-data" / "logs" / "briefing-app.log").read_text(encoding="utf-8")
    assert "nothing at" not in log  # the app's scheme found every file the page asked for
    assert " ERROR " not in log


# --- what setup.py and build.spec ship (fast) ---


def _setup_shipped() -> set[str]:
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "SHIPPED_DATA":
            return set(ast.literal_eval(node.value))
    raise AssertionError("setup.py: SHIPPED_DATA not found")


def _spec_shipped() -> set[str]:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    pairs = re.findall(r'\(str\(root((?: / "[^"]+")+)\), "([^"]+)"\)', spec)
    return {dest for _, dest in pairs if dest.split("/")[0] in ("assets", "geodata")}


def test_wheel_and_desktop_build_ship_every_geodata_folder():
    tracked = subprocess.run(
        ["git", "ls-files", "geodata"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.split()
    folders = {"/".join(Path(p).parts[:2]) for p in tracked if len(Path(p).parts) > 2}
    assert folders, "no geodata folders found"
    assert folders | {"assets"} <= _setup_shipped()
    assert folders | {"assets"} <= _spec_shipped()


def test_paths_prefer_the_bundle_then_package_data_then_the_checkout(monkeypatch, tmp_path):
    from briefing_app.core import paths

    assert paths.app_root() == ROOT  # this checkout: no shipped/ beside the package
    package = tmp_path / "briefing_app"
    (package / "shipped" / "geodata").mkdir(parents=True)
    monkeypatch.setattr(paths.resources, "files", lambda name: package)
    assert paths.app_root() == package / "shipped"
    assert paths.geodata_dir() == package / "shipped" / "geodata"
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert paths.app_root() == tmp_path / "bundle"
