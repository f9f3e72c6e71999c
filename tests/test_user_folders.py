"""Tests never write into the user's own folders: each test gets its own settings, data and
cache folders, and the run stands in for the real ones to catch any test that forgets."""

from __future__ import annotations

from stand_in_home import STAND_IN_HOME, touched_user_files

from briefing_app.core.logsetup import log_folder
from briefing_app.core.userdirs import user_cache_dir, user_data_dir


def test_a_write_to_the_users_folders_is_caught():
    # What the app would use without the per-test folders: under the stand-in.
    from platformdirs import user_data_path

    real = user_data_path("Briefing App", appauthor=False)
    assert real.is_relative_to(STAND_IN_HOME)
    real.mkdir(parents=True, exist_ok=True)
    probe = real / "probe.txt"
    probe.write_text("x")
    try:
        assert any(name.endswith("probe.txt") for name in touched_user_files())
    finally:
        probe.unlink()
    assert not any(name.endswith("probe.txt") for name in touched_user_files())


def test_each_test_has_its_own_folders(tmp_path_factory):
    for folder in (user_data_dir(), user_cache_dir(), log_folder()):
        assert not folder.is_relative_to(STAND_IN_HOME)
        assert folder.is_relative_to(tmp_path_factory.getbasetemp())
