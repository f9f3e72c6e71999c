"""Build step: copy the data the app reads (assets/, geodata/) into the wheel as package data.

They live at the top of the checkout (build.spec, the build scripts in geodata/ and the
editable install read them there); an installed package has no checkout beside it, so the
wheel carries them as briefing_app/shipped/assets and briefing_app/shipped/geodata, read by
briefing_app.core.paths through importlib.resources. The sdist carries them at the top (MANIFEST.in)
so a wheel built from it gets them the same way. An editable install copies nothing: paths.py
finds the checkout.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = "shipped"
# What the app reads at run time, nothing else: geodata/'s build scripts and whatever they
# leave behind stay out. build.spec lists the same folders (tests/test_wheel.py checks).
SHIPPED_DATA = (
    "assets",
    "geodata/README.md",  # the sources and licences the data is used under
    "geodata/basemap",
    "geodata/capitals",
    "geodata/countries",
    "geodata/places",
    "geodata/security",
)
_LEFT_OUT = shutil.ignore_patterns("__pycache__", "*.py", "*.pyc", ".*", "*.bak")


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "briefing_app" / SHIPPED
        for name in SHIPPED_DATA:
            source = ROOT / name
            if not source.exists():
                raise SystemExit(f"setup.py: {source} is missing; the wheel would have no map")
            if source.is_dir():
                shutil.copytree(source, target / name, ignore=_LEFT_OUT, dirs_exist_ok=True)
            else:
                (target / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target / name)


setup(cmdclass={"build_py": BuildPyWithData})
