"""The replay of a grouping between two dates: one dated frame per change of membership, the
marking on every frame, as a GIF and (where an encoder is installed) an MP4; the CLI's
--replay choices."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from PIL import Image

from briefing_app.cli import export
from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.render.errors import ExportError
from briefing_app.render.replay import (
    ReplaySpec,
    change_days,
    export_replay,
    ffmpeg_path,
    replay_spec,
)
from briefing_app.style.map_style import marking_colours

NATO = ReplaySpec("nato", dt.date(1949, 4, 4), dt.date(2024, 3, 7))


@pytest.fixture(scope="module")
def doc_and_data():
    return builtin_briefing(), load_datasets()


def test_frames_are_the_days_membership_changed(doc_and_data):
    doc, data = doc_and_data
    days = change_days(doc, data, "nato", NATO.start, NATO.end)
    # Founders, Greece and Türkiye, Germany, Spain, 1999, 2004, 2009, Montenegro, North
    # Macedonia, Finland, Sweden.
    assert days[0] == NATO.start and days[-1] == NATO.end
    for day in (
        "1952-02-18",
        "1955-05-06",
        "1982-05-30",
        "1999-03-12",
        "2004-03-29",
        "2009-04-01",
        "2017-06-05",
        "2020-03-27",
        "2023-04-04",
        "2024-03-07",
    ):
        assert dt.date.fromisoformat(day) in days
    assert len(days) == 11


def test_gif_has_a_marked_frame_per_change(doc_and_data, tmp_path):
    doc, data = doc_and_data
    path = tmp_path / "nato.gif"
    export_replay(doc, data, path, NATO, size=(640, 360))
    film = Image.open(path)
    assert film.n_frames == 11
    band = marking_colours(doc.classification).background.lstrip("#")
    want = tuple(int(band[i : i + 2], 16) for i in (0, 2, 4))
    first = None
    for index in range(film.n_frames):
        film.seek(index)
        frame = film.convert("RGB")
        pixel = frame.getpixel((100, 12))  # the top marking band, left of its text
        assert all(abs(a - b) < 30 for a, b in zip(pixel, want, strict=True)), index
        if first is None:
            first = frame.tobytes()
        elif index == film.n_frames - 1:
            assert frame.tobytes() != first  # the map changed between 1949 and 2024


@pytest.mark.skipif(ffmpeg_path() is None, reason="no MP4 encoder here")
def test_mp4_where_an_encoder_is_installed(doc_and_data, tmp_path):
    doc, data = doc_and_data
    path = tmp_path / "nato.mp4"
    export_replay(
        doc,
        data,
        path,
        ReplaySpec("nato", dt.date(2017, 1, 1), dt.date(2024, 3, 7)),
        size=(640, 360),
    )
    probe = subprocess.run(
        [ffmpeg_path(), "-hide_banner", "-i", str(path)], capture_output=True, text=True
    )
    assert "h264" in probe.stderr and "640x360" in probe.stderr


def test_spec_defaults_and_refusals(doc_and_data):
    doc, data = doc_and_data
    spec = replay_spec(doc, data, "nato")
    assert spec.start == dt.date(1949, 4, 4) and spec.end == doc.as_of
    assert replay_spec(doc, data, "eu:1990-01-01").start == dt.date(1990, 1, 1)
    for text, problem in (
        ("natoo", "no grouping"),
        ("nato:1990-13-01", "YYYY-MM-DD"),
        ("nato:2000-01-01:1990-01-01", "before it starts"),
        ("nato:1:2:3", "expected GROUPING"),
    ):
        with pytest.raises(ValueError, match=problem):
            replay_spec(doc, data, text)


def test_wrong_suffix_names_the_file(doc_and_data, tmp_path):
    doc, data = doc_and_data
    with pytest.raises(ExportError, match=r"replay\.png"):
        export_replay(doc, data, tmp_path / "replay.png", NATO)


def test_cli_replay_and_its_refusals(tmp_path, capsys):
    # cli.export, not cli.main: main sets up the process's logging, which later tests own.
    out = tmp_path / "eu.gif"
    assert export(None, str(out), replays=["eu:2004-01-01:2013-12-31"]) == 0
    # 2004-01-01, the enlargements of 2004-05-01, 2007-01-01 and 2013-07-01, 2013-12-31
    assert Image.open(out).n_frames == 5
    assert export(None, str(tmp_path / "x.pdf"), replays=["nato"]) == 2
    assert "--replay goes with" in capsys.readouterr().err
    assert export(None, str(out), replays=["nato", "eu"]) == 2
