"""Broken correction files in the data folder: the app starts with the built-in data for that
set, and says which file is not used and why."""

from __future__ import annotations

import time

import pytest
from corpus import CASES

from briefing_app.data.datasets import load_datasets

OVERRIDE_CASES = [c for c in CASES if c.reader == "override"]

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(scope="module")
def builtin():
    return load_datasets(None)


@pytest.mark.parametrize("case", OVERRIDE_CASES, ids=lambda c: c.id)
def test_broken_override_is_reported_and_builtin_data_used(case, tmp_path, builtin):
    path = case.path(tmp_path)
    started = time.monotonic()
    data = load_datasets(path.parent)
    assert time.monotonic() - started < 10
    assert len(data.problems) == 1, data.problems
    problem = data.problems[0]
    assert problem.startswith(str(path)), problem
    assert case.expect in problem
    assert problem.endswith("(the built-in data is used instead)")
    assert data.groupings == builtin.groupings
    assert data.deployments == builtin.deployments
    assert data.flashpoints == builtin.flashpoints


def test_one_broken_file_does_not_discard_the_good_ones(tmp_path, builtin):
    broken = next(c for c in OVERRIDE_CASES if c.filename == "nan/deployments.json")
    (tmp_path / "deployments.json").write_bytes(broken.path(tmp_path).read_bytes())
    good = builtin.flashpoints[0]
    import json

    from briefing_app.data.security import security_dir

    flashpoints = json.loads((security_dir() / "flashpoints.json").read_text(encoding="utf-8"))
    flashpoints["flashpoints"] = [dict(flashpoints["flashpoints"][0], name="Corrected name")]
    (tmp_path / "flashpoints.json").write_text(json.dumps(flashpoints), encoding="utf-8")
    data = load_datasets(tmp_path)
    assert len(data.problems) == 1 and "deployments.json" in data.problems[0]
    assert next(f for f in data.flashpoints if f.id == good.id).name == "Corrected name"
    assert data.deployments == builtin.deployments
