"""Stand-ins for the user's own folders, set before Qt or platformdirs look at them."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# The user's real folders stand behind these for the whole run, Qt's and platformdirs' alike:
# a test that forgets its own settings, cache or data folder writes here, and the run fails
# (pytest_sessionfinish) instead of leaving hostile fixtures in someone's File → Open Recent.
STAND_IN_HOME = Path(tempfile.mkdtemp(prefix="briefing-tests-user-"))
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(STAND_IN_HOME / _name.lower())
# Fixtures wider than one test (a module's exported PDF) get the run's own data folder; each
# test gets its own on top (conftest._isolated_settings).
RUN_DATA_DIR = Path(tempfile.mkdtemp(prefix="briefing-tests-data-"))
os.environ["BRIEFING_APP_DATA_DIR"] = str(RUN_DATA_DIR)
os.environ["BRIEFING_APP_SETTINGS"] = str(RUN_DATA_DIR / "settings.ini")
# What Qt, Mesa and fontconfig keep for themselves; not the app's.
_NOT_THE_APPS = ("qtpipelinecache", "qtshadercache", "mesa_shader_cache", "fontconfig", "dconf")


def touched_user_files(root: Path = STAND_IN_HOME) -> list[str]:
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not any(part.startswith(_NOT_THE_APPS) for part in path.parts):
            found.append(str(path.relative_to(root)))
    return sorted(found)
