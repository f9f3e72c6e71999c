"""A text label's font size: set as one undoable step, saved, reopened equal, and read from
an untrusted file within the sizes every renderer draws."""

from __future__ import annotations

import json

import pytest

from briefing_app.model import commands, fileformat
from briefing_app.model.document import (
    DEFAULT_TEXT_PT,
    MAX_TEXT_PT,
    MIN_TEXT_PT,
    Annotation,
    Briefing,
    text_size_pt,
)


def _doc() -> Briefing:
    return Briefing(
        annotations=[
            Annotation(
                "t1", {"type": "Point", "coordinates": [21.0, 54.0]}, {"kind": "text", "label": "A"}
            ),
            Annotation(
                "m1",
                {"type": "Point", "coordinates": [22.0, 54.0]},
                {"kind": "marker", "label": ""},
            ),
        ]
    )


def test_a_label_without_a_size_has_the_default():
    assert text_size_pt(_doc().annotations[0]) == DEFAULT_TEXT_PT


def test_set_text_size_is_one_undoable_step_on_text_labels_only():
    doc = _doc()
    before = doc.annotations[0]
    command = commands.SetTextSize(["t1", "m1"], 24)
    assert command.do(doc) == {commands.ANNOTATIONS}
    assert doc.annotation("t1").properties["font_size"] == 24.0
    assert "font_size" not in doc.annotation("m1").properties  # a marker has no text size
    assert before.properties.get("font_size") is None  # the old annotation is kept as it was
    command.undo(doc)
    assert doc.annotation("t1") is before
    command.do(doc)  # redo
    assert text_size_pt(doc.annotation("t1")) == 24.0


@pytest.mark.parametrize(("asked", "kept"), [(2, MIN_TEXT_PT), (500, MAX_TEXT_PT), (13.26, 13.3)])
def test_set_text_size_keeps_within_the_sizes_drawn(asked, kept):
    doc = _doc()
    commands.SetTextSize(["t1"], asked).do(doc)
    assert doc.annotation("t1").properties["font_size"] == kept


@pytest.mark.parametrize("bad", [float("nan"), "12", None, True])
def test_set_text_size_refuses_what_is_not_a_size(bad):
    with pytest.raises(ValueError):
        commands.SetTextSize(["t1"], bad)


def test_size_is_saved_and_reopens_equal(tmp_path):
    doc = _doc()
    commands.SetTextSize(["t1"], 18).do(doc)
    path = tmp_path / "sized.briefing"
    fileformat.save(doc, path)
    assert json.loads(path.read_text())["annotations"][0]["properties"]["font_size"] == 18.0
    reopened = fileformat.load(path)
    assert reopened.annotations == doc.annotations
    assert text_size_pt(reopened.annotation("t1")) == 18.0


def test_a_file_without_sizes_opens_as_before(tmp_path):
    path = tmp_path / "old.briefing"
    path.write_text(fileformat.dumps(_doc()))
    reopened = fileformat.load(path)
    assert "font_size" not in reopened.annotation("t1").properties
    assert text_size_pt(reopened.annotation("t1")) == DEFAULT_TEXT_PT


@pytest.mark.parametrize(("written", "read"), [(1e9, MAX_TEXT_PT), (-4, MIN_TEXT_PT), (0, 6.0)])
def test_a_size_out_of_range_in_a_file_is_drawn_at_the_nearest(tmp_path, written, read):
    data = fileformat.to_json(_doc())
    data["annotations"][0]["properties"]["font_size"] = written
    path = tmp_path / "hand-edited.briefing"
    path.write_text(json.dumps(data))
    reopened = fileformat.load(path)
    assert reopened.annotation("t1").properties["font_size"] == read
    # What it reads it saves: the file opens the same again.
    fileformat.save(reopened, path)
    assert fileformat.load(path).annotations == reopened.annotations


@pytest.mark.parametrize("written", ["huge", [12], {"pt": 12}, True])
def test_a_size_that_is_no_number_is_reported_where_it_is(tmp_path, written):
    data = fileformat.to_json(_doc())
    data["annotations"][0]["properties"]["font_size"] = written
    path = tmp_path / "bad.briefing"
    path.write_text(json.dumps(data))
    with pytest.raises(fileformat.BriefingFileError) as info:
        fileformat.load(path)
    assert "annotations[0].properties.font_size" in str(info.value)
    assert "font size must be a number" in str(info.value)
