"""Positions an official types or reads off the status bar, in the three notations."""

import pytest

from briefing_app.geo.coordinates import PositionError, format_position, parse_position

SUWALKI = (54.1, 22.93)


@pytest.mark.parametrize(
    "text",
    [
        "54.1, 22.93",
        "54.1 22.93",
        "54,1; 22,93",
        "54.1 N 22.93 E",
        "54.1N, 22.93E",
        "54°06′00″N 22°55′48″E",
        "54°06'00\"N, 22°55'48\"E",
        "54 6 0 N 22 55 48 E",
        "22°55′48″E 54°06′00″N",  # longitude first is still unambiguous with hemispheres
        "34U FE 26199 96369",
        "34UFE2619996369",
        "34ufe2619996369",
    ],
)
def test_every_notation_reads_as_the_same_point(text):
    lat, lon = parse_position(text)
    assert lat == pytest.approx(SUWALKI[0], abs=1e-4)
    assert lon == pytest.approx(SUWALKI[1], abs=1e-4)


def test_southern_and_western_hemispheres_are_negative():
    assert parse_position("33.9 S 18.4 W") == (-33.9, -18.4)
    assert parse_position("-33.9, -18.4") == (-33.9, -18.4)


@pytest.mark.parametrize("style", ["decimal", "dms", "mgrs"])
def test_what_the_status_bar_shows_reads_back(style):
    shown = format_position(*SUWALKI, style)
    lat, lon = parse_position(shown.removeprefix("MGRS "))
    assert (lat, lon) == pytest.approx(SUWALKI, abs=1e-4)


def test_status_bar_notations():
    assert format_position(*SUWALKI) == "54.1000° N, 22.9300° E"
    assert format_position(*SUWALKI, "dms") == "54°06′00.0″N 22°55′48.0″E"
    assert format_position(*SUWALKI, "mgrs") == "MGRS 34U FE 26199 96369"
    # The grid stops at 84° N: over the Arctic the status bar falls back to degrees.
    assert format_position(86.0, 10.0, "mgrs") == "86.0000° N, 10.0000° E"


@pytest.mark.parametrize(
    "text, says",
    [
        ("Suwałki", "is not a position"),
        ("{{ 7*7 }}", "is not a position"),
        ("95, 10", "Latitude 95"),
        ("54, 190", "Longitude 190"),
        ("34U FE 123", "even number of digits"),
        ("54 N 55 N", "is not a position"),
        ("1" * 500, "at most"),
    ],
)
def test_what_is_not_a_position_gets_a_message(text, says):
    with pytest.raises(PositionError, match=says):
        parse_position(text)
