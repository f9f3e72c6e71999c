"""Every persistent setting, declared once: key, type, default and what it is for."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

# Tests and portable installs point this at an .ini file, so they never touch the
# user's real settings.
SETTINGS_FILE_ENV = "BRIEFING_APP_SETTINGS"
MAX_RECENT_FILES = 10


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    doc: str


WINDOW_GEOMETRY = Setting(
    "window/geometry", QByteArray, QByteArray(), "Size and position of the main window."
)
WINDOW_STATE = Setting(
    "window/state",
    QByteArray,
    QByteArray(),
    "Arrangement of docks and toolbars in the main window.",
)
RECENT_FILES = Setting(
    "files/recent",
    list,
    [],
    f"Briefing files opened or saved most recently (up to {MAX_RECENT_FILES}).",
)
LAST_FOLDER = Setting("files/last_folder", str, "", "Folder last used in an Open or Save dialog.")

PDF_PAGE_SIZE = Setting("export/pdf_page_size", str, "A4", "Paper of the last PDF export.")
PDF_ORIENTATION = Setting(
    "export/pdf_orientation", str, "landscape", "Orientation of the last PDF export."
)
PDF_APPENDIX = Setting(
    "export/pdf_appendix", str, "yes", "Whether the last PDF export had an appendix."
)
FIRST_RUN_DONE = Setting(
    "help/first_run_done", str, "", '"yes" once the welcome tour was shown on the first start.'
)

THEME = Setting(
    "view/theme", str, "light", "Theme of the window and the map: light, dark or high_contrast."
)

IMAGE_SIZE = Setting(
    "export/image_size",
    str,
    "1920x1080",
    "Slide image of the last export: 1920x1080, 3840x2160 or pdf.",
)

COORDINATE_STYLE = Setting(
    "view/coordinates", str, "decimal", "Notation of the pointer's position: decimal, dms or mgrs."
)

LANGUAGE = Setting(
    "view/language",
    str,
    "",
    "Language of the window and of what it exports: en, fr, de or pl; empty: the system's "
    "language (English where the app has no translation for it).",
)

LAST_UNIT_SYMBOL = Setting(
    "editor/last_unit_symbol",
    str,
    "",
    "20-digit APP-6D code last chosen in the unit symbol picker; the Unit Symbol tool starts "
    "from it.",
)

ALL_SETTINGS = (
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    RECENT_FILES,
    LAST_FOLDER,
    PDF_PAGE_SIZE,
    PDF_ORIENTATION,
    PDF_APPENDIX,
    FIRST_RUN_DONE,
    THEME,
    IMAGE_SIZE,
    COORDINATE_STYLE,
    LANGUAGE,
    LAST_UNIT_SYMBOL,
)


class Settings:
    def __init__(self) -> None:
        path = os.environ.get(SETTINGS_FILE_ENV)
        if path:
            self._qs = QSettings(path, QSettings.Format.IniFormat)
        else:
            self._qs = QSettings("BriefingApp", "Briefing App")

    def get(self, setting: Setting) -> Any:
        value = self._qs.value(setting.key, setting.default)
        if setting.type is list:
            # QSettings returns a lone string for a one-item list in some formats.
            if value is None:
                return []
            return [value] if isinstance(value, str) else [str(v) for v in value]
        if setting.type is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray()
        if not isinstance(value, setting.type):
            return setting.default
        return value

    def set(self, setting: Setting, value: Any) -> None:
        self._qs.setValue(setting.key, value)

    def sync(self) -> None:
        self._qs.sync()

    def add_recent_file(self, path: str) -> list[str]:
        recent = [p for p in self.get(RECENT_FILES) if p != path]
        recent.insert(0, path)
        del recent[MAX_RECENT_FILES:]
        self.set(RECENT_FILES, recent)
        return recent

    def remove_recent_file(self, path: str) -> None:
        self.set(RECENT_FILES, [p for p in self.get(RECENT_FILES) if p != path])
