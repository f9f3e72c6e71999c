"""Hostile and broken .briefing files: `fileformat.load` raises a BriefingFileError naming the
file and the problem, quickly; the usable oddities load and export without crashing; and
no mutation of a valid briefing lets anything but a BriefingFileError escape `loads`."""

from __future__ import annotations

import json
import time

import pytest
from corpus import CASES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.data.datasets import load_datasets
from briefing_app.model import fileformat
from briefing_app.model.builtin import builtin_briefing

SECONDS = 10.0
BRIEFING_CASES = [c for c in CASES if c.reader == "briefing"]

pytestmark = pytest.mark.timeout(120)


@pytest.mark.parametrize("case", [c for c in BRIEFING_CASES if not c.usable], ids=lambda c: c.id)
def test_refused_with_file_and_problem(case, tmp_path):
    path = case.path(tmp_path)
    started = time.monotonic()
    with pytest.raises(fileformat.BriefingFileError) as caught:
        fileformat.load(path)
    assert time.monotonic() - started < SECONDS
    message = str(caught.value)
    assert message.startswith(str(path)), message
    assert case.expect in message, message


@pytest.mark.parametrize("case", [c for c in BRIEFING_CASES if c.usable], ids=lambda c: c.id)
def test_odd_but_usable_geometry_loads_and_exports(case, tmp_path):
    from briefing_app.render.html_export import export_html
    from briefing_app.render.pdf import export_pdf

    doc = fileformat.load(case.path(tmp_path))
    assert any(a.id == "hostile" for a in doc.annotations)
    data = load_datasets()
    export_html(doc, data, tmp_path / "out.html")
    export_pdf(doc, data, tmp_path / "out.pdf", appendix=False)
    assert (tmp_path / "out.pdf").stat().st_size > 1000


# ---------------------------------------------------------------- fuzzing

VALID = json.loads(fileformat.dumps(builtin_briefing()))

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


ALL_PATHS = [p for p in _paths(VALID) if p]


def _mutated(path: tuple, action: str, value) -> dict:
    data = json.loads(json.dumps(VALID))
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    last = path[-1]
    if action == "delete":
        del parent[last]
    elif action == "replace":
        parent[last] = value
    else:  # wrap: the value one level deeper
        parent[last] = [parent[last]] if action == "wrap-list" else {"x": parent[last]}
    return data


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    path=st.sampled_from(ALL_PATHS),
    action=st.sampled_from(["delete", "replace", "wrap-list", "wrap-object"]),
    value=json_values,
)
def test_fuzz_mutated_structure(path, action, value):
    text = json.dumps(_mutated(path, action, value))
    try:
        fileformat.loads(text, "fuzz.briefing")
    except fileformat.BriefingFileError as exc:
        assert str(exc).startswith("fuzz.briefing")


TEXT = fileformat.dumps(builtin_briefing())


@settings(max_examples=300, deadline=None)
@given(
    start=st.integers(0, len(TEXT)),
    length=st.integers(0, 40),
    insert=st.text(alphabet=st.sampled_from('{}[]",:0123456789.eE-+ntfaNIul\\u \n'), max_size=20),
)
def test_fuzz_mutated_text(start, length, insert):
    text = TEXT[:start] + insert + TEXT[start + length :]
    try:
        fileformat.loads(text, "fuzz.briefing")
    except fileformat.BriefingFileError as exc:
        assert str(exc).startswith("fuzz.briefing")


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=2000))
def test_fuzz_bytes_through_load(data, tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.briefing"
    path.write_bytes(data)
    with pytest.raises(fileformat.BriefingFileError) as caught:
        fileformat.load(path)
    assert str(caught.value).startswith(str(path))
