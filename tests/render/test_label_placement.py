"""The placement step keeps labels and symbols apart, by priority."""

from __future__ import annotations

import itertools

from briefing_app.render.labels import (
    AUTHORED,
    CITY,
    COUNTRY,
    DEPLOYMENT,
    Request,
    count_overlaps,
    overlaps,
    place,
    segment_hits_box,
)

FRAME = (0.0, 0.0, 800.0, 600.0)


def _label(key: str, x: float, y: float, priority: int = CITY, w: float = 60) -> Request:
    return Request(key, x, y, w, 12, priority=priority, clear_x=4, clear_y=4)


def test_a_label_goes_right_of_its_point_when_free() -> None:
    placed = place([_label("a", 100, 100)], bounds=FRAME)
    x0, y0, _, y1 = placed["a"].box
    assert x0 > 100 and y0 < 100 < y1
    assert placed["a"].leader is None


def test_labels_at_one_point_never_overlap_and_all_authored_ones_stay() -> None:
    requests = [_label(f"n{i}", 400, 300, AUTHORED) for i in range(12)]
    placed = place(requests, bounds=FRAME)
    assert set(placed) == {r.key for r in requests}
    assert count_overlaps([p.box for p in placed.values()]) == 0
    assert any(p.leader is not None for p in placed.values())  # some had to move out


def test_leaders_cross_no_other_label() -> None:
    requests = [
        _label(f"n{i}", 400 + (i % 3) * 10, 300 + (i // 3) * 10, AUTHORED) for i in range(8)
    ]
    placed = place(requests, bounds=FRAME)
    assert count_overlaps([p.box for p in placed.values()]) == 0
    for a, b in itertools.permutations(placed.values(), 2):
        if a.leader is not None and not a.forced:
            assert not segment_hits_box(*a.leader, b.box), (a.key, b.key)


def test_a_more_important_label_wins_the_place() -> None:
    # A country name and a flashpoint want the same spot: the flashpoint keeps its place
    # beside its point, the country name (which may not move) gives way.
    country = Request(
        "Poland", 200, 200, 80, 14, priority=COUNTRY, centred=True, beside=False, leader=False
    )
    flash = _label("Suwałki", 190, 200, AUTHORED, w=70)
    placed = place([country, flash], bounds=FRAME)
    assert "Suwałki" in placed and placed["Suwałki"].leader is None
    assert "Poland" not in placed or not overlaps(placed["Poland"].box, placed["Suwałki"].box)


def test_obstacles_and_frame_are_respected() -> None:
    symbol = (95.0, 90.0, 200.0, 110.0)  # everything right of the point is taken
    placed = place([_label("a", 100, 100, DEPLOYMENT)], obstacles=[symbol], bounds=FRAME)
    assert not overlaps(placed["a"].box, symbol)
    edge = place([_label("b", 795, 5)], bounds=FRAME)["b"].box
    assert edge[0] >= 0 and edge[2] <= 800 and edge[1] >= 0


def test_an_unimportant_label_without_room_is_left_out() -> None:
    wall = [(0.0, 0.0, 800.0, 600.0)]
    assert place([_label("town", 100, 100)], obstacles=wall, bounds=FRAME) == {}
    forced = place([_label("mine", 100, 100, AUTHORED)], obstacles=wall, bounds=FRAME)
    assert forced["mine"].forced


def test_symbols_on_one_spot_are_spread_with_leaders() -> None:
    symbols = [
        Request(
            f"s{i}",
            300,
            300,
            36,
            27,
            priority=DEPLOYMENT,
            centred=True,
            beside=False,
            step=14,
            rings=6,
        )
        for i in range(4)
    ]
    placed = place(symbols, bounds=FRAME)
    assert len(placed) == 4 and count_overlaps([p.box for p in placed.values()]) == 0
    assert placed["s0"].leader is None  # the first stays on its point
    assert all(placed[f"s{i}"].leader is not None for i in (1, 2, 3))


def test_count_overlaps_counts_pairs() -> None:
    assert count_overlaps([(0, 0, 10, 10), (5, 5, 15, 15), (20, 20, 30, 30)]) == 1
    assert count_overlaps([(0, 0, 10, 10), (10, 0, 20, 10)]) == 0  # touching is not over
