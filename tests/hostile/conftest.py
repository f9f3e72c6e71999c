"""GUI tests here use the same set-up as tests/ui: its page helper and its fixtures (pages
deleted before the web profile, no "save changes?" prompt)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

UI_TESTS = Path(__file__).resolve().parent.parent / "ui"
if str(UI_TESTS) not in sys.path:
    sys.path.insert(0, str(UI_TESTS))  # for `from pagejs import page_eval`

_spec = importlib.util.spec_from_file_location("_ui_conftest", UI_TESTS / "conftest.py")
_ui_conftest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_ui_conftest)

_delete_pages_before_profile = _ui_conftest._delete_pages_before_profile
_never_block_on_save_prompt = _ui_conftest._never_block_on_save_prompt
